"""Settings section "Users" (owners only): who works with crmdesk, their roles; add and deactivate."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ops import users as user_ops
from crmdesk.ops.base import OperationError
from crmdesk.queries import catalogue

ROLES = ("owner", "staff", "apprentice")


class UsersSection(QWidget):
    """The user list with role and state, a form to add a user, and (de)activation.

    Attributes: ctx, table (QTreeWidget), name, role (QComboBox), password (QLineEdit), add_button,
    toggle_button, feedback (QLabel).
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setMinimumHeight(200)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem("", role)
        self.role.setCurrentIndex(1)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton()
        self.toggle_button = QPushButton()
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self._group = QGroupBox()
        self._labels = [QLabel() for _ in range(3)]
        self._build()
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.table.currentItemChanged.connect(lambda *_: self._update_toggle())
        self.retranslate()

    def _build(self) -> None:
        form = QFormLayout(self._group)
        for label, widget in zip(self._labels, (self.name, self.role, self.password)):
            form.addRow(label, widget)
        form.addRow(self.add_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._group)
        layout.addWidget(self.feedback)

    def title(self) -> str:
        """Section title."""
        return self.tr("Users")

    def save(self) -> bool:
        """Changes here are saved at once; nothing left to save."""
        return True

    def refresh(self) -> None:
        """Fill the list from the database."""
        role_names = self._role_names()
        self.table.clear()
        for user in catalogue.users(include_inactive=True):
            state = self.tr("active") if user.active else self.tr("deactivated")
            password = self.tr("yes") if user.has_password else self.tr("no")
            item = QTreeWidgetItem([user.name, user.initials, role_names.get(user.role, user.role), state, password])
            item.setData(0, Qt.ItemDataRole.UserRole, user.id)
            item.setData(1, Qt.ItemDataRole.UserRole, 1 if user.active else 0)
            self.table.addTopLevelItem(item)
        self._update_toggle()

    def add_user(self) -> None:
        """Add the user from the form (password optional)."""
        try:
            user_ops.add_user(
                self.ctx.actor,
                name=self.name.text(),
                role=self.role.currentData(),
                password=self.password.text() or None,
            )
        except OperationError as exc:
            self._say(str(exc), error=True)
            return
        self._say(self.tr("User %1 added.").replace("%1", self.name.text().strip()))
        self.name.clear()
        self.password.clear()
        self.refresh()

    def toggle_active(self) -> None:
        """Deactivate (or activate again) the selected user; their history stays."""
        item = self.table.currentItem()
        if item is None:
            return
        user_id, active = item.data(0, Qt.ItemDataRole.UserRole), bool(item.data(1, Qt.ItemDataRole.UserRole))
        try:
            user_ops.update_user(self.ctx.actor, user_id, None, active=not active)
        except OperationError as exc:
            self._say(str(exc), error=True)
            return
        self._say(self.tr("Saved."))
        self.refresh()

    def _update_toggle(self) -> None:
        item = self.table.currentItem()
        active = bool(item.data(1, Qt.ItemDataRole.UserRole)) if item is not None else True
        self.toggle_button.setText(self.tr("Deactivate") if active else self.tr("Activate"))
        self.toggle_button.setEnabled(item is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.feedback.setText(text)

    def _role_names(self) -> dict[str, str]:
        return {"owner": self.tr("Owner"), "staff": self.tr("Staff"), "apprentice": self.tr("Apprentice")}

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.table.setHeaderLabels(
            [self.tr("Name"), self.tr("Initials"), self.tr("Role"), self.tr("State"), self.tr("Password")]
        )
        for index, role in enumerate(ROLES):
            self.role.setItemText(index, self._role_names()[role])
        for label, text in zip(self._labels, (self.tr("Name:"), self.tr("Role:"), self.tr("Password (optional):"))):
            label.setText(text)
        self._group.setTitle(self.tr("Add a user"))
        self.add_button.setText(self.tr("Add user"))
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
