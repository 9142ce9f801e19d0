"""Icons: our own small SVGs in resources/icons (channels, navigation, actions), theme icons as fallback.

Names are "<group>-<key>" file stems: `icon("channel-phone")`, `channel_icon("phone")`,
`nav_icon("persons")`. A channel the owner added without an SVG of its own gets the "other" icon.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from crmdesk import paths

# our name -> freedesktop theme name, used when no SVG of ours exists
THEME_FALLBACK = {
    "action-back": "go-previous",
    "action-delete": "edit-delete",
    "action-edit": "document-edit",
    "action-search": "edit-find",
    "action-undo": "edit-undo",
    "action-export": "document-export",
    "action-refresh": "view-refresh",
    "action-new_person": "contact-new",
    "action-new_company": "list-add",
    "nav-settings": "preferences-system",
    "channel-email": "mail-message",
    "channel-phone": "call-start",
}


class IconCache:
    """Loads each icon once (QIcon needs a QGuiApplication, so nothing is built at import time).

    Attributes: _icons (name -> QIcon).
    """

    def __init__(self) -> None:
        self._icons: dict[str, QIcon] = {}

    def get(self, name: str) -> QIcon:
        """The icon *name* (an empty QIcon when neither an SVG nor a theme icon exists)."""
        cached = self._icons.get(name)
        if cached is None:
            cached = self._icons[name] = _load(name)
        return cached


def _load(name: str) -> QIcon:
    path = paths.resource("icons", f"{name}.svg")
    if path.exists():
        return QIcon(str(path))
    theme = THEME_FALLBACK.get(name)
    return QIcon.fromTheme(theme) if theme else QIcon()


_CACHE = IconCache()


def icon(name: str) -> QIcon:
    """An icon by file stem, e.g. "action-edit"."""
    return _CACHE.get(name)


def channel_icon(code: str, icon_name: str = "") -> QIcon:
    """The icon of a contact channel (its own `icon` column first, then by code, then "other")."""
    for name in (icon_name, f"channel-{code}"):
        if name and paths.resource("icons", f"{name}.svg").exists():
            return icon(name)
    return icon("channel-other")


def nav_icon(page_key: str) -> QIcon:
    """The navigation icon of a page (empty for pages without one)."""
    return icon(f"nav-{page_key}")
