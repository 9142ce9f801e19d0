"""The data quality report and the duplicate finder it shares with the importer (real SQLite file)."""

from __future__ import annotations

import pytest

from crmdesk.ops import contacts
from crmdesk.queries.quality import (
    CATEGORIES, Candidate, DuplicateIndex, cologne, company_key, duplicate_pairs, fold, name_key, phone_key, quality_report,
)


@pytest.mark.parametrize("text, folded", [
    ("Müller-Lüdenscheidt", "mueller luedenscheidt"), ("Weiß", "weiss"), ("José", "jose"), ("ÖSTERREICHER", "oesterreicher"),
    ("  Ångström  ", "angstroem"), ("Łukasz", "lukasz"), ("", ""),
])
def test_fold(text, folded):
    """Case, umlauts, ß and accents fold to one comparison form."""
    assert fold(text) == folded


def test_keys():
    """Phone keys add the country code; company keys drop the legal form; Kölner Phonetik groups Maier/Meyer."""
    assert phone_key("0664 1234567", "AT") == phone_key("+43 (0)664 123 45 67") == "436641234567"
    assert phone_key("0221 1234567", "DE") == "492211234567" and phone_key("12", "AT") == ""
    assert company_key("Huber GmbH & Co KG") == company_key("HUBER") == "huber"
    assert cologne("Maier") == cologne("Meyer") == cologne("Mayr") == "67"
    assert cologne("Müller") == cologne("Mueller") and cologne("Schmidt") == cologne("Schmitt")
    assert name_key("Jürgen", "Weiß") == "juergen weiss"


def test_index_finds_exact_and_similar():
    """E-mail, phone, name+city and name+company match exactly; a typo in the same city is a similar suspect."""
    index = DuplicateIndex()
    index.add(Candidate(1, "Franz", "Huber", city="Wien", company="Huber GmbH", emails=("F@huber.at",), phones=("4312345",)))
    find = lambda **kw: [(m.person_id, m.key) for m in index.find(Candidate(-1, **kw))]  # noqa: E731
    assert find(first_name="X", last_name="Y", emails=("f@HUBER.at",)) == [(1, "email")]
    assert find(first_name="X", last_name="Y", phones=("4312345",)) == [(1, "phone")]
    assert find(first_name="Franz", last_name="Huber", city="WIEN") == [(1, "name_city")]
    assert find(first_name="Franz", last_name="Huber", company="Huber") == [(1, "name_company")]
    assert find(first_name="Frans", last_name="Hubr", city="Wien") == [(1, "similar")]
    assert find(first_name="Franz", last_name="Huber", city="Graz") == []
    assert find(first_name="Franz", last_name="Huber", city="Wien", company="Berger AG") == []  # same name, other firm


def test_subset_duplicates_use_the_probing_index(owner):
    """duplicate_pairs for a few ids compares them with everyone, through the probing index."""
    a = contacts.create_person(owner, {"first_name": "Eva", "last_name": "Berg", "email_business": "eva@berg.at"})
    b = contacts.create_person(owner, {"first_name": "Eva", "last_name": "Berg-Tal", "email_business": "EVA@berg.at"})
    contacts.create_person(owner, {"first_name": "Otto", "last_name": "Anders"})
    assert [(x, y, m.key) for x, y, m in duplicate_pairs([b])] == [(b, a, "email")]


@pytest.fixture
def sample(owner):
    """A small set with one problem of each kind."""
    firm = contacts.create_company(owner, {"name": "Huber GmbH", "street": "Ring 1", "city": "Wien"})
    ok = contacts.create_person(owner, {"gender": "m", "first_name": "Franz", "last_name": "Huber", "titles_pre": ["Dr."]},
                                company_id=firm, function_title="Geschäftsführer")
    no_gender = contacts.create_person(owner, {"first_name": "Kim", "last_name": "Lee", "city": "Graz", "street": "Gasse 2"})
    no_address = contacts.create_person(owner, {"gender": "f", "first_name": "Eva", "last_name": "Berg"})
    untitled = contacts.create_person(owner, {"gender": "f", "first_name": "Ida", "last_name": "Neu"}, company_id=firm)
    bad = contacts.create_person(owner, {"gender": "m", "first_name": "Otto", "last_name": "Falsch", "city": "Linz",
                                         "street": "Weg 1", "email_business": "otto@falsch", "phone_mobile": "12"})
    twin = contacts.create_person(owner, {"gender": "m", "first_name": "Frans", "last_name": "Hubr"}, company_id=firm,
                                  function_title="Prokurist")
    return {"ok": ok, "no_gender": no_gender, "no_address": no_address, "untitled": untitled, "bad": bad, "twin": twin}


def test_report_lists_each_problem_with_person_and_reason(sample):
    """Each category finds its person, with a name and a reason; the counts add up."""
    report = quality_report()
    found = {(item.category, item.person_id) for item in report.items}
    assert ("no_gender", sample["no_gender"]) in found and ("no_address", sample["no_address"]) in found
    assert ("missing_function", sample["untitled"]) in found
    assert ("invalid_email", sample["bad"]) in found and ("invalid_phone", sample["bad"]) in found
    assert ("duplicate", sample["twin"]) in found and ("duplicate", sample["ok"]) in found
    assert not [item for item in report.items if item.person_id == sample["ok"] and item.category != "duplicate"]
    assert set(report.counts) == set(CATEGORIES) and sum(report.counts.values()) == len(report.items)
    assert report.checked == 6 and all(item.name and item.reason for item in report.items)
    missing = report.in_category("missing_function")[0]
    assert "Huber GmbH" in missing.reason and missing.name == "Ida Neu"


def test_report_for_letter_recipients_only(sample):
    """Given person ids (a serial letter's recipients), only those are checked."""
    report = quality_report([sample["no_address"], sample["ok"]])
    assert report.checked == 2 and set(report.person_ids) <= {sample["no_address"], sample["ok"]}
    assert report.counts["no_address"] == 1


def test_title_warnings_come_from_the_titles_engine(owner):
    """A title the engine warns about (female form for a man) is listed with the engine's message."""
    from crmdesk.domain.titles import Recipient, check_recipient

    values = {"gender": "m", "first_name": "Max", "last_name": "Muster", "titles_pre": ["Mag.a"], "city": "Wien", "street": "Ring 2"}
    expected = check_recipient(Recipient(gender="m", first_name="Max", last_name="Muster", titles_pre=("Mag.a",)), country="AT")
    pid = contacts.create_person(owner, values)
    items = quality_report([pid]).in_category("title_warning")
    assert [item.reason for item in items] == [message for _code, message in expected]


def test_duplicate_pairs_once():
    """duplicate_pairs lists each pair once."""
    assert duplicate_pairs([]) == []
