"""The fields of the person dialog, laid out in three tabs (person, contact, notes and consent)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from crmdesk.queries import catalogue
from crmdesk.ui.edit.fields import FieldSet
from crmdesk.ui.edit.pickers import CompanyPicker, TagsEdit, country_combo, time_zone_combo
from crmdesk.ui.edit.titles_picker import TitlesPicker

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

CONTEXT = "PersonForm"
LABELS = {
    "gender": QT_TRANSLATE_NOOP("PersonForm", "Gender"),
    "titles_pre": QT_TRANSLATE_NOOP("PersonForm", "Titles before the name"),
    "first_name": QT_TRANSLATE_NOOP("PersonForm", "First name"),
    "name_particle": QT_TRANSLATE_NOOP("PersonForm", "Name particle"),
    "last_name": QT_TRANSLATE_NOOP("PersonForm", "Last name"),
    "titles_post": QT_TRANSLATE_NOOP("PersonForm", "Titles after the name"),
    "honorary_title": QT_TRANSLATE_NOOP("PersonForm", "Honorary or office title"),
    "company": QT_TRANSLATE_NOOP("PersonForm", "Company"),
    "function_title": QT_TRANSLATE_NOOP("PersonForm", "Function"),
    "language": QT_TRANSLATE_NOOP("PersonForm", "Letter language"),
    "formality": QT_TRANSLATE_NOOP("PersonForm", "Form of address"),
    "salutation_override": QT_TRANSLATE_NOOP("PersonForm", "Own salutation"),
    "status": QT_TRANSLATE_NOOP("PersonForm", "Status"),
    "owner": QT_TRANSLATE_NOOP("PersonForm", "Owner"),
    "tags": QT_TRANSLATE_NOOP("PersonForm", "Tags"),
    "cadence_days": QT_TRANSLATE_NOOP("PersonForm", "Keep in touch every (days)"),
    "phone_business": QT_TRANSLATE_NOOP("PersonForm", "Phone"),
    "phone_mobile": QT_TRANSLATE_NOOP("PersonForm", "Mobile"),
    "phone_private": QT_TRANSLATE_NOOP("PersonForm", "Private phone"),
    "email_business": QT_TRANSLATE_NOOP("PersonForm", "E-mail"),
    "email_private": QT_TRANSLATE_NOOP("PersonForm", "Private e-mail"),
    "linkedin_url": QT_TRANSLATE_NOOP("PersonForm", "LinkedIn"),
    "xing_url": QT_TRANSLATE_NOOP("PersonForm", "XING"),
    "other_url": QT_TRANSLATE_NOOP("PersonForm", "Website"),
    "street": QT_TRANSLATE_NOOP("PersonForm", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("PersonForm", "Postal code"),
    "city": QT_TRANSLATE_NOOP("PersonForm", "City"),
    "country": QT_TRANSLATE_NOOP("PersonForm", "Country"),
    "private_street": QT_TRANSLATE_NOOP("PersonForm", "Private street"),
    "private_postal_code": QT_TRANSLATE_NOOP("PersonForm", "Private postal code"),
    "private_city": QT_TRANSLATE_NOOP("PersonForm", "Private city"),
    "private_country": QT_TRANSLATE_NOOP("PersonForm", "Private country"),
    "preferred_address": QT_TRANSLATE_NOOP("PersonForm", "Letters go to"),
    "timezone": QT_TRANSLATE_NOOP("PersonForm", "Time zone"),
    "birthday": QT_TRANSLATE_NOOP("PersonForm", "Birthday"),
    "notes": QT_TRANSLATE_NOOP("PersonForm", "Personal notes"),
    "advertising_consent": QT_TRANSLATE_NOOP("PersonForm", "Consents to advertising"),
    "consent_source": QT_TRANSLATE_NOOP("PersonForm", "Consent given how"),
    "advertising_objection": QT_TRANSLATE_NOOP("PersonForm", "Objects to advertising"),
    "objection_source": QT_TRANSLATE_NOOP("PersonForm", "Objection received how"),
    "do_not_contact": QT_TRANSLATE_NOOP("PersonForm", "Do not contact"),
}
TABS = (
    (
        QT_TRANSLATE_NOOP("PersonForm", "Person"),
        (
            "gender",
            "titles_pre",
            "first_name",
            "name_particle",
            "last_name",
            "titles_post",
            "honorary_title",
            "company",
            "function_title",
            "language",
            "formality",
            "salutation_override",
            "status",
            "owner",
            "tags",
            "cadence_days",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PersonForm", "Contact"),
        (
            "phone_business",
            "phone_mobile",
            "phone_private",
            "email_business",
            "email_private",
            "linkedin_url",
            "xing_url",
            "other_url",
            "street",
            "postal_code",
            "city",
            "country",
            "private_street",
            "private_postal_code",
            "private_city",
            "private_country",
            "preferred_address",
            "timezone",
            "birthday",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PersonForm", "Notes and consent"),
        (
            "notes",
            "advertising_consent",
            "consent_source",
            "advertising_objection",
            "objection_source",
            "do_not_contact",
        ),
    ),
)


def tr(text: str) -> str:
    """Translate in the person form's context."""
    return QCoreApplication.translate(CONTEXT, text)


def build_person_fields(fields: FieldSet) -> None:
    """Create every person field in *fields* (labels come with the layout)."""
    fields.combo(
        "gender",
        [
            (translate("PersonForm", "unknown"), "unknown"),
            (translate("PersonForm", "male"), "m"),
            (translate("PersonForm", "female"), "f"),
            (translate("PersonForm", "diverse"), "d"),
        ],
    )
    fields.custom("titles_pre", TitlesPicker(("academic_pre", "honorary", "office")))
    for key in ("first_name", "last_name"):
        fields.line(key, 200)
    fields.line("name_particle", 40)
    fields.custom("titles_post", TitlesPicker(("academic_post",)))
    honorary = fields.combo("honorary_title", [("", "")], editable=True)
    honorary.addItems([t for t, _d in _catalogue(("honorary", "office"))])
    fields.custom("company", CompanyPicker())
    fields.line("function_title", 200)
    fields.combo("language", [(translate("PersonForm", "German"), "de"), (translate("PersonForm", "English"), "en")])
    fields.combo(
        "formality",
        [(translate("PersonForm", "formal (Sie)"), "Sie"), (translate("PersonForm", "informal (Du)"), "Du")],
    )
    fields.line("salutation_override", 300).setPlaceholderText(translate("PersonForm", "e.g. Lieber Franz"))
    fields.combo(
        "status",
        [
            (translate("PersonForm", "active"), "active"),
            (translate("PersonForm", "inactive"), "inactive"),
            (translate("PersonForm", "left the company"), "left"),
            (translate("PersonForm", "deceased"), "deceased"),
        ],
    )
    fields.combo("owner", [("—", None)] + [(u.name, u.id) for u in catalogue.users()])
    fields.custom("tags", TagsEdit())
    fields.number("cadence_days", none_text=translate("PersonForm", "default"))
    for key in ("phone_business", "phone_mobile", "phone_private"):
        fields.line(key, 64)
    for key in ("email_business", "email_private"):
        fields.line(key, 254)
    for key in ("linkedin_url", "xing_url", "other_url", "street", "private_street"):
        fields.line(key, 300 if key.endswith("url") else 200)
    for key in ("postal_code", "private_postal_code"):
        fields.line(key, 20)
    for key in ("city", "private_city"):
        fields.line(key, 120)
    fields.custom("country", country_combo())
    fields.custom("private_country", country_combo())
    fields.combo(
        "preferred_address",
        [
            (translate("PersonForm", "business address"), "business"),
            (translate("PersonForm", "private address"), "private"),
        ],
    )
    fields.custom("timezone", time_zone_combo())
    fields.date("birthday")
    fields.text("notes")
    for key in ("advertising_consent", "advertising_objection", "do_not_contact"):
        fields.check(key)
    for key in ("consent_source", "objection_source"):
        fields.line(key, 200)


def _catalogue(kinds):
    from crmdesk.ui.edit.titles_picker import catalogue_titles

    return catalogue_titles(kinds)


def layout_person_fields(fields: FieldSet, body: QWidget, preview: QLabel) -> QTabWidget:
    """Put the fields into tabs in *body*, the salutation preview above them."""
    tabs = QTabWidget()
    for title, keys in TABS:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in keys:
            fields.add_row(form, key, tr(LABELS[key]))
        tabs.addTab(page, tr(title))
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(preview)
    layout.addWidget(tabs, 1)
    return tabs
