"""The interaction timeline: newest first, loaded a page at a time as the user scrolls (canFetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QT_TRANSLATE_NOOP,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from crmdesk.domain.records import TimelineEntry
from crmdesk.queries.timeline import next_cursor
from crmdesk.ui.icons import channel_icon, icon
from crmdesk.ui.widgets.formatting import format_datetime

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

CONTEXT = "Timeline"
PAGE = 100
OUTCOME_COLOURS = {"positive": QBrush(QColor("#2e7d32")), "negative": QBrush(QColor("#c62828"))}
HEADERS = [
    QT_TRANSLATE_NOOP("Timeline", "When"),
    QT_TRANSLATE_NOOP("Timeline", "Channel"),
    QT_TRANSLATE_NOOP("Timeline", "Outcome"),
    QT_TRANSLATE_NOOP("Timeline", "Note"),
    QT_TRANSLATE_NOOP("Timeline", "By"),
    QT_TRANSLATE_NOOP("Timeline", "Person"),
]
WHEN, CHANNEL, OUTCOME, NOTE, AUTHOR, PERSON = range(6)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(entry_de: str, entry_en: str) -> str:
    """A catalogue label in the UI language (catalogue rows carry German and English)."""
    return entry_de if QLocale().language() == QLocale.Language.German else entry_en


class TimelineModel(QAbstractTableModel):
    """Interactions of one person or company, fetched PAGE at a time by keyset (before=(at, id)).

    Attributes: _fetch (callable(before, limit) -> list[TimelineEntry]), _entries, _more (another page
    may exist), _with_person (show the Person column: the company timeline).
    """

    def __init__(
        self, fetch: Callable[..., list[TimelineEntry]] | None = None, *, with_person: bool = False, parent=None
    ):
        super().__init__(parent)
        self._fetch = fetch
        self._entries: list[TimelineEntry] = []
        self._more = False
        self._kinds = [WHEN, CHANNEL, OUTCOME, AUTHOR] + ([PERSON] if with_person else []) + [NOTE]

    def load(self, fetch: Callable[..., list[TimelineEntry]]) -> None:
        """Start over with a new source; the first page is fetched at once."""
        self.beginResetModel()
        self._fetch = fetch
        self._entries = fetch(before=None, limit=PAGE)
        self._more = len(self._entries) == PAGE
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Entries fetched so far."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """When, channel, outcome, note, author (and person for a company)."""
        return 0 if parent.isValid() else len(self._kinds)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        """True while older interactions may exist."""
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        """Fetch the next older page."""
        if not self.canFetchMore(parent):
            return
        older = self._fetch(before=next_cursor(self._entries), limit=PAGE)
        self._more = len(older) == PAGE
        if older:
            self.beginInsertRows(QModelIndex(), len(self._entries), len(self._entries) + len(older) - 1)
            self._entries.extend(older)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.columnCount()
        ):
            return _tr(HEADERS[self._kinds[section]])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, icons (channel, direction), outcome colour, full note as tooltip."""
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = self._kinds[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column in (WHEN, CHANNEL):
            return (
                channel_icon(entry.channel, entry.channel_icon)
                if column == CHANNEL
                else icon(f"direction-{entry.direction}")
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == OUTCOME:
            return OUTCOME_COLOURS.get(entry.outcome_kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        return None

    def _text(self, entry: TimelineEntry, column: int) -> str:
        if column == WHEN:
            return format_datetime(entry.occurred_at)
        if column == CHANNEL:
            return label(entry.channel_label_de, entry.channel_label_en)
        if column == OUTCOME:
            return label(entry.outcome_label_de, entry.outcome_label_en)
        if column == NOTE:
            text = " – ".join(p for p in (entry.subject, entry.note) if p)
            return " ".join(text.split())[:300]
        if column == AUTHOR:
            return entry.author
        return entry.person_name

    def _tooltip(self, entry: TimelineEntry, column: int) -> str | None:
        if column == WHEN:
            return translate("Timeline", "Incoming") if entry.direction == "in" else translate("Timeline", "Outgoing")
        if column == NOTE and entry.note:
            return entry.note[:2000]
        return None

    def entry(self, row: int) -> TimelineEntry | None:
        """The entry in *row*."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def retranslate(self) -> None:
        """Headers and labels after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, self.columnCount() - 1))


class TimelineTable(QTableView):
    """A read-only table for a TimelineModel with fixed row heights."""

    def __init__(self, model: TimelineModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        for column, width in enumerate((150, 170, 120, 130, 180)[: model.columnCount() - 1]):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
