"""The follow-ups page: my or everyone's open, overdue, today's or done follow-ups, with new/edit/
complete/delete and the export of my open follow-ups as an .ics calendar file."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMenu, QMessageBox, QPushButton,
    QTableView, QVBoxLayout,
)

from crmdesk.domain import cadence
from crmdesk.io.ics import write_ics
from crmdesk.ops import interactions
from crmdesk.ops.base import OperationError
from crmdesk.queries import follow_ups, keep_in_touch
from crmdesk.ui.follow_ups.dialogs import CompleteDialog, FollowUpDialog
from crmdesk.ui.follow_ups.model import FollowUpTableModel
from crmdesk.ui.widgets.loading_page import LoadingPage

EXPORT_DIR_KEY = "follow_ups/export_dir"
COLUMN_WIDTHS = (140, 220, 200, 320, 130, 100, 140)


def load_follow_ups(status: str, assignee_id: int | None) -> tuple:
    """(rows, counts, time zone) for the page; runs on a worker thread."""
    rows = follow_ups.list_follow_ups(status=status, assignee_id=assignee_id)
    counts = follow_ups.follow_up_counts(assignee_id=assignee_id)
    return rows, counts, keep_in_touch.cadence_settings().time_zone


class FollowUpsPage(LoadingPage):
    """Follow-ups with scope (mine / everyone) and state filter; overdue ones in red and bold.

    Attributes: ctx, model, table, scope, status (QComboBox), summary (QLabel), buttons (name ->
    QPushButton), tz, _loader (LatestLoader), _dirty, _refresh_timer.
    """

    REFRESH_DELAY_MS = 200


    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tz = cadence.DEFAULT_TZ
        self.model = FollowUpTableModel(self)
        self.table = QTableView()
        self.scope, self.status = QComboBox(), QComboBox()
        self.summary = QLabel()
        self.buttons = {name: QPushButton() for name in ("new", "edit", "complete", "delete", "export")}
        self._setup_table()
        self._build()
        self._connect()
        self.retranslate()
        self._update_buttons()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (0, 5, 6):  # date/time and short numbers: as wide as the header needs
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.status)
        top.addWidget(self.summary, 1)
        for button in self.buttons.values():
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        for combo in (self.scope, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.buttons["new"].clicked.connect(lambda: self.new_follow_up())
        self.buttons["edit"].clicked.connect(self.edit_selected)
        self.buttons["complete"].clicked.connect(self.complete_selected)
        self.buttons["delete"].clicked.connect(self.delete_selected)
        self.buttons["export"].clicked.connect(lambda: self.export_ics())
        events = self.ctx.events
        for signal in (events.follow_ups_changed, events.persons_changed, events.interactions_changed):
            signal.connect(lambda *_: self._schedule_refresh())

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        texts = {"new": self.tr("&New…"), "edit": self.tr("&Edit…"), "complete": self.tr("&Done…"),
                 "delete": self.tr("Delete"), "export": self.tr("Export .ics…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["export"].setToolTip(self.tr("Save my open follow-ups as a calendar file for Outlook or Apple Calendar"))
        self._fill(self.scope, [(self.tr("Mine"), "mine"), (self.tr("Everyone's"), "everyone")])
        self._fill(self.status, [(self.tr("Open"), "open"), (self.tr("Overdue"), "overdue"),
                                 (self.tr("Due today"), "today"), (self.tr("Done"), "done")])

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------

    def load_job(self):
        """The follow-ups for the chosen status and scope."""
        assignee = self.ctx.actor.id if self.scope.currentData() == "mine" else None
        return partial(load_follow_ups, self.status.currentData() or "open", assignee)

    def _show_result(self, result: tuple) -> None:
        rows, counts, self.tz = result
        self.model.set_rows(rows, self.tz)
        self.table.setColumnHidden(6, self.status.currentData() != "done")
        self.table.setColumnHidden(4, self.scope.currentData() == "mine")
        number = QLocale().toString
        self.summary.setText(self.tr("{overdue} overdue · {today} due today · {open} open").format(
            overdue=number(counts.overdue), today=number(counts.today), open=number(counts.open)))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("The follow-ups could not be loaded: {message}").format(message=message))

    # --- actions ---------------------------------------------------------------------------------

    def selected(self):
        """The selected follow-up record, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        is_open = row is not None and row.done_at is None
        self.buttons["new"].setEnabled(self.ctx.can("followup.create"))
        self.buttons["edit"].setEnabled(is_open and self.ctx.can("followup.edit"))
        self.buttons["complete"].setEnabled(is_open and self.ctx.can("followup.complete"))
        self.buttons["delete"].setEnabled(row is not None and self.ctx.can("followup.delete"))

    def new_follow_up(self, person_id: int | None = None, person_name: str = "") -> FollowUpDialog | None:
        """Open the dialog for a new follow-up (optionally for a given person)."""
        if not self.ctx.can("followup.create"):
            return None
        dialog = FollowUpDialog(self.ctx, tz=self.tz, person_id=person_id, person_name=person_name, parent=self)
        dialog.accepted.connect(lambda: self._save(dialog, None))
        return self._open(dialog)

    def edit_selected(self) -> FollowUpDialog | None:
        """Open the selected open follow-up for editing."""
        row = self.selected()
        if row is None or row.done_at is not None or not self.ctx.can("followup.edit"):
            return None
        dialog = FollowUpDialog(self.ctx, tz=self.tz, row=row, parent=self)
        dialog.accepted.connect(lambda: self._save(dialog, row))
        return self._open(dialog)

    def _open(self, dialog):
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save(self, dialog: FollowUpDialog, row) -> None:
        values = dialog.values()
        try:
            if row is None:
                interactions.create_follow_up(self.ctx.actor, **values)
            else:
                changes = {"due_at": values["due_at"], "assignee": values["assignee_id"], "note": values["note"],
                           "repeat_days": values["repeat_days"]}
                interactions.update_follow_up(self.ctx.actor, row.id, row.version, changes)
        except OperationError as exc:
            QMessageBox.warning(self, self.tr("Follow-up"), str(exc))
            return
        self.ctx.events.follow_ups_changed.emit()

    def complete_selected(self) -> CompleteDialog | None:
        """Open the complete dialog for the selected follow-up; it saves when accepted."""
        row = self.selected()
        if row is None or row.done_at is not None or not self.ctx.can("followup.complete"):
            return None
        dialog = CompleteDialog(self.ctx, row, parent=self)
        dialog.accepted.connect(lambda: self._complete(row, dialog.log_values()))
        return self._open(dialog)

    def _complete(self, row, log: dict | None) -> None:
        try:
            interactions.complete_follow_up(self.ctx.actor, row.id, log=log)
        except OperationError as exc:
            QMessageBox.warning(self, self.tr("Follow-up"), str(exc))
            return
        self.ctx.events.follow_ups_changed.emit()
        if log is not None and row.person_id is not None:
            self.ctx.events.interactions_changed.emit([row.person_id])

    def delete_selected(self) -> None:
        """Delete the selected follow-up after asking."""
        row = self.selected()
        if row is None or not self.ctx.can("followup.delete"):
            return
        answer = QMessageBox.question(self, self.tr("Delete follow-up"),
                                      self.tr("Delete this follow-up for {name}?").format(name=row.subject[:100]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            interactions.delete_follow_up(self.ctx.actor, row.id)
        except OperationError as exc:
            QMessageBox.warning(self, self.tr("Follow-up"), str(exc))
            return
        self.ctx.events.follow_ups_changed.emit()

    def export_ics(self, path: str | None = None) -> int | None:
        """Save my open follow-ups as an .ics file (asks where unless *path* is given); returns the count."""
        settings = QSettings()
        if path is None:
            start = Path(settings.value(EXPORT_DIR_KEY, str(Path.home()), str)) / self.tr("follow-ups.ics")
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export follow-ups"), str(start),
                                                        self.tr("Calendar files (*.ics)"))
            if not path:
                return None
        target = Path(path if path.lower().endswith(".ics") else path + ".ics")
        rows = follow_ups.list_follow_ups(status="open", assignee_id=self.ctx.actor.id, limit=None)
        try:
            count = write_ics(target, rows, namespace=follow_ups.calendar_namespace(),
                              summary_prefix=self.tr("Follow-up"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export follow-ups"), str(exc))
            return None
        settings.setValue(EXPORT_DIR_KEY, str(target.parent))
        self.ctx.events.status_message.emit(self.tr("Follow-ups exported to {file}: {count}").format(
            file=target.name, count=count))
        return count

    def _context_menu(self, pos: QPoint) -> None:
        row = self.model.row_record(self.table.indexAt(pos).row())
        if row is None:
            return
        menu = QMenu(self)
        if row.person_id is not None:
            menu.addAction(self.tr("Open person"), lambda: self.ctx.events.open_person_requested.emit(row.person_id))
        elif row.company_id is not None:
            menu.addAction(self.tr("Open company"), lambda: self.ctx.events.open_company_requested.emit(row.company_id))
        for name in ("edit", "complete", "delete"):
            button = self.buttons[name]
            menu.addAction(button.text().replace("&", ""), button.click).setEnabled(button.isEnabled())
        menu.exec(self.table.viewport().mapToGlobal(pos))
