"""The template editor: name, language, advertising flag, subject and body with a placeholder menu; unknown
placeholders and stray braces are shown while typing and refused on save (crmdesk.ops.letters)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMenu, QMessageBox, QPlainTextEdit,
    QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from crmdesk.domain.letter_records import TemplateRecord
from crmdesk.ops import letters as letter_ops
from crmdesk.ops.base import ConflictError, OperationError, ValidationError
from crmdesk.ui.letters.common import placeholder_menu_items

LANGUAGES = (("de", "Deutsch"), ("en", "English"))


class TemplateEditor(QWidget):
    """Edits one template (or a new one); emits `saved(name)` after a successful save.

    Attributes: ctx, record (the template being edited, None for a new one), name, language, advertising,
    subject, body, insert_button (placeholder menu), problems (QLabel), save_button, revert_button,
    _last_text_field (subject or body: where the menu inserts).
    """

    saved = Signal(str)  # the template's name

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.record: TemplateRecord | None = None
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.advertising = QCheckBox()
        self.subject = QLineEdit()
        self.subject.setMaxLength(300)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.insert_button = QToolButton()
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setMenu(self._placeholder_menu())
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.save_button = QPushButton()
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.revert_button = QPushButton()
        self._last_text_field: QLineEdit | QPlainTextEdit = self.body
        self._labels: dict[str, QLabel] = {k: QLabel() for k in ("name", "language", "subject", "body")}
        self._build()
        for widget in (self.name, self.subject):
            widget.textChanged.connect(self._check)
        self.body.textChanged.connect(self._check)
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.load(self.record))
        self.retranslate()
        self.load(None)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.language)
        top.addWidget(self.advertising)
        top.addStretch(1)
        form = QFormLayout()
        form.addRow(self._labels["name"], self.name)
        form.addRow(self._labels["language"], top)
        form.addRow(self._labels["subject"], self.subject)
        body_head = QHBoxLayout()
        body_head.addWidget(self._labels["body"])
        body_head.addStretch(1)
        body_head.addWidget(self.insert_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(body_head)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def _placeholder_menu(self) -> QMenu:
        menu = QMenu(self)
        for title, items in placeholder_menu_items():
            sub = menu.addMenu(title)
            for name, label in items:
                text = f"{label}  {{{name}}}" if label != name.split("_", 1)[-1] else f"{{{name}}}"
                sub.addAction(text, lambda n=name: self.insert_placeholder(n))
        return menu

    def retranslate(self) -> None:
        """Texts in the current language."""
        self._labels["name"].setText(self.tr("&Name"))
        self._labels["name"].setBuddy(self.name)
        self._labels["language"].setText(self.tr("Language"))
        self._labels["subject"].setText(self.tr("&Subject"))
        self._labels["subject"].setBuddy(self.subject)
        self._labels["body"].setText(self.tr("&Text"))
        self._labels["body"].setBuddy(self.body)
        self.advertising.setText(self.tr("Advertising (skip persons who objected)"))
        self.insert_button.setText(self.tr("Insert placeholder"))
        self.save_button.setText(self.tr("Save template"))
        self.revert_button.setText(self.tr("Revert"))
        self.hint.setText(self.tr("The salutation line is printed above the text automatically. "
                                  "**bold**, *italic*; an empty line starts a new paragraph; {{ and }} print braces."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Remember whether the subject or the body was edited last (the menu inserts there)."""
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject, self.body):
            self._last_text_field = watched
        return super().eventFilter(watched, event)

    # --- values ------------------------------------------------------------------------------------

    def load(self, record: TemplateRecord | None) -> None:
        """Show *record* (None: an empty new template)."""
        self.record = record
        self.name.setText(record.name if record else "")
        self.language.setCurrentIndex(max(0, self.language.findData(record.language if record else "de")))
        self.advertising.setChecked(bool(record and record.advertising))
        self.subject.setText(record.subject if record else "")
        self.body.setPlainText(record.body if record else "")
        editable = self.ctx.can("template.edit") and (record is None or record.id is not None)
        for widget in (self.name, self.language, self.advertising, self.subject, self.insert_button,
                       self.save_button, self.revert_button):
            widget.setEnabled(editable)
        self.body.setReadOnly(not editable)
        self._check()

    def values(self) -> dict:
        """The template as the form shows it (keys of crmdesk.ops.letters.create_template)."""
        return {"name": self.name.text().strip(), "language": self.language.currentData(),
                "subject": self.subject.text(), "body": self.body.toPlainText(),
                "advertising": self.advertising.isChecked()}

    def insert_placeholder(self, name: str) -> None:
        """Insert {name} at the cursor of the subject or body (whichever was edited last)."""
        target = self._last_text_field
        if isinstance(target, QLineEdit):
            target.insert("{" + name + "}")
        else:
            target.insertPlainText("{" + name + "}")
        target.setFocus()

    def _check(self) -> bool:
        """Show what is wrong with the template right now; True when nothing is."""
        problems = letter_ops.template_problems(self.values())
        self.problems.setText("\n".join(self._describe(k, v) for k, v in problems.items()))
        return not problems

    def _describe(self, field: str, message: str) -> str:
        names = {"name": self.tr("Name"), "subject": self.tr("Subject"), "body": self.tr("Text"),
                 "language": self.tr("Language")}
        return f"{names.get(field, field)}: {message}"

    def save(self) -> bool:
        """Create or update the template through the operations; True when saved."""
        if not self.ctx.can("template.edit"):
            return False
        values = self.values()
        try:
            if self.record is None or self.record.id is None:
                letter_ops.create_template(self.ctx.actor, **values)
            else:
                letter_ops.update_template(self.ctx.actor, self.record.id, self.record.version, values)
        except ValidationError as exc:
            self.problems.setText("\n".join(self._describe(k, v) for k, v in exc.problems.items()))
            return False
        except ConflictError as exc:
            QMessageBox.warning(self, self.tr("Template"), str(exc))
            return False
        except OperationError as exc:
            QMessageBox.warning(self, self.tr("Template"), str(exc))
            return False
        self.ctx.events.letters_changed.emit()
        self.saved.emit(values["name"])
        return True

    def is_modified(self) -> bool:
        """Whether the form differs from the loaded template."""
        if self.record is None:
            return bool(self.name.text().strip() or self.subject.text() or self.body.toPlainText().strip())
        current = self.values()
        stored = {"name": self.record.name, "language": self.record.language, "subject": self.record.subject,
                  "body": self.record.body, "advertising": self.record.advertising}
        return current != stored

    def focus_name(self) -> None:
        """Put the cursor into the name field (new template)."""
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()
