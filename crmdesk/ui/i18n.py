"""Installs the Qt translators (crmdesk's own and qtbase's) for the chosen or the desktop's language.

The UI language is a per-user preference (QSettings "ui/language": "de", "en" or "" for the
desktop's language). Switching at run time (`switch_language`) replaces the translators; Qt then
sends a LanguageChange event to every widget, and each widget sets its texts again.

Texts made below the UI (import problems, quality findings) are crmdesk.domain.messages.Message
objects: `tr_message` shows them in the UI's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from crmdesk import paths
from crmdesk.domain.messages import Message

SUPPORTED = ("de", "en")
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []


def saved_language() -> str:
    """The language chosen in the settings ("" = follow the desktop)."""
    saved = QSettings().value(SETTINGS_KEY, "", str)
    return saved if saved in SUPPORTED else ""


def system_language() -> str:
    """German when the desktop is German, else English."""
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def chosen_language(explicit: str | None = None) -> str:
    """--lang, else the language saved in the settings, else the desktop's (German or English)."""
    if explicit in SUPPORTED:
        return explicit
    return saved_language() or system_language()


def current_language() -> str:
    """The language whose translators are installed now ("de" or "en")."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def install(app: QCoreApplication, explicit: str | None = None) -> str:
    """Load translations for the language; returns it. Safe to call again to switch."""
    language = chosen_language(explicit)
    remove_translators(app)
    german = language == "de"
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if german else QLocale.Language.English,
            QLocale.Country.Austria if german else QLocale.Country.UnitedKingdom,
        )
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("crmdesk_" + language, str(paths.resource("translations")))]
    if german:
        candidates.insert(0, ("qtbase_de", qt_dir))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators install() added: the UI shows its source texts again."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def switch_language(app: QCoreApplication, language: str) -> str:
    """Remember *language* ("de", "en" or "" = desktop) and switch the running UI to it."""
    QSettings().setValue(SETTINGS_KEY, language if language in SUPPORTED else "")
    return install(app, language if language in SUPPORTED else None)


def tr_message(message: object) -> str:
    """A Message in the UI's language: its template translated, then its parameters filled in.

    Parameters that are Messages are translated too; other values (names, file cells) never are.
    Plain strings come back as they are; a translation whose fields do not fit falls back to English.
    """
    if not isinstance(message, Message):
        return "" if message is None else str(message)
    translated = message.wordings.get(current_language()) or QCoreApplication.translate(message.context, message.template)
    if not message.params:
        return translated
    params = {name: tr_message(value) if isinstance(value, Message) else value for name, value in message.params.items()}
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(message)
