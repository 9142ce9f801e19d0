"""Plausibility warnings, the title catalogue, display_name, split_titles and Recipient leniency."""

from __future__ import annotations

import pytest

from crmdesk.domain.titles import (WARNING_MESSAGES, Recipient, check_recipient, compose, display_name,
                                   load_catalogue, split_titles)


def R(gender: str = "unknown", first: str = "", last: str = "", *, pre: tuple[str, ...] = (),
      post: tuple[str, ...] = (), hon: str = "", fn: str = "", company: str = "", particle: str = "",
      du: bool = False) -> Recipient:
    """Short constructor for the tables."""
    return Recipient(gender=gender, first_name=first, last_name=last, name_particle=particle, titles_pre=pre,
                     titles_post=post, honorary_title=hon, function_title=fn, company=company,
                     formality="Du" if du else "Sie")


# rule, country, recipient, expected warning codes (in order)
WARNINGS = [
    ("CAS clean record", "AT", R("m", "Franz", "Huber", pre=("Mag.",), post=("MSc",), hon="KR"), []),
    ("R-ALL-2 missing gender", "DE", R("unknown", "Kim", "Brenner"), ["missing_gender"]),
    ("R-ALL-2 non-binary is not missing", "DE", R("d", "Kim", "Brenner"), []),
    ("CAS first name", "DE", R("m", "Susanne", "King"), ["gender_first_name_mismatch"]),
    ("CAS first name", "AT", R("f", "Klaus", "King"), ["gender_first_name_mismatch"]),
    ("CAS first name hyphen", "DE", R("f", "Hans-Peter", "King"), ["gender_first_name_mismatch"]),
    ("CAS first name second name", "DE", R("m", "Rainer Maria", "Rilke"), []),
    ("CAS ambiguous first name", "DE", R("m", "Andrea", "Rossi"), []),
    ("CAS ambiguous first name", "DE", R("f", "Kim", "Rossi"), []),
    ("R-DE-4 duplicate", "AT", R("m", "Karl", "Weiß", pre=("DI", "Dipl.-Ing.")), ["duplicate_title"]),
    ("R-AT-3 duplicate", "AT", R("f", "Anna", "Huber", pre=("Mag.", "Mag.")), ["duplicate_title"]),
    ("R-AT-7 duplicate", "AT", R("m", "Franz", "Huber", pre=("KR",), hon="Kommerzialrat"), ["duplicate_title"]),
    ("R-DE-8 misplaced", "AT", R("m", "Max", "Muster", pre=("MSc",)), ["postnominal_in_pre"]),
    ("R-DE-2 misplaced", "DE", R("m", "Max", "Muster", post=("Dr.",)), ["prenominal_in_post"]),
    ("R-DE-9 academic in function", "DE", R("m", "Max", "Muster", fn="Dr."), ["academic_in_function"]),
    ("R-AT-7 academic in honorary", "AT", R("m", "Max", "Muster", hon="Mag."), ["academic_in_honorary"]),
    ("R-ALL-1 company titles", "DE", R(company="ACME GmbH", pre=("Dr.",)), ["company_with_person_titles"]),
    ("R-ALL-1 company titles", "AT", R(company="ACME GmbH", hon="KR"), ["company_with_person_titles"]),
    ("R-ALL-1 company fine", "DE", R(company="ACME GmbH"), []),
    ("R-ALL-1 empty", "DE", R(), ["empty_recipient"]),
    ("catalogue unknown", "DE", R("m", "Max", "Muster", pre=("Dr. xyz.",)), ["unknown_title"]),
    ("R-AT-5 female form", "AT", R("m", "Max", "Muster", pre=("Mag.a",)), ["title_gender_mismatch"]),
    ("R-DE-12 Austria nobility", "AT", R("m", "Karl", "Lerch", particle="Graf von"), ["nobility_title_at"]),
    ("R-DE-12 Austria von", "AT", R("m", "Karl", "Lerch", particle="von"), []),
    ("R-ALL-1 no last name", "DE", R("m", "Max"), ["missing_last_name"]),
    ("R-ALL-2 no first name", "DE", R("unknown", "", "Brenner"), ["missing_gender", "missing_first_name"]),
    ("R-AT-1 four lines fit", "DE", R("m", "Max", "Muster", fn="Geschäftsführer", company="A", hon="Bürgermeister"), []),
]


@pytest.mark.parametrize("rule, country, recipient, codes", WARNINGS, ids=[f"{r[0]}-{i}" for i, r in enumerate(WARNINGS)])
def test_warning_codes(rule: str, country: str, recipient: Recipient, codes: list[str]) -> None:
    """Plausibility warnings in the spirit of CAS genesisWorld (the row's rule ID)."""
    assert list(compose(recipient, country=country).warning_codes) == codes, rule


def test_warnings_and_codes_align() -> None:
    """Every warning message has its code at the same position, and check_recipient returns the pairs."""
    recipient = R("m", "Susanne", "King", pre=("MSc", "Mag.a"))
    result = compose(recipient, country="AT")
    assert len(result.warnings) == len(result.warning_codes) == 3
    assert check_recipient(recipient, country="AT") == list(zip(result.warning_codes, result.warnings))


def test_warning_messages_in_both_languages() -> None:
    """WARNING_MESSAGES has German and English texts for the same codes (UI shows them by code)."""
    assert set(WARNING_MESSAGES["de"]) == set(WARNING_MESSAGES["en"])


def test_misplaced_titles_are_moved() -> None:
    """R-DE-8/R-AT-6: a post-nominal typed before the name is written after it; an academic function goes before."""
    result = compose(R("m", "Max", "Muster", pre=("MSc",), fn="Mag."), country="AT")
    assert result.address_lines == ("Herrn", "Mag. Max Muster, MSc")


def test_function_hr_is_not_hofrat() -> None:
    """A department "HR" in the function field is not read as the honorary title Hofrat."""
    result = compose(R("f", "Eva", "Huber", fn="HR"), country="AT")
    assert result.address_lines == ("Frau", "Eva Huber", "HR") and result.salutation == "Sehr geehrte Frau Huber"


def test_company_titles_are_left_out() -> None:
    """R-ALL-1: titles on a company record are not printed."""
    assert compose(R(company="ACME GmbH", pre=("Dr.",)), country="DE").address_lines == ("ACME GmbH",)


def test_too_many_lines_warns() -> None:
    """R-AT-1: more than four recipient lines leave no room for street and town in a six-line field."""
    first = R("m", "Max", "Muster", fn="Geschäftsführer", company="ACME GmbH")
    second = R("f", "Eva", "Muster", fn="Prokurist")
    assert "address_too_long" in compose(first, co_recipient=second, country="DE").warning_codes


# the catalogue ------------------------------------------------------------------------------------------------

REQUIRED = ["Mag.", "Mag.a", "MMag.", "Dr.", "Dr.in", "DDr.", "Dipl.-Ing.", "DI", "DIin", "Ing.", "Mag. (FH)",
            "Dipl.-Ing. (FH)", "Prof.", "Univ.-Prof.", "Hon.-Prof.", "Priv.-Doz.", "Hofrat", "Regierungsrat",
            "Kommerzialrat", "KR", "KommR", "KmzlR", "KmR", "Ökonomierat", "Medizinalrat", "Schulrat",
            "Oberstudienrat", "Kammersänger", "Primarius", "Primaria", "Generaldirektor", "Direktor",
            "Vorstandsdirektor", "Bürgermeister", "Prokurist", "BA", "BSc", "MA", "MSc", "MBA", "MAS", "LL.M.",
            "PhD", "Bakk.", "Dr. med.", "Dr. rer. nat.", "Dr. h. c.", "Prof. Dr.", "Dipl.-Kfm.", "Dr. phil.",
            "Dr. nat. techn.", "Dr.-Ing.", "Studienrat", "Rechtsanwalt", "Bischof", "Bundesrat", "Hofrätin"]


@pytest.mark.parametrize("form", REQUIRED)
def test_catalogue_knows(form: str) -> None:
    """Issue #3 / titles-rules.md: every named title is in the catalogue."""
    assert load_catalogue().resolve(form) is not None


@pytest.mark.parametrize("form, kind", [("Mag.", "academic_pre"), ("MSc", "academic_post"), ("KR", "honorary"),
                                        ("Hofrat", "office"), ("Direktor", "function"),
                                        ("Geschäftsführer", "position")])
def test_catalogue_kinds(form: str, kind: str) -> None:
    """Each title has a kind that decides where it goes (R-DE-2, R-DE-8, R-AT-7, R-AT-9, R-AT-10)."""
    assert load_catalogue().resolve(form).entry.kind == kind


def test_function_and_office_titles_have_female_forms() -> None:
    """R-ALL-5: every function, office and honorary title has its own female form."""
    entries = [e for e in load_catalogue().entries() if e.kind in ("function", "office", "honorary", "position")]
    assert entries and all(e.female and e.female != e.male for e in entries)


def test_default_catalogue_is_cached() -> None:
    """load_catalogue() without extras returns the same cached object."""
    assert load_catalogue() is load_catalogue()


def test_all_titles_for_picker() -> None:
    """Catalogue.all_titles(): canonical form, kind and German/English labels for the UI."""
    infos = {i.id: i for i in load_catalogue().all_titles()}
    assert infos["kommerzialrat"].canonical == "Kommerzialrat" and infos["kommerzialrat"].kind == "honorary"
    assert "KR" in infos["kommerzialrat"].forms and infos["dr"].label_en == "Doctor"


def test_user_title_renders() -> None:
    """Users can add titles: an extra honorary title is spelled out in AT and used in the salutation (R-AT-7/8)."""
    extra = [{"forms": ["BergR", "Bergrat"], "kind": "honorary", "male": "Bergrat", "female": "Bergrätin"}]
    catalogue = load_catalogue(extra)
    result = compose(R("f", "Eva", "Huber", hon="BergR"), country="AT", catalogue=catalogue)
    assert result.address_lines == ("Frau Bergrätin", "Eva Huber")
    assert result.salutation == "Sehr geehrte Frau Bergrätin" and not result.warnings


def test_user_title_replaces_builtin() -> None:
    """A user entry with a built-in id replaces it (e.g. a different salutation mode)."""
    extra = [{"id": "mag", "forms": ["Mag."], "kind": "academic_pre", "salutation": "none"}]
    result = compose(R("m", "Franz", "Huber", pre=("Mag.",)), country="AT", catalogue=load_catalogue(extra))
    assert result.salutation == "Sehr geehrter Herr Huber"


@pytest.mark.parametrize("bad", [{"kind": "honorary"}, {"forms": ["X"], "kind": "weird"},
                                 {"forms": ["X"], "salutation": {"AT": "loud"}}])
def test_user_title_validated(bad: dict) -> None:
    """Malformed user titles raise ValueError instead of rendering nonsense."""
    with pytest.raises(ValueError):
        load_catalogue([bad])


# display_name and split_titles ---------------------------------------------------------------------------------

@pytest.mark.parametrize("recipient, expected", [
    (R("m", "Franz", "Huber", pre=("Mag.",), post=("MSc",), hon="KR"), "KR Mag. Franz Huber, MSc"),
    (R("f", "Maria", "Berger", pre=("Prof.", "Dr.")), "Prof. Dr. Maria Berger"),
    (R("m", "Max", "Thurner", pre=("Dr.",), particle="Freiherr von"), "Dr. Max Freiherr von Thurner"),
    (R("m", "Max", "Muster", pre=("MSc",)), "Max Muster, MSc"),
    (R(company="ACME GmbH"), "ACME GmbH"),
    (R(), ""),
])
def test_display_name(recipient: Recipient, expected: str) -> None:
    """display_name: titles as written, honorary first, post-nominals after a comma (R-AT-7 order)."""
    assert display_name(recipient) == expected


@pytest.mark.parametrize("text, expected", [
    ("KR Mag. Dr.", (("Mag.", "Dr."), (), "KR", ())),
    ("Dipl.-Ing. MSc", (("Dipl.-Ing.",), ("MSc",), "", ())),
    ("Prof. Dr. med.", (("Prof.", "Dr. med."), (), "", ())),
    ("Prof. Dr.", (("Prof.", "Dr."), (), "", ())),
    ("DI Dr. MBA, MSc", (("DI", "Dr."), ("MBA", "MSc"), "", ())),
    ("HR Prof. Dr.", (("Prof.", "Dr."), (), "HR", ())),
    ("Mag. (FH) Ing.", (("Mag. (FH)", "Ing."), (), "", ())),
    ("Dr. h.c. Dr. rer. nat.", (("Dr. h.c.", "Dr. rer. nat."), (), "", ())),
    ("Direktor Mag. xyz", (("Mag.",), (), "", ("Direktor", "xyz"))),
    ("", ((), (), "", ())),
])
def test_split_titles(text: str, expected: tuple) -> None:
    """split_titles for the CSV importer: pre, post, honorary, unknown (catalogue-driven, longest matches)."""
    assert split_titles(text) == expected


# leniency ------------------------------------------------------------------------------------------------------

def test_none_is_empty() -> None:
    """Recipient treats None like "" and lists like tuples."""
    recipient = Recipient(gender=None, first_name=None, last_name="Huber", titles_pre=["Dr.", None],
                          titles_post=None, company=None, honorary_title=None, function_title=None)
    assert recipient.first_name == "" and recipient.titles_pre == ("Dr.",) and recipient.gender == "unknown"


@pytest.mark.parametrize("given, gender", [("male", "m"), ("W", "f"), ("Frau", "f"), ("divers", "d"), ("?", "unknown")])
def test_gender_spellings(given: str, gender: str) -> None:
    """Recipient normalises common gender spellings to m/f/d/unknown."""
    assert Recipient(gender=given).gender == gender


def test_blanks_collapsed() -> None:
    """Names are stripped and inner blanks collapsed, so no double spaces reach a letter."""
    result = compose(Recipient(gender="f", first_name="  Anna  Maria ", last_name=" Huber "), country="DE")
    assert result.address_lines == ("Frau", "Anna Maria Huber")


@pytest.mark.parametrize("language, style", [("fr", "formal"), ("de", "casual")])
def test_bad_language_or_style(language: str, style: str) -> None:
    """An unsupported letter language or style is a programming error: ValueError."""
    with pytest.raises(ValueError):
        compose(R("f", "Eva", "Huber"), country="DE", language=language, style=style)
