"""The snooze dialog: pause reminders for a person until a date, with a reason (the caller saves)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from crmdesk.ui.keep_in_touch.common import elide

REASON_MAX = 300
QUICK_CHOICES = ((7, QT_TRANSLATE_NOOP("SnoozeDialog", "1 week")), (14, QT_TRANSLATE_NOOP("SnoozeDialog", "2 weeks")),
                 (30, QT_TRANSLATE_NOOP("SnoozeDialog", "1 month")), (91, QT_TRANSLATE_NOOP("SnoozeDialog", "3 months")))


class SnoozeDialog(QDialog):
    """Asks until when (a date after today) and why; `until()` and `reason()` give the answer.

    Attributes: date_edit (QDateEdit), reason_edit (QLineEdit), buttons (QDialogButtonBox).
    """

    def __init__(self, name: str, *, today: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze reminders"))
        self._today = today
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(self._qdate(1))
        self.date_edit.setDate(self._qdate(14))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("e.g. on parental leave until spring"))
        quick = QHBoxLayout()
        for days, label in QUICK_CHOICES:
            button = QPushButton(QCoreApplication.translate("SnoozeDialog", label))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, d=days: self.date_edit.setDate(self._qdate(d)))
            quick.addWidget(button)
        quick.addStretch(1)
        intro = QLabel(self.tr("No reminders for <b>{name}</b> until the chosen day; from then on as usual.")
                       .format(name=_escape(elide(name, 120))))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Until"), self.date_edit)
        form.addRow("", quick)
        form.addRow(self.tr("Reason"), self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Snooze"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def _qdate(self, days: int) -> QDate:
        day = self._today + dt.timedelta(days=days)
        return QDate(day.year, day.month, day.day)

    def until(self) -> dt.date:
        """The first day on which reminders come back."""
        chosen = self.date_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def reason(self) -> str:
        """Why the person is snoozed (may be empty)."""
        return self.reason_edit.text().strip()


def _escape(text: str) -> str:
    """Plain text for a rich-text label (names like "<b>Müller & Söhne</b>" stay text)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
