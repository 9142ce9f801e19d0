"""Tests for the keep-in-touch rules in crmdesk.domain.cadence (issue #6): no Qt, no database."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.cadence import (
    NO_CADENCE, CadenceSettings, ContactRule, DueEntry, DueState, counts_as_contact,
    days_overdue, due_state, from_local, interval_source, is_paused, is_snoozed, latest_contact,
    local_date, next_due, next_follow_up_due, overdue_score, rank_due, resolve_interval,
    status_paused, upcoming_birthdays, utc_naive, within_cadence_share)

VIENNA = "Europe/Vienna"
DEFAULTS = CadenceSettings()
P = pytest.param
LAST = datetime(2026, 1, 1, 12, 0)  # naive UTC, 13:00 in Vienna
CREATED = datetime(2025, 6, 1, 9, 0)


def due_for(interval: int | None = 30) -> datetime | None:
    """next_due of a person last contacted at LAST."""
    return next_due(last_contact=LAST, created_at=CREATED, interval_days=interval)


def day(n: int) -> date:
    """Local date n days after LAST."""
    return date(2026, 1, 1) + timedelta(days=n)


# --- inheritance ---------------------------------------------------------------------------

@pytest.mark.parametrize("person, company, tags, category, settings, expected", [
    P(14, 60, [7], "A", DEFAULTS, 14, id="person override beats every other level"),
    P(NO_CADENCE, 60, [7], "A", DEFAULTS, None, id="person 'no cadence' beats company and tags"),
    P(None, 60, [7], "A", DEFAULTS, 60, id="company override beats tags and category"),
    P(None, NO_CADENCE, [7], "A", DEFAULTS, None, id="company 'no cadence' stops inheritance"),
    P(None, None, [7], "C", DEFAULTS, 7, id="tag override beats the category default"),
    P(None, None, [60, 14, None, 45], "A", DEFAULTS, 14, id="several tags: the shortest wins"),
    P(None, None, [NO_CADENCE, 45], "A", DEFAULTS, 45,
      id="a tag cadence beats a tag's 'no cadence' (shortest = finite)"),
    P(None, None, [NO_CADENCE], "A", DEFAULTS, None, id="only 'no cadence' tags stop inheritance"),
    P(None, None, [None, None], "A", DEFAULTS, 30, id="tags without cadence fall through to A"),
    P(None, None, [], "B", DEFAULTS, 90, id="category B default is 90 days"),
    P(None, None, (), "C", DEFAULTS, 180, id="category C default is 180 days"),
    P(None, None, [], "A", CadenceSettings(category_days={"A": 14}), 14,
      id="edited category default is used"),
    P(None, None, [], "C", CadenceSettings(category_days={"C": NO_CADENCE}), None,
      id="category set to 'no cadence' does not fall to the global default"),
    P(None, None, [], None, DEFAULTS, None, id="no company/category and no global default"),
    P(None, None, [], None, CadenceSettings(default_days=60), 60, id="global default applies"),
    P(None, None, [], "Z", CadenceSettings(default_days=60), 60,
      id="unknown category falls to the global default"),
    P(None, None, [], None, CadenceSettings(default_days=NO_CADENCE), None,
      id="global default 0 means no cadence"),
])
def test_resolve_interval(person, company, tags, category, settings, expected):
    """Each level overrides the ones below it; NO_CADENCE at a level means no cadence."""
    assert resolve_interval(person_days=person, company_days=company, tag_days=tags,
                            category=category, settings=settings) == expected


@pytest.mark.parametrize("person, company, tags, category, expected", [
    P(10, None, [], "A", ("person", 10), id="person level reported"),
    P(None, 20, [], "A", ("company", 20), id="company level reported"),
    P(None, None, [NO_CADENCE], "A", ("tag", None), id="tag 'no cadence' reported as tag"),
    P(None, None, [], "B", ("category", 90), id="category level reported"),
    P(None, None, [], None, ("default", None), id="global default reported"),
])
def test_interval_source(person, company, tags, category, expected):
    """The UI can say where an interval was inherited from."""
    assert interval_source(person_days=person, company_days=company, tag_days=tags,
                           category=category, settings=DEFAULTS) == expected


@pytest.mark.parametrize("kwargs", [
    P(dict(person_days=-1, company_days=None, tag_days=[]), id="negative person interval"),
    P(dict(person_days=None, company_days=None, tag_days=[30, -5]), id="negative tag interval"),
])
def test_resolve_interval_rejects_negative(kwargs):
    """Negative intervals are data errors, not 'no cadence'."""
    with pytest.raises(ValueError):
        resolve_interval(category="A", settings=DEFAULTS, **kwargs)


# --- thresholds ----------------------------------------------------------------------------

@pytest.mark.parametrize("now, interval, factor, expected", [
    P(day(29), 30, 1.5, "ok", id="day before the interval is ok"),
    P(day(30), 30, 1.5, "due", id="exactly at the interval is due"),
    P(day(44), 30, 1.5, "due", id="just below 1.5x is still only due"),
    P(day(45), 30, 1.5, "overdue", id="exactly at 1.5x is overdue"),
    P(day(45), 30, 2.0, "due", id="factor 2: 1.5x is only due"),
    P(day(60), 30, 2.0, "overdue", id="factor 2: overdue at 2x"),
    P(day(30), 30, 1.0, "overdue", id="factor 1: due and overdue coincide"),
    P(day(10), 7, 1.5, "due", id="7 days x 1.5 = 10.5: day 10 is due"),
    P(day(11), 7, 1.5, "overdue", id="10.5 rounds up: overdue from day 11"),
    P(day(32), 30, 1.1, "due", id="factor 1.1: day 32 still due"),
    P(day(33), 30, 1.1, "overdue", id="factor 1.1 x 30 = 33 despite float error"),
    P(datetime(2026, 1, 30, 23, 30), 30, 1.5, "due",
      id="00:30 local on the due day is due although UTC is the day before"),
    P(datetime(2026, 1, 30, 22, 30), 30, 1.5, "ok", id="23:30 local the day before is ok"),
    P(day(400), None, 1.5, "none", id="no cadence is never due"),
    P(day(400), NO_CADENCE, 1.5, "none", id="NO_CADENCE is never due"),
])
def test_due_state_thresholds(now, interval, factor, expected):
    """Due at the interval, overdue at factor x interval, whole local days."""
    assert due_state(due_for(interval), interval, now=now, overdue_factor=factor) == expected


def test_due_state_without_next_due():
    """A paused person (next_due None) has state 'none'."""
    assert due_state(None, 30, now=day(100)) is DueState.NONE


def test_due_state_rejects_factor_below_one():
    """Overdue before due makes no sense."""
    with pytest.raises(ValueError):
        due_state(due_for(), 30, now=day(40), overdue_factor=0.9)


# --- pauses --------------------------------------------------------------------------------

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize("person, dnc, company, snooze, expected", [
    P("active", False, "customer", None, False, id="active person at a customer is not paused"),
    P(None, False, None, None, False, id="no status at all is not paused"),
    P("inactive", False, "customer", None, True, id="inactive person is paused"),
    P("left", False, "customer", None, True, id="person who left the company is paused"),
    P("deceased", False, None, None, True, id="deceased person is paused"),
    P("active", True, "customer", None, True, id="do not contact pauses"),
    P("active", False, "former", None, True, id="former customer pauses"),
    P("active", False, None, date(2026, 3, 11), True, id="snooze ending tomorrow still pauses"),
    P("active", False, None, date(2026, 3, 10), False, id="snooze ends on its end date"),
    P("active", False, None, date(2026, 3, 1), False, id="expired snooze does not pause"),
    P("active", False, None, datetime(2026, 3, 10, 23, 30), True,
      id="snooze until a timestamp uses its local date (Mar 11 00:30)"),
])
def test_is_paused(person, dnc, company, snooze, expected):
    """Status, do-not-contact, former customers and running snoozes pause the cadence."""
    assert is_paused(person_status=person, do_not_contact=dnc, company_status=company,
                     snoozed_until=snooze, today=TODAY) is expected


def test_status_paused_ignores_snooze():
    """status_paused is time-independent, so it is safe for the stored next_due_at."""
    assert not status_paused(person_status="active", do_not_contact=False, company_status=None)
    assert not is_snoozed(None, today=TODAY)


@pytest.mark.parametrize("interval, paused, snooze, expected", [
    P(30, False, None, datetime(2026, 1, 31, 12), id="last + interval"),
    P(30, True, None, None, id="paused for status: no due date"),
    P(None, False, None, None, id="no cadence: no due date"),
    P(NO_CADENCE, False, None, None, id="explicit no cadence: no due date"),
    P(30, False, date(2026, 1, 20), datetime(2026, 1, 31, 12), id="snooze ending before due"),
    P(30, False, date(2026, 2, 10), datetime(2026, 2, 9, 23),
      id="snooze ending after due: due at local midnight of the end date"),
    P(30, False, datetime(2026, 2, 10, 7), datetime(2026, 2, 10, 7), id="snooze to an instant"),
])
def test_next_due(interval, paused, snooze, expected):
    """The stored next_due_at: last + interval, None when paused, pushed out by a snooze."""
    assert next_due(last_contact=LAST, created_at=CREATED, interval_days=interval,
                    paused=paused, snoozed_until=snooze) == expected


@pytest.mark.parametrize("last, created, expected", [
    P(None, datetime(2026, 2, 1, 9), datetime(2026, 3, 3, 9), id="never contacted: from creation"),
    P(datetime(2024, 1, 1, 9), datetime(2026, 2, 1, 9), datetime(2024, 1, 31, 9),
      id="imported older contact still counts (due at once)"),
])
def test_never_contacted(last, created, expected):
    """Never-contacted persons count from created_at."""
    assert next_due(last_contact=last, created_at=created, interval_days=30) == expected


def test_snoozed_person_becomes_due_on_snooze_end():
    """After the snooze ends the stored due date makes the person due; no recompute needed."""
    due = next_due(last_contact=LAST, created_at=CREATED, interval_days=30,
                   snoozed_until=date(2026, 3, 1))
    assert due_state(due, 30, now=date(2026, 2, 28)) == "ok"
    assert due_state(due, 30, now=date(2026, 3, 1)) == "due"


# --- no pile-up, scores, ranking -----------------------------------------------------------

def test_no_pile_up():
    """A person 5 intervals past the last contact is one entry with one score."""
    due = due_for()
    now = day(150)
    rows = [("p1", due, 30, "B")]
    assert rank_due(rows, now=now, settings=DEFAULTS) == [
        DueEntry("p1", DueState.OVERDUE, 120, 4.0)]
    assert days_overdue(due, now=now) == 120
    assert overdue_score(due, 30, now=now) == 4.0


@pytest.mark.parametrize("now, interval, category, settings, expected", [
    P(day(30), 30, "B", DEFAULTS, 0.0, id="on the due day the score is 0"),
    P(day(10), 30, "B", DEFAULTS, 0.0, id="before the due day the score is clipped to 0"),
    P(day(45), 30, "B", DEFAULTS, 0.5, id="B: 15 days late / 30 = 0.5"),
    P(day(45), 30, "A", DEFAULTS, 0.75, id="A weight 1.5"),
    P(day(45), 30, "C", DEFAULTS, 0.375, id="C weight 0.75"),
    P(day(45), 30, None, DEFAULTS, 0.5, id="no category weight 1.0"),
    P(day(45), 30, "Z", DEFAULTS, 0.5, id="unknown category gets the default weight"),
    P(day(45), 30, "A", CadenceSettings(category_weights={"A": 2.0}), 1.0, id="edited weight"),
    P(day(20), 10, "B", DEFAULTS, 1.0, id="short cadence: 10 days late / 10 = 1.0"),
    P(day(110), 100, "B", DEFAULTS, 0.1, id="long cadence: 10 days late / 100 = 0.1"),
    P(day(400), None, "A", DEFAULTS, 0.0, id="no cadence scores 0"),
])
def test_overdue_score(now, interval, category, settings, expected):
    """score = max(now - last - interval, 0) / interval x category weight."""
    score = overdue_score(due_for(interval), interval, now=now,
                          weight=settings.weight_for(category))
    assert score == pytest.approx(expected)


def test_rank_due_orders_and_filters():
    """Only due/overdue persons are listed, best score first, ties in input order."""
    rows = [("ok", due_for(90), 90, "A"), ("none", None, None, "A"),
            ("long", due_for(40), 40, "B"), ("short", due_for(10), 10, "B"),
            ("tie", due_for(10), 10, None), ("due_today", due_for(50), 50, "A")]
    ranked = rank_due(rows, now=day(50), settings=DEFAULTS)
    assert [e.key for e in ranked] == ["short", "tie", "long", "due_today"]
    assert [e.state for e in ranked] == ["overdue", "overdue", "due", "due"]


def test_overdue_score_rejects_negative_weight():
    """A negative weight would break 'score >= 0'."""
    with pytest.raises(ValueError):
        overdue_score(due_for(), 30, now=day(40), weight=-1)


# --- what counts as contact ----------------------------------------------------------------

@pytest.mark.parametrize("channel, direction, outcome, rule, expected", [
    P("phone", "out", "answered", ContactRule(), True, id="outbound answered call counts"),
    P("email", "in", None, ContactRule(), True, id="default: inbound counts too"),
    P("phone", "out", "not_reached", ContactRule(), False, id="default: not reached excluded"),
    P("visit", None, None, ContactRule(), True, id="default: undirected visit counts"),
    P("letter", "out", None, ContactRule(), True, id="default: every channel counts"),
    P("letter", "out", None, ContactRule(excluded_channels=frozenset({"letter"})), False,
      id="excluded channel does not count"),
    P("phone", "out", None, ContactRule(excluded_channels=frozenset({"letter"})), True,
      id="other channels still count"),
    P("email", "in", None, ContactRule(directions=frozenset({"out"})), False,
      id="outbound-only rule ignores inbound"),
    P("email", "out", None, ContactRule(directions=frozenset({"out"})), True,
      id="outbound-only rule counts outbound"),
    P("visit", None, None, ContactRule(count_undirected=False), False,
      id="undirected can be switched off"),
    P("phone", "out", "not_reached", ContactRule(excluded_outcomes=frozenset()), True,
      id="no excluded outcomes: not reached counts"),
    P("phone", "out", "left_message",
      ContactRule(excluded_outcomes=frozenset({"not_reached", "left_message"})), False,
      id="custom excluded outcome"),
])
def test_counts_as_contact(channel, direction, outcome, rule, expected):
    """Channels, directions and outcomes decide whether an interaction resets the cadence."""
    assert counts_as_contact(channel, direction, outcome, rule) is expected


def test_counts_as_contact_default_rule():
    """The rule argument defaults to the documented default rule."""
    assert counts_as_contact("phone", "in", "answered")
    assert not counts_as_contact("phone", "in", "not_reached")


def test_latest_contact_skips_non_contacts():
    """last_contact_at is the newest counting interaction, e.g. after a delete."""
    rows = [(datetime(2026, 1, 1), "phone", "out", "answered"),
            (datetime(2026, 2, 1), "phone", "out", "not_reached"),
            (datetime(2026, 1, 15), "email", "in", None)]
    assert latest_contact(rows) == datetime(2026, 1, 15)
    assert latest_contact(rows[1:2]) is None


# --- time zones and DST --------------------------------------------------------------------

@pytest.mark.parametrize("utc, expected", [
    P(datetime(2026, 1, 15, 23, 30), date(2026, 1, 16), id="winter: 00:30 CET is the next day"),
    P(datetime(2026, 3, 28, 22, 30), date(2026, 3, 28), id="23:30 CET before spring-forward"),
    P(datetime(2026, 3, 29, 21, 30), date(2026, 3, 29), id="23:30 CEST on spring-forward day"),
    P(datetime(2026, 3, 29, 22, 30), date(2026, 3, 30),
      id="00:30 CEST after spring-forward (fixed +1h would say Mar 29)"),
    P(datetime(2026, 10, 24, 22, 30), date(2026, 10, 25), id="00:30 CEST on fall-back day"),
    P(datetime(2026, 10, 25, 0, 30), date(2026, 10, 25), id="first 02:30 on fall-back day"),
    P(datetime(2026, 10, 25, 1, 30), date(2026, 10, 25), id="second 02:30 on fall-back day"),
    P(datetime(2026, 10, 25, 22, 30), date(2026, 10, 25), id="23:30 CET on fall-back day"),
    P(datetime(2026, 10, 25, 22, 30, tzinfo=UTC), date(2026, 10, 25),
      id="aware input is converted too"),
])
def test_local_date_vienna(utc, expected):
    """Stored UTC timestamps map to the right Vienna calendar date around DST changes."""
    assert local_date(utc, VIENNA) == expected


@pytest.mark.parametrize("local, expected", [
    P(datetime(2026, 3, 29, 23, 30), datetime(2026, 3, 29, 21, 30),
      id="23:30 local on spring-forward day is 21:30 UTC"),
    P(datetime(2026, 10, 25, 23, 30), datetime(2026, 10, 25, 22, 30),
      id="23:30 local on fall-back day is 22:30 UTC"),
    P(datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 0, 30),
      id="ambiguous 02:30, fold 0 = first (CEST)"),
    P(datetime(2026, 10, 25, 2, 30, fold=1), datetime(2026, 10, 25, 1, 30),
      id="ambiguous 02:30, fold 1 = second (CET)"),
    P(datetime(2026, 3, 29, 2, 30), datetime(2026, 3, 29, 1, 30),
      id="non-existent 02:30 moves forward to 03:30 CEST"),
])
def test_from_local_vienna(local, expected):
    """Local wall-clock times convert to naive UTC for storage."""
    assert from_local(local, VIENNA) == expected


def test_utc_naive():
    """Aware datetimes convert to naive UTC; naive input is refused as ambiguous."""
    aware = datetime(2026, 3, 29, 23, 30, tzinfo=ZoneInfo(VIENNA))
    assert utc_naive(aware) == datetime(2026, 3, 29, 21, 30)
    with pytest.raises(ValueError):
        utc_naive(datetime(2026, 3, 29, 23, 30))


@pytest.mark.parametrize("last, interval, expected", [
    P(datetime(2026, 3, 1, 22, 30), 30, datetime(2026, 3, 31, 21, 30),
      id="23:30 CET + 30 days = 23:30 CEST Mar 31 (plain UTC math: Apr 1 local)"),
    P(datetime(2026, 10, 9, 22, 30), 30, datetime(2026, 11, 8, 23, 30),
      id="00:30 CEST Oct 10 + 30 days = 00:30 CET Nov 9 (plain UTC math: Nov 8 local)"),
    P(datetime(2026, 3, 29, 21, 30), 1, datetime(2026, 3, 30, 21, 30),
      id="contact 23:30 local on spring-forward day counts for Mar 29"),
    P(datetime(2026, 10, 25, 22, 30), 1, datetime(2026, 10, 26, 22, 30),
      id="contact 23:30 local on fall-back day counts for Oct 25"),
    P(datetime(2026, 2, 28, 1, 30), 29, datetime(2026, 3, 29, 1, 30),
      id="due time inside the spring-forward gap keeps its date"),
])
def test_next_due_across_dst(last, interval, expected):
    """Intervals are local calendar days, so DST never shifts the due date."""
    assert next_due(last_contact=last, created_at=CREATED, interval_days=interval,
                    tz=VIENNA) == expected


@pytest.mark.parametrize("now, expected", [
    P(datetime(2026, 3, 29, 21, 59), "ok", id="23:59 CEST on the contact day: ok"),
    P(datetime(2026, 3, 29, 22, 0), "due", id="00:00 CEST next day: due though UTC is Mar 29"),
    P(date(2026, 3, 30), "due", id="a local date works as 'now'"),
])
def test_due_state_at_local_midnight_after_dst(now, expected):
    """A 1-day cadence logged 23:30 local on the DST day is due from local midnight."""
    due = next_due(last_contact=datetime(2026, 3, 29, 21, 30), created_at=CREATED,
                   interval_days=1, tz=VIENNA)
    assert due_state(due, 1, now=now, tz=VIENNA) == expected


# --- follow-up repeats ---------------------------------------------------------------------

@pytest.mark.parametrize("completed, repeat, original, expected", [
    P(datetime(2026, 3, 10, 14, 40), 7, datetime(2026, 3, 9, 8), datetime(2026, 3, 17, 8),
      id="from completion, keeping 09:00 local of the original due"),
    P(datetime(2026, 3, 25, 14, 40), 7, datetime(2026, 3, 20, 8), datetime(2026, 4, 1, 7),
      id="keeps 09:00 local across spring-forward (07:00 UTC)"),
    P(datetime(2026, 10, 20, 14, 40), 7, datetime(2026, 10, 19, 7), datetime(2026, 10, 27, 8),
      id="keeps 09:00 local across fall-back (08:00 UTC)"),
    P(datetime(2026, 3, 5, 10), 7, datetime(2026, 3, 9, 8), datetime(2026, 3, 12, 8),
      id="early completion counts from completion, not the old due"),
    P(datetime(2026, 3, 10, 22, 30), 1, datetime(2026, 3, 9, 8), datetime(2026, 3, 11, 8),
      id="completed 23:30 local counts for Mar 10"),
    P(datetime(2026, 3, 10, 23, 30), 1, datetime(2026, 3, 9, 8), datetime(2026, 3, 12, 8),
      id="completed 00:30 local counts for Mar 11"),
    P(datetime(2026, 3, 10, 14, 40), 7, None, datetime(2026, 3, 17, 14, 40),
      id="without an original due the completion time of day is kept"),
    P(datetime(2026, 3, 10, 14, 40), 7, date(2026, 3, 9), date(2026, 3, 17),
      id="all-day follow-up stays a date"),
])
def test_next_follow_up_due(completed, repeat, original, expected):
    """'Every N days from completion' keeps the original local time of day."""
    assert next_follow_up_due(completed, repeat, original_due=original, tz=VIENNA) == expected


def test_next_follow_up_due_rejects_zero():
    """A repeat of 0 days would loop forever."""
    with pytest.raises(ValueError):
        next_follow_up_due(datetime(2026, 3, 10), 0)


# --- birthdays -----------------------------------------------------------------------------

@pytest.mark.parametrize("today, born, days, mar1, expected", [
    P(date(2026, 3, 10), date(1980, 3, 10), 7, False, (date(2026, 3, 10), 46),
      id="birthday today is included"),
    P(date(2026, 3, 10), date(1980, 3, 16), 7, False, (date(2026, 3, 16), 46),
      id="last day of the 7-day window"),
    P(date(2026, 3, 10), date(1980, 3, 17), 7, False, None, id="day 8 is outside"),
    P(date(2026, 3, 10), date(1980, 3, 9), 7, False, None, id="yesterday: next year's is far"),
    P(date(2026, 12, 28), date(1990, 1, 3), 7, False, (date(2027, 1, 3), 37),
      id="year wrap Dec 28 -> Jan 3, age of next year"),
    P(date(2026, 12, 28), date(1990, 12, 31), 7, False, (date(2026, 12, 31), 36),
      id="Dec 31 before the wrap"),
    P(date(2027, 2, 25), date(2000, 2, 29), 7, False, (date(2027, 2, 28), 27),
      id="Feb 29 on Feb 28 in a non-leap year"),
    P(date(2027, 2, 25), date(2000, 2, 29), 7, True, (date(2027, 3, 1), 27),
      id="Feb 29 on Mar 1 when asked"),
    P(date(2028, 2, 25), date(2000, 2, 29), 7, False, (date(2028, 2, 29), 28),
      id="leap year keeps Feb 29"),
    P(date(2027, 3, 1), date(2000, 2, 29), 7, False, None, id="Feb 28 already passed"),
    P(date(2027, 3, 1), date(2000, 2, 29), 7, True, (date(2027, 3, 1), 27),
      id="Mar 1 rule: today"),
    P(date(2026, 3, 10), date(2026, 3, 12), 7, False, None, id="future birth date skipped"),
    P(date(2026, 3, 10), None, 7, False, None, id="missing birthday skipped"),
    P(date(2026, 3, 10), date(1980, 3, 10), 0, False, None, id="zero-day window is empty"),
])
def test_upcoming_birthdays(today, born, days, mar1, expected):
    """Birthdays from today through today + days - 1, with age turned."""
    found = upcoming_birthdays([("k", born)], today=today, days=days, feb29_as_mar1=mar1)
    assert found == ([] if expected is None else [("k", *expected)])


def test_upcoming_birthdays_sorted():
    """Sorted by date across the year wrap; same date keeps input order."""
    rows = [("jan", date(1990, 1, 2)), ("dec", date(1985, 12, 30)), ("jan2", date(2001, 1, 2))]
    found = upcoming_birthdays(rows, today=date(2026, 12, 28))
    assert [key for key, _, _ in found] == ["dec", "jan", "jan2"]


# --- dashboard share -----------------------------------------------------------------------

AT = date(2026, 3, 1)


@pytest.mark.parametrize("persons, expected", [
    P([(datetime(2026, 2, 15, 12), 30, False), (datetime(2026, 1, 1, 12), 30, False)], 0.5,
      id="one within, one past due"),
    P([(datetime(2026, 1, 30, 12), 30, False)], 1.0, id="due today still counts as within"),
    P([(datetime(2026, 1, 29, 12), 30, False)], 0.0, id="one day past due is outside"),
    P([(datetime(2026, 2, 15, 12), 30, False), (datetime(2020, 1, 1), 30, True)], 1.0,
      id="paused persons are left out"),
    P([(datetime(2026, 2, 15, 12), 30, False), (datetime(2020, 1, 1), None, False),
       (datetime(2020, 1, 1), NO_CADENCE, False)], 1.0, id="no-cadence persons are left out"),
    P([(datetime(2026, 2, 15, 12), 30, False), (None, 30, False)], 0.5,
      id="never contacted counts as outside"),
    P([(datetime(2026, 1, 30, 23, 30), 30, False)], 1.0,
      id="00:30 local Jan 31 contact: local date decides"),
    P([], None, id="nobody: no share"),
    P([(datetime(2020, 1, 1), 30, True)], None, id="everybody paused: no share"),
])
def test_within_cadence_share(persons, expected):
    """Share of active-cadence persons not past their due date."""
    assert within_cadence_share(persons, at=AT) == expected


# --- settings ------------------------------------------------------------------------------

def test_settings_round_trip_through_json():
    """to_mapping is JSON-serialisable and from_mapping reads it back unchanged."""
    settings = CadenceSettings(default_days=120, overdue_factor=2.0, contact_rule=ContactRule(
        directions=frozenset({"out"}), excluded_channels=frozenset({"letter"})))
    data = json.loads(json.dumps(settings.to_mapping()))
    assert CadenceSettings.from_mapping(data) == settings


def test_settings_from_mapping_ignores_unknown_and_merges():
    """Unknown keys are ignored; partial category maps keep the other defaults."""
    settings = CadenceSettings.from_mapping({
        "category_days": {"A": 14}, "category_weights": {"C": 0.5}, "colour": "red",
        "contact_rule": {"excluded_outcomes": ["not_reached", "busy"], "extra": 1}})
    assert dict(settings.category_days) == {"A": 14, "B": 90, "C": 180}
    assert dict(settings.category_weights) == {"A": 1.5, "B": 1.0, "C": 0.5}
    assert settings.contact_rule.excluded_outcomes == {"not_reached", "busy"}
    assert settings.overdue_factor == 1.5 and settings.default_days is None


@pytest.mark.parametrize("data", [
    P({"overdue_factor": 0.9}, id="factor below 1"),
    P({"category_days": {"A": -1}}, id="negative category interval"),
    P({"default_days": -30}, id="negative global default"),
    P({"category_weights": {"A": -1}}, id="negative weight"),
    P({"time_zone": "Mars/Olympus"}, id="unknown time zone"),
])
def test_settings_reject_invalid(data):
    """Invalid stored settings fail loudly instead of producing odd due dates."""
    with pytest.raises(ValueError):
        CadenceSettings.from_mapping(data)


# --- properties ----------------------------------------------------------------------------

STAMPS = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 1, 1))
INTERVALS = st.one_of(st.none(), st.just(NO_CADENCE), st.integers(1, 3650))
ZONES = st.sampled_from([VIENNA, "Europe/Berlin", "Europe/Zurich", "UTC", "America/New_York"])


@given(last=st.one_of(st.none(), STAMPS), created=STAMPS, interval=INTERVALS, now=STAMPS,
       factor=st.floats(1.0, 4.0), weight=st.floats(0.0, 3.0), paused=st.booleans(),
       snooze=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2060, 1, 1))), tz=ZONES)
def test_property_state_and_score_consistent(last, created, interval, now, factor, weight,
                                             paused, snooze, tz):
    """Never crashes; score >= 0; score > 0 implies due or overdue; ok implies score 0."""
    due = next_due(last_contact=last, created_at=created, interval_days=interval,
                   paused=paused, snoozed_until=snooze, tz=tz)
    state = due_state(due, interval, now=now, overdue_factor=factor, tz=tz)
    score = overdue_score(due, interval, now=now, weight=weight, tz=tz)
    assert score >= 0 and days_overdue(due, now=now, tz=tz) >= 0
    assert (state == "none") == (due is None)
    if score > 0:
        assert state in ("due", "overdue")
    if state == "ok":
        assert score == 0


@given(last=STAMPS, interval=st.integers(1, 3650),
       tz=st.sampled_from([VIENNA, "Europe/Berlin", "Europe/Zurich"]))
def test_property_due_date_is_local_date_plus_interval(last, interval, tz):
    """In DACH zones the local due date is always the local contact date + interval."""
    due = next_due(last_contact=last, created_at=last, interval_days=interval, tz=tz)
    assert local_date(due, tz) == local_date(last, tz) + timedelta(days=interval)
