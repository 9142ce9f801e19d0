"""Hostile and unusual text: printed literally or reported, never a crash, never silent boxes."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.letters import UnprintableTextError, missing_glyphs, preflight, render_letter, unprintable_by_field
from crmdesk.letters.markup import escape_markup, render_text
from crmdesk.letters.preflight import CONTROL, RTL, UNSUPPORTED
from letters_helpers import page_text, render_bytes

LITERALS = ["<b>Müller & Söhne</b>", "]]>", "&amp;", "<font color=red>x</font>", "{first_name}", "**x**"]


@pytest.mark.parametrize("value", LITERALS)
def test_markup_like_names_print_literally(make_spec, open_pdf, value) -> None:
    """XML/markup-like user data appears verbatim in address, salutation and body."""
    body = render_text("Sehr geehrte Damen und Herren von {company}, danke.", {"company": value})
    spec = make_spec(recipient_lines=(value,), salutation=f"Hallo {value}", body=body)
    text = page_text(open_pdf(render_bytes(spec)).pages[0])
    assert text.count(value) >= 3


def test_huge_name_and_body_do_not_overflow(make_spec, open_pdf) -> None:
    """10,000-character names are cut with an ellipsis inside the field; a 10,000-character word wraps."""
    name = "Müller" * 1700
    spec = make_spec(recipient_lines=(name,), salutation="Hallo " + name[:50], body="X" * 10_000 + " " + "Wort " * 2000)
    buffer = io.BytesIO()
    report = render_letter(spec, buffer)
    pdf = open_pdf(buffer.getvalue())
    assert report.pages == len(pdf.pages) >= 3
    pt = 72 / 25.4
    for page in pdf.pages:
        assert all(c["x1"] <= 200 * pt for c in page.chars)
    address = [c for c in pdf.pages[0].chars if 60 * pt < c["top"] < 90 * pt and c["x0"] < 110 * pt]
    assert max(c["x1"] for c in address) <= 105 * pt
    assert "…" in "".join(c["text"] for c in address)
    assert any("shortened" in note for note in report.notes)


def test_missing_glyphs_uses_the_font_cmap() -> None:
    """DejaVu covers Latin, Greek, Cyrillic, €; not CJK or newer emoji."""
    assert missing_glyphs("Müller Łódź Ελλάδα Москва € ß ẞ ő ř") == set()
    assert missing_glyphs("漢字 🦄 ok") == {"漢", "字", "🦄"}
    assert missing_glyphs("a\nb\tc") == set()


def test_preflight_reports_per_field(make_spec) -> None:
    """Each field lists its own problem characters and kinds."""
    spec = make_spec(subject="Angebot 🦄", recipient_lines=("Frau", "Anna\x00 Schmidt\u202e"),
                     body="Shalom שלום and مرحبا\n\n**漢**", signature_name="Max\x07")
    problems = {(p.field, p.kind): set(p.chars) for p in preflight(spec)}
    assert problems[("subject", UNSUPPORTED)] == {"🦄"}
    assert problems[("recipient_lines[1]", CONTROL)] == {"\x00", "\u202e"}
    assert problems[("body", UNSUPPORTED)] == {"漢"}
    assert set("שלוםمرحبا") <= problems[("body", RTL)]
    assert problems[("signature_name", CONTROL)] == {"\x07"}
    assert set(unprintable_by_field(spec)) == {"subject", "recipient_lines[1]", "body", "signature_name"}


def test_unprintable_text_is_refused_before_printing(make_spec) -> None:
    """By default a letter with glyph-less or RTL text raises and writes nothing."""
    buffer = io.BytesIO()
    with pytest.raises(UnprintableTextError) as info:
        render_letter(make_spec(body="Grüße 🦄 und שלום"), buffer)
    assert {p.kind for p in info.value.problems} == {UNSUPPORTED, RTL}
    assert "U+1F984" in str(info.value)
    assert buffer.getvalue() == b""


def test_replace_policy_prints_visible_marker(make_spec, open_pdf) -> None:
    """With unprintable="replace" the characters print as U+FFFD and are reported."""
    buffer = io.BytesIO()
    report = render_letter(make_spec(subject="Hallo 🦄", body="Text שלום"), buffer, unprintable="replace")
    text = page_text(open_pdf(buffer.getvalue()).pages[0])
    assert "Hallo \ufffd" in text and "Text \ufffd\ufffd\ufffd\ufffd" in text
    assert {p.field for p in report.problems} == {"subject", "body"}


def test_control_characters_are_stripped_and_reported(make_spec, open_pdf) -> None:
    """Controls disappear from the output but are listed in the report; the letter still prints."""
    buffer = io.BytesIO()
    spec = make_spec(salutation="Sehr geehrte\x0b Frau\u200b Schmidt", body="Zeile\x1b[31m eins\ufe0f\n\nzwei\x00")
    report = render_letter(spec, buffer)
    text = page_text(open_pdf(buffer.getvalue()).pages[0])
    assert "Sehr geehrte Frau Schmidt," in text and "Zeile[31m eins" in text and "zwei" in text
    assert {p.kind for p in report.problems} == {CONTROL}


def test_bmp_symbols_print_and_astral_emoji_are_reported(make_spec, open_pdf) -> None:
    """☺ ♥ ✓ (BMP) print literally; 😀 (astral, broken ToUnicode in reportlab) is reported, not printed."""
    buffer = io.BytesIO()
    report = render_letter(make_spec(body="Danke ☺ ♥ ✓"), buffer)
    assert report.problems == ()
    assert "Danke ☺ ♥ ✓" in page_text(open_pdf(buffer.getvalue()).pages[0])
    problems = preflight(make_spec(body="Danke 😀"))
    assert [(p.field, p.kind, p.chars) for p in problems] == [("body", UNSUPPORTED, ("😀",))]


def test_decomposed_umlauts_are_composed(make_spec, open_pdf) -> None:
    """NFD input (u + combining diaeresis) prints as the single glyph ü."""
    text = page_text(open_pdf(render_bytes(make_spec(salutation="Hallo Mu\u0308ller"))).pages[0])
    assert "Hallo Müller" in text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=300), body=st.text(max_size=2000))
def test_arbitrary_text_never_crashes(make_spec, name: str, body: str) -> None:
    """Any text in names and body renders (replace policy) or is refused with a report, never crashes."""
    spec = make_spec(recipient_lines=(name, name), salutation=name, signature_name=name,
                     body=render_text("{v}\n\n**{v}**", {"v": body}))
    problems = preflight(spec)
    buffer = io.BytesIO()
    report = render_letter(spec, buffer, unprintable="replace")
    assert buffer.getvalue().startswith(b"%PDF") and report.pages >= 1
    blocking = [p for p in problems if p.blocking]
    if blocking:
        with pytest.raises(UnprintableTextError):
            render_letter(spec, io.BytesIO())
    assert escape_markup(body).count("*") == body.count("*")
