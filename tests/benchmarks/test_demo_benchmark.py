"""Benchmark of the demo data generator at full scale (issue #2).

Run with: pytest tests/benchmarks/test_demo_benchmark.py --benchmark-only
Target: 100,000 persons and 1,000,000 interactions into a new SQLite file in <= 60 s on a 2-core
machine (the `demo` command as a whole; aim well below). One round: the load is not repeatable
on the same file without growing it.
"""

from __future__ import annotations

import pytest
from peewee import fn

from crmdesk.db.connection import open_database

PERSONS, INTERACTIONS = 100_000, 1_000_000


@pytest.mark.slow
def test_generate_100k_persons_1m_interactions(benchmark, tmp_path):
    from crmdesk.db.models import Interaction, Person
    from crmdesk.demo import generate
    from crmdesk.ops.users import ensure_first_user

    handle = open_database(tmp_path / "demo100k.db")
    try:
        actor = ensure_first_user()
        report = benchmark.pedantic(generate, kwargs={"persons": PERSONS, "interactions": INTERACTIONS, "seed": 1,
                                                      "actor": actor}, rounds=1, iterations=1)
        assert report.persons == Person.select().count() == PERSONS
        assert report.interactions == Interaction.select().count() == INTERACTIONS
        assert Person.select().where(Person.last_contact_at.is_null(False)).count() > 0.85 * PERSONS
        heavy = (Interaction.select(Interaction.person).where(Interaction.person.is_null(False))
                 .group_by(Interaction.person).having(fn.COUNT(Interaction.id) >= 500).count())
        assert heavy >= 5  # "open a person with 500 interactions" has candidates
        assert benchmark.stats.stats.max <= 60.0
    finally:
        handle.close()
