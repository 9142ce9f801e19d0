"""Placeholders, safe markup and escaping of user data (pure functions, no PDF)."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from crmdesk.letters import fonts
from crmdesk.letters.markup import (
    Run, TemplateSyntaxError, UnknownPlaceholderError, escape_markup, find_placeholders, parse_markup,
    render_plain, render_text, strip_markup, to_paragraph_xml,
)
from crmdesk.letters.templates import LetterTemplate

VALUES = {"salutation": "Sehr geehrte Frau Huber", "first_name": "Eva", "last_name": "Huber",
          "company": "Huber & Söhne", "our_name": "Muster GmbH", "date": "3. Jänner 2025"}


def test_find_placeholders_in_order_without_duplicates() -> None:
    """Names come back in order of first use, each once."""
    text = "{salutation},\n{first_name} {last_name} von {company}, {first_name} – {{literal}}"
    assert find_placeholders(text) == ("salutation", "first_name", "last_name", "company")


@pytest.mark.parametrize("text", ["Hallo {", "Hallo }", "{first name}", "{1abc}", "{}"])
def test_stray_braces_are_syntax_errors(text: str) -> None:
    """Anything that is neither a placeholder nor a doubled brace is rejected."""
    with pytest.raises(TemplateSyntaxError):
        find_placeholders(text)


def test_every_placeholder_is_filled() -> None:
    """All standard placeholders and custom fields are substituted; doubled braces print single."""
    text = "{salutation}, {first_name} {last_name} ({company}) – {our_name}, {date}, {custom} {{x}}"
    filled = render_text(text, {**VALUES, "custom": "Kundennr. 42"})
    assert "{" not in filled.replace("{x}", "")
    assert filled == ("Sehr geehrte Frau Huber, Eva Huber (Huber & Söhne) – Muster GmbH, "
                      "3. Jänner 2025, Kundennr. 42 {x}")


def test_unknown_placeholders_are_named() -> None:
    """A missing value raises UnknownPlaceholderError listing every missing name."""
    with pytest.raises(UnknownPlaceholderError) as info:
        render_text("{first_name} {vorname} {kundennummer} {vorname}", {"first_name": "Eva"})
    assert info.value.names == ("vorname", "kundennummer")
    assert "{vorname}" in str(info.value)


def test_values_are_escaped_for_markup() -> None:
    """Stars and backslashes in user data stay literal; the template's own markup still works."""
    filled = render_text("**{company}** *{first_name}*", {"company": "**Müller** \\ Co", "first_name": "*x*"})
    (paragraph,) = parse_markup(filled)
    assert paragraph == ((Run("**Müller** \\ Co", bold=True), Run(" "), Run("*x*", italic=True)),)


def test_values_are_not_reinterpreted_as_placeholders() -> None:
    """A value containing {braces} is printed as is, not filled again."""
    assert render_text("Hallo {first_name}", {"first_name": "{last_name}"}) == "Hallo {last_name}"


def test_render_plain_does_not_escape() -> None:
    """Plain fields (subject) get the value verbatim."""
    assert render_plain("Angebot für {company}", {"company": "A*B"}) == "Angebot für A*B"


def test_markup_parsing_rules() -> None:
    """Bold, italic, bold italic, escapes, unclosed and space-flanked markers."""
    (p,) = parse_markup("**fett** *kursiv* ***beides*** 5 * 3 \\*wörtlich\\* *offen")
    assert p == ((Run("fett", bold=True), Run(" "), Run("kursiv", italic=True), Run(" "),
                  Run("beides", bold=True, italic=True), Run(" 5 * 3 *wörtlich* *offen")),)


def test_blank_lines_make_paragraphs_and_single_newlines_line_breaks() -> None:
    """A blank line (even with spaces) separates paragraphs; a single newline breaks the line."""
    paragraphs = parse_markup("Zeile eins\nZeile zwei\n   \nNeuer Absatz\r\n\r\n\r\nDritter")
    assert len(paragraphs) == 3
    assert [len(p) for p in paragraphs] == [2, 1, 1]
    assert strip_markup("**a**\n\n*b*") == "a\n\nb"


@pytest.mark.parametrize("value", ["<b>Müller & Söhne</b>", "]]>", "&amp;", "<font name='x'>", "<br/>&#60;"])
def test_paragraph_xml_prints_user_text_literally(value: str) -> None:
    """to_paragraph_xml escapes so reportlab's Paragraph shows the value exactly."""
    fonts.register_fonts()
    (xml,) = to_paragraph_xml("**Firma:** " + escape_markup(value))
    paragraph = Paragraph(xml, ParagraphStyle("t", fontName=fonts.REGULAR))
    paragraph.wrap(400, 100)
    text = "".join(w for line in paragraph.blPara.lines for w in _line_words(line))
    assert value.replace(" ", "") in text.replace(" ", "")


def _line_words(line: object) -> list[str]:
    """Words of a reportlab paragraph line (simple or fragment lines)."""
    if isinstance(line, tuple):
        return list(line[1])
    return [getattr(w, "text", "") for w in getattr(line, "words", [])]


def test_template_fill_and_check() -> None:
    """A template fills subject (plain) and body (escaped) and rejects unknown names up front."""
    template = LetterTemplate("Einladung", "de", "Einladung für {company}", "{salutation},\n\n**Willkommen**, {first_name}!")
    filled = template.fill(VALUES)
    assert filled.subject == "Einladung für Huber & Söhne"
    assert filled.body == "Sehr geehrte Frau Huber,\n\n**Willkommen**, Eva!"
    with pytest.raises(UnknownPlaceholderError) as info:
        LetterTemplate("x", "de", "{betreff}", "{foo}").check()
    assert info.value.names == ("betreff", "foo")
