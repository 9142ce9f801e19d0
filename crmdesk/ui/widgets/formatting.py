"""Dates, times and numbers in the UI language's locale (QLocale.setDefault is set by crmdesk.ui.i18n).

Stored timestamps are naive UTC; they are shown in the computer's local time zone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat


def to_local(value: dt.datetime) -> dt.datetime:
    """A stored naive-UTC timestamp in the local time zone (naive)."""
    return value.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def format_date(value: dt.date | dt.datetime | None) -> str:
    """'22.11.2026' / '22/11/2026' in the current locale; datetimes are converted to local time first."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_local(value).date()
    return QLocale().toString(QDate(value.year, value.month, value.day), SHORT)


def format_datetime(value: dt.datetime | None) -> str:
    """Local date and time, short locale format."""
    if value is None:
        return ""
    local = to_local(value)
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(qdt, SHORT)


def format_time(value: dt.datetime | dt.time) -> str:
    """A wall-clock time ('14:05') in the current locale (no conversion)."""
    return QLocale().toString(QTime(value.hour, value.minute), SHORT)


def format_number(value: int) -> str:
    """An integer with the locale's group separator ('100.000' / '100,000')."""
    return QLocale().toString(int(value))


def qdate(value: dt.date) -> QDate:
    """A Python date as QDate."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    """A QDate as Python date."""
    return dt.date(value.year(), value.month(), value.day())
