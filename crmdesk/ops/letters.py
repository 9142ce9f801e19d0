"""Operations of letters: templates (create, update, delete; versioned and audited) and recording printed
letters (one Letter row per letter and, unless switched off, one outbound "letter" interaction each).

Templates are checked at save time with the same rules as at print time: a stray brace or an unknown
placeholder is a ValidationError naming it (crmdesk.letters.markup.find_placeholders against
crmdesk.domain.letter_records.known_placeholders()).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from crmdesk.db import derived
from crmdesk.db.models import Interaction, Letter, LetterTemplate, database, utcnow
from crmdesk.domain.letter_records import known_placeholders
from crmdesk.ops.base import Actor, ValidationError, delete_row, insert_row, operation, update_row
from crmdesk.ops.interactions import channel_id

TEMPLATE_FIELDS = frozenset({"name", "language", "subject", "body", "advertising", "active"})
LANGUAGES = ("de", "en")
SUBJECT_MAX = 300
LABEL_MAX = 400


# --- templates -------------------------------------------------------------------------------------

def template_problems(values: Mapping[str, Any]) -> dict[str, str]:
    """Field → message for what is wrong with template *values* (only the fields given are checked)."""
    from crmdesk.letters.markup import TemplateSyntaxError, find_placeholders

    problems: dict[str, str] = {}
    if "name" in values and not str(values["name"] or "").strip():
        problems["name"] = "A template needs a name."
    if "name" in values and len(str(values["name"] or "")) > 120:
        problems["name"] = "The name is longer than 120 characters."
    if "language" in values and values["language"] not in LANGUAGES:
        problems["language"] = f"Language must be one of {', '.join(LANGUAGES)}."
    if "subject" in values and len(str(values["subject"] or "")) > SUBJECT_MAX:
        problems["subject"] = f"The subject is longer than {SUBJECT_MAX} characters."
    known = set(known_placeholders())
    for key in ("subject", "body"):
        if key not in values:
            continue
        try:
            names = find_placeholders(str(values[key] or ""))
        except TemplateSyntaxError as exc:
            problems[key] = str(exc)
            continue
        unknown = [name for name in names if name not in known]
        if unknown:
            problems[key] = "unknown placeholder(s): " + ", ".join("{" + n + "}" for n in unknown)
    return problems


def _check_template(values: Mapping[str, Any], *, own_id: int | None = None) -> None:
    """Raise ValidationError for bad values or a name another template already has."""
    unknown = set(values) - TEMPLATE_FIELDS
    problems = {k: "unknown field" for k in sorted(unknown)}
    problems.update(template_problems(values))
    if "name" in values and "name" not in problems:
        clash = LetterTemplate.select(LetterTemplate.id).where(LetterTemplate.name == str(values["name"]).strip())
        if own_id is not None:
            clash = clash.where(LetterTemplate.id != own_id)
        if clash.exists():
            problems["name"] = f"A template called {str(values['name']).strip()!r} already exists."
    if problems:
        raise ValidationError(problems)


def create_template(actor: Actor, *, name: str, language: str = "de", subject: str = "", body: str = "",
                    advertising: bool = False) -> int:
    """Store a new template (staff and owners); returns its id."""
    values = {"name": name.strip(), "language": language, "subject": subject, "body": body,
              "advertising": bool(advertising)}
    with operation(actor, "template.edit") as op:
        _check_template(values)
        return insert_row(op, LetterTemplate, values)


def update_template(actor: Actor, template_id: int, expected_version: int | None, changes: Mapping[str, Any]) -> None:
    """Change a template; ConflictError if someone else saved it since it was read."""
    values = dict(changes)
    if "name" in values:
        values["name"] = str(values["name"]).strip()
    with operation(actor, "template.edit") as op:
        _check_template(values, own_id=template_id)
        update_row(op, LetterTemplate, template_id, expected_version, values)


def delete_template(actor: Actor, template_id: int, expected_version: int | None = None) -> None:
    """Delete a template; letters printed from it keep their subject and file (their link becomes empty)."""
    with operation(actor, "template.edit") as op:
        delete_row(op, LetterTemplate, template_id, expected_version)


# --- recording printed letters ----------------------------------------------------------------------

@dataclass(frozen=True)
class LetterEntry:
    """One printed letter to record."""

    person_id: int | None
    company_id: int | None
    recipient_label: str
    subject: str
    file_path: str


@dataclass(frozen=True)
class RecordedLetters:
    """Ids of what record_letters stored, in the order of the entries."""

    letter_ids: tuple[int, ...]
    interaction_ids: tuple[int, ...]


def record_letters(actor: Actor, entries: Sequence[LetterEntry], *, template_id: int | None, batch_key: str,
                   serial: bool, log_interactions: bool = True, occurred_at: dt.datetime | None = None,
                   interaction_subject: str = "") -> RecordedLetters:
    """Record printed letters in ONE transaction: a Letter row each (sharing *batch_key*, which must be
    new) and, with *log_interactions*, an outbound interaction of channel "letter" per recipient; then
    the last contact and next due of those persons are recomputed once for all of them.

    Permission: "letter.serial" for a serial letter, "letter.single" for one letter. Rows are inserted
    in bulk; the audit trail gets one entry for the letters and one for the interactions, each listing
    the ids (a serial letter of thousands stays one readable audit line, not thousands).
    """
    if not batch_key:
        raise ValidationError({"batch_key": "A batch key is needed to record letters."})
    when = occurred_at or utcnow()
    letter_channel = channel_id("letter") if log_interactions else None
    with operation(actor, "letter.serial" if serial else "letter.single", batch=batch_key) as op:
        stamp = {"created_at": when, "modified_at": when, "modified_by": actor.id, "version": 1}
        _insert_chunked(Letter, [{
            **stamp, "template": template_id, "person": e.person_id, "company": e.company_id,
            "recipient_label": e.recipient_label[:LABEL_MAX], "subject": e.subject[:SUBJECT_MAX],
            "file_path": e.file_path, "batch_key": batch_key, "created_by": actor.id} for e in entries])
        letter_ids = [i for (i,) in Letter.select(Letter.id).where(Letter.batch_key == batch_key)
                      .order_by(Letter.id).tuples()]
        op.audit("letter", letter_ids[0] if len(letter_ids) == 1 else None, "print",
                 None, {"batch_key": batch_key, "template": template_id, "count": len(letter_ids),
                        "letter_ids": letter_ids, "person_ids": [e.person_id for e in entries]})
        interaction_ids: list[int] = []
        if letter_channel is not None:
            interaction_ids = _log_letters(op, entries, letter_ids, letter_channel, when, interaction_subject)
    return RecordedLetters(tuple(letter_ids), tuple(interaction_ids))


def _log_letters(op, entries: Sequence[LetterEntry], letter_ids: list[int], channel: int, when: dt.datetime,
                 fallback_subject: str) -> list[int]:
    """One outbound interaction per letter; then last contact/next due are refreshed once for everyone."""
    stamp = {"created_at": when, "modified_at": when, "modified_by": op.actor.id, "version": 1}
    rows = [{**stamp, "person": e.person_id, "company": e.company_id, "channel": channel, "direction": "out",
             "occurred_at": when, "subject": (e.subject or fallback_subject)[:SUBJECT_MAX], "note": "",
             "author": op.actor.id, "letter": letter_id}
            for e, letter_id in zip(entries, letter_ids) if e.person_id is not None or e.company_id is not None]
    _insert_chunked(Interaction, rows)
    by_letter: dict[int, int] = {}
    for start in range(0, len(letter_ids), _CHUNK):
        chunk = letter_ids[start:start + _CHUNK]
        by_letter.update((letter, iid) for iid, letter in
                         Interaction.select(Interaction.id, Interaction.letter).where(Interaction.letter.in_(chunk))
                         .tuples())
    interaction_ids = [by_letter[i] for i in letter_ids if i in by_letter]
    op.audit("interaction", None, "log_letters", None, {"channel": "letter", "interaction_ids": interaction_ids})
    persons = [e.person_id for e in entries if e.person_id is not None]
    derived.refresh_contact_state(persons)
    companies = [e.company_id for e in entries if e.person_id is None and e.company_id is not None]
    if companies:
        derived.refresh_company_contact(companies)
    return interaction_ids


_CHUNK = 500  # ids per IN (...) list when reading back


def _insert_chunked(model, rows: list[dict]) -> None:
    """Insert *rows* (dicts with the same keys) with one prepared statement: executemany on SQLite,
    execute_values on PostgreSQL; values converted by the fields as peewee would (peewee's own
    multi-row INSERT spends most of its time building SQL text)."""
    if not rows:
        return
    from crmdesk.db.schema import is_postgres

    names = list(rows[0])
    fields = [model._meta.fields[name] for name in names]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    values = [tuple(f.db_value(row[name]) for f, name in zip(fields, names)) for row in rows]
    table = model._meta.table_name
    if is_postgres():
        from psycopg2.extras import execute_values

        execute_values(database.cursor(), f'INSERT INTO "{table}" ({columns}) VALUES %s', values, page_size=1000)
        return
    marks = ", ".join("?" for _ in names)
    database.cursor().executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', values)
