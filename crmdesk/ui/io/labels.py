"""Translated labels for the import/export UI: targets, modes, match keys, quality categories, formats."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crmdesk.io.fields import TARGETS

CONTEXT = "ImportLabels"

_TARGET_LABELS = {
    "": QT_TRANSLATE_NOOP("ImportLabels", "(ignore)"),
    "salutation": QT_TRANSLATE_NOOP("ImportLabels", "Salutation (Herr, Frau)"),
    "gender": QT_TRANSLATE_NOOP("ImportLabels", "Gender"),
    "titles": QT_TRANSLATE_NOOP("ImportLabels", "Titles"),
    "titles_post": QT_TRANSLATE_NOOP("ImportLabels", "Titles after the name"),
    "honorary_title": QT_TRANSLATE_NOOP("ImportLabels", "Honorary title"),
    "first_name": QT_TRANSLATE_NOOP("ImportLabels", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("ImportLabels", "Middle name"),
    "name_particle": QT_TRANSLATE_NOOP("ImportLabels", "Name particle (von, van)"),
    "last_name": QT_TRANSLATE_NOOP("ImportLabels", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ImportLabels", "Full name"),
    "company": QT_TRANSLATE_NOOP("ImportLabels", "Company"),
    "legal_form": QT_TRANSLATE_NOOP("ImportLabels", "Legal form"),
    "function_title": QT_TRANSLATE_NOOP("ImportLabels", "Function title"),
    "department": QT_TRANSLATE_NOOP("ImportLabels", "Department"),
    "street": QT_TRANSLATE_NOOP("ImportLabels", "Street (business)"),
    "street2": QT_TRANSLATE_NOOP("ImportLabels", "Street line 2 (business)"),
    "po_box": QT_TRANSLATE_NOOP("ImportLabels", "PO box"),
    "postal_code": QT_TRANSLATE_NOOP("ImportLabels", "Postal code (business)"),
    "city": QT_TRANSLATE_NOOP("ImportLabels", "City (business)"),
    "country": QT_TRANSLATE_NOOP("ImportLabels", "Country (business)"),
    "private_street": QT_TRANSLATE_NOOP("ImportLabels", "Street (private)"),
    "private_street2": QT_TRANSLATE_NOOP("ImportLabels", "Street line 2 (private)"),
    "private_postal_code": QT_TRANSLATE_NOOP("ImportLabels", "Postal code (private)"),
    "private_city": QT_TRANSLATE_NOOP("ImportLabels", "City (private)"),
    "private_country": QT_TRANSLATE_NOOP("ImportLabels", "Country (private)"),
    "phone_business": QT_TRANSLATE_NOOP("ImportLabels", "Phone (business)"),
    "phone_mobile": QT_TRANSLATE_NOOP("ImportLabels", "Mobile phone"),
    "phone_private": QT_TRANSLATE_NOOP("ImportLabels", "Phone (private)"),
    "phone_other": QT_TRANSLATE_NOOP("ImportLabels", "Phone (other)"),
    "fax": QT_TRANSLATE_NOOP("ImportLabels", "Fax (company)"),
    "email_business": QT_TRANSLATE_NOOP("ImportLabels", "E-mail (business)"),
    "email_private": QT_TRANSLATE_NOOP("ImportLabels", "E-mail (private)"),
    "email_other": QT_TRANSLATE_NOOP("ImportLabels", "E-mail (other)"),
    "website": QT_TRANSLATE_NOOP("ImportLabels", "Website"),
    "linkedin_url": QT_TRANSLATE_NOOP("ImportLabels", "LinkedIn"),
    "xing_url": QT_TRANSLATE_NOOP("ImportLabels", "XING"),
    "birthday": QT_TRANSLATE_NOOP("ImportLabels", "Birthday"),
    "notes": QT_TRANSLATE_NOOP("ImportLabels", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportLabels", "Tags"),
    "language": QT_TRANSLATE_NOOP("ImportLabels", "Letter language"),
    "formality": QT_TRANSLATE_NOOP("ImportLabels", "Form of address (Sie/Du)"),
    "salutation_override": QT_TRANSLATE_NOOP("ImportLabels", "Own letter salutation"),
    "company_phone": QT_TRANSLATE_NOOP("ImportLabels", "Company phone"),
    "company_email": QT_TRANSLATE_NOOP("ImportLabels", "Company e-mail"),
    "company_website": QT_TRANSLATE_NOOP("ImportLabels", "Company website"),
    "vat_id": QT_TRANSLATE_NOOP("ImportLabels", "Company VAT number"),
    "phone_labelled": QT_TRANSLATE_NOOP("ImportLabels", "Phone (by its label column)"),
    "email_labelled": QT_TRANSLATE_NOOP("ImportLabels", "E-mail (by its label column)"),
    "address_labelled.street": QT_TRANSLATE_NOOP("ImportLabels", "Street (by its label column)"),
    "address_labelled.street2": QT_TRANSLATE_NOOP("ImportLabels", "Street line 2 (by its label column)"),
    "address_labelled.po_box": QT_TRANSLATE_NOOP("ImportLabels", "PO box (by its label column)"),
    "address_labelled.postal_code": QT_TRANSLATE_NOOP("ImportLabels", "Postal code (by its label column)"),
    "address_labelled.city": QT_TRANSLATE_NOOP("ImportLabels", "City (by its label column)"),
    "address_labelled.country": QT_TRANSLATE_NOOP("ImportLabels", "Country (by its label column)"),
}
MODES = {
    "create": QT_TRANSLATE_NOOP("ImportLabels", "Create new persons for every row"),
    "update": QT_TRANSLATE_NOOP("ImportLabels", "Update matching persons, create the others"),
    "skip": QT_TRANSLATE_NOOP("ImportLabels", "Skip matching rows, create the others"),
}
KEYS = {
    "email": QT_TRANSLATE_NOOP("ImportLabels", "Same e-mail address"),
    "phone": QT_TRANSLATE_NOOP("ImportLabels", "Same phone number"),
    "name_city": QT_TRANSLATE_NOOP("ImportLabels", "Same name and city"),
    "name_company": QT_TRANSLATE_NOOP("ImportLabels", "Same name and company"),
    "similar": QT_TRANSLATE_NOOP("ImportLabels", "Similar name"),
}
CATEGORIES = {
    "no_gender": QT_TRANSLATE_NOOP("ImportLabels", "Without gender"),
    "no_address": QT_TRANSLATE_NOOP("ImportLabels", "Without postal address"),
    "title_warning": QT_TRANSLATE_NOOP("ImportLabels", "Title warnings"),
    "missing_function": QT_TRANSLATE_NOOP("ImportLabels", "Function title missing"),
    "duplicate": QT_TRANSLATE_NOOP("ImportLabels", "Possible duplicates"),
    "invalid_email": QT_TRANSLATE_NOOP("ImportLabels", "Invalid e-mail addresses"),
    "invalid_phone": QT_TRANSLATE_NOOP("ImportLabels", "Invalid phone numbers"),
}
FORMATS = {
    "outlook": QT_TRANSLATE_NOOP("ImportLabels", "Outlook export (English)"),
    "outlook_de": QT_TRANSLATE_NOOP("ImportLabels", "Outlook export (German)"),
    "google": QT_TRANSLATE_NOOP("ImportLabels", "Google Contacts export"),
    "google_old": QT_TRANSLATE_NOOP("ImportLabels", "Google Contacts export (old format)"),
    "crmdesk": QT_TRANSLATE_NOOP("ImportLabels", "crmdesk export"),
    "excel_de": QT_TRANSLATE_NOOP("ImportLabels", "Excel list with German column names"),
    "vcard": QT_TRANSLATE_NOOP("ImportLabels", "vCard file"),
    "": QT_TRANSLATE_NOOP("ImportLabels", "unknown layout: please check the columns"),
}
assert set(_TARGET_LABELS) == {t for t, _ in TARGETS}


def tr(text: str) -> str:
    """Translate a label of this module."""
    return QCoreApplication.translate(CONTEXT, text)


def target_items() -> list[tuple[str, str]]:
    """(target id, translated label) in combo-box order."""
    return [(target, tr(_TARGET_LABELS[target])) for target, _label in TARGETS]


def target_label(target: str) -> str:
    """The translated label of one target."""
    return tr(_TARGET_LABELS.get(target, target))


def label(table: dict[str, str], key: str) -> str:
    """A translated label from MODES, KEYS, CATEGORIES or FORMATS."""
    return tr(table.get(key, key))
