<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_AT">
<context>
    <name>CadenceSection</name>
    <message>
        <source>Interval (days)</source>
        <translation>Intervall (Tage)</translation>
    </message>
    <message>
        <source>Ranking weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Category A</source>
        <translation>Kategorie A</translation>
    </message>
    <message>
        <source>Category B</source>
        <translation>Kategorie B</translation>
    </message>
    <message>
        <source>Category C</source>
        <translation>Kategorie C</translation>
    </message>
    <message>
        <source>No company or category</source>
        <translation>Ohne Firma oder Kategorie</translation>
    </message>
    <message>
        <source>“—” (0) means no cadence. Tags, companies and persons can override the interval.</source>
        <translation>„—“ (0) bedeutet keine Kontaktpflege. Schlagwörter, Firmen und Personen können das Intervall überschreiben.</translation>
    </message>
    <message>
        <source>Overdue from (× interval)</source>
        <translation>Überfällig ab (× Intervall)</translation>
    </message>
    <message>
        <source>Time zone of the calendar days</source>
        <translation>Zeitzone der Kalendertage</translation>
    </message>
    <message>
        <source>A person is due on the day the interval has passed and overdue once the interval times this factor has passed, counted in this time zone's days.</source>
        <translation>Eine Person ist an dem Tag fällig, an dem das Intervall vergangen ist, und überfällig, sobald das Intervall mal diesem Faktor vergangen ist – gezählt in Kalendertagen dieser Zeitzone.</translation>
    </message>
    <message>
        <source>Channels that count</source>
        <translation>Diese Kanäle zählen</translation>
    </message>
    <message>
        <source>Outcomes that count</source>
        <translation>Diese Ergebnisse zählen</translation>
    </message>
    <message>
        <source>Directions that count</source>
        <translation>Diese Richtungen zählen</translation>
    </message>
    <message>
        <source>Saving recomputes the next due date of every person; with many persons this takes a few seconds.</source>
        <translation>Beim Speichern wird das nächste Fälligkeitsdatum jeder Person neu berechnet; bei vielen Personen dauert das einige Sekunden.</translation>
    </message>
    <message>
        <source>Only an owner can change these settings.</source>
        <translation>Nur Inhaber können diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Contact interval by company category</source>
        <translation>Kontaktintervall nach Firmenkategorie</translation>
    </message>
    <message>
        <source>What counts as a contact</source>
        <translation>Was als Kontakt zählt</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Fällig und überfällig</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>without direction</source>
        <translation>ohne Richtung</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontaktpflege</translation>
    </message>
    <message>
        <source>At least one direction must count as a contact.</source>
        <translation>Mindestens eine Richtung muss als Kontakt zählen.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete follow-up</source>
        <translation>Wiedervorlage erledigen</translation>
    </message>
    <message>
        <source>Log the contact now</source>
        <translation>Kontakt gleich erfassen</translation>
    </message>
    <message>
        <source>outgoing (we contacted them)</source>
        <translation>ausgehend (wir haben kontaktiert)</translation>
    </message>
    <message>
        <source>incoming (they contacted us)</source>
        <translation>eingehend (sie haben uns kontaktiert)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keines —</translation>
    </message>
    <message>
        <source>What was agreed?</source>
        <translation>Was wurde vereinbart?</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
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
        <source>Repeats: the next follow-up will be due on {date}.</source>
        <translation>Wiederholung: Die nächste Wiedervorlage ist am {date} fällig.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Interactions per week by channel</source>
        <translation>Kontakte pro Woche nach Kanal</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Calendar week</source>
        <translation>Kalenderwoche</translation>
    </message>
    <message>
        <source>Outcomes per channel (% of its interactions)</source>
        <translation>Ergebnisse pro Kanal (% seiner Kontakte)</translation>
    </message>
    <message>
        <source>Outcomes per channel</source>
        <translation>Ergebnisse pro Kanal</translation>
    </message>
    <message>
        <source>Persons within their cadence</source>
        <translation>Personen im Kontaktintervall</translation>
    </message>
    <message>
        <source>within cadence (%)</source>
        <translation>im Intervall (%)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>last {weeks} weeks</source>
        <translation>letzte {weeks} Wochen</translation>
    </message>
    <message>
        <source>Outcomes as % of the channel's interactions</source>
        <translation>Ergebnisse in % der Kontakte des Kanals</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {message}</source>
        <translation>Die Auswertung konnte nicht geladen werden: {message}</translation>
    </message>
    <message>
        <source>{count} interactions from {start} to {end}</source>
        <translation>{count} Kontakte von {start} bis {end}</translation>
    </message>
    <message>
        <source>Which channel brings appointments and orders, and where nobody answers.</source>
        <translation>Welcher Kanal Termine und Aufträge bringt – und wo niemand abhebt.</translation>
    </message>
    <message>
        <source>Past weeks are recomputed from the logged interactions, with today's intervals and rules.</source>
        <translation>Vergangene Wochen werden aus den erfassten Kontakten nachgerechnet, mit den heutigen Intervallen und Regeln.</translation>
    </message>
    <message>
        <source>Estimated from {sampled} of {population} persons (±2 points)</source>
        <translation>Geschätzt aus {sampled} von {population} Personen (±2 Punkte)</translation>
    </message>
    <message>
        <source>Recomputed from all {population} persons</source>
        <translation>Nachgerechnet aus allen {population} Personen</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved to {file}.</source>
        <translation>Das Bild konnte nicht unter {file} gespeichert werden.</translation>
    </message>
    <message>
        <source>Chart saved to {file}</source>
        <translation>Diagramm gespeichert: {file}</translation>
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
        <translation>Firma</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Interval (days)</source>
        <translation>Intervall (Tage)</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>Due since {date} · score {score}</source>
        <translation>Fällig seit {date} · Dringlichkeit {score}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Wiedervorlage bearbeiten</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source> days after completion</source>
        <translation> Tage nach Erledigung</translation>
    </message>
    <message>
        <source>Type a name, company, e-mail or phone number</source>
        <translation>Name, Firma, E-Mail oder Telefonnummer eingeben</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Bitte eine Person aus der Liste wählen.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>Die Notiz ist zu lang.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
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
        <source>Repeat (days)</source>
        <translation>Wiederholung (Tage)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Als .ics exportieren …</translation>
    </message>
    <message>
        <source>Save my open follow-ups as a calendar file for Outlook or Apple Calendar</source>
        <translation>Meine offenen Wiedervorlagen als Kalenderdatei für Outlook oder Apple Kalender speichern</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Everyone's</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>{overdue} overdue · {today} due today · {open} open</source>
        <translation>{overdue} überfällig · {today} heute fällig · {open} offen</translation>
    </message>
    <message>
        <source>The follow-ups could not be loaded: {message}</source>
        <translation>Die Wiedervorlagen konnten nicht geladen werden: {message}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Wiedervorlage löschen</translation>
    </message>
    <message>
        <source>Delete this follow-up for {name}?</source>
        <translation>Diese Wiedervorlage für {name} löschen?</translation>
    </message>
    <message>
        <source>follow-ups.ics</source>
        <translation>wiedervorlagen.ics</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Wiedervorlagen exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Follow-ups exported to {file}: {count}</source>
        <translation>Wiedervorlagen exportiert nach {file}: {count}</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>Person öffnen</translation>
    </message>
    <message>
        <source>Open company</source>
        <translation>Firma öffnen</translation>
    </message>
</context>
<context>
    <name>KeepInTouchPage</name>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Kontakt erfassen</translation>
    </message>
    <message>
        <source>Le&amp;tter…</source>
        <translation>&amp;Brief …</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Pausieren …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Log a call, visit or message with the selected person</source>
        <translation>Anruf, Besuch oder Nachricht mit der gewählten Person erfassen</translation>
    </message>
    <message>
        <source>Whose persons to show</source>
        <translation>Wessen Personen angezeigt werden</translation>
    </message>
    <message>
        <source>My persons</source>
        <translation>Meine Personen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tag: {name}</source>
        <translation>Schlagwort: {name}</translation>
    </message>
    <message>
        <source>Waiting for contact: {count}</source>
        <translation>Warten auf Kontakt: {count}</translation>
    </message>
    <message>
        <source>Nobody is waiting for contact. Well done!</source>
        <translation>Niemand wartet auf Kontakt. Gut gemacht!</translation>
    </message>
    <message>
        <source>{waiting} waiting for contact, {overdue} of them overdue</source>
        <translation>{waiting} warten auf Kontakt, {overdue} davon überfällig</translation>
    </message>
    <message>
        <source>{waiting} waiting for contact, {overdue} of them overdue · the first {shown} are shown</source>
        <translation>{waiting} warten auf Kontakt, {overdue} davon überfällig · die ersten {shown} werden angezeigt</translation>
    </message>
    <message>
        <source>The list could not be loaded: {message}</source>
        <translation>Die Liste konnte nicht geladen werden: {message}</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Pausiert bis {date}.</translation>
    </message>
</context>
<context>
    <name>KeepInTouchStart</name>
    <message>
        <source>Waiting for you: {overdue} persons overdue ({waiting} due in all), {today} follow-ups due today, {late} overdue</source>
        <translation>Für Sie: {overdue} Personen überfällig ({waiting} insgesamt fällig), {today} Wiedervorlagen heute, {late} überfällig</translation>
    </message>
    <message>
        <source>Nobody is waiting for you today.</source>
        <translation>Heute wartet niemand auf Sie.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>Snooze reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>e.g. on parental leave until spring</source>
        <translation>z. B. in Karenz bis zum Frühjahr</translation>
    </message>
    <message>
        <source>No reminders for &lt;b&gt;{name}&lt;/b&gt; until the chosen day; from then on as usual.</source>
        <translation>Keine Erinnerungen für &lt;b&gt;{name}&lt;/b&gt; bis zum gewählten Tag; ab dann wie gewohnt.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausieren</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Wiedervorlagen heute und überfällig</translation>
    </message>
    <message>
        <source>Birthdays in the next 7 days</source>
        <translation>Geburtstage in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>Nobody is waiting for contact. Well done!</source>
        <translation>Niemand wartet auf Kontakt. Gut gemacht!</translation>
    </message>
    <message>
        <source>No follow-ups due today.</source>
        <translation>Heute keine Wiedervorlagen.</translation>
    </message>
    <message>
        <source>No birthdays in the next seven days.</source>
        <translation>Keine Geburtstage in den nächsten sieben Tagen.</translation>
    </message>
    <message>
        <source>No team members yet.</source>
        <translation>Noch keine Teammitglieder.</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Alle Wiedervorlagen</translation>
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
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Follow-ups today</source>
        <translation>WV heute</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>WV überfällig</translation>
    </message>
    <message>
        <source>Waiting for contact</source>
        <translation>Warten auf Kontakt</translation>
    </message>
    <message>
        <source>Today's overview could not be loaded: {message}</source>
        <translation>Die Tagesübersicht konnte nicht geladen werden: {message}</translation>
    </message>
    <message>
        <source>My persons waiting for contact</source>
        <translation>Meine Personen, die auf Kontakt warten</translation>
    </message>
    <message>
        <source>Persons waiting for contact (everyone's)</source>
        <translation>Personen, die auf Kontakt warten (alle)</translation>
    </message>
    <message>
        <source>Show all {waiting} ({overdue} overdue)</source>
        <translation>Alle {waiting} anzeigen ({overdue} überfällig)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(ohne Betreuer)</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
</context>
</TS>