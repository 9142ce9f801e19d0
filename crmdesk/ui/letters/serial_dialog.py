"""The serial-letter dialog: choose recipients and template, check them (pre-flight report with a switch per
group), print on a worker thread with progress and Cancel (the window never freezes), then "Open" and
"Show in folder". Apprentices cannot start serial letters."""

from __future__ import annotations

import datetime as dt
import importlib.util
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout,
)

from crmdesk import paths
from crmdesk.queries import letters as letter_queries
from crmdesk.services.letter_setup import default_templates, log_interactions_default
from crmdesk.services.serial_letters import PreflightReport, SerialResult, preflight, run_serial_letter
from crmdesk.ui.i18n import tr_message
from crmdesk.ui.letters.common import group_label, open_file, show_in_folder
from crmdesk.ui.letters.serial_parts import ReportTree, SelectionForm
from crmdesk.ui.tasks import run_in_background

QUALITY_MODULE = "crmdesk.queries.quality"


class SerialLetterDialog(QDialog):
    """Selection → pre-flight report → print with progress → open the result.

    Signals: checked (the report is shown), finished_run (SerialResult), cancelled_run ().
    Attributes: ctx, selection (SelectionForm), template, form (QComboBox), report_tree (ReportTree),
    summary, messages (QLabel), out_path (QLineEdit), per_recipient, log (QCheckBox), progress (QProgressBar),
    check_button, print_button, cancel_button, open_button, folder_button, close_button, quality_button,
    report (PreflightReport or None), result (SerialResult or None), worker (the running task or None).
    """

    checked = Signal()
    finished_run = Signal(object)
    cancelled_run = Signal()

    def __init__(self, ctx, person_ids: list[int] | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: PreflightReport | None = None
        self.result: SerialResult | None = None
        self.worker = None
        self.selection = SelectionForm(person_ids)
        self.template = QComboBox()
        names = [t.name for t in letter_queries.templates()]
        for name in names + [t.name for t in default_templates() if t.name not in names]:
            self.template.addItem(name)
        self.form = QComboBox()
        self.form.addItem("DIN 5008 B", "B")
        self.form.addItem("DIN 5008 A", "A")
        self.form.setCurrentIndex(max(0, self.form.findData(letter_queries.letters_setting().get("form", "B"))))
        self.report_tree = ReportTree()
        self.summary, self.messages = QLabel(), QLabel()
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.PlainText)
        self.out_path = QLineEdit(str(paths.letters_dir() / f"{dt.date.today().isoformat()} Serienbrief.pdf"))
        self.browse_button = QPushButton()
        self.per_recipient = QCheckBox()
        self.log = QCheckBox()
        self.log.setChecked(log_interactions_default())
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.check_button, self.print_button, self.cancel_button = QPushButton(), QPushButton(), QPushButton()
        self.open_button, self.folder_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.quality_button = QPushButton()
        self.quality_button.setVisible(importlib.util.find_spec(QUALITY_MODULE) is not None)
        self._boxes = {k: QGroupBox() for k in ("who", "report", "output")}
        self._labels = {k: QLabel() for k in ("template", "form", "out")}
        self._build()
        self._connect()
        self._set_state("select")
        self.retranslate()
        self.resize(900, 720)
        if not ctx.can("letter.serial"):
            self.check_button.setEnabled(False)
            self.messages.setText(self.tr("Your role cannot print serial letters."))

    def _build(self) -> None:
        who = QFormLayout()
        who.addRow(self.selection)
        who.addRow(self._labels["template"], self.template)
        who.addRow(self._labels["form"], self.form)
        self._boxes["who"].setLayout(who)
        report = QVBoxLayout()
        report.addWidget(self.summary)
        report.addWidget(self.report_tree, 1)
        report.addWidget(self.messages)
        self._boxes["report"].setLayout(report)
        path_row = QHBoxLayout()
        path_row.addWidget(self.out_path, 1)
        path_row.addWidget(self.browse_button)
        output = QFormLayout()
        output.addRow(self._labels["out"], path_row)
        output.addRow("", self.per_recipient)
        output.addRow("", self.log)
        self._boxes["output"].setLayout(output)
        buttons = QHBoxLayout()
        for button in (self.quality_button, self.open_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.check_button, self.print_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._boxes["who"])
        layout.addWidget(self._boxes["report"], 1)
        layout.addWidget(self._boxes["output"])
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.check_button.clicked.connect(self.run_check)
        self.print_button.clicked.connect(self.start_printing)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.browse_button.clicked.connect(self._browse)
        self.open_button.clicked.connect(lambda: self.result and self.result.pdf_path and open_file(self.result.pdf_path))
        self.folder_button.clicked.connect(lambda: self.result and self.result.pdf_path
                                           and show_in_folder(self.result.pdf_path))
        self.quality_button.clicked.connect(self.show_quality_report)
        self.report_tree.choices_changed.connect(self._update_summary)
        self.template.currentIndexChanged.connect(lambda _i: self._set_state("select"))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Serial letter"))
        self._boxes["who"].setTitle(self.tr("Recipients and template"))
        self._boxes["report"].setTitle(self.tr("Pre-flight check"))
        self._boxes["output"].setTitle(self.tr("Output"))
        self._labels["template"].setText(self.tr("Template"))
        self._labels["form"].setText(self.tr("Layout"))
        self._labels["out"].setText(self.tr("PDF file"))
        self.browse_button.setText(self.tr("Choose…"))
        self.per_recipient.setText(self.tr("Also one PDF per recipient (in a folder beside the file)"))
        self.log.setText(self.tr("Log every letter as a contact (outgoing letter)"))
        self.check_button.setText(self.tr("Check recipients"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("Open"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.close_button.setText(self.tr("Close"))
        self.quality_button.setText(self.tr("Data quality…"))
        self._update_summary()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_state(self, state: str) -> None:
        """select → checked → running → done: which buttons are usable."""
        running = state == "running"
        self.check_button.setEnabled(not running and self.ctx.can("letter.serial"))
        self.print_button.setEnabled(state == "checked" and bool(self.report and self.report.can_print))
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        self.progress.setVisible(running or state == "done")
        for widget in (self._boxes["who"], self._boxes["output"], self.report_tree):
            widget.setEnabled(not running)
        done = state == "done" and bool(self.result and self.result.pdf_path)
        self.open_button.setEnabled(done)
        self.folder_button.setEnabled(done)
        self.quality_button.setEnabled(self.report is not None and not running)

    # --- pre-flight --------------------------------------------------------------------------------

    def run_check(self) -> None:
        """Load and check the recipients on a worker thread."""
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        task = partial(preflight, self.selection.selection(), self.template.currentText(), actor=self.ctx.actor,
                       form=self.form.currentData())
        run_in_background(task, on_done=self._on_checked, on_error=self._on_failed)

    def _on_checked(self, report: PreflightReport) -> None:
        self.report = report
        self.report_tree.show_report(report)
        lines = list(report.errors) + [self.tr("Letterhead: %1").replace("%1", w) for w in report.warnings]
        self.messages.setText("\n".join(lines))
        self.messages.setStyleSheet("color: #c62828;" if report.errors else "color: #8d6e00;")
        self._set_state("checked")
        self._update_summary()
        self.checked.emit()

    def _update_summary(self) -> None:
        if self.report is None:
            self.summary.setText(self.tr("Choose the recipients and a template, then check them."))
            self.print_button.setText(self.tr("Print"))
            return
        count = len(self.report.to_print(self.report_tree.choices()))
        skipped = len(self.report.recipients) - count
        self.summary.setText(self.tr("%1 selected, %2 get the letter, %3 skipped.")
                             .replace("%1", str(len(self.report.recipients))).replace("%2", str(count))
                             .replace("%3", str(skipped)))
        self.print_button.setText(self.tr("Print %n letter(s)", "", count))
        self.print_button.setEnabled(self.report.can_print and count > 0 and self.worker is None)

    def show_quality_report(self) -> None:
        """The data-quality findings for the selected persons (crmdesk.queries.quality), on a worker thread."""
        if self.report is None or importlib.util.find_spec(QUALITY_MODULE) is None:
            return
        from crmdesk.queries.quality import quality_report

        ids = [r.person_id for r in self.report.recipients]
        run_in_background(partial(quality_report, ids), on_done=self._show_quality, on_error=self._on_failed)

    def _show_quality(self, report) -> None:
        text = "\n".join(f"{item.name}: {tr_message(item.reason)}" for item in report.items[:2000])
        box = QDialog(self)
        box.setWindowTitle(self.tr("Data quality of the selection"))
        view = QPlainTextEdit(text or self.tr("No findings."))
        view.setReadOnly(True)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("%1 persons checked, %2 findings.").replace("%1", str(report.checked))
                                .replace("%2", str(len(report.items)))))
        layout.addWidget(view)
        box.resize(640, 480)
        box.show()

    # --- printing ----------------------------------------------------------------------------------

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Serial letter PDF"), self.out_path.text(),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.out_path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def start_printing(self) -> None:
        """Print the letters on a worker thread (progress bar, Cancel)."""
        if self.report is None or not self.report.can_print:
            return
        out = Path(self.out_path.text().strip() or str(paths.letters_dir() / "Serienbrief.pdf"))
        folder = out.with_suffix("") if self.per_recipient.isChecked() else None
        choices = self.report_tree.choices()
        self.progress.setRange(0, max(1, len(self.report.to_print(choices))))
        self.progress.setValue(0)
        self.result = None
        task = partial(run_serial_letter, self.report, choices, out_path=out, per_recipient_dir=folder,
                       actor=self.ctx.actor, log_interactions=self.log.isChecked())
        self.worker = run_in_background(task, on_done=self._on_done, on_error=self._on_failed,
                                        on_progress=self._on_progress, on_cancelled=self._on_cancelled)
        self._set_state("running")
        self.summary.setText(self.tr("Printing…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        if total and done >= total:
            self.cancel_button.setEnabled(False)  # recording has started: it is one transaction
            self.summary.setText(self.tr("Recording the letters…"))

    def cancel(self) -> None:
        """Ask the worker to stop after the current letter (nothing is kept)."""
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling…"))

    def _on_cancelled(self) -> None:
        self.worker = None
        self._set_state("checked")
        self.progress.setVisible(False)
        self.summary.setText(self.tr("Cancelled: no file was written and nothing was recorded."))
        self.cancelled_run.emit()

    def _on_done(self, result: SerialResult) -> None:
        self.worker = None
        if result.cancelled:
            self._on_cancelled()
            return
        self.result = result
        self._set_state("done")
        text = self.tr("%1 letters (%2 pages) written to %3.").replace("%1", str(result.written)).replace(
            "%2", str(result.pages)).replace("%3", str(result.pdf_path or "—"))
        if result.skipped:
            text += " " + self.tr("%n skipped.", "", len(result.skipped))
        self.summary.setText(text)
        self.ctx.events.letters_changed.emit()
        if result.interaction_ids:
            ids = [s for s in {r.person_id for r in self.report.recipients}]
            self.ctx.events.interactions_changed.emit(ids)
            self.ctx.events.persons_changed.emit(ids)
        self.ctx.events.status_message.emit(text)
        self.finished_run.emit(result)

    def _on_failed(self, message: str) -> None:
        self.worker = None
        self._set_state("checked" if self.report else "select")
        self.summary.setText("")
        QMessageBox.warning(self, self.tr("Serial letter"), message)

    def reject(self) -> None:
        """Closing while printing cancels first (the window stays until the worker has stopped)."""
        if self.worker is not None:
            self.cancel()
            return
        super().reject()

    def group_title(self, key: str) -> str:
        """The translated title of a report group (used by the tree and the tests)."""
        return group_label(key)
