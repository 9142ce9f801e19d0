"""The import wizard: file → preview and columns → check and duplicates → result (with undo).

Reading the file is quick and happens on the GUI thread; analysing (conversion and the duplicate
search against every person) and importing run on a worker with progress. Cancelling during the
import stops it between chunks and rolls the whole transaction back: nothing is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWizard

from crmdesk.io import importer
from crmdesk.io.convert import ImportOptions
from crmdesk.ui.i18n import tr_message
from crmdesk.ui.tasks import Worker, run_in_background

FILE_PAGE, MAPPING_PAGE, CHECK_PAGE, RESULT_PAGE = range(4)


@dataclass
class ImportState:
    """What the pages share (plain data only)."""

    path: str = ""
    encoding: str | None = None
    delimiter: str | None = None
    options: ImportOptions = field(default_factory=ImportOptions)
    source: importer.Source | None = None
    mapping: list[str] = field(default_factory=list)
    analysis: importer.ImportAnalysis | None = None
    outcome: importer.ImportOutcome | None = None
    undone: bool = False


class ImportWizard(QWizard):
    """Guides one import; emits `imported(outcome)` after the rows are stored.

    Attributes: ctx, state (ImportState), worker (the running Worker or None), _closing (the user
    cancelled while a worker ran: close once it has stopped).
    """

    imported = Signal(object)  # importer.ImportOutcome

    def __init__(self, ctx, parent=None, path: str | None = None):
        super().__init__(parent)
        from crmdesk.ui.io.wizard_pages import CheckPage, FilePage, MappingPage, ResultPage

        self.ctx = ctx
        self.state = ImportState()
        self.worker: Worker | None = None
        self._closing = False
        self.setWindowTitle(self.tr("Import persons and companies"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for page_id, page in ((FILE_PAGE, FilePage(self)), (MAPPING_PAGE, MappingPage(self)),
                              (CHECK_PAGE, CheckPage(self)), (RESULT_PAGE, ResultPage(self))):
            self.setPage(page_id, page)
        self.resize(1040, 700)
        if path:
            self.page(FILE_PAGE).set_path(path)

    # --- work on the worker thread ---------------------------------------------------------------

    def run(self, fn, on_done, on_progress, on_error=None) -> None:
        """Start *fn* on a worker; buttons stay disabled until it reports back."""
        self._busy(True)
        self.worker = run_in_background(fn, on_done=partial(self._finished, on_done), on_error=partial(self._failed, on_error),
                                        on_progress=on_progress, on_cancelled=self._cancelled)

    def _busy(self, busy: bool) -> None:
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton):
            self.button(button).setEnabled(not busy)

    def _finished(self, on_done, result) -> None:
        self.worker = None
        self._busy(False)
        if self._closing:
            super().reject()
            return
        on_done(result)

    def _failed(self, on_error, message: str) -> None:
        self.worker = None
        self._busy(False)
        if self._closing:
            super().reject()
            return
        if on_error is not None:
            on_error(message)
        QMessageBox.warning(self, self.windowTitle(), message)

    def _cancelled(self) -> None:
        self.worker = None
        self._busy(False)
        super().reject()

    def reject(self) -> None:  # noqa: D401 - Qt override
        """Cancel: stop a running analysis or import first (the import rolls back completely)."""
        if self.worker is not None:
            self._closing = True
            self.worker.cancel()
            return
        super().reject()

    # --- steps ------------------------------------------------------------------------------------

    def open_file(self) -> str:
        """Read the chosen file; '' when it can be used, else the reason."""
        state = self.state
        state.source = importer.open_source(state.path, encoding=state.encoding, delimiter=state.delimiter)
        state.analysis = state.outcome = None
        if not state.source.readable:
            return "\n".join(tr_message(p.message) for p in state.source.problems)
        return ""

    def analyse(self, then) -> None:
        """Convert and look for duplicates on a worker; call *then()* when done."""
        state = self.state
        mapping = list(state.mapping) if state.source.table is not None else None
        job = partial(importer.analyse, state.source, mapping, options=state.options)

        def done(analysis) -> None:
            state.analysis = analysis
            then()

        self.run(job, done, self.currentPage().busy.progress)

    def start_import(self, mode: str, keys: tuple[str, ...], accepted: set[tuple[int, int]], then) -> None:
        """Write the import on a worker (one transaction); *then()* when stored."""
        job = partial(importer.run, self.ctx.actor, self.state.analysis, mode=mode, keys=keys, accepted=accepted)

        def done(outcome) -> None:
            self.state.outcome = outcome
            self.ctx.events.persons_changed.emit([])
            self.ctx.events.companies_changed.emit([])
            self.imported.emit(outcome)
            then()

        self.run(job, done, self.currentPage().busy.progress)

    def file_name(self) -> str:
        """The file's name for messages."""
        return Path(self.state.path).name


def open_import_wizard(parent, ctx, path: str | None = None) -> ImportWizard | None:
    """Show the wizard (non-modal); None when the user may not import."""
    if not ctx.can("import.run"):
        translate = QCoreApplication.translate
        QMessageBox.information(parent, translate("ImportWizard", "Import"), translate("ImportWizard", "Your role may not import lists."))
        return None
    wizard = ImportWizard(ctx, parent, path)
    wizard.show()
    return wizard
