"""The export operation: only roles with "export.bulk" may write lists of personal data, and every export is audited.

Exports of personal data are worth auditing (DSGVO accountability): who exported how many
persons or companies, in which format, to which file. The permission is checked before anything
is read; the audit entry is written after the file is complete, in its own short transaction,
so a long export holds no write transaction open.
"""

from __future__ import annotations

from collections.abc import Callable

from crmdesk.ops.base import Actor, operation, require

ENTITIES = {"persons": "person", "companies": "company"}


def check_export(actor: Actor) -> None:
    """PermissionDenied unless the actor may bulk-export (apprentices may not)."""
    require(actor, "export.bulk")


def run_export(actor: Actor, *, entity: str, fmt: str, target: str, write: Callable[[], int]) -> int:
    """Check the permission, call *write* (writes the file, returns the number of records) and audit it."""
    check_export(actor)
    count = write()
    record_export(actor, entity=entity, fmt=fmt, target=target, count=count)
    return count


def record_export(actor: Actor, *, entity: str, fmt: str, target: str, count: int) -> None:
    """Write the audit entry 'export' with the count (entity: 'persons' or 'companies')."""
    with operation(actor, "export.bulk") as op:
        op.audit(ENTITIES.get(entity, entity), None, "export", None, {"count": count, "format": fmt, "file": target})
