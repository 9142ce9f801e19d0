"""Dialogs for follow-ups: new/edit (FollowUpDialog) and complete with an optional logged contact
(CompleteDialog). They return values; the page saves them through crmdesk.ops.interactions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from crmdesk.domain import cadence
from crmdesk.queries import catalogue, persons
from crmdesk.queries.follow_ups import FollowUpRow
from crmdesk.ui.keep_in_touch.common import catalogue_label, date_text, elide, local

SEARCH_DELAY_MS = 200
NOTE_MAX = 5000


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class PersonPicker(QLineEdit):
    """Type-ahead over persons (name, company, e-mail, phone); `person_id` is the chosen one.

    Attributes: person_id (int | None), _hits (display text -> id), _model, _timer.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.person_id: int | None = None
        self._hits: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self.person_id = None
        self._timer.start()

    def _search(self) -> None:
        hits = persons.search_persons(self.text().strip(), limit=20)
        self._hits = {f"{elide(h.name, 80)} — {elide(h.company, 60)}" if h.company else elide(h.name, 80): h.id
                      for h in hits}
        self._model.setStringList(list(self._hits))
        if self._hits:
            self.completer().complete()

    def _chosen(self, text: str) -> None:
        self.person_id = self._hits.get(text)


class FollowUpDialog(QDialog):
    """New or edit: person (new only), due date and time, assignee, note, repeat.

    Attributes: picker (PersonPicker or None), due_edit, assignee, note_edit, repeat_box, repeat_days,
    problem (QLabel), _row (the edited FollowUpRow or None), _person_id, _tz.
    """

    def __init__(self, ctx, *, tz: str, row: FollowUpRow | None = None, person_id: int | None = None,
                 person_name: str = "", parent=None):
        super().__init__(parent)
        self._row, self._person_id, self._tz = row, person_id if row is None else row.person_id, tz
        self.setWindowTitle(self.tr("Edit follow-up") if row else self.tr("New follow-up"))
        self.picker = PersonPicker() if row is None and person_id is None else None
        self.due_edit = QDateTimeEdit()
        self.due_edit.setCalendarPopup(True)
        self.assignee = QComboBox()
        for user in catalogue.users():
            self.assignee.addItem(user.name, user.id)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.repeat_box = QCheckBox(self.tr("Repeat every"))
        self.repeat_days = QSpinBox(minimum=1, maximum=3650, value=90)
        self.repeat_days.setSuffix(self.tr(" days after completion"))
        self.repeat_box.toggled.connect(self.repeat_days.setEnabled)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #8a1c14;")
        self._build(row.subject if row else person_name)
        self._load(ctx, row)

    def _build(self, subject: str) -> None:
        form = QFormLayout()
        if self.picker is not None:
            self.picker.setPlaceholderText(self.tr("Type a name, company, e-mail or phone number"))
            form.addRow(self.tr("For"), self.picker)
        else:
            label = QLabel(elide(subject, 120))
            label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(self.tr("For"), label)
        form.addRow(self.tr("Due"), self.due_edit)
        form.addRow(self.tr("Assigned to"), self.assignee)
        form.addRow(self.tr("Note"), self.note_edit)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat_box)
        repeat.addWidget(self.repeat_days, 1)
        form.addRow("", _wrap(repeat))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, self.tr("Save")))
        self.resize(520, 360)

    def _load(self, ctx, row: FollowUpRow | None) -> None:
        if row is None:
            tomorrow = cadence.local_date(dt.datetime.now(dt.UTC), self._tz) + dt.timedelta(days=1)
            due, assignee, note, repeat = dt.datetime.combine(tomorrow, dt.time(9)), ctx.actor.id, "", None
        else:
            due, assignee, note, repeat = local(row.due_at, self._tz), row.assignee_id, row.note, row.repeat_days
        self.due_edit.setDateTime(QDateTime(QDate(due.year, due.month, due.day), QTime(due.hour, due.minute)))
        self.assignee.setCurrentIndex(max(self.assignee.findData(assignee), 0))
        self.note_edit.setPlainText(note)
        self.repeat_box.setChecked(bool(repeat))
        self.repeat_days.setValue(repeat or 90)
        self.repeat_days.setEnabled(bool(repeat))

    def accept(self) -> None:  # noqa: D401 - Qt override
        """Close only with a person chosen and a note of sensible length."""
        if self.picker is not None and self.picker.person_id is None:
            self.problem.setText(self.tr("Choose a person from the list."))
            return
        if len(self.note_edit.toPlainText()) > NOTE_MAX:
            self.problem.setText(self.tr("The note is too long."))
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        """person_id, due_at (naive UTC), assignee_id, note, repeat_days (None = once)."""
        stamp = self.due_edit.dateTime()
        wall = dt.datetime(stamp.date().year(), stamp.date().month(), stamp.date().day(),
                           stamp.time().hour(), stamp.time().minute())
        person_id = self.picker.person_id if self.picker is not None else self._person_id
        return {"person_id": person_id, "due_at": cadence.from_local(wall, self._tz),
                "assignee_id": self.assignee.currentData(), "note": self.note_edit.toPlainText().strip(),
                "repeat_days": self.repeat_days.value() if self.repeat_box.isChecked() else None}


class CompleteDialog(QDialog):
    """Mark a follow-up done, optionally logging the contact (channel, direction, outcome, note).

    Attributes: log_box (QCheckBox), channel, direction, outcome (QComboBox), note_edit (QLineEdit).
    """

    def __init__(self, ctx, row: FollowUpRow, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complete follow-up"))
        self.log_box = QCheckBox(self.tr("Log the contact now"))
        self.log_box.setChecked(ctx.can("interaction.log") and (row.person_id is not None or row.company_id is not None))
        self.log_box.setEnabled(ctx.can("interaction.log"))
        self.channel, self.direction, self.outcome = QComboBox(), QComboBox(), QComboBox()
        for channel in catalogue.channels():
            self.channel.addItem(catalogue_label(channel), channel.code)
        self.direction.addItem(self.tr("outgoing (we contacted them)"), "out")
        self.direction.addItem(self.tr("incoming (they contacted us)"), "in")
        self.outcome.addItem(self.tr("— none —"), None)
        for outcome in catalogue.outcomes():
            self.outcome.addItem(catalogue_label(outcome), outcome.code)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What was agreed?"))
        self._build(row)

    def _build(self, row: FollowUpRow) -> None:
        intro = QLabel(elide(f"{row.subject}: {row.note}" if row.note else row.subject, 300))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Note"), self.note_edit)
        details = _wrap(form)
        self.log_box.toggled.connect(details.setEnabled)
        details.setEnabled(self.log_box.isChecked())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.log_box)
        layout.addWidget(details)
        if row.repeat_days:
            next_day = dt.date.today() + dt.timedelta(days=row.repeat_days)
            layout.addWidget(QLabel(self.tr("Repeats: the next follow-up will be due on {date}.").format(
                date=date_text(next_day))))
        layout.addWidget(_buttons(self, self.tr("Done")))

    def log_values(self) -> dict[str, Any] | None:
        """Keywords for ops.interactions.log_interaction, or None when no contact is to be logged."""
        if not self.log_box.isChecked():
            return None
        return {"channel": self.channel.currentData(), "direction": self.direction.currentData(),
                "outcome": self.outcome.currentData(), "note": self.note_edit.text().strip()}


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
