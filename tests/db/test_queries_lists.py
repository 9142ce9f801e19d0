"""Read side of the lists and views: id order, filters, search, rows, timelines, pickers (real databases)."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.db.models import Person, database
from crmdesk.domain.records import ListFilter
from crmdesk.ops import contacts, interactions
from crmdesk.queries import catalogue, companies, persons, timeline
from tests.ui.sample import make_sample

SORT_COLUMNS = {
    "name": "sort_name",
    "company": "company_name",
    "function": "function_title",
    "city": "display_city",
    "country": "display_country",
    "last_contact": "last_contact_at",
    "next_due": "next_due_at",
    "email": "email_business",
}


@pytest.fixture
def ids(opened, owner):
    """The sample on a SQLite file."""
    return make_sample(owner)


@pytest.mark.parametrize("key", sorted(SORT_COLUMNS))
def test_order_matches_plain_sql(ids, key):
    """The covering-index id list (group_concat) equals ORDER BY column, id in both directions."""
    column = SORT_COLUMNS[key]
    for descending, direction in ((False, "ASC"), (True, "DESC")):
        plain = [
            r[0]
            for r in database.execute_sql(
                f"SELECT id FROM person WHERE deleted_at IS NULL ORDER BY {column} {direction}, id {direction}"
            ).fetchall()
        ]
        assert persons.person_ids(ListFilter(), key, descending) == plain


def test_search_is_substring_and_case_insensitive(ids):
    """FTS5 trigram: substrings anywhere, ÄÖÜ match äöü, company/e-mail/city included, words ANDed."""

    def found(text):
        return set(persons.person_ids(ListFilter(search=text)))

    assert found("üll") == found("ÜLL") == {ids["Müller"]}
    assert found("ÖSTERREICH") == {ids["Österreicher"]}
    assert found("holzbau") == {ids["Huber"], ids["Müller"]}
    assert found("example.org zürich") == {ids["Zeller"]}
    assert found("hu") == {ids["Huber"]}  # 1-2 characters: name prefix
    assert found("nobody-here") == set()


@pytest.mark.parametrize(
    "text", ['"', '""', "a*", "AND", "NOT OR", "x:y", "(", "NEAR(a b)", "%", "_", "\\", "'; DROP TABLE person; --"]
)
def test_search_syntax_is_plain_text(ids, text):
    """Quotes, FTS operators and SQL characters are searched as text, never interpreted."""
    assert isinstance(persons.person_ids(ListFilter(search=text)), list)
    assert Person.select().count() == 8


def test_filters_combine(ids, owner):
    """Filters intersect with each other and with the search."""
    vip = next(t.id for t in catalogue.tags() if t.name == "VIP")
    assert set(persons.person_ids(ListFilter(tag_id=vip))) == {ids["Huber"], ids["Zeller"]}
    assert persons.person_ids(ListFilter(tag_id=vip, country="CH")) == [ids["Zeller"]]
    assert persons.person_ids(ListFilter(tag_id=vip, search="huber")) == [ids["Huber"]]
    contacts.update_person(owner, ids["Apfel"], None, {"status": "inactive"})
    assert persons.person_ids(ListFilter(active=False)) == [ids["Apfel"]]
    assert ids["Apfel"] not in persons.person_ids(ListFilter(active=True))


def test_deleted_persons_leave_and_return(ids, owner):
    """Soft-deleted persons are not listed or found; restoring brings them back."""
    contacts.delete_person(owner, ids["Zeller"])
    assert ids["Zeller"] not in persons.person_ids()
    assert persons.person_ids(ListFilter(search="zeller")) == []
    assert persons.search_persons("zeller") == []
    contacts.restore_person(owner, ids["Zeller"])
    assert ids["Zeller"] in persons.person_ids()


def test_filter_restrict_with_positions():
    """Sorting a small hit set by positions gives the same result as scanning the order."""
    order = list(range(1000, 0, -1))
    flt = persons.IdFilter(include=frozenset({5, 500, 77}), exclude=frozenset({77}))
    positions = {v: i for i, v in enumerate(order)}
    assert flt.restrict(order) == flt.restrict(order, positions) == [500, 5]


def test_rows_follow_the_ids(ids, owner):
    """person_rows keeps the order asked for, shows titles, tags, last contact with initials and due state."""
    rows = persons.person_rows([ids["Zeller"], ids["Huber"]])
    assert [r.id for r in rows] == [ids["Zeller"], ids["Huber"]]
    huber = rows[1]
    assert huber.name == "KR Mag. Franz Huber, MSc"
    assert huber.tags == ("VIP",)
    assert huber.last_contact_by == "OO" and huber.last_contact_at == dt.datetime(2024, 1, 3, 9)
    assert huber.due_state == "overdue"


def test_person_timeline_pages_newest_first(ids, owner):
    """250 interactions come back in pages of 100, newest first, without gaps or repeats."""
    base = dt.datetime(2023, 1, 1, 8)
    for i in range(247):
        interactions.log_interaction(
            owner, channel="email", person_id=ids["Birne"], occurred_at=base + dt.timedelta(hours=i)
        )
    seen, before = [], None
    while True:
        page = timeline.person_timeline(ids["Birne"], before=before, limit=100)
        if not page:
            break
        seen += page
        before = timeline.next_cursor(page)
    assert len(seen) == 247 == len({e.id for e in seen})
    assert [e.occurred_at for e in seen] == sorted((e.occurred_at for e in seen), reverse=True)
    assert seen[0].channel == "email" and seen[0].author == "Olga Owner"


def test_company_timeline_has_all_its_persons(ids):
    """The company timeline holds the interactions of every person of that company."""
    entries = timeline.company_timeline(ids["huber"])
    assert {e.person_id for e in entries} == {ids["Huber"]}
    assert len(entries) == 3
    assert [e.person_name for e in timeline.company_timeline(ids["alpen"])] == ["Anna Zeller"]


def test_details(ids):
    """Person and company details carry employments, tags and values for the edit dialogs."""
    detail = persons.person_detail(ids["Huber"])
    assert detail.values["titles_pre"] == ["KR", "Mag."] and detail.tags == ("VIP",)
    assert [e.company_name for e in detail.employments] == ["Huber Holzbau GmbH"]
    assert detail.interactions == 3
    company = companies.company_detail(ids["alpen"])
    assert sorted(e.person_name for e in company.employments) == ["Anna Zeller", "Berta Apfel", "Jürgen Österreicher"]
    assert persons.person_detail(99999) is None


def test_type_ahead_prefers_name_prefix(ids, owner):
    """The quick-log search lists last names starting with the text before other matches."""
    contacts.create_person(owner, {"first_name": "Hubert", "last_name": "Zach"})
    names = [h.name for h in persons.search_persons("hube")]
    assert names[0] == "KR Mag. Franz Huber, MSc"
    assert "Hubert Zach" in names


def test_catalogue_channels_have_single_keys(ids):
    """Channels come with their shortcut letters (data, not code)."""
    keys = {c.code: c.shortcut for c in catalogue.channels()}
    assert keys == {
        "phone": "T",
        "email": "E",
        "letter": "B",
        "visit": "V",
        "video": "K",
        "linkedin": "L",
        "xing": "X",
        "whatsapp": "W",
        "other": "O",
    }
    assert [o.code for o in catalogue.outcomes()][:2] == ["reached", "not_reached"]
    assert catalogue.countries() == ["AT", "CH", "DE"]


def test_companies_order_and_search(ids):
    """Companies sort by name both ways and are found by substring."""
    assert companies.company_ids() == [ids["alpen"], ids["huber"]]
    assert companies.company_ids(ListFilter(), "name", True) == [ids["huber"], ids["alpen"]]
    assert companies.company_ids(ListFilter(search="ENERGIE")) == [ids["alpen"]]
    assert companies.search_companies("alp")[0][1] == "Alpen Energie AG"


@pytest.mark.postgres
def test_lists_on_both_backends(any_db, owner):
    """Order, ILIKE/FTS search, filters and rows behave the same on SQLite and PostgreSQL."""
    ids = make_sample(owner)
    assert persons.person_ids(ListFilter(search="MÜLL")) == [ids["Müller"]]
    assert set(persons.person_ids(ListFilter(search="holzbau"))) == {ids["Huber"], ids["Müller"]}
    assert persons.person_ids(ListFilter(country="CH")) == [ids["Zeller"]]
    names = [r.name for r in persons.person_rows(persons.person_ids(ListFilter(), "name"))]
    assert names.index("Berta Apfel") < names.index("Carl Birne") < names.index("KR Mag. Franz Huber, MSc")
    assert [e.note for e in timeline.person_timeline(ids["Huber"])] == ["call 2", "call 1", "call 0"]
