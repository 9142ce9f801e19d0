"""Rendering LetterSpecs into DIN 5008 PDFs: one letter, or many letters streamed into one PDF.

Each letter is laid out on its own (its flow is paginated first so that "Seite x von y" counts
that letter's pages only), drawn, and dropped; only the PDF itself grows with the number of
letters. reportlab keeps the finished page streams in memory until save(), so the output is held
in memory once, compressed, and written at the end.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from crmdesk.letters import fonts
from crmdesk.letters.address import FittedAddress, fit_address, recipient_display_name
from crmdesk.letters.content import LetterContent, prepare_letter
from crmdesk.letters.flow import FlowLine, build_flow, paginate
from crmdesk.letters.layout import LINE, to_pt, y_pt
from crmdesk.letters.pages import (
    Furniture, PageFurniture, draw_address, draw_first_page_number, draw_info_block,
    draw_next_header, draw_remark_zone, info_bottom,
)
from crmdesk.letters.spec import LetterSpec
from crmdesk.letters.textcheck import TextProblem
from crmdesk.letters.typeset import TextSetter

Output = str | os.PathLike[str] | BinaryIO


@dataclass(frozen=True)
class LetterReport:
    """What happened to one letter: where it starts, how long it is, and what had to be changed."""

    recipient_key: str
    first_page: int  # 1-based page number in the PDF
    pages: int
    notes: tuple[str, ...]  # address lines merged/dropped/shortened, info values shortened
    problems: tuple[TextProblem, ...]  # characters stripped (control) or replaced (unsupported, rtl)


@dataclass(frozen=True)
class RenderSummary:
    """Totals of a render run."""

    letters: int
    pages: int


class LetterWriter:
    """Writes letters one after another into one PDF; use as a context manager or call close().

    Attributes:
        _canvas: the reportlab canvas (one PDF document).
        _setter: the text setter with this document's caches.
        _furniture: static page forms per letterhead.
        _unprintable: "raise" or "replace" (see content.prepare_letter).
        _titled: whether the PDF title is set (else the first letter's subject becomes the title).
        letters, pages: counts so far.
    """

    def __init__(self, out: Output, *, unprintable: str = "raise", title: str = "") -> None:
        fonts.register_fonts()
        target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
        self._canvas = Canvas(target, pagesize=A4, pageCompression=1,
                              initialFontName=fonts.REGULAR, initialFontSize=10)
        self._canvas.setCreator("crmdesk")
        self._titled = bool(title)
        if title:
            self._canvas.setTitle(title)
        self._setter = TextSetter(self._canvas)
        self._furniture = PageFurniture(self._canvas, self._setter)
        self._unprintable = unprintable
        self._closed = False
        self.letters = 0
        self.pages = 0

    def add(self, spec: LetterSpec) -> LetterReport:
        """Lay out and draw one letter on new pages; nothing is drawn if its text is unprintable."""
        content = prepare_letter(spec, unprintable=self._unprintable)
        if self.letters == 0 and not self._titled:
            self._canvas.setTitle(content.subject)
            self._titled = True
        furniture = self._furniture.for_letter(content)
        address = self._fit_address(content)
        body_top = _body_top(content)
        pages = paginate(build_flow(self._setter, content), *_capacities(content, furniture, body_top))
        notes = list(address.notes)
        if len(content.remarks) > 3:
            notes.append(f"only 3 of {len(content.remarks)} remarks fit the remark zone")
        name = content.recipient_name or recipient_display_name(address.lines, address.recipient_count)
        for number, lines in enumerate(pages, start=1):
            notes += self._draw_page(content, furniture, address, name, lines, number, len(pages), body_top)
        report = LetterReport(spec.recipient_key, self.pages + 1, len(pages), tuple(notes), content.problems)
        self.letters += 1
        self.pages += len(pages)
        return report

    def close(self) -> RenderSummary:
        """Finish the PDF and write it out."""
        if not self._closed:
            self._closed = True
            with fonts.use_binary_streams():
                self._canvas.save()
        return RenderSummary(self.letters, self.pages)

    def __enter__(self) -> LetterWriter:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.close()

    def _fit_address(self, content: LetterContent) -> FittedAddress:
        """The recipient block fitted to the address field of the letter's geometry."""
        g, setter = content.geometry, self._setter
        size = g.address_font_size
        return fit_address(
            content.recipient_lines, content.postal_lines, max_lines=g.address_max_lines,
            width=to_pt(g.address_text_width),
            measure=lambda text: setter.width(fonts.REGULAR, size, text),
            shorten=lambda text, width: setter.shorten(fonts.REGULAR, size, text, width),
        )

    def _draw_page(self, content: LetterContent, furniture: Furniture, address: FittedAddress, name: str,
                   lines: list[FlowLine], number: int, count: int, body_top: float) -> list[str]:
        """Draw one page of a letter; returns layout notes (first page only)."""
        canvas, notes = self._canvas, []
        if number == 1:
            canvas.doForm(furniture.first_page)
            draw_remark_zone(self._setter, content)
            draw_address(self._setter, content, address)
            notes = draw_info_block(self._setter, content)
            if count > 1:
                draw_first_page_number(self._setter, content, furniture.footer_top, count)
            top = body_top
        else:
            canvas.doForm(furniture.next_page)
            draw_next_header(canvas, self._setter, content, name, number, count)
            top = content.geometry.next_body_top
        self._draw_lines(content, lines, top)
        with fonts.use_binary_streams():
            canvas.showPage()
        return notes

    def _draw_lines(self, content: LetterContent, lines: list[FlowLine], top_mm: float) -> None:
        """Draw flow lines from *top_mm* downwards at the left margin."""
        x = to_pt(content.geometry.margin_left)
        y = y_pt(top_mm)
        for line in lines:
            if line.pieces:
                baseline = y - 0.5 * (line.height - line.size) - 0.8 * line.size
                self._setter.draw(x, baseline, line.size, line.pieces)
            y -= line.height


def _body_top(content: LetterContent) -> float:
    """Top of the subject (mm): two DIN blank lines below the address field or the info block."""
    g = content.geometry
    return max(g.subject_top, info_bottom(content) + g.subject_gap_lines * LINE)


def _capacities(content: LetterContent, furniture: Furniture, body_top: float) -> tuple[float, float]:
    """Usable running-text height (pt) on the first and on following pages."""
    bottom = furniture.footer_top - content.geometry.footer_gap - 5.0  # room for "Seite 1 von 2"
    return to_pt(bottom - body_top), to_pt(bottom - content.geometry.next_body_top)


def render_letter(spec: LetterSpec, out: Output, *, unprintable: str = "raise") -> LetterReport:
    """Render one letter into *out* (a path or a binary file object)."""
    with LetterWriter(out, unprintable=unprintable) as writer:
        return writer.add(spec)


def render_letters(
    specs: Iterable[LetterSpec],
    out: Output,
    *,
    unprintable: str = "raise",
    on_letter: Callable[[LetterReport], None] | None = None,
) -> RenderSummary:
    """Render many letters into ONE PDF, each starting on a new page with its own page numbering.

    *specs* is consumed lazily; *on_letter* receives each letter's report as it is drawn.
    """
    writer = LetterWriter(out, unprintable=unprintable)
    for spec in specs:
        report = writer.add(spec)
        if on_letter is not None:
            on_letter(report)
    return writer.close()
