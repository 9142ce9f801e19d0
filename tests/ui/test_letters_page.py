"""The Letters page (template editor, history) and the letterhead and titles settings sections, with qtbot."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from crmdesk.db.models import LetterTemplate
from crmdesk.ops.contacts import create_person
from crmdesk.ops.settings import set_setting
from crmdesk.queries import letters as letter_queries
from crmdesk.services.single_letter import make_letter
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.letters.page import LettersPage
from crmdesk.ui.settings.letterhead_section import LetterheadSection
from crmdesk.ui.settings.titles_section import TitlesSection


def context(opened, actor) -> AppContext:
    """An AppContext with fresh events."""
    return AppContext(opened=opened, actor=actor, events=AppEvents())


def test_template_editor_rejects_unknown_placeholders(qtbot, opened, owner):
    """An unknown placeholder is shown while typing and refused on save; a valid template is stored and listed."""
    page = LettersPage(context(opened, owner))
    qtbot.addWidget(page)
    assert page.templates.count() == 2  # the two built-in templates
    page.new_template()
    editor = page.editor
    editor.name.setText("Einladung")
    editor.body.setPlainText("Hallo {vorname}, {first_name}")
    assert "{vorname}" in editor.problems.text()
    assert editor.save() is False and LetterTemplate.select().count() == 0
    editor.body.setPlainText("")
    editor.insert_placeholder("first_name")
    assert editor.body.toPlainText() == "{first_name}" and editor.problems.text() == ""
    editor.advertising.setChecked(True)
    assert editor.save() is True
    stored = letter_queries.template_by_name("Einladung")
    assert stored.advertising and stored.body == "{first_name}"
    assert page.templates.currentItem().text() == "Einladung" and page.delete_button.isEnabled()


def test_built_in_templates_are_read_only(qtbot, opened, owner):
    """A built-in template can be looked at but not edited or deleted."""
    page = LettersPage(context(opened, owner))
    qtbot.addWidget(page)
    page.templates.setCurrentRow(0)
    assert "built in" in page.templates.currentItem().text()
    assert page.editor.body.isReadOnly() and not page.editor.save_button.isEnabled()
    assert not page.delete_button.isEnabled()


def test_apprentice_sees_templates_read_only(qtbot, opened, apprentice):
    """Apprentices cannot create templates or start serial letters from the page."""
    page = LettersPage(context(opened, apprentice))
    qtbot.addWidget(page)
    assert not page.new_button.isEnabled() and not page.serial_button.isVisibleTo(page)


def test_history_lists_printed_letters(qtbot, opened, owner, tmp_path):
    """A printed letter appears in the history model (which passes the model tester)."""
    set_setting(owner, "letterhead", {"company_name": "Berger Handel GmbH"})
    pid = create_person(owner, {"gender": "f", "first_name": "Eva", "last_name": "<b>Berg</b>", "street": "Ring 1",
                                "postal_code": "1010", "city": "Wien", "country": "AT"})
    make_letter(pid, actor=owner, out_path=tmp_path / "eva.pdf", subject="Danke")
    page = LettersPage(context(opened, owner))
    qtbot.addWidget(page)
    model = page.history.model
    ModelTester(None).check(model)
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Eva <b>Berg</b>" and model.index(0, 5).data() == "eva.pdf"
    page.history.table.selectRow(0)
    assert page.history.open_button.isEnabled() and page.history.folder_button.isEnabled()


def test_letterhead_section_warns_and_saves(qtbot, opened, owner):
    """Missing legally required details are listed live; saving stores the letterhead and the letter defaults."""
    section = LetterheadSection(context(opened, owner))
    qtbot.addWidget(section)
    assert "company name is missing" in section.warnings.text()
    section.lines["company_name"].setText("Berger Handel GmbH")
    section.legal_form.setCurrentText("GmbH")
    section.lists["address_lines"].setPlainText("Mariahilfer Straße 47\n1060 Wien")
    assert "Firmenbuch" in section.warnings.text() or "register" in section.warnings.text().lower()
    for key, value in (("seat", "Wien"), ("register_court", "Handelsgericht Wien"), ("register_number", "FN 1 a")):
        section.lines[key].setText(value)
    assert "All details" in section.warnings.text()
    section.form.setCurrentIndex(section.form.findData("A"))
    assert section.save()
    stored = letter_queries.letterhead_setting()
    assert stored["company_name"] == "Berger Handel GmbH" and stored["address_lines"] == ["Mariahilfer Straße 47", "1060 Wien"]
    assert letter_queries.letters_setting()["form"] == "A"


def test_settings_sections_are_read_only_for_staff(qtbot, opened, staff):
    """Staff see the letterhead and title settings but cannot change them; save() is a no-op."""
    letterhead = LetterheadSection(context(opened, staff))
    titles = TitlesSection(context(opened, staff))
    qtbot.addWidget(letterhead)
    qtbot.addWidget(titles)
    assert letterhead.lines["company_name"].isReadOnly() and not letterhead.form.isEnabled()
    assert not titles.widgets["at_punctuation"].isEnabled()
    assert letterhead.save() and titles.save() and letter_queries.letterhead_setting() == {}


def test_titles_section_examples_follow_the_switches(qtbot, opened, owner):
    """Switching a convention changes the live example at once; saving stores it."""
    section = TitlesSection(context(opened, owner))
    qtbot.addWidget(section)
    austrian = section.examples[0][1]
    assert "Sehr geehrter Herr Kommerzialrat," in austrian.text()
    combo = section.widgets["at_punctuation"]
    combo.setCurrentIndex(combo.findData("!"))
    assert "Sehr geehrter Herr Kommerzialrat!" in austrian.text()
    section.widgets["office_title_with_surname"].setChecked(True)
    assert "Herr Kommerzialrat Huber!" in austrian.text()
    assert all(label.text() for label in section.labels.values())
    assert section.save()
    assert letter_queries.titles_setting()["at_punctuation"] == "!"
