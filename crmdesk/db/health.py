"""The `check` report: schema version, backend, row counts, integrity and search-index consistency."""

from __future__ import annotations

from dataclasses import dataclass, field

from crmdesk.db import schema
from crmdesk.db.backup import check_integrity
from crmdesk.db.models import ALL_MODELS, Meta, database


@dataclass
class HealthReport:
    """Lines to print and whether everything was fine."""

    ok: bool = True
    lines: list[str] = field(default_factory=list)

    def add(self, text: str, *, problem: bool = False) -> None:
        """Append a line; a problem line turns the report red."""
        self.lines.append(("PROBLEM: " if problem else "") + text)
        self.ok = self.ok and not problem


def database_report(opened) -> HealthReport:
    """Full check of an open database (integrity_check on SQLite; may take a second on big files)."""
    report = HealthReport()
    report.add(f"database: {opened.url}")
    report.add(f"backend: {'SQLite ' + _sqlite_version() if opened.is_sqlite else 'PostgreSQL'}; journal: {opened.journal_mode}")
    version = schema.schema_version()
    report.add(f"schema version: {version} (this crmdesk: {schema.SCHEMA_VERSION})", problem=version != schema.SCHEMA_VERSION)
    for model in ALL_MODELS:
        if model is not Meta:
            report.add(f"rows in {model._meta.table_name}: {model.select().count()}")
    if opened.is_sqlite:
        _sqlite_checks(opened, report)
    return report


def _sqlite_version() -> str:
    return database.execute_sql("SELECT sqlite_version()").fetchone()[0]


def _sqlite_checks(opened, report: HealthReport) -> None:
    database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    integrity = check_integrity(opened.path)
    report.add(f"integrity_check: {'; '.join(integrity.integrity[:5])}", problem=integrity.integrity != ["ok"])
    report.add(f"foreign_key_check: {integrity.foreign_key_problems} problem(s)", problem=integrity.foreign_key_problems > 0)
    if schema.fts_available():
        for table in schema.SEARCH_TABLES:
            try:
                database.execute_sql(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")
                report.add(f"search index {table}_fts: ok")
            except Exception as exc:  # noqa: BLE001 - report whatever SQLite says
                report.add(f"search index {table}_fts: {exc}", problem=True)
    else:
        report.add("search index: FTS5 trigram not available (SQLite < 3.34); search uses LIKE")
