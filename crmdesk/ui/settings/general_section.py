"""Settings section "General": the user interface language (per user, remembered in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QWidget

from crmdesk.ui import i18n


class GeneralSection(QWidget):
    """Language: the desktop's, Deutsch or English; saving switches the running UI at once.

    Attributes: ctx, language (QComboBox with "", "de", "en"), _label, _hint.
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.language = QComboBox()
        for value in ("", "de", "en"):
            self.language.addItem("", value)
        self.language.setCurrentIndex(max(self.language.findData(i18n.saved_language()), 0))
        self.language.setMaximumWidth(320)
        self._label = QLabel()
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: palette(dark);")
        form = QFormLayout(self)
        form.addRow(self._label, self.language)
        form.addRow(self._hint)
        self.retranslate()

    def title(self) -> str:
        """Section title."""
        return self.tr("General")

    def save(self) -> bool:
        """Switch to the chosen language (if it changed) and tell everyone."""
        chosen = self.language.currentData() or ""
        if chosen == i18n.saved_language() and i18n.chosen_language(chosen or None) == i18n.current_language():
            return True
        language = i18n.switch_language(QApplication.instance(), chosen)
        self.ctx.events.language_changed.emit(language)
        return True

    def retranslate(self) -> None:
        """Texts in the current language (language names stay in their own language)."""
        self._label.setText(self.tr("Language:"))
        self.language.setItemText(0, self.tr("Language of the computer"))
        self.language.setItemText(1, "Deutsch")
        self.language.setItemText(2, "English")
        self._hint.setText(
            self.tr("Dates and numbers follow the language. Letters use each person's own letter language.")
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
