"""The follow-ups page: overdue rows stand out, new/complete through the dialogs, .ics export."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crmdesk.db.models import FollowUp, Interaction, Person, utcnow
from crmdesk.ops import contacts, interactions
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.follow_ups.dialogs import CompleteDialog, FollowUpDialog
from crmdesk.ui.follow_ups.page import FollowUpsPage


@pytest.fixture
def data(opened, owner) -> dict:
    """A person with an overdue and a later follow-up of the owner."""
    pid = contacts.create_person(owner, {"first_name": "Rosa", "last_name": "Rückruf"})
    late = interactions.create_follow_up(owner, due_at=utcnow() - dt.timedelta(days=3), person_id=pid,
                                         note="Angebot nachfassen", repeat_days=30)
    later = interactions.create_follow_up(owner, due_at=utcnow() + dt.timedelta(days=5), person_id=pid, note="später")
    return {"person": pid, "late": late, "later": later}


def make_page(qtbot, opened, actor) -> FollowUpsPage:
    """The page, shown and loaded."""
    page = FollowUpsPage(AppContext(opened=opened, actor=actor, events=AppEvents()))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    return page


def test_overdue_rows_are_red_and_bold(qtbot, opened, owner, data):
    """The overdue follow-up comes first, in the overdue colour and bold; the later one is plain."""
    page = make_page(qtbot, opened, owner)
    assert [page.model.row_record(r).id for r in range(2)] == [data["late"], data["later"]]
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert page.model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert "1 overdue" in page.summary.text()


def test_complete_with_logged_contact_and_repeat(qtbot, opened, owner, data):
    """Done with 'log the contact': the interaction is logged and the repeat schedules the next one."""
    page = make_page(qtbot, opened, owner)
    page.table.selectRow(0)
    dialog = page.complete_selected()
    assert isinstance(dialog, CompleteDialog) and dialog.log_box.isChecked()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("appointment"))
    dialog.note_edit.setText("Termin fixiert")
    with qtbot.waitSignal(page.ctx.events.interactions_changed, timeout=2000):
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    done = FollowUp.get_by_id(data["late"])
    assert done.done_at is not None and Interaction.get_by_id(done.interaction_id).note == "Termin fixiert"
    assert Person.get_by_id(data["person"]).last_contact_interaction == done.interaction_id
    assert FollowUp.select().where(FollowUp.done_at.is_null() & (FollowUp.repeat_days == 30)).count() == 1


def test_new_follow_up_through_the_dialog(qtbot, opened, owner, data):
    """New: pick a person by typing, set the note and save."""
    page = make_page(qtbot, opened, owner)
    dialog = page.new_follow_up()
    assert isinstance(dialog, FollowUpDialog)
    qtbot.keyClicks(dialog.picker, "Rosa")
    qtbot.waitUntil(lambda: bool(dialog.picker._hits), timeout=3000)
    dialog.picker.completer().activated.emit(next(iter(dialog.picker._hits)))
    dialog.note_edit.setPlainText("Jahresgespräch vorbereiten")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert FollowUp.select().where(FollowUp.note == "Jahresgespräch vorbereiten").get().person_id == data["person"]


def test_dialog_refuses_without_a_person(qtbot, opened, owner, data):
    """A new follow-up needs a chosen person; the dialog stays open and says so."""
    page = make_page(qtbot, opened, owner)
    dialog = page.new_follow_up()
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text()


def test_export_writes_my_open_follow_ups(qtbot, opened, owner, data, tmp_path):
    """Export .ics saves my open follow-ups; the file parses back."""
    page = make_page(qtbot, opened, owner)
    assert page.export_ics(str(tmp_path / "meine")) == 2
    calendar = Calendar.from_ical((tmp_path / "meine.ics").read_bytes())
    summaries = sorted(str(e["summary"]) for e in calendar.walk("VEVENT"))
    assert summaries == ["Follow-up: Rosa Rückruf", "Follow-up: Rosa Rückruf"]


def test_apprentice_cannot_delete(qtbot, opened, apprentice, data):
    """Buttons follow the role: an apprentice may complete but not delete."""
    interactions.update_follow_up(apprentice, data["late"], None, {"assignee": apprentice.id})
    page = make_page(qtbot, opened, apprentice)
    page.table.selectRow(0)
    assert page.buttons["complete"].isEnabled() and not page.buttons["delete"].isEnabled()


def test_model_passes_the_model_tester(qtmodeltester, opened, owner, data):
    """FollowUpTableModel follows the QAbstractItemModel contract."""
    from crmdesk.queries.follow_ups import list_follow_ups
    from crmdesk.ui.follow_ups.model import FollowUpTableModel

    model = FollowUpTableModel()
    model.set_rows(list_follow_ups())
    qtmodeltester.check(model)
