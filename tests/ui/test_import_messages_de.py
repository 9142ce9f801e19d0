"""Problem texts in German: the import wizard, fill_problems and the quality report translate the messages made
below the UI (crmdesk.domain.messages) with the installed translator, parameters filled in after translation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from crmdesk.io.importer import analyse, open_source
from crmdesk.ops import contacts
from crmdesk.ui import i18n
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.i18n import tr_message
from crmdesk.ui.io.import_wizard import CHECK_PAGE, FILE_PAGE, ImportWizard
from crmdesk.ui.io.quality_dialog import QualityDialog
from crmdesk.ui.io.widgets import fill_problems, read_only_table
from tests.ui.test_import_wizard import wizard_on_a_png

SHOTS = os.environ.get("CRMDESK_SHOTS")  # folder: save a screenshot of the German problems page
HEADER = "Anrede;Vorname;Nachname;Firma;Ort;Land;Telefon;E-Mail;Geburtstag"
ROWS = [
    "Herr;Franz;Huber;Huber GmbH;Wien;Österreich;01 234567;f.huber@huber.at;24.12.1970",
    "Frau;Anna;Müller;;Graz;Narnia;;anna@mueller.at;01.02.1975",
    "Herr;Jürgen;Weiß;;Linz",
    "Frau;Eva;Berg;;Salzburg;AT;12;eva@berg;31.02.1970",
]
GERMAN = {
    3: "Land „Narnia“ ist unbekannt (einen Namen wie Österreich oder einen Code wie AT verwenden).",
    4: "Nur 5 von 9 Spalten: zu wenige (ein Zeilenumbruch oder ein fehlendes Trennzeichen?).",
}


@pytest.fixture
def german():
    """The German translators, as the app installs them; English again afterwards."""
    assert i18n.install(QApplication.instance(), "de") == "de"
    yield
    i18n.install(QApplication.instance(), "en")


def write_list(tmp_path) -> Path:
    path = tmp_path / "kunden.csv"
    path.write_bytes(("\r\n".join([HEADER, *ROWS]) + "\r\n").encode("cp1252"))
    return path


def table_rows(table) -> list[tuple[str, str]]:
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_fill_problems_shows_german_with_the_values_filled_in(qtbot, opened, german, tmp_path):
    """A real file with an unknown country and a short row: the table speaks German, the values stay as written."""
    problems = analyse(open_source(write_list(tmp_path))).problems()
    table = read_only_table(["Zeile", "Problem"])
    qtbot.addWidget(table)
    assert fill_problems(table, problems, file_label="Datei", warning_label="Warnung") == len(problems)
    rows = table_rows(table)
    assert ("3", GERMAN[3]) in rows and ("4", GERMAN[4]) in rows
    assert ("5", "Geburtstag „31.02.1970“ ist kein Datum (24.12.1970 oder 1970-12-24 schreiben).") in rows
    assert ("5", "Warnung: „12“ ist keine mögliche Telefonnummer für AT.") in rows
    assert ("5", "Warnung: „eva@berg“ ist keine gültige E-Mail-Adresse.") in rows  # email-validator's English reason is left out
    assert [str(p.message) for p in problems if p.line == 3] == [
        "country 'Narnia' is not known (use a name like Österreich or a code like AT)."]  # the data stays English


def test_wizard_problems_page_in_german(qtbot, opened, owner, german, tmp_path):
    """The check page lists the problems of the file in German; a screenshot shows how it reads."""
    wizard = ImportWizard(AppContext(opened, owner, AppEvents()), None, str(write_list(tmp_path)))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == CHECK_PAGE and wizard.state.analysis is not None, timeout=30_000)
    check = wizard.currentPage()
    qtbot.waitUntil(check.isComplete, timeout=10_000)
    rows = table_rows(check.problems)
    assert ("3", GERMAN[3]) in rows and ("4", GERMAN[4]) in rows
    assert check.tabs.tabText(0) == f"Probleme ({len(rows)})"
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(Path(SHOTS) / "wizard-de.png"))


def test_unreadable_file_is_explained_in_german(qtbot, opened, owner, german, tmp_path):
    """A PNG named .csv: the first page says so in German, with the kind of file translated too."""
    wizard = wizard_on_a_png(qtbot, opened, owner, tmp_path)
    assert wizard.currentId() == FILE_PAGE
    assert wizard.currentPage().problem.text() == "Das ist ein PNG-Bild, keine CSV-Datei."


def test_quality_report_reasons_in_german(qtbot, opened, owner, german):
    """The quality dialog shows its reasons in German: no gender, a duplicate with its key."""
    kim = contacts.create_person(owner, {"first_name": "Kim", "last_name": "Lee", "city": "Graz", "street": "Gasse 2",
                                         "email_business": "kim@lee.at"})
    twin = contacts.create_person(owner, {"gender": "f", "first_name": "Kim", "last_name": "Leeb", "city": "Linz",
                                          "street": "Weg 1", "email_business": "KIM@lee.at"})
    dialog = QualityDialog(AppContext(opened, owner, AppEvents()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    reasons = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert "Kein Geschlecht: Die Anrede kann nicht Herr oder Frau lauten." in reasons
    assert f"Mögliche Dublette von #{twin}: dieselbe E-Mail-Adresse." in reasons
    assert f"Mögliche Dublette von #{kim}: dieselbe E-Mail-Adresse." in reasons


def test_plain_texts_and_broken_translations_fall_back(german):
    """A plain str is shown as it is; a message is English again once English is installed."""
    from crmdesk.domain.messages import QT_TRANSLATE_NOOP, msg

    assert tr_message("schon übersetzt") == "schon übersetzt" and tr_message(None) == ""
    empty = QT_TRANSLATE_NOOP("ImportMessages", "The file is empty.")
    assert tr_message(empty) == "Die Datei ist leer."
    unknown = msg(QT_TRANSLATE_NOOP("NoSuchContext", "{n} things"), n=3)
    assert tr_message(unknown) == "3 things"
    i18n.install(QApplication.instance(), "en")
    assert tr_message(empty) == "The file is empty."


def test_undo_conflicts_in_german(qtbot, opened, owner, staff, german):
    """The rows an undo keeps are explained in German, with the user and the names filled in."""
    from crmdesk.ops.imports import ImportPlan, PersonChange, run_import, undo_import
    from crmdesk.ui.io.undo import result_text

    pid = contacts.create_person(owner, {"first_name": "Eva", "last_name": "Alt", "city": "Graz"})
    created = PersonChange(3, {"first_name": "Ida", "last_name": "Neu", "city": "Linz"})
    plan = ImportPlan(source="kunden.csv", mode="update", creates=[created],
                      updates=[PersonChange(4, {"city": "Wien"}, person_id=pid, expected_version=1)])
    result = run_import(owner, plan)
    contacts.update_person(staff, pid, 2, {"notes": "angerufen"})
    ida = result.created_ids[0]
    contacts.update_person(staff, ida, 1, {"notes": "schon kontaktiert"})
    text = result_text(undo_import(owner, result.batch_key))
    assert f"Person #{pid} wurde nach dem Import von {staff.name} am " in text
    assert "; bleibt, wie es ist." in text
    assert "Ida Neu wurde nach dem Import geändert; behalten." in text


def test_title_warnings_in_german(german):
    """The titles engine's warnings carry its own German wording; the UI shows it (quality report, letter
    pre-flight and preview), joined ones too, while the text below the UI stays English."""
    from crmdesk.domain.messages import joined
    from crmdesk.domain.titles import Recipient, check_recipient

    found = dict(check_recipient(Recipient(gender="m", first_name="Anna", last_name="Huber", titles_pre=("Mag.", "Mag.")),
                                 country="AT"))
    assert found["duplicate_title"] == "The title 'Mag.' appears more than once."
    assert tr_message(found["duplicate_title"]) == "Der Titel 'Mag.' kommt mehrfach vor."
    assert tr_message(found["gender_first_name_mismatch"]) == "Die Anrede (m) passt nicht zum Vornamen 'Anna'."
    both = joined([found["duplicate_title"], found["gender_first_name_mismatch"]])
    assert both == f"{found['duplicate_title']} {found['gender_first_name_mismatch']}"
    assert tr_message(both) == "Der Titel 'Mag.' kommt mehrfach vor. Die Anrede (m) passt nicht zum Vornamen 'Anna'."
