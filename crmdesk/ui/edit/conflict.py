"""The dialog shown when someone else saved the record meanwhile: who, when, what; Reload or Overwrite."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from crmdesk.ui.widgets.formatting import format_datetime

RELOAD, OVERWRITE, CANCEL = "reload", "overwrite", "cancel"


class ConflictDialog(QDialog):
    """Tells who changed the record and when, lists their changes next to yours, and asks what to do.

    `choice` is RELOAD (discard my changes, show theirs), OVERWRITE (save mine on top of theirs)
    or CANCEL (keep editing). Attributes: choice, message (QLabel), changes (QTreeWidget), buttons.
    """

    def __init__(self, parent, *, changed_by: str, changed_at, rows: Sequence[tuple[str, str, str]]):
        super().__init__(parent)
        self.choice = CANCEL
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.message = QLabel(
            self.tr("%1 saved this record at %2, after you opened it. Your changes are not saved yet.")
            .replace("%1", changed_by or self.tr("another user"))
            .replace("%2", format_datetime(changed_at) if changed_at else self.tr("a moment ago"))
        )
        self.message.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setRootIsDecorated(False)
        self.changes.setHeaderLabels([self.tr("Field"), self.tr("Their value"), self.tr("Your value")])
        for label, theirs, mine in rows:
            self.changes.addTopLevelItem(QTreeWidgetItem([label, theirs[:300], mine[:300]]))
        self.changes.setVisible(bool(rows))
        self.buttons = QDialogButtonBox()
        self.reload_button = self._button(
            self.tr("Reload (discard mine)"), RELOAD, QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.overwrite_button = self._button(
            self.tr("Overwrite with mine"), OVERWRITE, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self._button(self.tr("Keep editing"), CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.changes)
        layout.addWidget(self.buttons)
        self.resize(620, 320)

    def _button(self, text: str, choice: str, role) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.clicked.connect(lambda _checked=False: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Rejected if choice == CANCEL else QDialog.DialogCode.Accepted)
