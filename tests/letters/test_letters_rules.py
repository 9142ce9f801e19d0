"""Pure rules: locale wording, address fitting, legal footer checks, font registration."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pdfplumber
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from crmdesk.letters import check_letterhead, fonts
from crmdesk.letters.address import fit_address, recipient_display_name
from crmdesk.letters.legal import footer_columns, normalize_legal_form
from crmdesk.letters.locale_text import (
    conventions, default_closing, enclosure_heading, format_date, page_label, swiss_spelling,
)
from crmdesk.letters.spec import Letterhead, LetterSpec, Sender


@pytest.mark.parametrize("language,country,expected", [
    ("de", "AT", "7. Jänner 2025"), ("de", "DE", "7. Januar 2025"), ("de", "CH", "7. Januar 2025"),
    ("de", "LU", "7. Januar 2025"), ("en", "GB", "7 January 2025"), ("en", "AT", "7 January 2025"),
    ("en", "US", "January 7, 2025"),
])
def test_dates_in_the_letters_locale(language: str, country: str, expected: str) -> None:
    """German month names, "Jänner" in Austria, English day-month order, US month-day."""
    assert format_date(dt.date(2025, 1, 7), language, country) == expected


@pytest.mark.parametrize("language,country,salutation,expected", [
    ("de", "DE", "", "Mit freundlichen Grüßen"), ("de", "AT", "", "Mit freundlichen Grüßen"),
    ("de", "CH", "", "Freundliche Grüsse"), ("en", "GB", "Dear Ms Smith", "Yours sincerely"),
    ("en", "GB", "Dear Sir or Madam", "Yours faithfully"), ("en", "US", "Dear Ms. Smith", "Sincerely"),
])
def test_default_closings(language: str, country: str, salutation: str, expected: str) -> None:
    """Closings per language and country, English by salutation (R-EN-5)."""
    assert default_closing(language, country, salutation) == expected


def test_enclosures_pages_and_punctuation() -> None:
    """Anlage/Beilage by country, singular/plural, page labels and salutation punctuation."""
    assert [enclosure_heading("de", c, 2) for c in ("DE", "AT", "CH")] == ["Anlagen", "Beilagen", "Beilagen"]
    assert enclosure_heading("de", "DE", 1) == "Anlage" and enclosure_heading("en", "DE", 1) == "Enclosure"
    assert page_label("de", 2, 3) == "Seite 2 von 3" and page_label("en", 2, 3) == "Page 2 of 3"
    assert [conventions("de", c).salutation_punctuation for c in ("DE", "AT", "CH")] == [",", ",", ""]
    assert conventions("en", "US").salutation_punctuation == ":"
    assert swiss_spelling("Grüße aus der Straße, GROẞ") == "Grüsse aus der Strasse, GROSS"


def _measure(text: str) -> float:
    """Width in pt of address text at 10 pt DejaVu."""
    fonts.register_fonts()
    return pdfmetrics.stringWidth(text, fonts.REGULAR, 10)


def _shorten(text: str, width: float) -> str:
    """Cut with an ellipsis (simple test double of TextSetter.shorten)."""
    while _measure(text + "…") > width:
        text = text[:-1]
    return text + "…"


def _fit(recipient: tuple[str, ...], postal: tuple[str, ...], width: float = 221.0):
    """fit_address with the DIN defaults."""
    return fit_address(recipient, postal, max_lines=6, width=width, measure=_measure, shorten=_shorten)


def test_address_merges_anrede_then_drops_trailing_lines() -> None:
    """Too many lines: the stand-alone Anrede merges into the name, then positions are dropped."""
    fitted = _fit(("Beispiel AG", "Herrn", "Dr. Peter Richter", "Einkauf", "Gebäude 3"),
                  ("Hauptstraße 5", "80331 München"))
    assert fitted.lines == ("Beispiel AG", "Herrn Dr. Peter Richter", "Einkauf", "Gebäude 3",
                            "Hauptstraße 5", "80331 München")
    fitted = _fit(("Beispiel AG", "Herrn", "Dr. Peter Richter", "Einkauf", "Gebäude 3"),
                  ("c/o Verwaltung", "Hauptstraße 5", "80331 München"))
    assert fitted.lines[:3] == ("Beispiel AG", "Herrn Dr. Peter Richter", "Einkauf")
    assert fitted.lines[3:] == ("c/o Verwaltung", "Hauptstraße 5", "80331 München")
    assert any("dropped 'Gebäude 3'" in note for note in fitted.notes)


def test_address_keeps_postal_lines_and_removes_blanks() -> None:
    """Blank lines vanish; too many postal lines are joined, never dropped."""
    fitted = _fit(("Frau", "", "Anna   Schmidt"), ("c/o A", "Postfach 1", "Hauptstraße 5", "80331 München",
                                                  "DEUTSCHLAND", "EUROPA"))
    assert len(fitted.lines) == 6
    assert fitted.lines[-1] == "EUROPA" and "c/o A, Postfach 1" in fitted.lines[1]
    assert "Anna Schmidt" in " ".join(fitted.lines)


def test_address_abbreviates_then_truncates() -> None:
    """Long lines are abbreviated first, then cut with an ellipsis at the field width."""
    fitted = _fit(("Herrn Kommerzialrat Professor Mag. Dr. Franz Xaver Huber",), ("Untere Hauptstraße 123",),
                  width=200)
    assert fitted.lines[0].startswith("Herrn KommR") and _measure(fitted.lines[0]) <= 200
    fitted = _fit(("X" * 500,), ("1010 Wien",))
    assert fitted.lines[0].endswith("…") and _measure(fitted.lines[0]) <= 221


def test_recipient_display_name() -> None:
    """The page-2 header name follows the Anrede line, or is the first line."""
    assert recipient_display_name(("Beispiel AG", "Frau", "Dr. Anna Schmidt", "Straße"), 3) == "Frau Dr. Anna Schmidt"
    assert recipient_display_name(("Beispiel AG", "Einkauf", "Straße"), 2) == "Beispiel AG"


@pytest.mark.parametrize("legal_form,expected", [
    ("GmbH", "GmbH"), ("UG (haftungsbeschränkt)", "GmbH"), ("GmbH & Co. KG", "GmbH & Co. KG"),
    ("GmbH & Co KG", "GmbH & Co. KG"), ("e. K.", "e.K."), ("e.U.", "e.U."), ("OG", "OG"),
    ("Einzelunternehmen", "Einzelunternehmen"), ("Stiftung", "unknown"),
])
def test_legal_form_normalisation(legal_form: str, expected: str) -> None:
    """Spelling variants map onto the checked legal forms."""
    assert normalize_legal_form(legal_form) == expected


def test_check_letterhead_complete_is_quiet(letterhead: Letterhead) -> None:
    """A complete Austrian GmbH letterhead raises no warnings."""
    assert check_letterhead(letterhead, "AT") == []


@pytest.mark.parametrize("country,legal_form,fields,expected", [
    ("DE", "GmbH", {"managing_directors": (), "register_number": ""}, ["register number", "managing directors"]),
    ("DE", "GmbH", {"managing_directors": ("M. Muster",)}, ["first name"]),
    ("DE", "AG", {}, ["chair of the supervisory board"]),
    ("DE", "GmbH & Co. KG", {}, ["general partner"]),
    ("DE", "e.K.", {"register_court": ""}, ["register court", "§ 37a HGB"]),
    ("DE", "Einzelunternehmen", {"owner_name": ""}, ["owner", "§ 15b GewO"]),
    ("AT", "GmbH", {"register_number": "", "register_court": ""}, ["Firmenbuchnummer", "Firmenbuchgericht", "§ 14 UGB"]),
    ("AT", "GmbH & Co KG", {}, ["general partner"]),
    ("AT", "e.U.", {}, ["owner"]),
    ("CH", "AG", {"company_name": "Muster Handel"}, ["954a OR"]),
    ("DE", "Genossenschaft", {}, ["not known"]),
])
def test_check_letterhead_warns_about_missing_fields(letterhead, country, legal_form, fields, expected) -> None:
    """Missing legally required fields are named with the rule they come from."""
    incomplete = dataclasses.replace(letterhead, legal_form=legal_form, **fields)
    warnings = " | ".join(check_letterhead(incomplete, country))
    for text in expected:
        assert text in warnings


def test_unreadable_logo_is_a_warning(letterhead: Letterhead, tmp_path) -> None:
    """A logo path that cannot be read is reported before printing."""
    broken = dataclasses.replace(letterhead, logo_path=str(tmp_path / "missing.png"))
    assert any("logo" in w for w in check_letterhead(broken, "AT"))


def test_footer_columns_show_legal_details(letterhead: Letterhead) -> None:
    """Footer: company and address, seat/register/VAT, managing directors, bank."""
    columns = footer_columns(letterhead, conventions("de", "AT"))
    flat = [line for column in columns for line in column]
    assert "FN 123456 a, Handelsgericht Wien" in flat and "UID-Nr.: ATU12345678" in flat
    assert "Geschäftsführung:" in flat and "Franz Beispiel" in flat and "IBAN AT61 1904 3002 3457 3201" in flat
    german = footer_columns(dataclasses.replace(letterhead, register_court="Amtsgericht München",
                                                register_number="HRB 12345"), conventions("de", "DE"))
    assert "Amtsgericht München, HRB 12345" in [line for column in german for line in column]
    assert not any(line.startswith("Rechtsform") for line in flat)  # "GmbH" is in the firm name
    bare = footer_columns(dataclasses.replace(letterhead, company_name="Muster Handels"), conventions("de", "AT"))
    assert "Rechtsform: GmbH" in [line for column in bare for line in column]


def test_fonts_register_once_and_bold_tag_switches_face() -> None:
    """Registration is idempotent and the family maps <b>/<i> of a Paragraph to the real faces."""
    fonts.register_fonts()
    fonts.register_fonts()
    assert set(fonts.FACES) <= set(pdfmetrics.getRegisteredFontNames())
    paragraph = Paragraph("a <b>b</b> <i>c</i> <b><i>d</i></b>", ParagraphStyle("p", fontName=fonts.REGULAR))
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    paragraph.wrapOn(canvas, 300, 100)
    paragraph.drawOn(canvas, 50, 500)
    canvas.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        used = {c["text"]: c["fontname"].split("+")[-1] for c in pdf.pages[0].chars}
    assert used == {"a": fonts.REGULAR, "b": fonts.BOLD, "c": fonts.ITALIC, "d": fonts.BOLD_ITALIC, " ": fonts.REGULAR}
    assert fonts.font_file(fonts.BOLD).name == "DejaVuSans-Bold.ttf"
    assert (fonts.fonts_dir() / "LICENSE-DejaVu.txt").is_file()


def test_spec_validation_and_tuple_coercion(letterhead: Letterhead) -> None:
    """Lists become tuples (hashable, immutable); closed choices are validated."""
    spec = LetterSpec(letterhead=letterhead, sender=Sender(), recipient_lines=["A", "B"],  # type: ignore[arg-type]
                      postal_lines=["C"], date=dt.date(2025, 1, 1))  # type: ignore[arg-type]
    assert spec.recipient_lines == ("A", "B") and isinstance(spec.postal_lines, tuple)
    hash(spec.letterhead)
    for bad in ({"form": "C"}, {"language": "fr"}, {"eszett": "x"}):
        with pytest.raises(ValueError):
            dataclasses.replace(spec, **bad)
