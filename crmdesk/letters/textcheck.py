"""Character-level checks and cleaning of text before printing (used by content.py and preflight.py).

Three kinds of problems are reported per field:

* ``unsupported`` – the font has no glyph (it would print as a box). Blocks printing unless the
  caller asks for replacement (U+FFFD, visibly marked).
* ``rtl`` – right-to-left script (Hebrew, Arabic). DejaVu has glyphs, but reportlab without a
  shaping/bidi engine would print the letters in the wrong order, unjoined. Blocks like unsupported.
* ``control`` – control and invisible format characters (C0/C1 controls, bidi overrides, zero-width
  characters, variation selectors, lone surrogates). They are stripped; a warning, not a block.

Silent normalisation (not reported): CR/LF → LF, NFC composition, tabs and exotic spaces → space.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from crmdesk.letters import fonts
from crmdesk.letters.markup import Paragraph, Run, parse_markup

UNSUPPORTED = "unsupported"
RTL = "rtl"
CONTROL = "control"
REPLACEMENT = "\ufffd"

_OK, _STRIP, _SPACE, _RTL, _NEWLINE = range(5)
_RTL_CLASSES = frozenset({"R", "AL", "AN"})
_KEEP_SPACES = frozenset("\u00a0\u202f")  # no-break spaces keep their meaning


@dataclass(frozen=True)
class TextProblem:
    """Characters of one field that cannot be printed as they are."""

    field: str  # "subject", "body", "recipient_lines[2]", "letterhead.company_name", ...
    kind: str  # UNSUPPORTED, RTL or CONTROL
    chars: tuple[str, ...]

    @property
    def blocking(self) -> bool:
        """True when the letter cannot be printed faithfully (control characters are only stripped)."""
        return self.kind != CONTROL

    def describe(self) -> str:
        """A one-line human-readable description, e.g. "body: no glyph for U+1F984 (🦄)"."""
        what = {
            UNSUPPORTED: "no glyph in the font for",
            RTL: "right-to-left text not supported:",
            CONTROL: "control characters removed:",
        }[self.kind]
        shown = ", ".join(_show(ch) for ch in self.chars)
        return f"{self.field}: {what} {shown}"


class UnprintableTextError(ValueError):
    """A letter contains text the font cannot print; ``problems`` lists them per field."""

    def __init__(self, problems: tuple[TextProblem, ...]) -> None:
        super().__init__("; ".join(p.describe() for p in problems))
        self.problems = problems


def _show(ch: str) -> str:
    """U+XXXX plus the character itself when it is visible."""
    visible = unicodedata.category(ch)[0] not in "CZ"
    return f"U+{ord(ch):04X}" + (f" ({ch})" if visible else "")


@functools.lru_cache(maxsize=65536)
def _classify(ch: str) -> int:
    """How a character is treated before printing (cached: letters reuse few distinct characters)."""
    if ch == "\n":
        return _NEWLINE
    if ch == "\t":
        return _SPACE
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf", "Cs") or 0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF:
        return _STRIP
    if category in ("Zl", "Zp"):
        return _NEWLINE
    if category == "Zs" and ch not in _KEEP_SPACES:
        return _SPACE if ch != " " else _OK
    if unicodedata.bidirectional(ch) in _RTL_CLASSES:
        return _RTL
    return _OK


def clean_text(text: str, *, multiline: bool = False) -> tuple[str, frozenset[str], frozenset[str]]:
    """Normalise *text* for printing: returns (text, stripped control chars, right-to-left chars).

    Line breaks survive only in multi-line fields; elsewhere they become spaces and are reported.
    RTL characters are returned for reporting but left in the text (the caller decides).
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    special = {ch: c for ch in set(text) if (c := _classify(ch)) != _OK}
    if not special or (multiline and special.keys() == {"\n"}):
        return text, frozenset(), frozenset()
    stripped = {ch for ch, c in special.items() if c == _STRIP}
    rtl = frozenset(ch for ch, c in special.items() if c == _RTL)
    if not multiline:
        stripped |= {ch for ch, c in special.items() if c == _NEWLINE and ch != "\n"}
        if "\n" in special:
            stripped.add("\n")
    table = {ord(ch): _replacement(c, multiline) for ch, c in special.items() if c != _RTL}
    return text.translate(table), frozenset(stripped), rtl


def _replacement(cls: int, multiline: bool) -> str:
    """What a non-plain character class becomes in printable text."""
    if cls == _STRIP:
        return ""
    if cls == _SPACE:
        return " "
    return "\n" if multiline else " "  # _NEWLINE


def replace_chars(text: str, bad: frozenset[str] | set[str]) -> str:
    """Replace every character in *bad* by U+FFFD, the visible replacement marker."""
    if not bad:
        return text
    return "".join(REPLACEMENT if ch in bad else ch for ch in text)


@functools.cache
def _plain_chars(face: str) -> frozenset[str]:
    """Characters that *face* prints and that need no cleaning: the fast path of the checks."""
    return frozenset(ch for ch in fonts.charset(face) if _classify(ch) == _OK)


@functools.cache
def _plain_in_all_faces() -> frozenset[str]:
    """Characters every face prints unchanged (so a body needs no per-run check), plus line breaks."""
    return frozenset.intersection(*(_plain_chars(face) for face in fonts.FACES)) | {"\n"}


def _already_clean(text: str, allowed: frozenset[str]) -> str | None:
    """*text* (NFC) when every character is in *allowed*, else None. Most fields take this path."""
    if text.isascii():
        return text if text.isprintable() and "\r" not in text and "\t" not in text else None
    if not unicodedata.is_normalized("NFC", text):
        return None
    return text if allowed.issuperset(text) else None


def check_plain(field: str, text: str, face: str) -> tuple[str, list[TextProblem]]:
    """Clean one single-line field; returns the cleaned text and its problems."""
    fast = _already_clean(text, _plain_chars(face))
    if fast is not None:
        return fast, []
    cleaned, stripped, rtl = clean_text(text)
    return cleaned, _problems(field, stripped, rtl, fonts.missing_glyphs(cleaned, face) - rtl)


def check_body(text: str) -> tuple[tuple[Paragraph, ...], list[TextProblem]]:
    """Clean and parse the body; each run is checked against the face it prints in."""
    fast = _already_clean(text.replace("\n", " "), _plain_in_all_faces())
    if fast is not None:
        return parse_markup(text), []
    cleaned, stripped, rtl = clean_text(text, multiline=True)
    paragraphs = parse_markup(cleaned)
    missing: set[str] = set()
    for run in _runs(paragraphs):
        missing |= fonts.missing_glyphs(run.text, fonts.face_for(run.bold, run.italic))
    return paragraphs, _problems("body", stripped, rtl, missing - rtl)


def _runs(paragraphs: tuple[Paragraph, ...]) -> Iterator[Run]:
    """Every run of every line of every paragraph."""
    for paragraph in paragraphs:
        for line in paragraph:
            yield from line


def _problems(field: str, stripped: frozenset[str], rtl: frozenset[str], missing: set[str]) -> list[TextProblem]:
    """Problem records for one field (sorted characters, empty kinds omitted)."""
    found = []
    for kind, chars in ((UNSUPPORTED, missing), (RTL, rtl), (CONTROL, stripped)):
        if chars:
            found.append(TextProblem(field, kind, tuple(sorted(chars))))
    return found
