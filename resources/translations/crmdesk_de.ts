<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_AT">
<context>
    <name>CadenceSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="136" />
        <source>Interval (days)</source>
        <translation>Intervall (Tage)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="136" />
        <source>Ranking weight</source>
        <translation>Gewichtung</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="137" />
        <source>Category A</source>
        <translation>Kategorie A</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="137" />
        <source>Category B</source>
        <translation>Kategorie B</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="137" />
        <source>Category C</source>
        <translation>Kategorie C</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="138" />
        <source>No company or category</source>
        <translation>Ohne Firma oder Kategorie</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="139" />
        <source>“—” (0) means no cadence. Tags, companies and persons can override the interval.</source>
        <translation>„—“ (0) bedeutet keine Kontaktpflege. Schlagwörter, Firmen und Personen können das Intervall überschreiben.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="140" />
        <source>Overdue from (× interval)</source>
        <translation>Überfällig ab (× Intervall)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="140" />
        <source>Time zone of the calendar days</source>
        <translation>Zeitzone der Kalendertage</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="141" />
        <source>A person is due on the day the interval has passed and overdue once the interval times this factor has passed, counted in this time zone's days.</source>
        <translation>Eine Person ist an dem Tag fällig, an dem das Intervall vergangen ist, und überfällig, sobald das Intervall mal diesem Faktor vergangen ist – gezählt in Kalendertagen dieser Zeitzone.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="143" />
        <source>Channels that count</source>
        <translation>Diese Kanäle zählen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="143" />
        <source>Outcomes that count</source>
        <translation>Diese Ergebnisse zählen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="144" />
        <source>Directions that count</source>
        <translation>Diese Richtungen zählen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="145" />
        <source>Saving recomputes the next due date of every person; with many persons this takes a few seconds.</source>
        <translation>Beim Speichern wird das nächste Fälligkeitsdatum jeder Person neu berechnet; bei vielen Personen dauert das einige Sekunden.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="147" />
        <source>Only an owner can change these settings.</source>
        <translation>Nur Inhaber können diese Einstellungen ändern.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="152" />
        <source>Contact interval by company category</source>
        <translation>Kontaktintervall nach Firmenkategorie</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="153" />
        <source>What counts as a contact</source>
        <translation>Was als Kontakt zählt</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="154" />
        <source>Due and overdue</source>
        <translation>Fällig und überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="155" />
        <source>outgoing</source>
        <translation>ausgehend</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="156" />
        <source>incoming</source>
        <translation>eingehend</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="157" />
        <source>without direction</source>
        <translation>ohne Richtung</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="161" />
        <source>Keep in touch</source>
        <translation>Kontaktpflege</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="225" />
        <source>At least one direction must count as a contact.</source>
        <translation>Mindestens eine Richtung muss als Kontakt zählen.</translation></message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="184" />
        <source>Line</source>
        <translation>Zeile</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="184" />
        <source>Problem</source>
        <translation>Problem</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="192" />
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="193" />
        <source>Rows with problems are left out. Rows that match a person who exists are handled as chosen below; similar names are only imported as the same person when ticked.</source>
        <translation>Zeilen mit Fehlern werden ausgelassen. Zeilen, die zu einer vorhandenen Person passen, werden wie unten gewählt behandelt; ähnliche Namen gelten nur als dieselbe Person, wenn Sie sie anhaken.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="197" />
        <source>Rows that match a person who exists</source>
        <translation>Zeilen, die zu einer vorhandenen Person passen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="204" />
        <source>A row matches a person with</source>
        <translation>Eine Zeile passt zu einer Person bei</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="224" />
        <source>Checking rows and looking for duplicates…</source>
        <translation>Zeilen werden geprüft und Dubletten gesucht …</translation></message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="233" />
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n Zeile kann importiert werden</numerusform>
            <numerusform>%n Zeilen können importiert werden</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="234" />
        <source>%n row(s) with problems are left out</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern wird ausgelassen</numerusform>
            <numerusform>%n Zeilen mit Fehlern werden ausgelassen</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="235" />
        <source>%n row(s) match persons who exist</source>
        <translation>
            <numerusform>%n Zeile passt zu vorhandenen Personen</numerusform>
            <numerusform>%n Zeilen passen zu vorhandenen Personen</numerusform>
        </translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="236" />
        <source>file</source>
        <translation>Datei</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="236" />
        <source>warning</source>
        <translation>Warnung</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="237" />
        <source>No problems: every row can be imported.</source>
        <translation>Keine Probleme: jede Zeile kann importiert werden.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="238" />
        <source>Problems ({n})</source>
        <translation>Probleme ({n})</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="241" />
        <source>Likely duplicates ({n})</source>
        <translation>Mögliche Dubletten ({n})</translation></message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="244" />
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>%n Zeile importieren</numerusform>
            <numerusform>%n Zeilen importieren</numerusform>
        </translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="263" />
        <source>Importing…</source>
        <translation>Import läuft …</translation></message>
</context>
<context>
    <name>CompaniesPage</name>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/companies/page.py" line="34" />
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n Firma</numerusform>
            <numerusform>%n Firmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/companies/page.py" line="48" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/companies/page.py" line="50" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/companies/page.py" line="54" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/companies/page.py" line="59" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="22" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="23" />
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="24" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="25" />
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="26" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="27" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="28" />
        <source>PO box</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="29" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="30" />
        <source>Phone 2</source>
        <translation>Telefon 2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="31" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="32" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="33" />
        <source>E-mail 2</source>
        <translation>E-Mail 2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="34" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="35" />
        <source>VAT number (UID)</source>
        <translation>UID-Nummer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="36" />
        <source>Register number</source>
        <translation>Firmenbuchnummer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="37" />
        <source>Register court</source>
        <translation>Firmenbuchgericht</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="38" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="39" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="40" />
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="41" />
        <source>Keep in touch every (days)</source>
        <translation>Kontakt halten alle (Tage)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="42" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="43" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="44" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="78" />
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="78" />
        <source>Edit company</source>
        <translation>Firma bearbeiten</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="107" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="108" />
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="109" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="110" />
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="114" />
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="148" />
        <source>Not a valid phone number for %1.</source>
        <translation>Keine gültige Telefonnummer für %1.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="154" />
        <source>Not a valid e-mail address.</source>
        <translation>Keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="158" />
        <source>Not a valid VAT number (check digits or format).</source>
        <translation>Keine gültige UID-Nummer (Prüfziffer oder Format).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="160" />
        <source>A company needs a name.</source>
        <translation>Eine Firma braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>CompanyView</name>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="95" />
        <source>This company does not exist (any more).</source>
        <translation>Diese Firma gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="115" />
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="118" />
        <source>Last contact %1</source>
        <translation>Letzter Kontakt %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="122" />
        <source>This company was deleted on %1.</source>
        <translation>Diese Firma wurde am %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="154" />
        <source>Persons (%1)</source>
        <translation>Personen (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="155" />
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="157" />
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="159" />
        <source>Letters (%1)</source>
        <translation>Briefe (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="201" />
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="202" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="203" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="160" />
        <source>Complete follow-up</source>
        <translation>Wiedervorlage erledigen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="161" />
        <source>Log the contact now</source>
        <translation>Kontakt gleich erfassen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="167" />
        <source>outgoing (we contacted them)</source>
        <translation>ausgehend (wir haben kontaktiert)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="168" />
        <source>incoming (they contacted us)</source>
        <translation>eingehend (sie haben uns kontaktiert)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="169" />
        <source>— none —</source>
        <translation>— keines —</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="173" />
        <source>What was agreed?</source>
        <translation>Was wurde vereinbart?</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="181" />
        <source>Channel</source>
        <translation>Kanal</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="182" />
        <source>Direction</source>
        <translation>Richtung</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="183" />
        <source>Outcome</source>
        <translation>Ergebnis</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="184" />
        <source>Note</source>
        <translation>Notiz</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="194" />
        <source>Repeats: the next follow-up will be due on {date}.</source>
        <translation>Wiederholung: Die nächste Wiedervorlage ist am {date} fällig.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="196" />
        <source>Done</source>
        <translation>Erledigt</translation></message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="24" />
        <source>Changed by someone else</source>
        <translation>Inzwischen von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="26" />
        <source>%1 saved this record at %2, after you opened it. Your changes are not saved yet.</source>
        <translation>%1 hat diesen Datensatz um %2 gespeichert, nachdem Sie ihn geöffnet haben. Ihre Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="27" />
        <source>another user</source>
        <translation>ein anderer Benutzer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="28" />
        <source>a moment ago</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="33" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="33" />
        <source>Their value</source>
        <translation>Deren Wert</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="33" />
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="39" />
        <source>Reload (discard mine)</source>
        <translation>Neu laden (meine verwerfen)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="42" />
        <source>Overwrite with mine</source>
        <translation>Mit meinen überschreiben</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="44" />
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="25" />
        <source>Interactions per week by channel</source>
        <translation>Kontakte pro Woche nach Kanal</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="26" />
        <source>Interactions</source>
        <translation>Kontakte</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="27" />
        <source>Calendar week</source>
        <translation>Kalenderwoche</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="28" />
        <source>Outcomes per channel (% of its interactions)</source>
        <translation>Ergebnisse pro Kanal (% seiner Kontakte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="29" />
        <source>Outcomes per channel</source>
        <translation>Ergebnisse pro Kanal</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="30" />
        <source>Persons within their cadence</source>
        <translation>Personen im Kontaktintervall</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="31" />
        <source>within cadence (%)</source>
        <translation>im Intervall (%)</translation></message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="127" />
        <source>Period:</source>
        <translation>Zeitraum:</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="132" />
        <source>last {weeks} weeks</source>
        <translation>letzte {weeks} Wochen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="135" />
        <source>Outcomes as % of the channel's interactions</source>
        <translation>Ergebnisse in % der Kontakte des Kanals</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="137" />
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="154" />
        <source>Loading…</source>
        <translation>Wird geladen …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="171" />
        <source>The dashboard could not be loaded: {message}</source>
        <translation>Die Auswertung konnte nicht geladen werden: {message}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="190" />
        <source>{count} interactions from {start} to {end}</source>
        <translation>{count} Kontakte von {start} bis {end}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="198" />
        <source>Which channel brings appointments and orders, and where nobody answers.</source>
        <translation>Welcher Kanal Termine und Aufträge bringt – und wo niemand abhebt.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="203" />
        <source>Past weeks are recomputed from the logged interactions, with today's intervals and rules.</source>
        <translation>Vergangene Wochen werden aus den erfassten Kontakten nachgerechnet, mit den heutigen Intervallen und Regeln.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="205" />
        <source>Estimated from {sampled} of {population} persons (±2 points)</source>
        <translation>Geschätzt aus {sampled} von {population} Personen (±2 Punkte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="207" />
        <source>Recomputed from all {population} persons</source>
        <translation>Nachgerechnet aus allen {population} Personen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="217" />
        <location filename="../../crmdesk/ui/dashboard/page.py" line="223" />
        <source>Save chart</source>
        <translation>Diagramm speichern</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="218" />
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="223" />
        <source>The image could not be saved to {file}.</source>
        <translation>Das Bild konnte nicht unter {file} gespeichert werden.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="227" />
        <source>Chart saved to {file}</source>
        <translation>Diagramm gespeichert: {file}</translation></message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="65" />
        <source>Data</source>
        <translation>Daten</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="73" />
        <source>Import…</source>
        <translation>Importieren …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="73" />
        <source>Export all persons…</source>
        <translation>Alle Personen exportieren …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="74" />
        <source>Export all companies…</source>
        <translation>Alle Firmen exportieren …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="74" />
        <source>Data quality report…</source>
        <translation>Datenqualität prüfen …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="77" />
        <source>Import and export</source>
        <translation>Import und Export</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="78" />
        <source>Imports</source>
        <translation>Importe</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="79" />
        <source>Each import can be undone as a whole. Persons changed since the import keep their changes and are listed.</source>
        <translation>Jeder Import lässt sich als Ganzes rückgängig machen. Personen, die seither geändert wurden, behalten ihre Änderungen und werden aufgelistet.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="81" />
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="81" />
        <source>File</source>
        <translation>Datei</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="81" />
        <source>Mode</source>
        <translation>Modus</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="81" />
        <source>Result</source>
        <translation>Ergebnis</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="82" />
        <source>By</source>
        <translation>Von</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="82" />
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="83" />
        <source>Undo selected import…</source>
        <translation>Gewählten Import rückgängig machen …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="97" />
        <source>{created} created, {updated} updated, {skipped} skipped, {rejected} left out</source>
        <translation>{created} neu, {updated} geändert, {skipped} übersprungen, {rejected} ausgelassen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="100" />
        <source>Create</source>
        <translation>Anlegen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="100" />
        <source>Update</source>
        <translation>Aktualisieren</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="100" />
        <source>Skip</source>
        <translation>Überspringen</translation></message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <location filename="../../crmdesk/ui/edit/deleting.py" line="17" />
        <location filename="../../crmdesk/ui/edit/deleting.py" line="40" />
        <location filename="../../crmdesk/ui/edit/deleting.py" line="78" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/deleting.py" line="58" />
        <location filename="../../crmdesk/ui/edit/deleting.py" line="96" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="19" />
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="21" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="20" />
        <source>Phone 2</source>
        <translation>Telefon 2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="21" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="22" />
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="24" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="23" />
        <source>E-mail 2</source>
        <translation>E-Mail 2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="24" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="25" />
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="27" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="26" />
        <source>VAT number</source>
        <translation>UID-Nummer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="27" />
        <source>Company register</source>
        <translation>Firmenbuch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="28" />
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="32" />
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="29" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="136" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="137" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="138" />
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="139" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="140" />
        <location filename="../../crmdesk/ui/person_view/parts.py" line="211" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="174" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="175" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="176" />
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="177" />
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="211" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="215" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="216" />
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="217" />
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="218" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="22" />
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="23" />
        <source>Private phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="25" />
        <source>Private e-mail</source>
        <translation>E-Mail privat</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="26" />
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="28" />
        <source>Private address</source>
        <translation>Privatadresse</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="29" />
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="30" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="31" />
        <source>Letters in</source>
        <translation>Briefe auf</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="33" />
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="34" />
        <source>Personal notes</source>
        <translation>Persönliche Notizen</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="19" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="20" />
        <source>Company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="21" />
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="22" />
        <source>By</source>
        <translation>Von</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="23" />
        <source>Interval (days)</source>
        <translation>Intervall (Tage)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="24" />
        <source>Days overdue</source>
        <translation>Tage überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="25" />
        <source>State</source>
        <translation>Status</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="28" />
        <source>never</source>
        <translation>nie</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="29" />
        <source>overdue</source>
        <translation>überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="30" />
        <source>due</source>
        <translation>fällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="31" />
        <source>Due since {date} · score {score}</source>
        <translation>Fällig seit {date} · Dringlichkeit {score}</translation></message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="99" />
        <source>Line</source>
        <translation>Zeile</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="99" />
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="105" />
        <source>In the file</source>
        <translation>In der Datei</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="99" />
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="105" />
        <source>Existing person</source>
        <translation>Vorhandene Person</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="99" />
        <source>Match</source>
        <translation>Übereinstimmung</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="100" />
        <source>Same person?</source>
        <translation>Dieselbe Person?</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="105" />
        <source>Field</source>
        <translation>Feld</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="108" />
        <source>No row of the file matches a person who exists.</source>
        <translation>Keine Zeile der Datei passt zu einer vorhandenen Person.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="162" />
        <source>as chosen below</source>
        <translation>wie unten gewählt</translation></message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="34" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="34" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="78" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="148" />
        <source>This record was deleted by someone else.</source>
        <translation>Dieser Datensatz wurde von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="180" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="181" />
        <source>Save your changes?</source>
        <translation>Ihre Änderungen speichern?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="22" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="23" />
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV für Excel, Strichpunkte (*.csv)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="24" />
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard-Kontakte (*.vcf)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="30" />
        <source>persons</source>
        <translation>Personen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="30" />
        <source>companies</source>
        <translation>Firmen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="32" />
        <location filename="../../crmdesk/ui/io/export_ui.py" line="45" />
        <location filename="../../crmdesk/ui/io/export_ui.py" line="71" />
        <location filename="../../crmdesk/ui/io/export_ui.py" line="77" />
        <source>Export</source>
        <translation>Exportieren</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="46" />
        <source>Your role may not export lists.</source>
        <translation>Ihre Rolle darf keine Listen exportieren.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="51" />
        <source>Exporting…</source>
        <translation>Export läuft …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="51" />
        <source>Cancel</source>
        <translation>Abbrechen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="69" />
        <source>The file was written as UTF-8 with BOM instead of Windows-1252, because some names use characters Windows-1252 does not have. Excel 2016 and newer open it correctly.</source>
        <translation>Die Datei wurde als UTF-8 mit BOM statt Windows-1252 geschrieben, weil manche Namen Zeichen enthalten, die es in Windows-1252 nicht gibt. Excel 2016 und neuer öffnen sie richtig.</translation></message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="23" />
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="26" />
        <source>Automatic</source>
        <translation>Automatisch</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="24" />
        <source>Windows-1252 (Excel, Outlook)</source>
        <translation>Windows-1252 (Excel, Outlook)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="26" />
        <source>; (semicolon)</source>
        <translation>; (Strichpunkt)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="27" />
        <source>, (comma)</source>
        <translation>, (Komma)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="27" />
        <source>Tab</source>
        <translation>Tabulator</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="28" />
        <source>| (bar)</source>
        <translation>| (senkrechter Strich)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="46" />
        <source>Choose a .csv, .txt, .xlsx or .vcf file</source>
        <translation>Eine .csv-, .txt-, .xlsx- oder .vcf-Datei wählen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="48" />
        <source>Choose…</source>
        <translation>Wählen …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="60" />
        <source>File:</source>
        <translation>Datei:</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="61" />
        <source>Encoding:</source>
        <translation>Zeichensatz:</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="62" />
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="63" />
        <source>Country of numbers without a country:</source>
        <translation>Land für Nummern ohne Landesvorwahl:</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="66" />
        <source>Excel: save as “CSV (Trennzeichen-getrennt)” or “CSV UTF-8”, or choose the .xlsx workbook itself. Outlook and Google Contacts exports are recognised.</source>
        <translation>Excel: als „CSV (Trennzeichen-getrennt)“ oder „CSV UTF-8“ speichern oder direkt die .xlsx-Arbeitsmappe wählen. Exporte aus Outlook und Google Kontakte werden erkannt.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="72" />
        <source>Choose the file</source>
        <translation>Datei wählen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="73" />
        <source>Nothing is imported before the last step; a finished import can be undone.</source>
        <translation>Vor dem letzten Schritt wird nichts importiert; ein fertiger Import lässt sich rückgängig machen.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="81" />
        <source>Import file</source>
        <translation>Datei importieren</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="82" />
        <source>Lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Listen (*.csv *.txt *.xlsx *.vcf);;Alle Dateien (*)</translation></message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="49" />
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="51" />
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="51" />
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="53" />
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="54" />
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="57" />
        <source>Active and inactive</source>
        <translation>Aktive und inaktive</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="58" />
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="58" />
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="76" />
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="82" />
        <source>Search name, company, e-mail, phone, city…</source>
        <translation>Suche: Name, Firma, E-Mail, Telefon, Ort…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="78" />
        <source>Edit follow-up</source>
        <translation>Wiedervorlage bearbeiten</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="78" />
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="87" />
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="89" />
        <source> days after completion</source>
        <translation> Tage nach Erledigung</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="99" />
        <source>Type a name, company, e-mail or phone number</source>
        <translation>Name, Firma, E-Mail oder Telefonnummer eingeben</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="100" />
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="104" />
        <source>For</source>
        <translation>Für</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="105" />
        <source>Due</source>
        <translation>Fällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="106" />
        <source>Assigned to</source>
        <translation>Zuständig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="107" />
        <source>Note</source>
        <translation>Notiz</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="115" />
        <source>Save</source>
        <translation>Speichern</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="134" />
        <source>Choose a person from the list.</source>
        <translation>Bitte eine Person aus der Liste wählen.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="137" />
        <source>The note is too long.</source>
        <translation>Die Notiz ist zu lang.</translation></message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="18" />
        <source>Due</source>
        <translation>Fällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="19" />
        <source>For</source>
        <translation>Für</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="20" />
        <source>Company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="21" />
        <source>Note</source>
        <translation>Notiz</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="22" />
        <source>Assigned to</source>
        <translation>Zuständig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="23" />
        <source>Repeat (days)</source>
        <translation>Wiederholung (Tage)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="24" />
        <source>Done</source>
        <translation>Erledigt</translation></message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="113" />
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="113" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="113" />
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="114" />
        <source>Delete</source>
        <translation>Löschen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="114" />
        <source>Export .ics…</source>
        <translation>Als .ics exportieren …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="117" />
        <source>Save my open follow-ups as a calendar file for Outlook or Apple Calendar</source>
        <translation>Meine offenen Wiedervorlagen als Kalenderdatei für Outlook oder Apple Kalender speichern</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="118" />
        <source>Mine</source>
        <translation>Meine</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="118" />
        <source>Everyone's</source>
        <translation>Alle</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="119" />
        <source>Open</source>
        <translation>Offen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="119" />
        <source>Overdue</source>
        <translation>Überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="120" />
        <source>Due today</source>
        <translation>Heute fällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="120" />
        <source>Done</source>
        <translation>Erledigt</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="174" />
        <source>{overdue} overdue · {today} due today · {open} open</source>
        <translation>{overdue} überfällig · {today} heute fällig · {open} offen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="181" />
        <source>The follow-ups could not be loaded: {message}</source>
        <translation>Die Wiedervorlagen konnten nicht geladen werden: {message}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="230" />
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="247" />
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="265" />
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="282" />
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="258" />
        <source>Delete follow-up</source>
        <translation>Wiedervorlage löschen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="259" />
        <source>Delete this follow-up for {name}?</source>
        <translation>Diese Wiedervorlage für {name} löschen?</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="273" />
        <source>follow-ups.ics</source>
        <translation>wiedervorlagen.ics</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="274" />
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="284" />
        <source>Export follow-ups</source>
        <translation>Wiedervorlagen exportieren</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="275" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="287" />
        <source>Follow-ups exported to {file}: {count}</source>
        <translation>Wiedervorlagen exportiert nach {file}: {count}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="297" />
        <source>Open person</source>
        <translation>Person öffnen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="299" />
        <source>Open company</source>
        <translation>Firma öffnen</translation></message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/general_section.py" line="36" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/general_section.py" line="49" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/general_section.py" line="50" />
        <source>Language of the computer</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/general_section.py" line="54" />
        <source>Dates and numbers follow the language. Letters use each person's own letter language.</source>
        <translation>Datum und Zahlen folgen der Sprache. Briefe verwenden die Briefsprache der jeweiligen Person.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="140" />
        <source>Open</source>
        <translation>Öffnen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="141" />
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="142" />
        <source>No letters printed yet.</source>
        <translation>Noch keine Briefe gedruckt.</translation></message>
</context>
<context>
    <name>ImportCompare</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="180" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="180" />
        <source>Titles</source>
        <translation>Titel</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="181" />
        <source>Company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="181" />
        <source>Function</source>
        <translation>Funktion</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="182" />
        <source>Street</source>
        <translation>Straße</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="182" />
        <source>Postal code and city</source>
        <translation>PLZ und Ort</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="183" />
        <source>Country</source>
        <translation>Land</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="183" />
        <source>Phone</source>
        <translation>Telefon</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="184" />
        <source>Mobile</source>
        <translation>Mobil</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="184" />
        <source>E-mail</source>
        <translation>E-Mail</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="185" />
        <source>E-mail (private)</source>
        <translation>E-Mail (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="185" />
        <source>Birthday</source>
        <translation>Geburtstag</translation></message>
</context>
<context>
    <name>ImportExportMenu</name>
    <message>
        <location filename="../../crmdesk/ui/io/extension.py" line="17" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/extension.py" line="17" />
        <source>&amp;Export all persons…</source>
        <translation>Alle Personen &amp;exportieren …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/extension.py" line="18" />
        <source>Data &amp;quality report…</source>
        <translation>Daten&amp;qualität prüfen …</translation></message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="12" />
        <source>(ignore)</source>
        <translation>(nicht übernehmen)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="13" />
        <source>Salutation (Herr, Frau)</source>
        <translation>Anrede (Herr, Frau)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="14" />
        <source>Gender</source>
        <translation>Geschlecht</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="15" />
        <source>Titles</source>
        <translation>Titel</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="16" />
        <source>Titles after the name</source>
        <translation>Titel nach dem Namen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="17" />
        <source>Honorary title</source>
        <translation>Ehrentitel</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="18" />
        <source>First name</source>
        <translation>Vorname</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="19" />
        <source>Middle name</source>
        <translation>Weitere Vornamen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="20" />
        <source>Name particle (von, van)</source>
        <translation>Namenszusatz (von, van)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="21" />
        <source>Last name</source>
        <translation>Nachname</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="22" />
        <source>Full name</source>
        <translation>Ganzer Name</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="23" />
        <source>Company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="24" />
        <source>Legal form</source>
        <translation>Rechtsform</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="25" />
        <source>Function title</source>
        <translation>Funktion</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="26" />
        <source>Department</source>
        <translation>Abteilung</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="27" />
        <source>Street (business)</source>
        <translation>Straße (geschäftlich)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="28" />
        <source>Street line 2 (business)</source>
        <translation>Straße Zeile 2 (geschäftlich)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="29" />
        <source>PO box</source>
        <translation>Postfach</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="30" />
        <source>Postal code (business)</source>
        <translation>PLZ (geschäftlich)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="31" />
        <source>City (business)</source>
        <translation>Ort (geschäftlich)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="32" />
        <source>Country (business)</source>
        <translation>Land (geschäftlich)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="33" />
        <source>Street (private)</source>
        <translation>Straße (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="34" />
        <source>Street line 2 (private)</source>
        <translation>Straße Zeile 2 (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="35" />
        <source>Postal code (private)</source>
        <translation>PLZ (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="36" />
        <source>City (private)</source>
        <translation>Ort (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="37" />
        <source>Country (private)</source>
        <translation>Land (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="38" />
        <source>Phone (business)</source>
        <translation>Telefon (geschäftlich)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="39" />
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="40" />
        <source>Phone (private)</source>
        <translation>Telefon (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="41" />
        <source>Phone (other)</source>
        <translation>Telefon (weiteres)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="42" />
        <source>Fax (company)</source>
        <translation>Fax (Firma)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="43" />
        <source>E-mail (business)</source>
        <translation>E-Mail (geschäftlich)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="44" />
        <source>E-mail (private)</source>
        <translation>E-Mail (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="45" />
        <source>E-mail (other)</source>
        <translation>E-Mail (weitere)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="46" />
        <source>Website</source>
        <translation>Website</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="47" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="48" />
        <source>XING</source>
        <translation>XING</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="49" />
        <source>Birthday</source>
        <translation>Geburtstag</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="50" />
        <source>Notes</source>
        <translation>Notizen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="51" />
        <source>Tags</source>
        <translation>Schlagwörter</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="52" />
        <source>Letter language</source>
        <translation>Briefsprache</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="53" />
        <source>Form of address (Sie/Du)</source>
        <translation>Anredeform (Sie/Du)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="54" />
        <source>Own letter salutation</source>
        <translation>Eigene Briefanrede</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="55" />
        <source>Company phone</source>
        <translation>Telefon der Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="56" />
        <source>Company e-mail</source>
        <translation>E-Mail der Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="57" />
        <source>Company website</source>
        <translation>Website der Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="58" />
        <source>Company VAT number</source>
        <translation>UID der Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="59" />
        <source>Phone (by its label column)</source>
        <translation>Telefon (nach Bezeichnungsspalte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="60" />
        <source>E-mail (by its label column)</source>
        <translation>E-Mail (nach Bezeichnungsspalte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="61" />
        <source>Street (by its label column)</source>
        <translation>Straße (nach Bezeichnungsspalte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="62" />
        <source>Street line 2 (by its label column)</source>
        <translation>Straße Zeile 2 (nach Bezeichnungsspalte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="63" />
        <source>PO box (by its label column)</source>
        <translation>Postfach (nach Bezeichnungsspalte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="64" />
        <source>Postal code (by its label column)</source>
        <translation>PLZ (nach Bezeichnungsspalte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="65" />
        <source>City (by its label column)</source>
        <translation>Ort (nach Bezeichnungsspalte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="66" />
        <source>Country (by its label column)</source>
        <translation>Land (nach Bezeichnungsspalte)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="69" />
        <source>Create new persons for every row</source>
        <translation>Für jede Zeile eine neue Person anlegen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="70" />
        <source>Update matching persons, create the others</source>
        <translation>Passende Personen aktualisieren, die übrigen anlegen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="71" />
        <source>Skip matching rows, create the others</source>
        <translation>Passende Zeilen überspringen, die übrigen anlegen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="74" />
        <source>Same e-mail address</source>
        <translation>Gleiche E-Mail-Adresse</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="75" />
        <source>Same phone number</source>
        <translation>Gleiche Telefonnummer</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="76" />
        <source>Same name and city</source>
        <translation>Gleicher Name und Ort</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="77" />
        <source>Same name and company</source>
        <translation>Gleicher Name und Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="78" />
        <source>Similar name</source>
        <translation>Ähnlicher Name</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="81" />
        <source>Without gender</source>
        <translation>Ohne Geschlecht</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="82" />
        <source>Without postal address</source>
        <translation>Ohne Postanschrift</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="83" />
        <source>Title warnings</source>
        <translation>Hinweise zu Titeln</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="84" />
        <source>Function title missing</source>
        <translation>Funktion fehlt</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="85" />
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="86" />
        <source>Invalid e-mail addresses</source>
        <translation>Ungültige E-Mail-Adressen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="87" />
        <source>Invalid phone numbers</source>
        <translation>Ungültige Telefonnummern</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="90" />
        <source>Outlook export (English)</source>
        <translation>Outlook-Export (englisch)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="91" />
        <source>Outlook export (German)</source>
        <translation>Outlook-Export (deutsch)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="92" />
        <source>Google Contacts export</source>
        <translation>Export aus Google Kontakte</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="93" />
        <source>Google Contacts export (old format)</source>
        <translation>Export aus Google Kontakte (altes Format)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="94" />
        <source>crmdesk export</source>
        <translation>crmdesk-Export</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="95" />
        <source>Excel list with German column names</source>
        <translation>Excel-Liste mit deutschen Spaltennamen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="96" />
        <source>vCard file</source>
        <translation>vCard-Datei</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="97" />
        <source>unknown layout: please check the columns</source>
        <translation>unbekannter Aufbau: bitte die Spalten prüfen</translation></message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="30" />
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} ist zu lang ({length} Zeichen; höchstens {limit}).</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="31" />
        <source>company {field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} der Firma ist zu lang ({length} Zeichen; höchstens {limit}).</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="32" />
        <source>letter language '{value}' is not known; left at the default.</source>
        <translation>Briefsprache „{value}“ ist unbekannt; es bleibt beim Standard.</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="33" />
        <source>form of address '{value}' is not known; left at the default.</source>
        <translation>Anredeform (Sie/Du) „{value}“ ist unbekannt; es bleibt beim Standard.</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="36" />
        <source>first name</source>
        <translation>Vorname</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="36" />
        <source>last name</source>
        <translation>Nachname</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="37" />
        <source>name particle</source>
        <translation>Namenszusatz</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="37" />
        <source>honorary title</source>
        <translation>Ehrentitel</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="38" />
        <source>salutation override</source>
        <translation>Eigene Briefanrede</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="38" />
        <source>street</source>
        <translation>Straße</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="39" />
        <source>postal code</source>
        <translation>PLZ</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="39" />
        <source>city</source>
        <translation>Ort</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="40" />
        <source>private street</source>
        <translation>Straße (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="40" />
        <source>private postal code</source>
        <translation>PLZ (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="41" />
        <source>private city</source>
        <translation>Ort (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="41" />
        <source>phone business</source>
        <translation>Telefon (geschäftlich)</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="42" />
        <source>phone mobile</source>
        <translation>Mobiltelefon</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="42" />
        <source>phone private</source>
        <translation>Telefon (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="43" />
        <source>email business</source>
        <translation>E-Mail (geschäftlich)</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="43" />
        <source>email private</source>
        <translation>E-Mail (privat)</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="44" />
        <source>linkedin url</source>
        <translation>LinkedIn</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="44" />
        <source>xing url</source>
        <translation>XING</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="45" />
        <source>other url</source>
        <translation>Website</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="45" />
        <source>function title</source>
        <translation>Funktion</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="46" />
        <source>department</source>
        <translation>Abteilung</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="46" />
        <source>name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="47" />
        <source>legal form</source>
        <translation>Rechtsform</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="47" />
        <source>po box</source>
        <translation>Postfach</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="48" />
        <location filename="../../crmdesk/io/planning.py" line="24" />
        <source>phone</source>
        <translation>Telefon</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="48" />
        <source>fax</source>
        <translation>Fax</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="49" />
        <source>email</source>
        <translation>E-Mail</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="49" />
        <source>website</source>
        <translation>Website</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="50" />
        <source>vat id</source>
        <translation>UID</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="103" />
        <source>{count} columns instead of {width}: too many (check the delimiter and the quotes).</source>
        <translation>{count} Spalten statt {width}: zu viele (Trennzeichen und Anführungszeichen prüfen).</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="108" />
        <source>only {count} of {width} columns: too few (a line break or a missing delimiter?).</source>
        <translation>Nur {count} von {width} Spalten: zu wenige (ein Zeilenumbruch oder ein fehlendes Trennzeichen?).</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="175" />
        <source>no name and no company.</source>
        <translation>Weder Name noch Firma.</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="193" />
        <source>gender '{value}' is not known (m, f, d; Herr, Frau, Divers).</source>
        <translation>Geschlecht „{value}“ ist unbekannt (m, w, d; Herr, Frau, Divers).</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="227" />
        <source>title '{title}' is not in the title catalogue; kept as written.</source>
        <translation>Titel „{title}“ ist nicht im Titelkatalog; wie geschrieben übernommen.</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="254" />
        <source>country '{value}' is not known (use a name like Österreich or a code like AT).</source>
        <translation>Land „{value}“ ist unbekannt (einen Namen wie Österreich oder einen Code wie AT verwenden).</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="281" />
        <source>phone number {problem}</source>
        <translation>{problem}</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="345" />
        <source>birthday '{value}' has no year and is not stored.</source>
        <translation>Geburtstag „{value}“ hat kein Jahr und wird nicht gespeichert.</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="349" />
        <source>birthday '{value}' is not a date (write 24.12.1970 or 1970-12-24).</source>
        <translation>Geburtstag „{value}“ ist kein Datum (24.12.1970 oder 1970-12-24 schreiben).</translation></message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="368" />
        <source>tag is too long ({length} characters; at most 80).</source>
        <translation>Schlagwort ist zu lang ({length} Zeichen; höchstens 80).</translation></message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="24" />
        <source>e-mail</source>
        <translation>E-Mail-Adresse</translation></message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="25" />
        <source>name and city</source>
        <translation>Name und Ort</translation></message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="26" />
        <source>name and company</source>
        <translation>Name und Firma</translation></message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="27" />
        <source>similar name</source>
        <translation>ähnlicher Name</translation></message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="166" />
        <source>same {key} as existing person #{person}; created anyway (mode: create).</source>
        <translation>Passt zur vorhandenen Person #{person} ({key}); trotzdem neu angelegt (Modus: neu anlegen).</translation></message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="171" />
        <source>same {key} as line {other} of this file; skipped.</source>
        <translation>Passt zu Zeile {other} dieser Datei ({key}); übersprungen.</translation></message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="180" />
        <source>matches several persons ({persons}); not updated.</source>
        <translation>Passt zu mehreren Personen ({persons}); nicht aktualisiert.</translation></message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="184" />
        <source>matches the same person (#{person}) as line {other}; skipped.</source>
        <translation>Passt zur selben Person (#{person}) wie Zeile {other}; übersprungen.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="24" />
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="25" />
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="26" />
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="27" />
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="28" />
        <source>a ZIP archive (for example an .xlsx or .docx file saved under another name)</source>
        <translation>ein ZIP-Archiv (zum Beispiel eine .xlsx- oder .docx-Datei, unter anderem Namen gespeichert)</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="30" />
        <source>an old Microsoft Office file (.xls/.doc); save it as CSV or .xlsx</source>
        <translation>eine alte Microsoft-Office-Datei (.xls/.doc); bitte als CSV oder .xlsx speichern</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="32" />
        <source>a SQLite database</source>
        <translation>eine SQLite-Datenbank</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="33" />
        <source>a program</source>
        <translation>ein Programm</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="34" />
        <source>a Windows program</source>
        <translation>ein Windows-Programm</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="51" />
        <location filename="../../crmdesk/io/vcard.py" line="37" />
        <source>The file cannot be read: {reason}.</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="72" />
        <source>Unknown encoding '{encoding}'.</source>
        <translation>Unbekannter Zeichensatz „{encoding}“.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="75" />
        <source>The file is not {encoding}: byte 0x{byte} on line {line} cannot be read.</source>
        <translation>Die Datei ist nicht {encoding}: Byte 0x{byte} in Zeile {line} ist nicht lesbar.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="82" />
        <source>The file starts like UTF-16 but cannot be read as UTF-16.</source>
        <translation>Die Datei beginnt wie UTF-16, lässt sich aber nicht als UTF-16 lesen.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="84" />
        <source>The file contains NUL bytes: it is not a text file (or UTF-16 without a byte order mark).</source>
        <translation>Die Datei enthält NUL-Bytes: keine Textdatei (oder UTF-16 ohne Byte Order Mark).</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="93" />
        <source>The file is neither UTF-8 nor Windows-1252; choose its encoding (for example latin-1 or mac-roman).</source>
        <translation>Die Datei ist weder UTF-8 noch Windows-1252; bitte den Zeichensatz wählen (zum Beispiel latin-1 oder mac-roman).</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="144" />
        <location filename="../../crmdesk/io/sources.py" line="183" />
        <location filename="../../crmdesk/io/vcard.py" line="40" />
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="147" />
        <source>This is {what}, not a CSV file.</source>
        <translation>Das ist {what}, keine CSV-Datei.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="152" />
        <source>The file contains control characters: it is not a text file.</source>
        <translation>Die Datei enthält Steuerzeichen: keine Textdatei.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="179" />
        <source>The file cannot be read from here on ({reason}); the lines after it were not read.</source>
        <translation>Die Datei kann ab hier nicht gelesen werden ({reason}); die folgenden Zeilen wurden nicht gelesen.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="185" />
        <source>The file has a header line but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="209" />
        <source>The workbook cannot be read: {reason}.</source>
        <translation>Die Arbeitsmappe kann nicht gelesen werden: {reason}.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="224" />
        <source>The workbook has no data rows.</source>
        <translation>Die Arbeitsmappe hat keine Datenzeilen.</translation></message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="225" />
        <source>The workbook is empty.</source>
        <translation>Die Arbeitsmappe ist leer.</translation></message>
    <message>
        <location filename="../../crmdesk/io/vcard.py" line="42" />
        <source>This is {what}, not a vCard file.</source>
        <translation>Das ist {what}, keine vCard-Datei.</translation></message>
    <message>
        <location filename="../../crmdesk/io/vcard.py" line="60" />
        <source>the vCard cannot be read: {reason}</source>
        <translation>Die vCard kann nicht gelesen werden: {reason}</translation></message>
    <message>
        <location filename="../../crmdesk/io/vcard.py" line="65" />
        <source>The file contains no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>Die Datei enthält keine vCard (BEGIN:VCARD … END:VCARD).</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="253" />
        <source>person #{person} was deleted meanwhile; not updated.</source>
        <translation>Person #{person} wurde inzwischen gelöscht; nicht aktualisiert.</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="333" />
        <source>another user</source>
        <translation>einem anderen Benutzer</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="338" />
        <source>{user} at {time} UTC</source>
        <translation>{user} am {time} UTC</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="343" />
        <source>person #{person} was changed by {user} since the preview; not updated.</source>
        <translation>Person #{person} wurde seit der Vorschau von {user} geändert; nicht aktualisiert.</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="510" />
        <source>person</source>
        <translation>Person</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="511" />
        <source>company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="512" />
        <source>employment</source>
        <translation>Anstellung</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="513" />
        <source>tag link</source>
        <translation>Schlagwort-Zuordnung</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="514" />
        <source>{name} was changed after the import; kept.</source>
        <translation>{name} wurde nach dem Import geändert; behalten.</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="588" />
        <source>{what} #{id} no longer exists; nothing to restore.</source>
        <translation>{what} #{id} gibt es nicht mehr; nichts wiederherzustellen.</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="591" />
        <source>{what} #{id} was changed by {user} after the import; kept as it is.</source>
        <translation>{what} #{id} wurde nach dem Import von {user} geändert; bleibt, wie es ist.</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="613" />
        <source>{name} has interactions, letters or follow-ups since the import; kept.</source>
        <translation>{name} hat seit dem Import Kontakte, Briefe oder Wiedervorlagen; behalten.</translation></message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="659" />
        <source>{name} is in use (persons, interactions or letters); kept.</source>
        <translation>{name} wird verwendet (Personen, Kontakte oder Briefe); behalten.</translation></message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="20" />
        <source>Import undone: {persons} persons and {companies} companies deleted, {restored} changed rows restored, {links} links removed.</source>
        <translation>Import rückgängig gemacht: {persons} Personen und {companies} Firmen gelöscht, {restored} geänderte Einträge wiederhergestellt, {links} Verknüpfungen entfernt.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="24" />
        <source>Kept because they changed or are in use since the import:</source>
        <translation>Behalten, weil seit dem Import geändert oder in Verwendung:</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="27" />
        <source>… and {n} more.</source>
        <translation>… und {n} weitere.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="34" />
        <location filename="../../crmdesk/ui/io/undo.py" line="50" />
        <location filename="../../crmdesk/ui/io/undo.py" line="55" />
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="35" />
        <source>Undo this import as a whole? Persons and companies it created are deleted, persons it changed get their earlier values back. Rows that were changed since are kept and listed.</source>
        <translation>Diesen Import als Ganzes rückgängig machen? Angelegte Personen und Firmen werden gelöscht, geänderte Personen erhalten ihre früheren Werte zurück. Seither geänderte Einträge bleiben und werden aufgelistet.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="40" />
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht …</translation></message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/io/import_wizard.py" line="56" />
        <source>Import persons and companies</source>
        <translation>Personen und Firmen importieren</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/import_wizard.py" line="155" />
        <source>Import</source>
        <translation>Import</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/import_wizard.py" line="155" />
        <source>Your role may not import lists.</source>
        <translation>Ihre Rolle darf keine Listen importieren.</translation></message>
</context>
<context>
    <name>KeepInTouchPage</name>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="116" />
        <source>&amp;Log contact</source>
        <translation>&amp;Kontakt erfassen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="117" />
        <source>Le&amp;tter…</source>
        <translation>&amp;Brief …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="118" />
        <source>&amp;Snooze…</source>
        <translation>&amp;Pausieren …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="119" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="120" />
        <source>Log a call, visit or message with the selected person</source>
        <translation>Anruf, Besuch oder Nachricht mit der gewählten Person erfassen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="121" />
        <source>Whose persons to show</source>
        <translation>Wessen Personen angezeigt werden</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="135" />
        <source>My persons</source>
        <translation>Meine Personen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="136" />
        <source>Everyone</source>
        <translation>Alle</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="141" />
        <source>Tag: {name}</source>
        <translation>Schlagwort: {name}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="197" />
        <source>Waiting for contact: {count}</source>
        <translation>Warten auf Kontakt: {count}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="199" />
        <source>Nobody is waiting for contact. Well done!</source>
        <translation>Niemand wartet auf Kontakt. Gut gemacht!</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="202" />
        <source>{waiting} waiting for contact, {overdue} of them overdue</source>
        <translation>{waiting} warten auf Kontakt, {overdue} davon überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="204" />
        <source>{waiting} waiting for contact, {overdue} of them overdue · the first {shown} are shown</source>
        <translation>{waiting} warten auf Kontakt, {overdue} davon überfällig · die ersten {shown} werden angezeigt</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="210" />
        <source>The list could not be loaded: {message}</source>
        <translation>Die Liste konnte nicht geladen werden: {message}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="268" />
        <source>Snooze</source>
        <translation>Pausieren</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="271" />
        <source>Snoozed until {date}.</source>
        <translation>Pausiert bis {date}.</translation></message>
</context>
<context>
    <name>KeepInTouchStart</name>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/extension.py" line="37" />
        <source>Waiting for you: {overdue} persons overdue ({waiting} due in all), {today} follow-ups due today, {late} overdue</source>
        <translation>Für Sie: {overdue} Personen überfällig ({waiting} insgesamt fällig), {today} Wiedervorlagen heute, {late} überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/extension.py" line="40" />
        <source>Nobody is waiting for you today.</source>
        <translation>Heute wartet niemand auf Sie.</translation></message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="45" />
        <source>Database in use</source>
        <translation>Datenbank in Verwendung</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="46" />
        <source>The database is already {holder}.

Open it read-only?</source>
        <translation>Die Datenbank ist bereits {holder}.

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="46" />
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="53" />
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="73" />
        <source>Database warning</source>
        <translation>Hinweis zur Datenbank</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="101" />
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="149" />
        <source>No postal address!</source>
        <translation>Keine Postanschrift!</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="151" />
        <source>Letter to %1</source>
        <translation>Brief an %1</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="152" />
        <source>Template</source>
        <translation>Vorlage</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="153" />
        <source>Layout</source>
        <translation>Layout</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="154" />
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="156" />
        <source>&amp;Text (the salutation is printed above it)</source>
        <translation>&amp;Text (die Anrede steht automatisch darüber)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="158" />
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="159" />
        <source>Log as contact (outgoing letter)</source>
        <translation>Als Kontakt erfassen (ausgehender Brief)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="160" />
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="161" />
        <source>Open</source>
        <translation>Öffnen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="162" />
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="163" />
        <source>Close</source>
        <translation>Schließen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="206" />
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="213" />
        <source>This person has no complete postal address; the letter cannot be saved.</source>
        <translation>Diese Person hat keine vollständige Postanschrift; der Brief kann nicht gespeichert werden.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="232" />
        <source>Save letter as PDF</source>
        <translation>Brief als PDF speichern</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="233" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="242" />
        <source>Characters the font cannot print</source>
        <translation>Zeichen, die die Schrift nicht drucken kann</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="243" />
        <source>Some characters cannot be printed:
%1

Print them as “�”?</source>
        <translation>Einige Zeichen können nicht gedruckt werden:
%1

Als „�“ drucken?</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="254" />
        <source>Letter</source>
        <translation>Brief</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="263" />
        <source>Letter saved: %1</source>
        <translation>Brief gespeichert: %1</translation></message>
</context>
<context>
    <name>LetterheadSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="121" />
        <source>Company name</source>
        <translation>Firmenname</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="121" />
        <source>Legal form</source>
        <translation>Rechtsform</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="122" />
        <source>Address (one line each)</source>
        <translation>Anschrift (je Zeile eine)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="122" />
        <source>Phone</source>
        <translation>Telefon</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="122" />
        <source>E-mail</source>
        <translation>E-Mail</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="123" />
        <source>Web</source>
        <translation>Web</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="123" />
        <source>Logo (PNG or JPG)</source>
        <translation>Logo (PNG oder JPG)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="123" />
        <source>Registered seat</source>
        <translation>Sitz der Gesellschaft</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="124" />
        <source>Register court</source>
        <translation>Registergericht / Firmenbuchgericht</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="124" />
        <source>Register number (HRB, FN)</source>
        <translation>Registernummer (HRB, FN)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="125" />
        <source>VAT ID (UID)</source>
        <translation>USt-IdNr. (UID)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="125" />
        <source>Managing directors (one per line)</source>
        <translation>Geschäftsführung (je Zeile eine Person)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="126" />
        <source>Chair of the supervisory board</source>
        <translation>Vorsitz des Aufsichtsrats</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="126" />
        <source>Owner</source>
        <translation>Inhaber</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="127" />
        <source>General partner (GmbH &amp; Co. KG)</source>
        <translation>Komplementär (GmbH &amp; Co. KG)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="128" />
        <source>Further footer lines</source>
        <translation>Weitere Fußzeilen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="128" />
        <source>Bank</source>
        <translation>Bank</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="129" />
        <source>IBAN</source>
        <translation>IBAN</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="129" />
        <source>BIC</source>
        <translation>BIC</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="129" />
        <source>DIN 5008 form</source>
        <translation>DIN-5008-Form</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="130" />
        <source>Letters follow the conventions of</source>
        <translation>Briefe nach den Gepflogenheiten von</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="130" />
        <source>Our reference</source>
        <translation>Unser Zeichen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="131" />
        <source>Only an owner can change these settings.</source>
        <translation>Nur Inhaber können diese Einstellungen ändern.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="136" />
        <source>Letterhead</source>
        <translation>Briefkopf</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="137" />
        <source>Legally required details (footer)</source>
        <translation>Pflichtangaben (Fußzeile)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="138" />
        <source>Bank account</source>
        <translation>Bankverbindung</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="139" />
        <source>Letters</source>
        <translation>Briefe</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="140" />
        <source>Choose…</source>
        <translation>Auswählen…</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="141" />
        <source>Remove</source>
        <translation>Entfernen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="142" />
        <source>Log printed letters as contacts</source>
        <translation>Gedruckte Briefe als Kontakte erfassen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="143" />
        <source>empty: the initials of the signing user</source>
        <translation>leer: die Initialen der unterschreibenden Person</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="144" />
        <source>Form B (45 mm letterhead) suits most window envelopes; form A has 27 mm.</source>
        <translation>Form B (45 mm Briefkopf) passt zu den meisten Fensterkuverts; Form A hat 27 mm.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="149" />
        <source>Letterhead and letters</source>
        <translation>Briefkopf und Briefe</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="203" />
        <source>Missing before printing (warnings, not legal advice):</source>
        <translation>Fehlt noch vor dem Drucken (Hinweise, keine Rechtsberatung):</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="207" />
        <source>All details the law asks for on business letters are filled in.</source>
        <translation>Alle gesetzlichen Pflichtangaben für Geschäftsbriefe sind ausgefüllt.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="211" />
        <source>Logo</source>
        <translation>Logo</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="212" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation></message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="23" />
        <source>Salutation</source>
        <translation>Anrede</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="23" />
        <source>First name</source>
        <translation>Vorname</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="24" />
        <source>Last name</source>
        <translation>Nachname</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="24" />
        <source>Name with titles</source>
        <translation>Name mit Titeln</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="25" />
        <location filename="../../crmdesk/ui/letters/common.py" line="53" />
        <source>Company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="25" />
        <source>Function</source>
        <translation>Funktion</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="26" />
        <source>Our company name</source>
        <translation>Unser Firmenname</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="26" />
        <source>Letter date</source>
        <translation>Briefdatum</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="27" />
        <source>Sender's name</source>
        <translation>Name des Absenders</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="28" />
        <source>Sender's function</source>
        <translation>Funktion des Absenders</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="31" />
        <source>Without postal address</source>
        <translation>Ohne Postanschrift</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="32" />
        <source>Do not contact or deceased</source>
        <translation>Kein Kontakt erwünscht oder verstorben</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="33" />
        <source>Objected to advertising</source>
        <translation>Werbewiderspruch</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="34" />
        <source>Text the font cannot print</source>
        <translation>Text, den die Schrift nicht drucken kann</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="35" />
        <source>Without gender (neutral greeting)</source>
        <translation>Ohne Geschlecht (neutrale Anrede)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="36" />
        <source>Title or name warnings</source>
        <translation>Hinweise zu Titel oder Name</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="37" />
        <source>Other language than the template</source>
        <translation>Andere Sprache als die Vorlage</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="38" />
        <source>Invisible characters removed</source>
        <translation>Unsichtbare Zeichen entfernt</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="51" />
        <source>Standard</source>
        <translation>Standard</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="52" />
        <source>Person</source>
        <translation>Person</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="54" />
        <source>Postal address</source>
        <translation>Postanschrift</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="99" />
        <source>The preview needs the QtPdf module (package PySide6-Pdf). Save the PDF and open it instead.</source>
        <translation>Die Vorschau braucht das Modul QtPdf (Paket PySide6-Pdf). Speichern Sie das PDF und öffnen Sie es stattdessen.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/extension.py" line="20" />
        <source>Letter</source>
        <translation>Brief</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/extension.py" line="31" />
        <source>Your role cannot print serial letters; write single letters instead.</source>
        <translation>Ihre Rolle kann keine Serienbriefe drucken; schreiben Sie stattdessen Einzelbriefe.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="18" />
        <source>Date</source>
        <translation>Datum</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="18" />
        <source>Recipient</source>
        <translation>Empfänger</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="19" />
        <source>Subject</source>
        <translation>Betreff</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="19" />
        <source>Template</source>
        <translation>Vorlage</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="20" />
        <source>By</source>
        <translation>Von</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="20" />
        <source>File</source>
        <translation>Datei</translation></message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="83" />
        <source>Letters</source>
        <translation>Briefe</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="84" />
        <source>Templates</source>
        <translation>Vorlagen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="85" />
        <source>Sent letters</source>
        <translation>Gesendete Briefe</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="86" />
        <source>New template</source>
        <translation>Neue Vorlage</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="87" />
        <source>Delete</source>
        <translation>Löschen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="88" />
        <source>Serial letter…</source>
        <translation>Serienbrief…</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="107" />
        <source>%1 (built in)</source>
        <translation>%1 (mitgeliefert)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="129" />
        <source>Template “%1” saved.</source>
        <translation>Vorlage „%1“ gespeichert.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="143" />
        <location filename="../../crmdesk/ui/letters/page.py" line="151" />
        <source>Delete template</source>
        <translation>Vorlage löschen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="144" />
        <source>Delete the template “%1”? Letters printed with it are kept.</source>
        <translation>Die Vorlage „%1“ löschen? Damit gedruckte Briefe bleiben erhalten.</translation></message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="36" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="37" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="38" />
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="39" />
        <source>No cadence</source>
        <translation>Kein Rhythmus</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="48" />
        <location filename="../../crmdesk/ui/persons/columns.py" line="76" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="49" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="50" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="51" />
        <location filename="../../crmdesk/ui/persons/columns.py" line="77" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="54" />
        <location filename="../../crmdesk/ui/persons/columns.py" line="91" />
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="60" />
        <source>Next due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="66" />
        <location filename="../../crmdesk/ui/persons/columns.py" line="95" />
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="67" />
        <location filename="../../crmdesk/ui/persons/columns.py" line="96" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="68" />
        <location filename="../../crmdesk/ui/persons/columns.py" line="101" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="70" />
        <location filename="../../crmdesk/ui/persons/columns.py" line="98" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="72" />
        <location filename="../../crmdesk/ui/persons/columns.py" line="78" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="79" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="80" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="83" />
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="106" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="107" />
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="108" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="109" />
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/widgets/list_page.py" line="149" />
        <source>%n row(s)</source>
        <translation><numerusform>%n Zeile</numerusform><numerusform>%n Zeilen</numerusform></translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/list_table.py" line="119" />
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="194" />
        <source>Unknown view: %1</source>
        <translation>Unbekannte Ansicht: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="313" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="314" />
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="315" />
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="316" />
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="317" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="318" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="319" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="320" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="324" />
        <source>Log a call, e-mail or visit (Ctrl+L)</source>
        <translation>Anruf, E-Mail oder Besuch erfassen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="328" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="329" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="330" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="331" />
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="332" />
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="333" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="338" />
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="341" />
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="116" />
        <source>Save mapping…</source>
        <translation>Zuordnung speichern …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="122" />
        <source>Saved mappings:</source>
        <translation>Gespeicherte Zuordnungen:</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="129" />
        <source>Preview and columns</source>
        <translation>Vorschau und Spalten</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="130" />
        <source>Choose for each column what it holds. Recognised columns are set already.</source>
        <translation>Wählen Sie für jede Spalte, was sie enthält. Erkannte Spalten sind schon eingestellt.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="137" />
        <source>{format} · {rows} rows · {encoding} · delimiter {delimiter}</source>
        <translation>{format} · {rows} Zeilen · {encoding} · Trennzeichen {delimiter}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="142" />
        <source>(choose)</source>
        <translation>(wählen)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="154" />
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="159" />
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="154" />
        <source>Name of this column mapping:</source>
        <translation>Name dieser Spaltenzuordnung:</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="159" />
        <source>Saved for the whole team.</source>
        <translation>Für das ganze Team gespeichert.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="160" />
        <source>Saved for you on this computer.</source>
        <translation>Für Sie auf diesem Computer gespeichert.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="168" />
        <source>Checking rows and looking for duplicates…</source>
        <translation>Zeilen werden geprüft und Dubletten gesucht …</translation></message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="35" />
        <source>Field</source>
        <translation>Feld</translation></message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="19" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="20" />
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="21" />
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="22" />
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="23" />
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="24" />
        <source>Effects</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="25" />
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="26" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="48" />
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="48" />
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="74" />
        <source>(no name yet)</source>
        <translation>(noch kein Name)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="106" />
        <source>Not a valid phone number for %1.</source>
        <translation>Keine gültige Telefonnummer für %1.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="110" />
        <source>Not a valid e-mail address.</source>
        <translation>Keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="116" />
        <source>A person needs at least a first or a last name.</source>
        <translation>Eine Person braucht mindestens einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="119" />
        <source>Unknown time zone; choose one from the list.</source>
        <translation>Unbekannte Zeitzone; bitte aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="122" />
        <source>Choose a company from the list, or clear the field.</source>
        <translation>Firma aus der Liste wählen oder das Feld leeren.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="125" />
        <source>The birthday lies in the future.</source>
        <translation>Der Geburtstag liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="17" />
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="18" />
        <source>Titles before the name</source>
        <translation>Titel vor dem Namen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="19" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="20" />
        <source>Name particle</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="21" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="22" />
        <source>Titles after the name</source>
        <translation>Titel nach dem Namen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="23" />
        <source>Honorary or office title</source>
        <translation>Ehren- oder Amtstitel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="24" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="25" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="26" />
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="27" />
        <source>Form of address</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="28" />
        <source>Own salutation</source>
        <translation>Eigene Briefanrede</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="29" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="30" />
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="31" />
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="32" />
        <source>Keep in touch every (days)</source>
        <translation>Kontakt halten alle (Tage)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="33" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="34" />
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="35" />
        <source>Private phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="36" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="37" />
        <source>Private e-mail</source>
        <translation>E-Mail privat</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="38" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="39" />
        <source>XING</source>
        <translation>XING</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="40" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="41" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="42" />
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="43" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="44" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="45" />
        <source>Private street</source>
        <translation>Straße privat</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="46" />
        <source>Private postal code</source>
        <translation>PLZ privat</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="47" />
        <source>Private city</source>
        <translation>Ort privat</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="48" />
        <source>Private country</source>
        <translation>Land privat</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="49" />
        <source>Letters go to</source>
        <translation>Briefe an</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="50" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="51" />
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="52" />
        <source>Personal notes</source>
        <translation>Persönliche Notizen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="53" />
        <source>Consents to advertising</source>
        <translation>Willigt in Werbung ein</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="54" />
        <source>Consent given how</source>
        <translation>Einwilligung erhalten durch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="55" />
        <source>Objects to advertising</source>
        <translation>Widerspricht Werbung</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="56" />
        <source>Objection received how</source>
        <translation>Widerspruch erhalten durch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="57" />
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="61" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="82" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="106" />
        <source>Notes and consent</source>
        <translation>Notizen und Einwilligung</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="129" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="130" />
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="131" />
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="132" />
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="144" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="144" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="147" />
        <source>formal (Sie)</source>
        <translation>förmlich (Sie)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="147" />
        <source>informal (Du)</source>
        <translation>vertraut (Du)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="149" />
        <source>e.g. Lieber Franz</source>
        <translation>z. B. Lieber Franz</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="153" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="154" />
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="155" />
        <source>left the company</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="156" />
        <source>deceased</source>
        <translation>verstorben</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="161" />
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="177" />
        <source>business address</source>
        <translation>Geschäftsadresse</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="178" />
        <source>private address</source>
        <translation>Privatadresse</translation>
    </message>
</context>
<context>
    <name>PersonMenu</name>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="57" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="59" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="63" />
        <source>Log contact…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="70" />
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="75" />
        <source>Serial letter…</source>
        <translation>Serienbrief…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="80" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="85" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="124" />
        <source>This person does not exist (any more).</source>
        <translation>Diese Person gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="160" />
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="160" />
        <source>Due since %1</source>
        <translation>Fällig seit %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="167" />
        <source>This person was deleted on %1.</source>
        <translation>Diese Person wurde am %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="180" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="197" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="197" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="200" />
        <source>Objects to advertising</source>
        <translation>Widerspricht Werbung</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="224" />
        <source>Contacts (%1)</source>
        <translation>Kontakte (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="226" />
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="228" />
        <source>Letters (%1)</source>
        <translation>Briefe (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="229" />
        <source>Employments</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="263" />
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="264" />
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="265" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="266" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="270" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/persons/page.py" line="36" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="37" />
        <source>Person</source>
        <translation>Person</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="37" />
        <source>Problem</source>
        <translation>Problem</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="37" />
        <source>Reason</source>
        <translation>Grund</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="50" />
        <source>Data quality report</source>
        <translation>Datenqualität</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="58" />
        <source>Checking persons…</source>
        <translation>Personen werden geprüft …</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="59" />
        <source>Checking…</source>
        <translation>Prüfung läuft …</translation></message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="72" />
        <source>%n person(s) checked</source>
        <translation>
            <numerusform>%n Person geprüft</numerusform>
            <numerusform>%n Personen geprüft</numerusform>
        </translation></message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="73" />
        <source>%n person(s) with findings</source>
        <translation>
            <numerusform>%n Person mit Befund</numerusform>
            <numerusform>%n Personen mit Befund</numerusform>
        </translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="75" />
        <source>All findings ({n})</source>
        <translation>Alle Befunde ({n})</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="101" />
        <source>Showing the first {shown} of {n}.</source>
        <translation>Die ersten {shown} von {n} werden gezeigt.</translation></message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="260" />
        <source>No gender: the salutation cannot say Herr or Frau.</source>
        <translation>Kein Geschlecht: Die Anrede kann nicht Herr oder Frau lauten.</translation></message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="262" />
        <source>No postal address: none of its own, none of its company, no private one.</source>
        <translation>Keine Postanschrift: weder eine eigene noch eine der Firma noch eine private.</translation></message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="268" />
        <source>No function title for the position at {company}.</source>
        <translation>Keine Funktion für die Stelle bei {company}.</translation></message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="305" />
        <source>the same e-mail address</source>
        <translation>dieselbe E-Mail-Adresse</translation></message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="306" />
        <source>the same phone number</source>
        <translation>dieselbe Telefonnummer</translation></message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="307" />
        <source>the same name and city</source>
        <translation>derselbe Name und Ort</translation></message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="308" />
        <source>the same name and company</source>
        <translation>derselbe Name und dieselbe Firma</translation></message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="309" />
        <source>a similar name in the same city or company</source>
        <translation>ein ähnlicher Name im selben Ort oder in derselben Firma</translation></message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="318" />
        <source>Possible duplicate of #{person}: {key}.</source>
        <translation>Mögliche Dublette von #{person}: {key}.</translation></message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="320" />
        <source>Possible duplicate of #{person}: {key} ({score}).</source>
        <translation>Mögliche Dublette von #{person}: {key} ({score}).</translation></message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="90" />
        <location filename="../../crmdesk/ui/quick_log.py" line="174" />
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="158" />
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="159" />
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="160" />
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="161" />
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="162" />
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="163" />
        <source>Follow-up:</source>
        <translation>Wiedervorlage:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="167" />
        <source>Type a name, company, e-mail or phone; Enter picks</source>
        <translation>Name, Firma, E-Mail oder Telefon tippen; Enter wählt</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="168" />
        <source>&amp;Outgoing</source>
        <translation>&amp;Ausgehend</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="169" />
        <source>&amp;Incoming (Ctrl+I)</source>
        <translation>&amp;Eingehend (Strg+I)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="170" />
        <source>What was it about? Enter saves</source>
        <translation>Worum ging es? Enter speichert</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="171" />
        <source>Follow up on (Ctrl+D)</source>
        <translation>Wiedervorlage am (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="172" />
        <source>Save (Enter)</source>
        <translation>Speichern (Enter)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="173" />
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="293" />
        <source>Choose a person first: type a name and press Enter.</source>
        <translation>Zuerst eine Person wählen: Namen tippen und Enter drücken.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="296" />
        <source>Choose a channel: press its letter (T phone, E e-mail, …).</source>
        <translation>Kanal wählen: seinen Buchstaben drücken (T Telefon, E E-Mail, …).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="304" />
        <source>Saved for %1. Ready for the next contact.</source>
        <translation>Für %1 gespeichert. Bereit für den nächsten Kontakt.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="305" />
        <source>Contact with %1 logged.</source>
        <translation>Kontakt mit %1 erfasst.</translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="108" />
        <source>Group / recipient</source>
        <translation>Gruppe / Empfänger</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="108" />
        <source>Details</source>
        <translation>Details</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="122" />
        <source>Checked: these recipients get the letter. Unchecked: they are skipped.</source>
        <translation>Angehakt: diese Empfänger bekommen den Brief. Nicht angehakt: sie werden ausgelassen.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="124" />
        <source>always skipped</source>
        <translation>immer ausgelassen</translation></message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="130" />
        <source>… and %n more</source>
        <translation>
        <numerusform>… und %n weitere</numerusform>
        <numerusform>… und %n weitere</numerusform>
      </translation></message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="280" />
        <source>Line</source>
        <translation>Zeile</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="280" />
        <source>Problem</source>
        <translation>Problem</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="281" />
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="292" />
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="300" />
        <source>{file}: {created} persons created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} left out because of problems; {companies} new companies.</source>
        <translation>{file}: {created} Personen angelegt, {updated} aktualisiert, {unchanged} unverändert, {skipped} übersprungen, {rejected} wegen Fehlern ausgelassen; {companies} neue Firmen.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="304" />
        <source>file</source>
        <translation>Datei</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="304" />
        <source>warning</source>
        <translation>Warnung</translation></message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="305" />
        <source>No problems.</source>
        <translation>Keine Probleme.</translation></message>
</context>
<context>
    <name>SelectionForm</name>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="63" />
        <source>%n selected person(s)</source>
        <translation>
        <numerusform>%n ausgewählte Person</numerusform>
        <numerusform>%n ausgewählte Personen</numerusform>
      </translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="64" />
        <source>Tag</source>
        <translation>Schlagwort</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="65" />
        <source>Company category</source>
        <translation>Firmenkategorie</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="66" />
        <source>Country</source>
        <translation>Land</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="67" />
        <source>Owner</source>
        <translation>Betreut von</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="68" />
        <source>At most</source>
        <translation>Höchstens</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="69" />
        <source>Only persons due for contact</source>
        <translation>Nur Personen, die fällig sind</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="71" />
        <source>(all)</source>
        <translation>(alle)</translation></message>
</context>
<context>
    <name>SerialLetterDialog</name>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="82" />
        <source>Your role cannot print serial letters.</source>
        <translation>Ihre Rolle kann keine Serienbriefe drucken.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="131" />
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="296" />
        <source>Serial letter</source>
        <translation>Serienbrief</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="132" />
        <source>Recipients and template</source>
        <translation>Empfänger und Vorlage</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="133" />
        <source>Pre-flight check</source>
        <translation>Prüfung vor dem Druck</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="134" />
        <source>Output</source>
        <translation>Ausgabe</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="135" />
        <source>Template</source>
        <translation>Vorlage</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="136" />
        <source>Layout</source>
        <translation>Layout</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="137" />
        <source>PDF file</source>
        <translation>PDF-Datei</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="138" />
        <source>Choose…</source>
        <translation>Auswählen…</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="139" />
        <source>Also one PDF per recipient (in a folder beside the file)</source>
        <translation>Zusätzlich ein PDF je Empfänger (in einem Ordner neben der Datei)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="140" />
        <source>Log every letter as a contact (outgoing letter)</source>
        <translation>Jeden Brief als Kontakt erfassen (ausgehender Brief)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="141" />
        <source>Check recipients</source>
        <translation>Empfänger prüfen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="142" />
        <source>Cancel</source>
        <translation>Abbrechen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="143" />
        <source>Open</source>
        <translation>Öffnen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="144" />
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="145" />
        <source>Close</source>
        <translation>Schließen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="146" />
        <source>Data quality…</source>
        <translation>Datenqualität…</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="176" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="184" />
        <source>Letterhead: %1</source>
        <translation>Briefkopf: %1</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="193" />
        <source>Choose the recipients and a template, then check them.</source>
        <translation>Wählen Sie Empfänger und Vorlage und prüfen Sie dann die Empfänger.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="194" />
        <source>Print</source>
        <translation>Drucken</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="198" />
        <source>%1 selected, %2 get the letter, %3 skipped.</source>
        <translation>%1 ausgewählt, %2 bekommen den Brief, %3 ausgelassen.</translation></message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="201" />
        <source>Print %n letter(s)</source>
        <translation>
        <numerusform>%n Brief drucken</numerusform>
        <numerusform>%n Briefe drucken</numerusform>
      </translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="216" />
        <source>Data quality of the selection</source>
        <translation>Datenqualität der Auswahl</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="217" />
        <source>No findings.</source>
        <translation>Keine Auffälligkeiten.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="220" />
        <source>%1 persons checked, %2 findings.</source>
        <translation>%1 Personen geprüft, %2 Auffälligkeiten.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="229" />
        <source>Serial letter PDF</source>
        <translation>Serienbrief-PDF</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="230" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="249" />
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="256" />
        <source>Recording the letters…</source>
        <translation>Briefe werden erfasst…</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="263" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="269" />
        <source>Cancelled: no file was written and nothing was recorded.</source>
        <translation>Abgebrochen: keine Datei geschrieben, nichts erfasst.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="279" />
        <source>%1 letters (%2 pages) written to %3.</source>
        <translation>%1 Briefe (%2 Seiten) in %3 geschrieben.</translation></message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="282" />
        <source>%n skipped.</source>
        <translation>
        <numerusform>%n ausgelassen.</numerusform>
        <numerusform>%n ausgelassen.</numerusform>
      </translation></message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../crmdesk/ui/settings/page.py" line="89" />
        <source>“%1” could not be saved.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/page.py" line="92" />
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/page.py" line="103" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crmdesk/ui/sign_in.py" line="23" />
        <source>Sign in to crmdesk</source>
        <translation>Bei crmdesk anmelden</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/sign_in.py" line="40" />
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/sign_in.py" line="41" />
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/sign_in.py" line="52" />
        <source>no password set</source>
        <translation>kein Passwort gesetzt</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="15" />
        <source>1 week</source>
        <translation>1 Woche</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="15" />
        <source>2 weeks</source>
        <translation>2 Wochen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="16" />
        <source>1 month</source>
        <translation>1 Monat</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="16" />
        <source>3 months</source>
        <translation>3 Monate</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="27" />
        <source>Snooze reminders</source>
        <translation>Erinnerungen pausieren</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="35" />
        <source>e.g. on parental leave until spring</source>
        <translation>z. B. in Karenz bis zum Frühjahr</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="43" />
        <source>No reminders for &lt;b&gt;{name}&lt;/b&gt; until the chosen day; from then on as usual.</source>
        <translation>Keine Erinnerungen für &lt;b&gt;{name}&lt;/b&gt; bis zum gewählten Tag; ab dann wie gewohnt.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="47" />
        <source>Until</source>
        <translation>Bis</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="49" />
        <source>Reason</source>
        <translation>Grund</translation></message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="51" />
        <source>Snooze</source>
        <translation>Pausieren</translation></message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="29" />
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="30" />
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="31" />
        <source>Apprentice</source>
        <translation>Lehrling</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="54" />
        <source>User: %1 (%2)</source>
        <translation>Benutzer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="55" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="56" />
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="58" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="106" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="108" />
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="172" />
        <source>Language</source>
        <translation>Sprache</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="109" />
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="111" />
        <source>&amp;Text</source>
        <translation>&amp;Text</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="113" />
        <source>Advertising (skip persons who objected)</source>
        <translation>Werbung (Personen mit Werbewiderspruch auslassen)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="114" />
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="115" />
        <source>Save template</source>
        <translation>Vorlage speichern</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="116" />
        <source>Revert</source>
        <translation>Zurücksetzen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="117" />
        <source>The salutation line is printed above the text automatically. **bold**, *italic*; an empty line starts a new paragraph; {{ and }} print braces.</source>
        <translation>Die Anrede steht automatisch über dem Text. **fett**, *kursiv*; eine Leerzeile beginnt einen neuen Absatz; {{ und }} drucken geschweifte Klammern.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="171" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="171" />
        <source>Subject</source>
        <translation>Betreff</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="171" />
        <source>Text</source>
        <translation>Text</translation></message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="189" />
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="192" />
        <source>Template</source>
        <translation>Vorlage</translation></message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="31" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="32" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="33" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="34" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="35" />
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="36" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="143" />
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="143" />
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
</context>
<context>
    <name>TitlesPicker</name>
    <message>
        <location filename="../../crmdesk/ui/edit/titles_picker.py" line="89" />
        <source>Add a title…</source>
        <translation>Titel hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/titles_picker.py" line="90" />
        <source>Remove the selected title (Delete)</source>
        <translation>Gewählten Titel entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/titles_picker.py" line="91" />
        <source>Order as written; move with Ctrl+Left / Ctrl+Right or drag</source>
        <translation>Reihenfolge wie geschrieben; verschieben mit Strg+Links / Strg+Rechts oder Ziehen</translation>
    </message>
</context>
<context>
    <name>TitlesSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/titles_section.py" line="104" />
        <source>Conventions where the sources disagree</source>
        <translation>Regeln, bei denen die Quellen uneins sind</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/titles_section.py" line="105" />
        <source>Examples with the settings below</source>
        <translation>Beispiele mit den Einstellungen unten</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/titles_section.py" line="106" />
        <source>Only an owner can change these settings.</source>
        <translation>Nur Inhaber können diese Einstellungen ändern.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/settings/titles_section.py" line="112" />
        <source>Titles and salutations</source>
        <translation>Titel und Anreden</translation></message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="137" />
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="138" />
        <source>Follow-ups due today and overdue</source>
        <translation>Wiedervorlagen heute und überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="139" />
        <source>Birthdays in the next 7 days</source>
        <translation>Geburtstage in den nächsten 7 Tagen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="140" />
        <source>The team</source>
        <translation>Das Team</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="141" />
        <source>Nobody is waiting for contact. Well done!</source>
        <translation>Niemand wartet auf Kontakt. Gut gemacht!</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="142" />
        <source>No follow-ups due today.</source>
        <translation>Heute keine Wiedervorlagen.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="143" />
        <source>No birthdays in the next seven days.</source>
        <translation>Keine Geburtstage in den nächsten sieben Tagen.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="144" />
        <source>No team members yet.</source>
        <translation>Noch keine Teammitglieder.</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="145" />
        <source>All follow-ups</source>
        <translation>Alle Wiedervorlagen</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="146" />
        <location filename="../../crmdesk/ui/today/page.py" line="148" />
        <source>Name</source>
        <translation>Name</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="146" />
        <location filename="../../crmdesk/ui/today/page.py" line="149" />
        <source>Company</source>
        <translation>Firma</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="146" />
        <source>Days overdue</source>
        <translation>Tage überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="147" />
        <source>Due</source>
        <translation>Fällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="147" />
        <source>For</source>
        <translation>Für</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="147" />
        <source>Note</source>
        <translation>Notiz</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="148" />
        <source>Date</source>
        <translation>Datum</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="148" />
        <source>Turns</source>
        <translation>Wird</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="151" />
        <source>Member</source>
        <translation>Mitglied</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="151" />
        <source>Waiting</source>
        <translation>Wartend</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="151" />
        <source>Overdue</source>
        <translation>Überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="151" />
        <source>Follow-ups today</source>
        <translation>WV heute</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="152" />
        <source>Follow-ups overdue</source>
        <translation>WV überfällig</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="156" />
        <source>Waiting for contact</source>
        <translation>Warten auf Kontakt</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="187" />
        <source>Today's overview could not be loaded: {message}</source>
        <translation>Die Tagesübersicht konnte nicht geladen werden: {message}</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="207" />
        <source>My persons waiting for contact</source>
        <translation>Meine Personen, die auf Kontakt warten</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="208" />
        <source>Persons waiting for contact (everyone's)</source>
        <translation>Personen, die auf Kontakt warten (alle)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="215" />
        <source>Show all {waiting} ({overdue} overdue)</source>
        <translation>Alle {waiting} anzeigen ({overdue} überfällig)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="239" />
        <source>(no owner)</source>
        <translation>(ohne Betreuer)</translation></message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="247" />
        <source>Whole team</source>
        <translation>Ganzes Team</translation></message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="44" />
        <source>“%1” is not available in this version.</source>
        <translation>„%1“ gibt es in dieser Version noch nicht.</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="76" />
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="87" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="87" />
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="88" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="88" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="107" />
        <source>User %1 added.</source>
        <translation>Benutzer %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="123" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="129" />
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="129" />
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="137" />
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="137" />
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="137" />
        <source>Apprentice</source>
        <translation>Lehrling</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142" />
        <source>Initials</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="146" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="146" />
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="146" />
        <source>Password (optional):</source>
        <translation>Passwort (optional):</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="148" />
        <source>Add a user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="149" />
        <source>Add user</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../crmdesk/validation.py" line="29" />
        <source>'{value}' is not a phone number.</source>
        <translation>„{value}“ ist keine Telefonnummer.</translation></message>
    <message>
        <location filename="../../crmdesk/validation.py" line="31" />
        <source>'{value}' is not a possible phone number for {region}.</source>
        <translation>„{value}“ ist keine mögliche Telefonnummer für {region}.</translation></message>
    <message>
        <location filename="../../crmdesk/validation.py" line="53" />
        <source>'{value}' is not a valid e-mail address: {reason}</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse.</translation></message>
</context>
</TS>