"""Settings section "Data": import, export everything, the data quality report, and undoing an import batch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crmdesk.ops.imports import list_batches
from crmdesk.ui.io.undo import undo_batch
from crmdesk.ui.io.widgets import BusyBar, item, read_only_table

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class DataSection(QWidget):
    """Buttons for import/export/quality and the list of import batches with "Undo…".

    Attributes: ctx, buttons (name -> QPushButton), batches (table), undo_button, busy, _labels.
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.buttons = {name: QPushButton() for name in ("import", "export_persons", "export_companies", "quality")}
        self.buttons["import"].clicked.connect(ctx.events.import_requested.emit)
        self.buttons["export_persons"].clicked.connect(lambda: ctx.events.export_requested.emit("persons", []))
        self.buttons["export_companies"].clicked.connect(lambda: ctx.events.export_requested.emit("companies", []))
        self.buttons["quality"].clicked.connect(ctx.events.quality_report_requested.emit)
        self.buttons["import"].setEnabled(ctx.can("import.run"))
        self.buttons["export_persons"].setEnabled(ctx.can("export.bulk"))
        self.buttons["export_companies"].setEnabled(ctx.can("export.bulk"))
        self.batches = read_only_table(["", "", "", "", "", ""])
        self.batches.itemSelectionChanged.connect(self._selection_changed)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self._undo)
        self.busy = BusyBar()
        self.hint = QLabel(wordWrap=True, styleSheet="color: palette(mid);")
        self.box_actions, self.box_batches = QGroupBox(), QGroupBox()
        self._build()
        self.retranslate()
        self.reload()
        ctx.events.persons_changed.connect(lambda _ids: self.reload())

    def _build(self) -> None:
        row = QHBoxLayout(self.box_actions)
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        lower = QVBoxLayout(self.box_batches)
        lower.addWidget(self.hint)
        lower.addWidget(self.batches, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.undo_button)
        lower.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box_actions)
        layout.addWidget(self.box_batches, 1)

    def title(self) -> str:
        """Name in the settings list."""
        return self.tr("Data")

    def save(self) -> bool:
        """Nothing to save here: every action takes effect at once."""
        return True

    def retranslate(self) -> None:
        """All texts in the current language."""
        texts = {"import": self.tr("Import…"), "export_persons": self.tr("Export all persons…"),
                 "export_companies": self.tr("Export all companies…"), "quality": self.tr("Data quality report…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.box_actions.setTitle(self.tr("Import and export"))
        self.box_batches.setTitle(self.tr("Imports"))
        self.hint.setText(self.tr("Each import can be undone as a whole. Persons changed since the import keep "
                                  "their changes and are listed."))
        self.batches.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("File"), self.tr("Mode"), self.tr("Result"),
                                                self.tr("By"), self.tr("Undone")])
        self.undo_button.setText(self.tr("Undo selected import…"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the newest batches."""
        batches = list_batches()
        self.batches.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            counts = batch.counts
            result = self.tr("{created} created, {updated} updated, {skipped} skipped, {rejected} left out").format(
                created=counts.get("created", 0), updated=counts.get("updated", 0), skipped=counts.get("skipped", 0),
                rejected=counts.get("rejected", 0))
            modes = {"create": self.tr("Create"), "update": self.tr("Update"), "skip": self.tr("Skip")}
            cells = (f"{batch.created_at:%Y-%m-%d %H:%M}", Path(batch.source).name, modes.get(batch.mode, batch.mode), result,
                     batch.created_by,
                     f"{batch.undone_at:%Y-%m-%d %H:%M}" if batch.undone_at else "")
            for column, text in enumerate(cells):
                cell = item(text, tip=batch.source if column == 1 else "")
                cell.setData(KEY_ROLE, batch.key)
                cell.setData(KEY_ROLE + 1, bool(batch.undone_at))
                self.batches.setItem(row, column, cell)
        self.batches.resizeColumnsToContents()
        self._selection_changed()

    def _selected(self) -> tuple[str, bool] | None:
        rows = self.batches.selectionModel().selectedRows() if self.batches.selectionModel() else []
        if not rows:
            return None
        cell = self.batches.item(rows[0].row(), 0)
        return cell.data(KEY_ROLE), bool(cell.data(KEY_ROLE + 1))

    def _selection_changed(self) -> None:
        selected = self._selected()
        self.undo_button.setEnabled(bool(selected) and not selected[1] and self.ctx.can("import.undo"))

    def _undo(self) -> None:
        selected = self._selected()
        if selected and not selected[1]:
            undo_batch(self, self.ctx, selected[0], self.busy, on_done=lambda _text: self.reload())
