"""Letter operations and queries: templates (validated, versioned, audited), recording letters, recipients."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.db.models import AuditEntry, Interaction, Letter, LetterTemplate, Person
from crmdesk.ops.base import ConflictError, PermissionDenied, ValidationError
from crmdesk.ops.contacts import create_company, create_person, delete_person
from crmdesk.ops.letters import LetterEntry, create_template, delete_template, record_letters, update_template
from crmdesk.queries import letters as q


def person(actor, **values) -> int:
    """A person with a business address in Vienna unless overridden."""
    data = {"gender": "m", "first_name": "Paul", "last_name": "Wagner", "street": "Ring 1", "postal_code": "1010",
            "city": "Wien", "country": "AT"}
    company_id = values.pop("company_id", None)
    tags = values.pop("tags", ())
    data.update(values)
    return create_person(actor, data, company_id=company_id, tags=tags)


def test_template_with_unknown_placeholder_is_refused_naming_it(opened, owner):
    """Saving a template checks its placeholders; the message names the unknown ones."""
    with pytest.raises(ValidationError) as caught:
        create_template(owner, name="X", subject="{betreff}", body="Hallo {first_name} {kundennr}")
    assert caught.value.problems == {"subject": "unknown placeholder(s): {betreff}",
                                     "body": "unknown placeholder(s): {kundennr}"}
    with pytest.raises(ValidationError) as stray:
        create_template(owner, name="X", body="Preis {x")
    assert "stray" in stray.value.problems["body"]
    assert LetterTemplate.select().count() == 0


def test_template_lifecycle_versions_and_audit(any_db, owner):
    """Create, update with the version, conflict on a stale version, unique names, delete; all audited."""
    tid = create_template(owner, name="Angebot", subject="Angebot für {company}", body="{salutation}\n\ndanke.",
                          advertising=True)
    with pytest.raises(ValidationError):
        create_template(owner, name="Angebot ", body="x")
    update_template(owner, tid, 1, {"subject": "Neues Angebot", "advertising": False})
    with pytest.raises(ConflictError):
        update_template(owner, tid, 1, {"subject": "stale"})
    record = q.template_by_name("Angebot")
    assert (record.subject, record.advertising, record.version) == ("Neues Angebot", False, 2)
    assert [t.name for t in q.templates()] == ["Angebot"]
    delete_template(owner, tid)
    assert q.template_by_id(tid) is None
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action).where(AuditEntry.entity == "letter_template")
               .order_by(AuditEntry.id).tuples()]
    assert actions == ["create", "update", "delete"]


def test_apprentices_cannot_edit_templates(opened, apprentice, staff):
    """template.edit belongs to staff and owners."""
    with pytest.raises(PermissionDenied):
        create_template(apprentice, name="X", body="x")
    assert create_template(staff, name="X", body="x") > 0


def test_record_letters_in_one_transaction(any_db, owner):
    """Letter rows share the batch key, each gets an outbound letter interaction, last contact moves, one audit line each."""
    ids = [person(owner, first_name=f"P{i}") for i in range(3)]
    entries = [LetterEntry(pid, None, f"P{i}", f"Betreff {i}", "/tmp/x.pdf") for i, pid in enumerate(ids)]
    when = dt.datetime(2026, 1, 15, 9, 0)
    result = record_letters(owner, entries, template_id=None, batch_key="b-1", serial=True, occurred_at=when)
    letters = list(Letter.select().order_by(Letter.id))
    assert [l.id for l in letters] == list(result.letter_ids) and {l.batch_key for l in letters} == {"b-1"}
    logged = {i.id: i for i in Interaction.select().where(Interaction.id.in_(result.interaction_ids))}
    assert [logged[i].letter_id for i in result.interaction_ids] == list(result.letter_ids)
    assert {logged[i].subject for i in logged} == {"Betreff 0", "Betreff 1", "Betreff 2"}
    assert all(p.last_contact_at == when for p in Person.select().where(Person.id.in_(ids)))
    audit = list(AuditEntry.select().where(AuditEntry.batch == "b-1").order_by(AuditEntry.id))
    assert [(a.entity, a.action) for a in audit] == [("letter", "print"), ("interaction", "log_letters")]


def test_record_letters_permissions(opened, owner, apprentice):
    """Apprentices may record single letters but not serial ones."""
    pid = person(owner)
    entry = [LetterEntry(pid, None, "P", "S", "")]
    with pytest.raises(PermissionDenied):
        record_letters(apprentice, entry, template_id=None, batch_key="s-1", serial=True)
    result = record_letters(apprentice, entry, template_id=None, batch_key="s-2", serial=False, log_interactions=False)
    assert len(result.letter_ids) == 1 and result.interaction_ids == ()


def test_recipient_address_rules(any_db, owner):
    """Private when preferred; else own business address; else the company's; else any complete one."""
    firm = create_company(owner, {"name": "Alpen AG", "street": "Firmenweg 2", "postal_code": "6020",
                                  "city": "Innsbruck", "country": "AT", "category": "A"})
    private = person(owner, preferred_address="private", private_street="Heim 3", private_postal_code="8010",
                     private_city="Graz", company_id=firm)
    own = person(owner, company_id=firm)
    company = person(owner, street="", city="", postal_code="", company_id=firm)
    fallback = person(owner, street="", city="", private_street="Heim 9", private_city="Linz", private_postal_code="4020")
    nothing = person(owner, street="", city="Wien")
    found = {r.person_id: r for r in q.recipients([private, own, company, fallback, nothing])}
    assert (found[private].address.street, found[private].address_source) == ("Heim 3", "private")
    assert (found[own].address.street, found[own].address_source) == ("Ring 1", "business")
    assert (found[company].address.city, found[company].address_source) == ("Innsbruck", "company")
    assert (found[fallback].address.city, found[fallback].address_source) == ("Linz", "private")
    assert found[nothing].address is None
    assert found[own].company == "Alpen AG" and found[own].fields["company_category"] == "A"


def test_recipient_filters_order_and_deleted(any_db, owner, staff):
    """Explicit ids keep their order; filters by tag, category, owner, overdue; deleted persons never."""
    firm = create_company(owner, {"name": "B GmbH", "category": "B", "street": "W 1", "postal_code": "1", "city": "X"},
                          tags=["VIP"])
    a = person(owner, last_name="Adler", tags=["Kunde"])
    b = person(owner, last_name="Berg", company_id=firm, owner=staff.id)
    c = person(owner, last_name="Cech")
    assert [r.person_id for r in q.recipients([c, a, b])] == [c, a, b]
    assert [r.person_id for r in q.recipients()] == [a, b, c]
    assert [r.person_id for r in q.recipients(tag="Kunde")] == [a]
    assert [r.person_id for r in q.recipients(tag="VIP")] == [b]
    assert [r.person_id for r in q.recipients(category="b")] == [b]
    assert [r.person_id for r in q.recipients(owner=staff.id)] == [b]
    assert q.recipients(limit=2) and len(q.recipients(limit=2)) == 2
    Person.update(next_due_at=dt.datetime(2000, 1, 1)).where(Person.id == c).execute()
    assert [r.person_id for r in q.recipients(overdue=True)] == [c]
    delete_person(owner, a)
    assert a not in {r.person_id for r in q.recipients([a, b])}


def test_recipient_fields_and_titles(opened, owner):
    """Titles come as tuples; person_* fields are text (birthday as ISO date)."""
    pid = person(owner, titles_pre=["Dr.", "Mag."], titles_post=["MBA"], birthday=dt.date(1970, 5, 4),
                 email_business="p@x.at")
    [r] = q.recipients([pid])
    assert (r.titles_pre, r.titles_post) == (("Dr.", "Mag."), ("MBA",))
    assert r.fields["person_titles_pre"] == "Dr. Mag." and r.fields["person_birthday"].startswith("1970-05-04")
    assert r.fields["person_email_business"] == "p@x.at" and r.fields["company_name"] == ""
    assert len(dict(r.fields)) == len(r.fields)


def test_history_and_sender(opened, owner):
    """The history lists recorded letters newest first with template and user names; the sender record."""
    pid = person(owner)
    tid = create_template(owner, name="T", body="x")
    record_letters(owner, [LetterEntry(pid, None, "Paul Wagner", "S", "/x.pdf")], template_id=tid,
                   batch_key="h-1", serial=False)
    [row] = q.letter_history(person_id=pid)
    assert (row.recipient_label, row.template_name, row.created_by, row.batch_key) == ("Paul Wagner", "T", owner.name, "h-1")
    assert q.letter_count(batch_key="h-1") == 1
    assert q.sender_record(owner.id).name == owner.name and q.sender_record(None).name == ""
