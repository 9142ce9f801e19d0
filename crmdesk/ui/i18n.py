"""Installs the Qt translators (crmdesk's own and qtbase's) for the chosen or the desktop's language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from crmdesk import paths

SUPPORTED = ("de", "en")
_installed: list[QTranslator] = []


def chosen_language(explicit: str | None = None) -> str:
    """--lang, else the language saved in the settings, else the desktop's (German or English)."""
    if explicit in SUPPORTED:
        return explicit
    saved = QSettings().value("ui/language", "", str)
    if saved in SUPPORTED:
        return saved
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install(app: QApplication, explicit: str | None = None) -> str:
    """Load translations for the language; returns it. Safe to call again to switch."""
    language = chosen_language(explicit)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English,
                               QLocale.Country.Austria if language == "de" else QLocale.Country.UnitedKingdom))
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase_" + language, qt_dir), ("crmdesk_" + language, str(paths.resource("translations")))]
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
