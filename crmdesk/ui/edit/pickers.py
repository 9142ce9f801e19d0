"""Small pickers for the edit dialogs: company (type-ahead), tags (comma list), time zone, country."""

from __future__ import annotations

import zoneinfo
from functools import lru_cache

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from crmdesk.queries import catalogue
from crmdesk.queries import companies as company_queries

COMMON_ZONES = ("Europe/Vienna", "Europe/Berlin", "Europe/Zurich", "Europe/London", "America/New_York", "Asia/Dubai")
COUNTRIES = ("AT", "DE", "CH", "LI", "IT", "FR", "NL", "BE", "LU", "CZ", "SK", "HU", "SI", "PL", "GB", "US")


class CompanyPicker(QLineEdit):
    """Type a company name; choose from the matches. `value()` is the company id (None = no company).

    Attributes: _company_id, _names (shown text -> id of the current matches), _model, _timer.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._company_id: int | None = None
        self._names: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self._on_chosen)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._on_edited)

    def value(self) -> int | None:
        """The chosen company id."""
        return self._company_id

    def set_value(self, company_id: int | None) -> None:
        """Show a company (by id)."""
        self._company_id = company_id or None
        self.setText(company_queries.company_name(company_id))

    def _on_edited(self, text: str) -> None:
        self._company_id = self._names.get(text) if text.strip() else None
        self._timer.start()

    def _search(self) -> None:
        matches = company_queries.search_companies(self.text(), limit=20)
        self._names = {(f"{name} ({city})" if city else name): cid for cid, name, city in matches}
        self._model.setStringList(list(self._names))
        self.completer().complete()

    def _on_chosen(self, text: str) -> None:
        self._company_id = self._names.get(text)
        self.setText(text.rsplit(" (", 1)[0] if self._company_id else text)

    def has_unmatched_text(self) -> bool:
        """Text typed but no company chosen."""
        return bool(self.text().strip()) and self._company_id is None


class TagsEdit(QLineEdit):
    """Tags as a comma-separated list; `value()` is the sorted list of names."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMaxLength(800)

    def value(self) -> list[str]:
        """Tag names, trimmed, without duplicates, sorted."""
        return sorted({" ".join(t.split())[:80] for t in self.text().split(",") if t.strip()})

    def set_value(self, tags) -> None:
        """Show tags."""
        self.setText(", ".join(tags or []))
        names = [t.name for t in catalogue.tags()]
        self.setPlaceholderText(", ".join(names[:4]) + (" …" if len(names) > 4 else ""))


@lru_cache(maxsize=1)
def all_time_zones() -> list[str]:
    """IANA zone names, common ones first."""
    rest = sorted(z for z in zoneinfo.available_timezones() if "/" in z and z not in COMMON_ZONES)
    return [*COMMON_ZONES, *rest]


def time_zone_combo() -> QComboBox:
    """An editable combo of time zones ('' = none)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("", "")
    for zone in all_time_zones():
        combo.addItem(zone, zone)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def country_combo() -> QComboBox:
    """An editable combo of ISO country codes."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("", "")
    for code in COUNTRIES:
        combo.addItem(code, code)
    combo.lineEdit().setMaxLength(2)
    return combo
