"""Letter geometry in millimetres: DIN 5008 form A and form B, plus the Austrian and Swiss presets.

All values are measured from the top-left corner of an A4 sheet (210 × 297 mm) and cite
titles-rules.md §6 ("Letter geometry"), which summarises DIN 5008 (2011/2020), ÖNORM A 1080
and SN 010130.

Where the presets differ, and why:

* **DE** – DIN 5008 as in the §6 table. Form B (letterhead 45 mm) is the default.
* **AT** – ÖNORM A 1080 (withdrawn 2018, still taught) gives no sheet coordinates; Austrian letters
  follow DIN 5008 and Austrian window envelopes are left-hand (§6 "ÖNORM A 1080"). The one
  dimension ÖNORM does give is the recipient block: at most 76 × 25 mm, six lines (ÖNORM A 1080:2007
  5.1). So the AT preset keeps DIN positions but limits the address text to 76 mm width and
  packs six lines into 25 mm (leading 25/6 ≈ 4.17 mm instead of DIN's 4.23 mm).
* **CH** – SN 010130 allows left or right windows, but the norm's sheet coordinates of the address
  field were not found (§6 "Switzerland"); the 108 mm right-window figure in §6 is arithmetic, not
  a norm value. The CH preset therefore uses the DIN left-window geometry, which Swiss Post accepts.
  Swiss differences are in wording (no ß, "Freundliche Grüsse", no salutation comma), see
  locale_text.py. A right-window CH preset needs measured envelopes first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from reportlab.lib.units import mm

PAGE_WIDTH = 210.0  # A4
PAGE_HEIGHT = 297.0
LINE = 4.23  # one DIN "line" at 12 pt leading (25.4 / 6), used for the DIN blank-line spacing


@dataclass(frozen=True)
class Geometry:
    """Positions and sizes (mm from the top-left) of every zone of a letter's first and next pages."""

    name: str
    letterhead_height: float  # top of the address field; A 27 mm, B 45 mm (§6 table, row 1)
    info_top: float  # information block top; A 32 mm, B 50 mm (sekretaria "Informationsblock")
    fold_marks: tuple[float, float]  # A 87/192 mm, B 105/210 mm (sprache-kompakt; deluxetuning)
    name_baseline: float  # company name in the letterhead zone (our design, not normed)
    logo_box: tuple[float, float]  # logo top and maximum height inside the letterhead zone
    address_left: float = 20.0  # address field 85 × 45 mm at 20 mm from the left edge (§6)
    address_width: float = 85.0
    address_height: float = 45.0
    remark_zone_height: float = 17.7  # return line + Zusatz-/Vermerkzone, filled bottom-up (§6)
    address_zone_height: float = 27.3  # Anschriftzone, 6 lines, filled top-down (§6)
    address_text_left: float = 25.0  # text starts on the 25 mm vanishing line (§6 "Return line")
    address_text_width: float = 78.0  # to 103 mm: 2 mm clear of the field's right edge (window play)
    address_max_lines: int = 6
    address_font_size: float = 10.0  # min 8 pt (§6); 10 pt sans-serif
    address_leading: float = LINE
    remark_font_size: float = 7.0  # return line: 8 pt recommended, min 6 pt (§6)
    info_left: float = 125.0  # information block 125 mm from the left (§6)
    info_right: float = 200.0  # ... to at most 10 mm from the right edge (≤ 75 mm wide)
    info_label_width: float = 22.0
    info_pitch: float = LINE
    logo_max_width: float = 70.0
    hole_mark: float = 148.5  # punch mark (§6)
    mark_x0: float = 4.0  # marks start inside the printable area of office printers
    fold_mark_length: float = 5.0
    hole_mark_length: float = 8.0  # longer than the fold marks so the two are told apart
    margin_left: float = 25.0  # left 25 mm, right 20 mm (sekretaria "Seitenrand")
    margin_right: float = 20.0
    subject_gap_lines: float = 2.0  # two blank lines after address field / info block (§6 last row)
    footer_bottom: float = 10.0  # lowest footer baseline area, above the printers' 5 mm border
    footer_font_size: float = 6.5
    footer_leading: float = 8.0  # pt
    footer_gap: float = 5.0  # mm between body and footer rule
    next_header_top: float = 12.0  # page 2+: short header (recipient, date, page)
    next_body_top: float = 25.0
    body_font_size: float = 10.0
    body_leading: float = 13.0  # pt

    @property
    def address_top(self) -> float:
        """Top of the 85 × 45 mm address field."""
        return self.letterhead_height

    @property
    def address_zone_top(self) -> float:
        """Top of the six-line Anschriftzone below the remark zone."""
        return self.address_top + self.remark_zone_height

    @property
    def text_right(self) -> float:
        """Right edge of body text (page width minus the right margin)."""
        return PAGE_WIDTH - self.margin_right

    @property
    def body_width(self) -> float:
        """Width of the body text column."""
        return self.text_right - self.margin_left

    @property
    def subject_top(self) -> float:
        """Earliest top of the subject line: address field bottom plus two DIN blank lines."""
        return self.address_top + self.address_height + self.subject_gap_lines * LINE


FORM_A = Geometry(
    name="DIN 5008 A", letterhead_height=27.0, info_top=32.0, fold_marks=(87.0, 192.0),
    name_baseline=11.0, logo_box=(5.0, 16.0),
)
FORM_B = Geometry(
    name="DIN 5008 B", letterhead_height=45.0, info_top=50.0, fold_marks=(105.0, 210.0),
    name_baseline=20.0, logo_box=(10.0, 25.0),
)

# ÖNORM A 1080:2007 5.1: recipient block at most 76 × 25 mm, six lines (see module docstring).
_AT_ADDRESS = {"address_text_width": 76.0, "address_leading": 25.0 / 6}


@functools.cache
def geometry_for(form: str, country: str) -> Geometry:
    """The geometry preset for DIN form "A" or "B" and a country (AT narrows the address block)."""
    if form not in ("A", "B"):
        raise ValueError(f"form must be 'A' or 'B', not {form!r}")
    base = FORM_A if form == "A" else FORM_B
    if (country or "").upper() == "AT":
        return replace(base, name=f"{base.name} (ÖNORM A 1080 address block)", **_AT_ADDRESS)
    return base


def to_pt(value_mm: float) -> float:
    """Millimetres to PDF points."""
    return value_mm * mm


def y_pt(top_mm: float) -> float:
    """A distance from the top edge in mm as a PDF y coordinate (origin bottom-left)."""
    return (PAGE_HEIGHT - top_mm) * mm
