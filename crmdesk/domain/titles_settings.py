"""Settings for the disputed title and salutation conventions (titles-rules.md); defaults = [chosen]."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping

# key -> allowed values (None: a bool). The first value of each tuple is never assumed to be the default:
# defaults live on the dataclass below.
_CHOICES: dict[str, tuple[str, ...] | None] = {
    "anrede_own_line": None,
    "at_male_anrede": ("Herrn", "Herr"),
    "ch_male_anrede": ("Herr", "Herrn"),
    "neutral_greeting": ("guten_tag", "geehrte_stern"),
    "guten_tag_comma": None,
    "unknown_gender": ("neutral", "both"),
    "general_salutation": ("damen_und_herren", "persoenlichkeiten", "guten_tag_geschaetzte"),
    "de_faculty_in_address": None,
    "professor_in_address": ("as_stored", "spelled_out"),
    "professor_with_surname": None,
    "female_professor": ("Professorin", "Professor"),
    "female_doctor": ("Dr.", "Doktorin"),
    "postnominal_separator": ("auto", "comma", "space", "parentheses"),
    "nobility_salutation": ("rank_only", "herr_rank"),
    "at_academic_in_salutation": ("abbreviated", "spelled_out"),
    "at_gender_grades": None,
    "phd_in_salutation": None,
    "office_title_with_surname": None,
    "ch_titles_in_salutation": None,
    "swiss_eszett": ("everywhere", "text_only", "off"),
    "couple_order": ("auto", "rank", "as_given"),
    "at_punctuation": (",", "!"),
    "english_variant": ("en-GB", "en-US"),
    "en_gb_comma": None,
    "en_us_no_name": ("ladies_and_gentlemen", "to_whom"),
    "english_company_first": None,
    "fallback_country": ("DE", "AT", "CH"),
}


@dataclass(frozen=True)
class TitleSettings:
    """One field per convention the rules mark [disputed] or leave open; every default is the [chosen] option."""

    anrede_own_line: bool = True                  # §0, R-DE-1: "Herrn" on its own line (False: on the name line)
    at_male_anrede: str = "Herrn"                 # R-AT-1 [chosen: Herrn]; alt "Herr"
    ch_male_anrede: str = "Herr"                  # R-CH-1 [chosen: Herr]; alt "Herrn"
    neutral_greeting: str = "guten_tag"           # R-ALL-2 "Guten Tag, Kim Brenner"; alt "Sehr geehrte*r Kim Brenner"
    guten_tag_comma: bool = True                  # R-ALL-2 [disputed]: sources write the comma
    unknown_gender: str = "neutral"               # R-ALL-2 [chosen: neutral greeting]; alt "Frau X oder Herr X"
    general_salutation: str = "damen_und_herren"  # R-ALL-1; DIN 5008:2020 neutral alternatives
    de_faculty_in_address: bool = True            # R-DE-3 [disputed]: "Dr. med." kept in a DE address
    professor_in_address: str = "as_stored"       # R-DE-5 [chosen: as stored]; alt spelled out
    professor_with_surname: bool = True           # R-DE-5 [chosen: with surname]
    female_professor: str = "Professorin"         # R-DE-7 [disputed]; alt "Frau Professor"
    female_doctor: str = "Dr."                    # R-DE-7 [disputed]; alt "Frau Doktorin"
    postnominal_separator: str = "auto"           # R-DE-8/R-AT-6 [disputed]: auto = DE/CH space, AT comma
    nobility_salutation: str = "rank_only"        # R-DE-12 [disputed]: "Sehr geehrter Graf X"; alt "Herr Graf X"
    at_academic_in_salutation: str = "abbreviated"  # R-AT-2 [chosen: abbreviated]; alt "Herr Magister Huber"
    at_gender_grades: bool = False                # R-AT-5 [chosen: as stored]; alt: Mag.a/Dr.in for women
    phd_in_salutation: bool = False               # R-AT-6 [disputed/unsourced]: PhD never in a German salutation
    office_title_with_surname: bool = False       # R-AT-8 [chosen: without surname]; alt "Herr Hofrat Maier"
    ch_titles_in_salutation: bool = False         # R-CH-2 [chosen: no titles]; alt: highest title
    swiss_eszett: str = "everywhere"              # R-CH-3 [disputed for names]; alt "text_only" or "off"
    couple_order: str = "auto"                    # R-ALL-4 rank/woman first vs R-AT-1 as given; auto = by country
    at_punctuation: str = ","                     # §0: AT comma or exclamation mark
    english_variant: str = "en-GB"                # R-EN-1: en-GB default, en-US setting
    en_gb_comma: bool = False                     # R-EN-1: en-GB no punctuation or comma
    en_us_no_name: str = "ladies_and_gentlemen"   # R-EN-5: "Ladies and Gentlemen:" or "To Whom It May Concern:"
    english_company_first: bool = False           # R-EN-6 [disputed]: name, position, company; alt company first
    fallback_country: str = "DE"                  # countries other than DE/AT/CH (LI is treated as CH)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> TitleSettings:
        """Build settings from a dict (e.g. stored app settings); unknown keys are ignored, bad values raise ValueError."""
        known = {f.name for f in fields(cls)}
        values = {k: _checked(k, v) for k, v in (data or {}).items() if k in known}
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        """All settings as a plain dict (for storing)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _checked(key: str, value: Any) -> Any:
    """Validate one setting value against its allowed choices."""
    choices = _CHOICES[key]
    if choices is None:
        if not isinstance(value, bool):
            raise ValueError(f"setting {key!r} must be true or false, not {value!r}")
        return value
    if value not in choices:
        raise ValueError(f"setting {key!r} must be one of {', '.join(choices)}, not {value!r}")
    return value


def setting_choices(key: str) -> tuple[Any, ...]:
    """Allowed values of one setting (True/False for switches)."""
    choices = _CHOICES[key]
    return (True, False) if choices is None else choices


# key -> (German label, English label), for the settings page and the README.
SETTING_DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "anrede_own_line": ("„Herrn“/„Frau“ in eigener Zeile (sonst in der Namenszeile)",
                        "'Herrn'/'Frau' on its own line (otherwise on the name line)"),
    "at_male_anrede": ("Österreich: Anrede in der Anschrift „Herrn“ oder „Herr“",
                       "Austria: 'Herrn' or 'Herr' in the address"),
    "ch_male_anrede": ("Schweiz: Anrede in der Anschrift „Herr“ oder „Herrn“",
                       "Switzerland: 'Herr' or 'Herrn' in the address"),
    "neutral_greeting": ("Anrede ohne Herr/Frau: „Guten Tag, Kim Brenner“ oder „Sehr geehrte*r Kim Brenner“",
                         "Greeting without Herr/Frau: 'Guten Tag, Kim Brenner' or 'Sehr geehrte*r Kim Brenner'"),
    "guten_tag_comma": ("Komma nach „Guten Tag“", "Comma after 'Guten Tag'"),
    "unknown_gender": ("Geschlecht unbekannt: neutrale Anrede oder „Frau X oder Herr X“",
                       "Unknown gender: neutral greeting or 'Frau X oder Herr X'"),
    "general_salutation": ("Anrede ohne Person: „Sehr geehrte Damen und Herren“ oder DIN-5008-Alternative",
                           "Salutation without a person: 'Sehr geehrte Damen und Herren' or a DIN 5008 alternative"),
    "de_faculty_in_address": ("Deutschland: Fakultätszusatz (Dr. med.) in der Anschrift",
                              "Germany: faculty suffix (Dr. med.) in the address"),
    "professor_in_address": ("Professor in der Anschrift wie erfasst oder ausgeschrieben",
                             "Professor in the address as stored or spelled out"),
    "professor_with_surname": ("„Herr Professor“ mit Nachnamen", "'Herr Professor' with the surname"),
    "female_professor": ("Frauen: „Frau Professorin“ oder „Frau Professor“",
                         "Women: 'Frau Professorin' or 'Frau Professor'"),
    "female_doctor": ("Frauen: „Frau Dr.“ oder „Frau Doktorin“", "Women: 'Frau Dr.' or 'Frau Doktorin'"),
    "postnominal_separator": ("Trennzeichen vor nachgestellten Graden (automatisch: DE/CH Leerzeichen, AT Komma)",
                              "Separator before post-nominal degrees (auto: DE/CH space, AT comma)"),
    "nobility_salutation": ("Graf/Baron in der Anrede: „Sehr geehrter Graf X“ oder „Sehr geehrter Herr Graf X“",
                            "Count/baron: 'Sehr geehrter Graf X' or 'Sehr geehrter Herr Graf X'"),
    "at_academic_in_salutation": ("Österreich: akademische Grade in der Anrede abgekürzt oder ausgeschrieben",
                                  "Austria: academic grades in the salutation abbreviated or spelled out"),
    "at_gender_grades": ("Österreich: akademische Grade für Frauen gendern (Mag.a, Dr.in)",
                         "Austria: gender academic grades for women (Mag.a, Dr.in)"),
    "phd_in_salutation": ("PhD als „Dr.“ in der deutschen Anrede", "PhD as 'Dr.' in German salutations"),
    "office_title_with_surname": ("Amts-/Ehrentitel in der Anrede mit Nachnamen („Herr Hofrat Maier“)",
                                  "Office/honorary title in the salutation with the surname ('Herr Hofrat Maier')"),
    "ch_titles_in_salutation": ("Schweiz: Titel in der Anrede verwenden", "Switzerland: use titles in the salutation"),
    "swiss_eszett": ("Schweiz: ß→ss überall, nur im Text (nicht in Namen) oder nie",
                     "Switzerland: ß→ss everywhere, in text only (not in names) or never"),
    "couple_order": ("Reihenfolge bei zwei Personen (automatisch: AT wie erfasst, sonst Rang/Frau zuerst)",
                     "Order of two recipients (auto: AT as entered, otherwise rank/woman first)"),
    "at_punctuation": ("Österreich: Satzzeichen nach der Anrede", "Austria: punctuation after the salutation"),
    "english_variant": ("Englisch: britisch oder amerikanisch", "English: British or American"),
    "en_gb_comma": ("Britisches Englisch: Komma nach der Anrede", "British English: comma after the salutation"),
    "en_us_no_name": ("Amerikanisch ohne Namen: „Ladies and Gentlemen“ oder „To Whom It May Concern“",
                      "American without a name: 'Ladies and Gentlemen' or 'To Whom It May Concern'"),
    "english_company_first": ("Englisch: Firma vor dem Namen", "English: company before the name"),
    "fallback_country": ("Regeln für andere Länder", "Rules used for other countries"),
}

DEFAULT_SETTINGS = TitleSettings()
