"""Export from the UI, the data quality dialog, the Data settings section and the extension's wiring (qtbot)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.db.models import AuditEntry, ImportBatch, Person
from crmdesk.io.importer import import_file
from crmdesk.ops import contacts
from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.io import extension
from crmdesk.ui.io.export_ui import export_list
from crmdesk.ui.io.quality_dialog import QualityDialog
from crmdesk.ui.settings.data_section import DataSection

SHOTS = os.environ.get("CRMDESK_SHOTS")


def shot(widget, name: str) -> None:
    """Save a screenshot when CRMDESK_SHOTS is set."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def quiet(monkeypatch):
    """Message boxes answer at once; what they were asked is recorded."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Ok)
    return asked


@pytest.fixture
def people(owner):
    """Three persons with some quality problems."""
    firm = contacts.create_company(owner, {"name": "Huber GmbH", "street": "Ring 1", "city": "Wien"})
    contacts.create_person(owner, {"gender": "m", "first_name": "Franz", "last_name": "Huber"}, company_id=firm,
                           function_title="Geschäftsführer")
    contacts.create_person(owner, {"first_name": "Kim", "last_name": "Lee", "email_business": "kim@lee"})
    contacts.create_person(owner, {"gender": "f", "first_name": "Ida", "last_name": "Neu"}, company_id=firm)


def test_export_from_the_list_runs_on_a_worker(qtbot, opened, owner, people, tmp_path, quiet):
    """An export request writes the file on a worker, audits it and reports in the status bar."""
    events = AppEvents()
    ctx = AppContext(opened, owner, events)
    parent = QWidget()
    qtbot.addWidget(parent)
    messages = []
    events.status_message.connect(messages.append)
    assert export_list(parent, ctx, "persons", [], path=str(tmp_path / "alle.xlsx")) is not None
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert (tmp_path / "alle.xlsx").exists() and "3" in messages[0]
    assert json.loads(AuditEntry.get(AuditEntry.action == "export").after)["count"] == 3


def test_apprentice_gets_no_export(qtbot, opened, apprentice, people, tmp_path, quiet):
    """Apprentices are told they may not export; no file, no worker."""
    parent = QWidget()
    qtbot.addWidget(parent)
    assert export_list(parent, AppContext(opened, apprentice, AppEvents()), "persons", [], path=str(tmp_path / "x.csv")) is None
    assert not (tmp_path / "x.csv").exists() and "may not export" in quiet[0]


def test_quality_dialog_lists_findings_and_opens_persons(qtbot, opened, owner, people):
    """The report loads on a worker; categories show counts; double-click asks to open the person."""
    events = AppEvents()
    dialog = QualityDialog(AppContext(opened, owner, events))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.categories.count() == 8 and dialog.table.rowCount() == len(dialog.report.items)
    texts = [dialog.categories.item(i).text() for i in range(dialog.categories.count())]
    assert any(t.startswith("Without gender (1)") for t in texts) and any(t.startswith("Function title missing (1)") for t in texts)
    shot(dialog, "quality-report")
    with qtbot.waitSignal(events.open_person_requested, timeout=2_000) as opened_signal:
        dialog.table.cellDoubleClicked.emit(0, 0)
    assert opened_signal.args[0] == dialog.report.items[0].person_id


def test_data_section_lists_batches_and_undoes_one(qtbot, opened, owner, tmp_path, quiet):
    """The Data section shows each import; 'Undo selected import…' takes it back."""
    path = tmp_path / "a.csv"
    path.write_bytes("Vorname;Nachname;Ort\r\nAnna;Berg;Wien\r\nBert;Tal;Graz\r\n".encode("cp1252"))
    import_file(owner, path)
    section = DataSection(AppContext(opened, owner, AppEvents()))
    qtbot.addWidget(section)
    section.resize(900, 500)
    section.show()
    assert section.title() == "Data" and section.save() and section.batches.rowCount() == 1
    assert section.batches.item(0, 1).text() == "a.csv" and "2 created" in section.batches.item(0, 3).text()
    section.batches.selectRow(0)
    assert section.undo_button.isEnabled()
    shot(section, "settings-data")
    section.undo_button.click()
    qtbot.waitUntil(lambda: ImportBatch.get().undone_at is not None and bool(section.batches.item(0, 5).text()), timeout=30_000)
    assert Person.select().count() == 0 and not section.undo_button.isEnabled()


def test_extension_connects_requests_and_adds_menu_entries(qtbot, opened, owner, monkeypatch):
    """install() connects the three requests and puts Import/Export/Quality into the File menu."""
    from PySide6.QtWidgets import QMainWindow, QMenu

    class Window(QMainWindow):
        def __init__(self):
            super().__init__()
            self.file_menu = QMenu("File", self)

        def menu(self, name):
            return self.file_menu

    window = Window()
    qtbot.addWidget(window)
    events = AppEvents()
    calls = []
    monkeypatch.setattr(extension, "_import", lambda *a: calls.append("import"))
    monkeypatch.setattr(extension, "_quality", lambda *a: calls.append("quality"))
    monkeypatch.setattr(extension, "_export", lambda *a: calls.append(("export", a[2], a[3])))
    extension.install(window, AppContext(opened, owner, events))
    events.import_requested.emit()
    events.quality_report_requested.emit()
    events.export_requested.emit("companies", [3])
    assert calls == ["import", "quality", ("export", "companies", [3])]
    assert [a.text() for a in window.file_menu.actions()][:3] == ["&Import…", "&Export all persons…", "Data &quality report…"]
