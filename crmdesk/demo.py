"""Realistic demo data for Austria, Germany and Switzerland (issue #2), loaded in bulk.

`generate()` appends users (only if the database has just its first owner), tags, companies,
persons, employments, tag links, interactions and follow-ups, deterministic for a seed (and a
"now"). Companies, persons and their links are built in plain Python from one
`random.Random(seed)` and written with raw `executemany` (SQLite) or `execute_values`
(PostgreSQL) with explicit ids, one transaction per chunk. Interactions are planned in Python
(who, which minute, which of 16,384 pre-built channel/outcome/subject/note profiles) and packed
into one integer each; SQLite (`json_each`) or PostgreSQL (`unnest`) expands them into rows, so
a million interactions never pass through Python one by one. On SQLite that happens on a second
connection in a thread while the person rows are built, and the indexes and the search index are
rebuilt there while the keep-in-touch backfill reads (SQLite releases the GIL inside each long
statement, so both cores work; the connections take turns writing).

The rows are what the operations would have stored: created_at/modified_at/modified_by/version
as `insert_row` sets them, list and search columns from `derived.person_list_columns`,
`sort_key` and `company_search_text`, and the keep-in-touch columns from
`derived.backfill_contact_state()`. On SQLite, tables that grow by many rows lose their FTS
triggers and non-unique indexes during the load; they are rebuilt once at the end (also after an
error). One audit entry ("demo", "generate") records the whole load.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import json
import random
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from peewee import Model, fn

from crmdesk.bulkwork import paused_gc
from crmdesk import demo_names as N
from crmdesk.db import derived, schema
from crmdesk.db.models import (
    Channel, Company, CompanyTag, Employment, FollowUp, Interaction, Outcome, Person, PersonTag, Tag, User, database,
    utcnow,
)
from crmdesk.domain import cadence
from crmdesk.ops.base import SYSTEM, Actor, operation, require

DAY = 86_400
YEAR = 365 * DAY
HISTORY = 3 * YEAR  # interactions reach back three years
CREATION = 4 * YEAR  # persons and companies were entered over the last four years
PERSONS_PER_COMPANY = 8
PERSON_CHUNK = 20_000
INTERACTION_CHUNK = 100_000
PROFILE_BITS = 14  # interactions pick one of 2**14 pre-built profiles
TABLE = 4_000  # size of the weighted lookup tables
BULK_TABLES = ("company", "person", "employment", "person_tag", "company_tag", "interaction", "follow_up")
BASE_COLUMNS = ("id", "created_at", "modified_at", "modified_by", "version")
BULK_ROWS = 10_000  # from this many new rows on (and half a table's size), its indexes are rebuilt once
SIDE_PRAGMAS = ("foreign_keys = 0", "synchronous = 0", "cache_size = -131072", "busy_timeout = 600000")


@dataclass
class DemoReport:
    """What one demo load added."""

    persons: int
    companies: int
    interactions: int
    follow_ups: int
    users: int


# --- small helpers -------------------------------------------------------------------------------

def _table(pairs: Sequence[tuple[Any, float]], size: int = TABLE) -> list:
    """A lookup table in which each item fills its weighted share of *size* slots."""
    pairs = [(item, weight) for item, weight in pairs if weight > 0]
    items = [item for item, _ in pairs]
    cum = list(itertools.accumulate(weight for _, weight in pairs))
    return [items[bisect.bisect_right(cum, (k + 0.5) / size * cum[-1])] for k in range(size)]


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ø": "oe", "æ": "ae"})


@functools.lru_cache(maxsize=None)
def ascii_slug(text: str, sep: str = "-") -> str:
    """Lower-case ASCII for e-mail addresses and URLs: Müller -> mueller, Dvořák -> dvorak."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLIT)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, text).strip(sep)


def _digits(rnd: Callable[[], float], count: int) -> str:
    """*count* random digits, the first one 2-9."""
    return str(int((2 + rnd() * 8) * 10 ** (count - 1)))


class _Clock:
    """'Now', epoch seconds (naive UTC) and their stored text form, cached per day and second."""

    def __init__(self, now: dt.datetime):
        self.now = now.replace(microsecond=0, tzinfo=None)
        self.now_s = calendar.timegm(self.now.timetuple())
        self.first_day = self.now_s // DAY - 6 * 366
        epoch = dt.date(1970, 1, 1)
        self._days = [(epoch + dt.timedelta(days=d)).isoformat() for d in range(self.first_day, self.now_s // DAY + 800)]
        self._tods = [f" {h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60)]

    def text(self, seconds: int) -> str:
        """'YYYY-MM-DD HH:MM:SS', the form a naive datetime is stored in."""
        day, rest = divmod(seconds, DAY)
        return self._days[day - self.first_day] + self._tods[rest]

    @staticmethod
    def seconds(moment: dt.datetime) -> int:
        """Epoch seconds of a naive UTC datetime."""
        return calendar.timegm(moment.timetuple())


# --- the bulk writer -------------------------------------------------------------------------------

_PROFILE_TABLE = ("CREATE TEMP TABLE demo_profile (idx INTEGER PRIMARY KEY, channel_id INTEGER, direction TEXT, "
                  "outcome_id INTEGER, duration_min INTEGER, subject TEXT, note TEXT, second INTEGER, "
                  "use_owner INTEGER, author_id INTEGER)")
_SLOT_TABLE = "CREATE TEMP TABLE demo_slot (slot INTEGER PRIMARY KEY, person_id INTEGER, company_id INTEGER, owner_id INTEGER)"
_INTERACTION_COLUMNS = ("id", "created_at", "modified_at", "modified_by", "version", "person_id", "company_id",
                        "channel_id", "direction", "occurred_at", "duration_min", "subject", "note", "outcome_id",
                        "author_id")
_AUTHOR = "CASE WHEN p.use_owner = 1 AND s.owner_id IS NOT NULL THEN s.owner_id ELSE p.author_id END"
# key = ((minute since t0) * slots + slot) * 2**PROFILE_BITS + profile
_SQLITE_EXPAND = """
INSERT INTO interaction ({columns})
SELECT :first + j.key, {at}, {at}, {author}, 1, s.person_id, s.company_id, p.channel_id, p.direction, {at},
       p.duration_min, p.subject, p.note, p.outcome_id, {author}
FROM json_each(:keys) AS j
CROSS JOIN demo_profile AS p ON p.idx = (j.value & {mask})
CROSS JOIN demo_slot AS s ON s.slot = ((j.value >> {bits}) % :slots)
""".format(columns=", ".join(_INTERACTION_COLUMNS), author=_AUTHOR, mask=(1 << PROFILE_BITS) - 1, bits=PROFILE_BITS,
           at=f"datetime(:t0 + ((j.value >> {PROFILE_BITS}) / :slots) * 60 + p.second, 'unixepoch')")
_PG_EXPAND = """
INSERT INTO interaction ({columns})
SELECT %(first)s + j.n - 1, {at}, {at}, {author}, 1, s.person_id, s.company_id, p.channel_id, p.direction, {at},
       p.duration_min, p.subject, p.note, p.outcome_id, {author}
FROM unnest(%(keys)s::bigint[]) WITH ORDINALITY AS j(v, n)
JOIN demo_profile AS p ON p.idx = (j.v & {mask})
JOIN demo_slot AS s ON s.slot = ((j.v >> {bits}) %% %(slots)s)
""".format(columns=", ".join(_INTERACTION_COLUMNS), author=_AUTHOR, mask=(1 << PROFILE_BITS) - 1, bits=PROFILE_BITS,
           at=f"(to_timestamp(%(t0)s + ((j.v >> {PROFILE_BITS}) / %(slots)s) * 60 + p.second) AT TIME ZONE 'UTC')")


class _Loader:
    """Raw bulk inserts with explicit ids on SQLite (executemany) or PostgreSQL (execute_values)."""

    def __init__(self) -> None:
        self.pg = schema.is_postgres()
        self._next: dict[type[Model], int] = {}

    def new_ids(self, model: type[Model], count: int) -> int:
        """Reserve *count* ids of *model*; returns the first. On PostgreSQL the id sequence is moved
        past them at once, so other sessions (and later operations) never take one of them."""
        if self.pg:
            return self._reserve_pg(model._meta.table_name, count)
        if model not in self._next:
            self._next[model] = (model.select(fn.MAX(model.id)).scalar() or 0) + 1
        first = self._next[model]
        self._next[model] = first + count
        return first

    @staticmethod
    def _reserve_pg(table: str, count: int) -> int:
        sequence = database.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (f'"{table}"',)).fetchone()[0]
        used = (f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM \"{table}\"), "
                f"(SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {sequence}))")
        if count <= 0:
            return database.execute_sql(f"SELECT {used} + 1").fetchone()[0]
        last = database.execute_sql(f"SELECT setval(%s, {used} + %s)", (sequence, count)).fetchone()[0]
        return last - count + 1

    def insert(self, table: str | type[Model], columns: Sequence[str], rows: Sequence[Sequence]) -> None:
        """Insert rows given in *columns* order (call inside a transaction)."""
        if not rows:
            return
        if not isinstance(table, str):
            table = table._meta.table_name
        names = ", ".join(f'"{c}"' for c in columns)
        if self.pg:
            from psycopg2.extras import execute_values

            execute_values(database.cursor(), f'INSERT INTO "{table}" ({names}) VALUES %s', rows, page_size=5000)
        else:
            marks = ", ".join("?" * len(columns))
            database.cursor().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)

    def insert_dicts(self, model: type[Model], rows: Sequence[dict]) -> None:
        """Insert column-keyed dicts that hold every column of the model."""
        columns = [f.column_name for f in model._meta.sorted_fields]
        getter = itemgetter(*columns)
        self.insert(model, columns, [getter(row) for row in rows])

    def expand_interactions(self, first: int, keys: list[int], t0: int, slots: int) -> None:
        """Turn packed interaction keys into rows, entirely inside the database."""
        params = {"first": first, "t0": t0, "slots": slots}
        if self.pg:
            database.cursor().execute(_PG_EXPAND, {**params, "keys": keys})
        else:
            database.execute_sql(_SQLITE_EXPAND, {**params, "keys": json.dumps(keys)})


def _write_txn():
    """A transaction that takes SQLite's write lock at once: two connections take turns writing,
    and a transaction that read first could not start writing after the other one committed."""
    return database.atomic() if schema.is_postgres() else database.atomic(lock_type="IMMEDIATE")


def _template(model: type[Model]) -> dict[str, Any]:
    """Column -> default value, as a fresh row of the model would have it."""
    row = {f.column_name: None if callable(f.default) else f.default for f in model._meta.sorted_fields}
    row["version"] = 1
    return row


class _BulkSession:
    """SQLite only: no foreign-key checks (the generator's references are valid by construction),
    no syncing, a big cache and a long busy timeout (two connections take turns writing) while
    loading; for tables that grow by many rows (BULK_ROWS, and at least half their size) also no
    non-unique indexes and no FTS triggers: building an index once costs less than keeping it
    current row by row. `restore` rebuilds the indexes of some tables, `finish` all the rest, the
    triggers and the search index; `close` also resets the pragmas."""

    def __init__(self, loader: _Loader, planned: dict[str, int]):
        self.active = not loader.pg
        self.planned = planned
        self.indexes: dict[str, list[str]] = {}
        self.pragmas: dict[str, Any] = {}
        self.fts_tables: list[str] = []

    def open(self) -> None:
        if not self.active:
            return
        for name, value in (("foreign_keys", 0), ("synchronous", 0), ("cache_size", -131_072), ("busy_timeout", 600_000)):
            self.pragmas[name] = database.execute_sql(f"PRAGMA {name}").fetchone()[0]
            database.execute_sql(f"PRAGMA {name} = {value}")
        growing = [t for t in BULK_TABLES if self._grows_much(t)]
        if schema.fts_available() and set(growing) & set(schema.SEARCH_TABLES):
            self.fts_tables = list(schema.SEARCH_TABLES)  # the rebuild covers all search tables anyway
            for table in self.fts_tables:
                for suffix in ("ai", "ad", "au"):
                    database.execute_sql(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        for table in growing:
            droppable = _droppable_indexes(table)
            self.indexes[table] = [sql for _, sql in droppable]
            for name, _ in droppable:
                database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')

    def _grows_much(self, table: str) -> bool:
        added = self.planned.get(table, 0)
        existing = database.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]
        return added >= BULK_ROWS and 2 * added >= existing

    def restore(self, tables: Sequence[str] = BULK_TABLES) -> None:
        """Recreate the dropped indexes of *tables*; a small page cache makes SQLite sort in
        cache-friendly runs (merged afterwards), clearly faster than one huge in-memory sort."""
        tables = [t for t in tables if t in self.indexes]
        if not self.active or not tables:
            return
        cache = database.execute_sql("PRAGMA cache_size").fetchone()[0]
        database.execute_sql("PRAGMA cache_size = -16384")
        try:
            with _write_txn():
                for table in tables:
                    for sql in self.indexes.pop(table):
                        database.execute_sql(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
        finally:
            database.execute_sql(f"PRAGMA cache_size = {int(cache)}")

    def finish(self) -> None:
        """All remaining indexes, the FTS triggers and the search index rebuilt from search_text."""
        if not self.active:
            return
        self.restore(list(self.indexes))
        if self.fts_tables:
            with _write_txn():
                for table in self.fts_tables:
                    for statement in schema.SQLITE_FTS:
                        database.execute_sql(statement.format(t=table))
                schema.rebuild_search_index()
            self.fts_tables = []

    def close(self) -> None:
        """finish() (if an error left anything undone) and the pragmas as they were."""
        if not self.active:
            return
        self.finish()
        for name, value in self.pragmas.items():
            database.execute_sql(f"PRAGMA {name} = {int(value)}")


def _droppable_indexes(table: str) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the non-unique indexes of *table*, rebuilt after the load."""
    return database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
        "AND sql NOT LIKE 'CREATE UNIQUE%'", (table,)).fetchall()


# --- context -------------------------------------------------------------------------------------

@dataclass
class _Ctx:
    """Everything the row builders share: generator, clock, lookup tables, users, tags, ids."""

    rng: random.Random
    clock: _Clock
    loader: _Loader
    actor: Actor
    progress: Callable[[int, int], None] | None
    total: int
    tab: dict[Any, list] = field(default_factory=dict)
    done: int = 0
    authors: list[int] = field(default_factory=list)  # weighted table of author ids
    owners: list[int] = field(default_factory=list)  # weighted table of record owners
    tags: dict[str, int] = field(default_factory=dict)
    week_birthdays: int = 3  # the first persons with a birthday get one in the coming week

    def __post_init__(self) -> None:
        self.rnd = self.rng.random

    def pick(self, key: Any) -> Any:
        """Weighted choice from one of the lookup tables (see _tables)."""
        table = self.tab[key]
        return table[int(self.rnd() * len(table))]

    def author(self) -> int | None:
        return self.authors[int(self.rnd() * len(self.authors))] if self.authors else None

    def owner(self) -> int | None:
        return self.owners[int(self.rnd() * len(self.owners))] if self.owners else None

    def moment(self, lo: int, hi: int) -> int:
        """A moment between lo and hi, in office hours (06:30-17:30 UTC) on a weekday when possible."""
        hi = max(lo, hi)
        t = lo + int(self.rnd() * (hi - lo))
        day = t // DAY
        day += (0, 0, 0, 0, 0, -1, 1)[(day + 3) % 7]
        snapped = day * DAY + 23_400 + int(self.rnd() * 39_600)
        return snapped if lo <= snapped <= hi else t

    def tick(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _tables() -> dict[Any, list]:
    tab: dict[Any, list] = {"country": _table(N.COUNTRY_WEIGHTS)}
    for country in ("AT", "DE", "CH"):
        tab["place", country] = _table([((p, c, a), w) for p, c, a, w in N.PLACES[country]])
        tab["last", country] = _table(N.LAST_NAMES[country])
        tab["form", country] = _table(N.LEGAL_FORMS[country])
        tab["mail", country] = _table(N.FREE_MAIL[country])
        titled = sum(w for _, _, w in N.TITLES[country])
        tab["titles", country] = _table([((pre, post), w or 1000 - titled) for pre, post, w in N.TITLES[country]])
        for gender in ("m", "f"):
            tab["first", country, gender] = _table(N.FIRST_NAMES[country, gender])
    tab["neutral"] = _table(N.NEUTRAL_FIRST_NAMES)
    tab["function"] = _table([(f[:3], f[3]) for f in N.FUNCTIONS])
    tab["honorary"] = _table([((m, f), w) for m, f, w in N.HONORARY_TITLES])
    tab["gender"] = _table((("m", 485), ("f", 475), ("d", 10), ("unknown", 30)))
    tab["status"] = _table((("active", 930), ("inactive", 30), ("left", 30), ("deceased", 10)))
    tab["category"] = _table((("A", 15), ("B", 35), ("C", 50)))
    tab["company_status"] = _table((("customer", 72), ("prospect", 14), ("partner", 7), ("former", 7)))
    return tab


# --- entry point ---------------------------------------------------------------------------------

@paused_gc()
def generate(*, persons: int, interactions: int, seed: int = 1, actor: Actor | None = None,
             progress: Callable[[int, int], None] | None = None, now: dt.datetime | None = None) -> DemoReport:
    """Append realistic demo data: *persons* persons (about one company per eight) and
    *interactions* interactions over the last three years; deterministic for *seed* and *now*.

    *progress(done, total)* is called after each chunk. One audit entry records the load.
    """
    actor = actor or SYSTEM
    require(actor, "import.run")
    companies = -(-persons // PERSONS_PER_COMPANY) if persons > 0 else 0
    ctx = _Ctx(rng=random.Random(seed), clock=_Clock(now or utcnow()), loader=_Loader(), actor=actor,
               progress=progress, total=companies + persons + interactions + _follow_up_count(persons) + 1, tab=_tables())
    session = _BulkSession(ctx.loader, {"company": companies, "person": persons, "employment": persons,
                                        "person_tag": persons, "interaction": interactions,
                                        "follow_up": _follow_up_count(persons)})
    session.open()
    try:
        report = _load_all(ctx, session, persons, interactions, companies)
    finally:
        session.close()
    with operation(actor, "import.run") as op:
        op.audit("demo", None, "generate", None, {**report.__dict__, "seed": seed})
    ctx.tick(max(ctx.total - ctx.done, 0))  # some plans end a little short (e.g. fewer done follow-ups)
    return report


def _load_all(ctx: _Ctx, session: _BulkSession, persons: int, interactions: int, companies: int) -> DemoReport:
    users = _ensure_users(ctx)
    _ensure_tags(ctx)
    firms = _load_companies(ctx, companies)
    people = _plan_people(ctx, firms, persons)
    plan = _plan_interactions(ctx, people, firms, interactions)
    with _SideWriter(lambda: _write_interactions(ctx.loader, session, plan), ctx.loader, after=True):
        batches = _build_people(ctx, firms, people)  # meanwhile the interactions are written (SQLite)
        for batch in batches:  # as soon as the other connection lets go; on PostgreSQL before it (foreign keys)
            _insert_people(ctx, *batch)
    ctx.tick(plan.count)
    follow_ups = _load_follow_ups(ctx, people, firms)
    session.restore([t for t in BULK_TABLES if t not in ("person", "company")])
    with _SideWriter(session.finish, ctx.loader, after=False):
        derived.backfill_contact_state()  # reads while indexes and search index are rebuilt, then writes
    derived.rebuild_match_keys()
    return DemoReport(persons=persons, companies=companies, interactions=plan.count, follow_ups=follow_ups, users=users)


# --- users and tags ------------------------------------------------------------------------------

def _ensure_users(ctx: _Ctx) -> int:
    """Create the demo team when the database has only its first owner; fill the author tables."""
    existing = list(User.select(User.id, User.name).tuples())
    names = {name for _, name in existing}
    rows = []
    if len(existing) <= 1:
        at = ctx.clock.text(ctx.clock.now_s - CREATION - 120 * DAY)
        first = ctx.loader.new_ids(User, len(N.DEMO_USERS))
        for offset, (name, role, initials, mail, function) in enumerate(N.DEMO_USERS):
            if name not in names:
                rows.append((first + offset, at, at, ctx.actor.id, 1, name, initials, role, None, True,
                             f"{mail}@{N.DEMO_DOMAIN}", f"+43 1 503 98 80-{11 + offset}", function))
        with _write_txn():
            ctx.loader.insert(User, BASE_COLUMNS + ("name", "initials", "role", "password_hash", "active", "email",
                                                    "phone", "function_title"), rows)
    active = list(User.select(User.id, User.name, User.role).where(User.active == True).tuples())  # noqa: E712
    demo = [u for u in active if u[1] in {d[0] for d in N.DEMO_USERS}]
    team = demo if len(demo) >= 2 else active
    weight = {"owner": 3, "staff": 4, "apprentice": 1}
    ctx.authors = [uid for uid, _, role in team for _ in range(weight.get(role, 2))]
    ctx.owners = [uid for uid, _, role in team if role != "apprentice" for _ in range(weight.get(role, 2))] or ctx.authors
    return len(rows)


def _ensure_tags(ctx: _Ctx) -> None:
    ctx.tags = {name: tid for tid, name in Tag.select(Tag.id, Tag.name).tuples()}
    missing = [t for t in N.TAGS if t[0] not in ctx.tags]
    first = ctx.loader.new_ids(Tag, len(missing))
    at = ctx.clock.text(ctx.clock.now_s - CREATION - 100 * DAY)
    rows = [(first + i, at, at, ctx.actor.id, 1, name, color, days) for i, (name, color, days, _, _) in enumerate(missing)]
    with _write_txn():
        ctx.loader.insert(Tag, BASE_COLUMNS + ("name", "color", "cadence_days"), rows)
    ctx.tags.update({row[5]: row[0] for row in rows})


# --- companies -----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Firm:
    """What persons and interactions need to know about a generated company."""

    info: dict  # id, name, city, country: what person_list_columns reads
    place: tuple[str, str, str]  # postal code, city, phone area code
    domain: str
    phone: str  # switchboard number without "-0"
    owner: int | None
    created: int
    category: str
    weight: float  # relative size
    mail_style: int  # 0 first.last, 1 f.last, 2 last
    staff: int = 0

    @property
    def id(self) -> int:
        return self.info["id"]

    @property
    def country(self) -> str:
        return self.info["country"]


def _load_companies(ctx: _Ctx, count: int) -> list[_Firm]:
    first = ctx.loader.new_ids(Company, count)
    template = _template(Company)
    firms, rows = [], []
    for offset in range(count):
        row, firm = _company(ctx, first + offset, dict(template))
        rows.append(row)
        firms.append(firm)
    with _write_txn():
        ctx.loader.insert_dicts(Company, rows)
        _company_tags(ctx, firms)
    ctx.tick(count)
    return firms


def _company(ctx: _Ctx, cid: int, row: dict) -> tuple[dict, _Firm]:
    rnd, clock = ctx.rnd, ctx.clock
    country = ctx.pick("country")
    postal, city, area = ctx.pick(("place", country))
    form = ctx.pick(("form", country))
    base = _company_base_name(ctx, country)
    name = base if form == "Einzelunternehmen" else f"{base} {form}"
    domain = f"{ascii_slug(base.replace('&', ' ').replace(' Co.', ''))}.{ctx.rng.choice(N.TLD[country])}"
    phone = _landline(ctx, country, area)
    oldest = clock.now_s - CREATION - 30 * DAY
    created = ctx.moment(oldest, clock.now_s - 30 * DAY if rnd() < 0.5 else oldest + 150 * DAY)
    owner = ctx.owner()
    at = clock.text(created)
    row.update(id=cid, created_at=at, modified_at=at, modified_by=owner, name=name, legal_form=form,
               street=_street(ctx, country), postal_code=postal, city=city, country=country, owner_id=owner,
               category=ctx.pick("category"), status=ctx.pick("company_status"))
    _company_contact(ctx, row, country, domain, phone)
    _company_register(ctx, row, country, form, city)
    if rnd() < 0.01:
        row["cadence_days"] = ctx.rng.choice((14, 30, 60, 0))
    if rnd() < 0.08:
        row["notes"] = ctx.rng.choice(N.COMPANY_NOTES)
    row["sort_name"] = derived.sort_key(name)
    row["search_text"] = derived.company_search_text(row)
    firm = _Firm(info={"id": cid, "name": name, "city": city, "country": country}, place=(postal, city, area),
                 domain=domain, phone=phone.removesuffix("-0"), owner=owner, created=created, category=row["category"],
                 weight=min(ctx.rng.paretovariate(1.5), 25.0), mail_style=int(rnd() ** 2 * 3))
    return row, firm


def _company_base_name(ctx: _Ctx, country: str) -> str:
    """'Huber Elektrotechnik', 'Bäckerei Weiß', 'Alpen-Consulting', 'Gruber & Söhne', ..."""
    rng = ctx.rng
    last = ctx.pick(("last", country))
    after, before = rng.choice(N.TRADES)
    r = ctx.rnd()
    if r < 0.36:
        name = f"{last} {after}"
    elif r < 0.56:
        name = f"{before} {last}"
    elif r < 0.72:
        region = rng.choice(N.REGION_WORDS[country])
        glue = " " if "-" in region or region.endswith(("er", "e")) else "-"
        name = f"{region}{glue}{rng.choice(N.REGION_TRADES)}"
    elif r < 0.84:
        name = f"{last} {rng.choice(N.SUFFIX_PARTNERS)}"
    elif r < 0.92:
        name = f"{rng.choice(N.ACRONYMS)} {after}"
    elif r < 0.96:
        name = f"{rng.choice(('Hotel', 'Gasthof', 'Gasthaus', 'Restaurant'))} {rng.choice(N.HOTEL_NAMES)}"
    else:
        name = f"{last} & {ctx.pick(('last', country))} {after}"
    return name.replace("ß", "ss") if country == "CH" else name


def _street(ctx: _Ctx, country: str) -> str:
    """A street with house number; Vienna style Stiege/Tür for some Austrian addresses."""
    rnd = ctx.rnd
    number = str(1 + int(rnd() ** 2 * 120))
    r = rnd()
    if r < 0.1:
        number += "abc"[int(r * 30)]
    if country == "AT" and rnd() < 0.25:
        number += f"/{1 + int(rnd() * 4)}/{1 + int(rnd() * 24)}"
    return f"{ctx.rng.choice(N.STREETS[country])} {number}"


def _landline(ctx: _Ctx, country: str, area: str) -> str:
    rnd = ctx.rnd
    if country == "CH":
        d = _digits(rnd, 7)
        return f"+41 {area} {d[:3]} {d[3:5]} {d[5:]}"
    length = {1: 7, 3: 6}.get(len(area), 5) if country == "AT" else 10 - len(area)
    return f"+{N.COUNTRY_CODE[country]} {area} {_digits(rnd, length)}{'-0' if rnd() < 0.4 else ''}"


def _mobile(ctx: _Ctx, country: str) -> str:
    rnd = ctx.rnd
    prefix = ctx.rng.choice(N.MOBILE_PREFIXES[country])
    if country == "CH":
        d = _digits(rnd, 7)
        return f"+41 {prefix} {d[:3]} {d[3:5]} {d[5:]}"
    length = 8 if country == "DE" and prefix.startswith("15") else 7 + (rnd() < 0.2)
    return f"+{N.COUNTRY_CODE[country]} {prefix} {_digits(rnd, length)}"


def _company_contact(ctx: _Ctx, row: dict, country: str, domain: str, phone: str) -> None:
    rnd, rng = ctx.rnd, ctx.rng
    row["phone"] = phone
    if rnd() < 0.12:
        row["phone2"] = _mobile(ctx, country)
    if country != "CH" and rnd() < 0.25:
        row["fax"] = phone.removesuffix("-0") + "-99"
    row["email"] = f"{rng.choice(N.COMPANY_MAILBOX[country])}@{domain}"
    if rnd() < 0.15:
        row["email2"] = f"{rng.choice(N.SECOND_MAILBOX)}@{domain}"
    r = rnd()
    row["website"] = f"https://www.{domain}" if r < 0.8 else f"www.{domain}" if r < 0.95 else ""
    if rnd() < 0.03:
        row["po_box"] = "Postfach" if country == "CH" else f"Postfach {_digits(rnd, 3 + int(rnd() * 3))}"


def _company_register(ctx: _Ctx, row: dict, country: str, form: str, city: str) -> None:
    """VAT/UID number (checksum-valid) for most, Firmenbuch/Handelsregister entry for registered forms."""
    rnd = ctx.rnd
    if rnd() < (0.4 if form == "Einzelunternehmen" else 0.75):
        row["vat_id"] = _vat_id(ctx, country)
    if form in ("Einzelunternehmen", "GbR"):
        return
    if country == "AT":
        row["register_number"] = "FN " + _firmenbuch(ctx)
        row["register_court"] = N.AT_COURTS.get(city, N.AT_DEFAULT_COURT)
    elif country == "DE":
        section = "HRB" if form in ("GmbH", "AG", "UG (haftungsbeschränkt)") else "HRA"
        row["register_number"] = f"{section} {1000 + int(rnd() * 240_000)}"
        row["register_court"] = N.DE_COURTS.get(city, f"Amtsgericht {city}")
    else:
        row["register_number"] = _swiss_uid(ctx)
        row["register_court"] = f"Handelsregisteramt des Kantons {N.CH_CANTONS.get(city, 'Zürich')}"


def _firmenbuch(ctx: _Ctx) -> str:
    """A Firmenbuch number with its check letter (weights 6,4,14,15,10,1 mod 17)."""
    number = f"{10_000 + int(ctx.rnd() * 590_000):06d}"
    total = sum(w * int(d) for w, d in zip((6, 4, 14, 15, 10, 1), number))
    return number.lstrip("0") + "abdfghikmpstvwxyz"[total % 17]


def _vat_id(ctx: _Ctx, country: str) -> str:
    """A VAT/UID number that passes python-stdnum's checksum."""
    if country == "AT":
        from stdnum.at import uid

        body = "U" + _digits(ctx.rnd, 7)
        return "AT" + body + uid.calc_check_digit(body)
    if country == "DE":
        from stdnum.iso7064 import mod_11_10

        body = _digits(ctx.rnd, 8)
        return "DE" + body + mod_11_10.calc_check_digit(body)
    return _swiss_uid(ctx) + " MWST"


def _swiss_uid(ctx: _Ctx) -> str:
    from stdnum.ch import uid

    while True:
        body = "1" + f"{int(ctx.rnd() * 10_000_000):07d}"
        check = uid.calc_check_digit(body)
        if len(check) == 1:
            number = body + check
            return f"CHE-{number[:3]}.{number[3:6]}.{number[6:]}"


def _company_tags(ctx: _Ctx, firms: list[_Firm]) -> None:
    rows = []
    for firm in firms:
        at = ctx.clock.text(firm.created)
        rows.extend([at, at, firm.owner, 1, firm.id, ctx.tags[name]] for name, _, _, _, share in N.TAGS
                    if share and ctx.rnd() < share)
    first = ctx.loader.new_ids(CompanyTag, len(rows))
    ctx.loader.insert(CompanyTag, BASE_COLUMNS + ("company_id", "tag_id"), [(first + i, *r) for i, r in enumerate(rows)])


# --- persons -------------------------------------------------------------------------------------

@dataclass
class _People:
    """The planned persons, by slot: firm, creation moment and owner; after building also whether
    they may be contacted (active, not do-not-contact)."""

    first_id: int = 0
    firm: list[int | None] = field(default_factory=list)  # index into the firms
    company: list[int | None] = field(default_factory=list)
    owner: list[int | None] = field(default_factory=list)
    created: list[int] = field(default_factory=list)
    reachable: list[bool] = field(default_factory=list)


def _plan_people(ctx: _Ctx, firms: list[_Firm], count: int) -> _People:
    """Who works where (about 10 % private persons, bigger firms more staff), since when, owned by whom."""
    people = _People(first_id=ctx.loader.new_ids(Person, count))
    rnd, now = ctx.rnd, ctx.clock.now_s
    picks = ctx.rng.choices(range(len(firms)), cum_weights=list(itertools.accumulate(f.weight for f in firms)),
                            k=count) if firms else [None] * count
    for index in picks:
        firm = None if index is None or rnd() < 0.10 else firms[index]
        lo = firm.created if firm else now - CREATION
        people.firm.append(None if firm is None else index)
        people.company.append(None if firm is None else firm.id)
        people.created.append(ctx.moment(lo, lo + int((now - 2 * DAY - lo) * rnd() ** 1.4)))
        people.owner.append(firm.owner if firm and rnd() < 0.8 else ctx.owner())
    return people


def _build_people(ctx: _Ctx, firms: list[_Firm], people: _People) -> list[tuple[list, list, list]]:
    """Person, employment and tag rows in chunks (nothing is written here)."""
    template = _template(Person)
    getter = itemgetter(*template)
    batches = []
    for start in range(0, len(people.created), PERSON_CHUNK):
        persons, jobs, links = [], [], []
        for slot in range(start, min(len(people.created), start + PERSON_CHUNK)):
            firm = None if people.firm[slot] is None else firms[people.firm[slot]]
            row, job = _person(ctx, people, slot, firm, dict(template))
            persons.append(getter(row))
            jobs.extend(_employments(ctx, row, firm, job, firms))
            links.extend(_person_tags(ctx, row))
            people.reachable.append(row["status"] == "active" and not row["do_not_contact"])
        batches.append((persons, jobs, links))
        ctx.tick(len(persons))
    return batches


def _insert_people(ctx: _Ctx, persons: list[tuple], jobs: list[tuple], links: list[tuple]) -> None:
    first_job, first_link = ctx.loader.new_ids(Employment, len(jobs)), ctx.loader.new_ids(PersonTag, len(links))
    with _write_txn():
        ctx.loader.insert(Person, list(_template(Person)), persons)
        ctx.loader.insert(Employment, BASE_COLUMNS + ("person_id", "company_id", "function_title", "department",
                                                      "is_primary", "since", "until"),
                          [(first_job + i, *r) for i, r in enumerate(jobs)])
        ctx.loader.insert(PersonTag, BASE_COLUMNS + ("person_id", "tag_id"), [(first_link + i, *r) for i, r in enumerate(links)])


def _person(ctx: _Ctx, people: _People, slot: int, firm: _Firm | None, row: dict) -> tuple[dict, dict | None]:
    created, owner = people.created[slot], people.owner[slot]
    country = firm.country if firm else ctx.pick("country")
    at = ctx.clock.text(created)
    row.update(id=people.first_id + slot, created_at=at, modified_at=at, modified_by=owner, owner_id=owner)
    _identity(ctx, row, country)
    job = _job(ctx, row, firm) if firm else None
    _address(ctx, row, firm, country)
    _reachability(ctx, row, firm, country)
    _personal(ctx, row, created)
    columns = derived.person_list_columns(row, firm.info if firm else None, job)
    row["company_id"] = columns.pop("company")
    row.update(columns)
    return row, job


@functools.lru_cache(maxsize=None)
def _titles_json(titles: tuple[str, ...]) -> str:
    return json.dumps(list(titles), ensure_ascii=False)


def _identity(ctx: _Ctx, row: dict, country: str) -> None:
    """Gender, names (nobility particles now and then), titles and honorary titles."""
    rnd = ctx.rnd
    gender = ctx.pick("gender")
    if gender in ("m", "f"):
        first = ctx.pick(("first", country, gender))
    else:
        first = "" if gender == "unknown" and rnd() < 0.3 else ctx.pick("neutral")
    particle, last = "", ctx.pick(("last", country))
    if rnd() < N.PARTICLE_SHARE[country]:
        particle, last = ctx.rng.choice(N.PARTICLE_NAMES[country])
    pre, post = ctx.pick(("titles", country))
    if pre and gender == "f":
        pre = tuple(N.FEMALE_DEGREES.get(t, t) for t in pre)
        if rnd() < N.FEMININE_SHARE[country]:
            pre = tuple(N.FEMININE_FORMS.get(t, t) for t in pre)
    honorary = ""
    if rnd() < N.HONORARY_SHARE[country]:
        male, female = ctx.pick("honorary")
        honorary = female if gender == "f" and rnd() < 0.5 else male
    row.update(gender=gender, first_name=first, last_name=last, name_particle=particle, honorary_title=honorary,
               titles_pre=_titles_json(pre), titles_post=_titles_json(post))
    if rnd() < (0.12 if country == "CH" else 0.08):
        row["formality"] = "Du"


def _job(ctx: _Ctx, row: dict, firm: _Firm) -> dict:
    """The primary employment's function, gendered; the first person of a firm mostly runs it."""
    forms = N.FUNCTIONS[0][:3] if firm.staff == 0 and ctx.rnd() < 0.6 else ctx.pick("function")
    firm.staff += 1
    gender = row["gender"]
    title = forms[0] if gender == "m" else forms[1] if gender == "f" else forms[2]
    return {"function_title": title, "department": N.DEPARTMENTS.get(forms[2], "") if ctx.rnd() < 0.6 else ""}


def _address(ctx: _Ctx, row: dict, firm: _Firm | None, country: str) -> None:
    """Business address through the company (a few branch offices), private address for some."""
    rnd = ctx.rnd
    if firm and rnd() < 0.04:
        postal, city, _ = ctx.pick(("place", country))
        row.update(street=_street(ctx, country), postal_code=postal, city=city, country=country)
    if rnd() < (0.9 if firm is None else 0.12):
        home = ctx.pick(("place", country)) if firm is None or rnd() < 0.5 else firm.place
        row.update(private_street=_street(ctx, country), private_postal_code=home[0], private_city=home[1],
                   private_country=country)
        if firm is None or rnd() < 0.03:
            row["preferred_address"] = "private"


def _reachability(ctx: _Ctx, row: dict, firm: _Firm | None, country: str) -> None:
    """Phones, e-mail addresses (umlauts transliterated) and LinkedIn/XING profiles."""
    rnd = ctx.rnd
    first, last = ascii_slug(row["first_name"]), ascii_slug(row["name_particle"] + row["last_name"], "")
    if firm:
        if rnd() < 0.75:
            row["phone_business"] = _landline(ctx, "CH", firm.place[2]) if country == "CH" else \
                f"{firm.phone}-{10 + int(rnd() * (90 if rnd() < 0.7 else 890))}"
        if rnd() < 0.85:
            local = (f"{first}.{last}", f"{first[:1]}.{last}", last)[firm.mail_style] if first else last
            row["email_business"] = f"{local}@{firm.domain}"
    if rnd() < (0.55 if firm else 0.7):
        row["phone_mobile"] = _mobile(ctx, country)
    if rnd() < 0.08:
        area = firm.place[2] if firm else ctx.pick(("place", country))[2]
        row["phone_private"] = _landline(ctx, country, area).removesuffix("-0")
    if rnd() < (0.2 if firm else 0.7):
        number = str(int(rnd() * 99)) if rnd() < 0.4 else ""
        row["email_private"] = f"{first + '.' if first else ''}{last}{number}@{ctx.pick(('mail', country))}"
    if rnd() < 0.2:
        row["linkedin_url"] = f"https://www.linkedin.com/in/{first + '-' if first else ''}{last}-{ctx.rng.getrandbits(28):07x}"
    if rnd() < (0.04 if country == "CH" else 0.12):
        name = "_".join(p.capitalize() for p in (first.replace("-", ""), last) if p)
        row["xing_url"] = f"https://www.xing.com/profile/{name}{10 + int(rnd() * 90)}"


def _personal(ctx: _Ctx, row: dict, created: int) -> None:
    """Birthday, notes, time zone, cadence override, consent/objection, status and snooze."""
    rnd, rng, clock = ctx.rnd, ctx.rng, ctx.clock
    if rnd() < 0.4:
        row["birthday"] = _birthday(ctx)
    if rnd() < 0.01:
        zone, note = rng.choice(N.TRAVEL_TIMEZONES)
        row.update(timezone=zone, notes=note, language="en" if rnd() < 0.5 else "de")
    elif rnd() < 0.1:
        row["notes"] = rng.choice(N.PERSON_NOTES)
    if rnd() < 0.02:
        row["cadence_days"] = rng.choice((14, 30, 60, 90, 180, 365, 0))
    if rnd() < 0.003:
        row["salutation_override"] = rng.choice(N.SALUTATION_OVERRIDES)
    r = rnd()
    if r < 0.02:
        row.update(advertising_objection=True, objection_at=clock.text(ctx.moment(created, clock.now_s)),
                   objection_source=rng.choice(N.OBJECTION_SOURCES))
    elif r < 0.32:
        row.update(advertising_consent=True, consent_at=clock.text(ctx.moment(created, clock.now_s)),
                   consent_source=rng.choice(N.CONSENT_SOURCES))
    row["do_not_contact"] = rnd() < 0.005
    row["status"] = status = ctx.pick("status")
    if status == "active" and rnd() < 0.005:
        day = (clock.now + dt.timedelta(days=20 + int(rnd() * 180))).date()
        row.update(snoozed_until=str(cadence.start_of_local_day(day)), snooze_reason=rng.choice(N.SNOOZE_REASONS))


def _birthday(ctx: _Ctx) -> str:
    today = ctx.clock.now.date()
    year = int(ctx.rng.triangular(today.year - 72, today.year - 21, today.year - 50))
    if ctx.week_birthdays > 0:  # the Today view shows birthdays this week
        ctx.week_birthdays -= 1
        day = today + dt.timedelta(days=int(ctx.rnd() * 7))
        if (day.month, day.day) == (2, 29):
            year -= year % 4
        return dt.date(year, day.month, day.day).isoformat()
    start = dt.date(year, 1, 1)
    return (start + dt.timedelta(days=int(ctx.rnd() * (366 if calendar.isleap(year) else 365)))).isoformat()


def _employments(ctx: _Ctx, row: dict, firm: _Firm | None, job: dict | None, firms: list[_Firm]) -> list[tuple]:
    """The primary employment and, for about 2 %, a second one (a current board seat or a former job)."""
    if firm is None:
        return []
    at, by, pid = row["created_at"], row["modified_by"], row["id"]
    year = int(at[:4])
    since = f"{int(ctx.rng.triangular(1995, year, year))}-{1 + int(ctx.rnd() * 12):02d}-01" if ctx.rnd() < 0.4 else None
    rows = [(at, at, by, 1, pid, firm.id, job["function_title"], job["department"], True, since, None)]
    other = ctx.rng.choice(firms) if ctx.rnd() < 0.02 else firm
    if other is not firm:
        index = {"m": 0, "f": 1}.get(row["gender"], 2)
        if ctx.rnd() < 0.5:
            end = year - 1 - int(ctx.rnd() * 10)
            rows.append((at, at, by, 1, pid, other.id, ctx.pick("function")[index], "", False,
                         f"{end - 1 - int(ctx.rnd() * 8)}-03-01", f"{end}-{1 + int(ctx.rnd() * 12):02d}-28"))
        else:
            rows.append((at, at, by, 1, pid, other.id, ctx.rng.choice(N.SECOND_FUNCTIONS)[index], "", False, None, None))
    return rows


def _person_tags(ctx: _Ctx, row: dict) -> list[tuple]:
    """Tags by their shares; Newsletter only with consent, Kunde and Interessent exclusive."""
    rnd, tags = ctx.rnd, []
    for name, _, _, share, _ in N.TAGS:
        if name == "Newsletter":
            wanted = row["advertising_consent"] and rnd() < 0.8
        else:
            wanted = rnd() < share and not (name == "Interessent" and tags and tags[0] == "Kunde")
        if wanted:
            tags.append(name)
    at, by, pid = row["created_at"], row["modified_by"], row["id"]
    return [(at, at, by, 1, pid, ctx.tags[name]) for name in tags]


# --- interactions --------------------------------------------------------------------------------

@dataclass
class _Slots:
    """Interaction targets: one slot per new person, then one per new company (company-only)."""

    person: list[int | None]
    company: list[int | None]
    owner: list[int | None]
    starts: list[int]
    persons: int
    category: list[str]

    @classmethod
    def build(cls, people: _People, firms: list[_Firm]) -> _Slots:
        n = len(people.created)
        return cls(person=[people.first_id + s for s in range(n)] + [None] * len(firms),
                   company=people.company + [f.id for f in firms], owner=people.owner + [f.owner for f in firms],
                   starts=[c + 3600 for c in people.created] + [f.created + 3600 for f in firms],
                   persons=n, category=[""] * n + [f.category for f in firms])


@dataclass
class _InteractionPlan:
    """What the database needs to write the interactions: first id, packed keys, profiles, slots."""

    first: int
    keys: list[int]
    t0: int
    profiles: list[tuple]
    slots: list[tuple]

    @property
    def count(self) -> int:
        return len(self.keys)


def _plan_interactions(ctx: _Ctx, people: _People, firms: list[_Firm], total: int) -> _InteractionPlan:
    """Interactions over the last three years, Zipf-like per person, in time order."""
    slots = _Slots.build(people, firms)
    t0 = (ctx.clock.now_s - HISTORY) // 60 * 60
    if total <= 0 or not slots.starts:
        return _InteractionPlan(0, [], t0, [], [])
    keys = _interaction_keys(ctx, _interaction_counts(ctx, slots, total), slots.starts, t0)
    return _InteractionPlan(first=ctx.loader.new_ids(Interaction, len(keys)), keys=keys, t0=t0, profiles=_profiles(ctx),
                            slots=list(zip(range(len(slots.starts)), slots.person, slots.company, slots.owner)))


def _write_interactions(loader: _Loader, session: _BulkSession, plan: _InteractionPlan) -> None:
    """Expand the planned interactions in the database and rebuild their indexes."""
    if not plan.count:
        return
    with _write_txn():
        for table, ddl in (("demo_profile", _PROFILE_TABLE), ("demo_slot", _SLOT_TABLE)):
            database.execute_sql(f"DROP TABLE IF EXISTS {table}")
            database.execute_sql(ddl)
        loader.insert("demo_profile", ("idx", "channel_id", "direction", "outcome_id", "duration_min", "subject",
                                       "note", "second", "use_owner", "author_id"), plan.profiles)
        loader.insert("demo_slot", ("slot", "person_id", "company_id", "owner_id"), plan.slots)
    for start in range(0, plan.count, INTERACTION_CHUNK):
        with _write_txn():
            loader.expand_interactions(plan.first + start, plan.keys[start:start + INTERACTION_CHUNK], plan.t0,
                                       len(plan.slots))
    for table in ("demo_profile", "demo_slot"):
        database.execute_sql(f"DROP TABLE IF EXISTS {table}")
    session.restore(("interaction",))


class _SideWriter:
    """Runs *work* on a second SQLite connection in a thread while the with-body runs on this one.

    SQLite releases the GIL inside each (long) statement, so both cores work; the two connections
    take turns writing, waiting for each other through the long busy timeout (a transaction that
    starts by writing never fails on a stale snapshot). Without a second connection (PostgreSQL,
    an in-memory database) *work* runs inline: after the body if *after* (e.g. rows that need the
    body's rows for their foreign keys), else before it.
    """

    def __init__(self, work: Callable[[], None], loader: _Loader, *, after: bool):
        path = "" if loader.pg else str(database.obj.database)
        self.work, self.after = work, after
        self.threaded = bool(path) and ":memory:" not in path and "mode=memory" not in path
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="crmdesk-demo-writer", daemon=True)

    def __enter__(self) -> _SideWriter:
        if self.threaded:
            self.thread.start()
        elif not self.after:
            self.work()
        return self

    def __exit__(self, exc_type, exc, traceback) -> None:
        if self.threaded:
            self.thread.join()
            if self.error is not None and exc is None:
                raise self.error
        elif self.after and exc is None:
            self.work()

    def _run(self) -> None:
        try:
            database.connect(reuse_if_open=True)
            for pragma in SIDE_PRAGMAS:
                database.execute_sql(f"PRAGMA {pragma}")
            self.work()
        except BaseException as error:  # noqa: BLE001 - raised in the main thread by __exit__
            self.error = error
        finally:
            database.close()


def _interaction_counts(ctx: _Ctx, slots: _Slots, total: int) -> list[int]:
    """Per slot: ~8 % of persons never contacted, Pareto-distributed rest scaled by how long they
    have been known, a handful of heavy contacts (>= 500) at large scale, ~2 % company-only."""
    rng, now = ctx.rng, ctx.clock.now_s
    n, companies = slots.persons, len(slots.starts) - slots.persons
    person_total = (total - round(total * 0.02) if companies else total) if n else 0
    weights = []
    for slot in range(n):
        age = min(1.0, (now - max(slots.starts[slot], now - HISTORY)) / HISTORY)
        weights.append(0.0 if rng.random() < 0.08 else max(age, 0.002) * rng.paretovariate(2.0))
    heavy = _heavy_slots(ctx, slots, weights, person_total)
    for slot in heavy:
        weights[slot] = 0.0
    counts = _spread(rng, weights, person_total - sum(heavy.values()))
    for slot, count in heavy.items():
        counts[slot] = count
    factor = {"A": 3.0, "B": 1.5, "C": 1.0}
    company_weights = [factor.get(slots.category[n + i], 1.0) * rng.paretovariate(2.0) for i in range(companies)]
    return counts + _spread(rng, company_weights, total - person_total)


def _heavy_slots(ctx: _Ctx, slots: _Slots, weights: list[float], total: int) -> dict[int, int]:
    """About five persons per million interactions get 500+ (for the 'open a busy person' benchmark)."""
    wanted = total // 200_000
    if not wanted:
        return {}
    old = sorted((slots.starts[s], s) for s in range(slots.persons) if weights[s] > 0)[: max(wanted * 20, 100)]
    chosen = ctx.rng.sample([s for _, s in old], min(wanted, len(old)))
    return {s: min(500 + int(ctx.rnd() * 700), total // (2 * wanted)) for s in chosen}


def _spread(rng: random.Random, weights: list[float], total: int) -> list[int]:
    """Integer counts summing to *total*, proportional to *weights*, at least one per positive weight."""
    counts = [0] * len(weights)
    positive = [i for i, w in enumerate(weights) if w > 0]
    if not positive or total <= 0:
        return counts
    if total < len(positive):
        for i in rng.sample(positive, total):
            counts[i] = 1
        return counts
    rest, wsum = total - len(positive), sum(weights)
    for i in positive:
        counts[i] = 1 + int(weights[i] * rest / wsum)
    for i in rng.choices(positive, k=total - sum(counts)):
        counts[i] += 1
    return counts


def _interaction_keys(ctx: _Ctx, counts: list[int], starts: list[int], t0: int) -> list[int]:
    """Sorted packed keys (minute since t0, slot, profile): weekdays in office hours (06:30-17:30
    UTC) between the slot's start and now; one random number gives day, minute and profile."""
    rnd, m0, profiles = ctx.rnd, t0 // 60, 1 << PROFILE_BITS
    stride, hi = len(counts) * profiles, (ctx.clock.now_s - 60) // 60 - m0
    keys: list[int] = []
    add = keys.append
    for slot, n in enumerate(counts):
        if not n:
            continue
        lo = max(0, -(-(starts[slot] - t0) // 60))
        first_day, base = (m0 + lo) // 1440, slot * profiles
        units = ((m0 + hi) // 1440 - first_day + 1) * 660
        for _ in range(n):
            x = rnd() * units
            q = int(x)
            day = first_day + q // 660
            weekday = (day + 3) % 7  # 0 = Monday; Saturdays and Sundays move to a weekday before
            if weekday > 4:
                day -= weekday - 4 + q % 5
            minute = day * 1440 + 390 + q % 660 - m0
            if minute < lo or minute > hi:
                minute = lo + int((x - q) * (hi - lo))
            add(minute * stride + base + int((x - q) * profiles))
    keys.sort()
    return keys


def _profiles(ctx: _Ctx) -> list[tuple]:
    """The 2**PROFILE_BITS interaction profiles: channel, direction and outcome in their real
    proportions (shuffled), subject, short German note, duration, second, author choice."""
    rng = ctx.rng
    channels = dict(Channel.select(Channel.code, Channel.id).where(Channel.active == True).tuples())  # noqa: E712
    outcomes = dict(Outcome.select(Outcome.code, Outcome.id).where(Outcome.active == True).tuples())  # noqa: E712
    combos = []
    for channel, weight in N.CHANNEL_WEIGHTS:
        inbound = N.INBOUND_SHARE[channel]
        choices = [(o, w) for o, w in N.OUTCOME_WEIGHTS[channel] if o is None or o in outcomes] if channel in channels else []
        for direction, share in (("in", inbound), ("out", 1 - inbound)):
            combos.extend(((channel, direction, o), weight * share * w) for o, w in choices
                          if not (direction == "in" and o == "not_reached"))
    table = _table(combos, 1 << PROFILE_BITS)
    rng.shuffle(table)
    notes = {o: _notes(ctx, o) for o in N.OUTCOME_NOTES if o is None or o in outcomes}
    authors = ctx.authors or [None]
    rows = []
    for idx, (channel, direction, outcome) in enumerate(table):
        lo, hi = (1, 1) if outcome == "not_reached" and channel == "phone" else N.DURATIONS.get(channel, (0, 0))
        duration = lo + int(rng.random() * rng.random() * (hi - lo)) if hi else None
        subject = rng.choice(N.CHANNEL_SUBJECT_PREFIX.get(channel, ("",))) + rng.choice(N.TOPICS)
        rows.append((idx, channels[channel], direction, outcomes.get(outcome), duration, subject, rng.choice(notes[outcome]),
                     int(rng.random() * 60), int(rng.random() < 0.6), rng.choice(authors)))
    return rows


def _notes(ctx: _Ctx, outcome: str | None) -> tuple[str, ...]:
    """A pool of short German notes for an outcome, placeholders filled in."""
    rng, today = ctx.rng, ctx.clock.now.date()
    pool = []
    for _ in range(200):
        values = {key: rng.choice(options) for key, options in N.NOTE_FILLERS.items()}
        values.update(year=today.year + rng.randint(0, 1), percent=rng.choice((5, 8, 10, 12, 15)),
                      amount=f"{rng.randint(4, 900) * 50:,}".replace(",", "."),
                      day=(today + dt.timedelta(days=rng.randint(1, 40))).strftime("%d.%m."))
        pool.append(rng.choice(N.OUTCOME_NOTES[outcome]).format(**values))
    return tuple(pool)


# --- follow-ups ----------------------------------------------------------------------------------

def _follow_up_count(persons: int) -> int:
    """Open plus done follow-ups planned for *persons* new persons."""
    return 2 * max(round(persons * 0.03), min(persons, 5)) if persons else 0


def _load_follow_ups(ctx: _Ctx, people: _People, firms: list[_Firm]) -> int:
    """A few thousand open Wiedervorlagen (overdue, due today, future; some repeating) and as many done."""
    n = len(people.created)
    if n == 0:
        return 0
    open_count = _follow_up_count(n) // 2
    reachable = [s for s in range(n) if people.reachable[s]] or list(range(n))
    tz = derived.load_cadence_settings().time_zone
    rows = [_open_follow_up(ctx, people, firms, reachable, tz) for _ in range(open_count)]
    rows += [_done_follow_up(ctx, people, last) for last in _last_interactions(ctx, people, open_count)]
    first = ctx.loader.new_ids(FollowUp, len(rows))
    columns = BASE_COLUMNS + ("person_id", "company_id", "due_at", "assignee_id", "note", "repeat_days", "done_at",
                              "done_by_id", "interaction_id", "created_by_id")
    with _write_txn():
        ctx.loader.insert(FollowUp, columns, [(first + i, *r) for i, r in enumerate(rows)])
    ctx.tick(len(rows))
    return len(rows)


def _last_interactions(ctx: _Ctx, people: _People, count: int) -> list[tuple]:
    """(person slot, interaction id, occurred_at, author) of the newest interaction of *count* random contacted persons."""
    first = people.first_id
    query = (Interaction.select(Interaction.person, fn.MAX(Interaction.id))
             .where(Interaction.person.between(first, first + len(people.created) - 1)).group_by(Interaction.person))
    newest = sorted(query.tuples())
    ids = sorted(iid for _, iid in ctx.rng.sample(newest, min(count, len(newest))))
    found = []
    for start in range(0, len(ids), 10_000):
        rows = Interaction.select(Interaction.id, Interaction.person, Interaction.occurred_at, Interaction.author).where(
            Interaction.id.in_(ids[start:start + 10_000]))
        found.extend((pid - first, iid, at, author) for iid, pid, at, author in rows.tuples())
    return sorted(found)


def _open_follow_up(ctx: _Ctx, people: _People, firms: list[_Firm], reachable: list[int], tz: str) -> tuple:
    rnd, clock = ctx.rnd, ctx.clock
    r = rnd()
    offset = -1 - int(rnd() * 60) if r < 0.35 else 0 if r < 0.45 else 1 + int(rnd() * 120)
    day = cadence.local_date(clock.now, tz) + dt.timedelta(days=offset)
    due = clock.seconds(cadence.from_local(dt.datetime.combine(day, dt.time(8 + int(rnd() * 9), 30 * (rnd() < 0.5))), tz))
    if firms and rnd() < 0.05:
        firm = ctx.rng.choice(firms)
        person, company, owner, known = None, firm.id, firm.owner, firm.created
    else:
        slot = ctx.rng.choice(reachable)
        person, company, owner, known = people.first_id + slot, None, people.owner[slot], people.created[slot]
    assignee = owner if owner and rnd() < 0.7 else ctx.author()
    created = ctx.moment(max(known, due - 30 * DAY), max(known, min(clock.now_s, due - DAY)))
    at = clock.text(created)
    return (at, at, assignee, 1, person, company, clock.text(due), assignee, ctx.rng.choice(N.FOLLOW_UP_NOTES),
            90 if rnd() < 0.1 else None, None, None, None, assignee)


def _done_follow_up(ctx: _Ctx, people: _People, last: tuple) -> tuple:
    """Completed together with the person's latest interaction (complete_follow_up makes it version 2)."""
    clock = ctx.clock
    slot, iid, occurred, author = last
    t = clock.seconds(occurred)
    due = max(people.created[slot], t - int(ctx.rnd() * 10) * DAY)
    created = max(people.created[slot], due - int((3 + ctx.rnd() * 30) * DAY))
    done = clock.text(min(t + 60, clock.now_s))
    by = author or people.owner[slot]
    return (clock.text(created), done, by, 2, people.first_id + slot, None, clock.text(due), by,
            ctx.rng.choice(N.FOLLOW_UP_NOTES), None, done, by, iid, by)
