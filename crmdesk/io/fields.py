"""Import targets and the column names we recognise (German Excel, Outlook DE/EN, Google Contacts, ours).

A mapping is a list with one target id per column ("" = ignore). Labels here are English source
strings; the UI translates them (crmdesk/ui/io/labels.py). Google's numbered columns
("Phone 1 - Value") go to *labelled* targets whose field is chosen per row by the matching
"... - Label"/"... - Type" column (Work/Mobile/Home).
"""

from __future__ import annotations

import re
import unicodedata

# (target id, label): the order of the combo boxes
TARGETS: tuple[tuple[str, str], ...] = (
    ("", "(ignore)"),
    ("salutation", "Salutation (Herr, Frau)"), ("gender", "Gender"),
    ("titles", "Titles"), ("titles_post", "Titles after the name"), ("honorary_title", "Honorary title"),
    ("first_name", "First name"), ("middle_name", "Middle name"), ("name_particle", "Name particle (von, van)"),
    ("last_name", "Last name"), ("full_name", "Full name"),
    ("company", "Company"), ("legal_form", "Legal form"), ("function_title", "Function title"), ("department", "Department"),
    ("street", "Street (business)"), ("street2", "Street line 2 (business)"), ("po_box", "PO box"),
    ("postal_code", "Postal code (business)"), ("city", "City (business)"), ("country", "Country (business)"),
    ("private_street", "Street (private)"), ("private_street2", "Street line 2 (private)"),
    ("private_postal_code", "Postal code (private)"), ("private_city", "City (private)"), ("private_country", "Country (private)"),
    ("phone_business", "Phone (business)"), ("phone_mobile", "Mobile phone"), ("phone_private", "Phone (private)"),
    ("phone_other", "Phone (other)"), ("fax", "Fax (company)"),
    ("email_business", "E-mail (business)"), ("email_private", "E-mail (private)"), ("email_other", "E-mail (other)"),
    ("website", "Website"), ("linkedin_url", "LinkedIn"), ("xing_url", "XING"),
    ("birthday", "Birthday"), ("notes", "Notes"), ("tags", "Tags"), ("language", "Letter language"),
    ("formality", "Form of address (Sie/Du)"), ("salutation_override", "Own letter salutation"),
    ("company_phone", "Company phone"), ("company_email", "Company e-mail"), ("company_website", "Company website"),
    ("vat_id", "Company VAT number"),
    ("phone_labelled", "Phone (by its label column)"), ("email_labelled", "E-mail (by its label column)"),
    ("address_labelled.street", "Street (by its label column)"), ("address_labelled.street2", "Street line 2 (by its label column)"),
    ("address_labelled.po_box", "PO box (by its label column)"), ("address_labelled.postal_code", "Postal code (by its label column)"),
    ("address_labelled.city", "City (by its label column)"), ("address_labelled.country", "Country (by its label column)"),
)
TARGET_IDS = frozenset(t for t, _ in TARGETS)
SINGLE_TARGETS = frozenset(TARGET_IDS - {"", "phone_other", "email_other", "street2", "private_street2", "tags", "notes",
                                          "website"} - {t for t in TARGET_IDS if "labelled" in t})


def norm_header(text: str) -> str:
    """Comparison form of a column name: case-folded, ß kept as ss, punctuation as single blanks."""
    text = unicodedata.normalize("NFC", text or "").replace("\ufeff", "").casefold().replace("ß", "ss")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


_KNOWN = {
    # German Excel lists and our own export
    "anrede": "salutation", "titel": "titles", "akad titel": "titles", "akademischer titel": "titles",
    "titel nachgestellt": "titles_post", "nachgestellter titel": "titles_post", "ehrentitel": "honorary_title",
    "vorname": "first_name", "nachname": "last_name", "familienname": "last_name", "zuname": "last_name",
    "namenszusatz": "name_particle", "geschlecht": "gender",
    "firma": "company", "unternehmen": "company", "firmenname": "company", "organisation": "company",
    "rechtsform": "legal_form", "funktion": "function_title", "position": "function_title", "abteilung": "department",
    "strasse": "street", "str": "street", "adresse": "street", "anschrift": "street", "postfach": "po_box",
    "plz": "postal_code", "postleitzahl": "postal_code", "ort": "city", "stadt": "city", "land": "country",
    "staat": "country", "telefon": "phone_business", "tel": "phone_business", "telefonnummer": "phone_business",
    "mobil": "phone_mobile", "handy": "phone_mobile", "mobiltelefon": "phone_mobile", "mobilnummer": "phone_mobile",
    "telefon privat": "phone_private", "fax": "fax", "telefax": "fax",
    "e mail": "email_business", "email": "email_business", "mail": "email_business", "e mail adresse": "email_business",
    "e mail privat": "email_private", "strasse privat": "private_street", "plz privat": "private_postal_code",
    "ort privat": "private_city", "land privat": "private_country",
    "geburtstag": "birthday", "geburtsdatum": "birthday", "geb datum": "birthday", "notizen": "notes", "notiz": "notes",
    "bemerkung": "notes", "bemerkungen": "notes", "kommentar": "notes", "tags": "tags", "kategorie": "tags",
    "kategorien": "tags", "gruppe": "tags", "gruppen": "tags", "schlagworte": "tags", "sprache": "language",
    "anredeform": "formality", "briefanrede": "salutation_override", "website": "website", "webseite": "website",
    "homepage": "website", "internet": "website", "linkedin": "linkedin_url", "xing": "xing_url",
    "uid": "vat_id", "uid nummer": "vat_id", "ust id": "vat_id", "ust idnr": "vat_id",
    # Outlook (English)
    "title": "salutation", "first name": "first_name", "middle name": "middle_name", "last name": "last_name",
    "suffix": "titles_post", "company": "company", "department": "department", "job title": "function_title",
    "business street": "street", "business street 2": "street2", "business street 3": "street2",
    "business city": "city", "business postal code": "postal_code", "business country region": "country",
    "business po box": "po_box", "home street": "private_street", "home street 2": "private_street2",
    "home city": "private_city", "home postal code": "private_postal_code", "home country region": "private_country",
    "business fax": "fax", "business phone": "phone_business", "business phone 2": "phone_other",
    "mobile phone": "phone_mobile", "home phone": "phone_private", "home phone 2": "phone_other",
    "other phone": "phone_other", "company main phone": "company_phone", "e mail address": "email_business",
    "e mail 2 address": "email_other", "e mail 3 address": "email_other", "birthday": "birthday", "notes": "notes",
    "web page": "website", "categories": "tags", "gender": "gender",
    # Outlook (German)
    "weitere vornamen": "middle_name", "strasse geschäftlich": "street", "strasse geschäftlich 2": "street2",
    "strasse geschäftlich 3": "street2", "ort geschäftlich": "city", "postleitzahl geschäftlich": "postal_code",
    "land region geschäftlich": "country", "postfach geschäftlich": "po_box", "strasse privat 2": "private_street2",
    "postleitzahl privat": "private_postal_code", "land region privat": "private_country",
    "fax geschäftlich": "fax", "telefon geschäftlich": "phone_business", "telefon geschäftlich 2": "phone_other",
    "telefon privat 2": "phone_other", "weiteres telefon": "phone_other", "haupttelefon firma": "company_phone",
    "e mail 2 adresse": "email_other", "e mail 3 adresse": "email_other", "e mail 2 address": "email_other",
    # Google Contacts
    "name prefix": "salutation", "name suffix": "titles_post", "given name": "first_name",
    "additional name": "middle_name", "family name": "last_name", "organization name": "company",
    "organization title": "function_title", "organization department": "department", "labels": "tags",
    "group membership": "tags", "nickname": "", "file as": "",
}
_GOOGLE = re.compile(r"^(e mail|email|phone|address|website|organization|organisation) (\d+) (.+)$")
_GOOGLE_PARTS = {
    ("e mail", "value"): "email_labelled", ("email", "value"): "email_labelled", ("phone", "value"): "phone_labelled",
    ("address", "street"): "address_labelled.street", ("address", "city"): "address_labelled.city",
    ("address", "postal code"): "address_labelled.postal_code", ("address", "country"): "address_labelled.country",
    ("address", "po box"): "address_labelled.po_box", ("address", "extended address"): "address_labelled.street2",
    ("website", "value"): "website", ("organization", "name"): "company", ("organization", "title"): "function_title",
    ("organization", "department"): "department", ("organisation", "name"): "company",
}
FORMATS = {
    "outlook": {"first name", "last name", "job title", "business street"},
    "outlook_de": {"vorname", "nachname", "strasse geschäftlich", "telefon geschäftlich"},
    "google": {"name prefix", "e mail 1 value"},
    "google_old": {"given name", "family name", "e mail 1 value"},
    "crmdesk": {"anrede", "titel", "titel nachgestellt", "ehrentitel", "namenszusatz"},
    "excel_de": {"vorname", "nachname", "plz", "ort"},
}


def guess_target(header: str) -> str:
    """The target a column name stands for, or ''."""
    key = norm_header(header)
    if key in _KNOWN:
        return _KNOWN[key]
    match = _GOOGLE.match(key)
    if match:
        return _GOOGLE_PARTS.get((match.group(1), match.group(3)), "")
    return ""


def guess_mapping(header: list[str]) -> list[str]:
    """One target per column; a single-value target taken by an earlier column is not given twice."""
    result, used = [], set()
    keys = {norm_header(h) for h in header}
    for name in header:
        target = guess_target(name)
        if norm_header(name) == "name":
            target = "last_name" if keys & {"vorname", "first name", "given name"} else "full_name"
        if target in SINGLE_TARGETS and target in used:
            target = {"phone_business": "phone_other", "email_business": "email_other"}.get(target, "")
        used.add(target)
        result.append(target)
    return result


def detect_format(header: list[str]) -> str:
    """'outlook', 'outlook_de', 'google', 'google_old', 'crmdesk', 'excel_de' or '' (unknown)."""
    keys = {norm_header(h) for h in header}
    for name, needles in FORMATS.items():
        if needles <= keys:
            return name
    return ""


def label_column(header: list[str], column: int) -> int | None:
    """For a Google 'Phone 1 - Value' column: the index of its 'Phone 1 - Label' (or '- Type') column."""
    match = _GOOGLE.match(norm_header(header[column]))
    if not match:
        return None
    for suffix in ("label", "type"):
        wanted = f"{match.group(1)} {match.group(2)} {suffix}"
        for i, name in enumerate(header):
            if norm_header(name) == wanted:
                return i
    return None


def apply_saved(header: list[str], saved: dict[str, str]) -> list[str]:
    """A saved mapping (column name → target) applied to a header; unknown columns are guessed."""
    guessed = guess_mapping(header)
    by_name = {norm_header(k): v for k, v in saved.items() if v in TARGET_IDS}
    return [by_name.get(norm_header(name), guess) for name, guess in zip(header, guessed)]


def mapping_to_saved(header: list[str], mapping: list[str]) -> dict[str, str]:
    """The mapping as column name → target, for storing it by name."""
    return {name: target for name, target in zip(header, mapping) if name}
