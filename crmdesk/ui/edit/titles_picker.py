"""An ordered titles picker: chosen titles as a reorderable list, new ones from the catalogue or free text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QWidget,
)

MAX_TITLE = 60


def catalogue_titles(kinds: Sequence[str]) -> list[tuple[str, str]]:
    """(title as written, description) from the titles catalogue for the given kinds ([] without the engine)."""
    try:
        from crmdesk.domain.titles import load_catalogue
    except ImportError:
        return []
    german = QLocale().language() == QLocale.Language.German
    result: list[tuple[str, str]] = []
    seen: set[str] = set()
    for info in load_catalogue().all_titles():
        if info.kind not in kinds:
            continue
        for form in (info.canonical, *info.forms):
            if form and form not in seen:
                seen.add(form)
                result.append((form, info.label_de if german else info.label_en))
    return result


class TitlesPicker(QWidget):
    """Titles in the order they are written ("KR", "Mag."): add with Enter, remove with Delete,
    move with Ctrl+Left/Ctrl+Right or by dragging. Free text is allowed.

    Attributes: list (QListWidget of chosen titles), entry (editable QComboBox with the catalogue).
    """

    changed = Signal()

    def __init__(self, kinds: Sequence[str], parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setFixedHeight(self.fontMetrics().height() + 16)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.entry = QComboBox()
        self.entry.setEditable(True)
        self.entry.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.entry.lineEdit().setMaxLength(MAX_TITLE)
        for text, description in catalogue_titles(kinds):
            self.entry.addItem(text)
            self.entry.setItemData(self.entry.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.entry.setCurrentIndex(-1)
        self.entry.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.entry.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.entry.lineEdit().installEventFilter(self)
        self.list.installEventFilter(self)
        self.entry.activated.connect(lambda _i: self._add_from_entry())
        self.entry.setMinimumWidth(110)
        remove = QToolButton(text="×")
        remove.clicked.connect(self.remove_selected)
        self._remove_button = remove
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 2)
        layout.addWidget(remove)
        layout.addWidget(self.entry, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Placeholder and tooltips in the current language."""
        self.entry.lineEdit().setPlaceholderText(self.tr("Add a title…"))
        self._remove_button.setToolTip(self.tr("Remove the selected title (Delete)"))
        self.list.setToolTip(self.tr("Order as written; move with Ctrl+Left / Ctrl+Right or drag"))

    def value(self) -> list[str]:
        """The titles in order."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_value(self, titles: Sequence[str] | None) -> None:
        """Replace the titles."""
        self.list.clear()
        for title in titles or []:
            self._append(title)

    def add_title(self, text: str) -> None:
        """Append a title (trimmed; duplicates ignored)."""
        text = " ".join((text or "").split())[:MAX_TITLE]
        if text and text not in self.value():
            self._append(text)
            self.changed.emit()

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setSizeHint(QSize(self.fontMetrics().horizontalAdvance(text) + 16, self.fontMetrics().height() + 6))
        self.list.addItem(item)

    def _add_from_entry(self) -> None:
        self.add_title(self.entry.currentText())
        self.entry.setCurrentIndex(-1)
        self.entry.clearEditText()

    def remove_selected(self) -> None:
        """Remove the selected title."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def move_selected(self, step: int) -> None:
        """Move the selected title left (-1) or right (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Enter in the entry adds (and is not passed on to the dialog's default button);
        Delete removes and Ctrl+Left/Right moves the selected title in the list."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if watched is self.entry.lineEdit() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.entry.currentText().strip():
                return False  # an empty entry: Enter belongs to the dialog
            self._add_from_entry()
            return True
        if watched is self.list and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return True
        if watched is self.list and ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_selected(-1 if key == Qt.Key.Key_Left else 1)
            return True
        return False
