"""The fixed parts of a letter's pages: letterhead, marks, footer, address zone, info block, headers.

Letterhead, fold/hole marks and footer are identical on every letter of a document, so each is
drawn once as a PDF form XObject and placed on each page with doForm (fast, and the logo and
footer text are stored once per PDF, not once per page).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from crmdesk.letters import fonts
from crmdesk.letters.address import FittedAddress
from crmdesk.letters.content import LetterContent
from crmdesk.letters.layout import PAGE_HEIGHT, Geometry, to_pt, y_pt
from crmdesk.letters.legal import footer_columns
from crmdesk.letters.locale_text import Conventions, page_label
from crmdesk.letters.spec import Letterhead
from crmdesk.letters.typeset import TextSetter

GREY = 0.35
HAIRLINE = 0.4  # pt
MARK_WIDTH = 0.5  # pt
_COLUMN_GAP = 4.0  # mm between footer columns
_CONTACT_SIZE = 8.0
_INFO_LABEL_SIZE = 7.0
_INFO_VALUE_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
_HEADER_SIZE = 8.0
_PAGE_NUMBER_SIZE = 8.0


class LetterError(RuntimeError):
    """A letter cannot be drawn (for example an unreadable logo file)."""


@dataclass(frozen=True)
class Furniture:
    """Names of the two page forms of one letterhead and where its footer begins (mm from the top)."""

    first_page: str
    next_page: str
    footer_top: float


class PageFurniture:
    """Creates and remembers the static page forms of a document, one set per letterhead and style.

    Attributes:
        _canvas, _setter: where the forms are drawn.
        _cache: (letterhead, geometry, conventions key) → Furniture.
    """

    def __init__(self, canvas: Canvas, setter: TextSetter) -> None:
        self._canvas = canvas
        self._setter = setter
        self._cache: dict[tuple[object, ...], Furniture] = {}

    def for_letter(self, content: LetterContent) -> Furniture:
        """The furniture for *content*'s letterhead, geometry and language."""
        key = (content.letterhead, content.geometry, content.conv.language, content.conv.country)
        furniture = self._cache.get(key)
        if furniture is None:
            furniture = self._cache[key] = self._create(content, f"lh{len(self._cache)}")
        return furniture

    def _create(self, content: LetterContent, name: str) -> Furniture:
        """Draw the first-page and next-page forms."""
        geometry, canvas = content.geometry, self._canvas
        columns, footer_top = _footer_layout(self._setter, content.letterhead, content.conv, geometry)
        canvas.beginForm(f"{name}a")
        _draw_letterhead(canvas, self._setter, content.letterhead, geometry)
        _draw_marks(canvas, geometry, fold=True)
        _draw_footer(canvas, self._setter, geometry, columns, footer_top)
        canvas.endForm()
        canvas.beginForm(f"{name}b")
        _draw_marks(canvas, geometry, fold=False)
        _draw_footer(canvas, self._setter, geometry, columns, footer_top)
        canvas.endForm()
        return Furniture(f"{name}a", f"{name}b", footer_top)


# --- letterhead zone ----------------------------------------------------------------------------


def _draw_letterhead(canvas: Canvas, setter: TextSetter, letterhead: Letterhead, geometry: Geometry) -> None:
    """Logo (right), company name and one or two contact lines (left) inside the letterhead zone."""
    text_right = geometry.text_right
    if letterhead.logo_path:
        text_right = _draw_logo(canvas, letterhead.logo_path, geometry) - 5.0
    width = to_pt(text_right - geometry.margin_left)
    name, size = setter.fit_size(fonts.BOLD, letterhead.company_name, width, (16.0, 14.0, 12.0, 10.0))
    x = to_pt(geometry.margin_left)
    setter.draw_text(x, y_pt(geometry.name_baseline), fonts.BOLD, size, name)
    items = [p for p in (*letterhead.address_lines, letterhead.phone, letterhead.email, letterhead.web) if p]
    lines = _join_fitting(setter, items, width)
    if len(lines) > 2:
        lines = [lines[0], setter.shorten(fonts.REGULAR, _CONTACT_SIZE, " · ".join(lines[1:]), width)]
    for i, line in enumerate(lines):
        setter.draw_text(x, y_pt(geometry.name_baseline + 5.5 + 3.8 * i), fonts.REGULAR, _CONTACT_SIZE, line)


def _join_fitting(setter: TextSetter, items: list[str], width: float) -> list[str]:
    """Join contact items with " · ", breaking lines only between items (long items are cut)."""
    lines: list[str] = []
    for item in items:
        candidate = f"{lines[-1]} · {item}" if lines else item
        if lines and setter.width(fonts.REGULAR, _CONTACT_SIZE, candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(setter.shorten(fonts.REGULAR, _CONTACT_SIZE, item, width))
    return lines


def _draw_logo(canvas: Canvas, path: str, geometry: Geometry) -> float:
    """Draw the logo right-aligned in the letterhead zone, keeping its aspect ratio; returns its left edge."""
    try:
        image = ImageReader(path)
        pixel_width, pixel_height = image.getSize()
    except Exception as exc:  # reportlab/PIL raise many kinds for unreadable images
        raise LetterError(f"cannot read logo {path!r}: {exc}") from exc
    top, max_height = geometry.logo_box
    scale = min(max_height / pixel_height, geometry.logo_max_width / pixel_width)
    width, height = pixel_width * scale, pixel_height * scale
    left = geometry.text_right - width
    with fonts.use_binary_streams():
        canvas.drawImage(image, to_pt(left), y_pt(top + height), to_pt(width), to_pt(height), mask="auto")
    return left


def _draw_marks(canvas: Canvas, geometry: Geometry, *, fold: bool) -> None:
    """Fold marks (first page only) and the punch mark at the left edge."""
    canvas.setLineWidth(MARK_WIDTH)
    canvas.setStrokeGray(GREY)
    x0 = to_pt(geometry.mark_x0)
    if fold:
        for top in geometry.fold_marks:
            canvas.line(x0, y_pt(top), x0 + to_pt(geometry.fold_mark_length), y_pt(top))
    hole = y_pt(geometry.hole_mark)
    canvas.line(x0, hole, x0 + to_pt(geometry.hole_mark_length), hole)
    canvas.setStrokeGray(0)


# --- footer ---------------------------------------------------------------------------------------


def _footer_layout(setter: TextSetter, letterhead: Letterhead, conv: Conventions,
                   geometry: Geometry) -> tuple[list[tuple[float, list[str]]], float]:
    """Footer columns as (x in mm, wrapped lines) and the footer's top edge in mm."""
    size = geometry.footer_font_size
    columns = footer_columns(letterhead, conv)
    if not columns:
        return [], PAGE_HEIGHT - geometry.footer_bottom
    widths = _column_widths(setter, size, columns, geometry.body_width)
    placed: list[tuple[float, list[str]]] = []
    x = geometry.margin_left
    for column, width in zip(columns, widths):
        lines = [wrapped for line in column for wrapped in setter.wrap_text(fonts.REGULAR, size, line, to_pt(width))]
        placed.append((x, lines))
        x += width + _COLUMN_GAP
    rows = max(len(lines) for _, lines in placed)
    top = PAGE_HEIGHT - geometry.footer_bottom - rows * geometry.footer_leading / to_pt(1.0)
    return placed, top


def _column_widths(setter: TextSetter, size: float, columns: list[list[str]], total: float) -> list[float]:
    """Column widths (mm): natural widths when they fit, else the widest columns are capped at a
    common level so that only they wrap (narrow columns such as the bank details stay intact)."""
    natural = [max(setter.width(fonts.REGULAR, size, line) for line in column) / to_pt(1.0) for column in columns]
    room = total - _COLUMN_GAP * (len(columns) - 1)
    if sum(natural) <= room:
        spare = (room - sum(natural)) / len(columns)
        return [w + spare for w in natural]
    level = _water_level(natural, room)
    return [min(w, level) for w in natural]


def _water_level(widths: list[float], room: float) -> float:
    """The cap L with sum(min(w, L)) == room."""
    remaining, rest = room, sorted(widths)
    for i, w in enumerate(rest):
        share = remaining / (len(rest) - i)
        if w >= share:
            return share
        remaining -= w
    return max(rest)


def _draw_footer(canvas: Canvas, setter: TextSetter, geometry: Geometry,
                 columns: list[tuple[float, list[str]]], top: float) -> None:
    """A hairline and the footer columns in grey."""
    if not columns:
        return
    canvas.setLineWidth(HAIRLINE)
    canvas.setStrokeGray(GREY)
    rule = y_pt(top - 2.0)
    canvas.line(to_pt(geometry.margin_left), rule, to_pt(geometry.text_right), rule)
    canvas.setFillGray(GREY)
    size, leading = geometry.footer_font_size, geometry.footer_leading
    for x, lines in columns:
        for i, line in enumerate(lines):
            setter.draw_text(to_pt(x), y_pt(top) - size - i * leading, fonts.REGULAR, size, line)
    canvas.setFillGray(0)
    canvas.setStrokeGray(0)


# --- per-letter zones -----------------------------------------------------------------------------


def draw_remark_zone(setter: TextSetter, content: LetterContent) -> None:
    """Return line and remarks, filled bottom-up in the 17.7 mm zone above the address (DIN 5008)."""
    g = content.geometry
    width = to_pt(g.address_text_width)
    rows: list[tuple[str, float]] = []
    if content.return_line:
        rows.append(setter.fit_size(fonts.REGULAR, content.return_line, width, (g.remark_font_size, 6.0)))
    rows += [(setter.shorten(fonts.REGULAR, 8.0, r, width), 8.0) for r in content.remarks[:3]]
    pitch = g.remark_zone_height / 5
    bottom = g.address_zone_top - 1.2
    for i, (text, size) in enumerate(reversed(rows)):
        setter.draw_text(to_pt(g.address_text_left), y_pt(bottom - i * pitch), fonts.REGULAR, size, text)


def draw_address(setter: TextSetter, content: LetterContent, address: FittedAddress) -> None:
    """The recipient block, top-down in the six-line Anschriftzone."""
    g = content.geometry
    first = g.address_zone_top + 3.2
    for i, line in enumerate(address.lines):
        setter.draw_text(to_pt(g.address_text_left), y_pt(first + i * g.address_leading),
                         fonts.REGULAR, g.address_font_size, line)


def info_bottom(content: LetterContent) -> float:
    """Bottom edge (mm) of the information block."""
    g = content.geometry
    return g.info_top + len(content.info) * g.info_pitch


def draw_info_block(setter: TextSetter, content: LetterContent) -> list[str]:
    """Labels and values at 125 mm; values shrink to 7 pt, then get an ellipsis. Returns notes."""
    g = content.geometry
    label_x, value_x = to_pt(g.info_left), to_pt(g.info_left + g.info_label_width)
    label_width = to_pt(g.info_label_width - 1.0)
    value_width = to_pt(g.info_right - g.info_left - g.info_label_width)
    notes = []
    for i, (label, value) in enumerate(content.info):
        y = y_pt(g.info_top + 3.0 + i * g.info_pitch)
        setter.draw_text(label_x, y, fonts.REGULAR, _INFO_LABEL_SIZE,
                         setter.shorten(fonts.REGULAR, _INFO_LABEL_SIZE, label, label_width))
        text, size = setter.fit_size(fonts.REGULAR, value, value_width, _INFO_VALUE_SIZES)
        if text != value:
            notes.append(f"shortened {label} {value!r} to {text!r}")
        setter.draw_text(value_x, y, fonts.REGULAR, size, text)
    return notes


def draw_next_header(canvas: Canvas, setter: TextSetter, content: LetterContent, name: str,
                     page: int, pages: int) -> None:
    """Page 2+: recipient and date left, "Seite x von y" right, a hairline below."""
    g = content.geometry
    y = y_pt(g.next_header_top)
    label = page_label(content.conv.language, page, pages)
    right = to_pt(g.text_right)
    left_width = right - to_pt(g.margin_left) - setter.width(fonts.REGULAR, _HEADER_SIZE, label) - 12
    left = " · ".join(part for part in (name, content.date_text) if part)
    setter.draw_text(to_pt(g.margin_left), y, fonts.REGULAR, _HEADER_SIZE,
                     setter.shorten(fonts.REGULAR, _HEADER_SIZE, left, left_width))
    setter.draw_right(right, y, fonts.REGULAR, _HEADER_SIZE, label)
    canvas.setLineWidth(HAIRLINE)
    canvas.setStrokeGray(GREY)
    canvas.line(to_pt(g.margin_left), y - 4, right, y - 4)
    canvas.setStrokeGray(0)


def draw_first_page_number(setter: TextSetter, content: LetterContent, footer_top: float, pages: int) -> None:
    """ "Seite 1 von n" right-aligned above the footer of a multi-page letter's first page."""
    g = content.geometry
    label = page_label(content.conv.language, 1, pages)
    setter.draw_right(to_pt(g.text_right), y_pt(footer_top - 4.0), fonts.REGULAR, _PAGE_NUMBER_SIZE, label)
