"""The background worker: results, errors, progress and cancel arrive on the GUI thread."""

from __future__ import annotations

import threading
import time
from functools import partial

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from crmdesk.ui.tasks import run_in_background


def _count_persons() -> int:
    from crmdesk.db.models import Person

    return Person.select().count()


def test_result_arrives_on_gui_thread(qtbot, opened):
    """on_done gets the return value, is called on the GUI thread, and the DB is usable in the worker."""
    seen = {}

    def on_done(value):
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    run_in_background(_count_persons, on_done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen == {"value": 0, "gui": True}


def test_error_is_reported(qtbot):
    """An exception in the function becomes on_error(message)."""
    messages = []

    def boom():
        raise ValueError("bad input")

    run_in_background(boom, on_error=messages.append, uses_db=False)
    qtbot.waitUntil(lambda: messages == ["bad input"], timeout=5000)


def test_progress_and_cancel(qtbot):
    """A function with should_stop/on_progress reports progress and stops on cancel()."""
    progress, cancelled, started = [], [], threading.Event()

    def loop(total, *, should_stop, on_progress):
        for i in range(total):
            started.set()
            if should_stop():
                return None
            on_progress(i + 1, total)
            time.sleep(0.01)
        return total

    worker = run_in_background(
        partial(loop, 10_000),
        on_done=lambda _r: None,
        on_progress=lambda d, t: progress.append((d, t)),
        on_cancelled=lambda: cancelled.append(True),
        uses_db=False,
    )
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=5000)
    worker.cancel()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert progress[0] == (1, 10_000)
    assert progress[-1][0] < 10_000
