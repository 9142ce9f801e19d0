"""Shared fixtures: real SQLite files in tmp_path, a real PostgreSQL when one answers, users per role.

Qt runs offscreen and QSettings/user data go to a temporary folder, so tests never touch the
developer's own crmdesk data.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_DIR = Path(tempfile.mkdtemp(prefix="crmdesk-tests-"))

from crmdesk import paths  # noqa: E402

paths.use_directory(_SESSION_DIR / "userdata")

PG_URL = os.environ.get("CRMDESK_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
_pg_skip_reason: str | None = None


def pytest_configure(config):
    """Redirect QSettings to the session folder before any widget is built."""
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # pragma: no cover
        return
    QCoreApplication.setOrganizationName("crmdesk-tests")
    QCoreApplication.setApplicationName("crmdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_SESSION_DIR / "qsettings"))


def pytest_terminal_summary(terminalreporter):
    """Say loudly when the PostgreSQL tests did not run."""
    if _pg_skip_reason:
        terminalreporter.write_sep("!", f"PostgreSQL tests SKIPPED: {_pg_skip_reason}", red=True, bold=True)


def _postgres_available() -> str | None:
    global _pg_skip_reason
    try:
        import psycopg2

        con = psycopg2.connect(PG_URL, connect_timeout=3)
        con.close()
        return None
    except Exception as exc:  # noqa: BLE001
        _pg_skip_reason = f"no PostgreSQL answers at {PG_URL} ({str(exc).strip().splitlines()[0]}); set CRMDESK_TEST_PG_URL"
        return _pg_skip_reason


def reset_postgres() -> None:
    """Empty the test database (only ever the one named in CRMDESK_TEST_PG_URL)."""
    import psycopg2

    con = psycopg2.connect(PG_URL)
    con.autocommit = True
    with con.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    con.close()


@pytest.fixture
def db_file(tmp_path) -> Path:
    """Path of a not-yet-existing SQLite file."""
    return tmp_path / "crm.db"


@pytest.fixture
def opened(db_file):
    """A new crmdesk database in a real SQLite file, bound to the model proxy."""
    from crmdesk.db.connection import open_database

    handle = open_database(db_file)
    yield handle
    handle.close()


@pytest.fixture
def pg_opened():
    """A new crmdesk database on the real PostgreSQL test server (skipped loudly if none answers)."""
    reason = _postgres_available()
    if reason:
        pytest.skip(reason)
    from crmdesk.db.connection import open_database

    reset_postgres()
    handle = open_database(PG_URL)
    yield handle
    handle.close()


@pytest.fixture(params=["sqlite", "postgres"])
def any_db(request, tmp_path):
    """The same test on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        from crmdesk.db.connection import open_database

        handle = open_database(tmp_path / "crm.db")
        yield handle
        handle.close()
    else:
        yield request.getfixturevalue("pg_opened")


def _make_user(name: str, role: str):
    from crmdesk.db.models import User
    from crmdesk.ops import users
    from crmdesk.ops.base import SYSTEM

    if not User.select().exists():
        users.add_user(SYSTEM, name="Olga Owner", role="owner")
    owner = users.actor_by_name("Olga Owner")
    if name == "Olga Owner":
        return owner
    users.add_user(owner, name=name, role=role)
    return users.actor_by_name(name)


@pytest.fixture
def owner(request):
    """An owner on whichever database fixture the test uses."""
    _bound(request)
    return _make_user("Olga Owner", "owner")


@pytest.fixture
def staff(request, owner):
    """A staff member."""
    return _make_user("Stefan Staff", "staff")


@pytest.fixture
def apprentice(request, owner):
    """An apprentice."""
    return _make_user("Anton Apprentice", "apprentice")


def _bound(request) -> None:
    for name in ("opened", "any_db", "pg_opened"):
        if name in request.fixturenames:
            request.getfixturevalue(name)
            return
    request.getfixturevalue("opened")
