"""Who may do what: the role matrix for owner, staff and apprentice (pure data, no I/O)."""

from __future__ import annotations

OWNER, STAFF, APPRENTICE = "owner", "staff", "apprentice"
ROLES = (OWNER, STAFF, APPRENTICE)

# Every permission an operation can ask for.
PERMISSIONS = frozenset({
    "person.create", "person.edit", "person.delete",
    "company.create", "company.edit", "company.delete",
    "interaction.log", "interaction.edit", "interaction.delete",
    "followup.create", "followup.edit", "followup.complete", "followup.delete",
    "tag.edit", "letter.single", "letter.serial", "template.edit",
    "export.bulk", "import.run", "import.undo",
    "settings.business", "catalogue.edit", "users.manage", "backup.run", "backup.restore",
    "person.erase",
})

# Apprentices add and edit persons and companies, log interactions and follow-ups, write single
# letters; no deleting, no bulk export, no serial letters, no settings (issue #2, item 7).
APPRENTICE_PERMISSIONS = frozenset({
    "person.create", "person.edit", "company.create", "company.edit",
    "interaction.log", "interaction.edit",
    "followup.create", "followup.edit", "followup.complete",
    "letter.single", "backup.run",
})

# Staff do everything but manage users and business settings.
STAFF_PERMISSIONS = PERMISSIONS - {"users.manage", "settings.business", "catalogue.edit", "backup.restore", "person.erase"}

ROLE_PERMISSIONS = {
    OWNER: PERMISSIONS,
    STAFF: STAFF_PERMISSIONS,
    APPRENTICE: APPRENTICE_PERMISSIONS,
}


def can(role: str, permission: str) -> bool:
    """True when *role* holds *permission*; unknown permissions are a programming error."""
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    return permission in ROLE_PERMISSIONS.get(role, frozenset())
