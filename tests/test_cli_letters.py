"""`letter` and `serial-letter` end to end through python main.py: pre-flight summary, files, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    """python main.py ARGS from the repository root."""
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"})


@pytest.fixture
def letters_db(tmp_path) -> tuple[str, dict[str, int]]:
    """A database file with an owner, an apprentice, a letterhead, a template and four persons (closed again)."""
    from crmdesk.db.connection import open_database
    from crmdesk.ops import users
    from crmdesk.ops.base import SYSTEM
    from crmdesk.ops.contacts import create_person
    from crmdesk.ops.letters import create_template
    from crmdesk.ops.settings import set_setting

    path = tmp_path / "letters.db"
    handle = open_database(path)
    try:
        users.add_user(SYSTEM, name="Olga Owner", role="owner", function_title="Geschäftsführerin")
        owner = users.actor_by_name("Olga Owner")
        users.add_user(owner, name="Anton Apprentice", role="apprentice")
        set_setting(owner, "letterhead", {"company_name": "Berger Handel GmbH", "legal_form": "GmbH", "seat": "Wien",
                                          "address_lines": ["Mariahilfer Straße 47", "1060 Wien"],
                                          "register_court": "Handelsgericht Wien", "register_number": "FN 1 a",
                                          "managing_directors": ["Olga Owner"]})
        create_template(owner, name="Aktion", subject="Frühjahrsaktion", body="{salutation}\n\nunser Angebot.",
                        advertising=True)
        address = {"street": "Ring 1", "postal_code": "1010", "city": "Wien", "country": "AT"}
        ids = {
            "huber": create_person(owner, {"gender": "m", "first_name": "Franz", "last_name": "Huber",
                                           "titles_pre": ["Mag."], "titles_post": ["MSc"], "honorary_title": "KR",
                                           **address}, tags=["Kunde"]),
            "berg": create_person(owner, {"gender": "f", "first_name": "Eva", "last_name": "Berg", **address},
                                  tags=["Kunde"]),
            "nowhere": create_person(owner, {"gender": "f", "first_name": "Ina", "last_name": "Ohne"}, tags=["Kunde"]),
            "objects": create_person(owner, {"gender": "m", "first_name": "Otto", "last_name": "Nein",
                                             "advertising_objection": True, **address}, tags=["Kunde"]),
        }
    finally:
        handle.close()
    return str(path), ids


def test_single_letter_exit_0(letters_db, tmp_path):
    """`letter` writes the PDF and says so; the Kommerzialrat is addressed correctly."""
    db, ids = letters_db
    out = tmp_path / "huber.pdf"
    result = run("--db", db, "letter", "--person", str(ids["huber"]), "--form", "a", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"wrote 1 letter (1 page) to {out}" in result.stdout
    with pdfplumber.open(str(out)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Herrn Kommerzialrat" in text and "Sehr geehrter Herr Kommerzialrat," in text


def test_single_letter_problems_exit_1(letters_db, tmp_path):
    """No postal address or an unknown template: an error line and exit 1, no file."""
    db, ids = letters_db
    out = tmp_path / "x.pdf"
    no_address = run("--db", db, "letter", "--person", str(ids["nowhere"]), "--out", str(out))
    assert no_address.returncode == 1 and "error: address:" in no_address.stderr
    unknown = run("--db", db, "letter", "--person", str(ids["huber"]), "--template", "Gibt es nicht", "--out", str(out))
    assert unknown.returncode == 1 and "Aktion" in unknown.stderr
    assert not out.exists()


def test_serial_letter_reports_skips_and_exits_1(letters_db, tmp_path):
    """The pre-flight summary names the skipped; the written line counts letters and pages; exit 1 when skipped."""
    db, _ids = letters_db
    out = tmp_path / "aktion.pdf"
    result = run("--db", db, "serial-letter", "--template", "Aktion", "--tag", "Kunde", "--out", str(out),
                 "--per-recipient", str(tmp_path / "single"))
    assert result.returncode == 1, result.stderr
    assert "template: Aktion (de, advertising); 4 recipients selected" in result.stdout
    assert "1 without postal address (skipped): Ina Ohne" in result.stdout
    assert "1 objected to advertising (skipped): Otto Nein" in result.stdout
    assert f"wrote 2 letters (2 pages) to {out} and 2 single PDFs; skipped 2: Otto Nein (objection), " \
           "Ina Ohne (no_address)" in result.stdout
    assert out.exists() and len(list((tmp_path / "single").iterdir())) == 2


def test_serial_letter_all_printed_exit_0(letters_db, tmp_path):
    """Including objections and choosing only persons with an address prints everyone: exit 0."""
    db, ids = letters_db
    out = tmp_path / "all.pdf"
    result = run("--db", db, "serial-letter", "--template", "Aktion", "--person", str(ids["huber"]),
                 "--person", str(ids["objects"]), "--include-objections", "--no-log", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "wrote 2 letters (2 pages)" in result.stdout


def test_serial_letter_dry_run_writes_nothing(letters_db, tmp_path):
    """--dry-run prints the report only."""
    db, _ids = letters_db
    out = tmp_path / "dry.pdf"
    result = run("--db", db, "serial-letter", "--tag", "Kunde", "--dry-run", "--out", str(out))
    assert result.returncode == 1 and "without postal address" in result.stdout and not out.exists()


def test_apprentice_denied_serial_letter_exit_4(letters_db, tmp_path):
    """Apprentices cannot print serial letters (exit 4) but can print a single letter (exit 0)."""
    db, ids = letters_db
    denied = run("--db", db, "--as", "Anton Apprentice", "serial-letter", "--out", str(tmp_path / "s.pdf"))
    assert denied.returncode == 4 and "letter.serial" in denied.stderr
    single = run("--db", db, "--as", "Anton Apprentice", "letter", "--person", str(ids["berg"]),
                 "--out", str(tmp_path / "one.pdf"))
    assert single.returncode == 0, single.stderr
