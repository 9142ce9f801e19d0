"""Messages made with the database: import decisions, conflicts at run time and quality findings keep their exact
English text and carry a template and parameters the UI translates (crmdesk.domain.messages)."""

from __future__ import annotations

import datetime as dt

from crmdesk.db.models import Person
from crmdesk.domain.messages import Message
from crmdesk.io.importer import analyse, import_file, open_source, run
from crmdesk.ops import contacts
from crmdesk.queries.quality import quality_report


def english(message: str, context: str) -> str:
    """The text of a Message after checking that its template, filled in, gives exactly that text."""
    assert isinstance(message, Message) and message.context == context, repr(message)
    assert message.template.format(**{k: str(v) for k, v in message.params.items()}) == message
    return message


def csv(tmp_path, text: str):
    path = tmp_path / "liste.csv"
    path.write_text(text, encoding="utf-8")
    return path


def warnings(outcome) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for problem in outcome.problems:
        found.setdefault(problem.line, []).append(english(problem.message, "ImportMessages"))
    return found


def test_match_decisions_keep_their_english_text(tmp_path, owner):
    """created anyway, same as an earlier line, several persons, the same person as an earlier line."""
    anna = contacts.create_person(owner, {"first_name": "Anna", "last_name": "Berg", "city": "Wien", "email_business": "a@berg.at"})
    created = import_file(owner, csv(tmp_path, "Vorname;Nachname;E-Mail\nAnna;Berg;a@berg.at\n"), mode="create")
    twin = Person.select().where(Person.id != anna).get().id
    assert warnings(created) == {2: [f"same e-mail as existing person #{anna}; created anyway (mode: create)."]}
    several = import_file(owner, csv(tmp_path, "Vorname;Nachname;E-Mail\nAnna;Berg;a@berg.at\n"), mode="update", keys=("email",))
    assert warnings(several) == {2: [f"matches several persons (#{anna}, #{twin}); not updated."]}
    in_file = import_file(owner, csv(tmp_path, "Vorname;Nachname;E-Mail\nOtto;Neu;o@neu.at\nOtto;Neu-Alt;O@neu.at\n"),
                          mode="update", keys=("email",))
    assert warnings(in_file) == {3: ["same e-mail as line 2 of this file; skipped."]}
    eva = contacts.create_person(owner, {"first_name": "Eva", "last_name": "Moser", "city": "Graz", "email_business": "e@moser.at"})
    same = import_file(owner, csv(tmp_path, "Vorname;Nachname;Ort;E-Mail\nEva;Moser;Graz;\nE.;M.;Linz;e@moser.at\n"),
                       mode="update", keys=("email", "name_city"))
    assert warnings(same) == {3: [f"matches the same person (#{eva}) as line 2; skipped."]}
    key = next(p.message for p in created.problems).params["key"]
    assert isinstance(key, Message) and key.template == "e-mail"


def test_conflicts_at_run_time_keep_their_english_text(tmp_path, owner, staff):
    """A person changed or deleted between the preview and the import is named, with who changed it."""
    changed = contacts.create_person(owner, {"first_name": "Eva", "last_name": "Alt", "email_business": "eva@alt.at"})
    gone = contacts.create_person(owner, {"first_name": "Udo", "last_name": "Weg", "email_business": "udo@weg.at"})
    analysis = analyse(open_source(csv(tmp_path, "Vorname;Nachname;E-Mail;Ort\nEva;Alt;eva@alt.at;Wien\nUdo;Weg;udo@weg.at;Linz\n")))
    contacts.update_person(staff, changed, 1, {"city": "Linz"})
    contacts.delete_person(owner, gone)
    when = Person.get_by_id(changed).modified_at
    outcome = run(owner, analysis, mode="update", keys=("email",))
    assert outcome.result.conflicts == [
        (2, f"person #{changed} was changed by Stefan Staff at {when:%Y-%m-%d %H:%M} UTC since the preview; not updated."),
        (3, f"person #{gone} was deleted meanwhile; not updated."),
    ]
    assert [english(message, "ImportMessages") for _line, message in outcome.result.conflicts]
    assert isinstance(when, dt.datetime) and outcome.result.conflicts[0][1].params["user"].template == "{user} at {time} UTC"


def test_quality_reasons_keep_their_english_text(owner):
    """No gender, no address, no function title, duplicates (exact and similar), invalid e-mail and phone."""
    firm = contacts.create_company(owner, {"name": "Huber GmbH", "street": "Ring 1", "city": "Wien"})
    kim = contacts.create_person(owner, {"first_name": "Kim", "last_name": "Lee", "city": "Graz", "street": "Gasse 2",
                                         "email_business": "kim@lee", "phone_mobile": "12"})
    ida = contacts.create_person(owner, {"gender": "f", "first_name": "Ida", "last_name": "Neu"}, company_id=firm)
    franz = contacts.create_person(owner, {"gender": "m", "first_name": "Franz", "last_name": "Huber"}, company_id=firm,
                                   function_title="Geschäftsführer")
    twin = contacts.create_person(owner, {"gender": "m", "first_name": "Frans", "last_name": "Hubr"}, company_id=firm,
                                  function_title="Prokurist")
    mail = contacts.create_person(owner, {"gender": "f", "first_name": "Eva", "last_name": "Berg", "street": "Weg 1",
                                          "city": "Linz", "email_business": "eva@berg.at"})
    other = contacts.create_person(owner, {"gender": "f", "first_name": "Eva", "last_name": "Tal", "street": "Weg 2",
                                           "city": "Linz", "email_business": "EVA@berg.at"})
    reasons = {}
    for item in quality_report().items:
        if item.category != "title_warning":
            reasons.setdefault((item.person_id, item.category), []).append(
                english(item.reason, "Validation" if item.category.startswith("invalid") else "QualityReport"))
    score = next(item.reason for item in quality_report().items if item.person_id == twin and item.category == "duplicate")
    assert reasons[kim, "no_gender"] == ["No gender: the salutation cannot say Herr or Frau."]
    assert reasons[ida, "missing_function"] == ["No function title for the position at Huber GmbH."]
    assert reasons[kim, "invalid_email"][0].startswith("'kim@lee' is not a valid e-mail address: ")
    assert reasons[kim, "invalid_phone"] == ["'12' is not a possible phone number for AT."]
    assert reasons[mail, "duplicate"] == [f"Possible duplicate of #{other}: the same e-mail address."]
    assert reasons[other, "duplicate"] == [f"Possible duplicate of #{mail}: the same e-mail address."]
    assert score == f"Possible duplicate of #{franz}: a similar name in the same city or company ({score.params['score']})."
    assert score.params["score"].endswith("%") and score.template.endswith("({score}).")
    lonely = contacts.create_person(owner, {"gender": "m", "first_name": "Otto", "last_name": "Ohne"})
    assert [english(i.reason, "QualityReport") for i in quality_report([lonely]).in_category("no_address")] == [
        "No postal address: none of its own, none of its company, no private one."]
