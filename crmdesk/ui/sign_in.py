"""Sign-in at start: choose the user (the last one preselected), password when the user has one."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from crmdesk.ops import users as user_ops
from crmdesk.ops.base import Actor, NotFound
from crmdesk.queries.users import list_users

LAST_USER_KEY = "signin/last_user"


class SignInDialog(QDialog):
    """Asks who is working; `actor` holds the result after accept().

    Attributes: actor (the signed-in Actor or None), _users (UserRecords shown in the combo).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to crmdesk"))
        self.actor: Actor | None = None
        self._users = list_users()
        self._combo = QComboBox()
        for user in self._users:
            self._combo.addItem(f"{user.name} ({user.role})", user.name)
        last = QSettings().value(LAST_USER_KEY, "", str)
        index = self._combo.findData(last)
        self._combo.setCurrentIndex(max(index, 0))
        self._password = QLineEdit()
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._error = QLabel()
        self._error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("User:"), self._combo)
        form.addRow(self.tr("Password:"), self._password)
        form.addRow(self._error)
        form.addRow(buttons)
        self._combo.currentIndexChanged.connect(self._on_user_changed)
        self._on_user_changed()

    def _current(self):
        return self._users[self._combo.currentIndex()]

    def _on_user_changed(self) -> None:
        self._password.setEnabled(self._current().has_password)
        self._password.setPlaceholderText("" if self._current().has_password else self.tr("no password set"))

    def _on_accept(self) -> None:
        try:
            self.actor = user_ops.authenticate(self._current().name, self._password.text())
        except NotFound as exc:
            self._error.setText(str(exc))
            return
        QSettings().setValue(LAST_USER_KEY, self.actor.name)
        self.accept()


def choose_actor() -> Actor | None:
    """Sign in; a single user without a password is signed in without asking."""
    users = list_users()
    if len(users) == 1 and not users[0].has_password:
        return user_ops.authenticate(users[0].name, None)
    dialog = SignInDialog()
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
