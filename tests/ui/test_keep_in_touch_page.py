"""The keep-in-touch page: ranked rows, the one-click requests, snoozing through the dialog, filters."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crmdesk.db.models import Person, utcnow
from crmdesk.domain import cadence
from crmdesk.ops import contacts, interactions
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.keep_in_touch.model import ID_ROLE, DueTableModel
from crmdesk.ui.keep_in_touch.page import KeepInTouchPage
from crmdesk.ui.keep_in_touch.snooze_dialog import SnoozeDialog

HOSTILE = "<b>Bold</b> & Söhne 🙂 " + "x" * 10_000


@pytest.fixture
def people(opened, owner, staff) -> dict[str, int]:
    """Three due persons at an A company (one owned by the staff member), one not due."""
    firm = contacts.create_company(owner, {"name": "Huber Holzbau GmbH", "category": "A"})
    ids = {}
    for name, days, person_owner in (("Lang", 90, None), ("Mittel", 45, staff.id), (HOSTILE, 40, None),
                                     ("Frisch", 2, None)):
        ids[name] = contacts.create_person(owner, {"first_name": "Eva", "last_name": name, "owner": person_owner},
                                           company_id=firm)
        interactions.log_interaction(owner, channel="phone", person_id=ids[name],
                                     occurred_at=utcnow() - dt.timedelta(days=days))
    return ids


def make_page(qtbot, actor, opened) -> KeepInTouchPage:
    """A shown page for *actor*, waited until its first rows are there."""
    ctx = AppContext(opened=opened, actor=actor, events=AppEvents())
    page = KeepInTouchPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 or "could not" in page.summary.text(), timeout=5000)
    assert page.model.rowCount() > 0, page.summary.text()
    return page


def shown_ids(page: KeepInTouchPage) -> list[int]:
    """Person ids in list order."""
    return [page.model.index(row, 0).data(ID_ROLE) for row in range(page.model.rowCount())]


def select(qtbot, page: KeepInTouchPage, person_id: int) -> None:
    """Click the row of *person_id*."""
    row = shown_ids(page).index(person_id)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_rows_are_ranked_and_coloured(qtbot, opened, owner, people):
    """Everyone's due persons, most overdue first, with state text; the fresh contact is not listed."""
    page = make_page(qtbot, owner, opened)
    assert shown_ids(page) == [people["Lang"], people["Mittel"], people[HOSTILE]]
    assert page.model.index(0, 6).data() == "overdue"
    assert page.model.index(0, 6).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert len(page.model.index(2, 0).data()) <= 200  # a 10,000-character name is elided, not a problem
    assert page.table.selectionModel().selectedRows()  # the most urgent row is preselected


def test_model_passes_the_model_tester(qtmodeltester, opened, owner, people):
    """DueTableModel follows the QAbstractItemModel contract."""
    from crmdesk.queries.keep_in_touch import ranked_due

    model = DueTableModel()
    model.set_rows(ranked_due())
    qtmodeltester.check(model)


def test_log_letter_and_open_requests_carry_the_selected_person(qtbot, opened, owner, people):
    """One click asks the main window to log a contact, write a letter or open the person."""
    page = make_page(qtbot, owner, opened)
    select(qtbot, page, people["Mittel"])
    events = page.ctx.events
    with qtbot.waitSignal(events.quick_log_requested, timeout=1000) as logged:
        qtbot.mouseClick(page.buttons["log"], Qt.MouseButton.LeftButton)
    assert logged.args == [people["Mittel"]]
    with qtbot.waitSignal(events.letter_requested, timeout=1000) as letter:
        qtbot.mouseClick(page.buttons["letter"], Qt.MouseButton.LeftButton)
    assert letter.args == [[people["Mittel"]]]
    with qtbot.waitSignal(events.open_person_requested, timeout=1000) as opened_person:
        qtbot.mouseClick(page.buttons["open"], Qt.MouseButton.LeftButton)
    assert opened_person.args == [people["Mittel"]]


def test_snooze_dialog_saves_and_the_person_leaves_the_list(qtbot, opened, owner, people):
    """Snoozing through the dialog stores date and reason; the list refreshes without the person."""
    page = make_page(qtbot, owner, opened)
    select(qtbot, page, people["Lang"])
    qtbot.mouseClick(page.buttons["snooze"], Qt.MouseButton.LeftButton)
    dialog = page.findChild(SnoozeDialog)
    assert dialog is not None and dialog.isVisible()
    until = dialog.until() + dt.timedelta(days=3)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(3))
    dialog.reason_edit.setText("Karenz bis März")  # QtTest key clicks only know ASCII
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = Person.get_by_id(people["Lang"])
    assert stored.snooze_reason == "Karenz bis März"
    assert stored.snoozed_until == cadence.start_of_local_day(until, page.tz)
    qtbot.waitUntil(lambda: people["Lang"] not in shown_ids(page), timeout=5000)


def test_cancelled_snooze_changes_nothing(qtbot, opened, owner, people):
    """Cancel leaves the person as it was."""
    page = make_page(qtbot, owner, opened)
    select(qtbot, page, people["Lang"])
    dialog = page.snooze_selected()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert Person.get_by_id(people["Lang"]).snoozed_until is None


def test_scope_mine_and_a_logged_call_refresh_the_list(qtbot, opened, staff, people):
    """'My persons' shows what the user owns; logging a call elsewhere removes the person from the list."""
    page = make_page(qtbot, staff, opened)
    assert page.scope.currentData() == "mine" and shown_ids(page) == [people["Mittel"]]
    page.scope.setCurrentIndex(page.scope.findData("everyone"))
    qtbot.waitUntil(lambda: len(shown_ids(page)) == 3, timeout=5000)
    interactions.log_interaction(staff, channel="visit", person_id=people["Lang"])
    page.ctx.events.interactions_changed.emit([people["Lang"]])
    qtbot.waitUntil(lambda: people["Lang"] not in shown_ids(page), timeout=5000)
    assert "waiting for contact" in page.summary.text()
