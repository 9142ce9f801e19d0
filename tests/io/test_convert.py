"""Column recognition and row conversion: titles, gender, names, phones, e-mails, dates, countries, bad rows."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.io.convert import RowConverter, check_email
from crmdesk.io.fields import apply_saved, detect_format, guess_mapping, label_column
from crmdesk.io.values import country_code, escape_formula, parse_date, split_salutation, unescape_formula, NoYear
from crmdesk.validation import normalise_email

from io_samples import GERMAN_HEADER, GOOGLE_HEADER, OUTLOOK_HEADER

GERMAN = GERMAN_HEADER.split(";")


def convert(header: list[str], cells: list[str], line: int = 2):
    """Convert one row with the guessed mapping."""
    return RowConverter(header, guess_mapping(header)).convert(line, cells)


def german(**values):
    """A German Excel row with the given cells (by header name)."""
    row = dict.fromkeys(GERMAN, "")
    row.update(values)
    return convert(GERMAN, [row[h] for h in GERMAN])


def test_german_excel_headers_are_recognised():
    """Every column of the usual German Excel list gets its field."""
    assert guess_mapping(GERMAN) == ["salutation", "titles", "first_name", "last_name", "company", "function_title",
                                     "street", "postal_code", "city", "country", "phone_business", "phone_mobile",
                                     "email_business", "birthday"]
    assert detect_format(GERMAN) == "excel_de"


def test_outlook_and_google_header_sets():
    """Outlook (English and German) and Google exports are recognised, including Google's label columns."""
    outlook = [h.strip('"') for h in OUTLOOK_HEADER.split('","')]
    assert detect_format(outlook) == "outlook"
    assert guess_mapping(outlook)[7] == "function_title" and guess_mapping(outlook)[12] == "country"
    google = GOOGLE_HEADER.split(",")
    assert detect_format(google) == "google"
    value = google.index("Phone 1 - Value")
    assert guess_mapping(google)[value] == "phone_labelled" and label_column(google, value) == google.index("Phone 1 - Label")
    outlook_de = ["Anrede", "Vorname", "Nachname", "Firma", "Position", "Straße geschäftlich", "Ort geschäftlich",
                  "Postleitzahl geschäftlich", "Land/Region geschäftlich", "Telefon geschäftlich", "Mobiltelefon",
                  "E-Mail-Adresse", "E-Mail 2: Adresse"]
    assert detect_format(outlook_de) == "outlook_de"
    assert guess_mapping(outlook_de) == ["salutation", "first_name", "last_name", "company", "function_title", "street",
                                         "city", "postal_code", "country", "phone_business", "phone_mobile",
                                         "email_business", "email_other"]


def test_name_column_means_last_name_next_to_vorname_else_full_name():
    """'Name' beside 'Vorname' is the last name; alone it is the full name."""
    assert guess_mapping(["Vorname", "Name"]) == ["first_name", "last_name"]
    assert guess_mapping(["Name", "Ort"]) == ["full_name", "city"]


def test_saved_mapping_applies_by_column_name():
    """A saved mapping is applied by column name, whatever the column order."""
    assert apply_saved(["Ort", "Kürzel", "Vorname"], {"Kürzel": "notes", "ort": "private_city"}) == \
        ["private_city", "notes", "first_name"]


def test_titles_split_into_before_after_and_honorary():
    """'KR Mag. Dr.' → academic titles before the name plus the honorary title; 'MSc' goes after."""
    record = german(Anrede="Herr", Titel="KR Mag. Dr. MSc", Vorname="Franz", Nachname="Huber")
    assert record.person["titles_pre"] == ["Mag.", "Dr."] and record.person["titles_post"] == ["MSc"]
    assert record.person["honorary_title"] == "KR" and record.person["gender"] == "m"


def test_function_title_in_titel_column_goes_to_function():
    """'Generaldirektor' written in the Titel column becomes the function title, not an academic title."""
    record = german(Titel="Generaldirektor Dr.", Vorname="Eva", Nachname="Berg")
    assert record.function_title == "Generaldirektor" and record.person["titles_pre"] == ["Dr."]


def test_unknown_title_is_kept_with_a_warning():
    """An unknown title word is kept as written and reported."""
    record = german(Titel="Dr. Xyz.", Vorname="A", Nachname="B")
    assert record.person["titles_pre"] == ["Dr.", "Xyz."] and any("Xyz." in w for w in record.warnings)


@pytest.mark.parametrize("anrede, gender", [
    ("Herr", "m"), ("Herrn", "m"), ("Hr.", "m"), ("Frau", "f"), ("Fr.", "f"), ("Mr.", "m"), ("Mrs", "f"), ("Ms.", "f"),
    ("Divers", "d"), ("", "unknown"), ("Herr und Frau", "unknown"), ("Firma", "unknown"),
])
def test_gender_from_anrede(anrede, gender):
    """Herr/Herrn/Mr → m, Frau/Mrs/Ms → f, Divers → d; nothing (or two genders) leaves it unknown."""
    record = german(Anrede=anrede, Vorname="Kim", Nachname="Lee")
    assert record.person.get("gender", "unknown") == gender


def test_anrede_with_title_inside():
    """'Herr Dr.' in the salutation column gives gender and title."""
    assert split_salutation("Herr Dr.") == ("m", "Dr.")
    record = german(Anrede="Frau Mag.a", Vorname="Eva", Nachname="Berg")
    assert record.person["gender"] == "f" and record.person["titles_pre"] == ["Mag.a"]


def test_phones_normalised_with_the_rows_country():
    """National numbers get the country of their row (AT, DE), international ones stay."""
    at = german(Vorname="A", Nachname="B", Telefon="01 234567", Mobil="0664 1234567", Land="Österreich")
    assert at.person["phone_business"] == "+43 1 234567" and at.person["phone_mobile"] == "+43 664 1234567"
    de = german(Vorname="A", Nachname="B", Telefon="089 1234567", Land="Deutschland")
    assert de.person["phone_business"] == "+49 89 1234567"


def test_bad_phone_and_email_are_warnings_not_errors():
    """An impossible phone number and a broken e-mail are imported as written, with warnings."""
    record = german(Vorname="A", Nachname="B", Telefon="12", **{"E-Mail": "anna@huber"})
    assert record.ok and record.person["email_business"] == "anna@huber" and record.person["phone_business"] == "12"
    assert len(record.warnings) == 2


@pytest.mark.parametrize("text, expected", [
    ("24.12.1970", dt.date(1970, 12, 24)), ("1.2.1975", dt.date(1975, 2, 1)), ("1970-12-24", dt.date(1970, 12, 24)),
    ("1970-12-24T00:00:00Z", dt.date(1970, 12, 24)), ("19701224", dt.date(1970, 12, 24)), ("24.12.70", dt.date(1970, 12, 24)),
    ("24/12/1970", dt.date(1970, 12, 24)), ("", None), ("0.0.00", None),
])
def test_dates(text, expected):
    """German and ISO dates are read; Outlook's empty date is empty."""
    assert parse_date(text, today=dt.date(2026, 1, 1)) == expected


def test_bad_dates():
    """31.02. and words are errors; a day without a year is its own case."""
    with pytest.raises(ValueError):
        parse_date("31.02.1970")
    with pytest.raises(ValueError):
        parse_date("gestern")
    with pytest.raises(NoYear):
        parse_date("--12-24")
    record = german(Vorname="A", Nachname="B", Geburtstag="31.02.1970")
    assert not record.ok and "31.02.1970" in record.errors[0]


@pytest.mark.parametrize("text, code", [
    ("Österreich", "AT"), ("Oesterreich", "AT"), ("Austria", "AT"), ("AT", "AT"), ("A", "AT"), ("aut", "AT"),
    ("Deutschland", "DE"), ("DE", "DE"), ("D", "DE"), ("Germany", "DE"), ("Schweiz", "CH"), ("CH", "CH"),
    ("Suisse", "CH"), ("Liechtenstein", "LI"), ("Frankreich", "FR"), ("Japan", "JP"), ("", ""), ("Atlantis", None),
])
def test_countries(text, code):
    """Country names and codes become ISO codes; unknown names are None."""
    assert country_code(text) == code


def test_unknown_country_rejects_the_row():
    """A country we cannot store is an error for the row."""
    record = german(Vorname="A", Nachname="B", Land="Bayern")
    assert not record.ok and "Bayern" in record.errors[0]


def test_wrong_column_counts():
    """Too many or too few cells are errors; empty cells at the end (Excel's trailing ;) are fine."""
    assert "too many" in convert(["a", "b"], ["1", "2", "3"]).errors[0]
    assert "too few" in convert(["a", "b"], ["1"]).errors[0]
    assert convert(["Vorname", "Nachname"], ["A", "B", "", ""]).ok


def test_row_without_name_or_company_is_an_error_and_company_row_is_fine():
    """A row needs a name or a company; a company alone is a company row."""
    assert not german(Ort="Wien").ok
    company = german(Firma="Huber GmbH", Ort="Wien")
    assert company.ok and not company.has_person and company.company["name"] == "Huber GmbH"


def test_values_too_long_for_their_field():
    """A 10,000-character name is refused (PostgreSQL would reject it), not cut."""
    record = german(Vorname="x" * 10_000, Nachname="B")
    assert not record.ok and "at most 200" in record.errors[0]


def test_full_name_column_is_split():
    """'Herr Dr. Franz Huber' and 'Huber, Franz' in one column are split into the parts."""
    record = convert(["Name", "Ort"], ["Herr Dr. Franz Huber", "Wien"])
    assert (record.person["first_name"], record.person["last_name"], record.person["gender"]) == ("Franz", "Huber", "m")
    assert record.person["titles_pre"] == ["Dr."]
    record = convert(["Name"], ["Huber, Franz"])
    assert (record.person["first_name"], record.person["last_name"]) == ("Franz", "Huber")


def test_google_labels_choose_the_field():
    """Google's 'Phone 1 - Label' decides whether the number is mobile, business or private."""
    header = ["First Name", "Last Name", "Phone 1 - Label", "Phone 1 - Value", "E-mail 1 - Label", "E-mail 1 - Value",
              "Address 1 - Label", "Address 1 - City"]
    record = convert(header, ["A", "B", "Mobile", "0664 1234567", "Home", "a@b.at", "Home", "Graz"])
    assert record.person["phone_mobile"] == "+43 664 1234567" and record.person["email_private"] == "a@b.at"
    assert record.person["private_city"] == "Graz"


def test_extra_phone_numbers_and_addresses_are_kept_in_notes():
    """A second e-mail or phone without a free field goes to the notes instead of being lost."""
    header = ["Vorname", "Nachname", "E-Mail", "E-Mail privat", "E-Mail 2 Address"]
    record = convert(header, ["A", "B", "a@b.at", "a@c.at", "a@d.at"])
    assert "E-mail: a@d.at" in record.person["notes"]


def test_formula_escape_round_trip():
    """Our CSV export escape (leading ') is removed on import, only before a formula trigger."""
    for text in ("=cmd|' /C calc'!A0", "+43 1 234567", "-5", "@SUM(A1)", "\tx", "\rx"):
        assert unescape_formula(escape_formula(text)) == text and escape_formula(text).startswith("'")
    assert escape_formula("Huber") == "Huber" and unescape_formula("'Huber") == "'Huber"
    record = german(Vorname="'=1+2", Nachname="B")
    assert record.person["first_name"] == "=1+2"


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[A-Za-z0-9_%+-]{1,12}(\.[A-Za-z0-9_%+-]{1,8}){0,2}@[A-Za-z0-9-]{1,12}(\.[A-Za-z0-9-]{1,10}){0,2}\.[A-Za-z]{1,6}",
                     fullmatch=True))
def test_fast_email_check_agrees_with_email_validator(address):
    """The fast path for plain addresses gives exactly what normalise_email gives."""
    check_email.cache_clear()
    assert check_email(address) == normalise_email(address)
