"""The keep-in-touch read side against the domain rules, on a demo database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from peewee import JOIN

from crmdesk import demo
from crmdesk.db import derived
from crmdesk.db.models import (
    Channel, Company, CompanyTag, Interaction, Outcome, Person, PersonTag, Tag, database)
from crmdesk.domain import cadence
from crmdesk.ops import contacts
from crmdesk.queries import keep_in_touch

NOW = dt.datetime(2026, 3, 29, 9, 30)  # the morning after the spring DST change in Vienna
STRATEGIES = ("scan", "groups")


@pytest.fixture
def demo_db(any_db, owner):
    """A few hundred demo persons with three years of interactions."""
    demo.generate(persons=300, interactions=4000, seed=11, actor=owner, now=NOW)
    return any_db


def all_rows(where=None) -> list[tuple]:
    """(id, next_due, interval, category) of every person with a due date, by due date and id."""
    query = (Person.select(Person.id, Person.next_due_at, Person.cadence_interval, Company.category)
             .join(Company, JOIN.LEFT_OUTER, on=(Person.company == Company.id))
             .where(Person.next_due_at.is_null(False)).order_by(Person.next_due_at, Person.id))
    if where is not None:
        query = query.where(where)
    return [(pid, due, interval, category or None) for pid, due, interval, category in query.tuples()]


def domain_ranking(now: dt.datetime, where=None) -> list[tuple[int, int, float]]:
    """The list as cadence.rank_due orders it."""
    entries = cadence.rank_due(all_rows(where), now=now, settings=derived.load_cadence_settings())
    return [(e.key, e.days_overdue, e.score) for e in entries]


@pytest.mark.parametrize("strategy", STRATEGIES)
@pytest.mark.parametrize("days_later", [0, 45, 400])
def test_ranked_list_agrees_with_rank_due(demo_db, strategy, days_later):
    """Every due person, in the domain's order, with the domain's days and scores."""
    now = NOW + dt.timedelta(days=days_later)
    expected = domain_ranking(now)
    assert expected, "the demo data should have due persons"
    assert keep_in_touch.ranked_ids(now=now, limit=100_000, strategy=strategy) == expected


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_first_n_are_the_head_of_the_full_order(demo_db, strategy):
    """A limit cuts the full order; it never changes it."""
    full = domain_ranking(NOW + dt.timedelta(days=60))
    assert keep_in_touch.ranked_ids(now=NOW + dt.timedelta(days=60), limit=25, strategy=strategy) == full[:25]


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_mine_filter_agrees_with_rank_due(demo_db, owner, strategy):
    """'Mine' is the domain order over the persons one user owns."""
    owner_id = Person.select(Person.owner).where(Person.owner.is_null(False)).limit(1).scalar()
    expected = domain_ranking(NOW, Person.owner == owner_id)
    assert expected
    assert keep_in_touch.ranked_ids(now=NOW, limit=10_000, owner_id=owner_id, strategy=strategy) == expected


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_tag_filter_includes_company_tags(demo_db, owner, strategy):
    """A tag filter covers persons tagged themselves or through their company."""
    firm = Person.select(Person.company).where(Person.company.is_null(False) & Person.next_due_at.is_null(False)).scalar()
    contacts.set_company_tags(owner, firm, ["Wärmepumpen-Aktion"])
    loner = Person.select(Person.id).where((Person.company != firm) & Person.next_due_at.is_null(False)).scalar()
    contacts.set_person_tags(owner, loner, ["Wärmepumpen-Aktion"])
    tag_id = Tag.get(Tag.name == "Wärmepumpen-Aktion").id
    tagged = (Person.id.in_(PersonTag.select(PersonTag.person).where(PersonTag.tag == tag_id))
              | Person.company.in_(CompanyTag.select(CompanyTag.company).where(CompanyTag.tag == tag_id)))
    later = NOW + dt.timedelta(days=400)
    expected = domain_ranking(later, tagged)
    assert loner in [pid for pid, _d, _s in expected]
    assert keep_in_touch.ranked_ids(now=later, limit=1000, tag_id=tag_id, strategy=strategy) == expected


def test_ranked_rows_carry_names_states_and_last_contact(demo_db):
    """Rows name the person, company, last contact and by whom, and say due or overdue as the domain does."""
    settings = derived.load_cadence_settings()
    rows = keep_in_touch.ranked_due(now=NOW, limit=50)
    assert rows
    for row in rows:
        stored = Person.get_by_id(row.person_id)
        assert row.company == stored.company_name and row.interval_days == stored.cadence_interval
        assert row.last_contact_at == stored.last_contact_at and row.next_due_at == stored.next_due_at
        assert row.state == cadence.due_state(stored.next_due_at, stored.cadence_interval, now=NOW,
                                              overdue_factor=settings.overdue_factor, tz=settings.time_zone)
        assert stored.last_name in row.name


@pytest.mark.parametrize("days_later", [0, 90])
def test_due_counts_agree_with_due_state(demo_db, days_later):
    """Waiting and overdue counts per owner are the domain's states counted."""
    now = NOW + dt.timedelta(days=days_later)
    settings = derived.load_cadence_settings()
    expected: dict = defaultdict(lambda: [0, 0])
    for owner_id, due, interval in Person.select(Person.owner, Person.next_due_at, Person.cadence_interval).where(
            Person.next_due_at.is_null(False)).tuples():
        state = cadence.due_state(due, interval, now=now, overdue_factor=settings.overdue_factor, tz=settings.time_zone)
        if state in (cadence.DueState.DUE, cadence.DueState.OVERDUE):
            expected[owner_id][0] += 1
            expected[owner_id][1] += state == cadence.DueState.OVERDUE
    counts = keep_in_touch.due_counts_by_owner(now=now)
    assert {k: [v.waiting, v.overdue] for k, v in counts.items()} == dict(expected)
    total = keep_in_touch.due_counts(now=now)
    assert total.waiting == sum(v[0] for v in expected.values())


def test_due_counts_with_the_rank_index_agree(demo_db):
    """With the proposed rank index present, the per-group counts give the same numbers."""
    before = keep_in_touch.due_counts_by_owner(now=NOW)
    database.execute_sql("CREATE INDEX person_due_rank_test ON person (cadence_interval, cadence_weight, next_due_at, owner_id)")
    keep_in_touch._RANK_INDEX_SEEN.clear()
    try:
        assert keep_in_touch.has_rank_index()
        assert keep_in_touch.due_counts_by_owner(now=NOW) == before
    finally:
        database.execute_sql("DROP INDEX person_due_rank_test")
        keep_in_touch._RANK_INDEX_SEEN.clear()


# --- the backfill against a direct computation --------------------------------------------

def direct_state(settings: cadence.CadenceSettings) -> dict[int, dict]:
    """Keep-in-touch columns of every person computed in Python from all interactions."""
    channels = dict(Channel.select(Channel.id, Channel.code).tuples())
    outcomes = dict(Outcome.select(Outcome.id, Outcome.code).tuples())
    history: dict[int, list] = defaultdict(list)
    for pid, at, cid, direction, oid, author in Interaction.select(
            Interaction.person, Interaction.occurred_at, Interaction.channel, Interaction.direction,
            Interaction.outcome, Interaction.author).where(Interaction.person.is_null(False)).tuples():
        history[pid].append((at, channels[cid], direction, outcomes.get(oid), author))
    tag_days = _tag_days()
    companies = {c["id"]: c for c in Company.select().dicts()}
    result = {}
    for p in Person.select().dicts():
        firm = companies.get(p["company"]) or {}
        last = cadence.latest_contact([row[:4] for row in history[p["id"]]], settings.contact_rule)
        interval = cadence.resolve_interval(
            person_days=p["cadence_days"], company_days=firm.get("cadence_days"), tag_days=tag_days[p["id"]],
            category=firm.get("category") or None, settings=settings)
        paused = p["deleted_at"] is not None or cadence.status_paused(
            person_status=p["status"], do_not_contact=p["do_not_contact"], company_status=firm.get("status"))
        due = cadence.next_due(last_contact=last, created_at=p["created_at"], interval_days=interval, paused=paused,
                               snoozed_until=p["snoozed_until"], tz=settings.time_zone)
        authors = {row[4] for row in history[p["id"]] if row[0] == last}
        result[p["id"]] = {"last": last, "authors": authors, "interval": interval, "due": due,
                           "weight": settings.weight_for(firm.get("category") or None)}
    return result


def _tag_days() -> dict[int, list[int]]:
    days: dict[int, list[int]] = defaultdict(list)
    for pid, value in PersonTag.select(PersonTag.person, Tag.cadence_days).join(Tag).tuples():
        days[pid].append(value)
    company_tags: dict[int, list[int]] = defaultdict(list)
    for cid, value in CompanyTag.select(CompanyTag.company, Tag.cadence_days).join(Tag).tuples():
        company_tags[cid].append(value)
    for pid, cid in Person.select(Person.id, Person.company).where(Person.company.is_null(False)).tuples():
        days[pid].extend(company_tags[cid])
    return days


def test_backfill_agrees_with_a_direct_computation(demo_db, owner):
    """After wiping the derived columns, the backfill restores exactly what the domain rules compute."""
    contacts.update_person(owner, Person.select(Person.id).scalar(), None, {"cadence_days": 14})
    contacts.set_tag_cadence(owner, Tag.select(Tag.name).order_by(Tag.id).scalar(), 21)
    Person.update(last_contact_at=None, last_contact_by=None, last_contact_interaction=None, next_due_at=None,
                  cadence_interval=None).execute()
    Company.update(last_contact_at=None, last_contact_by=None).execute()
    derived.backfill_contact_state()
    expected = direct_state(derived.load_cadence_settings())
    for row in Person.select().dicts():
        want = expected[row["id"]]
        assert (row["last_contact_at"], row["cadence_interval"], row["next_due_at"]) == (
            want["last"], want["interval"], want["due"]), row["id"]
        assert row["cadence_weight"] == pytest.approx(want["weight"])
        if want["last"] is not None:
            assert row["last_contact_by"] in want["authors"]
    firm_of = dict(Person.select(Person.id, Person.company).tuples())
    for cid, at in Company.select(Company.id, Company.last_contact_at).tuples():
        person_times = [v["last"] for pid, v in expected.items() if v["last"] and firm_of[pid] == cid]
        if person_times:
            assert at is not None and at >= max(person_times)


def test_ranked_list_is_empty_without_due_persons(any_db, owner):
    """No persons, no list; a limit below one gives nothing."""
    assert keep_in_touch.ranked_due() == [] and keep_in_touch.due_counts() == keep_in_touch.DueCounts()
    assert keep_in_touch.ranked_ids(limit=0) == []


# --- birthdays -------------------------------------------------------------------------------

def born(actor, day: dt.date, name: str, **extra) -> int:
    """A person born on *day*."""
    return contacts.create_person(actor, {"first_name": "Geburtstag", "last_name": name, "birthday": day, **extra})


def test_birthdays_wrap_around_the_new_year(any_db, owner):
    """On 29 December the next seven days reach 4 January; ages are the ones turned."""
    born(owner, dt.date(1980, 12, 28), "Gestern")
    born(owner, dt.date(1980, 12, 29), "Heute")
    born(owner, dt.date(1990, 1, 4), "Neujahr")
    born(owner, dt.date(1990, 1, 5), "Zuspät")
    rows = keep_in_touch.upcoming_birthdays(today=dt.date(2025, 12, 29), days=7)
    assert [(r.name, r.on, r.age) for r in rows] == [
        ("Geburtstag Heute", dt.date(2025, 12, 29), 45), ("Geburtstag Neujahr", dt.date(2026, 1, 4), 36)]


def test_29_february_shows_on_28_february_in_other_years(any_db, owner):
    """A leap-day birthday is celebrated on 28 February when the year has no 29th."""
    born(owner, dt.date(1988, 2, 29), "Schalttag")
    rows = keep_in_touch.upcoming_birthdays(today=dt.date(2027, 2, 25), days=7)
    assert [(r.name, r.on) for r in rows] == [("Geburtstag Schalttag", dt.date(2027, 2, 28))]
    leap = keep_in_touch.upcoming_birthdays(today=dt.date(2028, 2, 25), days=7)
    assert [r.on for r in leap] == [dt.date(2028, 2, 29)]


def test_birthdays_leave_out_deceased_and_deleted_persons_and_filter_by_owner(any_db, owner, staff):
    """Deceased and deleted persons get no birthday reminder; the owner filter applies."""
    today = dt.date(2026, 6, 10)
    born(owner, dt.date(1970, 6, 11), "Verstorben", status="deceased")
    gone = born(owner, dt.date(1970, 6, 11), "Gelöscht")
    contacts.delete_person(owner, gone)
    mine = born(owner, dt.date(1970, 6, 12), "Meins", owner=staff.id)
    born(owner, dt.date(1970, 6, 12), "Andere")
    assert [r.name for r in keep_in_touch.upcoming_birthdays(today=today)] == ["Geburtstag Meins", "Geburtstag Andere"]
    assert [r.person_id for r in keep_in_touch.upcoming_birthdays(today=today, owner_id=staff.id)] == [mine]


# --- local days in SQL and Python -----------------------------------------------------------

EDGES = [dt.datetime(2026, 3, 28, 22, 59, 59), dt.datetime(2026, 3, 28, 23, 0), dt.datetime(2026, 3, 29, 0, 59, 59),
         dt.datetime(2026, 3, 29, 1, 0), dt.datetime(2026, 3, 29, 21, 59, 59), dt.datetime(2026, 3, 29, 22, 0),
         dt.datetime(2026, 10, 24, 21, 59, 59, 999999), dt.datetime(2026, 10, 24, 22, 0), dt.datetime(2026, 10, 25, 0, 59),
         dt.datetime(2026, 10, 25, 1, 0), dt.datetime(2026, 10, 25, 22, 59, 59), dt.datetime(2026, 10, 25, 23, 0),
         dt.datetime(2025, 12, 31, 23, 0), dt.datetime(2021, 7, 1, 21, 59, 59)]


def test_local_day_in_sql_and_python_matches_zoneinfo_at_dst_edges(any_db, owner):
    """Local midnights and DST switches: SQL local_ordinal and LocalDays equal cadence.local_date."""
    from crmdesk.db.models import Person as P
    from crmdesk.queries.keep_in_touch import LocalDays, local_ordinal

    ids = [contacts.create_person(owner, {"last_name": f"Kante {i}"}) for i in range(len(EDGES))]
    for pid, at in zip(ids, EDGES, strict=True):
        P.update(next_due_at=at).where(P.id == pid).execute()
    start, end = min(EDGES), max(EDGES)
    expected = {pid: cadence.local_date(at, "Europe/Vienna").toordinal() for pid, at in zip(ids, EDGES, strict=True)}
    day = local_ordinal(P.next_due_at, tz="Europe/Vienna", start=start, end=end)
    assert {pid: int(value) for pid, value in P.select(P.id, day).where(P.id.in_(ids)).tuples()} == expected
    local_day = LocalDays("Europe/Vienna", start, end)
    assert {pid: local_day(at) for pid, at in zip(ids, EDGES, strict=True)} == expected
