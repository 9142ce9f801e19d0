"""Follow-up lists and repeats on real SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from crmdesk.db.models import FollowUp, Interaction, Person
from crmdesk.domain import cadence
from crmdesk.ops import contacts, interactions
from crmdesk.queries import follow_ups

TZ = cadence.DEFAULT_TZ
NOW = dt.datetime(2026, 10, 14, 10, 0)  # 12:00 in Vienna


def at_local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """Naive UTC of a Vienna wall-clock time."""
    return cadence.from_local(dt.datetime.combine(day, dt.time(hour, minute)), TZ)


def person(actor, name: str = "Huber") -> int:
    """A person at a category-A company."""
    firm = contacts.create_company(actor, {"name": f"{name} GmbH", "category": "A"})
    return contacts.create_person(actor, {"first_name": "Eva", "last_name": name}, company_id=firm)


def test_states_split_by_local_day(any_db, owner):
    """Yesterday late evening is overdue, today 00:30 and 23:30 are today, tomorrow is just open."""
    pid = person(owner)
    today = cadence.local_date(NOW, TZ)
    ids = {label: interactions.create_follow_up(owner, due_at=due, person_id=pid, note=label) for label, due in {
        "gestern": at_local(today - dt.timedelta(days=1), 23, 30), "früh": at_local(today, 0, 30),
        "spät": at_local(today, 23, 30), "morgen": at_local(today + dt.timedelta(days=1), 8)}.items()}
    states = {r.note: r.state for r in follow_ups.list_follow_ups(status="open", now=NOW)}
    assert states == {"gestern": "overdue", "früh": "today", "spät": "today", "morgen": "open"}
    assert [r.id for r in follow_ups.list_follow_ups(status="overdue", now=NOW)] == [ids["gestern"]]
    assert [r.note for r in follow_ups.list_follow_ups(status="today", now=NOW)] == ["früh", "spät"]
    assert follow_ups.follow_up_counts(now=NOW) == follow_ups.FollowUpCounts(today=2, overdue=1, open=4)


def test_mine_and_everyone(any_db, owner, staff):
    """'Mine' are the follow-ups assigned to me; everyone's include the others'."""
    pid = person(owner)
    interactions.create_follow_up(owner, due_at=NOW, person_id=pid, note="Olga")
    interactions.create_follow_up(owner, due_at=NOW, person_id=pid, note="für Stefan", assignee_id=staff.id)
    assert [r.note for r in follow_ups.list_follow_ups(assignee_id=staff.id, now=NOW)] == ["für Stefan"]
    rows = follow_ups.list_follow_ups(now=NOW)
    assert {r.note for r in rows} == {"Olga", "für Stefan"}
    assert {r.assignee for r in rows} == {owner.name, staff.name}
    by = follow_ups.follow_up_counts_by_assignee(now=NOW)
    assert by[owner.id].open == 1 and by[staff.id].open == 1


def test_company_follow_up_names_the_company(any_db, owner):
    """A follow-up for a company (no person) shows the company as its subject."""
    firm = contacts.create_company(owner, {"name": "Kärntner Holzbau KG"})
    interactions.create_follow_up(owner, due_at=NOW, company_id=firm, note="Jahresgespräch")
    [row] = follow_ups.list_follow_ups(now=NOW)
    assert row.subject == "Kärntner Holzbau KG" and row.person_id is None and row.company_id == firm


def test_repeat_schedules_the_next_from_completion_keeping_the_time(any_db, owner):
    """'Every 90 days from completion': the next one is due 90 local days after completing, same wall time."""
    pid = person(owner)
    due = at_local(dt.date(2026, 3, 2), 9, 30)  # winter time
    fid = interactions.create_follow_up(owner, due_at=due, person_id=pid, note="Quartalsanruf", repeat_days=90)
    completed = at_local(dt.date(2026, 3, 5), 16, 0)
    next_id = interactions.complete_follow_up(owner, fid, completed_at=completed)
    nxt = FollowUp.get_by_id(next_id)
    assert cadence.to_local(nxt.due_at, TZ).replace(tzinfo=None) == dt.datetime(2026, 6, 3, 9, 30)  # summer time
    assert (nxt.repeat_days, nxt.note, nxt.assignee_id, nxt.done_at) == (90, "Quartalsanruf", owner.id, None)
    done = follow_ups.list_follow_ups(status="done", now=NOW)
    assert [r.id for r in done] == [fid] and done[0].done_by == owner.name
    assert [r.id for r in follow_ups.list_follow_ups(status="open", now=NOW)] == [next_id]


def test_completing_can_log_the_contact_in_the_same_step(any_db, owner):
    """Completing with a log entry records the interaction, links it and resets the person's cadence."""
    pid = person(owner)
    fid = interactions.create_follow_up(owner, due_at=NOW, person_id=pid, note="Angebot nachfassen")
    interactions.complete_follow_up(owner, fid, log={"channel": "phone", "outcome": "appointment",
                                                     "note": "Termin am Montag"})
    row = FollowUp.get_by_id(fid)
    logged = Interaction.get_by_id(row.interaction_id)
    assert logged.person_id == pid and logged.note == "Termin am Montag"
    assert Person.get_by_id(pid).last_contact_interaction == logged.id


def test_get_follow_up_and_missing_one(any_db, owner):
    """One follow-up by id, open or done; None for an unknown id."""
    fid = interactions.create_follow_up(owner, due_at=NOW, person_id=person(owner), note="x")
    assert follow_ups.get_follow_up(fid).id == fid
    assert follow_ups.get_follow_up(fid + 1000) is None
