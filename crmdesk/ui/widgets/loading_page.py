"""A page whose data is loaded on a worker thread while it is visible, and again after changes.

The keep-in-touch, follow-up, Today and dashboard pages share this cycle: load on first show;
when data changes, reload after a short pause (a burst of logged calls causes one load) if the
page is visible, else when it is shown next; emit `ready` once the first result (or error) is
on screen, which the main window's screenshot mode waits for.

A subclass supplies `load_job()` (the callable for the worker), `_show_result(result)` and
`_failed(message)`, and may set REFRESH_DELAY_MS or override `_needs_load()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from crmdesk.ui.keep_in_touch.common import LatestLoader


class LoadingPage(QWidget):
    """Base of pages loaded in the background.

    Attributes: _loader (LatestLoader: only the newest load's result is shown), _shown_once,
    _dirty (a load is due when the page is shown), _refresh_timer (debounces change signals).
    """

    ready = Signal()  # the first result is on screen (main window: wait_until_ready)
    REFRESH_DELAY_MS = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loader = LatestLoader(self._show, self._on_failed, self)
        self._shown_once = False
        self._dirty = True
        self._refresh_timer = QTimer(self, singleShot=True, interval=self.REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

    def load_job(self) -> Callable[[], Any]:
        """The function the worker runs to load this page's data (subclasses)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload now if visible, otherwise when shown next."""
        self._dirty = True
        if self.isVisible():
            self._dirty = False
            self._loader.load(self.load_job())

    def _schedule_refresh(self, *_args) -> None:
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    def _needs_load(self) -> bool:
        """Whether showing the page should load it (after changes made while it was hidden)."""
        return self._dirty

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Load on first show and when _needs_load() says so."""
        super().showEvent(event)
        if self._needs_load():
            self.refresh()

    def is_ready(self) -> bool:
        """True once the first load has been shown and no newer one is running."""
        return self._shown_once and not self._loader.busy

    def _show(self, result: Any) -> None:
        self._show_result(result)
        self._shown_once = True
        self.ready.emit()

    def _on_failed(self, message: str) -> None:
        self._shown_once = True
        self.ready.emit()
        self._failed(message)

    def _show_result(self, result: Any) -> None:
        raise NotImplementedError

    def _failed(self, message: str) -> None:
        raise NotImplementedError
