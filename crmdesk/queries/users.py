"""Queries about users (sign-in list, user management)."""

from __future__ import annotations

from crmdesk.db.models import User
from crmdesk.domain.records import UserRecord


def list_users(*, include_inactive: bool = False) -> list[UserRecord]:
    """Users ordered by name."""
    query = User.select().order_by(User.name)
    if not include_inactive:
        query = query.where(User.active == True)  # noqa: E712
    return [UserRecord(u.id, u.name, u.initials, u.role, u.active, bool(u.password_hash)) for u in query]
