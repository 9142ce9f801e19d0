"""Backups through the SQLite backup API, Anki-style thinning, restore round trip, integrity checks."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from crmdesk.db.backup import (
    BackupError,
    backup_database,
    backup_if_due,
    backups_to_keep,
    change_marker,
    check_integrity,
    list_backups,
    restore_backup,
    thin_backups,
)
from crmdesk.db.connection import open_database
from crmdesk.db.models import Person
from crmdesk.ops import contacts, users
from crmdesk.ops.base import SYSTEM


def seed(path) -> None:
    """A database with one person 'Huber'."""
    handle = open_database(path)
    users.add_user(SYSTEM, name="Anna", role="owner")
    contacts.create_person(users.actor_by_name("Anna"), {"first_name": "Franz", "last_name": "Huber"})
    handle.close()


def test_backup_restore_round_trip(tmp_path):
    """Back up, change, restore: the backed-up state returns and the changed state is kept aside."""
    path = tmp_path / "crm.db"
    seed(path)
    backup = backup_database(path)
    handle = open_database(path)
    contacts.create_person(users.actor_by_name("Anna"), {"first_name": "Maria", "last_name": "Weiß"})
    handle.close()
    safety = restore_backup(backup, path)
    handle = open_database(path)
    try:
        assert [p.last_name for p in Person.select()] == ["Huber"]
    finally:
        handle.close()
    con = sqlite3.connect(safety)
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    con.close()


def test_backup_of_open_database_is_consistent(tmp_path):
    """A backup taken while the app holds the file open (WAL) contains the committed data and checks ok."""
    path = tmp_path / "crm.db"
    seed(path)
    handle = open_database(path)
    try:
        contacts.create_person(users.actor_by_name("Anna"), {"first_name": "Jörg", "last_name": "Müller"})
        backup = backup_database(path)
    finally:
        handle.close()
    assert check_integrity(backup).ok
    con = sqlite3.connect(backup)
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()


def test_restore_refuses_damaged_backup_and_keeps_current(tmp_path):
    """A damaged backup is refused and the current database stays as it is."""
    path = tmp_path / "crm.db"
    seed(path)
    bad = tmp_path / "backups" / "crmdesk-20260101-120000.db"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = path.read_bytes()
    with pytest.raises(Exception):
        restore_backup(bad, path)
    assert path.read_bytes() == before


def test_restore_refuses_missing_file(tmp_path):
    """Restoring a file that does not exist says so."""
    with pytest.raises(BackupError, match="does not exist"):
        restore_backup(tmp_path / "nope.db", tmp_path / "crm.db")


def test_backup_only_when_changed(tmp_path):
    """Automatic backups happen only if data changed since the last one."""
    path = tmp_path / "crm.db"
    seed(path)
    handle = open_database(path)
    try:
        marker = change_marker()
        assert backup_if_due(path, marker, force=True) is not None
        assert backup_if_due(path, marker, force=True) is None
        contacts.create_person(users.actor_by_name("Anna"), {"last_name": "Neu"})
        assert change_marker() != marker
        assert backup_if_due(path, change_marker()) is None  # within 30 minutes
        assert backup_if_due(path, change_marker(), force=True) is not None  # on exit
    finally:
        handle.close()


DAY = lambda s: s.date()  # noqa: E731
WEEK = lambda s: s.isocalendar()[:2]  # noqa: E731
MONTH = lambda s: (s.year, s.month)  # noqa: E731


@pytest.mark.parametrize(
    ("days_back", "bucket", "kept"),
    [
        (0, DAY, True),  # today: always kept
        (1, DAY, True),  # yesterday: always kept
        (5, DAY, True),  # within the 12 daily
        (60, WEEK, True),  # within the 10 weekly
        (200, MONTH, True),  # within the 9 monthly
        (400, MONTH, False),  # beyond 9 months of monthly backups
    ],
)
def test_thinning_schedule(days_back, bucket, kept):
    """12 daily, 10 weekly, 9 monthly, plus everything from today and yesterday (Anki's scheme)."""
    now = dt.datetime(2026, 11, 22, 18, 0)
    stamps = [now - dt.timedelta(days=d, hours=h) for d in range(0, 500) for h in (1, 7)]
    keep = backups_to_keep(stamps, now=now)
    target = now - dt.timedelta(days=days_back, hours=1)
    same_bucket = {s for s in keep if bucket(s) == bucket(target)}
    assert bool(same_bucket) is kept
    if days_back <= 1:
        assert sum(1 for s in keep if s.date() == target.date()) == 2  # both of that day
    assert len(keep) <= 4 + 12 + 10 + 9


def test_thin_backups_deletes_files(tmp_path):
    """Thinning removes the files the scheme does not keep."""
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 11, 22, 12, 0)
    for d in range(0, 120):
        (folder / f"crmdesk-{(now - dt.timedelta(days=d)):%Y%m%d-%H%M%S}.db").write_bytes(b"x")
    removed = thin_backups(folder, now=now)
    remaining = list_backups(folder)
    assert removed and len(remaining) + len(removed) == 120
    assert len(remaining) <= 2 + 12 + 10 + 9
