"""Keep-in-touch rules (issue #6): contact intervals, due states, ranking, follow-ups, birthdays.

Pure standard-library functions over plain values (house style R3): no Qt, no database, and
"today"/"now" are always passed in, so every result is deterministic.

Time model
    Timestamps are naive UTC datetimes, as stored in the database (aware datetimes are accepted
    and converted). Due and overdue work at *day granularity in a local time zone* (IANA name,
    default ``Europe/Vienna``; Germany and Switzerland follow the same DST rules). Adding an
    interval adds local calendar days and keeps the local wall-clock time, so a DST change never
    moves a due date by a day.

Rules
    * Interval: person override > company override > tag overrides (the shortest wins) >
      company category default > global default. ``None`` means "not set, inherit";
      ``NO_CADENCE`` (0) means "explicitly no cadence" and stops the inheritance.
    * ``next_due`` = last contact (or ``created_at`` if never contacted) + interval; one value
      per person, so missed periods never pile up. A snooze moves it to the snooze end.
    * Due from the due date on; overdue from ``overdue_factor`` x interval after the last contact
      (rounded up to whole days).
    * Score = whole days past the due date / interval x category weight.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

K = TypeVar("K")

NO_CADENCE = 0
"""An override value meaning "explicitly no cadence" (``None`` means "not set, inherit")."""
DEFAULT_TZ = "Europe/Vienna"
INBOUND = "in"
OUTBOUND = "out"
OUTCOME_NOT_REACHED = "not_reached"
PAUSED_PERSON_STATUSES = frozenset({"inactive", "left", "deceased"})
PAUSED_COMPANY_STATUSES = frozenset({"former"})
DEFAULT_CATEGORY_DAYS: Mapping[str, int] = MappingProxyType({"A": 30, "B": 90, "C": 180})
DEFAULT_CATEGORY_WEIGHTS: Mapping[str, float] = MappingProxyType({"A": 1.5, "B": 1.0, "C": 0.75})


class DueState(StrEnum):
    """Keep-in-touch state of one person; members compare equal to their string codes."""

    OK = "ok"
    DUE = "due"
    OVERDUE = "overdue"
    NONE = "none"  # no cadence, or paused for status


_RULE_SETS = ("excluded_channels", "excluded_outcomes", "directions")


@dataclass(frozen=True)
class ContactRule:
    """Which logged interactions count as a contact. ``direction=None`` (e.g. a visit) counts
    when ``count_undirected`` is set; ``outcome=None`` (not recorded) is never excluded."""

    excluded_channels: frozenset[str] = frozenset()
    excluded_outcomes: frozenset[str] = frozenset({OUTCOME_NOT_REACHED})
    directions: frozenset[str] = frozenset({INBOUND, OUTBOUND})
    count_undirected: bool = True

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ContactRule:
        """Build from a stored mapping (lists for the sets); unknown keys are ignored."""
        kwargs: dict[str, Any] = {k: _code_set(data[k]) for k in _RULE_SETS if k in data}
        if "count_undirected" in data:
            kwargs["count_undirected"] = bool(data["count_undirected"])
        return cls(**kwargs)

    def to_mapping(self) -> dict[str, Any]:
        """Return a JSON-serialisable mapping (sorted lists) that ``from_mapping`` reads back."""
        data: dict[str, Any] = {k: sorted(getattr(self, k)) for k in _RULE_SETS}
        data["count_undirected"] = self.count_undirected
        return data


def _code_set(value: Iterable[str] | str) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else value)


@dataclass(frozen=True)
class CadenceSettings:
    """Business-wide cadence configuration (stored in the database, shared by all users).

    ``time_zone`` is the zone whose calendar days the stored ``next_due_at`` is computed in.
    A category missing from ``category_weights`` (or no category) gets ``default_weight``.
    The constructor takes the category maps as given (and copies them read-only);
    ``from_mapping`` merges them over the defaults.
    """

    category_days: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_CATEGORY_DAYS))
    default_days: int | None = None
    overdue_factor: float = 1.5
    category_weights: Mapping[str, float] = field(
        default_factory=lambda: dict(DEFAULT_CATEGORY_WEIGHTS))
    default_weight: float = 1.0
    contact_rule: ContactRule = field(default_factory=ContactRule)
    time_zone: str = DEFAULT_TZ

    def __post_init__(self) -> None:
        for name in ("category_days", "category_weights"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))
        for days in (*self.category_days.values(), self.default_days):
            _as_interval(days)
        _check_factor(self.overdue_factor)
        for weight in (*self.category_weights.values(), self.default_weight):
            _check_weight(weight)
        _zone(self.time_zone)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CadenceSettings:
        """Build from a stored mapping; unknown keys are ignored and missing keys keep defaults.

        ``category_days``/``category_weights`` are merged over the defaults per category, so an
        older stored mapping keeps working; set a category to ``NO_CADENCE`` to switch it off.
        """
        kwargs: dict[str, Any] = {}
        if "category_days" in data:
            kwargs["category_days"] = {**DEFAULT_CATEGORY_DAYS,
                                       **{k: int(v) for k, v in data["category_days"].items()}}
        if "category_weights" in data:
            kwargs["category_weights"] = {
                **DEFAULT_CATEGORY_WEIGHTS,
                **{k: float(v) for k, v in data["category_weights"].items()}}
        if data.get("default_days") is not None:
            kwargs["default_days"] = int(data["default_days"])
        for name, convert in (("overdue_factor", float), ("default_weight", float),
                              ("time_zone", str)):
            if name in data:
                kwargs[name] = convert(data[name])
        if "contact_rule" in data:
            kwargs["contact_rule"] = ContactRule.from_mapping(data["contact_rule"])
        return cls(**kwargs)

    def to_mapping(self) -> dict[str, Any]:
        """Return a JSON-serialisable mapping that ``from_mapping`` reads back unchanged."""
        return {"category_days": dict(self.category_days), "default_days": self.default_days,
                "overdue_factor": self.overdue_factor,
                "category_weights": dict(self.category_weights),
                "default_weight": self.default_weight,
                "contact_rule": self.contact_rule.to_mapping(), "time_zone": self.time_zone}

    def weight_for(self, category: str | None) -> float:
        """Ranking weight of a company category (``default_weight`` when none or unknown)."""
        if category is None:
            return self.default_weight
        return self.category_weights.get(category, self.default_weight)


DEFAULT_CONTACT_RULE = ContactRule()


def _check_factor(factor: float) -> None:
    if not (1.0 <= factor < math.inf):
        raise ValueError(f"overdue_factor must be a finite number >= 1, got {factor!r}")


def _check_weight(weight: float) -> None:
    if not (0.0 <= weight < math.inf):
        raise ValueError(f"weights must be finite and >= 0, got {weight!r}")


def _as_interval(days: int | None) -> int | None:
    """Normalise a stored interval: ``None``/``NO_CADENCE`` -> None, negatives are errors."""
    if days is None or days == NO_CADENCE:
        return None
    if days < 0:
        raise ValueError(f"an interval must be >= 0 days, got {days!r}")
    return int(days)


# --- time zones ------------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _zone(tz_name: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {tz_name!r}") from exc


def utc_naive(aware_dt: datetime) -> datetime:
    """Convert an aware datetime to the naive UTC form stored in the database."""
    if aware_dt.tzinfo is None:
        raise ValueError("utc_naive() needs an aware datetime; a naive one is ambiguous")
    return aware_dt.astimezone(UTC).replace(tzinfo=None)


def to_local(utc_naive_dt: datetime, tz_name: str = DEFAULT_TZ) -> datetime:
    """Return the aware local time of a stored (naive UTC, or aware) timestamp."""
    aware = utc_naive_dt if utc_naive_dt.tzinfo else utc_naive_dt.replace(tzinfo=UTC)
    return aware.astimezone(_zone(tz_name))


def from_local(local_naive_dt: datetime, tz_name: str = DEFAULT_TZ) -> datetime:
    """Convert a local wall-clock time (e.g. typed by the user) to naive UTC for storage.

    Ambiguous times (fall-back hour) use ``fold`` (0 = first occurrence); non-existent times
    (spring-forward gap) move forward by the gap, as ``zoneinfo`` does.
    """
    return utc_naive(local_naive_dt.replace(tzinfo=_zone(tz_name)))


def local_date(utc_naive_dt: datetime, tz_name: str = DEFAULT_TZ) -> date:
    """The user's calendar date of a stored (naive UTC, or aware) timestamp."""
    return to_local(utc_naive_dt, tz_name).date()


def start_of_local_day(day: date, tz_name: str = DEFAULT_TZ) -> datetime:
    """Naive UTC instant at which local ``day`` begins."""
    return from_local(datetime.combine(day, time()), tz_name)


def _today(now: date | datetime, tz_name: str) -> date:
    """Local date of ``now``: a datetime is a timestamp, a plain date is already local."""
    return local_date(now, tz_name) if isinstance(now, datetime) else now


def _as_utc_naive(dt: datetime) -> datetime:
    return utc_naive(dt) if dt.tzinfo else dt


def _add_local_days(utc_dt: datetime, days: int, tz_name: str) -> datetime:
    """Add ``days`` local calendar days, keeping the local wall-clock time."""
    wall = to_local(utc_dt, tz_name).replace(tzinfo=None, fold=0) + timedelta(days=days)
    return from_local(wall, tz_name)


# --- interval and pauses ---------------------------------------------------------------------

def _shortest_tag(tag_days: Iterable[int | None]) -> int | None:
    """Tag level: the shortest positive interval; NO_CADENCE only if every set tag says so."""
    values = [days for days in tag_days if days is not None]
    positive = [days for days in values if _as_interval(days) is not None]
    if positive:
        return min(positive)
    return NO_CADENCE if values else None


def interval_source(*, person_days: int | None, company_days: int | None,
                    tag_days: Iterable[int | None], category: str | None,
                    settings: CadenceSettings) -> tuple[str, int | None]:
    """Return ``(level, interval)``: the level that decided ("person", "company", "tag",
    "category", "default") and the interval in days (None = no cadence)."""
    for level, days in (("person", person_days), ("company", company_days),
                        ("tag", _shortest_tag(tag_days))):
        if days is not None:
            return level, _as_interval(days)
    if category is not None and category in settings.category_days:
        return "category", _as_interval(settings.category_days[category])
    return "default", _as_interval(settings.default_days)


def resolve_interval(*, person_days: int | None, company_days: int | None,
                     tag_days: Iterable[int | None], category: str | None,
                     settings: CadenceSettings) -> int | None:
    """Contact interval in days of one person, or None for "no cadence".

    Order: person > company > tags (shortest positive wins) > category default > global
    default. ``None`` at a level inherits; ``NO_CADENCE`` (0) ends the search with "none".
    """
    return interval_source(person_days=person_days, company_days=company_days,
                           tag_days=tag_days, category=category, settings=settings)[1]


def status_paused(*, person_status: str | None, do_not_contact: bool,
                  company_status: str | None) -> bool:
    """True if the person's or company's status pauses the cadence (independent of time)."""
    return (bool(do_not_contact) or person_status in PAUSED_PERSON_STATUSES
            or company_status in PAUSED_COMPANY_STATUSES)


def is_snoozed(snoozed_until: date | datetime | None, *, today: date | datetime,
               tz: str = DEFAULT_TZ) -> bool:
    """True before the snooze end date; on that date the person is active again."""
    if snoozed_until is None:
        return False
    return _today(today, tz) < _today(snoozed_until, tz)


def is_paused(*, person_status: str | None, do_not_contact: bool, company_status: str | None,
              snoozed_until: date | datetime | None, today: date | datetime,
              tz: str = DEFAULT_TZ) -> bool:
    """True if status pauses the cadence or a snooze is still running ``today`` (for display)."""
    return (status_paused(person_status=person_status, do_not_contact=do_not_contact,
                          company_status=company_status)
            or is_snoozed(snoozed_until, today=today, tz=tz))


def snooze_end(snoozed_until: date | datetime, tz: str = DEFAULT_TZ) -> datetime:
    """Naive UTC end of a snooze: start of that local day for a date, the instant otherwise."""
    if isinstance(snoozed_until, datetime):
        return _as_utc_naive(snoozed_until)
    return start_of_local_day(snoozed_until, tz)


# --- due dates, states and ranking -----------------------------------------------------------

def next_due(*, last_contact: datetime | None, created_at: datetime, interval_days: int | None,
             paused: bool = False, snoozed_until: date | datetime | None = None,
             tz: str = DEFAULT_TZ) -> datetime | None:
    """The stored ``next_due_at`` (naive UTC), or None for no cadence / paused for status.

    Base is ``last_contact``, or ``created_at`` when never contacted; the interval is added in
    local calendar days. Pass ``paused=status_paused(...)``, not ``is_paused()``: the stored value
    must not depend on today, so a snooze enters only through ``snoozed_until`` (max of both).
    """
    interval = _as_interval(interval_days)
    if paused or interval is None:
        return None
    due = _add_local_days(created_at if last_contact is None else last_contact, interval, tz)
    if snoozed_until is not None:
        due = max(due, snooze_end(snoozed_until, tz))
    return due


def _overdue_after(interval: int, factor: float) -> int:
    """Whole days after the due date at which overdue starts (rounded up, float-safe)."""
    _check_factor(factor)
    return math.ceil(round((factor - 1.0) * interval, 6))


def _days_late(next_due: datetime, today: date, tz: str) -> int:
    """Local days from the due date to ``today`` (negative before it)."""
    return (today - local_date(next_due, tz)).days


def _classify(late: int, interval: int, factor: float) -> DueState:
    if late < 0:
        return DueState.OK
    return DueState.OVERDUE if late >= _overdue_after(interval, factor) else DueState.DUE


def days_overdue(next_due: datetime | None, *, now: date | datetime,
                 tz: str = DEFAULT_TZ) -> int:
    """Whole local days past the due date (0 on the due date, before it, or without cadence)."""
    if next_due is None:
        return 0
    return max(_days_late(next_due, _today(now, tz), tz), 0)


def due_state(next_due: datetime | None, interval_days: int | None, *, now: date | datetime,
              overdue_factor: float = 1.5, tz: str = DEFAULT_TZ) -> DueState:
    """State of one person at ``now`` (a timestamp, or the user's local date).

    ``ok`` before the due date, ``due`` from it, ``overdue`` from ``overdue_factor`` x interval
    after the last contact (whole days, rounded up), ``none`` without cadence.
    """
    interval = _as_interval(interval_days)
    if next_due is None or interval is None:
        return DueState.NONE
    return _classify(_days_late(next_due, _today(now, tz), tz), interval, overdue_factor)


def overdue_score(next_due: datetime | None, interval_days: int | None, *,
                  now: date | datetime, weight: float = 1.0, tz: str = DEFAULT_TZ) -> float:
    """Ranking score = days past due / interval x weight (>= 0; 0 without cadence).

    Equals max(now - last - interval, 0) / interval in whole local days, so short cadences
    rank first for the same delay; use ``CadenceSettings.weight_for`` for the weight.
    """
    _check_weight(weight)
    interval = _as_interval(interval_days)
    if next_due is None or interval is None:
        return 0.0
    return days_overdue(next_due, now=now, tz=tz) / interval * weight


class DueEntry(NamedTuple):
    """One row of the keep-in-touch list."""

    key: Any
    state: DueState
    days_overdue: int
    score: float


def rank_due(rows: Iterable[tuple[Any, datetime | None, int | None, str | None]], *,
             now: date | datetime, settings: CadenceSettings) -> list[DueEntry]:
    """Keep-in-touch list from ``(key, next_due, interval, category)`` rows: due and overdue
    persons only, one entry each, best score first (ties keep the input order)."""
    tz, factor = settings.time_zone, settings.overdue_factor
    today = _today(now, tz)
    entries = []
    for key, due, interval_days, category in rows:
        interval = _as_interval(interval_days)
        if due is None or interval is None:
            continue
        late = _days_late(due, today, tz)
        if late >= 0:
            score = late / interval * settings.weight_for(category)
            entries.append(DueEntry(key, _classify(late, interval, factor), late, score))
    entries.sort(key=lambda entry: -entry.score)
    return entries


def within_cadence_share(persons: Iterable[tuple[datetime | None, int | None, bool]], *,
                         at: date | datetime, tz: str = DEFAULT_TZ) -> float | None:
    """Share (0..1) of ``(last_contact, interval, paused)`` persons not past their due date at
    ``at``. Paused and no-cadence persons are left out; never contacted (None) counts as
    outside. None if nobody has an active cadence."""
    day = _today(at, tz)
    counted = within = 0
    for last, interval_days, paused in persons:
        interval = _as_interval(interval_days)
        if paused or interval is None:
            continue
        counted += 1
        if last is not None and (day - local_date(last, tz)).days <= interval:
            within += 1
    return within / counted if counted else None


# --- contacts, follow-ups, birthdays ---------------------------------------------------------

def counts_as_contact(channel: str, direction: str | None, outcome: str | None,
                      rule: ContactRule = DEFAULT_CONTACT_RULE) -> bool:
    """True if an interaction with these codes resets the cadence under ``rule``."""
    if channel in rule.excluded_channels or outcome in rule.excluded_outcomes:
        return False
    return rule.count_undirected if direction is None else direction in rule.directions


def latest_contact(interactions: Iterable[tuple[datetime, str, str | None, str | None]],
                   rule: ContactRule = DEFAULT_CONTACT_RULE) -> datetime | None:
    """``last_contact_at`` from ``(occurred_at, channel, direction, outcome)`` rows (after an
    edit or delete, or for a backfill); None if none counts."""
    return max((at for at, channel, direction, outcome in interactions
                if counts_as_contact(channel, direction, outcome, rule)), default=None)


def next_follow_up_due(completed_at: datetime, repeat_days: int, *,
                       original_due: datetime | date | None = None,
                       tz: str = DEFAULT_TZ) -> datetime | date:
    """Next due of a repeating follow-up: local completion date + ``repeat_days``.

    Keeps the local time of day of ``original_due`` (of ``completed_at`` if not given); an
    all-day follow-up (``original_due`` a plain date) yields a date. Datetimes are naive UTC.
    """
    if repeat_days < 1:
        raise ValueError(f"repeat_days must be >= 1, got {repeat_days!r}")
    day = local_date(completed_at, tz) + timedelta(days=repeat_days)
    if original_due is not None and not isinstance(original_due, datetime):
        return day
    wall = to_local(completed_at if original_due is None else original_due, tz).time()
    return from_local(datetime.combine(day, wall.replace(fold=0)), tz)


def birthday_in(born: date, year: int, *, feb29_as_mar1: bool = False) -> date:
    """The birthday in ``year``; Feb 29 falls on Feb 28 in other years (Mar 1 if asked)."""
    if (born.month, born.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 3, 1) if feb29_as_mar1 else date(year, 2, 28)
    return born.replace(year=year)


def upcoming_birthdays(birthdays: Iterable[tuple[K, date | None]], *, today: date,
                       days: int = 7, feb29_as_mar1: bool = False) -> list[tuple[K, date, int]]:
    """``(key, next birthday, age turned)`` for birthdays from ``today`` through
    ``today + days - 1``, sorted by date (ties keep input order). Missing or future birth
    dates are skipped."""
    last = today + timedelta(days=days - 1)
    found = []
    for key, born in birthdays:
        if born is None:
            continue
        upcoming = birthday_in(born, today.year, feb29_as_mar1=feb29_as_mar1)
        if upcoming < today:
            upcoming = birthday_in(born, today.year + 1, feb29_as_mar1=feb29_as_mar1)
        if upcoming <= last and born <= today:
            found.append((key, upcoming, upcoming.year - born.year))
    found.sort(key=lambda item: item[1])
    return found
