"""The lazy persons and companies models: model contract, search, filters, sorting by every column."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import Qt

from crmdesk.domain.records import ListFilter
from crmdesk.queries import companies as company_queries
from crmdesk.queries import persons as person_queries
from crmdesk.ui.persons.columns import COMPANY_COLUMNS, PERSON_COLUMNS
from crmdesk.ui.widgets.lazy_model import LazyTableModel


def _person_model(flt=ListFilter()):
    model = LazyTableModel(
        PERSON_COLUMNS, "ListColumns", partial(person_queries.person_ids, flt), person_queries.person_rows
    )
    model.reload()
    return model


def test_person_model_passes_modeltester(qtmodeltester, sample):
    """The persons model satisfies Qt's model contract."""
    qtmodeltester.check(_person_model())


def test_company_model_passes_modeltester(qtmodeltester, sample):
    """The companies model satisfies Qt's model contract."""
    model = LazyTableModel(
        COMPANY_COLUMNS, "ListColumns", partial(company_queries.company_ids, ListFilter()), company_queries.company_rows
    )
    model.reload()
    qtmodeltester.check(model)


def _names(model) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


SORT_COLUMNS = {
    "name": "sort_name",
    "company": "company_name",
    "function": "function_title",
    "city": "display_city",
    "last_contact": "last_contact_at",
    "next_due": "next_due_at",
    "email": "email_business",
    "country": "display_country",
}


def _column_values(key: str, ids: list[int]) -> list:
    from crmdesk.db.models import Person, User

    if key == "owner":
        names = dict(Person.select(Person.id, User.name).join(User, on=(Person.owner == User.id)).tuples())
        return [(names.get(i) is None, names.get(i) or "") for i in ids]
    values = dict(Person.select(Person.id, getattr(Person, SORT_COLUMNS[key])).tuples())
    return [(values[i] is not None, values[i]) if key in ("last_contact", "next_due") else values[i] for i in ids]


@pytest.mark.parametrize("column", range(len(PERSON_COLUMNS)))
def test_persons_sort_by_each_column(sample, column):
    """Sorting by a sortable column orders the rows by that column in SQL; other columns are ignored."""
    model = _person_model()
    spec = PERSON_COLUMNS[column]
    before = model.ids()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        if not spec.sortable:
            assert model.ids() == before
            continue
        values = _column_values(spec.key, model.ids())
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder), spec.key
        assert sorted(model.ids()) == sorted(before)


def _fake_model(calls):
    """A model over 500 fake records: ascending or descending ids, first rows from a LIMIT-like callable."""
    from types import SimpleNamespace

    from crmdesk.ui.widgets.lazy_model import Column

    def ids(_sort, descending):
        calls.append("all")
        return list(range(500, 0, -1)) if descending else list(range(1, 501))

    def first(_sort, descending, n):
        calls.append("first")
        return (list(range(500, 0, -1)) if descending else list(range(1, 501)))[:n]

    rows = lambda wanted: [SimpleNamespace(id=i, name=f"row {i}") for i in wanted]  # noqa: E731
    model = LazyTableModel([Column("name", "Name", lambda r: r.name)], "ListColumns", ids, rows, fetch_first=first)
    model.reload()
    return model


def test_sort_shows_first_rows_then_completes(qtbot):
    """A sort shows its first rows from a small query; the whole order follows on the next event-loop turn."""
    calls = []
    model = _fake_model(calls)
    calls.clear()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert calls == ["first"]
    assert model.rowCount() == 500 and not model.is_complete()
    assert model.data(model.index(0, 0)) == "row 500"
    with qtbot.waitSignal(model.order_completed, timeout=2000):
        pass
    assert model.is_complete() and model.ids() == list(range(500, 0, -1))
    assert calls == ["first", "all"]


def test_rows_beyond_the_first_complete_at_once(qtbot):
    """Asking for a row past the first ones reads the whole order right away."""
    model = _fake_model([])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(400, 0)) == "row 100"
    assert model.is_complete()
    assert model.ids()[0] == 500 and model.ids()[-1] == 1
