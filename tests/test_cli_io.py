"""`import`, `export` and `undo-import` end to end through python main.py: output and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = "Anrede;Titel;Vorname;Nachname;Firma;Funktion;Straße;PLZ;Ort;Land;Telefon;Mobil;E-Mail;Geburtstag"
GOOD = "Herr;Mag.;Franz;Huber;Huber GmbH;Geschäftsführer;Ring 1;1010;Wien;AT;01 234567;;f@huber.at;24.12.1970"
BAD = "Frau;;Eva;Berg;;;;;Wien;AT;;;eva@berg.at;31.02.1970"


def run(*args: str) -> subprocess.CompletedProcess:
    """python main.py ARGS from the repository root."""
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def csv_file(tmp_path: Path, *rows: str) -> str:
    """A German Excel CSV (cp1252, ;) with the rows."""
    path = tmp_path / "liste.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("cp1252"))
    return str(path)


def test_import_good_file_exits_0_and_prints_counts(tmp_path):
    """A clean file: counts printed, exit 0."""
    db = str(tmp_path / "c.db")
    result = run("--db", db, "import", csv_file(tmp_path, GOOD))
    assert result.returncode == 0, result.stderr
    assert "created 1, updated 0" in result.stdout and "batch: imp-" in result.stdout


def test_import_with_problems_exits_1_and_keeps_good_rows(tmp_path):
    """A bad row is printed as 'line N: reason', the good row is imported, exit 1; --dry-run writes nothing."""
    db = str(tmp_path / "c.db")
    path = csv_file(tmp_path, GOOD, BAD)
    dry = run("--db", db, "import", path, "--dry-run")
    assert dry.returncode == 1 and "would create 1" in dry.stdout and "line 3: birthday '31.02.1970'" in dry.stdout
    result = run("--db", db, "import", path)
    assert result.returncode == 1 and "created 1" in result.stdout and "line 3:" in result.stdout
    again = run("--db", db, "import", path, "--mode", "skip")
    assert "created 0" in again.stdout and "skipped 1" in again.stdout


def test_import_encoding_delimiter_and_mapping_options(tmp_path):
    """--encoding and --delimiter override detection; an unknown --mapping is a usage error (2)."""
    db = str(tmp_path / "c.db")
    path = tmp_path / "komma.csv"
    path.write_bytes("Vorname,Nachname\r\nJürgen,Weiß\r\n".encode("latin-1"))
    assert run("--db", db, "import", str(path), "--encoding", "latin-1", "--delimiter", ",").returncode == 0
    assert run("--db", db, "import", str(path), "--mapping", "gibt-es-nicht").returncode == 2
    mapping = tmp_path / "m.json"
    mapping.write_text('{"Vorname": "last_name", "Nachname": "first_name"}', encoding="utf-8")
    result = run("--db", db, "import", str(path), "--mapping", str(mapping), "--encoding", "latin-1", "--mode", "skip")
    assert result.returncode == 0 and "created 1" in result.stdout


def test_binary_file_exits_1(tmp_path):
    """A PNG renamed to .csv is refused with a file-level problem."""
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run("--db", str(tmp_path / "c.db"), "import", str(path))
    assert result.returncode == 1 and "file: This is a PNG image" in result.stdout


def test_export_counts_and_formats_and_vcf_reimport(tmp_path):
    """export prints the count for .csv/.xlsx/.vcf; the .vcf goes back in through import; --tag filters."""
    db = str(tmp_path / "c.db")
    run("--db", db, "import", csv_file(tmp_path, GOOD))
    for name in ("a.csv", "a.xlsx", "a.vcf"):
        result = run("--db", db, "export", str(tmp_path / name))
        assert result.returncode == 0 and "exported 1 persons" in result.stdout
    assert "exported 0 persons" in run("--db", db, "export", str(tmp_path / "t.csv"), "--tag", "Nix").stdout
    assert run("--db", db, "export", str(tmp_path / "a.pdf")).returncode == 2
    back = run("--db", db, "import", str(tmp_path / "a.vcf"), "--mode", "update")
    assert back.returncode == 0 and "created 0" in back.stdout


def test_apprentice_cannot_export_and_undo_import(tmp_path):
    """An apprentice gets exit 4 for export; undo-import takes the batch back."""
    db = str(tmp_path / "c.db")
    run("--db", db, "users", "add", "Olga", "--role", "owner")
    run("--db", db, "users", "add", "Toni", "--role", "apprentice")
    denied = run("--db", db, "--as", "Toni", "export", str(tmp_path / "x.csv"))
    assert denied.returncode == 4 and not (tmp_path / "x.csv").exists()
    imported = run("--db", db, "--as", "Olga", "import", csv_file(tmp_path, GOOD))
    key = next(line.split()[1] for line in imported.stdout.splitlines() if line.startswith("batch:"))
    undone = run("--db", db, "--as", "Olga", "undo-import", key)
    assert undone.returncode == 0 and "1 persons and 1 companies deleted" in undone.stdout
