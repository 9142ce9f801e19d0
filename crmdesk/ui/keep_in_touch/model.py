"""The table model of the keep-in-touch list: a small, fully loaded list of DueRow records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from crmdesk.queries.keep_in_touch import DueRow
from crmdesk.ui.widgets.record_model import ID_ROLE, RecordTableModel
from crmdesk.ui.keep_in_touch.common import STATE_BACKGROUND, STATE_FOREGROUND, date_text, elide

CONTEXT = "DueTableModel"
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("DueTableModel", "Name")),
    ("company", QT_TRANSLATE_NOOP("DueTableModel", "Company")),
    ("last", QT_TRANSLATE_NOOP("DueTableModel", "Last contact")),
    ("by", QT_TRANSLATE_NOOP("DueTableModel", "By")),
    ("interval", QT_TRANSLATE_NOOP("DueTableModel", "Interval (days)")),
    ("late", QT_TRANSLATE_NOOP("DueTableModel", "Days overdue")),
    ("state", QT_TRANSLATE_NOOP("DueTableModel", "State")),
)
RIGHT_ALIGNED = {"interval", "late"}
NEVER = QT_TRANSLATE_NOOP("DueTableModel", "never")
OVERDUE = QT_TRANSLATE_NOOP("DueTableModel", "overdue")
DUE = QT_TRANSLATE_NOOP("DueTableModel", "due")
TOOLTIP = QT_TRANSLATE_NOOP("DueTableModel", "Due since {date} · score {score}")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


class DueTableModel(RecordTableModel):
    """Rows of the ranked list in rank order (the list is short: the page loads the first 200).

    Attributes: _rows (list of DueRow), _tz (time zone for dates).
    """

    COLUMNS = COLUMNS
    CONTEXT = CONTEXT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, colours, alignment, tooltip and the person id (ID_ROLE) of a cell."""
        found = self.record_at(index)
        if found is None:
            return None
        record, key = found
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, key)
        if role == ID_ROLE:
            return record.person_id
        if role == Qt.ItemDataRole.BackgroundRole and key == "state":
            return STATE_BACKGROUND.get(record.state)
        if role == Qt.ItemDataRole.ForegroundRole and key in ("state", "late"):
            return STATE_FOREGROUND.get(record.state)
        if role == Qt.ItemDataRole.FontRole and key == "late" and record.state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        return None

    def _text(self, record: DueRow, key: str) -> str:
        if key == "name":
            return elide(record.name)
        if key == "company":
            return elide(record.company)
        if key == "last":
            return date_text(record.last_contact_at, self._tz) if record.last_contact_at else _tr(NEVER)
        if key == "by":
            return elide(record.last_contact_by, 60)
        if key == "interval":
            return str(record.interval_days)
        if key == "late":
            return str(record.days_overdue)
        return _tr(OVERDUE) if record.state == "overdue" else _tr(DUE)

    def _tooltip(self, record: DueRow) -> str:
        return _tr(TOOLTIP).format(
            date=date_text(record.next_due_at, self._tz), score=f"{record.score:.2f}")
