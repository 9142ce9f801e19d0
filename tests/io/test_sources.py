"""Reading import files: encodings, delimiters, line numbers, and files that are not CSV at all."""

from __future__ import annotations

import zlib

import pytest

from crmdesk.io.sources import read_csv_bytes, read_source, sniff_delimiter

from io_samples import GERMAN_HEADER, GERMAN_ROWS


def test_cp1252_semicolons_detected(german_cp1252):
    """German Excel's Windows-1252 file with semicolons is read with its umlauts intact."""
    table = read_source(german_cp1252)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.header[6] == "Straße" and table.rows[1][1][3] == "Müller"
    assert [line for line, _ in table.rows] == [2, 3, 4, 5]


def test_utf8_bom_detected(german_utf8_bom):
    """Excel "CSV UTF-8" is recognised by its byte order mark, and the BOM is not part of the first header."""
    table = read_source(german_utf8_bom)
    assert table.encoding == "utf-8-sig" and table.header[0] == "Anrede"


def test_utf8_without_bom_tried_before_cp1252():
    """UTF-8 without a BOM (Google) is read as UTF-8, not as Windows-1252 mojibake."""
    table = read_csv_bytes("Vorname,Nachname\nJürgen,Weiß\n".encode())
    assert table.encoding == "utf-8" and table.rows[0][1] == ["Jürgen", "Weiß"]


def test_utf16_unicode_text_with_tabs():
    """Excel "Unicode text" (UTF-16 with BOM, tab-separated) is read."""
    table = read_csv_bytes("Vorname\tNachname\r\nRenée\tGroß\r\n".encode("utf-16"))
    assert (table.encoding, table.delimiter) == ("utf-16", "\t") and table.rows[0][1] == ["Renée", "Groß"]


def test_user_encoding_wins_and_wrong_choice_is_reported():
    """A chosen encoding is used; bytes it cannot read are reported with their line."""
    data = "Vorname;Nachname\nJürgen;Weiß\n".encode("cp1252")
    assert read_csv_bytes(data, encoding="latin-1").rows[0][1] == ["Jürgen", "Weiß"]
    bad = read_csv_bytes(data, encoding="utf-8")
    assert bad.fatal and "line 2" in bad.problems[0].message


@pytest.mark.parametrize("text, expected", [
    ("a;b;c\n1;2;3\n", ";"), ("a,b,c\n1,2,3\n", ","), ("a\tb\tc\n1\t2\t3\n", "\t"),
    ('"Name, Vorname";Ort\n"Huber, Franz";Wien\n', ";"), ("Nachname\nHuber\n", ";"),
])
def test_delimiter_detection(text, expected):
    """Sniffer with ; , and tab, checked against the header line (commas inside quotes do not count)."""
    assert sniff_delimiter(text) == expected


def test_delimiter_sample_is_short_but_holds_whole_lines():
    """The sniffer reads 16 KB cut at a line end, or at least five whole lines when rows are long, so a
    large file is sniffed fast and a file of wide rows (long notes full of commas) is still read right."""
    from crmdesk.io.sources import _sniff_sample

    plain = "Vorname;Nachname;Ort\n" + "Anna;Huber;Wien\n" * 20_000
    sample = _sniff_sample(plain)
    assert 15_000 < len(sample) <= 1 << 14 and sample.endswith("Wien")
    wide = "Vorname;Nachname;Notiz\n" + "".join(f"Anna;Huber;{'ruft an, schreibt, kommt, ' * 300}{i}\n" for i in range(40))
    sample = _sniff_sample(wide)
    assert sample.count("\n") == 4 and len(sample) > 1 << 14 and sample.endswith("3")  # header and 4 rows
    assert sniff_delimiter(wide) == ";" and sniff_delimiter(plain) == ";"
    endless = "a;b\n" + "x" * 200_000  # one line longer than the largest sample: cut at the last line end
    assert _sniff_sample(endless) == "a;b" and sniff_delimiter(endless) == ";"


def test_excel_sep_line_and_user_delimiter():
    """Excel's 'sep=,' first line sets the delimiter; the header is then on line 2."""
    table = read_csv_bytes(b"sep=,\r\nVorname,Nachname\r\nAnna,Huber\r\n")
    assert table.delimiter == "," and table.rows == [(3, ["Anna", "Huber"])]
    assert read_csv_bytes(b"a|b\n1|2\n", delimiter="|").rows[0][1] == ["1", "2"]


def test_line_numbers_count_line_breaks_inside_cells():
    """A quoted cell with line breaks keeps the next rows' line numbers true to the file."""
    table = read_csv_bytes(b'Vorname;Notizen\nAnna;"eins\nzwei\ndrei"\nBert;x\n\nCarla;y\n')
    assert [line for line, _ in table.rows] == [2, 5, 7]


@pytest.mark.parametrize("data, word", [
    (b"", "empty"), (b"  \r\n\r\n", "empty"), (b"\xef\xbb\xbf", "empty"), (b"Vorname;Nachname\r\n", "no data rows"),
])
def test_empty_files(data, word):
    """Empty files and header-only files are refused with a clear message."""
    table = read_csv_bytes(data)
    assert table.fatal and word in table.problems[0].message


def test_png_renamed_to_csv(tmp_path):
    """A PNG saved as .csv is named for what it is."""
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + zlib.compress(b"\x00" * 64)
    path = tmp_path / "kunden.csv"
    path.write_bytes(png)
    table = read_source(path)
    assert table.fatal and "PNG image" in table.problems[0].message and not table.rows


def test_nul_bytes_and_control_characters_are_binary():
    """NUL bytes or many control characters mean: not a text file."""
    assert "NUL" in read_csv_bytes(b"a;b\n1;\x00\x002\n").problems[0].message
    noisy = bytes(range(1, 32)) * 50
    assert read_csv_bytes(b"a;b\n" + noisy).fatal


def test_undecodable_file_asks_for_the_encoding():
    """Bytes that are neither UTF-8 nor Windows-1252 (0x81) ask the user to choose."""
    table = read_csv_bytes(b"Vorname;Nachname\nA\x81;B\n")
    assert table.fatal and "choose its encoding" in table.problems[0].message


def test_xlsx_is_read_directly(tmp_path):
    """An .xlsx workbook is read with openpyxl: dates as ISO text, whole numbers without .0."""
    import datetime as dt

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(GERMAN_HEADER.split(";"))
    sheet.append(["Herr", "Dr.", "Franz", "Huber", "", "", "Ring 1", 1010, "Wien", "AT", "", "", "", dt.datetime(1970, 12, 24)])
    workbook.save(tmp_path / "liste.xlsx")
    table = read_source(tmp_path / "liste.xlsx")
    assert table.kind == "xlsx" and table.rows[0][0] == 2
    assert table.rows[0][1][7] == "1010" and table.rows[0][1][13] == "1970-12-24"


def test_damaged_xlsx_is_reported(tmp_path):
    """A broken workbook is a problem, not an exception."""
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04garbage" * 10)
    assert read_source(path).fatal


def test_many_rows_are_read(tmp_path):
    """100,000 rows are read with every line number."""
    body = "\n".join(f"Herr;;Franz{i};Huber;;;;;Wien;AT;;;;" for i in range(100_000))
    path = tmp_path / "gross.csv"
    path.write_text(GERMAN_HEADER + "\n" + body + "\n", encoding="cp1252")
    table = read_source(path)
    assert len(table.rows) == 100_000 and table.rows[-1][0] == 100_001
    assert len(GERMAN_ROWS) == 4
