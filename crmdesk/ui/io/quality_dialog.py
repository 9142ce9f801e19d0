"""The data quality report: categories with counts on the left, the persons and reasons on the right."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from crmdesk.queries.quality import CATEGORIES, QualityReport, quality_report
from crmdesk.ui.i18n import tr_message
from crmdesk.ui.io import labels
from crmdesk.ui.io.widgets import MAX_SHOWN, BusyBar, item, read_only_table
from crmdesk.ui.tasks import run_in_background

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class QualityDialog(QDialog):
    """Runs quality_report on a worker and lists the findings; double-click opens the person.

    Attributes: ctx, person_ids (None = everyone), report (QualityReport once loaded), categories
    (QListWidget), table, busy, worker.
    """

    open_person = Signal(int)

    def __init__(self, ctx, parent=None, person_ids: list[int] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.person_ids = person_ids
        self.report: QualityReport | None = None
        self.summary = QLabel(wordWrap=True)
        self.categories = QListWidget()
        self.categories.setFixedWidth(260)
        self.categories.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.categories.currentRowChanged.connect(self._show_category)
        self.table = read_only_table([self.tr("Person"), self.tr("Problem"), self.tr("Reason")])
        self.table.cellDoubleClicked.connect(self._open)
        self.busy = BusyBar()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.categories)
        body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Data quality report"))
        self.resize(1000, 620)
        self.open_person.connect(ctx.events.open_person_requested.emit)
        self.worker = None
        self.start()

    def start(self) -> None:
        """Check the persons on a worker."""
        self.busy.start(self.tr("Checking persons…"))
        self.summary.setText(self.tr("Checking…"))
        self.worker = run_in_background(partial(quality_report, self.person_ids), on_done=self.show_report,
                                        on_error=self._failed, on_progress=self.busy.progress)

    def _failed(self, message: str) -> None:
        self.busy.stop()
        self.summary.setText(message)

    def show_report(self, report: QualityReport) -> None:
        """Fill the category list and show all findings."""
        self.worker = None
        self.busy.stop()
        self.report = report
        self.summary.setText(self.tr("%n person(s) checked", "", report.checked) + " · "
                             + self.tr("%n person(s) with findings", "", len(report.person_ids)))
        self.categories.clear()
        entry = QListWidgetItem(self.tr("All findings ({n})").format(n=len(report.items)))
        entry.setData(PERSON_ROLE, "")
        self.categories.addItem(entry)
        for category in CATEGORIES:
            entry = QListWidgetItem(f"{labels.label(labels.CATEGORIES, category)} ({report.counts[category]})")
            entry.setData(PERSON_ROLE, category)
            self.categories.addItem(entry)
        self.categories.setCurrentRow(0)

    def _show_category(self, row: int) -> None:
        if self.report is None or row < 0:
            return
        category = self.categories.item(row).data(PERSON_ROLE)
        items = self.report.in_category(category) if category else list(self.report.items)
        shown = items[:MAX_SHOWN]
        self.table.setRowCount(len(shown))
        for index, finding in enumerate(shown):
            name = item(finding.name)
            name.setData(PERSON_ROLE, finding.person_id)
            self.table.setItem(index, 0, name)
            self.table.setItem(index, 1, item(labels.label(labels.CATEGORIES, finding.category)))
            self.table.setItem(index, 2, item(tr_message(finding.reason)))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        if len(items) > len(shown):
            self.summary.setText(self.summary.text().split("\n")[0] + "\n"
                                 + self.tr("Showing the first {shown} of {n}.").format(shown=len(shown), n=len(items)))

    def _open(self, row: int, _column: int) -> None:
        cell = self.table.item(row, 0)
        if cell is not None:
            self.open_person.emit(int(cell.data(PERSON_ROLE)))


def show_quality_report(parent, ctx, person_ids: list[int] | None = None) -> QualityDialog:
    """Open the report (non-modal); for a serial letter pass its recipients."""
    dialog = QualityDialog(ctx, parent, person_ids)
    dialog.show()
    return dialog
