"""Reading business settings (JSON values in the Setting table); writing goes through crmdesk.ops.settings."""

from __future__ import annotations

import json
from typing import Any

from crmdesk.db.models import Setting


def get_setting(key: str, default: Any = None) -> Any:
    """The decoded value stored under *key*, or *default*."""
    row = Setting.select(Setting.value).where(Setting.key == key).tuples().first()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


def settings_with_prefix(prefix: str) -> dict[str, Any]:
    """All settings whose key starts with *prefix* (prefix stripped)."""
    query = Setting.select(Setting.key, Setting.value).where(Setting.key.startswith(prefix)).tuples()
    result = {}
    for key, value in query:
        try:
            result[key[len(prefix):]] = json.loads(value)
        except ValueError:
            continue
    return result
