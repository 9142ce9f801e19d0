"""Schema creation, seeding, search index and forward migrations (with a backup before each).

Schema history:
  1  first release: all tables, person/company search text, FTS5 trigram index.
  2  keep in touch: per-person last contact, resolved cadence, next due and snooze;
     per-company last contact; backfilled from the interactions.
  3  covering indexes for the timeline/last contact, the dashboard and the ranked list.
  4  person_match_key: every person filed under the hashes of its duplicate-finder keys.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from peewee import DateTimeField, FloatField, ForeignKeyField, IntegerField, PostgresqlDatabase, TextField
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator, migrate

from crmdesk import __version__
from crmdesk.db import derived
from crmdesk.db.models import ALL_MODELS, Channel, Meta, Outcome, PersonMatchKey, User, database, utcnow

if TYPE_CHECKING:
    from crmdesk.db.connection import OpenedDatabase

SCHEMA_VERSION = 4
APPLICATION_ID = 0x43524D44  # "CRMD" in the SQLite header, so file(1) and we can recognise it

DEFAULT_CHANNELS = [
    ("phone", "Telefon", "Phone", "T", 10),
    ("email", "E-Mail", "E-mail", "E", 20),
    ("letter", "Brief", "Letter", "B", 30),
    ("visit", "Besuch", "Visit", "V", 40),
    ("video", "Videoanruf", "Video call", "K", 50),
    ("linkedin", "LinkedIn-Nachricht", "LinkedIn message", "L", 60),
    ("xing", "XING-Nachricht", "XING message", "X", 70),
    ("whatsapp", "WhatsApp-Nachricht", "WhatsApp message", "W", 80),
    ("other", "Sonstiges", "Other", "O", 90),
]
DEFAULT_OUTCOMES = [
    ("reached", "Erreicht", "Reached", "neutral", 10),
    ("not_reached", "Nicht erreicht", "Not reached", "negative", 20),
    ("appointment", "Termin", "Appointment", "positive", 30),
    ("order", "Auftrag", "Order", "positive", 40),
    ("complaint", "Beschwerde", "Complaint", "negative", 50),
]

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS {t}_fts USING fts5(search_text, content='{t}', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS {t}_fts_ai AFTER INSERT ON {t} BEGIN "
    "INSERT INTO {t}_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER IF NOT EXISTS {t}_fts_ad AFTER DELETE ON {t} BEGIN "
    "INSERT INTO {t}_fts({t}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER IF NOT EXISTS {t}_fts_au AFTER UPDATE OF search_text ON {t} BEGIN "
    "INSERT INTO {t}_fts({t}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO {t}_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]
SEARCH_TABLES = ("person", "company")


def is_postgres() -> bool:
    """The one place that asks which backend is bound (house style R8)."""
    return isinstance(database.obj, PostgresqlDatabase)


def fts_available() -> bool:
    """True when the SQLite FTS5 trigram index exists (SQLite >= 3.34)."""
    if is_postgres():
        return False
    row = database.execute_sql("SELECT 1 FROM sqlite_master WHERE name='person_fts'").fetchone()
    return row is not None


def prepare(opened: OpenedDatabase, existing_version: int | None) -> None:
    """Create a new database, or migrate an older one after backing it up."""
    if existing_version is None:
        create_schema()
    elif existing_version < SCHEMA_VERSION:
        if opened.is_sqlite:
            from crmdesk.db.backup import backup_database

            opened.pre_migration_backup = backup_database(opened.path, label=f"before-migration-v{existing_version}")
        run_migrations(existing_version)
        opened.migrated_from = existing_version
    seen = Meta.select(Meta.value).where(Meta.key == "last_opened_by_version").scalar()
    if not opened.read_only and seen != __version__:
        _set_meta("last_opened_by_version", __version__)  # a write only when another version opened it last


def create_schema() -> None:
    """Create every table, the search index and the seed catalogue in one transaction."""
    with database.atomic():
        database.create_tables(ALL_MODELS)
        create_search_index()
        seed_catalogues()
        _set_meta("app", "crmdesk")
        _set_meta("schema_version", str(SCHEMA_VERSION))
        _set_meta("created_at", utcnow().isoformat())
    if not is_postgres():
        database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def create_search_index() -> None:
    """FTS5 trigram tables kept in sync by triggers (SQLite) or trigram GIN indexes (PostgreSQL)."""
    if is_postgres():
        _create_pg_trgm()
        return
    if sqlite3.sqlite_version_info < (3, 34, 0):
        return  # no trigram tokenizer: search falls back to LIKE on search_text
    for table in SEARCH_TABLES:
        for statement in SQLITE_FTS:
            database.execute_sql(statement.format(t=table))


def _create_pg_trgm() -> None:
    try:
        with database.atomic():
            database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - no rights for extensions: ILIKE without index still works
        return
    for table in SEARCH_TABLES:
        database.execute_sql(
            f"CREATE INDEX IF NOT EXISTS {table}_search_trgm ON {table} USING gin (search_text gin_trgm_ops)"
        )


def rebuild_search_index() -> None:
    """Rebuild the FTS content from the search_text columns (after bulk loads)."""
    if fts_available():
        for table in SEARCH_TABLES:
            database.execute_sql(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def seed_catalogues() -> None:
    """Default channels and outcomes; the owner can add more."""
    for code, de, en, key, order in DEFAULT_CHANNELS:
        Channel.get_or_create(code=code, defaults={"label_de": de, "label_en": en, "shortcut": key, "sort_order": order})
    for code, de, en, kind, order in DEFAULT_OUTCOMES:
        Outcome.get_or_create(code=code, defaults={"label_de": de, "label_en": en, "kind": kind, "sort_order": order})


def schema_version() -> int:
    """The version recorded in the open database."""
    row = Meta.get_or_none(Meta.key == "schema_version")
    return int(row.value) if row else 0


def _set_meta(key: str, value: str) -> None:
    Meta.insert(key=key, value=value).on_conflict(conflict_target=[Meta.key], update={Meta.value: value}).execute()


# --- migrations --------------------------------------------------------------------------

def _migrator():
    return PostgresqlMigrator(database.obj) if is_postgres() else SqliteMigrator(database.obj)


def _migrate_to_2() -> None:
    """Keep in touch: derived last-contact and next-due columns, then a backfill."""
    m = _migrator()
    user_fk = {"model": User, "field": User.id, "null": True, "on_delete": "SET NULL"}
    migrate(
        m.add_column("person", "snoozed_until", DateTimeField(null=True)),
        m.add_column("person", "snooze_reason", TextField(default="")),
        m.add_column("person", "last_contact_at", DateTimeField(null=True)),
        m.add_column("person", "last_contact_by_id", ForeignKeyField(**user_fk)),
        m.add_column("person", "last_contact_interaction", IntegerField(null=True)),
        m.add_column("person", "cadence_interval", IntegerField(null=True)),
        m.add_column("person", "cadence_weight", FloatField(default=1.0)),
        m.add_column("person", "next_due_at", DateTimeField(null=True)),
        m.add_column("company", "last_contact_at", DateTimeField(null=True)),
        m.add_column("company", "last_contact_by_id", ForeignKeyField(**user_fk)),
        m.add_index("person", ("last_contact_at",), False),
        m.add_index("person", ("next_due_at",), False),
        m.add_index("company", ("last_contact_at",), False),
    )
    derived.backfill_contact_state()


def _migrate_to_3() -> None:
    """Replace two interaction indexes by covering ones; add the ranked-list and function-title indexes."""
    for old in ("interaction_person_id_occurred_at", "interaction_channel_id_occurred_at"):
        database.execute_sql(f"DROP INDEX IF EXISTS {old}")
    statements = (
        "CREATE INDEX IF NOT EXISTS interaction_person_timeline ON interaction "
        "(person_id, occurred_at, channel_id, direction, outcome_id)",
        "CREATE INDEX IF NOT EXISTS interaction_channel_time ON interaction (channel_id, occurred_at, outcome_id)",
        "CREATE INDEX IF NOT EXISTS person_cadence_rank ON person (cadence_interval, cadence_weight, next_due_at, owner_id)",
        "CREATE INDEX IF NOT EXISTS person_function_title ON person (function_title)",  # sortable list column
    )
    for statement in statements:
        database.execute_sql(statement)


def _migrate_to_4() -> None:
    """Match keys for the duplicate finder: every person filed under its key hashes (person_match_key)."""
    database.create_tables([PersonMatchKey])
    derived.rebuild_match_keys()


MIGRATIONS = {2: _migrate_to_2, 3: _migrate_to_3, 4: _migrate_to_4}


def run_migrations(from_version: int) -> None:
    """Apply every migration above *from_version*, each in its own transaction.

    On SQLite, foreign keys are switched off while migrating: adding a NOT NULL column or
    dropping one rebuilds the table (copy, DROP, rename), and with foreign keys on, that DROP
    would cascade into interactions and employments (sqlite.org/lang_altertable.html, the
    12-step procedure). `foreign_key_check` runs before each commit instead.
    """
    sqlite = not is_postgres()
    if sqlite:
        database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for target in range(from_version + 1, SCHEMA_VERSION + 1):
            with database.atomic():
                MIGRATIONS[target]()
                _set_meta("schema_version", str(target))
                _set_meta(f"migrated_to_{target}", json.dumps(utcnow().isoformat()))
                if sqlite and database.execute_sql("PRAGMA foreign_key_check").fetchall():
                    raise RuntimeError(f"migration to schema {target} broke foreign keys; nothing was changed")
    finally:
        if sqlite:
            database.execute_sql("PRAGMA foreign_keys = ON")
    create_search_index()  # a table rebuild drops the FTS triggers; recreate and resync
    rebuild_search_index()
