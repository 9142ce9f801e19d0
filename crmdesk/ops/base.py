"""The contract of every data-changing operation: actor, permission, one transaction, version, audit.

    with operation(actor, "person.edit") as op:
        before, after = update_row(op, Person, person_id, expected_version, changes)

`operation` checks the role first, opens one `database.atomic()` block and writes the collected
audit entries inside it, so either the change and its audit trail are both stored or neither is.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from peewee import Model

from crmdesk.domain.roles import can
from crmdesk.db.models import AuditEntry, User, database, utcnow


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf an operation runs."""

    id: int | None
    name: str
    role: str

    @classmethod
    def from_user(cls, user: User) -> Actor:
        """Build an actor from a User row."""
        return cls(user.id, user.name, user.role)


SYSTEM = Actor(None, "system", "owner")


class OperationError(Exception):
    """Base of errors an operation reports to the user."""


class PermissionDenied(OperationError):
    """The actor's role does not allow the operation."""


class NotFound(OperationError):
    """The record does not exist (any more)."""


class ValidationError(OperationError):
    """The input is not acceptable; `.problems` maps field names to messages."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.problems.items()))


class ConflictError(OperationError):
    """The record was changed by someone else since it was read; nothing was overwritten."""

    def __init__(self, entity: str, entity_id: int, changed_by: str, changed_at: dt.datetime | None, current_version: int):
        self.entity, self.entity_id = entity, entity_id
        self.changed_by, self.changed_at, self.current_version = changed_by, changed_at, current_version
        when = changed_at.strftime("%Y-%m-%d %H:%M UTC") if changed_at else "meanwhile"
        super().__init__(f"{entity} {entity_id} was changed by {changed_by} at {when}; your changes were not saved.")


@dataclass
class OpContext:
    """What an open operation knows: who acts, and the audit entries to write."""

    actor: Actor
    batch: str | None = None
    entries: list[dict] = field(default_factory=list)

    def audit(self, entity: str, entity_id: int | None, action: str, before: Any = None, after: Any = None) -> None:
        """Record one audited change (written at the end of the transaction)."""
        self.entries.append({
            "at": utcnow(), "user": self.actor.id, "user_name": self.actor.name, "entity": entity,
            "entity_id": entity_id, "action": action, "before": _dump(before), "after": _dump(after),
            "batch": self.batch, "modified_by": self.actor.id,
        })


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, default=_json_default, ensure_ascii=False)


def require(actor: Actor, permission: str) -> None:
    """Raise PermissionDenied unless the actor's role holds *permission*."""
    if not can(actor.role, permission):
        raise PermissionDenied(f"{actor.name} ({actor.role}) may not do this ({permission}).")


@contextmanager
def operation(actor: Actor, permission: str, *, batch: str | None = None) -> Iterator[OpContext]:
    """Check the role, run the body in one transaction and write its audit entries in it."""
    require(actor, permission)
    ctx = OpContext(actor=actor, batch=batch)
    with database.atomic():
        yield ctx
        if ctx.entries:
            AuditEntry.insert_many(ctx.entries).execute()


def entity_name(model: type[Model]) -> str:
    """The name used in audit entries and messages for a model."""
    return model._meta.table_name


def row_dict(model: type[Model], row_id: int) -> dict:
    """All columns of one row as a plain dict, or NotFound."""
    row = model.select().where(model.id == row_id).dicts().first()
    if row is None:
        raise NotFound(f"{entity_name(model)} {row_id} does not exist.")
    return row


def insert_row(op: OpContext, model: type[Model], values: Mapping[str, Any]) -> int:
    """Insert a row stamped with the actor, and audit it; returns the new id."""
    now = utcnow()
    data = {**values, "created_at": now, "modified_at": now, "modified_by": op.actor.id, "version": 1}
    new_id = model.insert(**data).execute()
    op.audit(entity_name(model), new_id, "create", None, dict(values))
    return new_id


def update_row(op: OpContext, model: type[Model], row_id: int, expected_version: int | None,
               changes: Mapping[str, Any], *, action: str = "update") -> tuple[dict, dict]:
    """Versioned update: only when the row still has *expected_version* (None = do not check).

    Returns (before, after) of the changed fields; raises ConflictError naming who changed it.
    """
    before_row = row_dict(model, row_id)
    changed = {k: v for k, v in changes.items() if before_row.get(k) != v}
    if expected_version is not None and before_row["version"] != expected_version:
        raise _conflict(model, before_row)
    if not changed:
        return {}, {}
    where = model.id == row_id
    if expected_version is not None:
        where &= model.version == expected_version
    count = model.update(**changed, modified_at=utcnow(), modified_by=op.actor.id, version=model.version + 1).where(where).execute()
    if count == 0:
        raise _conflict(model, row_dict(model, row_id))
    before = {k: before_row.get(k) for k in changed}
    op.audit(entity_name(model), row_id, action, before, changed)
    return before, dict(changed)


def delete_row(op: OpContext, model: type[Model], row_id: int, expected_version: int | None = None) -> dict:
    """Hard delete with version check; the audit entry keeps the whole row."""
    before_row = row_dict(model, row_id)
    if expected_version is not None and before_row["version"] != expected_version:
        raise _conflict(model, before_row)
    model.delete().where(model.id == row_id).execute()
    op.audit(entity_name(model), row_id, "delete", before_row, None)
    return before_row


def _conflict(model: type[Model], current: dict) -> ConflictError:
    who = "another user"
    if current.get("modified_by"):
        user = User.select(User.name).where(User.id == current["modified_by"]).tuples().first()
        who = user[0] if user else who
    return ConflictError(entity_name(model), current["id"], who, current.get("modified_at"), current["version"])
