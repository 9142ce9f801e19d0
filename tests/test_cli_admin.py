"""The foundation commands end to end, as a script would call them: output and exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """python main.py ARGS, from the repository root."""
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, input=stdin,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_version():
    """--version prints the version and exits 0."""
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("crmdesk ")


def test_users_add_list_and_password(tmp_path):
    """The first user added becomes the owner; others get roles; passwords come from stdin and gate --as."""
    db = str(tmp_path / "c.db")
    assert run("--db", db, "users", "add", "Anna Berger", "--role", "owner").returncode == 0
    assert run("--db", db, "users", "add", "Tobias Hofer", "--role", "apprentice", "--password-stdin", stdin="Lehrling!1\n").returncode == 0
    listing = run("--db", db, "users", "list").stdout
    assert "Anna Berger\tAB\towner\tactive" in listing
    assert "Tobias Hofer\tTH\tapprentice\tactive, password" in listing
    assert len(listing.strip().splitlines()) == 2  # no automatic extra owner
    denied = run("--db", db, "--as", "Tobias Hofer", "users", "list", env={"CRMDESK_PASSWORD": "falsch"})
    assert denied.returncode == 4 and "Wrong password" in denied.stderr
    ok = run("--db", db, "--as", "Tobias Hofer", "users", "add", "X", env={"CRMDESK_PASSWORD": "Lehrling!1"})
    assert ok.returncode == 4 and "may not" in ok.stderr  # an apprentice cannot manage users


def test_first_user_must_be_owner(tmp_path):
    """A database's first user cannot be an apprentice (nobody could manage it)."""
    result = run("--db", str(tmp_path / "c.db"), "users", "add", "Tobias", "--role", "apprentice")
    assert result.returncode == 1 and "must be an owner" in result.stderr


def test_demo_check_backup_restore(tmp_path):
    """demo fills the file, check reports ok, backup writes a file, restore brings it back."""
    db = tmp_path / "c.db"
    demo = run("--db", str(db), "demo", "--persons", "200", "--interactions", "1000")
    assert demo.returncode == 0, demo.stderr
    assert "200 persons" in demo.stdout
    check = run("--db", str(db), "check")
    assert check.returncode == 0, check.stdout
    assert "integrity_check: ok" in check.stdout and "rows in person: 200" in check.stdout
    backup = run("--db", str(db), "backup")
    assert backup.returncode == 0
    backup_file = backup.stdout.split("backup: ", 1)[1].strip()
    con = sqlite3.connect(db)
    con.execute("DELETE FROM follow_up")
    con.execute("DELETE FROM interaction")
    con.commit()
    con.close()
    restored = run("--db", str(db), "restore", backup_file)
    assert restored.returncode == 0, restored.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM interaction").fetchone()[0] >= 1000
    con.close()


def test_foreign_file_gives_exit_3_and_is_untouched(tmp_path):
    """A file that is not a crmdesk database: exit 3, a clear message, the file unchanged."""
    path = tmp_path / "list.csv"
    path.write_text("Name;Ort\nHuber;Wien\n", encoding="utf-8")
    result = run("--db", str(path), "check")
    assert result.returncode == 3 and "not a crmdesk database" in result.stderr
    assert path.read_text(encoding="utf-8") == "Name;Ort\nHuber;Wien\n"


def test_check_reports_problems_with_exit_1(tmp_path):
    """A broken search index is reported and check exits 1."""
    db = tmp_path / "c.db"
    assert run("--db", str(db), "demo", "--persons", "20", "--interactions", "10").returncode == 0
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER person_fts_au")
    con.execute("UPDATE person SET search_text = 'verändert' WHERE id = 1")
    con.commit()
    con.close()
    result = run("--db", str(db), "check")
    assert result.returncode == 1 and "PROBLEM" in result.stdout


def test_postgres_backup_points_to_pg_dump(pg_opened):
    """For PostgreSQL, backup explains pg_dump instead of copying files."""
    pg_opened.close()
    from tests.conftest import PG_URL

    result = run("--db", PG_URL, "backup")
    assert result.returncode == 1 and "pg_dump" in result.stderr


def test_unknown_command_is_usage_error():
    """Wrong usage exits 2 (argparse)."""
    assert run("frobnicate").returncode == 2
