"""Exports: German-Excel CSV (cp1252 or UTF-8 with BOM), .xlsx with types, vCard; formula escaping; permissions; round trips."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from crmdesk.db.models import AuditEntry, Person
from crmdesk.io.export import export_file
from crmdesk.io.importer import import_file
from crmdesk.ops import contacts
from crmdesk.ops.base import PermissionDenied

FORMULAS = ["=cmd|' /C calc'!A0", "+SUM(1;2)", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.fixture
def people(owner):
    """A company with two persons, one with hostile values, one with a character outside Windows-1252."""
    firm = contacts.create_company(owner, {"name": "Huber GmbH", "street": "Hauptstraße 1", "postal_code": "1010",
                                           "city": "Wien", "country": "AT"})
    a = contacts.create_person(owner, {"gender": "m", "first_name": "Franz", "last_name": "Huber", "titles_pre": ["Mag.", "Dr."],
                                       "honorary_title": "KR", "phone_business": "+43 1 234567", "email_business": "f@huber.at",
                                       "birthday": dt.date(1970, 12, 24), "notes": "<b>&amp; \"Zitat\"; Semikolon\nZeile 2"},
                               company_id=firm, function_title="Geschäftsführer", tags=["Kunde"])
    b = contacts.create_person(owner, {"gender": "f", "first_name": FORMULAS[0], "last_name": "Injection",
                                       "notes": FORMULAS[1], "city": FORMULAS[2], "street": FORMULAS[3],
                                       "salutation_override": FORMULAS[4], "other_url": FORMULAS[5]})
    return firm, a, b


def test_csv_is_cp1252_with_semicolons_and_german_dates(tmp_path, owner, people):
    """German Excel gets ';', CRLF, Windows-1252 and 24.12.1970; the company address stands in for the person's."""
    result = export_file(owner, tmp_path / "p.csv")
    assert (result.count, result.encoding, result.note) == (2, "cp1252", "")
    text = (tmp_path / "p.csv").read_bytes().decode("cp1252")
    header, franz = text.split("\r\n")[0], text.split("\r\n")[1]
    assert header.startswith("Anrede;Titel;Vorname;Namenszusatz;Nachname")
    assert franz.startswith("Herr;Mag. Dr.;Franz;;Huber;;KR;Huber GmbH;Geschäftsführer;;Hauptstraße 1;1010;Wien;AT;'+43 1 234567")
    assert ";24.12.1970;" in franz


def test_csv_switches_to_utf8_bom_when_needed(tmp_path, owner, people):
    """A name Windows-1252 cannot hold makes the file UTF-8 with BOM, and the result says why."""
    contacts.create_person(owner, {"first_name": "Łukasz", "last_name": "Dvořák 😀"})
    result = export_file(owner, tmp_path / "p.csv")
    data = (tmp_path / "p.csv").read_bytes()
    assert result.encoding == "utf-8-sig" and data.startswith(b"\xef\xbb\xbf") and "Ł" in result.note
    assert "Dvořák 😀" in data.decode("utf-8-sig")


def test_csv_formula_cells_are_escaped(tmp_path, owner, people):
    """Every cell starting with = + - @ tab or CR gets a leading single quote (OWASP)."""
    import csv

    export_file(owner, tmp_path / "p.csv")
    rows = list(csv.reader((tmp_path / "p.csv").read_text(encoding="cp1252").splitlines(), delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row if cell]
    assert not [c for c in cells if c[0] in "=+-@\t\r"]
    for formula in FORMULAS[:4]:
        assert "'" + formula in cells


def test_xlsx_types_widths_filter_and_no_formulas(tmp_path, owner, people):
    """The workbook has a bold header, frozen row, autofilter, widths, real dates; formula-like text stays text."""
    export_file(owner, tmp_path / "p.xlsx")
    sheet = load_workbook(tmp_path / "p.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Anrede", "Titel", "Vorname", "Namenszusatz", "Nachname"] and sheet["A1"].font.b
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}3"
    assert sheet.column_dimensions["H"].width >= 20
    birthday = sheet.cell(2, header.index("Geburtstag") + 1)
    assert birthday.value == dt.datetime(1970, 12, 24) and birthday.number_format == "DD.MM.YYYY"
    values = [c.value for row in sheet.iter_rows(min_row=2) for c in row]
    for formula in FORMULAS:
        assert formula.strip() in values  # the operations strip blanks, so "\t=1+1" is stored as "=1+1"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert any(isinstance(v, str) and "<b>&amp;" in v for v in values)


def test_export_is_audited_and_denied_to_apprentices(tmp_path, owner, apprentice, people):
    """An export writes one audit entry with the count; apprentices get PermissionDenied and no file."""
    export_file(owner, tmp_path / "p.xlsx")
    entry = AuditEntry.get(AuditEntry.action == "export")
    assert json.loads(entry.after)["count"] == 2 and entry.user_name == "Olga Owner"
    with pytest.raises(PermissionDenied):
        export_file(apprentice, tmp_path / "a.csv")
    assert not (tmp_path / "a.csv").exists()


def test_selection_tag_and_companies(tmp_path, owner, people):
    """Only the chosen ids, only a tag, or the companies are exported."""
    firm, a, b = people
    assert export_file(owner, tmp_path / "s.csv", ids=[b]).count == 1
    assert export_file(owner, tmp_path / "t.csv", tag="Kunde").count == 1
    assert export_file(owner, tmp_path / "c.xlsx", entity="companies").count == 1
    assert export_file(owner, tmp_path / "c.vcf", entity="companies").count == 1
    assert load_workbook(tmp_path / "c.xlsx").active["A2"].value == "Huber GmbH"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_update_and_skip_give_the_same_data(tmp_path, owner, people, suffix):
    """Export → import in 'update' and 'skip' mode: no new persons, nothing changed (hostile values included)."""
    before = {p["id"]: p for p in Person.select().dicts()}
    path = tmp_path / f"p{suffix}"
    export_file(owner, path)
    for mode in ("update", "skip"):
        outcome = import_file(owner, path, mode=mode)
        assert outcome.result.created == 0 and not outcome.has_errors, outcome.problems
    after = {p["id"]: p for p in Person.select().dicts()}
    assert after == before
