"""Derived columns kept current on write: list/search columns and keep-in-touch state.

Operations call these inside their transaction right after they change the source rows, so a
list never has to join or aggregate to show "company", "city", "last contact" or "next due".
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable

from peewee import JOIN, fn

from crmdesk.domain import cadence
from crmdesk.domain.matching import Candidate, filing_hashes
from crmdesk.db.models import Channel, Company, CompanyTag, Employment, Interaction, Outcome, Person, PersonMatchKey, PersonTag, Tag, database, utcnow
from crmdesk.db.settings_store import get_setting

CADENCE_SETTING = "cadence"
BULK_THRESHOLD = 200  # more persons/companies than this are refreshed with bulk statements, not row by row
_CHUNK = 10_000  # ids per IN (...) list (SQLite allows 32,766 variables per statement)
_CONTACT_COLUMNS = ("last_contact_at", "last_contact_by", "last_contact_interaction", "cadence_interval",
                    "cadence_weight", "next_due_at")


def _titles(raw: str) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []


def person_search_text(p: dict, company_name: str, display_city: str = "") -> str:
    """Everything search-as-you-type should find for a person, in one string."""
    phones = [p.get(k) or "" for k in ("phone_business", "phone_mobile", "phone_private")]
    digits = ["".join(ch for ch in ph if ch.isdigit()) for ph in phones if ph]
    parts = [
        " ".join(_titles(p.get("titles_pre", ""))),
        p.get("honorary_title", ""),
        p.get("first_name", ""),
        p.get("name_particle", ""),
        p.get("last_name", ""),
        " ".join(_titles(p.get("titles_post", ""))),
        company_name,
        p.get("email_business", ""),
        p.get("email_private", ""),
        *phones,
        *digits,
        p.get("city", ""),
        p.get("private_city", ""),
        display_city if display_city not in (p.get("city"), p.get("private_city")) else "",
    ]
    return " | ".join(part for part in parts if part)


def company_search_text(c: dict) -> str:
    """Everything search-as-you-type should find for a company."""
    keys = ("name", "legal_form", "city", "postal_code", "email", "email2", "phone", "phone2", "website", "vat_id")
    return " | ".join(str(c.get(k) or "") for k in keys if c.get(k))


def sort_key(*parts: str) -> str:
    """Case-insensitive sort column value (index-friendly)."""
    return " ".join(p for p in parts if p).casefold()[:400]


def refresh_companies(company_ids: Iterable[int]) -> None:
    """Recompute sort and search columns of the companies, and their persons' company columns."""
    ids = list(set(company_ids))
    if not ids:
        return
    for c in Company.select().where(Company.id.in_(ids)).dicts():
        Company.update(sort_name=sort_key(c["name"]), search_text=company_search_text(c)).where(Company.id == c["id"]).execute()
    person_ids = [pid for (pid,) in Person.select(Person.id).where(Person.company.in_(ids)).tuples()]
    refresh_persons(person_ids)


def _primary_employments(person_ids: list[int]) -> dict[int, dict]:
    today = dt.date.today()
    query = (
        Employment.select(Employment.person, Employment.company, Employment.function_title, Employment.is_primary, Employment.until)
        .where(Employment.person.in_(person_ids))
        .order_by(Employment.is_primary.desc(), Employment.id)
        .dicts()
    )
    best: dict[int, dict] = {}
    for row in query:
        current = row["until"] is None or row["until"] >= today
        if current and row["person"] not in best:
            best[row["person"]] = row
    return best


def refresh_persons(person_ids: Iterable[int]) -> None:
    """Recompute primary company, list columns, search text and birthday key of the persons."""
    ids = list(set(person_ids))
    for start in range(0, len(ids), 500):
        _refresh_person_chunk(ids[start:start + 500])


def _refresh_person_chunk(ids: list[int]) -> None:
    employments = _primary_employments(ids)
    company_ids = {e["company"] for e in employments.values()}
    companies = {c["id"]: c for c in Company.select().where(Company.id.in_(list(company_ids))).dicts()} if company_ids else {}
    filed = []
    for p in Person.select().where(Person.id.in_(ids)).dicts():
        job = employments.get(p["id"])
        company = companies.get(job["company"]) if job else None
        columns = person_list_columns(p, company, job)
        Person.update(**columns).where(Person.id == p["id"]).execute()
        filed.append((p["id"], {**p, **columns}))
    file_match_keys(filed)


def person_list_columns(p: dict, company: dict | None, job: dict | None) -> dict:
    """The derived list/search columns of one person (also used by bulk loaders)."""
    company_name = company["name"] if company else ""
    if p.get("preferred_address") == "private" and p.get("private_city"):
        city, country = p["private_city"], p.get("private_country") or ""
    else:
        city = p.get("city") or (company["city"] if company else "") or p.get("private_city") or ""
        country = p.get("country") or (company["country"] if company else "") or p.get("private_country") or ""
    birthday = p.get("birthday")
    if isinstance(birthday, str) and birthday:
        birthday = dt.date.fromisoformat(birthday[:10])
    return {
        "company": company["id"] if company else None,
        "company_name": company_name,
        "function_title": job["function_title"] if job else "",
        "sort_name": sort_key(p.get("last_name", ""), p.get("first_name", "")),
        "display_city": city,
        "display_country": country,
        "search_text": person_search_text(p, company_name, city),
        "birthday_key": birthday.month * 100 + birthday.day if birthday else None,
    }


# --- match keys (duplicate finder) ---------------------------------------------------------------

_PHONES = ("phone_business", "phone_mobile", "phone_private")
# the columns a person's match keys are made from (also what the duplicate finder reads of a person)
MATCH_COLUMNS = (Person.id, Person.first_name, Person.last_name, Person.name_particle, Person.display_city,
                  Person.company_name, Person.email_business, Person.email_private, Person.phone_business,
                  Person.phone_mobile, Person.phone_private, Person.display_country)


def person_match_hashes(p: dict) -> set[int]:
    """The key hashes a person (its row with the derived list columns) is filed under."""
    emails = tuple(e for e in (p.get("email_business"), p.get("email_private")) if e)
    candidate = Candidate(0, p.get("first_name") or "", p.get("last_name") or "", p.get("name_particle") or "",
                          p.get("display_city") or "", p.get("company_name") or "", emails)
    return filing_hashes(candidate, [p.get(k) or "" for k in _PHONES], p.get("display_country") or "")


def file_match_keys(persons: Iterable[tuple[int, dict]], *, new: bool = False) -> None:
    """(Re)file persons, given as (id, row with derived columns), under their match keys.

    *new*: the persons have no keys yet (just inserted), so nothing is deleted first.
    """
    persons = list(persons)
    if not new:
        ids = [pid for pid, _p in persons]
        for chunk in _chunks(ids):
            PersonMatchKey.delete().where(PersonMatchKey.person.in_(chunk)).execute()
    _insert_match_keys([(h, pid) for pid, p in persons for h in person_match_hashes(p)])


def _insert_match_keys(rows: list[tuple[int, int]]) -> None:
    if not rows:
        return
    from crmdesk.db.schema import is_postgres

    if is_postgres():
        from psycopg2.extras import execute_values

        execute_values(database.cursor(), "INSERT INTO person_match_key (key_hash, person_id) VALUES %s", rows,
                       page_size=5000)
    else:
        database.cursor().executemany("INSERT INTO person_match_key (key_hash, person_id) VALUES (?, ?)", rows)


def rebuild_match_keys() -> int:
    """File every person anew (migration, bulk loads); returns the number of persons."""
    names = [c.name for c in MATCH_COLUMNS]
    with database.atomic():
        PersonMatchKey.delete().execute()
        PersonMatchKey._schema.drop_indexes(safe=True)  # building them once is faster than row by row
        count, batch = 0, []
        for row in database.execute(Person.select(*MATCH_COLUMNS)):
            p = dict(zip(names, row))
            batch.extend((h, p["id"]) for h in person_match_hashes(p))
            count += 1
            if len(batch) >= 50_000:
                _insert_match_keys(batch)
                batch = []
        _insert_match_keys(batch)
        PersonMatchKey._schema.create_indexes(safe=True)
    return count


def persons_filed_under(hashes: Iterable[int]) -> list[int]:
    """Ids of the persons filed under any of *hashes* (deleted ones included), ascending."""
    found: set[int] = set()
    param = database.param  # plain SQL: peewee's query building costs ten times the look-up itself
    for chunk in _chunks(sorted(hashes)):
        sql = f"SELECT person_id FROM person_match_key WHERE key_hash IN ({', '.join([param] * len(chunk))})"
        found.update(pid for (pid,) in database.execute_sql(sql, chunk))
    return sorted(found)


# --- keep in touch ----------------------------------------------------------------------------

def load_cadence_settings() -> cadence.CadenceSettings:
    """The team's cadence settings (defaults where nothing is stored)."""
    return cadence.CadenceSettings.from_mapping(get_setting(CADENCE_SETTING, {}) or {})


def _counting_condition(settings: cadence.CadenceSettings, model=Interaction):
    """SQL condition for 'this interaction counts as contact' (mirrors cadence.counts_as_contact);
    *model* may be an alias of Interaction (for correlated subqueries)."""
    rule = settings.contact_rule
    cond = model.direction.in_(sorted(rule.directions))
    if rule.excluded_channels:
        excluded = Channel.select(Channel.id).where(Channel.code.in_(sorted(rule.excluded_channels)))
        cond &= model.channel.not_in(excluded)
    if rule.excluded_outcomes:
        excluded = Outcome.select(Outcome.id).where(Outcome.code.in_(sorted(rule.excluded_outcomes)))
        cond &= (model.outcome.is_null()) | (model.outcome.not_in(excluded))
    return cond


def _tag_cadences(person_ids: list[int] | None) -> dict[int, list[int]]:
    query = PersonTag.select(PersonTag.person, Tag.cadence_days).join(Tag).where(Tag.cadence_days.is_null(False))
    if person_ids is not None:
        query = query.where(PersonTag.person.in_(person_ids))
    result: dict[int, list[int]] = defaultdict(list)
    for pid, days in query.tuples():
        result[pid].append(days)
    company_query = (
        Person.select(Person.id, Tag.cadence_days)
        .join(CompanyTag, on=(CompanyTag.company == Person.company))
        .join(Tag, on=(CompanyTag.tag == Tag.id))
        .where(Tag.cadence_days.is_null(False))
    )
    if person_ids is not None:
        company_query = company_query.where(Person.id.in_(person_ids))
    for pid, days in company_query.tuples():
        result[pid].append(days)
    return result


def _person_cadence_rows(person_ids: list[int] | None):
    query = Person.select(
        Person.id, Person.cadence_days, Person.status, Person.do_not_contact, Person.snoozed_until,
        Person.created_at, Person.deleted_at, Company.cadence_days.alias("company_days"),
        Company.category, Company.status.alias("company_status"),
    ).join(Company, JOIN.LEFT_OUTER, on=(Person.company == Company.id))
    if person_ids is not None:
        query = query.where(Person.id.in_(person_ids))
    return query.dicts()


def compute_contact_state(row: dict, last: tuple | None, tag_days: list[int], settings: cadence.CadenceSettings, *, today: dt.date) -> dict:
    """Derived keep-in-touch columns of one person from its row and its last counting contact."""
    interval = cadence.resolve_interval(
        person_days=row["cadence_days"], company_days=row["company_days"], tag_days=tag_days,
        category=row["category"] or "", settings=settings,
    )
    paused = row["deleted_at"] is not None or cadence.status_paused(
        person_status=row["status"], do_not_contact=row["do_not_contact"], company_status=row["company_status"] or "",
    )
    last_at, last_by, last_id = last if last else (None, None, None)
    due = cadence.next_due(
        last_contact=last_at, created_at=row["created_at"], interval_days=interval, paused=paused,
        snoozed_until=row["snoozed_until"], tz=settings.time_zone,
    )
    weight = settings.category_weights.get(row["category"] or "", settings.default_weight)
    return {
        "last_contact_at": last_at, "last_contact_by": last_by, "last_contact_interaction": last_id,
        "cadence_interval": interval, "cadence_weight": weight, "next_due_at": due,
    }


def _last_contacts(person_ids: list[int] | None, settings: cadence.CadenceSettings) -> dict[int, tuple]:
    """person id -> (occurred_at, author id, interaction id) of the newest counting interaction."""
    cond = _counting_condition(settings) & Interaction.person.is_null(False)
    if person_ids is not None and len(person_ids) <= 20:
        result = {}
        for pid in person_ids:
            row = (Interaction.select(Interaction.occurred_at, Interaction.author, Interaction.id)
                   .where(cond & (Interaction.person == pid))
                   .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(1).tuples().first())
            if row:
                result[pid] = row
        return result
    # any longer list, or everybody: one correlated index lookup per person (same tie rule)
    return _newest_contacts(person_ids, settings)


def _chunks(ids: list[int] | None) -> list[list[int] | None]:
    """*ids* in slices small enough for an IN list; [None] for "all"."""
    if ids is None:
        return [None]
    return [ids[start:start + _CHUNK] for start in range(0, len(ids), _CHUNK)]


def _newest_contacts(person_ids: list[int] | None, settings: cadence.CadenceSettings) -> dict[int, tuple]:
    """Bulk form of _last_contacts: one correlated lookup per person on the (person, occurred_at)
    index, newest first with ties broken by the higher id, then one fetch of those interactions."""
    inner = Interaction.alias("newest")
    newest = (inner.select(inner.id).where(_counting_condition(settings, inner) & (inner.person == Person.id))
              .order_by(inner.occurred_at.desc(), inner.id.desc()).limit(1))
    result = {}
    for chunk in _chunks(person_ids):
        picked = Person.select(newest)
        if chunk is not None:
            picked = picked.where(Person.id.in_(chunk))
        query = (Interaction.select(Interaction.person, Interaction.occurred_at, Interaction.author, Interaction.id)
                 .where(Interaction.id.in_(picked)).tuples())
        for pid, at, author, iid in query:
            result[pid] = (at, author, iid)
    return result


def refresh_contact_state(person_ids: Iterable[int] | None = None, *, today: dt.date | None = None) -> int:
    """Recompute last contact, interval and next due for the persons (None = all); returns the count.

    Up to BULK_THRESHOLD persons are updated row by row; more (and None) in bulk, see below.
    """
    ids = None if person_ids is None else list(set(person_ids))
    if ids == []:
        return 0
    settings = load_cadence_settings()
    today = today or utcnow().date()
    if ids is None or len(ids) > BULK_THRESHOLD:
        return _refresh_contact_state_bulk(ids, settings, today)
    lasts = _last_contacts(ids, settings)
    tags = _tag_cadences(ids)
    count = 0
    with database.atomic():
        for row in _person_cadence_rows(ids):
            values = compute_contact_state(row, lasts.get(row["id"]), tags.get(row["id"], []), settings, today=today)
            Person.update(**values).where(Person.id == row["id"]).execute()
            count += 1
        refresh_company_contact(_companies_of(ids))
    return count


def _refresh_contact_state_bulk(ids: list[int] | None, settings: cadence.CadenceSettings, today: dt.date) -> int:
    """The same for many persons: everything is read and computed first, in slices small enough
    for IN lists and without holding a transaction; then one transaction writes it with one
    statement per table (and rolls the last contacts up to the companies)."""
    lasts = _last_contacts(ids, settings)
    updates = []
    for chunk in _chunks(ids):
        tags = _tag_cadences(chunk)
        for row in _person_cadence_rows(chunk):
            values = compute_contact_state(row, lasts.get(row["id"]), tags.get(row["id"], []), settings, today=today)
            updates.append((row["id"], *(values[name] for name in _CONTACT_COLUMNS)))
    with database.atomic():
        _bulk_update(Person, _CONTACT_COLUMNS, updates)
        refresh_company_contact(_companies_of(ids))
    return len(updates)


def _companies_of(person_ids: list[int] | None) -> list[int] | None:
    if person_ids is None:
        return None
    return [cid for chunk in _chunks(person_ids) for (cid,) in
            Person.select(Person.company).where(Person.id.in_(chunk) & Person.company.is_null(False)).tuples()]


def refresh_company_contact(company_ids: Iterable[int] | None) -> None:
    """Roll the persons' last contacts (and company-only interactions) up to their companies."""
    settings = load_cadence_settings()
    ids = None if company_ids is None else list(set(company_ids))
    if ids == []:
        return
    best: dict[int, tuple] = {}
    for chunk in _chunks(ids):
        pq = Person.select(Person.company, Person.last_contact_at, Person.last_contact_by).where(
            Person.company.is_null(False) & Person.last_contact_at.is_null(False))
        iq = Interaction.select(Interaction.company, Interaction.occurred_at, Interaction.author).where(
            Interaction.company.is_null(False)
            # COALESCE keeps the planner off the person_id index (which would visit every company-only row)
            & (fn.COALESCE(Interaction.person, 0) == 0) & _counting_condition(settings))
        if chunk is not None:
            pq, iq = pq.where(Person.company.in_(chunk)), iq.where(Interaction.company.in_(chunk))
        for cid, at, by in list(pq.tuples()) + list(iq.tuples()):
            if cid not in best or at > best[cid][0]:
                best[cid] = (at, by)
    targets = ids if ids is not None else [cid for (cid,) in Company.select(Company.id).tuples()]
    if ids is not None and len(ids) <= BULK_THRESHOLD:
        for cid in targets:
            at, by = best.get(cid, (None, None))
            Company.update(last_contact_at=at, last_contact_by=by).where(Company.id == cid).execute()
        return
    with database.atomic():
        _bulk_update(Company, ("last_contact_at", "last_contact_by"), [(cid, *best.get(cid, (None, None))) for cid in targets])


def _bulk_update(model, names: tuple[str, ...], rows: list[tuple]) -> None:
    """Set the fields *names* of many rows, given as (id, value, ...) tuples, in one statement.

    SQLite: executemany of one UPDATE (parameters converted like peewee's own updates);
    PostgreSQL: UPDATE ... FROM (VALUES ...) through psycopg2's execute_values.
    """
    if not rows:
        return
    from crmdesk.db.schema import is_postgres

    fields = [model._meta.fields[name] for name in names]
    table = model._meta.table_name
    columns = [f.column_name for f in fields]
    values = [(row[0], *(f.db_value(v) for f, v in zip(fields, row[1:]))) for row in rows]
    if is_postgres():
        from psycopg2.extras import execute_values
        from peewee import DateTimeField, FloatField

        types = ["timestamp" if isinstance(f, DateTimeField) else "double precision" if isinstance(f, FloatField)
                 else "integer" for f in fields]
        quoted = [f'"{c}"' for c in columns]
        assigns = ", ".join(f"{q} = v.{q}" for q in quoted)
        template = "(" + ", ".join(f"%s::{t}" for t in ["integer", *types]) + ")"
        sql = f'UPDATE "{table}" AS t SET {assigns} FROM (VALUES %s) AS v(id, {", ".join(quoted)}) WHERE t.id = v.id'
        execute_values(database.cursor(), sql, values, template=template, page_size=5000)
        return
    assigns = ", ".join(f'"{c}" = ?' for c in columns)
    database.cursor().executemany(f'UPDATE "{table}" SET {assigns} WHERE id = ?', [(*v[1:], v[0]) for v in values])


def note_logged_contact(*, person_id: int | None, company_id: int | None, interaction_id: int,
                        occurred_at: dt.datetime, author: int | None, channel: str, direction: str,
                        outcome: str | None) -> None:
    """Fast path after logging ONE new interaction: the newer contact wins, no full recompute.

    Logging is the hottest write (an apprentice after every call), so it avoids the ~19 queries
    of refresh_contact_state; edits and deletes still recompute, because there an older
    interaction may become the last contact again.
    """
    settings = load_cadence_settings()
    if not cadence.counts_as_contact(channel, direction, outcome, settings.contact_rule):
        return
    if person_id is not None:
        row = (Person.select(Person.last_contact_at, Person.next_due_at, Person.cadence_interval, Person.created_at,
                             Person.snoozed_until).where(Person.id == person_id).tuples().first())
        last, due, interval, created, snoozed = row
        if last is None or occurred_at >= last:  # ties: the newest interaction wins, as in _last_contacts
            new_due = None if due is None else cadence.next_due(  # NULL stays NULL: paused or no cadence
                last_contact=occurred_at, created_at=created, interval_days=interval, snoozed_until=snoozed,
                tz=settings.time_zone)
            Person.update(last_contact_at=occurred_at, last_contact_by=author, last_contact_interaction=interaction_id,
                          next_due_at=new_due).where(Person.id == person_id).execute()
    if company_id is not None:
        Company.update(last_contact_at=occurred_at, last_contact_by=author).where(
            (Company.id == company_id) & (Company.last_contact_at.is_null() | (Company.last_contact_at < occurred_at))
        ).execute()


def backfill_contact_state(*, today: dt.date | None = None) -> int:
    """Compute the keep-in-touch columns of every person from all interactions (migration, bulk load)."""
    return refresh_contact_state(None, today=today)
