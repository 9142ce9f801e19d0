"""Single letters: a draft for the letter dialog, a PDF preview, and `make_letter` which prints one letter
to a file and records it (Letter row, and an outbound "letter" interaction unless switched off).

Everyone who may write letters ("letter.single", apprentices too) can do this; the file is written
to a temporary name and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from crmdesk.domain.letter_records import LetterRecipient, TemplateRecord
from crmdesk.letters.batch import render_batch
from crmdesk.letters.compose import ComposedLetter, LetterJob, compose_letter, prepare_template
from crmdesk.letters.markup import TemplateSyntaxError, UnknownPlaceholderError
from crmdesk.letters.render import render_letter
from crmdesk.letters.textcheck import UnprintableTextError
from crmdesk.ops.base import Actor, NotFound, ValidationError, require
from crmdesk.ops.letters import LetterEntry, record_letters
from crmdesk.queries import letters as letter_queries
from crmdesk.services.letter_setup import (
    as_letter_template, default_templates, load_job, log_interactions_default, resolve_template,
)


@dataclass(frozen=True)
class SingleResult:
    """A printed and recorded single letter."""

    path: Path
    letter_id: int
    interaction_id: int | None
    pages: int
    notes: tuple[str, ...] = ()  # address lines shortened, characters replaced
    warnings: tuple[str, ...] = ()  # titles-engine warnings


@dataclass(frozen=True)
class LetterDraft:
    """What the letter dialog needs, loaded once: the recipient, the run settings and the templates."""

    recipient: LetterRecipient
    job: LetterJob
    templates: tuple[TemplateRecord, ...]  # stored ones first, then the built-in ones not shadowed by name
    template: TemplateRecord  # the one to start with
    log_interactions: bool


@dataclass(frozen=True)
class PreviewResult:
    """A rendered preview, or why there is none."""

    data: bytes | None
    pages: int = 0
    problems: tuple[str, ...] = ()  # characters replaced by "�"
    notes: tuple[str, ...] = ()  # address fitting notes
    warnings: tuple[str, ...] = ()  # titles engine
    error: str = ""  # template error: nothing rendered


def load_recipient(person_id: int) -> LetterRecipient:
    """The person as a letter recipient; NotFound if there is none (or it is deleted)."""
    found = letter_queries.recipients([person_id])
    if not found:
        raise NotFound(f"person {person_id} does not exist.")
    return found[0]


def letter_draft(person_id: int, *, actor: Actor, form: str | None = None, date: dt.date | None = None) -> LetterDraft:
    """Recipient, settings and templates for the letter dialog (the person's language picks the start template)."""
    require(actor, "letter.single")
    recipient = load_recipient(person_id)
    stored = tuple(letter_queries.templates())
    names = {t.name for t in stored}
    choices = stored + tuple(t for t in default_templates() if t.name not in names)
    language = (recipient.language or "de")[:2]
    start = next((t for t in stored if t.language == language), None) or resolve_template(None, language=language)
    return LetterDraft(recipient, load_job(actor, form=form, date=date), choices, start, log_interactions_default())


def compose_single(recipient: LetterRecipient, template: TemplateRecord, job: LetterJob, *,
                   subject: str | None = None, body: str | None = None) -> ComposedLetter:
    """The letter for one recipient; ValidationError naming unknown placeholders or a stray brace."""
    try:
        prepared = prepare_template(as_letter_template(template), subject=subject, body=body)
    except (UnknownPlaceholderError, TemplateSyntaxError) as exc:
        raise ValidationError({"template": str(exc)}) from None
    return compose_letter(recipient, prepared, job)


def preview_letter(recipient: LetterRecipient, template: TemplateRecord, job: LetterJob, *,
                   subject: str | None = None, body: str | None = None) -> PreviewResult:
    """Render the letter into memory for the preview (unprintable characters shown as "�" and listed).

    Pure: no database, safe to run on a worker thread.
    """
    try:
        composed = compose_single(recipient, template, job, subject=subject, body=body)
    except ValidationError as exc:
        return PreviewResult(None, error="; ".join(exc.problems.values()))
    buffer = io.BytesIO()
    report = render_letter(composed.spec, buffer, unprintable="replace")
    return PreviewResult(buffer.getvalue(), report.pages, tuple(p.describe() for p in report.problems),
                         report.notes, composed.composition.warnings)


def make_letter(person_id: int, template_name: str | None = None, *, actor: Actor, out_path: str | os.PathLike[str],
                form: str | None = None, subject: str | None = None, body: str | None = None,
                log_interaction: bool | None = True, unprintable: str = "raise", template: TemplateRecord | None = None,
                date: dt.date | None = None) -> SingleResult:
    """Print one letter to *person_id* into *out_path* and record it.

    The template is *template*, else the stored or built-in one called *template_name*, else the
    built-in default in the person's language; *subject*/*body* replace the template's texts.
    unprintable: "raise" (ValidationError listing the characters) or "replace" (print "�").
    log_interaction None follows the "letters" setting. Raises ValidationError for a recipient without
    postal address or a broken template, NotFound for an unknown person or template.
    """
    require(actor, "letter.single")
    recipient = load_recipient(person_id)
    if recipient.address is None:
        raise ValidationError({"address": f"{recipient.label} has no complete postal address (street or PO box "
                                          "and town)."})
    chosen = template or resolve_template(template_name, language=(recipient.language or "de")[:2])
    composed = compose_single(recipient, chosen, load_job(actor, form=form, date=date), subject=subject, body=body)
    try:
        batch = render_batch([composed.spec], out_path, unprintable="replace" if unprintable == "replace" else "raise")
    except UnprintableTextError as exc:
        raise ValidationError({"text": "; ".join(p.describe() for p in exc.problems if p.blocking)}) from None
    log = log_interactions_default() if log_interaction is None else log_interaction
    label = recipient.label + (f" ({recipient.company})" if recipient.company and recipient.label != recipient.company
                               else "")
    entry = LetterEntry(recipient.person_id, recipient.company_id, label, composed.spec.subject,
                        str(Path(out_path).resolve()))
    try:
        recorded = record_letters(actor, [entry], template_id=chosen.id, batch_key="letter-" + uuid.uuid4().hex[:16],
                                  serial=False, log_interactions=log, interaction_subject=chosen.name)
    except BaseException:
        Path(out_path).unlink(missing_ok=True)
        raise
    notes = tuple(n for r in batch.reports for n in (*r.notes, *(p.describe() for p in r.problems)))
    return SingleResult(Path(out_path), recorded.letter_ids[0],
                        recorded.interaction_ids[0] if recorded.interaction_ids else None, batch.pages, notes,
                        composed.composition.warnings)
