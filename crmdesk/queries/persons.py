"""Queries for person lists and person details (plain records, never peewee rows)."""

from __future__ import annotations

from crmdesk.db.models import Person


def count_persons() -> int:
    """Persons that are not deleted."""
    return Person.select().where(Person.deleted_at.is_null()).count()


def first_person_rows(limit: int = 500) -> list[tuple]:
    """(id, name, company, city, last contact) of the first persons by name."""
    query = (Person.select(Person.id, Person.first_name, Person.last_name, Person.company_name, Person.display_city,
                           Person.last_contact_at)
             .where(Person.deleted_at.is_null()).order_by(Person.sort_name, Person.id).limit(limit).tuples())
    return [(pid, f"{first} {last}".strip(), company, city, last_at) for pid, first, last, company, city, last_at in query]
