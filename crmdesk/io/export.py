"""Exporting persons or companies to CSV (German Excel), .xlsx and vCard, through the audited export operation.

CSV decision: semicolons and Windows-1252, which German Excel opens with a double click. When a
value holds a character Windows-1252 cannot (Łukasz, Dvořák, emoji), the whole file is written as
UTF-8 with a byte order mark instead (Excel 2016+ reads that too) and the result says so. Dates
are written as 24.12.1970. Every text cell that starts with = + - @, tab or CR gets a leading
single quote (OWASP "CSV injection"), so Excel shows it as text instead of running it; our importer
removes that quote again. In .xlsx every text is a string cell and can never become a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from crmdesk.io.values import escape_formula
from crmdesk.io.xlsx_export import Column, write_xlsx
from crmdesk.ops.base import Actor
from crmdesk.ops.exports import check_export, record_export
from crmdesk.queries import export_rows

FORMATS = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".vcf": "vcard"}
SALUTATION = {"m": "Herr", "f": "Frau", "d": "Divers"}
_get = itemgetter  # plain fields: C-speed getters (an export reads 3 million cells)


def _address(row: dict, key: str) -> str:
    """The business address part a letter uses: the person's own, else the company's."""
    if row["street"] or row["city"]:
        return row[key] or ""
    return (row.get("company_address") or {}).get(key, "") or ""


PERSON_COLUMNS: list[Column] = [
    Column("Anrede", lambda r: SALUTATION.get(r["gender"], ""), width=8),
    Column("Titel", lambda r: " ".join(r["titles_pre"]), width=12),
    Column("Vorname", _get("first_name"), width=16),
    Column("Namenszusatz", _get("name_particle"), width=10),
    Column("Nachname", _get("last_name"), width=18),
    Column("Titel nachgestellt", lambda r: ", ".join(r["titles_post"]), width=12),
    Column("Ehrentitel", _get("honorary_title"), width=12),
    Column("Firma", _get("company_name"), width=28),
    Column("Funktion", _get("function_title"), width=22),
    Column("Abteilung", lambda r: r.get("department", ""), width=16),
    Column("Straße", lambda r: _address(r, "street"), width=28),
    Column("PLZ", lambda r: _address(r, "postal_code"), width=8),
    Column("Ort", lambda r: _address(r, "city"), width=16),
    Column("Land", lambda r: _address(r, "country"), width=6),
    Column("Telefon", _get("phone_business"), width=18),
    Column("Mobil", _get("phone_mobile"), width=18),
    Column("Telefon privat", _get("phone_private"), width=18),
    Column("E-Mail", _get("email_business"), width=30),
    Column("E-Mail privat", _get("email_private"), width=30),
    Column("Straße privat", _get("private_street"), width=24),
    Column("PLZ privat", _get("private_postal_code"), width=8),
    Column("Ort privat", _get("private_city"), width=16),
    Column("Land privat", _get("private_country"), width=6),
    Column("Geburtstag", _get("birthday"), kind="date", width=12),
    Column("Sprache", _get("language"), width=8),
    Column("Anredeform", _get("formality"), width=8),
    Column("Briefanrede", _get("salutation_override"), width=24),
    Column("LinkedIn", _get("linkedin_url"), width=24),
    Column("XING", _get("xing_url"), width=24),
    Column("Website", _get("other_url"), width=24),
    Column("Tags", lambda r: ", ".join(r["tags"]), width=20),
    Column("Notizen", _get("notes"), width=40),
    Column("Letzter Kontakt", _get("last_contact_at"), kind="datetime", width=16),
]
COMPANY_COLUMNS: list[Column] = [
    Column("Firma", _get("name"), width=30), Column("Rechtsform", _get("legal_form"), width=10),
    Column("Straße", _get("street"), width=28), Column("Postfach", _get("po_box"), width=10),
    Column("PLZ", _get("postal_code"), width=8), Column("Ort", _get("city"), width=16),
    Column("Land", _get("country"), width=6), Column("Telefon", _get("phone"), width=18),
    Column("Telefon 2", _get("phone2"), width=18), Column("Fax", _get("fax"), width=18),
    Column("E-Mail", _get("email"), width=30), Column("E-Mail 2", _get("email2"), width=30),
    Column("Website", _get("website"), width=26), Column("UID", _get("vat_id"), width=16),
    Column("Firmenbuch", _get("register_number"), width=14), Column("Kategorie", _get("category"), width=8),
    Column("Status", _get("status"), width=10), Column("Tags", lambda r: ", ".join(r["tags"]), width=20),
    Column("Notizen", _get("notes"), width=40),
    Column("Letzter Kontakt", _get("last_contact_at"), kind="datetime", width=16),
]


@dataclass(frozen=True)
class ExportResult:
    """What was written: file, format, count, CSV encoding, and a note for the user ('' when none)."""

    path: str
    format: str
    count: int
    encoding: str = ""
    note: str = ""


def format_for(path: Path | str) -> str:
    """'csv', 'xlsx' or 'vcard' by the file name; ValueError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"Unknown export format '{suffix}': use .csv, .xlsx or .vcf.")
    return FORMATS[suffix]


def export_file(actor: Actor, path: Path | str, *, entity: str = "persons", ids: Iterable[int] | None = None,
                tag: str | None = None, encoding: str = "auto", should_stop: Callable[[], bool] | None = None,
                on_progress: Callable[[int, int], None] | None = None) -> ExportResult:
    """Export the persons/companies with *ids* (None or empty: all that are not deleted, optionally with *tag*)."""
    check_export(actor)
    fmt = format_for(path)
    ids = list(ids or [])
    if entity == "persons":
        total = len(ids) or len(export_rows.person_ids(tag=tag))
        rows = export_rows.iter_person_rows(ids or None, tag=tag)
    else:
        ids = ids or export_rows.company_ids(tag=tag)
        total, rows = len(ids), export_rows.iter_company_rows(ids)
    stop = should_stop or (lambda: False)
    progress = (lambda n: on_progress(n, total)) if on_progress else (lambda n: None)
    columns = PERSON_COLUMNS if entity == "persons" else COMPANY_COLUMNS
    if fmt == "xlsx":
        title = "Personen" if entity == "persons" else "Firmen"
        count = write_xlsx(path, title, columns, rows, should_stop=stop, on_row=progress)
        result = ExportResult(str(path), fmt, count)
    elif fmt == "csv":
        result = write_csv(path, columns, _watched(rows, stop, progress), encoding=encoding)
    else:
        result = write_vcard(path, entity, _watched(rows, stop, progress))
    record_export(actor, entity=entity, fmt=fmt, target=str(path), count=result.count)
    if on_progress:
        on_progress(total, total)
    return result


def _watched(rows: Iterable[dict], stop: Callable[[], bool], progress: Callable[[int], None]) -> Iterator[dict]:
    for n, row in enumerate(rows, start=1):
        if n % 1000 == 0:
            if stop():
                raise InterruptedError("export cancelled")
            progress(n)
        yield row


def csv_text(value) -> str:
    """A value as German Excel shows it: dates 24.12.1970, times 24.12.1970 14:30, the rest as text."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def write_csv(path: Path | str, columns: list[Column], rows: Iterable[dict], *, encoding: str = "auto") -> ExportResult:
    """Semicolon CSV with CRLF lines; 'auto' = Windows-1252, or UTF-8 with BOM when needed (see module doc)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    count = 0
    for count, row in enumerate(rows, start=1):
        writer.writerow([escape_formula(csv_text(c.get(row))) for c in columns])
    text, note = buffer.getvalue(), ""
    if encoding == "auto":
        try:
            data, encoding = text.encode("cp1252"), "cp1252"
        except UnicodeEncodeError as exc:
            data, encoding = text.encode("utf-8-sig"), "utf-8-sig"
            note = (f"Written as UTF-8 with BOM instead of Windows-1252: '{exc.object[exc.start]}' (line "
                    f"{text.count(chr(10), 0, exc.start) + 1}) and possibly other characters exist only in Unicode.")
    else:
        data = text.encode(encoding, errors="strict")
    _write_atomically(Path(path), data)
    return ExportResult(str(path), "csv", count, encoding, note)


def write_vcard(path: Path | str, entity: str, rows: Iterable[dict]) -> ExportResult:
    """One vCard 3.0 per person or company, all in one UTF-8 file."""
    from crmdesk.io.vcard import company_card, person_card, write_cards

    if entity == "persons":
        cards = (person_card(row, _display_name(row)) for row in rows)
    else:
        cards = (company_card(row) for row in rows)
    out = io.StringIO()
    count = write_cards(cards, out)
    _write_atomically(Path(path), out.getvalue().encode("utf-8"))
    return ExportResult(str(path), "vcard", count, "utf-8")


def _display_name(row: dict) -> str:
    from crmdesk.domain.titles import Recipient, display_name

    return display_name(Recipient(gender=row["gender"], first_name=row["first_name"], last_name=row["last_name"],
                                  name_particle=row["name_particle"], titles_pre=tuple(row["titles_pre"]),
                                  titles_post=tuple(row["titles_post"]), honorary_title=row["honorary_title"]))


def _write_atomically(path: Path, data: bytes) -> None:
    temp = path.with_name(path.name + ".part")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    finally:
        if temp.exists():
            temp.unlink()
