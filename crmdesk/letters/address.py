"""Fitting the recipient block into the address field: at most six lines, none wider than the field.

The rule, applied in this order (every change is reported in ``FittedAddress.notes``):

1. Blank lines are removed and runs of spaces collapsed (no blank lines in the block:
   ÖNORM A 1080:2007 5.1, titles-rules.md R-AT-1).
2. Postal lines (street, postcode + town, country) are never dropped: the letter must arrive.
   If they alone need more lines than the field leaves, the leading postal lines are joined with
   ", " (for example "c/o …" and the street).
3. While there are too many lines:
   a. an Anrede line on its own ("Herrn", "Frau", "Herrn Kommerzialrat": an Anrede word plus at
      most one more word) is merged into the following name line — DIN 5008 allows Frau/Herrn on
      the name line (titles-rules.md §0);
   b. then recipient lines are dropped from the end (position and department lines come after the
      name in the titles engine's order), keeping at least the first line.
4. A line wider than the field is abbreviated word by word (ABBREVIATIONS, e.g. "Straße" → "Str.",
   "Gesellschaft mit beschränkter Haftung" → "GmbH", "Kommerzialrat" → "KommR"), and if still too
   wide, cut at the field width with an ellipsis. Lines are never wrapped (that would add lines).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

ANREDE_WORDS = frozenset({"Herrn", "Herr", "Frau", "Familie", "Firma", "Eheleute", "Mr", "Mr.",
                          "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx."})

# (pattern, replacement), tried in order until the line fits. Word-bounded unless noted.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"Gesellschaft mit beschränkter Haftung", "GmbH"),
    (r"Aktiengesellschaft", "AG"),
    (r"Kommanditgesellschaft", "KG"),
    (r"(?<=\w)straße\b", "str."),  # Hauptstraße → Hauptstr.
    (r"(?<=\w)strasse\b", "str."),
    (r"Straße", "Str."),
    (r"Strasse", "Str."),
    (r"Kommerzialrätin", "KommRin"),
    (r"Kommerzialrat", "KommR"),  # KR/KommR (Wikipedia "Kommerzialrat", titles-rules.md R-AT-7)
    (r"Professorin", "Prof.in"),  # gendered abbreviation keeps the period (R-AT-5)
    (r"Professor", "Prof."),
    (r"Doktor", "Dr."),
    (r"Diplom-Ingenieur", "Dipl.-Ing."),
    (r"Abteilung", "Abt."),
    (r"Sankt", "St."),
    (r"Platz", "Pl."),
)
_COMPILED = tuple((re.compile(r"\b" + p if not p.startswith("(?<=") else p), r) for p, r in ABBREVIATIONS)
_SPACES = re.compile(r"\s+")

Measure = Callable[[str], float]
Shorten = Callable[[str, float], str]


@dataclass(frozen=True)
class FittedAddress:
    """The printed address lines, which of them came from the recipient part, and what was changed."""

    lines: tuple[str, ...]
    recipient_count: int  # the first lines that name the recipient
    notes: tuple[str, ...]


def fit_address(
    recipient_lines: Sequence[str],
    postal_lines: Sequence[str],
    *,
    max_lines: int,
    width: float,
    measure: Measure,
    shorten: Shorten,
) -> FittedAddress:
    """Apply the module's rule; *measure* gives a line's width, *shorten* cuts it with an ellipsis."""
    notes: list[str] = []
    recipient = [_tidy(line) for line in recipient_lines if line.strip()]
    postal = _fit_postal([_tidy(line) for line in postal_lines if line.strip()], max_lines - 1, notes)
    room = max(max_lines - len(postal), 1)
    recipient = _merge_anrede(recipient, room, notes)
    while len(recipient) > max(room, 1):
        notes.append(f"dropped {recipient[-1]!r} (more than {max_lines} address lines)")
        recipient.pop()
    lines = [_fit_width(line, width, measure, shorten, notes) for line in recipient + postal]
    return FittedAddress(tuple(lines), len(recipient), tuple(notes))


def _tidy(line: str) -> str:
    """Collapse whitespace and trim."""
    return _SPACES.sub(" ", line).strip()


def _fit_postal(postal: list[str], room: int, notes: list[str]) -> list[str]:
    """Join leading postal lines with ", " until they fit into *room* lines."""
    while len(postal) > max(room, 1):
        joined = f"{postal[0]}, {postal[1]}"
        notes.append(f"joined postal lines into {joined!r}")
        postal[:2] = [joined]
    return postal


def is_anrede_line(line: str) -> bool:
    """An Anrede on its own line, possibly with one title word ("Herrn", "Frau Hofrätin")."""
    words = line.split(" ")
    return words[0] in ANREDE_WORDS and len(words) <= 2


def _merge_anrede(recipient: list[str], room: int, notes: list[str]) -> list[str]:
    """Merge stand-alone Anrede lines into the following line while there are too many lines."""
    i = 0
    while len(recipient) > room and i < len(recipient) - 1:
        if is_anrede_line(recipient[i]):
            merged = f"{recipient[i]} {recipient[i + 1]}"
            notes.append(f"merged {recipient[i]!r} into the name line")
            recipient[i:i + 2] = [merged]
        i += 1
    return recipient


def _fit_width(line: str, width: float, measure: Measure, shorten: Shorten, notes: list[str]) -> str:
    """Abbreviate, then truncate with an ellipsis, until *line* fits *width*."""
    if measure(line) <= width:
        return line
    original = line
    for pattern, replacement in _COMPILED:
        line = pattern.sub(replacement, line)
        if measure(line) <= width:
            notes.append(f"abbreviated {original!r} to {line!r}")
            return line
    line = shorten(line, width)
    notes.append(f"shortened {original!r} to {line!r}")
    return line


def recipient_display_name(lines: Sequence[str], recipient_count: int) -> str:
    """The recipient's name for the page-2 header: the line after an Anrede line, else the first."""
    recipient = list(lines[:recipient_count])
    for i, line in enumerate(recipient):
        if is_anrede_line(line) and i + 1 < len(recipient):
            return f"{line} {recipient[i + 1]}"
        if line.split(" ")[0] in ANREDE_WORDS:
            return line
    return recipient[0] if recipient else ""
