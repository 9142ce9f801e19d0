"""Import batches on a real database: run as one operation, undo as a whole, conflicts on undo."""

from __future__ import annotations

import json

import pytest

from crmdesk.db.models import AuditEntry, Company, Employment, ImportBatch, Interaction, Person, PersonTag, Tag
from crmdesk.ops import contacts, interactions
from crmdesk.ops.base import OperationError, PermissionDenied
from crmdesk.ops.imports import ImportPlan, NewCompany, PersonChange, list_batches, run_import, undo_import


def plan(**kwargs) -> ImportPlan:
    """A small plan: one new company with two new persons (one tagged)."""
    base = ImportPlan(source="test.csv", mode="create", companies=[NewCompany("c1", {"name": "Neu GmbH", "city": "Linz"})],
                      creates=[PersonChange(2, {"first_name": "Ida", "last_name": "Neu", "gender": "f"}, company_ref="c1",
                                            function_title="Prokuristin", tags=["Import-Test"]),
                               PersonChange(3, {"first_name": "Otto", "last_name": "Neu", "titles_pre": ["Dr."]})])
    for key, value in kwargs.items():
        setattr(base, key, value)
    return base


def test_run_import_creates_rows_with_derived_columns(owner):
    """Created persons get list/search columns, employment, tags and the batch key, in one batch."""
    result = run_import(owner, plan())
    assert (result.created, result.companies_created) == (2, 1)
    ida = Person.get(Person.first_name == "Ida")
    assert ida.company_name == "Neu GmbH" and ida.function_title == "Prokuristin" and ida.display_city == "Linz"
    assert "Neu GmbH" in ida.search_text and ida.sort_name == "neu ida" and ida.import_batch == result.batch_key
    assert json.loads(Person.get(Person.first_name == "Otto").titles_pre) == ["Dr."]
    assert PersonTag.select().count() == 1 and Tag.get(Tag.name == "Import-Test")
    batch = list_batches()[0]
    assert batch.key == result.batch_key and batch.counts["created"] == 2 and batch.created_by == "Olga Owner"


def test_undo_deletes_created_rows_and_restores_updates(owner):
    """Undo removes the created persons, company, employment and tag, and gives updated persons their old values."""
    pid = contacts.create_person(owner, {"first_name": "Eva", "last_name": "Alt", "city": "Graz"})
    update = PersonChange(4, {"city": "Wien", "phone_mobile": "+43 664 1"}, person_id=pid, expected_version=1, tags=["Import-Test"])
    result = run_import(owner, plan(updates=[update], mode="update"))
    assert Person.get_by_id(pid).city == "Wien" and Person.get_by_id(pid).version == 2
    undo = undo_import(owner, result.batch_key)
    assert (undo.deleted_persons, undo.deleted_companies, undo.restored, undo.conflicts) == (2, 1, 1, [])
    eva = Person.get_by_id(pid)
    assert (eva.city, eva.phone_mobile, eva.display_city, eva.version) == ("Graz", "", "Graz", 3)
    assert Person.select().count() == 1 and Company.select().count() == 0 and Employment.select().count() == 0
    assert PersonTag.select().count() == 0 and Tag.select().count() == 0
    assert ImportBatch.get(ImportBatch.key == result.batch_key).undone_at is not None
    assert AuditEntry.select().where((AuditEntry.batch == result.batch_key) & (AuditEntry.action == "undo_import")).count() >= 4
    with pytest.raises(OperationError, match="already undone"):
        undo_import(owner, result.batch_key)


def test_undo_keeps_rows_changed_since_by_someone_else(owner, staff):
    """A person edited after the import keeps the edit; the undo reports who changed it and leaves it."""
    pid = contacts.create_person(owner, {"first_name": "Eva", "last_name": "Alt", "city": "Graz"})
    update = PersonChange(4, {"city": "Wien"}, person_id=pid, expected_version=1)
    result = run_import(owner, plan(updates=[update]))
    contacts.update_person(staff, pid, 2, {"notes": "angerufen"})
    ida = Person.get(Person.first_name == "Ida").id
    contacts.update_person(staff, ida, 1, {"notes": "schon kontaktiert"})
    undo = undo_import(owner, result.batch_key)
    assert Person.get_by_id(pid).city == "Wien" and Person.get_by_id(pid).notes == "angerufen"
    messages = [c.message for c in undo.conflicts]
    assert any("Stefan Staff" in m for m in messages) and any("Ida" in m for m in messages)
    assert Person.get_or_none(Person.id == ida) is not None and undo.deleted_persons == 1
    assert Company.select().count() == 1  # Ida still works there


def test_undo_keeps_persons_with_interactions(owner):
    """A created person who has been called since the import is kept (the interaction would be lost)."""
    result = run_import(owner, plan())
    otto = Person.get(Person.first_name == "Otto").id
    interactions.log_interaction(owner, channel="phone", person_id=otto)
    undo = undo_import(owner, result.batch_key)
    assert Person.get_or_none(Person.id == otto) is not None and Interaction.select().count() == 1
    assert any("interactions" in c.message for c in undo.conflicts)


def test_update_conflict_at_run_time_is_reported_not_overwritten(owner, staff):
    """If a person changed between preview and import, the row is reported and the person keeps the newer data."""
    pid = contacts.create_person(owner, {"first_name": "Eva", "last_name": "Alt"})
    contacts.update_person(staff, pid, 1, {"city": "Linz"})
    result = run_import(owner, plan(companies=[], creates=[], updates=[PersonChange(7, {"city": "Wien"}, person_id=pid,
                                                                                    expected_version=1)]))
    assert result.updated == 0 and result.conflicts[0][0] == 7 and "Stefan Staff" in result.conflicts[0][1]
    assert Person.get_by_id(pid).city == "Linz"


def test_permissions(owner, apprentice, staff):
    """Apprentices may neither import nor undo; staff may do both."""
    with pytest.raises(PermissionDenied):
        run_import(apprentice, plan())
    result = run_import(staff, plan())
    with pytest.raises(PermissionDenied):
        undo_import(apprentice, result.batch_key)
    assert undo_import(staff, result.batch_key).deleted_persons == 2


def test_unknown_field_is_refused_before_writing(owner):
    """A plan with a field the model does not have is refused as a whole."""
    with pytest.raises(OperationError):
        run_import(owner, plan(creates=[PersonChange(2, {"shoe_size": 44, "last_name": "X"})]))
    assert Person.select().count() == 0


def test_run_and_undo_on_any_database(any_db, owner):
    """The bulk insert (RETURNING ids) and the undo work on SQLite and PostgreSQL alike."""
    result = run_import(owner, plan())
    assert Person.select().count() == 2
    assert undo_import(owner, result.batch_key).deleted_persons == 2 and Person.select().count() == 0
