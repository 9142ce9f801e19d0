"""Fixtures for the import/export tests: sample files written the way Excel, Outlook and Google write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from io_samples import GERMAN_HEADER, GERMAN_ROWS, GOOGLE_HEADER, GOOGLE_ROW, OUTLOOK_HEADER, OUTLOOK_ROW, write


@pytest.fixture
def german_cp1252(tmp_path) -> Path:
    """German Excel "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF."""
    return write(tmp_path / "kunden.csv", "\n".join([GERMAN_HEADER, *GERMAN_ROWS]) + "\n", "cp1252")


@pytest.fixture
def german_utf8_bom(tmp_path) -> Path:
    """Excel "CSV UTF-8": the same list with a byte order mark."""
    return write(tmp_path / "kunden-utf8.csv", "\n".join([GERMAN_HEADER, *GERMAN_ROWS]) + "\n", "utf-8-sig")


@pytest.fixture
def outlook_csv(tmp_path) -> Path:
    """An English Outlook contacts export (comma, quoted, Windows-1252)."""
    return write(tmp_path / "outlook.csv", OUTLOOK_HEADER + "\n" + OUTLOOK_ROW + "\n", "cp1252")


@pytest.fixture
def google_csv(tmp_path) -> Path:
    """A Google Contacts export (comma, UTF-8 without BOM, labelled columns)."""
    return write(tmp_path / "contacts.csv", GOOGLE_HEADER + "\n" + GOOGLE_ROW + "\n", "utf-8", "\n")
