"""Dashboard and Today queries on real SQLite and PostgreSQL, checked against direct computations."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from crmdesk import demo
from crmdesk.db import derived
from crmdesk.db.models import Channel, Interaction, Outcome, Person, utcnow
from crmdesk.domain import cadence
from crmdesk.ops import contacts, interactions
from crmdesk.queries import dashboard

TZ = cadence.DEFAULT_TZ
NOW = dt.datetime(2026, 3, 31, 10, 0)  # Tuesday after the spring DST change


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """Naive UTC of a Vienna wall-clock time."""
    return cadence.from_local(dt.datetime.combine(day, dt.time(hour, minute)), TZ)


@pytest.fixture
def person_id(any_db, owner) -> int:
    """One person at a category-A company."""
    firm = contacts.create_company(owner, {"name": "Test GmbH", "category": "A"})
    return contacts.create_person(owner, {"first_name": "Ida", "last_name": "Test"}, company_id=firm)


def test_weeks_are_local_monday_to_sunday_across_dst(any_db, owner, person_id):
    """Sunday 23:30 belongs to its week and Monday 00:30 to the next, in winter and summer time."""
    log = lambda at, channel="phone", **kw: interactions.log_interaction(  # noqa: E731
        owner, channel=channel, person_id=person_id, occurred_at=at, **kw)
    log(local(dt.date(2026, 3, 22), 23, 50))  # Sunday before the window
    log(local(dt.date(2026, 3, 23), 0, 10))  # Monday 00:10 winter time: first week
    log(local(dt.date(2026, 3, 29), 23, 30), "email")  # Sunday 23:30 summer time: first week
    log(local(dt.date(2026, 3, 30), 0, 30))  # Monday 00:30: second week
    log(local(dt.date(2026, 3, 31), 11, 0), "email")  # today: second week
    log(local(dt.date(2026, 4, 1), 9, 0))  # tomorrow: not counted
    data = dashboard.interactions_per_week(weeks=2, now=NOW)
    assert data.weeks == (dt.date(2026, 3, 23), dt.date(2026, 3, 30))
    assert data.counts["phone"] == (1, 1) and data.counts["email"] == (1, 1) and data.counts["visit"] == (0, 0)
    assert [e.code for e in data.channels][:2] == ["phone", "email"]


def test_outcomes_per_channel_and_totals(any_db, owner, person_id):
    """Chosen outcomes are counted per channel; totals count every interaction of the channel."""
    for channel, outcome in [("phone", "not_reached"), ("phone", "not_reached"), ("phone", "appointment"),
                             ("phone", None), ("whatsapp", "order"), ("email", "reached")]:
        interactions.log_interaction(owner, channel=channel, person_id=person_id, outcome=outcome,
                                     occurred_at=NOW - dt.timedelta(days=3))
    data = dashboard.outcomes_per_channel(weeks=4, now=NOW)
    assert [o.code for o in data.outcomes] == ["appointment", "order", "complaint", "not_reached"]
    assert data.counts == {("phone", "not_reached"): 2, ("phone", "appointment"): 1, ("whatsapp", "order"): 1}
    assert data.totals["phone"] == 4 and data.totals["email"] == 1 and data.totals["visit"] == 0


# --- share within cadence ---------------------------------------------------------------------

def direct_shares(week_ends, settings: cadence.CadenceSettings) -> list[float | None]:
    """cadence.within_cadence_share at each week end, from every person's full history."""
    channels = dict(Channel.select(Channel.id, Channel.code).tuples())
    outcomes = dict(Outcome.select(Outcome.id, Outcome.code).tuples())
    contacts_of: dict[int, list[dt.datetime]] = defaultdict(list)
    for pid, at, cid, direction, oid in Interaction.select(
            Interaction.person, Interaction.occurred_at, Interaction.channel, Interaction.direction,
            Interaction.outcome).where(Interaction.person.is_null(False)).tuples():
        if cadence.counts_as_contact(channels[cid], direction, outcomes.get(oid), settings.contact_rule):
            contacts_of[pid].append(at)
    people = list(Person.select(Person.id, Person.cadence_interval, Person.created_at)
                  .where(Person.next_due_at.is_null(False)).tuples())
    shares = []
    for end in week_ends:
        rows = []
        for pid, interval, created in people:
            if cadence.local_date(created, TZ) > end:
                continue
            before = [at for at in contacts_of[pid] if cadence.local_date(at, TZ) <= end]
            rows.append((max(before) if before else created, interval, False))
        shares.append(cadence.within_cadence_share(rows, at=end, tz=TZ))
    return shares


def test_share_within_cadence_matches_the_domain_rule(any_db, owner):
    """With every person in the sample, each week's share equals within_cadence_share computed directly."""
    demo.generate(persons=250, interactions=3000, seed=5, actor=owner, now=NOW)
    result = dashboard.cadence_share(weeks=8, now=NOW, sample=10_000)
    assert result.sampled == result.population > 0
    assert result.week_ends[-1] == cadence.local_date(NOW, TZ)
    expected = direct_shares(result.week_ends, derived.load_cadence_settings())
    assert result.shares == pytest.approx(expected)


def test_share_from_a_sample_stays_close(any_db, owner):
    """A sample of about half the persons gives shares within a few points of the full computation."""
    demo.generate(persons=400, interactions=4000, seed=8, actor=owner, now=NOW)
    full = dashboard.cadence_share(weeks=4, now=NOW, sample=10_000)
    part = dashboard.cadence_share(weeks=4, now=NOW, sample=full.population // 2)
    assert part.population == full.population and part.sampled < full.population
    assert all(abs(a - b) < 0.12 for a, b in zip(part.shares, full.shares, strict=True))


def test_empty_database_gives_empty_dashboard(any_db, owner):
    """No persons and no interactions: zero counts and no share, nothing fails."""
    assert not any(any(v) for v in dashboard.interactions_per_week(now=NOW).counts.values())
    assert dashboard.outcomes_per_channel(now=NOW).counts == {}
    share = dashboard.cadence_share(now=NOW)
    assert share.sampled == 0 and set(share.shares) == {None}


# --- Today ------------------------------------------------------------------------------------

def test_today_summary_for_an_owner_of_persons(any_db, owner, staff, person_id):
    """My overdue persons, my follow-ups due, birthdays of my persons and the team's counts."""
    contacts.update_person(owner, person_id, None, {"owner": staff.id})
    interactions.log_interaction(owner, channel="phone", person_id=person_id, occurred_at=NOW - dt.timedelta(days=80))
    birthday = cadence.local_date(NOW, TZ) + dt.timedelta(days=2)
    contacts.update_person(owner, person_id, None, {"birthday": birthday.replace(year=1975)})
    interactions.create_follow_up(owner, due_at=NOW - dt.timedelta(days=1), person_id=person_id,
                                  assignee_id=staff.id, note="überfällig")
    summary = dashboard.today_summary(staff.id, now=NOW)
    assert summary.mine and [r.person_id for r in summary.persons] == [person_id]
    assert summary.persons[0].state == "overdue" and summary.persons_overdue == 1
    assert [f.note for f in summary.follow_ups] == ["überfällig"]
    assert [(b.person_id, b.on, b.age) for b in summary.birthdays] == [(person_id, birthday, 51)]
    team = {m.name: m for m in summary.team}
    assert team[staff.name].persons_overdue == 1 and team[staff.name].follow_ups_overdue == 1
    assert team[owner.name].persons_waiting == 0


def test_today_summary_falls_back_to_everyone_for_a_user_without_persons(any_db, owner, person_id):
    """A one-person business owns nothing explicitly: Today shows everyone's persons."""
    summary = dashboard.today_summary(owner.id, now=utcnow() + dt.timedelta(days=100))
    assert not summary.mine and [r.person_id for r in summary.persons] == [person_id]
