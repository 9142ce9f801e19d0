"""The duplicate finder's stored match keys (person_match_key, schema 4) are a lossless, current prefilter.

`quality.load_index(probes=...)` reads only the persons filed under the probes' key hashes and then
compares them exactly like a full scan does. These tests prove that this never loses a match:

* equivalence: on a crowd of a few hundred deliberately colliding persons, built with the real
  operations, the prefiltered index finds for every probe exactly what a full in-memory index
  (`load_index()` without probes) finds, for the default countries AT and DE, with hand-written
  probes and with hypothesis-generated ones that mix the crowd's values with noise;
* staleness: after each operation that changes a key (person, company and employment edits, soft
  delete and restore, an import in both modes and its undo) a probe finds exactly what a full scan
  finds, and the table holds exactly the hashes of every person's current row;
* the migration from a frozen schema-1 file, `derived.rebuild_match_keys()` and the demo generator
  leave every person filed under exactly `derived.person_match_hashes` of its row.

Real SQLite files, and PostgreSQL where a test takes `any_db`.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from crmdesk import demo
from crmdesk.db import derived, schema
from crmdesk.db.connection import open_database
from crmdesk.db.models import Company, Employment, Person, PersonMatchKey, database
from crmdesk.domain import matching
from crmdesk.domain.matching import Candidate, DuplicateIndex
from crmdesk.io.importer import analyse, candidate_for, import_file, open_source
from crmdesk.io.records import ImportRecord
from crmdesk.ops import contacts
from crmdesk.ops.imports import undo_import
from crmdesk.queries import quality

COUNTRIES = ("AT", "DE")
FIXTURE_V1 = Path(__file__).parent / "fixtures" / "crmdesk-schema-v1.db"

# --- the crowd's raw material: every list collides with itself on purpose -----------------------------------

FIRST_NAMES = ["Franz", "Frank", "Franziska", "Anna", "Jürgen", "Juergen", "José", "Jose", "Hans-Peter", "Eva Maria",
               "Karl", "Renée", "Ludwig"]
LAST_NAMES = ["Maier", "Meier", "Mayr", "Meyer", "Müller", "Mueller", "Muller", "Huber", "Hubr", "Berg", "Weiß", "Weiss",
              "Schmidt", "Schmitt", "Müller-Lüdenscheidt", "Groß"]
PARTICLES = ["", "", "", "", "von", "van der", "zu", "Freiherr von"]
CITIES = ["Wien", "WIEN", "Graz", "Linz", "München", "Muenchen", "Salzburg", "", ""]
PERSON_COUNTRIES = ["", "", "", "AT", "DE", "CH"]
FIRMS = [("Huber GmbH", "Wien", "AT"), ("Huber Elektro AG", "Graz", "AT"), ("Berger & Söhne KG", "Linz", "AT"),
         ("Straßenbau AG", "München", "DE"), ("Van der Berg B.V.", "Wien", ""), ("HUBER", "Salzburg", "")]
SUBSCRIBERS = ["664 1234567", "676 7654321", "1 234567", "316 123456", "89 1234567", "171 5550001", "512 123456",
               "699 1112223"]
PHONE_FORMS = ["0{}", "+43 {}", "0043 {}", "+43 (0){}", "+49 {}", "0049 {}", "+41 {}", "0{}"]
MAILBOXES = ["f.huber", "anna", "jm", "office", "info", "eva.maria", "k.berg", "r.gross"]
DOMAINS = ["huber.at", "weiss.at", "strassenbau.de", "berg.nl"]
EMAILS = [f"{box}@{domain}" for box in MAILBOXES for domain in DOMAINS]
NOISE = "abcdeäöüßéXYZ -.'"


def _phone(rng: random.Random) -> str:
    return rng.choice(PHONE_FORMS).format(rng.choice(SUBSCRIBERS))


def _email(rng: random.Random) -> str:
    address = f"{rng.choice(MAILBOXES)}@{rng.choice(DOMAINS)}"
    return rng.choice([address, address.upper(), address.title(), f" {address} "])


# --- helpers ---------------------------------------------------------------------------------------------------

def record(line: int = 1, *, company: str = "", **person) -> ImportRecord:
    """An import row naming a person (and a company, if given)."""
    return ImportRecord(line, person=person, company={"name": company} if company else {})


def probe(country: str = "AT", *, company: str = "", **person) -> Candidate:
    """The duplicate finder's view of an import row, as the importer builds it."""
    return candidate_for(record(company=company, **person), country)


def found(index: DuplicateIndex, probes: Sequence[Candidate]) -> list[list[tuple[int, str, float]]]:
    """(person id, key, score) of every match, per probe."""
    return [[(m.person_id, m.key, m.score) for m in index.find(p)] for p in probes]


def full_scan(country: str) -> DuplicateIndex:
    """The reference: every person that is not deleted, indexed in memory."""
    index, _ = quality.load_index(default_country=country)
    return index


def prefiltered(probes: Sequence[Candidate], country: str) -> list[list[tuple]]:
    """What `load_index(probes=...)` (only the persons filed under the probes' hashes) finds for each probe."""
    index, candidates = quality.load_index(probes=probes, default_country=country)
    assert candidates == {}
    return found(index, probes)


def checked(probes: Sequence[Candidate], country: str = "AT", *, full: DuplicateIndex | None = None) -> list[list[tuple]]:
    """What the prefiltered index finds for each probe, after asserting that a full scan finds exactly that,
    for the probes together (as an import file probes) and for each probe alone (no probe may lean on another's keys)."""
    want = found(full or full_scan(country), probes)
    got = prefiltered(probes, country)
    for p, g, w in zip(probes, got, want):
        assert g == w, f"default country {country}, probe {p} among {len(probes)}: prefilter found {g}, a full scan {w}"
    if len(probes) > 1:
        for p, w in zip(probes, want):
            (g,) = prefiltered([p], country)
            assert g == w, f"default country {country}, probe {p} alone: prefilter found {g}, a full scan {w}"
    return got


def hits(candidate: Candidate, country: str = "AT") -> list[tuple[int, str]]:
    """(person id, key) the prefiltered index finds for one probe (checked against a full scan)."""
    return [(pid, key) for pid, key, _score in checked([candidate], country)[0]]


def filed_rows() -> set[tuple[int, int]]:
    """(key_hash, person_id) as stored in person_match_key."""
    return set(database.execute_sql("SELECT key_hash, person_id FROM person_match_key").fetchall())


def expected_rows() -> set[tuple[int, int]]:
    """(key_hash, person_id) every person (deleted ones too) should be filed under, from its current row."""
    return {(h, p["id"]) for p in Person.select().dicts() for h in derived.person_match_hashes(p)}


def assert_filed_exactly() -> set[tuple[int, int]]:
    """The table holds exactly the hashes of every person's current row (nothing stale, nothing missing)."""
    rows = filed_rows()
    assert rows == expected_rows()
    return rows


def person(owner, company_id: int | None = None, **values) -> int:
    """create_person with keyword values."""
    return contacts.create_person(owner, values, company_id=company_id)


def version(model, row_id: int) -> int:
    """The row's current version (for the expected_version of an edit)."""
    return model.get_by_id(row_id).version


# --- 1. equivalence on a colliding crowd -----------------------------------------------------------------------

@pytest.fixture
def crowd(any_db, owner) -> dict[str, int]:
    """~300 colliding persons made by create_person / create_company / add_employment, plus named landmarks."""
    rng = random.Random(20261203)
    firms = [contacts.create_company(owner, {"name": name, "city": city, "country": land}) for name, city, land in FIRMS]
    marks = {
        "franz": person(owner, firms[0], first_name="Franz", last_name="Huber", city="Wien", country="AT",
                        email_business="F.Huber@Huber.at", phone_mobile="0664 1234567"),
        "national": person(owner, first_name="Karl", last_name="Nachbar", phone_private="0699 9876543"),
        "twin_huber": person(owner, firms[0], first_name="Eva", last_name="Zwilling", city="Wien"),
        "twin_berger": person(owner, firms[2], first_name="Eva", last_name="Zwilling", city="Wien"),
        "particle": person(owner, first_name="Ludwig", name_particle="van der", last_name="Berg", city="Wien",
                           email_private="ludwig@berg.nl"),
        "umlaut": person(owner, first_name="Jürgen", last_name="Müller", city="Graz", country="DE",
                         phone_business="+49 89 7654321"),
        "maier": person(owner, first_name="Franz", last_name="Maier", city="Linz"),
    }
    for n in range(290):
        values = {"first_name": rng.choice(FIRST_NAMES), "last_name": rng.choice(LAST_NAMES),
                  "name_particle": rng.choice(PARTICLES), "city": rng.choice(CITIES), "country": rng.choice(PERSON_COUNTRIES)}
        for name, chance in (("email_business", 0.5), ("email_private", 0.2)):
            if rng.random() < chance:
                values[name] = _email(rng)
        for name, chance in (("phone_business", 0.4), ("phone_mobile", 0.4), ("phone_private", 0.2)):
            if rng.random() < chance:
                values[name] = _phone(rng)
        pid = contacts.create_person(owner, values, company_id=rng.choice([None, None, *firms]))
        if n % 9 == 0:
            contacts.add_employment(owner, pid, rng.choice(firms), is_primary=rng.random() < 0.5)
    return marks


X = dict(first_name="X", last_name="Y")  # a name that matches nobody: only the other values can
HAND_WRITTEN = {
    # e-mail in another case, with blanks
    "mail_case": dict(X, email_business="F.HUBER@HUBER.AT"),
    "mail_blanks": dict(X, email_private=" anna@weiss.at "),
    "two_mails": dict(X, email_business="office@Strassenbau.de", email_private="info@berg.nl"),
    # one number in three spellings; national numbers depend on the default country
    "phone_national": dict(X, phone_mobile="0664 1234567"),
    "phone_plus": dict(X, phone_mobile="+43 664 1234567"),
    "phone_00": dict(X, phone_mobile="0043 664 1234567"),
    "phone_de_row": dict(X, phone_business="+49 664 1234567", country="DE"),
    "no_country_national": dict(X, phone_private="0699 9876543"),
    "no_country_as_de": dict(X, phone_private="+49 699 9876543"),
    "no_country_as_ch": dict(X, phone_private="0041 699 9876543"),
    "de_national_in_de_row": dict(X, phone_business="089 7654321", country="DE"),
    # exact names in the same city / company: umlauts, particles, double names, case, legal forms
    "ue_spelt_out": dict(first_name="Juergen", last_name="Mueller", city="GRAZ"),
    "umlauts": dict(first_name="Jürgen", last_name="Müller", city="Graz"),
    "particle": dict(first_name="Ludwig", name_particle="van der", last_name="Berg", city="wien"),
    "particle_missing": dict(first_name="Ludwig", last_name="Berg", city="Wien"),
    "double_names": dict(first_name="Hans-Peter", last_name="Müller-Lüdenscheidt", city="Wien"),
    "double_names_spelt_out": dict(first_name="Hans Peter", last_name="Mueller Luedenscheidt", city="München"),
    "von": dict(first_name="Eva Maria", name_particle="von", last_name="Weiss", city="Linz"),
    "company": dict(first_name="Franz", last_name="Huber", company="Huber GmbH"),
    "company_legal_form": dict(first_name="Franz", last_name="Huber", company="HUBER GMBH & CO KG"),
    # same name in the same city: another company is someone else
    "twins_city": dict(first_name="Eva", last_name="Zwilling", city="Wien"),
    "twins_at_huber": dict(first_name="Eva", last_name="Zwilling", city="Wien", company="Huber GmbH"),
    "twins_at_berger": dict(first_name="Eva", last_name="Zwilling", city="Wien", company="Berger & Söhne KG"),
    "twins_elsewhere": dict(first_name="Eva", last_name="Zwilling", city="Wien", company="Ganz Anders AG"),
    # similar names (phonetic blocks)
    "mayr": dict(first_name="Franz", last_name="Mayr", city="Linz"),
    "meyer": dict(first_name="Franz", last_name="Meyer", city="Linz"),
    "hubr": dict(first_name="Frans", last_name="Hubr", city="Wien"),
    "maier_at_company": dict(first_name="Franziska", last_name="Maier", company="Straßenbau AG"),
    "schmitt": dict(first_name="José", last_name="Schmitt", city="Salzburg"),
    # nothing to find
    "stranger": dict(first_name="Niemand", last_name="Unbekannt", city="Bregenz", email_business="nobody@nowhere.at"),
    "first_name_only": dict(first_name="Franz"),
}


def _hand_written(country: str) -> dict[str, Candidate]:
    """The hand-written import rows as the importer sees them, plus Candidates built directly with phone keys."""
    probes = {label: candidate_for(record(n + 2, company=values.get("company", ""),
                                          **{k: v for k, v in values.items() if k != "company"}), country)
              for n, (label, values) in enumerate(HAND_WRITTEN.items())}
    probes["key_at"] = Candidate(-900, phones=(matching.phone_key("0664 1234567", "AT"),))
    probes["key_de"] = Candidate(-901, phones=(matching.phone_key("0699 9876543", "DE"),
                                               matching.phone_key("0316 123456", "CH")))
    probes["key_plus43"] = Candidate(-902, "Karl", "Nachbar", phones=(matching.phone_key("+43 699 9876543"),))
    return probes


def test_hand_written_probes_find_what_a_full_scan_finds(crowd):
    """Every hand-written probe (colliding e-mails, phone spellings, umlauts, particles, twins, similar names)
    finds exactly the full scan's matches in AT and DE, and the landmarks are among them."""
    for country in COUNTRIES:
        _check_hand_written(crowd, country)


def _check_hand_written(crowd: dict[str, int], country: str) -> None:
    probes = _hand_written(country)
    results = dict(zip(probes, checked(list(probes.values()), country)))
    got = {label: {(pid, key) for pid, key, _s in r} for label, r in results.items()}
    ids = lambda label: {pid for pid, _k in got[label]}  # noqa: E731
    assert sum(map(bool, results.values())) >= len(probes) // 2  # the probes do hit the crowd
    franz, national, twins = crowd["franz"], crowd["national"], {crowd["twin_huber"], crowd["twin_berger"]}
    assert (franz, "email") in got["mail_case"]
    assert (franz, "phone") in got["phone_plus"] and (franz, "phone") in got["phone_00"]
    assert (franz, "phone") in got["key_at"]  # a key with its country code does not depend on the default
    assert ((franz, "phone") in got["phone_national"]) == (country == "AT")  # a national number does
    assert (crowd["umlaut"], "phone") in got["de_national_in_de_row"]
    assert (crowd["umlaut"], "name_city") in got["ue_spelt_out"] and (crowd["umlaut"], "name_city") in got["umlauts"]
    assert (crowd["particle"], "name_city") in got["particle"] and crowd["particle"] not in ids("particle_missing")
    assert (franz, "name_company") in got["company"] and (franz, "name_company") in got["company_legal_form"]
    assert twins <= ids("twins_city")  # same name, same city, no company given
    assert ids("twins_at_huber") & twins == {crowd["twin_huber"]} and ids("twins_at_berger") & twins == {crowd["twin_berger"]}
    assert not ids("twins_elsewhere") & twins  # same name and city, but another company: someone else
    assert (crowd["maier"], "similar") in got["mayr"]
    assert got["stranger"] == got["first_name_only"] == set()
    # the national number of a person without a country: found under the default country's code only
    assert (national, "phone") in got["no_country_national"]
    assert ((national, "phone") in got["key_plus43"]) == (country == "AT")
    assert ((national, "phone") in got["no_country_as_de"]) == ((national, "phone") in got["key_de"]) == (country == "DE")
    assert (national, "phone") not in got["no_country_as_ch"]


def test_the_key_table_preselects_a_few_persons_in_any_chunk_size(crowd, monkeypatch):
    """The key table does preselect: one e-mail probe reads a handful of the ~300 persons, the landmark among
    them; looking many hashes up in small IN chunks reads the same persons as in one."""
    wanted = DuplicateIndex.probing([probe(first_name="X", last_name="Y", email_business="ludwig@BERG.nl")]).wanted
    read = derived.persons_filed_under(matching.probe_hashes(wanted))
    assert crowd["particle"] in read and len(read) < Person.select().count() // 10
    assert derived.persons_filed_under([]) == [] and derived.persons_filed_under([matching.key_hash(("email", "x@y"))]) == []
    hashes = matching.probe_hashes(DuplicateIndex.probing(_hand_written("AT").values()).wanted)
    at_once = derived.persons_filed_under(hashes)
    monkeypatch.setattr(derived, "_CHUNK", 7)
    assert derived.persons_filed_under(hashes) == at_once and len(hashes) > 7 and len(at_once) > 20


# hypothesis probes: import rows made of the crowd's own values (in other case, with blanks) and noise

def _variants(values: list[str]) -> st.SearchStrategy[str]:
    """One of *values*, as it is or upper/lower case or padded with blanks, or noise."""
    noise = st.text(NOISE, max_size=12)
    plain = st.sampled_from(values)
    return plain | plain.map(str.upper) | plain.map(str.lower) | plain.map(lambda v: f" {v} ") | noise


_phones = st.builds(str.format, st.sampled_from(PHONE_FORMS), st.sampled_from(SUBSCRIBERS + ["699 9876543", "89 7654321"]))
_companies = st.sampled_from([f for f, _c, _k in FIRMS]) | st.sampled_from(["Huber", "huber gmbh & co kg", "Straßenbau"])
_optional = lambda strategy: st.just("") | strategy  # noqa: E731
_import_rows = st.builds(
    lambda first, last, particle, city, country, company, mails, phones: record(
        first_name=first, last_name=last, name_particle=particle, city=city, country=country, company=company,
        email_business=mails[0], email_private=mails[1], phone_business=phones[0], phone_mobile=phones[1],
        phone_private=phones[2]),
    _variants(FIRST_NAMES + ["Eva", "Ludwig", "Karl"]), _variants(LAST_NAMES + ["Zwilling", "Nachbar"]),
    st.sampled_from(PARTICLES), _variants(CITIES), st.sampled_from(["", "", "AT", "DE", "CH", "Deutschland"]),
    _optional(_companies | st.text(NOISE, max_size=8)),
    st.tuples(_optional(_variants(EMAILS)), _optional(_variants(EMAILS))),
    st.tuples(_optional(_phones), _optional(_phones), _optional(_phones | st.text("0123456789 +/()", max_size=14))),
)


def test_generated_probes_find_what_a_full_scan_finds(crowd):
    """Property: for any mix of the crowd's values and noise, prefilter and full scan find the same, in AT and DE."""
    full = {country: full_scan(country) for country in COUNTRIES}
    matched: list[int] = []

    @hsettings(max_examples=30, deadline=None)
    @given(st.lists(_import_rows, min_size=1, max_size=6), st.sampled_from(COUNTRIES))
    def check(rows, country):
        probes = [candidate_for(r, country) for r in rows]
        matched.extend(len(r) for r in checked(probes, country, full=full[country]))

    check()
    assert sum(matched) > 0  # the generated probes did collide with the crowd


# --- 2. staleness: every operation keeps the keys current ------------------------------------------------------

def test_update_person_refiles_email_phone_and_last_name(any_db, owner):
    """After update_person the old e-mail, phone and name no longer find the person; the new ones do."""
    pid = person(owner, first_name="Franz", last_name="Maier", city="Wien", email_business="alt@firma.at",
                 phone_mobile="0664 1111111")
    assert hits(probe(email_business="ALT@firma.at")) == [(pid, "email")]
    contacts.update_person(owner, pid, version(Person, pid),
                           {"email_business": "neu@firma.at", "phone_mobile": "+43 676 2222222", "last_name": "Berger"})
    assert hits(probe(email_business="alt@firma.at")) == []
    assert hits(probe(email_business="Neu@Firma.at")) == [(pid, "email")]
    assert hits(probe(phone_mobile="0664 1111111")) == []
    assert hits(probe(phone_mobile="0676 2222222")) == [(pid, "phone")]
    assert hits(probe(first_name="Franz", last_name="Maier", city="Wien")) == []
    assert hits(probe(first_name="Franz", last_name="Berger", city="WIEN")) == [(pid, "name_city")]
    assert_filed_exactly()


def test_country_change_moves_a_national_number_to_its_code(any_db, owner):
    """A national number without a country is found under any default; once the person is in DE, only as +49."""
    pid = person(owner, first_name="Karl", last_name="Nachbar", phone_private="0699 9876543")
    for country in COUNTRIES:
        assert hits(probe(country, phone_private="0699 9876543"), country) == [(pid, "phone")]
    contacts.update_person(owner, pid, version(Person, pid), {"country": "DE"})
    assert hits(probe("AT", phone_private="0699 9876543"), "AT") == []
    assert hits(probe("AT", phone_private="+49 699 9876543"), "AT") == [(pid, "phone")]
    assert hits(probe("DE", phone_private="0699 9876543"), "DE") == [(pid, "phone")]
    assert_filed_exactly()


def test_company_rename_and_move_refile_its_persons(any_db, owner):
    """update_company: the persons' name+company and name+city keys follow the new name and city."""
    firm = contacts.create_company(owner, {"name": "Alpha GmbH", "city": "Wien", "country": "AT"})
    pid = person(owner, firm, first_name="Franz", last_name="Huber")
    assert hits(probe(first_name="Franz", last_name="Huber", company="Alpha")) == [(pid, "name_company")]
    contacts.update_company(owner, firm, version(Company, firm), {"name": "Beta AG", "city": "Graz"})
    assert hits(probe(first_name="Franz", last_name="Huber", company="Alpha GmbH")) == []
    assert hits(probe(first_name="Franz", last_name="Huber", company="BETA")) == [(pid, "name_company")]
    assert hits(probe(first_name="Franz", last_name="Huber", city="Wien")) == []
    assert hits(probe(first_name="Franz", last_name="Huber", city="Graz")) == [(pid, "name_city")]
    assert hits(probe(first_name="Frans", last_name="Hubr", company="Beta")) == [(pid, "similar")]
    assert_filed_exactly()


def test_company_country_moves_its_persons_national_numbers(any_db, owner):
    """A person without a country of its own has the company's: its national number follows the company's country."""
    firm = contacts.create_company(owner, {"name": "Alpha GmbH", "city": "Wien", "country": "AT"})
    pid = person(owner, firm, first_name="Franz", last_name="Huber", phone_business="0664 5555555")
    for country in COUNTRIES:
        assert hits(probe(country, phone_business="+43 664 5555555"), country) == [(pid, "phone")]
    contacts.update_company(owner, firm, version(Company, firm), {"country": "DE"})
    for country in COUNTRIES:
        assert hits(probe(country, phone_business="+43 664 5555555"), country) == []
        assert hits(probe(country, phone_business="0049 664 5555555"), country) == [(pid, "phone")]
    assert_filed_exactly()


def test_employment_changes_refile_name_company_and_city(any_db, owner):
    """add_employment, update_employment (primary moves) and remove_employment: the keys follow the primary job."""
    gamma = contacts.create_company(owner, {"name": "Gamma KG", "city": "Linz", "country": "AT"})
    delta = contacts.create_company(owner, {"name": "Delta AG", "city": "Graz", "country": "AT"})
    pid = person(owner, first_name="Anna", last_name="Berg")
    anna = dict(first_name="Anna", last_name="Berg")
    at_gamma, at_delta = probe(**anna, company="Gamma"), probe(**anna, company="Delta AG")
    in_linz = probe(**anna, city="Linz")
    assert hits(at_gamma) == [] and hits(in_linz) == []
    job = contacts.add_employment(owner, pid, gamma)
    assert hits(at_gamma) == [(pid, "name_company")] and hits(in_linz) == [(pid, "name_city")]
    side = contacts.add_employment(owner, pid, delta, is_primary=False)
    assert hits(at_delta) == []  # only the primary company is a key
    contacts.update_employment(owner, side, version(Employment, side), {"is_primary": True})
    assert hits(at_delta) == [(pid, "name_company")] and hits(at_gamma) == [] and hits(in_linz) == []
    contacts.remove_employment(owner, side)
    assert hits(at_delta) == [] and hits(at_gamma) == [(pid, "name_company")]
    contacts.remove_employment(owner, job)
    assert hits(at_gamma) == [] and hits(in_linz) == []
    assert_filed_exactly()


def test_soft_delete_hides_and_restore_finds_again(any_db, owner):
    """delete_person: not found (though still filed); restore_person: found again."""
    pid = person(owner, first_name="Otto", last_name="Weg", city="Graz", email_business="otto@weg.at")
    by_mail, by_name = probe(email_business="OTTO@weg.at"), probe(first_name="Otto", last_name="Weg", city="Graz")
    assert hits(by_mail) == [(pid, "email")] and hits(by_name) == [(pid, "name_city")]
    contacts.delete_person(owner, pid)
    assert hits(by_mail) == [] and hits(by_name) == []
    assert pid in {p for _h, p in assert_filed_exactly()}
    contacts.restore_person(owner, pid)
    assert hits(by_mail) == [(pid, "email")] and hits(by_name) == [(pid, "name_city")]
    assert_filed_exactly()


def write_csv(path: Path, *lines: str) -> Path:
    """A small semicolon CSV (UTF-8) with German column names."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def keys_of(person_ids: Sequence[int]) -> int:
    """Rows in person_match_key for these persons, read from the table itself."""
    marks = ", ".join([database.param] * len(person_ids))
    sql = f"SELECT COUNT(*) FROM person_match_key WHERE person_id IN ({marks})"
    return database.execute_sql(sql, list(person_ids)).fetchone()[0]


def file_matches(path: Path) -> dict[int, list[tuple[int, str]]]:
    """Line → (person id, key) the importer's analysis finds, after checking its probes against a full scan."""
    analysis = analyse(open_source(path))
    checked([candidate_for(r, analysis.options.default_country) for r in analysis.records if r.ok and r.has_person])
    return {line: [(m.person_id, m.key) for m in matches] for line, matches in analysis.matches.items()}


def test_imported_persons_are_filed_and_undo_removes_their_keys(any_db, owner, tmp_path):
    """import_file files the new persons (a second file with the same e-mails finds them); undo_import removes
    their rows from person_match_key."""
    first = write_csv(tmp_path / "neu.csv", "Vorname;Nachname;Firma;Ort;Land;Mobil;E-Mail",
                      "Ida;Neu;Neu GmbH;Linz;AT;0664 3333333;ida@neu.at", "Otto;Neu;;Graz;;0676 4444444;otto@neu.at")
    again = write_csv(tmp_path / "wieder.csv", "Vorname;Nachname;E-Mail", "Anders;Eins;IDA@NEU.AT", "Anders;Zwei;Otto@Neu.at")
    assert file_matches(again) == {}
    outcome = import_file(owner, first)
    ida, otto = outcome.result.created_ids
    assert outcome.result.created == 2 and keys_of([ida, otto]) > 0
    assert_filed_exactly()
    assert file_matches(again) == {2: [(ida, "email")], 3: [(otto, "email")]}
    assert hits(probe(first_name="Ida", last_name="Neu", company="Neu")) == [(ida, "name_company")]
    assert hits(probe(phone_mobile="+43 676 4444444")) == [(otto, "phone")]
    assert import_file(owner, again, mode="skip").result.skipped == 2
    undo = undo_import(owner, outcome.result.batch_key)
    assert undo.deleted_persons == 2 and keys_of([ida, otto]) == 0
    assert file_matches(again) == {}
    assert_filed_exactly()


def test_import_update_and_its_undo_refile_the_changed_person(any_db, owner, tmp_path):
    """An update import that changes a person's e-mail refiles it; undoing the import files the old e-mail again."""
    pid = person(owner, first_name="Eva", last_name="Alt", city="Graz", email_business="eva.alt@firma.at")
    path = write_csv(tmp_path / "update.csv", "Vorname;Nachname;Ort;E-Mail", "Eva;Alt;Graz;eva.neu@firma.at")
    outcome = import_file(owner, path, mode="update", keys=("name_city",))
    assert outcome.result.updated == 1 and Person.get_by_id(pid).email_business == "eva.neu@firma.at"
    old, new = probe(email_business="eva.alt@firma.at"), probe(email_business="EVA.NEU@firma.at")
    assert hits(old) == [] and hits(new) == [(pid, "email")]
    assert_filed_exactly()
    undo_import(owner, outcome.result.batch_key)
    assert hits(old) == [(pid, "email")] and hits(new) == []
    assert_filed_exactly()


# --- 3. migration, 4. rebuild, 5. demo -------------------------------------------------------------------------

def test_schema_1_file_is_migrated_with_every_person_filed(tmp_path):
    """Opening the frozen schema-1 file migrates to schema 4 and files every person under exactly its hashes."""
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE_V1, path)
    handle = open_database(path)
    try:
        assert handle.migrated_from == 1 and schema.schema_version() == schema.SCHEMA_VERSION == 4
        rows = assert_filed_exactly()
        assert {pid for _h, pid in rows} == {p.id for p in Person.select()} and len(rows) > 3
        mueller = Person.get(Person.last_name == "Müller").id
        assert hits(probe(first_name="Joerg", last_name="Mueller", city="LINZ")) == [(mueller, "name_city")]
    finally:
        handle.close()


def test_schema_3_database_is_filed_by_the_migration(any_db, owner):
    """The upgrade most databases take (3 → 4): the table is created and every person, deleted ones too, filed."""
    firm = contacts.create_company(owner, {"name": "Huber GmbH", "city": "Wien"})
    franz = person(owner, firm, first_name="Franz", last_name="Huber", email_business="f@huber.at")
    gone = person(owner, first_name="Karl", last_name="Nachbar", phone_private="0699 9876543")
    contacts.delete_person(owner, gone)
    database.drop_tables([PersonMatchKey])
    database.execute_sql("UPDATE crmdesk_meta SET value = '3' WHERE key = 'schema_version'")
    schema.run_migrations(3)
    assert schema.schema_version() == 4
    assert {pid for _h, pid in assert_filed_exactly()} == {franz, gone}
    assert hits(probe(first_name="Franz", last_name="Huber", company="Huber")) == [(franz, "name_company")]
    contacts.restore_person(owner, gone)
    assert hits(probe("DE", phone_private="+49 699 9876543"), "DE") == [(gone, "phone")]


def match_key_indexes() -> set[str]:
    """Names of the indexes on person_match_key."""
    if schema.is_postgres():
        sql = "SELECT indexname FROM pg_indexes WHERE tablename = 'person_match_key'"
    else:
        sql = "SELECT name FROM pragma_index_list('person_match_key')"
    return {name for (name,) in database.execute_sql(sql).fetchall()}


def test_rebuild_restores_an_emptied_table(any_db, owner):
    """rebuild_match_keys on an emptied table writes back exactly the same rows (and its indexes)."""
    firm = contacts.create_company(owner, {"name": "Huber GmbH", "city": "Wien"})
    mail = person(owner, firm, first_name="Franz", last_name="Huber", email_business="f@huber.at",
                  phone_mobile="0664 1234567")
    person(owner, first_name="Karl", last_name="Nachbar", phone_private="0699 9876543")
    gone = person(owner, first_name="Otto", name_particle="von", last_name="Weg", city="Graz", country="DE",
                  phone_business="089 123456")
    contacts.delete_person(owner, gone)
    before, indexes = assert_filed_exactly(), match_key_indexes()
    assert len({pid for _h, pid in before}) == 3 and indexes
    database.execute_sql("DELETE FROM person_match_key")
    lost, _ = quality.load_index(probes=[probe(email_business="f@huber.at")])
    assert filed_rows() == set() and lost.find(probe(email_business="f@huber.at")) == []  # the table is what is read
    assert derived.rebuild_match_keys() == 3
    assert filed_rows() == before and match_key_indexes() == indexes
    assert hits(probe(email_business="F@Huber.at")) == [(mail, "email")]


@pytest.mark.parametrize("bulk", [False, True], ids=["rows", "bulk"])
def test_demo_files_every_person(any_db, owner, monkeypatch, bulk):
    """demo.generate files every person under exactly its hashes, and probes made from demo persons find them."""
    if bulk:
        monkeypatch.setattr(demo, "BULK_ROWS", 0)  # load like a big demo: indexes and triggers dropped and rebuilt
    demo.generate(persons=300, interactions=300, seed=3, actor=owner)
    rows = assert_filed_exactly()
    assert {pid for _h, pid in rows} == {p.id for p in Person.select()} and Person.select().count() == 300
    sample = list(Person.select().order_by(Person.id).limit(40).dicts())
    for country in COUNTRIES:
        probes = [probe(country, first_name=p["first_name"], last_name=p["last_name"], city=p["display_city"].upper(),
                        company=p["company_name"], email_business=p["email_business"].upper(), phone_mobile=p["phone_mobile"])
                  for p in sample]
        results = checked(probes, country)
        assert all(p["id"] in {pid for pid, _k, _s in r} for p, r in zip(sample, results))
