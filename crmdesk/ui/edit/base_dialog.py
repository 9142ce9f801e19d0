"""What the person and company dialogs share: save with validation, conflicts, unsaved-changes prompt, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ops.base import ConflictError, NotFound, OperationError, PermissionDenied, ValidationError
from crmdesk.ui.edit.conflict import CANCEL, OVERWRITE, RELOAD, ConflictDialog
from crmdesk.ui.edit.fields import FieldSet
from crmdesk.ui.icons import icon

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

CONTEXT = "EditDialog"


def show_value(value: Any) -> str:
    """A field value as plain text for the conflict dialog."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("EditDialog", "yes") if value else translate("EditDialog", "no")
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)


def _reveal(widget: QWidget) -> None:
    """Switch every tab widget above *widget* to the tab that contains it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                if parent.widget(index).isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()


class EditDialog(QDialog):
    """Base of the edit dialogs. Subclasses build `self.fields` into `self.body` and implement
    `load_record(id) -> (version, values) | None`, `validated() -> (values, problems)`,
    `save_record(values, base_values, version) -> id`, `field_label(key)` and `delete_record()`.

    Attributes: ctx, record_id (None for a new record), fields (FieldSet), body (QWidget for the form),
    saved_id (set after a successful save), conflict_dialog (the last ConflictDialog), _version and
    _initial (values as loaded, to find what the user changed), _problems (QLabel for other errors).
    """

    def __init__(self, ctx, record_id: int | None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.saved_id: int | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.fields = FieldSet()
        self.body = QWidget()
        self._version: int | None = None
        self._initial: dict[str, Any] = {}
        self._problems = QLabel()
        self._problems.setStyleSheet("color: #c62828;")
        self._problems.setWordWrap(True)
        self._problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button = QPushButton(icon("action-delete"), translate("EditDialog", "Delete…"))
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.clicked.connect(self._on_delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self._problems)
        layout.addWidget(self.buttons)

    # --- loading --------------------------------------------------------------------------------

    def populate(self) -> bool:
        """Fill the fields from the database (or defaults for a new record); False when it is gone."""
        if self.record_id is None:
            self._version, self._initial = None, self.fields.values()
            return True
        loaded = self.load_record(self.record_id)
        if loaded is None:
            return False
        self._version, values = loaded
        self.fields.set_values(values)
        self._initial = self.fields.values()
        self.fields.clear_errors()
        self._problems.hide()
        return True

    def is_dirty(self) -> bool:
        """Has the user changed anything since loading?"""
        return self.fields.values() != self._initial

    def changed_values(self, values: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
        """The fields of *values* that differ from *base*."""
        return {k: v for k, v in values.items() if base.get(k) != v}

    # --- saving -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and save; on success the dialog closes with Accepted."""
        self.fields.clear_errors()
        self._problems.hide()
        values, problems = self.validated()
        if problems:
            self._show_problems(problems)
            return False
        try:
            self.saved_id = self.save_record(values, self._initial, self._version)
        except ConflictError as exc:
            self._on_conflict(exc, values)
            return False
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return False
        except (PermissionDenied, NotFound, OperationError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        self.accept()
        return True

    def _show_problems(self, problems: dict[str, str]) -> None:
        first = next((self.fields.widgets[k] for k in problems if k in self.fields.widgets), None)
        if first is not None:
            _reveal(first)
        unplaced = self.fields.show_errors(problems)
        self._problems.setText("\n".join(unplaced))
        self._problems.setVisible(bool(unplaced))

    def _on_conflict(self, error: ConflictError, values: dict[str, Any]) -> None:
        """Show who changed what; the user reloads, overwrites or keeps editing."""
        current = self.load_record(self.record_id) if self.record_id is not None else None
        if current is None:
            QMessageBox.warning(
                self, self.windowTitle(), translate("EditDialog", "This record was deleted by someone else.")
            )
            return
        version, theirs = current
        rows = [
            (self.field_label(k), show_value(theirs.get(k)), show_value(values.get(k)))
            for k in sorted(theirs)
            if theirs.get(k) != self._initial.get(k) and k in self._initial
        ]
        dialog = ConflictDialog(self, changed_by=error.changed_by, changed_at=error.changed_at, rows=rows)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _code: self._after_conflict(dialog.choice, version, theirs, values))
        self.conflict_dialog = dialog
        dialog.open()

    def _after_conflict(self, choice: str, version: int, theirs: dict[str, Any], mine: dict[str, Any]) -> None:
        if choice == RELOAD:
            self.populate()
        elif choice == OVERWRITE:
            self._version, self._initial = version, {**self._initial, **theirs}
            self.fields.set_values(mine)
            self.save()
        elif choice == CANCEL:
            self.fields.set_values(mine)

    # --- closing and deleting -------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel/Escape/close: ask before throwing away changes."""
        if self.is_dirty() and self.result() != QDialog.DialogCode.Accepted:
            answer = QMessageBox.question(
                self,
                translate("EditDialog", "Unsaved changes"),
                translate("EditDialog", "Save your changes?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def discard(self) -> None:
        """Close without saving and without asking."""
        self._initial = self.fields.values()
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Closing the window is the same as Cancel."""
        event.ignore()
        self.reject()

    def _on_delete(self) -> None:
        if self.record_id is not None and self.delete_record():
            self._initial = self.fields.values()
            super().reject()

    # --- for subclasses ---------------------------------------------------------------------------

    def load_record(self, record_id: int) -> tuple[int, dict[str, Any]] | None:
        """(version, field values) from the database."""
        raise NotImplementedError

    def validated(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(normalised values, problems by field)."""
        raise NotImplementedError

    def save_record(self, values: dict[str, Any], base: dict[str, Any], version: int | None) -> int:
        """Save through crmdesk.ops; returns the id. May raise ConflictError/ValidationError."""
        raise NotImplementedError

    def field_label(self, key: str) -> str:
        """The label of a field for messages."""
        return key

    def delete_record(self) -> bool:
        """Soft-delete the record (asks first)."""
        return False
