"""Read side of keep in touch: the ranked list of who needs care, due counts and birthdays.

The list reads the stored ``person.next_due_at`` (kept current by the operations,
crmdesk.db.derived) and ranks by the score of crmdesk.domain.cadence, computed in SQL:

    score = whole local days past the due date / interval x category weight

Whole *local* days are what ``cadence.rank_due`` uses, so the SQL order is the domain order. On
PostgreSQL the local date comes from ``AT TIME ZONE``; SQLite has no time zones, so the UTC offset
is a CASE over the zone's offset changes in the range of stored due dates (from zoneinfo) and the
day is integer arithmetic on ``strftime('%s')`` of the whole seconds (exact at local midnight,
where a floating ``julianday`` could round to the day before, and a fraction .9995 to the next).

Two strategies, chosen by the indexes present:

* **bounded candidates** (index ``person(cadence_interval, cadence_weight, next_due_at, ...)``):
  within one (interval, weight) group the score only grows with the days past due, so a group's
  best *n* are its first *n* by ``next_due_at`` -- an index range scan with LIMIT. The groups are
  found by a loose index scan (one seek per group), and only groups x n rows are scored and
  merged, however many persons are due.
* **scan** (the ``next_due_at`` index only): an index range scan over all due persons, scored and
  ordered in SQL (``ORDER BY score DESC LIMIT n``); it grows with the number of due persons.
"""

from __future__ import annotations

import bisect
import datetime as dt
import weakref
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from peewee import Case, Node, NodeList, SQL, Value, fn

from crmdesk.db.derived import load_cadence_settings
from crmdesk.db.models import CompanyTag, Person, PersonTag, database, utcnow
from crmdesk.db.schema import is_postgres
from crmdesk.domain import cadence

EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class DueRow:
    """One person on the keep-in-touch list (plain values for the UI and the command line)."""

    person_id: int
    name: str
    company: str
    company_id: int | None
    last_contact_at: dt.datetime | None  # naive UTC; None = never contacted
    last_contact_by: str  # user name, "" if unknown
    interval_days: int
    next_due_at: dt.datetime  # naive UTC
    days_overdue: int  # whole local days past the due date (0 on the due date)
    score: float
    state: str  # "due" or "overdue" (cadence.DueState)
    owner: str  # user name, "" if nobody


@dataclass(frozen=True)
class DueCounts:
    """How many persons wait for contact: ``waiting`` (due or overdue) and the ``overdue`` part."""

    waiting: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class BirthdayRow:
    """A birthday in the coming days."""

    person_id: int
    name: str
    company: str
    on: dt.date  # the date it is celebrated this time (29 Feb -> 28 Feb in other years)
    age: int  # the age the person turns


# --- local calendar days in SQL ------------------------------------------------------------

def _utc_offset(zone: ZoneInfo, utc_naive: dt.datetime) -> int:
    return int(utc_naive.replace(tzinfo=dt.UTC).astimezone(zone).utcoffset().total_seconds())


@lru_cache(maxsize=512)
def _offset_changes(tz_name: str, year: int) -> tuple[tuple[dt.datetime, int], ...]:
    """(naive UTC instant, new offset in seconds) of every UTC-offset change in *year*."""
    zone = ZoneInfo(tz_name)
    changes = []
    day = dt.datetime(year, 1, 1)
    before = _utc_offset(zone, day - dt.timedelta(seconds=1))
    while day.year == year:
        after = _utc_offset(zone, day + dt.timedelta(days=1))
        if after != before:
            low, high = 0, 86400  # offset(day + low s) == before, offset(day + high s) == after
            while high - low > 1:
                mid = (low + high) // 2
                low, high = (mid, high) if _utc_offset(zone, day + dt.timedelta(seconds=mid)) == before else (low, mid)
            changes.append((day + dt.timedelta(seconds=high), after))
            before = after
        day += dt.timedelta(days=1)
    return tuple(changes)


def offset_periods(tz_name: str, start: dt.datetime, end: dt.datetime) -> tuple[int, list[tuple[dt.datetime, int]]]:
    """The UTC offset (seconds) at *start* and the changes after it up to *end* (naive UTC)."""
    initial = _utc_offset(ZoneInfo(tz_name), start)
    changes = [(at, off) for year in range(start.year, end.year + 1)
               for at, off in _offset_changes(tz_name, year) if start < at <= end]
    return initial, changes


class LocalDays:
    """Local day ordinals of naive-UTC timestamps between *start* and *end* (the zone's offsets are
    looked up once; each call is a bisect instead of a zoneinfo conversion)."""

    def __init__(self, tz: str, start: dt.datetime, end: dt.datetime):
        initial, changes = offset_periods(tz, start, end)
        self._instants = [at for at, _off in changes]
        self._offsets = [initial] + [off for _at, off in changes]

    def __call__(self, value: dt.datetime) -> int:
        """``cadence.local_date(value, tz).toordinal()`` for *value* in the range."""
        offset = self._offsets[bisect.bisect_right(self._instants, value)]
        return (value + dt.timedelta(seconds=offset)).toordinal()


def local_ordinal(column: Node, *, tz: str, start: dt.datetime, end: dt.datetime) -> Node:
    """SQL: the local calendar day (``date.toordinal()``) of a naive-UTC timestamp column.

    *start*/*end* bound the column's values (needed on SQLite only, for the offset CASE).
    """
    if is_postgres():
        return NodeList((SQL("(DATE(("), column, SQL(" AT TIME ZONE 'UTC') AT TIME ZONE "), Value(tz),
                         SQL(") - DATE '0001-01-01' + 1)")), glue="")
    initial, changes = offset_periods(tz, start, end)
    offset = Case(None, [(column >= at, off) for at, off in reversed(changes)], initial) if changes else Value(initial)
    # whole seconds of the first 19 characters: SQLite would round ".999999" up to the next second
    seconds = fn.strftime("%s", fn.substr(column, 1, 19)).cast("INTEGER")
    return (seconds + offset) / 86400 + EPOCH_ORDINAL


def as_float(node: Node) -> Node:
    """SQL cast to a double on either backend (so scores compare equal to Python floats)."""
    return node.cast("DOUBLE PRECISION" if is_postgres() else "REAL")


# --- the ranked list ------------------------------------------------------------------------

def _today(now: dt.datetime | None, settings: cadence.CadenceSettings) -> dt.date:
    return cadence.local_date(now or utcnow(), settings.time_zone)


def _day_start(day: dt.date, tz: str) -> dt.datetime:
    """Naive UTC start of a local day: next_due_at before it means "due on an earlier day"."""
    return cadence.start_of_local_day(day, tz)


def _scope(where, *, owner_id: int | None, tag_id: int | None):
    if owner_id is not None:
        where &= Person.owner == owner_id
    if tag_id is not None:  # one id list, so the planner can start from the tag's persons
        tagged = PersonTag.select(PersonTag.person).where(PersonTag.tag == tag_id)
        via_company = Person.select(Person.id).where(
            Person.company.in_(CompanyTag.select(CompanyTag.company).where(CompanyTag.tag == tag_id)))
        where &= Person.id.in_(tagged | via_company)
    return where


def _earliest_due() -> dt.datetime | None:
    earliest = Person.select(fn.MIN(Person.next_due_at)).scalar()
    return dt.datetime.fromisoformat(earliest) if isinstance(earliest, str) else earliest


def _late_days(today: dt.date, tz: str, earliest: dt.datetime, cutoff: dt.datetime) -> Node:
    """SQL: whole local days from next_due_at to *today*."""
    return Value(today.toordinal()) - local_ordinal(Person.next_due_at, tz=tz, start=earliest, end=cutoff)


_RANK_INDEX_SEEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def has_rank_index() -> bool:
    """True if the index for the bounded-candidates strategy exists (see the module docstring);
    asked once per bound database object."""
    known = _RANK_INDEX_SEEN.get(database.obj)
    if known is None:
        known = _RANK_INDEX_SEEN[database.obj] = any(
            list(index.columns[:3]) == ["cadence_interval", "cadence_weight", "next_due_at"]
            for index in database.get_indexes("person"))
    return known


def fetch_all(sql: str, params: list) -> list[tuple]:
    """Run hand-written SQL ("?" placeholders, rewritten for the backend) and return plain tuples
    (no per-row peewee conversion: these queries sit on the hot path)."""
    return list(database.execute_sql(sql.replace("?", database.param), params).fetchall())


def as_datetime(value) -> dt.datetime:
    """A timestamp as the driver returns it (SQLite: ISO text) as a naive datetime."""
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def cadence_groups() -> list[tuple[int, float]]:
    """The distinct (interval, weight) pairs of persons with a cadence: a loose index scan, one
    seek per value (only fast with the rank index)."""
    groups, interval = [], -1
    while (row := fetch_all("SELECT MIN(cadence_interval) FROM person WHERE cadence_interval > ?", [interval])[0])[0] is not None:
        interval, weight = row[0], -1.0
        while (found := fetch_all("SELECT MIN(cadence_weight) FROM person WHERE cadence_interval = ? AND cadence_weight > ?",
                             [interval, weight])[0][0]) is not None:
            weight = found
            groups.append((int(interval), float(weight)))
    return groups


def ranked_ids(*, now: dt.datetime | None = None, limit: int = DEFAULT_LIMIT, owner_id: int | None = None,
               tag_id: int | None = None, settings: cadence.CadenceSettings | None = None,
               strategy: str | None = None) -> list[tuple[int, int, float]]:
    """(person id, days overdue, score) of the first *limit* due persons, best score first.

    Ties go to the earlier due date, then the lower id (the order ``cadence.rank_due`` keeps).
    Relies on the stored invariant that next_due_at is NULL for deleted persons, paused persons and
    persons without a cadence (crmdesk.db.derived). A tag filter scans the tag's persons only;
    *strategy* "groups" or "scan" overrides the choice (both give the same rows; tests compare them).
    """
    settings = settings or load_cadence_settings()
    today = _today(now, settings)
    cutoff = _day_start(today + dt.timedelta(days=1), settings.time_zone)
    if limit < 1:
        return []
    if strategy == "groups" or (strategy is None and tag_id is None and has_rank_index()):
        return _ranked_by_groups(today, cutoff, settings.time_zone, limit, owner_id=owner_id, tag_id=tag_id)
    earliest = _earliest_due()
    if earliest is None or earliest >= cutoff:
        return []
    late = _late_days(today, settings.time_zone, earliest, cutoff)
    score = as_float(late) / Person.cadence_interval * Person.cadence_weight
    query = (Person.select(Person.id, late.alias("late"), score.alias("score"))
             .where(_scope(Person.next_due_at < cutoff, owner_id=owner_id, tag_id=tag_id))
             .order_by(SQL("score").desc(), Person.next_due_at, Person.id).limit(limit))
    return [(pid, int(days), float(value)) for pid, days, value in query.tuples()]


_GROUP_SQL = ("SELECT id, next_due_at, cadence_weight FROM person WHERE cadence_interval = ? AND cadence_weight = ?"
              " AND next_due_at < ?{scope} ORDER BY next_due_at, id LIMIT ?")
_OWNER_SQL = " AND owner_id = ?"
_TAG_SQL = (" AND (id IN (SELECT person_id FROM person_tag WHERE tag_id = ?)"
            " OR company_id IN (SELECT company_id FROM company_tag WHERE tag_id = ?))")


def _ranked_by_groups(today: dt.date, cutoff: dt.datetime, tz: str, limit: int, *,
                      owner_id: int | None, tag_id: int | None) -> list[tuple[int, int, float]]:
    """Bounded candidates: each (interval, weight) group's first *limit* by due date, scored with
    the domain's own local-day rule and merged."""
    sql = _GROUP_SQL.format(scope=(_OWNER_SQL if owner_id is not None else "") + (_TAG_SQL if tag_id is not None else ""))
    extra = ([owner_id] if owner_id is not None else []) + ([tag_id, tag_id] if tag_id is not None else [])
    fetched = [(interval, pid, as_datetime(due), stored_weight) for interval, weight in cadence_groups()
               for pid, due, stored_weight in fetch_all(sql, [interval, weight, cutoff, *extra, limit])]
    if not fetched:
        return []
    local_day = LocalDays(tz, min(due for _i, _p, due, _w in fetched), cutoff)
    today_ordinal = today.toordinal()
    candidates = []
    for interval, pid, due, stored_weight in fetched:
        days = today_ordinal - local_day(due)
        candidates.append((-(float(days) / interval * stored_weight), due, pid, days))
    candidates.sort()
    return [(pid, days, -negative) for negative, _due, pid, days in candidates[:limit]]


def ranked_due(*, now: dt.datetime | None = None, limit: int = DEFAULT_LIMIT, owner_id: int | None = None,
               tag_id: int | None = None) -> list[DueRow]:
    """The keep-in-touch list: the first *limit* due persons, most urgent first.

    ``owner_id`` restricts it to one user's persons ("mine"), ``tag_id`` to persons carrying the
    tag themselves or through their company.
    """
    settings = load_cadence_settings()
    ranked = ranked_ids(now=now, limit=limit, owner_id=owner_id, tag_id=tag_id, settings=settings)
    details = _details([pid for pid, _late, _score in ranked])
    rows = []
    for pid, late, score in ranked:
        name, company, company_id, last_at, by, interval, due, owner = details[pid]
        state = cadence.DueState.OVERDUE if _is_overdue(late, interval, settings) else cadence.DueState.DUE
        rows.append(DueRow(pid, name, company, company_id, last_at, by, interval, due, late, score, str(state), owner))
    return rows


_DETAILS_SQL = (
    'SELECT p.id, p.first_name, p.name_particle, p.last_name, p.company_name, p.company_id, p.last_contact_at,'
    ' b.name, p.cadence_interval, p.next_due_at, o.name FROM person p'
    ' LEFT JOIN "user" b ON b.id = p.last_contact_by_id LEFT JOIN "user" o ON o.id = p.owner_id'
    ' WHERE p.id IN ({marks})')


def _details(ids: list[int]) -> dict[int, tuple]:
    """person id -> (name, company, company id, last contact, by, interval, next due, owner)."""
    if not ids:
        return {}
    result = {}
    for pid, first, particle, last, company, company_id, last_at, by, interval, due, owner in fetch_all(
            _DETAILS_SQL.format(marks=", ".join("?" * len(ids))), list(ids)):
        result[pid] = (person_name(first, particle, last), company or "", company_id,
                       None if last_at is None else as_datetime(last_at), by or "", interval, as_datetime(due), owner or "")
    return result


def person_name(first: str, particle: str, last: str) -> str:
    """A person's name as lists show it ("Franz von Huber")."""
    return " ".join(part for part in (first, particle, last) if part)


# --- counts -----------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def overdue_after(interval: int, factor: float) -> int:
    """Whole days past the due date from which a person is overdue (asked of the domain rule)."""
    base = dt.datetime(2001, 1, 1, 12)  # in UTC, where every day has 24 hours
    days = 0
    while cadence.due_state(base, interval, now=(base + dt.timedelta(days=days)).date(),
                            overdue_factor=factor, tz="UTC") != cadence.DueState.OVERDUE:
        days += 1
    return days


def _is_overdue(days: int, interval: int, settings: cadence.CadenceSettings) -> bool:
    return days >= overdue_after(interval, settings.overdue_factor)


def due_counts_by_owner(*, now: dt.datetime | None = None) -> dict[int | None, DueCounts]:
    """Waiting (due or overdue) and overdue persons per owner id (None = persons without owner)."""
    settings = load_cadence_settings()
    tz, today = settings.time_zone, _today(now, settings)
    cutoff = _day_start(today + dt.timedelta(days=1), tz)
    totals: dict[int | None, list[int]] = defaultdict(lambda: [0, 0])
    if has_rank_index():  # per group: two index range counts, no per-row arithmetic
        for interval, weight in cadence_groups():
            overdue_cut = _day_start(today - dt.timedelta(days=overdue_after(interval, settings.overdue_factor) - 1), tz)
            in_group = (Person.cadence_interval == interval) & (Person.cadence_weight == weight)
            late = fn.SUM(Case(None, [(Person.next_due_at < overdue_cut, 1)], 0))
            for owner_id, waiting, overdue in (Person.select(Person.owner, fn.COUNT(Person.id), late)
                                               .where(in_group & (Person.next_due_at < cutoff))
                                               .group_by(Person.owner).tuples()):
                totals[owner_id][0] += waiting
                totals[owner_id][1] += int(overdue or 0)
    elif (earliest := _earliest_due()) is not None and earliest < cutoff:
        late = _late_days(today, tz, earliest, cutoff)
        for owner_id, interval, days, count in (
                Person.select(Person.owner, Person.cadence_interval, late.alias("late"), fn.COUNT(Person.id))
                .where((Person.next_due_at < cutoff) & Person.cadence_interval.is_null(False))
                .group_by(Person.owner, Person.cadence_interval, SQL("late")).tuples()):
            totals[owner_id][0] += count
            totals[owner_id][1] += count if _is_overdue(int(days), interval, settings) else 0
    return {owner_id: DueCounts(*values) for owner_id, values in totals.items()}


def due_counts(*, now: dt.datetime | None = None, owner_id: int | None = None) -> DueCounts:
    """Waiting/overdue persons of one owner, or of everyone when *owner_id* is None."""
    per_owner = due_counts_by_owner(now=now)
    if owner_id is not None:
        return per_owner.get(owner_id, DueCounts())
    return DueCounts(sum(c.waiting for c in per_owner.values()), sum(c.overdue for c in per_owner.values()))


def owns_persons(user_id: int | None) -> bool:
    """True if the user is the owner of at least one (not deleted) person."""
    if user_id is None:
        return False
    return Person.select(Person.id).where((Person.owner == user_id) & Person.deleted_at.is_null()).exists()


# --- birthdays --------------------------------------------------------------------------------

def _birthday_keys(today: dt.date, days: int) -> list[int]:
    keys = {(d.month * 100 + d.day) for d in (today + dt.timedelta(days=i) for i in range(days))}
    if 228 in keys:
        keys.add(229)  # 29 February is celebrated on the 28th in other years
    return sorted(keys)


def upcoming_birthdays(*, today: dt.date, days: int = 7, owner_id: int | None = None,
                       limit: int = 100) -> list[BirthdayRow]:
    """Birthdays from *today* through *today + days - 1* (year wrap and 29 Feb handled), by date.

    Deleted and deceased persons are left out; *owner_id* restricts to one user's persons.
    """
    where = Person.birthday_key.in_(_birthday_keys(today, days)) & Person.deleted_at.is_null() & (
        Person.status != "deceased")
    if owner_id is not None:
        where &= Person.owner == owner_id
    rows = {r["id"]: r for r in Person.select(Person.id, Person.first_name, Person.name_particle, Person.last_name,
                                              Person.company_name, Person.birthday).where(where).dicts()}
    found = cadence.upcoming_birthdays(((pid, r["birthday"]) for pid, r in sorted(rows.items())),
                                       today=today, days=days)
    return [BirthdayRow(pid, person_name(rows[pid]["first_name"], rows[pid]["name_particle"], rows[pid]["last_name"]),
                        rows[pid]["company_name"], on, age) for pid, on, age in found[:limit]]


def cadence_settings() -> cadence.CadenceSettings:
    """The team's cadence settings (for the settings section and time-zone-aware display)."""
    return load_cadence_settings()
