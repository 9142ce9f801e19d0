"""Operations on SQLite and PostgreSQL: roles, audit in the same transaction, conflicts, soft delete."""

from __future__ import annotations

import json

import pytest

from crmdesk.db.models import AuditEntry, Company, Employment, Person, User
from crmdesk.ops import contacts, interactions, settings, users
from crmdesk.ops.base import ConflictError, NotFound, PermissionDenied, ValidationError


def audit_for(entity: str, entity_id: int) -> list[AuditEntry]:
    """Audit entries of one record, oldest first."""
    return list(AuditEntry.select().where((AuditEntry.entity == entity) & (AuditEntry.entity_id == entity_id)).order_by(AuditEntry.id))


def new_person(actor, **extra) -> int:
    """A person at a company, created through the operation."""
    company = contacts.create_company(actor, {"name": "Huber & Söhne GmbH", "city": "Wien", "country": "AT", "category": "B"})
    values = {"first_name": "Franz", "last_name": "Huber", "gender": "m", **extra}
    return contacts.create_person(actor, values, company_id=company, function_title="Geschäftsführer")


def test_create_person_writes_audit_and_derived_columns(any_db, owner):
    """Creating a person stamps version 1, audits the values and fills company/search/cadence columns."""
    pid = new_person(owner, titles_pre=["Mag."])
    person = Person.get_by_id(pid)
    assert person.version == 1 and person.modified_by == owner.id
    assert person.company_name == "Huber & Söhne GmbH" and person.function_title == "Geschäftsführer"
    assert person.display_city == "Wien" and "Mag." in person.search_text
    assert person.cadence_interval == 90 and person.next_due_at is not None
    entry = audit_for("person", pid)[0]
    assert entry.action == "create" and entry.user_name == owner.name
    assert json.loads(entry.after)["titles_pre"] == '["Mag."]'


def test_update_bumps_version_and_audits_only_changes(any_db, owner):
    """An update increments version and the audit entry holds before/after of the changed fields only."""
    pid = new_person(owner)
    contacts.update_person(owner, pid, 1, {"notes": "Tochter hat mit der Schule begonnen", "last_name": "Huber"})
    person = Person.get_by_id(pid)
    assert person.version == 2
    entry = audit_for("person", pid)[-1]
    assert json.loads(entry.before) == {"notes": ""}
    assert json.loads(entry.after) == {"notes": "Tochter hat mit der Schule begonnen"}


def test_stale_version_raises_conflict_naming_the_other_user(any_db, owner, staff):
    """Saving with an old version fails, names who changed it, and overwrites nothing."""
    pid = new_person(owner)
    contacts.update_person(staff, pid, 1, {"notes": "von Stefan"})
    with pytest.raises(ConflictError) as info:
        contacts.update_person(owner, pid, 1, {"notes": "von Olga"})
    assert info.value.changed_by == staff.name and info.value.current_version == 2
    assert staff.name in str(info.value)
    assert Person.get_by_id(pid).notes == "von Stefan"


def test_apprentice_may_edit_but_not_delete(any_db, owner, apprentice):
    """Apprentices add and edit persons and log calls; deleting is refused and changes nothing."""
    pid = new_person(apprentice)
    contacts.update_person(apprentice, pid, None, {"phone_mobile": "+43 664 1234567"})
    interactions.log_interaction(apprentice, person_id=pid, channel="phone", outcome="reached")
    with pytest.raises(PermissionDenied):
        contacts.delete_person(apprentice, pid)
    with pytest.raises(PermissionDenied):
        settings.set_setting(apprentice, "letterhead", {"name": "x"})
    assert Person.get_by_id(pid).deleted_at is None


def test_staff_cannot_manage_users_or_business_settings(any_db, owner, staff):
    """Staff do everything but users and business settings."""
    with pytest.raises(PermissionDenied):
        users.add_user(staff, name="Neu", role="staff")
    with pytest.raises(PermissionDenied):
        settings.set_setting(staff, "cadence", {})
    pid = new_person(staff)
    contacts.delete_person(staff, pid)
    assert Person.get_by_id(pid).deleted_at is not None


def test_permission_denied_writes_nothing(any_db, owner, apprentice):
    """A refused operation leaves no audit entry and no row."""
    before = AuditEntry.select().count()
    with pytest.raises(PermissionDenied):
        users.add_user(apprentice, name="Hacker", role="owner")
    assert AuditEntry.select().count() == before
    assert not User.select().where(User.name == "Hacker").exists()


def test_failed_operation_rolls_back_row_and_audit(any_db, owner):
    """If an operation fails half-way, neither its rows nor its audit entries remain."""
    before_people, before_audit = Person.select().count(), AuditEntry.select().count()
    with pytest.raises(ValidationError):
        contacts.create_person(owner, {"first_name": "Eva", "last_name": "Ok"}, tags=["x"], company_id=None) and None
        interactions.log_interaction(owner, channel="nonsense", person_id=1)
    with pytest.raises(Exception):
        contacts.create_person(owner, {"first_name": "Eva", "last_name": "Lost"}, company_id=999999)
    assert not Person.select().where(Person.last_name == "Lost").exists()
    assert Person.select().count() == before_people + 1
    assert AuditEntry.select().where(AuditEntry.after.contains("Lost")).count() == 0
    assert AuditEntry.select().count() > before_audit


def test_soft_delete_and_restore(any_db, owner):
    """Deleting hides the person and pauses reminders; restoring brings both back."""
    pid = new_person(owner)
    contacts.delete_person(owner, pid, 1)
    person = Person.get_by_id(pid)
    assert person.deleted_at is not None and person.next_due_at is None
    contacts.restore_person(owner, pid)
    person = Person.get_by_id(pid)
    assert person.deleted_at is None and person.next_due_at is not None
    assert [e.action for e in audit_for("person", pid)] == ["create", "delete", "restore"]


def test_validation_messages_name_the_field(any_db, owner):
    """Bad values are refused with a message per field."""
    with pytest.raises(ValidationError) as info:
        contacts.create_person(owner, {"first_name": "", "last_name": "", "gender": "x"})
    assert set(info.value.problems) == {"last_name", "gender"}
    with pytest.raises(ValidationError) as info:
        contacts.create_company(owner, {"name": "X", "category": "Z"})
    assert "category" in info.value.problems
    with pytest.raises(ValidationError):
        contacts.update_person(owner, 1, None, {"no_such_field": 1})


def test_company_rename_updates_its_persons(any_db, owner):
    """Renaming a company changes the company column and search text of its persons."""
    pid = new_person(owner)
    company_id = Person.get_by_id(pid).company_id
    contacts.update_company(owner, company_id, 1, {"name": "Huber Elektrotechnik GmbH"})
    person = Person.get_by_id(pid)
    assert person.company_name == "Huber Elektrotechnik GmbH"
    assert "Elektrotechnik" in person.search_text
    assert Company.get_by_id(company_id).sort_name == "huber elektrotechnik gmbh"


def test_employment_primary_switch(any_db, owner):
    """A new primary employment becomes the person's company in lists."""
    pid = new_person(owner)
    other = contacts.create_company(owner, {"name": "Alpen-Consulting AG", "city": "Zürich", "country": "CH"})
    contacts.add_employment(owner, pid, other, function_title="Verwaltungsrat")
    person = Person.get_by_id(pid)
    assert person.company_name == "Alpen-Consulting AG" and person.display_city == "Zürich"
    assert Employment.select().where(Employment.person == pid).count() == 2


def test_passwords_are_argon2id_and_checked(any_db, owner):
    """Passwords are stored as argon2id hashes and verified at sign-in; never in the audit trail."""
    users.add_user(owner, name="Lena", role="staff", password="Geheim-2026")
    user = User.get(User.name == "Lena")
    assert user.password_hash.startswith("$argon2id$")
    assert users.authenticate("Lena", "Geheim-2026").role == "staff"
    with pytest.raises(NotFound):
        users.authenticate("Lena", "falsch")
    assert not AuditEntry.select().where(AuditEntry.after.contains("argon2")).exists()


def test_last_owner_cannot_be_demoted(any_db, owner):
    """There is always an active owner."""
    with pytest.raises(ValidationError):
        users.update_user(owner, owner.id, None, role="staff")
    assert User.get_by_id(owner.id).role == "owner"
