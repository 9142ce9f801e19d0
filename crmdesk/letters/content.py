"""Resolving a LetterSpec into the exact texts that get printed: cleaned, defaulted and localised.

This is the step where unprintable text is caught: with ``unprintable="raise"`` a letter with
characters the font cannot show (or right-to-left text) raises UnprintableTextError before any
of it is drawn; with ``"replace"`` those characters print as U+FFFD and are reported.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from crmdesk.letters import fonts
from crmdesk.letters.layout import Geometry, geometry_for
from crmdesk.letters.locale_text import (
    Conventions, conventions, default_closing, enclosure_heading, format_date, swiss_spelling,
)
from crmdesk.letters.markup import Paragraph, Run
from crmdesk.letters.textcheck import (
    TextProblem, UnprintableTextError, check_body, check_plain, replace_chars,
)
from crmdesk.letters.spec import Letterhead, LetterSpec

UNPRINTABLE_POLICIES = ("raise", "replace")
_TEXT_FIELDS = ("subject", "salutation", "closing", "signature_function", "enclosures", "remarks")
_NAME_FIELDS = ("recipient_lines", "postal_lines", "return_line", "signature_name", "recipient_name")


@dataclass(frozen=True)
class LetterContent:
    """The printable texts of one letter (all cleaned), with the problems found on the way."""

    spec: LetterSpec
    conv: Conventions
    geometry: Geometry
    letterhead: Letterhead
    recipient_lines: tuple[str, ...]
    postal_lines: tuple[str, ...]
    return_line: str
    remarks: tuple[str, ...]
    info: tuple[tuple[str, str], ...]  # (label, value); ("", "") is a blank line
    date_text: str
    subject: str
    salutation_line: str
    paragraphs: tuple[Paragraph, ...]
    closing: str
    signature_name: str
    signature_function: str
    enclosure_heading: str
    enclosures: tuple[str, ...]
    recipient_name: str
    problems: tuple[TextProblem, ...]


class _Cleaner:
    """Cleans fields one by one, collecting problems and applying the replacement policy."""

    def __init__(self, replace: bool, eszett_fields: frozenset[str]) -> None:
        self.replace = replace
        self.eszett_fields = eszett_fields
        self.problems: list[TextProblem] = []

    def text(self, field: str, value: str, face: str = fonts.REGULAR, group: str = "") -> str:
        """One single-line field, cleaned (and Swiss-spelled when its group asks for it)."""
        if not value:
            return ""
        if (group or field) in self.eszett_fields:
            value = swiss_spelling(value)
        cleaned, problems = check_plain(field, value, face)
        return self._apply(cleaned, problems)

    def lines(self, field: str, values: tuple[str, ...]) -> tuple[str, ...]:
        """A tuple field, line by line."""
        return tuple(self.text(f"{field}[{i}]", v, group=field) for i, v in enumerate(values))

    def body(self, value: str) -> tuple[Paragraph, ...]:
        """The body, parsed; unprintable characters replaced per run when asked to."""
        if "body" in self.eszett_fields:
            value = swiss_spelling(value)
        paragraphs, problems = check_body(value)
        self.problems.extend(problems)
        bad = _blocking_chars(problems)
        if bad and self.replace:
            paragraphs = tuple(tuple(tuple(Run(replace_chars(r.text, bad), r.bold, r.italic) for r in line)
                                     for line in p) for p in paragraphs)
        return paragraphs

    def _apply(self, cleaned: str, problems: list[TextProblem]) -> str:
        """Record problems; replace blocking characters when the policy says so."""
        if problems:
            self.problems.extend(problems)
            if self.replace:
                cleaned = replace_chars(cleaned, _blocking_chars(problems))
        return cleaned


def _blocking_chars(problems: list[TextProblem]) -> frozenset[str]:
    """Characters of blocking problems."""
    return frozenset(ch for p in problems if p.blocking for ch in p.chars)


def _eszett_fields(spec: LetterSpec, conv: Conventions) -> frozenset[str]:
    """Which fields get ß → ss (R-CH-3): "auto" means running text in Swiss letters only."""
    policy = spec.eszett
    if policy == "auto":
        policy = "text" if conv.swiss_orthography else "none"
    if policy == "none":
        return frozenset()
    fields = frozenset(_TEXT_FIELDS) | {"body"}
    return fields | frozenset(_NAME_FIELDS) if policy == "all" else fields


def prepare_letter(spec: LetterSpec, *, unprintable: str = "raise") -> LetterContent:
    """Resolve *spec* into printable content; raises UnprintableTextError under the "raise" policy."""
    if unprintable not in UNPRINTABLE_POLICIES:
        raise ValueError(f"unprintable must be one of {UNPRINTABLE_POLICIES}")
    conv = conventions(spec.language, spec.country)
    clean = _Cleaner(unprintable == "replace", _eszett_fields(spec, conv))
    letterhead, letterhead_problems = _clean_letterhead(spec.letterhead, unprintable == "replace")
    clean.problems.extend(letterhead_problems)
    content = _build(spec, conv, clean, letterhead)
    if unprintable == "raise" and any(p.blocking for p in content.problems):
        raise UnprintableTextError(tuple(content.problems))
    return content


def _build(spec: LetterSpec, conv: Conventions, clean: _Cleaner, letterhead: Letterhead) -> LetterContent:
    """Assemble the content; every text passes through the cleaner."""
    salutation = clean.text("salutation", spec.salutation)
    punctuation = conv.salutation_punctuation if spec.salutation_punctuation is None else spec.salutation_punctuation
    closing = default_closing(conv.language, conv.country, spec.salutation) if spec.closing is None else spec.closing
    date_text = format_date(spec.date, spec.language, spec.country)
    enclosures = clean.lines("enclosures", spec.enclosures)
    paragraphs = clean.body(spec.body)
    return LetterContent(
        spec=spec, conv=conv, geometry=geometry_for(spec.form, spec.country), letterhead=letterhead,
        recipient_lines=clean.lines("recipient_lines", spec.recipient_lines),
        postal_lines=clean.lines("postal_lines", spec.postal_lines),
        return_line=clean.text("return_line", spec.return_line),
        remarks=clean.lines("remarks", spec.remarks),
        info=_info(spec, conv, clean, date_text),
        date_text=date_text,
        subject=clean.text("subject", spec.subject, fonts.BOLD),
        salutation_line=salutation + clean.text("salutation_punctuation", punctuation) if salutation else "",
        paragraphs=paragraphs,
        closing=clean.text("closing", closing),
        signature_name=clean.text("signature_name", spec.signature_name or spec.sender.name),
        signature_function=clean.text("signature_function", spec.signature_function or spec.sender.function),
        enclosure_heading=enclosure_heading(conv.language, conv.country, len(enclosures)) if enclosures else "",
        enclosures=enclosures,
        recipient_name=clean.text("recipient_name", spec.recipient_name),
        problems=tuple(clean.problems),
    )


def _info(spec: LetterSpec, conv: Conventions, clean: _Cleaner, date_text: str) -> tuple[tuple[str, str], ...]:
    """Information block rows (DIN 5008: references, contact person, then the date last)."""
    labels = conv.info_labels
    rows = [
        ("your_reference", clean.text("your_reference", spec.your_reference)),
        ("our_reference", clean.text("our_reference", spec.our_reference or spec.sender.reference)),
        ("name", clean.text("sender.name", spec.sender.name)),
        ("phone", clean.text("sender.phone", spec.sender.phone)),
        ("email", clean.text("sender.email", spec.sender.email)),
    ]
    info = [(labels[key], value) for key, value in rows if value]
    if info:
        info.append(("", ""))
    info.append((labels["date"], date_text))
    return tuple(info)


@functools.lru_cache(maxsize=32)
def _clean_letterhead(letterhead: Letterhead, replace: bool) -> tuple[Letterhead, tuple[TextProblem, ...]]:
    """The letterhead with every text field cleaned (cached: a batch shares one letterhead)."""
    clean = _Cleaner(replace, frozenset())
    changes: dict[str, object] = {}
    for f in dataclasses.fields(letterhead):
        value = getattr(letterhead, f.name)
        if f.name == "logo_path" or value is None:
            continue
        field = f"letterhead.{f.name}"
        if isinstance(value, tuple):
            changes[f.name] = tuple(clean.text(f"{field}[{i}]", v) for i, v in enumerate(value))
        else:
            face = fonts.BOLD if f.name == "company_name" else fonts.REGULAR
            changes[f.name] = clean.text(field, value, face)
    return dataclasses.replace(letterhead, **changes), tuple(clean.problems)
