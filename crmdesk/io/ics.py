"""Export follow-ups (Wiedervorlagen) as an iCalendar file that Outlook and Apple Calendar import.

Each follow-up becomes a VEVENT, not a VTODO: Outlook's .ics import ignores VTODO entirely, and
Apple Calendar moves VTODOs into Reminders (or drops them) depending on the version, while both
import a short VEVENT at the due time, with a reminder (VALARM), reliably. The UID is stable per
follow-up (``crmdesk-follow-up-<id>@<namespace>``) and SEQUENCE is the row's version, so
importing a newer export updates the entries instead of duplicating them. Times are UTC ("Z").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from icalendar import Alarm, Calendar, Event

PRODID = "-//crmdesk//Follow-ups//DE"
DEFAULT_DURATION_MIN = 30
DEFAULT_ALARM_MIN = 15


class FollowUpLike(Protocol):
    """What the export needs of a follow-up (crmdesk.queries.follow_ups.FollowUpRow fits)."""

    id: int
    version: int
    subject: str
    company: str
    due_at: dt.datetime  # naive UTC
    note: str
    assignee: str


def _utc(value: dt.datetime) -> dt.datetime:
    """A stored naive-UTC (or aware) timestamp as an aware UTC datetime."""
    return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)


def follow_up_uid(follow_up_id: int, namespace: str) -> str:
    """The stable UID of one follow-up's calendar entry."""
    return f"crmdesk-follow-up-{follow_up_id}@{namespace}"


def _event(row: FollowUpLike, *, stamp: dt.datetime, namespace: str, summary_prefix: str,
           duration_min: int, alarm_min: int | None) -> Event:
    event = Event()
    event.add("uid", follow_up_uid(row.id, namespace))
    event.add("dtstamp", stamp)
    start = _utc(row.due_at).replace(microsecond=0)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=duration_min))
    title = f"{row.subject} ({row.company})" if row.company and row.company != row.subject else row.subject
    event.add("summary", f"{summary_prefix}: {title}" if summary_prefix else title)
    if row.note:
        event.add("description", row.note)
    event.add("sequence", max(int(row.version) - 1, 0))
    event.add("transp", "TRANSPARENT")  # a reminder to call, not a blocked slot
    if alarm_min is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event["summary"])
        alarm.add("trigger", dt.timedelta(minutes=-alarm_min))
        event.add_component(alarm)
    return event


def follow_ups_to_ics(rows: Iterable[FollowUpLike], *, namespace: str = "crmdesk.local",
                      summary_prefix: str = "Follow-up", now: dt.datetime | None = None,
                      duration_min: int = DEFAULT_DURATION_MIN, alarm_min: int | None = DEFAULT_ALARM_MIN) -> bytes:
    """The follow-ups as an iCalendar file (UTF-8 bytes, CRLF lines as RFC 5545 requires).

    *summary_prefix* is the translated word shown before the name ("Wiedervorlage: ..."),
    *namespace* makes the UIDs unique per database, *alarm_min* None leaves out the reminder.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    stamp = _utc(now) if now else dt.datetime.now(dt.UTC).replace(microsecond=0)
    for row in rows:
        calendar.add_component(_event(row, stamp=stamp, namespace=namespace, summary_prefix=summary_prefix,
                                      duration_min=duration_min, alarm_min=alarm_min))
    return calendar.to_ical()


def write_ics(path: Path, rows: Iterable[FollowUpLike], **options) -> int:
    """Write the follow-ups to *path* (atomically: a temporary file, then a rename); returns the count."""
    rows = list(rows)
    data = follow_ups_to_ics(rows, **options)
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(path)
    return len(rows)
