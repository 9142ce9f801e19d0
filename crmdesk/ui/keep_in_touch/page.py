"""The keep-in-touch page: who needs contact most, with one click to log, write, snooze or open."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QMessageBox, QPushButton, QTableView,
    QVBoxLayout,
)

from crmdesk.domain import cadence
from crmdesk.ops import contacts
from crmdesk.ops.base import OperationError
from crmdesk.queries import catalogue, keep_in_touch
from crmdesk.ui.widgets.loading_page import LoadingPage
from crmdesk.ui.keep_in_touch.common import date_text
from crmdesk.ui.keep_in_touch.model import ID_ROLE, DueTableModel
from crmdesk.ui.keep_in_touch.snooze_dialog import SnoozeDialog

PAGE_ROWS = 200
COLUMN_WIDTHS = (260, 240, 110, 140, 110, 110, 90)


def load_due(owner_id: int | None, tag_id: int | None, limit: int = PAGE_ROWS) -> tuple:
    """(rows, counts or None, time zone) for the page; runs on a worker thread."""
    rows = keep_in_touch.ranked_due(limit=limit, owner_id=owner_id, tag_id=tag_id)
    counts = keep_in_touch.due_counts(owner_id=owner_id) if tag_id is None else None
    return rows, counts, keep_in_touch.cadence_settings().time_zone


class KeepInTouchPage(LoadingPage):
    """The ranked list (first 200) with scope filter (mine / everyone / tag) and the actions.

    Attributes: ctx, model (DueTableModel), table (QTableView), scope (QComboBox), summary (QLabel),
    buttons (dict name -> QPushButton), tz (team time zone), _loader (LatestLoader), _dirty,
    _refresh_timer (debounces change signals).
    """

    REFRESH_DELAY_MS = 200


    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tz = cadence.DEFAULT_TZ
        self.model = DueTableModel(self)
        self.table = self._make_table()
        self.scope = QComboBox()
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.summary = QLabel()
        self.buttons = {name: QPushButton() for name in ("log", "letter", "snooze", "open")}
        # a user who owns no persons (a one-person business) starts with everyone's list
        self._default_scope = "mine" if keep_in_touch.owns_persons(ctx.actor.id) else "everyone"
        self._build()
        self._connect()
        self.retranslate()
        self._update_buttons()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        return table

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.summary, 1)
        for button in self.buttons.values():
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.buttons["log"].clicked.connect(self.log_selected)
        self.buttons["letter"].clicked.connect(self.letter_selected)
        self.buttons["snooze"].clicked.connect(self.snooze_selected)
        self.buttons["open"].clicked.connect(self.open_selected)
        open_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Return),
                              shortcutContext=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        open_action.triggered.connect(self.open_selected)
        self.table.addAction(open_action)
        events = self.ctx.events
        for signal in (events.interactions_changed, events.persons_changed, events.companies_changed):
            signal.connect(lambda *_: self._schedule_refresh())
        events.settings_changed.connect(lambda key: self._schedule_refresh() if key in ("", "cadence") else None)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.buttons["log"].setText(self.tr("&Log contact"))
        self.buttons["letter"].setText(self.tr("Le&tter…"))
        self.buttons["snooze"].setText(self.tr("&Snooze…"))
        self.buttons["open"].setText(self.tr("&Open"))
        self.buttons["log"].setToolTip(self.tr("Log a call, visit or message with the selected person"))
        self.scope.setToolTip(self.tr("Whose persons to show"))
        self._fill_scope()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_scope(self) -> None:
        current = self.scope.currentData() if self.scope.count() else self._default_scope
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("My persons"), "mine")
        self.scope.addItem(self.tr("Everyone"), "everyone")
        tags = catalogue.tags()
        if tags:
            self.scope.insertSeparator(self.scope.count())
        for tag in tags:
            self.scope.addItem(self.tr("Tag: {name}").format(name=tag.name[:60]), ("tag", tag.id))
        self.scope.setCurrentIndex(max(self.scope.findData(current), 0))
        self.scope.blockSignals(False)

    # --- loading ---------------------------------------------------------------------------------

    def _filter(self) -> tuple[int | None, int | None]:
        data = self.scope.currentData()
        if data == "mine":
            return self.ctx.actor.id, None
        if isinstance(data, tuple):
            return None, data[1]
        return None, None

    def load_job(self):
        """The ranked list for the chosen filter."""
        owner_id, tag_id = self._filter()
        return partial(load_due, owner_id, tag_id)

    def _show_result(self, result: tuple) -> None:
        rows, counts, self.tz = result
        selected = self.selected_ids()
        self.model.set_rows(rows, self.tz)
        self.summary.setText(self._summary_text(len(rows), counts))
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) in selected:
                self.table.selectRow(row)
        if not self.selected_ids() and self.model.rowCount():
            self.table.selectRow(0)  # one click on an action acts on the most urgent person
        self._update_buttons()

    def _summary_text(self, shown: int, counts) -> str:
        if counts is None:
            return self.tr("Waiting for contact: {count}").format(count=QLocale().toString(shown))
        if counts.waiting == 0:
            return self.tr("Nobody is waiting for contact. Well done!")
        number = QLocale().toString
        if shown >= counts.waiting:
            return self.tr("{waiting} waiting for contact, {overdue} of them overdue").format(
                waiting=number(counts.waiting), overdue=number(counts.overdue))
        return self.tr("{waiting} waiting for contact, {overdue} of them overdue · the first {shown} are shown").format(
            waiting=number(counts.waiting), overdue=number(counts.overdue), shown=number(shown))

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("The list could not be loaded: {message}").format(message=message))

    # --- actions ---------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Person ids of the selected rows, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.index(row, 0).data(ID_ROLE) for row in rows]

    def _current(self):
        ids = self.selected_ids()
        if not ids and self.table.currentIndex().isValid():
            ids = [self.table.currentIndex().data(ID_ROLE)]
        return ids[0] if ids else None

    def _update_buttons(self) -> None:
        has = bool(self.selected_ids())
        self.buttons["log"].setEnabled(has and self.ctx.can("interaction.log"))
        self.buttons["letter"].setEnabled(has and self.ctx.can("letter.single"))
        self.buttons["snooze"].setEnabled(has and self.ctx.can("person.edit"))
        self.buttons["open"].setEnabled(has)

    def log_selected(self) -> None:
        """Ask the main window's quick-log dialog to log a contact with the selected person."""
        person_id = self._current()
        if person_id is not None and self.ctx.can("interaction.log"):
            self.ctx.events.quick_log_requested.emit(person_id)

    def letter_selected(self) -> None:
        """Ask for a letter to the selected person(s)."""
        ids = self.selected_ids()
        if ids and self.ctx.can("letter.single"):
            self.ctx.events.letter_requested.emit(ids)

    def open_selected(self) -> None:
        """Open the selected person."""
        person_id = self._current()
        if person_id is not None:
            self.ctx.events.open_person_requested.emit(person_id)

    def snooze_selected(self) -> SnoozeDialog | None:
        """Open the snooze dialog for the selected person; it saves when accepted."""
        person_id = self._current()
        if person_id is None or not self.ctx.can("person.edit"):
            return None
        record = next((r for r in (self.model.row_record(i) for i in range(self.model.rowCount()))
                       if r.person_id == person_id), None)
        today = cadence.local_date(dt.datetime.now(dt.UTC), self.tz)
        dialog = SnoozeDialog(record.name if record else "", today=today, parent=self)
        dialog.accepted.connect(lambda: self._snooze(person_id, dialog.until(), dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _snooze(self, person_id: int, until: dt.date, reason: str) -> None:
        try:
            contacts.snooze_person(self.ctx.actor, person_id, cadence.start_of_local_day(until, self.tz), reason)
        except OperationError as exc:
            QMessageBox.warning(self, self.tr("Snooze"), str(exc))
            return
        self.ctx.events.persons_changed.emit([person_id])
        self.ctx.events.status_message.emit(self.tr("Snoozed until {date}.").format(date=date_text(until)))

    def _context_menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        for name in ("log", "letter", "snooze", "open"):
            button = self.buttons[name]
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        menu.exec(self.table.viewport().mapToGlobal(pos))
