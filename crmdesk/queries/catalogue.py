"""Small lists for pickers and filters: channels, outcomes, tags, users, countries in use."""

from __future__ import annotations

from crmdesk.db.models import Channel, Company, Outcome, Person, Tag
from crmdesk.domain.records import ChannelRecord, OutcomeRecord, TagRecord, UserRecord
from crmdesk.queries.users import list_users


def channels(*, include_inactive: bool = False) -> list[ChannelRecord]:
    """Contact channels in their display order, with single-key shortcuts."""
    query = Channel.select().order_by(Channel.sort_order, Channel.id)
    if not include_inactive:
        query = query.where(Channel.active == True)  # noqa: E712
    return [ChannelRecord(c.code, c.label_de, c.label_en, c.icon, (c.shortcut or "").upper()) for c in query]


def outcomes(*, include_inactive: bool = False) -> list[OutcomeRecord]:
    """Contact outcomes in their display order."""
    query = Outcome.select().order_by(Outcome.sort_order, Outcome.id)
    if not include_inactive:
        query = query.where(Outcome.active == True)  # noqa: E712
    return [OutcomeRecord(o.code, o.label_de, o.label_en, o.kind) for o in query]


def tags() -> list[TagRecord]:
    """All tags by name."""
    return [TagRecord(t.id, t.name, t.color) for t in Tag.select(Tag.id, Tag.name, Tag.color).order_by(Tag.name)]


def users(*, include_inactive: bool = False) -> list[UserRecord]:
    """Users by name (owners, assignees)."""
    return list_users(include_inactive=include_inactive)


def countries() -> list[str]:
    """Country codes in use by persons or companies (for the country filter)."""
    found = {c for (c,) in Person.select(Person.display_country).distinct().tuples() if c}
    found |= {c for (c,) in Company.select(Company.country).distinct().tuples() if c}
    return sorted(found)
