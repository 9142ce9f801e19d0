"""The .ics export of follow-ups: parsed back with icalendar, umlauts intact, stable UIDs, UTC times."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from crmdesk.io.ics import follow_up_uid, follow_ups_to_ics, write_ics
from crmdesk.ops import contacts, interactions
from crmdesk.queries import follow_ups


def events(data: bytes) -> list:
    """The VEVENTs of an iCalendar file."""
    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def make_follow_up(actor, *, name: str, note: str, due: dt.datetime, company: str = "") -> int:
    """A person (at a company, if named) with one follow-up."""
    firm = contacts.create_company(actor, {"name": company, "category": "B"}) if company else None
    pid = contacts.create_person(actor, {"first_name": "Jürgen", "last_name": name}, company_id=firm)
    return interactions.create_follow_up(actor, due_at=due, person_id=pid, note=note)


def test_export_parses_back_with_umlauts_and_utc_times(opened, owner):
    """Summary, description, UTC start, alarm and UID survive the round trip, umlauts included."""
    due = dt.datetime(2026, 3, 30, 7, 45)
    fid = make_follow_up(owner, name="Größinger", note="Rückruf wegen Angebot für Kühlräume – 5 % Skonto",
                         due=due, company="Bäckerei Öhlinger & Söhne")
    rows = follow_ups.list_follow_ups(status="open", assignee_id=owner.id, limit=None)
    data = follow_ups_to_ics(rows, namespace="abc.crmdesk", summary_prefix="Wiedervorlage",
                             now=dt.datetime(2026, 3, 1, 12))
    [event] = events(data)
    assert str(event["summary"]) == "Wiedervorlage: Jürgen Größinger (Bäckerei Öhlinger & Söhne)"
    assert str(event["description"]) == "Rückruf wegen Angebot für Kühlräume – 5 % Skonto"
    assert event["dtstart"].dt == due.replace(tzinfo=dt.UTC)
    assert event["dtend"].dt - event["dtstart"].dt == dt.timedelta(minutes=30)
    assert event["dtstamp"].dt == dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    assert str(event["uid"]) == follow_up_uid(fid, "abc.crmdesk")
    [alarm] = [c for c in event.walk() if c.name == "VALARM"]
    assert alarm["trigger"].dt == dt.timedelta(minutes=-15) and str(alarm["action"]) == "DISPLAY"
    assert b"DTSTART:20260330T074500Z" in data and b"\r\n" in data


def test_uid_is_stable_and_sequence_follows_edits(opened, owner):
    """Exporting again after an edit keeps the UID and raises SEQUENCE, so calendars update the entry."""
    fid = make_follow_up(owner, name="Huber", note="Termin", due=dt.datetime(2026, 5, 4, 8))
    first = events(follow_ups_to_ics(follow_ups.list_follow_ups(limit=None), namespace="x"))[0]
    row = follow_ups.get_follow_up(fid)
    interactions.update_follow_up(owner, fid, row.version, {"due_at": dt.datetime(2026, 5, 6, 8)})
    second = events(follow_ups_to_ics(follow_ups.list_follow_ups(limit=None), namespace="x"))[0]
    assert str(first["uid"]) == str(second["uid"])
    assert int(second["sequence"]) == int(first["sequence"]) + 1


def test_hostile_text_and_no_alarm(opened, owner):
    """Line breaks, semicolons, commas and a very long note are escaped and folded; no VALARM if asked."""
    note = "Zeile 1\nZeile 2; mit, Kommas \\ und 🙂 " + "x" * 5000
    make_follow_up(owner, name="<b>Müller</b>", note=note, due=dt.datetime(2026, 1, 2, 9))
    data = follow_ups_to_ics(follow_ups.list_follow_ups(limit=None), alarm_min=None, summary_prefix="")
    [event] = events(data)
    assert str(event["description"]) == note and str(event["summary"]) == "Jürgen <b>Müller</b>"
    assert not [c for c in event.walk() if c.name == "VALARM"]
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_write_ics_writes_every_open_follow_up_of_mine(opened, owner, staff, tmp_path):
    """The file holds my open follow-ups only: not someone else's, not done ones."""
    mine = make_follow_up(owner, name="Meier", note="meins", due=dt.datetime(2026, 2, 2, 9))
    done = make_follow_up(owner, name="Erledigt", note="fertig", due=dt.datetime(2026, 2, 3, 9))
    interactions.complete_follow_up(owner, done)
    interactions.create_follow_up(staff, due_at=dt.datetime(2026, 2, 4, 9),
                                  person_id=contacts.create_person(staff, {"last_name": "Andere"}), note="seins")
    target = tmp_path / "wiedervorlagen.ics"
    rows = follow_ups.list_follow_ups(status="open", assignee_id=owner.id, limit=None)
    assert write_ics(target, rows, namespace=follow_ups.calendar_namespace()) == 1
    [event] = events(target.read_bytes())
    assert str(event["uid"]).startswith(f"crmdesk-follow-up-{mine}@") and not (tmp_path / "wiedervorlagen.ics.part").exists()


def test_calendar_namespace_is_stable_per_database(opened):
    """The UID namespace does not change between calls (it comes from the database's creation time)."""
    assert follow_ups.calendar_namespace() == follow_ups.calendar_namespace()
    assert follow_ups.calendar_namespace().endswith(".crmdesk")
