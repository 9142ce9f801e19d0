"""Positions on the page, read back from the PDF: address field, info block, marks, return line."""

from __future__ import annotations

from typing import Any

import pytest

from crmdesk.letters.layout import FORM_A, FORM_B, geometry_for
from letters_helpers import PT_PER_MM, find_row, render_bytes, text_rows

TOL = 0.5  # mm


def _address_rows(page: Any, top: float) -> list[dict[str, Any]]:
    """Rows inside the left column between the address field top and 45 mm below it."""
    return [r for r in text_rows(page, 0, 110) if top - 5 <= r["top"] <= top + 50]


@pytest.mark.parametrize("form,geometry", [("A", FORM_A), ("B", FORM_B)])
def test_recipient_lines_inside_address_field(make_spec, open_pdf, form, geometry) -> None:
    """Every recipient and postal line lies inside the 85 × 45 mm field at 20 mm from the left."""
    spec = make_spec(form=form, recipient_lines=("Beispiel AG", "Frau", "Dr. Anna Schmidt", "Einkauf"),
                     postal_lines=("Hauptstraße 5", "80331 München"))
    page = open_pdf(render_bytes(spec)).pages[0]
    rows = _address_rows(page, geometry.address_top)
    for text in ("Beispiel AG", "Frau", "Dr. Anna Schmidt", "Einkauf", "Hauptstraße 5", "80331 München"):
        row = find_row(rows, text)
        assert row["x0"] >= geometry.address_left - TOL
        assert row["x1"] <= geometry.address_left + geometry.address_width + TOL
        assert row["top"] >= geometry.address_zone_top - TOL, text
        assert row["bottom"] <= geometry.address_top + geometry.address_height + TOL, text


@pytest.mark.parametrize("form", ["A", "B"])
def test_return_line_in_remark_zone(make_spec, open_pdf, form) -> None:
    """The return line is one small line inside the remark zone, above the Anschriftzone."""
    geometry = geometry_for(form, "DE")
    page = open_pdf(render_bytes(make_spec(form=form))).pages[0]
    row = find_row(text_rows(page, 0, 110), "Muster Handels GmbH · Kärntner")
    assert row["top"] >= geometry.address_top - TOL
    assert row["bottom"] <= geometry.address_zone_top + TOL
    assert row["x1"] <= geometry.address_left + geometry.address_width + TOL


@pytest.mark.parametrize("form,geometry", [("A", FORM_A), ("B", FORM_B)])
def test_info_block_at_125_mm(make_spec, open_pdf, form, geometry) -> None:
    """Labels start at 125 mm from the left, at the form's info-block top, within 10 mm of the edge."""
    page = open_pdf(render_bytes(make_spec(form=form))).pages[0]
    rows = text_rows(page, 120, 210)
    first = find_row(rows, "Unser Zeichen")
    assert first["x0"] == pytest.approx(125.0, abs=TOL)
    assert first["top"] >= geometry.info_top - TOL
    assert first["top"] <= geometry.info_top + 4
    assert max(r["x1"] for r in rows) <= 200.0 + TOL
    assert "3. März 2025" in find_row(text_rows(page, 140, 210), "März")["text"]


@pytest.mark.parametrize("form,folds", [("A", (87.0, 192.0)), ("B", (105.0, 210.0))])
def test_fold_and_hole_marks(make_spec, open_pdf, form, folds) -> None:
    """Horizontal marks at the left edge: fold marks at the form's positions, hole mark at 148.5 mm."""
    page = open_pdf(render_bytes(make_spec(form=form))).pages[0]
    marks = sorted(round(line["top"] / PT_PER_MM, 2) for line in page.lines if line["x0"] < 15 * PT_PER_MM)
    assert marks == pytest.approx(sorted([*folds, 148.5]), abs=0.1)
    hole = [line for line in page.lines if abs(line["top"] / PT_PER_MM - 148.5) < 0.1][0]
    fold = [line for line in page.lines if abs(line["top"] / PT_PER_MM - folds[0]) < 0.1][0]
    assert hole["width"] > fold["width"]  # the punch mark is longer than the fold marks


def test_subject_below_address_field(make_spec, open_pdf) -> None:
    """The bold subject starts at the left margin two DIN lines below the address field."""
    page = open_pdf(render_bytes(make_spec())).pages[0]
    row = find_row(text_rows(page), "Einladung zur Hausmesse")
    assert row["x0"] == pytest.approx(25.0, abs=TOL)
    assert row["top"] >= FORM_B.address_top + FORM_B.address_height + 2 * 4.23 - TOL
    assert row["fonts"] == {"DejaVuSans-Bold"}


def test_austrian_address_block_within_onorm_limits(make_spec, open_pdf) -> None:
    """AT preset: six lines fit in 76 × 25 mm (ÖNORM A 1080:2007 5.1)."""
    lines = ("Firma Beispiel Handelsgesellschaft", "Herrn Kommerzialrat", "Mag. Franz Huber", "Einkauf")
    spec = make_spec(country="AT", recipient_lines=lines, postal_lines=("Mariahilfer Straße 99/3", "1060 Wien"))
    page = open_pdf(render_bytes(spec)).pages[0]
    rows = [r for r in _address_rows(page, FORM_B.address_top) if r["top"] >= FORM_B.address_zone_top - TOL]
    assert len(rows) == 6
    assert rows[-1]["bottom"] - rows[0]["top"] <= 25.0 + TOL
    assert max(r["x1"] for r in rows) - 25.0 <= 76.0 + TOL


def test_letterhead_and_footer_on_every_page(make_spec, open_pdf) -> None:
    """Page 1 has the letterhead; every page has the legal footer below the body."""
    spec = make_spec(body="\n\n".join(["Ein Absatz mit etwas Text, der sich wiederholt."] * 60))
    pdf = open_pdf(render_bytes(spec))
    assert len(pdf.pages) >= 2
    for page in pdf.pages:
        footer = find_row(text_rows(page), "FN 123456 a, Handelsgericht Wien")
        assert footer["bottom"] <= 297 - 9.5
    assert find_row(text_rows(pdf.pages[0]), "Muster Handels GmbH")["top"] < FORM_B.letterhead_height
