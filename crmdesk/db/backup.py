"""Backups of the SQLite file through SQLite's online backup API, thinning, restore, integrity checks.

Never a file copy of a live database (sqlite.org/howtocorrupt.html): the backup API gives a
consistent snapshot even while the app writes. Backups are written to a temporary name and
renamed into place, so a crash never leaves a half backup that looks complete.
Thinning follows Anki: everything from today and yesterday, then 12 daily, 10 weekly, 9 monthly.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from crmdesk import paths

BACKUP_RE = re.compile(r"^crmdesk-(\d{8}-\d{6})(?:-[\w.-]+)?\.db$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
MIN_INTERVAL = dt.timedelta(minutes=30)


class BackupError(Exception):
    """A backup or restore could not be made; the message is for the user."""


@dataclass(frozen=True)
class IntegrityReport:
    """Result of an integrity check."""

    ok: bool
    integrity: list[str]
    foreign_key_problems: int


def backup_database(db_path: Path | str, *, target_dir: Path | None = None, label: str = "") -> Path:
    """Snapshot *db_path* into the backup folder; returns the new file."""
    db_path = Path(db_path)
    target_dir = Path(target_dir) if target_dir else paths.backup_dir_for(db_path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = f"-{label}" if label else ""
    final = target_dir / f"crmdesk-{stamp}{suffix}.db"
    n = 1
    while final.exists():
        final = target_dir / f"crmdesk-{stamp}{suffix}-{n}.db"
        n += 1
    _copy_with_backup_api(db_path, final)
    return final


def _copy_with_backup_api(source: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"Backup of {source} failed: {exc}") from exc


def list_backups(directory: Path) -> list[tuple[dt.datetime, Path]]:
    """Backups in *directory*, oldest first."""
    found = []
    if directory.is_dir():
        for entry in directory.iterdir():
            match = BACKUP_RE.match(entry.name)
            if match:
                found.append((dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), entry))
    return sorted(found)


def backups_to_keep(stamps: Iterable[dt.datetime], *, now: dt.datetime) -> set[dt.datetime]:
    """Anki-style thinning: today and yesterday all, then the newest of each day/week/month."""
    ordered = sorted(stamps, reverse=True)
    keep = {s for s in ordered if (now.date() - s.date()).days <= 1}
    buckets = [
        (KEEP_DAILY, lambda s: s.date()),
        (KEEP_WEEKLY, lambda s: s.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda s: (s.year, s.month)),
    ]
    for limit, bucket_of in buckets:
        seen: list = []
        for stamp in ordered:
            bucket = bucket_of(stamp)
            if bucket not in seen and (now.date() - stamp.date()).days > 1:
                if len(seen) >= limit:
                    break
                seen.append(bucket)
                keep.add(stamp)
    return keep


def thin_backups(directory: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups the thinning scheme no longer keeps; returns what was deleted."""
    now = now or dt.datetime.now()
    backups = list_backups(directory)
    keep = backups_to_keep([s for s, _ in backups], now=now)
    removed = []
    for stamp, path in backups:
        if stamp not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def backup_if_due(db_path: Path, change_marker: str, *, force: bool = False) -> Path | None:
    """Back up when the data changed since the last backup and 30 minutes have passed (or *force*)."""
    directory = paths.backup_dir_for(db_path)
    marker_file = directory / ".last-backup-marker"
    last_marker = marker_file.read_text(encoding="utf-8") if marker_file.exists() else ""
    if last_marker == change_marker:
        return None
    backups = list_backups(directory)
    if not force and backups and dt.datetime.now() - backups[-1][0] < MIN_INTERVAL:
        return None
    made = backup_database(db_path)
    marker_file.write_text(change_marker, encoding="utf-8")
    thin_backups(directory)
    return made


def check_integrity(db_path: Path, *, quick: bool = False) -> IntegrityReport:
    """PRAGMA integrity_check (or quick_check) plus foreign_key_check, read-only."""
    con = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        fk = len(con.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.DatabaseError as exc:
        return IntegrityReport(False, [str(exc)], 0)
    finally:
        con.close()
    return IntegrityReport(rows == ["ok"] and fk == 0, rows, fk)


def restore_backup(backup_file: Path, db_path: Path) -> Path | None:
    """Replace *db_path* with *backup_file* (after checking it); the current file is backed up first.

    The caller must have closed its connection and hold the lock. Returns the safety backup.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    if not backup_file.is_file():
        raise BackupError(f"{backup_file} does not exist.")
    from crmdesk.db.connection import inspect_sqlite_file  # local: connection imports schema imports us

    inspect_sqlite_file(backup_file)
    report = check_integrity(backup_file)
    if not report.ok:
        raise BackupError(f"{backup_file} is damaged ({'; '.join(report.integrity[:3])}); nothing was restored.")
    safety = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            safety = backup_database(db_path, label="before-restore")
        except BackupError:
            aside = db_path.with_name(db_path.name + f".corrupt-{dt.datetime.now():%Y%m%d-%H%M%S}")
            os.replace(db_path, aside)
            safety = aside
    for extra in ("-wal", "-shm"):
        Path(str(db_path) + extra).unlink(missing_ok=True)
    _copy_with_backup_api(backup_file, db_path)
    return safety


def change_marker() -> str:
    """A value that changes whenever data changes: every operation writes an audit entry."""
    from crmdesk.db.models import AuditEntry
    from peewee import fn

    return str(AuditEntry.select(fn.MAX(AuditEntry.id)).scalar() or 0)
