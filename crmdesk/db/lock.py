"""A lock file beside the SQLite database that tells a second instance who holds it.

Equivalent to QLockFile (which we cannot use below the UI layer): created atomically with
O_EXCL, it records pid, host, user name and start time. A lock left by a process that died on
this host is stale and is taken over (the caller learns that the last run ended uncleanly).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    """Who holds a database lock."""

    pid: int
    host: str
    user: str
    app_user: str
    since: str

    def describe(self) -> str:
        """A sentence for the user: 'opened by anna (crmdesk user Anna) on PC-OFFICE2 since …'."""
        who = self.user + (f" (crmdesk user {self.app_user})" if self.app_user else "")
        return f"opened by {who} on {self.host} since {self.since} (process {self.pid})"


class DatabaseLocked(Exception):
    """Another live crmdesk process holds the database; `.info` says who."""

    def __init__(self, path: Path, info: LockInfo | None):
        self.path = path
        self.info = info
        holder = info.describe() if info else "held by another program"
        super().__init__(f"The database {path} is already {holder}. Open it read-only or close the other crmdesk.")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(lock_path: Path) -> LockInfo | None:
    """The holder recorded in *lock_path*, or None when it is missing or unreadable."""
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), str(data["user"]), str(data.get("app_user", "")), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DatabaseLock:
    """Holds `<database>.lock` while crmdesk has the file open for writing.

    Attributes: path (the lock file), was_stale (a dead holder's lock was taken over).
    """

    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self.was_stale = False
        self._held = False

    def acquire(self, app_user: str = "") -> None:
        """Take the lock or raise DatabaseLocked naming the holder."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                info = read_lock(self.path)
                if info is not None and (info.host != socket.gethostname() or _pid_alive(info.pid)):
                    raise DatabaseLocked(self.path.with_suffix(""), info)
                self.was_stale = True
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._info(app_user), handle)
            self._held = True
            return
        raise DatabaseLocked(self.path.with_suffix(""), read_lock(self.path))

    def update_user(self, app_user: str) -> None:
        """Record which crmdesk user works with the file (shown to a second instance)."""
        if self._held:
            self.path.write_text(json.dumps(self._info(app_user)), encoding="utf-8")

    def release(self) -> None:
        """Remove the lock file if we hold it."""
        if self._held:
            self.path.unlink(missing_ok=True)
            self._held = False

    @staticmethod
    def _info(app_user: str) -> dict:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name on some systems
            user = "?"
        since = dt.datetime.now().isoformat(timespec="seconds")
        return {"pid": os.getpid(), "host": socket.gethostname(), "user": user, "app_user": app_user, "since": since}
