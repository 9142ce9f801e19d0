"""Plain, immutable letter specifications: letterhead, sender and the letter itself.

These are the only inputs of the renderer (house-style.md R5: the worker gets plain immutable
values, never widgets or peewee rows). Sequence fields accept lists and are stored as tuples.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

FORMS = ("A", "B")
LANGUAGES = ("de", "en")
ESZETT_POLICIES = ("auto", "none", "text", "all")


def _freeze_sequences(obj: object) -> None:
    """Turn list/tuple-typed fields given as lists (or None) into tuples on a frozen dataclass."""
    for f in fields(obj):  # type: ignore[arg-type]
        if "tuple" in str(f.type):
            value = getattr(obj, f.name)
            if value is None:
                value = ()
            elif isinstance(value, str):
                value = (value,)
            object.__setattr__(obj, f.name, tuple(str(v) for v in value))


@dataclass(frozen=True)
class Letterhead:
    """The sending company: letterhead zone content and the legally required footer details."""

    company_name: str
    legal_form: str = ""  # "GmbH", "AG", "KG", "GmbH & Co. KG", "e.K.", "OG", "e.U.", "Einzelunternehmen"
    address_lines: tuple[str, ...] = ()  # street, "1010 Wien", optional country
    phone: str = ""
    email: str = ""
    web: str = ""
    logo_path: str | None = None  # PNG/JPG, scaled into the letterhead zone
    seat: str = ""  # Sitz der Gesellschaft
    register_court: str = ""  # "Amtsgericht München", "Handelsgericht Wien"
    register_number: str = ""  # "HRB 12345", "FN 123456 a", "CHE-123.456.789"
    vat_id: str = ""  # USt-IdNr. / UID
    managing_directors: tuple[str, ...] = ()  # GmbH: Geschäftsführer; AG: Vorstand
    supervisory_board_chair: str = ""
    owner_name: str = ""  # Inhaber (e.K., e.U., Einzelunternehmen)
    general_partner: str = ""  # GmbH & Co. KG: the Komplementär's name, form, seat, register
    bank_name: str = ""
    iban: str = ""
    bic: str = ""
    extra_footer_lines: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        """Store sequences as tuples so the letterhead stays hashable (it keys the PDF form cache)."""
        _freeze_sequences(self)


@dataclass(frozen=True)
class Sender:
    """The person who signs: name and function for the signature, contact data for the info block."""

    name: str = ""
    function: str = ""
    phone: str = ""
    email: str = ""
    reference: str = ""  # default "Unser Zeichen" when the letter has none


@dataclass(frozen=True)
class LetterSpec:
    """Everything needed to print one letter; rendering is a pure function of this value."""

    letterhead: Letterhead
    sender: Sender
    recipient_lines: tuple[str, ...]  # from the titles engine: company, Anrede, name, position
    postal_lines: tuple[str, ...]  # street, "1010 Wien", country line for abroad
    date: dt.date
    subject: str = ""
    salutation: str = ""  # without punctuation
    body: str = ""  # filled template text in the safe markup (see markup.py)
    form: str = "B"  # DIN 5008 form "A" or "B"
    country: str = "DE"  # "DE", "AT", "CH" or another ISO code (falls back to DE/GB conventions)
    language: str = "de"  # "de" or "en"
    return_line: str = ""  # Rücksendeangabe, one small line above the address
    remarks: tuple[str, ...] = ()  # Vermerke such as "Einschreiben", below the return line
    our_reference: str = ""  # "" → sender.reference
    your_reference: str = ""
    salutation_punctuation: str | None = None  # None → convention: DE/AT ",", CH "", en-GB ",", US ":"
    closing: str | None = None  # None → language/country default (locale_text.default_closing)
    signature_name: str = ""  # "" → sender.name
    signature_function: str = ""  # "" → sender.function
    enclosures: tuple[str, ...] = ()
    recipient_key: str = ""  # free string for the caller (e.g. person id); names per-recipient files
    recipient_name: str = ""  # page 2+ header; "" → derived from the address lines
    eszett: str = "auto"  # "auto" (CH: text), "none", "text" (subject/body/closing), "all" (also names)

    def __post_init__(self) -> None:
        """Validate the closed choices and store sequences as tuples."""
        _freeze_sequences(self)
        if self.form not in FORMS:
            raise ValueError(f"form must be one of {FORMS}, not {self.form!r}")
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {self.language!r}")
        if self.eszett not in ESZETT_POLICIES:
            raise ValueError(f"eszett must be one of {ESZETT_POLICIES}, not {self.eszett!r}")
        if not isinstance(self.date, dt.date):
            raise TypeError("date must be a datetime.date")
