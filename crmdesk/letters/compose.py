"""From a recipient record and a template to a LetterSpec: address block, salutation, placeholders, DIN 5008
postal lines and the return line (pure: crmdesk.domain and crmdesk.letters only, no database).

Decisions, documented in docs-fragments/letters-app.md:

* **The salutation line is printed by the layout** from the titles engine (LetterSpec.salutation and
  its punctuation), above the body. A body that *starts* with ``{salutation}`` (the habit from word
  processors) has that first placeholder removed, so the salutation is never printed twice. Elsewhere
  in the text ``{salutation}`` gives the salutation with its punctuation ("Sehr geehrter Herr
  Kommerzialrat,").
* **Placeholder names** are identifiers (the template syntax allows no dots): the standard names of
  STANDARD_PLACEHOLDERS, ``{person_<field>}`` and ``{company_<field>}`` for the stored fields and
  ``{address_<field>}`` for the postal address the letter goes to (domain.letter_records).
* **Countries.** The titles engine follows the *recipient's* country (Austrian customs for Austrians);
  the layout, date and "abroad" follow the *sender's* country (LetterJob.country). The country line
  is printed only for abroad, in capitals, in the sender's language (UPU practice: "DEUTSCHLAND").
* **Style.** Persons marked "Du" get the informal salutation ("Lieber Franz"), everyone else the
  formal one; after a salutation without a comma (Switzerland, English, "!"), the body starts with
  a capital letter.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from crmdesk.domain.letter_records import (
    COUNTRY_NAMES, GERMAN_SPEAKING, LetterRecipient, PostalAddress, known_placeholders,
)
from crmdesk.domain.titles import Composition, Recipient, TitleSettings, compose, display_name
from crmdesk.letters import fonts
from crmdesk.letters.locale_text import format_date
from crmdesk.letters.markup import UnknownPlaceholderError, escape_markup, find_placeholders
from crmdesk.letters.spec import Letterhead, LetterSpec, Sender
from crmdesk.letters.templates import LetterTemplate

__all__ = [
    "ComposedLetter", "LetterContext", "LetterJob", "PreparedTemplate", "build_spec", "compose_letter",
    "composition_for", "country_name", "postal_lines", "prepare_template", "recipient_texts", "return_line", "strip_leading_salutation", "text_needs_check", "titles_recipient",
]

_LEADING_SALUTATION = re.compile(r"\A\s*\{salutation\}[ \t]*[,:;!]?[ \t]*(?:\r?\n[ \t]*)*")
_FIRST_LETTER = re.compile(r"\A([\s*]*)([^\W\d_])", re.UNICODE)
_DEFAULT_SETTINGS = TitleSettings()


@dataclass(frozen=True)
class LetterJob:
    """What every letter of one run shares: letterhead, sender, date, form, sender's country, title rules."""

    letterhead: Letterhead
    sender: Sender
    date: dt.date
    form: str = "B"
    country: str = "AT"  # the sender's country: layout conventions, date words, what counts as abroad
    settings: TitleSettings = field(default_factory=TitleSettings)
    our_reference: str = ""
    return_line: str | None = None  # None: built from the letterhead

    @functools.cached_property
    def resolved_return_line(self) -> str:
        """The return line printed above the address ("" when the letterhead has no address)."""
        return return_line(self.letterhead) if self.return_line is None else self.return_line

    @functools.cached_property
    def abroad_return_line(self) -> str:
        """The return line of letters going abroad: with the sender's country in capitals, so that an
        undeliverable letter finds its way back ("… · 1060 Wien · ÖSTERREICH")."""
        line = self.resolved_return_line
        if not line or self.return_line is not None:
            return line
        country = country_name(self.country, sender_country=self.country).upper()
        return line if line.endswith(country) else f"{line} · {country}"

    @functools.cached_property
    def eszett(self) -> str:
        """LetterSpec.eszett for this sender: Swiss senders write ss in the text unless switched off."""
        return "none" if self.country.upper() == "CH" and self.settings.swiss_eszett == "off" else "auto"


@dataclass(frozen=True)
class ComposedLetter:
    """One letter ready to print, with what the pre-flight report needs to know about it."""

    spec: LetterSpec
    composition: Composition  # recipient lines, salutation, titles-engine warnings
    values: Mapping[str, str]  # the placeholder values used (recipient data, for the text check)


class LetterContext:
    """The placeholder values of one letter, computed on demand (a template uses only a few).

    Attributes: recipient, composition, job, language, _person (the titles engine's Recipient), _cache.
    """

    def __init__(self, recipient: LetterRecipient, composition: Composition, job: LetterJob, language: str,
                 *, person: Recipient | None = None) -> None:
        self.recipient, self.composition, self.job, self.language = recipient, composition, job, language
        self._person = person
        self._cache: dict[str, str] = {}

    def value(self, name: str) -> str:
        """The text of placeholder *name*; KeyError for names that are not placeholders."""
        if name not in self._cache:
            self._cache[name] = self._compute(name)
        return self._cache[name]

    def values(self, names: Iterable[str]) -> dict[str, str]:
        """name → text for the known names among *names* (unknown names are left out, so filling
        the template raises UnknownPlaceholderError naming them)."""
        known = _known()
        return {name: self.value(name) for name in names if name in known}

    def _compute(self, name: str) -> str:
        standard = _STANDARD.get(name)
        if standard is not None:
            return standard(self)
        if name.startswith("address_"):
            return self._address_value(name[len("address_"):])
        if name not in _known():
            raise KeyError(name)
        value = self.recipient.fields.get(name) or ""
        if name == "person_birthday" and value:
            return format_date(dt.date.fromisoformat(value[:10]), self.language, self.job.country)
        return value

    def _salutation(self) -> str:
        c = self.composition
        return c.salutation + c.punctuation if c.salutation else ""

    def _name(self) -> str:
        return display_name(self._person or titles_recipient(self.recipient))

    def _address_value(self, part: str) -> str:
        address = self.recipient.address or PostalAddress()
        if part == "street":
            return address.street or address.po_box
        if part == "country":
            return country_name(address.country or self.job.country, sender_country=self.job.country)
        return getattr(address, part)


_STANDARD = {
    "salutation": LetterContext._salutation, "name": LetterContext._name,
    "first_name": lambda c: c.recipient.first_name, "last_name": lambda c: c.recipient.last_name,
    "company": lambda c: c.recipient.company, "function_title": lambda c: c.recipient.function_title,
    "our_name": lambda c: c.job.letterhead.company_name,
    "date": lambda c: format_date(c.job.date, c.language, c.job.country),
    "sender_name": lambda c: c.job.sender.name, "sender_function": lambda c: c.job.sender.function,
}


@functools.cache
def _known() -> frozenset[str]:
    return frozenset(known_placeholders())


# --- building letters ------------------------------------------------------------------------------

def titles_recipient(recipient: LetterRecipient) -> Recipient:
    """The titles engine's view of a recipient."""
    r = recipient
    return Recipient(gender=r.gender, first_name=r.first_name, last_name=r.last_name, name_particle=r.name_particle,
                     titles_pre=r.titles_pre, titles_post=r.titles_post, honorary_title=r.honorary_title,
                     function_title=r.function_title, company=r.company, salutation_override=r.salutation_override,
                     formality=r.formality)


@dataclass(frozen=True)
class PreparedTemplate:
    """A template checked and split once per run, so each letter only joins strings.

    subject_parts / body_parts: literal text (str) and placeholder names (1-tuples), in order.
    """

    language: str
    subject_parts: tuple[str | tuple[str], ...]
    body_parts: tuple[str | tuple[str], ...]
    names: tuple[str, ...]  # every placeholder used, in order of first use

    def fill(self, values: Mapping[str, str]) -> tuple[str, str]:
        """(subject, body) for one recipient; values are escaped for the safe markup in the body."""
        subject = "".join(p if isinstance(p, str) else values[p[0]] for p in self.subject_parts)
        body = "".join(p if isinstance(p, str) else escape_markup(values[p[0]]) for p in self.body_parts)
        return subject, body


_TOKENS = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _split(text: str) -> tuple[str | tuple[str], ...]:
    """Literal pieces and (name,) placeholders of a template text (already syntax-checked)."""
    parts: list[str | tuple[str]] = []
    position = 0
    for match in _TOKENS.finditer(text):
        parts.append(text[position:match.start()])
        parts.append((match.group(1),) if match.group(1) else match.group(0)[0])
        position = match.end()
    parts.append(text[position:])
    return tuple(p for p in parts if p != "")


def prepare_template(template: LetterTemplate, *, subject: str | None = None,
                     body: str | None = None) -> PreparedTemplate:
    """Check *template* (or the given subject/body texts instead of its own) and split it for filling.

    Raises TemplateSyntaxError for a stray brace and UnknownPlaceholderError naming every unknown
    placeholder, before anything is printed.
    """
    subject_text = template.subject if subject is None else subject
    body_text = strip_leading_salutation(template.body if body is None else body)
    names = tuple(dict.fromkeys(find_placeholders(subject_text) + find_placeholders(body_text)))
    unknown = tuple(name for name in names if name not in _known())
    if unknown:
        raise UnknownPlaceholderError(unknown)
    language = template.language if template.language in ("de", "en") else "de"
    return PreparedTemplate(language, _split(subject_text), _split(body_text), names)


def composition_for(recipient: LetterRecipient, job: LetterJob, language: str, *,
                    person: Recipient | None = None) -> Composition:
    """Address-block lines, salutation and warnings from the titles engine, by the recipient's country
    (the sender's when the address has none) and formality ("Du": informal)."""
    country = (recipient.address.country if recipient.address else "") or job.country
    style = "informal" if recipient.formality == "Du" else "formal"
    return compose(person or titles_recipient(recipient), country=country.upper(), language=language, style=style,
                   settings=job.settings)


def recipient_texts(recipient: LetterRecipient, names: Iterable[str] = ()) -> list[str]:
    """Every recipient text a letter may print: names, titles, company, address and the person_/company_
    fields among the placeholder *names* (input of the fast text check)."""
    r = recipient
    texts = [r.first_name, r.last_name, r.name_particle, r.honorary_title, r.function_title, r.company,
             r.salutation_override, *r.titles_pre, *r.titles_post]
    if r.address is not None:
        a = r.address
        texts += [a.street, a.po_box, a.postal_code, a.city]
    texts += [r.fields[name] for name in names if name in r.fields]
    return texts


def compose_letter(recipient: LetterRecipient, template: PreparedTemplate | LetterTemplate,
                   job: LetterJob) -> ComposedLetter:
    """The LetterSpec for *recipient* from a (prepared) template and the run's *job*.

    A plain LetterTemplate is prepared first (raising UnknownPlaceholderError or TemplateSyntaxError).
    """
    prepared = template if isinstance(template, PreparedTemplate) else prepare_template(template)
    person = titles_recipient(recipient)
    composition = composition_for(recipient, job, prepared.language, person=person)
    context = LetterContext(recipient, composition, job, prepared.language, person=person)
    values = {name: context.value(name) for name in prepared.names}
    subject, body = prepared.fill(values)
    spec = LetterSpec(
        letterhead=job.letterhead, sender=job.sender, recipient_lines=composition.address_lines,
        postal_lines=postal_lines(recipient.address, sender_country=job.country), date=job.date,
        subject=subject, salutation=composition.salutation, body=_capitalise_after(body, composition),
        form=job.form, country=job.country, language=prepared.language,
        return_line=job.abroad_return_line if _abroad(recipient, job) else job.resolved_return_line,
        our_reference=job.our_reference, salutation_punctuation=composition.punctuation,
        closing=composition.closing or None, recipient_key=f"person-{recipient.person_id}", eszett=job.eszett,
    )
    return ComposedLetter(spec, composition, values)


def _abroad(recipient: LetterRecipient, job: LetterJob) -> bool:
    """Whether the letter leaves the sender's country."""
    country = recipient.address.country if recipient.address else ""
    return bool(country) and country.upper() != job.country.upper()


def build_spec(recipient: LetterRecipient, template: LetterTemplate, *, letterhead: Letterhead, sender: Sender,
               date: dt.date, settings: TitleSettings | None = None, form: str = "B", country: str = "AT",
               subject: str | None = None, body: str | None = None) -> LetterSpec:
    """The LetterSpec of one letter (see compose_letter; a convenience for single letters and tests)."""
    job = LetterJob(letterhead, sender, date, form, country, settings or _DEFAULT_SETTINGS)
    return compose_letter(recipient, prepare_template(template, subject=subject, body=body), job).spec


def strip_leading_salutation(body: str) -> str:
    """The body without a leading ``{salutation}`` line: the layout prints the salutation itself."""
    return _LEADING_SALUTATION.sub("", body, count=1)


def _capitalise_after(body: str, composition: Composition) -> str:
    """After a salutation without comma (CH, English, "!") the text starts with a capital letter."""
    if not composition.salutation or composition.punctuation == ",":
        return body
    match = _FIRST_LETTER.match(body)
    if match is None or not match.group(2).islower() or match.group(2) == "ß":
        return body
    return body[:match.start(2)] + match.group(2).upper() + body[match.end(2):]


# --- address lines ---------------------------------------------------------------------------------

def postal_lines(address: PostalAddress | None, *, sender_country: str) -> tuple[str, ...]:
    """Street (or PO box), "1010 Wien", and for abroad the country in capitals (DIN 5008)."""
    if address is None:
        return ()
    sender = sender_country.upper()
    country = (address.country or sender).upper()
    language = "de" if sender in GERMAN_SPEAKING else "en"
    lines = []
    street, box = _one_line(address.street), _one_line(address.po_box)
    if street:
        lines.append(street)
    elif box:
        lines.append(f"{'Postfach' if language == 'de' else 'PO Box'} {box}" if box.replace(" ", "").isdigit() else box)
    postal_code, city = _one_line(address.postal_code), _one_line(address.city)
    if country in ("GB", "IE"):
        lines += [x for x in (city.upper() if country != sender else city, postal_code) if x]
    elif country in ("US", "CA", "AU"):
        lines.append(" ".join(x for x in (city, postal_code) if x))
    else:
        lines.append(" ".join(x for x in (postal_code, city) if x))
    if country != sender:
        lines.append(country_name(country, sender_country=sender).upper())
    return tuple(line for line in lines if line)


def _one_line(text: str) -> str:
    """Line breaks and runs of blanks inside a field become single spaces."""
    return " ".join((text or "").split())


def country_name(code: str, *, sender_country: str) -> str:
    """The country's name in the sender's language ("Deutschland" from Austria, "Germany" from the UK)."""
    code = (code or "").upper()
    german = sender_country.upper() in GERMAN_SPEAKING
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code][0 if german else 1]
    return _phonenumbers_name(code, "de" if german else "en") or code


@functools.cache
def _phonenumbers_name(code: str, language: str) -> str:
    """Country names of the phonenumbers package ("*aa" entries refer to the "aa" entry)."""
    try:
        from phonenumbers.geodata.locale import LOCALE_DATA
    except ImportError:  # pragma: no cover - phonenumbers is a dependency
        return ""
    names = LOCALE_DATA.get(code) or {}
    name = names.get(language) or names.get("en") or ""
    while name.startswith("*"):
        name = names.get(name[1:], "")
    return name


def return_line(letterhead: Letterhead) -> str:
    """The Rücksendeangabe: "Muster GmbH · Kärntner Straße 12 · 1010 Wien" (company, street, town)."""
    parts = [_one_line(letterhead.company_name)] + [_one_line(line) for line in letterhead.address_lines]
    return " · ".join(part for part in parts if part)


# --- fast text check -------------------------------------------------------------------------------

@functools.cache
def _safe_chars() -> frozenset[str]:
    """Latin characters every face prints as they are: text made only of these needs no pre-flight check."""
    faces = [fonts.charset(face) for face in fonts.FACES]
    candidates = [chr(cp) for cp in range(0x20, 0x250)] + list("–—‘’‚“”„•…€′″·")
    return frozenset(ch for ch in candidates
                     if all(ch in face for face in faces) and unicodedata.category(ch)[0] != "C"
                     and unicodedata.bidirectional(ch) not in ("R", "AL", "AN"))


def text_needs_check(texts: Iterable[str]) -> bool:
    """True unless every text consists of plainly printable Latin characters (then no glyph can be
    missing and nothing is right-to-left or invisible): the cheap first step of the pre-flight check."""
    safe = _safe_chars()
    for text in texts:
        if text and not ((text.isascii() and text.isprintable()) or safe.issuperset(text)):
            return True
    return False
