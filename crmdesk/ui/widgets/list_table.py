"""The table view for big lazy lists: fixed row heights, SQL sorting, column choice and widths remembered."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from crmdesk.ui.widgets.lazy_model import LazyTableModel

STATE_VERSION = 1


class ListTable(QTableView):
    """A QTableView set up for LazyTableModel lists (house style R4, reliability doc §B1).

    Rows have a fixed height (never ResizeToContents: 20 s at 100k rows); the header's context menu
    shows and hides columns; header state (order, widths, hidden columns, sort) is kept in QSettings
    under *settings_key*.

    Attributes: _settings_key, _save_timer (debounces saving while a column is dragged wider).
    """

    activated_id = Signal(int)  # Enter or double click on a row: its id
    typed = Signal(str)  # printable text typed into the table (the page moves it to its search box)

    def __init__(self, settings_key: str, parent=None):
        super().__init__(parent)
        self._settings_key = settings_key
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save_state)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sectionMoved.connect(lambda *_: self._save_timer.start())
        self.doubleClicked.connect(lambda index: self._emit_activated(index.row()))

    def lazy_model(self) -> LazyTableModel:
        """The model (always a LazyTableModel)."""
        return self.model()  # type: ignore[return-value]

    def setModel(self, model: LazyTableModel) -> None:  # noqa: N802 - Qt override
        """Set the model, apply default widths and hidden columns, then the remembered state."""
        super().setModel(model)
        header = self.horizontalHeader()
        for i, column in enumerate(model.columns):
            header.resizeSection(i, column.width)
            header.setSectionHidden(i, column.hidden)
        self.restore_state()
        column, order = model.sort_state()
        header.setSortIndicator(column, order)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        model = self.lazy_model()
        if model.is_sortable(column):
            model.sort(column, order)
            self._save_timer.start()
            return
        current, current_order = model.sort_state()  # not sortable: put the indicator back
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(current, current_order)
        header.blockSignals(False)

    def restore_state(self) -> None:
        """Apply the remembered header state (ignored when the columns changed since)."""
        settings = QSettings()
        if settings.value(f"{self._settings_key}/version", 0, int) != STATE_VERSION:
            return
        if settings.value(f"{self._settings_key}/columns", "", str) != self._column_signature():
            return
        state = settings.value(f"{self._settings_key}/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.horizontalHeader().restoreState(state)
            header = self.horizontalHeader()
            self.lazy_model().set_sort_state(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save_state(self) -> None:
        """Remember order, widths, hidden columns and the sort."""
        if self.model() is None:
            return
        settings = QSettings()
        settings.setValue(f"{self._settings_key}/version", STATE_VERSION)
        settings.setValue(f"{self._settings_key}/columns", self._column_signature())
        settings.setValue(f"{self._settings_key}/header", self.horizontalHeader().saveState())

    def _column_signature(self) -> str:
        return ",".join(c.key for c in self.lazy_model().columns)

    def _on_header_menu(self, pos) -> None:
        menu = QMenu(self)
        header = self.horizontalHeader()
        model = self.lazy_model()
        for i, column in enumerate(model.columns):
            action = QAction(model.headerData(i, Qt.Orientation.Horizontal), menu, checkable=True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: self._set_column_visible(i, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ListTable", "Reset columns"), self._reset_columns)
        menu.exec(header.mapToGlobal(pos))

    def _set_column_visible(self, section: int, visible: bool) -> None:
        header = self.horizontalHeader()
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(section, not visible)
        self.save_state()

    def _reset_columns(self) -> None:
        header = self.horizontalHeader()
        for i, column in enumerate(self.lazy_model().columns):
            header.moveSection(header.visualIndex(i), i)
            header.resizeSection(i, column.width)
            header.setSectionHidden(i, column.hidden)
        self.save_state()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Enter opens the current row."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit_activated(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt override
        """No item-by-item search (it would fetch every row): hand the text to the search box."""
        if search.strip():
            self.typed.emit(search)

    def _emit_activated(self, row: int) -> None:
        record_id = self.lazy_model().id_at(row)
        if record_id is not None:
            self.activated_id.emit(record_id)

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows in list order (the current row when nothing is selected)."""
        model = self.lazy_model()
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()}) if self.selectionModel() else []
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return [pid for pid in (model.id_at(r) for r in rows) if pid is not None]

    def select_id(self, record_id: int) -> bool:
        """Make the row of *record_id* current and visible; False when it is not in the list."""
        row = self.lazy_model().row_of(record_id)
        if row < 0:
            return False
        index = self.lazy_model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True
