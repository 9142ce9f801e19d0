"""The Settings page shell: section list on the left, the section on the right, one Save button."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.pages import SETTINGS_SECTIONS
from crmdesk.ui.settings.general_section import GeneralSection
from crmdesk.ui.settings.users_section import UsersSection


def _missing(exc: ModuleNotFoundError, module: str) -> bool:
    return bool(exc.name) and (module == exc.name or module.startswith(exc.name + "."))


class SettingsPage(QWidget):
    """Sections (each a QWidget with title() and save() -> bool) and a Save button that saves them all.

    Attributes: ctx, sections (the section widgets in order), list (QListWidget of titles),
    stack (QStackedWidget), save_button, feedback (QLabel).
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.sections: list[QWidget] = []
        self.list = QListWidget()
        self.list.setFixedWidth(200)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.feedback = QLabel()
        self._build()
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.list.setCurrentRow(0)
        self.retranslate()

    def _build(self) -> None:
        for section in self._create_sections():
            self.sections.append(section)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(section)
            self.stack.addWidget(scroll)
            self.list.addItem(section.title())
        bottom = QHBoxLayout()
        bottom.addWidget(self.feedback, 1)
        bottom.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)

    def _create_sections(self) -> list[QWidget]:
        sections: list[QWidget] = [GeneralSection(self.ctx)]
        if self.ctx.can("users.manage"):
            sections.append(UsersSection(self.ctx))
        for module_name, class_name in SETTINGS_SECTIONS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if not _missing(exc, module_name):
                    raise
                continue
            sections.append(getattr(module, class_name)(self.ctx))
        return sections

    def save(self) -> bool:
        """Save every section; stop at the first that reports a problem (it shows why)."""
        for index, section in enumerate(self.sections):
            if not section.save():
                self.list.setCurrentRow(index)
                self.feedback.setStyleSheet("color: #c62828;")
                self.feedback.setText(self.tr("“%1” could not be saved.").replace("%1", section.title()))
                return False
        self.feedback.setStyleSheet("color: #2e7d32;")
        self.feedback.setText(self.tr("Settings saved."))
        return True

    def refresh(self) -> None:
        """Reload sections that can (e.g. the users list)."""
        for section in self.sections:
            if hasattr(section, "refresh"):
                section.refresh()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.save_button.setText(self.tr("Save"))
        for index, section in enumerate(self.sections):
            self.list.item(index).setText(section.title())
        self.feedback.clear()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_section(self, title_or_index) -> None:
        """Select a section by index."""
        self.list.setCurrentRow(int(title_or_index))
