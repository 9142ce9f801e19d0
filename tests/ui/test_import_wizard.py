"""The import wizard driven like a user would: file → columns → check → import → undo (real SQLite file)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from crmdesk.db.models import ImportBatch, Person
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.io.import_wizard import CHECK_PAGE, FILE_PAGE, MAPPING_PAGE, RESULT_PAGE, ImportWizard

HEADER = "Anrede;Titel;Vorname;Nachname;Firma;Funktion;Straße;PLZ;Ort;Land;Telefon;Mobil;E-Mail;Geburtstag"
ROWS = [
    "Herr;KR Mag. Dr.;Franz;Huber;Huber GmbH;Geschäftsführer;Hauptstraße 1;1010;Wien;Österreich;01 234567;0664 1234567;f.huber@huber.at;24.12.1970",
    "Frau;DI MSc;Anna;Müller;Huber GmbH;Prokuristin;Hauptstraße 1;1010;Wien;A;;0676 7654321;anna@huber;01.02.1975",
    "Herrn;;Jürgen;Weiß;;;Ringstraße 5;8010;Graz;AT;+43 316 123456;;jw@weiss.at;31.02.1970",
    "Frau;Prof. Dr.;Renée;Groß;Straßenbau AG;Generaldirektorin;Bahnhofstraße 3;80335;München;Deutschland;089 1234567;;r.gross@strassenbau.de;1965-05-17",
]
SHOTS = os.environ.get("CRMDESK_SHOTS")  # folder: save a screenshot of every page (for looking at them)


@pytest.fixture
def answer_yes(monkeypatch):
    """Message boxes answer at once (Yes), so the test is not stopped by a modal dialog."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)


def shot(wizard, name: str) -> None:
    """Save a screenshot of the wizard when CRMDESK_SHOTS is set."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(Path(SHOTS) / f"wizard-{name}.png"))


def make_wizard(qtbot, opened, actor, tmp_path, rows=ROWS) -> ImportWizard:
    """A wizard on a cp1252 Excel list in tmp_path."""
    path = tmp_path / "kunden.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("cp1252"))
    wizard = ImportWizard(AppContext(opened, actor, AppEvents()), None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_imports_a_small_file_and_undoes_it(qtbot, opened, owner, tmp_path, answer_yes):
    """All four pages: recognised columns, problems by line, duplicates, import, result, undo."""
    wizard = make_wizard(qtbot, opened, owner, tmp_path)
    assert wizard.currentId() == FILE_PAGE and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shot(wizard, "1-file")
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    mapping_page = wizard.currentPage()
    assert mapping_page.table.mapping()[:4] == ["salutation", "titles", "first_name", "last_name"]
    assert "German column names" in mapping_page.info.text() and mapping_page.table.item(1, 3).text() == "Huber"
    shot(wizard, "2-mapping")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == CHECK_PAGE and wizard.state.analysis is not None, timeout=30_000)
    check = wizard.currentPage()
    qtbot.waitUntil(check.isComplete, timeout=10_000)
    lines = [check.problems.item(r, 0).text() for r in range(check.problems.rowCount())]
    assert "4" in lines and "3" in lines  # bad date (error) and bad e-mail (warning)
    assert check.summary.text().startswith("3 row")
    shot(wizard, "3-check")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=30_000)
    result = wizard.currentPage()
    assert "3 persons created" in result.summary.text() and Person.select().count() == 3
    shot(wizard, "4-result")
    result.undo.click()
    qtbot.waitUntil(lambda: wizard.state.undone, timeout=30_000)
    assert Person.select().count() == 0 and ImportBatch.get().undone_at is not None


def test_wizard_shows_duplicates_and_updates_them(qtbot, opened, owner, tmp_path, answer_yes):
    """A second import of the same list finds every row as a duplicate; 'update' creates nobody new."""
    from crmdesk.io.importer import import_file

    good = [r for r in ROWS if "31.02" not in r]
    first = tmp_path / "erst.csv"
    first.write_bytes(("\r\n".join([HEADER, *good]) + "\r\n").encode("cp1252"))
    import_file(owner, first)
    wizard = make_wizard(qtbot, opened, owner, tmp_path, good)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == CHECK_PAGE and wizard.state.analysis is not None, timeout=30_000)
    check = wizard.currentPage()
    qtbot.waitUntil(check.isComplete, timeout=10_000)
    assert check.duplicates.pairs.rowCount() >= 3 and check.duplicates.compare.item(0, 1).text() == "Franz Huber" and check.chosen()[0] == "update"
    shot(wizard, "3-duplicates")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT_PAGE, timeout=30_000)
    assert wizard.state.outcome.result.created == 0 and Person.select().count() == 3


def wizard_on_a_png(qtbot, opened, actor, tmp_path) -> ImportWizard:
    """A wizard given a PNG named .csv, after Next on its first page (where it must stay)."""
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    wizard = ImportWizard(AppContext(opened, actor, AppEvents()), None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    return wizard


def test_wizard_refuses_a_binary_file(qtbot, opened, owner, tmp_path):
    """A PNG named .csv stays on the first page with the reason."""
    wizard = wizard_on_a_png(qtbot, opened, owner, tmp_path)
    assert wizard.currentId() == FILE_PAGE and "PNG image" in wizard.currentPage().problem.text()
    shot(wizard, "1-file-binary")


def test_cancel_during_import_leaves_nothing(qtbot, opened, owner, tmp_path):
    """Cancel while importing: the transaction is rolled back and the wizard closes."""
    rows = [f"Herr;;Max{i};Muster{i};;;;;Wien;AT;;;m{i}@muster.at;" for i in range(3000)]
    wizard = make_wizard(qtbot, opened, owner, tmp_path, rows)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == CHECK_PAGE and wizard.state.analysis is not None, timeout=60_000)
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10_000)
    wizard.next()
    assert wizard.worker is not None
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=60_000)
    assert Person.select().count() == 0 and ImportBatch.select().count() == 0
