"""A contact's history for the person and company views: interactions, employments, follow-ups, letters.

Timelines are read newest first in pages with keyset paging (`before=(occurred_at, id)` of the
last entry shown), on the (person, occurred_at) and (company, occurred_at) indexes, so a person
with thousands of interactions opens as fast as one with ten.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, Expression

from crmdesk.db.models import Channel, Company, Employment, FollowUp, Interaction, Letter, Outcome, Person, User
from crmdesk.domain.records import EmploymentRecord, FollowUpRecord, LetterRecord, TimelineEntry

PAGE = 100
Cursor = tuple[dt.datetime, int]


def person_timeline(person_id: int, *, before: Cursor | None = None, limit: int = PAGE) -> list[TimelineEntry]:
    """Interactions with one person, newest first; *before* continues after the last entry shown."""
    return _timeline(Interaction.person == person_id, before, limit)


def company_timeline(company_id: int, *, before: Cursor | None = None, limit: int = PAGE) -> list[TimelineEntry]:
    """Interactions with a company and all its persons (company_id is set on each), newest first."""
    return _timeline(Interaction.company == company_id, before, limit)


def next_cursor(entries: list[TimelineEntry]) -> Cursor | None:
    """The *before* value that continues after *entries* (None when empty)."""
    return (entries[-1].occurred_at, entries[-1].id) if entries else None


def _timeline(cond: Expression, before: Cursor | None, limit: int) -> list[TimelineEntry]:
    if before is not None:
        at, last_id = before
        cond &= (Interaction.occurred_at < at) | ((Interaction.occurred_at == at) & (Interaction.id < last_id))
    query = (
        Interaction.select(
            Interaction.id,
            Interaction.occurred_at,
            Channel.code,
            Channel.label_de,
            Channel.label_en,
            Channel.icon,
            Interaction.direction,
            Outcome.code,
            Outcome.label_de,
            Outcome.label_en,
            Outcome.kind,
            Interaction.subject,
            Interaction.note,
            User.name,
            Interaction.person,
            Person.first_name,
            Person.name_particle,
            Person.last_name,
            Interaction.duration_min,
        )
        .join_from(Interaction, Channel, on=(Interaction.channel == Channel.id))
        .join_from(Interaction, Outcome, JOIN.LEFT_OUTER, on=(Interaction.outcome == Outcome.id))
        .join_from(Interaction, User, JOIN.LEFT_OUTER, on=(Interaction.author == User.id))
        .join_from(Interaction, Person, JOIN.LEFT_OUTER, on=(Interaction.person == Person.id))
        .where(cond)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
        .tuples()
    )
    return [_entry(r) for r in query]


def _entry(r: tuple) -> TimelineEntry:
    person_name = " ".join(p for p in (r[15], r[16], r[17]) if p)
    return TimelineEntry(
        id=r[0],
        occurred_at=r[1],
        channel=r[2],
        channel_label_de=r[3],
        channel_label_en=r[4],
        channel_icon=r[5] or "",
        direction=r[6],
        outcome=r[7] or "",
        outcome_label_de=r[8] or "",
        outcome_label_en=r[9] or "",
        outcome_kind=r[10] or "",
        subject=r[11] or "",
        note=r[12] or "",
        author=r[13] or "",
        person_id=r[14],
        person_name=person_name,
        duration_min=r[18],
    )


def employments(*, person_id: int | None = None, company_id: int | None = None) -> list[EmploymentRecord]:
    """Employments of a person (primary first) or of a company (by person name)."""
    query = (
        Employment.select(
            Employment,
            Person.first_name,
            Person.name_particle,
            Person.last_name,
            Person.sort_name,
            Company.name.alias("company_name"),
        )
        .join_from(Employment, Person)
        .join_from(Employment, Company)
    )
    if person_id is not None:
        query = query.where(Employment.person == person_id).order_by(Employment.is_primary.desc(), Employment.id)
    else:
        query = query.where((Employment.company == company_id) & Person.deleted_at.is_null()).order_by(
            Person.sort_name, Employment.id
        )
    return [
        EmploymentRecord(
            r["id"],
            r["version"],
            r["person"],
            " ".join(p for p in (r["first_name"], r["name_particle"], r["last_name"]) if p),
            r["company"],
            r["company_name"],
            r["function_title"],
            r["department"],
            bool(r["is_primary"]),
            r["since"],
            r["until"],
        )
        for r in query.dicts()
    ]


def follow_ups(
    *, person_id: int | None = None, company_id: int | None = None, open_only: bool = False, limit: int = 200
) -> list[FollowUpRecord]:
    """Follow-ups of a person or a company, open ones first (by due date), then done ones (newest first)."""
    cond = (FollowUp.person == person_id) if person_id is not None else (FollowUp.company == company_id)
    if open_only:
        cond &= FollowUp.done_at.is_null()
    query = (
        FollowUp.select(
            FollowUp.id,
            FollowUp.due_at,
            FollowUp.note,
            User.name,
            FollowUp.done_at,
            FollowUp.person,
            Person.first_name,
            Person.name_particle,
            Person.last_name,
        )
        .join_from(FollowUp, User, JOIN.LEFT_OUTER, on=(FollowUp.assignee == User.id))
        .join_from(FollowUp, Person, JOIN.LEFT_OUTER, on=(FollowUp.person == Person.id))
        .where(cond)
        .order_by(FollowUp.done_at.is_null(False), FollowUp.due_at)
        .limit(limit)
        .tuples()
    )
    rows = [
        FollowUpRecord(r[0], r[1], r[2] or "", r[3] or "", r[4], r[5], " ".join(p for p in r[6:9] if p)) for r in query
    ]
    open_rows = [r for r in rows if r.done_at is None]
    done_rows = sorted((r for r in rows if r.done_at is not None), key=lambda r: r.done_at, reverse=True)
    return open_rows + done_rows


def letters(*, person_id: int | None = None, company_id: int | None = None, limit: int = 200) -> list[LetterRecord]:
    """Letters to a person or a company, newest first."""
    cond = (Letter.person == person_id) if person_id is not None else (Letter.company == company_id)
    query = (
        Letter.select(Letter.id, Letter.created_at, Letter.subject, Letter.recipient_label, Letter.file_path, User.name)
        .join_from(Letter, User, JOIN.LEFT_OUTER, on=(Letter.created_by == User.id))
        .where(cond)
        .order_by(Letter.created_at.desc(), Letter.id.desc())
        .limit(limit)
        .tuples()
    )
    return [LetterRecord(r[0], r[1], r[2] or "", r[3] or "", r[4] or "", r[5] or "") for r in query]
