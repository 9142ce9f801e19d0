"""Settings section "Keep in touch": category intervals and weights, overdue factor, what counts as
a contact, and the time zone. Owners save (everyone's due dates are recomputed); others read."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QMessageBox, QSpinBox,
    QVBoxLayout, QWidget,
)

from crmdesk.domain import cadence
from crmdesk.ops import settings as settings_ops
from crmdesk.ops.base import OperationError
from crmdesk.queries import catalogue, keep_in_touch
from crmdesk.ui.keep_in_touch.common import catalogue_label

CATEGORIES = ("A", "B", "C")
SETTING_KEY = "cadence"
PREFERRED_ZONES = ("Europe/Vienna", "Europe/Berlin", "Europe/Zurich", "Europe/Vaduz", "Europe/Luxembourg")


FIELD_WIDTH = 130


def _days_spin() -> QSpinBox:
    spin = QSpinBox(minimum=0, maximum=3650)
    spin.setSpecialValueText("—")  # 0 = no cadence; the label says so
    spin.setMaximumWidth(FIELD_WIDTH)
    return spin


def _weight_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox(minimum=0.0, maximum=10.0, singleStep=0.25, decimals=2)
    spin.setMaximumWidth(FIELD_WIDTH)
    return spin


class CadenceSection(QWidget):
    """The cadence settings as a form; `save()` stores them through ops.settings.set_setting.

    Attributes: ctx, days (category -> QSpinBox), default_days, weights (category -> QDoubleSpinBox),
    default_weight, factor (QDoubleSpinBox), time_zone (QComboBox), channels / outcomes (code ->
    QCheckBox: checked = counts), directions ("in"/"out"/"none" -> QCheckBox), _stored (mapping
    loaded), _labels (texts set in retranslate).
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.days = {c: _days_spin() for c in CATEGORIES}
        self.default_days = _days_spin()
        self.weights = {c: _weight_spin() for c in CATEGORIES}
        self.default_weight = _weight_spin()
        self.factor = QDoubleSpinBox(minimum=1.0, maximum=5.0, singleStep=0.1, decimals=2)
        self.factor.setMaximumWidth(FIELD_WIDTH)
        self.time_zone = QComboBox()
        self.time_zone.setMaximumWidth(320)
        self.time_zone.addItems(list(PREFERRED_ZONES) + sorted(zoneinfo.available_timezones() - set(PREFERRED_ZONES)))
        self.channels = {c.code: QCheckBox(catalogue_label(c)) for c in catalogue.channels(include_inactive=True)}
        self.outcomes = {o.code: QCheckBox(catalogue_label(o)) for o in catalogue.outcomes(include_inactive=True)}
        self.directions = {key: QCheckBox() for key in ("out", "in", "none")}
        self._labels: dict[str, QLabel] = {}
        self._boxes: dict[str, QGroupBox] = {}
        self._stored = keep_in_touch.cadence_settings()
        self._build()
        self._load(self._stored)
        self._apply_role()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------------------

    def _label(self, key: str, *, wrap: bool = False) -> QLabel:
        self._labels[key] = QLabel()
        self._labels[key].setWordWrap(wrap)
        return self._labels[key]

    def _build(self) -> None:
        intervals = QGridLayout()
        intervals.addWidget(self._label("head_days"), 0, 1)
        intervals.addWidget(self._label("head_weight"), 0, 2)
        for row, category in enumerate(CATEGORIES, start=1):
            intervals.addWidget(self._label(f"cat_{category}"), row, 0)
            intervals.addWidget(self.days[category], row, 1)
            intervals.addWidget(self.weights[category], row, 2)
        intervals.addWidget(self._label("cat_none"), 4, 0)
        intervals.addWidget(self.default_days, 4, 1)
        intervals.addWidget(self.default_weight, 4, 2)
        intervals.addWidget(self._label("days_hint", wrap=True), 5, 0, 1, 4)
        intervals.setColumnStretch(3, 1)
        form = QFormLayout()
        form.addRow(self._label("factor"), self.factor)
        form.addRow(self._label("tz"), self.time_zone)
        form.addRow(self._label("tz_hint", wrap=True))
        layout = QVBoxLayout(self)
        layout.addWidget(self._label("read_only", wrap=True))
        layout.addWidget(self._group("intervals", intervals))
        layout.addWidget(self._group("thresholds", form))
        layout.addWidget(self._group("counts", self._counting_layout()))
        layout.addWidget(self._label("save_hint", wrap=True))
        layout.addStretch(1)

    def _group(self, key: str, inner) -> QGroupBox:
        box = self._boxes[key] = QGroupBox()
        box.setLayout(inner)
        return box

    def _counting_layout(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(self._label("channels"), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._column(self.channels.values()), 0, 1)
        grid.addWidget(self._label("outcomes"), 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._column(self.outcomes.values()), 0, 3)
        grid.addWidget(self._label("directions"), 0, 4, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._column(self.directions.values()), 0, 5)
        grid.setColumnStretch(6, 1)
        grid.setHorizontalSpacing(16)
        return grid

    @staticmethod
    def _column(boxes) -> QWidget:
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 0)
        for box in boxes:
            column.addWidget(box)
        column.addStretch(1)
        return widget

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            "head_days": self.tr("Interval (days)"), "head_weight": self.tr("Ranking weight"),
            "cat_A": self.tr("Category A"), "cat_B": self.tr("Category B"), "cat_C": self.tr("Category C"),
            "cat_none": self.tr("No company or category"),
            "days_hint": self.tr("“—” (0) means no cadence. Tags, companies and persons can override the interval."),
            "factor": self.tr("Overdue from (× interval)"), "tz": self.tr("Time zone of the calendar days"),
            "tz_hint": self.tr("A person is due on the day the interval has passed and overdue once the "
                               "interval times this factor has passed, counted in this time zone's days."),
            "channels": self.tr("Channels that count"), "outcomes": self.tr("Outcomes that count"),
            "directions": self.tr("Directions that count"),
            "save_hint": self.tr("Saving recomputes the next due date of every person; with many persons this "
                                 "takes a few seconds."),
            "read_only": self.tr("Only an owner can change these settings.") if not self._editable() else "",
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self._labels["read_only"].setVisible(not self._editable())
        self._boxes["intervals"].setTitle(self.tr("Contact interval by company category"))
        self._boxes["counts"].setTitle(self.tr("What counts as a contact"))
        self._boxes["thresholds"].setTitle(self.tr("Due and overdue"))
        self.directions["out"].setText(self.tr("outgoing"))
        self.directions["in"].setText(self.tr("incoming"))
        self.directions["none"].setText(self.tr("without direction"))

    def title(self) -> str:
        """Section title."""
        return self.tr("Keep in touch")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values -------------------------------------------------------------------------------------

    def _editable(self) -> bool:
        return self.ctx.can("settings.business")

    def _apply_role(self) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QSpinBox, QDoubleSpinBox, QComboBox, QCheckBox)):
                widget.setEnabled(self._editable())

    def _load(self, current: cadence.CadenceSettings) -> None:
        for category in CATEGORIES:
            self.days[category].setValue(int(current.category_days.get(category) or 0))
            self.weights[category].setValue(current.weight_for(category))
        self.default_days.setValue(int(current.default_days or 0))
        self.default_weight.setValue(current.default_weight)
        self.factor.setValue(current.overdue_factor)
        index = self.time_zone.findText(current.time_zone)
        if index < 0:
            self.time_zone.addItem(current.time_zone)
            index = self.time_zone.count() - 1
        self.time_zone.setCurrentIndex(index)
        rule = current.contact_rule
        for code, box in self.channels.items():
            box.setChecked(code not in rule.excluded_channels)
        for code, box in self.outcomes.items():
            box.setChecked(code not in rule.excluded_outcomes)
        self.directions["out"].setChecked("out" in rule.directions)
        self.directions["in"].setChecked("in" in rule.directions)
        self.directions["none"].setChecked(rule.count_undirected)

    def chosen(self) -> cadence.CadenceSettings:
        """The settings as the form shows them (ValueError if they are not valid)."""
        rule = cadence.ContactRule(
            excluded_channels=frozenset(c for c, box in self.channels.items() if not box.isChecked()),
            excluded_outcomes=frozenset(o for o, box in self.outcomes.items() if not box.isChecked()),
            directions=frozenset(d for d in ("in", "out") if self.directions[d].isChecked()),
            count_undirected=self.directions["none"].isChecked())
        return cadence.CadenceSettings(
            category_days={c: self.days[c].value() for c in CATEGORIES},
            default_days=self.default_days.value() or None, overdue_factor=self.factor.value(),
            category_weights={c: self.weights[c].value() for c in CATEGORIES},
            default_weight=self.default_weight.value(), contact_rule=rule, time_zone=self.time_zone.currentText())

    def save(self) -> bool:
        """Store the settings if an owner changed them (recomputes everyone's due date); True if fine."""
        if not self._editable():
            return True
        try:
            chosen = self.chosen()
        except ValueError as exc:
            QMessageBox.warning(self, self.title(), str(exc))
            return False
        if chosen.to_mapping() == self._stored.to_mapping():
            return True
        if not chosen.contact_rule.directions and not chosen.contact_rule.count_undirected:
            QMessageBox.warning(self, self.title(), self.tr("At least one direction must count as a contact."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            settings_ops.set_setting(self.ctx.actor, SETTING_KEY, chosen.to_mapping())
        except OperationError as exc:
            QMessageBox.warning(self, self.title(), str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._stored = chosen
        self.ctx.events.settings_changed.emit(SETTING_KEY)
        self.ctx.events.persons_changed.emit([])
        return True
