"""Importing real files into a real SQLite database: Excel, Outlook, Google; companies; modes; duplicates; fuzzing."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.db.models import AuditEntry, Company, Employment, ImportBatch, Person, PersonTag, Tag
from crmdesk.io.importer import analyse, import_file, open_source, run
from crmdesk.io.sources import read_csv_bytes
from crmdesk.ops import contacts

from io_samples import GERMAN_HEADER, GERMAN_ROWS, write


def persons() -> dict[str, dict]:
    """All persons by last name."""
    return {p["last_name"]: p for p in Person.select().dicts()}


def test_german_excel_list_end_to_end(german_cp1252, owner):
    """The cp1252 Excel list becomes persons with titles, gender, normalised phones, companies and functions."""
    outcome = import_file(owner, german_cp1252)
    assert not outcome.has_errors and outcome.result.created == 4 and outcome.result.companies_created == 2
    people = persons()
    huber = people["Huber"]
    assert (huber["gender"], huber["honorary_title"], json.loads(huber["titles_pre"])) == ("m", "KR", ["Mag.", "Dr."])
    assert huber["phone_business"] == "+43 1 234567" and huber["company_name"] == "Huber GmbH"
    assert huber["function_title"] == "Geschäftsführer" and huber["street"] == "" and huber["display_city"] == "Wien"
    assert people["Müller"]["company"] == huber["company"]
    assert people["Groß"]["first_name"] == "Renée" and people["Groß"]["display_country"] == "DE"
    assert people["Weiß"]["street"] == "Ringstraße 5" and people["Weiß"]["company"] is None
    firm = Company.get(Company.name == "Huber GmbH")
    assert (firm.street, firm.postal_code, firm.city, firm.country) == ("Hauptstraße 1", "1010", "Wien", "AT")


def test_every_audit_entry_carries_the_batch(german_cp1252, owner):
    """One batch: the ImportBatch row has source, mode and counts; created rows and audit entries carry its key."""
    outcome = import_file(owner, german_cp1252)
    key = outcome.result.batch_key
    batch = ImportBatch.get(ImportBatch.key == key)
    assert batch.source.endswith("kunden.csv") and batch.mode == "create" and json.loads(batch.counts)["created"] == 4
    entries = list(AuditEntry.select().where(AuditEntry.entity.in_(["person", "company", "employment"])))
    assert entries and all(e.batch == key for e in entries)
    assert {p.import_batch for p in Person.select()} == {key} and {c.import_batch for c in Company.select()} == {key}


def test_utf8_bom_and_outlook_and_google(german_utf8_bom, outlook_csv, google_csv, owner):
    """Excel UTF-8, an Outlook export and a Google export import without problems."""
    assert import_file(owner, german_utf8_bom).result.created == 4
    outlook = import_file(owner, outlook_csv)
    assert not outlook.has_errors
    max_ = Person.get(Person.last_name == "Mustermann")
    assert (max_.company_name, max_.function_title, max_.birthday.isoformat()) == ("Muster AG", "Einkaufsleiter", "1980-05-17")
    assert json.loads(max_.titles_post) == ["MBA"] and max_.email_private == "max.privat@gmx.de"
    assert {t.name for t in Tag.select().join(PersonTag).where(PersonTag.person == max_.id)} == {"Kunden", "VIP"}
    assert not import_file(owner, google_csv).has_errors
    sabine = Person.get(Person.last_name == "Schmid")
    assert sabine.phone_mobile == "+43 664 5550001" and sabine.xing_url.endswith("Sabine_Schmid")
    assert Company.get(Company.name == "Schmid & Partner OG").city == "Innsbruck"


def test_broken_rows_are_listed_and_good_rows_imported(tmp_path, owner):
    """Too many/few columns, a bad date and a bad e-mail are reported by line; the good rows are imported."""
    rows = [
        "Herr;;Anton;Eins;;;;;Wien;AT;;;a@eins.at;",
        "Herr;;Bert;Zwei;;;;;Wien;AT;;;b@zwei.at;;zuviel",
        "Herr;;Carl;Drei",
        "Frau;;Dora;Vier;;;;;Wien;AT;;;d@vier.at;31.02.1970",
        "Frau;;Eva;Fünf;;;;;Wien;AT;;;eva@fuenf;",
    ]
    path = write(tmp_path / "kaputt.csv", "\n".join([GERMAN_HEADER, *rows]) + "\n", "cp1252")
    outcome = import_file(owner, path)
    errors = {p.line: p.message for p in outcome.problems if p.severity == "error"}
    warnings = {p.line: p.message for p in outcome.problems if p.severity == "warning"}
    assert set(errors) == {3, 4, 5} and "too many" in errors[3] and "too few" in errors[4] and "31.02" in errors[5]
    assert 6 in warnings and "eva@fuenf" in warnings[6]
    assert outcome.has_errors and outcome.result.created == 2 and outcome.result.rejected == 3
    assert set(persons()) == {"Eins", "Fünf"}


def test_dry_run_writes_nothing(german_cp1252, owner):
    """--dry-run counts but stores nothing."""
    outcome = import_file(owner, german_cp1252, dry_run=True)
    assert outcome.result is None and len(outcome.plan.creates) == 4 and Person.select().count() == 0


@pytest.mark.parametrize("path_text", ["", "\x89PNG\r\n\x1a\n\x00\x00"])
def test_empty_and_binary_files_import_nothing(tmp_path, owner, path_text):
    """Empty and binary files give a file problem and no rows."""
    path = tmp_path / "x.csv"
    path.write_bytes(path_text.encode("latin-1"))
    outcome = import_file(owner, path)
    assert outcome.has_errors and outcome.problems[0].line == 0 and Person.select().count() == 0


def test_modes_update_and_skip_on_email(tmp_path, owner):
    """'update' changes the matching person (version bump, audited), 'skip' leaves it, 'create' duplicates it."""
    pid = contacts.create_person(owner, {"first_name": "Franz", "last_name": "Huber", "email_business": "f.huber@huber.at"})
    path = write(tmp_path / "a.csv", GERMAN_HEADER + "\n" + GERMAN_ROWS[0] + "\n", "cp1252")
    skipped = import_file(owner, path, mode="skip")
    assert skipped.result.skipped == 1 and skipped.result.created == 0 and Person.get_by_id(pid).version == 1
    updated = import_file(owner, path, mode="update", keys=("email",))
    person = Person.get_by_id(pid)
    assert updated.result.updated == 1 and person.version == 2 and person.honorary_title == "KR"
    assert person.company_name == "Huber GmbH" and person.function_title == "Geschäftsführer"
    entry = AuditEntry.get((AuditEntry.entity == "person") & (AuditEntry.entity_id == pid) & (AuditEntry.action == "update"))
    assert entry.batch == updated.result.batch_key and json.loads(entry.after)["version"] == 2
    again = import_file(owner, path, mode="update", keys=("email",))
    assert again.result.unchanged == 1 and Person.get_by_id(pid).version == 2
    created = import_file(owner, path, mode="create")
    assert created.result.created == 1 and any("created anyway" in p.message for p in created.problems)


def test_matching_by_name_and_city_is_umlaut_tolerant(tmp_path, owner):
    """'Mueller' in 'Wien' matches 'Müller' in 'Wien' on name+city; a similar name is only a suspect."""
    contacts.create_person(owner, {"first_name": "Jürgen", "last_name": "Müller", "city": "Wien"})
    contacts.create_person(owner, {"first_name": "Franziska", "last_name": "Meier", "city": "Graz"})
    text = "Vorname;Nachname;Ort\nJuergen;Mueller;Wien\nFranziska;Maier;Graz\n"
    analysis = analyse(open_source(write(tmp_path / "n.csv", text)))
    first, second = analysis.matches[2][0], analysis.matches[3][0]
    assert (first.key, first.exact) == ("name_city", True)
    assert (second.key, second.exact) == ("similar", False) and second.score >= 0.85
    outcome = run(owner, analysis, mode="skip", keys=("name_city",))
    assert outcome.result.skipped == 1 and outcome.result.created == 1
    accepted = run(owner, analyse(open_source(tmp_path / "n.csv")), mode="skip", keys=("name_city",), accepted={(3, second.person_id)})
    assert accepted.result.skipped == 2


def test_duplicates_within_the_file(tmp_path, owner):
    """Two rows with the same e-mail: in update/skip mode the second is skipped and named."""
    text = "Vorname;Nachname;E-Mail\nAnna;Berg;anna@berg.at\nAnna;Berg-Huber;ANNA@berg.at\n"
    outcome = import_file(owner, write(tmp_path / "d.csv", text), mode="update", keys=("email",))
    assert outcome.result.created == 1 and outcome.result.skipped == 1
    assert any(p.line == 3 and "line 2" in p.message for p in outcome.problems)


def test_two_rows_matching_one_person_update_it_once(tmp_path, owner):
    """Rows that match the same existing person on different keys: the first updates, the second is named and skipped."""
    pid = contacts.create_person(owner, {"first_name": "Anna", "last_name": "Berg", "city": "Wien", "email_business": "a@berg.at"})
    text = "Vorname;Nachname;Ort;E-Mail;Mobil\nAnna;Berg;Wien;;0664 1111111\nA.;B.;Linz;a@berg.at;0664 2222222\n"
    outcome = import_file(owner, write(tmp_path / "zwei.csv", text), mode="update")
    assert outcome.result.updated == 1 and outcome.result.skipped == 1 and Person.get_by_id(pid).version == 2
    assert any(p.line == 3 and "same person" in p.message for p in outcome.problems)


def test_company_matched_by_name_and_city(tmp_path, owner):
    """An existing 'Huber GmbH' in Wien is reused (also when written 'HUBER GmbH'); Graz gets its own."""
    existing = contacts.create_company(owner, {"name": "Huber GmbH", "city": "Wien", "street": "Hauptstraße 1"})
    text = "Vorname;Nachname;Firma;Ort;Straße\nA;Eins;HUBER GmbH;Wien;Hauptstraße 1\nB;Zwei;Huber GmbH;Graz;Annenstraße 2\n"
    import_file(owner, write(tmp_path / "c.csv", text))
    eins, zwei = Person.get(Person.last_name == "Eins"), Person.get(Person.last_name == "Zwei")
    assert eins.company_id == existing and eins.street == ""
    assert zwei.company_id != existing and Company.get_by_id(zwei.company_id).city == "Graz"
    assert Employment.select().count() == 2


def test_cancel_leaves_nothing(german_cp1252, owner):
    """Stopping during the write rolls everything back: no persons, no companies, no batch."""
    from crmdesk.ops.imports import ImportCancelled

    analysis = analyse(open_source(german_cp1252))
    with pytest.raises(ImportCancelled):
        run(owner, analysis, should_stop=lambda: True)
    assert Person.select().count() == 0 and Company.select().count() == 0 and ImportBatch.select().count() == 0


def test_apprentice_cannot_import(german_cp1252, apprentice):
    """Importing needs 'import.run'."""
    from crmdesk.ops.base import PermissionDenied

    with pytest.raises(PermissionDenied):
        import_file(apprentice, german_cp1252)


_CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(st.sampled_from(GERMAN_HEADER.split(";") + ["x", "", "Name"]), min_size=1, max_size=8),
       rows=st.lists(st.lists(_CELL, max_size=9), max_size=6),
       delimiter=st.sampled_from([";", ",", "\t"]), encoding=st.sampled_from(["utf-8", "cp1252", "utf-8-sig"]))
def test_generated_csv_never_crashes(owner, tmp_path, header, rows, delimiter, encoding):
    """Whatever the cells hold, reading, analysing and importing returns problems instead of raising."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding, errors="replace")
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    outcome = import_file(owner, path, mode="update")
    if outcome.result is not None:
        assert outcome.result.created + outcome.result.rejected + outcome.result.skipped + outcome.result.updated \
            + outcome.result.unchanged <= len(rows)
    read_csv_bytes(data)
