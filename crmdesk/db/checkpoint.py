"""Big writes copy SQLite's write-ahead log back into the database file in the background.

In WAL mode a commit appends the changed pages to the log (the `-wal` file); a checkpoint later
copies them into the database file and flushes it to disk. SQLite runs that checkpoint inside the
commit that makes the log pass 1,000 pages. After an import of 10,000 rows into 100,000 persons
the log holds about 60 MB, and the checkpoint takes 0.3–0.7 s on the 2-core test machines, nearly
all of it waiting for the disk (the copy itself takes 0.04 s; the fsync the rest). The user would
wait for that flush before seeing the import's result.

`checkpoint_in_background()` turns the automatic checkpoint off for the block and, after it, runs
the checkpoint on a thread with its own connection. Nothing becomes less safe: the commit is in
the log, which every connection (and a restart after a crash) reads; a passive checkpoint never
blocks readers or writers; with `synchronous=NORMAL` a commit in WAL mode is durable only once a
checkpoint or a later sync has flushed it, with or without this module. `wait()` (called by
`OpenedDatabase.close()`) waits for running checkpoints, so the app does not exit in the middle of
one; an interrupted checkpoint would be harmless anyway and repeated by SQLite on the next commit.

PostgreSQL, read-only files and the rollback journal (network drives) have no such log: there the
block runs unchanged.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from crmdesk.db.models import database
from crmdesk.db.schema import is_postgres

AUTOCHECKPOINT_PAGES = 1000  # SQLite's default, restored after the block

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckpointResult:
    """One background checkpoint: the file, pages in the log, pages copied, seconds, error text or ""."""

    path: str
    log_pages: int
    copied_pages: int
    seconds: float
    error: str = ""


_lock = threading.Lock()
_running: list[threading.Thread] = []
_results: list[CheckpointResult] = []


def _wal_file() -> str | None:
    """The database file of the current connection when it writes through a WAL log, else None."""
    if is_postgres():
        return None
    if database.execute_sql("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        return None
    if "mode=ro" in str(getattr(database.obj, "database", "")):
        return None  # opened read-only: nothing of ours to copy back
    main = next((row[2] for row in database.execute_sql("PRAGMA database_list") if row[1] == "main"), "")
    return main or None  # "" for an in-memory database


@contextlib.contextmanager
def checkpoint_in_background() -> Iterator[None]:
    """Run the block without automatic checkpoints; afterwards checkpoint on a background thread."""
    path = _wal_file()
    if path is None:
        yield
        return
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
        start(path)


def start(path: str) -> threading.Thread:
    """Start a passive checkpoint of *path* on its own thread and connection."""
    thread = threading.Thread(target=_checkpoint, args=(path,), name="crmdesk-checkpoint")
    with _lock:
        _running[:] = [t for t in _running if t.is_alive()]
        _running.append(thread)
    thread.start()
    return thread


def _checkpoint(path: str) -> None:
    started = time.perf_counter()
    result = CheckpointResult(path, 0, 0, 0.0)
    try:
        con = sqlite3.connect(path, timeout=5)
        try:
            _busy, log_pages, copied = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            result = CheckpointResult(path, log_pages, copied, time.perf_counter() - started)
        finally:
            con.close()
    except sqlite3.Error as exc:  # the next commit's automatic checkpoint does the work instead
        result = CheckpointResult(path, 0, 0, time.perf_counter() - started, str(exc))
        log.warning("background checkpoint of %s failed: %s", path, exc)
    with _lock:
        _results.append(result)
        del _results[:-20]


def wait(timeout: float = 60.0) -> list[CheckpointResult]:
    """Wait for running background checkpoints (at most *timeout* s in all); the recent results, newest last."""
    deadline = time.monotonic() + timeout
    with _lock:
        threads = list(_running)
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    with _lock:
        _running[:] = [t for t in _running if t.is_alive()]
        return list(_results)
