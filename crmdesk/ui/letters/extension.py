"""Opens the letter dialogs from anywhere: ctx.events.letter_requested(ids) opens the letter dialog for one
person or the serial-letter dialog for several; serial_letter_requested(ids) always the serial dialog
(an empty list: choose the recipients by filter). Apprentices get a short notice instead of a serial letter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from crmdesk.ops.base import OperationError


def open_letter_dialog(window, ctx, person_id: int):
    """Show the letter dialog for one person (non-modal); returns it (None if the person is gone)."""
    from crmdesk.ui.letters.letter_dialog import LetterDialog

    try:
        dialog = LetterDialog(ctx, person_id, window)
    except OperationError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("Letters", "Letter"), str(exc))
        return None
    dialog.show()
    return dialog


def open_serial_dialog(window, ctx, person_ids: list[int]):
    """Show the serial-letter dialog (non-modal); returns it (None for roles that may not)."""
    from crmdesk.ui.letters.serial_dialog import SerialLetterDialog

    if not ctx.can("letter.serial"):
        ctx.events.status_message.emit(QCoreApplication.translate(
            "Letters", "Your role cannot print serial letters; write single letters instead."))
        return None
    dialog = SerialLetterDialog(ctx, list(person_ids) or None, window)
    dialog.show()
    return dialog


def install(window, ctx) -> None:
    """Connect the letter requests of ctx.events to the dialogs."""
    def on_letter(ids: list) -> None:
        if len(ids) == 1:
            open_letter_dialog(window, ctx, int(ids[0]))
        elif ids:
            open_serial_dialog(window, ctx, [int(i) for i in ids])

    ctx.events.letter_requested.connect(on_letter)
    ctx.events.serial_letter_requested.connect(lambda ids: open_serial_dialog(window, ctx, [int(i) for i in ids]))
