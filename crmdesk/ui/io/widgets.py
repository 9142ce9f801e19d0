"""Small widgets shared by the import wizard, the quality report and the Data section."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QTableWidget, QTableWidgetItem, QWidget,
)

from crmdesk.io.records import WARNING, Problem
from crmdesk.ui.i18n import tr_message

MAX_SHOWN = 1000  # rows a problem or duplicate table shows; the rest are counted (and can be saved)


class BusyBar(QWidget):
    """A progress bar with a line of text, hidden while nothing runs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.text = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar, 1)
        self.hide()

    def start(self, text: str) -> None:
        """Show with *text*, indeterminate until the first progress report."""
        self.text.setText(text)
        self.bar.setRange(0, 0)
        self.show()

    def progress(self, done: int, total: int) -> None:
        """Slot for a worker's progress signal."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def stop(self) -> None:
        """Hide again."""
        self.hide()


def read_only_table(headers: list[str]) -> QTableWidget:
    """A table for showing rows: no editing, whole rows selected, last column stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def item(text: object, *, tip: str = "") -> QTableWidgetItem:
    """A read-only cell; long texts get their full text as tooltip."""
    cell = QTableWidgetItem("" if text is None else str(text))
    if tip or len(cell.text()) > 60:
        cell.setToolTip(tip or cell.text())
    return cell


def fill_problems(table: QTableWidget, problems: Iterable[Problem], *, file_label: str, warning_label: str,
                  empty_label: str = "") -> int:
    """Show problems as 'Line | Problem' in the UI's language (warnings in a softer colour); returns how many there are."""
    problems = list(problems)
    shown = problems[:MAX_SHOWN]
    table.setRowCount(len(shown))
    for row, problem in enumerate(shown):
        where = item(problem.line or file_label)
        where.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        message = tr_message(problem.message)
        text = item(f"{warning_label}: {message}" if problem.severity == WARNING else message)
        colour = QColor("#8a6d00") if problem.severity == WARNING else QColor("#b00020")
        text.setForeground(colour)
        table.setItem(row, 0, where)
        table.setItem(row, 1, text)
    table.resizeColumnToContents(0)
    if not problems:
        table.setRowCount(1)
        table.setItem(0, 1, item(empty_label))
    return len(problems)
