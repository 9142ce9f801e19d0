"""Table-driven tests of English letters (R-EN-1 … R-EN-7) to recipients in DE, AT and CH."""

from __future__ import annotations

import pytest

from crmdesk.domain.titles import Recipient, TitleSettings, compose

US = TitleSettings(english_variant="en-US")


def R(gender: str = "unknown", first: str = "", last: str = "", *, pre: tuple[str, ...] = (),
      post: tuple[str, ...] = (), hon: str = "", fn: str = "", company: str = "", particle: str = "",
      du: bool = False) -> Recipient:
    """Short constructor for the tables."""
    return Recipient(gender=gender, first_name=first, last_name=last, name_particle=particle, titles_pre=pre,
                     titles_post=post, honorary_title=hon, function_title=fn, company=company,
                     formality="Du" if du else "Sie")


# rule, country, language, recipient, address lines, salutation, punctuation
CASES = [
    ("R-EN-2", "DE", "en", R("f", "Anna", "Berger"), ["Ms Anna Berger"], "Dear Ms Berger", ""),
    ("R-EN-1", "DE", "en", R("m", "Franz", "Huber"), ["Mr Franz Huber"], "Dear Mr Huber", ""),
    ("R-EN-1", "AT", "en", R("m", "Franz", "Huber"), ["Mr Franz Huber"], "Dear Mr Huber", ""),
    ("R-EN-1", "CH", "en", R("f", "Anna", "Keller"), ["Ms Anna Keller"], "Dear Ms Keller", ""),
    ("R-EN-1", "DE", "en-US", R("m", "Franz", "Huber"), ["Mr. Franz Huber"], "Dear Mr. Huber", ":"),
    ("R-EN-1", "AT", "en-US", R("f", "Anna", "Huber"), ["Ms. Anna Huber"], "Dear Ms. Huber", ":"),
    ("R-EN-1", "DE", "en-GB", R("f", "Anna", "Huber"), ["Ms Anna Huber"], "Dear Ms Huber", ""),
    ("R-EN-3", "DE", "en", R("m", "Franz", "Huber", pre=("Dr.",)), ["Dr Franz Huber"], "Dear Dr Huber", ""),
    ("R-EN-3", "DE", "en-US", R("m", "Franz", "Huber", pre=("Dr.",)), ["Dr. Franz Huber"], "Dear Dr. Huber", ":"),
    ("R-EN-3", "DE", "en", R("m", "Franz", "Huber", pre=("Prof.", "Dr.")), ["Professor Franz Huber"], "Dear Professor Huber", ""),
    ("R-EN-3", "AT", "en", R("f", "Eva", "Huber", pre=("Univ.-Prof.", "Dr.")), ["Professor Eva Huber"], "Dear Professor Huber", ""),
    ("R-EN-3", "DE", "en", R("m", "Franz", "Huber", pre=("Dipl.-Ing.",)), ["Mr Franz Huber"], "Dear Mr Huber", ""),
    ("R-EN-3", "AT", "en", R("f", "Anna", "Smith", pre=("Mag.",)), ["Ms Anna Smith"], "Dear Ms Smith", ""),
    ("R-EN-3", "AT", "en", R("m", "Franz", "Huber", pre=("Mag.",), hon="KR"), ["Mr Franz Huber"], "Dear Mr Huber", ""),
    ("R-EN-3", "AT", "en", R("f", "Eva", "Huber", pre=("Dr.in",)), ["Dr Eva Huber"], "Dear Dr Huber", ""),
    ("R-EN-3", "DE", "en", R("m", "Hubert", "Klug", pre=("Dr. phil.", "Dr. med.")), ["Dr Hubert Klug"], "Dear Dr Klug", ""),
    ("R-EN-3", "AT", "en", R("m", "Karl", "Stark", pre=("Dr.",), fn="Generaldirektor"), ["Dr Karl Stark", "Generaldirektor"], "Dear Dr Stark", ""),
    ("R-EN-4", "DE", "en", R("unknown", "Chris", "Miller"), ["Chris Miller"], "Dear Chris Miller", ""),
    ("R-EN-4", "DE", "en", R("d", "Chris", "Miller"), ["Chris Miller"], "Dear Chris Miller", ""),
    ("R-EN-4", "AT", "en", R("unknown", "Chris", "Miller", pre=("Dr.",)), ["Chris Miller"], "Dear Chris Miller", ""),
    ("R-EN-5", "DE", "en", R(company="ACME GmbH"), ["ACME GmbH"], "Dear Sir or Madam", ""),
    ("R-EN-5", "DE", "en-US", R(company="ACME Inc."), ["ACME Inc."], "Ladies and Gentlemen", ":"),
    ("R-EN-6", "DE", "en", R("m", "Franz", "Huber", fn="Geschäftsführer", company="ACME GmbH"), ["Mr Franz Huber", "Geschäftsführer", "ACME GmbH"], "Dear Mr Huber", ""),
    ("R-EN-6", "AT", "en", R("f", "Eva", "Huber", company="Huber KG"), ["Ms Eva Huber", "Huber KG"], "Dear Ms Huber", ""),
    ("R-EN-7", "DE", "en", R("m", "John", "Doe", post=("PhD",)), ["Dr John Doe"], "Dear Dr Doe", ""),
    ("R-EN-7", "AT", "en-US", R("m", "John", "Doe", post=("Ph.D.",)), ["Dr. John Doe"], "Dear Dr. Doe", ":"),
    ("R-EN-7", "DE", "en", R("f", "Jane", "Doe", post=("PhD", "MBA")), ["Dr Jane Doe, MBA"], "Dear Dr Doe", ""),
    ("R-EN-3", "AT", "en", R("f", "Anna", "Berger", post=("MSc",)), ["Ms Anna Berger, MSc"], "Dear Ms Berger", ""),
    ("R-DE-12", "DE", "en", R("m", "Peter", "Hausen", particle="von"), ["Mr Peter von Hausen"], "Dear Mr von Hausen", ""),
    ("R-DE-12", "DE", "en", R("m", "Benedict", "Thurner", particle="Freiherr von"), ["Mr Benedict von Thurner"], "Dear Mr von Thurner", ""),
    ("R-CH-3", "CH", "en", R("f", "Sabine", "Groß"), ["Ms Sabine Gross"], "Dear Ms Gross", ""),
]


@pytest.mark.parametrize("rule, country, language, recipient, lines, salutation, punctuation", CASES,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(CASES)])
def test_english(rule: str, country: str, language: str, recipient: Recipient, lines: list[str], salutation: str,
                 punctuation: str) -> None:
    """English letters: one honorific, Ms for women, GB/US punctuation (the row's rule ID)."""
    result = compose(recipient, country=country, language=language)
    assert (list(result.address_lines), result.salutation, result.punctuation) == (lines, salutation, punctuation), rule


@pytest.mark.parametrize("style, recipient, salutation", [
    ("informal", R("m", "Franz", "Huber", du=True), "Dear Franz"),
    ("informal", R("f", "Anna", "Huber"), "Dear Ms Huber"),
    ("neutral", R("f", "Anna", "Huber"), "Dear Sir or Madam"),
])
def test_english_styles(style: str, recipient: Recipient, salutation: str) -> None:
    """R-EN-5 / tocco Du: informal uses the first name with Du, neutral the no-name salutation."""
    assert compose(recipient, country="DE", language="en", style=style).salutation == salutation


@pytest.mark.parametrize("recipient, closing", [(R("f", "Anna", "Huber"), "Yours sincerely"),
                                                (R(company="ACME"), "Yours faithfully")])
def test_english_closing(recipient: Recipient, closing: str) -> None:
    """R-EN-5: "Yours faithfully" without a name, "Yours sincerely" to a named person (en-GB)."""
    assert compose(recipient, country="DE", language="en").closing == closing


def test_us_variant_from_settings() -> None:
    """R-EN-1: english_variant="en-US" gives full stops and a colon for language "en"."""
    result = compose(R("m", "Franz", "Huber", pre=("Dr.",)), country="DE", language="en", settings=US)
    assert (result.salutation, result.punctuation) == ("Dear Dr. Huber", ":")
