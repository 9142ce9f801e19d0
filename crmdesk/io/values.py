"""Reading single import values: dates, salutation words, countries, yes/no, language, formula escapes."""

from __future__ import annotations

import datetime as dt
import functools
import re

from crmdesk.queries.quality import fold

# Salutation words → gender (R: "Herr/Herrn" m, "Frau" f, "Divers"/"Mx" d; "Firma" names a company row)
SALUTATION_WORDS = {
    "herr": "m", "herrn": "m", "hr": "m", "mr": "m", "mister": "m", "sir": "m", "monsieur": "m", "m": "m",
    "frau": "f", "fr": "f", "mrs": "f", "ms": "f", "miss": "f", "madame": "f", "mme": "f",
    "divers": "d", "mx": "d", "firma": "", "familie": "", "fam": "",
}
GENDER_VALUES = {
    "m": "m", "male": "m", "mann": "m", "maennlich": "m", "männlich": "m", "herr": "m",
    "f": "f", "w": "f", "female": "f", "frau": "f", "weiblich": "f",
    "d": "d", "x": "d", "divers": "d", "diverse": "d", "non binary": "d", "nonbinary": "d",
    "unknown": "unknown", "unspecified": "unknown", "unbekannt": "unknown", "": "unknown",
}
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_COUNTRIES = {
    "AT": ("österreich", "oesterreich", "austria", "autriche", "a", "aut", "at", "republik österreich"),
    "DE": ("deutschland", "germany", "allemagne", "d", "deu", "ger", "de", "brd", "bundesrepublik deutschland"),
    "CH": ("schweiz", "switzerland", "suisse", "svizzera", "svizra", "ch", "che", "helvetia"),
    "LI": ("liechtenstein", "fl", "lie", "li"),
    "IT": ("italien", "italy", "italia", "i", "ita", "it", "südtirol", "suedtirol"),
    "FR": ("frankreich", "france", "f", "fra", "fr"),
    "NL": ("niederlande", "netherlands", "holland", "nederland", "nl", "nld"),
    "BE": ("belgien", "belgium", "belgique", "b", "bel", "be"),
    "LU": ("luxemburg", "luxembourg", "l", "lux", "lu"),
    "CZ": ("tschechien", "tschechische republik", "czech republic", "czechia", "cz", "cze"),
    "SK": ("slowakei", "slovakia", "sk", "svk"), "HU": ("ungarn", "hungary", "h", "hun", "hu"),
    "SI": ("slowenien", "slovenia", "slo", "svn", "si"), "HR": ("kroatien", "croatia", "hr", "hrv"),
    "PL": ("polen", "poland", "pl", "pol"), "DK": ("dänemark", "daenemark", "denmark", "dk", "dnk"),
    "SE": ("schweden", "sweden", "s", "swe", "se"), "NO": ("norwegen", "norway", "n", "nor", "no"),
    "FI": ("finnland", "finland", "fin", "fi"), "ES": ("spanien", "spain", "españa", "e", "esp", "es"),
    "PT": ("portugal", "p", "prt", "pt"), "GR": ("griechenland", "greece", "gr", "grc"),
    "GB": ("großbritannien", "grossbritannien", "vereinigtes königreich", "united kingdom", "uk", "england",
           "great britain", "gb", "gbr"),
    "IE": ("irland", "ireland", "irl", "ie"), "US": ("usa", "vereinigte staaten", "united states",
                                                        "united states of america", "us"),
    "TR": ("türkei", "tuerkei", "turkey", "türkiye", "tr", "tur"), "RO": ("rumänien", "rumaenien", "romania", "ro", "rou"),
    "BG": ("bulgarien", "bulgaria", "bg", "bgr"), "RS": ("serbien", "serbia", "srb", "rs"),
    "BA": ("bosnien und herzegowina", "bosnia and herzegovina", "bih", "ba"),
}


@functools.cache
def _country_index() -> dict[str, str]:
    index = {}
    try:  # every region phonenumbers knows, with its German and English name
        from phonenumbers import SUPPORTED_REGIONS
        from phonenumbers.geodata.locale import LOCALE_DATA
    except ImportError:  # pragma: no cover
        SUPPORTED_REGIONS, LOCALE_DATA = set(), {}
    for region in SUPPORTED_REGIONS:
        index[region.casefold()] = region
        names = LOCALE_DATA.get(region, {})
        for lang in ("de", "en"):
            name = names.get(lang, "")
            name = names.get(name[1:], "") if name.startswith("*") else name
            if name:
                index[fold(name)] = region
    for code, names in _COUNTRIES.items():
        for name in names:
            index[fold(name)] = code
    return index


def country_code(text: str) -> str | None:
    """'Österreich', 'Austria', 'AT', 'A' → 'AT'; '' → ''; unknown → None."""
    key = fold(text or "")
    if not key:
        return ""
    return _country_index().get(key)


_DMY = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$")
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NO_YEAR = re.compile(r"^(?:--(\d{2})-?(\d{2})|(\d{1,2})\.\s*(\d{1,2})\.?)$")
EMPTY_DATES = {"0.0.00", "0/0/00", "00.00.0000", "0000-00-00", "0.0.0000"}


class NoYear(ValueError):
    """A birthday without a year (--12-24, 24.12.): known, but not storable."""


def parse_date(text: str, *, slash_order: str = "DMY", today: dt.date | None = None) -> dt.date | None:
    """24.12.1970, 24.12.70, 1970-12-24 (ISO, with time), 19701224, 24/12/1970 (or 12/24/1970 with MDY).

    '' → None; raises NoYear for a day without year and ValueError for anything else.
    """
    text = (text or "").strip()
    if not text or text in EMPTY_DATES:
        return None
    today = today or dt.date.today()
    if m := _DMY.match(text):
        day, month, year = int(m[1]), int(m[2]), _year(m[3], today)
    elif m := _ISO.match(text) or _COMPACT.match(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _SLASH.match(text):
        first, second, year = int(m[1]), int(m[2]), _year(m[3], today)
        day, month = (second, first) if slash_order == "MDY" else (first, second)
    elif _NO_YEAR.match(text):
        raise NoYear(text)
    else:
        raise ValueError(text)
    return dt.date(year, month, day)  # ValueError for 31.02.


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:  # 24.12.70 → 1970; 01.02.05 → 2005 (never in the future)
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def slash_order(values: list[str]) -> str:
    """'MDY' when any 'a/b/yyyy' date has b > 12 (US Outlook), else 'DMY'."""
    for value in values:
        if m := _SLASH.match((value or "").strip()):
            if int(m[2]) > 12 and int(m[1]) <= 12:
                return "MDY"
            if int(m[1]) > 12:
                return "DMY"
    return "DMY"


def split_salutation(text: str) -> tuple[str | None, str]:
    """'Herr Dr.' → ('m', 'Dr.'); 'Frau' → ('f', ''); 'Dr.' → (None, 'Dr.'): gender or None, rest of the text.

    'Herr und Frau' (two genders) gives None; 'Firma' and 'Familie' are dropped without a gender.
    """
    genders, rest = set(), []
    for word in (text or "").replace(",", " ").split():
        key = fold(word)
        if key in SALUTATION_WORDS:
            if SALUTATION_WORDS[key]:
                genders.add(SALUTATION_WORDS[key])
        elif key not in ("und", "and", "u"):
            rest.append(word)
    return (genders.pop() if len(genders) == 1 else None), " ".join(rest)


def gender_value(text: str) -> str | None:
    """'männlich', 'Female', 'w', 'Divers' → m/f/d/unknown; None when not recognised."""
    key = fold(text or "")
    if key in GENDER_VALUES:
        return GENDER_VALUES[key]
    gender, _rest = split_salutation(text)
    return gender


def unescape_formula(text: str) -> str:
    """Undo our own CSV export escape: "'=1+2" → "=1+2" (only before a formula trigger)."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_TRIGGERS:
        return text[1:]
    return text


def escape_formula(text: str) -> str:
    """OWASP CSV injection: a cell starting with = + - @ tab or CR gets a leading single quote."""
    if text and text[0] in FORMULA_TRIGGERS:
        return "'" + text
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_cell(text: str) -> str:
    """Strip blanks, drop control characters (not tab/newline) and our formula escape."""
    if not text:
        return ""
    if text.isprintable():  # the common case: no control characters to drop
        text = text.strip()
    else:
        text = _CONTROL.sub("", text).strip()
    return unescape_formula(text) if text[:1] == "'" else text


def language_value(text: str) -> str | None:
    """'de'/'Deutsch'/'German' → 'de', 'en'/'Englisch'/'English' → 'en', '' → '', else None."""
    key = fold(text or "")
    if not key:
        return ""
    if key in ("de", "deutsch", "german", "ger", "de at", "de de", "de ch"):
        return "de"
    if key in ("en", "englisch", "english", "eng", "en gb", "en us"):
        return "en"
    return None


def formality_value(text: str) -> str | None:
    """'Sie'/'formal' → 'Sie', 'Du'/'informal'/'per Du' → 'Du', '' → '', else None."""
    key = fold(text or "")
    if not key:
        return ""
    if key in ("sie", "formal", "förmlich", "foermlich", "sie form"):
        return "Sie"
    if key in ("du", "informal", "per du", "du form"):
        return "Du"
    return None


def split_tags(text: str) -> list[str]:
    """'Kunde, VIP' / 'Kunde;VIP' / Google's '* myContacts ::: Kunde' → ['Kunde', 'VIP'] (system labels dropped)."""
    parts = re.split(r":::|[,;|]", text or "")
    return [p.strip() for p in parts if p.strip() and not p.strip().startswith("*")]
