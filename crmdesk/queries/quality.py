"""Data quality: the duplicate finder over the database (used by the importer too) and the report offered
before a mailing. The rules themselves (keys, phonetics, similarity) are pure: crmdesk.domain.matching.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from crmdesk.bulkwork import paused_gc
from crmdesk.db import derived
from crmdesk.db.models import Company, Employment, Person, database
from crmdesk.domain.messages import QT_TRANSLATE_NOOP, msg
from crmdesk.domain.matching import (  # noqa: F401 - re-exported: the importer and tests use them from here
    CALLING_CODES, MATCH_KEYS, SIMILAR_RATIO, Candidate, DuplicateIndex, DuplicateMatch, cologne, company_key, email_key,
    fold, index_keys, name_key, phone_key, probe_hashes, similarity,
)

CATEGORIES = ("no_gender", "no_address", "title_warning", "missing_function", "duplicate", "invalid_email", "invalid_phone")


# --- loading from the database --------------------------------------------------------------------

_CANDIDATE_COLUMNS = derived.MATCH_COLUMNS


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
    are kept and no candidates are returned; without *person_ids*, only the persons filed under one
    of those keys (person_match_key) are read. That is what makes checking 10,000 rows against
    100,000 persons fast.
    """
    index = DuplicateIndex() if probes is None else DuplicateIndex.probing(probes)
    if probes is not None and person_ids is None:
        person_ids = derived.persons_filed_under(probe_hashes(index.wanted))
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
    columns = ", ".join(f'"{c.column_name}"' for c in _CANDIDATE_COLUMNS)
    for start in range(0, len(ids), 5000):
        chunk = ids[start:start + 5000]
        yield database.execute_sql(f'SELECT {columns} FROM "person" WHERE "deleted_at" IS NULL AND "id" IN '
                                   f"({', '.join([database.param] * len(chunk))})", chunk)


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


@paused_gc()
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
        found.append(("no_gender", QT_TRANSLATE_NOOP("QualityReport", "No gender: the salutation cannot say Herr or Frau.")))
    if not _has_address(row, context):
        found.append(("no_address", QT_TRANSLATE_NOOP(
            "QualityReport", "No postal address: none of its own, none of its company, no private one.")))
    for code, message in check_recipient(recipient, country=row["display_country"] or "AT"):
        if code != "missing_gender":  # already listed as no_gender
            found.append(("title_warning", message))
    for company in context.untitled_jobs.get(row["id"], ()):
        found.append(("missing_function", msg(QT_TRANSLATE_NOOP(
            "QualityReport", "No function title for the position at {company}."), company=company)))
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


_KEY_WORDS = {"email": QT_TRANSLATE_NOOP("QualityReport", "the same e-mail address"),
              "phone": QT_TRANSLATE_NOOP("QualityReport", "the same phone number"),
              "name_city": QT_TRANSLATE_NOOP("QualityReport", "the same name and city"),
              "name_company": QT_TRANSLATE_NOOP("QualityReport", "the same name and company"),
              "similar": QT_TRANSLATE_NOOP("QualityReport", "a similar name in the same city or company")}


def _duplicate_items(rows: list[dict], ids: list[int] | None) -> list[QualityItem]:
    by_id = {row["id"]: row for row in rows}
    items = []
    for a, b, match in duplicate_pairs(ids):
        for pid, other in ((a, b), (b, a)):
            if pid in by_id:
                reason = (msg(QT_TRANSLATE_NOOP("QualityReport", "Possible duplicate of #{person}: {key}."),
                              person=other, key=_KEY_WORDS[match.key]) if match.exact else
                          msg(QT_TRANSLATE_NOOP("QualityReport", "Possible duplicate of #{person}: {key} ({score})."),
                              person=other, key=_KEY_WORDS[match.key], score=f"{match.score:.0%}"))
                items.append(QualityItem(pid, _name(by_id[pid]), "duplicate", reason))
    return items
