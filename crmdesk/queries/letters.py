"""Read side of letters: recipients with everything a letter needs, templates, the letters history, the
sender and the business settings of letters (plain records from crmdesk.domain.letter_records).

`recipients()` loads a whole selection in one set-based query (persons LEFT JOIN their primary
company, filters as index-friendly WHERE clauses and subqueries), never one query per person:
1,000 recipients load in a few milliseconds.

The postal address is chosen by rule: a person who prefers the private address gets it; otherwise
the person's own business address if it is complete, else the company's address; when the preferred
one is incomplete the others are tried in that order, so nobody with any complete address is skipped.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence

from peewee import JOIN

from crmdesk.db.models import (
    Company, CompanyTag, Letter, LetterTemplate, Person, PersonTag, Tag, User, database, utcnow,
)
from crmdesk.db.settings_store import get_setting
from crmdesk.domain.letter_records import (
    COMPANY_FIELDS, PERSON_FIELDS, LetterHistoryRow, LetterRecipient, PostalAddress, SenderRecord, TemplateRecord,
)

LETTERHEAD_SETTING = "letterhead"
LETTERS_SETTING = "letters"
TITLES_SETTING = "titles"
LETTERS_DEFAULTS = {"form": "B", "country": "AT", "log_interactions": True, "sender_reference": ""}
_ID_CHUNK = 10_000  # ids per IN (...) list (SQLite allows 32,766 variables per statement)

_PERSON_COLUMNS = (
    "id", "gender", "first_name", "last_name", "name_particle", "titles_pre", "titles_post", "honorary_title",
    "function_title", "company", "company_name", "formality", "language", "salutation_override",
    "advertising_objection", "do_not_contact", "status", "preferred_address",
    "street", "postal_code", "city", "country", "private_street", "private_postal_code", "private_city",
    "private_country", "email_business", "email_private", "phone_business", "phone_mobile", "phone_private",
    "birthday", "linkedin_url", "xing_url", "other_url",
)
_SELECT = ([getattr(Person, name) for name in _PERSON_COLUMNS]
           + [getattr(Company, name).alias(f"c_{name}") for name in COMPANY_FIELDS])
_NAMES = _PERSON_COLUMNS + tuple(f"c_{name}" for name in COMPANY_FIELDS)


def recipients(person_ids: Iterable[int] | None = None, *, tag: str | None = None, category: str | None = None,
               country: str | None = None, owner: int | None = None, overdue: bool = False,
               limit: int | None = None, now: dt.datetime | None = None) -> list[LetterRecipient]:
    """The persons selected by explicit ids and/or filters (deleted persons never), as letter recipients.

    tag: a person tag or a tag of the person's company; category: the company's category (A/B/C);
    country: the country of the address shown in lists; owner: a user id; overdue: next due <= now.
    Explicit ids keep their order; otherwise the order is by name. *limit* caps the count.
    """
    base = _filtered(tag=tag, category=category, country=country, owner=owner, overdue=overdue, now=now)
    if person_ids is None:
        query = base.order_by(Person.sort_name, Person.id)
        if limit is not None:
            query = query.limit(max(0, limit))
        return [_recipient(row) for row in _raw_rows(query)]
    wanted = list(dict.fromkeys(person_ids))
    found: dict[int, LetterRecipient] = {}
    for start in range(0, len(wanted), _ID_CHUNK):
        chunk = wanted[start:start + _ID_CHUNK]
        for row in _raw_rows(base.where(Person.id.in_(chunk))):
            found[row[0]] = _recipient(row)
    ordered = [found[pid] for pid in wanted if pid in found]
    return ordered if limit is None else ordered[:max(0, limit)]


def _filtered(*, tag, category, country, owner, overdue, now):
    """The recipients query with every filter as a WHERE clause."""
    query = (Person.select(*_SELECT).join(Company, JOIN.LEFT_OUTER, on=(Person.company == Company.id))
             .where(Person.deleted_at.is_null()))
    if tag:
        tagged_persons = PersonTag.select(PersonTag.person).join(Tag).where(Tag.name == tag)
        tagged_companies = CompanyTag.select(CompanyTag.company).join(Tag).where(Tag.name == tag)
        query = query.where(Person.id.in_(tagged_persons) | Person.company.in_(tagged_companies))
    if category:
        query = query.where(Company.category == category.upper())
    if country:
        query = query.where(Person.display_country == country.upper())
    if owner is not None:
        query = query.where(Person.owner == owner)
    if overdue:
        query = query.where(Person.next_due_at <= (now or utcnow()))
    return query


def _raw_rows(query) -> list[tuple]:
    """The rows as the driver returns them: no per-column conversion by peewee (half the load time);
    booleans may come as 0/1 and dates as ISO text, which _recipient handles."""
    return database.execute(query).fetchall()


def _titles(raw: str | None) -> tuple[str, ...]:
    """A JSON title list as a tuple (anything malformed counts as no titles)."""
    if not raw or raw == "[]":
        return ()
    try:
        value = json.loads(raw)
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _text(value: object) -> str:
    return "" if value is None else str(value)


_I = {name: index for index, name in enumerate(_NAMES)}
_PERSON_FIELD_INDEX = {f"person_{name}": _I[name] for name in PERSON_FIELDS if name in _I}
_COMPANY_FIELD_INDEX = {f"company_{name}": _I[f"c_{name}"] for name in COMPANY_FIELDS}


class RowFields(Mapping[str, str]):
    """The person_* and company_* placeholder values of one row, converted only when asked for
    (a letter uses a few of the ~40 fields; building them all costs more than the query)."""

    __slots__ = ("_row", "_titles")

    def __init__(self, row: tuple, titles: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
        self._row, self._titles = row, titles

    def __getitem__(self, key: str) -> str:
        if key == "person_titles_pre":
            return " ".join(self._titles[0])
        if key == "person_titles_post":
            return ", ".join(self._titles[1])
        index = _PERSON_FIELD_INDEX.get(key)
        if index is None:
            index = _COMPANY_FIELD_INDEX[key]
        return _text(self._row[index])

    def __iter__(self) -> Iterator[str]:
        yield from _PERSON_FIELD_INDEX  # includes person_titles_pre/post (read from the parsed titles)
        yield from _COMPANY_FIELD_INDEX

    def __len__(self) -> int:
        return len(_PERSON_FIELD_INDEX) + len(_COMPANY_FIELD_INDEX)


_BUSINESS = tuple(_I[n] for n in ("street", "street", "postal_code", "city"))  # no PO box of its own
_COMPANY = tuple(_I[n] for n in ("c_street", "c_po_box", "c_postal_code", "c_city"))
_PRIVATE = tuple(_I[n] for n in ("private_street", "private_street", "private_postal_code", "private_city"))


def choose_address(row: Sequence) -> tuple[PostalAddress | None, str]:
    """The postal address a letter goes to, and where it comes from (see the module docstring)."""
    own_country = row[_I["country"]] or row[_I["c_country"]] or ""
    candidates = [("business", _BUSINESS, own_country)]
    if row[_I["company"]]:
        candidates.append(("company", _COMPANY, row[_I["c_country"]] or ""))
    candidates.append(("private", _PRIVATE, row[_I["private_country"]] or own_country))
    if row[_I["preferred_address"]] == "private":
        candidates.insert(0, candidates.pop())
    for source, (street, po_box, postal_code, city), country in candidates:
        street_text = row[street] or ""
        box_text = "" if po_box == street else row[po_box] or ""
        city_text = row[city] or ""
        if city_text.strip() and (street_text.strip() or box_text.strip()):
            return PostalAddress(street_text, box_text, row[postal_code] or "", city_text, country), source
    return None, ""


def _recipient(row: tuple) -> LetterRecipient:
    """One raw query row as a LetterRecipient."""
    i = _I
    titles = (_titles(row[i["titles_pre"]]), _titles(row[i["titles_post"]]))
    address, source = choose_address(row)
    return LetterRecipient(
        person_id=row[0], gender=row[i["gender"]] or "unknown", first_name=row[i["first_name"]] or "",
        last_name=row[i["last_name"]] or "", name_particle=row[i["name_particle"]] or "",
        titles_pre=titles[0], titles_post=titles[1], honorary_title=row[i["honorary_title"]] or "",
        function_title=row[i["function_title"]] or "", company=row[i["company_name"]] or "",
        company_id=row[i["company"]], formality=row[i["formality"]] or "Sie", language=row[i["language"]] or "de",
        salutation_override=row[i["salutation_override"]] or "",
        advertising_objection=bool(row[i["advertising_objection"]]), do_not_contact=bool(row[i["do_not_contact"]]),
        status=row[i["status"]] or "active", address=address, address_source=source, fields=RowFields(row, titles),
    )


# --- templates -----------------------------------------------------------------------------------

_TEMPLATE_COLUMNS = (LetterTemplate.id, LetterTemplate.name, LetterTemplate.language, LetterTemplate.subject,
                     LetterTemplate.body, LetterTemplate.advertising, LetterTemplate.active, LetterTemplate.version,
                     LetterTemplate.modified_at)


def templates(*, include_inactive: bool = False) -> list[TemplateRecord]:
    """Every stored template by name (only active ones unless asked)."""
    query = LetterTemplate.select(*_TEMPLATE_COLUMNS).order_by(LetterTemplate.name)
    if not include_inactive:
        query = query.where(LetterTemplate.active == True)  # noqa: E712 - peewee expression
    return [TemplateRecord(*row) for row in query.tuples()]


def template_by_name(name: str) -> TemplateRecord | None:
    """The stored template called *name*, or None."""
    row = LetterTemplate.select(*_TEMPLATE_COLUMNS).where(LetterTemplate.name == name).tuples().first()
    return TemplateRecord(*row) if row else None


def template_by_id(template_id: int) -> TemplateRecord | None:
    """The stored template with this id, or None."""
    row = LetterTemplate.select(*_TEMPLATE_COLUMNS).where(LetterTemplate.id == template_id).tuples().first()
    return TemplateRecord(*row) if row else None


# --- history -------------------------------------------------------------------------------------

def letter_history(*, person_id: int | None = None, batch_key: str | None = None,
                   limit: int | None = 1000) -> list[LetterHistoryRow]:
    """Printed letters, newest first (one person's, one serial run's, or everyone's)."""
    query = (Letter.select(Letter.id, Letter.created_at, Letter.person, Letter.company, Letter.recipient_label,
                           Letter.subject, Letter.file_path, Letter.batch_key, LetterTemplate.name, User.name)
             .join(LetterTemplate, JOIN.LEFT_OUTER, on=(Letter.template == LetterTemplate.id))
             .join(User, JOIN.LEFT_OUTER, on=(Letter.created_by == User.id), src=Letter)
             .order_by(Letter.created_at.desc(), Letter.id.desc()))
    if person_id is not None:
        query = query.where(Letter.person == person_id)
    if batch_key is not None:
        query = query.where(Letter.batch_key == batch_key)
    if limit is not None:
        query = query.limit(limit)
    return [LetterHistoryRow(*row[:8], _text(row[8]), _text(row[9])) for row in query.tuples()]


def letter_count(*, batch_key: str | None = None) -> int:
    """How many letters are recorded (in one serial run)."""
    query = Letter.select()
    if batch_key is not None:
        query = query.where(Letter.batch_key == batch_key)
    return query.count()


# --- sender and settings -------------------------------------------------------------------------

def sender_record(user_id: int | None) -> SenderRecord:
    """The signing user's name, function, e-mail, phone and initials (empty for the system actor)."""
    if user_id is None:
        return SenderRecord()
    row = (User.select(User.name, User.function_title, User.email, User.phone, User.initials)
           .where(User.id == user_id).tuples().first())
    return SenderRecord(*(_text(v) for v in row)) if row else SenderRecord()


def _mapping(key: str) -> dict:
    value = get_setting(key, {})
    return dict(value) if isinstance(value, dict) else {}


def letterhead_setting() -> dict:
    """The stored letterhead (Letterhead field names → values); {} when none is set."""
    return _mapping(LETTERHEAD_SETTING)


def letters_setting() -> dict:
    """Form, country, logging switch and sender reference, with defaults for what is not stored."""
    return {**LETTERS_DEFAULTS, **_mapping(LETTERS_SETTING)}


def titles_setting() -> dict:
    """The stored title conventions (TitleSettings keys), {} for the defaults."""
    return _mapping(TITLES_SETTING)


def person_names(person_ids: Sequence[int]) -> dict[int, str]:
    """id → "First Last" for a few persons (reports, dialogs)."""
    result: dict[int, str] = {}
    for start in range(0, len(person_ids), _ID_CHUNK):
        chunk = list(person_ids[start:start + _ID_CHUNK])
        query = Person.select(Person.id, Person.first_name, Person.last_name, Person.company_name)
        for pid, first, last, company in query.where(Person.id.in_(chunk)).tuples():
            result[pid] = " ".join(x for x in (first, last) if x) or company or f"#{pid}"
    return result
