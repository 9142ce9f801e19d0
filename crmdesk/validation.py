"""Normalising and checking contact data with well-kept libraries (phonenumbers, email-validator, python-stdnum).

Each function returns (normalised value, error message or ""), so a dialog can show the message
next to the field and an importer can list it with the line number. Empty input is valid. The
messages are crmdesk.domain.messages.Message texts (English; the UI translates them).
"""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError

from crmdesk.domain.messages import QT_TRANSLATE_NOOP, msg

DEFAULT_REGION = "AT"


def normalise_phone(raw: str, country: str = DEFAULT_REGION) -> tuple[str, str]:
    """'0664 1234567' in AT → '+43 664 1234567' (international format); error for impossible numbers."""
    text = (raw or "").strip()
    if not text:
        return "", ""
    region = (country or DEFAULT_REGION).upper()
    try:
        number = phonenumbers.parse(text, region if region.isalpha() and len(region) == 2 else DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return text, msg(QT_TRANSLATE_NOOP("Validation", "'{value}' is not a phone number."), value=text)
    if not phonenumbers.is_possible_number(number):
        return text, msg(QT_TRANSLATE_NOOP("Validation", "'{value}' is not a possible phone number for {region}."),
                         value=text, region=region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL), ""


def phone_uri(value: str) -> str:
    """tel: link for a stored number (E.164 where parseable)."""
    try:
        number = phonenumbers.parse(value, DEFAULT_REGION)
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return "tel:" + "".join(ch for ch in value if ch.isdigit() or ch == "+")


def normalise_email(raw: str) -> tuple[str, str]:
    """Syntax check and normalisation (no DNS look-up); IDN domains are kept readable."""
    text = (raw or "").strip()
    if not text:
        return "", ""
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        return text, msg(QT_TRANSLATE_NOOP("Validation", "'{value}' is not a valid e-mail address: {reason}"),
                         value=text, reason=str(exc))
    return result.normalized, ""


def normalise_vat(raw: str) -> tuple[str, str]:
    """EU VAT / UID number with checksum (ATU13585627, DE136695976); Swiss CHE numbers pass through."""
    text = (raw or "").strip()
    if not text:
        return "", ""
    compact = text.replace(" ", "").replace(".", "").replace("-", "").upper()
    if compact.startswith("CHE"):
        from stdnum.ch import uid

        try:
            return uid.format(uid.validate(compact)), ""
        except StdnumError:
            return text, f"'{text}' is not a valid Swiss UID."
    try:
        return eu_vat.compact(eu_vat.validate(compact)), ""
    except StdnumError:
        return text, f"'{text}' is not a valid VAT/UID number (checksum or format)."
