"""Saved column mappings as the wizard offers them: the team's (database, owners save) and one's own (QSettings)."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from crmdesk.io import mappings
from crmdesk.io.fields import TARGET_IDS
from crmdesk.ops.base import PermissionDenied

PERSONAL_KEY = "import/mappings"


def personal_mappings() -> dict[str, dict[str, str]]:
    """This user's own mappings on this computer."""
    try:
        data = json.loads(QSettings().value(PERSONAL_KEY, "{}") or "{}")
    except (TypeError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(n): {str(k): v for k, v in c.items() if v in TARGET_IDS} for n, c in data.items() if isinstance(c, dict)}


def all_mappings() -> dict[str, dict[str, str]]:
    """Team mappings first, then personal ones (a personal mapping of the same name wins)."""
    return {**mappings.team_mappings(), **personal_mappings()}


def save_mapping(ctx, name: str, columns: dict[str, str]) -> str:
    """Save for the team when allowed (owners), else for this user; returns 'team' or 'personal'."""
    if ctx.can("settings.business"):
        try:
            mappings.save_team_mapping(ctx.actor, name, columns)
            return "team"
        except PermissionDenied:
            pass
    data = personal_mappings()
    data[name.strip()] = columns
    QSettings().setValue(PERSONAL_KEY, json.dumps(data, ensure_ascii=False))
    return "personal"
