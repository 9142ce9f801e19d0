"""Migrations: a frozen schema-1 database is backed up, migrated to the current schema and backfilled."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from crmdesk.db import derived, schema
from crmdesk.db.backup import list_backups
from crmdesk.db.connection import open_database
from crmdesk.db.models import AuditEntry, Company, Employment, Interaction, Person

FIXTURE = Path(__file__).parent / "fixtures" / "crmdesk-schema-v1.db"


def test_schema_1_file_is_migrated_with_backup(tmp_path):
    """Opening a v1 file takes a backup first, then adds the keep-in-touch columns and backfills them."""
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    handle = open_database(path)
    try:
        assert handle.migrated_from == 1
        # nothing is lost: a table rebuild with foreign keys on would cascade-delete these
        assert (Interaction.select().count(), Employment.select().count(), AuditEntry.select().count() >= 13) == (4, 2, True)
        assert schema.schema_version() == schema.SCHEMA_VERSION
        assert handle.pre_migration_backup is not None and handle.pre_migration_backup.exists()
        huber = Person.get(Person.last_name == "Huber")
        # the last *counting* contact: the order by e-mail (day 40), not the unreached call (day 60)
        assert huber.last_contact_at.strftime("%Y-%m-%d") == "2025-04-10"
        assert huber.last_contact_by.name == "Tobias Hofer"
        assert huber.cadence_interval == 30  # company category A
        assert huber.next_due_at.strftime("%Y-%m-%d") == "2025-05-10"
        mueller = Person.get(Person.last_name == "Müller")
        assert mueller.last_contact_at is None and mueller.cadence_interval is None
        assert Company.get(Company.name == "Bäckerei Weiß KG").last_contact_at is not None
        indexes = {row[1] for row in handle.database.execute_sql("PRAGMA index_list(person)").fetchall()}
        assert "person_next_due_at" in indexes
    finally:
        handle.close()
    backup = sqlite3.connect(list_backups(path.parent / "backups")[-1][1])
    assert backup.execute("SELECT value FROM crmdesk_meta WHERE key='schema_version'").fetchone()[0] == "1"
    backup.close()


def test_migrated_file_keeps_search_working(tmp_path):
    """After migrating, search text and the FTS index still find people case-insensitively."""
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    handle = open_database(path)
    try:
        rows = handle.database.execute_sql("SELECT rowid FROM person_fts WHERE person_fts MATCH '\"MÜLLER\"'").fetchall()
        assert len(rows) == 1
        from crmdesk.ops import contacts, users

        contacts.create_person(users.actor_by_name("Anna Berger"), {"first_name": "Özlem", "last_name": "Yılmaz"})
        rows = handle.database.execute_sql("SELECT rowid FROM person_fts WHERE person_fts MATCH '\"yılmaz\"'").fetchall()
        assert len(rows) == 1  # the triggers are back after the table rebuild
    finally:
        handle.close()


def test_backfill_agrees_with_the_operations(tmp_path):
    """Recomputing everything gives the same derived values the migration stored."""
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    handle = open_database(path)
    try:
        before = list(Person.select(Person.id, Person.last_contact_at, Person.next_due_at, Person.cadence_interval).tuples())
        derived.backfill_contact_state()
        after = list(Person.select(Person.id, Person.last_contact_at, Person.next_due_at, Person.cadence_interval).tuples())
        assert before == after
    finally:
        handle.close()


def test_reopening_current_schema_does_not_migrate(db_file):
    """A current database opens without migration and without a backup."""
    open_database(db_file).close()
    handle = open_database(db_file)
    assert handle.migrated_from is None and handle.pre_migration_backup is None
    handle.close()
