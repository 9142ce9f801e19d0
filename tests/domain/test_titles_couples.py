"""Table-driven tests for couples and two recipients (R-ALL-4, R-AT-1, §0 couples)."""

from __future__ import annotations

import pytest

from crmdesk.domain.titles import Recipient, compose


def R(gender: str = "unknown", first: str = "", last: str = "", *, pre: tuple[str, ...] = (),
      hon: str = "", company: str = "", du: bool = False, override: str = "") -> Recipient:
    """Short constructor for the tables."""
    return Recipient(gender=gender, first_name=first, last_name=last, titles_pre=pre, honorary_title=hon,
                     company=company, formality="Du" if du else "Sie", salutation_override=override)


MANFRED = R("m", "Manfred", "Maier")
MARIA = R("f", "Maria", "Maier")

# rule, country, language, style, recipient, co_recipient, address lines, salutation
CASES = [
    ("R-ALL-4", "DE", "de", "formal", MANFRED, MARIA, ["Frau Maria Maier", "Herrn Manfred Maier"], "Sehr geehrte Frau Maier, sehr geehrter Herr Maier"),
    ("R-ALL-4", "DE", "de", "formal", MARIA, MANFRED, ["Frau Maria Maier", "Herrn Manfred Maier"], "Sehr geehrte Frau Maier, sehr geehrter Herr Maier"),
    ("R-ALL-4", "DE", "de", "formal", MARIA, R("m", "Manfred", "Maier", pre=("Dr.",)), ["Herrn Dr. Manfred Maier", "Frau Maria Maier"], "Sehr geehrter Herr Dr. Maier, sehr geehrte Frau Maier"),
    ("R-ALL-4", "DE", "de", "formal", MANFRED, R("f", "Maria", "Maier", pre=("Prof.",)), ["Frau Prof. Maria Maier", "Herrn Manfred Maier"], "Sehr geehrte Frau Professorin Maier, sehr geehrter Herr Maier"),
    ("R-ALL-4", "DE", "de", "formal", R("m", "Tom", "Huber"), R("f", "Eva", "Mayer"), ["Frau Eva Mayer", "Herrn Tom Huber"], "Sehr geehrte Frau Mayer, sehr geehrter Herr Huber"),
    ("R-ALL-4", "DE", "de", "formal", R("m", "Ullrich", "Klos", pre=("Dr.",)), R("f", "Ute", "Klos", pre=("Dr.",)), ["Frau Dr. Ute Klos", "Herrn Dr. Ullrich Klos"], "Sehr geehrte Frau Dr. Klos, sehr geehrter Herr Dr. Klos"),
    ("R-ALL-4", "DE", "de", "formal", R("m", "Tom", "Maier", company="Maier GmbH"), MARIA, ["Maier GmbH", "Frau Maria Maier", "Herrn Tom Maier"], "Sehr geehrte Frau Maier, sehr geehrter Herr Maier"),
    ("R-ALL-4", "DE", "de", "informal", R("m", "Manfred", "Maier", du=True), R("f", "Maria", "Maier", du=True), ["Frau Maria Maier", "Herrn Manfred Maier"], "Liebe Maria, lieber Manfred"),
    ("R-ALL-1", "DE", "de", "neutral", MANFRED, MARIA, ["Frau Maria Maier", "Herrn Manfred Maier"], "Sehr geehrte Damen und Herren"),
    ("R-ALL-2", "DE", "de", "formal", MANFRED, R("d", "Kim", "Brenner"), ["Herrn Manfred Maier", "Kim Brenner"], "Guten Tag, Herr Maier und Kim Brenner"),
    ("R-AT-1", "AT", "de", "formal", MANFRED, MARIA, ["Herrn Manfred Maier", "Frau Maria Maier"], "Sehr geehrter Herr Maier, sehr geehrte Frau Maier"),
    ("R-AT-1", "AT", "de", "formal", R("m", "Hans", "Berger", pre=("DI",)), R("f", "Eva", "Berger", pre=("Mag.",), hon="Hofrat"), ["Herrn DI Hans Berger", "Frau Hofrätin Mag. Eva Berger"], "Sehr geehrter Herr DI Berger, sehr geehrte Frau Hofrätin"),
    ("R-CH-1", "CH", "de", "formal", MANFRED, MARIA, ["Frau Maria Maier", "Herr Manfred Maier"], "Sehr geehrte Frau Maier, sehr geehrter Herr Maier"),
    ("R-EN-2", "DE", "en", "formal", MANFRED, MARIA, ["Ms Maria Maier", "Mr Manfred Maier"], "Dear Ms Maier and Mr Maier"),
    ("R-EN-4", "DE", "en", "formal", MANFRED, R("unknown", "Chris", "Miller"), ["Mr Manfred Maier", "Chris Miller"], "Dear Mr Maier and Chris Miller"),
]


@pytest.mark.parametrize("rule, country, language, style, first, second, lines, salutation", CASES,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(CASES)])
def test_two_recipients(rule: str, country: str, language: str, style: str, first: Recipient, second: Recipient,
                        lines: list[str], salutation: str) -> None:
    """Couples: one line per person, each addressed, rank/woman first (DE/CH) or as entered (AT) (row's rule ID)."""
    result = compose(first, co_recipient=second, country=country, language=language, style=style)
    assert (list(result.address_lines), result.salutation) == (lines, salutation), rule


def test_co_recipient_without_name_is_ignored() -> None:
    """R-ALL-1: a co-recipient without a name does not change a single-person letter."""
    alone = compose(MANFRED, country="DE")
    assert compose(MANFRED, co_recipient=Recipient(), country="DE") == alone


def test_company_with_contact_person() -> None:
    """R-DE-11: a company record plus a contact person gives company line first, then the person."""
    result = compose(Recipient(company="ACME GmbH"), co_recipient=MARIA, country="DE")
    assert (result.address_lines, result.salutation) == (("ACME GmbH", "Frau", "Maria Maier"), "Sehr geehrte Frau Maier")


def test_per_person_override_in_couple() -> None:
    """Issue #3: each person's manual override replaces that person's part of the salutation."""
    result = compose(R("m", "Franz", "Huber", override="Lieber Franz"), co_recipient=R("f", "Eva", "Huber"),
                     country="AT")
    assert result.salutation == "Lieber Franz, sehr geehrte Frau Huber"


def test_couple_never_says_herr_und_frau() -> None:
    """R-ALL-4: never the wrong "Sehr geehrter Herr und Frau X"."""
    assert "Herr und Frau" not in compose(MANFRED, co_recipient=MARIA, country="DE").salutation
