<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckPage</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Rows with problems are left out. Rows that match a person who exists are handled as chosen below; similar names are only imported as the same person when ticked.</source>
        <translation>Zeilen mit Fehlern werden ausgelassen. Zeilen, die zu einer vorhandenen Person passen, werden wie unten gewählt behandelt; ähnliche Namen gelten nur als dieselbe Person, wenn Sie sie anhaken.</translation>
    </message>
    <message>
        <source>Rows that match a person who exists</source>
        <translation>Zeilen, die zu einer vorhandenen Person passen</translation>
    </message>
    <message>
        <source>A row matches a person with</source>
        <translation>Eine Zeile passt zu einer Person bei</translation>
    </message>
    <message>
        <source>Checking rows and looking for duplicates…</source>
        <translation>Zeilen werden geprüft und Dubletten gesucht …</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n Zeile kann importiert werden</numerusform>
            <numerusform>%n Zeilen können importiert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems are left out</source>
        <translation>
            <numerusform>%n Zeile mit Fehlern wird ausgelassen</numerusform>
            <numerusform>%n Zeilen mit Fehlern werden ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match persons who exist</source>
        <translation>
            <numerusform>%n Zeile passt zu vorhandenen Personen</numerusform>
            <numerusform>%n Zeilen passen zu vorhandenen Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No problems: every row can be imported.</source>
        <translation>Keine Probleme: jede Zeile kann importiert werden.</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Probleme ({n})</translation>
    </message>
    <message>
        <source>Likely duplicates ({n})</source>
        <translation>Mögliche Dubletten ({n})</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>%n Zeile importieren</numerusform>
            <numerusform>%n Zeilen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft …</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Export all persons…</source>
        <translation>Alle Personen exportieren …</translation>
    </message>
    <message>
        <source>Export all companies…</source>
        <translation>Alle Firmen exportieren …</translation>
    </message>
    <message>
        <source>Data quality report…</source>
        <translation>Datenqualität prüfen …</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Import und Export</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Each import can be undone as a whole. Persons changed since the import keep their changes and are listed.</source>
        <translation>Jeder Import lässt sich als Ganzes rückgängig machen. Personen, die seither geändert wurden, behalten ihre Änderungen und werden aufgelistet.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Undo selected import…</source>
        <translation>Gewählten Import rückgängig machen …</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped, {rejected} left out</source>
        <translation>{created} neu, {updated} geändert, {skipped} übersprungen, {rejected} ausgelassen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Existing person</source>
        <translation>Vorhandene Person</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>Dieselbe Person?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>No row of the file matches a person who exists.</source>
        <translation>Keine Zeile der Datei passt zu einer vorhandenen Person.</translation>
    </message>
    <message>
        <source>as chosen below</source>
        <translation>wie unten gewählt</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV für Excel, Strichpunkte (*.csv)</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard-Kontakte (*.vcf)</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Your role may not export lists.</source>
        <translation>Ihre Rolle darf keine Listen exportieren.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to {file}</source>
        <translation>
            <numerusform>%n Eintrag nach {file} exportiert</numerusform>
            <numerusform>%n Einträge nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was written as UTF-8 with BOM instead of Windows-1252, because some names use characters Windows-1252 does not have. Excel 2016 and newer open it correctly.</source>
        <translation>Die Datei wurde als UTF-8 mit BOM statt Windows-1252 geschrieben, weil manche Namen Zeichen enthalten, die es in Windows-1252 nicht gibt. Excel 2016 und neuer öffnen sie richtig.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel, Outlook)</source>
        <translation>Windows-1252 (Excel, Outlook)</translation>
    </message>
    <message>
        <source>; (semicolon)</source>
        <translation>; (Strichpunkt)</translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation>, (Komma)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>| (bar)</source>
        <translation>| (senkrechter Strich)</translation>
    </message>
    <message>
        <source>Choose a .csv, .txt, .xlsx or .vcf file</source>
        <translation>Eine .csv-, .txt-, .xlsx- oder .vcf-Datei wählen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Zeichensatz:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Country of numbers without a country:</source>
        <translation>Land für Nummern ohne Landesvorwahl:</translation>
    </message>
    <message>
        <source>Excel: save as “CSV (Trennzeichen-getrennt)” or “CSV UTF-8”, or choose the .xlsx workbook itself. Outlook and Google Contacts exports are recognised.</source>
        <translation>Excel: als „CSV (Trennzeichen-getrennt)“ oder „CSV UTF-8“ speichern oder direkt die .xlsx-Arbeitsmappe wählen. Exporte aus Outlook und Google Kontakte werden erkannt.</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Nothing is imported before the last step; a finished import can be undone.</source>
        <translation>Vor dem letzten Schritt wird nichts importiert; ein fertiger Import lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Listen (*.csv *.txt *.xlsx *.vcf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportCompare</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation>PLZ und Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail (private)</source>
        <translation>E-Mail (privat)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
</context>
<context>
    <name>ImportExportMenu</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Export all persons…</source>
        <translation>Alle Personen &amp;exportieren …</translation>
    </message>
    <message>
        <source>Data &amp;quality report…</source>
        <translation>Daten&amp;qualität prüfen …</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>(ignore)</source>
        <translation>(nicht übernehmen)</translation>
    </message>
    <message>
        <source>Salutation (Herr, Frau)</source>
        <translation>Anrede (Herr, Frau)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Titles after the name</source>
        <translation>Titel nach dem Namen</translation>
    </message>
    <message>
        <source>Honorary title</source>
        <translation>Ehrentitel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Weitere Vornamen</translation>
    </message>
    <message>
        <source>Name particle (von, van)</source>
        <translation>Namenszusatz (von, van)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ganzer Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Function title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Street (business)</source>
        <translation>Straße (geschäftlich)</translation>
    </message>
    <message>
        <source>Street line 2 (business)</source>
        <translation>Straße Zeile 2 (geschäftlich)</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Postal code (business)</source>
        <translation>PLZ (geschäftlich)</translation>
    </message>
    <message>
        <source>City (business)</source>
        <translation>Ort (geschäftlich)</translation>
    </message>
    <message>
        <source>Country (business)</source>
        <translation>Land (geschäftlich)</translation>
    </message>
    <message>
        <source>Street (private)</source>
        <translation>Straße (privat)</translation>
    </message>
    <message>
        <source>Street line 2 (private)</source>
        <translation>Straße Zeile 2 (privat)</translation>
    </message>
    <message>
        <source>Postal code (private)</source>
        <translation>PLZ (privat)</translation>
    </message>
    <message>
        <source>City (private)</source>
        <translation>Ort (privat)</translation>
    </message>
    <message>
        <source>Country (private)</source>
        <translation>Land (privat)</translation>
    </message>
    <message>
        <source>Phone (business)</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Phone (private)</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Telefon (weiteres)</translation>
    </message>
    <message>
        <source>Fax (company)</source>
        <translation>Fax (Firma)</translation>
    </message>
    <message>
        <source>E-mail (business)</source>
        <translation>E-Mail (geschäftlich)</translation>
    </message>
    <message>
        <source>E-mail (private)</source>
        <translation>E-Mail (privat)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>E-Mail (weitere)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>XING</source>
        <translation>XING</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Briefsprache</translation>
    </message>
    <message>
        <source>Form of address (Sie/Du)</source>
        <translation>Anredeform (Sie/Du)</translation>
    </message>
    <message>
        <source>Own letter salutation</source>
        <translation>Eigene Briefanrede</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>Telefon der Firma</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>E-Mail der Firma</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Website der Firma</translation>
    </message>
    <message>
        <source>Company VAT number</source>
        <translation>UID der Firma</translation>
    </message>
    <message>
        <source>Phone (by its label column)</source>
        <translation>Telefon (nach Bezeichnungsspalte)</translation>
    </message>
    <message>
        <source>E-mail (by its label column)</source>
        <translation>E-Mail (nach Bezeichnungsspalte)</translation>
    </message>
    <message>
        <source>Street (by its label column)</source>
        <translation>Straße (nach Bezeichnungsspalte)</translation>
    </message>
    <message>
        <source>Street line 2 (by its label column)</source>
        <translation>Straße Zeile 2 (nach Bezeichnungsspalte)</translation>
    </message>
    <message>
        <source>PO box (by its label column)</source>
        <translation>Postfach (nach Bezeichnungsspalte)</translation>
    </message>
    <message>
        <source>Postal code (by its label column)</source>
        <translation>PLZ (nach Bezeichnungsspalte)</translation>
    </message>
    <message>
        <source>City (by its label column)</source>
        <translation>Ort (nach Bezeichnungsspalte)</translation>
    </message>
    <message>
        <source>Country (by its label column)</source>
        <translation>Land (nach Bezeichnungsspalte)</translation>
    </message>
    <message>
        <source>Create new persons for every row</source>
        <translation>Für jede Zeile eine neue Person anlegen</translation>
    </message>
    <message>
        <source>Update matching persons, create the others</source>
        <translation>Passende Personen aktualisieren, die übrigen anlegen</translation>
    </message>
    <message>
        <source>Skip matching rows, create the others</source>
        <translation>Passende Zeilen überspringen, die übrigen anlegen</translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation>Gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>Same name and city</source>
        <translation>Gleicher Name und Ort</translation>
    </message>
    <message>
        <source>Same name and company</source>
        <translation>Gleicher Name und Firma</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Ähnlicher Name</translation>
    </message>
    <message>
        <source>Without gender</source>
        <translation>Ohne Geschlecht</translation>
    </message>
    <message>
        <source>Without postal address</source>
        <translation>Ohne Postanschrift</translation>
    </message>
    <message>
        <source>Title warnings</source>
        <translation>Hinweise zu Titeln</translation>
    </message>
    <message>
        <source>Function title missing</source>
        <translation>Funktion fehlt</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Invalid e-mail addresses</source>
        <translation>Ungültige E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Invalid phone numbers</source>
        <translation>Ungültige Telefonnummern</translation>
    </message>
    <message>
        <source>Outlook export (English)</source>
        <translation>Outlook-Export (englisch)</translation>
    </message>
    <message>
        <source>Outlook export (German)</source>
        <translation>Outlook-Export (deutsch)</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export aus Google Kontakte</translation>
    </message>
    <message>
        <source>Google Contacts export (old format)</source>
        <translation>Export aus Google Kontakte (altes Format)</translation>
    </message>
    <message>
        <source>crmdesk export</source>
        <translation>crmdesk-Export</translation>
    </message>
    <message>
        <source>Excel list with German column names</source>
        <translation>Excel-Liste mit deutschen Spaltennamen</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>vCard-Datei</translation>
    </message>
    <message>
        <source>unknown layout: please check the columns</source>
        <translation>unbekannter Aufbau: bitte die Spalten prüfen</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Import undone: {persons} persons and {companies} companies deleted, {restored} changed rows restored, {links} links removed.</source>
        <translation>Import rückgängig gemacht: {persons} Personen und {companies} Firmen gelöscht, {restored} geänderte Einträge wiederhergestellt, {links} Verknüpfungen entfernt.</translation>
    </message>
    <message>
        <source>Kept because they changed or are in use since the import:</source>
        <translation>Behalten, weil seit dem Import geändert oder in Verwendung:</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… und {n} weitere.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo this import as a whole? Persons and companies it created are deleted, persons it changed get their earlier values back. Rows that were changed since are kept and listed.</source>
        <translation>Diesen Import als Ganzes rückgängig machen? Angelegte Personen und Firmen werden gelöscht, geänderte Personen erhalten ihre früheren Werte zurück. Seither geänderte Einträge bleiben und werden aufgelistet.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht …</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import persons and companies</source>
        <translation>Personen und Firmen importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Your role may not import lists.</source>
        <translation>Ihre Rolle darf keine Listen importieren.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Save mapping…</source>
        <translation>Zuordnung speichern …</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Gespeicherte Zuordnungen:</translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation>Vorschau und Spalten</translation>
    </message>
    <message>
        <source>Choose for each column what it holds. Recognised columns are set already.</source>
        <translation>Wählen Sie für jede Spalte, was sie enthält. Erkannte Spalten sind schon eingestellt.</translation>
    </message>
    <message>
        <source>{format} · {rows} rows · {encoding} · delimiter {delimiter}</source>
        <translation>{format} · {rows} Zeilen · {encoding} · Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(wählen)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation>Name dieser Spaltenzuordnung:</translation>
    </message>
    <message>
        <source>Saved for the whole team.</source>
        <translation>Für das ganze Team gespeichert.</translation>
    </message>
    <message>
        <source>Saved for you on this computer.</source>
        <translation>Für Sie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Checking rows and looking for duplicates…</source>
        <translation>Zeilen werden geprüft und Dubletten gesucht …</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Data quality report</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Checking persons…</source>
        <translation>Personen werden geprüft …</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft …</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) checked</source>
        <translation>
            <numerusform>%n Person geprüft</numerusform>
            <numerusform>%n Personen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with findings</source>
        <translation>
            <numerusform>%n Person mit Befund</numerusform>
            <numerusform>%n Personen mit Befund</numerusform>
        </translation>
    </message>
    <message>
        <source>All findings ({n})</source>
        <translation>Alle Befunde ({n})</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {n}.</source>
        <translation>Die ersten {shown} von {n} werden gezeigt.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>{file}: {created} persons created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} left out because of problems; {companies} new companies.</source>
        <translation>{file}: {created} Personen angelegt, {updated} aktualisiert, {unchanged} unverändert, {skipped} übersprungen, {rejected} wegen Fehlern ausgelassen; {companies} neue Firmen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
</context>
</TS>
