"""The bundled DejaVu Sans faces: one-time registration with reportlab and glyph-coverage checks."""

from __future__ import annotations

import functools
import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FACES: tuple[str, ...] = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

# Characters the layout itself consumes (line structure), never printed as glyphs.
_LAYOUT_CHARS = frozenset("\n\r\t")

_lock = threading.Lock()
_a85_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """The repository's resources/fonts folder (computed here: letters may not import crmdesk.paths)."""
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def font_file(face: str) -> Path:
    """The TrueType file of *face*."""
    if face not in FACES:
        raise ValueError(f"unknown font face {face!r}")
    return fonts_dir() / f"{face}.ttf"


def register_fonts() -> None:
    """Register the four DejaVu faces and their family once per process (thread-safe, idempotent).

    Without registerFontFamily a Paragraph's <b> silently stays in the regular face
    (reliability-and-ecosystem.md §B4 gotcha 1); our own typesetter uses the face names directly.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for face in FACES:
            if face not in registered:
                pdfmetrics.registerFont(TTFont(face, str(font_file(face))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True


def face_for(bold: bool, italic: bool) -> str:
    """The face name for a bold/italic combination."""
    if bold:
        return BOLD_ITALIC if italic else BOLD
    return ITALIC if italic else REGULAR


@functools.cache
def charset(face: str = REGULAR) -> frozenset[str]:
    """Every character *face* can print, from the font's character map.

    Characters outside the Basic Multilingual Plane (most emoji, e.g. U+1F600) are left out even
    where DejaVu has a glyph: reportlab 5 writes their ToUnicode entries as 5-digit codes
    ("<1F600>"), so the PDF's text layer (copy, search, screen readers) would read U+1F60 "ὠ".
    Reporting them is better than printing a letter whose text says something else.
    """
    register_fonts()
    font = pdfmetrics.getFont(face)
    return frozenset(chr(code) for code in font.face.charToGlyph if code <= 0xFFFF)


def missing_glyphs(text: str, face: str = REGULAR) -> set[str]:
    """Characters of *text* that *face* cannot show (they would print as boxes); line breaks/tabs excluded."""
    return set(text) - charset(face) - _LAYOUT_CHARS


def use_binary_streams() -> _BinaryStreams:
    """Context manager: write compressed streams without ASCII85 while it is active.

    reportlab's ASCII85 encoder is pure Python here (no C accelerator in reportlab 5) and cost
    about 1 ms per page in our profile, half of a 1,000-letter batch. Binary Flate streams are
    equally valid PDF and about 20 % smaller. The switch is process-global in reportlab, so we
    only flip it around our own showPage()/save()/image calls and restore it afterwards.
    """
    return _BinaryStreams()


class _BinaryStreams:
    """Temporarily sets reportlab's rl_config.useA85 to 0 (re-entrant via a depth counter)."""

    _depth = 0
    _saved: int = 1

    def __enter__(self) -> None:
        with _a85_lock:
            if _BinaryStreams._depth == 0:
                _BinaryStreams._saved = rl_config.useA85
                rl_config.useA85 = 0
            _BinaryStreams._depth += 1

    def __exit__(self, *exc: object) -> None:
        with _a85_lock:
            _BinaryStreams._depth -= 1
            if _BinaryStreams._depth == 0:
                rl_config.useA85 = _BinaryStreams._saved
