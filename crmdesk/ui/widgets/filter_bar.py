"""The search box and filters above a list (tag, category, owner, country, active), as one ListFilter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from crmdesk.domain.records import ListFilter
from crmdesk.queries import catalogue
from crmdesk.ui.widgets.search_field import SearchField


class FilterBar(QWidget):
    """Search field plus filter combos; emits `filter_changed(ListFilter)`.

    Attributes: search (SearchField), _tag, _category, _owner, _country, _active (QComboBox).
    """

    filter_changed = Signal(object)  # ListFilter

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = SearchField()
        self.search.setMinimumWidth(260)
        self._tag, self._category, self._owner, self._country, self._active = (QComboBox() for _ in range(5))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self._tag, self._category, self._owner, self._country, self._active):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit(self.current()))
        self.search.search_changed.connect(lambda _t: self.filter_changed.emit(self.current()))
        self.reload_choices()

    def current(self) -> ListFilter:
        """The filter as chosen now."""
        return ListFilter(
            search=self.search.text().strip(),
            tag_id=self._tag.currentData() or None,
            category=self._category.currentData() or "",
            owner_id=self._owner.currentData() or None,
            country=self._country.currentData() or "",
            active={"active": True, "inactive": False}.get(self._active.currentData()),
        )

    def reload_choices(self) -> None:
        """Fill the combos from the catalogue (tags, users, countries), keeping the choices made."""
        self._fill(self._tag, self.tr("All tags"), [(t.name, t.id) for t in catalogue.tags()])
        self._fill(
            self._category, self.tr("All categories"), [(self.tr("Category %1").replace("%1", c), c) for c in "ABC"]
        )
        self._fill(self._owner, self.tr("All owners"), [(u.name, u.id) for u in catalogue.users()])
        self._fill(self._country, self.tr("All countries"), [(c, c) for c in catalogue.countries()])
        self._fill(
            self._active,
            self.tr("Active and inactive"),
            [(self.tr("Active only"), "active"), (self.tr("Inactive only"), "inactive")],
        )

    @staticmethod
    def _fill(combo: QComboBox, all_label: str, items: list[tuple[str, object]]) -> None:
        """'All' (data "" — never None, see crmdesk.ui.edit.fields.NONE_DATA) and the choices."""
        current = combo.currentData() if combo.count() else ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_label, "")
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate the 'All …' entries after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.search.setPlaceholderText(self.tr("Search name, company, e-mail, phone, city…"))
            self.reload_choices()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Placeholder text in the current language."""
        self.search.setPlaceholderText(self.tr("Search name, company, e-mail, phone, city…"))
        super().showEvent(event)
