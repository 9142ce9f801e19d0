"""vCard import (2.1 quoted-printable, 3.0, 4.0, broken cards) and export (3.0), including the round trip."""

from __future__ import annotations

import json

from crmdesk.db.models import Company, Person
from crmdesk.io.export import export_file
from crmdesk.io.importer import import_file
from crmdesk.io.vcard import read_vcards
from crmdesk.ops import contacts

V30 = """BEGIN:VCARD
VERSION:3.0
N:Müller;Franz;;Herr KR Dr.;MSc
FN:KR Dr. Franz Müller, MSc
ORG:Müller GmbH;Vertrieb
TITLE:Geschäftsführer
TEL;TYPE=WORK,VOICE:01 234567
TEL;TYPE=CELL:0664 1234567
EMAIL;TYPE=INTERNET,WORK:franz@mueller.at
ADR;TYPE=WORK:;;Hauptstraße 1;Wien;;1010;Österreich
BDAY:1970-12-24
NOTE:Zeile eins\\nZeile zwei\\, mit Komma
URL:https://www.linkedin.com/in/franz
X-SOCIALPROFILE;TYPE=xing:https://www.xing.com/profile/Franz
CATEGORIES:Kunde,VIP
END:VCARD
BEGIN:VCARD
VERSION:4.0
N:Huber;Anna;;Mag.a;
FN:Mag.a Anna Huber
GENDER:F
TEL;VALUE=uri;TYPE="work,voice":tel:+49-221-1234567
TEL;VALUE=uri;TYPE=cell:tel:+49-171-1234567
EMAIL;TYPE=home:anna@huber.de
ADR;TYPE=home:;;Ringstraße 5;Köln;;50667;Deutschland
BDAY:--1224
END:VCARD
"""

V21_OUTLOOK = """BEGIN:VCARD
VERSION:2.1
N;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:M=C3=BCller;J=C3=BCrgen;;;
FN;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:J=C3=BCrgen M=C3=BCller
TEL;WORK;VOICE:+43 1 999999
TEL;CELL:0664 7654321
EMAIL;PREF;INTERNET:j@mueller.at
ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:;;Stra=C3=9Fe 1=0D=0A2. Stock;Graz;;8010;=C3=96sterreich
NOTE;ENCODING=QUOTED-PRINTABLE:Sehr lange Notiz, die Outlook umgebrochen =
hat
END:VCARD
"""


def test_vcard_30_and_40_in_one_file():
    """Both cards are read: titles, gender, ORG/TITLE, typed phones (4.0 tel: URIs), addresses, year-less birthday."""
    records, problems = read_vcards(V30)
    franz, anna = records
    assert problems == [] and franz.line == 1 and anna.line == 17
    assert franz.person["gender"] == "m" and franz.person["honorary_title"] == "KR"
    assert franz.person["titles_pre"] == ["Dr."] and franz.person["titles_post"] == ["MSc"]
    assert franz.company == {"name": "Müller GmbH"} and franz.department == "Vertrieb" and franz.function_title == "Geschäftsführer"
    assert franz.person["phone_business"] == "+43 1 234567" and franz.person["phone_mobile"] == "+43 664 1234567"
    assert franz.person["notes"] == "Zeile eins\nZeile zwei, mit Komma" and franz.tags == ["Kunde", "VIP"]
    assert franz.person["linkedin_url"].endswith("/franz") and franz.person["xing_url"].endswith("/Franz")
    assert (franz.person["street"], franz.person["country"]) == ("Hauptstraße 1", "AT")
    assert anna.person["gender"] == "f" and anna.person["titles_pre"] == ["Mag.a"]
    assert anna.person["phone_business"] == "+49 221 1234567" and anna.person["phone_mobile"] == "+49 171 1234567"
    assert anna.person["email_private"] == "anna@huber.de" and anna.person["private_city"] == "Köln"
    assert "birthday" not in anna.person and any("no year" in w for w in anna.warnings)


def test_outlook_21_quoted_printable():
    """Outlook's 2.1 cards with quoted-printable umlauts and soft line breaks are read."""
    (record,), problems = read_vcards(V21_OUTLOOK)
    assert record.person["first_name"] == "Jürgen" and record.person["last_name"] == "Müller"
    assert record.person["phone_business"] == "+43 1 999999" and record.person["phone_mobile"] == "+43 664 7654321"
    assert record.person["street"] == "Straße 1, 2. Stock" and record.person["country"] == "AT"
    assert record.person["notes"] == "Sehr lange Notiz, die Outlook umgebrochen hat"


def test_broken_card_is_reported_and_the_others_read():
    """A card vobject cannot parse is an error on its line; the next card still comes in."""
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Eins;A\nthis is not a property\nEND:VCARD\n" + V30
    records, _ = read_vcards(text)
    assert not records[0].ok and records[0].line == 1 and [r.ok for r in records[1:]] == [True, True]


def test_file_without_cards(tmp_path, owner):
    """A .vcf without any card is a file problem."""
    path = tmp_path / "leer.vcf"
    path.write_text("hello\n", encoding="utf-8")
    assert import_file(owner, path).problems[0].line == 0


def test_vcf_import_through_the_importer(tmp_path, owner):
    """The same import command takes .vcf files; the company is created from ORG."""
    path = tmp_path / "kontakte.vcf"
    path.write_text(V30, encoding="utf-8")
    outcome = import_file(owner, path)
    assert outcome.result.created == 2 and Company.get(Company.name == "Müller GmbH").city == "Wien"


def test_vcard_round_trip_with_umlauts_and_titles(tmp_path, owner):
    """Export to vCard 3.0 and import again: same names, titles, particle, gender, phones; 'skip' adds nobody."""
    company = contacts.create_company(owner, {"name": "Größe & Söhne KG", "city": "Salzburg", "street": "Getreidegasse 9",
                                              "postal_code": "5020"})
    contacts.create_person(owner, {"gender": "f", "first_name": "Renée", "last_name": "Österreicher",
                                   "name_particle": "von", "titles_pre": ["Univ.-Prof.", "Dr."], "titles_post": ["MBA"],
                                   "honorary_title": "KR", "email_business": "renee@groesse.at",
                                   "phone_mobile": "+43 664 1234567", "birthday": "1966-06-06", "notes": "Zeile 1\nZeile 2; ,"},
                           company_id=company, function_title="Geschäftsführerin", tags=["Kunde", "Wien & Umgebung"])
    path = tmp_path / "alle.vcf"
    assert export_file(owner, path).count == 1
    text = path.read_text(encoding="utf-8")
    assert "VERSION:3.0" in text and "N:von Österreicher;Renée;;KR Univ.-Prof. Dr.;MBA" in text
    before = Person.select().dicts().get()
    assert import_file(owner, path, mode="skip").result.skipped == 1 and Person.select().count() == 1
    Person.delete().execute()
    outcome = import_file(owner, path)
    after = Person.select().dicts().get()
    for key in ("gender", "first_name", "last_name", "name_particle", "honorary_title", "email_business", "phone_mobile",
                "birthday", "notes", "company_name", "function_title"):
        assert after[key] == before[key], key
    assert json.loads(after["titles_pre"]) == ["Univ.-Prof.", "Dr."] and json.loads(after["titles_post"]) == ["MBA"]
    assert after["company"] == company and not outcome.has_errors
