"""The Today page: an overdue person, a follow-up due, a birthday and the team's counts are shown."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.db.models import utcnow
from crmdesk.domain import cadence
from crmdesk.ops import contacts, interactions
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.today.page import PERSON_ROLE, TodayPage


@pytest.fixture
def today_data(opened, owner, staff) -> dict:
    """For the staff member: an overdue person, a follow-up due today, a person with a birthday in 3 days."""
    firm = contacts.create_company(owner, {"name": "Ötztal Touristik GmbH", "category": "A"})
    late = contacts.create_person(owner, {"first_name": "Otto", "last_name": "Überfällig", "owner": staff.id},
                                  company_id=firm)
    interactions.log_interaction(owner, channel="phone", person_id=late, occurred_at=utcnow() - dt.timedelta(days=70))
    today = cadence.local_date(utcnow(), cadence.DEFAULT_TZ)
    birthday = today + dt.timedelta(days=3)
    party = contacts.create_person(owner, {"first_name": "Gerda", "last_name": "Geburtstag", "owner": staff.id,
                                           "birthday": birthday.replace(year=1960)})  # a leap year
    due = cadence.from_local(dt.datetime.combine(today, dt.time(23, 0)), cadence.DEFAULT_TZ)
    interactions.create_follow_up(owner, due_at=due, person_id=party, assignee_id=staff.id, note="Glückwunsch-Anruf")
    return {"late": late, "party": party, "birthday": birthday}


def texts(table) -> list[list[str]]:
    """The cell texts of a QTableWidget."""
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_today_shows_overdue_person_follow_up_birthday_and_team(qtbot, opened, staff, today_data):
    """All four panels are filled from one background load, for the signed-in staff member."""
    page = TodayPage(AppContext(opened=opened, actor=staff, events=AppEvents()))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.summary is not None, timeout=5000)
    persons = texts(page.persons.table)
    assert persons[0][0] == "Otto Überfällig" and persons[0][1] == "Ötztal Touristik GmbH" and int(persons[0][2]) >= 39
    assert page.persons.table.item(0, 0).data(PERSON_ROLE) == today_data["late"]
    assert "Show all 1" in page.persons.footer.text()
    assert [row[1:] for row in texts(page.follow_ups.table)] == [["Gerda Geburtstag", "Glückwunsch-Anruf"]]
    [birthday] = texts(page.birthdays.table)
    assert birthday[1] == "Gerda Geburtstag" and int(birthday[2]) == today_data["birthday"].year - 1960
    team = {row[0]: row[1:] for row in texts(page.team.table)}
    assert team[staff.name] == ["1", "1", "1", "0"]
    assert "Whole team" in team


def test_activating_a_row_opens_the_person(qtbot, opened, staff, today_data):
    """Enter or double click on a person row asks to open that person."""
    page = TodayPage(AppContext(opened=opened, actor=staff, events=AppEvents()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.summary is not None, timeout=5000)
    with qtbot.waitSignal(page.ctx.events.open_person_requested, timeout=1000) as opened_person:
        page.birthdays.table.itemActivated.emit(page.birthdays.table.item(0, 1))
    assert opened_person.args == [today_data["party"]]


def test_empty_day_says_so(qtbot, opened, owner):
    """Without persons or follow-ups the panels say that nothing waits."""
    page = TodayPage(AppContext(opened=opened, actor=owner, events=AppEvents()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.summary is not None, timeout=5000)
    assert page.persons.table.rowCount() == 0 and page.persons.empty.text().startswith("Nobody")
    assert page.follow_ups.table.rowCount() == 0
