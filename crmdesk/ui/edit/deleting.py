"""Deleting persons and companies: ask first, soft delete, offer Undo (restore) in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.ops import contacts
from crmdesk.ops.base import OperationError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _confirm(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("Deleting", "Delete"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def delete_persons(parent: QWidget, ctx, ids: list[int], *, confirm: bool = True) -> bool:
    """Soft-delete persons after asking; the status bar offers Undo. True when deleted."""
    if not ids or not ctx.can("person.delete"):
        return False
    if confirm and not _confirm(
        parent,
        translate(
            "Deleting", "Delete %n person(s)? They disappear from all lists; Undo brings them back.", None, len(ids)
        ),
    ):
        return False
    try:
        for person_id in ids:
            contacts.delete_person(ctx.actor, person_id)
    except OperationError as exc:
        QMessageBox.warning(parent, translate("Deleting", "Delete"), str(exc))
        return False
    finally:
        ctx.events.persons_changed.emit(list(ids))
    _offer_undo(
        parent,
        translate("Deleting", "%n person(s) deleted.", None, len(ids)),
        lambda: restore_persons(parent, ctx, ids),
    )
    return True


def restore_persons(parent: QWidget, ctx, ids: list[int]) -> None:
    """Undo a deletion of persons."""
    try:
        for person_id in ids:
            contacts.restore_person(ctx.actor, person_id)
    except OperationError as exc:
        QMessageBox.warning(parent, translate("Deleting", "Restore"), str(exc))
    ctx.events.persons_changed.emit(list(ids))
    ctx.events.status_message.emit(translate("Deleting", "%n person(s) restored.", None, len(ids)))


def delete_companies(parent: QWidget, ctx, ids: list[int], *, confirm: bool = True) -> bool:
    """Soft-delete companies after asking; the status bar offers Undo."""
    if not ids or not ctx.can("company.delete"):
        return False
    if confirm and not _confirm(
        parent,
        translate(
            "Deleting", "Delete %n company(s)? Their persons stay; Undo brings the companies back.", None, len(ids)
        ),
    ):
        return False
    try:
        for company_id in ids:
            contacts.delete_company(ctx.actor, company_id)
    except OperationError as exc:
        QMessageBox.warning(parent, translate("Deleting", "Delete"), str(exc))
        return False
    finally:
        ctx.events.companies_changed.emit(list(ids))
    _offer_undo(
        parent,
        translate("Deleting", "%n company(s) deleted.", None, len(ids)),
        lambda: restore_companies(parent, ctx, ids),
    )
    return True


def restore_companies(parent: QWidget, ctx, ids: list[int]) -> None:
    """Undo a deletion of companies."""
    try:
        for company_id in ids:
            contacts.restore_company(ctx.actor, company_id)
    except OperationError as exc:
        QMessageBox.warning(parent, translate("Deleting", "Restore"), str(exc))
    ctx.events.companies_changed.emit(list(ids))
    ctx.events.status_message.emit(translate("Deleting", "%n company(s) restored.", None, len(ids)))


def _offer_undo(parent: QWidget, message: str, undo) -> None:
    window = parent.window() if parent is not None else None
    if hasattr(window, "offer_undo"):
        window.offer_undo(message, undo)
    else:
        ctx_message = getattr(parent, "ctx", None)
        if ctx_message is not None:
            ctx_message.events.status_message.emit(message)
