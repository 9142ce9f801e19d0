"""Column mappings remembered by name.

Decision: the team's mappings live in the database (Setting "import.mappings": {name: {column
name: target}}) and are written through ops.settings.set_setting, so only owners save them there.
Staff keep their own mappings in QSettings (the wizard does that, crmdesk/ui/io/mapping_store.py);
the command line (--mapping NAME) uses the team's mappings or a JSON file.
"""

from __future__ import annotations

import json
from pathlib import Path

from crmdesk.db.settings_store import get_setting
from crmdesk.io.fields import TARGET_IDS
from crmdesk.ops.base import Actor
from crmdesk.ops.settings import set_setting

SETTING_KEY = "import.mappings"


def team_mappings() -> dict[str, dict[str, str]]:
    """The team's saved mappings by name (invalid entries are left out)."""
    raw = get_setting(SETTING_KEY, {}) or {}
    if not isinstance(raw, dict):
        return {}
    return {str(name): {str(k): v for k, v in cols.items() if v in TARGET_IDS}
            for name, cols in raw.items() if isinstance(cols, dict)}


def save_team_mapping(actor: Actor, name: str, columns: dict[str, str]) -> None:
    """Store a mapping for the whole team (owners only: PermissionDenied otherwise)."""
    mappings = team_mappings()
    mappings[name.strip()] = {k: v for k, v in columns.items() if v in TARGET_IDS}
    set_setting(actor, SETTING_KEY, mappings)


def delete_team_mapping(actor: Actor, name: str) -> None:
    """Forget a team mapping (owners only)."""
    mappings = team_mappings()
    if mappings.pop(name, None) is not None:
        set_setting(actor, SETTING_KEY, mappings)


def resolve_mapping(name_or_file: str) -> dict[str, str] | None:
    """A team mapping by name, or a JSON file {column name: target}; None when there is neither."""
    mappings = team_mappings()
    if name_or_file in mappings:
        return mappings[name_or_file]
    path = Path(name_or_file)
    if path.suffix.lower() == ".json" and path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return {str(k): v for k, v in data.items() if v in TARGET_IDS}
    return None
