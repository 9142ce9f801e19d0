"""The `log` and `overdue` commands end to end: real processes on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JSON_KEYS = {"person_id", "name", "company", "last_contact", "interval_days", "days_overdue", "score"}


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    """python main.py --db DB ARGS, with text output."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def crm(tmp_path) -> dict:
    """A database file with an owner, a staff member and three persons at an A company (closed again)."""
    from crmdesk.db.connection import open_database
    from crmdesk.ops import contacts, interactions, users
    from crmdesk.ops.base import SYSTEM

    path = tmp_path / "crm.db"
    handle = open_database(path)
    try:
        users.add_user(SYSTEM, name="Olga Owner", role="owner")
        owner = users.actor_by_name("Olga Owner")
        users.add_user(owner, name="Stefan Staff", role="staff")
        staff = users.actor_by_name("Stefan Staff")
        firm = contacts.create_company(owner, {"name": "Ötztaler Bergbahnen AG", "category": "A"})
        ids = {name: contacts.create_person(owner, {"first_name": "Jörg", "last_name": name,
                                                    "owner": staff.id if name == "Überall" else None},
                                            company_id=firm)
               for name in ("Überall", "Älter", "Neu")}
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        interactions.log_interaction(owner, channel="email", person_id=ids["Überall"], occurred_at=now - dt.timedelta(days=50))
        interactions.log_interaction(owner, channel="email", person_id=ids["Älter"], occurred_at=now - dt.timedelta(days=90))
        interactions.log_interaction(owner, channel="email", person_id=ids["Neu"], occurred_at=now - dt.timedelta(days=2))
    finally:
        handle.close()
    return {"path": path, "ids": ids, "staff_id": staff.id}


def read(path: Path, sql: str, params=()) -> list[tuple]:
    """Rows from the closed database file (plain sqlite3, read-only)."""
    import sqlite3

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_log_with_offset_prints_the_id_and_updates_last_contact(crm):
    """`log --at` with an offset is stored as UTC, by the --as user, and resets the person's cadence."""
    pid = crm["ids"]["Neu"]
    result = run(crm["path"], "log", "--person", str(pid), "--channel", "phone", "--outcome", "appointment",
                 "--note", "Rückruf: Termin für Größenänderung", "--at", "2030-03-01T09:30+01:00",
                 "--as", "Stefan Staff")
    assert result.returncode == 0, result.stderr
    new_id = int(result.stdout.strip())
    [(person, occurred, note, author)] = read(crm["path"], "SELECT person_id, occurred_at, note, author_id "
                                                           "FROM interaction WHERE id = ?", (new_id,))
    assert (person, occurred[:19], note, author) == (pid, "2030-03-01 08:30:00", "Rückruf: Termin für Größenänderung",
                                                     crm["staff_id"])
    [(last, by, iid)] = read(crm["path"], "SELECT last_contact_at, last_contact_by_id, last_contact_interaction "
                                          "FROM person WHERE id = ?", (pid,))
    assert (last[:19], by, iid) == ("2030-03-01 08:30:00", crm["staff_id"], new_id)


def test_log_without_offset_is_local_time_and_global_as_works(crm):
    """Without an offset --at is Vienna time (summer: UTC+2); the global --as before the command works too."""
    result = run(crm["path"], "--as", "Stefan Staff", "log", "--person", str(crm["ids"]["Neu"]),
                 "--channel", "visit", "--direction", "in", "--at", "2030-07-01T09:30")
    assert result.returncode == 0, result.stderr
    [(occurred, direction, author)] = read(crm["path"], "SELECT occurred_at, direction, author_id FROM interaction "
                                                        "WHERE id = ?", (int(result.stdout),))
    assert (occurred[:19], direction, author) == ("2030-07-01 07:30:00", "in", crm["staff_id"])


@pytest.mark.parametrize("args, code, message", [
    (["--person", "999", "--channel", "phone"], 1, "person 999"),
    (["--person", "1", "--channel", "brieftaube"], 1, "Unknown channel"),
    (["--person", "1", "--channel", "phone", "--at", "gestern"], 2, "ISO 8601"),
    (["--person", "1", "--channel", "phone", "--as", "Niemand"], 4, "Niemand"),
])
def test_log_problems_have_exit_codes_and_messages(crm, args, code, message):
    """Unknown person or channel (1), a bad time (2), an unknown user (4); nothing is logged."""
    before = read(crm["path"], "SELECT COUNT(*) FROM interaction")
    result = run(crm["path"], "log", *args)
    assert result.returncode == code and message in result.stderr
    assert read(crm["path"], "SELECT COUNT(*) FROM interaction") == before


def test_overdue_json_is_ranked_with_the_documented_keys(crm):
    """--json: objects with exactly the documented keys, highest score first, ISO last contact."""
    result = run(crm["path"], "overdue", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["person_id"] for r in rows] == [crm["ids"]["Älter"], crm["ids"]["Überall"]]
    assert all(set(r) == JSON_KEYS for r in rows)
    assert rows[0]["score"] >= rows[1]["score"] > 0 and rows[0]["interval_days"] == 30
    assert rows[0]["name"] == "Jörg Älter" and rows[0]["company"] == "Ötztaler Bergbahnen AG"
    assert rows[0]["days_overdue"] in (59, 60, 61)
    assert dt.datetime.fromisoformat(rows[0]["last_contact"]).tzinfo is not None


def test_overdue_user_filter_limit_and_text(crm):
    """--user keeps that user's persons, --limit cuts the list, the text table names the persons."""
    mine = json.loads(run(crm["path"], "overdue", "--user", "Stefan Staff", "--json").stdout)
    assert [r["person_id"] for r in mine] == [crm["ids"]["Überall"]]
    assert len(json.loads(run(crm["path"], "overdue", "--limit", "1", "--json").stdout)) == 1
    text = run(crm["path"], "overdue")
    assert text.returncode == 0 and "Jörg Älter (Ötztaler Bergbahnen AG)" in text.stdout
    assert run(crm["path"], "overdue", "--user", "Niemand").returncode == 1
    assert run(crm["path"], "overdue", "--limit", "0").returncode == 2
