"""A set of named input widgets with get/set of plain values and per-field error messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.widgets.formatting import pydate, qdate

NO_DATE = QDate(1800, 1, 1)
# Stored instead of None as combo item data: PySide6 6.12 returns an empty QVariant to Python as
# None without taking a reference (each currentData() read of a None item drops one from None).
NONE_DATA = "\x00none"
ERROR_STYLE = "border: 1px solid #c62828; border-radius: 2px; padding: 2px;"


class OptionalDateEdit(QDateEdit):
    """A date field that can be empty (shown as '—'; the minimum date means 'no date')."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.set_value(None)

    def value(self) -> dt.date | None:
        """The date, or None."""
        return None if self.date() == NO_DATE else pydate(self.date())

    def set_value(self, value: dt.date | None) -> None:
        """Set a date or clear the field."""
        self.setDate(qdate(value) if value else NO_DATE)


class FieldSet:
    """Widgets by field name; `values()` / `set_values()` / `show_errors()` work on plain dicts.

    Attributes: widgets (name -> widget), _errors (name -> error QLabel), _blocks (name -> the row widget).
    """

    def __init__(self) -> None:
        self.widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._blocks: dict[str, QWidget] = {}

    # --- factories --------------------------------------------------------------------------

    def line(self, key: str, max_length: int = 200) -> QLineEdit:
        """A one-line text field."""
        widget = QLineEdit()
        widget.setMaxLength(max_length)
        return self._add(key, widget)

    def combo(self, key: str, items: Sequence[tuple[str, Any]], *, editable: bool = False) -> QComboBox:
        """A choice (label, value) list."""
        widget = QComboBox()
        widget.setEditable(editable)
        for label, value in items:
            widget.addItem(label, NONE_DATA if value is None else value)
        return self._add(key, widget)

    def check(self, key: str, text: str = "") -> QCheckBox:
        """A yes/no field."""
        return self._add(key, QCheckBox(text))

    def text(self, key: str) -> QPlainTextEdit:
        """A multi-line text field."""
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        return self._add(key, widget)

    def date(self, key: str) -> OptionalDateEdit:
        """An optional date."""
        return self._add(key, OptionalDateEdit())

    def number(self, key: str, maximum: int = 3650, none_text: str = "—") -> QSpinBox:
        """An optional whole number (the minimum, -1, means 'not set')."""
        widget = QSpinBox()
        widget.setRange(-1, maximum)
        widget.setSpecialValueText(none_text)
        widget.setValue(-1)
        return self._add(key, widget)

    def custom(self, key: str, widget: QWidget) -> QWidget:
        """Any widget with value()/set_value()."""
        return self._add(key, widget)

    def _add(self, key: str, widget):
        widget.setObjectName(f"field_{key}")
        self.widgets[key] = widget
        return widget

    def add_row(self, form: QFormLayout, key: str, label: QLabel | str) -> None:
        """Add a field to a form, with an (initially hidden) error message under it."""
        block = QWidget()
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.widgets[key])
        error = QLabel()
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._errors[key] = error
        self._blocks[key] = block
        form.addRow(label, block)

    # --- values -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every field's current value."""
        return {key: _get(widget) for key, widget in self.widgets.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the fields that have a value in *values*."""
        for key, widget in self.widgets.items():
            if key in values:
                _set(widget, values[key])

    def show_errors(self, problems: dict[str, str]) -> list[str]:
        """Show messages at their fields; returns messages for fields this set does not have."""
        self.clear_errors()
        unplaced = []
        for key, message in problems.items():
            if key in self._errors:
                self._errors[key].setText(message)
                self._errors[key].show()
                self.widgets[key].setStyleSheet(ERROR_STYLE)
            else:
                unplaced.append(message)
        first = next((self.widgets[k] for k in problems if k in self.widgets), None)
        if first is not None:
            first.setFocus()
        return unplaced

    def clear_errors(self) -> None:
        """Hide every error message."""
        for key, label in self._errors.items():
            label.hide()
            self.widgets[key].setStyleSheet("")


def _get(widget: QWidget) -> Any:
    if hasattr(widget, "value") and not isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QSpinBox):
        return None if widget.value() < 0 else widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            return widget.currentText()
        data = widget.currentData() if widget.currentIndex() >= 0 else NONE_DATA
        return None if data == NONE_DATA else data
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    raise TypeError(f"no value for {type(widget).__name__}")


def _set(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QSpinBox):
        widget.setValue(-1 if value is None else int(value))
    elif hasattr(widget, "set_value"):
        widget.set_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        _set_combo(widget, value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")


def _set_combo(widget: QComboBox, value: Any) -> None:
    index = widget.findData(NONE_DATA if value is None else value)
    if index >= 0:
        widget.setCurrentIndex(index)
    elif widget.isEditable():
        widget.setEditText("" if value is None else str(value))
    else:
        widget.setCurrentIndex(0)
