"""The main window: navigation, toolbar, menus, status bar and the wiring between pages (layout + wiring only)."""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from crmdesk.ui.context import AppContext, AppEvents
from crmdesk.ui.icons import icon
from crmdesk.ui.pages import EXTENSIONS, PAGES
from crmdesk.ui.widgets.navigation import NavigationList
from crmdesk.ui.widgets.status_area import StatusArea

READY_TIMEOUT_MS = 15_000
SETTINGS_GEOMETRY, SETTINGS_STATE = "window/geometry", "window/state"


def module_missing(exc: ModuleNotFoundError, module: str) -> bool:
    """True when *exc* says that *module* itself (or a package of it) does not exist yet."""
    return bool(exc.name) and (module == exc.name or module.startswith(exc.name + "."))


class UnavailablePage(QLabel):
    """Stands in for a registered page whose module is not part of this version."""

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self._label = label
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color: palette(mid); font-size: 15px;")
        self.retranslate()

    def retranslate(self) -> None:
        """Text in the current language."""
        name = QCoreApplication.translate("Pages", self._label)
        self.setText(self.tr("“%1” is not available in this version.").replace("%1", name))

    def refresh(self) -> None:
        """Nothing to refresh."""


class MainWindow(QMainWindow):
    """Navigation on the left, pages and detail views in a stack, actions in menus and the toolbar.

    Attributes: ctx (AppContext), nav (NavigationList), stack (QStackedWidget), status (StatusArea),
    _pages (key -> page widget, created on first show), _labels (key -> label), _views (person /
    company detail views, created on first use), _history (views shown before, for Back),
    _current (the view key shown now), actions (name -> QAction), _menus (name -> QMenu).
    """

    def __init__(self, *, opened, actor, events: AppEvents | None = None):
        super().__init__()
        # events made here are the window's child: they end with it (no emits into a closed window)
        self.ctx = AppContext(opened=opened, actor=actor, events=events or AppEvents(self))
        self._pages: dict[str, QWidget] = {}
        self._labels = {key: label for key, label, _m, _c in PAGES}
        self._views: dict[str, QWidget] = {}
        self._history: list[str] = []
        self._current = ""
        self.actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self.nav = NavigationList([(key, label) for key, label, _m, _c in PAGES])
        self.stack = QStackedWidget()
        self._build_layout()
        self._build_actions()
        self.status = StatusArea(
            self.statusBar(),
            user=actor.name,
            role=actor.role,
            database=_database_label(opened),
            read_only=bool(getattr(opened, "read_only", False)),
        )
        self._connect_events()
        self._install_extensions()
        self._retranslate()
        self._restore_window_state()

    # --- building ---------------------------------------------------------------------------

    def _build_layout(self) -> None:
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.nav.page_chosen.connect(self.show_view)

    def _action(self, name: str, icon_name: str, shortcut, slot, *, visible: bool = True) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), "", self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        action.setVisible(visible)
        self.addAction(action)
        self.actions[name] = action
        return action

    def _build_actions(self) -> None:
        can = self.ctx.can
        self._action("back", "action-back", QKeySequence.StandardKey.Back, self.go_back)
        self._action("new_person", "action-new_person", "Ctrl+N", self.new_person, visible=can("person.create"))
        self._action(
            "new_company", "action-new_company", "Ctrl+Shift+N", self.new_company, visible=can("company.create")
        )
        self._action(
            "quick_log", "action-quick_log", "Ctrl+L", lambda: self.open_quick_log(0), visible=can("interaction.log")
        )
        self._action("search", "action-search", QKeySequence.StandardKey.Find, self.focus_search)
        self._action("refresh", "action-refresh", QKeySequence.StandardKey.Refresh, self.refresh_current)
        self._action("undo", "action-undo", QKeySequence.StandardKey.Undo, lambda: self.status.run_undo())
        self._action("quit", "", QKeySequence.StandardKey.Quit, self.close)
        for number, (key, _label, _m, _c) in enumerate(PAGES[:9], start=1):
            self._action(f"page_{key}", "", f"Ctrl+{number}", lambda key=key: self.show_view(key))
        self.toolbar = QToolBar(objectName="main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        for name in ("back", "new_person", "new_company", "quick_log", "refresh"):
            self.toolbar.addAction(self.actions[name])
        self.addToolBar(self.toolbar)
        self._build_menus()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name in ("file", "edit", "view", "contacts", "tools", "help"):
            self._menus[name] = bar.addMenu("")
        self._menus["file"].addAction(self.actions["quit"])
        self._menus["edit"].addActions([self.actions["undo"], self.actions["search"]])
        self._menus["view"].addActions([self.actions["back"], self.actions["refresh"]])
        self._menus["view"].addSeparator()
        self._menus["view"].addActions([self.actions[f"page_{key}"] for key, *_ in PAGES[:9]])
        self._menus["contacts"].addActions([self.actions[n] for n in ("new_person", "new_company", "quick_log")])

    def menu(self, name: str) -> QMenu:
        """A menu for extensions: "file", "edit", "view", "contacts", "tools" or "help"."""
        return self._menus[name]

    def _connect_events(self) -> None:
        events = self.ctx.events  # bound methods: Qt disconnects them when the window goes
        events.open_person_requested.connect(self.open_person)
        events.open_company_requested.connect(self.open_company)
        events.quick_log_requested.connect(self.open_quick_log)
        events.status_message.connect(self.show_status_message)
        events.language_changed.connect(self._on_language_changed)

    def open_person(self, person_id: int) -> None:
        """Show the person view."""
        self.show_view(f"person:{person_id}")

    def open_company(self, company_id: int) -> None:
        """Show the company view."""
        self.show_view(f"company:{company_id}")

    def show_status_message(self, text: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def _on_language_changed(self, _language: str) -> None:
        self._retranslate()

    def _install_extensions(self) -> None:
        for module_name in EXTENSIONS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if not module_missing(exc, module_name):
                    raise
                print(f"warning: extension {module_name} is not available", file=sys.stderr)
                continue
            module.install(self, self.ctx)

    # --- views --------------------------------------------------------------------------------

    def default_view(self) -> str:
        """ "today" when that page exists in this version, else the persons list."""
        module = next((m for key, _l, m, _c in PAGES if key == "today"), "")
        return "today" if module and _module_exists(module) else "persons"

    def show_view(self, view: str) -> None:
        """Show a page ("persons", "today", …) or a detail view ("person:ID", "company:ID")."""
        view = (view or self.default_view()).strip()
        widget = self._widget_for(view)
        if widget is None:
            self.statusBar().showMessage(self.tr("Unknown view: %1").replace("%1", view), 8000)
            return
        if self._current and self._current != view:
            self._history = (self._history + [self._current])[-50:]
        self._current = view
        self.stack.setCurrentWidget(widget)
        self.nav.select_key(view if view in self._labels else None)
        self.actions["back"].setEnabled(bool(self._history))

    def _widget_for(self, view: str) -> QWidget | None:
        kind, _sep, arg = view.partition(":")
        if kind in ("person", "company") and re.fullmatch(r"\d+", arg):
            widget = self._detail_view(kind)
            widget.load(int(arg))
            return widget
        if view in self._labels:
            return self.page(view)
        return None

    def _detail_view(self, kind: str) -> QWidget:
        if kind not in self._views:
            if kind == "person":
                from crmdesk.ui.person_view.person_view import PersonView as view_class
            else:
                from crmdesk.ui.person_view.company_view import CompanyView as view_class
            self._views[kind] = view_class(self.ctx, self)
            self.stack.addWidget(self._views[kind])
        return self._views[kind]

    def page(self, key: str) -> QWidget:
        """The page widget of *key*, created the first time (a placeholder when its module is missing)."""
        if key not in self._pages:
            module_name, class_name = next((m, c) for k, _l, m, c in PAGES if k == key)
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if not module_missing(exc, module_name):
                    raise
                widget: QWidget = UnavailablePage(self._labels[key])
            else:
                widget = getattr(module, class_name)(self.ctx, self)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def current_widget(self) -> QWidget | None:
        """The page or view shown now."""
        return self.stack.currentWidget()

    def go_back(self) -> None:
        """Show the previous view (Alt+Left)."""
        if self._history:
            view = self._history.pop()
            self._current = ""  # the view we leave is not pushed again
            self.show_view(view)

    def refresh_current(self) -> None:
        """Reload what is shown (F5)."""
        widget = self.current_widget()
        if widget is not None and hasattr(widget, "refresh"):
            widget.refresh()

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the list shown, else of the persons list."""
        widget = self.current_widget()
        if not hasattr(widget, "focus_search"):
            self.show_view("persons")
            widget = self.current_widget()
        widget.focus_search()

    def wait_until_ready(self, timeout_ms: int = READY_TIMEOUT_MS) -> bool:
        """Block (in a local event loop) until the view shown has its first rows on screen."""
        widget = self.current_widget()
        is_ready = getattr(widget, "is_ready", None)
        if widget is None or is_ready is None or is_ready():
            return True
        loop = QEventLoop()
        widget.ready.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        return is_ready()

    # --- actions ------------------------------------------------------------------------------

    def new_person(self) -> None:
        """Ctrl+N: a new person."""
        from crmdesk.ui.edit.person_dialog import edit_person

        new_id = edit_person(self, self.ctx)
        if new_id:
            self.show_view(f"person:{new_id}")

    def new_company(self) -> None:
        """Ctrl+Shift+N: a new company."""
        from crmdesk.ui.edit.company_dialog import edit_company

        new_id = edit_company(self, self.ctx)
        if new_id:
            self.show_view(f"company:{new_id}")

    def open_quick_log(self, person_id: int = 0) -> None:
        """Ctrl+L: the quick-log dialog (prefilled with *person_id* when given)."""
        if not self.ctx.can("interaction.log"):
            return
        from crmdesk.ui.quick_log import QuickLogDialog

        dialog = getattr(self, "_quick_log", None)
        if dialog is None:
            dialog = self._quick_log = QuickLogDialog(self.ctx, self)
        dialog.start(person_id or None)

    def offer_undo(self, message: str, undo) -> None:
        """Show *message* in the status bar with an Undo button (also Ctrl+Z)."""
        self.status.offer_undo(message, undo)

    # --- language and state ---------------------------------------------------------------------

    def _retranslate(self) -> None:
        texts = {
            "back": self.tr("Back"),
            "new_person": self.tr("New person"),
            "new_company": self.tr("New company"),
            "quick_log": self.tr("Log contact"),
            "search": self.tr("Search"),
            "refresh": self.tr("Refresh"),
            "undo": self.tr("Undo"),
            "quit": self.tr("Quit"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        self.actions["quick_log"].setToolTip(self.tr("Log a call, e-mail or visit (Ctrl+L)"))
        for key, label, _m, _c in PAGES[:9]:
            self.actions[f"page_{key}"].setText(QCoreApplication.translate("Pages", label))
        menu_titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "contacts": self.tr("&Contacts"),
            "tools": self.tr("&Tools"),
            "help": self.tr("&Help"),
        }
        for name, title in menu_titles.items():
            self._menus[name].setTitle(title)
            self._menus[name].menuAction().setVisible(not self._menus[name].isEmpty())
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.nav.retranslate()
        self.status.retranslate()
        self.setWindowTitle(self.tr("crmdesk"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Retranslate when a translator is installed or removed."""
        if event.type() == QEvent.Type.LanguageChange and self.actions:
            self._retranslate()
            for widget in self._pages.values():
                if isinstance(widget, UnavailablePage):
                    widget.retranslate()
        super().changeEvent(event)

    def _restore_window_state(self) -> None:
        settings = QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value(SETTINGS_STATE)
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """On the first show without a chosen view: the default view (Today, else Persons)."""
        if not self._current:
            self.show_view(self.default_view())
        super().showEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Remember geometry, toolbar state and list columns."""
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        for widget in self._pages.values():
            table = getattr(widget, "table", None)
            if hasattr(table, "save_state"):
                table.save_state()
        super().closeEvent(event)


def _module_exists(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _database_label(opened) -> str:
    """The file name of a SQLite database, or the server URL without its password."""
    if getattr(opened, "path", None) is not None:
        return Path(opened.path).name
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", str(getattr(opened, "url", "")))
