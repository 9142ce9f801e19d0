"""Export from the UI: a save dialog (the file type chooses CSV, .xlsx or vCard), then the export on a worker."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from crmdesk.io.export import ExportResult, export_file
from crmdesk.ui.tasks import run_in_background

LAST_FOLDER = "export/last_folder"


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def filters() -> list[tuple[str, str]]:
    """(file dialog filter, suffix) in the order offered."""
    return [(translate("Export", "Excel workbook (*.xlsx)"), ".xlsx"),
            (translate("Export", "CSV for Excel, semicolons (*.csv)"), ".csv"),
            (translate("Export", "vCard contacts (*.vcf)"), ".vcf")]


def choose_target(parent, entity: str) -> str:
    """Ask where to save; the suffix follows the chosen file type. '' when cancelled."""
    folder = QSettings().value(LAST_FOLDER, "") or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = translate("Export", "persons") if entity == "persons" else translate("Export", "companies")
    options = filters()
    path, chosen = QFileDialog.getSaveFileName(parent, translate("Export", "Export"), str(Path(folder) / f"{name}.xlsx"),
                                               ";;".join(f for f, _s in options))
    if not path:
        return ""
    suffix = dict(options).get(chosen, Path(path).suffix.lower() or ".xlsx")
    path = str(Path(path).with_suffix(suffix)) if Path(path).suffix.lower() != suffix else path
    QSettings().setValue(LAST_FOLDER, str(Path(path).parent))
    return path


def export_list(parent, ctx, entity: str, ids: list[int], path: str | None = None):
    """Export *ids* (empty: all persons/companies that are not deleted); returns the Worker or None."""
    if not ctx.can("export.bulk"):
        QMessageBox.information(parent, translate("Export", "Export"),
                                translate("Export", "Your role may not export lists."))
        return None
    path = path or choose_target(parent, entity)
    if not path:
        return None
    progress = QProgressDialog(translate("Export", "Exporting…"), translate("Export", "Cancel"), 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    worker = run_in_background(
        partial(export_file, ctx.actor, path, entity=entity, ids=list(ids)),
        on_done=lambda result: _done(parent, ctx, progress, result),
        on_error=lambda message: _failed(parent, progress, message),
        on_progress=lambda done, total: (progress.setMaximum(max(total, 1)), progress.setValue(done)),
        on_cancelled=progress.close)
    progress.canceled.connect(worker.cancel)
    return worker


def _done(parent, ctx, progress: QProgressDialog, result: ExportResult) -> None:
    progress.close()
    message = translate("Export", "%n record(s) exported to {file}", "", result.count).format(file=Path(result.path).name)
    ctx.events.status_message.emit(message)
    if result.note:
        why = translate("Export", "The file was written as UTF-8 with BOM instead of Windows-1252, because some names "
                                  "use characters Windows-1252 does not have. Excel 2016 and newer open it correctly.")
        QMessageBox.information(parent, translate("Export", "Export"), message + "\n\n" + why)


def _failed(parent, progress: QProgressDialog, message: str) -> None:
    progress.close()
    if "cancelled" not in message:
        QMessageBox.warning(parent, translate("Export", "Export"), message)
