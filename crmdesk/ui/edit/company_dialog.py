"""The company dialog: create or edit a company, with phone/e-mail/VAT validation and conflict handling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QWidget

from crmdesk.ops import contacts
from crmdesk.ops.contacts import COMPANY_FIELDS
from crmdesk.queries import catalogue
from crmdesk.queries import companies as company_queries
from crmdesk.ui.edit.base_dialog import EditDialog
from crmdesk.ui.edit.pickers import TagsEdit, country_combo
from crmdesk.validation import normalise_email, normalise_phone, normalise_vat

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

CONTEXT = "CompanyForm"
LABELS = {
    "name": QT_TRANSLATE_NOOP("CompanyForm", "Name"),
    "legal_form": QT_TRANSLATE_NOOP("CompanyForm", "Legal form"),
    "street": QT_TRANSLATE_NOOP("CompanyForm", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("CompanyForm", "Postal code"),
    "city": QT_TRANSLATE_NOOP("CompanyForm", "City"),
    "country": QT_TRANSLATE_NOOP("CompanyForm", "Country"),
    "po_box": QT_TRANSLATE_NOOP("CompanyForm", "PO box"),
    "phone": QT_TRANSLATE_NOOP("CompanyForm", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("CompanyForm", "Phone 2"),
    "fax": QT_TRANSLATE_NOOP("CompanyForm", "Fax"),
    "email": QT_TRANSLATE_NOOP("CompanyForm", "E-mail"),
    "email2": QT_TRANSLATE_NOOP("CompanyForm", "E-mail 2"),
    "website": QT_TRANSLATE_NOOP("CompanyForm", "Website"),
    "vat_id": QT_TRANSLATE_NOOP("CompanyForm", "VAT number (UID)"),
    "register_number": QT_TRANSLATE_NOOP("CompanyForm", "Register number"),
    "register_court": QT_TRANSLATE_NOOP("CompanyForm", "Register court"),
    "category": QT_TRANSLATE_NOOP("CompanyForm", "Category"),
    "status": QT_TRANSLATE_NOOP("CompanyForm", "Status"),
    "owner": QT_TRANSLATE_NOOP("CompanyForm", "Owner"),
    "cadence_days": QT_TRANSLATE_NOOP("CompanyForm", "Keep in touch every (days)"),
    "tags": QT_TRANSLATE_NOOP("CompanyForm", "Tags"),
    "active": QT_TRANSLATE_NOOP("CompanyForm", "Active"),
    "notes": QT_TRANSLATE_NOOP("CompanyForm", "Notes"),
}
LEFT = (
    "name",
    "legal_form",
    "street",
    "postal_code",
    "city",
    "country",
    "po_box",
    "category",
    "status",
    "owner",
    "cadence_days",
    "tags",
    "active",
)
RIGHT = ("phone", "phone2", "fax", "email", "email2", "website", "vat_id", "register_number", "register_court", "notes")
PHONES, EMAILS = ("phone", "phone2", "fax"), ("email", "email2")


def tr(text: str) -> str:
    """Translate in the company form's context."""
    return QCoreApplication.translate(CONTEXT, text)


class CompanyDialog(EditDialog):
    """Create (company_id None) or edit a company. `saved_id` holds the id after saving."""

    def __init__(self, ctx, company_id: int | None = None, parent=None):
        super().__init__(ctx, company_id, parent)
        self._build_fields()
        self.delete_button.setVisible(company_id is not None and ctx.can("company.delete"))
        self.setWindowTitle(
            translate("CompanyForm", "New company") if company_id is None else translate("CompanyForm", "Edit company")
        )
        self.resize(880, 520)
        self.populate()

    def _build_fields(self) -> None:
        f = self.fields
        for key, length in (
            ("name", 300),
            ("legal_form", 60),
            ("street", 200),
            ("postal_code", 20),
            ("city", 120),
            ("po_box", 60),
            ("website", 300),
            ("vat_id", 32),
            ("register_number", 60),
            ("register_court", 120),
        ):
            f.line(key, length)
        for key in PHONES:
            f.line(key, 64)
        for key in EMAILS:
            f.line(key, 254)
        f.custom("country", country_combo())
        f.combo("category", [("—", ""), ("A", "A"), ("B", "B"), ("C", "C")])
        f.combo(
            "status",
            [
                (translate("CompanyForm", "Customer"), "customer"),
                (translate("CompanyForm", "Prospect"), "prospect"),
                (translate("CompanyForm", "Partner"), "partner"),
                (translate("CompanyForm", "Former"), "former"),
            ],
        )
        f.combo("owner", [("—", None)] + [(u.name, u.id) for u in catalogue.users()])
        f.number("cadence_days", none_text=translate("CompanyForm", "default"))
        f.custom("tags", TagsEdit())
        f.check("active")
        f.text("notes")
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 0, 0)
        for keys in (LEFT, RIGHT):
            side = QWidget()
            form = QFormLayout(side)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                f.add_row(form, key, tr(LABELS[key]))
            columns.addWidget(side, 1)
        f.set_values({"active": True, "country": "AT", "status": "customer"})

    def load_record(self, record_id: int) -> tuple[int, dict[str, Any]] | None:
        """(version, values) of the company."""
        detail = company_queries.company_detail(record_id)
        if detail is None:
            return None
        values = {k: detail.values.get(k) for k in self.fields.widgets if k in detail.values}
        values["tags"] = sorted(detail.tags)
        values["country"] = values.get("country") or ""
        return detail.version, values

    def validated(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Values normalised by crmdesk.validation (only fields the user changed)."""
        values = self.fields.values()
        problems: dict[str, str] = {}
        values["country"] = (values.get("country") or "").strip().upper()
        changed = {k for k in values if values[k] != self._initial.get(k)}
        for key in (k for k in PHONES if k in changed):
            values[key], error = normalise_phone(values[key], values["country"] or "AT")
            if error:
                problems[key] = translate("CompanyForm", "Not a valid phone number for %1.").replace(
                    "%1", values["country"] or "AT"
                )
        for key in (k for k in EMAILS if k in changed):
            values[key], error = normalise_email(values[key])
            if error:
                problems[key] = translate("CompanyForm", "Not a valid e-mail address.")
        if "vat_id" in changed:
            values["vat_id"], error = normalise_vat(values["vat_id"])
            if error:
                problems["vat_id"] = translate("CompanyForm", "Not a valid VAT number (check digits or format).")
        if not values["name"].strip():
            problems["name"] = translate("CompanyForm", "A company needs a name.")
        return values, problems

    def save_record(self, values: dict[str, Any], base: dict[str, Any], version: int | None) -> int:
        """Create or update the company and its tags through crmdesk.ops."""
        company_values = {k: v for k, v in values.items() if k in COMPANY_FIELDS}
        if self.record_id is None:
            new_id = contacts.create_company(self.ctx.actor, company_values, tags=values["tags"])
            self.ctx.events.companies_changed.emit([new_id])
            return new_id
        changes = self.changed_values(company_values, {k: base.get(k) for k in company_values})
        if changes:
            contacts.update_company(self.ctx.actor, self.record_id, version, changes)
        if values["tags"] != base.get("tags"):
            contacts.set_company_tags(self.ctx.actor, self.record_id, values["tags"])
        self.ctx.events.companies_changed.emit([self.record_id])
        self.ctx.events.persons_changed.emit([])
        return self.record_id

    def field_label(self, key: str) -> str:
        """The translated label of a field."""
        return tr(LABELS.get(key, key))

    def delete_record(self) -> bool:
        """Soft delete (asks first)."""
        from crmdesk.ui.edit.deleting import delete_companies

        return delete_companies(self, self.ctx, [self.record_id])


def edit_company(parent: QWidget | None, ctx, company_id: int | None = None) -> int | None:
    """Open the dialog modally; the saved company's id, or None when cancelled."""
    dialog = CompanyDialog(ctx, company_id, parent)
    dialog.exec()
    return dialog.saved_id
