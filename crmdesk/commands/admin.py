"""Foundation commands: demo, check, backup, restore, users add/list."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path

from crmdesk.cli import EXIT_OK, EXIT_OPEN, EXIT_PROBLEMS, EXIT_USAGE, database_target


def register(sub: argparse._SubParsersAction) -> None:
    """Add the foundation subcommands."""
    demo = sub.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--persons", type=int, default=1000)
    demo.add_argument("--interactions", type=int, default=10000)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=run_demo, needs_db=True)

    check = sub.add_parser("check", help="integrity check and schema report")
    check.set_defaults(func=run_check, needs_db=True)

    backup = sub.add_parser("backup", help="back up the SQLite file now")
    backup.add_argument("--to", metavar="DIR", help="folder for the backup (default: backups/ beside the database)")
    backup.set_defaults(func=run_backup, needs_db=True)

    restore = sub.add_parser("restore", help="replace the database by a backup (the current file is backed up first)")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(func=run_restore, needs_db=False)

    users = sub.add_parser("users", help="manage users")
    users_sub = users.add_subparsers(dest="users_command", required=True, metavar="add|list")
    add = users_sub.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", choices=("owner", "staff", "apprentice"), default="staff")
    add.add_argument("--initials", default="")
    add.add_argument("--password-stdin", action="store_true", help="read the new user's password from standard input")
    add.set_defaults(func=run_users_add, needs_db=True, bootstrap_ok=True)
    lst = users_sub.add_parser("list", help="list users")
    lst.set_defaults(func=run_users_list, needs_db=True)


def run_demo(args: argparse.Namespace) -> int:
    """Generate demo data and report time and size."""
    from crmdesk.demo import generate

    if args.persons < 0 or args.interactions < 0:
        print("error: --persons and --interactions must not be negative", file=sys.stderr)
        return EXIT_USAGE
    start = time.perf_counter()
    report = generate(persons=args.persons, interactions=args.interactions, seed=args.seed, actor=args.actor)
    seconds = time.perf_counter() - start
    print(f"demo: {report.persons} persons, {report.companies} companies, {report.interactions} interactions, "
          f"{report.follow_ups} follow-ups in {seconds:.1f} s")
    if args.opened.path is not None:
        args.opened.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"file: {args.opened.path} ({args.opened.path.stat().st_size / 1_048_576:.1f} MiB)")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """Print the schema report and the integrity check; exit 1 on any problem."""
    from crmdesk.db.health import database_report

    report = database_report(args.opened)
    for line in report.lines:
        print(line)
    print("result: ok" if report.ok else "result: PROBLEMS FOUND")
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def run_backup(args: argparse.Namespace) -> int:
    """Back up the SQLite file through the backup API."""
    from crmdesk.db.backup import backup_database, thin_backups

    if not args.opened.is_sqlite:
        print("PostgreSQL databases are backed up with pg_dump, e.g. pg_dump -Fc -f crmdesk.dump DBNAME "
              "(restore with pg_restore); crmdesk makes no file backups of a server.", file=sys.stderr)
        return EXIT_PROBLEMS
    args.opened.database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    target = backup_database(args.opened.path, target_dir=Path(args.to) if args.to else None)
    if not args.to:
        thin_backups(target.parent)
    print(f"backup: {target}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup over the database file, holding the lock while doing it."""
    from crmdesk.db.backup import BackupError, restore_backup
    from crmdesk.db.connection import OpenError, is_postgres_url, open_database
    from crmdesk.db.lock import DatabaseLock, DatabaseLocked

    target = database_target(args)
    if isinstance(target, str) and is_postgres_url(target):
        print("error: restore a PostgreSQL database with pg_restore.", file=sys.stderr)
        return EXIT_USAGE
    target = Path(target)
    lock = DatabaseLock(target)
    try:
        lock.acquire()
        safety = restore_backup(Path(args.file), target)
    except (DatabaseLocked, BackupError, OpenError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_OPEN
    finally:
        lock.release()
    opened = open_database(target)  # migrates an older backup, takes its own lock
    opened.close()
    print(f"restored: {args.file} -> {target}")
    if safety:
        print(f"previous state kept in: {safety}")
    return EXIT_OK


def run_users_add(args: argparse.Namespace) -> int:
    """Add a user (password from stdin when asked)."""
    from crmdesk.ops import users

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else getpass.getpass("Password: ")
    user_id = users.add_user(args.actor, name=args.name, role=args.role, password=password, initials=args.initials)
    print(f"user {user_id}: {args.name} ({args.role})")
    return EXIT_OK


def run_users_list(args: argparse.Namespace) -> int:
    """List users: id, name, initials, role, active, password set."""
    from crmdesk.queries.users import list_users

    for user in list_users(include_inactive=True):
        flags = ("active" if user.active else "inactive") + (", password" if user.has_password else "")
        print(f"{user.id}\t{user.name}\t{user.initials}\t{user.role}\t{flags}")
    return EXIT_OK


if os.name == "nt":  # pragma: no cover - console code page for umlauts in output
    sys.stdout.reconfigure(encoding="utf-8")
