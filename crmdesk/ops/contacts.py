"""Operations on persons, companies, employments and tags.

Each public function is one user action: it takes the acting user, checks the role, runs in one
transaction, bumps `version`, writes the audit trail and keeps the derived columns current.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from crmdesk.db import derived
from crmdesk.db.models import Company, CompanyTag, Employment, Person, PersonTag, Tag, utcnow
from crmdesk.ops.base import Actor, ValidationError, delete_row, insert_row, operation, update_row

GENDERS = ("m", "f", "d", "unknown")
PERSON_STATUSES = ("active", "inactive", "left", "deceased")
COMPANY_STATUSES = ("customer", "prospect", "partner", "former")

PERSON_FIELDS = frozenset({
    "gender", "first_name", "last_name", "name_particle", "titles_pre", "titles_post", "honorary_title",
    "language", "formality", "salutation_override", "street", "postal_code", "city", "country",
    "private_street", "private_postal_code", "private_city", "private_country", "preferred_address",
    "phone_business", "phone_mobile", "phone_private", "email_business", "email_private",
    "linkedin_url", "xing_url", "other_url", "birthday", "timezone", "notes", "cadence_days",
    "advertising_consent", "consent_at", "consent_source", "advertising_objection", "objection_at",
    "objection_source", "do_not_contact", "owner", "status", "import_batch",
})
COMPANY_FIELDS = frozenset({
    "name", "legal_form", "street", "postal_code", "city", "country", "po_box", "phone", "phone2", "fax",
    "email", "email2", "website", "vat_id", "register_number", "register_court", "category", "status",
    "owner", "cadence_days", "notes", "active", "import_batch",
})
EMPLOYMENT_FIELDS = frozenset({"function_title", "department", "is_primary", "since", "until"})


def _clean(values: Mapping[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError({k: "unknown field" for k in sorted(unknown)})
    data = dict(values)
    for key in ("titles_pre", "titles_post"):
        if key in data and not isinstance(data[key], str):
            data[key] = json.dumps([str(t).strip() for t in data[key] or [] if str(t).strip()], ensure_ascii=False)
    for key, value in list(data.items()):
        if isinstance(value, str) and key not in ("notes",):
            data[key] = value.strip()
    return data


def _validate_person(data: Mapping[str, Any], *, creating: bool) -> None:
    problems = {}
    if creating and not (data.get("last_name") or data.get("first_name")):
        problems["last_name"] = "A person needs at least a first or a last name."
    if "gender" in data and data["gender"] not in GENDERS:
        problems["gender"] = f"Gender must be one of {', '.join(GENDERS)}."
    if "status" in data and data["status"] not in PERSON_STATUSES:
        problems["status"] = f"Status must be one of {', '.join(PERSON_STATUSES)}."
    if "language" in data and data["language"] not in ("de", "en"):
        problems["language"] = "Letter language must be de or en."
    if "formality" in data and data["formality"] not in ("Sie", "Du"):
        problems["formality"] = "Formality must be Sie or Du."
    if data.get("cadence_days") is not None and int(data["cadence_days"]) < 0:
        problems["cadence_days"] = "The cadence must be 0 (none) or a number of days."
    if problems:
        raise ValidationError(problems)


def _validate_company(data: Mapping[str, Any], *, creating: bool) -> None:
    problems = {}
    if (creating or "name" in data) and not data.get("name"):
        problems["name"] = "A company needs a name."
    if "category" in data and data["category"] not in ("", "A", "B", "C"):
        problems["category"] = "Category must be A, B, C or empty."
    if "status" in data and data["status"] not in COMPANY_STATUSES:
        problems["status"] = f"Status must be one of {', '.join(COMPANY_STATUSES)}."
    if problems:
        raise ValidationError(problems)


def _refresh_people(person_ids: Iterable[int]) -> None:
    ids = list(person_ids)
    derived.refresh_persons(ids)
    derived.refresh_contact_state(ids)


# --- persons ------------------------------------------------------------------------------------

def create_person(actor: Actor, values: Mapping[str, Any], *, company_id: int | None = None,
                  function_title: str = "", department: str = "", tags: Iterable[str] = (),
                  batch: str | None = None) -> int:
    """Create a person, optionally employed at a company and tagged; returns the id."""
    data = _clean(values, PERSON_FIELDS)
    _validate_person(data, creating=True)
    with operation(actor, "person.create", batch=batch) as op:
        person_id = insert_row(op, Person, data)
        if company_id is not None:
            insert_row(op, Employment, {"person": person_id, "company": company_id, "function_title": function_title.strip(),
                                        "department": department.strip(), "is_primary": True})
        _set_tags(op, person_id, tags)
        _refresh_people([person_id])
        return person_id


def update_person(actor: Actor, person_id: int, expected_version: int | None, changes: Mapping[str, Any],
                  *, batch: str | None = None) -> dict:
    """Change fields of a person; ConflictError if someone saved it since *expected_version*."""
    data = _clean(changes, PERSON_FIELDS)
    _validate_person(data, creating=False)
    with operation(actor, "person.edit", batch=batch) as op:
        _before, after = update_row(op, Person, person_id, expected_version, data)
        if after:
            _refresh_people([person_id])
        return after


def delete_person(actor: Actor, person_id: int, expected_version: int | None = None) -> None:
    """Soft delete: the person disappears from lists and can be restored (restore_person)."""
    with operation(actor, "person.delete") as op:
        update_row(op, Person, person_id, expected_version, {"deleted_at": utcnow()}, action="delete")
        derived.refresh_contact_state([person_id])


def restore_person(actor: Actor, person_id: int) -> None:
    """Undo a soft delete."""
    with operation(actor, "person.delete") as op:
        update_row(op, Person, person_id, None, {"deleted_at": None}, action="restore")
        derived.refresh_contact_state([person_id])


def snooze_person(actor: Actor, person_id: int, until, reason: str = "") -> None:
    """Pause keep-in-touch reminders for a person until a date, with a reason (None ends it)."""
    with operation(actor, "person.edit") as op:
        update_row(op, Person, person_id, None, {"snoozed_until": until, "snooze_reason": reason.strip()}, action="snooze")
        derived.refresh_contact_state([person_id])


# --- tags ------------------------------------------------------------------------------------

def _tag_id(op, name: str) -> int:
    tag = Tag.get_or_none(Tag.name == name)
    return tag.id if tag else insert_row(op, Tag, {"name": name})


def _set_tags(op, person_id: int, names: Iterable[str]) -> None:
    wanted = {n.strip() for n in names if n and n.strip()}
    current = {t.name: t.id for t in Tag.select().join(PersonTag).where(PersonTag.person == person_id)}
    for name in wanted - set(current):
        insert_row(op, PersonTag, {"person": person_id, "tag": _tag_id(op, name)})
    for name in set(current) - wanted:
        PersonTag.delete().where((PersonTag.person == person_id) & (PersonTag.tag == current[name])).execute()
        op.audit("person_tag", person_id, "untag", {"tag": name}, None)


def set_person_tags(actor: Actor, person_id: int, names: Iterable[str]) -> None:
    """Replace a person's tags by *names* (new tags are created)."""
    with operation(actor, "person.edit") as op:
        _set_tags(op, person_id, names)
        derived.refresh_contact_state([person_id])


def set_company_tags(actor: Actor, company_id: int, names: Iterable[str]) -> None:
    """Replace a company's tags by *names*."""
    wanted = {n.strip() for n in names if n and n.strip()}
    with operation(actor, "company.edit") as op:
        current = {t.name: t.id for t in Tag.select().join(CompanyTag).where(CompanyTag.company == company_id)}
        for name in wanted - set(current):
            insert_row(op, CompanyTag, {"company": company_id, "tag": _tag_id(op, name)})
        for name in set(current) - wanted:
            CompanyTag.delete().where((CompanyTag.company == company_id) & (CompanyTag.tag == current[name])).execute()
            op.audit("company_tag", company_id, "untag", {"tag": name}, None)
        _refresh_company_people(company_id)


def set_tag_cadence(actor: Actor, name: str, days: int | None) -> None:
    """Give a tag a cadence override in days (0 = no cadence, None = none set)."""
    with operation(actor, "tag.edit") as op:
        tag_id = _tag_id(op, name)
        update_row(op, Tag, tag_id, None, {"cadence_days": days})
        ids = [pid for (pid,) in PersonTag.select(PersonTag.person).where(PersonTag.tag == tag_id).tuples()]
        derived.refresh_contact_state(ids)


# --- companies ------------------------------------------------------------------------------

def create_company(actor: Actor, values: Mapping[str, Any], *, tags: Iterable[str] = (), batch: str | None = None) -> int:
    """Create a company; returns the id."""
    data = _clean(values, COMPANY_FIELDS)
    _validate_company(data, creating=True)
    with operation(actor, "company.create", batch=batch) as op:
        company_id = insert_row(op, Company, data)
        for name in {n.strip() for n in tags if n and n.strip()}:
            insert_row(op, CompanyTag, {"company": company_id, "tag": _tag_id(op, name)})
        derived.refresh_companies([company_id])
        return company_id


def update_company(actor: Actor, company_id: int, expected_version: int | None, changes: Mapping[str, Any],
                   *, batch: str | None = None) -> dict:
    """Change fields of a company; its persons' list columns follow."""
    data = _clean(changes, COMPANY_FIELDS)
    _validate_company(data, creating=False)
    with operation(actor, "company.edit", batch=batch) as op:
        _before, after = update_row(op, Company, company_id, expected_version, data)
        if after:
            derived.refresh_companies([company_id])
            _refresh_company_people(company_id)
        return after


def _refresh_company_people(company_id: int) -> None:
    ids = [pid for (pid,) in Person.select(Person.id).where(Person.company == company_id).tuples()]
    derived.refresh_contact_state(ids)


def delete_company(actor: Actor, company_id: int, expected_version: int | None = None) -> None:
    """Soft delete of a company (restore_company undoes it)."""
    with operation(actor, "company.delete") as op:
        update_row(op, Company, company_id, expected_version, {"deleted_at": utcnow(), "active": False}, action="delete")


def restore_company(actor: Actor, company_id: int) -> None:
    """Undo a soft delete of a company."""
    with operation(actor, "company.delete") as op:
        update_row(op, Company, company_id, None, {"deleted_at": None, "active": True}, action="restore")


# --- employments ------------------------------------------------------------------------------

def add_employment(actor: Actor, person_id: int, company_id: int, *, function_title: str = "", department: str = "",
                   is_primary: bool = True, since=None, until=None) -> int:
    """Link a person to a company with a function; a new primary link demotes the old one."""
    with operation(actor, "person.edit") as op:
        if is_primary:
            Employment.update(is_primary=False).where(Employment.person == person_id).execute()
        new_id = insert_row(op, Employment, {
            "person": person_id, "company": company_id, "function_title": function_title.strip(),
            "department": department.strip(), "is_primary": is_primary, "since": since, "until": until,
        })
        _refresh_people([person_id])
        return new_id


def update_employment(actor: Actor, employment_id: int, expected_version: int | None, changes: Mapping[str, Any]) -> None:
    """Change function title, department, primary flag or dates of an employment."""
    data = _clean(changes, EMPLOYMENT_FIELDS)
    with operation(actor, "person.edit") as op:
        person_id = Employment.get_by_id(employment_id).person_id
        if data.get("is_primary"):
            Employment.update(is_primary=False).where((Employment.person == person_id) & (Employment.id != employment_id)).execute()
        update_row(op, Employment, employment_id, expected_version, data)
        _refresh_people([person_id])


def remove_employment(actor: Actor, employment_id: int) -> None:
    """Remove an employment link (the person and the company stay)."""
    with operation(actor, "person.edit") as op:
        before = delete_row(op, Employment, employment_id)
        _refresh_people([before["person"]])
