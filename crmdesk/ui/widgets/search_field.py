"""A search box that reports what to search for after a short pause in typing (debounced)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from crmdesk.ui.icons import icon

DEBOUNCE_MS = 150


class SearchField(QLineEdit):
    """Emits `search_changed(text)` DEBOUNCE_MS after the last keystroke (at once on Enter); Escape clears.

    Attributes: _timer (the debounce), _last (the text last reported).
    """

    search_changed = Signal(str)

    def __init__(self, parent=None, *, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.addAction(icon("action-search"), QLineEdit.ActionPosition.LeadingPosition)
        self._last = ""
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self._timer.start())

    def flush(self) -> None:
        """Report the current text now (if it changed)."""
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Enter searches at once; Escape clears the box."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
        elif event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        super().keyPressEvent(event)
