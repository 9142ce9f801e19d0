"""Operations on interactions (logged contacts), follow-ups (Wiedervorlage) and the channel/outcome catalogue.

Logging, editing or deleting an interaction recomputes the person's last contact and next due
in the same transaction (crmdesk.db.derived), so a logged call always resets the reminder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from crmdesk.domain import cadence
from crmdesk.db import derived
from crmdesk.db.models import Channel, FollowUp, Interaction, Outcome, Person, utcnow
from crmdesk.ops.base import Actor, NotFound, ValidationError, delete_row, insert_row, operation, row_dict, update_row

INTERACTION_FIELDS = frozenset({"channel", "direction", "occurred_at", "duration_min", "subject", "note", "outcome", "person", "company"})


def channel_id(code: str) -> int:
    """The id of a channel code; ValidationError naming the known codes otherwise."""
    row = Channel.select(Channel.id).where(Channel.code == code).tuples().first()
    if row is None:
        known = ", ".join(c for (c,) in Channel.select(Channel.code).order_by(Channel.sort_order).tuples())
        raise ValidationError({"channel": f"Unknown channel {code!r}; known: {known}."})
    return row[0]


def outcome_id(code: str | None) -> int | None:
    """The id of an outcome code (None stays None); ValidationError for unknown codes."""
    if not code:
        return None
    row = Outcome.select(Outcome.id).where(Outcome.code == code).tuples().first()
    if row is None:
        known = ", ".join(c for (c,) in Outcome.select(Outcome.code).order_by(Outcome.sort_order).tuples())
        raise ValidationError({"outcome": f"Unknown outcome {code!r}; known: {known}."})
    return row[0]


def _check_direction(direction: str) -> None:
    if direction not in ("in", "out"):
        raise ValidationError({"direction": "Direction must be 'in' or 'out'."})


def log_interaction(actor: Actor, *, channel: str, person_id: int | None = None, company_id: int | None = None,
                    direction: str = "out", occurred_at: dt.datetime | None = None, outcome: str | None = None,
                    subject: str = "", note: str = "", duration_min: int | None = None,
                    follow_up_due: dt.datetime | None = None, follow_up_note: str = "",
                    letter_id: int | None = None) -> int:
    """Log a contact as *actor*; optionally schedule a follow-up for the actor. Returns the id."""
    if person_id is None and company_id is None:
        raise ValidationError({"person": "An interaction needs a person or a company."})
    _check_direction(direction)
    values = {
        "channel": channel_id(channel), "outcome": outcome_id(outcome), "direction": direction,
        "occurred_at": occurred_at or utcnow(), "subject": subject.strip(), "note": note,
        "duration_min": duration_min, "author": actor.id, "letter": letter_id,
    }
    with operation(actor, "interaction.log") as op:
        if person_id is not None:
            person = Person.select(Person.company, Person.deleted_at).where(Person.id == person_id).tuples().first()
            if person is None:
                raise NotFound(f"person {person_id} does not exist.")
            company_id = company_id or person[0]
        values.update(person=person_id, company=company_id)
        new_id = insert_row(op, Interaction, values)
        if follow_up_due is not None:
            insert_row(op, FollowUp, {"person": person_id, "company": company_id if person_id is None else None,
                                      "due_at": follow_up_due, "assignee": actor.id, "note": follow_up_note,
                                      "created_by": actor.id})
        derived.note_logged_contact(person_id=person_id, company_id=company_id, interaction_id=new_id,
                                    occurred_at=values["occurred_at"], author=actor.id, channel=channel,
                                    direction=direction, outcome=outcome)
        return new_id


def _after_change(person_ids, company_ids) -> None:
    persons = [p for p in person_ids if p is not None]
    if persons:
        derived.refresh_contact_state(persons)
    # refresh_contact_state already rolled up the persons' companies
    primary = {c for (c,) in Person.select(Person.company).where(Person.id.in_(persons)).tuples()} if persons else set()
    companies = [c for c in company_ids if c is not None and c not in primary]
    if companies:
        derived.refresh_company_contact(companies)


def update_interaction(actor: Actor, interaction_id: int, expected_version: int | None, changes: Mapping[str, Any]) -> None:
    """Edit an interaction (channel/outcome as codes); last contact is recomputed."""
    unknown = set(changes) - INTERACTION_FIELDS
    if unknown:
        raise ValidationError({k: "unknown field" for k in sorted(unknown)})
    data = dict(changes)
    if "channel" in data:
        data["channel"] = channel_id(data["channel"])
    if "outcome" in data:
        data["outcome"] = outcome_id(data["outcome"])
    if "direction" in data:
        _check_direction(data["direction"])
    with operation(actor, "interaction.edit") as op:
        before = row_dict(Interaction, interaction_id)
        update_row(op, Interaction, interaction_id, expected_version, data)
        after = row_dict(Interaction, interaction_id)
        _after_change({before["person"], after["person"]}, {before["company"], after["company"]})


def delete_interaction(actor: Actor, interaction_id: int, expected_version: int | None = None) -> None:
    """Delete an interaction; if it was the last contact, the previous one takes its place."""
    with operation(actor, "interaction.delete") as op:
        before = delete_row(op, Interaction, interaction_id, expected_version)
        _after_change([before["person"]], [before["company"]])


# --- follow-ups -------------------------------------------------------------------------------

def create_follow_up(actor: Actor, *, due_at: dt.datetime, person_id: int | None = None, company_id: int | None = None,
                     assignee_id: int | None = None, note: str = "", repeat_days: int | None = None) -> int:
    """Create a Wiedervorlage for a person or company, assigned to a user (default: the actor)."""
    if person_id is None and company_id is None:
        raise ValidationError({"person": "A follow-up needs a person or a company."})
    if repeat_days is not None and repeat_days <= 0:
        raise ValidationError({"repeat_days": "Repeat must be a positive number of days."})
    with operation(actor, "followup.create") as op:
        return insert_row(op, FollowUp, {
            "person": person_id, "company": company_id, "due_at": due_at, "assignee": assignee_id or actor.id,
            "note": note, "repeat_days": repeat_days, "created_by": actor.id,
        })


def update_follow_up(actor: Actor, follow_up_id: int, expected_version: int | None, changes: Mapping[str, Any]) -> None:
    """Change due date, assignee, note or repeat of a follow-up."""
    allowed = {"due_at", "assignee", "note", "repeat_days"}
    if set(changes) - allowed:
        raise ValidationError({k: "unknown field" for k in sorted(set(changes) - allowed)})
    with operation(actor, "followup.edit") as op:
        update_row(op, FollowUp, follow_up_id, expected_version, changes)


def complete_follow_up(actor: Actor, follow_up_id: int, *, log: Mapping[str, Any] | None = None,
                       completed_at: dt.datetime | None = None) -> int | None:
    """Mark done; with *log* (log_interaction keywords) the contact is logged in the same step.

    A repeating follow-up schedules its next occurrence from the completion time. Returns the
    id of the next follow-up, if any.
    """
    completed_at = completed_at or utcnow()
    with operation(actor, "followup.complete") as op:
        row = row_dict(FollowUp, follow_up_id)
        if row["done_at"] is not None:
            raise ValidationError({"done_at": "This follow-up is already done."})
        interaction_id = None
        if log is not None:
            interaction_id = log_interaction(actor, person_id=row["person"], company_id=row["company"], **log)
        update_row(op, FollowUp, follow_up_id, None,
                   {"done_at": completed_at, "done_by": actor.id, "interaction": interaction_id}, action="complete")
        if not row["repeat_days"]:
            return None
        due = cadence.next_follow_up_due(completed_at, row["repeat_days"], original_due=row["due_at"])
        return insert_row(op, FollowUp, {
            "person": row["person"], "company": row["company"], "due_at": due, "assignee": row["assignee"],
            "note": row["note"], "repeat_days": row["repeat_days"], "created_by": actor.id,
        })


def delete_follow_up(actor: Actor, follow_up_id: int) -> None:
    """Delete a follow-up."""
    with operation(actor, "followup.delete") as op:
        delete_row(op, FollowUp, follow_up_id)


# --- catalogue ---------------------------------------------------------------------------------

def add_channel(actor: Actor, *, code: str, label_de: str, label_en: str, shortcut: str = "", icon: str = "") -> int:
    """The owner extends the channel catalogue."""
    with operation(actor, "catalogue.edit") as op:
        return insert_row(op, Channel, {"code": code, "label_de": label_de, "label_en": label_en,
                                        "shortcut": shortcut, "icon": icon, "sort_order": 200})


def add_outcome(actor: Actor, *, code: str, label_de: str, label_en: str, kind: str = "neutral") -> int:
    """The owner extends the outcome catalogue."""
    with operation(actor, "catalogue.edit") as op:
        return insert_row(op, Outcome, {"code": code, "label_de": label_de, "label_en": label_en, "kind": kind, "sort_order": 200})
