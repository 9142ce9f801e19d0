"""The duplicate finder, as pure rules: comparison keys, Kölner Phonetik, the in-memory index, similarity.

Used by the importer, the data quality report and the stored match keys (crmdesk.db.derived).

Duplicate rules (a small, documented algorithm; see docs/guide/import-export.md):

* keys are *folded*: case-folded, ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped (é→e), only
  letters, digits and single blanks kept; company names also lose their legal form (GmbH, AG ...);
* **email**: the same address (case-insensitive) in any of the two e-mail fields;
* **phone**: the same number as digits with the country code ("0664 1234567" in AT and
  "+43 664 1234567" are the same key);
* **name_city** / **name_company**: the same folded "first particle last" name in the same folded
  city / company. That is an *exact* match (Müller = Mueller, José = Jose);
* **similar**: candidates are blocked by the Kölner Phonetik code of the last name plus the city or
  the company and the first letter of the first name (Franz Maier, Frank Meier, Franziska Mayer share
  a block), then compared with difflib's ratio on the folded full name; ≥ SIMILAR_RATIO is a
  *suspect*, shown side by side but never merged by itself.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

SIMILAR_RATIO = 0.85
MATCH_KEYS = ("email", "phone", "name_city", "name_company")
CALLING_CODES = {"AT": "43", "DE": "49", "CH": "41", "LI": "423", "IT": "39", "FR": "33", "NL": "31", "BE": "32",
                 "LU": "352", "CZ": "420", "SK": "421", "HU": "36", "SI": "386", "PL": "48", "GB": "44", "US": "1"}
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "æ": "ae", "ø": "oe", "œ": "oe", "ł": "l", "đ": "d",
                           "ð": "d", "þ": "th", "ı": "i"})
_LEGAL_FORMS = frozenset({
    "gmbh", "gesmbh", "mbh", "ag", "kg", "og", "ohg", "eu", "ek", "ev", "se", "ug", "gbr", "co", "und", "haftungsbeschraenkt",
    "ltd", "limited", "inc", "llc", "plc", "sa", "sarl", "srl", "bv", "nv", "gesellschaft", "mbh", "kgaa",
})


# --- keys -----------------------------------------------------------------------------------------

_PLAIN = re.compile(r"[a-z0-9 ]*")
_NON_DIGIT = re.compile(r"\D")
_NOT_DIGIT_BYTES = bytes(b for b in range(256) if not 48 <= b <= 57)


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """'Müller-Lüdenscheidt, José' → 'mueller luedenscheidt jose' (the comparison form of a name or place)."""
    if not text:
        return ""
    if text.isascii():
        lowered = text.lower()
        if _PLAIN.fullmatch(lowered):
            return " ".join(lowered.split())
    else:
        lowered = unicodedata.normalize("NFC", text).casefold().translate(_TRANSLIT)
        lowered = "".join(ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", lowered).split())


def name_key(first_name: str, last_name: str, particle: str = "") -> str:
    """The folded full name used for exact matching ("first particle last")."""
    return " ".join(part for part in (fold(first_name), fold(particle), fold(last_name)) if part)


@functools.lru_cache(maxsize=50_000)
def company_key(name: str) -> str:
    """Folded company name without legal-form words ('Huber GmbH & Co KG' → 'huber')."""
    words = fold(name.replace("&", " ")).split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def email_key(value: str) -> str:
    """An e-mail address compared case-insensitively."""
    return (value or "").strip().casefold()


def phone_key(value: str, country: str = "AT") -> str:
    """Digits with country code: '0664/123 45 67' (AT) and '+43 (0)664 1234567' both give '436641234567'."""
    digits, international = phone_digits(value)
    if not digits or international:
        return digits
    return CALLING_CODES.get((country or "AT").upper(), "43") + digits


def phone_digits(value: str) -> tuple[str, bool]:
    """(digits, True) for a number with its country code, (national digits without the 0, False) for one
    without; ('', False) for fewer than six digits."""
    text = (value or "").replace("(0)", "")
    try:
        digits = text.encode("ascii").translate(None, _NOT_DIGIT_BYTES).decode("ascii")
    except UnicodeEncodeError:
        digits = _NON_DIGIT.sub("", text)
    if len(digits) < 6:
        return "", False
    if text.lstrip().startswith("+"):
        return digits, True
    if digits.startswith("00"):
        return digits[2:], True
    return (digits[1:] if digits.startswith("0") else digits), False


_COLOGNE = {**dict.fromkeys("aeijouy", "0"), "b": "1", "f": "3", "v": "3", "w": "3", "g": "4", "k": "4", "q": "4",
            "l": "5", "m": "6", "n": "6", "r": "7", "s": "8", "z": "8"}


@functools.lru_cache(maxsize=100_000)
def cologne(word: str) -> str:
    """Kölner Phonetik of a folded word: 'maier', 'meyer', 'mayr' → '67'."""
    letters = [ch for ch in fold(word) if "a" <= ch <= "z"]
    codes = []
    for i, ch in enumerate(letters):
        prev = letters[i - 1] if i else ""
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        codes.append(_cologne_code(ch, prev, nxt, i == 0))
    merged = []
    for code in "".join(codes):
        if not merged or merged[-1] != code:
            merged.append(code)
    return (merged[0] if merged else "") + "".join(c for c in merged[1:] if c != "0")


def _cologne_code(ch: str, prev: str, nxt: str, first: bool) -> str:
    if ch == "h":
        return ""
    if ch == "p":
        return "3" if nxt == "h" else "1"
    if ch in "dt":
        return "8" if nxt in ("c", "s", "z") and nxt else "2"
    if ch == "c":
        if first:
            return "4" if nxt and nxt in "ahkloqrux" else "8"
        return "4" if nxt and nxt in "ahkoqux" and prev not in ("s", "z") else "8"
    if ch == "x":
        return "8" if prev and prev in "ckq" else "48"
    return _COLOGNE.get(ch, "")


# --- the index ------------------------------------------------------------------------------------

class Candidate(NamedTuple):
    """A person as the duplicate finder sees it (id < 0: a row of the file being imported)."""

    id: int
    first_name: str = ""
    last_name: str = ""
    name_particle: str = ""
    city: str = ""
    company: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # phone keys (see phone_key)


@dataclass(frozen=True)
class DuplicateMatch:
    """One existing person that a candidate matches; key is a MATCH_KEYS entry or 'similar'."""

    person_id: int
    key: str
    score: float = 1.0

    @property
    def exact(self) -> bool:
        """True for key matches (email, phone, name+city, name+company), False for similar names."""
        return self.key != "similar"


@functools.lru_cache(maxsize=32_768)
def index_keys(c: Candidate) -> tuple[tuple[tuple, ...], str, tuple[tuple, ...]]:
    """(exact keys, folded full name, similarity blocks) of a candidate: what is indexed and what is looked up.

    Remembered: an import asks for the same row's keys when probing, finding and adding it."""
    exact: list[tuple] = [("email", email_key(e)) for e in c.emails if e] + [("phone", p) for p in c.phones if p]
    full = name_key(c.first_name, c.last_name, c.name_particle)
    blocks: list[tuple] = []
    if full:
        block = _block(c)
        for kind, place in (("name_city", fold(c.city)), ("name_company", company_key(c.company))):
            if place:
                exact.append((kind, (full, place)))
                blocks.append((kind, block, place))
    return tuple(exact), full, tuple(blocks)


@dataclass
class DuplicateIndex:
    """Persons indexed by e-mail, phone, exact name+place and phonetic name+place blocks.

    wanted: when set (see `probing`), only keys in it are stored, so indexing 100,000 persons to
    check one import file keeps just the few entries that can match.
    """

    by_key: dict[tuple, list[int]] = field(default_factory=lambda: defaultdict(list))
    blocks: dict[tuple, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    wanted: set[tuple] | None = None
    companies: dict[int, str] = field(default_factory=dict)  # person id → company key, for the city rules

    @classmethod
    def probing(cls, candidates: Iterable[Candidate]) -> DuplicateIndex:
        """An empty index that will keep only the keys these candidates can match."""
        wanted: set[tuple] = set()
        for c in candidates:
            exact, _full, blocks = index_keys(c)
            wanted.update(exact)
            wanted.update(blocks)
        return cls(wanted=wanted)

    def add(self, c: Candidate) -> None:
        """Index one person."""
        exact, full, blocks = index_keys(c)
        wanted = self.wanted
        stored = False
        for key in dict.fromkeys(exact):
            if wanted is None or key in wanted:
                self.by_key[key].append(c.id)
                stored = True
        for key in blocks:
            if wanted is None or key in wanted:
                self.blocks[key].append((c.id, full))
                stored = True
        if stored and c.company:
            self.companies[c.id] = company_key(c.company)

    def _elsewhere(self, c_company: str, kind: str, pid: int) -> bool:
        """Same name in the same city, but both work for different companies: not taken for the same person."""
        other = self.companies.get(pid, "")
        return kind == "name_city" and bool(c_company) and bool(other) and other != c_company

    def find(self, c: Candidate, keys: Iterable[str] = MATCH_KEYS, *, similar: bool = True) -> list[DuplicateMatch]:
        """Persons that *c* matches on the chosen keys (exact first), plus similar-name suspects."""
        keys = tuple(keys)
        found: dict[int, DuplicateMatch] = {}
        exact, full, blocks = index_keys(c)
        company = company_key(c.company) if c.company else ""
        for key in exact:
            if key[0] in keys:
                for pid in self.by_key.get(key, ()):
                    if pid != c.id and not self._elsewhere(company, key[0], pid):
                        found.setdefault(pid, DuplicateMatch(pid, key[0]))
        if similar:
            for block in blocks:
                for pid, other in self.blocks.get(block, ()):
                    if pid != c.id and pid not in found and other != full and not self._elsewhere(company, block[0], pid):
                        score = similarity(full, other)
                        if score >= SIMILAR_RATIO:
                            found[pid] = DuplicateMatch(pid, "similar", round(score, 3))
        return sorted(found.values(), key=lambda m: (not m.exact, -m.score, m.person_id))


def _block(c: Candidate) -> tuple[str, str]:
    """Blocking key: Kölner Phonetik of the last name and the first letter of the folded first name."""
    return cologne(c.last_name or c.first_name), fold(c.first_name)[:1]


def similarity(a: str, b: str) -> float:
    """difflib's ratio of two folded names, 0.0 early when the length alone rules out SIMILAR_RATIO."""
    if 2 * min(len(a), len(b)) < SIMILAR_RATIO * (len(a) + len(b)):
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.quick_ratio() < SIMILAR_RATIO:
        return 0.0
    return matcher.ratio()


# --- stored match keys ----------------------------------------------------------------------------
# The database files every person under 32-bit hashes of the keys above (crmdesk.db.derived, table
# person_match_key), so that checking an import file reads only the persons that share a key with
# one of its rows instead of all of them. The hashes only preselect: the persons found are indexed
# and compared with DuplicateIndex exactly as before, so a hash collision costs a row read, never a
# wrong match.

_ALL_CODES = frozenset({*CALLING_CODES.values(), "43"})


def key_hash(key: tuple) -> int:
    """A signed 32-bit hash (CRC-32) of a key tuple of strings; stable across runs and platforms.

    32 bits are plenty for a preselection: with a million persons filed under seven keys each, a
    10,000-row import reads about a hundred persons more than it needs to, and it is cheap to compute
    and small to index (SQLite stores it in four bytes)."""
    kind, first = key[0], key[1]  # (kind, text), (kind, (name, place)) or (kind, (code, initial), place)
    parts = [kind, first] if isinstance(first, str) else [kind, *first]
    parts.extend(key[2:])
    return zlib.crc32("\x1f".join(parts).encode("utf-8", "surrogatepass")) - 0x80000000


def filing_hashes(c: Candidate, phone_numbers: Iterable[str], country: str) -> set[int]:
    """The hashes a stored person is filed under: its e-mail, name+place and block keys (c.phones is
    ignored), and its phone numbers as written. Without a country of its own, a national number's key
    depends on the default country of whoever looks (phone_key), so it is filed under every calling code."""
    exact, _full, blocks = index_keys(c._replace(phones=()) if c.phones else c)
    keys = [*exact, *blocks]
    for raw in phone_numbers:
        digits, international = phone_digits(raw)
        if not digits:
            continue
        if international:
            keys.append(("phone", digits))
        elif country:
            keys.append(("phone", CALLING_CODES.get(country.upper(), "43") + digits))
        else:  # no country of its own: phone_key depends on the default country of whoever looks
            keys.extend(("phone", code + digits) for code in _ALL_CODES)
    return {key_hash(key) for key in keys}


def probe_hashes(keys: Iterable[tuple]) -> set[int]:
    """Every hash under which a person is filed who has one of *keys* (exact keys and blocks of the
    candidates looked for, as DuplicateIndex.probing collects them)."""
    return {key_hash(key) for key in keys}
