<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_AT">
    <context>
        <name>CadenceSection</name>
        <message>
            <source>Interval (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranking weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No company or category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“—” (0) means no cadence. Tags, companies and persons can override the interval.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue from (× interval)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone of the calendar days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person is due on the day the interval has passed and overdue once the interval times this factor has passed, counted in this time zone's days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels that count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes that count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directions that count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving recomputes the next due date of every person; with many persons this takes a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an owner can change these settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact interval by company category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What counts as a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due and overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outgoing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>incoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>without direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in touch</source>
            <translation type="unfinished">Kontakt halten</translation>
        </message>
        <message>
            <source>At least one direction must count as a contact.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows with problems are left out. Rows that match a person who exists are handled as chosen below; similar names are only imported as the same person when ticked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows that match a person who exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A row matches a person with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking rows and looking for duplicates…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s) can be imported</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems are left out</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) match persons who exist</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems: every row can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likely duplicates ({n})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %n row(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message numerus="yes">
            <source>%n company(s)</source>
            <translation>
                <numerusform>%n Firma</numerusform>
                <numerusform>%n Firmen</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
    </context>
    <context>
        <name>CompanyForm</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Rechtsform</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Postfach</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Phone 2</source>
            <translation>Telefon 2</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>E-mail 2</source>
            <translation>E-Mail 2</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>VAT number (UID)</source>
            <translation>UID-Nummer</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Firmenbuchnummer</translation>
        </message>
        <message>
            <source>Register court</source>
            <translation>Firmenbuchgericht</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Betreuer</translation>
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation>Kontakt halten alle (Tage)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>Neue Firma</translation>
        </message>
        <message>
            <source>Edit company</source>
            <translation>Firma bearbeiten</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Interessent</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Former</source>
            <translation>Ehemalig</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Not a valid phone number for %1.</source>
            <translation>Keine gültige Telefonnummer für %1.</translation>
        </message>
        <message>
            <source>Not a valid e-mail address.</source>
            <translation>Keine gültige E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>Not a valid VAT number (check digits or format).</source>
            <translation>Keine gültige UID-Nummer (Prüfziffer oder Format).</translation>
        </message>
        <message>
            <source>A company needs a name.</source>
            <translation>Eine Firma braucht einen Namen.</translation>
        </message>
    </context>
    <context>
        <name>CompanyView</name>
        <message>
            <source>This company does not exist (any more).</source>
            <translation>Diese Firma gibt es nicht (mehr).</translation>
        </message>
        <message>
            <source>Category %1</source>
            <translation>Kategorie %1</translation>
        </message>
        <message>
            <source>Last contact %1</source>
            <translation>Letzter Kontakt %1</translation>
        </message>
        <message>
            <source>This company was deleted on %1.</source>
            <translation>Diese Firma wurde am %1 gelöscht.</translation>
        </message>
        <message>
            <source>Persons (%1)</source>
            <translation>Personen (%1)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Follow-ups (%1)</source>
            <translation>Wiedervorlagen (%1)</translation>
        </message>
        <message>
            <source>Letters (%1)</source>
            <translation>Briefe (%1)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>CompleteDialog</name>
        <message>
            <source>Complete follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log the contact now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outgoing (we contacted them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>incoming (they contacted us)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— none —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was agreed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished">Kanal</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">Ergebnis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished">Notiz</translation>
        </message>
        <message>
            <source>Repeats: the next follow-up will be due on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished">Erledigt</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Inzwischen von jemand anderem geändert</translation>
        </message>
        <message>
            <source>%1 saved this record at %2, after you opened it. Your changes are not saved yet.</source>
            <translation>%1 hat diesen Datensatz um %2 gespeichert, nachdem Sie ihn geöffnet haben. Ihre Änderungen sind noch nicht gespeichert.</translation>
        </message>
        <message>
            <source>another user</source>
            <translation>ein anderer Benutzer</translation>
        </message>
        <message>
            <source>a moment ago</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>Deren Wert</translation>
        </message>
        <message>
            <source>Your value</source>
            <translation>Ihr Wert</translation>
        </message>
        <message>
            <source>Reload (discard mine)</source>
            <translation>Neu laden (meine verwerfen)</translation>
        </message>
        <message>
            <source>Overwrite with mine</source>
            <translation>Mit meinen überschreiben</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>Interactions per week by channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes per channel (% of its interactions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes per channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persons within their cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>within cadence (%)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last {weeks} weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes as % of the channel's interactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dashboard could not be loaded: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} interactions from {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which channel brings appointments and orders, and where nobody answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past weeks are recomputed from the logged interactions, with today's intervals and rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimated from {sampled} of {population} persons (±2 points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recomputed from all {population} persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image could not be saved to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart saved to {file}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DataSection</name>
        <message>
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export all persons…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export all companies…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data quality report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import and export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each import can be undone as a whole. Persons changed since the import keep their changes and are listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished">Von</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo selected import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{created} created, {updated} updated, {skipped} skipped, {rejected} left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Deleting</name>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n person(s)? They disappear from all lists; Undo brings them back.</source>
            <translation>
                <numerusform>%n Person löschen? Sie verschwindet aus allen Listen; Rückgängig holt sie zurück.</numerusform>
                <numerusform>%n Personen löschen? Sie verschwinden aus allen Listen; Rückgängig holt sie zurück.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) deleted.</source>
            <translation>
                <numerusform>%n Person gelöscht.</numerusform>
                <numerusform>%n Personen gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) restored.</source>
            <translation>
                <numerusform>%n Person wiederhergestellt.</numerusform>
                <numerusform>%n Personen wiederhergestellt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n company(s)? Their persons stay; Undo brings the companies back.</source>
            <translation>
                <numerusform>%n Firma löschen? Ihre Personen bleiben; Rückgängig holt die Firma zurück.</numerusform>
                <numerusform>%n Firmen löschen? Ihre Personen bleiben; Rückgängig holt die Firmen zurück.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n company(s) deleted.</source>
            <translation>
                <numerusform>%n Firma gelöscht.</numerusform>
                <numerusform>%n Firmen gelöscht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n company(s) restored.</source>
            <translation>
                <numerusform>%n Firma wiederhergestellt.</numerusform>
                <numerusform>%n Firmen wiederhergestellt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailView</name>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Phone 2</source>
            <translation>Telefon 2</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>E-mail 2</source>
            <translation>E-Mail 2</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>UID-Nummer</translation>
        </message>
        <message>
            <source>Company register</source>
            <translation>Firmenbuch</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Betreuer</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
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
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <source>Private phone</source>
            <translation>Telefon privat</translation>
        </message>
        <message>
            <source>Private e-mail</source>
            <translation>E-Mail privat</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Private address</source>
            <translation>Privatadresse</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Ortszeit</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Letters in</source>
            <translation>Briefe auf</translation>
        </message>
        <message>
            <source>Advertising</source>
            <translation>Werbung</translation>
        </message>
        <message>
            <source>Personal notes</source>
            <translation>Persönliche Notizen</translation>
        </message>
    </context>
    <context>
        <name>DueTableModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">Name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished">Firma</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation type="unfinished">Letzter Kontakt</translation>
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished">Von</translation>
        </message>
        <message>
            <source>Interval (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished">Zustand</translation>
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due since {date} · score {score}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Existing person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same person?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished">Feld</translation>
        </message>
        <message>
            <source>No row of the file matches a person who exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as chosen below</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>This record was deleted by someone else.</source>
            <translation>Dieser Datensatz wurde von jemand anderem gelöscht.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save your changes?</source>
            <translation>Ihre Änderungen speichern?</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV for Excel, semicolons (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard contacts (*.vcf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may not export lists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s) exported to {file}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The file was written as UTF-8 with BOM instead of Windows-1252, because some names use characters Windows-1252 does not have. Excel 2016 and newer open it correctly.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1252 (Excel, Outlook)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; (semicolon)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, (comma)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>| (bar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a .csv, .txt, .xlsx or .vcf file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delimiter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country of numbers without a country:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel: save as “CSV (Trennzeichen-getrennt)” or “CSV UTF-8”, or choose the .xlsx workbook itself. Outlook and Google Contacts exports are recognised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is imported before the last step; a finished import can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagwörter</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Category %1</source>
            <translation>Kategorie %1</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Alle Betreuer</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Alle Länder</translation>
        </message>
        <message>
            <source>Active and inactive</source>
            <translation>Aktive und inaktive</translation>
        </message>
        <message>
            <source>Active only</source>
            <translation>Nur aktive</translation>
        </message>
        <message>
            <source>Inactive only</source>
            <translation>Nur inaktive</translation>
        </message>
        <message>
            <source>Search name, company, e-mail, phone, city…</source>
            <translation>Suche: Name, Firma, E-Mail, Telefon, Ort…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Edit follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days after completion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name, company, e-mail or phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished">Fällig</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation type="unfinished">Zuständig</translation>
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished">Notiz</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished">Speichern</translation>
        </message>
        <message>
            <source>Choose a person from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is too long.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpTableModel</name>
        <message>
            <source>Due</source>
            <translation type="unfinished">Fällig</translation>
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished">Firma</translation>
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished">Notiz</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation type="unfinished">Zuständig</translation>
        </message>
        <message>
            <source>Repeat (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished">Erledigt</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message>
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished">Löschen</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save my open follow-ups as a calendar file for Outlook or Apple Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">Öffnen</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished">Überfällig</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished">Erledigt</translation>
        </message>
        <message>
            <source>{overdue} overdue · {today} due today · {open} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-ups could not be loaded: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this follow-up for {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>follow-ups.ics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups exported to {file}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open company</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GeneralSection</name>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>Language of the computer</source>
            <translation>Sprache des Computers</translation>
        </message>
        <message>
            <source>Dates and numbers follow the language. Letters use each person's own letter language.</source>
            <translation>Datum und Zahlen folgen der Sprache. Briefe verwenden die Briefsprache der jeweiligen Person.</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Open</source>
            <translation type="unfinished">Öffnen</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No letters printed yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportCompare</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">Name</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished">Firma</translation>
        </message>
        <message>
            <source>Function</source>
            <translation type="unfinished">Funktion</translation>
        </message>
        <message>
            <source>Street</source>
            <translation type="unfinished">Straße</translation>
        </message>
        <message>
            <source>Postal code and city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished">Land</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished">Telefon</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation type="unfinished">Mobil</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished">E-Mail</translation>
        </message>
        <message>
            <source>E-mail (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthday</source>
            <translation type="unfinished">Geburtstag</translation>
        </message>
    </context>
    <context>
        <name>ImportExportMenu</name>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export all persons…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data &amp;quality report…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportLabels</name>
        <message>
            <source>(ignore)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Salutation (Herr, Frau)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished">Geschlecht</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Titles after the name</source>
            <translation type="unfinished">Titel nach dem Namen</translation>
        </message>
        <message>
            <source>Honorary title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished">Vorname</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name particle (von, van)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished">Nachname</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished">Firma</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation type="unfinished">Rechtsform</translation>
        </message>
        <message>
            <source>Function title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Department</source>
            <translation type="unfinished">Abteilung</translation>
        </message>
        <message>
            <source>Street (business)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street line 2 (business)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PO box</source>
            <translation type="unfinished">Postfach</translation>
        </message>
        <message>
            <source>Postal code (business)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City (business)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country (business)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street line 2 (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postal code (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone (business)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone (other)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fax (company)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail (business)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail (private)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail (other)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished">Website</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="unfinished">LinkedIn</translation>
        </message>
        <message>
            <source>XING</source>
            <translation type="unfinished">XING</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation type="unfinished">Geburtstag</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished">Notizen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished">Schlagwörter</translation>
        </message>
        <message>
            <source>Letter language</source>
            <translation type="unfinished">Briefsprache</translation>
        </message>
        <message>
            <source>Form of address (Sie/Du)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own letter salutation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company VAT number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone (by its label column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail (by its label column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street (by its label column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street line 2 (by its label column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PO box (by its label column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postal code (by its label column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City (by its label column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country (by its label column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create new persons for every row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update matching persons, create the others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip matching rows, create the others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same name and city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same name and company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Similar name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without postal address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Function title missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid e-mail addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid phone numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook export (English)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook export (German)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Google Contacts export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Google Contacts export (old format)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>crmdesk export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel list with German column names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vCard file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown layout: please check the columns</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message>
            <source>Import undone: {persons} persons and {companies} companies deleted, {restored} changed rows restored, {links} links removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept because they changed or are in use since the import:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo this import as a whole? Persons and companies it created are deleted, persons it changed get their earlier values back. Rows that were changed since are kept and listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import persons and companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role may not import lists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeepInTouchPage</name>
        <message>
            <source>&amp;Log contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le&amp;tter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Snooze…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a call, visit or message with the selected person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose persons to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for contact: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is waiting for contact. Well done!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{waiting} waiting for contact, {overdue} of them overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{waiting} waiting for contact, {overdue} of them overdue · the first {shown} are shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list could not be loaded: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snoozed until {date}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KeepInTouchStart</name>
        <message>
            <source>Waiting for you: {overdue} persons overdue ({waiting} due in all), {today} follow-ups due today, {late} overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is waiting for you today.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>read-only</source>
            <translation>nur lesen</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>No postal address!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text (the salutation is printed above it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log as contact (outgoing letter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">Öffnen</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No preview: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person has no complete postal address; the letter cannot be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save letter as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters the font cannot print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some characters cannot be printed:
%1

Print them as “�”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished">Brief</translation>
        </message>
        <message>
            <source>Letter saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LetterheadSection</name>
        <message>
            <source>Company name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal form</source>
            <translation type="unfinished">Rechtsform</translation>
        </message>
        <message>
            <source>Address (one line each)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished">Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished">E-Mail</translation>
        </message>
        <message>
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo (PNG or JPG)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register court</source>
            <translation type="unfinished">Firmenbuchgericht</translation>
        </message>
        <message>
            <source>Register number (HRB, FN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAT ID (UID)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Managing directors (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chair of the supervisory board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General partner (GmbH &amp; Co. KG)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Further footer lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IBAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BIC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DIN 5008 form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letters follow the conventions of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an owner can change these settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letterhead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legally required details (footer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bank account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letters</source>
            <translation type="unfinished">Briefe</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log printed letters as contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty: the initials of the signing user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form B (45 mm letterhead) suits most window envelopes; form A has 27 mm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letterhead and letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing before printing (warnings, not legal advice):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All details the law asks for on business letters are filled in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <source>Salutation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name</source>
            <translation type="unfinished">Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation type="unfinished">Nachname</translation>
        </message>
        <message>
            <source>Name with titles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished">Firma</translation>
        </message>
        <message>
            <source>Function</source>
            <translation type="unfinished">Funktion</translation>
        </message>
        <message>
            <source>Our company name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender's function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without postal address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not contact or deceased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objected to advertising</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text the font cannot print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without gender (neutral greeting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title or name warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other language than the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invisible characters removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished">Person</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The preview needs the QtPdf module (package PySide6-Pdf). Save the PDF and open it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished">Brief</translation>
        </message>
        <message>
            <source>Your role cannot print serial letters; write single letters instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">Datum</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation type="unfinished">Empfänger</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished">Betreff</translation>
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished">Von</translation>
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <source>Letters</source>
            <translation type="unfinished">Briefe</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished">Löschen</translation>
        </message>
        <message>
            <source>Serial letter…</source>
            <translation type="unfinished">Serienbrief…</translation>
        </message>
        <message>
            <source>%1 (built in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template “%1” saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the template “%1”? Letters printed with it are kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListColumns</name>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>Noch nicht fällig</translation>
        </message>
        <message>
            <source>No cadence</source>
            <translation>Kein Rhythmus</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
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
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Fällig am</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Betreuer</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Interessent</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Former</source>
            <translation>Ehemalig</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListTable</name>
        <message>
            <source>Reset columns</source>
            <translation>Spalten zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Unknown view: %1</source>
            <translation>Unbekannte Ansicht: %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>Neue Firma</translation>
        </message>
        <message>
            <source>Log contact</source>
            <translation>Kontakt erfassen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Log a call, e-mail or visit (Ctrl+L)</source>
            <translation>Anruf, E-Mail oder Besuch erfassen (Strg+L)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Kontakte</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <source>crmdesk</source>
            <translation>crmdesk</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Save mapping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview and columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose for each column what it holds. Recognised columns are set already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{format} · {rows} rows · {encoding} · delimiter {delimiter}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(choose)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of this column mapping:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved for the whole team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved for you on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking rows and looking for duplicates…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <source>Field</source>
            <translation type="unfinished">Feld</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Firmen</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Kontakt halten</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Wiedervorlagen</translation>
        </message>
        <message>
            <source>Effects</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Briefe</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Person bearbeiten</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(noch kein Name)</translation>
        </message>
        <message>
            <source>Not a valid phone number for %1.</source>
            <translation>Keine gültige Telefonnummer für %1.</translation>
        </message>
        <message>
            <source>Not a valid e-mail address.</source>
            <translation>Keine gültige E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>A person needs at least a first or a last name.</source>
            <translation>Eine Person braucht mindestens einen Vor- oder Nachnamen.</translation>
        </message>
        <message>
            <source>Unknown time zone; choose one from the list.</source>
            <translation>Unbekannte Zeitzone; bitte aus der Liste wählen.</translation>
        </message>
        <message>
            <source>Choose a company from the list, or clear the field.</source>
            <translation>Firma aus der Liste wählen oder das Feld leeren.</translation>
        </message>
        <message>
            <source>The birthday lies in the future.</source>
            <translation>Der Geburtstag liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Titles before the name</source>
            <translation>Titel vor dem Namen</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Name particle</source>
            <translation>Namenszusatz</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Titles after the name</source>
            <translation>Titel nach dem Namen</translation>
        </message>
        <message>
            <source>Honorary or office title</source>
            <translation>Ehren- oder Amtstitel</translation>
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
            <source>Letter language</source>
            <translation>Briefsprache</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>Own salutation</source>
            <translation>Eigene Briefanrede</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Betreuer</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation>Kontakt halten alle (Tage)</translation>
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
            <source>Private phone</source>
            <translation>Telefon privat</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Private e-mail</source>
            <translation>E-Mail privat</translation>
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
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Private street</source>
            <translation>Straße privat</translation>
        </message>
        <message>
            <source>Private postal code</source>
            <translation>PLZ privat</translation>
        </message>
        <message>
            <source>Private city</source>
            <translation>Ort privat</translation>
        </message>
        <message>
            <source>Private country</source>
            <translation>Land privat</translation>
        </message>
        <message>
            <source>Letters go to</source>
            <translation>Briefe an</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Personal notes</source>
            <translation>Persönliche Notizen</translation>
        </message>
        <message>
            <source>Consents to advertising</source>
            <translation>Willigt in Werbung ein</translation>
        </message>
        <message>
            <source>Consent given how</source>
            <translation>Einwilligung erhalten durch</translation>
        </message>
        <message>
            <source>Objects to advertising</source>
            <translation>Widerspricht Werbung</translation>
        </message>
        <message>
            <source>Objection received how</source>
            <translation>Widerspruch erhalten durch</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Nicht kontaktieren</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Notes and consent</source>
            <translation>Notizen und Einwilligung</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>male</source>
            <translation>männlich</translation>
        </message>
        <message>
            <source>female</source>
            <translation>weiblich</translation>
        </message>
        <message>
            <source>diverse</source>
            <translation>divers</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>formal (Sie)</source>
            <translation>förmlich (Sie)</translation>
        </message>
        <message>
            <source>informal (Du)</source>
            <translation>vertraut (Du)</translation>
        </message>
        <message>
            <source>e.g. Lieber Franz</source>
            <translation>z. B. Lieber Franz</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inaktiv</translation>
        </message>
        <message>
            <source>left the company</source>
            <translation>ausgeschieden</translation>
        </message>
        <message>
            <source>deceased</source>
            <translation>verstorben</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>business address</source>
            <translation>Geschäftsadresse</translation>
        </message>
        <message>
            <source>private address</source>
            <translation>Privatadresse</translation>
        </message>
    </context>
    <context>
        <name>PersonMenu</name>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Log contact…</source>
            <translation>Kontakt erfassen…</translation>
        </message>
        <message>
            <source>Letter…</source>
            <translation>Brief…</translation>
        </message>
        <message>
            <source>Serial letter…</source>
            <translation>Serienbrief…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
    </context>
    <context>
        <name>PersonView</name>
        <message>
            <source>This person does not exist (any more).</source>
            <translation>Diese Person gibt es nicht (mehr).</translation>
        </message>
        <message>
            <source>Overdue since %1</source>
            <translation>Überfällig seit %1</translation>
        </message>
        <message>
            <source>Due since %1</source>
            <translation>Fällig seit %1</translation>
        </message>
        <message>
            <source>This person was deleted on %1.</source>
            <translation>Diese Person wurde am %1 gelöscht.</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Objects to advertising</source>
            <translation>Widerspricht Werbung</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>Kontakte (%1)</translation>
        </message>
        <message>
            <source>Follow-ups (%1)</source>
            <translation>Wiedervorlagen (%1)</translation>
        </message>
        <message>
            <source>Letters (%1)</source>
            <translation>Briefe (%1)</translation>
        </message>
        <message>
            <source>Employments</source>
            <translation>Firmen</translation>
        </message>
        <message>
            <source>Log contact</source>
            <translation>Kontakt erfassen</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Brief</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>PersonsPage</name>
        <message numerus="yes">
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
            <source>Person</source>
            <translation type="unfinished">Person</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data quality report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking persons…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n person(s) checked</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) with findings</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>All findings ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing the first {shown} of {n}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>Log contact</source>
            <translation>Kontakt erfassen</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Kanal:</translation>
        </message>
        <message>
            <source>Direction:</source>
            <translation>Richtung:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Ergebnis:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Follow-up:</source>
            <translation>Wiedervorlage:</translation>
        </message>
        <message>
            <source>Type a name, company, e-mail or phone; Enter picks</source>
            <translation>Name, Firma, E-Mail oder Telefon tippen; Enter wählt</translation>
        </message>
        <message>
            <source>&amp;Outgoing</source>
            <translation>&amp;Ausgehend</translation>
        </message>
        <message>
            <source>&amp;Incoming (Ctrl+I)</source>
            <translation>&amp;Eingehend (Strg+I)</translation>
        </message>
        <message>
            <source>What was it about? Enter saves</source>
            <translation>Worum ging es? Enter speichert</translation>
        </message>
        <message>
            <source>Follow up on (Ctrl+D)</source>
            <translation>Wiedervorlage am (Strg+D)</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Speichern (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Choose a person first: type a name and press Enter.</source>
            <translation>Zuerst eine Person wählen: Namen tippen und Enter drücken.</translation>
        </message>
        <message>
            <source>Choose a channel: press its letter (T phone, E e-mail, …).</source>
            <translation>Kanal wählen: seinen Buchstaben drücken (T Telefon, E E-Mail, …).</translation>
        </message>
        <message>
            <source>Saved for %1. Ready for the next contact.</source>
            <translation>Für %1 gespeichert. Bereit für den nächsten Kontakt.</translation>
        </message>
        <message>
            <source>Contact with %1 logged.</source>
            <translation>Kontakt mit %1 erfasst.</translation>
        </message>
    </context>
    <context>
        <name>ReportTree</name>
        <message>
            <source>Group / recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked: these recipients get the letter. Unchecked: they are skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>always skipped</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo this import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {created} persons created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} left out because of problems; {companies} new companies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message numerus="yes">
            <source>%n selected person(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished">Land</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only persons due for contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(all)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SerialLetterDialog</name>
        <message>
            <source>Your role cannot print serial letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recipients and template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre-flight check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also one PDF per recipient (in a folder beside the file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log every letter as a contact (outgoing letter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">Öffnen</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data quality…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letterhead: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the recipients and a template, then check them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 selected, %2 get the letter, %3 skipped.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Print %n letter(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Data quality of the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No findings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 persons checked, %2 findings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial letter PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recording the letters…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: no file was written and nothing was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 letters (%2 pages) written to %3.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n skipped.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>“%1” could not be saved.</source>
            <translation>„%1“ konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to crmdesk</source>
            <translation>Bei crmdesk anmelden</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Benutzer:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <source>no password set</source>
            <translation>kein Passwort gesetzt</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>1 week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. on parental leave until spring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reminders for &lt;b&gt;{name}&lt;/b&gt; until the chosen day; from then on as usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until</source>
            <translation type="unfinished">Bis</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusArea</name>
        <message>
            <source>Owner</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Apprentice</source>
            <translation>Lehrling</translation>
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation>Benutzer: %1 (%2)</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Datenbank: %1</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>nur lesen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advertising (skip persons who objected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The salutation line is printed above the text automatically. **bold**, *italic*; an empty line starts a new paragraph; {{ and }} print braces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Name</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation type="unfinished">Betreff</translation>
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Eingehend</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Ausgehend</translation>
        </message>
    </context>
    <context>
        <name>TitlesPicker</name>
        <message>
            <source>Add a title…</source>
            <translation>Titel hinzufügen…</translation>
        </message>
        <message>
            <source>Remove the selected title (Delete)</source>
            <translation>Gewählten Titel entfernen (Entf)</translation>
        </message>
        <message>
            <source>Order as written; move with Ctrl+Left / Ctrl+Right or drag</source>
            <translation>Reihenfolge wie geschrieben; verschieben mit Strg+Links / Strg+Rechts oder Ziehen</translation>
        </message>
    </context>
    <context>
        <name>TitlesSection</name>
        <message>
            <source>Conventions where the sources disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examples with the settings below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an owner can change these settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Titles and salutations</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today, {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups due today and overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birthdays in the next 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is waiting for contact. Well done!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No follow-ups due today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No birthdays in the next seven days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No team members yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished">Firma</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished">Fällig</translation>
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished">Notiz</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">Datum</translation>
        </message>
        <message>
            <source>Turns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished">Überfällig</translation>
        </message>
        <message>
            <source>Follow-ups today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's overview could not be loaded: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My persons waiting for contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persons waiting for contact (everyone's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all {waiting} ({overdue} overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no owner)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole team</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnavailablePage</name>
        <message>
            <source>“%1” is not available in this version.</source>
            <translation>„%1“ gibt es in dieser Version noch nicht.</translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message>
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>User %1 added.</source>
            <translation>Benutzer %1 angelegt.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Aktivieren</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Apprentice</source>
            <translation>Lehrling</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <source>Password (optional):</source>
            <translation>Passwort (optional):</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Benutzer anlegen</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Anlegen</translation>
        </message>
    </context>
</TS>