"""UI test fixtures: an AppContext per role over a real SQLite file with the sample data."""

from __future__ import annotations

import pytest

from tests.ui.sample import make_sample


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
