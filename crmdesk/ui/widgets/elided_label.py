"""A one-line label that elides text that does not fit (10,000-character names stay one line)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

TOOLTIP_MAX = 500


class ElidedLabel(QLabel):
    """Plain text, elided at the right edge; the full text (shortened) is the tooltip.

    Attributes: _full (the whole text).
    """

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """Show *text* (plain, never interpreted as HTML)."""
        self._full = text or ""
        self.setToolTip(self._full[:TOOLTIP_MAX] if len(self._full) > 40 else "")
        self._elide()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        one_line = " ".join(self._full.split())
        super().setText(self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, max(self.width(), 40)))
