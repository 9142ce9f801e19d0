"""The four pages of the import wizard (the tables they show live in wizard_tables.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
    QLineEdit, QMessageBox, QPushButton, QRadioButton, QTabWidget, QVBoxLayout, QWizard, QWizardPage,
)

from crmdesk.io import fields
from crmdesk.io.convert import ImportOptions
from crmdesk.io.importer import DEFAULT_KEYS, MODES
from crmdesk.queries.quality import MATCH_KEYS
from crmdesk.ui.io import labels
from crmdesk.ui.io.import_wizard import CHECK_PAGE, MAPPING_PAGE
from crmdesk.ui.io.mapping_store import all_mappings, save_mapping
from crmdesk.ui.io.widgets import BusyBar, fill_problems, read_only_table
from crmdesk.ui.io.wizard_tables import DuplicatesView, MappingTable

ENCODINGS = (("", QT_TRANSLATE_NOOP("FilePage", "Automatic")), ("utf-8", "UTF-8"),
             ("cp1252", QT_TRANSLATE_NOOP("FilePage", "Windows-1252 (Excel, Outlook)")), ("utf-16", "UTF-16"),
             ("latin-1", "ISO-8859-1"), ("mac-roman", "Mac Roman"))
DELIMITERS = (("", QT_TRANSLATE_NOOP("FilePage", "Automatic")), (";", QT_TRANSLATE_NOOP("FilePage", "; (semicolon)")),
              (",", QT_TRANSLATE_NOOP("FilePage", ", (comma)")), ("\t", QT_TRANSLATE_NOOP("FilePage", "Tab")),
              ("|", QT_TRANSLATE_NOOP("FilePage", "| (bar)")))
COUNTRIES = ("AT", "DE", "CH", "LI")
LAST_FOLDER = "import/last_folder"


def _combo(items, translate) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(translate(text), value)
    return combo


class FilePage(QWizardPage):
    """Choose the file, its encoding and delimiter (automatic by default) and the home country."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Choose a .csv, .txt, .xlsx or .vcf file"))
        self.path.textChanged.connect(self.completeChanged)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        self.encoding = _combo(ENCODINGS, self.tr)
        self.delimiter = _combo(DELIMITERS, self.tr)
        self.country = QComboBox()
        self.country.addItems(COUNTRIES)
        self.problem = QLabel(wordWrap=True, styleSheet="color: #b00020;")
        self.busy = BusyBar()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Delimiter:"), self.delimiter)
        form.addRow(self.tr("Country of numbers without a country:"), self.country)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Excel: save as “CSV (Trennzeichen-getrennt)” or “CSV UTF-8”, or choose the "
                                        ".xlsx workbook itself. Outlook and Google Contacts exports are recognised."),
                                wordWrap=True, styleSheet="color: palette(mid);"))
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("Nothing is imported before the last step; a finished import can be undone."))

    def set_path(self, path: str) -> None:
        """Preset the file (drag and drop, command line, tests)."""
        self.path.setText(path)

    def _choose(self) -> None:
        folder = QSettings().value(LAST_FOLDER, "") or ""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import file"), folder,
                                                    self.tr("Lists (*.csv *.txt *.xlsx *.vcf);;All files (*)"))
        if path:
            QSettings().setValue(LAST_FOLDER, str(Path(path).parent))
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """A file that exists."""
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Read the file; stay here and say why when it cannot be used."""
        wizard, state = self.wizard(), self.wizard().state
        state.path = self.path.text().strip()
        state.encoding = self.encoding.currentData() or None
        state.delimiter = self.delimiter.currentData() or None
        state.options = ImportOptions(default_country=self.country.currentText())
        problem = wizard.open_file()
        self.problem.setText(problem)
        return not problem

    def nextId(self) -> int:  # noqa: N802 - Qt override
        """vCards need no column mapping."""
        source = self.wizard().state.source
        return CHECK_PAGE if source is not None and source.kind == "vcard" else MAPPING_PAGE


class MappingPage(QWizardPage):
    """The first rows in a table with a field choice per column; mappings can be saved by name."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.info = QLabel(wordWrap=True)
        self.saved = QComboBox()
        self.saved.activated.connect(self._apply_saved)
        save = QPushButton(self.tr("Save mapping…"))
        save.clicked.connect(self._save)
        self.table = MappingTable()
        self.busy = BusyBar()
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        row.addWidget(QLabel(self.tr("Saved mappings:")))
        row.addWidget(self.saved)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        self.setTitle(self.tr("Preview and columns"))
        self.setSubTitle(self.tr("Choose for each column what it holds. Recognised columns are set already."))
        self._ready = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Show the file's first rows with the guessed (or saved) mapping."""
        source = self.wizard().state.source
        table = source.table
        self.info.setText(self.tr("{format} · {rows} rows · {encoding} · delimiter {delimiter}").format(
            format=labels.label(labels.FORMATS, source.format), rows=len(table.rows), encoding=table.encoding,
            delimiter={"\t": "Tab"}.get(table.delimiter, table.delimiter)))
        self.table.show_rows(table.header, table.rows, fields.guess_mapping(table.header))
        self.saved.clear()
        self.saved.addItem(self.tr("(choose)"), None)
        for name, columns in all_mappings().items():
            self.saved.addItem(name, columns)
        self._ready = False

    def _apply_saved(self, index: int) -> None:
        columns = self.saved.itemData(index)
        if columns:
            header = self.wizard().state.source.table.header
            self.table.set_mapping(fields.apply_saved(header, columns))

    def _save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save mapping"), self.tr("Name of this column mapping:"))
        if ok and name.strip():
            header = self.wizard().state.source.table.header
            where = save_mapping(self.wizard().ctx, name, fields.mapping_to_saved(header, self.table.mapping()))
            self.saved.addItem(name.strip(), fields.mapping_to_saved(header, self.table.mapping()))
            QMessageBox.information(self, self.tr("Save mapping"), self.tr("Saved for the whole team.") if where == "team"
                                    else self.tr("Saved for you on this computer."))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Analyse on a worker; move on when it is done."""
        if self._ready:
            self._ready = False
            return True
        self.wizard().state.mapping = self.table.mapping()
        self.busy.start(self.tr("Checking rows and looking for duplicates…"))
        self.wizard().analyse(self._analysed)
        return False

    def _analysed(self) -> None:
        self.busy.stop()
        self._ready = True
        self.wizard().next()


class CheckPage(QWizardPage):
    """Problems by line, likely duplicates side by side, and the import mode and match keys."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.summary = QLabel(wordWrap=True)
        self.problems = read_only_table([self.tr("Line"), self.tr("Problem")])
        self.duplicates = DuplicatesView()
        self.tabs = QTabWidget()
        self.modes = QButtonGroup(self)
        self.keys = {key: QCheckBox(labels.label(labels.KEYS, key)) for key in MATCH_KEYS}
        self.busy = BusyBar()
        self._ready = False
        self._build()
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Rows with problems are left out. Rows that match a person who exists are handled "
                                 "as chosen below; similar names are only imported as the same person when ticked."))

    def _build(self) -> None:
        mode_box = QGroupBox(self.tr("Rows that match a person who exists"))
        mode_layout = QVBoxLayout(mode_box)
        for index, mode in enumerate(MODES):
            button = QRadioButton(labels.label(labels.MODES, mode))
            self.modes.addButton(button, index)
            mode_layout.addWidget(button)
        self.modes.button(MODES.index("update")).setChecked(True)
        key_box = QGroupBox(self.tr("A row matches a person with"))
        key_layout = QVBoxLayout(key_box)
        for key, box in self.keys.items():
            box.setChecked(key in DEFAULT_KEYS)
            key_layout.addWidget(box)
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(self.duplicates, "")
        choices = QHBoxLayout()
        choices.addWidget(mode_box, 1)
        choices.addWidget(key_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(choices)
        layout.addWidget(self.busy)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Fill in the analysis; start it first when coming straight from a vCard file."""
        self._ready = False
        if self.wizard().state.analysis is None:
            self.busy.start(self.tr("Checking rows and looking for duplicates…"))
            self.wizard().analyse(self._show)
        else:
            self._show()

    def _show(self) -> None:
        self.busy.stop()
        analysis = self.wizard().state.analysis
        good, bad = len(analysis.good), analysis.rejected
        self.summary.setText(self.tr("%n row(s) can be imported", "", good) + " · "
                             + self.tr("%n row(s) with problems are left out", "", bad) + " · "
                             + self.tr("%n row(s) match persons who exist", "", len(analysis.matches)))
        total = fill_problems(self.problems, analysis.problems(), file_label=self.tr("file"), warning_label=self.tr("warning"),
                              empty_label=self.tr("No problems: every row can be imported."))
        self.tabs.setTabText(0, self.tr("Problems ({n})").format(n=total))
        self.duplicates.show_matches(analysis)
        pairs = sum(len(found) for found in analysis.matches.values())
        self.tabs.setTabText(1, self.tr("Likely duplicates ({n})").format(n=pairs))
        errors = any(p.severity == "error" for p in analysis.problems())
        self.tabs.setCurrentIndex(1 if pairs and not errors else 0)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import %n row(s)", "", good))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        """Something to import."""
        analysis = self.wizard().state.analysis
        return analysis is not None and bool(analysis.good) and self.wizard().worker is None

    def chosen(self) -> tuple[str, tuple[str, ...]]:
        """(mode, match keys) as chosen."""
        mode = MODES[self.modes.checkedId()]
        return mode, tuple(key for key, box in self.keys.items() if box.isChecked())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Import on a worker; move on when it is stored."""
        if self._ready:
            self._ready = False
            return True
        mode, keys = self.chosen()
        self.busy.start(self.tr("Importing…"))
        self.wizard().start_import(mode, keys, self.duplicates.accepted(), self._imported)
        return False

    def _imported(self) -> None:
        self.busy.stop()
        self._ready = True
        self.wizard().next()


class ResultPage(QWizardPage):
    """Counts, every problem by line, and "Undo this import"."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = read_only_table([self.tr("Line"), self.tr("Problem")])
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.clicked.connect(self._undo)
        self.busy = BusyBar()
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(bottom)
        self.setTitle(self.tr("Import finished"))
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Show what was stored."""
        wizard = self.wizard()
        result = wizard.state.outcome.result
        self.summary.setText(self.tr(
            "{file}: {created} persons created, {updated} updated, {unchanged} unchanged, {skipped} skipped, "
            "{rejected} left out because of problems; {companies} new companies.").format(
            file=wizard.file_name(), created=result.created, updated=result.updated, unchanged=result.unchanged,
            skipped=result.skipped, rejected=result.rejected, companies=result.companies_created))
        fill_problems(self.problems, wizard.state.outcome.problems, file_label=self.tr("file"), warning_label=self.tr("warning"),
                      empty_label=self.tr("No problems."))
        self.undo.setEnabled(wizard.ctx.can("import.undo"))

    def _undo(self) -> None:
        from crmdesk.ui.io.undo import undo_batch

        key = self.wizard().state.outcome.result.batch_key
        if undo_batch(self, self.wizard().ctx, key, self.busy, on_done=self._undone):
            self.undo.setEnabled(False)

    def _undone(self, text: str) -> None:
        self.wizard().state.undone = True
        self.summary.setText(self.summary.text() + "\n\n" + text)
