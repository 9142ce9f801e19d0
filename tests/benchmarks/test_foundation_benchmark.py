"""Foundation benchmarks at 100,000 persons / 1,000,000 interactions (issue #2): a list query, opening.

Run with: pytest tests/benchmarks/test_foundation_benchmark.py --benchmark-only
Set CRMDESK_BENCH_DB to an existing 100k/1M demo file to copy it (backup API) instead of
generating one (about 40 s). Demo generation itself is measured in test_demo_benchmark.py.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from crmdesk.db.models import Person


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    """A 100k/1M demo database file (closed)."""
    path = tmp_path_factory.mktemp("foundation-bench") / "demo100k.db"
    source = os.environ.get("CRMDESK_BENCH_DB")
    if source and Path(source).exists():
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
    from crmdesk.db.connection import open_database
    from crmdesk.demo import generate

    handle = open_database(path)  # migrates a copied older file once, here
    try:
        if not (source and Path(source).exists()):
            generate(persons=100_000, interactions=1_000_000, seed=1)
    finally:
        handle.close()
    return path


@pytest.fixture(scope="module")
def big_db(big_file):
    """The big database, open for the module."""
    from crmdesk.db.connection import open_database

    handle = open_database(big_file)
    yield handle
    handle.close()


def list_page(offset: int = 50_000, size: int = 200) -> list:
    """The persons list as its lazy model asks for it: all ordered ids, then one page of rows."""
    from crmdesk.queries.persons import person_ids, person_rows

    ids = person_ids(sort="name")
    return person_rows(ids[offset:offset + size])


def test_list_query_100k(benchmark, big_db):
    """All 100k ids in name order plus one page of 200 rows (what the persons list does on open/sort)."""
    rows = benchmark(list_page)
    assert len(rows) == 200


def test_filtered_list_query_100k(benchmark, big_db):
    """Ids of active Austrian persons in city order (a filtered, sorted list)."""
    from crmdesk.queries.persons import id_list

    def query():
        return id_list(Person.select(Person.id).where(
            Person.deleted_at.is_null() & (Person.display_country == "AT") & (Person.status == "active"))
            .order_by(Person.display_city, Person.id))
    ids = benchmark(query)
    assert len(ids) > 10_000


def test_open_100k(benchmark, big_file):
    """Opening the big file (header and schema checks, pragmas, WAL probe; no quick_check above 64 MiB).

    Without the lock, because the module's open connection holds it.
    """
    from crmdesk.db.connection import open_database

    def open_close():
        open_database(big_file, take_lock=False).close()
    benchmark.pedantic(open_close, rounds=5, iterations=1)
