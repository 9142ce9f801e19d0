"""Letter wording as data: month names, closings, enclosure words, page labels and info-block labels.

The language of a letter is a property of the letter, not of the UI (house-style.md R3), so the
wording lives here as plain tables rather than in Qt translations. Sources: titles-rules.md §0
(salutation punctuation), §3 ("Jänner", "Beilage"), §4 (R-CH-3 ß → ss, "Freundliche Grüsse"),
§5 (R-EN-1, R-EN-5: "Yours sincerely"/"Yours faithfully", US colon).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

MONTHS_DE: tuple[str, ...] = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)
# Austrian standard German: "Jänner" (titles-rules.md §3, conviva-plus). "Feber" is colloquial only.
MONTHS_AT: tuple[str, ...] = ("Jänner",) + MONTHS_DE[1:]
MONTHS_EN: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

# Default closing per (language, convention). Keep closings as data: the caller may pass any text.
CLOSINGS: dict[tuple[str, str], str] = {
    ("de", "DE"): "Mit freundlichen Grüßen",
    ("de", "AT"): "Mit freundlichen Grüßen",
    ("de", "CH"): "Freundliche Grüsse",  # R-CH-3: no ß in Swiss orthography
    ("en", "GB"): "Yours sincerely",  # named person (R-EN-5)
    ("en", "US"): "Sincerely",
}
# "Dear Sir or Madam" (no name) takes "Yours faithfully" in British English (R-EN-5).
EN_UNNAMED_SALUTATIONS: tuple[str, ...] = ("dear sir or madam", "dear sirs", "dear sir", "dear madam")
EN_UNNAMED_CLOSING = "Yours faithfully"
# Less formal English alternatives a template may choose explicitly.
EN_ALTERNATIVE_CLOSINGS: tuple[str, ...] = ("Kind regards", "Best regards", "Yours truly")

# DE "Anlage(n)"; AT and CH "Beilage(n)" (titles-rules.md §3 last bullet, conviva-plus).
ENCLOSURE_WORDS: dict[tuple[str, str], tuple[str, str]] = {
    ("de", "DE"): ("Anlage", "Anlagen"),
    ("de", "AT"): ("Beilage", "Beilagen"),
    ("de", "CH"): ("Beilage", "Beilagen"),
    ("en", "GB"): ("Enclosure", "Enclosures"),
    ("en", "US"): ("Enclosure", "Enclosures"),
}

PAGE_OF: dict[str, str] = {"de": "Seite {page} von {pages}", "en": "Page {page} of {pages}"}

# Salutation punctuation (titles-rules.md §0): DE comma, AT comma (or "!"), CH none, en-GB comma
# (none is also correct), en-US colon.
SALUTATION_PUNCTUATION: dict[tuple[str, str], str] = {
    ("de", "DE"): ",",
    ("de", "AT"): ",",
    ("de", "CH"): "",
    ("en", "GB"): ",",
    ("en", "US"): ":",
}

INFO_LABELS: dict[str, dict[str, str]] = {
    "de": {
        "your_reference": "Ihr Zeichen",
        "our_reference": "Unser Zeichen",
        "name": "Name",
        "phone": "Telefon",
        "email": "E-Mail",
        "date": "Datum",
    },
    "en": {
        "your_reference": "Your ref.",
        "our_reference": "Our ref.",
        "name": "Contact",
        "phone": "Phone",
        "email": "Email",
        "date": "Date",
    },
}

FOOTER_LABELS: dict[str, dict[str, str]] = {
    "de": {
        "seat": "Sitz",
        "legal_form": "Rechtsform",
        "vat": "USt-IdNr.",
        "directors": "Geschäftsführung",
        "board": "Vorstand",
        "chair": "Vorsitz Aufsichtsrat",
        "owner": "Inhaber/in",
        "partner": "Komplementär",
        "phone": "Tel.",
        "email": "E-Mail",
        "bank": "Bank",
    },
    "en": {
        "seat": "Registered office",
        "legal_form": "Legal form",
        "vat": "VAT ID",
        "directors": "Managing directors",
        "board": "Management board",
        "chair": "Chair of the supervisory board",
        "owner": "Owner",
        "partner": "General partner",
        "phone": "Phone",
        "email": "Email",
        "bank": "Bank",
    },
}
# Country wording of the VAT number label in German letters.
VAT_LABEL_DE: dict[str, str] = {"DE": "USt-IdNr.", "AT": "UID-Nr.", "CH": "UID/MWST-Nr."}


@dataclass(frozen=True)
class Conventions:
    """Everything a letter's wording depends on, resolved once per (language, country)."""

    language: str
    country: str  # resolved convention: DE/AT/CH for German, GB/US for English
    months: tuple[str, ...]
    closing: str
    enclosure_words: tuple[str, str]
    page_of: str
    salutation_punctuation: str
    info_labels: dict[str, str]
    footer_labels: dict[str, str]
    swiss_orthography: bool


def resolve_country(language: str, country: str) -> str:
    """Map a letter's country onto the convention table key (unknown countries fall back)."""
    country = (country or "").upper()
    if language == "en":
        return "US" if country == "US" else "GB"
    if country == "LI":  # Liechtenstein writes Swiss orthography (titles-rules.md R-CH-3)
        return "CH"
    return country if country in ("DE", "AT", "CH") else "DE"


@functools.cache
def conventions(language: str, country: str) -> Conventions:
    """The wording conventions for a letter in *language* from/for *country*."""
    language = language if language in ("de", "en") else "de"
    key_country = resolve_country(language, country)
    key = (language, key_country)
    footer = dict(FOOTER_LABELS[language])
    if language == "de":
        footer["vat"] = VAT_LABEL_DE.get(key_country, footer["vat"])
    if key == ("de", "CH"):  # a Swiss AG has no "Vorstand"; its executives are the Geschäftsleitung
        footer["board"] = "Geschäftsleitung"
    return Conventions(
        language=language,
        country=key_country,
        months=_months(language, key_country),
        closing=CLOSINGS[key],
        enclosure_words=ENCLOSURE_WORDS[key],
        page_of=PAGE_OF[language],
        salutation_punctuation=SALUTATION_PUNCTUATION[key],
        info_labels=INFO_LABELS[language],
        footer_labels=footer,
        swiss_orthography=key == ("de", "CH"),
    )


def _months(language: str, country: str) -> tuple[str, ...]:
    """Month names for a convention."""
    if language == "en":
        return MONTHS_EN
    return MONTHS_AT if country == "AT" else MONTHS_DE


def format_date(date: dt.date, language: str, country: str) -> str:
    """The letter date written out: "3. Jänner 2025" (AT), "3 January 2025" (GB), "January 3, 2025" (US)."""
    conv = conventions(language, country)
    month = conv.months[date.month - 1]
    if conv.language == "de":
        return f"{date.day}. {month} {date.year}"
    if conv.country == "US":
        return f"{month} {date.day}, {date.year}"
    return f"{date.day} {month} {date.year}"


def default_closing(language: str, country: str, salutation: str = "") -> str:
    """The closing formula when the letter does not set one (English depends on the salutation)."""
    conv = conventions(language, country)
    if conv.language == "en" and conv.country == "GB":
        if salutation.strip().rstrip(",:").lower() in EN_UNNAMED_SALUTATIONS:
            return EN_UNNAMED_CLOSING
    return conv.closing


def enclosure_heading(language: str, country: str, count: int) -> str:
    """ "Anlage"/"Anlagen" (DE), "Beilage"/"Beilagen" (AT, CH), "Enclosure(s)" (English)."""
    singular, plural = conventions(language, country).enclosure_words
    return singular if count == 1 else plural


def page_label(language: str, page: int, pages: int) -> str:
    """ "Seite 2 von 3" / "Page 2 of 3"."""
    template = PAGE_OF.get(language, PAGE_OF["de"])
    return template.format(page=page, pages=pages)


def swiss_spelling(text: str) -> str:
    """Swiss orthography: ß → ss, ẞ → SS (titles-rules.md R-CH-3)."""
    if "ß" not in text and "ẞ" not in text:
        return text
    return text.replace("ß", "ss").replace("ẞ", "SS")
