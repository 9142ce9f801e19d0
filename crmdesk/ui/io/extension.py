"""Wires import, export and the data quality report into the main window (menu entries and app events)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


_open: list = []  # wizards and dialogs shown without a modal loop: kept alive while open


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportExportMenu", text)


# for lupdate (the texts are translated when shown, in _tr)
_TEXTS = (QT_TRANSLATE_NOOP("ImportExportMenu", "&Import…"), QT_TRANSLATE_NOOP("ImportExportMenu", "&Export all persons…"),
          QT_TRANSLATE_NOOP("ImportExportMenu", "Data &quality report…"))


def _keep(widget) -> None:
    if widget is not None:
        _open.append(widget)
        widget.finished.connect(lambda *_: _open.remove(widget) if widget in _open else None)


def _export(window, ctx, kind: str, ids: list) -> None:
    from crmdesk.ui.io.export_ui import export_list  # imported on use: keeps ~170 ms off the cold start

    export_list(window, ctx, kind, ids)


def _import(window, ctx):
    from crmdesk.ui.io.import_wizard import open_import_wizard

    return open_import_wizard(window, ctx)


def _quality(window, ctx):
    from crmdesk.ui.io.quality_dialog import show_quality_report

    return show_quality_report(window, ctx)


def install(window, ctx) -> None:
    """Connect the requests (export_requested, import_requested, quality_report_requested) and add menu entries."""
    events = ctx.events
    events.export_requested.connect(lambda kind, ids: _export(window, ctx, kind, list(ids)))
    events.import_requested.connect(lambda: _keep(_import(window, ctx)))
    events.quality_report_requested.connect(lambda: _keep(_quality(window, ctx)))
    menu = window.menu("file") if hasattr(window, "menu") else None
    if menu is None:
        return
    entries = [
        ("&Import…", "Ctrl+Shift+I", events.import_requested.emit, ctx.can("import.run")),
        ("&Export all persons…", "Ctrl+Shift+E", lambda: events.export_requested.emit("persons", []), ctx.can("export.bulk")),
        ("Data &quality report…", "", events.quality_report_requested.emit, True),
    ]
    first = menu.actions()[0] if menu.actions() else None
    actions = []
    for text, shortcut, slot, allowed in entries:
        action = QAction(_tr(text), window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        action.setVisible(allowed)
        menu.insertAction(first, action)
        actions.append((action, text))
    if first is not None:
        menu.insertSeparator(first)
    events.language_changed.connect(lambda _lang: [a.setText(_tr(t)) for a, t in actions])
