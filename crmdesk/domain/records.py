"""Frozen records passed across layers (queries → UI/letters/CLI); never peewee rows."""

from __future__ import annotations

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
