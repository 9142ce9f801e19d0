"""Import batches: write a prepared import plan in bulk as ONE operation, list batches, undo a batch.

`run_import` is the bulk twin of ops.contacts.create_person/update_person for thousands of rows:
one transaction, the role check ("import.run" and "person.create"), one audit entry per created or
updated row carrying the batch key, version bumps and version checks on updates, derived list and
keep-in-touch columns computed with crmdesk.db.derived's own functions. Cancelling (should_stop)
rolls the whole transaction back: nothing is imported. `undo_import` takes a batch back as a whole.
The plan itself (what to create, what to update) is made by crmdesk.io.importer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from crmdesk.db import derived
from crmdesk.db.checkpoint import checkpoint_in_background
from crmdesk.db.models import AuditEntry, Company, Employment, ImportBatch, Person, PersonTag, Tag, User, database, utcnow
from crmdesk.db.schema import SEARCH_TABLES, is_postgres
from crmdesk.domain.messages import QT_TRANSLATE_NOOP, msg
from crmdesk.ops.base import Actor, OpContext, OperationError, insert_row, operation, require
from crmdesk.ops.contacts import GENDERS, PERSON_FIELDS

CHUNK = 500
PERSON_LIMITS = {n: f.max_length for n, f in Person._meta.fields.items() if getattr(f, "max_length", None)}
COMPANY_LIMITS = {n: f.max_length for n, f in Company._meta.fields.items() if getattr(f, "max_length", None)}


class ImportCancelled(OperationError):
    """The user cancelled; the transaction was rolled back and nothing was imported."""


@dataclass
class NewCompany:
    """A company the import creates; persons refer to it by `ref`."""

    ref: str
    values: dict


@dataclass
class PersonChange:
    """A person to create (person_id None) or to update (person_id, expected_version, values = changes)."""

    line: int
    values: dict
    person_id: int | None = None
    expected_version: int | None = None
    company_id: int | None = None
    company_ref: str | None = None
    function_title: str = ""
    department: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class ImportPlan:
    """Everything one import writes, plus the counts of what it leaves out."""

    source: str
    mode: str
    companies: list[NewCompany] = field(default_factory=list)
    creates: list[PersonChange] = field(default_factory=list)
    updates: list[PersonChange] = field(default_factory=list)
    skipped: int = 0
    rejected: int = 0
    warnings: int = 0


@dataclass
class ImportResult:
    """What an import wrote: counts, ids and the rows it could not update (line, message)."""

    batch_key: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rejected: int = 0
    companies_created: int = 0
    created_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    conflicts: list[tuple[int, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """The counts stored with the batch."""
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged, "skipped": self.skipped,
                "rejected": self.rejected, "companies": self.companies_created, "conflicts": len(self.conflicts)}


def new_batch_key() -> str:
    """'imp-20261122-0659-3fa2c1': sortable and unique."""
    return f"imp-{utcnow():%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def _flush(op: OpContext) -> None:
    """Write the collected audit entries in bulk (the operation would write them in one statement)."""
    if op.entries:
        stamp = {"created_at": op.entries[0]["at"], "modified_at": op.entries[0]["at"], "version": 1}
        _bulk_insert(AuditEntry, [{**entry, **stamp} for entry in op.entries])
    op.entries.clear()


def _json_titles(values: dict) -> dict:
    data = dict(values)
    for key in ("titles_pre", "titles_post"):
        if key in data and not isinstance(data[key], str):
            data[key] = json.dumps([str(t) for t in data[key]], ensure_ascii=False)
    return data


def _check_values(change: PersonChange) -> None:
    unknown = set(change.values) - PERSON_FIELDS
    if unknown:
        raise OperationError(f"line {change.line}: unknown person fields {sorted(unknown)}")
    if change.values.get("gender", "unknown") not in GENDERS:
        raise OperationError(f"line {change.line}: gender must be one of {', '.join(GENDERS)}")


# --- running an import ---------------------------------------------------------------------------

def run_import(actor: Actor, plan: ImportPlan, *, batch_key: str | None = None,
               should_stop: Callable[[], bool] | None = None,
               on_progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Write *plan* as one batch in one transaction; ImportCancelled (nothing written) when stopped."""
    require(actor, "person.create")
    for change in plan.creates + plan.updates:
        _check_values(change)
    key = batch_key or new_batch_key()
    result = _Run(actor, plan, key, should_stop or (lambda: False), on_progress or (lambda done, total: None))
    with checkpoint_in_background(), operation(actor, "import.run", batch=key) as op:
        result.go(op)
        _flush(op)
    return result.result


class _Run:
    """One import run inside its operation (state shared by the steps).

    Attributes: actor, plan, key (batch key), should_stop, on_progress, result (ImportResult),
    total/done (progress), now (one timestamp for every row), jobs/tagged (the current update
    chunk's employments and tag links, read once per chunk).
    """

    def __init__(self, actor: Actor, plan: ImportPlan, key: str, should_stop, on_progress):
        self.actor, self.plan, self.key = actor, plan, key
        self.should_stop, self.on_progress = should_stop, on_progress
        self.result = ImportResult(key, skipped=plan.skipped, rejected=plan.rejected)
        self.total = len(plan.creates) + len(plan.updates) + len(plan.companies)
        self.done = 0
        self.now = utcnow()
        self.jobs: dict[int, list[dict]] = {}  # person id → employments (of the chunk being updated)
        self.tagged: set[tuple[int, int]] = set()  # (person id, tag id) links of that chunk

    def tick(self, count: int) -> None:
        """Stop when asked (rolls back), else report progress."""
        if self.should_stop():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        self.done += count
        self.on_progress(self.done, self.total)

    def go(self, op: OpContext) -> None:
        """All steps of the import, in the operation's transaction."""
        batch_id = insert_row(op, ImportBatch, {"key": self.key, "source": self.plan.source[:2000], "mode": self.plan.mode,
                                                "created_by": self.actor.id})
        with _search_index_filled_at_end():
            refs = self.create_companies(op)
            companies = _company_infos({c.company_id for c in self.plan.creates + self.plan.updates if c.company_id}
                                       | set(refs.values()))
            tags = _TagIds(op, self.plan.creates + self.plan.updates)
            for start in range(0, len(self.plan.creates), CHUNK):
                self.create_persons(op, self.plan.creates[start:start + CHUNK], refs, companies, tags)
        for start in range(0, len(self.plan.updates), CHUNK):
            self.update_persons(op, self.plan.updates[start:start + CHUNK], refs, tags)
        if self.result.updated_ids:
            derived.refresh_persons(self.result.updated_ids)
            derived.refresh_contact_state(self.result.updated_ids)
        ImportBatch.update(counts=json.dumps(self.result.counts())).where(ImportBatch.id == batch_id).execute()

    def create_companies(self, op: OpContext) -> dict[str, int]:
        """Insert the new companies in bulk; returns ref → id."""
        template = _template(Company, self.now, self.actor, self.key)
        rows = []
        for company in self.plan.companies:
            row = {**template, **company.values}
            rows.append({**row, "sort_name": derived.sort_key(row["name"]), "search_text": derived.company_search_text(row)})
        ids = _bulk_insert(Company, rows)
        for new_id, company in zip(ids, self.plan.companies):
            op.audit("company", new_id, "create", None, company.values)
        if ids:
            self.result.companies_created = len(ids)
            _flush(op)
            self.tick(len(ids))
        return {company.ref: new_id for company, new_id in zip(self.plan.companies, ids)}

    def create_persons(self, op: OpContext, chunk: list[PersonChange], refs: dict[str, int],
                       companies: dict[int, dict], tags: _TagIds) -> None:
        """Insert one chunk of new persons with derived columns, employments and tags."""
        template = _template(Person, self.now, self.actor, self.key)
        rows, jobs = [], []
        settings, today = derived.load_cadence_settings(), self.now.date()
        for change in chunk:
            company = companies.get(change.company_id or refs.get(change.company_ref or ""))
            job = {"function_title": change.function_title} if company else None
            row = {**template, **_json_titles(change.values)}
            columns = derived.person_list_columns(row, company, job)
            row["company"] = columns.pop("company")
            row.update(columns)
            row.update(derived.compute_contact_state(_state_row(row, company), None, tags.cadences(change.tags), settings, today=today))
            rows.append(row)
            jobs.append(company)
        ids = _bulk_insert(Person, rows)
        derived.file_match_keys(zip(ids, rows), new=True)
        links, employments = [], []
        for pid, change, company, row in zip(ids, chunk, jobs, rows):
            op.audit("person", pid, "create", None, _json_titles(change.values))
            if company:
                employments.append(_employment_row(self, pid, company["id"], change, True))
            links += [_stamp(self, {"person": pid, "tag": tags.ids[name]}) for name in dict.fromkeys(change.tags)]
        self.insert_audited(op, Employment, employments)
        self.insert_audited(op, PersonTag, links)
        self.result.created += len(ids)
        self.result.created_ids += ids
        _flush(op)
        self.tick(len(chunk))

    def insert_audited(self, op: OpContext, model, rows: list[dict]) -> list[int]:
        """Insert rows in bulk and audit each as created; returns the ids."""
        if not rows:
            return []
        ids = _bulk_insert(model, rows)
        entity = model._meta.table_name
        for new_id, row in zip(ids, rows):
            op.audit(entity, new_id, "create", None, {k: v for k, v in row.items() if k not in _STAMP_KEYS})
        return ids

    def update_persons(self, op: OpContext, chunk: list[PersonChange], refs: dict[str, int], tags: _TagIds) -> None:
        """Update one chunk of matched persons (version-checked, audited)."""
        ids = [c.person_id for c in chunk]
        current = {r["id"]: r for r in Person.select().where(Person.id.in_(ids)).dicts()}
        self.jobs = {}
        for job in Employment.select().where(Employment.person.in_(ids)).dicts():
            self.jobs.setdefault(job["person"], []).append(job)
        self.tagged = set(PersonTag.select(PersonTag.person, PersonTag.tag).where(PersonTag.person.in_(ids)).tuples())
        for change in chunk:
            row = current.get(change.person_id)
            if row is None or row["deleted_at"] is not None:
                self.result.conflicts.append((change.line, msg(QT_TRANSLATE_NOOP(
                    "ImportMessages", "person #{person} was deleted meanwhile; not updated."), person=change.person_id)))
                continue
            if change.expected_version is not None and row["version"] != change.expected_version:
                self.result.conflicts.append((change.line, _changed_message(row)))
                continue
            touched = self.update_one(op, change, row)
            touched |= self.update_job(op, change, row["id"], refs.get(change.company_ref or "") or change.company_id)
            touched |= self.add_tags(op, row["id"], change.tags, tags)
            if touched:
                self.result.updated += 1
                self.result.updated_ids.append(row["id"])
            else:
                self.result.unchanged += 1
        _flush(op)
        self.tick(len(chunk))

    def update_one(self, op: OpContext, change: PersonChange, row: dict) -> bool:
        """Change the person's fields that differ; audit before/after with the version."""
        changes = {k: v for k, v in _json_titles(change.values).items() if row.get(k) != v}
        if not changes:
            return False
        version = row["version"]
        count = (Person.update(**changes, modified_at=self.now, modified_by=self.actor.id, version=version + 1)
                 .where((Person.id == row["id"]) & (Person.version == version)).execute())
        if count == 0:
            raise OperationError(f"person #{row['id']} changed during the import; try again.")
        before = {k: row.get(k) for k in changes}
        op.audit("person", row["id"], "update", {**before, "version": version}, {**changes, "version": version + 1})
        row.update(changes, version=version + 1)  # a later change for this person sees the new version
        return True

    def update_job(self, op: OpContext, change: PersonChange, person_id: int, company_id: int | None) -> bool:
        """Add the employment at the row's company, or update its function and department."""
        if not company_id:
            return False
        jobs = self.jobs.get(person_id, [])
        here = [j for j in jobs if j["company"] == company_id and (j["until"] is None or j["until"] >= self.now.date())]
        if not here:
            primary = not any(j["until"] is None for j in jobs)
            row = _employment_row(self, person_id, company_id, change, primary)
            (new_id,) = self.insert_audited(op, Employment, [row])
            self.jobs.setdefault(person_id, []).append({**row, "id": new_id})
            return True
        job = here[0]
        changes = {k: v for k, v in (("function_title", change.function_title), ("department", change.department))
                   if v and job[k] != v}
        if not changes:
            return False
        Employment.update(**changes, modified_at=self.now, modified_by=self.actor.id, version=job["version"] + 1).where(
            (Employment.id == job["id"]) & (Employment.version == job["version"])).execute()
        op.audit("employment", job["id"], "update", {**{k: job[k] for k in changes}, "version": job["version"]},
                 {**changes, "version": job["version"] + 1})
        return True

    def add_tags(self, op: OpContext, person_id: int, names: list[str], tags: _TagIds) -> bool:
        """Add the row's tags the person does not have yet (never removes tags)."""
        if not names:
            return False
        rows = [_stamp(self, {"person": person_id, "tag": tags.ids[n]}) for n in dict.fromkeys(names)
                if (person_id, tags.ids[n]) not in self.tagged]
        self.insert_audited(op, PersonTag, rows)
        self.tagged |= {(person_id, row["tag"]) for row in rows}
        return bool(rows)


_STAMP_KEYS = ("created_at", "modified_at", "modified_by", "version")


def _stamp(run: _Run, row: dict) -> dict:
    return {**row, "created_at": run.now, "modified_at": run.now, "modified_by": run.actor.id, "version": 1}


def _employment_row(run: _Run, person_id: int, company_id: int, change: PersonChange, primary: bool) -> dict:
    return _stamp(run, {"person": person_id, "company": company_id, "function_title": change.function_title,
                        "department": change.department, "is_primary": primary, "since": None, "until": None})


def _modifier(row: dict) -> str:
    """Name of the user who last changed *row*, and when."""
    who = QT_TRANSLATE_NOOP("ImportMessages", "another user")
    if row.get("modified_by"):
        user = User.select(User.name).where(User.id == row["modified_by"]).tuples().first()
        who = user[0] if user else who
    when = row.get("modified_at")
    return (msg(QT_TRANSLATE_NOOP("ImportMessages", "{user} at {time} UTC"), user=who, time=f"{when:%Y-%m-%d %H:%M}")
            if isinstance(when, dt.datetime) else who)


def _changed_message(row: dict) -> str:
    return msg(QT_TRANSLATE_NOOP("ImportMessages", "person #{person} was changed by {user} since the preview; not updated."),
               person=row["id"], user=_modifier(row))


class _TagIds:
    """Tag names used by the plan → ids (missing tags are created, audited) and their cadences."""

    def __init__(self, op: OpContext, changes: Iterable[PersonChange]):
        names = {n for c in changes for n in c.tags}
        self.ids: dict[str, int] = {}
        self.days: dict[int, int | None] = {}
        for tag_id, name, days in Tag.select(Tag.id, Tag.name, Tag.cadence_days).where(Tag.name.in_(list(names))).tuples():
            self.ids[name], self.days[tag_id] = tag_id, days
        for name in sorted(names - set(self.ids)):
            self.ids[name] = insert_row(op, Tag, {"name": name})
            self.days[self.ids[name]] = None

    def cadences(self, names: list[str]) -> list[int]:
        """Cadence overrides (days) of the named tags."""
        return [d for d in (self.days[self.ids[n]] for n in names) if d is not None]


def _template(model, now: dt.datetime, actor: Actor, key: str) -> dict[str, Any]:
    """Every column of *model* with its default, stamped for this import (all rows need the same keys)."""
    row = {}
    for name, f in model._meta.fields.items():
        if name != "id":
            row[name] = f.default() if callable(f.default) else f.default
    row.update(created_at=now, modified_at=now, modified_by=actor.id, version=1, import_batch=key, owner=actor.id)
    return row


def _company_infos(ids: Iterable[int]) -> dict[int, dict]:
    ids = [i for i in ids if i]
    query = Company.select(Company.id, Company.name, Company.city, Company.country, Company.cadence_days,
                           Company.category, Company.status).where(Company.id.in_(ids))
    return {row["id"]: row for row in query.dicts()} if ids else {}


def _state_row(row: dict, company: dict | None) -> dict:
    """The inputs of derived.compute_contact_state for a person that is being inserted."""
    return {"cadence_days": row["cadence_days"], "status": row["status"], "do_not_contact": row["do_not_contact"],
            "snoozed_until": row["snoozed_until"], "created_at": row["created_at"], "deleted_at": None,
            "company_days": company["cadence_days"] if company else None,
            "category": company["category"] if company else "", "company_status": company["status"] if company else ""}


def _bulk_insert(model, rows: list[dict]) -> list[int]:
    """Insert rows fast; returns their ids in order.

    SQLite: explicit ids after MAX(id) and one executemany (peewee's query building costs more than
    the insert; safe because the import's transaction already holds the write lock). PostgreSQL:
    insert_many ... RETURNING id in chunks.
    """
    if not rows:
        return []
    if is_postgres():
        return _insert_returning(model, rows)
    fields = [model._meta.fields[name] for name in rows[0]]
    dates = [i + 1 for i, f in enumerate(fields) if type(f).__name__ in ("DateTimeField", "DateField")]
    table = model._meta.table_name
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = f'INSERT INTO "{table}" ("id", {columns}) VALUES ({", ".join("?" * (len(fields) + 1))})'
    first = database.execute_sql(f'SELECT COALESCE(MAX("id"), 0) FROM "{table}"').fetchone()[0] + 1
    values = operator.itemgetter(*(f.name for f in fields))
    params, texts = [], {}  # texts: each date converted once (most rows share the import's timestamp)
    for i, row in enumerate(rows):
        param = [first + i, *values(row)] if len(fields) > 1 else [first + i, values(row)]
        for at in dates:  # only the few date columns need converting
            value = param[at]
            if value is not None:
                text = texts.get(value)
                param[at] = text if text is not None else texts.setdefault(value, _ISO(value))
        params.append(param)
    database.cursor().executemany(sql, params)
    return list(range(first, first + len(rows)))


@contextlib.contextmanager
def _search_index_filled_at_end() -> Iterator[None]:
    """SQLite: the persons and companies inserted inside the block enter the FTS search index once, at
    the end, instead of row by row through the insert trigger (about 10x faster for thousands of rows).

    The trigger is dropped and re-created inside the import's own transaction, which holds the write
    lock, so no other connection inserts meanwhile; if the import fails, the rollback restores it.
    """
    saved = []
    if not is_postgres():
        for table in SEARCH_TABLES:
            trigger = database.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                           (f"{table}_fts_ai",)).fetchone()
            if trigger:
                last = database.execute_sql(f'SELECT COALESCE(MAX("id"), 0) FROM "{table}"').fetchone()[0]
                database.execute_sql(f'DROP TRIGGER "{table}_fts_ai"')
                saved.append((table, trigger[0], last))
    yield
    for table, trigger, last in saved:
        database.execute_sql(f'INSERT INTO "{table}_fts" (rowid, search_text) SELECT id, search_text FROM "{table}" '
                             "WHERE id > ?", (last,))
        database.execute_sql(trigger)


def _ISO(value: Any) -> str:
    """Dates and times as peewee stores them in SQLite."""
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat() if isinstance(value, dt.date) else value


def _insert_returning(model, rows: list[dict]) -> list[int]:
    """Insert rows in chunks with RETURNING; ids in insertion order (ascending, as PostgreSQL's sequence hands them out)."""
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        new = sorted(i for (i,) in model.insert_many(chunk).returning(model.id).tuples().execute())
        if len(new) != len(chunk):
            raise OperationError(f"{model._meta.table_name}: {len(chunk)} rows sent, {len(new)} stored.")
        ids += new
    return ids


# --- batches and undo ----------------------------------------------------------------------------

@dataclass(frozen=True)
class BatchInfo:
    """One import batch as the settings list shows it."""

    key: str
    source: str
    mode: str
    counts: dict
    created_at: dt.datetime
    created_by: str
    undone_at: dt.datetime | None


def list_batches(limit: int = 200) -> list[BatchInfo]:
    """The newest import batches first (read-only helper for the undo list)."""
    from peewee import JOIN

    query = (ImportBatch.select(ImportBatch, User.name.alias("user_name"))
             .join(User, JOIN.LEFT_OUTER, on=(ImportBatch.created_by == User.id))
             .order_by(ImportBatch.id.desc()).limit(limit).dicts())
    return [BatchInfo(r["key"], r["source"], r["mode"], json.loads(r["counts"] or "{}"), r["created_at"],
                      r["user_name"] or "", r["undone_at"]) for r in query]


@dataclass(frozen=True)
class UndoConflict:
    """A row the undo left alone, and why (changed since the import, or in use)."""

    entity: str
    entity_id: int
    message: str


@dataclass
class UndoResult:
    """What undoing a batch did, and what it left alone."""

    key: str
    deleted_persons: int = 0
    deleted_companies: int = 0
    restored: int = 0
    removed_links: int = 0
    conflicts: list[UndoConflict] = field(default_factory=list)


# the words an undo conflict uses for the kind of row it kept
_ENTITY_WORDS = {"person": QT_TRANSLATE_NOOP("ImportMessages", "person"),
                 "company": QT_TRANSLATE_NOOP("ImportMessages", "company"),
                 "employment": QT_TRANSLATE_NOOP("ImportMessages", "employment"),
                 "person_tag": QT_TRANSLATE_NOOP("ImportMessages", "tag link")}
_CHANGED_AFTER_IMPORT = QT_TRANSLATE_NOOP("ImportMessages", "{name} was changed after the import; kept.")
_MODELS = {"person": Person, "company": Company, "employment": Employment, "person_tag": PersonTag, "tag": Tag}


def undo_import(actor: Actor, key: str) -> UndoResult:
    """Undo batch *key* in one transaction: created rows are deleted, updated rows get their before-values back.

    Rows changed by anyone since the import (version moved on) and created persons or companies that
    are in use meanwhile (interactions, letters, follow-ups, other persons) are reported and kept.
    """
    from crmdesk.ops.base import NotFound

    with checkpoint_in_background(), operation(actor, "import.undo", batch=key) as op:
        batch = ImportBatch.get_or_none(ImportBatch.key == key)
        if batch is None:
            raise NotFound(f"There is no import batch {key}.")
        if batch.undone_at is not None:
            raise OperationError(f"Import {key} was already undone on {batch.undone_at:%Y-%m-%d %H:%M} UTC.")
        undo = _Undo(op, actor, key)
        undo.run()
        counts = {**json.loads(batch.counts or "{}"), "undo": {"deleted_persons": undo.result.deleted_persons,
                  "deleted_companies": undo.result.deleted_companies, "restored": undo.result.restored,
                  "conflicts": len(undo.result.conflicts)}}
        ImportBatch.update(undone_at=utcnow(), counts=json.dumps(counts)).where(ImportBatch.id == batch.id).execute()
        _flush(op)
        return undo.result


class _Undo:
    """The steps of one undo (attributes: created ids per entity, update entries, the result)."""

    def __init__(self, op: OpContext, actor: Actor, key: str):
        self.op, self.actor, self.now = op, actor, utcnow()
        self.result = UndoResult(key)
        self.created: dict[str, list[int]] = {name: [] for name in _MODELS}
        self.updates: list[dict] = []
        self.refresh: set[int] = set()
        entries = (AuditEntry.select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.action, AuditEntry.before,
                                     AuditEntry.after).where((AuditEntry.batch == key) & AuditEntry.action.in_(["create", "update"]))
                   .order_by(AuditEntry.id.desc()).dicts())
        for entry in entries:
            if entry["entity"] in _MODELS:
                if entry["action"] == "create":
                    self.created[entry["entity"]].append(entry["entity_id"])
                else:
                    self.updates.append(entry)

    def run(self) -> None:
        """Restore updates, delete created rows that are unchanged and unused, refresh derived columns."""
        for entry in self.updates:
            self.restore(entry)
        doomed = self.deletable_persons()
        self.remove_links(set(doomed))
        self.delete_rows(Person, doomed)
        self.result.deleted_persons = len(doomed)
        companies = self.deletable_companies()
        self.delete_rows(Company, companies)
        self.result.deleted_companies = len(companies)
        self.delete_unused_tags()
        if self.refresh:
            derived.refresh_persons(self.refresh)
            derived.refresh_contact_state(self.refresh)

    def conflict(self, entity: str, entity_id: int, message: str) -> None:
        """Note a row that is kept, with the reason."""
        self.result.conflicts.append(UndoConflict(entity, entity_id, message))

    def restore(self, entry: dict) -> None:
        """Give one updated row its before-values back, unless it changed since the import."""
        model = _MODELS[entry["entity"]]
        before, after = json.loads(entry["before"] or "{}"), json.loads(entry["after"] or "{}")
        row = model.select().where(model.id == entry["entity_id"]).dicts().first()
        what = _ENTITY_WORDS.get(entry["entity"], entry["entity"])
        if row is None:
            return self.conflict(entry["entity"], entry["entity_id"], msg(QT_TRANSLATE_NOOP(
                "ImportMessages", "{what} #{id} no longer exists; nothing to restore."), what=what, id=entry["entity_id"]))
        if row["version"] != after.get("version"):
            return self.conflict(entry["entity"], row["id"], msg(QT_TRANSLATE_NOOP(
                "ImportMessages", "{what} #{id} was changed by {user} after the import; kept as it is."),
                what=what, id=row["id"], user=_modifier(row)))
        values = {k: _decoded(model, k, v) for k, v in before.items() if k != "version"}
        model.update(**values, modified_at=self.now, modified_by=self.actor.id, version=row["version"] + 1).where(
            model.id == row["id"]).execute()
        self.op.audit(entry["entity"], row["id"], "undo_import", {k: row[k] for k in values}, values)
        self.result.restored += 1
        self.refresh.add(row["id"] if model is Person else row.get("person"))

    def deletable_persons(self) -> list[int]:
        """Created persons that are unchanged and unused (the others are reported)."""
        ids = self.created["person"]
        used = _in_use(ids, "person")
        keep = []
        for pid, version, first, last in Person.select(Person.id, Person.version, Person.first_name, Person.last_name).where(
                Person.id.in_(ids)).tuples() if ids else []:
            name = f"{first} {last}".strip() or f"#{pid}"
            if version != 1:
                self.conflict("person", pid, msg(_CHANGED_AFTER_IMPORT, name=name))
                keep.append(pid)
            elif pid in used:
                self.conflict("person", pid, msg(QT_TRANSLATE_NOOP(
                    "ImportMessages", "{name} has interactions, letters or follow-ups since the import; kept."), name=name))
                keep.append(pid)
        existing = {pid for (pid,) in Person.select(Person.id).where(Person.id.in_(ids)).tuples()} if ids else set()
        return sorted(existing - set(keep))

    def remove_links(self, doomed: set[int]) -> None:
        """Delete created employments and tag links (and all links of the persons to delete)."""
        for entity, model in (("employment", Employment), ("person_tag", PersonTag)):
            ids = self.created[entity]
            rows = list(model.select().where(model.id.in_(ids)).dicts()) if ids else []
            for row in rows:
                if row["person"] not in doomed:
                    self.op.audit(entity, row["id"], "undo_import", row, None)
                    self.result.removed_links += 1
                    self.refresh.add(row["person"])
            if rows:
                model.delete().where(model.id.in_([r["id"] for r in rows])).execute()
        for start in range(0, len(doomed), CHUNK):
            chunk = sorted(doomed)[start:start + CHUNK]
            Employment.delete().where(Employment.person.in_(chunk)).execute()
            PersonTag.delete().where(PersonTag.person.in_(chunk)).execute()

    def delete_rows(self, model, ids: list[int]) -> None:
        """Hard-delete rows, auditing each with its last values."""
        entity = model._meta.table_name
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            for row in model.select().where(model.id.in_(chunk)).dicts():
                self.op.audit(entity, row["id"], "undo_import", row, None)
            model.delete().where(model.id.in_(chunk)).execute()
            _flush(self.op)

    def deletable_companies(self) -> list[int]:
        """Created companies that are unchanged and have no persons or history."""
        ids = self.created["company"]
        if not ids:
            return []
        staffed = {c for (c,) in Employment.select(Employment.company).where(Employment.company.in_(ids)).tuples()}
        staffed |= {c for (c,) in Person.select(Person.company).where(Person.company.in_(ids)).tuples()}
        used = _in_use(ids, "company")
        result = []
        for cid, version, name in Company.select(Company.id, Company.version, Company.name).where(Company.id.in_(ids)).tuples():
            if version != 1:
                self.conflict("company", cid, msg(_CHANGED_AFTER_IMPORT, name=name))
            elif cid in staffed or cid in used:
                self.conflict("company", cid, msg(QT_TRANSLATE_NOOP(
                    "ImportMessages", "{name} is in use (persons, interactions or letters); kept."), name=name))
            else:
                result.append(cid)
        return result

    def delete_unused_tags(self) -> None:
        """Delete tags the import created that nothing uses any more."""
        from crmdesk.db.models import CompanyTag

        ids = self.created["tag"]
        if not ids:
            return
        used = {t for (t,) in PersonTag.select(PersonTag.tag).where(PersonTag.tag.in_(ids)).tuples()}
        used |= {t for (t,) in CompanyTag.select(CompanyTag.tag).where(CompanyTag.tag.in_(ids)).tuples()}
        self.delete_rows(Tag, [t for t in ids if t not in used])


def _decoded(model, key: str, value: Any) -> Any:
    """Audit JSON back to a column value (dates and datetimes were stored as ISO text)."""
    field_ = model._meta.fields.get(key)
    if value is None or field_ is None:
        return value
    kind = type(field_).__name__
    if kind == "DateField" and isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if kind == "DateTimeField" and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


def _in_use(ids: list[int], column: str) -> set[int]:
    """Ids referred to by interactions, follow-ups or letters."""
    from crmdesk.db.models import FollowUp, Interaction, Letter

    used: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for model in (Interaction, FollowUp, Letter):
            col = getattr(model, column)
            used |= {i for (i,) in model.select(col).where(col.in_(chunk)).distinct().tuples()}
    return used
