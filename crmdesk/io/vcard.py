"""vCard files with vobject: read 2.1 (Outlook, quoted-printable), 3.0 and 4.0; write 3.0, many cards per file.

Reading cuts the file into BEGIN:VCARD … END:VCARD blocks first, so that each card carries its
line number and one broken card is reported without losing the others. Quoted-printable soft line
breaks (Outlook 2.1: a line ending in '=') are joined before vobject sees them; 4.0 `tel:` URIs
are turned back into plain numbers. Each card becomes target → values and goes through the same
RowConverter rules as a CSV row (titles, gender, phones, e-mails, dates, countries).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from crmdesk.domain.messages import QT_TRANSLATE_NOOP, msg
from crmdesk.io.convert import ImportOptions, build_record
from crmdesk.io.records import ImportRecord, Problem
from crmdesk.io.sources import binary_kind, decode

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.I)
_END = re.compile(r"^END:VCARD\s*$", re.I)
_QP = re.compile(r"^[^:]*QUOTED-PRINTABLE[^:]*:", re.I)
_TEXT_21 = re.compile(r"^(NOTE|FN|TITLE|ROLE|LABEL|URL|X-[A-Z0-9-]+)([;:])", re.I)


def read_vcard_file(path: Path | str, *, encoding: str | None = None,
                    options: ImportOptions | None = None) -> tuple[list[ImportRecord], list[Problem]]:
    """All cards of a file as records, plus file-level problems (empty, binary, unreadable)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return [], [Problem(0, msg(QT_TRANSLATE_NOOP("ImportMessages", "The file cannot be read: {reason}."),
                                   reason=str(exc.strerror or exc)))]
    if not data.strip():
        return [], [Problem(0, QT_TRANSLATE_NOOP("ImportMessages", "The file is empty."))]
    if binary_kind(data):
        return [], [Problem(0, msg(QT_TRANSLATE_NOOP("ImportMessages", "This is {what}, not a vCard file."),
                                   what=binary_kind(data)))]
    text, _used, problem = decode(data, encoding)
    if text is None:
        return [], [Problem(0, problem)]
    return read_vcards(text, options=options)


def read_vcards(text: str, *, options: ImportOptions | None = None) -> tuple[list[ImportRecord], list[Problem]]:
    """Parse every card of *text*; a card vobject cannot read is an error on its first line."""
    import vobject

    options = options or ImportOptions()
    records, problems = [], []
    for line, block in _blocks(text.lstrip("\ufeff")):
        try:
            card = vobject.readOne(block)
        except Exception as exc:  # noqa: BLE001 - vobject raises several types for bad input
            error = msg(QT_TRANSLATE_NOOP("ImportMessages", "the vCard cannot be read: {reason}"), reason=str(exc))
            records.append(ImportRecord(line=line, errors=[error]))
            continue
        records.append(build_record(line, card_values(card), options))
    if not records:
        problems.append(Problem(0, QT_TRANSLATE_NOOP("ImportMessages", "The file contains no vCard (BEGIN:VCARD … END:VCARD).")))
    return records, problems


def _blocks(text: str) -> Iterable[tuple[int, str]]:
    """(line number, text) of each card, with quoted-printable soft line breaks joined."""
    start, lines = 0, []
    for number, raw in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(raw):
            start, lines = number, [raw]
        elif start:
            if lines and _QP.match(lines[-1]) and lines[-1].endswith("="):
                lines[-1] = lines[-1][:-1] + raw
            else:
                lines.append(raw)
            if _END.match(raw):
                yield start, _escape_21("\r\n".join(lines) + "\r\n")
                start, lines = 0, []
    if start:
        yield start, _escape_21("\r\n".join(lines + ["END:VCARD"]) + "\r\n")


def _escape_21(block: str) -> str:
    """vCard 2.1 text values do not escape commas and backslashes (3.0 does, and vobject reads them as 3.0)."""
    if not re.search(r"^VERSION:\s*2\.1\s*$", block, re.I | re.M):
        return block
    lines = []
    for line in block.split("\r\n"):
        if _TEXT_21.match(line) and ":" in line:
            head, value = line.split(":", 1)
            line = head + ":" + value.replace("\\", "\\\\").replace(",", "\\,")
        lines.append(line)
    return "\r\n".join(lines)


def _types(prop) -> set[str]:
    found = set()
    for value in prop.params.get("TYPE", []) + list(getattr(prop, "singletonparams", [])):
        found |= {t.strip().strip('"').casefold() for t in str(value).split(",")}
    return found


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value if v)
    return str(value or "").strip()


def card_values(card) -> dict[str, list[str]]:
    """target → texts for one vobject card (the same targets a CSV mapping uses)."""
    values: dict[str, list[str]] = defaultdict(list)
    children = list(card.getChildren())
    for prop in children:
        reader = _READERS.get(prop.name.upper())
        if reader is not None:
            reader(prop, values)
    if not (values.get("first_name") or values.get("last_name")):
        fn = next((_text(p.value) for p in children if p.name.upper() == "FN"), "")
        if fn and fn not in values.get("company", []):
            values["full_name"].append(fn)
    particle = next((_text(p.value) for p in children if p.name.upper() == "X-CRMDESK-NAME-PARTICLE"), "")
    if particle and values.get("last_name") and values["last_name"][0].startswith(particle + " "):
        values["last_name"][0] = values["last_name"][0][len(particle) + 1:]
        values["name_particle"].append(particle)
    return values


def _read_n(prop, values) -> None:
    name = prop.value
    for attr, target in (("family", "last_name"), ("given", "first_name"), ("additional", "middle_name"),
                         ("prefix", "salutation"), ("suffix", "titles_post")):
        text = _text(getattr(name, attr, ""))
        if text:
            values[target].append(text)


def _read_org(prop, values) -> None:
    parts = prop.value if isinstance(prop.value, list) else [prop.value]
    if parts and _text(parts[0]):
        values["company"].append(_text(parts[0]))
    if len(parts) > 1 and _text(parts[1:]):
        values["department"].append(_text(parts[1:]))


def _read_tel(prop, values) -> None:
    number = _text(prop.value)
    if number.lower().startswith("tel:"):
        number = number[4:].split(";", 1)[0]
    types = _types(prop)
    if "fax" in types:
        target = "fax"
    elif types & {"cell", "mobile"}:
        target = "phone_mobile"
    elif "work" in types:
        target = "phone_business"
    elif "home" in types:
        target = "phone_private"
    else:
        target = "phone_other"
    if number:
        values[target].append(number)


def _read_email(prop, values) -> None:
    types = _types(prop)
    target = "email_private" if "home" in types else "email_business" if "work" in types else "email_other"
    if _text(prop.value):
        values[target].append(_text(prop.value))


def _read_adr(prop, values) -> None:
    adr = prop.value
    prefix = "private_" if "home" in _types(prop) else ""
    street = ", ".join(p for p in (re.sub(r"\s*[\r\n]+\s*", ", ", _text(adr.street)), _text(adr.extended)) if p)
    for target, text in (("street", street), ("postal_code", _text(adr.code)), ("city", _text(adr.city)),
                         ("country", _text(adr.country))):
        if text and not values.get(prefix + target):
            values[prefix + target].append(text)
    if _text(adr.box) and not prefix:
        values["po_box"].append(_text(adr.box))


def _simple(target: str) -> Callable:
    def read(prop, values) -> None:
        """Append the property's text to *target*."""
        text = _text(prop.value)
        if text:
            values[target].append(text)
    return read


def _read_categories(prop, values) -> None:
    values["tags"].append(", ".join(str(v) for v in (prop.value if isinstance(prop.value, list) else [prop.value])))


def _read_gender(prop, values) -> None:
    code = _text(prop.value).split(";", 1)[0].strip().upper()
    gender = {"M": "m", "F": "f", "O": "d", "N": "unknown", "U": "unknown"}.get(code)
    if gender and not values.get("gender"):
        values["gender"].append(gender)


_READERS = {
    "N": _read_n, "ORG": _read_org, "TEL": _read_tel, "EMAIL": _read_email, "ADR": _read_adr,
    "TITLE": _simple("function_title"), "ROLE": _simple("function_title"), "BDAY": _simple("birthday"),
    "NOTE": _simple("notes"), "URL": _simple("website"), "X-SOCIALPROFILE": _simple("website"),
    "CATEGORIES": _read_categories, "GENDER": _read_gender, "X-GENDER": _read_gender,
}


# --- writing -------------------------------------------------------------------------------------

def country_name(code: str) -> str:
    """'AT' → 'Österreich' (German name for the ADR country field; the code when unknown)."""
    try:
        from phonenumbers.geodata.locale import LOCALE_DATA
    except ImportError:  # pragma: no cover
        return code
    names = LOCALE_DATA.get(code or "", {})
    name = names.get("de", "")
    return (names.get(name[1:], "") if name.startswith("*") else name) or code


def person_card(row: dict, display_name: str):
    """A vobject vCard 3.0 for one export row (crmdesk.queries.export_rows)."""
    import vobject

    card = vobject.vCard()
    last = " ".join(p for p in (row["name_particle"], row["last_name"]) if p)
    prefix = " ".join(p for p in (row["honorary_title"], " ".join(row["titles_pre"])) if p)
    card.add("n").value = vobject.vcard.Name(family=last, given=row["first_name"], prefix=prefix,
                                             suffix=", ".join(row["titles_post"]))
    card.add("fn").value = display_name or last or row["first_name"] or "?"
    if row["name_particle"]:
        card.add("x-crmdesk-name-particle").value = row["name_particle"]
    if row["gender"] in ("m", "f", "d"):
        card.add("x-gender").value = {"m": "M", "f": "F", "d": "O"}[row["gender"]]
    if row["company_name"]:
        card.add("org").value = [row["company_name"]] + ([row["department"]] if row.get("department") else [])
    if row["function_title"]:
        card.add("title").value = row["function_title"]
    _add_contacts(card, row)
    _add_address(card, "work", _business_address(row))
    _add_address(card, "home", {k: row[f"private_{k}"] for k in ("street", "postal_code", "city", "country")})
    _add_extras(card, row)
    return card


def _business_address(row: dict) -> dict:
    own = {k: row[k] for k in ("street", "postal_code", "city", "country")}
    if own["street"] or own["city"]:
        return own
    company = row.get("company_address") or {}
    return {k: company.get(k, "") for k in ("street", "postal_code", "city", "country", "po_box")}


def _add_contacts(card, row: dict) -> None:
    for key, types in (("phone_business", ["WORK", "VOICE"]), ("phone_mobile", ["CELL"]), ("phone_private", ["HOME", "VOICE"])):
        if row[key]:
            tel = card.add("tel")
            tel.value, tel.type_param = row[key], types
    for key, types in (("email_business", ["INTERNET", "WORK"]), ("email_private", ["INTERNET", "HOME"])):
        if row[key]:
            mail = card.add("email")
            mail.value, mail.type_param = row[key], types


def _add_address(card, kind: str, parts: dict) -> None:
    import vobject

    if not any(parts.get(k) for k in ("street", "postal_code", "city")):
        return
    adr = card.add("adr")
    adr.value = vobject.vcard.Address(street=parts.get("street", ""), city=parts.get("city", ""),
                                      code=parts.get("postal_code", ""), country=country_name(parts.get("country", "")),
                                      box=parts.get("po_box", "") or "")
    adr.type_param = [kind.upper()]


def _add_extras(card, row: dict) -> None:
    if row["birthday"]:
        card.add("bday").value = row["birthday"].isoformat() if isinstance(row["birthday"], dt.date) else str(row["birthday"])
    if row["other_url"]:
        card.add("url").value = row["other_url"]
    for key, kind in (("linkedin_url", "linkedin"), ("xing_url", "xing")):
        if row[key]:
            social = card.add("x-socialprofile")
            social.value, social.type_param = row[key], kind
    if row["notes"]:
        card.add("note").value = row["notes"]
    if row.get("tags"):
        card.add("categories").value = list(row["tags"])
    card.add("uid").value = str(uuid.uuid5(uuid.NAMESPACE_URL, f"crmdesk:person:{row['id']}"))


def company_card(row: dict):
    """A vobject vCard 3.0 for a company (ORG, address, phones; X-ABSHOWAS:COMPANY for Apple Contacts)."""
    import vobject

    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family="", given="")
    card.add("fn").value = row["name"] or "?"
    card.add("org").value = [row["name"]]
    card.add("x-abshowas").value = "COMPANY"
    for key, types in (("phone", ["WORK", "VOICE"]), ("phone2", ["WORK", "VOICE"]), ("fax", ["WORK", "FAX"])):
        if row[key]:
            tel = card.add("tel")
            tel.value, tel.type_param = row[key], types
    for key in ("email", "email2"):
        if row[key]:
            mail = card.add("email")
            mail.value, mail.type_param = row[key], ["INTERNET", "WORK"]
    _add_address(card, "work", {k: row[k] for k in ("street", "postal_code", "city", "country", "po_box")})
    if row["website"]:
        card.add("url").value = row["website"]
    if row["notes"]:
        card.add("note").value = row["notes"]
    if row.get("tags"):
        card.add("categories").value = list(row["tags"])
    card.add("uid").value = str(uuid.uuid5(uuid.NAMESPACE_URL, f"crmdesk:company:{row['id']}"))
    return card


def write_cards(cards: Iterable, out: IO[str]) -> int:
    """Serialise cards one after the other (UTF-8 text, CRLF lines as vobject writes them); returns the count."""
    count = 0
    for card in cards:
        out.write(card.serialize())
        count += 1
    return count
