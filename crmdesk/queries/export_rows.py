"""Reading persons and companies for export, and the facts the importer compares against (plain dicts).

Rows come in chunks so that 100,000 persons export without one giant IN list; each person row
carries its primary company's address (a letter's effective business address), its department
and its tags, so writers need no further queries.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator

from crmdesk.db.models import Company, CompanyTag, Employment, Person, PersonTag, Tag, database

CHUNK = 5000
PERSON_COLUMNS = (
    "id", "version", "gender", "titles_pre", "titles_post", "honorary_title", "first_name", "name_particle", "last_name",
    "company", "company_name", "function_title", "street", "postal_code", "city", "country", "private_street",
    "private_postal_code", "private_city", "private_country", "preferred_address", "phone_business", "phone_mobile",
    "phone_private", "email_business", "email_private", "linkedin_url", "xing_url", "other_url", "birthday",
    "language", "formality", "salutation_override", "notes", "status", "last_contact_at", "display_city",
    "display_country", "modified_at",
)
COMPANY_COLUMNS = (
    "id", "version", "name", "legal_form", "street", "po_box", "postal_code", "city", "country", "phone", "phone2", "fax",
    "email", "email2", "website", "vat_id", "register_number", "register_court", "category", "status", "notes",
    "last_contact_at",
)
COMPANY_ADDRESS = ("street", "po_box", "postal_code", "city", "country")


def _titles(raw: str) -> list[str]:
    if not raw or raw == "[]":
        return []
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def person_ids(*, tag: str | None = None) -> list[int]:
    """Ids of all persons that are not deleted (optionally with *tag*), by name."""
    query = Person.select(Person.id).where(Person.deleted_at.is_null())
    if tag:
        query = query.where(Person.id.in_(PersonTag.select(PersonTag.person).join(Tag).where(Tag.name == tag)))
    return [pid for (pid,) in query.order_by(Person.sort_name, Person.id).tuples()]


def company_ids(*, tag: str | None = None) -> list[int]:
    """Ids of all companies that are not deleted (optionally with *tag*), by name."""
    query = Company.select(Company.id).where(Company.deleted_at.is_null())
    if tag:
        query = query.where(Company.id.in_(CompanyTag.select(CompanyTag.company).join(Tag).where(Tag.name == tag)))
    return [cid for (cid,) in query.order_by(Company.sort_name, Company.id).tuples()]


def iter_person_rows(ids: Iterable[int] | None = None, *, tag: str | None = None) -> Iterator[dict]:
    """One dict per person (PERSON_COLUMNS plus tags, department and company_address).

    ids None: every person that is not deleted (optionally with *tag*), by name, in one streamed
    query; otherwise the persons with *ids*, in that order. Raw cursor rows: peewee's per-value
    conversion would cost more than the rest of an export of 100,000 persons.
    """
    if ids is None:
        query = Person.select(*_person_columns()).where(Person.deleted_at.is_null()).order_by(Person.sort_name, Person.id)
        if tag:
            query = query.where(Person.id.in_(PersonTag.select(PersonTag.person).join(Tag).where(Tag.name == tag)))
        yield from _person_dicts(database.execute(query), _tags(PersonTag, PersonTag.person, None), _departments(None),
                                 company_addresses(None))
        return
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        rows = {row[0]: row for row in database.execute(Person.select(*_person_columns()).where(Person.id.in_(chunk)))}
        companies = company_addresses({row[9] for row in rows.values() if row[9]})
        ordered = [rows[pid] for pid in chunk if pid in rows]
        yield from _person_dicts(ordered, _tags(PersonTag, PersonTag.person, chunk), _departments(chunk), companies)


def _person_columns() -> list:
    return [getattr(Person, name) for name in PERSON_COLUMNS]


def _person_dicts(rows: Iterable[tuple], tags: dict, departments: dict, companies: dict) -> Iterator[dict]:
    for values in rows:
        row = dict(zip(PERSON_COLUMNS, values))
        row["titles_pre"], row["titles_post"] = _titles(row["titles_pre"]), _titles(row["titles_post"])
        row["birthday"] = _date(row["birthday"])
        row["last_contact_at"] = _datetime(row["last_contact_at"])
        row["modified_at"] = _datetime(row["modified_at"])
        row["tags"] = tags.get(row["id"], [])
        row["department"] = departments.get(row["id"], "")
        row["company_address"] = companies.get(row["company"], {})
        yield row


def _date(value) -> dt.date | None:
    """A DateField value from a raw SQLite row (text) or a PostgreSQL row (date)."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10]) if value else None
    return value


def _datetime(value) -> dt.datetime | None:
    """A DateTimeField value from a raw SQLite row (text) or a PostgreSQL row (datetime)."""
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value) if value else None
    return value


def iter_company_rows(ids: Iterable[int]) -> Iterator[dict]:
    """One dict per company (COMPANY_COLUMNS plus tags), in the order of *ids*."""
    ids = list(ids)
    columns = [getattr(Company, name) for name in COMPANY_COLUMNS]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        rows = {row[0]: dict(zip(COMPANY_COLUMNS, row)) for row in Company.select(*columns).where(Company.id.in_(chunk)).tuples()}
        tags = _tags(CompanyTag, CompanyTag.company, chunk)
        for cid in chunk:
            if cid in rows:
                yield {**rows[cid], "tags": tags.get(cid, [])}


def _tags(link, column, ids: list[int] | None) -> dict[int, list[str]]:
    """Owner id → tag names (ids None: every link)."""
    result: dict[int, list[str]] = defaultdict(list)
    query = link.select(column, Tag.name).join(Tag).order_by(Tag.name)
    if ids is not None:
        query = query.where(column.in_(ids))
    for owner, name in database.execute(query):
        result[owner].append(name)
    return result


def _departments(ids: list[int] | None) -> dict[int, str]:
    query = Employment.select(Employment.person, Employment.department).where(Employment.is_primary
                                                                             & (Employment.department != ""))
    if ids is not None:
        query = query.where(Employment.person.in_(ids))
    return dict(database.execute(query))


def company_addresses(ids: Iterable[int] | None) -> dict[int, dict]:
    """Company id → its name and address fields (ids None: every company)."""
    columns = [Company.id, Company.name, *[getattr(Company, n) for n in COMPANY_ADDRESS]]
    names = ("id", "name") + COMPANY_ADDRESS
    if ids is None:
        return {row[0]: dict(zip(names, row)) for row in database.execute(Company.select(*columns))}
    ids = [i for i in ids if i]
    result = {}
    for start in range(0, len(ids), CHUNK):
        query = Company.select(*columns).where(Company.id.in_(ids[start:start + CHUNK]))
        result.update({row[0]: dict(zip(names, row)) for row in database.execute(query)})
    return result


def company_match_rows() -> list[tuple]:
    """(id, name, city, street, postal_code, country, po_box) of every company that is not deleted, oldest first."""
    query = (Company.select(Company.id, Company.name, Company.city, Company.street, Company.postal_code, Company.country,
                            Company.po_box).where(Company.deleted_at.is_null()).order_by(Company.id))
    return list(database.execute(query))  # raw tuples: every column is text or an id, nothing to convert


def person_details(ids: Iterable[int]) -> dict[int, dict]:
    """Person id → export row, for showing matches side by side and for computing update changes."""
    return {row["id"]: row for row in iter_person_rows(ids)}


def current_jobs(person_ids_: Iterable[int]) -> dict[int, dict[int, dict]]:
    """Person id → {company id: {function_title, department}} of current employments."""
    result: dict[int, dict[int, dict]] = defaultdict(dict)
    ids = list(person_ids_)
    for start in range(0, len(ids), CHUNK):
        query = (Employment.select(Employment.person, Employment.company, Employment.function_title, Employment.department)
                 .where(Employment.person.in_(ids[start:start + CHUNK]) & Employment.until.is_null()).tuples())
        for pid, cid, title, department in query:
            result[pid][cid] = {"function_title": title, "department": department}
    return result
