"""Benchmark: 1,000 personalised one-page letters into one PDF (synthetic specs, no database).

Run with: pytest tests/benchmarks/test_letters_benchmark.py --benchmark-only
Target (issue #4): median under 2.6 s on the 2-core reference machine, aim 1.5 s.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from crmdesk.letters import Letterhead, LetterSpec, Sender, render_letters
from crmdesk.letters.templates import LetterTemplate

LETTERS = 1000
TARGET_SECONDS = 2.6

FIRST = ["Anna", "Franz", "Eva", "Lukas", "Maria", "Johann", "Sophie", "Karl", "Lena", "Paul"]
LAST = ["Huber", "Gruber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer"]
STREETS = ["Kärntner Straße", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Wiedner Gürtel", "Praterstraße"]

TEMPLATE = LetterTemplate(
    name="Hausmesse", language="de", subject="Einladung zur Hausmesse 2025 – {company}",
    body=(
        "wir freuen uns, Ihnen mitteilen zu können, dass unsere **Zusammenarbeit** mit {company} im "
        "vergangenen Jahr *außerordentlich* erfolgreich war. Dafür möchten wir uns bei Ihnen, "
        "{title_name}, herzlich bedanken.\n\n"
        "Gerne laden wir Sie zu unserer Hausmesse am 14. März 2025 in Wien ein. Dort präsentieren wir "
        "Ihnen die neuesten Produkte unseres Sortiments und freuen uns auf ein persönliches Gespräch "
        "über Ihre Pläne für das kommende Jahr.\n\n"
        "Ihre persönliche Kundennummer lautet **{customer_no}**. Bitte geben Sie diese bei der Anmeldung "
        "an, damit wir Ihren Besuch gut vorbereiten können.\n\n"
        "Bitte bestätigen Sie Ihre Teilnahme bis Ende Februar per E-Mail oder telefonisch."
    ),
)

LETTERHEAD = Letterhead(
    company_name="Muster Handels GmbH", legal_form="GmbH", address_lines=("Kärntner Straße 12", "1010 Wien"),
    phone="+43 1 234 56 78", email="office@muster.at", web="www.muster.at", seat="Wien",
    register_court="Handelsgericht Wien", register_number="FN 123456 a", vat_id="ATU12345678",
    managing_directors=("Maria Muster", "Franz Beispiel"), bank_name="Erste Bank",
    iban="AT61 1904 3002 3457 3201", bic="GIBAATWWXXX",
)
SENDER = Sender(name="Maria Muster", function="Geschäftsführerin", phone="+43 1 234 56 78-12",
                email="maria.muster@muster.at", reference="MM/2025")


def synthetic_specs(count: int) -> list[LetterSpec]:
    """*count* personalised one-page Austrian letters built from the template."""
    specs = []
    for i in range(count):
        first, last = FIRST[i % 10], LAST[(i // 10) % 10]
        male = i % 2 == 0
        company = f"{last} & Partner KG Nr. {i}"
        title_name = f"{'Herr' if male else 'Frau'} Mag. {last}"
        filled = TEMPLATE.fill({"company": company, "title_name": title_name, "customer_no": f"K-{10000 + i}"})
        specs.append(LetterSpec(
            letterhead=LETTERHEAD, sender=SENDER, country="AT", date=dt.date(2025, 1, 15),
            recipient_lines=(company, "Herrn" if male else "Frau", f"Mag. {first} {last}"),
            postal_lines=(f"{STREETS[i % 5]} {i % 200 + 1}/{i % 9 + 1}", f"{1010 + (i % 23) * 10} Wien"),
            return_line="Muster Handels GmbH · Kärntner Straße 12 · 1010 Wien",
            subject=filled.subject, salutation=f"Sehr geehrte{'r Herr' if male else ' Frau'} Mag. {last}",
            body=filled.body, our_reference=f"MM/{i:04d}", recipient_key=f"person-{i}",
        ))
    return specs


@pytest.fixture(scope="module")
def specs() -> list[LetterSpec]:
    """The 1,000 synthetic letters (built once, outside the timing)."""
    return synthetic_specs(LETTERS)


def test_render_1000_letters_into_one_pdf(benchmark, specs) -> None:
    """1,000 personalised one-page letters render into one 1,000-page PDF within the target time."""
    def render() -> tuple[int, int]:
        summary = render_letters(specs, io.BytesIO())
        return summary.letters, summary.pages

    result = benchmark.pedantic(render, rounds=5, iterations=1, warmup_rounds=1)
    assert result == (LETTERS, LETTERS)
    assert benchmark.stats.stats.median < TARGET_SECONDS
