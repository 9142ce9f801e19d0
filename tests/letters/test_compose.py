"""Composing letters from recipient records and templates (pure: no database, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.domain.letter_records import LetterRecipient, PostalAddress, known_placeholders
from crmdesk.letters import LetterTemplate, Letterhead, Sender, UnknownPlaceholderError
from crmdesk.letters.compose import (
    LetterJob, build_spec, compose_letter, country_name, postal_lines, prepare_template, return_line,
    strip_leading_salutation, text_needs_check,
)
from crmdesk.letters.markup import parse_markup, strip_markup

LETTERHEAD = Letterhead(company_name="Berger Handel GmbH", legal_form="GmbH",
                        address_lines=("Mariahilfer Straße 47", "1060 Wien"), phone="+43 1 503 98 80")
SENDER = Sender(name="Anna Berger", function="Geschäftsführerin")
VIENNA = PostalAddress("Kärntner Straße 12", "", "1010", "Wien", "AT")
TEMPLATE = LetterTemplate("Test", "de", "Angebot für {company}", "{salutation}\n\nwir danken Ihnen, {name}.")


def huber(**changes) -> LetterRecipient:
    """An Austrian Kommerzialrat with a master's degree."""
    values = dict(person_id=7, gender="m", first_name="Franz", last_name="Huber", titles_pre=("Mag.",),
                  titles_post=("MSc",), honorary_title="KR", company="Huber Bau GmbH", address=VIENNA,
                  address_source="company")
    values.update(changes)
    return LetterRecipient(**values)


def job(**changes) -> LetterJob:
    """An Austrian sender's run."""
    values = dict(letterhead=LETTERHEAD, sender=SENDER, date=dt.date(2026, 1, 15), country="AT")
    values.update(changes)
    return LetterJob(**values)


def test_austrian_honorary_title_in_address_and_salutation():
    """KR Mag. Franz Huber, MSc: "Herrn Kommerzialrat" above the name, "Sehr geehrter Herr Kommerzialrat,"."""
    spec = compose_letter(huber(), TEMPLATE, job()).spec
    assert spec.recipient_lines == ("Huber Bau GmbH", "Herrn Kommerzialrat", "Mag. Franz Huber, MSc")
    assert (spec.salutation, spec.salutation_punctuation) == ("Sehr geehrter Herr Kommerzialrat", ",")
    assert spec.postal_lines == ("Kärntner Straße 12", "1010 Wien")
    assert spec.subject == "Angebot für Huber Bau GmbH"
    assert spec.body == "wir danken Ihnen, KR Mag. Franz Huber, MSc."


def test_leading_salutation_placeholder_is_removed_from_the_body():
    """The layout prints the salutation line; a body starting with {salutation} does not repeat it."""
    assert strip_leading_salutation("{salutation}\n\nText") == "Text"
    assert strip_leading_salutation("  {salutation},\r\nText {salutation}") == "Text {salutation}"
    assert strip_leading_salutation("Text {salutation}") == "Text {salutation}"


def test_salutation_placeholder_elsewhere_carries_punctuation():
    """{salutation} inside the text gives the salutation with its punctuation."""
    template = LetterTemplate("T", "de", "", "Vorab: {salutation} wie besprochen.")
    assert compose_letter(huber(), template, job()).spec.body == "Vorab: Sehr geehrter Herr Kommerzialrat, wie besprochen."


def test_every_known_placeholder_is_filled():
    """A template using every known placeholder leaves no brace in subject or body."""
    body = " ".join("{" + name + "}" for name in known_placeholders())
    fields = {name: f"<{name}>" for name in known_placeholders() if name.startswith(("person_", "company_"))}
    fields["person_birthday"] = "1970-05-04"
    spec = compose_letter(huber(fields=fields), LetterTemplate("All", "de", "{date} {name}", body), job()).spec
    assert "{" not in spec.body and "}" not in spec.body and "{" not in spec.subject
    assert "4. Mai 1970" in spec.body and "15. Jänner 2026" in spec.subject and "Berger Handel GmbH" in spec.body


def test_unknown_placeholder_is_named_before_printing():
    """An unknown placeholder raises UnknownPlaceholderError naming every one."""
    with pytest.raises(UnknownPlaceholderError) as caught:
        prepare_template(LetterTemplate("T", "de", "{betreff}", "Hallo {vorname} {first_name}"))
    assert caught.value.names == ("betreff", "vorname")


def test_user_values_are_escaped_in_the_body():
    """Markup and markup-like characters in recipient data print literally."""
    hostile = "**Müller** & <b>Söhne</b> \\ *x*"
    spec = compose_letter(huber(company=hostile), LetterTemplate("T", "de", "{company}", "An {company}."), job()).spec
    assert strip_markup(spec.body) == f"An {hostile}."
    assert all(not run.bold and not run.italic for p in parse_markup(spec.body) for line in p for run in line)
    assert spec.subject == hostile


def test_informal_recipient_gets_first_name_greeting():
    """A "Du" person is greeted informally."""
    spec = compose_letter(huber(formality="Du", honorary_title="", titles_pre=()), TEMPLATE, job()).spec
    assert spec.salutation == "Lieber Franz"


def test_swiss_recipient_without_comma_gets_capitalised_body():
    """After a salutation without comma (Switzerland) the text starts with a capital letter."""
    zurich = PostalAddress("Bahnhofstrasse 1", "", "8001", "Zürich", "CH")
    spec = compose_letter(huber(address=zurich, honorary_title="", titles_pre=()), TEMPLATE, job()).spec
    assert spec.salutation_punctuation == ""
    assert spec.body.startswith("Wir danken Ihnen")


def test_postal_lines_domestic_and_abroad():
    """DIN 5008: the country line only abroad, in capitals, in the sender's language."""
    berlin = PostalAddress("Unter den Linden 5", "", "10117", "Berlin", "DE")
    assert postal_lines(berlin, sender_country="AT") == ("Unter den Linden 5", "10117 Berlin", "DEUTSCHLAND")
    assert postal_lines(berlin, sender_country="DE") == ("Unter den Linden 5", "10117 Berlin")
    assert postal_lines(VIENNA, sender_country="DE")[-1] == "ÖSTERREICH"
    assert postal_lines(VIENNA, sender_country="GB")[-1] == "AUSTRIA"
    assert postal_lines(PostalAddress("", "", "1010", "Wien", ""), sender_country="AT") == ("1010 Wien",)


def test_postal_lines_po_box_and_line_breaks():
    """A PO box number becomes "Postfach 123"; line breaks inside a field become spaces."""
    box = PostalAddress("", "123", "1011", "Wien", "AT")
    assert postal_lines(box, sender_country="AT") == ("Postfach 123", "1011 Wien")
    messy = PostalAddress("Haupt-\nstraße  5", "", "1010", "Wien", "AT")
    assert postal_lines(messy, sender_country="AT")[0] == "Haupt- straße 5"


def test_country_names_fall_back_to_phonenumbers_and_code():
    """Countries outside the table are named by phonenumbers' data, unknown codes stay codes."""
    assert country_name("BR", sender_country="AT") == "Brasilien"
    assert country_name("BR", sender_country="US") == "Brazil"
    assert country_name("XX", sender_country="AT") == "XX"


def test_return_line_from_letterhead_and_abroad():
    """Company · street · town; letters abroad add the sender's country."""
    assert return_line(LETTERHEAD) == "Berger Handel GmbH · Mariahilfer Straße 47 · 1060 Wien"
    berlin = PostalAddress("Unter den Linden 5", "", "10117", "Berlin", "DE")
    spec = compose_letter(huber(address=berlin), TEMPLATE, job()).spec
    assert spec.return_line.endswith("1060 Wien · ÖSTERREICH")


def test_build_spec_convenience_and_subject_override():
    """build_spec takes the run values as keywords; subject and body can replace the template's."""
    spec = build_spec(huber(), TEMPLATE, letterhead=LETTERHEAD, sender=SENDER, date=dt.date(2026, 2, 1),
                      form="A", subject="Eigener Betreff", body="Eigener Text")
    assert (spec.form, spec.subject, spec.body, spec.recipient_key) == ("A", "Eigener Betreff", "Eigener Text", "person-7")


def test_person_without_address_has_no_postal_lines():
    """No address: no postal lines (the batch skips such letters)."""
    assert compose_letter(huber(address=None), TEMPLATE, job()).spec.postal_lines == ()


@pytest.mark.parametrize("text, flagged", [
    ("Franz Huber", False), ("Müller-Lüdenscheidt Straße", False), ("Łódź Dvořák", False),
    ("Einhorn 🦄", True), ("שלום", True), ("Null\x00Byte", True), ("Zero\u200bwidth", True), ("漢字", True),
])
def test_fast_text_check(text, flagged):
    """Plain Latin text passes the cheap check; emoji, RTL, controls and CJK go to the full check."""
    assert text_needs_check([text]) is flagged
