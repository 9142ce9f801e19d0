"""Preflight: list, per field, every character of a letter that cannot be printed as it is.

Run it before printing (for a serial letter: over all specs, on the GUI side) and show the result;
the renderer enforces the same check (UnprintableTextError) so nothing prints as boxes unnoticed.
Kinds: ``unsupported`` (no glyph in DejaVu Sans), ``rtl`` (right-to-left script, which reportlab
cannot order or shape without a bidi engine) and ``control`` (stripped, only a warning).
"""

from __future__ import annotations

from crmdesk.letters.content import prepare_letter
from crmdesk.letters.fonts import missing_glyphs
from crmdesk.letters.spec import LetterSpec
from crmdesk.letters.textcheck import CONTROL, RTL, UNSUPPORTED, TextProblem, UnprintableTextError

__all__ = [
    "CONTROL", "RTL", "UNSUPPORTED", "TextProblem", "UnprintableTextError",
    "missing_glyphs", "preflight", "unprintable_by_field",
]


def preflight(spec: LetterSpec) -> list[TextProblem]:
    """Every problem of *spec*, per field, in the order the fields are printed."""
    return list(prepare_letter(spec, unprintable="replace").problems)


def unprintable_by_field(spec: LetterSpec) -> dict[str, set[str]]:
    """Field name → characters that cannot be printed (unsupported, right-to-left or control)."""
    result: dict[str, set[str]] = {}
    for problem in preflight(spec):
        result.setdefault(problem.field, set()).update(problem.chars)
    return result
