"""Queries for the companies list, company details and the company picker (plain records only).

Same two steps as the persons list: `company_ids(filter, sort)` (covering-index order restricted by
id sets) and `company_rows(ids)` for the page on screen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from peewee import JOIN, fn

from crmdesk.db.models import Company, CompanyTag, Person, Tag, User
from crmdesk.domain.records import CompanyDetail, CompanyRow, ListFilter
from crmdesk.queries.persons import (
    IdFilter,
    first_ids,
    id_list,
    id_set,
    ids_by_owner,
    intersect,
    search_ids,
    type_ahead_ids,
)

COMPANY_SORTS = {
    "name": Company.sort_name,
    "city": Company.city,
    "country": Company.country,
    "category": Company.category,
    "status": Company.status,
    "last_contact": Company.last_contact_at,
}
OWNER_SORT = "owner"


def company_filter(flt: ListFilter) -> IdFilter:
    """The filter and search of the companies list as id sets (deleted companies always excluded)."""
    exclude = id_set(Company.select(Company.id).where(Company.deleted_at.is_null(False)))
    include = search_ids(Company, flt.search)
    conditions = []
    if flt.active is not None:
        conditions.append(Company.active == flt.active)
    if flt.category:
        conditions.append(Company.category == flt.category)
    if flt.owner_id:
        conditions.append(Company.owner == flt.owner_id)
    if flt.country:
        conditions.append(Company.country == flt.country)
    for cond in conditions:
        include = intersect(include, id_set(Company.select(Company.id).where(cond)))
    if flt.tag_id:
        include = intersect(include, id_set(CompanyTag.select(CompanyTag.company).where(CompanyTag.tag == flt.tag_id)))
    return IdFilter(include, exclude)


def ordered_company_ids(sort: str = "name", descending: bool = False) -> list[int]:
    """Every company id (deleted ones too: IdFilter removes them) in list order."""
    if sort == OWNER_SORT:
        return ids_by_owner(Company, descending)
    column = COMPANY_SORTS.get(sort, Company.sort_name)
    order = (column.desc(), Company.id.desc()) if descending else (column.asc(), Company.id.asc())
    return id_list(Company.select(Company.id).order_by(*order))


def first_company_ids(sort: str, descending: bool, limit: int) -> list[int]:
    """The first companies of the unfiltered list in a sort order."""
    return first_ids(Company, COMPANY_SORTS, sort, descending, limit)


def company_ids(flt: ListFilter = ListFilter(), sort: str = "name", descending: bool = False) -> list[int]:
    """Ids of the companies the list shows, in order."""
    return company_filter(flt).restrict(ordered_company_ids(sort, descending))


def company_rows(ids: Sequence[int]) -> list[CompanyRow]:
    """The list columns of the companies *ids*, in the order of *ids*."""
    if not ids:
        return []
    contact_user, owner_user = User.alias(), User.alias()
    query = (
        Company.select(
            Company.id,
            Company.name,
            Company.city,
            Company.country,
            Company.category,
            Company.status,
            Company.last_contact_at,
            contact_user.initials,
            owner_user.name,
            Company.phone,
            Company.email,
        )
        .join_from(Company, contact_user, JOIN.LEFT_OUTER, on=(Company.last_contact_by == contact_user.id))
        .join_from(Company, owner_user, JOIN.LEFT_OUTER, on=(Company.owner == owner_user.id))
        .where(Company.id.in_(list(ids)))
        .tuples()
    )
    counts = _person_counts(ids)
    tags = company_tags(ids)
    rows = {
        r[0]: CompanyRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            counts.get(r[0], 0),
            r[6],
            r[7] or "",
            r[8] or "",
            tuple(tags.get(r[0], ())),
            r[9],
            r[10],
        )
        for r in query
    }
    return [rows[i] for i in ids if i in rows]


def _person_counts(ids: Sequence[int]) -> dict[int, int]:
    query = (
        Person.select(Person.company, fn.COUNT(Person.id))
        .where(Person.company.in_(list(ids)) & Person.deleted_at.is_null())
        .group_by(Person.company)
        .tuples()
    )
    return dict(query)


def company_tags(ids: Sequence[int]) -> dict[int, list[str]]:
    """Tag names per company for one page of ids."""
    result: dict[int, list[str]] = defaultdict(list)
    query = (
        CompanyTag.select(CompanyTag.company, Tag.name)
        .join(Tag)
        .where(CompanyTag.company.in_(list(ids)))
        .order_by(Tag.name)
        .tuples()
    )
    for cid, name in query:
        result[cid].append(name)
    return result


def company_detail(company_id: int) -> CompanyDetail | None:
    """The company with its persons (employments), follow-ups and letters; None if it does not exist."""
    from crmdesk.queries.persons import _user_name
    from crmdesk.queries.timeline import employments, follow_ups, letters

    row = Company.select().where(Company.id == company_id).dicts().first()
    if row is None:
        return None
    skip = {
        "id",
        "version",
        "created_at",
        "modified_at",
        "modified_by",
        "deleted_at",
        "sort_name",
        "search_text",
        "last_contact_at",
        "last_contact_by",
    }
    values = {k: v for k, v in row.items() if k not in skip}
    return CompanyDetail(
        id=row["id"],
        version=row["version"],
        values=values,
        owner_name=_user_name(row["owner"]),
        tags=tuple(company_tags([company_id]).get(company_id, ())),
        employments=tuple(employments(company_id=company_id)),
        follow_ups=tuple(follow_ups(company_id=company_id)),
        letters=tuple(letters(company_id=company_id)),
        last_contact_at=row["last_contact_at"],
        deleted_at=row["deleted_at"],
        modified_at=row["modified_at"],
        modified_by=_user_name(row["modified_by"]),
    )


def search_companies(text: str, *, limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, name, city) of companies matching *text*, for pickers (name prefix first)."""
    ids = type_ahead_ids(Company, text, limit)
    if not ids:
        return []
    rows = dict(
        (r[0], r) for r in Company.select(Company.id, Company.name, Company.city).where(Company.id.in_(ids)).tuples()
    )
    return [rows[i] for i in ids if i in rows]


def company_version(company_id: int):
    """(version, modified_at, modified by) of a company."""
    from crmdesk.queries.persons import _user_name

    row = (
        Company.select(Company.version, Company.modified_at, Company.modified_by)
        .where(Company.id == company_id)
        .tuples()
        .first()
    )
    return None if row is None else (row[0], row[1], _user_name(row[2]))


def company_name(company_id: int | None) -> str:
    """The name of a company ('' when there is none)."""
    if not company_id:
        return ""
    row = Company.select(Company.name).where(Company.id == company_id).tuples().first()
    return row[0] if row else ""
