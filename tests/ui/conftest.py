"""UI test fixtures: an AppContext per role over a real SQLite file with the sample data."""

from __future__ import annotations

import pytest

from tests.ui.sample import make_sample


@pytest.fixture(autouse=True)
def _language_as_before():
    """A test that switches the language (German, or English with its plural forms) leaves no
    translator and no default locale behind for the tests after it."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from crmdesk.ui import i18n

    before = QLocale()
    yield
    app = QApplication.instance()
    if app is not None:
        i18n.remove_translators(app)
    QLocale.setDefault(before)


@pytest.fixture
def sample(opened, owner):
    """The sample persons/companies/interactions; ids by key."""
    return make_sample(owner)


def make_ctx(opened, actor):
    """An AppContext for *actor* with fresh AppEvents."""
    from crmdesk.ui.context import AppContext, AppEvents

    return AppContext(opened=opened, actor=actor, events=AppEvents())


@pytest.fixture
def ctx(opened, owner, sample):
    """AppContext of the owner, sample data loaded."""
    return make_ctx(opened, owner)


@pytest.fixture
def apprentice_ctx(opened, apprentice, sample):
    """AppContext of an apprentice, sample data loaded."""
    return make_ctx(opened, apprentice)
