"""Serial letters: select recipients, check them (pre-flight report), print them into one PDF (and one per
recipient if asked) and record every printed letter.

    report = preflight(Selection(tag="Kunde"), "Hausmesse", actor=actor)
    print("\\n".join(report.summary(SerialChoices())))
    result = run_serial_letter(report, SerialChoices(), out_path="hausmesse.pdf", actor=actor)

run_serial_letter builds the LetterSpecs lazily (a generator: memory does not grow with the number of
letters), renders them with crmdesk.letters.render_batch (temporary file, moved into place only when
complete), then records in ONE operation (crmdesk.ops.letters.record_letters) a Letter row per printed
letter, sharing one batch key, and an outbound "letter" interaction per recipient unless switched off.
Cancelling (should_stop) leaves no file and records nothing. Single letters: crmdesk.services.single_letter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.domain.letter_records import LetterRecipient
from crmdesk.letters.batch import BatchResult, recipient_filename, render_batch
from crmdesk.letters.compose import LetterJob, PreparedTemplate, compose_letter, prepare_template
from crmdesk.ops.base import Actor, ValidationError, require
from crmdesk.ops.letters import LetterEntry, RecordedLetters, record_letters
from crmdesk.queries import letters as letter_queries
from crmdesk.services.letter_preflight import (
    GROUP_ORDER, PreflightReport, ReportEntry, ReportGroup, SerialChoices, build_report,
)
from crmdesk.services.letter_setup import as_letter_template, load_job, log_interactions_default, resolve_template
from crmdesk.services.single_letter import SingleResult, make_letter, preview_letter

__all__ = [
    "GROUP_ORDER", "PreflightReport", "ReportEntry", "ReportGroup", "Selection", "SerialChoices", "SerialResult",
    "SingleResult", "SkippedRecipient", "make_letter", "preflight", "preview_letter", "run_serial_letter",
]


@dataclass(frozen=True)
class Selection:
    """Who gets a serial letter: explicit person ids and/or filters (see queries.letters.recipients)."""

    person_ids: tuple[int, ...] | None = None
    tag: str | None = None
    category: str | None = None
    country: str | None = None
    owner: int | None = None
    overdue: bool = False
    limit: int | None = None


@dataclass(frozen=True)
class SkippedRecipient:
    """A selected recipient who got no letter, and why."""

    person_id: int
    name: str
    reason: str  # a pre-flight group key, or the renderer's reason ("unprintable text: …")


@dataclass(frozen=True)
class SerialResult:
    """What a serial-letter run produced and recorded."""

    written: int = 0
    pages: int = 0
    pdf_path: Path | None = None
    recipient_paths: tuple[Path, ...] = ()
    skipped: tuple[SkippedRecipient, ...] = ()
    batch_key: str = ""
    letter_ids: tuple[int, ...] = ()
    interaction_ids: tuple[int, ...] = ()
    cancelled: bool = False
    notes: tuple[str, ...] = ()  # address lines shortened, characters replaced, ...
    timings: dict[str, float] = field(default_factory=dict, compare=False)  # seconds: query, compose, render, record


def preflight(selection: Selection, template_name: str | None = None, *, actor: Actor,
              date: dt.date | None = None, form: str | None = None) -> PreflightReport:
    """Load the recipients and the template and check them (needs "letter.serial": apprentices are refused).

    Without *template_name* the built-in default template is used.
    """
    require(actor, "letter.serial")
    started = time.perf_counter()
    people = letter_queries.recipients(
        selection.person_ids, tag=selection.tag, category=selection.category, country=selection.country,
        owner=selection.owner, overdue=selection.overdue, limit=selection.limit)
    queried = time.perf_counter()
    template = resolve_template(template_name, language="de")
    job = load_job(actor, form=form, date=date)
    report = build_report(template, job, people)
    return dataclasses.replace(report, timings={"query": queried - started, "check": time.perf_counter() - queried})


class _LazySpecs:
    """The LetterSpecs of the printed recipients, composed one at a time (len() gives the progress total).

    Attributes: recipients, prepared, job, compose_seconds (time spent composing), subjects (the filled
    subject of each letter composed so far, for the Letter records).
    """

    def __init__(self, recipients: Sequence[LetterRecipient], prepared: PreparedTemplate, job: LetterJob) -> None:
        self.recipients, self.prepared, self.job = recipients, prepared, job
        self.compose_seconds = 0.0
        self.subjects: list[str] = []

    def __len__(self) -> int:
        return len(self.recipients)

    def __iter__(self) -> Iterator:
        for recipient in self.recipients:
            started = time.perf_counter()
            spec = compose_letter(recipient, self.prepared, self.job).spec
            self.compose_seconds += time.perf_counter() - started
            self.subjects.append(spec.subject)
            yield spec


def run_serial_letter(report: PreflightReport, choices: SerialChoices, *, out_path: str | os.PathLike[str],
                      per_recipient_dir: str | os.PathLike[str] | None = None, actor: Actor,
                      log_interactions: bool | None = None, should_stop: Callable[[], bool] = lambda: False,
                      on_progress: Callable[[int, int], None] = lambda done, total: None) -> SerialResult:
    """Print the letters of *report* as *choices* say, then record them (see the module docstring).

    *log_interactions* None follows the "letters" setting. on_progress(done, total) is called per letter
    and once more, (total, total), before recording starts. Raises ValidationError when the report has
    errors (nothing is printed then).
    """
    require(actor, "letter.serial")
    if report.errors:
        raise ValidationError({"template": " ".join(report.errors)})
    chosen = report.to_print(choices)
    specs = _LazySpecs(chosen, prepare_template(as_letter_template(report.template)), report.job)
    folder_existed = per_recipient_dir is not None and Path(per_recipient_dir).exists()
    started = time.perf_counter()
    batch = render_batch(specs, out_path, per_recipient_dir=per_recipient_dir, should_stop=should_stop,
                         on_progress=lambda done, total: on_progress(done, total or len(chosen)),
                         unprintable="replace" if choices.include_unprintable else "skip")
    rendered = time.perf_counter()
    if batch.cancelled or should_stop():
        _discard(batch, per_recipient_dir if not folder_existed else None)
        return SerialResult(cancelled=True)
    on_progress(len(chosen), len(chosen))
    skipped_by_render = {s.index: s.reason for s in batch.skipped}
    printed = [(index, r) for index, r in enumerate(chosen) if index not in skipped_by_render]
    entries = [_entry(r, index, specs.subjects[index], batch, per_recipient_dir) for index, r in printed]
    batch_key = "letters-" + uuid.uuid4().hex[:16]
    try:
        recorded = _record(report, entries, actor, batch_key, log_interactions)
    except BaseException:
        _discard(batch, per_recipient_dir if not folder_existed else None)
        raise
    timings = {**report.timings, "compose": specs.compose_seconds,
               "render": rendered - started - specs.compose_seconds, "record": time.perf_counter() - rendered}
    return SerialResult(
        written=batch.written, pages=batch.pages, pdf_path=batch.pdf_path, recipient_paths=batch.recipient_paths,
        skipped=_skipped(report, choices, chosen, skipped_by_render), batch_key=batch_key,
        letter_ids=recorded.letter_ids, interaction_ids=recorded.interaction_ids, notes=_notes(batch),
        timings=timings)


def _record(report: PreflightReport, entries: list[LetterEntry], actor: Actor, batch_key: str,
            log_interactions: bool | None) -> RecordedLetters:
    """Record the printed letters in one operation (nothing when nothing was printed)."""
    if not entries:
        return RecordedLetters((), ())
    log = log_interactions_default() if log_interactions is None else log_interactions
    return record_letters(actor, entries, template_id=report.template.id, batch_key=batch_key, serial=True,
                          log_interactions=log, interaction_subject=report.template.name)


def _notes(batch: BatchResult) -> tuple[str, ...]:
    """What the renderer changed or replaced, per letter ("person-7: shortened …")."""
    return tuple(f"{r.recipient_key}: {note}" for r in batch.reports
                 for note in (*r.notes, *(p.describe() for p in r.problems)))


def _entry(recipient: LetterRecipient, index: int, subject: str, batch: BatchResult,
           per_recipient_dir: str | os.PathLike[str] | None) -> LetterEntry:
    """The Letter record of one printed letter (its own PDF when one was written per recipient)."""
    path = batch.pdf_path
    if per_recipient_dir is not None:
        path = Path(per_recipient_dir) / recipient_filename(index, f"person-{recipient.person_id}")
    label = recipient.label
    if recipient.company and label != recipient.company:
        label += f" ({recipient.company})"
    return LetterEntry(recipient.person_id, recipient.company_id, label, subject,
                       str(Path(path).resolve()) if path else "")


def _skipped(report: PreflightReport, choices: SerialChoices, chosen: list[LetterRecipient],
             skipped_by_render: dict[int, str]) -> tuple[SkippedRecipient, ...]:
    """Everyone selected who got no letter: skipped groups first, then what the renderer left out."""
    names = {r.person_id: r.label for r in report.recipients}
    result = [SkippedRecipient(pid, names.get(pid, f"#{pid}"), reasons[0])
              for pid, reasons in report.skip_reasons(choices).items()]
    result += [SkippedRecipient(chosen[i].person_id, chosen[i].label, reason) for i, reason in skipped_by_render.items()]
    return tuple(result)


def _discard(batch: BatchResult, created_folder: str | os.PathLike[str] | None) -> None:
    """Remove the files of a run that is not recorded (cancelled after rendering, or recording failed),
    and the per-recipient folder if this run created it."""
    for path in (batch.pdf_path, *batch.recipient_paths):
        if path is not None:
            Path(path).unlink(missing_ok=True)
    if created_folder is not None:
        try:
            Path(created_folder).rmdir()
        except OSError:
            pass
