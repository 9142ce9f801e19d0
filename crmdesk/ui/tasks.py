"""Running slow work off the GUI thread: `run_in_background(fn, on_done, on_error)` and `Worker`.

The contract (house style R5):

- the function gets plain, immutable inputs (bind them with functools.partial); never widgets or
  live peewee rows;
- it runs on `QThreadPool.globalInstance()` inside its own database connection
  (`database.connection_context()`; peewee connections are per thread);
- if it has keyword parameters named `should_stop` and/or `on_progress`, the worker passes a
  `should_stop() -> bool` callable (backed by a threading.Event set by `Worker.cancel()`) and an
  `on_progress(done, total)` callable that emits the `progress` signal;
- the callbacks (`on_done(result)`, `on_error(message)`, `on_progress(done, total)`,
  `on_cancelled()`) always run on the GUI thread, so they may touch widgets.

Usage::

    from functools import partial
    from crmdesk.ui.tasks import run_in_background

    def render_all(specs, out_dir, *, should_stop, on_progress):   # plain Python, testable without Qt
        for i, spec in enumerate(specs):
            if should_stop():
                return None
            render(spec, out_dir)
            on_progress(i + 1, len(specs))
        return out_dir

    worker = run_in_background(
        partial(render_all, specs, out_dir),
        on_done=lambda path: self._show_done(path),
        on_error=lambda message: QMessageBox.warning(self, self.tr("Letters"), message),
        on_progress=progress_bar_update,          # optional: (done, total)
        on_cancelled=lambda: self.status("cancelled"),  # optional
    )
    cancel_button.clicked.connect(worker.cancel)

In tests wait with `qtbot.waitSignal(worker.signals.finished)` (or `.failed` / `.cancelled`).
Writes go through crmdesk.ops as anywhere else; SQLite serialises writers (busy_timeout), so
keep background writes to one worker at a time.
"""

from __future__ import annotations

import inspect
import threading
import traceback
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal

QUEUED = Qt.ConnectionType.QueuedConnection


class WorkerSignals(QObject):
    """Signals of one Worker; the object lives on the GUI thread, so connected slots run there."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's return value
    failed = Signal(str)  # a message for the user (traceback on stderr)
    cancelled = Signal()  # cancel() was called and the function returned


class Worker(QRunnable):
    """Runs one function on the thread pool; cancel through `cancel()`.

    Attributes: signals (WorkerSignals), _fn (the function), _stop (threading.Event),
    _uses_db (open a per-thread database connection around the call).
    """

    def __init__(self, fn: Callable[..., Any], *, uses_db: bool = True):
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference; see _RUNNING
        self.signals = WorkerSignals()
        self._fn = fn
        self._stop = threading.Event()
        self._uses_db = uses_db

    def cancel(self) -> None:
        """Ask the function to stop at its next `should_stop()` check."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._stop.is_set()

    def run(self) -> None:  # noqa: D401 - Qt override
        """Call the function on the pool thread and report the result through the signals."""
        try:
            result = self._call_with_connection()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none is lost
            traceback.print_exc()
            self._emit(self.signals.failed, str(exc) or type(exc).__name__)
        else:
            if self._stop.is_set():
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            pass

    def _call_with_connection(self) -> Any:
        if not self._uses_db:
            return self._call()
        from crmdesk.db.models import database

        if database.obj is None:
            return self._call()
        with database.connection_context():
            return self._call()

    def _call(self) -> Any:
        kwargs = {}
        params = _keyword_names(self._fn)
        if "should_stop" in params:
            kwargs["should_stop"] = self._stop.is_set
        if "on_progress" in params:
            kwargs["on_progress"] = lambda done, total: self.signals.progress.emit(int(done), int(total))
        return self._fn(**kwargs)


# Workers that are queued, running or delivering results: keeps the Python objects (and their
# signals) alive until the GUI thread has run the callbacks, because the pool does not own them.
_RUNNING: set[Worker] = set()


def _release_later(ref: weakref.ref) -> None:
    """Forget a finished worker on the next event-loop turn (never inside its own signal delivery)."""
    QTimer.singleShot(0, lambda: _RUNNING.discard(ref()))


def _keyword_names(fn: Callable[..., Any]) -> set[str]:
    try:
        return set(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return set()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    uses_db: bool = True,
    pool: QThreadPool | None = None,
) -> Worker:
    """Start *fn* on the thread pool; callbacks run on the GUI thread. Returns the Worker."""
    worker = Worker(fn, uses_db=uses_db)
    if on_done is not None:
        worker.signals.finished.connect(on_done, QUEUED)
    if on_error is not None:
        worker.signals.failed.connect(on_error, QUEUED)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress, QUEUED)
    if on_cancelled is not None:
        worker.signals.cancelled.connect(on_cancelled, QUEUED)
    ref = weakref.ref(worker)
    for signal in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
        signal.connect(lambda *_: _release_later(ref), QUEUED)  # after the callbacks above
    _RUNNING.add(worker)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
