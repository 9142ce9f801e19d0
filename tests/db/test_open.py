"""Opening databases: new files, refusing foreign/corrupt/newer files untouched, the lock, read-only."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk.db import schema
from crmdesk.db.connection import (
    CorruptDatabase,
    NewerSchema,
    NotACrmdeskDatabase,
    OpenError,
    inspect_sqlite_file,
    open_database,
)
from crmdesk.db.lock import DatabaseLock, DatabaseLocked
from crmdesk.db.models import Channel, Meta, Outcome


def digest(path: Path) -> str:
    """SHA-256 of a file (to prove it was not touched)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_db(path: Path) -> None:
    """Create a crmdesk database with some content and close it."""
    handle = open_database(path)
    handle.close()


def test_new_file_gets_schema_wal_and_seed(db_file):
    """A new file is created in WAL mode with the current schema and the channel/outcome catalogue."""
    handle = open_database(db_file)
    try:
        assert handle.journal_mode == "wal"
        assert schema.schema_version() == schema.SCHEMA_VERSION
        assert Channel.select().where(Channel.code == "whatsapp").exists()
        assert Outcome.select().where(Outcome.code == "not_reached").exists()
        assert Meta.get_by_id("app").value == "crmdesk"
        pragmas = handle.database.execute_sql("PRAGMA foreign_keys").fetchone()[0]
        assert pragmas == 1
        assert handle.database.execute_sql("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    finally:
        handle.close()
    con = sqlite3.connect(db_file)
    assert con.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    con.close()


def test_text_file_is_refused_untouched(tmp_path):
    """A file that is not SQLite at all is refused and left byte-for-byte as it was."""
    path = tmp_path / "notes.db"
    path.write_text("Kundenliste\nHuber;Wien\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotACrmdeskDatabase, match="not a SQLite file"):
        open_database(path)
    assert digest(path) == before
    assert not Path(str(path) + ".lock").exists()


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    """Another program's SQLite database is refused and not modified (no tables added)."""
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(NotACrmdeskDatabase, match="another program"):
        open_database(path)
    assert digest(path) == before


def test_corrupt_database_is_refused_untouched(tmp_path):
    """A crmdesk file with a damaged page is refused with a restore hint and left untouched."""
    path = tmp_path / "crm.db"
    make_db(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, page_size * 3):  # wreck the pages after the header page
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises((CorruptDatabase, NotACrmdeskDatabase)):
        inspect_sqlite_file(path, quick_check=True)
    with pytest.raises(OpenError):
        open_database(path)
    assert digest(path) == before


def test_newer_schema_is_refused_untouched(tmp_path):
    """A database from a newer crmdesk is refused with a clear message and not modified."""
    path = tmp_path / "crm.db"
    make_db(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE crmdesk_meta SET value = ? WHERE key = 'schema_version'", (str(schema.SCHEMA_VERSION + 5),))
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(NewerSchema, match="newer crmdesk"):
        open_database(path)
    assert digest(path) == before


def test_empty_file_is_initialised(tmp_path):
    """A zero-byte file (as some tools create) becomes a new crmdesk database."""
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    handle = open_database(path)
    assert schema.schema_version() == schema.SCHEMA_VERSION
    handle.close()


def test_second_opener_learns_who_holds_the_lock(db_file):
    """While one crmdesk holds the file, a second open names the holder and offers read-only."""
    first = open_database(db_file, app_user="Anna")
    try:
        code = (
            "import sys\n"
            "from crmdesk.db.connection import open_database\n"
            "from crmdesk.db.lock import DatabaseLocked\n"
            f"try:\n    open_database({str(db_file)!r})\nexcept DatabaseLocked as exc:\n    print(exc.info.app_user, exc.info.pid); sys.exit(7)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[2])
        assert result.returncode == 7, result.stderr
        assert result.stdout.split() == ["Anna", str(os.getpid())]
        read_only = subprocess.run(
            [sys.executable, "-c", f"from crmdesk.db.connection import open_database; h = open_database({str(db_file)!r}, read_only=True); print(h.read_only)"],
            capture_output=True, text=True, cwd=Path(__file__).parents[2],
        )
        assert read_only.stdout.strip() == "True", read_only.stderr
    finally:
        first.close()
    assert not Path(str(db_file) + ".lock").exists()


def test_stale_lock_of_dead_process_is_taken_over(db_file):
    """A lock left by a killed process on this host is stale: the next start takes it and notes the unclean exit."""
    make_db(db_file)
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    lock = DatabaseLock(db_file)
    lock.acquire("ghost")
    lock.path.write_text(lock.path.read_text().replace(f'"pid": {os.getpid()}', f'"pid": {proc.pid}'))
    proc.kill()
    proc.wait()
    handle = open_database(db_file)
    try:
        assert handle.unclean_exit is True
    finally:
        handle.close()


def test_live_lock_blocks(db_file):
    """A lock held by a live process on this host is respected."""
    make_db(db_file)
    lock = DatabaseLock(db_file)
    lock.acquire("me")
    try:
        with pytest.raises(DatabaseLocked):
            DatabaseLock(db_file).acquire("other")
    finally:
        lock.release()


def test_read_only_open_refuses_missing_file(tmp_path):
    """Read-only needs an existing database."""
    with pytest.raises(OpenError):
        open_database(tmp_path / "missing.db", read_only=True)


def test_backup_copy_opens_like_the_original(tmp_path):
    """A database copied while closed opens fine (the lock is not part of the file)."""
    path = tmp_path / "a.db"
    make_db(path)
    shutil.copy(path, tmp_path / "b.db")
    handle = open_database(tmp_path / "b.db")
    assert schema.schema_version() == schema.SCHEMA_VERSION
    handle.close()
