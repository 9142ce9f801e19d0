"""Frozen records passed across layers (queries → UI/letters/CLI); never peewee rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class UserRecord:
    """A crmdesk user as the UI shows it."""

    id: int
    name: str
    initials: str
    role: str
    active: bool
    has_password: bool


# --- lists ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ListFilter:
    """What a person or company list shows: search text and filters (None/"" = no filter).

    active: True = only active ones, False = only inactive ones, None = all.
    """

    search: str = ""
    tag_id: int | None = None
    category: str = ""
    owner_id: int | None = None
    country: str = ""
    active: bool | None = None


@dataclass(frozen=True)
class PersonRow:
    """One row of the persons list (only fetched for rows on screen)."""

    id: int
    name: str  # with titles: "KR Mag. Franz Huber, MSc"
    company: str
    company_id: int | None
    function_title: str
    city: str
    country: str
    last_contact_at: dt.datetime | None
    last_contact_by: str  # initials of the user
    next_due_at: dt.datetime | None
    due_state: str  # ok / due / overdue / none
    owner: str
    tags: tuple[str, ...]
    email: str
    phone: str


@dataclass(frozen=True)
class CompanyRow:
    """One row of the companies list."""

    id: int
    name: str
    city: str
    country: str
    category: str
    status: str
    persons: int
    last_contact_at: dt.datetime | None
    last_contact_by: str
    owner: str
    tags: tuple[str, ...]
    phone: str
    email: str


@dataclass(frozen=True)
class PersonHit:
    """A person found by the quick-log type-ahead."""

    id: int
    name: str
    company: str
    city: str


# --- details ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class EmploymentRecord:
    """A person's position at a company."""

    id: int
    version: int
    person_id: int
    person_name: str
    company_id: int
    company_name: str
    function_title: str
    department: str
    is_primary: bool
    since: dt.date | None
    until: dt.date | None


@dataclass(frozen=True)
class FollowUpRecord:
    """A Wiedervorlage as the person and company views list it."""

    id: int
    due_at: dt.datetime
    note: str
    assignee: str
    done_at: dt.datetime | None
    person_id: int | None
    person_name: str


@dataclass(frozen=True)
class LetterRecord:
    """A letter sent to a person or company."""

    id: int
    created_at: dt.datetime
    subject: str
    recipient_label: str
    file_path: str
    created_by: str


@dataclass(frozen=True)
class PersonDetail:
    """Everything the person view and the edit dialog show of one person.

    `values` holds the editable columns under their ops.contacts.PERSON_FIELDS names (titles as
    lists, owner as user id), so the edit dialog can diff against it.
    """

    id: int
    version: int
    values: dict
    display_name: str
    company_id: int | None
    company_name: str
    function_title: str
    owner_name: str
    tags: tuple[str, ...]
    employments: tuple[EmploymentRecord, ...]
    follow_ups: tuple[FollowUpRecord, ...]
    letters: tuple[LetterRecord, ...]
    last_contact_at: dt.datetime | None
    next_due_at: dt.datetime | None
    due_state: str
    interactions: int
    deleted_at: dt.datetime | None
    modified_at: dt.datetime | None
    modified_by: str


@dataclass(frozen=True)
class CompanyDetail:
    """Everything the company view and its edit dialog show of one company."""

    id: int
    version: int
    values: dict
    owner_name: str
    tags: tuple[str, ...]
    employments: tuple[EmploymentRecord, ...]
    follow_ups: tuple[FollowUpRecord, ...]
    letters: tuple[LetterRecord, ...]
    last_contact_at: dt.datetime | None
    deleted_at: dt.datetime | None
    modified_at: dt.datetime | None
    modified_by: str


@dataclass(frozen=True)
class TimelineEntry:
    """One interaction in a timeline (newest first)."""

    id: int
    occurred_at: dt.datetime
    channel: str  # code
    channel_label_de: str
    channel_label_en: str
    channel_icon: str
    direction: str
    outcome: str  # code or ""
    outcome_label_de: str
    outcome_label_en: str
    outcome_kind: str
    subject: str
    note: str
    author: str
    person_id: int | None
    person_name: str
    duration_min: int | None


# --- catalogue --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChannelRecord:
    """A contact channel with its single-key shortcut (data the owner can extend)."""

    code: str
    label_de: str
    label_en: str
    icon: str
    shortcut: str


@dataclass(frozen=True)
class OutcomeRecord:
    """A contact outcome."""

    code: str
    label_de: str
    label_en: str
    kind: str


@dataclass(frozen=True)
class TagRecord:
    """A tag for filters and the edit dialogs."""

    id: int
    name: str
    color: str
