"""Reading an import file into a SourceTable: encoding, delimiter, binary refusal, line numbers.

CSV rules (reliability-and-ecosystem.md §C): the user's choice wins; otherwise a UTF-16 byte order
mark means UTF-16 (Excel "Unicode text"), then UTF-8 is tried *strictly* (with or without BOM:
Google, Excel "CSV UTF-8"), then Windows-1252 (Excel "CSV (Trennzeichen-getrennt)", Outlook). No
statistical guessing: it picks cp1250 for German text. The delimiter comes from the user, an
Excel "sep=" first line, csv.Sniffer over ; , and tab, or else the most frequent of them in the
header line. Line numbers are those of the file (the header is line 1), also for cells with line breaks.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from crmdesk.domain.messages import QT_TRANSLATE_NOOP, msg
from crmdesk.io.records import ERROR, Problem, SourceTable

DELIMITERS = ";,\t"
FIELD_LIMIT = 16 * 1024 * 1024
SIGNATURES = (
    (b"\x89PNG", QT_TRANSLATE_NOOP("ImportMessages", "a PNG image")),
    (b"%PDF", QT_TRANSLATE_NOOP("ImportMessages", "a PDF document")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("ImportMessages", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("ImportMessages", "a GIF image")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("ImportMessages",
                                       "a ZIP archive (for example an .xlsx or .docx file saved under another name)")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("ImportMessages",
                                               "an old Microsoft Office file (.xls/.doc); save it as CSV or .xlsx")),
    (b"SQLite format 3", QT_TRANSLATE_NOOP("ImportMessages", "a SQLite database")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("ImportMessages", "a program")),
    (b"MZ", QT_TRANSLATE_NOOP("ImportMessages", "a Windows program")),
)
ENCODING_NAMES = {"utf-8-sig": "UTF-8 (with BOM)", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16"}

csv.field_size_limit(FIELD_LIMIT)


def _fatal(kind: str, message: str, **extra) -> SourceTable:
    return SourceTable(kind=kind, problems=[Problem(0, message)], **extra)


def read_source(path: Path | str, *, encoding: str | None = None, delimiter: str | None = None) -> SourceTable:
    """Read a CSV/TXT or .xlsx file; never raises for bad content (problems are in the table)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _fatal("csv", msg(QT_TRANSLATE_NOOP("ImportMessages", "The file cannot be read: {reason}."),
                                 reason=str(exc.strerror or exc)))
    if path.suffix.lower() in (".xlsx", ".xlsm") and data.startswith(b"PK\x03\x04"):
        return read_xlsx_bytes(data)
    return read_csv_bytes(data, encoding=encoding, delimiter=delimiter)


def binary_kind(data: bytes) -> str:
    """What a file is when it is not text ('' for text)."""
    for magic, what in SIGNATURES:
        if data.startswith(magic):
            return what
    return ""


def decode(data: bytes, encoding: str | None = None) -> tuple[str | None, str, str]:
    """(text, encoding used, problem message): strict decoding, the user's encoding first."""
    if encoding:
        try:
            return data.decode(encoding), encoding, ""
        except LookupError:
            return None, encoding, msg(QT_TRANSLATE_NOOP("ImportMessages", "Unknown encoding '{encoding}'."), encoding=encoding)
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            return None, encoding, msg(QT_TRANSLATE_NOOP(
                "ImportMessages", "The file is not {encoding}: byte 0x{byte} on line {line} cannot be read."),
                encoding=encoding, byte=f"{data[exc.start]:02X}", line=line)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", ""
        except UnicodeDecodeError:
            return None, "utf-16", QT_TRANSLATE_NOOP("ImportMessages", "The file starts like UTF-16 but cannot be read as UTF-16.")
    if b"\x00" in data[:1 << 14]:
        return None, "", QT_TRANSLATE_NOOP(
            "ImportMessages", "The file contains NUL bytes: it is not a text file (or UTF-16 without a byte order mark).")
    for candidate in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        return text, "utf-8-sig" if candidate == "utf-8-sig" and data.startswith(b"\xef\xbb\xbf") else (
            "utf-8" if candidate == "utf-8-sig" else candidate), ""
    return None, "", QT_TRANSLATE_NOOP(
        "ImportMessages", "The file is neither UTF-8 nor Windows-1252; choose its encoding (for example latin-1 or mac-roman).")


def _looks_binary(text: str) -> bool:
    sample = text[:1 << 15]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\x0c")
    return bool(sample) and controls > max(2, len(sample) // 100)


SNIFF_SAMPLE, SNIFF_LINES, SNIFF_MAX = 1 << 14, 5, 1 << 16


def _sniff_sample(text: str) -> str:
    """The file's first 16 KB cut at a line end, but at least its first five lines (up to 64 KB).

    csv.Sniffer's regular expressions take time growing faster than the sample: 0.26 s for 64 KB of
    a plain 10,000-row export, 0.02 s for 16 KB, which still holds dozens of rows of any real export.
    """
    end = SNIFF_SAMPLE
    lines = text.count("\n", 0, end)
    while lines < SNIFF_LINES and end < min(len(text), SNIFF_MAX):
        nl = text.find("\n", end, SNIFF_MAX)
        if nl < 0:
            break
        end, lines = nl + 1, lines + 1
    sample = text[:end]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[:sample.rfind("\n")]
    return sample


def sniff_delimiter(text: str) -> str:
    """';', ',' or tab: csv.Sniffer over the first lines, checked against the header line."""
    sample = _sniff_sample(text)
    header = _first_record(sample)
    counts = {d: _count_outside_quotes(header, d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and counts.get(sniffed, 0) > 0:
        return sniffed
    best = max(DELIMITERS, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ";"


def _first_record(text: str) -> str:
    inside, end = False, len(text)
    for i, ch in enumerate(text):
        if ch == '"':
            inside = not inside
        elif ch in "\r\n" and not inside:
            end = i
            break
    return text[:end]


def _count_outside_quotes(line: str, delimiter: str) -> int:
    inside, count = False, 0
    for ch in line:
        if ch == '"':
            inside = not inside
        elif ch == delimiter and not inside:
            count += 1
    return count


def read_csv_bytes(data: bytes, *, encoding: str | None = None, delimiter: str | None = None) -> SourceTable:
    """Decode, detect the delimiter and split into header and rows with their line numbers."""
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        return _fatal("csv", QT_TRANSLATE_NOOP("ImportMessages", "The file is empty."))
    what = binary_kind(data)
    if what and not encoding:
        return _fatal("csv", msg(QT_TRANSLATE_NOOP("ImportMessages", "This is {what}, not a CSV file."), what=what))
    text, used, problem = decode(data, encoding)
    if text is None:
        return _fatal("csv", problem, encoding=used)
    if _looks_binary(text):
        return _fatal("csv", QT_TRANSLATE_NOOP("ImportMessages", "The file contains control characters: it is not a text file."),
                      encoding=used)
    text = text.lstrip("\ufeff")
    offset = 0
    first = text.split("\n", 1)[0].strip().strip('"')
    if first.lower().startswith("sep=") and len(first) == 5:
        delimiter = delimiter or first[4]
        text, offset = (text.split("\n", 1) + [""])[1], 1
    delimiter = delimiter or sniff_delimiter(text)
    table = SourceTable(kind="csv", encoding=used, delimiter=delimiter)
    _parse(text, delimiter, offset, table)
    return table


def _parse(text: str, delimiter: str, offset: int, table: SourceTable) -> None:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    previous = 0
    try:
        for cells in reader:
            start, previous = previous + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if not table.header:
                table.header = [cell.strip() for cell in cells]
            else:
                table.rows.append((start + offset, cells))
    except csv.Error as exc:
        table.problems.append(Problem(previous + 1 + offset, msg(QT_TRANSLATE_NOOP(
            "ImportMessages", "The file cannot be read from here on ({reason}); the lines after it were not read."),
            reason=str(exc)), ERROR))
    if not table.header:
        table.problems.append(Problem(0, QT_TRANSLATE_NOOP("ImportMessages", "The file is empty.")))
    elif not table.rows:
        table.problems.append(Problem(0, QT_TRANSLATE_NOOP("ImportMessages", "The file has a header line but no data rows.")))


# --- .xlsx ----------------------------------------------------------------------------------------

def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx_bytes(data: bytes) -> SourceTable:
    """The first worksheet of an .xlsx workbook as text cells (row numbers are Excel's)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any damage in the zip/xml is reported, not raised
        return _fatal("xlsx", msg(QT_TRANSLATE_NOOP("ImportMessages", "The workbook cannot be read: {reason}."), reason=str(exc)))
    table = SourceTable(kind="xlsx", encoding="xlsx")
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if not any(cell.strip() for cell in cells):
                continue
            if not table.header:
                table.header = [cell.strip() for cell in cells]
            else:  # a workbook row simply ends after its last filled cell
                table.rows.append((number, cells + [""] * (len(table.header) - len(cells))))
    finally:
        workbook.close()
    if not table.rows:
        table.problems.append(Problem(0, QT_TRANSLATE_NOOP("ImportMessages", "The workbook has no data rows.") if table.header
                                      else QT_TRANSLATE_NOOP("ImportMessages", "The workbook is empty.")))
    return table
