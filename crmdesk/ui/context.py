"""What every page and dialog is given: the open database, the signed-in user and the app-wide events."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from crmdesk.domain.roles import can


class AppEvents(QObject):
    """App-wide notifications (house style R9). Emitted after an operation committed."""

    persons_changed = Signal(list)  # person ids (empty list = many/unknown)
    companies_changed = Signal(list)  # company ids
    interactions_changed = Signal(list)  # person ids whose history changed
    follow_ups_changed = Signal()
    letters_changed = Signal()
    settings_changed = Signal(str)  # setting key ("" = several)
    language_changed = Signal(str)  # "de" / "en"
    # requests from anywhere, handled by the main window or an extension
    open_person_requested = Signal(int)  # person id
    open_company_requested = Signal(int)  # company id
    quick_log_requested = Signal(int)  # person id, 0 = ask
    letter_requested = Signal(list)  # person ids: one → letter dialog
    serial_letter_requested = Signal(list)  # person ids (empty = choose by filter)
    export_requested = Signal(str, list)  # "persons"/"companies", ids (empty = the whole current list)
    import_requested = Signal()
    quality_report_requested = Signal()
    status_message = Signal(str)  # a short message for the status bar


@dataclass
class AppContext:
    """Passed into every page's constructor (no globals, house style R9)."""

    opened: object  # crmdesk.db.connection.OpenedDatabase
    actor: object  # crmdesk.ops.base.Actor
    events: AppEvents

    def can(self, permission: str) -> bool:
        """Does the signed-in user hold *permission*? (Hide what they may not do.)"""
        return (not getattr(self.opened, "read_only", False) or permission.startswith("view")) and can(self.actor.role, permission)
