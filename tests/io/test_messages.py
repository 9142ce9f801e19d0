"""Import problem messages keep their exact English text and carry a template and parameters for the UI.

The English texts below are the ones the command line has always printed; every message is also a
crmdesk.domain.messages.Message whose template, filled with its parameters, gives that text.
"""

from __future__ import annotations

import copy
import json
import pickle
import zlib

import pytest

from crmdesk.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from crmdesk.io.convert import ImportOptions, RowConverter, build_record
from crmdesk.io.records import Problem
from crmdesk.io.sources import binary_kind, decode, read_csv_bytes, read_source, read_xlsx_bytes
from crmdesk.io.vcard import read_vcard_file, read_vcards
from crmdesk.validation import normalise_email, normalise_phone


def english(message: str, context: str = "ImportMessages") -> str:
    """The message's text, after checking that it is a Message whose template and parameters give that text."""
    assert isinstance(message, Message), f"{message!r} is a plain str, the UI cannot translate it"
    assert message.context == context
    if message.params:
        nested = {k: str(v) for k, v in message.params.items()}
        assert message.template.format(**nested) == message
    else:
        assert message.template == message
    return message


def test_a_message_is_its_english_text():
    """str use, comparison, f-strings, JSON, pickling and copying see the English text; the template stays."""
    country = msg(QT_TRANSLATE_NOOP("ImportMessages", "country '{value}' is not known."), value="Narnia")
    assert country == "country 'Narnia' is not known." and isinstance(country, str)
    assert f"line 3: {country}" == "line 3: country 'Narnia' is not known." and str(country) == country
    assert type(str(country)) is str and json.dumps([country]) == '["country \'Narnia\' is not known."]'
    assert (country.context, country.template, dict(country.params)) == (
        "ImportMessages", "country '{value}' is not known.", {"value": "Narnia"})
    for twin in (pickle.loads(pickle.dumps(country)), copy.deepcopy(country)):
        assert twin == country and twin.template == country.template and twin.params == country.params
    plain = QT_TRANSLATE_NOOP("ImportMessages", "The file is empty.")
    assert plain == plain.template == "The file is empty." and not plain.params
    braces = QT_TRANSLATE_NOOP("ImportMessages", "kept as {written}")  # no parameters: the template is the text
    assert braces == "kept as {written}"
    assert Problem(3, country) == Problem(3, "country 'Narnia' is not known.")
    assert str(Problem(3, country, "warning")) == "line 3: warning: country 'Narnia' is not known."


def record(**values):
    return build_record(7, {k: v if isinstance(v, list) else [v] for k, v in values.items()}, ImportOptions())


def test_row_messages_keep_their_english_text():
    """Every row problem of the converter, word for word."""
    converter = RowConverter(["Vorname", "Nachname", "Land"], ["first_name", "last_name", "country"])
    assert [english(m) for m in converter.convert(2, ["a", "b", "AT", "x"]).errors] == [
        "4 columns instead of 3: too many (check the delimiter and the quotes)."]
    assert [english(m) for m in converter.convert(3, ["a", "b"]).errors] == [
        "only 2 of 3 columns: too few (a line break or a missing delimiter?)."]
    assert [english(m) for m in record().errors] == ["no name and no company."]
    row = record(last_name="X", gender="q", titles="=cmd|calc", country="Narnia", phone_business="12",
                 phone_mobile="+43 1", email_business="anna@huber", language="xx", formality="yy", birthday="24.12.")
    assert [english(m) for m in row.errors] == [
        "country 'Narnia' is not known (use a name like Österreich or a code like AT)."]
    email_problem = normalise_email("anna@huber")[1]
    assert [english(m, "Validation" if m == email_problem else "ImportMessages") for m in row.warnings] == [
        "gender 'q' is not known (m, f, d; Herr, Frau, Divers).",
        "title '=cmd|calc' is not in the title catalogue; kept as written.",
        "phone number '12' is not a possible phone number for AT.",
        "phone number '+43 1' is not a phone number.",
        email_problem,
        "birthday '24.12.' has no year and is not stored.",
        "letter language 'xx' is not known; left at the default.",
        "form of address 'yy' is not known; left at the default.",
    ]
    assert email_problem.startswith("'anna@huber' is not a valid e-mail address: ")
    assert english(record(last_name="X", birthday="31.02.1970").errors[0]) == (
        "birthday '31.02.1970' is not a date (write 24.12.1970 or 1970-12-24).")


def test_too_long_values_name_the_field_in_english():
    """'first_name' is 'first name' in the message, company fields say 'company …'; the field name is a Message too."""
    row = record(first_name="F" * 201, last_name="X", private_postal_code="1" * 21, company="C" * 301, vat_id="U" * 33,
                 function_title="T" * 201, department="D" * 201, tags="x" * 81)
    assert sorted(english(m) for m in row.errors) == sorted([
        "first name is too long (201 characters; at most 200).",
        "private postal code is too long (21 characters; at most 20).",
        "company name is too long (301 characters; at most 300).",
        "company vat id is too long (33 characters; at most 32).",
        "function title is too long (201 characters; at most 200).",
        "department is too long (201 characters; at most 200).",
        "tag is too long (81 characters; at most 80).",
    ])
    first = next(m for m in row.errors if m.startswith("first name"))
    assert isinstance(first.params["field"], Message) and first.params["field"].template == "first name"


def test_validation_messages_keep_their_english_text():
    """The e-mail and phone checks (shared by the dialogs, the importer and the quality report)."""
    assert english(normalise_phone("+43 1", "AT")[1], "Validation") == "'+43 1' is not a phone number."
    assert english(normalise_phone("12", "at")[1], "Validation") == "'12' is not a possible phone number for AT."
    problem = english(normalise_email("anna@huber")[1], "Validation")
    assert problem == "'anna@huber' is not a valid e-mail address: " + problem.params["reason"] and problem.params["reason"]
    assert normalise_phone("0664 1234567", "AT")[1] == "" and normalise_email("a@b.at")[1] == ""


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


@pytest.mark.parametrize("data, kwargs, expected", [
    (b"", {}, "The file is empty."),
    (b" \r\n", {}, "The file is empty."),
    (PNG, {}, "This is a PNG image, not a CSV file."),
    (b"MZ\x90\x00", {}, "This is a Windows program, not a CSV file."),
    (b"a;b\n1;2\n", {"encoding": "nope"}, "Unknown encoding 'nope'."),
    (b"a;b\n1;\xff\n", {"encoding": "utf-8"}, "The file is not utf-8: byte 0xFF on line 2 cannot be read."),
    (b"\xff\xfea\x00\n", {}, "The file starts like UTF-16 but cannot be read as UTF-16."),
    (b"a;b\x00\n", {}, "The file contains NUL bytes: it is not a text file (or UTF-16 without a byte order mark)."),
    (b"a;b\n\x81\x8d;\xc3\n", {}, "The file is neither UTF-8 nor Windows-1252; choose its encoding (for example latin-1 or mac-roman)."),
    (b"a;b\n" + b"\x01\x02\x03;\x04\n" * 5, {}, "The file contains control characters: it is not a text file."),
    (b"Vorname;Nachname\n", {}, "The file has a header line but no data rows."),
])
def test_file_messages_keep_their_english_text(data, kwargs, expected):
    """A file that cannot be read says why, in the words it always used."""
    assert [english(p.message) for p in read_csv_bytes(data, **kwargs).problems] == [expected]


def test_file_and_workbook_messages(tmp_path):
    """Unreadable paths and workbooks; the kinds of binary files are Messages too."""
    missing = read_source(tmp_path / "nirgends.csv").problems[0].message
    assert english(missing) == "The file cannot be read: No such file or directory."
    assert english(binary_kind(b"%PDF-1.7")) == "a PDF document" and binary_kind(b"text") == ""
    assert english(decode(b"\xff\xfe\x00\xd8", None)[2]) == "The file starts like UTF-16 but cannot be read as UTF-16."
    broken = read_xlsx_bytes(b"PK\x03\x04" + zlib.compress(b"no zip")).problems[0].message
    assert english(broken).startswith("The workbook cannot be read: ") and broken.endswith(".")
    from openpyxl import Workbook

    for rows, expected in (([], "The workbook is empty."), ([["Vorname", "Nachname"]], "The workbook has no data rows.")):
        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(tmp_path / "m.xlsx")
        assert [english(p.message) for p in read_source(tmp_path / "m.xlsx").problems] == [expected]


def test_vcard_messages_keep_their_english_text(tmp_path):
    """Empty, binary, missing and broken vCard files."""
    (tmp_path / "leer.vcf").write_bytes(b"")
    (tmp_path / "bild.vcf").write_bytes(PNG)
    assert english(read_vcard_file(tmp_path / "leer.vcf")[1][0].message) == "The file is empty."
    assert english(read_vcard_file(tmp_path / "bild.vcf")[1][0].message) == "This is a PNG image, not a vCard file."
    assert english(read_vcard_file(tmp_path / "fehlt.vcf")[1][0].message) == (
        "The file cannot be read: No such file or directory.")
    assert english(read_vcards("Name;Vorname\n")[1][0].message) == "The file contains no vCard (BEGIN:VCARD … END:VCARD)."
    records, _ = read_vcards("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Huber;Franz\r\nthis line has no colon\r\nEND:VCARD\r\n")
    [broken] = records[0].errors
    assert english(broken) == "the vCard cannot be read: " + broken.params["reason"] and "no colon" in broken
