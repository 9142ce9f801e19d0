"""Opening a crmdesk database: a SQLite file (default) or a PostgreSQL URL, checked before use.

A SQLite file is inspected through a read-only connection before anything writes to it, so a
file that is not a crmdesk database, is corrupt, or comes from a newer crmdesk is refused with
the file untouched. Then the lock is taken, pragmas are set (WAL, probed with a real write; plain
rollback journal on network drives), the schema is created or migrated (after a backup), and the
proxy in crmdesk.db.models is bound to the connection.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from crmdesk.db import checkpoint, schema
from crmdesk.db.lock import DatabaseLock
from crmdesk.db.models import database

SQLITE_HEADER = b"SQLite format 3\x00"
# quick_check on every open up to this size (tens of ms); larger files only after an unclean
# exit and on demand (`check`), so start-up stays fast at 100,000 persons.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afpfs", "webdav", "davfs", "9p", "ncpfs"}


class OpenError(Exception):
    """The database cannot be opened; the message is meant for the user."""


class NotACrmdeskDatabase(OpenError):
    """The file exists but is not a crmdesk database."""


class CorruptDatabase(OpenError):
    """SQLite reports the file as damaged."""


class NewerSchema(OpenError):
    """The file was written by a newer crmdesk."""


@dataclass
class OpenedDatabase:
    """An open, checked, migrated database and what we learnt while opening it."""

    database: Database
    url: str
    path: Path | None
    read_only: bool = False
    journal_mode: str = ""
    warnings: list[str] = field(default_factory=list)
    lock: DatabaseLock | None = None
    unclean_exit: bool = False
    migrated_from: int | None = None
    pre_migration_backup: Path | None = None

    @property
    def is_sqlite(self) -> bool:
        """True for a SQLite file, False for PostgreSQL."""
        return self.path is not None

    def close(self) -> None:
        """Close the connection and release the lock (after any background checkpoint has finished)."""
        if self.is_sqlite:
            checkpoint.wait()
        if not self.database.is_closed():
            if self.is_sqlite and not self.read_only:
                self.database.execute_sql("PRAGMA optimize")
            self.database.close()
        if self.lock is not None:
            self.lock.release()


def is_postgres_url(target: str) -> bool:
    """True when *target* names a PostgreSQL server rather than a file."""
    return target.startswith(("postgres://", "postgresql://"))


def open_database(target: str | Path, *, read_only: bool = False, take_lock: bool = True, app_user: str = "") -> OpenedDatabase:
    """Open *target* (file path or postgresql:// URL), check and migrate it, and bind the model proxy."""
    if isinstance(target, str) and is_postgres_url(target):
        return _open_postgres(target)
    return _open_sqlite(Path(target), read_only=read_only, take_lock=take_lock, app_user=app_user)


# --- SQLite -------------------------------------------------------------------------------

def inspect_sqlite_file(path: Path, *, quick_check: bool = False) -> int | None:
    """Schema version of an existing crmdesk file (None for a new or empty one); never writes.

    Raises NotACrmdeskDatabase, CorruptDatabase or NewerSchema.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise NotACrmdeskDatabase(f"{path} is not a crmdesk database (it is not a SQLite file at all). It was left untouched.")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabase(f"{path} cannot be read: {exc}. It was left untouched.") from exc
    try:
        return _inspect_connection(con, path, quick_check)
    finally:
        con.close()


def _inspect_connection(con: sqlite3.Connection, path: Path, quick_check: bool) -> int | None:
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "crmdesk_meta" not in tables:
            raise NotACrmdeskDatabase(f"{path} is a SQLite database of another program, not a crmdesk database. It was left untouched.")
        row = con.execute("SELECT value FROM crmdesk_meta WHERE key='schema_version'").fetchone()
        if quick_check:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise CorruptDatabase(f"{path} is damaged ({result}). Restore a backup (crmdesk restore). The file was left untouched.")
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(f"{path} is damaged: {exc}. Restore a backup (crmdesk restore). The file was left untouched.") from exc
    version = int(row[0]) if row else 0
    if version > schema.SCHEMA_VERSION:
        raise NewerSchema(
            f"{path} was written by a newer crmdesk (schema {version}; this crmdesk knows up to {schema.SCHEMA_VERSION}). "
            "Update crmdesk to open it. The file was left untouched."
        )
    return version


def is_network_path(path: Path) -> bool:
    """Best effort: does *path* lie on a network file system (SMB, NFS, ...)?"""
    resolved = str(Path(path).resolve())
    if sys.platform == "win32":
        if resolved.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(resolved)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    mounts = _mount_table()
    best = ""
    fstype = ""
    for mount_point, kind in mounts:
        if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, fstype = mount_point, kind
    return fstype in NETWORK_FS


def _mount_table() -> list[tuple[str, str]]:
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
        return [(parts[1].replace("\\040", " "), parts[2]) for parts in (line.split() for line in lines) if len(parts) > 2]
    except OSError:
        pass
    try:  # macOS: "//user@server/share on /Volumes/share (smbfs, ...)"
        import subprocess

        out = subprocess.run(["mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    table = []
    for line in out.splitlines():
        if " on " in line and "(" in line:
            point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
            table.append((point, line.rsplit("(", 1)[1].split(",")[0].strip()))
    return table


def _sqlite_database(path: Path, *, read_only: bool, wal: bool) -> SqliteDatabase:
    if read_only:
        return SqliteDatabase(f"{path.resolve().as_uri()}?mode=ro", uri=True, pragmas={"foreign_keys": 1, "busy_timeout": 5000})
    pragmas = {
        "journal_mode": "wal" if wal else "delete",
        "synchronous": 1 if wal else 2,  # NORMAL with WAL, FULL with a rollback journal
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "cache_size": -32000,
    }
    return SqliteDatabase(str(path), pragmas=pragmas, timeout=5)


def _open_sqlite(path: Path, *, read_only: bool, take_lock: bool, app_user: str) -> OpenedDatabase:
    small = path.exists() and path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    existing_version = inspect_sqlite_file(path, quick_check=small)
    if read_only and existing_version is None:
        raise OpenError(f"{path} does not exist yet; it cannot be opened read-only.")
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = None
    if take_lock and not read_only:
        lock = DatabaseLock(path)
        lock.acquire(app_user)
    try:
        if lock is not None and lock.was_stale and existing_version is not None and not small:
            inspect_sqlite_file(path, quick_check=True)  # the last run ended uncleanly
        opened = _connect_sqlite(path, read_only=read_only)
        opened.lock = lock
        opened.unclean_exit = bool(lock and lock.was_stale)
        if not read_only:
            schema.prepare(opened, existing_version)
        return opened
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _connect_sqlite(path: Path, *, read_only: bool) -> OpenedDatabase:
    warnings: list[str] = []
    network = is_network_path(path)
    if network:
        warnings.append(
            f"{path} lies on a network drive. SQLite is not safe there with several users; crmdesk uses a "
            "plain rollback journal and one writer at a time. For a team, use a PostgreSQL server."
        )
    db = _sqlite_database(path, read_only=read_only, wal=not network)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    mode = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
    opened = OpenedDatabase(database=db, url=str(path), path=path, read_only=read_only, journal_mode=mode, warnings=warnings)
    if not read_only and not network and not _wal_works(db):
        db.close()
        warnings.append(f"WAL mode does not work for {path}; crmdesk fell back to a rollback journal.")
        db = _sqlite_database(path, read_only=False, wal=False)
        database.initialize(db)
        db.connect()
        opened.database = db
        opened.journal_mode = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
    return opened


def _wal_works(db: SqliteDatabase) -> bool:
    """Probe WAL with a real write: the pragma may say 'wal' where shared memory is impossible."""
    try:
        if db.execute_sql("PRAGMA journal_mode").fetchone()[0] != "wal":
            return False
        with db.atomic():
            db.execute_sql("CREATE TABLE IF NOT EXISTS crmdesk_probe (x INTEGER)")
            db.execute_sql("INSERT INTO crmdesk_probe (x) VALUES (1)")
            db.execute_sql("DROP TABLE crmdesk_probe")
        return True
    except Exception:  # noqa: BLE001 - any failure means: do not trust WAL here
        return False


# --- PostgreSQL ----------------------------------------------------------------------------

def _open_postgres(url: str) -> OpenedDatabase:
    from playhouse.db_url import connect

    try:
        db = connect(url)
        db.connect(reuse_if_open=True)
    except Exception as exc:  # noqa: BLE001 - driver errors vary; the message matters
        raise OpenError(f"Cannot connect to {url}: {exc}") from exc
    if not isinstance(db, PostgresqlDatabase):
        raise OpenError(f"{url} is not a PostgreSQL URL.")
    database.initialize(db)
    tables = set(db.get_tables())
    version = None
    if tables:
        if "crmdesk_meta" not in tables:
            db.close()
            raise NotACrmdeskDatabase(f"{url} holds tables of another program, not a crmdesk database. Nothing was changed.")
        row = db.execute_sql("SELECT value FROM crmdesk_meta WHERE key='schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > schema.SCHEMA_VERSION:
            db.close()
            raise NewerSchema(f"{url} was written by a newer crmdesk (schema {version}). Update crmdesk. Nothing was changed.")
    opened = OpenedDatabase(database=db, url=url, path=None, journal_mode="postgresql")
    schema.prepare(opened, version)
    return opened

