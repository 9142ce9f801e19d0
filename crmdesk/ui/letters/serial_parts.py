"""Parts of the serial-letter dialog: the selection form (explicit persons or a filter) and the pre-flight
report tree (one item per group, checkable to include or skip it, expandable to the names)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QTreeWidget, QTreeWidgetItem, QWidget,
)

from crmdesk.queries import catalogue
from crmdesk.services.serial_letters import PreflightReport, Selection, SerialChoices
from crmdesk.ui.i18n import tr_message
from crmdesk.ui.letters.common import group_label

GROUP_ROLE = Qt.ItemDataRole.UserRole
MAX_NAMES = 500  # names listed per group (the count is always complete)


class SelectionForm(QWidget):
    """Who gets the letter: the persons passed in, or a filter (tag, category, country, owner, overdue, limit).

    Attributes: person_ids (tuple or None), explicit (QLabel), tag, category, country, owner (QComboBox),
    overdue (QCheckBox), limit (QSpinBox; 0 = no limit).
    """

    def __init__(self, person_ids: list[int] | None, parent=None):
        super().__init__(parent)
        self.person_ids = tuple(person_ids) if person_ids else None
        self.explicit = QLabel()
        self.tag, self.category, self.country, self.owner = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.overdue = QCheckBox()
        self.limit = QSpinBox(minimum=0, maximum=1_000_000)
        self.limit.setSpecialValueText("—")
        self._labels = {k: QLabel() for k in ("tag", "category", "country", "owner", "limit")}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        if self.person_ids is not None:
            form.addRow(self.explicit)
        else:
            for key, widget in (("tag", self.tag), ("category", self.category), ("country", self.country),
                                ("owner", self.owner)):
                form.addRow(self._labels[key], widget)
            form.addRow("", self.overdue)
            form.addRow(self._labels["limit"], self.limit)
            self._fill_choices()
        self.retranslate()

    def _fill_choices(self) -> None:
        for combo in (self.tag, self.category, self.country, self.owner):
            combo.addItem("", None)
        for tag in catalogue.tags():
            self.tag.addItem(tag.name, tag.name)
        for category in ("A", "B", "C"):
            self.category.addItem(category, category)
        for code in catalogue.countries():
            self.country.addItem(code, code)
        for user in catalogue.users():
            self.owner.addItem(user.name, user.id)

    def retranslate(self) -> None:
        """Texts in the current language."""
        count = len(self.person_ids or ())
        self.explicit.setText(self.tr("%n selected person(s)", "", count))
        self._labels["tag"].setText(self.tr("Tag"))
        self._labels["category"].setText(self.tr("Company category"))
        self._labels["country"].setText(self.tr("Country"))
        self._labels["owner"].setText(self.tr("Owner"))
        self._labels["limit"].setText(self.tr("At most"))
        self.overdue.setText(self.tr("Only persons due for contact"))
        for combo in (self.tag, self.category, self.country, self.owner):
            combo.setItemText(0, self.tr("(all)"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def selection(self) -> Selection:
        """The selection as the form shows it."""
        if self.person_ids is not None:
            return Selection(self.person_ids)
        return Selection(None, tag=self.tag.currentData(), category=self.category.currentData(),
                         country=self.country.currentData(), owner=self.owner.currentData(),
                         overdue=self.overdue.isChecked(), limit=self.limit.value() or None)


class ReportTree(QTreeWidget):
    """The pre-flight groups: check a group to print its recipients, uncheck to skip them.

    `choices_changed` is emitted when a group is switched. Attributes: report (the shown PreflightReport).
    """

    choices_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report: PreflightReport | None = None
        self.setColumnCount(2)
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(True)
        self.setColumnWidth(0, 320)
        self.itemChanged.connect(lambda item, column: column == 0 and item.parent() is None and self.choices_changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        """Column titles in the current language."""
        self.setHeaderLabels([self.tr("Group / recipient"), self.tr("Details")])

    def show_report(self, report: PreflightReport, choices: SerialChoices | None = None) -> None:
        """Fill the tree from *report*; group check states from *choices* (default choices if None)."""
        choices = choices or SerialChoices()
        self.report = report
        self.blockSignals(True)
        self.clear()
        for group in report.groups:
            item = QTreeWidgetItem([f"{group_label(group.key)} ({group.count})", ""])
            item.setData(0, GROUP_ROLE, group.key)
            if group.choosable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if choices.includes(group.key) else Qt.CheckState.Unchecked)
                item.setToolTip(0, self.tr("Checked: these recipients get the letter. Unchecked: they are skipped."))
            else:
                item.setText(1, self.tr("always skipped"))
            for entry in group.entries[:MAX_NAMES]:
                detail = tr_message(entry.detail)
                child = QTreeWidgetItem([entry.name[:200], detail[:500]])
                child.setToolTip(1, detail[:2000])
                item.addChild(child)
            if group.count > MAX_NAMES:
                item.addChild(QTreeWidgetItem([self.tr("… and %n more", "", group.count - MAX_NAMES), ""]))
            self.addTopLevelItem(item)
        self.blockSignals(False)

    def choices(self) -> SerialChoices:
        """The include/skip switches as checked."""
        flags = {}
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            flag = SerialChoices.flag_for(item.data(0, GROUP_ROLE))
            if flag is not None:
                flags[flag] = item.checkState(0) == Qt.CheckState.Checked
        return SerialChoices(**flags)

    def set_included(self, key: str, included: bool) -> None:
        """Check or uncheck the group *key* (for keyboard users and tests)."""
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item.data(0, GROUP_ROLE) == key:
                item.setCheckState(0, Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)
