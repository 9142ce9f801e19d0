"""Benchmarks for import and export at realistic scale (issue #7).

Run with: pytest tests/benchmarks/test_io_benchmark.py --benchmark-only
Targets: import of 10,000 rows including duplicate detection against 100,000 existing persons ≤ 3 s;
export of 100,000 persons to .xlsx ≤ 10 s. The 100,000-person database is made once per run with
crmdesk.demo (about 1–2 minutes), or copied from CRMDESK_BENCH_DB if that names such a file.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from crmdesk.db import checkpoint
from crmdesk.db.connection import open_database

PERSONS = 100_000
NEW_ROWS, KNOWN_ROWS = 9_000, 1_000
FIRST = ("Anna Franz Eva Lukas Maria Johann Sophie Karl Lena Paul Birgit Klaus Petra Stefan Ute Hannes Ingrid Markus "
         "Sabine Thomas Julia Michael Renée Jürgen Theresa Florian Katharina Gerhard Monika Wolfgang Elisabeth Andreas "
         "Christina Bernhard Verena Manfred Doris Harald Ulrike Reinhard").split()
LAST = ("Huber Gruber Bauer Wagner Müller Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer Schmid "
        "Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang Baumgartner Auer Binder "
        "Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster Weiß Groß Öztürk Novák Dvořák").split()
PLACES = (("1010", "Wien", "AT"), ("8010", "Graz", "AT"), ("4020", "Linz", "AT"), ("5020", "Salzburg", "AT"),
          ("6020", "Innsbruck", "AT"), ("80331", "München", "DE"), ("50667", "Köln", "DE"), ("10115", "Berlin", "DE"),
          ("8001", "Zürich", "CH"), ("3011", "Bern", "CH"))
TITLES = ("", "", "", "Dr.", "Mag.", "DI", "KR Mag.", "Prof. Dr.", "Ing.", "Mag. MSc")


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    """A crmdesk database with 100,000 demo persons (made once for the module)."""
    target = tmp_path_factory.mktemp("bench") / "base.db"
    given = os.environ.get("CRMDESK_BENCH_DB")
    if given and Path(given).is_file():
        with sqlite3.connect(given) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        return target
    from crmdesk.demo import generate
    from crmdesk.ops.users import ensure_first_user

    opened = open_database(target)
    generate(persons=PERSONS, interactions=PERSONS, seed=11, actor=ensure_first_user())
    opened.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.close()
    return target


def _copy(base: Path, name: str) -> Path:
    path = base.with_name(name)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, path)
    return path


def _import_file(base_db: Path, name: str, known: int, new: int) -> Path:
    """*known* persons that exist (exported, spread over the file) and *new* ones, in the German export layout."""
    from crmdesk.io.export import PERSON_COLUMNS, write_csv
    from crmdesk.ops.users import ensure_first_user
    from crmdesk.queries import export_rows

    work = _copy(base_db, "make-file.db")
    opened = open_database(work)
    ensure_first_user()
    ids = export_rows.person_ids()[::PERSONS // known][:known]
    rows = list(export_rows.iter_person_rows(ids)) + _new_rows(random.Random(5))[:new]
    path = base_db.with_name(name)
    write_csv(path, PERSON_COLUMNS, rows, encoding="utf-8-sig")
    opened.close()
    return path


@pytest.fixture(scope="module")
def import_file_path(base_db) -> Path:
    """10,000 rows: 1,000 persons that exist and 9,000 new ones."""
    return _import_file(base_db, "import-10k.csv", KNOWN_ROWS, NEW_ROWS)


def _new_rows(rng: random.Random) -> list[dict]:
    firms = [f"{rng.choice(LAST)} {rng.choice(['Bau', 'Handel', 'Technik', 'Consulting', 'Transporte'])} "
             f"{rng.choice(['GmbH', 'AG', 'KG', 'OG', 'e.U.'])}" for _ in range(1500)]
    rows = []
    for i in range(NEW_ROWS):
        first = rng.choice(FIRST) + (f"-{rng.choice(FIRST)}" if rng.random() < 0.6 else "")
        last = rng.choice(LAST) + (f"-{rng.choice(LAST)}" if rng.random() < 0.8 else "")
        postal, city, country = rng.choice(PLACES)
        titles = rng.choice(TITLES).split()
        rows.append({
            "id": -i, "gender": rng.choice("mf"), "titles_pre": titles[:-1] if "KR" in titles else titles, "titles_post": [],
            "honorary_title": "", "first_name": first, "name_particle": "", "last_name": last,
            "company_name": firms[i % 1500],
            "function_title": rng.choice(["Geschäftsführer", "Einkauf", "Verkauf", "Prokurist", ""]), "department": "",
            "street": f"Hauptstraße {i % 97 + 1}", "postal_code": postal, "city": city, "country": country,
            "company_address": {}, "phone_business": f"0{rng.randint(1, 9)}{rng.randint(10, 99)} {rng.randint(100000, 999999)}",
            "phone_mobile": f"066{rng.randint(0, 9)} {rng.randint(1000000, 9999999)}" if rng.random() < 0.5 else "",
            "phone_private": "", "email_business": f"{first}.{last}{i}@firma{i % 1500}.at".lower().encode("ascii", "ignore").decode(),
            "email_private": "", "private_street": "", "private_postal_code": "", "private_city": "", "private_country": "",
            "birthday": None, "language": "de", "formality": "Sie", "salutation_override": "", "linkedin_url": "",
            "xing_url": "", "other_url": "", "tags": ["Messe 2026"] if i % 4 == 0 else [], "notes": "",
            "last_contact_at": None,
        })
    return rows


def _forget_remembered_values() -> None:
    """Empty the caches that remember values of the rows (normalised phones and e-mails, folded names, keys),
    so that a round cannot profit from the round before it."""
    from crmdesk.domain import matching
    from crmdesk.io import convert

    for cached in (convert.check_phone, convert.check_email, matching.fold, matching.cologne, matching.company_key,
                   matching.index_keys):
        cached.cache_clear()


def _timed_import(benchmark, base_db: Path, path: Path, rounds: int):
    """Import *path* in update mode into a fresh copy of the base database, *rounds* times; the outcome."""
    from crmdesk.io.importer import import_file
    from crmdesk.ops.users import ensure_first_user

    state = {}

    def setup():
        _forget_remembered_values()  # every round imports as the first import after a start does
        state["opened"] = open_database(_copy(base_db, "import-run.db"))
        return (ensure_first_user(), path), {"mode": "update"}

    def teardown(*_args, **_kwargs):
        # the WAL checkpoint runs on a background thread after the commit (crmdesk.db.checkpoint): the
        # user sees the result without waiting for it; its time is reported beside the benchmark's own
        done = checkpoint.wait()[-1]
        times.append(round(done.seconds, 3))
        benchmark.extra_info["background_checkpoint_s"] = times
        state.pop("opened").close()

    times: list[float] = []
    return benchmark.pedantic(import_file, setup=setup, teardown=teardown, rounds=rounds, iterations=1)


@pytest.mark.xfail(strict=True, reason="issue #7 open: 3.5 s median (cold caches, quiet 2-core machine), target 3 s")
def test_import_10k_rows_against_100k_persons(benchmark, base_db, import_file_path):
    """Import 10,000 rows (update matching on e-mail/name+city/name+company) into 100,000 persons: ≤ 3 s."""
    result = _timed_import(benchmark, base_db, import_file_path, rounds=5).result
    assert result.created >= NEW_ROWS * 0.95 and result.updated + result.unchanged >= KNOWN_ROWS * 0.8
    assert result.created + result.unchanged + result.updated + result.skipped == NEW_ROWS + KNOWN_ROWS
    assert benchmark.stats["median"] <= 3.0


def test_import_100_rows_against_100k_persons(benchmark, base_db):
    """A small import (10 known persons, 90 new) reads only the persons its rows can match: no target in
    issue #7; before the stored match keys every import read all 100,000 persons first."""
    path = _import_file(base_db, "import-100.csv", 10, 90)
    result = _timed_import(benchmark, base_db, path, rounds=5).result
    assert result.created == 90 and result.updated + result.unchanged >= 8
    assert result.created + result.updated + result.unchanged + result.skipped == 100


def test_export_100k_persons_to_xlsx(benchmark, base_db, tmp_path):
    """Export every one of 100,000 persons to .xlsx: ≤ 10 s."""
    from crmdesk.io.export import export_file
    from crmdesk.ops.users import ensure_first_user

    opened = open_database(_copy(base_db, "export-run.db"))
    try:
        actor = ensure_first_user()
        result = benchmark.pedantic(export_file, args=(actor, tmp_path / "alle.xlsx"), rounds=3, iterations=1)
        assert result.count >= PERSONS
    finally:
        opened.close()
