"""From analysed rows to an ImportPlan: companies matched or created, persons created, updated or skipped.

Companies are matched by folded name (without legal form) and city: a row with a city matches a
company of that name in that city (or one without a city), a row without a city the oldest company
of that name. A new company takes the row's business address; a person whose business address
equals their company's keeps none of their own (letters then use the company's address).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crmdesk.domain.messages import QT_TRANSLATE_NOOP, msg
from crmdesk.io.records import WARNING, ImportRecord, Problem
from crmdesk.ops.imports import ImportPlan, NewCompany, PersonChange
from crmdesk.queries import export_rows
from crmdesk.queries.quality import company_key, fold, phone_key

if TYPE_CHECKING:
    from crmdesk.io.importer import ImportAnalysis

ADDRESS = ("street", "postal_code", "city", "country")
_KEY_WORDS = {"email": QT_TRANSLATE_NOOP("ImportMessages", "e-mail"), "phone": QT_TRANSLATE_NOOP("ImportMessages", "phone"),
              "name_city": QT_TRANSLATE_NOOP("ImportMessages", "name and city"),
              "name_company": QT_TRANSLATE_NOOP("ImportMessages", "name and company"),
              "similar": QT_TRANSLATE_NOOP("ImportMessages", "similar name")}


@dataclass
class _Companies:
    """Existing companies by folded name, and the ones this import creates."""

    default_country: str
    by_name: dict[str, list[dict]] = field(default_factory=dict)
    new: list[NewCompany] = field(default_factory=list)

    @classmethod
    def load(cls, default_country: str) -> _Companies:
        """Every company that is not deleted, by folded name."""
        companies = cls(default_country)
        for cid, name, city, street, postal, country, po_box in export_rows.company_match_rows():
            companies.by_name.setdefault(company_key(name), []).append(
                {"id": cid, "name": name, "city": city, "street": street, "postal_code": postal, "country": country,
                 "po_box": po_box})
        return companies

    def resolve(self, record: ImportRecord) -> dict | None:
        """The company of a row (existing: has 'id'; new: has 'ref'), creating it in the plan if needed."""
        name = record.company.get("name")
        if not name:
            return None
        key, city = company_key(name), fold(record.person.get("city", ""))
        found = self.by_name.get(key, [])
        same = [c for c in found if fold(c["city"]) == city] or [c for c in found if not c["city"]]
        if same or (found and not city):
            return (same or found)[0]
        return self._create(record, key)

    def _create(self, record: ImportRecord, key: str) -> dict:
        values = dict(record.company)
        person = record.person
        for part in ADDRESS:
            if person.get(part):
                values[part] = person[part]
        values.setdefault("country", self.default_country)
        if not record.has_person:
            for src, dst in (("phone_business", "phone"), ("email_business", "email"), ("other_url", "website"),
                             ("notes", "notes")):
                if person.get(src) and not values.get(dst):
                    values[dst] = person[src]
        company = {"ref": f"L{record.line}", **{k: values.get(k, "") for k in ADDRESS + ("po_box", "name")}}
        self.new.append(NewCompany(company["ref"], values))
        self.by_name.setdefault(key, []).append(company)
        return company


def _person_values(record: ImportRecord, company: dict | None) -> dict:
    """The row's person fields, without a business address that is the company's own."""
    values = dict(record.person)
    if company is None:
        return values
    own = [part for part in ADDRESS if values.get(part)]
    if own and all(fold(str(values[p])) == fold(str(company.get(p) or "")) for p in own):
        for part in own:
            values.pop(part)
    return values


def _same(key: str, current, value) -> bool:
    """Equal for the purpose of an update: phone numbers by their digits, e-mail addresses case-insensitively."""
    if key.startswith("phone_") and current and value:
        return phone_key(str(current)) == phone_key(str(value))
    if key.startswith("email_") and current and value:
        return str(current).casefold() == str(value).casefold()
    return current == value


def _changes(values: dict, existing: dict) -> dict:
    """Fields that the row would change on an existing person (notes are appended, never replaced)."""
    changes = {}
    for key, value in values.items():
        if key == "gender" and value == "unknown":
            continue
        current = existing.get(key)
        if key == "notes":
            if value and value not in (current or ""):
                changes[key] = f"{current}\n{value}".strip() if current else value
        elif not _same(key, current, value) and (value or value is False):
            changes[key] = value
    return changes


def build_plan(analysis: ImportAnalysis, *, mode: str, keys: tuple[str, ...],
               accepted: set[tuple[int, int]]) -> tuple[ImportPlan, list[Problem]]:
    """The plan for *mode* and *keys*, and the warnings the decisions add (skipped, ambiguous)."""
    if mode not in ("create", "update", "skip"):
        raise ValueError(f"unknown import mode {mode!r}")
    plan = ImportPlan(source=analysis.source.path, mode=mode, rejected=analysis.rejected)
    companies = _Companies.load(analysis.options.default_country)
    problems: list[Problem] = []
    targets: dict[int, int] = {}
    for record in analysis.records:
        if not record.ok:
            continue
        plan.warnings += len(record.warnings)
        if not record.has_person:
            company = companies.resolve(record)
            plan.skipped += 0 if company and company.get("ref") == f"L{record.line}" else 1
            continue
        person_id = _target(analysis, record.line, mode, keys, accepted, problems, targets)
        if person_id == 0:
            plan.skipped += 1
            continue
        existing = analysis.existing.get(person_id) if person_id else None
        company = _company_for(companies, record, existing)
        change = PersonChange(record.line, _person_values(record, company), function_title=record.function_title,
                              department=record.department, tags=list(record.tags))
        if company:
            change.company_id, change.company_ref = company.get("id"), company.get("ref")
        if existing is None:
            plan.creates.append(change)
        else:
            change.values = _changes(change.values, existing)
            change.person_id, change.expected_version = person_id, existing.get("version")
            plan.updates.append(change)
    plan.companies = companies.new
    return plan, problems


def _company_for(companies: _Companies, record: ImportRecord, existing: dict | None) -> dict | None:
    """The row's company; for a person being updated, their own company when the names agree."""
    name = record.company.get("name")
    if existing and name and existing.get("company") and company_key(existing["company_name"]) == company_key(name):
        return {**(existing.get("company_address") or {}), "id": existing["company"]}
    return companies.resolve(record)


def _target(analysis: ImportAnalysis, line: int, mode: str, keys: tuple[str, ...], accepted: set[tuple[int, int]],
            problems: list[Problem], targets: dict[int, int]) -> int | None:
    """None: create; a person id: update it; 0: skip. *targets* maps persons this plan updates to their line."""
    found = [m for m in analysis.matches.get(line, []) if (m.exact and m.key in keys) or (line, m.person_id) in accepted]
    earlier = [(other, key) for other, key in analysis.file_duplicates.get(line, []) if key in keys]
    if mode == "create":
        for m in found:
            problems.append(Problem(line, msg(QT_TRANSLATE_NOOP(
                "ImportMessages", "same {key} as existing person #{person}; created anyway (mode: create)."),
                key=_KEY_WORDS[m.key], person=m.person_id), WARNING))
        return None
    if earlier:
        problems.append(Problem(line, msg(QT_TRANSLATE_NOOP("ImportMessages", "same {key} as line {other} of this file; skipped."),
                                          key=_KEY_WORDS[earlier[0][1]], other=earlier[0][0]), WARNING))
        return 0
    ids = sorted({m.person_id for m in found})
    if not ids:
        return None
    if mode == "skip":
        return 0
    if len(ids) > 1:
        problems.append(Problem(line, msg(QT_TRANSLATE_NOOP("ImportMessages", "matches several persons ({persons}); not updated."),
                                          persons=", ".join(f"#{i}" for i in ids)), WARNING))
        return 0
    if ids[0] in targets:
        problems.append(Problem(line, msg(QT_TRANSLATE_NOOP(
            "ImportMessages", "matches the same person (#{person}) as line {other}; skipped."),
            person=ids[0], other=targets[ids[0]]), WARNING))
        return 0
    targets[ids[0]] = line
    return ids[0]
