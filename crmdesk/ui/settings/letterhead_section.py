"""Settings section "Letterhead and letters": company, address, logo, the legally required footer, bank, and
the letter defaults (DIN 5008 form, country, logging). Missing required footer fields are shown while
typing (crmdesk.letters.legal.check_letterhead). Owners save; others see the values read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from crmdesk.letters.legal import check_letterhead
from crmdesk.ops import settings as settings_ops
from crmdesk.ops.base import OperationError
from crmdesk.queries import letters as letter_queries
from crmdesk.services.letter_setup import letterhead_from_mapping, letterhead_to_mapping

LEGAL_FORMS = ("GmbH", "AG", "KG", "OG", "OHG", "GmbH & Co. KG", "e.K.", "e.U.", "FlexCo", "UG (haftungsbeschränkt)",
               "Einzelunternehmen")
COUNTRIES = (("AT", "Österreich / Austria"), ("DE", "Deutschland / Germany"), ("CH", "Schweiz / Switzerland"))
LINE_FIELDS = ("company_name", "phone", "email", "web", "seat", "register_court", "register_number", "vat_id",
               "supervisory_board_chair", "owner_name", "general_partner", "bank_name", "iban", "bic")
LIST_FIELDS = ("address_lines", "managing_directors", "extra_footer_lines")


class LetterheadSection(QWidget):
    """The letterhead and letter defaults as a form; `save()` stores them (owners only).

    Attributes: ctx, lines (field -> QLineEdit), lists (field -> QPlainTextEdit, one entry per line),
    legal_form (editable QComboBox), logo (QLineEdit) with logo_button / logo_clear, form, country (QComboBox),
    log (QCheckBox), reference (QLineEdit), warnings (QLabel), _stored ((letterhead mapping, letters mapping)).
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.lines = {name: QLineEdit() for name in LINE_FIELDS}
        self.lists = {name: QPlainTextEdit() for name in LIST_FIELDS}
        for edit in self.lists.values():
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(("",) + LEGAL_FORMS)
        self.logo = QLineEdit()
        self.logo_button, self.logo_clear = QPushButton(), QPushButton()
        self.form, self.country = QComboBox(), QComboBox()
        self.form.addItem("B", "B")
        self.form.addItem("A", "A")
        for code, label in COUNTRIES:
            self.country.addItem(label, code)
        self.log = QCheckBox()
        self.reference = QLineEdit()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self._labels: dict[str, QLabel] = {}
        self._boxes = {k: QGroupBox() for k in ("company", "legal", "bank", "letters")}
        self._build()
        self._stored = (letter_queries.letterhead_setting(), letter_queries.letters_setting())
        self._load(*self._stored)
        self._connect()
        self._apply_role()
        self.retranslate()
        self._check()

    def _label(self, key: str) -> QLabel:
        self._labels[key] = QLabel()
        return self._labels[key]

    def _build(self) -> None:
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        company = QFormLayout()
        for key, widget in (("company_name", self.lines["company_name"]), ("legal_form", self.legal_form),
                            ("address_lines", self.lists["address_lines"]), ("phone", self.lines["phone"]),
                            ("email", self.lines["email"]), ("web", self.lines["web"]), ("logo", logo_row)):
            company.addRow(self._label(key), widget)
        legal = QFormLayout()
        for key in ("seat", "register_court", "register_number", "vat_id"):
            legal.addRow(self._label(key), self.lines[key])
        legal.addRow(self._label("managing_directors"), self.lists["managing_directors"])
        for key in ("supervisory_board_chair", "owner_name", "general_partner"):
            legal.addRow(self._label(key), self.lines[key])
        legal.addRow(self._label("extra_footer_lines"), self.lists["extra_footer_lines"])
        bank = QFormLayout()
        for key in ("bank_name", "iban", "bic"):
            bank.addRow(self._label(key), self.lines[key])
        letters = QFormLayout()
        letters.addRow(self._label("form"), self.form)
        letters.addRow(self._label("country"), self.country)
        letters.addRow(self._label("reference"), self.reference)
        letters.addRow("", self.log)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label("read_only"))
        for key, inner in (("company", company), ("legal", legal), ("bank", bank), ("letters", letters)):
            self._boxes[key].setLayout(inner)
            layout.addWidget(self._boxes[key])
            if key == "legal":
                layout.addWidget(self.warnings)
        layout.addStretch(1)

    def _connect(self) -> None:
        for edit in self.lines.values():
            edit.textChanged.connect(self._check)
        for edit in self.lists.values():
            edit.textChanged.connect(self._check)
        self.legal_form.currentTextChanged.connect(self._check)
        self.country.currentIndexChanged.connect(self._check)
        self.logo.textChanged.connect(self._check)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear.clicked.connect(self.logo.clear)

    def retranslate(self) -> None:
        """Texts in the current language."""
        texts = {
            "company_name": self.tr("Company name"), "legal_form": self.tr("Legal form"),
            "address_lines": self.tr("Address (one line each)"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
            "web": self.tr("Web"), "logo": self.tr("Logo (PNG or JPG)"), "seat": self.tr("Registered seat"),
            "register_court": self.tr("Register court"), "register_number": self.tr("Register number (HRB, FN)"),
            "vat_id": self.tr("VAT ID (UID)"), "managing_directors": self.tr("Managing directors (one per line)"),
            "supervisory_board_chair": self.tr("Chair of the supervisory board"), "owner_name": self.tr("Owner"),
            "general_partner": self.tr("General partner (GmbH & Co. KG)"),
            "extra_footer_lines": self.tr("Further footer lines"), "bank_name": self.tr("Bank"),
            "iban": self.tr("IBAN"), "bic": self.tr("BIC"), "form": self.tr("DIN 5008 form"),
            "country": self.tr("Letters follow the conventions of"), "reference": self.tr("Our reference"),
            "read_only": self.tr("Only an owner can change these settings.") if not self._editable() else "",
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self._labels["read_only"].setVisible(not self._editable())
        self._boxes["company"].setTitle(self.tr("Letterhead"))
        self._boxes["legal"].setTitle(self.tr("Legally required details (footer)"))
        self._boxes["bank"].setTitle(self.tr("Bank account"))
        self._boxes["letters"].setTitle(self.tr("Letters"))
        self.logo_button.setText(self.tr("Choose…"))
        self.logo_clear.setText(self.tr("Remove"))
        self.log.setText(self.tr("Log printed letters as contacts"))
        self.reference.setPlaceholderText(self.tr("empty: the initials of the signing user"))
        self.form.setToolTip(self.tr("Form B (45 mm letterhead) suits most window envelopes; form A has 27 mm."))
        self._check()

    def title(self) -> str:
        """Section title."""
        return self.tr("Letterhead and letters")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values -------------------------------------------------------------------------------------

    def _editable(self) -> bool:
        return self.ctx.can("settings.business")

    def _apply_role(self) -> None:
        editable = self._editable()
        for widget in (*self.lines.values(), self.logo, self.reference):
            widget.setReadOnly(not editable)
        for widget in self.lists.values():
            widget.setReadOnly(not editable)
        for widget in (self.legal_form, self.form, self.country, self.log, self.logo_button, self.logo_clear):
            widget.setEnabled(editable)

    def _load(self, letterhead: dict, letters: dict) -> None:
        head = letterhead_from_mapping(letterhead)
        for name, edit in self.lines.items():
            edit.setText(str(getattr(head, name) or ""))
        for name, edit in self.lists.items():
            edit.setPlainText("\n".join(getattr(head, name)))
        self.legal_form.setCurrentText(head.legal_form)
        self.logo.setText(head.logo_path or "")
        self.form.setCurrentIndex(max(0, self.form.findData(str(letters.get("form", "B")).upper())))
        self.country.setCurrentIndex(max(0, self.country.findData(str(letters.get("country", "AT")).upper())))
        self.log.setChecked(bool(letters.get("log_interactions", True)))
        self.reference.setText(str(letters.get("sender_reference") or ""))

    def letterhead_mapping(self) -> dict:
        """The letterhead as the form shows it (stored form)."""
        data = {name: edit.text().strip() for name, edit in self.lines.items()}
        data.update({name: [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
                     for name, edit in self.lists.items()})
        data["legal_form"] = self.legal_form.currentText().strip()
        data["logo_path"] = self.logo.text().strip()
        return letterhead_to_mapping(letterhead_from_mapping(data))

    def letters_mapping(self) -> dict:
        """The letter defaults as the form shows them."""
        return {**self._stored[1], "form": self.form.currentData(), "country": self.country.currentData(),
                "log_interactions": self.log.isChecked(), "sender_reference": self.reference.text().strip()}

    def _check(self) -> list[str]:
        """Show the missing legally required details for the legal form and country; returns them."""
        found = check_letterhead(letterhead_from_mapping(self.letterhead_mapping()), self.country.currentData() or "AT")
        if found:
            self.warnings.setStyleSheet("color: #8d6e00;")
            self.warnings.setText(self.tr("Missing before printing (warnings, not legal advice):") + "\n• "
                                  + "\n• ".join(found))
        else:
            self.warnings.setStyleSheet("color: #2e7d32;")
            self.warnings.setText(self.tr("All details the law asks for on business letters are filled in."))
        return found

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), str(Path(self.logo.text()).parent),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.logo.setText(name)

    def save(self) -> bool:
        """Store letterhead and letter defaults if an owner changed them; True if fine."""
        if not self._editable():
            return True
        letterhead, letters = self.letterhead_mapping(), self.letters_mapping()
        stored_head = letterhead_to_mapping(letterhead_from_mapping(self._stored[0]))
        try:
            if letterhead != stored_head:
                settings_ops.set_setting(self.ctx.actor, letter_queries.LETTERHEAD_SETTING, letterhead)
            if letters != self._stored[1]:
                settings_ops.set_setting(self.ctx.actor, letter_queries.LETTERS_SETTING, letters)
        except OperationError as exc:
            QMessageBox.warning(self, self.title(), str(exc))
            return False
        if (letterhead, letters) != (stored_head, self._stored[1]):
            self._stored = (letterhead, letters)
            self.ctx.events.settings_changed.emit(letter_queries.LETTERHEAD_SETTING)
        return True
