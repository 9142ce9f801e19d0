"""Turning one mapped source row into an ImportRecord: names, titles, gender, addresses, phones, e-mails, dates.

Severity rule (documented in docs/guide/import-export.md): a value that cannot be stored as
written is an *error* and keeps the whole row out (wrong column count, unreadable date, unknown
country, a value longer than its field, no name at all); a value that can be stored but fails a
check is a *warning*: the row is imported with the value as written (an invalid e-mail address or
phone number, an unknown title word) and the data quality report lists it again later.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from crmdesk.domain.messages import QT_TRANSLATE_NOOP, msg
from crmdesk.io import fields
from crmdesk.io.records import ImportRecord
from crmdesk.io.values import (
    NoYear, clean_cell, country_code, formality_value, gender_value, language_value, parse_date, slash_order,
    split_salutation, split_tags,
)
from crmdesk.ops.imports import COMPANY_LIMITS, PERSON_LIMITS

_QUICK_EMAIL = re.compile(r"^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                          r"([A-Za-z]{2,63}))$")
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})
# templates used in loops that run for every row (built once here, filled only where a problem is found)
_TOO_LONG = QT_TRANSLATE_NOOP("ImportMessages", "{field} is too long ({length} characters; at most {limit}).")
_COMPANY_TOO_LONG = QT_TRANSLATE_NOOP("ImportMessages", "company {field} is too long ({length} characters; at most {limit}).")
_UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("ImportMessages", "letter language '{value}' is not known; left at the default.")
_UNKNOWN_FORMALITY = QT_TRANSLATE_NOOP("ImportMessages", "form of address '{value}' is not known; left at the default.")
# field names in "… is too long": the English is the key with blanks; the UI translates them
_FIELD_NAMES = {name.replace(" ", "_"): name for name in (
    QT_TRANSLATE_NOOP("ImportMessages", "first name"), QT_TRANSLATE_NOOP("ImportMessages", "last name"),
    QT_TRANSLATE_NOOP("ImportMessages", "name particle"), QT_TRANSLATE_NOOP("ImportMessages", "honorary title"),
    QT_TRANSLATE_NOOP("ImportMessages", "salutation override"), QT_TRANSLATE_NOOP("ImportMessages", "street"),
    QT_TRANSLATE_NOOP("ImportMessages", "postal code"), QT_TRANSLATE_NOOP("ImportMessages", "city"),
    QT_TRANSLATE_NOOP("ImportMessages", "private street"), QT_TRANSLATE_NOOP("ImportMessages", "private postal code"),
    QT_TRANSLATE_NOOP("ImportMessages", "private city"), QT_TRANSLATE_NOOP("ImportMessages", "phone business"),
    QT_TRANSLATE_NOOP("ImportMessages", "phone mobile"), QT_TRANSLATE_NOOP("ImportMessages", "phone private"),
    QT_TRANSLATE_NOOP("ImportMessages", "email business"), QT_TRANSLATE_NOOP("ImportMessages", "email private"),
    QT_TRANSLATE_NOOP("ImportMessages", "linkedin url"), QT_TRANSLATE_NOOP("ImportMessages", "xing url"),
    QT_TRANSLATE_NOOP("ImportMessages", "other url"), QT_TRANSLATE_NOOP("ImportMessages", "function title"),
    QT_TRANSLATE_NOOP("ImportMessages", "department"), QT_TRANSLATE_NOOP("ImportMessages", "name"),
    QT_TRANSLATE_NOOP("ImportMessages", "legal form"), QT_TRANSLATE_NOOP("ImportMessages", "po box"),
    QT_TRANSLATE_NOOP("ImportMessages", "phone"), QT_TRANSLATE_NOOP("ImportMessages", "fax"),
    QT_TRANSLATE_NOOP("ImportMessages", "email"), QT_TRANSLATE_NOOP("ImportMessages", "website"),
    QT_TRANSLATE_NOOP("ImportMessages", "vat id"),
)}


@dataclass(frozen=True)
class ImportOptions:
    """Choices that apply to the whole file."""

    default_country: str = "AT"  # for phone numbers of rows without a country, and for new companies
    slash_order: str = ""  # "DMY" / "MDY" for 24/12/1970; "" = detect from the file


@functools.lru_cache(maxsize=100_000)
def check_email(raw: str) -> tuple[str, str]:
    """normalise_email with a fast path for plain ASCII addresses (same result; tested against it)."""
    match = _QUICK_EMAIL.match(raw)
    if match and len(raw) <= 254 and raw.index("@") <= 64 and match.group(2).lower() not in _SPECIAL_TLDS:
        local = raw[:raw.index("@")]
        return f"{local}@{match.group(1).lower()}", ""
    from crmdesk.validation import normalise_email

    return normalise_email(raw)


@functools.lru_cache(maxsize=100_000)
def check_phone(raw: str, country: str) -> tuple[str, str]:
    """normalise_phone, remembered per (number, country): company switchboards repeat a lot."""
    from crmdesk.validation import normalise_phone

    return normalise_phone(raw, country)


class RowConverter:
    """Converts rows of one file with one mapping.

    Attributes: header, mapping (one target per column), options, _labels (column → its label
    column, for Google's numbered columns), _slash ("DMY"/"MDY" for slash dates in this file).
    """

    def __init__(self, header: list[str], mapping: list[str], options: ImportOptions | None = None,
                 rows: list[tuple[int, list[str]]] = ()):
        self.header, self.mapping = list(header), list(mapping) + [""] * (len(header) - len(mapping))
        self.options = options or ImportOptions()
        self._labels = {i: fields.label_column(header, i) for i, t in enumerate(self.mapping) if "labelled" in t}
        birthday_columns = [i for i, t in enumerate(self.mapping) if t == "birthday"]
        sample = [cells[i] for _line, cells in rows[:2000] for i in birthday_columns if i < len(cells)]
        self._slash = self.options.slash_order or slash_order(sample)

    def convert(self, line: int, cells: list[str]) -> ImportRecord:
        """The record for one row (errors and warnings included; never raises for bad content)."""
        record = ImportRecord(line=line)
        width = len(self.header)
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            record.errors.append(msg(QT_TRANSLATE_NOOP(
                "ImportMessages", "{count} columns instead of {width}: too many (check the delimiter and the quotes)."),
                count=len(cells), width=width))
            return record
        if len(cells) < width:
            record.errors.append(msg(QT_TRANSLATE_NOOP(
                "ImportMessages", "only {count} of {width} columns: too few (a line break or a missing delimiter?)."),
                count=len(cells), width=width))
            return record
        return build_record(line, self._values(cells), self.options, self._slash)

    def _values(self, cells: list[str]) -> dict[str, list[str]]:
        values: dict[str, list[str]] = defaultdict(list)
        for i, target in enumerate(self.mapping):
            text = clean_cell(cells[i]) if target else ""
            if not text:
                continue
            if "labelled" in target:
                label_at = self._labels.get(i)
                target = _by_label(target, cells[label_at] if label_at is not None else "")
            values[target].append(text)
        return values


def build_record(line: int, values: dict[str, list[str]], options: ImportOptions, slash: str = "DMY") -> ImportRecord:
    """An ImportRecord from target → cell texts (CSV rows and vCards both end here)."""
    record = ImportRecord(line=line)
    _Builder(record, values, options, slash).build()
    return record


def _by_label(target: str, label: str) -> str:
    """Google: 'Phone 1 - Value' with label 'Mobile' → phone_mobile, 'Work' → phone_business, ..."""
    key = label.casefold()
    work = any(w in key for w in ("work", "arbeit", "geschäft", "business", "büro"))
    home = any(w in key for w in ("home", "privat", "zuhause"))
    if target == "phone_labelled":
        if any(w in key for w in ("mobile", "mobil", "handy", "cell")):
            return "phone_mobile"
        return "phone_business" if work else "phone_private" if home else "phone_other"
    if target == "email_labelled":
        return "email_business" if work else "email_private" if home else "email_other"
    part = target.split(".", 1)[1]
    return f"private_{part}" if home else part


class _Builder:
    """Fills one ImportRecord from the row's values (one short method per group of fields)."""

    def __init__(self, record: ImportRecord, values: dict[str, list[str]], options: ImportOptions, slash: str):
        self.r, self.v, self.options, self.slash = record, values, options, slash
        self.p, self.c = record.person, record.company
        self.notes: list[str] = []

    def one(self, target: str) -> str:
        """All cells of a target joined by blanks."""
        return " ".join(self.v.get(target, ()))

    def build(self) -> None:
        """Fill the record group by group; a row without name and company is an error."""
        self.names()
        self.titles()
        self.company()
        self.addresses()
        self.phones()
        self.emails()
        self.web()
        self.personal()
        if self.notes:
            self.p["notes"] = "\n".join(self.notes)
        self.lengths()
        if not self.r.has_person and not self.c.get("name"):
            self.r.errors.append(QT_TRANSLATE_NOOP("ImportMessages", "no name and no company."))

    def names(self) -> None:
        """First (with middle), last name and particle; a full-name column is split when they are missing."""
        first = " ".join(x for x in (self.one("first_name"), self.one("middle_name")) if x)
        last, particle = self.one("last_name"), self.one("name_particle")
        if not (first or last) and self.one("full_name"):
            first, last = _split_full_name(self.one("full_name"), self)
        for key, value in (("first_name", first), ("last_name", last), ("name_particle", particle)):
            if value:
                self.p[key] = value

    def titles(self) -> None:
        """Gender from salutation/gender columns; titles split into before/after/honorary."""
        gender, rest = split_salutation(self.one("salutation"))
        if self.one("gender"):
            value = gender_value(self.one("gender"))
            if value is None:
                self.r.warnings.append(msg(QT_TRANSLATE_NOOP(
                    "ImportMessages", "gender '{value}' is not known (m, f, d; Herr, Frau, Divers)."), value=self.one("gender")))
            gender = value or gender
        if gender:
            self.p["gender"] = gender
        pre, post, honorary = [], [], [self.one("honorary_title")] if self.one("honorary_title") else []
        for text, unknown_after in ((" ".join(x for x in (rest, self.one("titles")) if x), False), (self.one("titles_post"), True)):
            if text:
                self._split(text, unknown_after, pre, post, honorary)
        if pre:
            self.p["titles_pre"] = pre
        if post:
            self.p["titles_post"] = post
        if honorary:
            self.p["honorary_title"] = " ".join(honorary)

    def _split(self, text: str, unknown_after: bool, pre: list, post: list, honorary: list) -> None:
        from crmdesk.domain.titles import split_titles
        from crmdesk.domain.titles_catalogue import load_catalogue

        gender, text = split_salutation(text)
        if gender and "gender" not in self.p:
            self.p["gender"] = gender
        t_pre, t_post, t_honorary, unknown = split_titles(text)
        pre += t_pre
        post += t_post
        honorary += [t_honorary] if t_honorary else []
        catalogue = load_catalogue()
        for token in unknown:
            match = catalogue.resolve(token)
            if match is not None and match.entry.kind in ("function", "position") and not self.r.function_title:
                self.r.function_title = token
                continue
            (post if unknown_after else pre).append(token)
            self.r.warnings.append(msg(QT_TRANSLATE_NOOP(
                "ImportMessages", "title '{title}' is not in the title catalogue; kept as written."), title=token))

    def company(self) -> None:
        """Company name and fields; function title and department of the employment."""
        name = self.one("company")
        if name:
            self.c["name"] = name
            for target, key in (("legal_form", "legal_form"), ("company_phone", "phone"), ("fax", "fax"),
                                ("company_email", "email"), ("company_website", "website"), ("vat_id", "vat_id")):
                if self.one(target):
                    self.c[key] = self.one(target)
        self.r.function_title = self.one("function_title") or self.r.function_title
        self.r.department = self.one("department")

    def addresses(self) -> None:
        """Business and private address; countries as ISO codes (unknown → error)."""
        for prefix in ("", "private_"):
            street = ", ".join(self.v.get(f"{prefix}street", []) + self.v.get(f"{prefix}street2", []))
            if street:
                self.p[f"{prefix}street"] = street
            for part in ("postal_code", "city"):
                if self.one(prefix + part):
                    self.p[prefix + part] = self.one(prefix + part)
            raw = self.one(prefix + "country")
            code = country_code(raw)
            if code is None:
                self.r.errors.append(msg(QT_TRANSLATE_NOOP(
                    "ImportMessages", "country '{value}' is not known (use a name like Österreich or a code like AT)."),
                    value=raw))
            elif code:
                self.p[prefix + "country"] = code
        if self.one("po_box"):
            self.c["po_box"] = self.one("po_box")

    def country(self) -> str:
        """The row's country for phone numbers (business, private, or the file's default)."""
        return self.p.get("country") or self.p.get("private_country") or self.options.default_country

    def phones(self) -> None:
        """Phone numbers normalised in the row's country (invalid → warning, kept as written)."""
        country = self.country()
        for key in ("phone_business", "phone_mobile", "phone_private"):
            for i, raw in enumerate(self.v.get(key, ())):
                self._phone(key if i == 0 else "phone_other", raw, country)
        for raw in self.v.get("phone_other", ()):
            self._phone("phone_other", raw, country)
        for key in ("phone", "fax"):
            if self.c.get(key):
                self.c[key] = self._checked_phone(self.c[key], country)

    def _checked_phone(self, raw: str, country: str) -> str:
        value, problem = check_phone(raw, country)
        if problem:
            self.r.warnings.append(msg(QT_TRANSLATE_NOOP("ImportMessages", "phone number {problem}"), problem=problem))
        return value

    def _phone(self, key: str, raw: str, country: str) -> None:
        value = self._checked_phone(raw, country)
        if key == "phone_other":
            key = next((k for k in ("phone_business", "phone_mobile", "phone_private") if not self.p.get(k)), "")
        if key and not self.p.get(key):
            self.p[key] = value
        elif value not in (self.p.get(k) for k in ("phone_business", "phone_mobile", "phone_private")):
            self.notes.append(f"Phone: {value}")

    def emails(self) -> None:
        """E-mail addresses normalised (invalid → warning, kept as written); extras go to the notes."""
        pending = [("email_business", e) for e in self.v.get("email_business", ())]
        pending += [("email_private", e) for e in self.v.get("email_private", ())]
        pending += [("email_other", e) for e in self.v.get("email_other", ())]
        for key, raw in pending:
            value, problem = check_email(raw)
            if problem:
                self.r.warnings.append(problem)
            if key == "email_other" or self.p.get(key):
                key = next((k for k in ("email_business", "email_private") if not self.p.get(k)), "")
            if key:
                self.p[key] = value
            elif value not in (self.p.get("email_business"), self.p.get("email_private")):
                self.notes.append(f"E-mail: {value}")
        if self.c.get("email"):
            self.c["email"] = check_email(self.c["email"])[0]

    def web(self) -> None:
        """Websites: LinkedIn and XING links to their fields, others to other_url."""
        urls = self.v.get("website", []) + self.v.get("linkedin_url", []) + self.v.get("xing_url", [])
        for url in urls:
            low = url.casefold()
            key = "linkedin_url" if "linkedin." in low else "xing_url" if "xing." in low else "other_url"
            if self.p.get(key):
                self.notes.append(f"Web: {url}")
            else:
                self.p[key] = url

    def personal(self) -> None:
        """Birthday, notes, tags, letter language, form of address, own salutation."""
        self._birthday()
        if self.v.get("notes"):
            self.notes.insert(0, "\n".join(self.v["notes"]))
        for text in self.v.get("tags", ()):
            self.r.tags.extend(t for t in split_tags(text) if t not in self.r.tags)
        for target, parse, unknown in (("language", language_value, _UNKNOWN_LANGUAGE),
                                       ("formality", formality_value, _UNKNOWN_FORMALITY)):
            raw = self.one(target)
            value = parse(raw)
            if value is None:
                self.r.warnings.append(msg(unknown, value=raw))
            elif value:
                self.p[target] = value
        if self.one("salutation_override"):
            self.p["salutation_override"] = self.one("salutation_override")

    def _birthday(self) -> None:
        raw = self.one("birthday")
        try:
            day = parse_date(raw, slash_order=self.slash)
        except NoYear:
            self.r.warnings.append(msg(QT_TRANSLATE_NOOP(
                "ImportMessages", "birthday '{value}' has no year and is not stored."), value=raw))
            return
        except ValueError:
            self.r.errors.append(msg(QT_TRANSLATE_NOOP(
                "ImportMessages", "birthday '{value}' is not a date (write 24.12.1970 or 1970-12-24)."), value=raw))
            return
        if day is not None:
            self.p["birthday"] = day

    def lengths(self) -> None:
        """Values longer than their column are errors (PostgreSQL would refuse them)."""
        for values, limits, template in ((self.p, PERSON_LIMITS, _TOO_LONG), (self.c, COMPANY_LIMITS, _COMPANY_TOO_LONG)):
            for key, value in values.items():
                limit = limits.get(key)
                if limit and isinstance(value, str) and len(value) > limit:
                    self.r.errors.append(msg(template, field=field_name(key), length=len(value), limit=limit))
        for key, limit in (("function_title", 200), ("department", 200)):
            value = getattr(self.r, key)
            if len(value) > limit:
                self.r.errors.append(msg(_TOO_LONG, field=field_name(key), length=len(value), limit=limit))
        for tag in self.r.tags:
            if len(tag) > 80:
                self.r.errors.append(msg(QT_TRANSLATE_NOOP(
                    "ImportMessages", "tag is too long ({length} characters; at most 80)."), length=len(tag)))


def field_name(key: str) -> str:
    """A field's name in messages: 'first_name' → 'first name' (a Message the UI translates where it knows it)."""
    return _FIELD_NAMES.get(key) or key.replace("_", " ")


def _split_full_name(text: str, builder: _Builder) -> tuple[str, str]:
    """'Huber, Franz' → ('Franz', 'Huber'); 'Herr Dr. Franz Huber' → titles and gender taken out, then last word = last name."""
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    gender, rest = split_salutation(text)
    if gender and "gender" not in builder.p:
        builder.p["gender"] = gender
    from crmdesk.domain.titles import split_titles

    words, titles = [], []
    for word in rest.split():
        pre, post, honorary, _unknown = split_titles(word)
        (titles if (pre or post or honorary) else words).append(word)
    if titles:
        builder.v["titles"] = builder.v.get("titles", []) + [" ".join(titles)]
    if len(words) <= 1:
        return "", " ".join(words)
    return " ".join(words[:-1]), words[-1]
