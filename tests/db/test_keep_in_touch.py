"""Keep-in-touch state on real SQLite and PostgreSQL: last contact and next due follow every change."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.db import derived
from crmdesk.db.models import Company, Interaction, Person, utcnow
from crmdesk.domain import cadence
from crmdesk.ops import contacts, interactions, settings
from crmdesk.queries import keep_in_touch

TZ = cadence.DEFAULT_TZ


def ago(days: float) -> dt.datetime:
    """A naive-UTC time *days* before now (whole seconds)."""
    return (utcnow() - dt.timedelta(days=days)).replace(microsecond=0)


def company(actor, category: str = "A", **extra) -> int:
    """A company of a category, created through the operation."""
    return contacts.create_company(actor, {"name": f"Firma {category} {extra.get('name', '')}".strip(),
                                           "category": category, **{k: v for k, v in extra.items() if k != "name"}})


def person(actor, company_id: int | None, name: str = "Huber", **extra) -> int:
    """A person at *company_id*."""
    return contacts.create_person(actor, {"first_name": "Franz", "last_name": name, **extra}, company_id=company_id)


def state(person_id: int) -> Person:
    """The person row as stored now."""
    return Person.get_by_id(person_id)


def expected_due(last: dt.datetime | None, person_id: int, interval: int) -> dt.datetime:
    """next_due by the domain rule for a person last contacted at *last*."""
    return cadence.next_due(last_contact=last, created_at=state(person_id).created_at, interval_days=interval, tz=TZ)


def log(actor, person_id: int, at: dt.datetime, channel: str = "phone", **extra) -> int:
    """Log an interaction through the operation."""
    return interactions.log_interaction(actor, channel=channel, person_id=person_id, occurred_at=at, **extra)


def test_logging_sets_last_contact_by_and_next_due(any_db, owner, staff):
    """A logged call sets last contact (time, user, interaction) and next due = last + interval."""
    pid = person(owner, company(owner, "A"))
    at = ago(3)
    iid = log(staff, pid, at)
    row = state(pid)
    assert (row.last_contact_at, row.last_contact_by_id, row.last_contact_interaction) == (at, staff.id, iid)
    assert row.cadence_interval == 30 and row.cadence_weight == 1.5
    assert row.next_due_at == expected_due(at, pid, 30)


def test_older_interaction_does_not_move_last_contact_back(any_db, owner):
    """Logging something that happened before the last contact keeps the newer one."""
    pid = person(owner, company(owner, "B"))
    newest = ago(2)
    log(owner, pid, newest)
    log(owner, pid, ago(40), channel="email")
    assert state(pid).last_contact_at == newest


def test_deleting_the_latest_falls_back_to_the_previous(any_db, owner):
    """Deleting the newest interaction makes the previous one the last contact again."""
    pid = person(owner, company(owner, "A"))
    older, newer = ago(20), ago(1)
    first = log(owner, pid, older)
    latest = log(owner, pid, newer)
    interactions.delete_interaction(owner, latest)
    row = state(pid)
    assert row.last_contact_at == older and row.last_contact_interaction == first
    assert row.next_due_at == expected_due(older, pid, 30)


def test_deleting_the_only_contact_counts_from_creation(any_db, owner):
    """Without any contact left, next due counts from the day the person was added."""
    pid = person(owner, company(owner, "A"))
    only = log(owner, pid, ago(5))
    interactions.delete_interaction(owner, only)
    row = state(pid)
    assert row.last_contact_at is None and row.last_contact_by_id is None and row.last_contact_interaction is None
    assert row.next_due_at == expected_due(None, pid, 30)


def test_editing_to_not_reached_stops_it_counting(any_db, owner):
    """An interaction edited to outcome 'not reached' no longer resets the cadence."""
    pid = person(owner, company(owner, "A"))
    older, newer = ago(30), ago(1)
    log(owner, pid, older, outcome="reached")
    latest = log(owner, pid, newer, outcome="reached")
    version = Interaction.get_by_id(latest).version
    interactions.update_interaction(owner, latest, version, {"outcome": "not_reached"})
    assert state(pid).last_contact_at == older
    interactions.update_interaction(owner, latest, version + 1, {"outcome": "appointment"})
    assert (state(pid).last_contact_at, state(pid).last_contact_interaction) == (newer, latest)


def test_not_reached_never_counts_when_logged(any_db, owner):
    """A call that did not reach anyone leaves the person never contacted."""
    pid = person(owner, company(owner, "C"))
    log(owner, pid, ago(1), outcome="not_reached")
    assert state(pid).last_contact_at is None


def test_moving_an_interaction_to_another_person_updates_both(any_db, owner):
    """Re-assigning an interaction recomputes the old and the new person."""
    firm = company(owner, "A")
    first, second = person(owner, firm, "Erste"), person(owner, firm, "Zweite")
    at = ago(4)
    iid = log(owner, first, at)
    interactions.update_interaction(owner, iid, Interaction.get_by_id(iid).version, {"person": second})
    assert state(first).last_contact_at is None
    assert state(second).last_contact_at == at and state(second).last_contact_interaction == iid


def test_company_rolls_up_the_newest_contact_of_its_persons(any_db, owner, staff):
    """The company's last contact is the newest of its persons' and its own company-only contacts."""
    firm = company(owner, "B")
    a, b = person(owner, firm, "A"), person(owner, firm, "B")
    ten, three, one = ago(10), ago(3), ago(1)
    log(owner, a, ten)
    log(staff, b, three)
    row = Company.get_by_id(firm)
    assert (row.last_contact_at, row.last_contact_by_id) == (three, staff.id)
    interactions.log_interaction(owner, channel="letter", company_id=firm, occurred_at=one)
    row = Company.get_by_id(firm)
    assert (row.last_contact_at, row.last_contact_by_id) == (one, owner.id)


@pytest.mark.parametrize("level", ["person", "company", "tag"])
def test_overrides_replace_the_category_interval(any_db, owner, level):
    """A person, company or tag interval wins over the category default."""
    firm = company(owner, "C")
    pid = person(owner, firm)
    if level == "person":
        contacts.update_person(owner, pid, None, {"cadence_days": 14})
    elif level == "company":
        contacts.update_company(owner, firm, None, {"cadence_days": 14})
    else:
        contacts.set_person_tags(owner, pid, ["Familie"])
        contacts.set_tag_cadence(owner, "Familie", 14)
    row = state(pid)
    assert row.cadence_interval == 14 and row.next_due_at == expected_due(None, pid, 14)


def test_company_tag_interval_reaches_its_persons(any_db, owner):
    """A tag on the company with an interval applies to the company's persons."""
    firm = company(owner, "C")
    pid = person(owner, firm)
    contacts.set_tag_cadence(owner, "Schlüsselkunde", 21)
    contacts.set_company_tags(owner, firm, ["Schlüsselkunde"])
    assert state(pid).cadence_interval == 21


@pytest.mark.parametrize("level", ["person", "company", "tag"])
def test_no_cadence_at_any_level_removes_the_due_date(any_db, owner, level):
    """'No cadence' (0) stops reminders: no interval, no next due, not on the list."""
    firm = company(owner, "A")
    pid = person(owner, firm)
    if level == "person":
        contacts.update_person(owner, pid, None, {"cadence_days": 0})
    elif level == "company":
        contacts.update_company(owner, firm, None, {"cadence_days": 0})
    else:
        contacts.set_person_tags(owner, pid, ["Privat"])
        contacts.set_tag_cadence(owner, "Privat", 0)
    row = state(pid)
    assert row.cadence_interval is None and row.next_due_at is None
    assert pid not in [p for p, _d, _s in keep_in_touch.ranked_ids(now=utcnow() + dt.timedelta(days=400))]


@pytest.mark.parametrize("change", [
    {"status": "inactive"}, {"status": "left"}, {"status": "deceased"}, {"do_not_contact": True}])
def test_paused_person_statuses_have_no_due_date(any_db, owner, change):
    """Inactive, left, deceased and 'do not contact' persons are paused; active again restores it."""
    pid = person(owner, company(owner, "A"))
    contacts.update_person(owner, pid, None, change)
    assert state(pid).next_due_at is None
    undo = {"status": "active"} if "status" in change else {"do_not_contact": False}
    contacts.update_person(owner, pid, None, undo)
    assert state(pid).next_due_at == expected_due(None, pid, 30)


def test_former_customer_pauses_its_persons(any_db, owner):
    """Persons at a former customer get no reminders."""
    firm = company(owner, "A")
    pid = person(owner, firm)
    contacts.update_company(owner, firm, None, {"status": "former"})
    assert state(pid).next_due_at is None


def test_snooze_moves_due_to_the_snooze_end_and_can_be_ended(any_db, owner):
    """A snooze until a date hides the person until that local day; ending it restores the due date."""
    pid = person(owner, company(owner, "A"))
    sixty = ago(60)
    log(owner, pid, sixty)
    until = cadence.local_date(utcnow(), TZ) + dt.timedelta(days=10)
    contacts.snooze_person(owner, pid, cadence.start_of_local_day(until, TZ), "Auf Urlaub")
    row = state(pid)
    assert row.snooze_reason == "Auf Urlaub" and row.next_due_at == cadence.start_of_local_day(until, TZ)
    assert pid not in [p for p, _d, _s in keep_in_touch.ranked_ids()]
    contacts.snooze_person(owner, pid, None, "")
    assert state(pid).next_due_at == expected_due(sixty, pid, 30)
    assert pid in [p for p, _d, _s in keep_in_touch.ranked_ids()]


def test_deleted_person_leaves_the_list_and_comes_back_on_restore(any_db, owner):
    """Soft-deleted persons have no due date; restoring brings it back."""
    pid = person(owner, company(owner, "A"))
    contacts.delete_person(owner, pid)
    assert state(pid).next_due_at is None
    contacts.restore_person(owner, pid)
    assert state(pid).next_due_at is not None


def test_contact_rule_setting_decides_what_counts(any_db, owner):
    """Counting outgoing contacts only: an incoming call no longer resets the cadence."""
    pid = person(owner, company(owner, "A"))
    two = ago(2)
    log(owner, pid, two, direction="in")
    assert state(pid).last_contact_at == two
    rule = cadence.ContactRule(directions=frozenset({"out"}))
    settings.set_setting(owner, derived.CADENCE_SETTING, cadence.CadenceSettings(contact_rule=rule).to_mapping())
    assert state(pid).last_contact_at is None
