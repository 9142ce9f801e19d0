"""The letter dialog (live PDF preview with QtPdf, save and record) and the serial-letter dialog (pre-flight,
worker with progress, cancel), driven with qtbot on a real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from crmdesk.db.models import Interaction, Letter
from crmdesk.ops.contacts import create_person
from crmdesk.ops.letters import create_template
from crmdesk.ops.settings import set_setting
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.letters import extension
from crmdesk.ui.letters.common import QPdfDocument
from crmdesk.ui.letters.letter_dialog import LetterDialog
from crmdesk.ui.letters.serial_dialog import SerialLetterDialog

ADDRESS = {"street": "Kärntner Straße 12", "postal_code": "1010", "city": "Wien", "country": "AT"}
needs_qtpdf = pytest.mark.skipif(QPdfDocument is None, reason="QtPdf (PySide6-Pdf) is not installed")


@pytest.fixture
def people(opened, owner):
    """A Kommerzialrat, two more persons with addresses, one without, and a letterhead."""
    set_setting(owner, "letterhead", {"company_name": "Berger Handel GmbH", "legal_form": "GmbH",
                                      "address_lines": ["Mariahilfer Straße 47", "1060 Wien"]})
    return {
        "huber": create_person(owner, {"gender": "m", "first_name": "Franz", "last_name": "Huber", "honorary_title": "KR",
                                       "titles_pre": ["Mag."], **ADDRESS}),
        "berg": create_person(owner, {"gender": "f", "first_name": "Eva", "last_name": "Berg", **ADDRESS}),
        "nein": create_person(owner, {"gender": "m", "first_name": "Otto", "last_name": "Nein",
                                      "advertising_objection": True, **ADDRESS}),
        "ohne": create_person(owner, {"gender": "f", "first_name": "Ina", "last_name": "Ohne"}),
    }


def context(opened, actor) -> AppContext:
    """An AppContext with fresh events."""
    return AppContext(opened=opened, actor=actor, events=AppEvents())


@needs_qtpdf
def test_letter_dialog_preview_loads_and_follows_typing(qtbot, opened, owner, people):
    """The preview document becomes Ready with one page, and is rendered again after typing."""
    from PySide6.QtPdf import QPdfDocument as Doc

    dialog = LetterDialog(context(opened, owner), people["huber"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.document.status() == Doc.Status.Ready, timeout=10_000)
    assert dialog.preview.document.pageCount() == 1
    assert "Huber" in dialog.recipient.text()
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.body.setPlainText("{salutation}\n\n" + "Ein langer Absatz. " * 400)
    qtbot.waitUntil(lambda: dialog.preview.document.pageCount() >= 2, timeout=10_000)


def test_letter_dialog_template_error_blocks_saving(qtbot, opened, owner, people):
    """An unknown placeholder shows an error instead of the preview and disables saving."""
    dialog = LetterDialog(context(opened, owner), people["huber"])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.body.setPlainText("Hallo {vorname}")
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=5000)
    assert "{vorname}" in dialog.preview.notice.text()


def test_letter_dialog_saves_and_records(qtbot, opened, owner, people, tmp_path):
    """Saving writes the PDF, records the letter and its interaction, enables Open / Show in folder."""
    ctx = context(opened, owner)
    dialog = LetterDialog(ctx, people["berg"])
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.preview_ready, timeout=10_000).wait()
    dialog.subject.setText("Ihr Angebot")
    with qtbot.waitSignal(ctx.events.letters_changed):
        assert dialog.save_to(tmp_path / "berg.pdf")
    assert (tmp_path / "berg.pdf").exists() and dialog.open_button.isEnabled() and dialog.folder_button.isEnabled()
    letter = Letter.get()
    assert (letter.person_id, letter.subject) == (people["berg"], "Ihr Angebot")
    assert Interaction.select().where(Interaction.letter == letter.id).count() == 1


def test_serial_dialog_preflight_and_run(qtbot, opened, owner, people, tmp_path):
    """Check shows the groups; printing runs on the worker to the end; Open and Show in folder become usable."""
    create_template(owner, name="Aktion", subject="Frühjahrsaktion", body="unser Angebot.", advertising=True)
    ctx = context(opened, owner)
    dialog = SerialLetterDialog(ctx, list(people.values()))
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findText("Aktion"))
    dialog.out_path.setText(str(tmp_path / "aktion.pdf"))
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check_button.click()
    groups = [dialog.report_tree.topLevelItem(i).text(0) for i in range(dialog.report_tree.topLevelItemCount())]
    assert groups == ["Without postal address (1)", "Objected to advertising (1)"]
    assert dialog.print_button.isEnabled() and dialog.print_button.text() == "Print 2 letter(s)"
    dialog.report_tree.set_included("objection", True)
    assert dialog.print_button.text() == "Print 3 letter(s)"
    with qtbot.waitSignal(dialog.finished_run, timeout=30_000) as blocker:
        dialog.print_button.click()
    result = blocker.args[0]
    assert result.written == 3 and (tmp_path / "aktion.pdf").exists()
    assert Letter.select().count() == 3 and dialog.open_button.isEnabled() and dialog.folder_button.isEnabled()
    assert dialog.progress.value() == dialog.progress.maximum()


def test_serial_dialog_cancel_keeps_nothing(qtbot, opened, owner, tmp_path):
    """Cancel during printing: the cancelled signal arrives, no file, nothing recorded, the dialog is usable."""
    set_setting(owner, "letterhead", {"company_name": "Berger Handel GmbH"})
    ids = [create_person(owner, {"gender": "f", "first_name": f"Eva{i}", "last_name": "Berg", **ADDRESS})
           for i in range(150)]
    dialog = SerialLetterDialog(context(opened, owner), ids)
    qtbot.addWidget(dialog)
    dialog.out_path.setText(str(tmp_path / "out" / "serial.pdf"))
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check_button.click()
    with qtbot.waitSignal(dialog.cancelled_run, timeout=30_000):
        dialog.print_button.click()
        assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.close_button.isEnabled()
        dialog.worker.signals.progress.connect(lambda done, total: dialog.cancel())
    assert not (tmp_path / "out" / "serial.pdf").exists() and Letter.select().count() == 0
    assert dialog.check_button.isEnabled() and dialog.close_button.isEnabled()


def test_apprentice_cannot_open_serial_letters(qtbot, opened, apprentice, people):
    """The extension refuses the serial dialog for apprentices; the dialog itself cannot check."""
    ctx = context(opened, apprentice)
    window = QWidget()
    qtbot.addWidget(window)
    with qtbot.waitSignal(ctx.events.status_message):
        assert extension.open_serial_dialog(window, ctx, [people["huber"]]) is None
    dialog = SerialLetterDialog(ctx, [people["huber"]])
    qtbot.addWidget(dialog)
    assert not dialog.check_button.isEnabled() and not dialog.print_button.isEnabled()


def test_extension_opens_the_right_dialog(qtbot, opened, owner, people):
    """letter_requested with one id opens the letter dialog, with several the serial dialog."""
    ctx = context(opened, owner)
    window = QWidget()
    qtbot.addWidget(window)
    extension.install(window, ctx)
    ctx.events.letter_requested.emit([people["huber"]])
    ctx.events.letter_requested.emit([people["huber"], people["berg"]])
    ctx.events.serial_letter_requested.emit([])
    letters = window.findChildren(LetterDialog)
    serials = window.findChildren(SerialLetterDialog)
    assert len(letters) == 1 and len(serials) == 2
    assert serials[1].selection.person_ids is None  # no ids: the filter form
    for dialog in letters + serials:
        dialog.close()
