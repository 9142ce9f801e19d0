"""Every disputed convention as a setting: default ([chosen]) and alternative, each row citing its rule ID."""

from __future__ import annotations

from dataclasses import fields

import pytest

from crmdesk.domain.titles import SETTING_DESCRIPTIONS, Recipient, TitleSettings, compose, setting_choices


def R(gender: str = "unknown", first: str = "", last: str = "", *, pre: tuple[str, ...] = (),
      post: tuple[str, ...] = (), hon: str = "", fn: str = "", company: str = "", particle: str = "") -> Recipient:
    """Short constructor for the tables."""
    return Recipient(gender=gender, first_name=first, last_name=last, name_particle=particle, titles_pre=pre,
                     titles_post=post, honorary_title=hon, function_title=fn, company=company)


RICHTER = R("m", "Peter", "Richter", pre=("Dr.",))
HUBER_KR = R("m", "Franz", "Huber", pre=("Mag.",), post=("MSc",), hon="Kommerzialrat")
MUELLER_PROF = R("m", "Peter", "Müller", pre=("Prof.", "Dr."))
BERGER_PROF = R("f", "Maria", "Berger", pre=("Prof.", "Dr."))
KIM = R("d", "Kim", "Brenner")
SCHUSTER = R("unknown", "Alex", "Schuster")

# rule, setting key, value, country, language, recipient, field, expected
CASES = [
    ("R-DE-1", "anrede_own_line", True, "DE", "de", RICHTER, "lines", ["Herrn", "Dr. Peter Richter"]),
    ("R-DE-1", "anrede_own_line", False, "DE", "de", RICHTER, "lines", ["Herrn Dr. Peter Richter"]),
    ("R-AT-7", "anrede_own_line", False, "AT", "de", HUBER_KR, "lines", ["Herrn Kommerzialrat Mag. Franz Huber, MSc"]),
    ("R-CH-1", "anrede_own_line", False, "CH", "de", R("m", "Hans", "Schweizer"), "lines", ["Herr Hans Schweizer"]),
    ("R-AT-1", "at_male_anrede", "Herrn", "AT", "de", R("m", "Franz", "Huber"), "lines", ["Herrn", "Franz Huber"]),
    ("R-AT-1", "at_male_anrede", "Herr", "AT", "de", R("m", "Franz", "Huber"), "lines", ["Herr", "Franz Huber"]),
    ("R-AT-1", "at_male_anrede", "Herr", "AT", "de", HUBER_KR, "lines", ["Herr Kommerzialrat", "Mag. Franz Huber, MSc"]),
    ("R-CH-1", "ch_male_anrede", "Herr", "CH", "de", R("m", "Hans", "Schweizer"), "lines", ["Herr", "Hans Schweizer"]),
    ("R-CH-1", "ch_male_anrede", "Herrn", "CH", "de", R("m", "Hans", "Schweizer"), "lines", ["Herrn", "Hans Schweizer"]),
    ("R-ALL-2", "neutral_greeting", "guten_tag", "DE", "de", KIM, "salutation", "Guten Tag, Kim Brenner"),
    ("R-ALL-2", "neutral_greeting", "geehrte_stern", "DE", "de", KIM, "salutation", "Sehr geehrte*r Kim Brenner"),
    ("R-ALL-2", "guten_tag_comma", True, "AT", "de", KIM, "salutation", "Guten Tag, Kim Brenner"),
    ("R-ALL-2", "guten_tag_comma", False, "AT", "de", KIM, "salutation", "Guten Tag Kim Brenner"),
    ("R-ALL-2", "unknown_gender", "neutral", "DE", "de", SCHUSTER, "salutation", "Guten Tag, Alex Schuster"),
    ("R-ALL-2", "unknown_gender", "both", "DE", "de", SCHUSTER, "salutation", "Sehr geehrte Frau Schuster oder sehr geehrter Herr Schuster"),
    ("R-ALL-2", "unknown_gender", "both", "DE", "de", KIM, "salutation", "Guten Tag, Kim Brenner"),
    ("R-ALL-2", "unknown_gender", "both", "DE", "de", R("unknown", "Alex", "Roth", pre=("Prof.",)), "salutation", "Sehr geehrte Frau Professorin Roth oder sehr geehrter Herr Professor Roth"),
    ("R-ALL-1", "general_salutation", "damen_und_herren", "DE", "de", R(company="ACME"), "salutation", "Sehr geehrte Damen und Herren"),
    ("R-ALL-1", "general_salutation", "persoenlichkeiten", "DE", "de", R(company="ACME"), "salutation", "Sehr geehrte Persönlichkeiten"),
    ("R-ALL-1", "general_salutation", "guten_tag_geschaetzte", "DE", "de", R(company="ACME"), "salutation", "Guten Tag, geschätzte Damen und Herren"),
    ("R-DE-3", "de_faculty_in_address", True, "DE", "de", R("m", "Hans", "Heile", pre=("Dr. med.",)), "lines", ["Herrn", "Dr. med. Hans Heile"]),
    ("R-DE-3", "de_faculty_in_address", False, "DE", "de", R("m", "Hans", "Heile", pre=("Dr. med.",)), "lines", ["Herrn", "Dr. Hans Heile"]),
    ("R-DE-5", "professor_in_address", "as_stored", "DE", "de", MUELLER_PROF, "lines", ["Herrn", "Prof. Dr. Peter Müller"]),
    ("R-DE-5", "professor_in_address", "spelled_out", "DE", "de", MUELLER_PROF, "lines", ["Herrn", "Professor Dr. Peter Müller"]),
    ("R-DE-7", "professor_in_address", "spelled_out", "DE", "de", BERGER_PROF, "lines", ["Frau", "Professorin Dr. Maria Berger"]),
    ("R-DE-5", "professor_with_surname", True, "DE", "de", MUELLER_PROF, "salutation", "Sehr geehrter Herr Professor Müller"),
    ("R-DE-5", "professor_with_surname", False, "DE", "de", MUELLER_PROF, "salutation", "Sehr geehrter Herr Professor"),
    ("R-DE-7", "female_professor", "Professorin", "DE", "de", BERGER_PROF, "salutation", "Sehr geehrte Frau Professorin Berger"),
    ("R-DE-7", "female_professor", "Professor", "DE", "de", BERGER_PROF, "salutation", "Sehr geehrte Frau Professor Berger"),
    ("R-DE-7", "female_doctor", "Dr.", "DE", "de", R("f", "Ute", "Klos", pre=("Dr.",)), "salutation", "Sehr geehrte Frau Dr. Klos"),
    ("R-DE-7", "female_doctor", "Doktorin", "DE", "de", R("f", "Ute", "Klos", pre=("Dr. med.",)), "salutation", "Sehr geehrte Frau Doktorin Klos"),
    ("R-DE-8", "postnominal_separator", "auto", "DE", "de", R("f", "Sabine", "Finstermann", post=("B. A.",)), "lines", ["Frau", "Sabine Finstermann B. A."]),
    ("R-DE-8", "postnominal_separator", "comma", "DE", "de", R("f", "Sabine", "Finstermann", post=("B. A.",)), "lines", ["Frau", "Sabine Finstermann, B. A."]),
    ("R-DE-8", "postnominal_separator", "parentheses", "DE", "de", R("f", "Sabine", "Finstermann", post=("M. A.",)), "lines", ["Frau", "Sabine Finstermann (M. A.)"]),
    ("R-AT-6", "postnominal_separator", "auto", "AT", "de", R("f", "Sabine", "Fritz", post=("BA",)), "lines", ["Frau", "Sabine Fritz, BA"]),
    ("R-AT-6", "postnominal_separator", "space", "AT", "de", R("f", "Sabine", "Fritz", post=("BA",)), "lines", ["Frau", "Sabine Fritz BA"]),
    ("R-DE-12", "nobility_salutation", "rank_only", "DE", "de", R("m", "Otto", "Bismarck", particle="Graf von"), "salutation", "Sehr geehrter Graf Bismarck"),
    ("R-DE-12", "nobility_salutation", "herr_rank", "DE", "de", R("m", "Otto", "Bismarck", particle="Graf von"), "salutation", "Sehr geehrter Herr Graf Bismarck"),
    ("R-DE-12", "nobility_salutation", "herr_rank", "DE", "de", R("f", "Ann", "Bismarck", particle="Graf von"), "salutation", "Sehr geehrte Frau Gräfin Bismarck"),
    ("R-AT-2", "at_academic_in_salutation", "abbreviated", "AT", "de", R("m", "Franz", "Huber", pre=("Mag.",)), "salutation", "Sehr geehrter Herr Mag. Huber"),
    ("R-AT-2", "at_academic_in_salutation", "spelled_out", "AT", "de", R("m", "Franz", "Huber", pre=("Mag.",)), "salutation", "Sehr geehrter Herr Magister Huber"),
    ("R-AT-2", "at_academic_in_salutation", "spelled_out", "AT", "de", R("f", "Eva", "Huber", pre=("Mag.",)), "salutation", "Sehr geehrte Frau Magistra Huber"),
    ("R-AT-2", "at_academic_in_salutation", "spelled_out", "AT", "de", R("f", "Iris", "Sommer", pre=("DI",)), "salutation", "Sehr geehrte Frau Diplom-Ingenieurin Sommer"),
    ("R-AT-2", "at_academic_in_salutation", "spelled_out", "AT", "de", R("m", "Udo", "Lenz", pre=("Mag.", "Dr.")), "salutation", "Sehr geehrter Herr Dr. Lenz"),
    ("R-AT-5", "at_gender_grades", False, "AT", "de", R("f", "Eva", "Huber", pre=("Mag.",)), "lines", ["Frau", "Mag. Eva Huber"]),
    ("R-AT-5", "at_gender_grades", True, "AT", "de", R("f", "Eva", "Huber", pre=("Mag.",)), "lines", ["Frau", "Mag.a Eva Huber"]),
    ("R-AT-5", "at_gender_grades", True, "AT", "de", R("f", "Eva", "Huber", pre=("Mag.", "Dr.")), "salutation", "Sehr geehrte Frau Dr.in Huber"),
    ("R-AT-5", "at_gender_grades", True, "AT", "de", R("m", "Max", "Huber", pre=("Mag.",)), "lines", ["Herrn", "Mag. Max Huber"]),
    ("R-AT-6", "phd_in_salutation", False, "AT", "de", R("m", "Max", "Muster", post=("PhD",)), "salutation", "Sehr geehrter Herr Muster"),
    ("R-AT-6", "phd_in_salutation", True, "AT", "de", R("m", "Max", "Muster", post=("PhD",)), "salutation", "Sehr geehrter Herr Dr. Muster"),
    ("R-AT-6", "phd_in_salutation", True, "DE", "de", R("f", "Eva", "Muster", post=("PhD",)), "salutation", "Sehr geehrte Frau Dr. Muster"),
    ("R-AT-8", "office_title_with_surname", False, "AT", "de", HUBER_KR, "salutation", "Sehr geehrter Herr Kommerzialrat"),
    ("R-AT-8", "office_title_with_surname", True, "AT", "de", HUBER_KR, "salutation", "Sehr geehrter Herr Kommerzialrat Huber"),
    ("R-AT-8", "office_title_with_surname", True, "AT", "de", R("f", "Karin", "Maier", hon="Hofrat"), "salutation", "Sehr geehrte Frau Hofrätin Maier"),
    ("R-DE-10", "office_title_with_surname", True, "DE", "de", R("f", "Anna", "Schulz", fn="Bürgermeister"), "salutation", "Sehr geehrte Frau Bürgermeisterin Schulz"),
    ("R-CH-4", "office_title_with_surname", True, "CH", "de", R("f", "Karin", "Keller", hon="Bundesrat"), "salutation", "Sehr geehrte Frau Bundesrätin Keller"),
    ("R-CH-2", "ch_titles_in_salutation", False, "CH", "de", BERGER_PROF, "salutation", "Sehr geehrte Frau Berger"),
    ("R-CH-2", "ch_titles_in_salutation", True, "CH", "de", BERGER_PROF, "salutation", "Sehr geehrte Frau Professorin Berger"),
    ("R-CH-2", "ch_titles_in_salutation", True, "CH", "de", R("m", "Urs", "Muster", pre=("Dr. sc. techn.",)), "salutation", "Sehr geehrter Herr Dr. Muster"),
    ("R-CH-2", "ch_titles_in_salutation", True, "CH", "de", R("m", "Urs", "Muster", pre=("Dipl.-Ing.",)), "salutation", "Sehr geehrter Herr Muster"),
    ("R-CH-3", "swiss_eszett", "everywhere", "CH", "de", R("f", "Sabine", "Groß", company="Straßenbau AG"), "lines", ["Strassenbau AG", "Frau", "Sabine Gross"]),
    ("R-CH-3", "swiss_eszett", "text_only", "CH", "de", R("f", "Sabine", "Groß", company="Straßenbau AG"), "lines", ["Straßenbau AG", "Frau", "Sabine Groß"]),
    ("R-CH-3", "swiss_eszett", "text_only", "CH", "de", R("f", "Sabine", "Groß"), "salutation", "Sehr geehrte Frau Groß"),
    ("R-CH-3", "swiss_eszett", "off", "CH", "de", R("f", "Sabine", "Groß"), "salutation", "Sehr geehrte Frau Groß"),
    ("R-CH-3", "swiss_eszett", "everywhere", "DE", "de", R("f", "Sabine", "Groß"), "salutation", "Sehr geehrte Frau Groß"),
    ("§0", "at_punctuation", ",", "AT", "de", R("f", "Eva", "Huber"), "punctuation", ","),
    ("§0", "at_punctuation", "!", "AT", "de", R(company="Huber KG"), "punctuation", "!"),
    ("R-EN-1", "english_variant", "en-GB", "DE", "en", RICHTER, "salutation", "Dear Dr Richter"),
    ("R-EN-1", "english_variant", "en-US", "DE", "en", RICHTER, "salutation", "Dear Dr. Richter"),
    ("R-EN-1", "english_variant", "en-US", "DE", "en", R("f", "Ann", "Lee"), "punctuation", ":"),
    ("R-EN-1", "en_gb_comma", False, "DE", "en", R("f", "Ann", "Lee"), "punctuation", ""),
    ("R-EN-1", "en_gb_comma", True, "DE", "en", R("f", "Ann", "Lee"), "punctuation", ","),
    ("R-EN-5", "en_us_no_name", "ladies_and_gentlemen", "DE", "en-US", R(company="ACME"), "salutation", "Ladies and Gentlemen"),
    ("R-EN-5", "en_us_no_name", "to_whom", "DE", "en-US", R(company="ACME"), "salutation", "To Whom It May Concern"),
    ("R-EN-6", "english_company_first", False, "DE", "en", R("f", "Ann", "Lee", company="ACME"), "lines", ["Ms Ann Lee", "ACME"]),
    ("R-EN-6", "english_company_first", True, "DE", "en", R("f", "Ann", "Lee", company="ACME"), "lines", ["ACME", "Ms Ann Lee"]),
    ("fallback", "fallback_country", "DE", "IT", "de", R("m", "Luigi", "Rossi"), "lines", ["Herrn", "Luigi Rossi"]),
    ("fallback", "fallback_country", "CH", "IT", "de", R("m", "Luigi", "Rossi"), "lines", ["Herr", "Luigi Rossi"]),
    ("fallback", "fallback_country", "CH", "FR", "de", R("m", "Luigi", "Rossi"), "punctuation", ""),
    ("R-CH-3", "fallback_country", "DE", "LI", "de", R("f", "Sabine", "Groß"), "salutation", "Sehr geehrte Frau Gross"),
]


def _value(result, field: str):
    """The part of a Composition a row checks."""
    return {"lines": list(result.address_lines), "salutation": result.salutation,
            "punctuation": result.punctuation}[field]


@pytest.mark.parametrize("rule, key, value, country, language, recipient, field, expected", CASES,
                         ids=[f"{row[1]}={row[2]}-{i}" for i, row in enumerate(CASES)])
def test_setting(rule: str, key: str, value, country: str, language: str, recipient: Recipient, field: str,
                 expected) -> None:
    """A setting switched both ways changes exactly the disputed convention (the row's rule ID)."""
    settings = TitleSettings.from_mapping({key: value})
    result = compose(recipient, country=country, language=language, settings=settings)
    assert _value(result, field) == expected, rule


@pytest.mark.parametrize("key, value", [(f.name, f.default) for f in fields(TitleSettings)])
def test_defaults_are_allowed_values(key: str, value) -> None:
    """Every setting has a description and its default is one of its allowed values ([chosen] option)."""
    assert key in SETTING_DESCRIPTIONS and value in setting_choices(key)


@pytest.mark.parametrize("key, expected", [
    ("anrede_own_line", True), ("at_male_anrede", "Herrn"), ("ch_male_anrede", "Herr"),
    ("neutral_greeting", "guten_tag"), ("unknown_gender", "neutral"), ("professor_in_address", "as_stored"),
    ("professor_with_surname", True), ("at_academic_in_salutation", "abbreviated"), ("at_gender_grades", False),
    ("office_title_with_surname", False), ("ch_titles_in_salutation", False), ("english_variant", "en-GB"),
])
def test_chosen_defaults(key: str, expected) -> None:
    """Defaults are the document's [chosen] options (R-ALL-2, R-DE-5, R-AT-1/2/5/8, R-CH-1/2, R-EN-1)."""
    assert getattr(TitleSettings(), key) == expected


def test_from_mapping_ignores_unknown_keys() -> None:
    """TitleSettings.from_mapping ignores keys it does not know (stored settings of newer versions)."""
    assert TitleSettings.from_mapping({"no_such_key": 1, "anrede_own_line": False}) == TitleSettings(anrede_own_line=False)


@pytest.mark.parametrize("data", [{"at_male_anrede": "Hr."}, {"anrede_own_line": "yes"}, {"swiss_eszett": None}])
def test_from_mapping_rejects_bad_values(data: dict) -> None:
    """A wrong value for a known setting raises ValueError naming the setting."""
    with pytest.raises(ValueError, match=next(iter(data))):
        TitleSettings.from_mapping(data)


def test_settings_round_trip() -> None:
    """as_dict/from_mapping round-trip (the app stores settings as a dict)."""
    settings = TitleSettings(swiss_eszett="text_only", english_variant="en-US")
    assert TitleSettings.from_mapping(settings.as_dict()) == settings


def test_descriptions_have_both_languages() -> None:
    """SETTING_DESCRIPTIONS: one (German, English) label pair per setting, nothing extra."""
    assert set(SETTING_DESCRIPTIONS) == {f.name for f in fields(TitleSettings)}
    assert all(de and en and de != en for de, en in SETTING_DESCRIPTIONS.values())
