"""The title catalogue: entries loaded from resources/titles/catalogue.json plus user titles, with cached lookups."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

COUNTRIES = ("DE", "AT", "CH")
KINDS = ("academic_pre", "academic_post", "honorary", "office", "function", "position")
SALUTATION_MODES = ("none", "abbrev", "word", "title")
ADDRESS_MODES = ("pre", "post", "anrede", "below")
GROUPS = ("grade", "teaching", "hc")

# Defaults for user entries that leave them out: per kind (salutation per country, address per country, rank).
_KIND_DEFAULTS: dict[str, tuple[dict[str, str], dict[str, str], int]] = {
    "academic_pre": ({"DE": "none", "AT": "abbrev", "CH": "none"}, dict.fromkeys(COUNTRIES, "pre"), 15),
    "academic_post": (dict.fromkeys(COUNTRIES, "none"), dict.fromkeys(COUNTRIES, "post"), 2),
    "honorary": (dict.fromkeys(COUNTRIES, "title"), dict.fromkeys(COUNTRIES, "anrede"), 77),
    "office": (dict.fromkeys(COUNTRIES, "title"), dict.fromkeys(COUNTRIES, "anrede"), 90),
    "function": ({"DE": "none", "AT": "title", "CH": "none"}, dict.fromkeys(COUNTRIES, "anrede"), 80),
    "position": (dict.fromkeys(COUNTRIES, "none"), dict.fromkeys(COUNTRIES, "below"), 30),
}


def norm_key(text: str) -> str:
    """Lookup key of a written form: case-folded, without blanks ("Dr. h.c." == "dr.h.c.")."""
    return "".join(text.split()).casefold().replace("ª", "a").replace("ⁱⁿ", "in")


def _dotless(key: str) -> str:
    """A second, more lenient key without full stops ("Dr" finds "Dr.")."""
    return key.replace(".", "")


@dataclass(frozen=True, eq=False)
class TitleEntry:
    """One catalogue title; see the _comment of catalogue.json for the meaning of each field."""

    id: str
    kind: str
    forms: tuple[str, ...]
    female_forms: tuple[str, ...]
    female_abbrev: str
    male: str
    female: str
    sal_male: str
    sal_female: str
    rank: int
    group: str
    base: str
    sal_form: Mapping[str, str]
    double: str
    expand: tuple[str, ...]
    abbrev_always: bool
    en: str
    salutation: Mapping[str, str]
    address: Mapping[str, str]
    labels: Mapping[str, str]

    @property
    def canonical(self) -> str:
        """The canonical written form."""
        return self.forms[0]

    def spelled(self, gender: str) -> str:
        """Spelled-out form for a gender (R-ALL-5: women get the female form)."""
        return self.female if gender == "f" else self.male

    def salutation_word(self, gender: str) -> str:
        """Word used in the salutation ("Professor" for Univ.-Prof.)."""
        return (self.sal_female if gender == "f" else self.sal_male) or self.spelled(gender)

    def salutation_form(self, country: str, written: str) -> str:
        """Abbreviated form for the salutation: faculty suffix and h. c. dropped (R-DE-3, R-DE-6)."""
        return self.sal_form.get(country, written)


@dataclass(frozen=True)
class Match:
    """A written title found in the catalogue; female_written: it was written in a female form."""

    entry: TitleEntry
    female_written: bool


@dataclass(frozen=True)
class TitleInfo:
    """A catalogue entry as the UI's title picker shows it."""

    id: str
    canonical: str
    kind: str
    label_de: str
    label_en: str
    forms: tuple[str, ...]


def _as_tuple(value: Any) -> tuple[str, ...]:
    """A string or list from JSON as a tuple of non-empty strings."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(str(v) for v in value if str(v).strip())


def _per_country(value: Any, default: Mapping[str, str], allowed: tuple[str, ...], what: str) -> dict[str, str]:
    """A per-country mode dict, filled from the default and checked against the allowed modes."""
    if isinstance(value, str):
        value = dict.fromkeys(COUNTRIES, value)
    result = {**default, **(value or {})}
    for country, mode in result.items():
        if mode not in allowed:
            raise ValueError(f"{what} for {country} must be one of {', '.join(allowed)}, not {mode!r}")
    return result


def make_entry(raw: Mapping[str, Any]) -> TitleEntry:
    """Build one entry from a JSON/settings dict; missing fields get defaults from the kind."""
    forms = _as_tuple(raw.get("forms") or raw.get("form"))
    if not forms:
        raise ValueError(f"title entry {raw!r} has no written form")
    kind = raw.get("kind", "honorary")
    if kind not in KINDS:
        raise ValueError(f"title {forms[0]!r}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    sal_default, addr_default, rank_default = _KIND_DEFAULTS[kind]
    male = str(raw.get("male") or forms[0])
    sal_form = raw.get("sal_form") or {}
    if isinstance(sal_form, str):
        sal_form = dict.fromkeys(COUNTRIES, sal_form)
    group = raw.get("group", "grade")
    if group not in GROUPS:
        raise ValueError(f"title {forms[0]!r}: group must be one of {', '.join(GROUPS)}")
    return TitleEntry(
        id=str(raw.get("id") or f"user:{forms[0]}"), kind=kind, forms=forms,
        female_forms=_as_tuple(raw.get("female_forms")), female_abbrev=str(raw.get("female_abbrev") or ""),
        male=male, female=str(raw.get("female") or male),
        sal_male=str(raw.get("sal_male") or ""), sal_female=str(raw.get("sal_female") or ""),
        rank=int(raw.get("rank", rank_default)), group=group, base=str(raw.get("base") or ""),
        sal_form=dict(sal_form), double=str(raw.get("double") or ""), expand=_as_tuple(raw.get("expand")),
        abbrev_always=bool(raw.get("abbrev_always", False)), en=str(raw.get("en") or ""),
        salutation=_per_country(raw.get("salutation"), sal_default, SALUTATION_MODES, f"{forms[0]!r} salutation"),
        address=_per_country(raw.get("address"), addr_default, ADDRESS_MODES, f"{forms[0]!r} address"),
        labels={"de": male, "en": male, **(raw.get("labels") or {})},
    )


class Catalogue:
    """All known titles with lookups by written form (cached).

    Attributes: _entries (id -> entry, in catalogue order), _keys (normalised form -> Match),
    _words (spelled-out words -> Match, for the function field), _memo (text -> Match | None),
    _memos (named memo dicts of other modules).
    """

    def __init__(self, entries: Iterable[TitleEntry]) -> None:
        self._entries: dict[str, TitleEntry] = {}
        for entry in entries:
            self._entries[entry.id] = entry      # later entries (user titles) replace built-in ones
        self._keys: dict[str, Match] = {}
        self._words: dict[str, Match] = {}
        self._memo: dict[tuple[str, bool], Match | None] = {}
        self._memos: dict[str, dict] = {}
        self._index()

    def _index(self) -> None:
        """Build the lookup keys; a dotless key that would be ambiguous is left out."""
        dotless: dict[str, Match | None] = {}
        for entry in self._entries.values():
            for text, female in [(f, False) for f in entry.forms] + [(f, True) for f in entry.female_forms]:
                key = norm_key(text)
                self._keys.setdefault(key, Match(entry, female))
                other = dotless.get(_dotless(key), Match(entry, female))
                dotless[_dotless(key)] = other if other is not None and other.entry is entry else None
            for word, female in ((entry.male, False), (entry.female, True)):
                self._words.setdefault(norm_key(word), Match(entry, female and entry.female != entry.male))
        for key, match in dotless.items():
            if match is not None:
                self._keys.setdefault(key, match)

    def memo(self, name: str) -> dict:
        """A named memo dict that lives as long as this catalogue (for derived lookups of other modules)."""
        return self._memos.setdefault(name, {})

    def get(self, title_id: str) -> TitleEntry | None:
        """The entry with this id, or None."""
        return self._entries.get(title_id)

    def resolve(self, text: str, *, words_only_for: tuple[str, ...] = ()) -> Match | None:
        """The catalogue title written as *text*, or None.

        words_only_for: kinds that may match only by their spelled-out word (used for the function
        field, so that "HR" typed as a department is not read as "Hofrat").
        """
        memo_key = (text, bool(words_only_for))
        if memo_key in self._memo:
            return self._memo[memo_key]
        key = norm_key(text.strip().strip(","))
        match = self._keys.get(key)
        if match is None and "." not in key:       # "Dr" finds "Dr.", but "med." never finds "M.Ed."
            match = self._keys.get(_dotless(key))
        if match is not None and match.entry.kind in words_only_for and key not in self._words:
            match = None
        match = match or self._words.get(key)
        self._memo[memo_key] = match
        return match

    def tokens(self, text: str) -> list[tuple[str, Match | None]]:
        """Split free text into written titles: fewest unknown words, then fewest pieces
        ("Prof. Dr. med." -> "Prof." + "Dr. med."); unknown words come back one by one."""
        words = text.replace(",", " ").split()
        n = len(words)
        best: list[tuple[int, int, list[tuple[str, Match | None]]]] = [(0, 0, [])] + [(n + 1, n + 1, [])] * n
        for end in range(1, n + 1):
            for start in range(max(0, end - 6), end):
                written = " ".join(words[start:end])
                match = self.resolve(written)
                if match is None and end - start > 1:
                    continue
                unknown, pieces, done = best[start]
                candidate = (unknown + (match is None), pieces + 1, done + [(written, match)])
                if candidate[:2] < best[end][:2]:
                    best[end] = candidate
        return best[n][2]

    def all_titles(self) -> list[TitleInfo]:
        """Every entry with canonical form, kind and display labels, for the UI's title picker."""
        return [TitleInfo(e.id, e.canonical, e.kind, e.labels.get("de", e.male), e.labels.get("en", e.male),
                          e.forms + e.female_forms) for e in self._entries.values()]

    def entries(self) -> list[TitleEntry]:
        """All entries in catalogue order."""
        return list(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)


def catalogue_path() -> Path:
    """resources/titles/catalogue.json."""
    from crmdesk.paths import resource

    return resource("titles", "catalogue.json")


@functools.cache
def _builtin_raw() -> tuple[Mapping[str, Any], ...]:
    """The built-in catalogue entries as read from JSON (read once)."""
    with catalogue_path().open(encoding="utf-8") as fh:
        return tuple(json.load(fh)["titles"])


@functools.cache
def default_catalogue() -> Catalogue:
    """The built-in catalogue (built once)."""
    return Catalogue(make_entry(raw) for raw in _builtin_raw())


def load_catalogue(extra: list[dict] | None = None) -> Catalogue:
    """The catalogue, plus user titles (dicts like the JSON entries; an entry with a built-in id replaces it)."""
    if not extra:
        return default_catalogue()
    return Catalogue([make_entry(raw) for raw in _builtin_raw()] + [make_entry(raw) for raw in extra])
