"""The letter dialog: one letter to one person. Template, subject and text are editable; a live PDF preview
(QtPdf) follows the typing on a short debounce, rendered on a worker thread; "Save PDF…" prints and
records the letter, then "Open" and "Show in folder" lead to the file."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMenu, QMessageBox,
    QPlainTextEdit, QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from crmdesk import paths
from crmdesk.ops.base import OperationError
from crmdesk.services.single_letter import LetterDraft, PreviewResult, letter_draft, make_letter, preview_letter
from crmdesk.ui.i18n import tr_message
from crmdesk.ui.letters.common import PdfPreview, open_file, placeholder_menu_items, show_in_folder
from crmdesk.ui.tasks import run_in_background

PREVIEW_DELAY_MS = 350


def _numbered_preview(generation: int, *args, **kwargs) -> tuple[int, PreviewResult]:
    """preview_letter's result with the request number it answers (runs on the worker thread)."""
    return generation, preview_letter(*args, **kwargs)


class LetterDialog(QDialog):
    """Write one letter. `saved(path)` is emitted after the PDF is written and recorded.

    Attributes: ctx, person_id, draft (LetterDraft), template (QComboBox), form (QComboBox), subject, body,
    log (QCheckBox), notes (QLabel: warnings and problems), preview (PdfPreview), save_button, open_button,
    folder_button, saved_path, _timer (debounce), _generation (drops stale previews), _problems (last preview's).
    """

    saved = Signal(str)  # the PDF's path
    preview_ready = Signal()  # a preview was shown (or a template error)

    def __init__(self, ctx, person_id: int, parent=None):
        super().__init__(parent)
        self.ctx, self.person_id = ctx, person_id
        self.draft: LetterDraft = letter_draft(person_id, actor=ctx.actor)
        self.saved_path: Path | None = None
        self._generation = 0
        self._problems: tuple[str, ...] = ()
        self.template = QComboBox()
        for record in self.draft.templates:
            self.template.addItem(record.name, record)
        self.form = QComboBox()
        self.form.addItem("DIN 5008 B", "B")
        self.form.addItem("DIN 5008 A", "A")
        self.form.setCurrentIndex(max(0, self.form.findData(self.draft.job.form)))
        self.subject = QLineEdit()
        self.subject.setMaxLength(300)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.insert_button = QToolButton()
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setMenu(self._placeholder_menu())
        self.log = QCheckBox()
        self.log.setChecked(self.draft.log_interactions)
        self.recipient = QLabel()
        self.recipient.setTextFormat(Qt.TextFormat.PlainText)
        self.recipient.setWordWrap(True)
        self.recipient.setStyleSheet("font-weight: 600;")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = PdfPreview()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.open_button = QPushButton()
        self.folder_button = QPushButton()
        self.close_button = QPushButton()
        self._labels = {k: QLabel() for k in ("template", "form", "subject", "body")}
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._build()
        self._connect()
        self.retranslate()
        self.template.setCurrentIndex(max(0, self.template.findText(self.draft.template.name)))
        self._load_template()
        self.resize(1100, 760)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self._labels["template"], self.template)
        form.addRow(self._labels["form"], self.form)
        form.addRow(self._labels["subject"], self.subject)
        head = QHBoxLayout()
        head.addWidget(self._labels["body"])
        head.addStretch(1)
        head.addWidget(self.insert_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.recipient)
        column.addLayout(form)
        column.addLayout(head)
        column.addWidget(self.body, 1)
        column.addWidget(self.log)
        column.addWidget(self.notes)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([460, 640])
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.template.currentIndexChanged.connect(lambda _i: self._load_template())
        self.form.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.subject.textChanged.connect(lambda _t: self._timer.start())
        self.body.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.refresh_preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(lambda: self.saved_path and open_file(self.saved_path))
        self.folder_button.clicked.connect(lambda: self.saved_path and show_in_folder(self.saved_path))
        self.close_button.clicked.connect(self.reject)
        for button in (self.open_button, self.folder_button):
            button.setEnabled(False)

    def _placeholder_menu(self) -> QMenu:
        menu = QMenu(self)
        for title, items in placeholder_menu_items():
            sub = menu.addMenu(title)
            for name, label in items:
                sub.addAction(f"{label}  {{{name}}}", lambda n=name: self.body.insertPlainText("{" + n + "}"))
        return menu

    def retranslate(self) -> None:
        """Texts in the current language."""
        r = self.draft.recipient
        address = r.address
        lines = [r.label + (f", {r.company}" if r.company and r.company != r.label else "")]
        lines.append(", ".join(x for x in (address.street or address.po_box, f"{address.postal_code} {address.city}".strip(),
                                           address.country) if x) if address else self.tr("No postal address!"))
        self.recipient.setText("\n".join(lines))
        self.setWindowTitle(self.tr("Letter to %1").replace("%1", r.label))
        self._labels["template"].setText(self.tr("Template"))
        self._labels["form"].setText(self.tr("Layout"))
        self._labels["subject"].setText(self.tr("&Subject"))
        self._labels["subject"].setBuddy(self.subject)
        self._labels["body"].setText(self.tr("&Text (the salutation is printed above it)"))
        self._labels["body"].setBuddy(self.body)
        self.insert_button.setText(self.tr("Insert placeholder"))
        self.log.setText(self.tr("Log as contact (outgoing letter)"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.open_button.setText(self.tr("Open"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- preview -----------------------------------------------------------------------------------

    def _load_template(self) -> None:
        record = self.template.currentData()
        if record is None:
            return
        self.subject.setText(record.subject)
        self.body.setPlainText(record.body)
        self.refresh_preview()

    def _job(self):
        import dataclasses

        return dataclasses.replace(self.draft.job, form=self.form.currentData())

    def refresh_preview(self) -> None:
        """Render the preview on a worker thread (results of older requests are dropped)."""
        self._timer.stop()
        self._generation += 1
        task = partial(_numbered_preview, self._generation, self.draft.recipient, self.template.currentData(),
                       self._job(), subject=self.subject.text(), body=self.body.toPlainText())
        # bound methods (not lambdas): Qt drops the delivery if the dialog is gone by then
        run_in_background(task, on_done=self._on_preview_done, on_error=self._on_preview_failed, uses_db=False)

    def _on_preview_done(self, numbered: tuple[int, PreviewResult]) -> None:
        self._on_preview(*numbered)

    def _on_preview_failed(self, message: str) -> None:
        self._on_preview(self._generation, PreviewResult(None, error=message))

    def _on_preview(self, generation: int, result: PreviewResult) -> None:
        if generation != self._generation:
            return
        self._problems = result.problems
        if result.data is None:
            self.preview.show_message(self.tr("No preview: %1").replace("%1", result.error))
            self.save_button.setEnabled(False)
        else:
            self.preview.show_pdf(result.data)
            self.save_button.setEnabled(self.draft.recipient.address is not None)
        notes = [tr_message(note) for note in (*result.warnings, *result.notes, *result.problems)]
        if self.draft.recipient.address is None:
            notes.insert(0, self.tr("This person has no complete postal address; the letter cannot be saved."))
        self.notes.setText("\n".join(notes))
        self.notes.setStyleSheet("color: #c62828;" if result.problems or result.error else "color: #8d6e00;")
        self.preview_ready.emit()

    # --- saving ------------------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        """letters folder / "2026-01-15 Huber Franz – Subject.pdf" (characters unsafe in file names removed)."""
        r = self.draft.recipient
        stem = f"{dt.date.today().isoformat()} {r.last_name or r.label} {r.first_name}".strip()
        subject = self.subject.text().strip()
        if subject:
            stem += f" – {subject}"
        stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", stem)[:120]
        return paths.letters_dir() / f"{stem}.pdf"

    def save_pdf(self) -> None:
        """Ask where, then print and record the letter."""
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save letter as PDF"), str(self.suggested_path()),
                                                    self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def save_to(self, path: Path) -> bool:
        """Print the letter into *path* and record it; True when done."""
        unprintable = "raise"
        if self._problems:
            answer = QMessageBox.question(
                self, self.tr("Characters the font cannot print"),
                self.tr("Some characters cannot be printed:\n%1\n\nPrint them as “�”?").replace(
                    "%1", "\n".join(self._problems)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            unprintable = "replace"
        try:
            result = make_letter(self.person_id, actor=self.ctx.actor, out_path=path, form=self.form.currentData(),
                                 subject=self.subject.text(), body=self.body.toPlainText(),
                                 log_interaction=self.log.isChecked(), unprintable=unprintable,
                                 template=self.template.currentData())
        except OperationError as exc:
            QMessageBox.warning(self, self.tr("Letter"), str(exc))
            return False
        self.saved_path = result.path
        for button in (self.open_button, self.folder_button):
            button.setEnabled(True)
        self.ctx.events.letters_changed.emit()
        if result.interaction_id is not None:
            self.ctx.events.interactions_changed.emit([self.person_id])
            self.ctx.events.persons_changed.emit([self.person_id])
        self.ctx.events.status_message.emit(self.tr("Letter saved: %1").replace("%1", str(result.path)))
        self.saved.emit(str(result.path))
        return True
