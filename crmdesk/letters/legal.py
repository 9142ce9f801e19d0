"""Legally required business details on letters: the footer's content and checks for missing fields.

Sources (checked 2026; not legal advice — the checks only warn):

* DE GmbH / UG (haftungsbeschränkt): § 35a GmbHG — legal form, seat, register court, register
  number, all managing directors (family name + at least one written-out first name), chair of the
  supervisory board if there is one.
* DE AG: § 80 AktG — as GmbH, but all members of the management board (Vorstand, chair marked)
  and the chair of the supervisory board (always present in an AG).
* DE OHG / KG: §§ 125a, 177a HGB — legal form, seat, register court and number; if no natural
  person is a fully liable partner (GmbH & Co. KG) also the general partner's details.
* DE e.K.: § 37a HGB — firm name with "e.K.", place of business (seat), register court, number.
* DE unregistered sole traders: § 15b GewO — family name and at least one written-out first name
  (IHK merchant guides; an address "ladungsfähige Anschrift" is recommended).
* AT: § 14 UGB (usp.gv.at "Geschäftspapiere und Bestellscheine") — every company in the Firmenbuch
  (GmbH, AG, OG, KG, GmbH & Co KG, e.U., FlexCo): firm name, legal form, seat, Firmenbuchnummer,
  Firmenbuchgericht; OG/KG without a natural person as fully liable partner: the same details of
  the general partner; e.U.: the owner's name if it differs from the firm name.
  Unregistered Einzelunternehmen: name and address (Gewerbeordnung practice; unverified here).
* CH: Art. 954a OR — the firm name exactly as entered in the commercial register (for AG/GmbH it
  contains the legal form, Art. 950 OR). The UID (CHE-…) is recommended, not required on letters.
* VAT numbers are required on invoices (DE § 14 UStG, AT § 11 UStG), not on letters: no warning.
"""

from __future__ import annotations

import os
import re

from crmdesk.letters.locale_text import Conventions
from crmdesk.letters.spec import Letterhead

_FORMS = {
    "gmbh": "GmbH", "ug": "GmbH", "ughaftungsbeschränkt": "GmbH", "flexco": "GmbH", "flexkapg": "GmbH",
    "ag": "AG", "kg": "KG", "ohg": "OG", "og": "OG",
    "gmbhcokg": "GmbH & Co. KG",
    "ek": "e.K.", "ekfm": "e.K.", "ekfr": "e.K.", "eu": "e.U.",
    "einzelunternehmen": "Einzelunternehmen", "einzelunternehmer": "Einzelunternehmen",
    "einzelfirma": "Einzelunternehmen", "": "",
}


def normalize_legal_form(legal_form: str) -> str:
    """One of GmbH, AG, KG, OG, GmbH & Co. KG, e.K., e.U., Einzelunternehmen, "" or "unknown"."""
    key = re.sub(r"[\s.&()\-]", "", legal_form.lower()).replace("und", "")
    return _FORMS.get(key, "unknown")


def check_letterhead(letterhead: Letterhead, country: str) -> list[str]:
    """Warnings for legally required footer fields that are missing for the legal form and country."""
    country = (country or "").upper()
    form = normalize_legal_form(letterhead.legal_form)
    warnings: list[str] = []
    if not letterhead.company_name.strip():
        warnings.append("company name is missing")
    if form == "unknown":
        warnings.append(f"legal form {letterhead.legal_form!r} is not known; required details not checked")
    elif country == "AT":
        warnings += _check_at(letterhead, form)
    elif country == "CH":
        warnings += _check_ch(letterhead, form)
    else:
        warnings += _check_de(letterhead, form)
    warnings += _check_logo(letterhead)
    return warnings


def _missing(letterhead: Letterhead, labels: dict[str, str], law: str) -> list[str]:
    """Warnings for each empty field in *labels* (field name → description)."""
    return [f"{text} is missing ({law})" for name, text in labels.items()
            if not _filled(getattr(letterhead, name))]


def _filled(value: object) -> bool:
    """A non-blank string or a non-empty tuple of non-blank strings."""
    if isinstance(value, tuple):
        return any(str(v).strip() for v in value)
    return bool(str(value or "").strip())


_REGISTER = {"legal_form": "legal form", "seat": "seat (Sitz)",
             "register_court": "register court", "register_number": "register number"}


def _check_de(letterhead: Letterhead, form: str) -> list[str]:
    """German rules (§ 35a GmbHG, § 80 AktG, §§ 37a, 125a, 177a HGB, § 15b GewO)."""
    if form == "Einzelunternehmen":
        return _missing(letterhead, {"owner_name": "owner's full name"}, "§ 15b GewO") + _address(letterhead)
    law = {"GmbH": "§ 35a GmbHG", "AG": "§ 80 AktG", "e.K.": "§ 37a HGB"}.get(form, "§§ 125a, 177a HGB")
    warnings = _missing(letterhead, _REGISTER, law) if form else ["legal form is not set"]
    if form == "GmbH":
        warnings += _missing(letterhead, {"managing_directors": "managing directors"}, law)
        warnings += _initials_only(letterhead.managing_directors, law)
    if form == "AG":
        warnings += _missing(letterhead, {"managing_directors": "management board members",
                                          "supervisory_board_chair": "chair of the supervisory board"}, law)
        warnings += _initials_only(letterhead.managing_directors, law)
    if form == "GmbH & Co. KG":
        warnings += _missing(letterhead, {"general_partner": "general partner's details",
                                          "managing_directors": "general partner's managing directors"},
                             "§ 177a HGB")
    return warnings


def _check_at(letterhead: Letterhead, form: str) -> list[str]:
    """Austrian rules (§ 14 UGB)."""
    if form == "Einzelunternehmen":
        return _missing(letterhead, {"owner_name": "owner's name"}, "GewO") + _address(letterhead)
    labels = {"legal_form": "legal form", "seat": "seat (Sitz)",
              "register_number": "Firmenbuchnummer (FN)", "register_court": "Firmenbuchgericht"}
    warnings = _missing(letterhead, labels, "§ 14 UGB") if form else ["legal form is not set"]
    if form == "GmbH & Co. KG":
        warnings += _missing(letterhead, {"general_partner": "general partner's details"}, "§ 14 UGB")
    if form == "e.U.":
        warnings += _missing(letterhead, {"owner_name": "owner's name (if it differs from the firm name)"},
                             "§ 14 UGB")
    return warnings


def _check_ch(letterhead: Letterhead, form: str) -> list[str]:
    """Swiss rules (Art. 950, 954a OR)."""
    warnings = []
    name = letterhead.company_name.replace(" ", "").lower()
    if form in ("AG", "GmbH") and form.lower() not in name:
        warnings.append(f"the registered firm name must contain the legal form {form} (Art. 950, 954a OR)")
    return warnings


def _address(letterhead: Letterhead) -> list[str]:
    """A postal address is expected for unregistered traders."""
    return [] if _filled(letterhead.address_lines) else ["business address is missing"]


def _initials_only(names: tuple[str, ...], law: str) -> list[str]:
    """Managing directors need at least one written-out first name ("M. Muster" is not enough)."""
    return [f"{name!r}: write out at least one first name ({law})" for name in names
            if re.fullmatch(r"(\w\.\s*)+\S+", name.strip())]


def _check_logo(letterhead: Letterhead) -> list[str]:
    """The logo file must exist and be readable."""
    path = letterhead.logo_path
    if path and not os.access(path, os.R_OK):
        return [f"logo file {path!r} cannot be read"]
    return []


def footer_columns(letterhead: Letterhead, conv: Conventions) -> list[list[str]]:
    """The footer's columns: company and address, legal details, management, bank.

    Phone, e-mail and web are in the letterhead zone already and are left out here.
    """
    labels = conv.footer_labels
    company = [letterhead.company_name, *letterhead.address_lines]
    legal = [_legal_form_line(letterhead, labels),
             f"{labels['seat']}: {letterhead.seat}" if letterhead.seat else "",
             _register_line(letterhead, conv),
             f"{labels['vat']}: {letterhead.vat_id}" if letterhead.vat_id else ""]
    people = _people_lines(letterhead, labels)
    bank = [letterhead.bank_name, f"IBAN {letterhead.iban}" if letterhead.iban else "",
            f"BIC {letterhead.bic}" if letterhead.bic else ""]
    columns = [company, legal + list(letterhead.extra_footer_lines), people, bank]
    return [[line for line in column if line.strip()] for column in columns if any(s.strip() for s in column)]


def _legal_form_line(letterhead: Letterhead, labels: dict[str, str]) -> str:
    """ "Rechtsform: GmbH" when the firm name does not already show the legal form."""
    form = letterhead.legal_form.strip()
    if not form or form.replace(" ", "").lower() in letterhead.company_name.replace(" ", "").lower():
        return ""
    return f"{labels['legal_form']}: {form}"


def _register_line(letterhead: Letterhead, conv: Conventions) -> str:
    """ "Amtsgericht München, HRB 12345" (DE) or "FN 123456 a, Handelsgericht Wien" (AT)."""
    court, number = letterhead.register_court.strip(), letterhead.register_number.strip()
    if conv.country == "AT" or number.upper().startswith("FN"):
        return ", ".join(part for part in (number, court) if part)
    return ", ".join(part for part in (court, number) if part)


def _people_lines(letterhead: Letterhead, labels: dict[str, str]) -> list[str]:
    """Managing directors / board (one name per line), supervisory chair, owner, general partner."""
    form = normalize_legal_form(letterhead.legal_form)
    lines = []
    if letterhead.managing_directors:
        lines.append((labels["board"] if form == "AG" else labels["directors"]) + ":")
        lines += letterhead.managing_directors
    for key, value in (("chair", letterhead.supervisory_board_chair), ("owner", letterhead.owner_name),
                       ("partner", letterhead.general_partner)):
        if value:
            lines.append(f"{labels[key]}: {value}")
    return lines
