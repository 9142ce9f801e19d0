"""The command line: a thin twin of the app's operations (demo, check, backup, import, letters, ...).

Exit codes a script can rely on:
  0 success; 1 the command ran but reports problems; 2 wrong usage;
  3 the database cannot be opened (locked, damaged, foreign, newer); 4 not allowed for this user.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from crmdesk import __version__
from crmdesk.commands import COMMAND_MODULES

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_OPEN, EXIT_DENIED = 0, 1, 2, 3, 4


def build_parser() -> argparse.ArgumentParser:
    """The full parser: global options, GUI options and every registered subcommand."""
    parser = argparse.ArgumentParser(prog="crmdesk", description="crmdesk: desktop CRM. Without a command, the window opens.")
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    parser.add_argument("--db", help="SQLite file or postgresql://user@host/name (default: crmdesk.db in the user data folder)")
    parser.add_argument("--as", dest="as_user", metavar="USER", help="act as this crmdesk user (password from CRMDESK_PASSWORD)")
    parser.add_argument("--read-only", action="store_true", help="open the database read-only (window only)")
    parser.add_argument("--screenshot", metavar="FILE.png", help="open the window, save a screenshot, exit")
    parser.add_argument("--view", default="persons", help="view for --screenshot: persons, companies, today, person:ID, ...")
    parser.add_argument("--lang", choices=("de", "en"), help="user interface language (default: the desktop's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def database_target(args: argparse.Namespace) -> str | Path:
    """The --db value, or the default SQLite file in the user data folder."""
    if args.db:
        return args.db
    from crmdesk import paths

    return paths.default_database()


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand, opening the database and resolving the actor when it needs them."""
    if not getattr(args, "needs_db", False):
        return args.func(args)
    from crmdesk.db.connection import OpenError, open_database
    from crmdesk.db.lock import DatabaseLocked
    from crmdesk.ops.base import NotFound, OperationError, PermissionDenied

    try:
        opened = open_database(database_target(args))  # --read-only is for the window; commands may write
    except (OpenError, DatabaseLocked) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_OPEN
    try:
        for warning in opened.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        args.opened = opened
        try:
            args.actor = resolve_actor(args.as_user, bootstrap=getattr(args, "bootstrap_ok", False))
        except NotFound as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_DENIED
        return args.func(args)
    except PermissionDenied as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DENIED
    except OperationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        opened.close()


def resolve_actor(name: str | None, *, bootstrap: bool = False):
    """The acting user: --as NAME (with CRMDESK_PASSWORD if the user has one) or the first owner.

    With *bootstrap* (users add) and no users yet, the system acts, so the first user added
    becomes the owner instead of an automatic one named after the login.
    """
    from crmdesk.db.models import User
    from crmdesk.ops import users
    from crmdesk.ops.base import SYSTEM

    if bootstrap and not User.select().exists():
        return SYSTEM
    if name is None:
        return users.ensure_first_user()
    return users.authenticate(name, os.environ.get("CRMDESK_PASSWORD"))


def main(argv: list[str] | None = None) -> int:
    """Entry point for main.py, python -m crmdesk and the crmdesk launcher."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from crmdesk.ui.launch import run_gui

        return run_gui(args)
    return run_command(args)
