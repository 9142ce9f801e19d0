"""Fixtures for the letters services tests: a complete Austrian letterhead, persons with addresses, PDF text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

LETTERHEAD = {
    "company_name": "Berger Handel GmbH", "legal_form": "GmbH",
    "address_lines": ["Mariahilfer Straße 47", "1060 Wien"], "phone": "+43 1 503 98 80",
    "email": "office@berger-handel.at", "web": "www.berger-handel.at", "seat": "Wien",
    "register_court": "Handelsgericht Wien", "register_number": "FN 412345 t", "vat_id": "ATU63456789",
    "managing_directors": ["Anna Berger"], "bank_name": "Erste Bank", "iban": "AT48 2011 1822 2084 3101",
    "bic": "GIBAATWWXXX",
}


@pytest.fixture
def letterhead(owner):
    """Store a complete Austrian letterhead and the letters settings (form B, Austria, logging on)."""
    from crmdesk.ops.settings import set_setting

    set_setting(owner, "letterhead", LETTERHEAD)
    set_setting(owner, "letters", {"form": "B", "country": "AT", "log_interactions": True})
    return LETTERHEAD


@pytest.fixture
def make_person(owner) -> Callable[..., int]:
    """Create a person with a Viennese business address; keyword arguments override the values."""
    from crmdesk.ops.contacts import create_person

    counter = iter(range(1, 10_000))

    def make(**values: Any) -> int:
        company_id = values.pop("company_id", None)
        tags = values.pop("tags", ())
        n = next(counter)
        data = {"gender": "f", "first_name": f"Eva{n}", "last_name": f"Muster{n}", "street": f"Gasse {n}",
                "postal_code": "1010", "city": "Wien", "country": "AT"}
        data.update(values)
        return create_person(owner, data, company_id=company_id, tags=tags)

    return make


@pytest.fixture
def kr_huber(make_person) -> int:
    """KR Mag. Franz Huber, MSc in Vienna (Austrian honorary title and grades)."""
    return make_person(gender="m", first_name="Franz", last_name="Huber", titles_pre=["Mag."], titles_post=["MSc"],
                       honorary_title="KR", street="Kärntner Straße 12", postal_code="1010", city="Wien")


@pytest.fixture
def read_pdf() -> Callable[[str | Path], list[str]]:
    """A function returning the text of every page of a PDF file."""
    def read(path: str | Path) -> list[str]:
        with pdfplumber.open(str(path)) as pdf:
            return [page.extract_text() or "" for page in pdf.pages]

    return read


PT_PER_MM = 72 / 25.4


@pytest.fixture
def read_left_column() -> Callable[[str | Path], list[str]]:
    """A function returning the lines of page 1 left of the information block (x < 120 mm): the
    return line, the address field, subject, salutation and text, without the info block beside them."""
    def read(path: str | Path) -> list[str]:
        with pdfplumber.open(str(path)) as pdf:
            page = pdf.pages[0]
            left = page.crop((0, 0, 120 * PT_PER_MM, page.height))
            return (left.extract_text() or "").splitlines()

    return read
