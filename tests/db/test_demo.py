"""The demo data generator (issue #2): counts, realism, derived columns, search index, determinism.

Small scale (300 persons, 3,000 interactions) on real SQLite files; title proportions at 2,000
persons; the bulk-written derived columns are compared with what the per-row refresh functions
of crmdesk.db.derived compute on a copy of the file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from crmdesk import demo
from crmdesk.db import derived, schema
from crmdesk.db.connection import open_database
from crmdesk.db.models import AuditEntry, Company, FollowUp, Interaction, Person, User, database

NOW = dt.datetime(2026, 3, 18, 9, 30)  # a Wednesday: this week's birthdays, due today, overdue
PERSONS, INTERACTIONS = 300, 3_000
PERSON_LIST = ("company_id", "company_name", "function_title", "sort_name", "display_city", "display_country",
               "search_text", "birthday_key")
CONTACT = ("last_contact_at", "last_contact_by_id", "last_contact_interaction", "cadence_interval", "cadence_weight",
           "next_due_at")


@pytest.fixture
def bulk_mode(monkeypatch):
    """Load like a big demo (indexes and FTS triggers dropped and rebuilt) even at test scale."""
    monkeypatch.setattr(demo, "BULK_ROWS", 0)


@pytest.fixture
def demo_db(opened, owner, bulk_mode):
    """A SQLite file with the owner and one demo load of 300 persons / 3,000 interactions."""
    report = demo.generate(persons=PERSONS, interactions=INTERACTIONS, seed=7, actor=owner, now=NOW)
    return opened, report


def _rows(path: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return con.execute(sql, params).fetchall()


def _scalar(sql: str, params=()):
    return database.execute_sql(sql, params).fetchone()[0]


# --- counts and bookkeeping ----------------------------------------------------------------------

def test_counts_users_and_audit(demo_db, owner):
    _, report = demo_db
    assert report == demo.DemoReport(persons=300, companies=38, interactions=3_000, follow_ups=18, users=4)
    assert Person.select().count() == 300 and Company.select().count() == 38
    assert Interaction.select().count() == 3_000 and FollowUp.select().count() == 18
    assert {u.name: u.role for u in User.select()} == {
        "Olga Owner": "owner", "Anna Berger": "owner", "Markus Wimmer": "staff", "Lena Gruber": "staff",
        "Tobias Hofer": "apprentice"}
    assert User.select().where(User.password_hash.is_null(False)).count() == 0
    entries = list(AuditEntry.select().where(AuditEntry.entity == "demo"))
    assert len(entries) == 1 and entries[0].action == "generate" and entries[0].user_id == owner.id
    assert json.loads(entries[0].after) == {"persons": 300, "companies": 38, "interactions": 3000, "follow_ups": 18,
                                            "users": 4, "seed": 7}


def test_second_run_appends_without_new_users(demo_db, owner):
    report = demo.generate(persons=100, interactions=500, seed=8, actor=owner, now=NOW)
    assert report.users == 0
    assert Person.select().count() == 400 and Company.select().count() == 38 + 13
    assert Interaction.select().count() == 3_500
    assert AuditEntry.select().where(AuditEntry.entity == "demo").count() == 2
    assert _scalar("SELECT COUNT(*) FROM person WHERE last_contact_at IS NOT NULL AND id > 300") > 50


def test_rows_carry_the_operation_conventions(demo_db):
    assert _scalar("SELECT COUNT(*) FROM person WHERE version != 1 OR modified_by IS NULL OR created_at IS NULL") == 0
    assert _scalar("SELECT COUNT(*) FROM company WHERE version != 1 OR modified_at != created_at") == 0
    assert _scalar("SELECT COUNT(*) FROM interaction WHERE version != 1 OR modified_by != author_id") == 0
    # completing a follow-up is an update: version 2, modified when done
    assert _scalar("SELECT COUNT(*) FROM follow_up WHERE done_at IS NOT NULL AND (version != 2 OR modified_at != done_at)") == 0
    assert _scalar("SELECT COUNT(*) FROM follow_up WHERE done_at IS NULL AND version != 1") == 0
    # persons exist before their first interaction; nothing lies in the future
    assert _scalar("SELECT COUNT(*) FROM interaction i JOIN person p ON p.id = i.person_id "
                   "WHERE i.occurred_at <= p.created_at") == 0
    assert _scalar("SELECT MAX(occurred_at) FROM interaction") <= str(NOW)
    assert _scalar("SELECT MIN(occurred_at) FROM interaction") >= str(NOW - dt.timedelta(days=3 * 365 + 1))


def test_database_is_consistent_afterwards(demo_db, tmp_path):
    opened, _ = demo_db
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert _scalar("PRAGMA integrity_check") == "ok"
    assert _scalar("PRAGMA foreign_keys") == 1
    fresh = open_database(tmp_path / "fresh.db")  # the schema as created, to compare with
    wanted = sorted(database.execute_sql("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall())
    fresh.close()
    database.initialize(opened.database)
    found = sorted(database.execute_sql("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall())
    assert found == wanted  # every index and FTS trigger is back, no helper table is left
    for table in schema.SEARCH_TABLES:
        database.execute_sql(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")


# --- realism -------------------------------------------------------------------------------------

def test_names_umlauts_and_postal_addresses(demo_db):
    names = [f"{first} {last}" for first, last in Person.select(Person.first_name, Person.last_name).tuples()]
    assert sum(any(ch in n for ch in "äöüÄÖÜß") for n in names) >= 15
    assert Counter(g for (g,) in Person.select(Person.gender).tuples())["m"] > 100
    addressed = _scalar(
        "SELECT COUNT(*) FROM person p LEFT JOIN company c ON c.id = p.company_id WHERE p.display_city != '' "
        "AND (p.street != '' OR p.private_street != '' OR COALESCE(c.street, '') != '')")
    assert addressed >= 0.95 * PERSONS
    emails = [e for (e,) in Person.select(Person.email_business).where(Person.email_business != "").tuples()]
    assert emails and all(e.isascii() and "@" in e for e in emails)
    assert any("ue" in e or "oe" in e or "ae" in e or "ss" in e for e in emails)
    countries = Counter(c for (c,) in Person.select(Person.display_country).tuples())
    assert countries.most_common(1)[0][0] == "AT" and {"AT", "DE", "CH"} <= set(countries)


def test_companies_look_real(demo_db):
    from stdnum.at import uid as at_uid
    from stdnum.ch import vat as ch_vat
    from stdnum.de import vat as de_vat

    rows = list(Company.select().dicts())
    assert all(r["name"] and r["street"] and r["postal_code"] and r["city"] and r["phone"].startswith("+4") for r in rows)
    assert all(r["sort_name"] == derived.sort_key(r["name"]) and r["search_text"] == derived.company_search_text(r)
               for r in rows)
    valid = {"AT": at_uid.is_valid, "DE": de_vat.is_valid, "CH": ch_vat.is_valid}
    with_vat = [r for r in rows if r["vat_id"]]
    assert len(with_vat) >= len(rows) // 2 and all(valid[r["country"]](r["vat_id"]) for r in with_vat)
    assert {r["category"] for r in rows} == {"A", "B", "C"}
    assert Counter(r["status"] for r in rows).most_common(1)[0][0] == "customer"
    assert {r["owner"] for r in rows} <= {u.id for u in User.select() if u.role != "apprentice"}
    assert any(r["register_number"].startswith(("FN ", "HRB ", "HRA ", "CHE-")) for r in rows)


def test_titles_in_realistic_proportions(opened, owner):
    demo.generate(persons=2_000, interactions=0, seed=3, actor=owner, now=NOW)
    at = [(json.loads(pre), json.loads(post), hon) for pre, post, hon in Person.select(
        Person.titles_pre, Person.titles_post, Person.honorary_title).where(Person.display_country == "AT").tuples()]
    share = lambda test: sum(1 for row in at if test(*row)) / len(at)  # noqa: E731
    assert len(at) > 1_000
    assert 0.08 <= share(lambda pre, post, hon: bool({"Mag.", "Mag.a"} & set(pre))) <= 0.17
    assert 0.03 <= share(lambda pre, post, hon: bool({"Dr.", "Dr.in"} & set(pre))) <= 0.10
    assert 0.025 <= share(lambda pre, post, hon: bool({"DI", "DIin", "Dipl.-Ing."} & set(pre))) <= 0.08
    assert 0.035 <= share(lambda pre, post, hon: "Ing." in pre) <= 0.09
    assert 0.05 <= share(lambda pre, post, hon: bool(post)) <= 0.13
    assert 0.004 <= share(lambda pre, post, hon: hon in ("KR", "Kommerzialrat", "Kommerzialrätin")) <= 0.03
    assert share(lambda pre, post, hon: "Mag.a" in pre or "Dr.in" in pre) > 0
    de = [json.loads(pre) for (pre,) in Person.select(Person.titles_pre).where(Person.display_country == "DE").tuples()]
    assert any("Dr." in pre for pre in de) and not any("Mag." in pre for pre in de)
    assert Person.select().where(Person.name_particle != "").count() > 0


def test_employments_and_functions(demo_db):
    primary = _rows(demo_db[0].path, "SELECT p.gender, e.function_title FROM employment e JOIN person p ON p.id = e.person_id "
                                     "WHERE e.is_primary")
    assert len(primary) >= 0.8 * PERSONS
    titles = {title for _, title in primary}
    assert "Geschäftsführer" in titles and "Geschäftsführerin" in titles
    assert all(t != "Geschäftsführerin" for g, t in primary if g == "m")
    private = Person.select().where(Person.company.is_null()).count()
    assert 0.04 * PERSONS <= private <= 0.2 * PERSONS


def test_interactions_cover_channels_outcomes_and_skew(demo_db):
    channels = {c for (c,) in database.execute_sql(
        "SELECT DISTINCT c.code FROM interaction i JOIN channel c ON c.id = i.channel_id").fetchall()}
    assert channels == {code for code, *_ in schema.DEFAULT_CHANNELS}
    outcomes = {o for (o,) in database.execute_sql(
        "SELECT DISTINCT o.code FROM interaction i LEFT JOIN outcome o ON o.id = i.outcome_id").fetchall()}
    assert outcomes == {code for code, *_ in schema.DEFAULT_OUTCOMES} | {None}
    by_channel = Counter(c for (c,) in database.execute_sql(
        "SELECT c.code FROM interaction i JOIN channel c ON c.id = i.channel_id").fetchall())
    assert [c for c, _ in by_channel.most_common(2)] in (["phone", "email"], ["email", "phone"])
    company_only = _scalar("SELECT COUNT(*) FROM interaction WHERE person_id IS NULL")
    assert 0.01 * INTERACTIONS <= company_only <= 0.04 * INTERACTIONS
    never = _scalar("SELECT COUNT(*) FROM person WHERE id NOT IN (SELECT person_id FROM interaction WHERE person_id IS NOT NULL)")
    assert 0.03 * PERSONS <= never <= 0.15 * PERSONS
    counts = sorted((n for (n,) in database.execute_sql(
        "SELECT COUNT(*) FROM interaction WHERE person_id IS NOT NULL GROUP BY person_id").fetchall()), reverse=True)
    assert counts[0] >= 5 * (INTERACTIONS / PERSONS)  # Zipf-like: a few very busy contacts
    assert _scalar("SELECT COUNT(*) FROM interaction WHERE duration_min IS NOT NULL") > 0
    assert _scalar("SELECT COUNT(DISTINCT direction) FROM interaction") == 2
    assert _scalar("SELECT COUNT(DISTINCT author_id) FROM interaction") == 4


def test_follow_ups_and_birthdays_this_week(demo_db):
    now = str(NOW)
    today = NOW.date()
    open_ = FollowUp.select().where(FollowUp.done_at.is_null())
    assert open_.where(FollowUp.due_at < NOW - dt.timedelta(days=1)).count() > 0
    assert open_.where(FollowUp.due_at > NOW + dt.timedelta(days=1)).count() > 0
    assert FollowUp.select().where(FollowUp.done_at.is_null(False) & FollowUp.interaction.is_null(False)).count() == 9
    assert _scalar("SELECT COUNT(*) FROM follow_up WHERE done_at > ?", (now,)) == 0
    keys = {(today + dt.timedelta(days=d)).month * 100 + (today + dt.timedelta(days=d)).day for d in range(7)}
    assert Person.select().where(Person.birthday_key.in_(sorted(keys))).count() >= 3
    assert 0.3 * PERSONS <= Person.select().where(Person.birthday.is_null(False)).count() <= 0.5 * PERSONS


# --- derived columns are what the operations compute ----------------------------------------------

def _values(path: Path, table: str, columns: tuple[str, ...], ids: list[int]) -> dict[int, tuple]:
    marks = ", ".join("?" * len(ids))
    return {row[0]: row[1:] for row in _rows(path, f"SELECT id, {', '.join(columns)} FROM {table} WHERE id IN ({marks})", ids)}


@pytest.mark.parametrize("sample_size", [15, 150])
def test_derived_columns_match_a_recompute(demo_db, tmp_path, sample_size):
    opened, _ = demo_db
    opened.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    persons = list(range(1, PERSONS + 1, PERSONS // sample_size))[:sample_size]
    companies = list(range(1, 39))
    before = (_values(opened.path, "person", PERSON_LIST + CONTACT, persons),
              _values(opened.path, "company", ("sort_name", "search_text", "last_contact_at", "last_contact_by_id"), companies))
    copy = tmp_path / "copy.db"
    with sqlite3.connect(opened.path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    handle = open_database(copy)
    try:
        marks = ", ".join("?" * len(persons))
        database.execute_sql(f"UPDATE person SET search_text = '', sort_name = '', company_name = '', last_contact_at = NULL, "
                             f"last_contact_interaction = NULL, next_due_at = NULL WHERE id IN ({marks})", persons)
        database.execute_sql("UPDATE company SET search_text = '', last_contact_at = NULL")
        derived.refresh_companies(companies)  # also refreshes their persons' list columns
        derived.refresh_persons(persons)
        derived.refresh_contact_state(persons)  # the per-person path the operations use
        derived.refresh_company_contact(companies)
        handle.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        after = (_values(copy, "person", PERSON_LIST + CONTACT, persons),
                 _values(copy, "company", ("sort_name", "search_text", "last_contact_at", "last_contact_by_id"), companies))
    finally:
        handle.close()
        database.initialize(opened.database)
    assert after == before
    assert sum(1 for row in before[0].values() if row[len(PERSON_LIST)] is not None) >= sample_size // 2


# --- search and determinism -----------------------------------------------------------------------

def test_search_index_finds_umlauts_case_insensitively(demo_db):
    expected = {pid for pid, text in Person.select(Person.id, Person.search_text).tuples() if "müller" in text.casefold()}
    assert expected
    found = {pid for (pid,) in database.execute_sql("SELECT rowid FROM person_fts WHERE person_fts MATCH ?", ('"MÜLLER"',))}
    assert found == expected
    company = Company.select().first()
    hits = {cid for (cid,) in database.execute_sql("SELECT rowid FROM company_fts WHERE company_fts MATCH ?",
                                                    (f'"{company.name[:6].upper()}"',))}
    assert company.id in hits


def _dump(path: Path, seed: int, monkeypatch, bulk_rows: int = demo.BULK_ROWS) -> dict[str, list[tuple]]:
    monkeypatch.setattr(demo, "BULK_ROWS", bulk_rows)
    handle = open_database(path)
    from crmdesk.ops import users

    users.add_user(users.SYSTEM, name="Olga Owner", role="owner")
    demo.generate(persons=120, interactions=900, seed=seed, actor=users.actor_by_name("Olga Owner"), now=NOW)
    handle.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    handle.close()
    tables = ("tag", "company", "person", "employment", "person_tag", "company_tag", "interaction", "follow_up")
    dump = {t: _rows(path, f'SELECT * FROM "{t}" ORDER BY id') for t in tables}
    dump["user"] = _rows(path, 'SELECT id, name, role, initials, email FROM "user" ORDER BY id')
    return dump


def test_deterministic_for_a_seed_in_both_load_modes(tmp_path, monkeypatch):
    rowwise = _dump(tmp_path / "a.db", 5, monkeypatch)
    bulk = _dump(tmp_path / "b.db", 5, monkeypatch, bulk_rows=0)  # indexes/FTS rebuilt: same rows
    other = _dump(tmp_path / "c.db", 6, monkeypatch)
    assert rowwise == bulk
    assert rowwise["person"] != other["person"]


def test_progress_is_reported(opened, owner):
    seen = []
    demo.generate(persons=50, interactions=200, seed=1, actor=owner, now=NOW, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and all(a[0] <= b[0] for a, b in zip(seen, seen[1:]))


def test_apprentice_may_not_generate(opened, apprentice):
    from crmdesk.ops.base import PermissionDenied

    with pytest.raises(PermissionDenied):
        demo.generate(persons=10, interactions=10, actor=apprentice)
    assert Person.select().count() == 0


def test_postgres(pg_opened, owner):
    report = demo.generate(persons=120, interactions=900, seed=5, actor=owner, now=NOW)
    assert report.interactions == Interaction.select().count() == 900
    assert Person.select().where(Person.last_contact_at.is_null(False)).count() > 80
    persons = [p for (p,) in Person.select(Person.id).order_by(Person.id).limit(30).tuples()]
    before = list(Person.select(*[getattr(Person, c.removesuffix("_id")) for c in CONTACT + PERSON_LIST])
                  .where(Person.id.in_(persons)).order_by(Person.id).tuples())
    derived.refresh_persons(persons)
    derived.refresh_contact_state(persons)
    after = list(Person.select(*[getattr(Person, c.removesuffix("_id")) for c in CONTACT + PERSON_LIST])
                 .where(Person.id.in_(persons)).order_by(Person.id).tuples())
    assert after == before
    from crmdesk.ops.interactions import log_interaction

    assert log_interaction(owner, channel="phone", person_id=persons[0], outcome="reached") == 901  # sequences moved on


def test_a_failure_in_the_interaction_writer_leaves_the_schema_intact(opened, owner, bulk_mode, monkeypatch):
    def master():
        return sorted(database.execute_sql("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall())

    wanted = master()

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(demo._Loader, "expand_interactions", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        demo.generate(persons=40, interactions=400, seed=2, actor=owner, now=NOW)
    assert master() == wanted  # indexes and FTS triggers are back
    assert _scalar("PRAGMA foreign_keys") == 1 and _scalar("PRAGMA synchronous") != 0
    assert AuditEntry.select().where(AuditEntry.entity == "demo").count() == 0
    for table in schema.SEARCH_TABLES:
        database.execute_sql(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")
