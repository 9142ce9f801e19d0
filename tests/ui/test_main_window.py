"""The main window: navigation, lazy pages and placeholders, detail views, requests, language switch, state."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from crmdesk.ui import i18n, main_window
from crmdesk.ui.main_window import MainWindow, UnavailablePage
from crmdesk.ui.pages import PAGES
from crmdesk.ui.persons.page import PersonsPage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_extensions(monkeypatch):
    """Other features' extensions (and their background work) stay out of these window tests."""
    monkeypatch.setattr(main_window, "EXTENSIONS", [])


@pytest.fixture
def window(qtbot, opened, owner, sample):
    """A main window for the owner over the sample data, English UI."""
    i18n.install(QApplication.instance(), "en")
    win = MainWindow(opened=opened, actor=owner)
    qtbot.addWidget(win)
    yield win
    i18n.install(QApplication.instance(), "en")


def test_navigation_lists_every_page(window):
    """The navigation shows every registered page in order."""
    assert window.nav.count() == len(PAGES)
    assert [window.nav.item(i).text() for i in range(3)] == ["Today", "Persons", "Companies"]


def test_pages_are_created_lazily(window):
    """A page is built the first time it is shown, and only once."""
    assert "companies" not in window._pages
    window.show_view("companies")
    first = window.current_widget()
    window.show_view("persons")
    window.show_view("companies")
    assert window.current_widget() is first


def test_extensions_are_installed(qtbot, opened, owner, monkeypatch, tmp_path):
    """Every module in EXTENSIONS gets install(window, ctx); a module not written yet is skipped."""
    import types

    calls = []
    module = types.ModuleType("crmdesk_test_extension")
    module.install = lambda win, ctx: calls.append((win, ctx))
    monkeypatch.setitem(sys.modules, "crmdesk_test_extension", module)
    monkeypatch.setattr(main_window, "EXTENSIONS", ["crmdesk_test_extension", "crmdesk.ui.not_yet_written.extension"])
    win = MainWindow(opened=opened, actor=owner)
    qtbot.addWidget(win)
    assert calls == [(win, win.ctx)]


def test_missing_module_shows_placeholder(qtbot, opened, owner, monkeypatch):
    """A registered page whose module does not exist yet shows 'not available in this version'."""
    monkeypatch.setattr(
        main_window, "PAGES", PAGES + [("later", "Later", "crmdesk.ui.not_yet_written.page", "LaterPage")]
    )
    win = MainWindow(opened=opened, actor=owner)
    qtbot.addWidget(win)
    win.show_view("later")
    assert isinstance(win.current_widget(), UnavailablePage)
    assert "not available in this version" in win.current_widget().text()


def test_open_person_and_back(qtbot, window, sample):
    """open_person_requested shows the person view; Back returns to the list."""
    window.show_view("persons")
    window.ctx.events.open_person_requested.emit(sample["Huber"])
    view = window.current_widget()
    assert view.person_id() == sample["Huber"]
    assert view.header.title.full_text() == "KR Mag. Franz Huber, MSc"
    assert view.timeline.rowCount() == 3
    window.go_back()
    assert isinstance(window.current_widget(), PersonsPage)


def test_company_view_lists_persons_and_their_timeline(window, sample):
    """The company view shows its persons with functions and the interactions of all of them."""
    window.ctx.events.open_company_requested.emit(sample["huber"])
    view = window.current_widget()
    names = {
        view.persons.topLevelItem(i).text(0): view.persons.topLevelItem(i).text(1)
        for i in range(view.persons.topLevelItemCount())
    }
    assert names == {"Franz Huber": "Geschäftsführer", "Maria Müller": "Einkauf"}
    assert view.timeline.rowCount() == 3


def test_quick_log_request_opens_prefilled(qtbot, window, sample):
    """quick_log_requested(id) opens the quick log for that person."""
    window.ctx.events.quick_log_requested.emit(sample["Zeller"])
    dialog = window._quick_log
    assert dialog.isVisible() and dialog.person_id == sample["Zeller"]
    dialog.close()


def test_wait_until_ready_and_status(window):
    """wait_until_ready returns once the first rows are on screen; the status bar names user and database."""
    window.resize(1280, 800)
    window.show_view("persons")
    window.show()
    assert window.wait_until_ready(5000)
    assert window.current_widget().model.is_loaded()
    assert "Olga Owner" in window.status._user_label.text()
    assert "crm.db" in window.status._db_label.text()


def test_switching_language_changes_visible_text(qtbot, window):
    """Saving German in Settings switches menus, navigation, list headers and the status bar at once."""
    window.show_view("persons")
    persons = window.current_widget()
    assert persons.model.headerData(1, main_window.Qt.Orientation.Horizontal) == "Company"
    window.show_view("settings")
    general = window.current_widget().sections[0]
    general.language.setCurrentIndex(general.language.findData("de"))
    with qtbot.waitSignal(window.ctx.events.language_changed) as blocker:
        assert window.current_widget().save()
    assert blocker.args == ["de"]
    assert window.nav.item(1).text() == "Personen"
    assert window.actions["new_person"].text() == "Neue Person"
    assert persons.model.headerData(1, main_window.Qt.Orientation.Horizontal) == "Firma"
    qtbot.waitUntil(lambda: persons._count.text() == "8 Personen")  # LanguageChange events are posted
    assert window.status._user_label.text().startswith("Benutzer:")
    assert QSettings().value("ui/language") == "de"
    general.language.setCurrentIndex(general.language.findData("en"))
    window.current_widget().save()
    assert window.nav.item(1).text() == "Persons"


def test_apprentice_sees_no_users_section(qtbot, opened, apprentice, sample):
    """The Users section is for owners only."""
    win = MainWindow(opened=opened, actor=apprentice)
    qtbot.addWidget(win)
    win.show_view("settings")
    titles = [s.title() for s in win.current_widget().sections]
    assert "Users" not in titles and "General" in titles


def test_owner_adds_and_deactivates_user(window):
    """The Users section adds a user with role and deactivates them again."""
    from crmdesk.queries.catalogue import users

    window.show_view("settings")
    section = window.current_widget().sections[1]
    section.name.setText("Lena Lehrling")
    section.role.setCurrentIndex(section.role.findData("apprentice"))
    section.add_user()
    lena = next(u for u in users() if u.name == "Lena Lehrling")
    assert lena.role == "apprentice"
    items = [section.table.topLevelItem(i) for i in range(section.table.topLevelItemCount())]
    section.table.setCurrentItem(next(i for i in items if i.text(0) == "Lena Lehrling"))
    section.toggle_active()
    assert "Lena Lehrling" not in [u.name for u in users()]


def test_column_widths_are_remembered(qtbot, ctx):
    """A column width and hidden column survive a new list (QSettings)."""
    first = PersonsPage(ctx)
    qtbot.addWidget(first)
    first.table.horizontalHeader().resizeSection(1, 333)
    first.table._set_column_visible(2, False)
    first.table.save_state()
    second = PersonsPage(ctx)
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().sectionSize(1) == 333
    assert second.table.horizontalHeader().isSectionHidden(2)
    second.table._reset_columns()


def test_screenshot_mode_creates_database_and_image(tmp_path):
    """`main.py --db NEW --screenshot FILE --view persons` creates the database, saves a PNG, prints the time."""
    db, png = tmp_path / "new" / "crm.db", tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--screenshot", str(png), "--view", "persons"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "first rows after" in result.stdout
    assert db.exists() and png.stat().st_size > 1000
