"""Serial letters from the database: pre-flight groups, printing, recording, cancelling, permissions."""

from __future__ import annotations

import pytest

from crmdesk.db.models import Interaction, Letter, Person
from crmdesk.ops.base import PermissionDenied, ValidationError
from crmdesk.ops.letters import create_template
from crmdesk.services.serial_letters import Selection, SerialChoices, preflight, run_serial_letter


def letter_interactions() -> int:
    """How many interactions of channel "letter" are stored."""
    from crmdesk.db.models import Channel

    return Interaction.select().join(Channel).where(Channel.code == "letter").count()


def test_serial_letter_records_letters_and_logs_one_interaction_each(owner, letterhead, make_person, tmp_path, read_pdf):
    """Every printed recipient gets a Letter row (one batch key) and an outbound letter interaction; last contact moves."""
    ids = [make_person() for _ in range(3)]
    no_address = make_person(street="", city="", postal_code="")
    report = preflight(Selection(tuple(ids + [no_address])), actor=owner)
    assert report.group("no_address").count == 1
    result = run_serial_letter(report, SerialChoices(), out_path=tmp_path / "serial.pdf", actor=owner)
    assert (result.written, result.pages) == (3, 3)
    assert [(s.person_id, s.reason) for s in result.skipped] == [(no_address, "no_address")]
    letters = list(Letter.select().order_by(Letter.id))
    assert [l.person_id for l in letters] == ids and {l.batch_key for l in letters} == {result.batch_key}
    assert all(l.file_path == str((tmp_path / "serial.pdf").resolve()) for l in letters)
    assert letter_interactions() == 3
    logged = Interaction.select().where(Interaction.letter.is_null(False))
    assert {(i.person_id, i.direction) for i in logged} == {(pid, "out") for pid in ids}
    moved = {p.id: p.last_contact_at for p in Person.select().where(Person.id.in_(ids + [no_address]))}
    assert all(moved[pid] is not None for pid in ids) and moved[no_address] is None
    pages = read_pdf(result.pdf_path)
    assert len(pages) == 3 and all("Mit freundlichen Grüßen" in page for page in pages)


def test_advertising_template_skips_objections_unless_included(owner, letterhead, make_person, tmp_path):
    """Persons who objected to advertising are skipped for an advertising template, and printed with the flag."""
    create_template(owner, name="Aktion", subject="Frühjahrsaktion", body="unser Angebot.", advertising=True)
    plain, objecting = make_person(), make_person(advertising_objection=True)
    report = preflight(Selection((plain, objecting)), "Aktion", actor=owner)
    assert [e.person_id for e in report.group("objection").entries] == [objecting]
    first = run_serial_letter(report, SerialChoices(), out_path=tmp_path / "a.pdf", actor=owner)
    assert first.written == 1 and [s.reason for s in first.skipped] == ["objection"]
    second = run_serial_letter(report, SerialChoices(include_objections=True), out_path=tmp_path / "b.pdf", actor=owner)
    assert second.written == 2 and not second.skipped


def test_objection_does_not_matter_for_a_normal_template(owner, letterhead, make_person):
    """A non-advertising template (the built-in default) does not group objections."""
    report = preflight(Selection((make_person(advertising_objection=True),)), actor=owner)
    assert report.group("objection").count == 0 and report.template.name == "Standardbrief"


def test_cancel_after_three_letters_leaves_no_file_and_records_nothing(owner, letterhead, make_person, tmp_path):
    """should_stop after three letters: no PDF, no temporary file, no Letter rows, no interactions."""
    ids = tuple(make_person() for _ in range(6))
    report = preflight(Selection(ids), actor=owner)
    done = []
    result = run_serial_letter(report, SerialChoices(), out_path=tmp_path / "out" / "serial.pdf",
                               per_recipient_dir=tmp_path / "single", actor=owner,
                               should_stop=lambda: len(done) >= 3, on_progress=lambda d, t: done.append(d))
    assert result.cancelled and result.written == 0
    assert list((tmp_path / "out").iterdir()) == [] and not (tmp_path / "single").exists()
    assert Letter.select().count() == 0 and letter_interactions() == 0


def test_per_recipient_files_are_recorded(owner, letterhead, make_person, tmp_path):
    """With a per-recipient folder each Letter row points at its own PDF, which exists."""
    ids = (make_person(), make_person())
    report = preflight(Selection(ids), actor=owner)
    result = run_serial_letter(report, SerialChoices(), out_path=tmp_path / "all.pdf",
                               per_recipient_dir=tmp_path / "single", actor=owner)
    paths = [l.file_path for l in Letter.select().order_by(Letter.id)]
    assert len(result.recipient_paths) == 2 and all(p.endswith(".pdf") and "single" in p for p in paths)
    assert all((tmp_path / "single" / p.rsplit("/", 1)[-1]).exists() for p in paths)


def test_logging_can_be_switched_off(owner, letterhead, make_person, tmp_path):
    """log_interactions=False records the letters but logs no interaction."""
    report = preflight(Selection((make_person(),)), actor=owner)
    run_serial_letter(report, SerialChoices(), out_path=tmp_path / "x.pdf", actor=owner, log_interactions=False)
    assert Letter.select().count() == 1 and letter_interactions() == 0


def test_apprentice_cannot_start_serial_letters(apprentice, letterhead, make_person, tmp_path):
    """Apprentices get PermissionDenied for the pre-flight and the run."""
    person = make_person()
    with pytest.raises(PermissionDenied):
        preflight(Selection((person,)), actor=apprentice)


def test_apprentice_cannot_run_a_report_made_by_someone_else(owner, apprentice, letterhead, make_person, tmp_path):
    """run_serial_letter checks the permission itself, before printing."""
    report = preflight(Selection((make_person(),)), actor=owner)
    with pytest.raises(PermissionDenied):
        run_serial_letter(report, SerialChoices(), out_path=tmp_path / "x.pdf", actor=apprentice)
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_placeholder_stops_the_run_before_printing(owner, letterhead, make_person, tmp_path, staff):
    """A template with an unknown placeholder (stored before validation existed) is an error naming it."""
    create_template(owner, name="Alt", subject="Hallo", body="Text")
    Letter._meta.database.execute_sql("UPDATE letter_template SET body = 'Hallo {kundennummer}' WHERE name = 'Alt'")
    report = preflight(Selection((make_person(),)), "Alt", actor=owner)
    assert report.unknown_placeholders == ("kundennummer",) and not report.can_print
    assert "{kundennummer}" in report.errors[0]
    with pytest.raises(ValidationError):
        run_serial_letter(report, SerialChoices(), out_path=tmp_path / "x.pdf", actor=owner)
    assert not (tmp_path / "x.pdf").exists() and Letter.select().count() == 0


def test_preflight_groups_gender_titles_language_and_do_not_contact(owner, letterhead, make_person):
    """No gender, a name/Anrede mismatch, another language and do-not-contact land in their groups."""
    no_gender = make_person(gender="unknown")
    mismatch = make_person(gender="m", first_name="Susanne")
    english = make_person(language="en")
    blocked = make_person(do_not_contact=True)
    deceased = make_person(status="deceased")
    report = preflight(Selection((no_gender, mismatch, english, blocked, deceased)), actor=owner)
    assert [e.person_id for e in report.group("no_gender").entries] == [no_gender]
    assert report.group("no_gender").entries[0].detail.startswith("Guten Tag")
    assert [e.person_id for e in report.group("title_warnings").entries] == [mismatch]
    assert [e.person_id for e in report.group("language").entries] == [english]
    assert [e.person_id for e in report.group("do_not_contact").entries] == [blocked, deceased]
    printed = {r.person_id for r in report.to_print(SerialChoices())}
    assert printed == {no_gender, mismatch, english}


def test_missing_letterhead_fields_are_warnings(owner, make_person):
    """Without a stored letterhead the report warns (company name, legal form) but can still print."""
    report = preflight(Selection((make_person(),)), actor=owner)
    assert any("company name" in w for w in report.warnings) and report.can_print


def test_filters_select_by_tag_and_country(owner, letterhead, make_person):
    """The selection's filters go to the query: tag and country."""
    tagged = make_person(tags=["Kunde"])
    make_person()
    german = make_person(tags=["Kunde"], country="DE", postal_code="10117", city="Berlin")
    assert {r.person_id for r in preflight(Selection(tag="Kunde"), actor=owner).recipients} == {tagged, german}
    assert [r.person_id for r in preflight(Selection(tag="Kunde", country="DE"), actor=owner).recipients] == [german]


def test_hostile_person_data_prints_literally_or_is_reported(owner, letterhead, make_person, tmp_path, read_pdf):
    """<b>, &, ]]>, a 10,000-character name, emoji, RTL and control characters: printed literally or reported."""
    create_template(owner, name="Firma", subject="An {company_name}", body="Liebe Grüße an {company_name} {last_name}.")
    from crmdesk.ops.contacts import create_company

    firm = create_company(owner, {"name": "<b>Müller & Söhne</b> ]]> &amp;", "street": "Weg 1", "postal_code": "1010",
                                  "city": "Wien", "country": "AT"})
    literal = make_person(company_id=firm, street="", city="", postal_code="")
    long_name = make_person(last_name="L" * 10_000)
    emoji = make_person(first_name="Kim 🦄")
    rtl = make_person(last_name="שלום")
    control = make_person(last_name="Null\x07Bell\u200bZero")
    report = preflight(Selection((literal, long_name, emoji, rtl, control)), "Firma", actor=owner)
    assert {e.person_id for e in report.group("unprintable").entries} == {emoji, rtl}
    assert [e.person_id for e in report.group("text_cleaned").entries] == [control]
    result = run_serial_letter(report, SerialChoices(), out_path=tmp_path / "h.pdf", actor=owner)
    assert result.written == 3 and {s.person_id for s in result.skipped} == {emoji, rtl}
    text = "\n".join(read_pdf(result.pdf_path))
    assert "<b>Müller & Söhne</b> ]]> &amp;" in text.replace("\n", " ")
    assert "NullBellZero" in text and "{" not in text
    included = run_serial_letter(report, SerialChoices(include_unprintable=True), out_path=tmp_path / "r.pdf",
                                 actor=owner)
    assert included.written == 5 and "\ufffd" in "\n".join(read_pdf(included.pdf_path))


def test_nothing_printable_records_nothing(owner, letterhead, make_person, tmp_path):
    """When every recipient is skipped, no PDF is written and nothing is recorded."""
    report = preflight(Selection((make_person(street="", city=""),)), actor=owner)
    result = run_serial_letter(report, SerialChoices(), out_path=tmp_path / "none.pdf", actor=owner)
    assert result.written == 0 and result.pdf_path is None and not (tmp_path / "none.pdf").exists()
    assert Letter.select().count() == 0 and len(result.skipped) == 1
