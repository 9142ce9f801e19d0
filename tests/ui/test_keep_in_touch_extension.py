"""The start-up message: one status-bar line with what waits for the user."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMainWindow

from crmdesk.db.models import utcnow
from crmdesk.ops import contacts, interactions
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.keep_in_touch import extension


def test_one_status_message_with_the_counts(qtbot, opened, owner, staff):
    """After start the user gets one message naming overdue persons and follow-ups due today."""
    firm = contacts.create_company(owner, {"name": "Status GmbH", "category": "A"})
    pid = contacts.create_person(owner, {"last_name": "Spät", "owner": staff.id}, company_id=firm)
    interactions.log_interaction(owner, channel="phone", person_id=pid, occurred_at=utcnow() - dt.timedelta(days=60))
    interactions.create_follow_up(owner, due_at=utcnow() - dt.timedelta(days=2), person_id=pid, assignee_id=staff.id)
    window = QMainWindow()
    qtbot.addWidget(window)
    ctx = AppContext(opened=opened, actor=staff, events=AppEvents())
    messages = []
    ctx.events.status_message.connect(messages.append)
    extension.install(window, ctx)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    qtbot.wait(300)
    assert messages == ["Waiting for you: 1 persons overdue (1 due in all), 0 follow-ups due today, 1 overdue"]


def test_nothing_waiting(qtbot, opened, owner):
    """With nothing due the message says so."""
    assert extension.message(extension.waiting_for(owner.id)) == "Nobody is waiting for you today."
