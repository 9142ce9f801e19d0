"""Data quality: the duplicate finder (used by the importer too) and the report offered before a mailing.

Duplicate rules (a small, documented algorithm; see docs-fragments/import-export.md):

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
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from crmdesk.db.models import Company, Employment, Person, database

SIMILAR_RATIO = 0.85
MATCH_KEYS = ("email", "phone", "name_city", "name_company")
CATEGORIES = ("no_gender", "no_address", "title_warning", "missing_function", "duplicate", "invalid_email", "invalid_phone")
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
    text = (value or "").replace("(0)", "")
    try:
        digits = text.encode("ascii").translate(None, _NOT_DIGIT_BYTES).decode("ascii")
    except UnicodeEncodeError:
        digits = _NON_DIGIT.sub("", text)
    if len(digits) < 6:
        return ""
    if text.lstrip().startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    code = CALLING_CODES.get((country or "AT").upper(), "43")
    return code + (digits[1:] if digits.startswith("0") else digits)


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


def index_keys(c: Candidate) -> tuple[list[tuple], str, list[tuple]]:
    """(exact keys, folded full name, similarity blocks) of a candidate: what is indexed and what is looked up."""
    exact: list[tuple] = [("email", email_key(e)) for e in c.emails if e] + [("phone", p) for p in c.phones if p]
    full = name_key(c.first_name, c.last_name, c.name_particle)
    blocks: list[tuple] = []
    if full:
        block = _block(c)
        for kind, place in (("name_city", fold(c.city)), ("name_company", company_key(c.company))):
            if place:
                exact.append((kind, (full, place)))
                blocks.append((kind, block, place))
    return exact, full, blocks


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


# --- loading from the database --------------------------------------------------------------------

_CANDIDATE_COLUMNS = (Person.id, Person.first_name, Person.last_name, Person.name_particle, Person.display_city,
                      Person.company_name, Person.email_business, Person.email_private, Person.phone_business,
                      Person.phone_mobile, Person.phone_private, Person.display_country)


def candidate_from_row(row: tuple, default_country: str = "AT") -> Candidate:
    """A Candidate from a tuple of _CANDIDATE_COLUMNS."""
    pid, first, last, particle, city, company, mail1, mail2, ph1, ph2, ph3, country = row
    country = country or default_country
    phones = tuple(k for k in (phone_key(ph1, country), phone_key(ph2, country), phone_key(ph3, country)) if k)
    return Candidate(pid, first, last, particle, city, company, tuple(e for e in (mail1, mail2) if e), phones)


def load_index(person_ids: Iterable[int] | None = None, *, default_country: str = "AT",
               should_stop: Callable[[], bool] | None = None,
               probes: Iterable[Candidate] | None = None) -> tuple[DuplicateIndex, dict[int, Candidate]]:
    """Index every person that is not deleted (or only *person_ids*); also returns the candidates by id.

    With *probes* (the rows of an import file, a letter's recipients) only the keys they can match
    are kept and no candidates are returned: that is what makes checking 10,000 rows against
    100,000 persons fast.
    """
    index = DuplicateIndex() if probes is None else DuplicateIndex.probing(probes)
    candidates: dict[int, Candidate] = {}
    want_phones = probes is not None and any(key[0] == "phone" for key in index.wanted or ())
    n = 0
    for rows in _candidate_rows(person_ids):
        for row in rows:
            n += 1
            if should_stop is not None and n % 5000 == 0 and should_stop():
                return index, candidates
            if probes is not None:
                _add_probed(index, row, default_country, want_phones)
                continue
            candidate = candidate_from_row(row, default_country)
            candidates[candidate.id] = candidate
            index.add(candidate)
    return index, candidates


def _candidate_rows(person_ids: Iterable[int] | None) -> Iterable:
    """Raw row cursors (peewee's row wrapping costs more than the rest), in chunks of ids if given."""
    query = Person.select(*_CANDIDATE_COLUMNS).where(Person.deleted_at.is_null())
    if person_ids is None:
        yield database.execute(query)
        return
    ids = list(person_ids)
    for start in range(0, len(ids), 5000):
        yield database.execute(query.where(Person.id.in_(ids[start:start + 5000])))


def _add_probed(index: DuplicateIndex, row: tuple, default_country: str, want_phones: bool) -> None:
    """index.add(candidate_from_row(row)) for a probing index, without building what cannot match."""
    pid, first, last, particle, city, company, mail1, mail2, ph1, ph2, ph3, country = row
    wanted = index.wanted
    for mail in (mail1, mail2):
        if mail and ("email", email_key(mail)) in wanted:
            index.by_key["email", email_key(mail)].append(pid)
    if want_phones:
        for phone in (ph1, ph2, ph3):
            if phone:
                key = ("phone", phone_key(phone, country or default_country))
                if key in wanted:
                    index.by_key[key].append(pid)
    full = name_key(first, last, particle)
    if not full:
        return
    block = (cologne(last or first), fold(first)[:1])
    for kind, place in (("name_city", fold(city)), ("name_company", company_key(company))):
        if place:
            if (kind, (full, place)) in wanted:
                index.by_key[kind, (full, place)].append(pid)
                index.companies[pid] = company_key(company) if company else ""
            if (kind, block, place) in wanted:
                index.blocks[kind, block, place].append((pid, full))
                index.companies[pid] = company_key(company) if company else ""


def duplicate_pairs(person_ids: Iterable[int] | None = None) -> list[tuple[int, int, DuplicateMatch]]:
    """Likely duplicates among all persons (or between *person_ids* and everyone): (a, b, match), a < b once."""
    if person_ids is None:
        index, candidates = load_index()
        wanted = list(candidates)
    else:
        _, candidates = load_index(person_ids)
        index, _ = load_index(probes=list(candidates.values()))
        wanted = [pid for pid in dict.fromkeys(person_ids) if pid in candidates]
    seen, pairs = set(), []
    for pid in wanted:
        for match in index.find(candidates[pid]):
            pair = (min(pid, match.person_id), max(pid, match.person_id))
            if pair not in seen:
                seen.add(pair)
                pairs.append((pid, match.person_id, match))
    return pairs


# --- the report -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class QualityItem:
    """One finding: which person, which category (CATEGORIES), and why."""

    person_id: int
    name: str
    category: str
    reason: str


@dataclass(frozen=True)
class QualityReport:
    """All findings, counts per category and how many persons were checked."""

    items: tuple[QualityItem, ...]
    counts: dict[str, int]
    checked: int

    def in_category(self, category: str) -> list[QualityItem]:
        """The findings of one category."""
        return [item for item in self.items if item.category == category]

    @property
    def person_ids(self) -> list[int]:
        """Every person with at least one finding, in order of first appearance."""
        return list(dict.fromkeys(item.person_id for item in self.items))


_REPORT_COLUMNS = (Person.id, Person.gender, Person.first_name, Person.last_name, Person.name_particle,
                   Person.titles_pre, Person.titles_post, Person.honorary_title, Person.function_title,
                   Person.company_name, Person.salutation_override, Person.formality, Person.street, Person.city,
                   Person.private_street, Person.private_city, Person.company, Person.email_business,
                   Person.email_private, Person.phone_business, Person.phone_mobile, Person.phone_private,
                   Person.display_country)
_REPORT_NAMES = tuple(c.name for c in _REPORT_COLUMNS)
_ADDRESS_NAMES = ("street", "city", "private_street", "private_city")


def quality_report(person_ids: Iterable[int] | None = None, *, should_stop: Callable[[], bool] | None = None,
                   on_progress: Callable[[int, int], None] | None = None) -> QualityReport:
    """Check the persons (all that are not deleted, or *person_ids*) and list every finding with its reason."""
    ids = None if person_ids is None else list(dict.fromkeys(person_ids))
    rows = _report_rows(ids)
    context = _ReportContext.load(rows)
    items: list[QualityItem] = []
    for n, row in enumerate(rows):
        if n % 500 == 0:
            if should_stop is not None and should_stop():
                break
            if on_progress is not None:
                on_progress(n, len(rows))
        items.extend(_check_person(row, context))
    items.extend(_duplicate_items(rows, ids))
    counts = {category: 0 for category in CATEGORIES}
    for item in items:
        counts[item.category] += 1
    if on_progress is not None:
        on_progress(len(rows), len(rows))
    return QualityReport(tuple(items), counts, len(rows))


def _report_rows(ids: list[int] | None) -> list[dict]:
    query = Person.select(*_REPORT_COLUMNS).where(Person.deleted_at.is_null()).order_by(Person.sort_name, Person.id)
    if ids is None:
        return [dict(zip(_REPORT_NAMES, row)) for row in query.tuples().iterator()]
    result = []
    for start in range(0, len(ids), 5000):
        chunk = query.where(Person.id.in_(ids[start:start + 5000]))
        result.extend(dict(zip(_REPORT_NAMES, row)) for row in chunk.tuples())
    return result


@dataclass
class _ReportContext:
    """What the per-person checks need besides the row: company addresses and jobs without title."""

    company_has_address: dict[int, bool]
    untitled_jobs: dict[int, list[str]]

    @classmethod
    def load(cls, rows: list[dict]) -> _ReportContext:
        """Company addresses and untitled current jobs for the rows."""
        ids = [row["id"] for row in rows]
        company_ids = {row["company"] for row in rows if row["company"]}
        has_address = {}
        for cid, street, po_box, city in Company.select(Company.id, Company.street, Company.po_box, Company.city).tuples():
            if cid in company_ids:
                has_address[cid] = bool((street or po_box) and city)
        untitled: dict[int, list[str]] = defaultdict(list)
        query = (Employment.select(Employment.person, Company.name).join(Company)
                 .where((Employment.function_title == "") & Employment.until.is_null() & Company.deleted_at.is_null()))
        wanted = set(ids)
        for pid, name in query.tuples().iterator():
            if pid in wanted:
                untitled[pid].append(name)
        return cls(has_address, untitled)


def _titles(raw: str) -> tuple[str, ...]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _recipient(row: dict):
    from crmdesk.domain.titles import Recipient

    return Recipient(gender=row["gender"], first_name=row["first_name"], last_name=row["last_name"],
                     name_particle=row["name_particle"], titles_pre=_titles(row["titles_pre"]),
                     titles_post=_titles(row["titles_post"]), honorary_title=row["honorary_title"],
                     function_title=row["function_title"], company=row["company_name"],
                     salutation_override=row["salutation_override"], formality=row["formality"])


def _name(row: dict) -> str:
    from crmdesk.domain.titles import display_name

    return display_name(_recipient(row)) or f"#{row['id']}"


def _check_person(row: dict, context: _ReportContext) -> list[QualityItem]:
    from crmdesk.domain.titles import check_recipient

    recipient = _recipient(row)
    name = _name(row)
    found: list[tuple[str, str]] = []
    if row["gender"] == "unknown":
        found.append(("no_gender", "No gender: the salutation cannot say Herr or Frau."))
    if not _has_address(row, context):
        found.append(("no_address", "No postal address: none of its own, none of its company, no private one."))
    for code, message in check_recipient(recipient, country=row["display_country"] or "AT"):
        if code != "missing_gender":  # already listed as no_gender
            found.append(("title_warning", message))
    for company in context.untitled_jobs.get(row["id"], ()):
        found.append(("missing_function", f"No function title for the position at {company}."))
    found.extend(_contact_problems(row))
    return [QualityItem(row["id"], name, category, reason) for category, reason in found]


def _has_address(row: dict, context: _ReportContext) -> bool:
    own = bool(row["street"] and row["city"])
    private = bool(row["private_street"] and row["private_city"])
    return own or private or context.company_has_address.get(row["company"], False)


@functools.lru_cache(maxsize=50_000)
def _email_problem(value: str) -> str:
    from crmdesk.validation import normalise_email

    return normalise_email(value)[1]


@functools.lru_cache(maxsize=50_000)
def _phone_problem(value: str, country: str) -> str:
    from crmdesk.validation import normalise_phone

    return normalise_phone(value, country)[1]


def _contact_problems(row: dict) -> list[tuple[str, str]]:
    found = []
    for key in ("email_business", "email_private"):
        if row[key] and (message := _email_problem(row[key])):
            found.append(("invalid_email", message))
    for key in ("phone_business", "phone_mobile", "phone_private"):
        if row[key] and (message := _phone_problem(row[key], row["display_country"] or "AT")):
            found.append(("invalid_phone", message))
    return found


_KEY_WORDS = {"email": "the same e-mail address", "phone": "the same phone number", "name_city": "the same name and city",
              "name_company": "the same name and company", "similar": "a similar name in the same city or company"}


def _duplicate_items(rows: list[dict], ids: list[int] | None) -> list[QualityItem]:
    by_id = {row["id"]: row for row in rows}
    items = []
    for a, b, match in duplicate_pairs(ids):
        for pid, other in ((a, b), (b, a)):
            if pid in by_id:
                reason = f"Possible duplicate of #{other}: {_KEY_WORDS[match.key]}"
                reason += f" ({match.score:.0%})." if not match.exact else "."
                items.append(QualityItem(pid, _name(by_id[pid]), "duplicate", reason))
    return items
