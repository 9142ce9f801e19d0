<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_AT">
  <context>
    <name>HistoryView</name>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/history.py" line="140" />
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/history.py" line="141" />
      <source>Show in folder</source>
      <translation>Im Ordner zeigen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/history.py" line="142" />
      <source>No letters printed yet.</source>
      <translation>Noch keine Briefe gedruckt.</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="149" />
      <source>No postal address!</source>
      <translation>Keine Postanschrift!</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="151" />
      <source>Letter to %1</source>
      <translation>Brief an %1</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="152" />
      <source>Template</source>
      <translation>Vorlage</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="153" />
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="154" />
      <source>&amp;Subject</source>
      <translation>&amp;Betreff</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="156" />
      <source>&amp;Text (the salutation is printed above it)</source>
      <translation>&amp;Text (die Anrede steht automatisch darüber)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="158" />
      <source>Insert placeholder</source>
      <translation>Platzhalter einfügen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="159" />
      <source>Log as contact (outgoing letter)</source>
      <translation>Als Kontakt erfassen (ausgehender Brief)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="160" />
      <source>Save PDF…</source>
      <translation>PDF speichern…</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="161" />
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="162" />
      <source>Show in folder</source>
      <translation>Im Ordner zeigen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="163" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="206" />
      <source>No preview: %1</source>
      <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="213" />
      <source>This person has no complete postal address; the letter cannot be saved.</source>
      <translation>Diese Person hat keine vollständige Postanschrift; der Brief kann nicht gespeichert werden.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="232" />
      <source>Save letter as PDF</source>
      <translation>Brief als PDF speichern</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="233" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="242" />
      <source>Characters the font cannot print</source>
      <translation>Zeichen, die die Schrift nicht drucken kann</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="243" />
      <source>Some characters cannot be printed:
%1

Print them as “�”?</source>
      <translation>Einige Zeichen können nicht gedruckt werden:
%1

Als „�“ drucken?</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="254" />
      <source>Letter</source>
      <translation>Brief</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/letter_dialog.py" line="263" />
      <source>Letter saved: %1</source>
      <translation>Brief gespeichert: %1</translation>
    </message>
  </context>
  <context>
    <name>LetterheadSection</name>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="121" />
      <source>Company name</source>
      <translation>Firmenname</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="121" />
      <source>Legal form</source>
      <translation>Rechtsform</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="122" />
      <source>Address (one line each)</source>
      <translation>Anschrift (je Zeile eine)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="122" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="122" />
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="123" />
      <source>Web</source>
      <translation>Web</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="123" />
      <source>Logo (PNG or JPG)</source>
      <translation>Logo (PNG oder JPG)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="123" />
      <source>Registered seat</source>
      <translation>Sitz der Gesellschaft</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="124" />
      <source>Register court</source>
      <translation>Registergericht / Firmenbuchgericht</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="124" />
      <source>Register number (HRB, FN)</source>
      <translation>Registernummer (HRB, FN)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="125" />
      <source>VAT ID (UID)</source>
      <translation>USt-IdNr. (UID)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="125" />
      <source>Managing directors (one per line)</source>
      <translation>Geschäftsführung (je Zeile eine Person)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="126" />
      <source>Chair of the supervisory board</source>
      <translation>Vorsitz des Aufsichtsrats</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="126" />
      <source>Owner</source>
      <translation>Inhaber</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="127" />
      <source>General partner (GmbH &amp; Co. KG)</source>
      <translation>Komplementär (GmbH &amp; Co. KG)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="128" />
      <source>Further footer lines</source>
      <translation>Weitere Fußzeilen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="128" />
      <source>Bank</source>
      <translation>Bank</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="129" />
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="129" />
      <source>BIC</source>
      <translation>BIC</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="129" />
      <source>DIN 5008 form</source>
      <translation>DIN-5008-Form</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="130" />
      <source>Letters follow the conventions of</source>
      <translation>Briefe nach den Gepflogenheiten von</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="130" />
      <source>Our reference</source>
      <translation>Unser Zeichen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="131" />
      <source>Only an owner can change these settings.</source>
      <translation>Nur Inhaber können diese Einstellungen ändern.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="136" />
      <source>Letterhead</source>
      <translation>Briefkopf</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="137" />
      <source>Legally required details (footer)</source>
      <translation>Pflichtangaben (Fußzeile)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="138" />
      <source>Bank account</source>
      <translation>Bankverbindung</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="139" />
      <source>Letters</source>
      <translation>Briefe</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="140" />
      <source>Choose…</source>
      <translation>Auswählen…</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="141" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="142" />
      <source>Log printed letters as contacts</source>
      <translation>Gedruckte Briefe als Kontakte erfassen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="143" />
      <source>empty: the initials of the signing user</source>
      <translation>leer: die Initialen der unterschreibenden Person</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="144" />
      <source>Form B (45 mm letterhead) suits most window envelopes; form A has 27 mm.</source>
      <translation>Form B (45 mm Briefkopf) passt zu den meisten Fensterkuverts; Form A hat 27 mm.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="149" />
      <source>Letterhead and letters</source>
      <translation>Briefkopf und Briefe</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="203" />
      <source>Missing before printing (warnings, not legal advice):</source>
      <translation>Fehlt noch vor dem Drucken (Hinweise, keine Rechtsberatung):</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="207" />
      <source>All details the law asks for on business letters are filled in.</source>
      <translation>Alle gesetzlichen Pflichtangaben für Geschäftsbriefe sind ausgefüllt.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="211" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/letterhead_section.py" line="212" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>Letters</name>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="23" />
      <source>Salutation</source>
      <translation>Anrede</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="23" />
      <source>First name</source>
      <translation>Vorname</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="24" />
      <source>Last name</source>
      <translation>Nachname</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="24" />
      <source>Name with titles</source>
      <translation>Name mit Titeln</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="25" />
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="53" />
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="25" />
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="26" />
      <source>Our company name</source>
      <translation>Unser Firmenname</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="26" />
      <source>Letter date</source>
      <translation>Briefdatum</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="27" />
      <source>Sender's name</source>
      <translation>Name des Absenders</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="28" />
      <source>Sender's function</source>
      <translation>Funktion des Absenders</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="31" />
      <source>Without postal address</source>
      <translation>Ohne Postanschrift</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="32" />
      <source>Do not contact or deceased</source>
      <translation>Kein Kontakt erwünscht oder verstorben</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="33" />
      <source>Objected to advertising</source>
      <translation>Werbewiderspruch</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="34" />
      <source>Text the font cannot print</source>
      <translation>Text, den die Schrift nicht drucken kann</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="35" />
      <source>Without gender (neutral greeting)</source>
      <translation>Ohne Geschlecht (neutrale Anrede)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="36" />
      <source>Title or name warnings</source>
      <translation>Hinweise zu Titel oder Name</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="37" />
      <source>Other language than the template</source>
      <translation>Andere Sprache als die Vorlage</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="38" />
      <source>Invisible characters removed</source>
      <translation>Unsichtbare Zeichen entfernt</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="51" />
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="52" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="54" />
      <source>Postal address</source>
      <translation>Postanschrift</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/common.py" line="99" />
      <source>The preview needs the QtPdf module (package PySide6-Pdf). Save the PDF and open it instead.</source>
      <translation>Die Vorschau braucht das Modul QtPdf (Paket PySide6-Pdf). Speichern Sie das PDF und öffnen Sie es stattdessen.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/extension.py" line="20" />
      <source>Letter</source>
      <translation>Brief</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/extension.py" line="31" />
      <source>Your role cannot print serial letters; write single letters instead.</source>
      <translation>Ihre Rolle kann keine Serienbriefe drucken; schreiben Sie stattdessen Einzelbriefe.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/history.py" line="18" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/history.py" line="18" />
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/history.py" line="19" />
      <source>Subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/history.py" line="19" />
      <source>Template</source>
      <translation>Vorlage</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/history.py" line="20" />
      <source>By</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/history.py" line="20" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
  </context>
  <context>
    <name>LettersPage</name>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="83" />
      <source>Letters</source>
      <translation>Briefe</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="84" />
      <source>Templates</source>
      <translation>Vorlagen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="85" />
      <source>Sent letters</source>
      <translation>Gesendete Briefe</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="86" />
      <source>New template</source>
      <translation>Neue Vorlage</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="87" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="88" />
      <source>Serial letter…</source>
      <translation>Serienbrief…</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="107" />
      <source>%1 (built in)</source>
      <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="129" />
      <source>Template “%1” saved.</source>
      <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="143" />
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="151" />
      <source>Delete template</source>
      <translation>Vorlage löschen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/page.py" line="144" />
      <source>Delete the template “%1”? Letters printed with it are kept.</source>
      <translation>Die Vorlage „%1“ löschen? Damit gedruckte Briefe bleiben erhalten.</translation>
    </message>
  </context>
  <context>
    <name>ReportTree</name>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="108" />
      <source>Group / recipient</source>
      <translation>Gruppe / Empfänger</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="108" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="122" />
      <source>Checked: these recipients get the letter. Unchecked: they are skipped.</source>
      <translation>Angehakt: diese Empfänger bekommen den Brief. Nicht angehakt: sie werden ausgelassen.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="124" />
      <source>always skipped</source>
      <translation>immer ausgelassen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="130" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… und %n weitere</numerusform>
        <numerusform>… und %n weitere</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SelectionForm</name>
    <message numerus="yes">
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="63" />
      <source>%n selected person(s)</source>
      <translation>
        <numerusform>%n ausgewählte Person</numerusform>
        <numerusform>%n ausgewählte Personen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="64" />
      <source>Tag</source>
      <translation>Schlagwort</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="65" />
      <source>Company category</source>
      <translation>Firmenkategorie</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="66" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="67" />
      <source>Owner</source>
      <translation>Betreut von</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="68" />
      <source>At most</source>
      <translation>Höchstens</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="69" />
      <source>Only persons due for contact</source>
      <translation>Nur Personen, die fällig sind</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_parts.py" line="71" />
      <source>(all)</source>
      <translation>(alle)</translation>
    </message>
  </context>
  <context>
    <name>SerialLetterDialog</name>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="82" />
      <source>Your role cannot print serial letters.</source>
      <translation>Ihre Rolle kann keine Serienbriefe drucken.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="131" />
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="296" />
      <source>Serial letter</source>
      <translation>Serienbrief</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="132" />
      <source>Recipients and template</source>
      <translation>Empfänger und Vorlage</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="133" />
      <source>Pre-flight check</source>
      <translation>Prüfung vor dem Druck</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="134" />
      <source>Output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="135" />
      <source>Template</source>
      <translation>Vorlage</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="136" />
      <source>Layout</source>
      <translation>Layout</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="137" />
      <source>PDF file</source>
      <translation>PDF-Datei</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="138" />
      <source>Choose…</source>
      <translation>Auswählen…</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="139" />
      <source>Also one PDF per recipient (in a folder beside the file)</source>
      <translation>Zusätzlich ein PDF je Empfänger (in einem Ordner neben der Datei)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="140" />
      <source>Log every letter as a contact (outgoing letter)</source>
      <translation>Jeden Brief als Kontakt erfassen (ausgehender Brief)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="141" />
      <source>Check recipients</source>
      <translation>Empfänger prüfen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="142" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="143" />
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="144" />
      <source>Show in folder</source>
      <translation>Im Ordner zeigen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="145" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="146" />
      <source>Data quality…</source>
      <translation>Datenqualität…</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="176" />
      <source>Checking…</source>
      <translation>Wird geprüft…</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="184" />
      <source>Letterhead: %1</source>
      <translation>Briefkopf: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="193" />
      <source>Choose the recipients and a template, then check them.</source>
      <translation>Wählen Sie Empfänger und Vorlage und prüfen Sie dann die Empfänger.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="194" />
      <source>Print</source>
      <translation>Drucken</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="198" />
      <source>%1 selected, %2 get the letter, %3 skipped.</source>
      <translation>%1 ausgewählt, %2 bekommen den Brief, %3 ausgelassen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="201" />
      <source>Print %n letter(s)</source>
      <translation>
        <numerusform>%n Brief drucken</numerusform>
        <numerusform>%n Briefe drucken</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="216" />
      <source>Data quality of the selection</source>
      <translation>Datenqualität der Auswahl</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="217" />
      <source>No findings.</source>
      <translation>Keine Auffälligkeiten.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="220" />
      <source>%1 persons checked, %2 findings.</source>
      <translation>%1 Personen geprüft, %2 Auffälligkeiten.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="229" />
      <source>Serial letter PDF</source>
      <translation>Serienbrief-PDF</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="230" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="249" />
      <source>Printing…</source>
      <translation>Wird gedruckt…</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="256" />
      <source>Recording the letters…</source>
      <translation>Briefe werden erfasst…</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="263" />
      <source>Cancelling…</source>
      <translation>Wird abgebrochen…</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="269" />
      <source>Cancelled: no file was written and nothing was recorded.</source>
      <translation>Abgebrochen: keine Datei geschrieben, nichts erfasst.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="279" />
      <source>%1 letters (%2 pages) written to %3.</source>
      <translation>%1 Briefe (%2 Seiten) in %3 geschrieben.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../work/main/crmdesk/ui/letters/serial_dialog.py" line="282" />
      <source>%n skipped.</source>
      <translation>
        <numerusform>%n ausgelassen.</numerusform>
        <numerusform>%n ausgelassen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TemplateEditor</name>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="106" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="108" />
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="172" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="109" />
      <source>&amp;Subject</source>
      <translation>&amp;Betreff</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="111" />
      <source>&amp;Text</source>
      <translation>&amp;Text</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="113" />
      <source>Advertising (skip persons who objected)</source>
      <translation>Werbung (Personen mit Werbewiderspruch auslassen)</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="114" />
      <source>Insert placeholder</source>
      <translation>Platzhalter einfügen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="115" />
      <source>Save template</source>
      <translation>Vorlage speichern</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="116" />
      <source>Revert</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="117" />
      <source>The salutation line is printed above the text automatically. **bold**, *italic*; an empty line starts a new paragraph; {{ and }} print braces.</source>
      <translation>Die Anrede steht automatisch über dem Text. **fett**, *kursiv*; eine Leerzeile beginnt einen neuen Absatz; {{ und }} drucken geschweifte Klammern.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="171" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="171" />
      <source>Subject</source>
      <translation>Betreff</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="171" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="189" />
      <location filename="../../work/main/crmdesk/ui/letters/template_editor.py" line="192" />
      <source>Template</source>
      <translation>Vorlage</translation>
    </message>
  </context>
  <context>
    <name>TitlesSection</name>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/titles_section.py" line="104" />
      <source>Conventions where the sources disagree</source>
      <translation>Regeln, bei denen die Quellen uneins sind</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/titles_section.py" line="105" />
      <source>Examples with the settings below</source>
      <translation>Beispiele mit den Einstellungen unten</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/titles_section.py" line="106" />
      <source>Only an owner can change these settings.</source>
      <translation>Nur Inhaber können diese Einstellungen ändern.</translation>
    </message>
    <message>
      <location filename="../../work/main/crmdesk/ui/settings/titles_section.py" line="112" />
      <source>Titles and salutations</source>
      <translation>Titel und Anreden</translation>
    </message>
  </context>
</TS>