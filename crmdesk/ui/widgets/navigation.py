"""The navigation list on the left of the main window (one entry per registered page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from crmdesk.ui.icons import nav_icon

KEY_ROLE = Qt.ItemDataRole.UserRole


class NavigationList(QListWidget):
    """Pages as icon + label rows; emits `page_chosen(key)`.

    Attributes: _labels (key -> untranslated label, translated in context "Pages").
    """

    page_chosen = Signal(str)

    def __init__(self, pages: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self._labels = dict(pages)
        self.setIconSize(QSize(22, 22))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setStyleSheet("QListWidget { background: palette(window); } QListWidget::item { padding: 7px 6px; }")
        for key, _label in pages:
            item = QListWidgetItem(nav_icon(key), "")
            item.setData(KEY_ROLE, key)
            self.addItem(item)
        self.retranslate()
        self.currentItemChanged.connect(self._on_current_changed)

    def retranslate(self) -> None:
        """Labels in the current language; the width follows the longest one."""
        widest = 0
        for row in range(self.count()):
            item = self.item(row)
            item.setText(QCoreApplication.translate("Pages", self._labels[item.data(KEY_ROLE)]))
            widest = max(widest, self.fontMetrics().horizontalAdvance(item.text()))
        self.setFixedWidth(widest + self.iconSize().width() + 48)

    def select_key(self, key: str | None) -> None:
        """Highlight a page without emitting page_chosen (None clears the highlight for detail views)."""
        self.blockSignals(True)
        self.clearSelection()
        self.setCurrentItem(None)
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                self.setCurrentRow(row)
        self.blockSignals(False)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.page_chosen.emit(current.data(KEY_ROLE))
