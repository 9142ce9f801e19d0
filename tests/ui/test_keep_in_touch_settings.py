"""The "Keep in touch" settings section: owners change the rules, everyone else reads them."""

from __future__ import annotations

import datetime as dt

from crmdesk.db import derived
from crmdesk.db.models import Person, utcnow
from crmdesk.ops import contacts, interactions
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.settings.cadence_section import CadenceSection


def test_owner_changes_interval_and_rule_and_everyone_is_recomputed(qtbot, opened, owner):
    """Category A every 14 days and 'not counting e-mails': stored, and the person's due date follows."""
    firm = contacts.create_company(owner, {"name": "A-Kunde GmbH", "category": "A"})
    pid = contacts.create_person(owner, {"last_name": "Ahorn"}, company_id=firm)
    interactions.log_interaction(owner, channel="email", person_id=pid, occurred_at=utcnow() - dt.timedelta(days=3))
    section = CadenceSection(AppContext(opened=opened, actor=owner, events=AppEvents()))
    qtbot.addWidget(section)
    section.days["A"].setValue(14)
    section.channels["email"].setChecked(False)
    with qtbot.waitSignal(section.ctx.events.settings_changed, timeout=1000) as changed:
        assert section.save()
    assert changed.args == ["cadence"]
    stored = derived.load_cadence_settings()
    assert stored.category_days["A"] == 14 and stored.contact_rule.excluded_channels == frozenset({"email"})
    person = Person.get_by_id(pid)
    assert person.cadence_interval == 14 and person.last_contact_at is None


def test_unchanged_save_does_nothing(qtbot, opened, owner):
    """Saving without changes stores nothing (no recomputation of every person)."""
    section = CadenceSection(AppContext(opened=opened, actor=owner, events=AppEvents()))
    qtbot.addWidget(section)
    with qtbot.assertNotEmitted(section.ctx.events.settings_changed):
        assert section.save()


def test_staff_sees_the_settings_read_only(qtbot, opened, owner, staff):
    """Staff members see the values, cannot edit them, and saving changes nothing."""
    section = CadenceSection(AppContext(opened=opened, actor=staff, events=AppEvents()))
    qtbot.addWidget(section)
    assert section.days["B"].value() == 90 and not section.days["B"].isEnabled()
    assert not section.channels["phone"].isEnabled() and section.save()


def test_round_trip_of_the_defaults(qtbot, opened, owner):
    """The form shows the stored settings and gives back exactly the same settings."""
    section = CadenceSection(AppContext(opened=opened, actor=owner, events=AppEvents()))
    qtbot.addWidget(section)
    assert section.chosen().to_mapping() == derived.load_cadence_settings().to_mapping()
