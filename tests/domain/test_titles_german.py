"""Table-driven tests of German-language address blocks and salutations for DE, AT and CH (titles-rules.md)."""

from __future__ import annotations

import pytest

from crmdesk.domain.titles import Recipient, compose


def R(gender: str = "unknown", first: str = "", last: str = "", *, pre: tuple[str, ...] = (),
      post: tuple[str, ...] = (), hon: str = "", fn: str = "", company: str = "", particle: str = "",
      du: bool = False) -> Recipient:
    """Short constructor for the tables."""
    return Recipient(gender=gender, first_name=first, last_name=last, name_particle=particle, titles_pre=pre,
                     titles_post=post, honorary_title=hon, function_title=fn, company=company,
                     formality="Du" if du else "Sie")


# rule, country, recipient, expected address lines, expected salutation (without punctuation)
GERMANY = [
    ("R-DE-1", R("m", "Peter", "Richter", pre=("Dr.",)), ["Herrn", "Dr. Peter Richter"], "Sehr geehrter Herr Dr. Richter"),
    ("R-DE-1", R("f", "Erna", "Müller"), ["Frau", "Erna Müller"], "Sehr geehrte Frau Müller"),
    ("R-DE-1", R("m", "Jonas", "Weber"), ["Herrn", "Jonas Weber"], "Sehr geehrter Herr Weber"),
    ("R-DE-2", R("m", "Thomas", "Weiß", pre=("Dipl.-Ing.",)), ["Herrn", "Dipl.-Ing. Thomas Weiß"], "Sehr geehrter Herr Weiß"),
    ("R-DE-2", R("f", "Anna", "Berger", pre=("Mag.",)), ["Frau", "Mag. Anna Berger"], "Sehr geehrte Frau Berger"),
    ("R-DE-2", R("m", "Uwe", "Lang", pre=("Dipl.-Kfm.",)), ["Herrn", "Dipl.-Kfm. Uwe Lang"], "Sehr geehrter Herr Lang"),
    ("R-DE-2", R("f", "Petra", "Lang", pre=("Dipl.-Kffr.",)), ["Frau", "Dipl.-Kffr. Petra Lang"], "Sehr geehrte Frau Lang"),
    ("R-DE-2", R("m", "Jan", "Ott", pre=("Dipl.-Ing. (FH)",)), ["Herrn", "Dipl.-Ing. (FH) Jan Ott"], "Sehr geehrter Herr Ott"),
    ("R-DE-2", R("m", "Jan", "Ott", pre=("Dipl.-Ing.", "Dr.")), ["Herrn", "Dipl.-Ing. Dr. Jan Ott"], "Sehr geehrter Herr Dr. Ott"),
    ("R-DE-3", R("m", "Hans", "Heile", pre=("Dr. med.",)), ["Herrn", "Dr. med. Hans Heile"], "Sehr geehrter Herr Dr. Heile"),
    ("R-DE-3", R("f", "Ina", "Sommer", pre=("Dr. rer. nat.",)), ["Frau", "Dr. rer. nat. Ina Sommer"], "Sehr geehrte Frau Dr. Sommer"),
    ("R-DE-3", R("m", "Otto", "Kraft", pre=("Dr.-Ing.",)), ["Herrn", "Dr.-Ing. Otto Kraft"], "Sehr geehrter Herr Dr. Kraft"),
    ("R-DE-3", R("m", "Karl", "Zahn", pre=("Dr. med. dent.",)), ["Herrn", "Dr. med. dent. Karl Zahn"], "Sehr geehrter Herr Dr. Zahn"),
    ("R-DE-4", R("m", "Hubert", "Klug", pre=("Dr. phil.", "Dr. med.")), ["Herrn", "Dr. phil. Dr. med. Hubert Klug"], "Sehr geehrter Herr Dr. Klug"),
    ("R-DE-4", R("m", "Karl", "Müller", pre=("Dr.", "Dr.")), ["Herrn", "Dr. Dr. Karl Müller"], "Sehr geehrter Herr Dr. Müller"),
    ("R-DE-4", R("m", "Karl", "Müller", pre=("Dr. Dr.",)), ["Herrn", "Dr. Dr. Karl Müller"], "Sehr geehrter Herr Dr. Müller"),
    ("R-DE-5", R("m", "Peter", "Müller", pre=("Prof.", "Dr.")), ["Herrn", "Prof. Dr. Peter Müller"], "Sehr geehrter Herr Professor Müller"),
    ("R-DE-5", R("m", "Peter", "Müller", pre=("Prof. Dr.",)), ["Herrn", "Prof. Dr. Peter Müller"], "Sehr geehrter Herr Professor Müller"),
    ("R-DE-5", R("m", "Peter", "Müller", pre=("Prof. Dr. med.",)), ["Herrn", "Prof. Dr. med. Peter Müller"], "Sehr geehrter Herr Professor Müller"),
    ("R-DE-5", R("m", "Ulf", "Roth", pre=("Univ.-Prof.", "Dr.")), ["Herrn", "Univ.-Prof. Dr. Ulf Roth"], "Sehr geehrter Herr Professor Roth"),
    ("R-DE-5", R("f", "Lea", "Roth", pre=("Hon.-Prof.",)), ["Frau", "Hon.-Prof. Lea Roth"], "Sehr geehrte Frau Professorin Roth"),
    ("R-DE-6", R("m", "Martin", "Schöller", pre=("Dr. h. c.",)), ["Herrn", "Dr. h. c. Martin Schöller"], "Sehr geehrter Herr Dr. Schöller"),
    ("R-DE-6", R("m", "Martin", "Schöller", pre=("Dr. h. c.", "Dr.")), ["Herrn", "Dr. Dr. h. c. Martin Schöller"], "Sehr geehrter Herr Dr. Schöller"),
    ("R-DE-6", R("m", "Martin", "Schöller", pre=("Prof. h. c.",)), ["Herrn", "Prof. h. c. Martin Schöller"], "Sehr geehrter Herr Professor Schöller"),
    ("R-DE-6", R("m", "Max", "Ost", pre=("Prof. Dr. Dr. h.c.",)), ["Herrn", "Prof. Dr. Dr. h.c. Max Ost"], "Sehr geehrter Herr Professor Ost"),
    ("R-DE-7", R("f", "Maria", "Berger", pre=("Prof.", "Dr.")), ["Frau", "Prof. Dr. Maria Berger"], "Sehr geehrte Frau Professorin Berger"),
    ("R-DE-7", R("f", "Maria", "Berger", pre=("Dr.",)), ["Frau", "Dr. Maria Berger"], "Sehr geehrte Frau Dr. Berger"),
    ("R-DE-8", R("f", "Sabine", "Finstermann", post=("B. A.",)), ["Frau", "Sabine Finstermann B. A."], "Sehr geehrte Frau Finstermann"),
    ("R-DE-8", R("m", "Hans", "Meier", post=("B.A.",)), ["Herrn", "Hans Meier B.A."], "Sehr geehrter Herr Meier"),
    ("R-DE-8", R("m", "Hans", "Meier", post=("MBA", "LL.M.")), ["Herrn", "Hans Meier MBA LL.M."], "Sehr geehrter Herr Meier"),
    ("R-DE-8", R("m", "Hans", "Meier", pre=("Dr.",), post=("MBA",)), ["Herrn", "Dr. Hans Meier MBA"], "Sehr geehrter Herr Dr. Meier"),
    ("R-DE-8", R("f", "Ute", "Brandt", post=("M.Sc.",)), ["Frau", "Ute Brandt M.Sc."], "Sehr geehrte Frau Brandt"),
    ("R-DE-9", R("f", "Erna", "Müller", fn="Studienrat"), ["Frau Studienrätin", "Erna Müller"], "Sehr geehrte Frau Müller"),
    ("R-DE-9", R("f", "Ute", "Klos", pre=("Dr.",), fn="Rechtsanwältin"), ["Frau Rechtsanwältin", "Dr. Ute Klos"], "Sehr geehrte Frau Dr. Klos"),
    ("R-DE-9", R("f", "Ute", "Klos", fn="Rechtsanwalt"), ["Frau Rechtsanwältin", "Ute Klos"], "Sehr geehrte Frau Klos"),
    ("R-DE-9", R("m", "Peter", "Krause", fn="Direktor"), ["Herrn Direktor", "Peter Krause"], "Sehr geehrter Herr Krause"),
    ("R-DE-9", R("f", "Eva", "Krause", fn="Direktor"), ["Frau Direktorin", "Eva Krause"], "Sehr geehrte Frau Krause"),
    ("R-DE-9", R("m", "Peter", "Krause", fn="Prokurist"), ["Herrn", "Peter Krause", "Prokurist"], "Sehr geehrter Herr Krause"),
    ("R-DE-9", R("m", "Peter", "Krause", fn="Geschäftsführer", company="Krause AG"), ["Krause AG", "Herrn", "Peter Krause", "Geschäftsführer"], "Sehr geehrter Herr Krause"),
    ("R-DE-9", R("f", "Eva", "Krause", fn="Geschäftsführer"), ["Frau", "Eva Krause", "Geschäftsführerin"], "Sehr geehrte Frau Krause"),
    ("R-DE-9", R("m", "Holger", "Mann", pre=("Dr.",), fn="Vorsitzender des Vorstands"), ["Herrn", "Dr. Holger Mann", "Vorsitzender des Vorstands"], "Sehr geehrter Herr Dr. Mann"),
    ("R-DE-9", R("m", "Rolf", "Kern", fn="Vorstandsdirektor"), ["Herrn Vorstandsdirektor", "Rolf Kern"], "Sehr geehrter Herr Kern"),
    ("R-DE-10", R("f", "Anna", "Schulz", fn="Bürgermeister"), ["Frau Bürgermeisterin", "Anna Schulz"], "Sehr geehrte Frau Bürgermeisterin"),
    ("R-DE-10", R("m", "Georg", "Bätzing", hon="Bischof"), ["Herrn Bischof", "Georg Bätzing"], "Sehr geehrter Herr Bischof"),
    ("R-DE-10", R("f", "Lisa", "Paus", hon="Bundesminister"), ["Frau Bundesministerin", "Lisa Paus"], "Sehr geehrte Frau Bundesministerin"),
    ("R-DE-10", R("m", "Hans", "Ober", pre=("Dr.",), hon="Bürgermeister"), ["Herrn Bürgermeister", "Dr. Hans Ober"], "Sehr geehrter Herr Bürgermeister"),
    ("R-DE-10", R("f", "Ina", "Holz", hon="Oberbürgermeister"), ["Frau Oberbürgermeisterin", "Ina Holz"], "Sehr geehrte Frau Oberbürgermeisterin"),
    ("R-DE-11", R("f", "Nina", "Roth", company="Roth & Partner GmbH"), ["Roth & Partner GmbH", "Frau", "Nina Roth"], "Sehr geehrte Frau Roth"),
    ("R-ALL-1", R(company="Müller & Söhne GmbH"), ["Müller & Söhne GmbH"], "Sehr geehrte Damen und Herren"),
    ("R-ALL-1", R(company="Stadtwerke Bonn"), ["Stadtwerke Bonn"], "Sehr geehrte Damen und Herren"),
    ("R-DE-12", R("m", "Peter", "Hausen", particle="von"), ["Herrn", "Peter von Hausen"], "Sehr geehrter Herr von Hausen"),
    ("R-DE-12", R("m", "Benedict", "Thurner", particle="Freiherr von"), ["Herrn", "Benedict Freiherr von Thurner"], "Sehr geehrter Herr von Thurner"),
    ("R-DE-12", R("f", "Clara", "Thurner", particle="Freiherr von"), ["Frau", "Clara Freifrau von Thurner"], "Sehr geehrte Frau von Thurner"),
    ("R-DE-12", R("m", "Otto", "Bismarck", particle="Graf von"), ["Herrn", "Otto Graf von Bismarck"], "Sehr geehrter Graf Bismarck"),
    ("R-DE-12", R("f", "Ann", "Bismarck", particle="Gräfin von"), ["Frau", "Ann Gräfin von Bismarck"], "Sehr geehrte Gräfin Bismarck"),
    ("R-DE-12", R("m", "Max", "Thurner", pre=("Dr.",), particle="Freiherr von"), ["Herrn", "Dr. Max Freiherr von Thurner"], "Sehr geehrter Herr Dr. von Thurner"),
    ("R-DE-12", R("m", "Kurt", "Lerch", particle="Baron von"), ["Herrn", "Kurt Baron von Lerch"], "Sehr geehrter Baron Lerch"),
    ("R-ALL-3", R("f", "Ruth", "Groß-Weißenheim"), ["Frau", "Ruth Groß-Weißenheim"], "Sehr geehrte Frau Groß-Weißenheim"),
    ("R-ALL-2", R("d", "Kim", "Brenner"), ["Kim Brenner"], "Guten Tag, Kim Brenner"),
    ("R-ALL-2", R("unknown", "Kim", "Brenner"), ["Kim Brenner"], "Guten Tag, Kim Brenner"),
    ("R-ALL-2", R("d", "Kim", "Brenner", pre=("Dr.",)), ["Dr. Kim Brenner"], "Guten Tag, Dr. Kim Brenner"),
    ("R-ALL-2", R("d", "Kim", "Brenner", company="ACME AG"), ["ACME AG", "Kim Brenner"], "Guten Tag, Kim Brenner"),
    ("R-ALL-5", R("f", "Eva", "Gruber", hon="Kommerzialrat"), ["Frau Kommerzialrätin", "Eva Gruber"], "Sehr geehrte Frau Kommerzialrätin"),
]

AUSTRIA = [
    ("R-AT-1", R("m", "Franz", "Huber"), ["Herrn", "Franz Huber"], "Sehr geehrter Herr Huber"),
    ("R-AT-1", R("f", "Anna", "Huber"), ["Frau", "Anna Huber"], "Sehr geehrte Frau Huber"),
    ("R-AT-2", R("m", "Franz", "Huber", pre=("Mag.",)), ["Herrn", "Mag. Franz Huber"], "Sehr geehrter Herr Mag. Huber"),
    ("R-AT-2", R("f", "Iris", "Sommer", pre=("Dipl.-Ing.",)), ["Frau", "Dipl.-Ing. Iris Sommer"], "Sehr geehrte Frau Dipl.-Ing. Sommer"),
    ("R-AT-2", R("m", "Paul", "Gruber", pre=("DI",)), ["Herrn", "DI Paul Gruber"], "Sehr geehrter Herr DI Gruber"),
    ("R-AT-2", R("m", "Paul", "Gruber", pre=("Ing.",)), ["Herrn", "Ing. Paul Gruber"], "Sehr geehrter Herr Ing. Gruber"),
    ("R-AT-2", R("f", "Lena", "Bauer", pre=("Mag. (FH)",)), ["Frau", "Mag. (FH) Lena Bauer"], "Sehr geehrte Frau Mag. (FH) Bauer"),
    ("R-AT-2", R("m", "Leo", "Bauer", pre=("Dipl.-Ing. (FH)",)), ["Herrn", "Dipl.-Ing. (FH) Leo Bauer"], "Sehr geehrter Herr Dipl.-Ing. (FH) Bauer"),
    ("R-AT-2", R("m", "Franz", "Huber", pre=("Dr.",)), ["Herrn", "Dr. Franz Huber"], "Sehr geehrter Herr Dr. Huber"),
    ("R-AT-3", R("f", "Eva", "Schmitt", pre=("Mag.", "Dr.")), ["Frau", "Mag. Dr. Eva Schmitt"], "Sehr geehrte Frau Dr. Schmitt"),
    ("R-AT-3", R("f", "Eva", "Schmitt", pre=("Dr.", "Mag.")), ["Frau", "Mag. Dr. Eva Schmitt"], "Sehr geehrte Frau Dr. Schmitt"),
    ("R-AT-3", R("m", "Udo", "Pichler", pre=("Dr.", "Dipl.-Ing.", "Ing.")), ["Herrn", "Ing. Dipl.-Ing. Dr. Udo Pichler"], "Sehr geehrter Herr Dr. Pichler"),
    ("R-AT-3", R("m", "Udo", "Pichler", pre=("Mag.", "Mag. (FH)")), ["Herrn", "Mag. (FH) Mag. Udo Pichler"], "Sehr geehrter Herr Mag. Pichler"),
    ("R-AT-3", R("m", "Udo", "Pichler", pre=("Dipl.-Ing.", "Dipl.-Ing. (FH)")), ["Herrn", "Dipl.-Ing. (FH) Dipl.-Ing. Udo Pichler"], "Sehr geehrter Herr Dipl.-Ing. Pichler"),
    ("R-AT-3", R("m", "Hans", "Huber", pre=("Dr.", "Dr.")), ["Herrn", "DDr. Hans Huber"], "Sehr geehrter Herr DDr. Huber"),
    ("R-AT-3", R("f", "Anna", "Huber", pre=("Mag.", "Mag.")), ["Frau", "MMag. Anna Huber"], "Sehr geehrte Frau MMag. Huber"),
    ("R-AT-3", R("f", "Maria", "Berger", pre=("DDr.",)), ["Frau", "DDr. Maria Berger"], "Sehr geehrte Frau DDr. Berger"),
    ("R-AT-3", R("m", "Rudi", "Lenz", pre=("MMag.", "Dr.")), ["Herrn", "MMag. Dr. Rudi Lenz"], "Sehr geehrter Herr Dr. Lenz"),
    ("R-AT-3", R("m", "Rudi", "Lenz", pre=("Priv.-Doz.", "Dr.")), ["Herrn", "Priv.-Doz. Dr. Rudi Lenz"], "Sehr geehrter Herr Dr. Lenz"),
    ("R-AT-4", R("m", "Karl", "Huber", pre=("Dr. nat. techn.",)), ["Herrn", "Dr. Karl Huber"], "Sehr geehrter Herr Dr. Huber"),
    ("R-AT-4", R("f", "Anna", "Huber", pre=("Dr. med. univ.",)), ["Frau", "Dr. Anna Huber"], "Sehr geehrte Frau Dr. Huber"),
    ("R-AT-4", R("m", "Hubert", "Klug", pre=("Dr. phil.", "Dr. med.")), ["Herrn", "DDr. Hubert Klug"], "Sehr geehrter Herr DDr. Klug"),
    ("R-AT-4", R("m", "Karl", "Huber", pre=("Mag.", "Dr. iur.")), ["Herrn", "Mag. Dr. Karl Huber"], "Sehr geehrter Herr Dr. Huber"),
    ("R-AT-5", R("f", "Eva", "Huber", pre=("Mag.a",)), ["Frau", "Mag.a Eva Huber"], "Sehr geehrte Frau Mag.a Huber"),
    ("R-AT-5", R("f", "Eva", "Huber", pre=("Dr.in",)), ["Frau", "Dr.in Eva Huber"], "Sehr geehrte Frau Dr.in Huber"),
    ("R-AT-5", R("f", "Eva", "Huber", pre=("DIin",)), ["Frau", "DIin Eva Huber"], "Sehr geehrte Frau DIin Huber"),
    ("R-AT-5", R("f", "Eva", "Huber", pre=("Mag.",)), ["Frau", "Mag. Eva Huber"], "Sehr geehrte Frau Mag. Huber"),
    ("R-AT-5", R("f", "Eva", "Huber", pre=("Mag.a", "Dr.in")), ["Frau", "Mag.a Dr.in Eva Huber"], "Sehr geehrte Frau Dr.in Huber"),
    ("R-AT-6", R("f", "Sabine", "Fritz", post=("BA",)), ["Frau", "Sabine Fritz, BA"], "Sehr geehrte Frau Fritz"),
    ("R-AT-6", R("m", "Max", "Muster", pre=("DI",), post=("MSc", "MBA")), ["Herrn", "DI Max Muster, MSc, MBA"], "Sehr geehrter Herr DI Muster"),
    ("R-AT-6", R("m", "Max", "Muster", post=("PhD",)), ["Herrn", "Max Muster, PhD"], "Sehr geehrter Herr Muster"),
    ("R-AT-6", R("f", "Ida", "Mayr", post=("Bakk.",)), ["Frau", "Ida Mayr, Bakk."], "Sehr geehrte Frau Mayr"),
    ("R-AT-6", R("m", "Max", "Muster", pre=("Mag.",), post=("MAS", "LL.M.")), ["Herrn", "Mag. Max Muster, MAS, LL.M."], "Sehr geehrter Herr Mag. Muster"),
    ("R-AT-6", R("f", "Ida", "Mayr", post=("BSc", "MA")), ["Frau", "Ida Mayr, BSc, MA"], "Sehr geehrte Frau Mayr"),
    ("R-AT-7", R("m", "Franz", "Huber", pre=("Mag.",), post=("MSc",), hon="Kommerzialrat"), ["Herrn Kommerzialrat", "Mag. Franz Huber, MSc"], "Sehr geehrter Herr Kommerzialrat"),
    ("R-AT-7", R("m", "Franz", "Huber", hon="KR"), ["Herrn Kommerzialrat", "Franz Huber"], "Sehr geehrter Herr Kommerzialrat"),
    ("R-AT-7", R("m", "Franz", "Huber", hon="KommR"), ["Herrn Kommerzialrat", "Franz Huber"], "Sehr geehrter Herr Kommerzialrat"),
    ("R-AT-7", R("f", "Eva", "Huber", hon="KmzlR"), ["Frau Kommerzialrätin", "Eva Huber"], "Sehr geehrte Frau Kommerzialrätin"),
    ("R-AT-7", R("m", "Franz", "Huber", pre=("KR", "Mag.")), ["Herrn Kommerzialrat", "Mag. Franz Huber"], "Sehr geehrter Herr Kommerzialrat"),
    ("R-AT-7", R("f", "Karin", "Kellermann", hon="Hofrat"), ["Frau Hofrätin", "Karin Kellermann"], "Sehr geehrte Frau Hofrätin"),
    ("R-AT-7", R("f", "Gerda", "Moser", hon="Schulrat"), ["Frau Schulrätin", "Gerda Moser"], "Sehr geehrte Frau Schulrätin"),
    ("R-AT-7", R("f", "Gerda", "Moser", pre=("Dr.",), hon="Medizinalrat"), ["Frau Medizinalrätin", "Dr. Gerda Moser"], "Sehr geehrte Frau Medizinalrätin"),
    ("R-AT-7", R("m", "Sepp", "Moser", hon="ÖkR"), ["Herrn Ökonomierat", "Sepp Moser"], "Sehr geehrter Herr Ökonomierat"),
    ("R-AT-7", R("f", "Anna", "Netrebko", hon="Kammersänger"), ["Frau Kammersängerin", "Anna Netrebko"], "Sehr geehrte Frau Kammersängerin"),
    ("R-AT-7", R("m", "Karl", "Riedl", hon="Regierungsrat"), ["Herrn Regierungsrat", "Karl Riedl"], "Sehr geehrter Herr Regierungsrat"),
    ("R-AT-7", R("f", "Rita", "Riedl", hon="OStR", pre=("Mag.",)), ["Frau Oberstudienrätin", "Mag. Rita Riedl"], "Sehr geehrte Frau Oberstudienrätin"),
    ("R-AT-7", R("m", "Martin", "Maurer", pre=("Prof.", "Mag.")), ["Herrn Professor", "Mag. Martin Maurer"], "Sehr geehrter Herr Professor"),
    ("R-AT-7", R("f", "Margit", "Hölzel", pre=("Prof.", "Mag.")), ["Frau Professorin", "Mag. Margit Hölzel"], "Sehr geehrte Frau Professorin"),
    ("R-AT-7", R("f", "Karin", "Kern", pre=("Prof.", "Dr."), hon="Hofrat"), ["Frau Hofrätin Professorin", "Dr. Karin Kern"], "Sehr geehrte Frau Hofrätin"),
    ("R-AT-8", R("m", "Hans", "Maier", pre=("Mag.", "Dr."), hon="Hofrat"), ["Herrn Hofrat", "Mag. Dr. Hans Maier"], "Sehr geehrter Herr Hofrat"),
    ("R-AT-8", R("f", "Eva", "Berger", pre=("Univ.-Prof.", "Dr.")), ["Frau Universitätsprofessorin", "Dr. Eva Berger"], "Sehr geehrte Frau Professorin"),
    ("R-AT-8", R("m", "Udo", "Kern", pre=("Hon.-Prof.", "DI")), ["Herrn Honorarprofessor", "DI Udo Kern"], "Sehr geehrter Herr Professor"),
    ("R-AT-9", R("f", "Eva", "Markon", pre=("Mag.",), fn="Direktor"), ["Frau Direktorin", "Mag. Eva Markon"], "Sehr geehrte Frau Direktorin"),
    ("R-AT-9", R("m", "Leon", "Prüller", fn="Bürgermeister"), ["Herrn Bürgermeister", "Leon Prüller"], "Sehr geehrter Herr Bürgermeister"),
    ("R-AT-9", R("m", "Karl", "Stark", pre=("Dr.",), fn="Generaldirektor"), ["Herrn Generaldirektor", "Dr. Karl Stark"], "Sehr geehrter Herr Generaldirektor"),
    ("R-AT-9", R("f", "Vera", "Stark", fn="Generaldirektor"), ["Frau Generaldirektorin", "Vera Stark"], "Sehr geehrte Frau Generaldirektorin"),
    ("R-AT-9", R("f", "Vera", "Stark", fn="Prokurist"), ["Frau Prokuristin", "Vera Stark"], "Sehr geehrte Frau Prokuristin"),
    ("R-AT-9", R("f", "Vera", "Stark", pre=("Dr.",), fn="Primarius"), ["Frau Primaria", "Dr. Vera Stark"], "Sehr geehrte Frau Primaria"),
    ("R-AT-9", R("m", "Veit", "Stark", pre=("Dr.",), fn="Prim."), ["Herrn Primarius", "Dr. Veit Stark"], "Sehr geehrter Herr Primarius"),
    ("R-AT-9", R("f", "Vera", "Stark", fn="Vorstandsdirektor"), ["Frau Vorstandsdirektorin", "Vera Stark"], "Sehr geehrte Frau Vorstandsdirektorin"),
    ("R-AT-9", R("m", "Hans", "Huber", hon="Kommerzialrat", fn="Generaldirektor"), ["Herrn Generaldirektor Kommerzialrat", "Hans Huber"], "Sehr geehrter Herr Generaldirektor"),
    ("R-AT-10", R("m", "Karl", "Berger", pre=("Mag.",), fn="Abteilungsleiter"), ["Herrn", "Mag. Karl Berger", "Abteilungsleiter"], "Sehr geehrter Herr Mag. Berger"),
    ("R-AT-10", R("f", "Ute", "Klos", pre=("Dr.",), fn="Rechtsanwalt"), ["Frau", "Dr. Ute Klos", "Rechtsanwältin"], "Sehr geehrte Frau Dr. Klos"),
    ("R-AT-10", R("m", "Karl", "Berger", fn="GF", company="Berger GmbH"), ["Berger GmbH", "Herrn", "Karl Berger", "Geschäftsführer"], "Sehr geehrter Herr Berger"),
    ("R-AT-10", R("f", "Ina", "Berger", fn="Leiterin Einkauf"), ["Frau", "Ina Berger", "Leiterin Einkauf"], "Sehr geehrte Frau Berger"),
    ("R-AT-10", R("f", "Ina", "Berger", fn="Notar"), ["Frau", "Ina Berger", "Notarin"], "Sehr geehrte Frau Berger"),
    ("R-ALL-2", R("d", "Kim", "Huber", pre=("Mag.",)), ["Mag. Kim Huber"], "Guten Tag, Mag. Kim Huber"),
    ("R-ALL-2", R("unknown", "Kim", "Huber", hon="KR"), ["KR Kim Huber"], "Guten Tag, Kim Huber"),
    ("R-ALL-1", R(company="Huber & Co KG"), ["Huber & Co KG"], "Sehr geehrte Damen und Herren"),
    ("R-DE-12", R("m", "Karl", "Habsburg", particle="von"), ["Herrn", "Karl von Habsburg"], "Sehr geehrter Herr von Habsburg"),
]

SWITZERLAND = [
    ("R-CH-1", R("m", "Hans", "Schweizer"), ["Herr", "Hans Schweizer"], "Sehr geehrter Herr Schweizer"),
    ("R-CH-1", R("f", "Nicole", "Lorenz", company="PMI Verlag AG"), ["PMI Verlag AG", "Frau", "Nicole Lorenz"], "Sehr geehrte Frau Lorenz"),
    ("R-CH-2", R("f", "Maja", "Muster", pre=("Prof.", "Dr.")), ["Frau", "Prof. Dr. Maja Muster"], "Sehr geehrte Frau Muster"),
    ("R-CH-2", R("m", "Urs", "Muster", pre=("Dr.",)), ["Herr", "Dr. Urs Muster"], "Sehr geehrter Herr Muster"),
    ("R-CH-2", R("m", "Urs", "Muster", pre=("lic. iur.",)), ["Herr", "lic. iur. Urs Muster"], "Sehr geehrter Herr Muster"),
    ("R-CH-2", R("m", "Urs", "Muster", pre=("Dr. sc. techn.",)), ["Herr", "Dr. sc. techn. Urs Muster"], "Sehr geehrter Herr Muster"),
    ("R-CH-2", R("m", "Urs", "Huber", hon="Kommerzialrat"), ["Herr Kommerzialrat", "Urs Huber"], "Sehr geehrter Herr Huber"),
    ("R-CH-2", R("f", "Eva", "Huber", pre=("Dipl.-Ing.",), post=("MBA",)), ["Frau", "Dipl.-Ing. Eva Huber MBA"], "Sehr geehrte Frau Huber"),
    ("R-CH-2", R("m", "Beat", "Keller", fn="Direktor"), ["Herr Direktor", "Beat Keller"], "Sehr geehrter Herr Keller"),
    ("R-CH-3", R("f", "Sabine", "Groß"), ["Frau", "Sabine Gross"], "Sehr geehrte Frau Gross"),
    ("R-CH-3", R("m", "Urs", "Weiß", company="Straßenbau AG"), ["Strassenbau AG", "Herr", "Urs Weiss"], "Sehr geehrter Herr Weiss"),
    ("R-CH-4", R("f", "Karin", "Keller", hon="Bundesrat"), ["Frau Bundesrätin", "Karin Keller"], "Sehr geehrte Frau Bundesrätin"),
    ("R-CH-4", R("f", "Jacqueline", "Fehr", hon="Regierungsrat"), ["Frau Regierungsrätin", "Jacqueline Fehr"], "Sehr geehrte Frau Regierungsrätin"),
    ("R-CH-4", R("f", "Corine", "Mauch", pre=("Dr.",), hon="Stadtrat"), ["Frau Stadträtin", "Dr. Corine Mauch"], "Sehr geehrte Frau Stadträtin"),
    ("R-ALL-3", R("f", "Sabine", "Meier Müller"), ["Frau", "Sabine Meier Müller"], "Sehr geehrte Frau Meier Müller"),
    ("R-ALL-2", R("d", "Kim", "Brenner"), ["Kim Brenner"], "Guten Tag, Kim Brenner"),
    ("R-ALL-1", R(company="Migros-Genossenschafts-Bund"), ["Migros-Genossenschafts-Bund"], "Sehr geehrte Damen und Herren"),
]


def _ids(table: list) -> list[str]:
    return [f"{row[0]}-{i}" for i, row in enumerate(table)]


@pytest.mark.parametrize("rule, recipient, lines, salutation", GERMANY, ids=_ids(GERMANY))
def test_germany(rule: str, recipient: Recipient, lines: list[str], salutation: str) -> None:
    """Germany, German letter: address lines, salutation and comma (the row's rule ID)."""
    result = compose(recipient, country="DE", language="de")
    assert (list(result.address_lines), result.salutation, result.punctuation) == (lines, salutation, ","), rule


@pytest.mark.parametrize("rule, recipient, lines, salutation", AUSTRIA, ids=_ids(AUSTRIA))
def test_austria(rule: str, recipient: Recipient, lines: list[str], salutation: str) -> None:
    """Austria, German letter: address lines, salutation and comma (the row's rule ID)."""
    result = compose(recipient, country="AT", language="de")
    assert (list(result.address_lines), result.salutation, result.punctuation) == (lines, salutation, ","), rule


@pytest.mark.parametrize("rule, recipient, lines, salutation", SWITZERLAND, ids=_ids(SWITZERLAND))
def test_switzerland(rule: str, recipient: Recipient, lines: list[str], salutation: str) -> None:
    """Switzerland, German letter: address lines, salutation, no comma (R-CH-… and the row's rule ID)."""
    result = compose(recipient, country="CH", language="de")
    assert (list(result.address_lines), result.salutation, result.punctuation) == (lines, salutation, ""), rule


# rule, country, style, recipient, expected salutation
STYLES = [
    ("R-ALL-4 informal Du (tocco)", "DE", "informal", R("m", "Franz", "Huber", du=True), "Lieber Franz"),
    ("R-ALL-4 informal Du (tocco)", "DE", "informal", R("f", "Anna", "Huber", du=True), "Liebe Anna"),
    ("R-ALL-5 informal Sie", "DE", "informal", R("f", "Anna", "Huber"), "Liebe Frau Huber"),
    ("R-DE-2 informal Sie", "DE", "informal", R("m", "Hans", "Huber", pre=("Dr.",)), "Lieber Herr Dr. Huber"),
    ("R-AT-8 informal Sie", "AT", "informal", R("m", "Hans", "Huber", hon="KR"), "Lieber Herr Kommerzialrat"),
    ("R-CH-2 informal Du", "CH", "informal", R("m", "Hans", "Huber", du=True), "Lieber Hans"),
    ("R-ALL-2 informal Du", "DE", "informal", R("d", "Kim", "Brenner", du=True), "Hallo Kim"),
    ("R-ALL-2 informal Sie", "DE", "informal", R("d", "Kim", "Brenner"), "Guten Tag, Kim Brenner"),
    ("R-ALL-1 neutral", "DE", "neutral", R("m", "Franz", "Huber", pre=("Dr.",)), "Sehr geehrte Damen und Herren"),
    ("R-ALL-1 neutral", "AT", "neutral", R("f", "Eva", "Huber", hon="Hofrat"), "Sehr geehrte Damen und Herren"),
    ("R-DE-1 formal keeps Sie for Du", "DE", "formal", R("m", "Franz", "Huber", du=True), "Sehr geehrter Herr Huber"),
    ("R-DE-12 informal", "DE", "informal", R("m", "Otto", "Bismarck", particle="Graf von"), "Lieber Graf Bismarck"),
]


@pytest.mark.parametrize("rule, country, style, recipient, salutation", STYLES, ids=[r[0] for r in STYLES])
def test_styles(rule: str, country: str, style: str, recipient: Recipient, salutation: str) -> None:
    """Formal, informal ("Lieber Franz", "Liebe Frau Huber") and neutral styles (the row's rule ID)."""
    assert compose(recipient, country=country, style=style).salutation == salutation, rule


def test_neutral_style_keeps_personal_address() -> None:
    """R-ALL-1: the neutral style changes the salutation only; the address still names the person."""
    result = compose(R("m", "Franz", "Huber", pre=("Mag.",)), country="AT", style="neutral")
    assert result.address_lines == ("Herrn", "Mag. Franz Huber")


@pytest.mark.parametrize("override, expected", [("Servus Franz", "Servus Franz"), ("Lieber Franzi,", "Lieber Franzi")])
def test_salutation_override(override: str, expected: str) -> None:
    """Per-person manual override wins (issue #3); its trailing punctuation is dropped, the country's is used."""
    recipient = Recipient(gender="m", first_name="Franz", last_name="Huber", salutation_override=override)
    result = compose(recipient, country="AT")
    assert (result.salutation, result.punctuation) == (expected, ",")


@pytest.mark.parametrize("country, closing", [("DE", "Mit freundlichen Grüßen"), ("AT", "Mit freundlichen Grüßen"),
                                              ("CH", "Freundliche Grüsse")])
def test_closing(country: str, closing: str) -> None:
    """R-CH-3: the matching closing formula ("Freundliche Grüsse" in Switzerland)."""
    assert compose(R("f", "Eva", "Huber"), country=country).closing == closing
