"""The import pipeline: open a file → analyse (convert + find duplicates) → plan (mode, keys) → run as one batch.

The wizard and the command line use the same three steps:

    source = open_source(path)                        # CSV / TXT / .xlsx / .vcf, never raises for bad content
    analysis = analyse(source, mapping, options=...)  # records with problems, duplicate matches per line
    outcome = run(actor, analysis, mode="update", keys=("email", "name_city"))

Modes: "create" (every good row becomes a new person; matches are only reported), "update"
(a row matching exactly one person on a chosen key updates it; others are created) and "skip"
(matching rows are left out). Similar-name suspects never count as matches unless the user
accepted them in the wizard (*accepted* holds (line, person id) pairs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.bulkwork import paused_gc
from crmdesk.io import fields
from crmdesk.io.convert import ImportOptions, RowConverter
from crmdesk.io.planning import build_plan
from crmdesk.io.records import WARNING, ImportRecord, Problem, SourceTable
from crmdesk.io.sources import read_source
from crmdesk.ops.base import Actor
from crmdesk.ops.imports import ImportPlan, ImportResult, run_import
from crmdesk.queries.quality import Candidate, DuplicateIndex, DuplicateMatch, load_index, phone_key
from crmdesk.queries import export_rows

DEFAULT_KEYS = ("email", "name_city", "name_company")
MODES = ("create", "update", "skip")
Progress = Callable[[int, int], None]


@dataclass
class Source:
    """An opened import file: a table (CSV/xlsx) or ready records (vCard), plus file-level problems."""

    path: str
    kind: str
    table: SourceTable | None = None
    records: list[ImportRecord] | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def format(self) -> str:
        """The recognised export format ('outlook', 'google', 'excel_de', 'crmdesk', 'vcard', '')."""
        return "vcard" if self.kind == "vcard" else fields.detect_format(self.table.header if self.table else [])

    @property
    def readable(self) -> bool:
        """False when the file could not be read at all."""
        return not any(p.line == 0 and p.severity != WARNING for p in self.problems)


@paused_gc()
def open_source(path: Path | str, *, encoding: str | None = None, delimiter: str | None = None) -> Source:
    """Read the file (vCard by extension or content); problems are collected, never raised."""
    path = Path(path)
    head = b""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        pass
    if path.suffix.lower() in (".vcf", ".vcard") or b"BEGIN:VCARD" in head.upper()[:200]:
        from crmdesk.io.vcard import read_vcard_file

        records, problems = read_vcard_file(path, encoding=encoding)
        return Source(str(path), "vcard", records=records, problems=problems)
    table = read_source(path, encoding=encoding, delimiter=delimiter)
    return Source(str(path), table.kind, table=table, problems=list(table.problems))


@dataclass
class ImportAnalysis:
    """Converted records, their problems and the duplicate matches, ready for planning."""

    source: Source
    mapping: list[str]
    records: list[ImportRecord]
    options: ImportOptions
    matches: dict[int, list[DuplicateMatch]] = field(default_factory=dict)
    file_duplicates: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    existing: dict[int, dict] = field(default_factory=dict)
    cancelled: bool = False

    @property
    def good(self) -> list[ImportRecord]:
        """Rows that can be imported."""
        return [r for r in self.records if r.ok]

    @property
    def rejected(self) -> int:
        """Rows kept out by errors."""
        return sum(1 for r in self.records if not r.ok)

    def problems(self) -> list[Problem]:
        """File problems first, then every row's errors and warnings by line."""
        rows = [p for r in self.records for p in r.problems()]
        return list(self.source.problems) + sorted(rows, key=lambda p: (p.line, p.severity != "error"))


@paused_gc()
def analyse(source: Source, mapping: list[str] | None = None, *, options: ImportOptions | None = None,
            should_stop: Callable[[], bool] | None = None, on_progress: Progress | None = None) -> ImportAnalysis:
    """Convert every row and look for duplicates in the database and within the file."""
    options = options or ImportOptions()
    stop = should_stop or (lambda: False)
    progress = on_progress or (lambda done, total: None)
    table = source.table
    if source.records is not None:
        records, mapping = source.records, []
    elif table is not None and not table.fatal:
        mapping = list(mapping) if mapping is not None else fields.guess_mapping(table.header)
        records = _convert(table, mapping, options, stop, progress)
    else:
        records, mapping = [], list(mapping or [])
    analysis = ImportAnalysis(source, mapping, records, options)
    if stop():
        analysis.cancelled = True
        return analysis
    _find_duplicates(analysis, stop, progress)
    return analysis


def _convert(table: SourceTable, mapping: list[str], options: ImportOptions, stop, progress) -> list[ImportRecord]:
    converter = RowConverter(table.header, mapping, options, table.rows)
    records = []
    total = len(table.rows) * 2
    for n, (line, cells) in enumerate(table.rows):
        if n % 1000 == 0:
            if stop():
                break
            progress(n, total)
        records.append(converter.convert(line, cells))
    return records


def candidate_for(record: ImportRecord, default_country: str) -> Candidate:
    """The duplicate finder's view of an import row (id = -line)."""
    p = record.person
    country = p.get("country") or p.get("private_country") or default_country
    phones = tuple(k for k in (phone_key(p.get(f), country) for f in ("phone_business", "phone_mobile", "phone_private")) if k)
    emails = tuple(e for e in (p.get("email_business"), p.get("email_private")) if e)
    return Candidate(-record.line, p.get("first_name", ""), p.get("last_name", ""), p.get("name_particle", ""),
                     p.get("city") or p.get("private_city") or "", record.company.get("name", ""), emails, phones)


def _find_duplicates(analysis: ImportAnalysis, stop, progress) -> None:
    people = [r for r in analysis.records if r.ok and r.has_person]
    if not people:
        return
    country = analysis.options.default_country
    probes = [candidate_for(record, country) for record in people]
    index, _ = load_index(default_country=country, should_stop=stop, probes=probes)
    in_file = DuplicateIndex()
    total, base = len(analysis.records) * 2, len(analysis.records)
    for n, (record, candidate) in enumerate(zip(people, probes)):
        if n % 1000 == 0:
            if stop():
                analysis.cancelled = True
                return
            progress(base + n, total)
        found = index.find(candidate)
        if found:
            analysis.matches[record.line] = found
        earlier = in_file.find(candidate, similar=False)
        if earlier:
            analysis.file_duplicates[record.line] = [(-m.person_id, m.key) for m in earlier]
        in_file.add(candidate)
    ids = {m.person_id for found in analysis.matches.values() for m in found}
    analysis.existing = export_rows.person_details(sorted(ids))
    progress(total, total)


@dataclass
class ImportOutcome:
    """What an import (or a dry run) did: the plan, the result (None for a dry run) and every problem."""

    plan: ImportPlan
    result: ImportResult | None
    problems: list[Problem]

    @property
    def has_errors(self) -> bool:
        """True when any row was kept out or could not be written."""
        return any(p.severity != WARNING for p in self.problems)


@paused_gc()
def run(actor: Actor, analysis: ImportAnalysis, *, mode: str = "create", keys: Iterable[str] = DEFAULT_KEYS,
        accepted: Iterable[tuple[int, int]] = (), dry_run: bool = False, batch_key: str | None = None,
        should_stop: Callable[[], bool] | None = None, on_progress: Progress | None = None) -> ImportOutcome:
    """Plan and (unless *dry_run*) write the import as one batch; conflicts are added to the problems."""
    plan, plan_problems = build_plan(analysis, mode=mode, keys=tuple(keys), accepted=set(accepted))
    problems = analysis.problems() + plan_problems
    if dry_run:
        return ImportOutcome(plan, None, _sorted(problems))
    result = run_import(actor, plan, batch_key=batch_key, should_stop=should_stop, on_progress=on_progress)
    problems += [Problem(line, message) for line, message in result.conflicts]
    return ImportOutcome(plan, result, _sorted(problems))


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line, p.severity != "error"))


def import_file(actor: Actor, path: Path | str, *, mapping: dict[str, str] | None = None, mode: str = "create",
                keys: Iterable[str] = DEFAULT_KEYS, dry_run: bool = False, encoding: str | None = None,
                delimiter: str | None = None, options: ImportOptions | None = None) -> ImportOutcome:
    """The whole import in one call (command line): open, analyse with a saved or guessed mapping, run."""
    source = open_source(path, encoding=encoding, delimiter=delimiter)
    columns = None
    if mapping is not None and source.table is not None:
        columns = fields.apply_saved(source.table.header, mapping)
    analysis = analyse(source, columns, options=options)
    return run(actor, analysis, mode=mode, keys=keys, dry_run=dry_run)
