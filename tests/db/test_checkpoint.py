"""Big writes leave the WAL checkpoint to a background thread (crmdesk.db.checkpoint).

On real SQLite files: inside `checkpoint_in_background()` a commit of more than SQLite's 1,000-page
threshold stays in the `-wal` file (the database file does not grow); the committed rows are safe
there (a copy of the file and its log, as a crash leaves them, opens with every row); after the
block a thread copies the log back (the file grows, every page is backfilled), the automatic
checkpoint is on again even when the block failed, and closing the database waits for the thread.
PostgreSQL and the rollback journal run the block unchanged.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading

import pytest

from crmdesk.db import checkpoint
from crmdesk.db.connection import open_database
from crmdesk.db.models import Person, database
from crmdesk.ops.imports import ImportPlan, PersonChange, run_import, undo_import

BIG = 3000  # persons: about 1,500 pages of log, past SQLite's automatic threshold of 1,000


def _big_plan() -> ImportPlan:
    return ImportPlan(source="big.csv", mode="create", creates=[
        PersonChange(n + 2, {"first_name": f"Vorname{n}", "last_name": f"Nachname {n} " + "x" * 200, "city": "Wien",
                             "email_business": f"p{n}@beispiel.at"}) for n in range(BIG)])


def _autocheckpoint() -> int:
    return database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]


def test_commit_stays_in_the_log_and_a_thread_copies_it_back(opened, owner, tmp_path):
    """Inside the block the big commit leaves the database file as it was; the rows are in the log and
    survive a 'crash' (file and log copied as they are); after the block the thread copies them back."""
    checkpoint.wait()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size_before = opened.path.stat().st_size
    with checkpoint.checkpoint_in_background():
        assert _autocheckpoint() == 0
        with database.atomic():
            database.execute_sql("CREATE TABLE filler (x TEXT)")
            database.execute_sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                 "INSERT INTO filler SELECT hex(randomblob(1000)) FROM n")
        assert opened.path.stat().st_size == size_before  # 3000 × 2 KB committed, none of it in the file yet
        crash = tmp_path / "crash"
        crash.mkdir()
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{opened.path}{suffix}", crash / f"copy.db{suffix}")
        with sqlite3.connect(crash / "copy.db") as con:
            assert con.execute("SELECT count(*) FROM filler").fetchone()[0] == 3000
    results = checkpoint.wait()
    assert _autocheckpoint() == checkpoint.AUTOCHECKPOINT_PAGES
    last = results[-1]
    assert last.path == str(opened.path) and not last.error
    assert last.log_pages > 1000 and last.copied_pages == last.log_pages
    assert opened.path.stat().st_size > size_before + 3000 * 2000


def test_import_and_undo_checkpoint_in_the_background(opened, owner):
    """run_import and undo_import commit without the automatic checkpoint and hand it to the thread."""
    checkpoint.wait()
    seen = []
    original = checkpoint.start

    def recording_start(path):
        seen.append((path, _autocheckpoint()))
        return original(path)

    checkpoint.start = recording_start
    try:
        result = run_import(owner, _big_plan())
        assert Person.select().count() == BIG
        undone = undo_import(owner, result.batch_key)
    finally:
        checkpoint.start = original
    assert undone.deleted_persons == BIG and Person.select().count() == 0
    assert seen == [(str(opened.path), checkpoint.AUTOCHECKPOINT_PAGES)] * 2
    assert all(not r.error and r.copied_pages == r.log_pages for r in checkpoint.wait()[-2:])


def test_failed_block_turns_the_automatic_checkpoint_back_on(opened, owner):
    """A block that fails (an import refused half-way) leaves the connection as it found it."""
    with pytest.raises(RuntimeError), checkpoint.checkpoint_in_background():
        assert _autocheckpoint() == 0
        raise RuntimeError("boom")
    assert _autocheckpoint() == checkpoint.AUTOCHECKPOINT_PAGES
    checkpoint.wait()


def test_close_waits_for_the_running_checkpoint(tmp_path, monkeypatch):
    """OpenedDatabase.close() returns only after the background checkpoint finished."""
    handle = open_database(tmp_path / "close.db")
    release, finished = threading.Event(), []
    original = checkpoint._checkpoint

    def slow(path):
        release.wait(5)
        original(path)
        finished.append(path)

    monkeypatch.setattr(checkpoint, "_checkpoint", slow)
    with checkpoint.checkpoint_in_background():
        database.execute_sql("CREATE TABLE t (x)")
    threading.Timer(0.2, release.set).start()
    handle.close()
    assert finished == [str(tmp_path / "close.db")]


def test_rollback_journal_and_postgres_run_the_block_unchanged(tmp_path, any_db):
    """No WAL, no background thread: the block runs as it would without the helper."""
    before = checkpoint.wait()[-1:]
    with checkpoint.checkpoint_in_background():
        pass
    after = checkpoint.wait()[-1:]
    if any_db.is_sqlite:
        assert after != before and after[0].path == str(any_db.path)  # WAL: one checkpoint ran
        any_db.database.execute_sql("PRAGMA journal_mode = DELETE")
        with checkpoint.checkpoint_in_background():
            assert _autocheckpoint() == checkpoint.AUTOCHECKPOINT_PAGES
    assert checkpoint.wait()[-1:] == after
