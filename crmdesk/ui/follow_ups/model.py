"""The table model of the follow-up list: a fully loaded list of FollowUpRow records (at most 500)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from crmdesk.queries.follow_ups import FollowUpRow
from crmdesk.ui.widgets.record_model import ID_ROLE, RecordTableModel
from crmdesk.ui.keep_in_touch.common import STATE_FOREGROUND, datetime_text, elide

CONTEXT = "FollowUpTableModel"
COLUMNS = (
    ("due", QT_TRANSLATE_NOOP("FollowUpTableModel", "Due")),
    ("subject", QT_TRANSLATE_NOOP("FollowUpTableModel", "For")),
    ("company", QT_TRANSLATE_NOOP("FollowUpTableModel", "Company")),
    ("note", QT_TRANSLATE_NOOP("FollowUpTableModel", "Note")),
    ("assignee", QT_TRANSLATE_NOOP("FollowUpTableModel", "Assigned to")),
    ("repeat", QT_TRANSLATE_NOOP("FollowUpTableModel", "Repeat (days)")),
    ("done", QT_TRANSLATE_NOOP("FollowUpTableModel", "Done")),
)


class FollowUpTableModel(RecordTableModel):
    """Follow-ups in list order; overdue ones in red and bold, today's in bold.

    Attributes: _rows (list of FollowUpRow), _tz (team time zone).
    """

    COLUMNS = COLUMNS
    CONTEXT = CONTEXT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, state colour and weight, tooltip (the whole note) and the follow-up id (ID_ROLE)."""
        found = self.record_at(index)
        if found is None:
            return None
        record, key = found
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, key)
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATE_FOREGROUND.get(record.state) if record.state == "overdue" else None
        if role == Qt.ItemDataRole.FontRole and record.state in ("overdue", "today"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key == "note" and record.note:
            return elide(record.note, 1000)
        return None

    def _text(self, record: FollowUpRow, key: str) -> str:
        if key == "due":
            return datetime_text(record.due_at, self._tz)
        if key == "subject":
            return elide(record.subject)
        if key == "company":
            return elide(record.company) if record.company != record.subject else ""
        if key == "note":
            return elide(record.note, 160)
        if key == "assignee":
            return elide(record.assignee, 60)
        if key == "repeat":
            return str(record.repeat_days) if record.repeat_days else ""
        if key == "done":
            return datetime_text(record.done_at, self._tz) if record.done_at else ""
        return ""
