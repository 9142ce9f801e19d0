<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckPage</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems are left out. Rows that match a person who exists are handled as chosen below; similar names are only imported as the same person when ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that match a person who exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row matches a person with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows and looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n row can be imported</numerusform>
            <numerusform>%n rows can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems are left out</source>
        <translation>
            <numerusform>%n row with problems are left out</numerusform>
            <numerusform>%n rows with problems are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match persons who exist</source>
        <translation>
            <numerusform>%n row match persons who exist</numerusform>
            <numerusform>%n rows match persons who exist</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all persons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each import can be undone as a whole. Persons changed since the import keep their changes and are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo selected import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped, {rejected} left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of the file matches a person who exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as chosen below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not export lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to {file}</source>
        <translation>
            <numerusform>%n record exported to {file}</numerusform>
            <numerusform>%n records exported to {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was written as UTF-8 with BOM instead of Windows-1252, because some names use characters Windows-1252 does not have. Excel 2016 and newer open it correctly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Excel, Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; (semicolon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| (bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv, .txt, .xlsx or .vcf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of numbers without a country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel: save as “CSV (Trennzeichen-getrennt)” or “CSV UTF-8”, or choose the .xlsx workbook itself. Outlook and Google Contacts exports are recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is imported before the last step; a finished import can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCompare</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExportMenu</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all persons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;quality report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation (Herr, Frau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles after the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorary title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name particle (von, van)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street line 2 (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street line 2 (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax (company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address (Sie/Du)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own letter salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (by its label column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (by its label column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (by its label column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street line 2 (by its label column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO box (by its label column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code (by its label column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (by its label column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (by its label column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new persons for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update matching persons, create the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip matching rows, create the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function title missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook export (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook export (German)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts export (old format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crmdesk export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel list with German column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layout: please check the columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Import undone: {persons} persons and {companies} companies deleted, {restored} changed rows restored, {links} links removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because they changed or are in use since the import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import as a whole? Persons and companies it created are deleted, persons it changed get their earlier values back. Rows that were changed since are kept and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import persons and companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not import lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for each column what it holds. Recognised columns are set already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} · {rows} rows · {encoding} · delimiter {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows and looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking persons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) checked</source>
        <translation>
            <numerusform>%n person checked</numerusform>
            <numerusform>%n persons checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with findings</source>
        <translation>
            <numerusform>%n person with findings</numerusform>
            <numerusform>%n persons with findings</numerusform>
        </translation>
    </message>
    <message>
        <source>All findings ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {shown} of {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {created} persons created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} left out because of problems; {companies} new companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
