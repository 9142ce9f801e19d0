"""Small pieces the keep-in-touch, follow-up, Today and dashboard screens share: state colours,
local-time display in the team's time zone, and a loader that keeps only the newest result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime
from PySide6.QtGui import QColor
from shiboken6 import isValid

from crmdesk.domain import cadence
from crmdesk.ui.tasks import run_in_background

# background / text colours of the due states (readable on light and dark palettes' base colour)
STATE_BACKGROUND = {"due": QColor("#fff1c2"), "overdue": QColor("#f9d3d0"), "today": QColor("#fff1c2")}
STATE_FOREGROUND = {"due": QColor("#6b4e00"), "overdue": QColor("#8a1c14"), "today": QColor("#6b4e00")}


def local(value: dt.datetime, tz: str) -> dt.datetime:
    """A stored naive-UTC timestamp as naive local time in the team's time zone."""
    return cadence.to_local(value, tz).replace(tzinfo=None)


def date_text(value: dt.date | dt.datetime | None, tz: str = cadence.DEFAULT_TZ) -> str:
    """A date in the locale's short format; a timestamp is converted to the team's local date first."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = local(value, tz).date()
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def datetime_text(value: dt.datetime | None, tz: str = cadence.DEFAULT_TZ) -> str:
    """A timestamp as local date and time in the locale's short format."""
    if value is None:
        return ""
    wall = local(value, tz)
    stamp = QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def elide(text: str, limit: int = 200) -> str:
    """One line of at most *limit* characters (hostile 10,000-character names stay usable)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


class LatestLoader(QObject):
    """Runs a query function in the background and delivers only the newest result.

    A refresh while a query is running starts another one; the older result is dropped when it
    arrives, so a quick sequence of filter changes never shows stale rows.

    Attributes: _generation (number of the newest request), _on_done, _on_error, busy.
    """

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[str], None], parent=None):
        super().__init__(parent)
        self._generation = 0
        self._on_done, self._on_error = on_done, on_error
        self.busy = False

    def load(self, fn: Callable[[], Any]) -> None:
        """Start *fn* (no arguments; bind them with functools.partial) on the thread pool."""
        self._generation += 1
        generation = self._generation
        self.busy = True
        run_in_background(fn, on_done=lambda result: self._deliver(generation, result),
                          on_error=lambda message: self._fail(generation, message))

    def _deliver(self, generation: int, result: Any) -> None:
        if isValid(self) and generation == self._generation:
            self.busy = False
            self._on_done(result)

    def _fail(self, generation: int, message: str) -> None:
        if isValid(self) and generation == self._generation:
            self.busy = False
            self._on_error(message)


def catalogue_label(entry) -> str:
    """The German or English label of a channel/outcome record, in the UI language."""
    from crmdesk.ui.i18n import current_language

    return entry.label_de if current_language() == "de" else entry.label_en
