"""A small, fully loaded table model over a list of records, with translated column titles.

For short lists a page loads whole (the keep-in-touch list, follow-ups); big lists use
LazyTableModel instead. Subclasses set COLUMNS ((key, untranslated title), ...) and CONTEXT and
write data(); record_at() gives them the record and column key of an index.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from crmdesk.domain import cadence

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    """Rows of records in the order given.

    Attributes: _rows (the records), _tz (time zone for dates and times).
    """

    COLUMNS: tuple[tuple[str, str], ...] = ()
    CONTEXT = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._tz = cadence.DEFAULT_TZ

    def set_rows(self, rows: Sequence[Any], tz: str = cadence.DEFAULT_TZ) -> None:
        """Replace the rows (already in list order)."""
        self.beginResetModel()
        self._rows, self._tz = list(rows), tz
        self.endResetModel()

    def row_record(self, row: int) -> Any | None:
        """The record shown in *row*, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def record_at(self, index: QModelIndex | QPersistentModelIndex) -> tuple[Any, str] | None:
        """(record, column key) of a valid index, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()], self.COLUMNS[index.column()][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of rows (0 below the root)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns (0 below the root)."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None
