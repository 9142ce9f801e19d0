"""The persons and companies pages: search narrows, filters, context menu by role, refresh after changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from crmdesk.ui.companies.page import CompaniesPage
from crmdesk.ui.persons.page import PersonsPage


def _names(page) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_search_narrows_the_list(qtbot, ctx, sample):
    """Typing in the search box (debounced) narrows the list; ä matches Ä; clearing brings all back."""
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_ready)
    assert page.model.rowCount() == 8
    qtbot.keyClicks(page.filters.search, "MÜLL")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert _names(page) == ["Dr. Maria Müller"]
    page.filters.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 8, timeout=3000)


def test_search_finds_company_email_and_city(qtbot, ctx, sample):
    """Search covers company, e-mail and city, not only names."""
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    for text, expected in (("Alpen Energie", 3), ("zeller@exam", 1), ("Innsbruck", 1), ("zzzz", 0)):
        page.filters.search.setText(text)
        page.filters.search.flush()
        assert page.model.rowCount() == expected, text


def test_hostile_text_shows_as_text(qtbot, ctx, sample):
    """A name with <b>, & and emoji is shown literally; a search for quotes and FTS syntax does not fail."""
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    assert "<b>Bold</b> & Co \U0001f600" in _names(page)
    for text in ('"', 'a"b', "AND OR NOT", "*", "ab(", "\u202e\u05d3"):
        page.filters.search.setText(text)
        page.filters.search.flush()
        assert page.model.rowCount() >= 0


def test_filters_restrict(qtbot, ctx, sample):
    """Country, tag, category, owner and active filters restrict the list in SQL."""
    from crmdesk.domain.records import ListFilter
    from crmdesk.queries import catalogue, persons

    vip = next(t.id for t in catalogue.tags() if t.name == "VIP")
    assert len(persons.person_ids(ListFilter(country="DE"))) == 2
    assert len(persons.person_ids(ListFilter(tag_id=vip))) == 2
    assert len(persons.person_ids(ListFilter(category="A"))) == 2
    assert len(persons.person_ids(ListFilter(owner_id=ctx.actor.id))) == 4
    assert len(persons.person_ids(ListFilter(active=False))) == 0
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    combo = page.filters._country
    combo.setCurrentIndex(combo.findData("CH"))
    assert _names(page) == ["Anna Zeller"]


def _menu_texts(page, ids) -> list[str]:
    menu = QMenu()
    page.context_actions(menu, ids)
    return [a.text() for a in menu.actions() if a.text()]


def test_context_menu_by_role(qtbot, ctx, apprentice_ctx, sample):
    """Owners see Export/Serial letter/Delete; apprentices see neither delete nor serial letter nor export."""
    owner_page, apprentice_page = PersonsPage(ctx), PersonsPage(apprentice_ctx)
    qtbot.addWidget(owner_page)
    qtbot.addWidget(apprentice_page)
    ids = [sample["Huber"]]
    assert {"Export…", "Serial letter…", "Delete…", "Letter…", "Log contact…"} <= set(_menu_texts(owner_page, ids))
    texts = set(_menu_texts(apprentice_page, ids))
    assert "Log contact…" in texts and "Letter…" in texts
    assert not {"Delete…", "Serial letter…", "Export…"} & texts


def test_context_menu_emits_requests(qtbot, ctx, sample):
    """Export…, Letter… and Serial letter… emit the app-wide requests with the selected ids."""
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    ids = [sample["Huber"], sample["Müller"]]
    menu = QMenu()
    page.context_actions(menu, ids)
    actions = {a.text(): a for a in menu.actions()}
    with qtbot.waitSignal(ctx.events.export_requested) as blocker:
        actions["Export…"].trigger()
    assert blocker.args == ["persons", ids]
    with qtbot.waitSignal(ctx.events.serial_letter_requested) as blocker:
        actions["Serial letter…"].trigger()
    assert blocker.args == [ids]


def test_enter_opens_person(qtbot, ctx, sample):
    """Enter on a row asks to open that person."""
    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(ctx.events.open_person_requested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [page.model.id_at(0)]


def test_list_follows_changes(qtbot, ctx, sample):
    """A deleted person leaves the list after persons_changed; a new one appears."""
    from crmdesk.ops import contacts

    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    contacts.delete_person(ctx.actor, sample["Huber"])
    ctx.events.persons_changed.emit([sample["Huber"]])
    assert page.model.row_of(sample["Huber"]) == -1
    new_id = contacts.create_person(ctx.actor, {"first_name": "Zoe", "last_name": "Neu"})
    ctx.events.persons_changed.emit([new_id])
    assert page.model.row_of(new_id) >= 0


def test_companies_page_search_and_sort(qtbot, ctx, sample):
    """The companies list searches and sorts by name both ways."""
    page = CompaniesPage(ctx)
    qtbot.addWidget(page)
    assert _names(page) == ["Alpen Energie AG", "Huber Holzbau GmbH"]
    page.model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Huber Holzbau GmbH", "Alpen Energie AG"]
    page.filters.search.setText("holzbau")
    page.filters.search.flush()
    assert _names(page) == ["Huber Holzbau GmbH"]
