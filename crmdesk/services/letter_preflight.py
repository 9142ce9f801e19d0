"""The pre-flight report of a serial letter: who cannot or should not get the letter, and why, before
anything is printed (crm-mechanics.md §3.3 "skip report").

Groups (a recipient may be in several):

=================  =====================================================================  ==========
key                who                                                                    default
=================  =====================================================================  ==========
no_address         no complete postal address (town and street or PO box)                 skipped
do_not_contact     marked "do not contact", or deceased                                   skipped
objection          objected to advertising, when the template is an advertising one       skipped
unprintable        text the font cannot print or right-to-left text (chars listed)        skipped
no_gender          gender not entered: the neutral greeting is used                       included
title_warnings     plausibility warnings of the titles engine                             included
language           the person's language differs from the template's                     included
text_cleaned       invisible control characters that are removed                          included
=================  =====================================================================  ==========

"no_address" cannot be included. Template errors (a stray brace, unknown placeholders, characters
the font cannot print in the template itself) stop the run before anything is printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from crmdesk.domain.letter_records import LetterRecipient, TemplateRecord
from crmdesk.domain.messages import joined
from crmdesk.letters.compose import (
    LetterJob, PreparedTemplate, compose_letter, composition_for, prepare_template, recipient_texts,
    text_needs_check,
)
from crmdesk.letters.legal import check_letterhead
from crmdesk.letters.markup import TemplateSyntaxError, UnknownPlaceholderError
from crmdesk.letters.preflight import preflight as text_problems
from crmdesk.services.letter_setup import as_letter_template

GROUP_ORDER = ("no_address", "do_not_contact", "objection", "unprintable", "no_gender", "title_warnings",
               "language", "text_cleaned")
INCLUDED_BY_DEFAULT = frozenset({"no_gender", "title_warnings", "language", "text_cleaned"})
FIXED = frozenset({"no_address"})  # never printed, whatever the choice
GROUP_TITLES = {
    "no_address": "without postal address", "do_not_contact": "do not contact / deceased",
    "objection": "objected to advertising", "unprintable": "with text the font cannot print",
    "no_gender": "without gender (neutral greeting)", "title_warnings": "with title or name warnings",
    "language": "with another language than the template", "text_cleaned": "with invisible characters removed",
}


@dataclass(frozen=True)
class ReportEntry:
    """One recipient in a group, with the reason in detail."""

    person_id: int
    name: str
    detail: str = ""


@dataclass(frozen=True)
class ReportGroup:
    """Recipients sharing one problem."""

    key: str
    entries: tuple[ReportEntry, ...]

    @property
    def count(self) -> int:
        """How many recipients the group holds."""
        return len(self.entries)

    @property
    def title(self) -> str:
        """An English description ("without postal address"); the UI has its own translations."""
        return GROUP_TITLES[self.key]

    @property
    def choosable(self) -> bool:
        """Whether the user may include the group (no_address never prints)."""
        return self.key not in FIXED


@dataclass(frozen=True)
class SerialChoices:
    """Which groups of the report are printed (True) or skipped (False)."""

    include_no_gender: bool = True
    include_title_warnings: bool = True
    include_language: bool = True
    include_text_cleaned: bool = True
    include_objections: bool = False
    include_do_not_contact: bool = False
    include_unprintable: bool = False  # printed with a visible "�" in place of each such character

    _FLAGS = {"no_gender": "include_no_gender", "title_warnings": "include_title_warnings",
              "language": "include_language", "text_cleaned": "include_text_cleaned",
              "objection": "include_objections", "do_not_contact": "include_do_not_contact",
              "unprintable": "include_unprintable"}

    def includes(self, group: str) -> bool:
        """True when recipients of *group* are printed."""
        flag = self._FLAGS.get(group)
        return bool(flag and getattr(self, flag))

    @classmethod
    def flag_for(cls, group: str) -> str | None:
        """The field name of *group*'s switch (None for groups that cannot be chosen)."""
        return cls._FLAGS.get(group)


@dataclass(frozen=True)
class PreflightReport:
    """Everything a serial-letter run needs, checked: template, job, recipients and the problem groups."""

    template: TemplateRecord
    job: LetterJob
    recipients: tuple[LetterRecipient, ...]
    groups: tuple[ReportGroup, ...]
    errors: tuple[str, ...] = ()  # nothing can be printed while there are errors
    unknown_placeholders: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # letterhead: missing legally required footer fields
    timings: dict[str, float] = field(default_factory=dict, repr=False, compare=False)  # seconds
    _membership: dict[int, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def group(self, key: str) -> ReportGroup:
        """The group called *key* (empty if nobody is in it)."""
        return next((g for g in self.groups if g.key == key), ReportGroup(key, ()))

    @property
    def can_print(self) -> bool:
        """No template error and at least one recipient."""
        return not self.errors

    def skip_reasons(self, choices: SerialChoices) -> dict[int, tuple[str, ...]]:
        """person id → the skipped groups that keep this recipient from getting the letter."""
        result = {}
        for pid, keys in self._membership.items():
            skipped = tuple(k for k in GROUP_ORDER if k in keys and (k in FIXED or not choices.includes(k)))
            if skipped:
                result[pid] = skipped
        return result

    def to_print(self, choices: SerialChoices) -> list[LetterRecipient]:
        """The recipients that get the letter under *choices*, in selection order."""
        skipped = self.skip_reasons(choices)
        return [r for r in self.recipients if r.person_id not in skipped]

    def summary(self, choices: SerialChoices, *, names: int = 3) -> list[str]:
        """Plain-text lines for the command line: one per non-empty group with the first few names."""
        lines = []
        for group in self.groups:
            verdict = "skipped" if group.key in FIXED or not choices.includes(group.key) else "included"
            shown = ", ".join(e.name for e in group.entries[:names])
            more = f" and {group.count - names} more" if group.count > names else ""
            lines.append(f"{group.count} {group.title} ({verdict}): {shown}{more}")
        return lines


def build_report(template: TemplateRecord, job: LetterJob, recipients: Iterable[LetterRecipient]) -> PreflightReport:
    """Check *template* and every recipient; see the module docstring for the groups."""
    people = tuple(recipients)
    errors: list[str] = []
    unknown: tuple[str, ...] = ()
    prepared: PreparedTemplate | None = None
    try:
        prepared = prepare_template(as_letter_template(template))
    except UnknownPlaceholderError as exc:
        unknown = tuple(exc.names)
        errors.append(f"The template uses {exc}.")
    except TemplateSyntaxError as exc:
        errors.append(f"The template has a syntax error: {exc}")
    if prepared is not None:
        errors += _template_text_errors(prepared, job)
    if not people:
        errors.append("No recipients are selected.")
    members: dict[str, list[ReportEntry]] = {key: [] for key in GROUP_ORDER}
    membership: dict[int, frozenset[str]] = {}
    language = prepared.language if prepared else template.language
    for recipient in people:
        found = _check_recipient(recipient, template, job, prepared, language)
        for key, detail in found:
            members[key].append(ReportEntry(recipient.person_id, recipient.label, detail))
        if found:
            membership[recipient.person_id] = frozenset(key for key, _ in found)
    groups = tuple(ReportGroup(key, tuple(members[key])) for key in GROUP_ORDER if members[key])
    return PreflightReport(template, job, people, groups, tuple(errors), unknown,
                           tuple(check_letterhead(job.letterhead, job.country)), _membership=membership)


def _template_text_errors(prepared: PreparedTemplate, job: LetterJob) -> list[str]:
    """Characters the font cannot print in the template or letterhead themselves (checked once,
    with an empty recipient, so every letter would be affected)."""
    blank = compose_letter(LetterRecipient(person_id=0), prepared, job).spec
    problems = [p for p in text_problems(blank) if p.blocking]
    return [f"The template or letterhead cannot be printed: {p.describe()}" for p in problems]


def _check_recipient(recipient: LetterRecipient, template: TemplateRecord, job: LetterJob,
                     prepared: PreparedTemplate | None, language: str) -> list[tuple[str, str]]:
    """(group key, detail) for every problem of one recipient."""
    found: list[tuple[str, str]] = []
    if recipient.address is None:
        found.append(("no_address", ""))
    if recipient.do_not_contact or recipient.status == "deceased":
        found.append(("do_not_contact", "deceased" if recipient.status == "deceased" else "do not contact"))
    if template.advertising and recipient.advertising_objection:
        found.append(("objection", ""))
    composition = composition_for(recipient, job, language)
    if recipient.gender not in ("m", "f", "d"):
        found.append(("no_gender", composition.salutation))
    warnings = [w for w, code in zip(composition.warnings, composition.warning_codes) if code != "missing_gender"]
    if warnings:
        found.append(("title_warnings", joined(warnings)))
    if (recipient.language or "de")[:2].lower() != language:
        found.append(("language", recipient.language))
    if prepared is not None:
        found += _text_findings(recipient, prepared, job)
    return found


def _text_findings(recipient: LetterRecipient, prepared: PreparedTemplate, job: LetterJob) -> list[tuple[str, str]]:
    """Unprintable or invisible characters in this recipient's letter (full check only when the
    recipient's own texts are not plain Latin)."""
    if not text_needs_check(recipient_texts(recipient, prepared.names)):
        return []
    spec = compose_letter(recipient, prepared, job).spec
    problems = text_problems(spec)
    blocking = [p.describe() for p in problems if p.blocking]
    cleaned = [p.describe() for p in problems if not p.blocking]
    found = []
    if blocking:
        found.append(("unprintable", "; ".join(blocking)))
    if cleaned:
        found.append(("text_cleaned", "; ".join(cleaned)))
    return found
