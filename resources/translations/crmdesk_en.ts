<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>CadenceSection</name>
        <message>
            <source>Interval (days)</source>
            <translation>Interval (days)</translation>
        </message>
        <message>
            <source>Ranking weight</source>
            <translation>Ranking weight</translation>
        </message>
        <message>
            <source>Category A</source>
            <translation>Category A</translation>
        </message>
        <message>
            <source>Category B</source>
            <translation>Category B</translation>
        </message>
        <message>
            <source>Category C</source>
            <translation>Category C</translation>
        </message>
        <message>
            <source>No company or category</source>
            <translation>No company or category</translation>
        </message>
        <message>
            <source>“—” (0) means no cadence. Tags, companies and persons can override the interval.</source>
            <translation>“—” (0) means no cadence. Tags, companies and persons can override the interval.</translation>
        </message>
        <message>
            <source>Overdue from (× interval)</source>
            <translation>Overdue from (× interval)</translation>
        </message>
        <message>
            <source>Time zone of the calendar days</source>
            <translation>Time zone of the calendar days</translation>
        </message>
        <message>
            <source>A person is due on the day the interval has passed and overdue once the interval times this factor has passed, counted in this time zone's days.</source>
            <translation>A person is due on the day the interval has passed and overdue once the interval times this factor has passed, counted in this time zone's days.</translation>
        </message>
        <message>
            <source>Channels that count</source>
            <translation>Channels that count</translation>
        </message>
        <message>
            <source>Outcomes that count</source>
            <translation>Outcomes that count</translation>
        </message>
        <message>
            <source>Directions that count</source>
            <translation>Directions that count</translation>
        </message>
        <message>
            <source>Saving recomputes the next due date of every person; with many persons this takes a few seconds.</source>
            <translation>Saving recomputes the next due date of every person; with many persons this takes a few seconds.</translation>
        </message>
        <message>
            <source>Only an owner can change these settings.</source>
            <translation>Only an owner can change these settings.</translation>
        </message>
        <message>
            <source>Contact interval by company category</source>
            <translation>Contact interval by company category</translation>
        </message>
        <message>
            <source>What counts as a contact</source>
            <translation>What counts as a contact</translation>
        </message>
        <message>
            <source>Due and overdue</source>
            <translation>Due and overdue</translation>
        </message>
        <message>
            <source>outgoing</source>
            <translation>outgoing</translation>
        </message>
        <message>
            <source>incoming</source>
            <translation>incoming</translation>
        </message>
        <message>
            <source>without direction</source>
            <translation>without direction</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Keep in touch</translation>
        </message>
        <message>
            <source>At least one direction must count as a contact.</source>
            <translation>At least one direction must count as a contact.</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Check the rows</source>
            <translation>Check the rows</translation>
        </message>
        <message>
            <source>Rows with problems are left out. Rows that match a person who exists are handled as chosen below; similar names are only imported as the same person when ticked.</source>
            <translation>Rows with problems are left out. Rows that match a person who exists are handled as chosen below; similar names are only imported as the same person when ticked.</translation>
        </message>
        <message>
            <source>Rows that match a person who exists</source>
            <translation>Rows that match a person who exists</translation>
        </message>
        <message>
            <source>A row matches a person with</source>
            <translation>A row matches a person with</translation>
        </message>
        <message>
            <source>Checking rows and looking for duplicates…</source>
            <translation>Checking rows and looking for duplicates…</translation>
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
            <translation>file</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>No problems: every row can be imported.</source>
            <translation>No problems: every row can be imported.</translation>
        </message>
        <message>
            <source>Problems ({n})</source>
            <translation>Problems ({n})</translation>
        </message>
        <message>
            <source>Likely duplicates ({n})</source>
            <translation>Likely duplicates ({n})</translation>
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
            <translation>Importing…</translation>
        </message>
    </context>
    <context>
        <name>CompaniesPage</name>
        <message numerus="yes">
            <source>%n company(s)</source>
            <translation>
                <numerusform>%n company</numerusform>
                <numerusform>%n companies</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
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
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>PO box</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Phone 2</source>
            <translation>Phone 2</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>E-mail 2</source>
            <translation>E-mail 2</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>VAT number (UID)</source>
            <translation>VAT number (UID)</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Register court</source>
            <translation>Register court</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation>Keep in touch every (days)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>New company</translation>
        </message>
        <message>
            <source>Edit company</source>
            <translation>Edit company</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Former</source>
            <translation>Former</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>Not a valid phone number for %1.</source>
            <translation>Not a valid phone number for %1.</translation>
        </message>
        <message>
            <source>Not a valid e-mail address.</source>
            <translation>Not a valid e-mail address.</translation>
        </message>
        <message>
            <source>Not a valid VAT number (check digits or format).</source>
            <translation>Not a valid VAT number (check digits or format).</translation>
        </message>
        <message>
            <source>A company needs a name.</source>
            <translation>A company needs a name.</translation>
        </message>
    </context>
    <context>
        <name>CompanyView</name>
        <message>
            <source>This company does not exist (any more).</source>
            <translation>This company does not exist (any more).</translation>
        </message>
        <message>
            <source>Category %1</source>
            <translation>Category %1</translation>
        </message>
        <message>
            <source>Last contact %1</source>
            <translation>Last contact %1</translation>
        </message>
        <message>
            <source>This company was deleted on %1.</source>
            <translation>This company was deleted on %1.</translation>
        </message>
        <message>
            <source>Persons (%1)</source>
            <translation>Persons (%1)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Follow-ups (%1)</source>
            <translation>Follow-ups (%1)</translation>
        </message>
        <message>
            <source>Letters (%1)</source>
            <translation>Letters (%1)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
    </context>
    <context>
        <name>CompleteDialog</name>
        <message>
            <source>Complete follow-up</source>
            <translation>Complete follow-up</translation>
        </message>
        <message>
            <source>Log the contact now</source>
            <translation>Log the contact now</translation>
        </message>
        <message>
            <source>outgoing (we contacted them)</source>
            <translation>outgoing (we contacted them)</translation>
        </message>
        <message>
            <source>incoming (they contacted us)</source>
            <translation>incoming (they contacted us)</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>What was agreed?</source>
            <translation>What was agreed?</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Repeats: the next follow-up will be due on {date}.</source>
            <translation>Repeats: the next follow-up will be due on {date}.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>%1 saved this record at %2, after you opened it. Your changes are not saved yet.</source>
            <translation>%1 saved this record at %2, after you opened it. Your changes are not saved yet.</translation>
        </message>
        <message>
            <source>another user</source>
            <translation>another user</translation>
        </message>
        <message>
            <source>a moment ago</source>
            <translation>a moment ago</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Their value</source>
            <translation>Their value</translation>
        </message>
        <message>
            <source>Your value</source>
            <translation>Your value</translation>
        </message>
        <message>
            <source>Reload (discard mine)</source>
            <translation>Reload (discard mine)</translation>
        </message>
        <message>
            <source>Overwrite with mine</source>
            <translation>Overwrite with mine</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>Interactions per week by channel</source>
            <translation>Interactions per week by channel</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interactions</translation>
        </message>
        <message>
            <source>Calendar week</source>
            <translation>Calendar week</translation>
        </message>
        <message>
            <source>Outcomes per channel (% of its interactions)</source>
            <translation>Outcomes per channel (% of its interactions)</translation>
        </message>
        <message>
            <source>Outcomes per channel</source>
            <translation>Outcomes per channel</translation>
        </message>
        <message>
            <source>Persons within their cadence</source>
            <translation>Persons within their cadence</translation>
        </message>
        <message>
            <source>within cadence (%)</source>
            <translation>within cadence (%)</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>last {weeks} weeks</source>
            <translation>last {weeks} weeks</translation>
        </message>
        <message>
            <source>Outcomes as % of the channel's interactions</source>
            <translation>Outcomes as % of the channel's interactions</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Save as PNG…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>The dashboard could not be loaded: {message}</source>
            <translation>The dashboard could not be loaded: {message}</translation>
        </message>
        <message>
            <source>{count} interactions from {start} to {end}</source>
            <translation>{count} interactions from {start} to {end}</translation>
        </message>
        <message>
            <source>Which channel brings appointments and orders, and where nobody answers.</source>
            <translation>Which channel brings appointments and orders, and where nobody answers.</translation>
        </message>
        <message>
            <source>Past weeks are recomputed from the logged interactions, with today's intervals and rules.</source>
            <translation>Past weeks are recomputed from the logged interactions, with today's intervals and rules.</translation>
        </message>
        <message>
            <source>Estimated from {sampled} of {population} persons (±2 points)</source>
            <translation>Estimated from {sampled} of {population} persons (±2 points)</translation>
        </message>
        <message>
            <source>Recomputed from all {population} persons</source>
            <translation>Recomputed from all {population} persons</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>The image could not be saved to {file}.</source>
            <translation>The image could not be saved to {file}.</translation>
        </message>
        <message>
            <source>Chart saved to {file}</source>
            <translation>Chart saved to {file}</translation>
        </message>
    </context>
    <context>
        <name>DataSection</name>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Export all persons…</source>
            <translation>Export all persons…</translation>
        </message>
        <message>
            <source>Export all companies…</source>
            <translation>Export all companies…</translation>
        </message>
        <message>
            <source>Data quality report…</source>
            <translation>Data quality report…</translation>
        </message>
        <message>
            <source>Import and export</source>
            <translation>Import and export</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Imports</translation>
        </message>
        <message>
            <source>Each import can be undone as a whole. Persons changed since the import keep their changes and are listed.</source>
            <translation>Each import can be undone as a whole. Persons changed since the import keep their changes and are listed.</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>When (UTC)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Undone</translation>
        </message>
        <message>
            <source>Undo selected import…</source>
            <translation>Undo selected import…</translation>
        </message>
        <message>
            <source>{created} created, {updated} updated, {skipped} skipped, {rejected} left out</source>
            <translation>{created} created, {updated} updated, {skipped} skipped, {rejected} left out</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Update</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
    </context>
    <context>
        <name>Deleting</name>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n person(s)? They disappear from all lists; Undo brings them back.</source>
            <translation>
                <numerusform>Delete %n person? They disappear from all lists; Undo brings them back.</numerusform>
                <numerusform>Delete %n persons? They disappear from all lists; Undo brings them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) deleted.</source>
            <translation>
                <numerusform>%n person deleted.</numerusform>
                <numerusform>%n persons deleted.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) restored.</source>
            <translation>
                <numerusform>%n person restored.</numerusform>
                <numerusform>%n persons restored.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n company(s)? Their persons stay; Undo brings the companies back.</source>
            <translation>
                <numerusform>Delete %n company? Their persons stay; Undo brings the companies back.</numerusform>
                <numerusform>Delete %n companies? Their persons stay; Undo brings the companies back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n company(s) deleted.</source>
            <translation>
                <numerusform>%n company deleted.</numerusform>
                <numerusform>%n companies deleted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n company(s) restored.</source>
            <translation>
                <numerusform>%n company restored.</numerusform>
                <numerusform>%n companies restored.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailView</name>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Phone 2</source>
            <translation>Phone 2</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>E-mail 2</source>
            <translation>E-mail 2</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>VAT number</source>
            <translation>VAT number</translation>
        </message>
        <message>
            <source>Company register</source>
            <translation>Company register</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Private phone</source>
            <translation>Private phone</translation>
        </message>
        <message>
            <source>Private e-mail</source>
            <translation>Private e-mail</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profiles</translation>
        </message>
        <message>
            <source>Private address</source>
            <translation>Private address</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Local time</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Letters in</source>
            <translation>Letters in</translation>
        </message>
        <message>
            <source>Advertising</source>
            <translation>Advertising</translation>
        </message>
        <message>
            <source>Personal notes</source>
            <translation>Personal notes</translation>
        </message>
    </context>
    <context>
        <name>DueTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Interval (days)</source>
            <translation>Interval (days)</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>due</source>
            <translation>due</translation>
        </message>
        <message>
            <source>Due since {date} · score {score}</source>
            <translation>Due since {date} · score {score}</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In the file</translation>
        </message>
        <message>
            <source>Existing person</source>
            <translation>Existing person</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <source>Same person?</source>
            <translation>Same person?</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>No row of the file matches a person who exists.</source>
            <translation>No row of the file matches a person who exists.</translation>
        </message>
        <message>
            <source>as chosen below</source>
            <translation>as chosen below</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>This record was deleted by someone else.</source>
            <translation>This record was deleted by someone else.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Save your changes?</source>
            <translation>Save your changes?</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV for Excel, semicolons (*.csv)</source>
            <translation>CSV for Excel, semicolons (*.csv)</translation>
        </message>
        <message>
            <source>vCard contacts (*.vcf)</source>
            <translation>vCard contacts (*.vcf)</translation>
        </message>
        <message>
            <source>persons</source>
            <translation>persons</translation>
        </message>
        <message>
            <source>companies</source>
            <translation>companies</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Your role may not export lists.</source>
            <translation>Your role may not export lists.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
            <translation>The file was written as UTF-8 with BOM instead of Windows-1252, because some names use characters Windows-1252 does not have. Excel 2016 and newer open it correctly.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>Windows-1252 (Excel, Outlook)</source>
            <translation>Windows-1252 (Excel, Outlook)</translation>
        </message>
        <message>
            <source>; (semicolon)</source>
            <translation>; (semicolon)</translation>
        </message>
        <message>
            <source>, (comma)</source>
            <translation>, (comma)</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>| (bar)</source>
            <translation>| (bar)</translation>
        </message>
        <message>
            <source>Choose a .csv, .txt, .xlsx or .vcf file</source>
            <translation>Choose a .csv, .txt, .xlsx or .vcf file</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Encoding:</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Delimiter:</translation>
        </message>
        <message>
            <source>Country of numbers without a country:</source>
            <translation>Country of numbers without a country:</translation>
        </message>
        <message>
            <source>Excel: save as “CSV (Trennzeichen-getrennt)” or “CSV UTF-8”, or choose the .xlsx workbook itself. Outlook and Google Contacts exports are recognised.</source>
            <translation>Excel: save as “CSV (Trennzeichen-getrennt)” or “CSV UTF-8”, or choose the .xlsx workbook itself. Outlook and Google Contacts exports are recognised.</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Choose the file</translation>
        </message>
        <message>
            <source>Nothing is imported before the last step; a finished import can be undone.</source>
            <translation>Nothing is imported before the last step; a finished import can be undone.</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Import file</translation>
        </message>
        <message>
            <source>Lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
            <translation>Lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Category %1</source>
            <translation>Category %1</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>All owners</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>All countries</translation>
        </message>
        <message>
            <source>Active and inactive</source>
            <translation>Active and inactive</translation>
        </message>
        <message>
            <source>Active only</source>
            <translation>Active only</translation>
        </message>
        <message>
            <source>Inactive only</source>
            <translation>Inactive only</translation>
        </message>
        <message>
            <source>Search name, company, e-mail, phone, city…</source>
            <translation>Search name, company, e-mail, phone, city…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Edit follow-up</source>
            <translation>Edit follow-up</translation>
        </message>
        <message>
            <source>New follow-up</source>
            <translation>New follow-up</translation>
        </message>
        <message>
            <source>Repeat every</source>
            <translation>Repeat every</translation>
        </message>
        <message>
            <source> days after completion</source>
            <translation> days after completion</translation>
        </message>
        <message>
            <source>Type a name, company, e-mail or phone number</source>
            <translation>Type a name, company, e-mail or phone number</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Choose a person from the list.</source>
            <translation>Choose a person from the list.</translation>
        </message>
        <message>
            <source>The note is too long.</source>
            <translation>The note is too long.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTableModel</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Repeat (days)</source>
            <translation>Repeat (days)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Done…</source>
            <translation>&amp;Done…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>Export .ics…</translation>
        </message>
        <message>
            <source>Save my open follow-ups as a calendar file for Outlook or Apple Calendar</source>
            <translation>Save my open follow-ups as a calendar file for Outlook or Apple Calendar</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Everyone's</source>
            <translation>Everyone's</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>{overdue} overdue · {today} due today · {open} open</source>
            <translation>{overdue} overdue · {today} due today · {open} open</translation>
        </message>
        <message>
            <source>The follow-ups could not be loaded: {message}</source>
            <translation>The follow-ups could not be loaded: {message}</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Delete follow-up</source>
            <translation>Delete follow-up</translation>
        </message>
        <message>
            <source>Delete this follow-up for {name}?</source>
            <translation>Delete this follow-up for {name}?</translation>
        </message>
        <message>
            <source>follow-ups.ics</source>
            <translation>follow-ups.ics</translation>
        </message>
        <message>
            <source>Export follow-ups</source>
            <translation>Export follow-ups</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
        <message>
            <source>Follow-ups exported to {file}: {count}</source>
            <translation>Follow-ups exported to {file}: {count}</translation>
        </message>
        <message>
            <source>Open person</source>
            <translation>Open person</translation>
        </message>
        <message>
            <source>Open company</source>
            <translation>Open company</translation>
        </message>
    </context>
    <context>
        <name>GeneralSection</name>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Language of the computer</source>
            <translation>Language of the computer</translation>
        </message>
        <message>
            <source>Dates and numbers follow the language. Letters use each person's own letter language.</source>
            <translation>Dates and numbers follow the language. Letters use each person's own letter language.</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
        <message>
            <source>No letters printed yet.</source>
            <translation>No letters printed yet.</translation>
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
            <translation>Titles</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Postal code and city</source>
            <translation>Postal code and city</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>E-mail (private)</source>
            <translation>E-mail (private)</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
    </context>
    <context>
        <name>ImportExportMenu</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>&amp;Export all persons…</source>
            <translation>&amp;Export all persons…</translation>
        </message>
        <message>
            <source>Data &amp;quality report…</source>
            <translation>Data &amp;quality report…</translation>
        </message>
    </context>
    <context>
        <name>ImportLabels</name>
        <message>
            <source>(ignore)</source>
            <translation>(ignore)</translation>
        </message>
        <message>
            <source>Salutation (Herr, Frau)</source>
            <translation>Salutation (Herr, Frau)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation>Titles</translation>
        </message>
        <message>
            <source>Titles after the name</source>
            <translation>Titles after the name</translation>
        </message>
        <message>
            <source>Honorary title</source>
            <translation>Honorary title</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Middle name</translation>
        </message>
        <message>
            <source>Name particle (von, van)</source>
            <translation>Name particle (von, van)</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Function title</source>
            <translation>Function title</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Street (business)</source>
            <translation>Street (business)</translation>
        </message>
        <message>
            <source>Street line 2 (business)</source>
            <translation>Street line 2 (business)</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>PO box</translation>
        </message>
        <message>
            <source>Postal code (business)</source>
            <translation>Postal code (business)</translation>
        </message>
        <message>
            <source>City (business)</source>
            <translation>City (business)</translation>
        </message>
        <message>
            <source>Country (business)</source>
            <translation>Country (business)</translation>
        </message>
        <message>
            <source>Street (private)</source>
            <translation>Street (private)</translation>
        </message>
        <message>
            <source>Street line 2 (private)</source>
            <translation>Street line 2 (private)</translation>
        </message>
        <message>
            <source>Postal code (private)</source>
            <translation>Postal code (private)</translation>
        </message>
        <message>
            <source>City (private)</source>
            <translation>City (private)</translation>
        </message>
        <message>
            <source>Country (private)</source>
            <translation>Country (private)</translation>
        </message>
        <message>
            <source>Phone (business)</source>
            <translation>Phone (business)</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobile phone</translation>
        </message>
        <message>
            <source>Phone (private)</source>
            <translation>Phone (private)</translation>
        </message>
        <message>
            <source>Phone (other)</source>
            <translation>Phone (other)</translation>
        </message>
        <message>
            <source>Fax (company)</source>
            <translation>Fax (company)</translation>
        </message>
        <message>
            <source>E-mail (business)</source>
            <translation>E-mail (business)</translation>
        </message>
        <message>
            <source>E-mail (private)</source>
            <translation>E-mail (private)</translation>
        </message>
        <message>
            <source>E-mail (other)</source>
            <translation>E-mail (other)</translation>
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
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Letter language</source>
            <translation>Letter language</translation>
        </message>
        <message>
            <source>Form of address (Sie/Du)</source>
            <translation>Form of address (Sie/Du)</translation>
        </message>
        <message>
            <source>Own letter salutation</source>
            <translation>Own letter salutation</translation>
        </message>
        <message>
            <source>Company phone</source>
            <translation>Company phone</translation>
        </message>
        <message>
            <source>Company e-mail</source>
            <translation>Company e-mail</translation>
        </message>
        <message>
            <source>Company website</source>
            <translation>Company website</translation>
        </message>
        <message>
            <source>Company VAT number</source>
            <translation>Company VAT number</translation>
        </message>
        <message>
            <source>Phone (by its label column)</source>
            <translation>Phone (by its label column)</translation>
        </message>
        <message>
            <source>E-mail (by its label column)</source>
            <translation>E-mail (by its label column)</translation>
        </message>
        <message>
            <source>Street (by its label column)</source>
            <translation>Street (by its label column)</translation>
        </message>
        <message>
            <source>Street line 2 (by its label column)</source>
            <translation>Street line 2 (by its label column)</translation>
        </message>
        <message>
            <source>PO box (by its label column)</source>
            <translation>PO box (by its label column)</translation>
        </message>
        <message>
            <source>Postal code (by its label column)</source>
            <translation>Postal code (by its label column)</translation>
        </message>
        <message>
            <source>City (by its label column)</source>
            <translation>City (by its label column)</translation>
        </message>
        <message>
            <source>Country (by its label column)</source>
            <translation>Country (by its label column)</translation>
        </message>
        <message>
            <source>Create new persons for every row</source>
            <translation>Create new persons for every row</translation>
        </message>
        <message>
            <source>Update matching persons, create the others</source>
            <translation>Update matching persons, create the others</translation>
        </message>
        <message>
            <source>Skip matching rows, create the others</source>
            <translation>Skip matching rows, create the others</translation>
        </message>
        <message>
            <source>Same e-mail address</source>
            <translation>Same e-mail address</translation>
        </message>
        <message>
            <source>Same phone number</source>
            <translation>Same phone number</translation>
        </message>
        <message>
            <source>Same name and city</source>
            <translation>Same name and city</translation>
        </message>
        <message>
            <source>Same name and company</source>
            <translation>Same name and company</translation>
        </message>
        <message>
            <source>Similar name</source>
            <translation>Similar name</translation>
        </message>
        <message>
            <source>Without gender</source>
            <translation>Without gender</translation>
        </message>
        <message>
            <source>Without postal address</source>
            <translation>Without postal address</translation>
        </message>
        <message>
            <source>Title warnings</source>
            <translation>Title warnings</translation>
        </message>
        <message>
            <source>Function title missing</source>
            <translation>Function title missing</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <source>Invalid e-mail addresses</source>
            <translation>Invalid e-mail addresses</translation>
        </message>
        <message>
            <source>Invalid phone numbers</source>
            <translation>Invalid phone numbers</translation>
        </message>
        <message>
            <source>Outlook export (English)</source>
            <translation>Outlook export (English)</translation>
        </message>
        <message>
            <source>Outlook export (German)</source>
            <translation>Outlook export (German)</translation>
        </message>
        <message>
            <source>Google Contacts export</source>
            <translation>Google Contacts export</translation>
        </message>
        <message>
            <source>Google Contacts export (old format)</source>
            <translation>Google Contacts export (old format)</translation>
        </message>
        <message>
            <source>crmdesk export</source>
            <translation>crmdesk export</translation>
        </message>
        <message>
            <source>Excel list with German column names</source>
            <translation>Excel list with German column names</translation>
        </message>
        <message>
            <source>vCard file</source>
            <translation>vCard file</translation>
        </message>
        <message>
            <source>unknown layout: please check the columns</source>
            <translation>unknown layout: please check the columns</translation>
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message>
            <source>Import undone: {persons} persons and {companies} companies deleted, {restored} changed rows restored, {links} links removed.</source>
            <translation>Import undone: {persons} persons and {companies} companies deleted, {restored} changed rows restored, {links} links removed.</translation>
        </message>
        <message>
            <source>Kept because they changed or are in use since the import:</source>
            <translation>Kept because they changed or are in use since the import:</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>… and {n} more.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Undo import</translation>
        </message>
        <message>
            <source>Undo this import as a whole? Persons and companies it created are deleted, persons it changed get their earlier values back. Rows that were changed since are kept and listed.</source>
            <translation>Undo this import as a whole? Persons and companies it created are deleted, persons it changed get their earlier values back. Rows that were changed since are kept and listed.</translation>
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation>Undoing the import…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import persons and companies</source>
            <translation>Import persons and companies</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Your role may not import lists.</source>
            <translation>Your role may not import lists.</translation>
        </message>
    </context>
    <context>
        <name>KeepInTouchPage</name>
        <message>
            <source>&amp;Log contact</source>
            <translation>&amp;Log contact</translation>
        </message>
        <message>
            <source>Le&amp;tter…</source>
            <translation>Le&amp;tter…</translation>
        </message>
        <message>
            <source>&amp;Snooze…</source>
            <translation>&amp;Snooze…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Log a call, visit or message with the selected person</source>
            <translation>Log a call, visit or message with the selected person</translation>
        </message>
        <message>
            <source>Whose persons to show</source>
            <translation>Whose persons to show</translation>
        </message>
        <message>
            <source>My persons</source>
            <translation>My persons</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Tag: {name}</translation>
        </message>
        <message>
            <source>Waiting for contact: {count}</source>
            <translation>Waiting for contact: {count}</translation>
        </message>
        <message>
            <source>Nobody is waiting for contact. Well done!</source>
            <translation>Nobody is waiting for contact. Well done!</translation>
        </message>
        <message>
            <source>{waiting} waiting for contact, {overdue} of them overdue</source>
            <translation>{waiting} waiting for contact, {overdue} of them overdue</translation>
        </message>
        <message>
            <source>{waiting} waiting for contact, {overdue} of them overdue · the first {shown} are shown</source>
            <translation>{waiting} waiting for contact, {overdue} of them overdue · the first {shown} are shown</translation>
        </message>
        <message>
            <source>The list could not be loaded: {message}</source>
            <translation>The list could not be loaded: {message}</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Snooze</translation>
        </message>
        <message>
            <source>Snoozed until {date}.</source>
            <translation>Snoozed until {date}.</translation>
        </message>
    </context>
    <context>
        <name>KeepInTouchStart</name>
        <message>
            <source>Waiting for you: {overdue} persons overdue ({waiting} due in all), {today} follow-ups due today, {late} overdue</source>
            <translation>Waiting for you: {overdue} persons overdue ({waiting} due in all), {today} follow-ups due today, {late} overdue</translation>
        </message>
        <message>
            <source>Nobody is waiting for you today.</source>
            <translation>Nobody is waiting for you today.</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>No postal address!</source>
            <translation>No postal address!</translation>
        </message>
        <message>
            <source>Letter to %1</source>
            <translation>Letter to %1</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Subject</translation>
        </message>
        <message>
            <source>&amp;Text (the salutation is printed above it)</source>
            <translation>&amp;Text (the salutation is printed above it)</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>Insert placeholder</translation>
        </message>
        <message>
            <source>Log as contact (outgoing letter)</source>
            <translation>Log as contact (outgoing letter)</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No preview: %1</source>
            <translation>No preview: %1</translation>
        </message>
        <message>
            <source>This person has no complete postal address; the letter cannot be saved.</source>
            <translation>This person has no complete postal address; the letter cannot be saved.</translation>
        </message>
        <message>
            <source>Save letter as PDF</source>
            <translation>Save letter as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Characters the font cannot print</source>
            <translation>Characters the font cannot print</translation>
        </message>
        <message>
            <source>Some characters cannot be printed:
%1

Print them as “�”?</source>
            <translation>Some characters cannot be printed:
%1

Print them as “�”?</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Letter saved: %1</source>
            <translation>Letter saved: %1</translation>
        </message>
    </context>
    <context>
        <name>LetterheadSection</name>
        <message>
            <source>Company name</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Address (one line each)</source>
            <translation>Address (one line each)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Logo (PNG or JPG)</source>
            <translation>Logo (PNG or JPG)</translation>
        </message>
        <message>
            <source>Registered seat</source>
            <translation>Registered seat</translation>
        </message>
        <message>
            <source>Register court</source>
            <translation>Register court</translation>
        </message>
        <message>
            <source>Register number (HRB, FN)</source>
            <translation>Register number (HRB, FN)</translation>
        </message>
        <message>
            <source>VAT ID (UID)</source>
            <translation>VAT ID (UID)</translation>
        </message>
        <message>
            <source>Managing directors (one per line)</source>
            <translation>Managing directors (one per line)</translation>
        </message>
        <message>
            <source>Chair of the supervisory board</source>
            <translation>Chair of the supervisory board</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>General partner (GmbH &amp; Co. KG)</source>
            <translation>General partner (GmbH &amp; Co. KG)</translation>
        </message>
        <message>
            <source>Further footer lines</source>
            <translation>Further footer lines</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <source>DIN 5008 form</source>
            <translation>DIN 5008 form</translation>
        </message>
        <message>
            <source>Letters follow the conventions of</source>
            <translation>Letters follow the conventions of</translation>
        </message>
        <message>
            <source>Our reference</source>
            <translation>Our reference</translation>
        </message>
        <message>
            <source>Only an owner can change these settings.</source>
            <translation>Only an owner can change these settings.</translation>
        </message>
        <message>
            <source>Letterhead</source>
            <translation>Letterhead</translation>
        </message>
        <message>
            <source>Legally required details (footer)</source>
            <translation>Legally required details (footer)</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Bank account</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Log printed letters as contacts</source>
            <translation>Log printed letters as contacts</translation>
        </message>
        <message>
            <source>empty: the initials of the signing user</source>
            <translation>empty: the initials of the signing user</translation>
        </message>
        <message>
            <source>Form B (45 mm letterhead) suits most window envelopes; form A has 27 mm.</source>
            <translation>Form B (45 mm letterhead) suits most window envelopes; form A has 27 mm.</translation>
        </message>
        <message>
            <source>Letterhead and letters</source>
            <translation>Letterhead and letters</translation>
        </message>
        <message>
            <source>Missing before printing (warnings, not legal advice):</source>
            <translation>Missing before printing (warnings, not legal advice):</translation>
        </message>
        <message>
            <source>All details the law asks for on business letters are filled in.</source>
            <translation>All details the law asks for on business letters are filled in.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <source>Salutation</source>
            <translation>Salutation</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Name with titles</source>
            <translation>Name with titles</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Our company name</source>
            <translation>Our company name</translation>
        </message>
        <message>
            <source>Letter date</source>
            <translation>Letter date</translation>
        </message>
        <message>
            <source>Sender's name</source>
            <translation>Sender's name</translation>
        </message>
        <message>
            <source>Sender's function</source>
            <translation>Sender's function</translation>
        </message>
        <message>
            <source>Without postal address</source>
            <translation>Without postal address</translation>
        </message>
        <message>
            <source>Do not contact or deceased</source>
            <translation>Do not contact or deceased</translation>
        </message>
        <message>
            <source>Objected to advertising</source>
            <translation>Objected to advertising</translation>
        </message>
        <message>
            <source>Text the font cannot print</source>
            <translation>Text the font cannot print</translation>
        </message>
        <message>
            <source>Without gender (neutral greeting)</source>
            <translation>Without gender (neutral greeting)</translation>
        </message>
        <message>
            <source>Title or name warnings</source>
            <translation>Title or name warnings</translation>
        </message>
        <message>
            <source>Other language than the template</source>
            <translation>Other language than the template</translation>
        </message>
        <message>
            <source>Invisible characters removed</source>
            <translation>Invisible characters removed</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Postal address</translation>
        </message>
        <message>
            <source>The preview needs the QtPdf module (package PySide6-Pdf). Save the PDF and open it instead.</source>
            <translation>The preview needs the QtPdf module (package PySide6-Pdf). Save the PDF and open it instead.</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Your role cannot print serial letters; write single letters instead.</source>
            <translation>Your role cannot print serial letters; write single letters instead.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>Sent letters</source>
            <translation>Sent letters</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>New template</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Serial letter…</source>
            <translation>Serial letter…</translation>
        </message>
        <message>
            <source>%1 (built in)</source>
            <translation>%1 (built in)</translation>
        </message>
        <message>
            <source>Template “%1” saved.</source>
            <translation>Template “%1” saved.</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Delete template</translation>
        </message>
        <message>
            <source>Delete the template “%1”? Letters printed with it are kept.</source>
            <translation>Delete the template “%1”? Letters printed with it are kept.</translation>
        </message>
    </context>
    <context>
        <name>ListColumns</name>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <source>No cadence</source>
            <translation>No cadence</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Former</source>
            <translation>Former</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListTable</name>
        <message>
            <source>Reset columns</source>
            <translation>Reset columns</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Unknown view: %1</source>
            <translation>Unknown view: %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>New company</translation>
        </message>
        <message>
            <source>Log contact</source>
            <translation>Log contact</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Log a call, e-mail or visit (Ctrl+L)</source>
            <translation>Log a call, e-mail or visit (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Contacts</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Toolbar</translation>
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
            <translation>Save mapping…</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>Saved mappings:</translation>
        </message>
        <message>
            <source>Preview and columns</source>
            <translation>Preview and columns</translation>
        </message>
        <message>
            <source>Choose for each column what it holds. Recognised columns are set already.</source>
            <translation>Choose for each column what it holds. Recognised columns are set already.</translation>
        </message>
        <message>
            <source>{format} · {rows} rows · {encoding} · delimiter {delimiter}</source>
            <translation>{format} · {rows} rows · {encoding} · delimiter {delimiter}</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Save mapping</translation>
        </message>
        <message>
            <source>Name of this column mapping:</source>
            <translation>Name of this column mapping:</translation>
        </message>
        <message>
            <source>Saved for the whole team.</source>
            <translation>Saved for the whole team.</translation>
        </message>
        <message>
            <source>Saved for you on this computer.</source>
            <translation>Saved for you on this computer.</translation>
        </message>
        <message>
            <source>Checking rows and looking for duplicates…</source>
            <translation>Checking rows and looking for duplicates…</translation>
        </message>
    </context>
    <context>
        <name>MappingTable</name>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Keep in touch</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Effects</source>
            <translation>Effects</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(no name yet)</translation>
        </message>
        <message>
            <source>Not a valid phone number for %1.</source>
            <translation>Not a valid phone number for %1.</translation>
        </message>
        <message>
            <source>Not a valid e-mail address.</source>
            <translation>Not a valid e-mail address.</translation>
        </message>
        <message>
            <source>A person needs at least a first or a last name.</source>
            <translation>A person needs at least a first or a last name.</translation>
        </message>
        <message>
            <source>Unknown time zone; choose one from the list.</source>
            <translation>Unknown time zone; choose one from the list.</translation>
        </message>
        <message>
            <source>Choose a company from the list, or clear the field.</source>
            <translation>Choose a company from the list, or clear the field.</translation>
        </message>
        <message>
            <source>The birthday lies in the future.</source>
            <translation>The birthday lies in the future.</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Titles before the name</source>
            <translation>Titles before the name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Name particle</source>
            <translation>Name particle</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>Titles after the name</source>
            <translation>Titles after the name</translation>
        </message>
        <message>
            <source>Honorary or office title</source>
            <translation>Honorary or office title</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Letter language</source>
            <translation>Letter language</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Form of address</translation>
        </message>
        <message>
            <source>Own salutation</source>
            <translation>Own salutation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation>Keep in touch every (days)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Private phone</source>
            <translation>Private phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Private e-mail</source>
            <translation>Private e-mail</translation>
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
            <translation>Street</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Private street</source>
            <translation>Private street</translation>
        </message>
        <message>
            <source>Private postal code</source>
            <translation>Private postal code</translation>
        </message>
        <message>
            <source>Private city</source>
            <translation>Private city</translation>
        </message>
        <message>
            <source>Private country</source>
            <translation>Private country</translation>
        </message>
        <message>
            <source>Letters go to</source>
            <translation>Letters go to</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Personal notes</source>
            <translation>Personal notes</translation>
        </message>
        <message>
            <source>Consents to advertising</source>
            <translation>Consents to advertising</translation>
        </message>
        <message>
            <source>Consent given how</source>
            <translation>Consent given how</translation>
        </message>
        <message>
            <source>Objects to advertising</source>
            <translation>Objects to advertising</translation>
        </message>
        <message>
            <source>Objection received how</source>
            <translation>Objection received how</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Do not contact</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Notes and consent</source>
            <translation>Notes and consent</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>male</source>
            <translation>male</translation>
        </message>
        <message>
            <source>female</source>
            <translation>female</translation>
        </message>
        <message>
            <source>diverse</source>
            <translation>diverse</translation>
        </message>
        <message>
            <source>German</source>
            <translation>German</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>formal (Sie)</source>
            <translation>formal (Sie)</translation>
        </message>
        <message>
            <source>informal (Du)</source>
            <translation>informal (Du)</translation>
        </message>
        <message>
            <source>e.g. Lieber Franz</source>
            <translation>e.g. Lieber Franz</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactive</translation>
        </message>
        <message>
            <source>left the company</source>
            <translation>left the company</translation>
        </message>
        <message>
            <source>deceased</source>
            <translation>deceased</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>business address</source>
            <translation>business address</translation>
        </message>
        <message>
            <source>private address</source>
            <translation>private address</translation>
        </message>
    </context>
    <context>
        <name>PersonMenu</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Log contact…</source>
            <translation>Log contact…</translation>
        </message>
        <message>
            <source>Letter…</source>
            <translation>Letter…</translation>
        </message>
        <message>
            <source>Serial letter…</source>
            <translation>Serial letter…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
    </context>
    <context>
        <name>PersonView</name>
        <message>
            <source>This person does not exist (any more).</source>
            <translation>This person does not exist (any more).</translation>
        </message>
        <message>
            <source>Overdue since %1</source>
            <translation>Overdue since %1</translation>
        </message>
        <message>
            <source>Due since %1</source>
            <translation>Due since %1</translation>
        </message>
        <message>
            <source>This person was deleted on %1.</source>
            <translation>This person was deleted on %1.</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>German</source>
            <translation>German</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Objects to advertising</source>
            <translation>Objects to advertising</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>Contacts (%1)</translation>
        </message>
        <message>
            <source>Follow-ups (%1)</source>
            <translation>Follow-ups (%1)</translation>
        </message>
        <message>
            <source>Letters (%1)</source>
            <translation>Letters (%1)</translation>
        </message>
        <message>
            <source>Employments</source>
            <translation>Employments</translation>
        </message>
        <message>
            <source>Log contact</source>
            <translation>Log contact</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
    </context>
    <context>
        <name>PersonsPage</name>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n persons</numerusform>
            </translation>
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
            <translation>Reason</translation>
        </message>
        <message>
            <source>Data quality report</source>
            <translation>Data quality report</translation>
        </message>
        <message>
            <source>Checking persons…</source>
            <translation>Checking persons…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
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
            <translation>All findings ({n})</translation>
        </message>
        <message>
            <source>Showing the first {shown} of {n}.</source>
            <translation>Showing the first {shown} of {n}.</translation>
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>Log contact</source>
            <translation>Log contact</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Channel:</translation>
        </message>
        <message>
            <source>Direction:</source>
            <translation>Direction:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Follow-up:</source>
            <translation>Follow-up:</translation>
        </message>
        <message>
            <source>Type a name, company, e-mail or phone; Enter picks</source>
            <translation>Type a name, company, e-mail or phone; Enter picks</translation>
        </message>
        <message>
            <source>&amp;Outgoing</source>
            <translation>&amp;Outgoing</translation>
        </message>
        <message>
            <source>&amp;Incoming (Ctrl+I)</source>
            <translation>&amp;Incoming (Ctrl+I)</translation>
        </message>
        <message>
            <source>What was it about? Enter saves</source>
            <translation>What was it about? Enter saves</translation>
        </message>
        <message>
            <source>Follow up on (Ctrl+D)</source>
            <translation>Follow up on (Ctrl+D)</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Save (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Choose a person first: type a name and press Enter.</source>
            <translation>Choose a person first: type a name and press Enter.</translation>
        </message>
        <message>
            <source>Choose a channel: press its letter (T phone, E e-mail, …).</source>
            <translation>Choose a channel: press its letter (T phone, E e-mail, …).</translation>
        </message>
        <message>
            <source>Saved for %1. Ready for the next contact.</source>
            <translation>Saved for %1. Ready for the next contact.</translation>
        </message>
        <message>
            <source>Contact with %1 logged.</source>
            <translation>Contact with %1 logged.</translation>
        </message>
    </context>
    <context>
        <name>ReportTree</name>
        <message>
            <source>Group / recipient</source>
            <translation>Group / recipient</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Checked: these recipients get the letter. Unchecked: they are skipped.</source>
            <translation>Checked: these recipients get the letter. Unchecked: they are skipped.</translation>
        </message>
        <message>
            <source>always skipped</source>
            <translation>always skipped</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>Undo this import</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>{file}: {created} persons created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} left out because of problems; {companies} new companies.</source>
            <translation>{file}: {created} persons created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} left out because of problems; {companies} new companies.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>No problems.</source>
            <translation>No problems.</translation>
        </message>
    </context>
    <context>
        <name>SelectionForm</name>
        <message numerus="yes">
            <source>%n selected person(s)</source>
            <translation>
                <numerusform>%n selected person</numerusform>
                <numerusform>%n selected persons</numerusform>
            </translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Company category</source>
            <translation>Company category</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>At most</translation>
        </message>
        <message>
            <source>Only persons due for contact</source>
            <translation>Only persons due for contact</translation>
        </message>
        <message>
            <source>(all)</source>
            <translation>(all)</translation>
        </message>
    </context>
    <context>
        <name>SerialLetterDialog</name>
        <message>
            <source>Your role cannot print serial letters.</source>
            <translation>Your role cannot print serial letters.</translation>
        </message>
        <message>
            <source>Serial letter</source>
            <translation>Serial letter</translation>
        </message>
        <message>
            <source>Recipients and template</source>
            <translation>Recipients and template</translation>
        </message>
        <message>
            <source>Pre-flight check</source>
            <translation>Pre-flight check</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF file</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Also one PDF per recipient (in a folder beside the file)</source>
            <translation>Also one PDF per recipient (in a folder beside the file)</translation>
        </message>
        <message>
            <source>Log every letter as a contact (outgoing letter)</source>
            <translation>Log every letter as a contact (outgoing letter)</translation>
        </message>
        <message>
            <source>Check recipients</source>
            <translation>Check recipients</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Data quality…</source>
            <translation>Data quality…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Letterhead: %1</source>
            <translation>Letterhead: %1</translation>
        </message>
        <message>
            <source>Choose the recipients and a template, then check them.</source>
            <translation>Choose the recipients and a template, then check them.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>%1 selected, %2 get the letter, %3 skipped.</source>
            <translation>%1 selected, %2 get the letter, %3 skipped.</translation>
        </message>
        <message numerus="yes">
            <source>Print %n letter(s)</source>
            <translation>
                <numerusform>Print %n letter</numerusform>
                <numerusform>Print %n letters</numerusform>
            </translation>
        </message>
        <message>
            <source>Data quality of the selection</source>
            <translation>Data quality of the selection</translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>No findings.</translation>
        </message>
        <message>
            <source>%1 persons checked, %2 findings.</source>
            <translation>%1 persons checked, %2 findings.</translation>
        </message>
        <message>
            <source>Serial letter PDF</source>
            <translation>Serial letter PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Recording the letters…</source>
            <translation>Recording the letters…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Cancelled: no file was written and nothing was recorded.</source>
            <translation>Cancelled: no file was written and nothing was recorded.</translation>
        </message>
        <message>
            <source>%1 letters (%2 pages) written to %3.</source>
            <translation>%1 letters (%2 pages) written to %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n skipped.</source>
            <translation>
                <numerusform>%n skipped.</numerusform>
                <numerusform>%n skipped.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>“%1” could not be saved.</source>
            <translation>“%1” could not be saved.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to crmdesk</source>
            <translation>Sign in to crmdesk</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>no password set</source>
            <translation>no password set</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>1 week</source>
            <translation>1 week</translation>
        </message>
        <message>
            <source>2 weeks</source>
            <translation>2 weeks</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 month</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 months</translation>
        </message>
        <message>
            <source>Snooze reminders</source>
            <translation>Snooze reminders</translation>
        </message>
        <message>
            <source>e.g. on parental leave until spring</source>
            <translation>e.g. on parental leave until spring</translation>
        </message>
        <message>
            <source>No reminders for &lt;b&gt;{name}&lt;/b&gt; until the chosen day; from then on as usual.</source>
            <translation>No reminders for &lt;b&gt;{name}&lt;/b&gt; until the chosen day; from then on as usual.</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Snooze</translation>
        </message>
    </context>
    <context>
        <name>StatusArea</name>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Apprentice</source>
            <translation>Apprentice</translation>
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation>User: %1 (%2)</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Subject</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <source>Advertising (skip persons who objected)</source>
            <translation>Advertising (skip persons who objected)</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>Insert placeholder</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Save template</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <source>The salutation line is printed above the text automatically. **bold**, *italic*; an empty line starts a new paragraph; {{ and }} print braces.</source>
            <translation>The salutation line is printed above the text automatically. **bold**, *italic*; an empty line starts a new paragraph; {{ and }} print braces.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Template</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Incoming</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Outgoing</translation>
        </message>
    </context>
    <context>
        <name>TitlesPicker</name>
        <message>
            <source>Add a title…</source>
            <translation>Add a title…</translation>
        </message>
        <message>
            <source>Remove the selected title (Delete)</source>
            <translation>Remove the selected title (Delete)</translation>
        </message>
        <message>
            <source>Order as written; move with Ctrl+Left / Ctrl+Right or drag</source>
            <translation>Order as written; move with Ctrl+Left / Ctrl+Right or drag</translation>
        </message>
    </context>
    <context>
        <name>TitlesSection</name>
        <message>
            <source>Conventions where the sources disagree</source>
            <translation>Conventions where the sources disagree</translation>
        </message>
        <message>
            <source>Examples with the settings below</source>
            <translation>Examples with the settings below</translation>
        </message>
        <message>
            <source>Only an owner can change these settings.</source>
            <translation>Only an owner can change these settings.</translation>
        </message>
        <message>
            <source>Titles and salutations</source>
            <translation>Titles and salutations</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today, {date}</source>
            <translation>Today, {date}</translation>
        </message>
        <message>
            <source>Follow-ups due today and overdue</source>
            <translation>Follow-ups due today and overdue</translation>
        </message>
        <message>
            <source>Birthdays in the next 7 days</source>
            <translation>Birthdays in the next 7 days</translation>
        </message>
        <message>
            <source>The team</source>
            <translation>The team</translation>
        </message>
        <message>
            <source>Nobody is waiting for contact. Well done!</source>
            <translation>Nobody is waiting for contact. Well done!</translation>
        </message>
        <message>
            <source>No follow-ups due today.</source>
            <translation>No follow-ups due today.</translation>
        </message>
        <message>
            <source>No birthdays in the next seven days.</source>
            <translation>No birthdays in the next seven days.</translation>
        </message>
        <message>
            <source>No team members yet.</source>
            <translation>No team members yet.</translation>
        </message>
        <message>
            <source>All follow-ups</source>
            <translation>All follow-ups</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Turns</source>
            <translation>Turns</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Follow-ups today</source>
            <translation>Follow-ups today</translation>
        </message>
        <message>
            <source>Follow-ups overdue</source>
            <translation>Follow-ups overdue</translation>
        </message>
        <message>
            <source>Waiting for contact</source>
            <translation>Waiting for contact</translation>
        </message>
        <message>
            <source>Today's overview could not be loaded: {message}</source>
            <translation>Today's overview could not be loaded: {message}</translation>
        </message>
        <message>
            <source>My persons waiting for contact</source>
            <translation>My persons waiting for contact</translation>
        </message>
        <message>
            <source>Persons waiting for contact (everyone's)</source>
            <translation>Persons waiting for contact (everyone's)</translation>
        </message>
        <message>
            <source>Show all {waiting} ({overdue} overdue)</source>
            <translation>Show all {waiting} ({overdue} overdue)</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(no owner)</translation>
        </message>
        <message>
            <source>Whole team</source>
            <translation>Whole team</translation>
        </message>
    </context>
    <context>
        <name>UnavailablePage</name>
        <message>
            <source>“%1” is not available in this version.</source>
            <translation>“%1” is not available in this version.</translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>User %1 added.</source>
            <translation>User %1 added.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Apprentice</source>
            <translation>Apprentice</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initials</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Password (optional):</source>
            <translation>Password (optional):</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Add a user</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
    </context>
</TS>