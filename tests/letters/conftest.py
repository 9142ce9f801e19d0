"""Shared fixtures for the letters tests: a sample letterhead, sender, spec factory and a PDF opener."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable, Iterator
from typing import Any

import pdfplumber
import pytest

from crmdesk.letters import Letterhead, LetterSpec, Sender

BODY = (
    "wir freuen uns, Ihnen mitteilen zu können, dass unsere **Zusammenarbeit** im vergangenen Jahr "
    "*außerordentlich* erfolgreich war.\n\n"
    "Gerne laden wir Sie zu unserer Hausmesse am 14. März ein. Dort präsentieren wir Ihnen die "
    "neuesten Produkte und freuen uns auf ein persönliches Gespräch.\n\n"
    "Bitte bestätigen Sie Ihre Teilnahme bis Ende Februar."
)


@pytest.fixture
def letterhead() -> Letterhead:
    """An Austrian GmbH letterhead with every footer field filled."""
    return Letterhead(
        company_name="Muster Handels GmbH", legal_form="GmbH",
        address_lines=("Kärntner Straße 12", "1010 Wien"), phone="+43 1 234 56 78",
        email="office@muster.at", web="www.muster.at", seat="Wien",
        register_court="Handelsgericht Wien", register_number="FN 123456 a", vat_id="ATU12345678",
        managing_directors=("Maria Muster", "Franz Beispiel"), bank_name="Erste Bank",
        iban="AT61 1904 3002 3457 3201", bic="GIBAATWWXXX",
    )


@pytest.fixture
def sender() -> Sender:
    """The signing person."""
    return Sender(name="Maria Muster", function="Geschäftsführerin", phone="+43 1 234 56 78-12",
                  email="maria.muster@muster.at", reference="MM/2025")


@pytest.fixture
def make_spec(letterhead: Letterhead, sender: Sender) -> Callable[..., LetterSpec]:
    """A factory for letter specs; keyword arguments override the defaults."""
    base = LetterSpec(
        letterhead=letterhead, sender=sender,
        recipient_lines=("Beispiel AG", "Frau", "Dr. Anna Schmidt"),
        postal_lines=("Hauptstraße 5", "80331 München"),
        date=dt.date(2025, 3, 3), subject="Einladung zur Hausmesse",
        salutation="Sehr geehrte Frau Dr. Schmidt", body=BODY, country="DE",
        return_line="Muster Handels GmbH · Kärntner Straße 12 · 1010 Wien",
    )

    def make(**overrides: Any) -> LetterSpec:
        return dataclasses.replace(base, **overrides)

    return make


@pytest.fixture
def open_pdf() -> Iterator[Callable[[bytes], pdfplumber.PDF]]:
    """Open PDF bytes with pdfplumber; closed after the test."""
    opened: list[pdfplumber.PDF] = []

    def open_(data: bytes) -> pdfplumber.PDF:
        pdf = pdfplumber.open(io.BytesIO(data))
        opened.append(pdf)
        return pdf

    yield open_
    for pdf in opened:
        pdf.close()


