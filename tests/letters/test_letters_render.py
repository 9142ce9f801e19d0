"""Rendered content read back from the PDF: fonts, page flow, localisation, outputs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from PIL import Image

from crmdesk.letters import render_letter, render_letters
from letters_helpers import find_row, page_text, render_bytes, text_rows

LONG_BODY = "\n\n".join(
    f"Absatz {i}: Dies ist ein längerer Absatz, der zeigt, wie der Text auf die zweite Seite fließt, "
    "wenn der Brief länger ist als eine Seite." for i in range(1, 25)
)


def test_pdf_starts_with_header_and_is_one_page(make_spec, open_pdf) -> None:
    """A short letter is a single-page PDF without page numbers."""
    data = render_bytes(make_spec())
    assert data.startswith(b"%PDF")
    pdf = open_pdf(data)
    assert len(pdf.pages) == 1
    assert "Seite" not in page_text(pdf.pages[0])


def test_bold_and_italic_use_real_faces(make_spec, open_pdf) -> None:
    """**bold** prints in DejaVuSans-Bold, *italic* in DejaVuSans-Oblique, the rest in DejaVuSans."""
    page = open_pdf(render_bytes(make_spec())).pages[0]
    fonts = {}
    for char in page.chars:
        fonts.setdefault(char["fontname"].split("+")[-1], []).append(char["text"])
    assert "Zusammenarbeit" in "".join(fonts["DejaVuSans-Bold"])
    assert "außerordentlich" in "".join(fonts["DejaVuSans-Oblique"])
    assert "freuen" in "".join(fonts["DejaVuSans"])


def test_long_body_flows_to_page_two_with_header(make_spec, open_pdf) -> None:
    """A long body continues on page 2 with the short header and "Seite 2 von 2"."""
    pdf = open_pdf(render_bytes(make_spec(body=LONG_BODY)))
    assert len(pdf.pages) == 2
    first, second = page_text(pdf.pages[0]), page_text(pdf.pages[1])
    assert "Seite 1 von 2" in first
    header = find_row(text_rows(pdf.pages[1]), "Seite 2 von 2")
    assert header["top"] < 20
    assert "Frau Dr. Anna Schmidt" in header["text"] and "3. März 2025" in header["text"]
    assert "Absatz 24" in second and "Mit freundlichen Grüßen" in second
    assert "Maria Muster" in second


def test_closing_stays_with_last_body_lines(make_spec, open_pdf) -> None:
    """The closing never starts a page alone: the last body lines come with it."""
    for count in range(14, 22):
        body = "\n\n".join(f"Absatz {i} mit Text." for i in range(count))
        pdf = open_pdf(render_bytes(make_spec(body=body)))
        for page in pdf.pages[1:]:
            rows = [r["text"] for r in text_rows(page) if 20 < r["top"] < 250]
            if any("Mit freundlichen" in r for r in rows):
                assert any(r.startswith("Absatz") for r in rows), count


def test_page_numbers_count_per_letter(make_spec, open_pdf) -> None:
    """In one PDF of several letters, each letter numbers its own pages."""
    buffer = io.BytesIO()
    summary = render_letters([make_spec(body=LONG_BODY), make_spec(), make_spec(body=LONG_BODY)], buffer)
    assert (summary.letters, summary.pages) == (3, 5)
    texts = [page_text(p) for p in open_pdf(buffer.getvalue()).pages]
    assert "Seite 1 von 2" in texts[0] and "Seite 2 von 2" in texts[1]
    assert "Seite" not in texts[2]
    assert "Seite 1 von 2" in texts[3] and "Seite 2 von 2" in texts[4]


def test_austrian_letter_uses_jaenner_and_beilagen(make_spec, open_pdf) -> None:
    """AT: "Jänner", enclosures as "Beilagen", KR title line printed as given."""
    spec = make_spec(country="AT", date=dt.date(2025, 1, 7), recipient_lines=("Herrn Kommerzialrat", "Mag. Franz Huber"),
                     postal_lines=("Mariahilfer Straße 99/3", "1060 Wien"), enclosures=("Programm", "Anfahrtsplan"))
    text = page_text(open_pdf(render_bytes(spec)).pages[0])
    assert "7. Jänner 2025" in text and "Januar" not in text
    assert "Beilagen" in text and "Anlage" not in text
    assert "Herrn Kommerzialrat" in text and "Mag. Franz Huber" in text


def test_german_letter_uses_januar_and_anlage(make_spec, open_pdf) -> None:
    """DE: "Januar" and a single "Anlage"."""
    text = page_text(open_pdf(render_bytes(make_spec(date=dt.date(2025, 1, 7), enclosures=("Preisliste",)))).pages[0])
    assert "7. Januar 2025" in text
    assert "Anlage" in text.split("\n") and "Preisliste" in text


def test_swiss_letter_has_no_eszett(make_spec, open_pdf) -> None:
    """CH: closing "Freundliche Grüsse", no salutation comma, and ß → ss in the running text."""
    spec = make_spec(country="CH", salutation="Sehr geehrte Frau Schmidt", subject="Grüße aus Zürich",
                     body="Wir schließen **außerdem** die Straße.", enclosures=("Beilage",),
                     recipient_lines=("Frau", "Anna Schmidt"), postal_lines=("Bahnhofstrasse 1", "8001 Zürich"),
                     return_line="Muster AG, Bahnhofstrasse 2, 8001 Zürich")
    text = page_text(open_pdf(render_bytes(spec)).pages[0])
    assert "Freundliche Grüsse" in text
    assert "Sehr geehrte Frau Schmidt\n" in text
    assert "Grüsse aus Zürich" in text and "schliessen" in text and "ausserdem" in text
    body_and_closing = text.split("Sehr geehrte Frau Schmidt")[1]
    assert "ß" not in body_and_closing.split("Muster Handels GmbH")[0]


def test_english_letter_conventions(make_spec, open_pdf) -> None:
    """English: English date, labels, closing, "Enclosures" and "Page 2 of 2"."""
    spec = make_spec(language="en", country="GB", salutation="Dear Dr Schmidt", body=LONG_BODY,
                     enclosures=("Price list", "Map"))
    pdf = open_pdf(render_bytes(spec))
    first, last = page_text(pdf.pages[0]), page_text(pdf.pages[-1])
    assert "3 March 2025" in first and "Our ref." in first and "Dear Dr Schmidt," in first
    assert "Page 1 of 2" in first and "Page 2 of 2" in last
    assert "Yours sincerely" in last and "Enclosures" in last


def test_english_unnamed_salutation_takes_yours_faithfully(make_spec, open_pdf) -> None:
    """en-GB "Dear Sir or Madam" closes with "Yours faithfully"; US dates read "March 3, 2025"."""
    gb = page_text(open_pdf(render_bytes(make_spec(language="en", salutation="Dear Sir or Madam"))).pages[0])
    assert "Yours faithfully" in gb
    us = page_text(open_pdf(render_bytes(make_spec(language="en", country="US", salutation="Dear Ms. Smith"))).pages[0])
    assert "March 3, 2025" in us and "Dear Ms. Smith:" in us and "Sincerely" in us


def test_explicit_closing_and_punctuation_win(make_spec, open_pdf) -> None:
    """A closing and salutation punctuation given in the spec replace the defaults."""
    spec = make_spec(closing="Herzliche Grüße aus Wien", salutation_punctuation="!")
    text = page_text(open_pdf(render_bytes(spec)).pages[0])
    assert "Herzliche Grüße aus Wien" in text and "Sehr geehrte Frau Dr. Schmidt!" in text
    assert "Mit freundlichen Grüßen" not in text


def test_render_to_path(make_spec, open_pdf, tmp_path) -> None:
    """render_letter accepts a path and reports pages."""
    target = tmp_path / "brief.pdf"
    report = render_letter(make_spec(recipient_key="p-1"), target)
    assert report.pages == 1 and report.recipient_key == "p-1"
    assert target.read_bytes().startswith(b"%PDF")


def test_logo_is_scaled_into_letterhead_zone(make_spec, letterhead, open_pdf, tmp_path) -> None:
    """A PNG logo is drawn inside the letterhead zone, right-aligned at the right margin."""
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 100), (200, 30, 30)).save(logo)
    spec = make_spec(letterhead=dataclasses.replace(letterhead, logo_path=str(logo)))
    page = open_pdf(render_bytes(spec)).pages[0]
    assert len(page.images) == 1
    image = page.images[0]
    pt = 72 / 25.4
    assert image["top"] / pt >= 9.5 and image["bottom"] / pt <= 45.0
    assert image["x1"] / pt == pytest.approx(190.0, abs=0.5)


def test_multiline_address_fits_by_merging(make_spec, open_pdf) -> None:
    """Seven lines are reduced to six by merging the Anrede line; the report says so."""
    spec = make_spec(recipient_lines=("Beispiel AG", "Herrn", "Dr. Peter Richter", "Einkauf"),
                     postal_lines=("Hauptstraße 5", "80331 München", "DEUTSCHLAND"))
    buffer = io.BytesIO()
    report = render_letter(spec, buffer)
    assert any("merged" in note for note in report.notes)
    assert "Herrn Dr. Peter Richter" in page_text(open_pdf(buffer.getvalue()).pages[0])


@pytest.mark.parametrize("policy,expected,absent", [
    ("all", ["Hauptstrasse 5", "Grüsse", "Herr Gross"], ["ß"]),
    ("none", ["Hauptstraße 5", "Freundliche Grüsse", "Grüße", "Herr Groß"], []),
])
def test_eszett_policy(make_spec, open_pdf, policy, expected, absent) -> None:
    """eszett="all" also respells names and addresses; "none" leaves running text alone (CH)."""
    spec = make_spec(country="CH", eszett=policy, recipient_lines=("Herr Groß",), postal_lines=("Hauptstraße 5", "8001 Zürich"),
                     body="Viele Grüße", return_line="")
    rows = text_rows(open_pdf(render_bytes(spec)).pages[0], 0, 120)
    text = "\n".join(r["text"] for r in rows if 60 < r["top"] < 250)  # address and body, no letterhead/footer
    for word in expected:
        assert word in text
    for word in absent:
        assert word not in text


def test_binary_streams_and_embedded_subset_fonts(make_spec) -> None:
    """Streams are Flate without ASCII85; fonts are embedded subsets; no base-14 Helvetica."""
    data = render_bytes(make_spec())
    assert b"ASCII85Decode" not in data and b"FlateDecode" in data
    assert b"Helvetica" not in data and b"+DejaVuSans" in data


def test_template_letter_has_every_placeholder_filled(make_spec, open_pdf) -> None:
    """A letter built from a template prints every value and no placeholder braces."""
    from crmdesk.letters import LetterTemplate

    template = LetterTemplate("t", "de", "Angebot für {company}",
                              "{salutation} – danke, {first_name} {last_name}!\n\n{our_name}, {date}, Nr. {customer_no}")
    values = {"salutation": "Liebe Frau Huber", "first_name": "Eva", "last_name": "Huber", "company": "Huber KG",
              "our_name": "Muster GmbH", "date": "3. März 2025", "customer_no": "K-42"}
    filled = template.fill(values)
    text = page_text(open_pdf(render_bytes(make_spec(subject=filled.subject, body=filled.body))).pages[0])
    assert "{" not in text and "}" not in text
    for value in values.values():
        assert value in text
