"""The table model of the follow-up list: a fully loaded list of FollowUpRow records (at most 500)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from crmdesk.domain import cadence
from crmdesk.queries.follow_ups import FollowUpRow
from crmdesk.ui.keep_in_touch.common import STATE_FOREGROUND, datetime_text, elide

ID_ROLE = Qt.ItemDataRole.UserRole + 1
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


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class FollowUpTableModel(QAbstractTableModel):
    """Follow-ups in list order; overdue ones in red and bold, today's in bold.

    Attributes: _rows (list of FollowUpRow), _tz (team time zone).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []
        self._tz = cadence.DEFAULT_TZ

    def set_rows(self, rows: Sequence[FollowUpRow], tz: str = cadence.DEFAULT_TZ) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows, self._tz = list(rows), tz
        self.endResetModel()

    def row_record(self, row: int) -> FollowUpRow | None:
        """The record shown in *row*, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, state colour and weight, tooltip (the whole note) and the follow-up id (ID_ROLE)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, key = self._rows[index.row()], COLUMNS[index.column()][0]
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
