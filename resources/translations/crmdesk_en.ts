<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CadenceSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="136"/>
        <source>Interval (days)</source>
        <translation>Interval (days)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="136"/>
        <source>Ranking weight</source>
        <translation>Ranking weight</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="137"/>
        <source>Category A</source>
        <translation>Category A</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="137"/>
        <source>Category B</source>
        <translation>Category B</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="137"/>
        <source>Category C</source>
        <translation>Category C</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="138"/>
        <source>No company or category</source>
        <translation>No company or category</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="139"/>
        <source>“—” (0) means no cadence. Tags, companies and persons can override the interval.</source>
        <translation>“—” (0) means no cadence. Tags, companies and persons can override the interval.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="140"/>
        <source>Overdue from (× interval)</source>
        <translation>Overdue from (× interval)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="140"/>
        <source>Time zone of the calendar days</source>
        <translation>Time zone of the calendar days</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="141"/>
        <source>A person is due on the day the interval has passed and overdue once the interval times this factor has passed, counted in this time zone&apos;s days.</source>
        <translation>A person is due on the day the interval has passed and overdue once the interval times this factor has passed, counted in this time zone&apos;s days.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="143"/>
        <source>Channels that count</source>
        <translation>Channels that count</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="143"/>
        <source>Outcomes that count</source>
        <translation>Outcomes that count</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="144"/>
        <source>Directions that count</source>
        <translation>Directions that count</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="145"/>
        <source>Saving recomputes the next due date of every person; with many persons this takes a few seconds.</source>
        <translation>Saving recomputes the next due date of every person; with many persons this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="147"/>
        <source>Only an owner can change these settings.</source>
        <translation>Only an owner can change these settings.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="152"/>
        <source>Contact interval by company category</source>
        <translation>Contact interval by company category</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="153"/>
        <source>What counts as a contact</source>
        <translation>What counts as a contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="154"/>
        <source>Due and overdue</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="155"/>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="156"/>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="157"/>
        <source>without direction</source>
        <translation>without direction</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="161"/>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/cadence_section.py" line="225"/>
        <source>At least one direction must count as a contact.</source>
        <translation>At least one direction must count as a contact.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="184"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="184"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="192"/>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="193"/>
        <source>Rows with problems are left out. Rows that match a person who exists are handled as chosen below; similar names are only imported as the same person when ticked.</source>
        <translation>Rows with problems are left out. Rows that match a person who exists are handled as chosen below; similar names are only imported as the same person when ticked.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="197"/>
        <source>Rows that match a person who exists</source>
        <translation>Rows that match a person who exists</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="204"/>
        <source>A row matches a person with</source>
        <translation>A row matches a person with</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="224"/>
        <source>Checking rows and looking for duplicates…</source>
        <translation>Checking rows and looking for duplicates…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="233"/>
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n row can be imported</numerusform>
            <numerusform>%n rows can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="234"/>
        <source>%n row(s) with problems are left out</source>
        <translation>
            <numerusform>%n row with problems are left out</numerusform>
            <numerusform>%n rows with problems are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="235"/>
        <source>%n row(s) match persons who exist</source>
        <translation>
            <numerusform>%n row match persons who exist</numerusform>
            <numerusform>%n rows match persons who exist</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="236"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="236"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="237"/>
        <source>No problems: every row can be imported.</source>
        <translation>No problems: every row can be imported.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="238"/>
        <source>Problems ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="241"/>
        <source>Likely duplicates ({n})</source>
        <translation>Likely duplicates ({n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="244"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="263"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/companies/page.py" line="34"/>
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/companies/page.py" line="48"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/companies/page.py" line="50"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/companies/page.py" line="54"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/companies/page.py" line="59"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="23"/>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="24"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="25"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="26"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="27"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="28"/>
        <source>PO box</source>
        <translation>PO box</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="29"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="30"/>
        <source>Phone 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="31"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="32"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="33"/>
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="34"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="35"/>
        <source>VAT number (UID)</source>
        <translation>VAT number (UID)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="36"/>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="37"/>
        <source>Register court</source>
        <translation>Register court</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="38"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="40"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="41"/>
        <source>Keep in touch every (days)</source>
        <translation>Keep in touch every (days)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="42"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="43"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="44"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="78"/>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="78"/>
        <source>Edit company</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="107"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="108"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="109"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="110"/>
        <source>Former</source>
        <translation>Former</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="114"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="148"/>
        <source>Not a valid phone number for %1.</source>
        <translation>Not a valid phone number for %1.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="154"/>
        <source>Not a valid e-mail address.</source>
        <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="158"/>
        <source>Not a valid VAT number (check digits or format).</source>
        <translation>Not a valid VAT number (check digits or format).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/company_dialog.py" line="160"/>
        <source>A company needs a name.</source>
        <translation>A company needs a name.</translation>
    </message>
</context>
<context>
    <name>CompanyView</name>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="95"/>
        <source>This company does not exist (any more).</source>
        <translation>This company does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="115"/>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="118"/>
        <source>Last contact %1</source>
        <translation>Last contact %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="122"/>
        <source>This company was deleted on %1.</source>
        <translation>This company was deleted on %1.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="154"/>
        <source>Persons (%1)</source>
        <translation>Persons (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="155"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="157"/>
        <source>Follow-ups (%1)</source>
        <translation>Follow-ups (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="159"/>
        <source>Letters (%1)</source>
        <translation>Letters (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="201"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="202"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="203"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="160"/>
        <source>Complete follow-up</source>
        <translation>Complete follow-up</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="161"/>
        <source>Log the contact now</source>
        <translation>Log the contact now</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="167"/>
        <source>outgoing (we contacted them)</source>
        <translation>outgoing (we contacted them)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="168"/>
        <source>incoming (they contacted us)</source>
        <translation>incoming (they contacted us)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="169"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="173"/>
        <source>What was agreed?</source>
        <translation>What was agreed?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="181"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="182"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="183"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="184"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="194"/>
        <source>Repeats: the next follow-up will be due on {date}.</source>
        <translation>Repeats: the next follow-up will be due on {date}.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="196"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="24"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="26"/>
        <source>%1 saved this record at %2, after you opened it. Your changes are not saved yet.</source>
        <translation>%1 saved this record at %2, after you opened it. Your changes are not saved yet.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="27"/>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="28"/>
        <source>a moment ago</source>
        <translation>a moment ago</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="33"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="33"/>
        <source>Their value</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="33"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="39"/>
        <source>Reload (discard mine)</source>
        <translation>Reload (discard mine)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="42"/>
        <source>Overwrite with mine</source>
        <translation>Overwrite with mine</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/conflict.py" line="44"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="25"/>
        <source>Interactions per week by channel</source>
        <translation>Interactions per week by channel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="26"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="27"/>
        <source>Calendar week</source>
        <translation>Calendar week</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="28"/>
        <source>Outcomes per channel (% of its interactions)</source>
        <translation>Outcomes per channel (% of its interactions)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="29"/>
        <source>Outcomes per channel</source>
        <translation>Outcomes per channel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="30"/>
        <source>Persons within their cadence</source>
        <translation>Persons within their cadence</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/charts.py" line="31"/>
        <source>within cadence (%)</source>
        <translation>within cadence (%)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="123"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="128"/>
        <source>last {weeks} weeks</source>
        <translation>last {weeks} weeks</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="131"/>
        <source>Outcomes as % of the channel&apos;s interactions</source>
        <translation>Outcomes as % of the channel&apos;s interactions</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="133"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="147"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="151"/>
        <source>The dashboard could not be loaded: {message}</source>
        <translation>The dashboard could not be loaded: {message}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="161"/>
        <source>{count} interactions from {start} to {end}</source>
        <translation>{count} interactions from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="169"/>
        <source>Which channel brings appointments and orders, and where nobody answers.</source>
        <translation>Which channel brings appointments and orders, and where nobody answers.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="174"/>
        <source>Past weeks are recomputed from the logged interactions, with today&apos;s intervals and rules.</source>
        <translation>Past weeks are recomputed from the logged interactions, with today&apos;s intervals and rules.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="176"/>
        <source>Estimated from {sampled} of {population} persons (±2 points)</source>
        <translation>Estimated from {sampled} of {population} persons (±2 points)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="178"/>
        <source>Recomputed from all {population} persons</source>
        <translation>Recomputed from all {population} persons</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="188"/>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="194"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="189"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="194"/>
        <source>The image could not be saved to {file}.</source>
        <translation>The image could not be saved to {file}.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dashboard/page.py" line="198"/>
        <source>Chart saved to {file}</source>
        <translation>Chart saved to {file}</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="65"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="73"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="73"/>
        <source>Export all persons…</source>
        <translation>Export all persons…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="74"/>
        <source>Export all companies…</source>
        <translation>Export all companies…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="74"/>
        <source>Data quality report…</source>
        <translation>Data quality report…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="77"/>
        <source>Import and export</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="78"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="79"/>
        <source>Each import can be undone as a whole. Persons changed since the import keep their changes and are listed.</source>
        <translation>Each import can be undone as a whole. Persons changed since the import keep their changes and are listed.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="81"/>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="81"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="81"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="81"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="82"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="82"/>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="83"/>
        <source>Undo selected import…</source>
        <translation>Undo selected import…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="97"/>
        <source>{created} created, {updated} updated, {skipped} skipped, {rejected} left out</source>
        <translation>{created} created, {updated} updated, {skipped} skipped, {rejected} left out</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="100"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="100"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/data_section.py" line="100"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <location filename="../../crmdesk/ui/edit/deleting.py" line="17"/>
        <location filename="../../crmdesk/ui/edit/deleting.py" line="40"/>
        <location filename="../../crmdesk/ui/edit/deleting.py" line="78"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/deleting.py" line="58"/>
        <location filename="../../crmdesk/ui/edit/deleting.py" line="96"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="21"/>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="19"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="20"/>
        <source>Phone 2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="21"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="24"/>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="22"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="23"/>
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="24"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="27"/>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="25"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="26"/>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="27"/>
        <source>Company register</source>
        <translation>Company register</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="32"/>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="28"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/company_view.py" line="29"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="136"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="137"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="138"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="139"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="140"/>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="211"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="174"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="175"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="176"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="177"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="211"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="215"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="216"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="217"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/parts.py" line="218"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="22"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="23"/>
        <source>Private phone</source>
        <translation>Private phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="25"/>
        <source>Private e-mail</source>
        <translation>Private e-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="26"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="28"/>
        <source>Private address</source>
        <translation>Private address</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="29"/>
        <source>Local time</source>
        <translation>Local time</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="30"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="31"/>
        <source>Letters in</source>
        <translation>Letters in</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="33"/>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="34"/>
        <source>Personal notes</source>
        <translation>Personal notes</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="18"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="19"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="20"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="21"/>
        <source>Interval (days)</source>
        <translation>Interval (days)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="22"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="23"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="26"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="27"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="28"/>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/model.py" line="29"/>
        <source>Due since {date} · score {score}</source>
        <translation>Due since {date} · score {score}</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="99"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="99"/>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="105"/>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="99"/>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="105"/>
        <source>Existing person</source>
        <translation>Existing person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="99"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="100"/>
        <source>Same person?</source>
        <translation>Same person?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="105"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="108"/>
        <source>No row of the file matches a person who exists.</source>
        <translation>No row of the file matches a person who exists.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="162"/>
        <source>as chosen below</source>
        <translation>as chosen below</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="34"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="34"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="78"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="148"/>
        <source>This record was deleted by someone else.</source>
        <translation>This record was deleted by someone else.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="180"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/base_dialog.py" line="181"/>
        <source>Save your changes?</source>
        <translation>Save your changes?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="22"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="23"/>
        <source>CSV for Excel, semicolons (*.csv)</source>
        <translation>CSV for Excel, semicolons (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="24"/>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard contacts (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="30"/>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="30"/>
        <source>companies</source>
        <translation>companies</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="32"/>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="45"/>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="71"/>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="77"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="46"/>
        <source>Your role may not export lists.</source>
        <translation>Your role may not export lists.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="51"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="51"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/export_ui.py" line="69"/>
        <source>The file was written as UTF-8 with BOM instead of Windows-1252, because some names use characters Windows-1252 does not have. Excel 2016 and newer open it correctly.</source>
        <translation>The file was written as UTF-8 with BOM instead of Windows-1252, because some names use characters Windows-1252 does not have. Excel 2016 and newer open it correctly.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="23"/>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="26"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="24"/>
        <source>Windows-1252 (Excel, Outlook)</source>
        <translation>Windows-1252 (Excel, Outlook)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="26"/>
        <source>; (semicolon)</source>
        <translation>; (semicolon)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="27"/>
        <source>, (comma)</source>
        <translation>, (comma)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="27"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="28"/>
        <source>| (bar)</source>
        <translation>| (bar)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="46"/>
        <source>Choose a .csv, .txt, .xlsx or .vcf file</source>
        <translation>Choose a .csv, .txt, .xlsx or .vcf file</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="48"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="60"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="61"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="62"/>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="63"/>
        <source>Country of numbers without a country:</source>
        <translation>Country of numbers without a country:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="66"/>
        <source>Excel: save as “CSV (Trennzeichen-getrennt)” or “CSV UTF-8”, or choose the .xlsx workbook itself. Outlook and Google Contacts exports are recognised.</source>
        <translation>Excel: save as “CSV (Trennzeichen-getrennt)” or “CSV UTF-8”, or choose the .xlsx workbook itself. Outlook and Google Contacts exports are recognised.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="72"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="73"/>
        <source>Nothing is imported before the last step; a finished import can be undone.</source>
        <translation>Nothing is imported before the last step; a finished import can be undone.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="81"/>
        <source>Import file</source>
        <translation>Import file</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="82"/>
        <source>Lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Lists (*.csv *.txt *.xlsx *.vcf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="49"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="51"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="51"/>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="53"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="54"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="57"/>
        <source>Active and inactive</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="58"/>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="58"/>
        <source>Inactive only</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="76"/>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="82"/>
        <source>Search name, company, e-mail, phone, city…</source>
        <translation>Search name, company, e-mail, phone, city…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="78"/>
        <source>Edit follow-up</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="78"/>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="87"/>
        <source>Repeat every</source>
        <translation>Repeat every</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="89"/>
        <source> days after completion</source>
        <translation> days after completion</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="99"/>
        <source>Type a name, company, e-mail or phone number</source>
        <translation>Type a name, company, e-mail or phone number</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="100"/>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="104"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="105"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="106"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="107"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="115"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="134"/>
        <source>Choose a person from the list.</source>
        <translation>Choose a person from the list.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/dialogs.py" line="137"/>
        <source>The note is too long.</source>
        <translation>The note is too long.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="16"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="17"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="18"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="19"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="20"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="21"/>
        <source>Repeat (days)</source>
        <translation>Repeat (days)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/model.py" line="22"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="108"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="108"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="108"/>
        <source>&amp;Done…</source>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="109"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="109"/>
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="112"/>
        <source>Save my open follow-ups as a calendar file for Outlook or Apple Calendar</source>
        <translation>Save my open follow-ups as a calendar file for Outlook or Apple Calendar</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="113"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="113"/>
        <source>Everyone&apos;s</source>
        <translation>Everyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="114"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="114"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="115"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="115"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="146"/>
        <source>{overdue} overdue · {today} due today · {open} open</source>
        <translation>{overdue} overdue · {today} due today · {open} open</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="151"/>
        <source>The follow-ups could not be loaded: {message}</source>
        <translation>The follow-ups could not be loaded: {message}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="200"/>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="217"/>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="235"/>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="252"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="228"/>
        <source>Delete follow-up</source>
        <translation>Delete follow-up</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="229"/>
        <source>Delete this follow-up for {name}?</source>
        <translation>Delete this follow-up for {name}?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="243"/>
        <source>follow-ups.ics</source>
        <translation>follow-ups.ics</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="244"/>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="254"/>
        <source>Export follow-ups</source>
        <translation>Export follow-ups</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="245"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="257"/>
        <source>Follow-ups exported to {file}: {count}</source>
        <translation>Follow-ups exported to {file}: {count}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="267"/>
        <source>Open person</source>
        <translation>Open person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/follow_ups/page.py" line="269"/>
        <source>Open company</source>
        <translation>Open company</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/general_section.py" line="36"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/general_section.py" line="49"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/general_section.py" line="50"/>
        <source>Language of the computer</source>
        <translation>Language of the computer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/general_section.py" line="54"/>
        <source>Dates and numbers follow the language. Letters use each person&apos;s own letter language.</source>
        <translation>Dates and numbers follow the language. Letters use each person&apos;s own letter language.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="140"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="141"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="142"/>
        <source>No letters printed yet.</source>
        <translation>No letters printed yet.</translation>
    </message>
</context>
<context>
    <name>ImportCompare</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="180"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="180"/>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="181"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="181"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="182"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="182"/>
        <source>Postal code and city</source>
        <translation>Postal code and city</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="183"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="183"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="184"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="184"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="185"/>
        <source>E-mail (private)</source>
        <translation>E-mail (private)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="185"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
</context>
<context>
    <name>ImportExportMenu</name>
    <message>
        <location filename="../../crmdesk/ui/io/extension.py" line="17"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/extension.py" line="17"/>
        <source>&amp;Export all persons…</source>
        <translation>&amp;Export all persons…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/extension.py" line="18"/>
        <source>Data &amp;quality report…</source>
        <translation>Data &amp;quality report…</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="12"/>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="13"/>
        <source>Salutation (Herr, Frau)</source>
        <translation>Salutation (Herr, Frau)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="14"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="15"/>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="16"/>
        <source>Titles after the name</source>
        <translation>Titles after the name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="17"/>
        <source>Honorary title</source>
        <translation>Honorary title</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="18"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="19"/>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="20"/>
        <source>Name particle (von, van)</source>
        <translation>Name particle (von, van)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="21"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="22"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="23"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="24"/>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="25"/>
        <source>Function title</source>
        <translation>Function title</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="26"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="27"/>
        <source>Street (business)</source>
        <translation>Street (business)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="28"/>
        <source>Street line 2 (business)</source>
        <translation>Street line 2 (business)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="29"/>
        <source>PO box</source>
        <translation>PO box</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="30"/>
        <source>Postal code (business)</source>
        <translation>Postal code (business)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="31"/>
        <source>City (business)</source>
        <translation>City (business)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="32"/>
        <source>Country (business)</source>
        <translation>Country (business)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="33"/>
        <source>Street (private)</source>
        <translation>Street (private)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="34"/>
        <source>Street line 2 (private)</source>
        <translation>Street line 2 (private)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="35"/>
        <source>Postal code (private)</source>
        <translation>Postal code (private)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="36"/>
        <source>City (private)</source>
        <translation>City (private)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="37"/>
        <source>Country (private)</source>
        <translation>Country (private)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="38"/>
        <source>Phone (business)</source>
        <translation>Phone (business)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="39"/>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="40"/>
        <source>Phone (private)</source>
        <translation>Phone (private)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="41"/>
        <source>Phone (other)</source>
        <translation>Phone (other)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="42"/>
        <source>Fax (company)</source>
        <translation>Fax (company)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="43"/>
        <source>E-mail (business)</source>
        <translation>E-mail (business)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="44"/>
        <source>E-mail (private)</source>
        <translation>E-mail (private)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="45"/>
        <source>E-mail (other)</source>
        <translation>E-mail (other)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="46"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="47"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="48"/>
        <source>XING</source>
        <translation>XING</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="49"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="50"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="51"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="52"/>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="53"/>
        <source>Form of address (Sie/Du)</source>
        <translation>Form of address (Sie/Du)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="54"/>
        <source>Own letter salutation</source>
        <translation>Own letter salutation</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="55"/>
        <source>Company phone</source>
        <translation>Company phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="56"/>
        <source>Company e-mail</source>
        <translation>Company e-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="57"/>
        <source>Company website</source>
        <translation>Company website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="58"/>
        <source>Company VAT number</source>
        <translation>Company VAT number</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="59"/>
        <source>Phone (by its label column)</source>
        <translation>Phone (by its label column)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="60"/>
        <source>E-mail (by its label column)</source>
        <translation>E-mail (by its label column)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="61"/>
        <source>Street (by its label column)</source>
        <translation>Street (by its label column)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="62"/>
        <source>Street line 2 (by its label column)</source>
        <translation>Street line 2 (by its label column)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="63"/>
        <source>PO box (by its label column)</source>
        <translation>PO box (by its label column)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="64"/>
        <source>Postal code (by its label column)</source>
        <translation>Postal code (by its label column)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="65"/>
        <source>City (by its label column)</source>
        <translation>City (by its label column)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="66"/>
        <source>Country (by its label column)</source>
        <translation>Country (by its label column)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="69"/>
        <source>Create new persons for every row</source>
        <translation>Create new persons for every row</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="70"/>
        <source>Update matching persons, create the others</source>
        <translation>Update matching persons, create the others</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="71"/>
        <source>Skip matching rows, create the others</source>
        <translation>Skip matching rows, create the others</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="74"/>
        <source>Same e-mail address</source>
        <translation>Same e-mail address</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="75"/>
        <source>Same phone number</source>
        <translation>Same phone number</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="76"/>
        <source>Same name and city</source>
        <translation>Same name and city</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="77"/>
        <source>Same name and company</source>
        <translation>Same name and company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="78"/>
        <source>Similar name</source>
        <translation>Similar name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="81"/>
        <source>Without gender</source>
        <translation>Without gender</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="82"/>
        <source>Without postal address</source>
        <translation>Without postal address</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="83"/>
        <source>Title warnings</source>
        <translation>Title warnings</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="84"/>
        <source>Function title missing</source>
        <translation>Function title missing</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="85"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="86"/>
        <source>Invalid e-mail addresses</source>
        <translation>Invalid e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="87"/>
        <source>Invalid phone numbers</source>
        <translation>Invalid phone numbers</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="90"/>
        <source>Outlook export (English)</source>
        <translation>Outlook export (English)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="91"/>
        <source>Outlook export (German)</source>
        <translation>Outlook export (German)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="92"/>
        <source>Google Contacts export</source>
        <translation>Google Contacts export</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="93"/>
        <source>Google Contacts export (old format)</source>
        <translation>Google Contacts export (old format)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="94"/>
        <source>crmdesk export</source>
        <translation>crmdesk export</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="95"/>
        <source>Excel list with German column names</source>
        <translation>Excel list with German column names</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="96"/>
        <source>vCard file</source>
        <translation>vCard file</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/labels.py" line="97"/>
        <source>unknown layout: please check the columns</source>
        <translation>unknown layout: please check the columns</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="30"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field} is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="31"/>
        <source>company {field} is too long ({length} characters; at most {limit}).</source>
        <translation>company {field} is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="32"/>
        <source>letter language &apos;{value}&apos; is not known; left at the default.</source>
        <translation>letter language &apos;{value}&apos; is not known; left at the default.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="33"/>
        <source>form of address &apos;{value}&apos; is not known; left at the default.</source>
        <translation>form of address &apos;{value}&apos; is not known; left at the default.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="36"/>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="36"/>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="37"/>
        <source>name particle</source>
        <translation>name particle</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="37"/>
        <source>honorary title</source>
        <translation>honorary title</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="38"/>
        <source>salutation override</source>
        <translation>salutation override</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="38"/>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="39"/>
        <source>postal code</source>
        <translation>postal code</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="39"/>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="40"/>
        <source>private street</source>
        <translation>private street</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="40"/>
        <source>private postal code</source>
        <translation>private postal code</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="41"/>
        <source>private city</source>
        <translation>private city</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="41"/>
        <source>phone business</source>
        <translation>phone business</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="42"/>
        <source>phone mobile</source>
        <translation>phone mobile</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="42"/>
        <source>phone private</source>
        <translation>phone private</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="43"/>
        <source>email business</source>
        <translation>email business</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="43"/>
        <source>email private</source>
        <translation>email private</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="44"/>
        <source>linkedin url</source>
        <translation>linkedin url</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="44"/>
        <source>xing url</source>
        <translation>xing url</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="45"/>
        <source>other url</source>
        <translation>other url</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="45"/>
        <source>function title</source>
        <translation>function title</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="46"/>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="46"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="47"/>
        <source>legal form</source>
        <translation>legal form</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="47"/>
        <source>po box</source>
        <translation>po box</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="48"/>
        <location filename="../../crmdesk/io/planning.py" line="24"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="48"/>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="49"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="49"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="50"/>
        <source>vat id</source>
        <translation>vat id</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="103"/>
        <source>{count} columns instead of {width}: too many (check the delimiter and the quotes).</source>
        <translation>{count} columns instead of {width}: too many (check the delimiter and the quotes).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="108"/>
        <source>only {count} of {width} columns: too few (a line break or a missing delimiter?).</source>
        <translation>only {count} of {width} columns: too few (a line break or a missing delimiter?).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="175"/>
        <source>no name and no company.</source>
        <translation>no name and no company.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="193"/>
        <source>gender &apos;{value}&apos; is not known (m, f, d; Herr, Frau, Divers).</source>
        <translation>gender &apos;{value}&apos; is not known (m, f, d; Herr, Frau, Divers).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="227"/>
        <source>title &apos;{title}&apos; is not in the title catalogue; kept as written.</source>
        <translation>title &apos;{title}&apos; is not in the title catalogue; kept as written.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="254"/>
        <source>country &apos;{value}&apos; is not known (use a name like Österreich or a code like AT).</source>
        <translation>country &apos;{value}&apos; is not known (use a name like Österreich or a code like AT).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="281"/>
        <source>phone number {problem}</source>
        <translation>phone number {problem}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="345"/>
        <source>birthday &apos;{value}&apos; has no year and is not stored.</source>
        <translation>birthday &apos;{value}&apos; has no year and is not stored.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="349"/>
        <source>birthday &apos;{value}&apos; is not a date (write 24.12.1970 or 1970-12-24).</source>
        <translation>birthday &apos;{value}&apos; is not a date (write 24.12.1970 or 1970-12-24).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/convert.py" line="368"/>
        <source>tag is too long ({length} characters; at most 80).</source>
        <translation>tag is too long ({length} characters; at most 80).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="24"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="25"/>
        <source>name and city</source>
        <translation>name and city</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="26"/>
        <source>name and company</source>
        <translation>name and company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="27"/>
        <source>similar name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="166"/>
        <source>same {key} as existing person #{person}; created anyway (mode: create).</source>
        <translation>same {key} as existing person #{person}; created anyway (mode: create).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="171"/>
        <source>same {key} as line {other} of this file; skipped.</source>
        <translation>same {key} as line {other} of this file; skipped.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="180"/>
        <source>matches several persons ({persons}); not updated.</source>
        <translation>matches several persons ({persons}); not updated.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/planning.py" line="184"/>
        <source>matches the same person (#{person}) as line {other}; skipped.</source>
        <translation>matches the same person (#{person}) as line {other}; skipped.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="24"/>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="25"/>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="26"/>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="27"/>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="28"/>
        <source>a ZIP archive (for example an .xlsx or .docx file saved under another name)</source>
        <translation>a ZIP archive (for example an .xlsx or .docx file saved under another name)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="30"/>
        <source>an old Microsoft Office file (.xls/.doc); save it as CSV or .xlsx</source>
        <translation>an old Microsoft Office file (.xls/.doc); save it as CSV or .xlsx</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="32"/>
        <source>a SQLite database</source>
        <translation>a SQLite database</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="33"/>
        <source>a program</source>
        <translation>a program</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="34"/>
        <source>a Windows program</source>
        <translation>a Windows program</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="51"/>
        <location filename="../../crmdesk/io/vcard.py" line="37"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>The file cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="72"/>
        <source>Unknown encoding &apos;{encoding}&apos;.</source>
        <translation>Unknown encoding &apos;{encoding}&apos;.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="75"/>
        <source>The file is not {encoding}: byte 0x{byte} on line {line} cannot be read.</source>
        <translation>The file is not {encoding}: byte 0x{byte} on line {line} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="82"/>
        <source>The file starts like UTF-16 but cannot be read as UTF-16.</source>
        <translation>The file starts like UTF-16 but cannot be read as UTF-16.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="84"/>
        <source>The file contains NUL bytes: it is not a text file (or UTF-16 without a byte order mark).</source>
        <translation>The file contains NUL bytes: it is not a text file (or UTF-16 without a byte order mark).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="93"/>
        <source>The file is neither UTF-8 nor Windows-1252; choose its encoding (for example latin-1 or mac-roman).</source>
        <translation>The file is neither UTF-8 nor Windows-1252; choose its encoding (for example latin-1 or mac-roman).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="144"/>
        <location filename="../../crmdesk/io/sources.py" line="183"/>
        <location filename="../../crmdesk/io/vcard.py" line="40"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="147"/>
        <source>This is {what}, not a CSV file.</source>
        <translation>This is {what}, not a CSV file.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="152"/>
        <source>The file contains control characters: it is not a text file.</source>
        <translation>The file contains control characters: it is not a text file.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="179"/>
        <source>The file cannot be read from here on ({reason}); the lines after it were not read.</source>
        <translation>The file cannot be read from here on ({reason}); the lines after it were not read.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="185"/>
        <source>The file has a header line but no data rows.</source>
        <translation>The file has a header line but no data rows.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="209"/>
        <source>The workbook cannot be read: {reason}.</source>
        <translation>The workbook cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="224"/>
        <source>The workbook has no data rows.</source>
        <translation>The workbook has no data rows.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/sources.py" line="225"/>
        <source>The workbook is empty.</source>
        <translation>The workbook is empty.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/vcard.py" line="42"/>
        <source>This is {what}, not a vCard file.</source>
        <translation>This is {what}, not a vCard file.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/vcard.py" line="60"/>
        <source>the vCard cannot be read: {reason}</source>
        <translation>the vCard cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/vcard.py" line="65"/>
        <source>The file contains no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>The file contains no vCard (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="253"/>
        <source>person #{person} was deleted meanwhile; not updated.</source>
        <translation>person #{person} was deleted meanwhile; not updated.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="333"/>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="338"/>
        <source>{user} at {time} UTC</source>
        <translation>{user} at {time} UTC</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="343"/>
        <source>person #{person} was changed by {user} since the preview; not updated.</source>
        <translation>person #{person} was changed by {user} since the preview; not updated.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="510"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="511"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="512"/>
        <source>employment</source>
        <translation>employment</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="513"/>
        <source>tag link</source>
        <translation>tag link</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="514"/>
        <source>{name} was changed after the import; kept.</source>
        <translation>{name} was changed after the import; kept.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="588"/>
        <source>{what} #{id} no longer exists; nothing to restore.</source>
        <translation>{what} #{id} no longer exists; nothing to restore.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="591"/>
        <source>{what} #{id} was changed by {user} after the import; kept as it is.</source>
        <translation>{what} #{id} was changed by {user} after the import; kept as it is.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="613"/>
        <source>{name} has interactions, letters or follow-ups since the import; kept.</source>
        <translation>{name} has interactions, letters or follow-ups since the import; kept.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ops/imports.py" line="659"/>
        <source>{name} is in use (persons, interactions or letters); kept.</source>
        <translation>{name} is in use (persons, interactions or letters); kept.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="21"/>
        <source>Import undone: {persons} persons and {companies} companies deleted, {restored} changed rows restored, {links} links removed.</source>
        <translation>Import undone: {persons} persons and {companies} companies deleted, {restored} changed rows restored, {links} links removed.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="25"/>
        <source>Kept because they changed or are in use since the import:</source>
        <translation>Kept because they changed or are in use since the import:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="28"/>
        <source>… and {n} more.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="35"/>
        <location filename="../../crmdesk/ui/io/undo.py" line="51"/>
        <location filename="../../crmdesk/ui/io/undo.py" line="56"/>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="36"/>
        <source>Undo this import as a whole? Persons and companies it created are deleted, persons it changed get their earlier values back. Rows that were changed since are kept and listed.</source>
        <translation>Undo this import as a whole? Persons and companies it created are deleted, persons it changed get their earlier values back. Rows that were changed since are kept and listed.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/undo.py" line="41"/>
        <source>Undoing the import…</source>
        <translation>Undoing the import…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/io/import_wizard.py" line="57"/>
        <source>Import persons and companies</source>
        <translation>Import persons and companies</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/import_wizard.py" line="156"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/import_wizard.py" line="156"/>
        <source>Your role may not import lists.</source>
        <translation>Your role may not import lists.</translation>
    </message>
</context>
<context>
    <name>KeepInTouchPage</name>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="112"/>
        <source>&amp;Log contact</source>
        <translation>&amp;Log contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="113"/>
        <source>Le&amp;tter…</source>
        <translation>Le&amp;tter…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="114"/>
        <source>&amp;Snooze…</source>
        <translation>&amp;Snooze…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="115"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="116"/>
        <source>Log a call, visit or message with the selected person</source>
        <translation>Log a call, visit or message with the selected person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="117"/>
        <source>Whose persons to show</source>
        <translation>Whose persons to show</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="131"/>
        <source>My persons</source>
        <translation>My persons</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="132"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="137"/>
        <source>Tag: {name}</source>
        <translation>Tag: {name}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="170"/>
        <source>Waiting for contact: {count}</source>
        <translation>Waiting for contact: {count}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="172"/>
        <source>Nobody is waiting for contact. Well done!</source>
        <translation>Nobody is waiting for contact. Well done!</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="175"/>
        <source>{waiting} waiting for contact, {overdue} of them overdue</source>
        <translation>{waiting} waiting for contact, {overdue} of them overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="177"/>
        <source>{waiting} waiting for contact, {overdue} of them overdue · the first {shown} are shown</source>
        <translation>{waiting} waiting for contact, {overdue} of them overdue · the first {shown} are shown</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="181"/>
        <source>The list could not be loaded: {message}</source>
        <translation>The list could not be loaded: {message}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="239"/>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/page.py" line="242"/>
        <source>Snoozed until {date}.</source>
        <translation>Snoozed until {date}.</translation>
    </message>
</context>
<context>
    <name>KeepInTouchStart</name>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/extension.py" line="37"/>
        <source>Waiting for you: {overdue} persons overdue ({waiting} due in all), {today} follow-ups due today, {late} overdue</source>
        <translation>Waiting for you: {overdue} persons overdue ({waiting} due in all), {today} follow-ups due today, {late} overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/extension.py" line="40"/>
        <source>Nobody is waiting for you today.</source>
        <translation>Nobody is waiting for you today.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="45"/>
        <source>Database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="46"/>
        <source>The database is already {holder}.

Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="46"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="53"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="73"/>
        <source>Database warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/launch.py" line="102"/>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="149"/>
        <source>No postal address!</source>
        <translation>No postal address!</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="151"/>
        <source>Letter to %1</source>
        <translation>Letter to %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="152"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="153"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="154"/>
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="156"/>
        <source>&amp;Text (the salutation is printed above it)</source>
        <translation>&amp;Text (the salutation is printed above it)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="158"/>
        <source>Insert placeholder</source>
        <translation>Insert placeholder</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="159"/>
        <source>Log as contact (outgoing letter)</source>
        <translation>Log as contact (outgoing letter)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="160"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="161"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="162"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="163"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="206"/>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="213"/>
        <source>This person has no complete postal address; the letter cannot be saved.</source>
        <translation>This person has no complete postal address; the letter cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="232"/>
        <source>Save letter as PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="233"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="242"/>
        <source>Characters the font cannot print</source>
        <translation>Characters the font cannot print</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="243"/>
        <source>Some characters cannot be printed:
%1

Print them as “�”?</source>
        <translation>Some characters cannot be printed:
%1

Print them as “�”?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="254"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/letter_dialog.py" line="263"/>
        <source>Letter saved: %1</source>
        <translation>Letter saved: %1</translation>
    </message>
</context>
<context>
    <name>LetterheadSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="121"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="121"/>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="122"/>
        <source>Address (one line each)</source>
        <translation>Address (one line each)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="122"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="122"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="123"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="123"/>
        <source>Logo (PNG or JPG)</source>
        <translation>Logo (PNG or JPG)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="123"/>
        <source>Registered seat</source>
        <translation>Registered seat</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="124"/>
        <source>Register court</source>
        <translation>Register court</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="124"/>
        <source>Register number (HRB, FN)</source>
        <translation>Register number (HRB, FN)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="125"/>
        <source>VAT ID (UID)</source>
        <translation>VAT ID (UID)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="125"/>
        <source>Managing directors (one per line)</source>
        <translation>Managing directors (one per line)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="126"/>
        <source>Chair of the supervisory board</source>
        <translation>Chair of the supervisory board</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="126"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="127"/>
        <source>General partner (GmbH &amp; Co. KG)</source>
        <translation>General partner (GmbH &amp; Co. KG)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="128"/>
        <source>Further footer lines</source>
        <translation>Further footer lines</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="128"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="129"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="129"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="129"/>
        <source>DIN 5008 form</source>
        <translation>DIN 5008 form</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="130"/>
        <source>Letters follow the conventions of</source>
        <translation>Letters follow the conventions of</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="130"/>
        <source>Our reference</source>
        <translation>Our reference</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="131"/>
        <source>Only an owner can change these settings.</source>
        <translation>Only an owner can change these settings.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="136"/>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="137"/>
        <source>Legally required details (footer)</source>
        <translation>Legally required details (footer)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="138"/>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="139"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="140"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="141"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="142"/>
        <source>Log printed letters as contacts</source>
        <translation>Log printed letters as contacts</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="143"/>
        <source>empty: the initials of the signing user</source>
        <translation>empty: the initials of the signing user</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="144"/>
        <source>Form B (45 mm letterhead) suits most window envelopes; form A has 27 mm.</source>
        <translation>Form B (45 mm letterhead) suits most window envelopes; form A has 27 mm.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="149"/>
        <source>Letterhead and letters</source>
        <translation>Letterhead and letters</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="203"/>
        <source>Missing before printing (warnings, not legal advice):</source>
        <translation>Missing before printing (warnings, not legal advice):</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="207"/>
        <source>All details the law asks for on business letters are filled in.</source>
        <translation>All details the law asks for on business letters are filled in.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="211"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/letterhead_section.py" line="212"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="23"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="23"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="24"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="24"/>
        <source>Name with titles</source>
        <translation>Name with titles</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="25"/>
        <location filename="../../crmdesk/ui/letters/common.py" line="53"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="25"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="26"/>
        <source>Our company name</source>
        <translation>Our company name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="26"/>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="27"/>
        <source>Sender&apos;s name</source>
        <translation>Sender&apos;s name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="28"/>
        <source>Sender&apos;s function</source>
        <translation>Sender&apos;s function</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="31"/>
        <source>Without postal address</source>
        <translation>Without postal address</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="32"/>
        <source>Do not contact or deceased</source>
        <translation>Do not contact or deceased</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="33"/>
        <source>Objected to advertising</source>
        <translation>Objected to advertising</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="34"/>
        <source>Text the font cannot print</source>
        <translation>Text the font cannot print</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="35"/>
        <source>Without gender (neutral greeting)</source>
        <translation>Without gender (neutral greeting)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="36"/>
        <source>Title or name warnings</source>
        <translation>Title or name warnings</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="37"/>
        <source>Other language than the template</source>
        <translation>Other language than the template</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="38"/>
        <source>Invisible characters removed</source>
        <translation>Invisible characters removed</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="51"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="52"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="54"/>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/common.py" line="99"/>
        <source>The preview needs the QtPdf module (package PySide6-Pdf). Save the PDF and open it instead.</source>
        <translation>The preview needs the QtPdf module (package PySide6-Pdf). Save the PDF and open it instead.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/extension.py" line="20"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/extension.py" line="31"/>
        <source>Your role cannot print serial letters; write single letters instead.</source>
        <translation>Your role cannot print serial letters; write single letters instead.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="18"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="18"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="19"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="19"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="20"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/history.py" line="20"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="83"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="84"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="85"/>
        <source>Sent letters</source>
        <translation>Sent letters</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="86"/>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="87"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="88"/>
        <source>Serial letter…</source>
        <translation>Serial letter…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="107"/>
        <source>%1 (built in)</source>
        <translation>%1 (built in)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="129"/>
        <source>Template “%1” saved.</source>
        <translation>Template “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="143"/>
        <location filename="../../crmdesk/ui/letters/page.py" line="151"/>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/page.py" line="144"/>
        <source>Delete the template “%1”? Letters printed with it are kept.</source>
        <translation>Delete the template “%1”? Letters printed with it are kept.</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="36"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="37"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="38"/>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="39"/>
        <source>No cadence</source>
        <translation>No cadence</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="48"/>
        <location filename="../../crmdesk/ui/persons/columns.py" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="49"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="50"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="51"/>
        <location filename="../../crmdesk/ui/persons/columns.py" line="77"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="54"/>
        <location filename="../../crmdesk/ui/persons/columns.py" line="91"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="60"/>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="66"/>
        <location filename="../../crmdesk/ui/persons/columns.py" line="95"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="67"/>
        <location filename="../../crmdesk/ui/persons/columns.py" line="96"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="68"/>
        <location filename="../../crmdesk/ui/persons/columns.py" line="101"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="70"/>
        <location filename="../../crmdesk/ui/persons/columns.py" line="98"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="72"/>
        <location filename="../../crmdesk/ui/persons/columns.py" line="78"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="79"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="83"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="106"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="107"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="108"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/columns.py" line="109"/>
        <source>Former</source>
        <translation>Former</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/list_page.py" line="150"/>
        <source>%n row(s)</source>
        <translation type="unfinished">%n row</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/list_table.py" line="119"/>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="194"/>
        <source>Unknown view: %1</source>
        <translation>Unknown view: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="313"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="314"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="315"/>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="316"/>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="317"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="318"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="319"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="320"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="324"/>
        <source>Log a call, e-mail or visit (Ctrl+L)</source>
        <translation>Log a call, e-mail or visit (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="328"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="329"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="330"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="331"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="332"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="333"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="338"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="341"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="116"/>
        <source>Save mapping…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="122"/>
        <source>Saved mappings:</source>
        <translation>Saved mappings:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="129"/>
        <source>Preview and columns</source>
        <translation>Preview and columns</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="130"/>
        <source>Choose for each column what it holds. Recognised columns are set already.</source>
        <translation>Choose for each column what it holds. Recognised columns are set already.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="137"/>
        <source>{format} · {rows} rows · {encoding} · delimiter {delimiter}</source>
        <translation>{format} · {rows} rows · {encoding} · delimiter {delimiter}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="142"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="154"/>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="159"/>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="154"/>
        <source>Name of this column mapping:</source>
        <translation>Name of this column mapping:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="159"/>
        <source>Saved for the whole team.</source>
        <translation>Saved for the whole team.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="160"/>
        <source>Saved for you on this computer.</source>
        <translation>Saved for you on this computer.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="168"/>
        <source>Checking rows and looking for duplicates…</source>
        <translation>Checking rows and looking for duplicates…</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_tables.py" line="35"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="19"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="20"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="21"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="22"/>
        <source>Keep in touch</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="23"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="24"/>
        <source>Effects</source>
        <translation>Effects</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="25"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages.py" line="26"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="48"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="48"/>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="74"/>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="106"/>
        <source>Not a valid phone number for %1.</source>
        <translation>Not a valid phone number for %1.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="110"/>
        <source>Not a valid e-mail address.</source>
        <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="116"/>
        <source>A person needs at least a first or a last name.</source>
        <translation>A person needs at least a first or a last name.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="119"/>
        <source>Unknown time zone; choose one from the list.</source>
        <translation>Unknown time zone; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="122"/>
        <source>Choose a company from the list, or clear the field.</source>
        <translation>Choose a company from the list, or clear the field.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_dialog.py" line="125"/>
        <source>The birthday lies in the future.</source>
        <translation>The birthday lies in the future.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="17"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="18"/>
        <source>Titles before the name</source>
        <translation>Titles before the name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="19"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="20"/>
        <source>Name particle</source>
        <translation>Name particle</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="21"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="22"/>
        <source>Titles after the name</source>
        <translation>Titles after the name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="23"/>
        <source>Honorary or office title</source>
        <translation>Honorary or office title</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="24"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="25"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="26"/>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="27"/>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="28"/>
        <source>Own salutation</source>
        <translation>Own salutation</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="30"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="31"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="32"/>
        <source>Keep in touch every (days)</source>
        <translation>Keep in touch every (days)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="33"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="34"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="35"/>
        <source>Private phone</source>
        <translation>Private phone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="37"/>
        <source>Private e-mail</source>
        <translation>Private e-mail</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="38"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="39"/>
        <source>XING</source>
        <translation>XING</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="40"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="41"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="42"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="43"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="44"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="45"/>
        <source>Private street</source>
        <translation>Private street</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="46"/>
        <source>Private postal code</source>
        <translation>Private postal code</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="47"/>
        <source>Private city</source>
        <translation>Private city</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="48"/>
        <source>Private country</source>
        <translation>Private country</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="49"/>
        <source>Letters go to</source>
        <translation>Letters go to</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="50"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="51"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="52"/>
        <source>Personal notes</source>
        <translation>Personal notes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="53"/>
        <source>Consents to advertising</source>
        <translation>Consents to advertising</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="54"/>
        <source>Consent given how</source>
        <translation>Consent given how</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="55"/>
        <source>Objects to advertising</source>
        <translation>Objects to advertising</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="56"/>
        <source>Objection received how</source>
        <translation>Objection received how</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="57"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="61"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="82"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="106"/>
        <source>Notes and consent</source>
        <translation>Notes and consent</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="129"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="130"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="131"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="132"/>
        <source>diverse</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="144"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="144"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="147"/>
        <source>formal (Sie)</source>
        <translation>formal (Sie)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="147"/>
        <source>informal (Du)</source>
        <translation>informal (Du)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="149"/>
        <source>e.g. Lieber Franz</source>
        <translation>e.g. Lieber Franz</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="153"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="154"/>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="155"/>
        <source>left the company</source>
        <translation>left the company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="156"/>
        <source>deceased</source>
        <translation>deceased</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="161"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="177"/>
        <source>business address</source>
        <translation>business address</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/person_form.py" line="178"/>
        <source>private address</source>
        <translation>private address</translation>
    </message>
</context>
<context>
    <name>PersonMenu</name>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="58"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="60"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="64"/>
        <source>Log contact…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="71"/>
        <source>Letter…</source>
        <translation>Letter…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="76"/>
        <source>Serial letter…</source>
        <translation>Serial letter…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="81"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/persons/page.py" line="86"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="124"/>
        <source>This person does not exist (any more).</source>
        <translation>This person does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="160"/>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="160"/>
        <source>Due since %1</source>
        <translation>Due since %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="167"/>
        <source>This person was deleted on %1.</source>
        <translation>This person was deleted on %1.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="180"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="197"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="197"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="200"/>
        <source>Objects to advertising</source>
        <translation>Objects to advertising</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="224"/>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="226"/>
        <source>Follow-ups (%1)</source>
        <translation>Follow-ups (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="228"/>
        <source>Letters (%1)</source>
        <translation>Letters (%1)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="229"/>
        <source>Employments</source>
        <translation>Employments</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="263"/>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="264"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="265"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="266"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/person_view.py" line="270"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/persons/page.py" line="37"/>
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
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="38"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="38"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="38"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="51"/>
        <source>Data quality report</source>
        <translation>Data quality report</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="59"/>
        <source>Checking persons…</source>
        <translation>Checking persons…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="60"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="73"/>
        <source>%n person(s) checked</source>
        <translation>
            <numerusform>%n person checked</numerusform>
            <numerusform>%n persons checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="74"/>
        <source>%n person(s) with findings</source>
        <translation>
            <numerusform>%n person with findings</numerusform>
            <numerusform>%n persons with findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="76"/>
        <source>All findings ({n})</source>
        <translation>All findings ({n})</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/quality_dialog.py" line="102"/>
        <source>Showing the first {shown} of {n}.</source>
        <translation>Showing the first {shown} of {n}.</translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="262"/>
        <source>No gender: the salutation cannot say Herr or Frau.</source>
        <translation>No gender: the salutation cannot say Herr or Frau.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="264"/>
        <source>No postal address: none of its own, none of its company, no private one.</source>
        <translation>No postal address: none of its own, none of its company, no private one.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="270"/>
        <source>No function title for the position at {company}.</source>
        <translation>No function title for the position at {company}.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="307"/>
        <source>the same e-mail address</source>
        <translation>the same e-mail address</translation>
    </message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="308"/>
        <source>the same phone number</source>
        <translation>the same phone number</translation>
    </message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="309"/>
        <source>the same name and city</source>
        <translation>the same name and city</translation>
    </message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="310"/>
        <source>the same name and company</source>
        <translation>the same name and company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="311"/>
        <source>a similar name in the same city or company</source>
        <translation>a similar name in the same city or company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="320"/>
        <source>Possible duplicate of #{person}: {key}.</source>
        <translation>Possible duplicate of #{person}: {key}.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/queries/quality.py" line="322"/>
        <source>Possible duplicate of #{person}: {key} ({score}).</source>
        <translation>Possible duplicate of #{person}: {key} ({score}).</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="90"/>
        <location filename="../../crmdesk/ui/quick_log.py" line="174"/>
        <source>Log contact</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="158"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="159"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="160"/>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="161"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="162"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="163"/>
        <source>Follow-up:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="167"/>
        <source>Type a name, company, e-mail or phone; Enter picks</source>
        <translation>Type a name, company, e-mail or phone; Enter picks</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="168"/>
        <source>&amp;Outgoing</source>
        <translation>&amp;Outgoing</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="169"/>
        <source>&amp;Incoming (Ctrl+I)</source>
        <translation>&amp;Incoming (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="170"/>
        <source>What was it about? Enter saves</source>
        <translation>What was it about? Enter saves</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="171"/>
        <source>Follow up on (Ctrl+D)</source>
        <translation>Follow up on (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="172"/>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="173"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="293"/>
        <source>Choose a person first: type a name and press Enter.</source>
        <translation>Choose a person first: type a name and press Enter.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="296"/>
        <source>Choose a channel: press its letter (T phone, E e-mail, …).</source>
        <translation>Choose a channel: press its letter (T phone, E e-mail, …).</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="304"/>
        <source>Saved for %1. Ready for the next contact.</source>
        <translation>Saved for %1. Ready for the next contact.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/quick_log.py" line="305"/>
        <source>Contact with %1 logged.</source>
        <translation>Contact with %1 logged.</translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="108"/>
        <source>Group / recipient</source>
        <translation>Group / recipient</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="108"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="122"/>
        <source>Checked: these recipients get the letter. Unchecked: they are skipped.</source>
        <translation>Checked: these recipients get the letter. Unchecked: they are skipped.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="124"/>
        <source>always skipped</source>
        <translation>always skipped</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="130"/>
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
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="280"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="280"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="281"/>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="292"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="300"/>
        <source>{file}: {created} persons created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} left out because of problems; {companies} new companies.</source>
        <translation>{file}: {created} persons created, {updated} updated, {unchanged} unchanged, {skipped} skipped, {rejected} left out because of problems; {companies} new companies.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="304"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="304"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/io/wizard_pages.py" line="305"/>
        <source>No problems.</source>
        <translation>No problems.</translation>
    </message>
</context>
<context>
    <name>SelectionForm</name>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="63"/>
        <source>%n selected person(s)</source>
        <translation>
            <numerusform>%n selected person</numerusform>
            <numerusform>%n selected persons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="64"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="65"/>
        <source>Company category</source>
        <translation>Company category</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="66"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="67"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="68"/>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="69"/>
        <source>Only persons due for contact</source>
        <translation>Only persons due for contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_parts.py" line="71"/>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
</context>
<context>
    <name>SerialLetterDialog</name>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="83"/>
        <source>Your role cannot print serial letters.</source>
        <translation>Your role cannot print serial letters.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="132"/>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="297"/>
        <source>Serial letter</source>
        <translation>Serial letter</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="133"/>
        <source>Recipients and template</source>
        <translation>Recipients and template</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="134"/>
        <source>Pre-flight check</source>
        <translation>Pre-flight check</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="135"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="136"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="137"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="138"/>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="139"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="140"/>
        <source>Also one PDF per recipient (in a folder beside the file)</source>
        <translation>Also one PDF per recipient (in a folder beside the file)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="141"/>
        <source>Log every letter as a contact (outgoing letter)</source>
        <translation>Log every letter as a contact (outgoing letter)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="142"/>
        <source>Check recipients</source>
        <translation>Check recipients</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="143"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="144"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="145"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="147"/>
        <source>Data quality…</source>
        <translation>Data quality…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="177"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="185"/>
        <source>Letterhead: %1</source>
        <translation>Letterhead: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="194"/>
        <source>Choose the recipients and a template, then check them.</source>
        <translation>Choose the recipients and a template, then check them.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="195"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="199"/>
        <source>%1 selected, %2 get the letter, %3 skipped.</source>
        <translation>%1 selected, %2 get the letter, %3 skipped.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="202"/>
        <source>Print %n letter(s)</source>
        <translation>
            <numerusform>Print %n letter</numerusform>
            <numerusform>Print %n letters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="217"/>
        <source>Data quality of the selection</source>
        <translation>Data quality of the selection</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="218"/>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="221"/>
        <source>%1 persons checked, %2 findings.</source>
        <translation>%1 persons checked, %2 findings.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="230"/>
        <source>Serial letter PDF</source>
        <translation>Serial letter PDF</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="231"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="250"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="257"/>
        <source>Recording the letters…</source>
        <translation>Recording the letters…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="264"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="270"/>
        <source>Cancelled: no file was written and nothing was recorded.</source>
        <translation>Cancelled: no file was written and nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="280"/>
        <source>%1 letters (%2 pages) written to %3.</source>
        <translation>%1 letters (%2 pages) written to %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/letters/serial_dialog.py" line="283"/>
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
        <location filename="../../crmdesk/ui/settings/page.py" line="89"/>
        <source>“%1” could not be saved.</source>
        <translation>“%1” could not be saved.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/page.py" line="92"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/page.py" line="103"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crmdesk/ui/sign_in.py" line="23"/>
        <source>Sign in to crmdesk</source>
        <translation>Sign in to crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/sign_in.py" line="40"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/sign_in.py" line="41"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/sign_in.py" line="52"/>
        <source>no password set</source>
        <translation>no password set</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="15"/>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="15"/>
        <source>2 weeks</source>
        <translation>2 weeks</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="16"/>
        <source>1 month</source>
        <translation>1 month</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="16"/>
        <source>3 months</source>
        <translation>3 months</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="27"/>
        <source>Snooze reminders</source>
        <translation>Snooze reminders</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="35"/>
        <source>e.g. on parental leave until spring</source>
        <translation>e.g. on parental leave until spring</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="43"/>
        <source>No reminders for &lt;b&gt;{name}&lt;/b&gt; until the chosen day; from then on as usual.</source>
        <translation>No reminders for &lt;b&gt;{name}&lt;/b&gt; until the chosen day; from then on as usual.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="47"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="49"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/keep_in_touch/snooze_dialog.py" line="51"/>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="29"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="30"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="31"/>
        <source>Apprentice</source>
        <translation>Apprentice</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="54"/>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="55"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="56"/>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/status_area.py" line="58"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="106"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="108"/>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="172"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="109"/>
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="111"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="113"/>
        <source>Advertising (skip persons who objected)</source>
        <translation>Advertising (skip persons who objected)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="114"/>
        <source>Insert placeholder</source>
        <translation>Insert placeholder</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="115"/>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="116"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="117"/>
        <source>The salutation line is printed above the text automatically. **bold**, *italic*; an empty line starts a new paragraph; {{ and }} print braces.</source>
        <translation>The salutation line is printed above the text automatically. **bold**, *italic*; an empty line starts a new paragraph; {{ and }} print braces.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="171"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="171"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="171"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="189"/>
        <location filename="../../crmdesk/ui/letters/template_editor.py" line="192"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="31"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="32"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="33"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="34"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="35"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="36"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="143"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/person_view/timeline.py" line="143"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
</context>
<context>
    <name>TitlesPicker</name>
    <message>
        <location filename="../../crmdesk/ui/edit/titles_picker.py" line="89"/>
        <source>Add a title…</source>
        <translation>Add a title…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/titles_picker.py" line="90"/>
        <source>Remove the selected title (Delete)</source>
        <translation>Remove the selected title (Delete)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/edit/titles_picker.py" line="91"/>
        <source>Order as written; move with Ctrl+Left / Ctrl+Right or drag</source>
        <translation>Order as written; move with Ctrl+Left / Ctrl+Right or drag</translation>
    </message>
</context>
<context>
    <name>TitlesSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/titles_section.py" line="104"/>
        <source>Conventions where the sources disagree</source>
        <translation>Conventions where the sources disagree</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/titles_section.py" line="105"/>
        <source>Examples with the settings below</source>
        <translation>Examples with the settings below</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/titles_section.py" line="106"/>
        <source>Only an owner can change these settings.</source>
        <translation>Only an owner can change these settings.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/titles_section.py" line="112"/>
        <source>Titles and salutations</source>
        <translation>Titles and salutations</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="134"/>
        <source>Today, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="135"/>
        <source>Follow-ups due today and overdue</source>
        <translation>Follow-ups due today and overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="136"/>
        <source>Birthdays in the next 7 days</source>
        <translation>Birthdays in the next 7 days</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="137"/>
        <source>The team</source>
        <translation>The team</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="138"/>
        <source>Nobody is waiting for contact. Well done!</source>
        <translation>Nobody is waiting for contact. Well done!</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="139"/>
        <source>No follow-ups due today.</source>
        <translation>No follow-ups due today.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="140"/>
        <source>No birthdays in the next seven days.</source>
        <translation>No birthdays in the next seven days.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="141"/>
        <source>No team members yet.</source>
        <translation>No team members yet.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="142"/>
        <source>All follow-ups</source>
        <translation>All follow-ups</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="143"/>
        <location filename="../../crmdesk/ui/today/page.py" line="145"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="143"/>
        <location filename="../../crmdesk/ui/today/page.py" line="146"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="143"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="144"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="144"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="144"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="145"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="145"/>
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="148"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="148"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="148"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="148"/>
        <source>Follow-ups today</source>
        <translation>Follow-ups today</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="149"/>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="153"/>
        <source>Waiting for contact</source>
        <translation>Waiting for contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="172"/>
        <source>Today&apos;s overview could not be loaded: {message}</source>
        <translation>Today&apos;s overview could not be loaded: {message}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="183"/>
        <source>My persons waiting for contact</source>
        <translation>My persons waiting for contact</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="184"/>
        <source>Persons waiting for contact (everyone&apos;s)</source>
        <translation>Persons waiting for contact (everyone&apos;s)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="191"/>
        <source>Show all {waiting} ({overdue} overdue)</source>
        <translation>Show all {waiting} ({overdue} overdue)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="215"/>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/today/page.py" line="223"/>
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="44"/>
        <source>“%1” is not available in this version.</source>
        <translation>“%1” is not available in this version.</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="76"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="87"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="87"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="88"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="88"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="107"/>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="123"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="129"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="129"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="137"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="137"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="137"/>
        <source>Apprentice</source>
        <translation>Apprentice</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142"/>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="142"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="146"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="146"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="146"/>
        <source>Password (optional):</source>
        <translation>Password (optional):</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="148"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/settings/users_section.py" line="149"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../crmdesk/validation.py" line="29"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos; is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/validation.py" line="31"/>
        <source>&apos;{value}&apos; is not a possible phone number for {region}.</source>
        <translation>&apos;{value}&apos; is not a possible phone number for {region}.</translation>
    </message>
    <message>
        <location filename="../../crmdesk/validation.py" line="53"/>
        <source>&apos;{value}&apos; is not a valid e-mail address: {reason}</source>
        <translation>&apos;{value}&apos; is not a valid e-mail address: {reason}</translation>
    </message>
</context>
</TS>
