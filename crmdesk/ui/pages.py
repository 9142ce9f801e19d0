"""Registries the main window reads: navigation pages, settings sections and feature extensions.

Each feature adds its own line here and keeps its widgets in its own folder, so features do not
edit each other's files.

- A page class: `Page(ctx: AppContext, parent=None)`, a QWidget with `refresh()`; its navigation
  label comes from the registry (translated in context "Pages").
- A settings section: `Section(ctx, parent=None)`, a QWidget with `title()` and `save() -> bool`.
- An extension module has `install(window, ctx)`; it connects to `ctx.events` requests (letters,
  import/export, ...) and may add actions to `window`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# (key, label, module, class): navigation order
PAGES: list[tuple[str, str, str, str]] = [
    ("today", QT_TRANSLATE_NOOP("Pages", "Today"), "crmdesk.ui.today.page", "TodayPage"),
    ("persons", QT_TRANSLATE_NOOP("Pages", "Persons"), "crmdesk.ui.persons.page", "PersonsPage"),
    ("companies", QT_TRANSLATE_NOOP("Pages", "Companies"), "crmdesk.ui.companies.page", "CompaniesPage"),
    ("keep_in_touch", QT_TRANSLATE_NOOP("Pages", "Keep in touch"), "crmdesk.ui.keep_in_touch.page", "KeepInTouchPage"),
    ("follow_ups", QT_TRANSLATE_NOOP("Pages", "Follow-ups"), "crmdesk.ui.follow_ups.page", "FollowUpsPage"),
    ("dashboard", QT_TRANSLATE_NOOP("Pages", "Effects"), "crmdesk.ui.dashboard.page", "DashboardPage"),
    ("letters", QT_TRANSLATE_NOOP("Pages", "Letters"), "crmdesk.ui.letters.page", "LettersPage"),
    ("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "crmdesk.ui.settings.page", "SettingsPage"),
]

# (module, class): sections of the Settings page, in order
SETTINGS_SECTIONS: list[tuple[str, str]] = [
    ("crmdesk.ui.settings.cadence_section", "CadenceSection"),
    ("crmdesk.ui.settings.letterhead_section", "LetterheadSection"),
    ("crmdesk.ui.settings.titles_section", "TitlesSection"),
    ("crmdesk.ui.settings.data_section", "DataSection"),
]

# modules with install(window, ctx)
EXTENSIONS: list[str] = [
    "crmdesk.ui.keep_in_touch.extension",
    "crmdesk.ui.letters.extension",
    "crmdesk.ui.io.extension",
]
