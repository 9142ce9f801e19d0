"""Operation for business settings (letterhead, cadence defaults, title conventions): owners only."""

from __future__ import annotations

import json
from typing import Any

from crmdesk.db import derived
from crmdesk.db.models import Setting
from crmdesk.ops.base import Actor, insert_row, operation, update_row


def set_setting(actor: Actor, key: str, value: Any) -> None:
    """Store *value* (JSON-serialisable) under *key*; cadence changes recompute next-due for everyone."""
    encoded = json.dumps(value, ensure_ascii=False, default=str)
    with operation(actor, "settings.business") as op:
        row = Setting.get_or_none(Setting.key == key)
        if row is None:
            insert_row(op, Setting, {"key": key, "value": encoded})
        else:
            update_row(op, Setting, row.id, None, {"value": encoded})
        if key == derived.CADENCE_SETTING:
            derived.backfill_contact_state()
