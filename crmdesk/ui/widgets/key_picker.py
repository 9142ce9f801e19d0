"""A row of choices picked with single keys (channel letters, outcome digits), made for the keyboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QSizePolicy, QToolButton, QWidget

STYLE = (
    "QWidget#KeyPicker:focus { border: 2px solid palette(highlight); border-radius: 4px; }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border: 1px solid palette(highlight); border-radius: 3px; }"
)


class KeyPicker(QWidget):
    """Choices as toggle buttons; a choice's key (a letter or digit) picks it and moves the focus on.

    `choice()` is the value picked (None = nothing). Left/Right move the pick; Backspace clears it.
    With *columns* the choices wrap into rows of that many buttons.
    Attributes: _values (value per button), _keys (key -> index), _group (exclusive QButtonGroup),
    _clear_key (a key that picks nothing, e.g. "0"), _advance (move focus on after a key pick).
    """

    picked = Signal(object)  # the value (None when cleared)

    def __init__(self, *, advance: bool = True, clear_key: str = "", columns: int = 0, parent=None):
        super().__init__(parent)
        self.setObjectName("KeyPicker")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._values: list[object] = []
        self._keys: dict[str, int] = {}
        self._clear_key = clear_key.upper()
        self._advance = advance
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._group.idClicked.connect(self._on_clicked)
        self._columns = columns  # 0 = one row
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(3, 3, 3, 3)
        self._layout.setSpacing(3)

    def set_choices(self, choices: Sequence[tuple[object, str, str, QIcon | None]]) -> None:
        """(value, key, label, icon) per choice; the key is shown before the label."""
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        self._values, self._keys = [], {}
        for index, (value, key, label, icon) in enumerate(choices):
            button = QToolButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setText(f"{key}  {label}" if key else label)
            if icon is not None:
                button.setIcon(icon)
                button.setIconSize(QSize(16, 16))
            self._group.addButton(button, index)
            row, column = divmod(index, self._columns) if self._columns else (0, index)
            self._layout.addWidget(button, row, column)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._values.append(value)
            if key:
                self._keys[key.upper()] = index

    def choice(self) -> object | None:
        """The value picked, or None."""
        button = self._group.checkedButton()
        return None if button is None else self._values[self._group.id(button)]

    def set_choice(self, value: object | None) -> None:
        """Pick a value (None clears)."""
        for index, candidate in enumerate(self._values):
            self._group.button(index).setChecked(candidate == value and value is not None)
        self.picked.emit(self.choice())

    def _on_clicked(self, index: int) -> None:
        checked = self._group.button(index).isChecked()
        self.set_choice(self._values[index] if checked else None)

    def _move(self, step: int) -> None:
        if not self._values:
            return
        current = self._values.index(self.choice()) if self.choice() is not None else -1
        self.set_choice(self._values[(current + step) % len(self._values)])

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A choice's key picks it (and moves on); arrows move the pick; Backspace clears."""
        key = event.text().upper()
        no_modifier = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if no_modifier and key and (key in self._keys or key == self._clear_key):
            self.set_choice(self._values[self._keys[key]] if key in self._keys else None)
            if self._advance:
                self.focusNextChild()
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        if event.key() == Qt.Key.Key_Backspace:
            self.set_choice(None)
            return
        super().keyPressEvent(event)
