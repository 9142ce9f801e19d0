"""Starting the window: QApplication, opening the database with clear dialogs, signing in, backups.

Kept apart from the window so the start-up rules (lock held by someone else → offer read-only;
foreign/corrupt/newer file → say so and leave it untouched; unclean exit → quick check) are in
one place, and `--screenshot` can drive the same path headless.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crmdesk import STARTED_AT
from crmdesk.cli import database_target

AUTO_BACKUP_CHECK_MS = 5 * 60 * 1000


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with organisation and application names set (QSettings relies on them)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("crmdesk")
    QCoreApplication.setApplicationName("crmdesk")
    return app


def open_with_dialogs(target, *, read_only: bool, interactive: bool):
    """Open the database; on a lock offer read-only, on other errors explain. None = give up."""
    from crmdesk.db.connection import OpenError, open_database
    from crmdesk.db.lock import DatabaseLocked

    try:
        return open_database(target, read_only=read_only)
    except DatabaseLocked as exc:
        if not interactive:
            print(f"error: {exc}", file=sys.stderr)
            return None
        answer = QMessageBox.question(
            None, QCoreApplication.translate("Launch", "Database in use"),
            QCoreApplication.translate("Launch", "The database is already {holder}.\n\nOpen it read-only?").format(holder=exc.info.describe() if exc.info else QCoreApplication.translate("Launch", "in use")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return open_database(target, read_only=True)
        return None
    except OpenError as exc:
        if interactive:
            QMessageBox.critical(None, QCoreApplication.translate("Launch", "Cannot open the database"), str(exc))
        print(f"error: {exc}", file=sys.stderr)
        return None


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window (or take a screenshot of it with --screenshot)."""
    if args.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a screenshot needs no screen
    app = make_application()
    from crmdesk.ui import i18n

    i18n.install(app, args.lang)
    interactive = not args.screenshot
    opened = open_with_dialogs(database_target(args), read_only=args.read_only, interactive=interactive)
    if opened is None:
        return 3
    try:
        for warning in opened.warnings:
            if interactive:
                QMessageBox.warning(None, QCoreApplication.translate("Launch", "Database warning"), warning)
        actor = _sign_in(args, opened, interactive)
        if actor is None:
            return 0
        return _run_window(app, args, opened, actor)
    finally:
        if not args.screenshot:  # a screenshot changes nothing worth a backup
            _backup_on_exit(opened)
        opened.close()


def _sign_in(args, opened, interactive: bool):
    """The acting user: read-only guest, --as / first owner (headless), or the sign-in dialog."""
    from crmdesk.cli import resolve_actor
    from crmdesk.ops import users

    if opened.read_only:
        return _read_only_actor()
    if args.as_user or not interactive:
        return resolve_actor(args.as_user)
    users.ensure_first_user()
    from crmdesk.ui.sign_in import choose_actor

    return choose_actor()


def _read_only_actor():
    from crmdesk.ops.base import Actor

    return Actor(None, QCoreApplication.translate("Launch", "read-only"), "apprentice")


def _run_window(app: QApplication, args, opened, actor) -> int:
    from crmdesk.ui.main_window import MainWindow

    window = MainWindow(opened=opened, actor=actor)
    if opened.lock is not None:
        opened.lock.update_user(actor.name)
    if args.screenshot:
        return _screenshot(app, window, args)
    timer = QTimer(window)
    timer.timeout.connect(lambda: _backup_if_due(opened))
    timer.start(AUTO_BACKUP_CHECK_MS)
    window.show()
    return app.exec()


def _screenshot(app: QApplication, window, args) -> int:
    window.resize(1280, 800)
    window.show_view(args.view)
    window.show()
    window.wait_until_ready()
    elapsed = (time.perf_counter() - STARTED_AT) * 1000
    Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(args.screenshot)
    print(f"first rows after {elapsed:.0f} ms")
    window.close()
    return 0


def _backup_if_due(opened, *, on_exit: bool = False) -> None:
    if not opened.is_sqlite or opened.read_only:
        return
    from crmdesk.db.backup import BackupError, backup_if_due, change_marker

    try:
        backup_if_due(opened.path, change_marker(), force=on_exit)
    except BackupError as exc:
        print(f"warning: {exc}", file=sys.stderr)


def _backup_on_exit(opened) -> None:
    if not opened.database.is_closed():
        _backup_if_due(opened, on_exit=True)
