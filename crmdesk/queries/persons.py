"""Queries for the persons list, person details and the person type-ahead (plain records only).

The list works in two steps (house style R4): `person_ids(filter, sort)` returns the ordered ids of
the whole list (a covering-index scan restricted by index-only filter sets, see IdFilter), and
`person_rows(ids)` fetches the columns of the rows on screen, a page at a time. The search and
id-list helpers for persons and companies live here too (`search_ids`: FTS5 trigram on SQLite,
ILIKE on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import Expression, Model, fn

from crmdesk.db.derived import load_cadence_settings
from crmdesk.db.models import (
    Company,
    Interaction,
    Person,
    PersonTag,
    User,
    database,
    utcnow,
)
from crmdesk.db.schema import fts_available, is_postgres
from crmdesk.domain import cadence
from crmdesk.domain.records import (
    ListFilter,
    PersonDetail,
    PersonHit,
    PersonRow,
)

MIN_FTS_CHARS = 3
SHORT_WORD_FILTER_MAX = 5000  # hits of the long words that short words may still narrow by reading rows
_PREFIX_END = "\U0010ffff"

# sort key -> column (every one indexed, except function_title: see person_ids)
PERSON_SORTS = {
    "name": Person.sort_name,
    "company": Person.company_name,
    "function": Person.function_title,
    "city": Person.display_city,
    "country": Person.display_country,
    "last_contact": Person.last_contact_at,
    "next_due": Person.next_due_at,
    "email": Person.email_business,
}
OWNER_SORT = "owner"
INACTIVE_STATUSES = ("inactive", "left", "deceased")
DERIVED_COLUMNS = frozenset(
    {
        "company",
        "company_name",
        "function_title",
        "sort_name",
        "display_city",
        "display_country",
        "search_text",
        "birthday_key",
        "last_contact_at",
        "last_contact_by",
        "last_contact_interaction",
        "cadence_interval",
        "cadence_weight",
        "next_due_at",
        "id",
        "version",
        "created_at",
        "modified_at",
        "modified_by",
        "deleted_at",
    }
)


# --- ordered ids and filters (index-only reads) -------------------------------------------------
#
# A list is "all ids in the sort order" (one covering-index scan) restricted by filter sets (each an
# index-only query: tag, owner, country, status, search hits). Reading table rows for 100,000
# persons costs ~300 ms (wide rows); index-only reads and a set test in Python cost ~30 ms.


@dataclass(frozen=True)
class IdFilter:
    """Which ids a list keeps: only those in `include` (None = all), never those in `exclude`."""

    include: frozenset[int] | None = None
    exclude: frozenset[int] = frozenset()

    def restrict(self, order: Sequence[int], positions: dict[int, int] | None = None) -> list[int]:
        """The ids of *order* this filter keeps, in *order*'s order.

        With *positions* (id -> index in *order*) a small include set is sorted instead of
        scanning the whole order.
        """
        include, exclude = self.include, self.exclude
        if include is None:
            return [i for i in order if i not in exclude] if exclude else list(order)
        if positions is not None and len(include) * 8 < len(order):
            kept = [i for i in include if i in positions and i not in exclude]
            return sorted(kept, key=positions.__getitem__)
        return [i for i in order if i in include and i not in exclude]


def id_list(query) -> list[int]:
    """The ids selected by *query* (a select of an `id` column) as a list (SQLite: one group_concat string, ~2x faster)."""
    if is_postgres():
        return [row[0] for row in database.execute(query).fetchall()]
    sql, params = query.sql()
    # LIMIT -1 keeps SQLite from dropping the subquery's ORDER BY (omit-ORDER-BY optimisation)
    row = database.execute_sql(f"SELECT group_concat(id) FROM ({sql} LIMIT -1)", params).fetchone()
    return list(map(int, row[0].split(","))) if row and row[0] else []


def id_set(query) -> frozenset[int]:
    return frozenset(row[0] for row in database.execute(query).fetchall())


def fts_phrase(word: str) -> str:
    """A word as an FTS5 phrase: quoted, inner quotes doubled (so `"`, `*`, `AND` stay plain text)."""
    return '"' + word.replace('"', '""') + '"'


def _ilike_pattern(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_ids(model: type[Model], text: str, *, cap: int | None = None) -> frozenset[int] | None:
    """Ids matching search-as-you-type *text* on a model with search_text and sort_name (None = no search).

    SQLite: words of 3+ characters go to the FTS5 trigram index as quoted phrases (substring,
    Unicode case-insensitive, all words must match). Words of 1-2 characters cannot use the
    trigram index: the whole text is tried as one phrase first ("+43 1", "Co KG"), else the short
    words narrow the hits of the long ones (when those are few). Only short words: prefix of the
    indexed sort name. PostgreSQL: each word is an ILIKE on search_text (pg_trgm GIN index).
    """
    words = (text or "").split()
    if not words:
        return None
    if is_postgres():
        cond = _and_all(Expression(model.search_text, "ILIKE", _ilike_pattern(w)) for w in words)
        return id_set(model.select(model.id).where(cond).limit(cap))
    long_words = [w for w in words if len(w) >= MIN_FTS_CHARS]
    short_words = [w for w in words if len(w) < MIN_FTS_CHARS]
    if not long_words:
        prefix = " ".join(words).casefold()
        return id_set(
            model.select(model.id).where((model.sort_name >= prefix) & (model.sort_name < prefix + _PREFIX_END))
        )
    if not fts_available():
        return id_set(model.select(model.id).where(_and_all(_contains(model, w) for w in words)).limit(cap))
    if short_words:
        phrase = _fts_ids(model, fts_phrase(" ".join(words)), cap)
        if phrase:
            return phrase
    hits = _fts_ids(model, " ".join(fts_phrase(w) for w in long_words), cap)
    if not short_words or not hits or len(hits) > SHORT_WORD_FILTER_MAX:
        return hits  # too many to narrow by scanning their rows: the long words decide
    cond = model.id.in_(list(hits)) & _and_all(_contains(model, w) for w in short_words)
    return id_set(model.select(model.id).where(cond))


def _fts_ids(model: type[Model], match: str, cap: int | None) -> frozenset[int]:
    """Rowids of the FTS5 index for a MATCH expression (its rowids are the ids)."""
    table = model._meta.table_name
    limit = f" LIMIT {int(cap)}" if cap else ""
    sql = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?{limit}"
    return frozenset(row[0] for row in database.execute_sql(sql, [match]).fetchall())


def _contains(model: type[Model], word: str) -> Expression:
    return fn.instr(fn.lower(model.search_text), word.lower()) > 0


def _and_all(conditions) -> Expression:
    result = None
    for cond in conditions:
        result = cond if result is None else result & cond
    return result


def intersect(current: frozenset[int] | None, more: frozenset[int] | None) -> frozenset[int] | None:
    if more is None:
        return current
    return more if current is None else current & more


# --- the persons list ---------------------------------------------------------------------------


def person_filter(flt: ListFilter) -> IdFilter:
    """The filter and search of the persons list as id sets (deleted persons always excluded)."""
    exclude = id_set(Person.select(Person.id).where(Person.deleted_at.is_null(False)))
    include = search_ids(Person, flt.search)
    inactive = list(INACTIVE_STATUSES)
    if flt.active is True:
        exclude |= id_set(Person.select(Person.id).where(Person.status.in_(inactive)))
    elif flt.active is False:
        include = intersect(include, id_set(Person.select(Person.id).where(Person.status.in_(inactive))))
    if flt.tag_id:
        include = intersect(include, id_set(PersonTag.select(PersonTag.person).where(PersonTag.tag == flt.tag_id)))
    if flt.category:
        companies = Company.select(Company.id).where(Company.category == flt.category)
        include = intersect(include, id_set(Person.select(Person.id).where(Person.company.in_(companies))))
    if flt.owner_id:
        include = intersect(include, id_set(Person.select(Person.id).where(Person.owner == flt.owner_id)))
    if flt.country:
        include = intersect(include, id_set(Person.select(Person.id).where(Person.display_country == flt.country)))
    return IdFilter(include, exclude)


def ordered_person_ids(sort: str = "name", descending: bool = False) -> list[int]:
    """Every person id (deleted ones too: IdFilter removes them) in list order, from a covering index."""
    if sort == OWNER_SORT:
        return ids_by_owner(Person, descending)
    column = PERSON_SORTS.get(sort, Person.sort_name)
    order = (column.desc(), Person.id.desc()) if descending else (column.asc(), Person.id.asc())
    return id_list(Person.select(Person.id).order_by(*order))


def ids_by_owner(model: type[Model], descending: bool) -> list[int]:
    """Grouped by owner name (one index range per user), records without owner last."""
    owners = [uid for (uid,) in User.select(User.id).order_by(User.name, User.id).tuples()]
    groups = [id_list(model.select(model.id).where(model.owner == uid).order_by(model.id)) for uid in owners]
    groups.append(id_list(model.select(model.id).where(model.owner.is_null()).order_by(model.id)))
    ordered = [pid for group in groups for pid in group]
    return ordered[::-1] if descending else ordered  # exactly reversed, like (column DESC, id DESC)


def first_ids(model: type[Model], sorts: dict, sort: str, descending: bool, limit: int) -> list[int]:
    """The first *limit* ids (not deleted) of a model's list in a sort order: an index walk that stops early."""
    live = model.deleted_at.is_null()
    if sort == OWNER_SORT:
        owners = [uid for (uid,) in User.select(User.id).order_by(User.name, User.id).tuples()]
        groups = [model.owner == uid for uid in owners] + [model.owner.is_null()]
        result: list[int] = []
        for cond in reversed(groups) if descending else groups:
            order = model.id.desc() if descending else model.id.asc()
            query = model.select(model.id).where(live & cond).order_by(order).limit(limit - len(result))
            result += [r[0] for r in database.execute(query).fetchall()]
            if len(result) >= limit:
                break
        return result
    column = sorts.get(sort, model.sort_name)
    order = (column.desc(), model.id.desc()) if descending else (column.asc(), model.id.asc())
    return [r[0] for r in database.execute(model.select(model.id).where(live).order_by(*order).limit(limit)).fetchall()]


def count_live_persons() -> int:
    """Rows of the unfiltered persons list (not deleted): the scrollbar's size before the order is read."""
    return Person.select().where(Person.deleted_at.is_null()).count()


def first_person_ids(sort: str, descending: bool, limit: int) -> list[int]:
    """The first persons of the unfiltered list in a sort order (shown before the whole order is read)."""
    return first_ids(Person, PERSON_SORTS, sort, descending, limit)


def person_ids(flt: ListFilter = ListFilter(), sort: str = "name", descending: bool = False) -> list[int]:
    """Ids of the persons the list shows, in order (ordered_person_ids restricted by person_filter)."""
    return person_filter(flt).restrict(ordered_person_ids(sort, descending))


PERSON_ROW_SQL = (
    "SELECT p.id, p.gender, p.first_name, p.last_name, p.name_particle, p.titles_pre, p.titles_post, "
    "p.honorary_title, p.company_name, p.company_id, p.function_title, p.display_city, p.display_country, "
    "p.last_contact_at, c.initials, p.next_due_at, p.cadence_interval, o.name, p.email_business, "
    "p.phone_business, p.phone_mobile "
    'FROM person AS p LEFT JOIN "user" AS c ON c.id = p.last_contact_by_id LEFT JOIN "user" AS o ON o.id = p.owner_id '
    "WHERE p.id IN ({marks})"
)
TAG_SQL = (
    "SELECT pt.person_id, t.name FROM person_tag AS pt JOIN tag AS t ON t.id = pt.tag_id "
    "WHERE pt.person_id IN ({marks}) ORDER BY t.name"
)


def _in_marks(count: int) -> str:
    return ", ".join([database.param] * count)


def _timestamp(value) -> dt.datetime | None:
    """A DATETIME column read by raw SQL (SQLite gives text, PostgreSQL a datetime)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


def person_rows(ids: Sequence[int], *, now: dt.datetime | None = None) -> list[PersonRow]:
    """The list columns of the persons *ids*, in the order of *ids* (one page on screen; plain SQL: it runs
    on every scroll step)."""
    ids = [i for i in ids if i is not None]
    if not ids:
        return []
    cursor = database.execute_sql(PERSON_ROW_SQL.format(marks=_in_marks(len(ids))), ids)
    settings = load_cadence_settings()
    now = now or utcnow()
    tags = person_tags(ids)
    rows = {}
    for r in cursor.fetchall():
        last_at, due_at = _timestamp(r[13]), _timestamp(r[15])
        state = cadence.due_state(due_at, r[16], now=now, overdue_factor=settings.overdue_factor, tz=settings.time_zone)
        name = display_name(
            {
                "gender": r[1],
                "first_name": r[2],
                "last_name": r[3],
                "name_particle": r[4],
                "titles_pre": r[5],
                "titles_post": r[6],
                "honorary_title": r[7],
            }
        )
        rows[r[0]] = PersonRow(
            r[0],
            name,
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            last_at,
            r[14] or "",
            due_at,
            str(state),
            r[17] or "",
            tuple(tags.get(r[0], ())),
            r[18],
            r[19] or r[20],
        )
    return [rows[i] for i in ids if i in rows]


def person_tags(ids: Sequence[int]) -> dict[int, list[str]]:
    """Tag names per person for one page of ids (one query)."""
    result: dict[int, list[str]] = defaultdict(list)
    ids = list(ids)
    if ids:
        for pid, name in database.execute_sql(TAG_SQL.format(marks=_in_marks(len(ids))), ids).fetchall():
            result[pid].append(name)
    return result


# --- names ------------------------------------------------------------------------------------


def _titles(value) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value)
    try:
        parsed = json.loads(value or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in parsed) if isinstance(parsed, list) else ()


@functools.cache
def _titles_engine():
    """The titles module, or None while it is missing (imported once, not per row)."""
    try:
        from crmdesk.domain import titles
    except ImportError:
        return None
    return titles


def recipient(values: dict, *, function_title: str = "", company: str = ""):
    """A crmdesk.domain.titles.Recipient for a person's values (None while the titles engine is missing)."""
    titles = _titles_engine()
    if titles is None:
        return None
    return titles.Recipient(
        gender=values.get("gender") or "unknown",
        first_name=values.get("first_name") or "",
        last_name=values.get("last_name") or "",
        name_particle=values.get("name_particle") or "",
        titles_pre=_titles(values.get("titles_pre")),
        titles_post=_titles(values.get("titles_post")),
        honorary_title=values.get("honorary_title") or "",
        function_title=function_title,
        company=company,
        salutation_override=values.get("salutation_override") or "",
        formality=values.get("formality") or "Sie",
    )


def plain_name(values: dict) -> str:
    """'Franz von Huber' without titles (the fallback while the titles engine is missing)."""
    parts = (values.get("first_name"), values.get("name_particle"), values.get("last_name"))
    return " ".join(p.strip() for p in parts if p and p.strip())


def display_name(values: dict) -> str:
    """The name with titles ("KR Mag. Franz Huber, MSc"), or the plain name without the titles engine."""
    if (
        not values.get("honorary_title")
        and values.get("titles_pre") in ("[]", "", None, [])
        and values.get("titles_post") in ("[]", "", None, [])
    ):
        return plain_name(values)  # no titles: nothing for the engine to order (most persons)
    rec = recipient(values)
    if rec is None:
        return plain_name(values)
    try:
        return _titles_engine().display_name(rec) or plain_name(values)
    except Exception:  # noqa: BLE001 - a name must always show, whatever the rules engine says
        return plain_name(values)


# --- details ----------------------------------------------------------------------------------


def person_detail(person_id: int, *, now: dt.datetime | None = None) -> PersonDetail | None:
    """The person with employments, follow-ups, letters and counts (also soft-deleted ones); None if gone."""
    from crmdesk.queries.timeline import employments, follow_ups, letters

    row = Person.select().where(Person.id == person_id).dicts().first()
    if row is None:
        return None
    values = {k: v for k, v in row.items() if k not in DERIVED_COLUMNS}
    values["titles_pre"], values["titles_post"] = list(_titles(row["titles_pre"])), list(_titles(row["titles_post"]))
    values["owner"] = row["owner"]
    settings = load_cadence_settings()
    state = cadence.due_state(
        row["next_due_at"],
        row["cadence_interval"],
        now=now or utcnow(),
        overdue_factor=settings.overdue_factor,
        tz=settings.time_zone,
    )
    return PersonDetail(
        id=row["id"],
        version=row["version"],
        values=values,
        display_name=display_name(values),
        company_id=row["company"],
        company_name=row["company_name"],
        function_title=row["function_title"],
        owner_name=_user_name(row["owner"]),
        tags=tuple(person_tags([person_id]).get(person_id, ())),
        employments=tuple(employments(person_id=person_id)),
        follow_ups=tuple(follow_ups(person_id=person_id)),
        letters=tuple(letters(person_id=person_id)),
        last_contact_at=row["last_contact_at"],
        next_due_at=row["next_due_at"],
        due_state=str(state),
        interactions=Interaction.select().where(Interaction.person == person_id).count(),
        deleted_at=row["deleted_at"],
        modified_at=row["modified_at"],
        modified_by=_user_name(row["modified_by"]),
    )


def _user_name(user_id: int | None) -> str:
    if not user_id:
        return ""
    row = User.select(User.name).where(User.id == user_id).tuples().first()
    return row[0] if row else ""


def person_version(person_id: int) -> tuple[int, dt.datetime | None, str] | None:
    """(version, modified_at, modified by) of a person, to tell whether someone else saved it."""
    row = (
        Person.select(Person.version, Person.modified_at, Person.modified_by)
        .where(Person.id == person_id)
        .tuples()
        .first()
    )
    return None if row is None else (row[0], row[1], _user_name(row[2]))


def search_persons(text: str, *, limit: int = 20) -> list[PersonHit]:
    """Persons for a type-ahead: last names starting with *text* first, then other matches, by name."""
    ids = type_ahead_ids(Person, text, limit)
    return [PersonHit(r.id, r.name, r.company, r.city) for r in person_rows(ids)]


def type_ahead_ids(model: type[Model], text: str, limit: int) -> list[int]:
    """Up to *limit* ids of a model with sort_name/search_text: prefix matches first, then substring hits."""
    words = (text or "").split()
    if not words:
        return []
    prefix = " ".join(words).casefold()
    live = model.deleted_at.is_null()
    first = model.select(model.id).where(live & (model.sort_name >= prefix) & (model.sort_name < prefix + _PREFIX_END))
    ids = [r[0] for r in database.execute(first.order_by(model.sort_name, model.id).limit(limit)).fetchall()]
    if len(ids) < limit and any(len(w) >= MIN_FTS_CHARS for w in words):
        hits = search_ids(model, text, cap=500) or frozenset()
        more = model.select(model.id).where(live & model.id.in_(list(hits - set(ids))))
        ids += [
            r[0] for r in database.execute(more.order_by(model.sort_name, model.id).limit(limit - len(ids))).fetchall()
        ]
    return ids


def person_ids_at_company(company_id: int) -> list[int]:
    """Persons (not deleted) whose primary company is *company_id*, by name."""
    query = Person.select(Person.id).where(Person.deleted_at.is_null() & (Person.company == company_id))
    return [r[0] for r in database.execute(query.order_by(Person.sort_name, Person.id)).fetchall()]
