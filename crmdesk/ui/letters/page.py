"""The Letters page: templates (list and editor) and the history of printed letters; "Serial letter…"
starts the serial-letter dialog with a filter form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter, QTabWidget, QVBoxLayout,
    QWidget,
)

from crmdesk.domain.letter_records import TemplateRecord
from crmdesk.ops import letters as letter_ops
from crmdesk.ops.base import OperationError
from crmdesk.queries import letters as letter_queries
from crmdesk.services.letter_setup import default_templates
from crmdesk.ui.letters.history import HistoryView
from crmdesk.ui.letters.template_editor import TemplateEditor

HISTORY_LIMIT = 1000
RECORD_ROLE = Qt.ItemDataRole.UserRole


class LettersPage(QWidget):
    """Templates on the first tab, sent letters on the second.

    Attributes: ctx, tabs, templates (QListWidget; item data = TemplateRecord), editor (TemplateEditor),
    new_button, delete_button, serial_button, history (HistoryView), _loaded.
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.templates = QListWidget()
        self.templates.setMinimumWidth(200)
        self.templates.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.editor = TemplateEditor(ctx)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.serial_button = QPushButton()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.history = HistoryView()
        self._loaded = False
        self._build()
        self.templates.currentItemChanged.connect(self._on_templates_current_changed)
        self.editor.saved.connect(self._on_editor_saved)
        self.new_button.clicked.connect(self.new_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.serial_button.clicked.connect(lambda: ctx.events.serial_letter_requested.emit([]))
        ctx.events.letters_changed.connect(self.refresh)
        self.new_button.setEnabled(ctx.can("template.edit"))
        self.serial_button.setVisible(ctx.can("letter.serial"))
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.templates, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 700])
        self.tabs.addTab(split, "")
        self.tabs.addTab(self.history, "")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.serial_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.heading.setText(self.tr("Letters"))
        self.tabs.setTabText(0, self.tr("Templates"))
        self.tabs.setTabText(1, self.tr("Sent letters"))
        self.new_button.setText(self.tr("New template"))
        self.delete_button.setText(self.tr("Delete"))
        self.serial_button.setText(self.tr("Serial letter…"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reload templates and history (keeps the selected template)."""
        current = select or (self._current().name if self._current() else None)
        stored = letter_queries.templates(include_inactive=True)
        names = {t.name for t in stored}
        records = list(stored) + [t for t in default_templates() if t.name not in names]
        self.templates.blockSignals(True)
        self.templates.clear()
        for record in records:
            label = record.name if record.id is not None else self.tr("%1 (built in)").replace("%1", record.name)
            item = QListWidgetItem(label)
            item.setData(RECORD_ROLE, record)
            self.templates.addItem(item)
        self.templates.blockSignals(False)
        row = next((i for i, r in enumerate(records) if r.name == current), 0)
        self.templates.setCurrentRow(row)
        self._on_templates_current_changed(self.templates.currentItem(), None)
        self.history.set_rows(letter_queries.letter_history(limit=HISTORY_LIMIT))
        self._loaded = True

    def _current(self) -> TemplateRecord | None:
        item = self.templates.currentItem()
        return item.data(RECORD_ROLE) if item is not None else None

    def _on_templates_current_changed(self, current, _previous) -> None:
        record = current.data(RECORD_ROLE) if current is not None else None
        self.editor.load(record)
        self.delete_button.setEnabled(bool(record and record.id is not None and self.ctx.can("template.edit")))

    def _on_editor_saved(self, name: str) -> None:
        self.refresh(select=name)
        self.ctx.events.status_message.emit(self.tr("Template “%1” saved.").replace("%1", name))

    def new_template(self) -> None:
        """Start a new, empty template."""
        self.templates.clearSelection()
        self.editor.load(None)
        self.editor.focus_name()
        self.delete_button.setEnabled(False)

    def delete_template(self) -> None:
        """Delete the selected stored template after confirmation."""
        record = self._current()
        if record is None or record.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete template"),
                                      self.tr("Delete the template “%1”? Letters printed with it are kept.")
                                      .replace("%1", record.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            letter_ops.delete_template(self.ctx.actor, record.id, record.version)
        except OperationError as exc:
            QMessageBox.warning(self, self.tr("Delete template"), str(exc))
            return
        self.ctx.events.letters_changed.emit()

    def is_ready(self) -> bool:
        """True once the lists are loaded (for screenshots)."""
        return self._loaded
