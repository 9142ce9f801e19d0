"""A table model for big lists that keeps only ids and fetches the rows on screen, a page at a time.

Sorting and filtering happen in SQL (house style R4): the model is given `fetch_ids(sort_key,
descending) -> list[int]` and `fetch_rows(ids) -> list[record]` (query functions, bound with the
current filter by the page), and never touches the database itself. A change of sort or filter
builds a new id list and resets the model; rows are fetched when the view first asks for them and
kept in a bounded page cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT = (
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PAGE_SIZE = 50  # a screenful and a half: the first rows after a sort or search come from one small query
MAX_PAGES = 200  # 10,000 rows cached at most
FIRST_PAINT_MS = 40  # on the first load, read the whole order once the first rows are painted
FIRST_ROWS = 2 * PAGE_SIZE  # rows shown at once after a sort, before the whole order is read


@dataclass(frozen=True)
class Column:
    """One column: key (also the SQL sort key when sortable), header (translated in *context*) and how to show a record."""

    key: str
    header: str
    text: Callable[[Any], str]
    sortable: bool = True
    width: int = 120
    hidden: bool = False
    foreground: Callable[[Any], QBrush | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    align_right: bool = False


class LazyTableModel(QAbstractTableModel):
    """Ids in memory, row records fetched in pages of PAGE_SIZE on demand.

    Attributes: _columns, _context (translation context of the headers), _fetch_ids, _fetch_rows,
    _ids (ordered ids; None for rows of a new sort order not read yet), _row_of (id -> row),
    _pages (page number -> list of records, LRU), _sort_column / _sort_order (current SQL order),
    _fetch_first (optional: (sort_key, descending, n) -> the first n ids of a new order, or None when
    it cannot tell, e.g. under a filter), _known (rows of _ids known), _generation (cancels stale
    completions).

    A sort changes the order but not the rows, so with `fetch_first` the model shows the first
    FIRST_ROWS rows of the new order at once and reads the whole order on the next event-loop turn
    (or at once, when someone needs a row or id beyond them).
    """

    page_loaded = Signal(int)  # page number just fetched (the view is about to show its rows)
    ids_reloaded = Signal(int)  # number of rows after a new id list
    order_completed = Signal()  # the whole order of a sort is known (after the first rows were shown)

    def __init__(
        self,
        columns: Sequence[Column],
        context: str,
        fetch_ids: Callable[[str, bool], list[int]],
        fetch_rows: Callable[[list[int]], list[Any]],
        parent=None,
        fetch_first: Callable[[str, bool, int], list[int] | None] | None = None,
    ):
        super().__init__(parent)
        self._fetch_first = fetch_first
        self._known = 0
        self._generation = 0
        self._columns = list(columns)
        self._context = context
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None  # built on first row_of()
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._texts: dict[tuple[int, int], str] = {}  # (row, column) -> display text of cached rows
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of rows (all ids, fetched or not)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Translated column titles (looked up on every call, so a language switch shows at once)."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return QCoreApplication.translate(self._context, self._columns[section].header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltip, colour and alignment; the row's page is fetched on first use.

        Called for every role of every visible cell on each paint, so it returns early and keeps
        the texts of the rows in the page cache.
        """
        if role not in _ROLES:
            return self._ids[index.row()] if role == ID_ROLE and index.isValid() else None
        row = index.row()
        if row < 0 or row >= len(self._ids):
            return None
        column = index.column()
        if role == _DISPLAY:
            key = (row, column)
            text = self._texts.get(key)
            if text is None:
                record = self.record(row)
                text = self._texts[key] = "" if record is None else self._columns[column].text(record)
            return text
        record = self.record(row)
        return None if record is None else self._cell(self._columns[column], record, role)

    def _cell(self, column: Column, record: Any, role: int) -> Any:
        if role == _TOOLTIP:
            return column.tooltip(record) if column.tooltip else None
        if role == _FOREGROUND:
            return column.foreground(record) if column.foreground else None
        return _RIGHT if column.align_right else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a sortable column (others are ignored)."""
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._ids:
            return
        self._sort_column, self._sort_order = column, order
        if not self._show_first_rows():
            self.reload()

    def _sort_key(self) -> tuple[str, bool]:
        return self._columns[self._sort_column].key, self._sort_order == Qt.SortOrder.DescendingOrder

    def _show_first_rows(self) -> bool:
        """After a sort: the first rows of the new order now, the rest on the next event-loop turn."""
        if self._fetch_first is None or not self._ids:
            return False
        first = self._fetch_first(*self._sort_key(), FIRST_ROWS)
        total = len(self._ids)
        if first is None or len(first) > total:
            return False
        self.beginResetModel()
        self._ids = first + [None] * (total - len(first))
        self._known, self._row_of = len(first), None
        self._pages.clear()
        self._texts.clear()
        self._generation += 1
        self.endResetModel()
        if self._known < total:
            QTimer.singleShot(0, partial(self._complete_order, self._generation))
        return True

    def _complete_order(self, generation: int) -> None:
        """Read the whole order of the current sort (a no-op when a newer sort or reload came first)."""
        if generation != self._generation or self._known >= len(self._ids):
            return
        ids = list(self._fetch_ids(*self._sort_key()))
        if len(ids) != len(self._ids) or ids[: self._known] != self._ids[: self._known]:
            # the rows changed meanwhile: start over, but never reset in the middle of a paint
            self._known = len(self._ids)
            QTimer.singleShot(0, partial(self._apply, ids))
        else:
            self._ids, self._known, self._row_of = ids, len(ids), None
            for page_no in [p for p in self._pages if (p + 1) * PAGE_SIZE > len(ids) or None in self._pages[p]]:
                del self._pages[page_no]
            self._texts.clear()
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self._columns) - 1))
        self.order_completed.emit()

    def _ensure_complete(self) -> None:
        if self._known < len(self._ids):
            self._complete_order(self._generation)

    # --- our interface ----------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column]:
        """The column definitions."""
        return list(self._columns)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """(column, order) the ids are sorted by."""
        return self._sort_column, self._sort_order

    def set_sort_state(self, column: int, order: Qt.SortOrder) -> None:
        """Set the sort without reloading (before the first reload)."""
        if 0 <= column < len(self._columns) and self._columns[column].sortable:
            self._sort_column, self._sort_order = column, order

    def is_sortable(self, column: int) -> bool:
        """Can the list be sorted by this column?"""
        return 0 <= column < len(self._columns) and self._columns[column].sortable

    def set_fetchers(
        self,
        fetch_ids: Callable[[str, bool], list[int]],
        fetch_rows: Callable[[list[int]], list[Any]] | None = None,
        fetch_first: Callable[[str, bool, int], list[int] | None] | None = None,
    ) -> None:
        """New query functions (a new filter or search) and a reload."""
        self._fetch_ids = fetch_ids
        self._fetch_first = fetch_first
        if fetch_rows is not None:
            self._fetch_rows = fetch_rows
        self.reload()

    def reload(self, *, total: int | None = None) -> None:
        """Fetch the id list again and reset the model (row data is fetched again on demand).

        With *total* (the row count, cheap to know) and `fetch_first`, the first rows show at
        once and the whole order is read on the next event-loop turn, as after a sort: that keeps
        the first start at 100,000 persons as quick as on an empty database.
        """
        if total is not None and self._fetch_first is not None:
            first = self._fetch_first(*self._sort_key(), FIRST_ROWS)
            if first is not None and len(first) <= total:
                self._apply(first + [None] * (total - len(first)), known=len(first))
                if self._known < total:  # after the first paint, not before it
                    QTimer.singleShot(FIRST_PAINT_MS, partial(self._complete_order, self._generation))
                return
        self._apply(list(self._fetch_ids(*self._sort_key())))

    def _apply(self, ids: list, known: int | None = None) -> None:
        self.beginResetModel()
        self._ids, self._known, self._row_of = ids, len(ids) if known is None else known, None
        self._pages.clear()
        self._texts.clear()
        self._generation += 1
        self.endResetModel()
        self.ids_reloaded.emit(len(self._ids))

    def is_complete(self) -> bool:
        """True when the whole order is known (not only the first rows of a new sort)."""
        return self._known >= len(self._ids)

    def refresh_rows(self, ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (of *ids*, or all) and repaint; the id list stays."""
        self._pages.clear()
        self._texts.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1))

    def retranslate(self) -> None:
        """Headers and locale-formatted cells after a language switch."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        self.refresh_rows()

    def ids(self) -> list[int]:
        """All ids in list order."""
        self._ensure_complete()
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        """The id in *row* (None outside the list)."""
        if row >= self._known:
            self._ensure_complete()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        """The row of an id, -1 when it is not in the list."""
        self._ensure_complete()
        if self._row_of is None:
            self._row_of = {pid: row for row, pid in enumerate(self._ids)}
        return self._row_of.get(record_id, -1)

    def record(self, row: int) -> Any:
        """The record of *row*, fetching its page if needed (None outside the list)."""
        if not 0 <= row < len(self._ids):
            return None
        if row >= self._known:
            self._ensure_complete()
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def _load_page(self, page_no: int) -> list[Any]:
        ids = self._ids[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE]
        records = {getattr(r, "id"): r for r in self._fetch_rows([i for i in ids if i is not None])}
        page = [records.get(i) for i in ids]  # None where a row vanished meanwhile
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
            self._texts.clear()  # rare (10,000 rows scrolled through): simply start the texts afresh
        self.page_loaded.emit(page_no)
        return page

    def is_loaded(self) -> bool:
        """True once some rows are fetched, or the list is empty."""
        return not self._ids or bool(self._pages)
