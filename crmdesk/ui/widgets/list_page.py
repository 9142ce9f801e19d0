"""The frame shared by the persons and companies pages: filter bar, count, lazy table, context menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget

from crmdesk.domain.records import ListFilter
from crmdesk.queries.persons import IdFilter
from crmdesk.ui.widgets.filter_bar import FilterBar
from crmdesk.ui.widgets.lazy_model import Column, LazyTableModel
from crmdesk.ui.widgets.list_table import ListTable

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

CONTEXT = "ListPage"


class OrderCache:
    """Full id orders of the last few sorts, kept between keystrokes of a search (only the filter
    set changes then), with a lazily built id -> position map for sorting small hit sets.

    The descending order is the ascending one reversed (the SQL order is (column, id) both ways).
    Attributes: _ordered (query: (sort_key, descending) -> ids), _ascending (sort key -> ids, LRU),
    _key (the order in use), _order, _positions.
    """

    KEEP = 3

    def __init__(self, ordered: Callable[[str, bool], list[int]]):
        self._ordered = ordered
        self._ascending: dict[str, list[int]] = {}
        self._key: tuple[str, bool] | None = None
        self._order: list[int] = []
        self._positions: dict[int, int] | None = None

    def order(self, sort: str, descending: bool) -> list[int]:
        """All ids in this order (queried once per sort key until invalidated)."""
        if self._key != (sort, descending):
            ascending = self._ascending.pop(sort, None)
            if ascending is None:
                ascending = self._ordered(sort, False)
            self._ascending[sort] = ascending  # most recent last
            while len(self._ascending) > self.KEEP:
                self._ascending.pop(next(iter(self._ascending)))
            self._order = ascending[::-1] if descending else ascending
            self._key, self._positions = (sort, descending), None
        return self._order

    def positions(self) -> dict[int, int]:
        """id -> index in the current order."""
        if self._positions is None:
            self._positions = {record_id: i for i, record_id in enumerate(self._order)}
        return self._positions

    def invalidate(self) -> None:
        """Forget the orders (records were added, changed or deleted)."""
        self._ascending.clear()
        self._key, self._order, self._positions = None, [], None

    def ids(self, id_filter: IdFilter, sort: str, descending: bool) -> list[int]:
        """The ids *id_filter* keeps, in order."""
        order = self.order(sort, descending)
        small = id_filter.include is not None and len(id_filter.include) * 8 < len(order)
        return id_filter.restrict(order, self.positions() if small else None)


class ListPage(QWidget):
    """Search, filters and a lazy table: ids in the order of `ordered_ids(sort_key, descending)`,
    restricted by `make_filter(ListFilter) -> IdFilter` (both query functions).

    Subclasses give the columns, the query functions and `context_actions(menu, ids)`.
    Attributes: ctx, filters (FilterBar), table (ListTable), model (LazyTableModel), cache (OrderCache),
    _count, _ready (first rows shown), _make_filter.
    """

    ready = Signal()  # the first rows are on screen (or the list is empty)

    def __init__(
        self,
        ctx,
        *,
        columns: Sequence[Column],
        settings_key: str,
        ordered_ids: Callable[[str, bool], list[int]],
        make_filter: Callable[[ListFilter], IdFilter],
        fetch_rows: Callable[[list[int]], list],
        first_ids: Callable[[str, bool, int], list[int]] | None = None,
        count_all: Callable[[], int] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self._ready = False
        self._make_filter = make_filter
        self._first_ids = first_ids
        self.cache = OrderCache(ordered_ids)
        self.filters = FilterBar()
        self._count = QLabel()
        self.model = LazyTableModel(
            columns,
            "ListColumns",
            self._fetcher(ListFilter()),
            fetch_rows,
            self,
            fetch_first=self._first_fetcher(ListFilter()),
        )
        self.table = ListTable(settings_key)
        self.table.setModel(self.model)
        self._layout()
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.ids_reloaded.connect(self._on_ids_reloaded)
        self.filters.filter_changed.connect(self._on_filter_changed)
        self.filters.search.returnPressed.connect(self._focus_table)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.typed.connect(self._on_typed)
        self.model.reload(total=count_all() if count_all is not None else None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self._count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    # --- loading ----------------------------------------------------------------------------------

    def is_ready(self) -> bool:
        """True once the first rows are on screen (or the list is empty)."""
        return self._ready

    def _mark_ready(self) -> None:
        if not self._ready:
            self._ready = True
            self.ready.emit()

    def _on_page_loaded(self, _page: int) -> None:
        QTimer.singleShot(0, self._mark_ready)  # after this paint has finished

    def _on_ids_reloaded(self, count: int) -> None:
        self._count.setText(self.count_text(count))
        if count == 0:
            QTimer.singleShot(0, self._mark_ready)

    def count_text(self, count: int) -> str:
        """'1,234 persons' (subclasses word it)."""
        return translate("ListPage", "%n row(s)", None, count)

    def _fetcher(self, flt: ListFilter) -> Callable[[str, bool], list[int]]:
        """The model's id query for a filter: the cached order restricted by the filter's id sets."""
        return lambda sort, descending: self.cache.ids(self._make_filter(flt), sort, descending)

    def _first_fetcher(self, flt: ListFilter) -> Callable[[str, bool, int], list[int] | None] | None:
        """Without a filter, a new sort shows its first rows from a LIMIT query (see LazyTableModel)."""
        return self._first_ids if flt == ListFilter() else None

    def _on_filter_changed(self, flt: ListFilter) -> None:
        self.model.set_fetchers(self._fetcher(flt), fetch_first=self._first_fetcher(flt))

    def current_filter(self) -> ListFilter:
        """The filter the list shows."""
        return self.filters.current()

    def refresh(self, _ids: list | None = None) -> None:
        """Reload the ids (same filter and sort), keeping the current row where it still is."""
        current = self.table.selected_ids()[:1]
        self.cache.invalidate()
        flt = self.filters.current()
        self.model.set_fetchers(self._fetcher(flt), fetch_first=self._first_fetcher(flt))
        if current:
            self.table.select_id(current[0])

    def refresh_rows(self, _ids: list | None = None) -> None:
        """Show changed columns (last contact, next due) without reloading the id list."""
        self.model.refresh_rows()

    def _focus_table(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    def focus_search(self) -> None:
        """Put the cursor in the search box, text selected."""
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # --- context menu -------------------------------------------------------------------------

    def _on_context_menu(self, pos) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        self.context_actions(menu, ids)
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def context_actions(self, menu: QMenu, ids: list[int]) -> None:
        """Fill the context menu for the selected *ids* (subclasses)."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate headers, cells and labels after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._count.setText(self.count_text(self.model.rowCount()))
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Subclasses set their own texts here (also called once at start)."""

    def _on_typed(self, text: str) -> None:
        self.filters.search.setFocus()
        self.filters.search.insert(text)
