"""Plain records of the letters feature shared by queries, letters and services (pure data, no I/O).

`LetterRecipient` is what crmdesk.queries.letters returns and crmdesk.letters.compose turns into a
LetterSpec; the template, history and sender records feed the Letters page and the dialogs. The
placeholder names a template may use are defined here too, so that the operations (template
validation) and the composer agree on one list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

# --- placeholders ----------------------------------------------------------------------------------

# Always available: salutation (with its punctuation), names, company, our company's name, the date.
STANDARD_PLACEHOLDERS: tuple[str, ...] = (
    "salutation", "first_name", "last_name", "name", "company", "function_title",
    "our_name", "date", "sender_name", "sender_function",
)
# {person_<field>}: a column of the person; {company_<field>}: a column of the person's company;
# {address_<field>}: the postal address the letter goes to (chosen by rule, see queries.letters).
PERSON_FIELDS: tuple[str, ...] = (
    "first_name", "last_name", "name_particle", "titles_pre", "titles_post", "honorary_title", "function_title",
    "email_business", "email_private", "phone_business", "phone_mobile", "phone_private",
    "street", "postal_code", "city", "country", "private_street", "private_postal_code", "private_city",
    "private_country", "birthday", "linkedin_url", "xing_url", "other_url", "language",
)
COMPANY_FIELDS: tuple[str, ...] = (
    "name", "legal_form", "street", "po_box", "postal_code", "city", "country", "phone", "phone2", "fax",
    "email", "email2", "website", "vat_id", "register_number", "register_court", "category",
)
ADDRESS_FIELDS: tuple[str, ...] = ("street", "postal_code", "city", "country")


def known_placeholders() -> tuple[str, ...]:
    """Every placeholder name a template may use, in menu order."""
    return (STANDARD_PLACEHOLDERS
            + tuple(f"person_{name}" for name in PERSON_FIELDS)
            + tuple(f"company_{name}" for name in COMPANY_FIELDS)
            + tuple(f"address_{name}" for name in ADDRESS_FIELDS))


# --- recipients ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PostalAddress:
    """Where a letter goes: street or PO box, postal code, town, ISO country code ("" = not entered)."""

    street: str = ""
    po_box: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""

    @property
    def complete(self) -> bool:
        """A town and a street or PO box: enough for the post to deliver."""
        return bool(self.city.strip() and (self.street.strip() or self.po_box.strip()))


@dataclass(frozen=True)
class LetterRecipient:
    """One person a letter can go to, with everything the address block, salutation and placeholders need.

    `address` is the postal address chosen by rule (None when the person has no complete address);
    `address_source` says which one: "private", "business" (the person's own) or "company".
    `fields` maps placeholder names (person_*, company_*) to their text.
    """

    person_id: int
    gender: str = "unknown"
    first_name: str = ""
    last_name: str = ""
    name_particle: str = ""
    titles_pre: tuple[str, ...] = ()
    titles_post: tuple[str, ...] = ()
    honorary_title: str = ""
    function_title: str = ""
    company: str = ""
    company_id: int | None = None
    formality: str = "Sie"
    language: str = "de"
    salutation_override: str = ""
    advertising_objection: bool = False
    do_not_contact: bool = False
    status: str = "active"
    address: PostalAddress | None = None
    address_source: str = ""
    fields: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def label(self) -> str:
        """A short name for lists and reports: "Franz Huber", or the company for a nameless record."""
        name = " ".join(x for x in (self.first_name, self.name_particle, self.last_name) if x)
        return name or self.company or f"#{self.person_id}"


# --- templates, history, sender --------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateRecord:
    """A stored letter template (id None: the built-in default, not in the database)."""

    id: int | None
    name: str
    language: str
    subject: str
    body: str
    advertising: bool = False
    active: bool = True
    version: int = 1
    modified_at: dt.datetime | None = None


@dataclass(frozen=True)
class LetterHistoryRow:
    """One printed letter for the history lists."""

    id: int
    created_at: dt.datetime
    person_id: int | None
    company_id: int | None
    recipient_label: str
    subject: str
    file_path: str
    batch_key: str
    template_name: str
    created_by: str


@dataclass(frozen=True)
class SenderRecord:
    """The signing user's details for the info block and signature."""

    name: str = ""
    function_title: str = ""
    email: str = ""
    phone: str = ""
    initials: str = ""


# --- country names for the last address line (DIN 5008: abroad only, in capitals) -------------------

# ISO code -> (German name, English name); other countries fall back to phonenumbers' names.
COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "AT": ("Österreich", "Austria"), "DE": ("Deutschland", "Germany"), "CH": ("Schweiz", "Switzerland"),
    "LI": ("Liechtenstein", "Liechtenstein"), "IT": ("Italien", "Italy"), "FR": ("Frankreich", "France"),
    "NL": ("Niederlande", "Netherlands"), "BE": ("Belgien", "Belgium"), "LU": ("Luxemburg", "Luxembourg"),
    "CZ": ("Tschechien", "Czech Republic"), "SK": ("Slowakei", "Slovakia"), "HU": ("Ungarn", "Hungary"),
    "SI": ("Slowenien", "Slovenia"), "HR": ("Kroatien", "Croatia"), "PL": ("Polen", "Poland"),
    "DK": ("Dänemark", "Denmark"), "SE": ("Schweden", "Sweden"), "NO": ("Norwegen", "Norway"),
    "FI": ("Finnland", "Finland"), "ES": ("Spanien", "Spain"), "PT": ("Portugal", "Portugal"),
    "GR": ("Griechenland", "Greece"), "GB": ("Vereinigtes Königreich", "United Kingdom"),
    "IE": ("Irland", "Ireland"), "US": ("Vereinigte Staaten", "United States"), "CA": ("Kanada", "Canada"),
    "TR": ("Türkei", "Turkey"), "RO": ("Rumänien", "Romania"), "BG": ("Bulgarien", "Bulgaria"),
    "RS": ("Serbien", "Serbia"), "BA": ("Bosnien und Herzegowina", "Bosnia and Herzegovina"),
    "MC": ("Monaco", "Monaco"), "SM": ("San Marino", "San Marino"), "VA": ("Vatikanstadt", "Vatican City"),
    "AU": ("Australien", "Australia"), "JP": ("Japan", "Japan"), "CN": ("China", "China"),
}

# Languages spoken in the sender's country decide the language of the country line (UPU practice).
GERMAN_SPEAKING = frozenset({"AT", "DE", "CH", "LI", "LU"})
