"""The status bar's permanent parts: who is signed in, which database is open, and an Undo button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from crmdesk.ui.icons import icon

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

UNDO_VISIBLE_MS = 20_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusArea", text)


class StatusArea:
    """Adds the user and database labels and an Undo button to *status_bar*.

    Attributes: _bar, _user_label, _db_label, _undo_button, _undo (the pending undo callable),
    _hide_timer, _user (name, role), _database (shown path/URL).
    """

    ROLE_NAMES = {
        "owner": QT_TRANSLATE_NOOP("StatusArea", "Owner"),
        "staff": QT_TRANSLATE_NOOP("StatusArea", "Staff"),
        "apprentice": QT_TRANSLATE_NOOP("StatusArea", "Apprentice"),
    }

    def __init__(self, status_bar: QStatusBar, *, user: str, role: str, database: str, read_only: bool):
        self._bar = status_bar
        self._user, self._role, self._database, self._read_only = user, role, database, read_only
        self._undo: Callable[[], None] | None = None
        self._undo_button = QPushButton(icon("action-undo"), "")
        self._undo_button.setFlat(True)
        self._undo_button.hide()
        self._undo_button.clicked.connect(self.run_undo)
        self._user_label = QLabel()
        self._db_label = QLabel()
        self._hide_timer = QTimer(singleShot=True, interval=UNDO_VISIBLE_MS)
        self._hide_timer.timeout.connect(self.clear_undo)
        status_bar.addPermanentWidget(self._undo_button)
        status_bar.addPermanentWidget(self._user_label)
        status_bar.addPermanentWidget(self._db_label)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        role = _tr(self.ROLE_NAMES.get(self._role, self._role))
        self._user_label.setText(translate("StatusArea", "User: %1 (%2)").replace("%1", self._user).replace("%2", role))
        text = translate("StatusArea", "Database: %1").replace("%1", self._database)
        self._db_label.setText(text + (" · " + translate("StatusArea", "read-only") if self._read_only else ""))
        self._db_label.setToolTip(self._database)
        self._undo_button.setText(translate("StatusArea", "Undo"))

    def offer_undo(self, message: str, undo: Callable[[], None]) -> None:
        """Show *message* with an Undo button for a while (Ctrl+Z runs it too)."""
        self._undo = undo
        self._bar.showMessage(message, UNDO_VISIBLE_MS)
        self._undo_button.show()
        self._hide_timer.start()

    def run_undo(self) -> bool:
        """Run the pending undo; False when there is none."""
        undo, self._undo = self._undo, None
        self.clear_undo()
        if undo is None:
            return False
        undo()
        return True

    def clear_undo(self) -> None:
        """Forget the pending undo."""
        self._undo = None
        self._undo_button.hide()

    def has_undo(self) -> bool:
        """Is an undo pending?"""
        return self._undo is not None
