"""Undoing an import batch from the UI: confirm, run on a worker, report what was kept and why."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from crmdesk.ops.imports import UndoResult, undo_import
from crmdesk.ui.i18n import tr_message
from crmdesk.ui.tasks import run_in_background


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def result_text(result: UndoResult) -> str:
    """The outcome in one paragraph, plus every row that was kept."""
    text = translate("ImportUndo", "Import undone: {persons} persons and {companies} companies deleted, {restored} changed rows restored, "
               "{links} links removed.").format(persons=result.deleted_persons, companies=result.deleted_companies,
                                                 restored=result.restored, links=result.removed_links)
    if result.conflicts:
        text += "\n" + translate("ImportUndo", "Kept because they changed or are in use since the import:")
        text += "".join(f"\n• {tr_message(conflict.message)}" for conflict in result.conflicts[:50])
        if len(result.conflicts) > 50:
            text += "\n" + translate("ImportUndo", "… and {n} more.").format(n=len(result.conflicts) - 50)
    return text


def undo_batch(parent, ctx, key: str, busy=None, on_done: Callable[[str], None] | None = None) -> bool:
    """Ask, then undo batch *key* on a worker; False when the user said no."""
    answer = QMessageBox.question(
        parent, translate("ImportUndo", "Undo import"),
        translate("ImportUndo", "Undo this import as a whole? Persons and companies it created are deleted, persons it changed get their "
            "earlier values back. Rows that were changed since are kept and listed."))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if busy is not None:
        busy.start(translate("ImportUndo", "Undoing the import…"))

    def done(result: UndoResult) -> None:
        if busy is not None:
            busy.stop()
        ctx.events.persons_changed.emit([])
        ctx.events.companies_changed.emit([])
        text = result_text(result)
        if on_done is not None:
            on_done(text)
        (QMessageBox.warning if result.conflicts else QMessageBox.information)(parent, translate("ImportUndo", "Undo import"), text)

    def failed(message: str) -> None:
        if busy is not None:
            busy.stop()
        QMessageBox.warning(parent, translate("ImportUndo", "Undo import"), message)

    run_in_background(partial(undo_import, ctx.actor, key), on_done=done, on_error=failed)
    return True
