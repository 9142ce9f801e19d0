"""Read side of follow-ups (Wiedervorlage): lists by assignee and state, and the counts for Today.

Days are the team's local calendar days (the cadence time zone): a follow-up is *overdue* when its
due date lies before today, *today* when it falls on today. The ``(assignee, done_at, due_at)``
index serves "mine"; ``due_at`` and ``done_at`` serve "everyone".
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass

from peewee import JOIN, Case, fn

from crmdesk.db.derived import load_cadence_settings
from crmdesk.db.models import Company, FollowUp, Meta, Person, User, utcnow
from crmdesk.domain import cadence
from crmdesk.queries.keep_in_touch import person_name

STATUSES = ("open", "overdue", "today", "done")


@dataclass(frozen=True)
class FollowUpRow:
    """One follow-up with the names the lists show."""

    id: int
    version: int
    person_id: int | None
    company_id: int | None
    subject: str  # the person's name, or the company's for a company follow-up
    company: str
    due_at: dt.datetime  # naive UTC
    assignee_id: int | None
    assignee: str
    note: str
    repeat_days: int | None
    done_at: dt.datetime | None
    done_by: str
    state: str  # "overdue", "today", "open" (later) or "done"


@dataclass(frozen=True)
class FollowUpCounts:
    """Open follow-ups: due ``today``, ``overdue`` (before today) and all ``open`` ones."""

    today: int = 0
    overdue: int = 0
    open: int = 0


def _day_bounds(now: dt.datetime | None, tz: str) -> tuple[dt.datetime, dt.datetime]:
    """Naive UTC start of today and of tomorrow in the team's time zone."""
    today = cadence.local_date(now or utcnow(), tz)
    return cadence.start_of_local_day(today, tz), cadence.start_of_local_day(today + dt.timedelta(days=1), tz)


def _state(due_at: dt.datetime, done_at: dt.datetime | None, start: dt.datetime, end: dt.datetime) -> str:
    if done_at is not None:
        return "done"
    if due_at < start:
        return "overdue"
    return "today" if due_at < end else "open"


def _where(status: str, assignee_id: int | None, start: dt.datetime, end: dt.datetime):
    if status not in STATUSES:
        raise ValueError(f"unknown follow-up status {status!r}")
    where = FollowUp.done_at.is_null(status != "done")
    if status == "overdue":
        where &= FollowUp.due_at < start
    elif status == "today":
        where &= (FollowUp.due_at >= start) & (FollowUp.due_at < end)
    if assignee_id is not None:
        where &= FollowUp.assignee == assignee_id
    return where


def list_follow_ups(*, status: str = "open", assignee_id: int | None = None, now: dt.datetime | None = None,
                    limit: int | None = 500) -> list[FollowUpRow]:
    """Follow-ups in *status* ("open", "overdue", "today", "done") of one assignee or everyone.

    Open ones come by due date (earliest first), done ones by completion (latest first).
    """
    start, end = _day_bounds(now, load_cadence_settings().time_zone)
    order = (FollowUp.done_at.desc(), FollowUp.id.desc()) if status == "done" else (FollowUp.due_at, FollowUp.id)
    query = _select().where(_where(status, assignee_id, start, end)).order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    return [_row(r, start, end) for r in query.dicts()]


def get_follow_up(follow_up_id: int, *, now: dt.datetime | None = None) -> FollowUpRow | None:
    """One follow-up (open or done) by id, or None."""
    start, end = _day_bounds(now, load_cadence_settings().time_zone)
    row = _select().where(FollowUp.id == follow_up_id).dicts().first()
    return None if row is None else _row(row, start, end)


def _select():
    assignee, done_by = User.alias(), User.alias()
    return (FollowUp.select(FollowUp, Person.first_name, Person.name_particle, Person.last_name,
                            Person.company_name, Company.name.alias("company_own_name"),
                            assignee.name.alias("assignee_name"), done_by.name.alias("done_by_name"))
            .join(Person, JOIN.LEFT_OUTER, on=(FollowUp.person == Person.id))
            .switch(FollowUp).join(Company, JOIN.LEFT_OUTER, on=(FollowUp.company == Company.id))
            .switch(FollowUp).join(assignee, JOIN.LEFT_OUTER, on=(FollowUp.assignee == assignee.id))
            .switch(FollowUp).join(done_by, JOIN.LEFT_OUTER, on=(FollowUp.done_by == done_by.id)))


def _row(r: dict, start: dt.datetime, end: dt.datetime) -> FollowUpRow:
    if r["person"] is not None:
        subject = person_name(r["first_name"] or "", r["name_particle"] or "", r["last_name"] or "")
        company = r["company_name"] or ""
    else:
        subject = company = r["company_own_name"] or ""
    return FollowUpRow(
        id=r["id"], version=r["version"], person_id=r["person"], company_id=r["company"], subject=subject,
        company=company, due_at=r["due_at"], assignee_id=r["assignee"], assignee=r["assignee_name"] or "",
        note=r["note"] or "", repeat_days=r["repeat_days"], done_at=r["done_at"], done_by=r["done_by_name"] or "",
        state=_state(r["due_at"], r["done_at"], start, end))


def follow_up_counts_by_assignee(*, now: dt.datetime | None = None) -> dict[int | None, FollowUpCounts]:
    """Open follow-ups per assignee id (due today, overdue, all open)."""
    start, end = _day_bounds(now, load_cadence_settings().time_zone)
    overdue = fn.SUM(Case(None, [(FollowUp.due_at < start, 1)], 0))
    today = fn.SUM(Case(None, [((FollowUp.due_at >= start) & (FollowUp.due_at < end), 1)], 0))
    query = (FollowUp.select(FollowUp.assignee, today, overdue, fn.COUNT(FollowUp.id))
             .where(FollowUp.done_at.is_null()).group_by(FollowUp.assignee).tuples())
    result: dict[int | None, FollowUpCounts] = defaultdict(FollowUpCounts)
    for assignee_id, n_today, n_overdue, n_open in query:
        result[assignee_id] = FollowUpCounts(int(n_today or 0), int(n_overdue or 0), int(n_open))
    return dict(result)


def follow_up_counts(*, assignee_id: int | None = None, now: dt.datetime | None = None) -> FollowUpCounts:
    """Open follow-ups of one assignee, or of everyone when *assignee_id* is None."""
    per = follow_up_counts_by_assignee(now=now)
    if assignee_id is not None:
        return per.get(assignee_id, FollowUpCounts())
    return FollowUpCounts(sum(c.today for c in per.values()), sum(c.overdue for c in per.values()),
                          sum(c.open for c in per.values()))


def calendar_namespace() -> str:
    """A short name unique to this database (from its creation time), for calendar UIDs."""
    row = Meta.select(Meta.value).where(Meta.key == "created_at").tuples().first()
    digest = hashlib.sha1((row[0] if row else "").encode()).hexdigest()[:12]
    return f"{digest}.crmdesk"
