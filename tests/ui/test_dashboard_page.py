"""The dashboard page: three charts from the background load, rates switch, PNG export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QImage

from crmdesk.db.models import utcnow
from crmdesk.ops import contacts, interactions
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.dashboard.page import DashboardPage


@pytest.fixture
def page(qtbot, opened, owner) -> DashboardPage:
    """A shown dashboard over a few logged calls and messages, loaded."""
    firm = contacts.create_company(owner, {"name": "Chart GmbH", "category": "B"})
    pid = contacts.create_person(owner, {"first_name": "Carla", "last_name": "Chart"}, company_id=firm)
    for days, channel, outcome in [(1, "phone", "not_reached"), (2, "phone", "appointment"), (9, "whatsapp", "order"),
                                   (20, "email", None), (40, "visit", "complaint")]:
        interactions.log_interaction(owner, channel=channel, person_id=pid, outcome=outcome,
                                     occurred_at=utcnow() - dt.timedelta(days=days))
    widget = DashboardPage(AppContext(opened=opened, actor=owner, events=AppEvents()))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.data is not None, timeout=8000)
    return widget


def test_three_charts_are_filled(page):
    """Stacked weekly bars per used channel, outcome bars, and the share line."""
    weekly = page.cards["interactions-per-week"].view.chart()
    assert {s.label() for s in weekly.series()[0].barSets()} == {"Phone", "WhatsApp message", "E-mail", "Visit"}
    outcomes = page.cards["outcomes-per-channel"].view.chart()
    assert [s.label() for s in outcomes.series()[0].barSets()] == ["Appointment", "Order", "Complaint", "Not reached"]
    share = page.cards["within-cadence"].view.chart().series()[0]
    assert share.count() == 1 and share.at(0).x() == 11 and share.at(0).y() == 100.0  # the person is new
    assert "5 interactions" in page.status.text()


def test_rates_switch_shows_percentages(page):
    """'As %' turns counts into shares of each channel's interactions."""
    page.rates.setChecked(True)
    chart = page.cards["outcomes-per-channel"].view.chart()
    assert "%" in chart.title()
    values = [bar_set.at(i) for bar_set in chart.series()[0].barSets() for i in range(bar_set.count())]
    assert max(values) == 100.0 and 50.0 in values


def test_each_chart_saves_as_png(page, tmp_path):
    """Save as PNG writes a real image of the chart."""
    for key, card in page.cards.items():
        target = tmp_path / key
        assert page.export_png(card, str(target))
        image = QImage(str(target) + ".png")
        assert not image.isNull() and image.width() > 300
