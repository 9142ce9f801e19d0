"""The history of printed letters: a small table model (at most a thousand rows, fed by the page) and the
view with "Open" and "Show in folder"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from crmdesk.domain.letter_records import LetterHistoryRow
from crmdesk.ui.letters.common import open_file, show_in_folder, tr
from crmdesk.ui.widgets.formatting import format_datetime

COLUMNS = (
    QT_TRANSLATE_NOOP("Letters", "Date"), QT_TRANSLATE_NOOP("Letters", "Recipient"),
    QT_TRANSLATE_NOOP("Letters", "Subject"), QT_TRANSLATE_NOOP("Letters", "Template"),
    QT_TRANSLATE_NOOP("Letters", "By"), QT_TRANSLATE_NOOP("Letters", "File"),
)


class HistoryModel(QAbstractTableModel):
    """Rows of LetterHistoryRow, newest first; never touches the database (set_rows feeds it).

    Attributes: _rows.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[LetterHistoryRow] = []

    def set_rows(self, rows: Sequence[LetterHistoryRow]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> LetterHistoryRow | None:
        """The record shown in *row*."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of letters (0 below the root)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Translated column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; the file column's tooltip is the full path."""
        record = self.row_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (format_datetime(record.created_at), record.recipient_label, record.subject,
                    record.template_name, record.created_by, Path(record.file_path).name if record.file_path else "",
                    )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2, 5):
            return (record.recipient_label, record.subject, record.file_path)[(1, 2, 5).index(index.column())]
        return None


class HistoryView(QWidget):
    """The table of printed letters with Open / Show in folder for the selected one.

    Attributes: model (HistoryModel), table (QTableView), open_button, folder_button, empty (QLabel).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton()
        self.folder_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.folder_button.clicked.connect(self.show_selected_folder)
        self.empty = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    def set_rows(self, rows: Sequence[LetterHistoryRow]) -> None:
        """Show *rows* (newest first)."""
        self.model.set_rows(rows)
        for column, width in enumerate((130, 220, 260, 140, 120)):
            self.table.setColumnWidth(column, width)
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected(self) -> LetterHistoryRow | None:
        """The selected letter."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        """Open the selected letter's PDF."""
        record = self.selected()
        if record and record.file_path and Path(record.file_path).exists():
            open_file(record.file_path)

    def show_selected_folder(self) -> None:
        """Show the folder of the selected letter's PDF."""
        record = self.selected()
        if record and record.file_path:
            show_in_folder(record.file_path)

    def _update_buttons(self) -> None:
        record = self.selected()
        exists = bool(record and record.file_path and Path(record.file_path).exists())
        self.open_button.setEnabled(exists)
        self.folder_button.setEnabled(bool(record and record.file_path))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.open_button.setText(self.tr("Open"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.empty.setText(self.tr("No letters printed yet."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
