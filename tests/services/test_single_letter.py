"""Single letters from the database: the PDF's text, recording, preview, permissions and refusals."""

from __future__ import annotations

import pytest

from crmdesk.db.models import Interaction, Letter, Person
from crmdesk.ops.base import NotFound, ValidationError
from crmdesk.ops.contacts import delete_person
from crmdesk.ops.letters import create_template
from crmdesk.services.single_letter import letter_draft, make_letter, preview_letter


def test_austrian_kommerzialrat_letter_text(owner, letterhead, kr_huber, tmp_path, read_pdf, read_left_column):
    """KR Mag. Franz Huber, MSc: "Herrn Kommerzialrat" in the address, "Sehr geehrter Herr Kommerzialrat," and the postal lines."""
    result = make_letter(kr_huber, actor=owner, out_path=tmp_path / "huber.pdf")
    [page] = read_pdf(result.path)
    lines = read_left_column(result.path)
    assert "Herrn Kommerzialrat" in lines and "Mag. Franz Huber, MSc" in lines
    assert "Sehr geehrter Herr Kommerzialrat," in lines
    assert "Kärntner Straße 12" in lines and "1010 Wien" in lines
    assert "Berger Handel GmbH · Mariahilfer Straße 47 · 1060 Wien" in page
    assert "{" not in page and "}" not in page
    assert result.pages == 1 and result.path.exists()


def test_single_letter_is_recorded_and_logged(owner, letterhead, kr_huber, tmp_path):
    """One Letter row, one outbound letter interaction pointing at it, last contact set."""
    result = make_letter(kr_huber, actor=owner, out_path=tmp_path / "a.pdf", subject="Ihr Angebot")
    letter = Letter.get_by_id(result.letter_id)
    assert (letter.person_id, letter.subject, letter.created_by_id) == (kr_huber, "Ihr Angebot", owner.id)
    interaction = Interaction.get_by_id(result.interaction_id)
    assert (interaction.letter_id, interaction.direction, interaction.subject) == (letter.id, "out", "Ihr Angebot")
    assert Person.get_by_id(kr_huber).last_contact_at is not None


def test_apprentice_prints_single_letters(apprentice, letterhead, kr_huber, tmp_path):
    """Apprentices may write single letters (letter.single)."""
    result = make_letter(kr_huber, actor=apprentice, out_path=tmp_path / "b.pdf", log_interaction=False)
    assert result.path.exists() and result.interaction_id is None


def test_template_by_name_and_body_override(owner, letterhead, kr_huber, tmp_path, read_pdf):
    """A stored template is used by name; a given body replaces the template's text."""
    create_template(owner, name="Dank", subject="Danke, {company_name}", body="danke für **alles**.")
    result = make_letter(kr_huber, "Dank", actor=owner, out_path=tmp_path / "c.pdf", body="{salutation}\n\nnur kurz.")
    [page] = read_pdf(result.path)
    assert "Danke," in page and "nur kurz." in page and "alles" not in page


def test_refusals(owner, letterhead, kr_huber, make_person, tmp_path):
    """No address, an unknown template, unknown placeholders, deleted persons and unprintable text are refused."""
    nowhere = make_person(street="", city="", postal_code="")
    with pytest.raises(ValidationError) as no_address:
        make_letter(nowhere, actor=owner, out_path=tmp_path / "x.pdf")
    assert "address" in no_address.value.problems
    with pytest.raises(NotFound):
        make_letter(kr_huber, "Gibt es nicht", actor=owner, out_path=tmp_path / "x.pdf")
    with pytest.raises(ValidationError) as unknown:
        make_letter(kr_huber, actor=owner, out_path=tmp_path / "x.pdf", body="Hallo {vorname}")
    assert "{vorname}" in unknown.value.problems["template"]
    emoji = make_person(first_name="Kim 🦄")
    with pytest.raises(ValidationError) as unprintable:
        make_letter(emoji, actor=owner, out_path=tmp_path / "x.pdf")
    assert "U+1F984" in unprintable.value.problems["text"]
    delete_person(owner, kr_huber)
    with pytest.raises(NotFound):
        make_letter(kr_huber, actor=owner, out_path=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists() and Letter.select().count() == 0


def test_unprintable_text_can_be_replaced(owner, letterhead, make_person, tmp_path, read_pdf):
    """With unprintable="replace" the letter prints with a visible replacement character."""
    emoji = make_person(first_name="Kim 🦄")
    result = make_letter(emoji, actor=owner, out_path=tmp_path / "r.pdf", unprintable="replace")
    assert "\ufffd" in read_pdf(result.path)[0] and any("U+1F984" in n for n in result.notes)


def test_draft_and_preview(owner, letterhead, kr_huber):
    """The dialog's draft lists the templates; the preview renders into memory and reports template errors."""
    create_template(owner, name="Dank", language="de", subject="Danke", body="danke.")
    draft = letter_draft(kr_huber, actor=owner)
    assert [t.name for t in draft.templates] == ["Dank", "Standardbrief", "Standard letter"]
    assert draft.template.name == "Dank" and draft.log_interactions
    preview = preview_letter(draft.recipient, draft.template, draft.job)
    assert preview.data.startswith(b"%PDF") and preview.pages == 1 and not preview.error
    broken = preview_letter(draft.recipient, draft.template, draft.job, body="{unbekannt}")
    assert broken.data is None and "{unbekannt}" in broken.error
