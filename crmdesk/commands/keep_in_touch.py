"""Keep-in-touch commands: `log` (record a contact, e.g. from a phone system) and `overdue` (the ranked list).

    python main.py --db DB log --person 17 --channel phone --outcome reached --note "Rückruf" --at 2026-03-01T09:30+01:00
    python main.py --db DB overdue --user Anna --limit 20 --json

`log` goes through the same operation as the app (crmdesk.ops.interactions.log_interaction), so
the person's last contact and next due date are updated in the same transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from crmdesk.cli import EXIT_DENIED, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE

DEFAULT_OVERDUE_LIMIT = 50


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `log` and `overdue` subcommands."""
    log = sub.add_parser("log", help="log an interaction (a call, visit, e-mail, ...) with a person")
    log.add_argument("--person", type=int, required=True, metavar="ID", help="the person's id")
    log.add_argument("--channel", required=True, metavar="CODE", help="phone, email, letter, visit, video, ...")
    log.add_argument("--direction", choices=("in", "out"), default="out", help="in = they contacted us (default: out)")
    log.add_argument("--outcome", metavar="CODE", help="reached, not_reached, appointment, order, complaint, ...")
    log.add_argument("--subject", default="", metavar="TEXT")
    log.add_argument("--note", default="", metavar="TEXT")
    log.add_argument("--at", metavar="ISO-TIME",
                     help="when it happened, e.g. 2026-03-01T09:30+01:00; without offset: local time "
                          "of the cadence time zone (default: now)")
    log.add_argument("--as", dest="sub_as_user", metavar="USER", help="act as this user (same as the global --as)")
    log.set_defaults(func=run_log, needs_db=True)

    overdue = sub.add_parser("overdue", help="who needs contact: the ranked keep-in-touch list")
    overdue.add_argument("--user", metavar="NAME", help="only persons this user owns (default: everyone)")
    overdue.add_argument("--limit", type=int, default=DEFAULT_OVERDUE_LIMIT, metavar="N",
                         help=f"at most N persons (default {DEFAULT_OVERDUE_LIMIT})")
    overdue.add_argument("--json", action="store_true", help="print a JSON list, highest score first")
    overdue.add_argument("--as", dest="sub_as_user", metavar="USER", help="act as this user (same as the global --as)")
    overdue.set_defaults(func=run_overdue, needs_db=True)


def parse_time(text: str, tz_name: str) -> dt.datetime:
    """ISO 8601 text as naive UTC: with an offset it is exact, without one it is local time in *tz_name*."""
    from crmdesk.domain import cadence

    value = dt.datetime.fromisoformat(text.strip())
    return cadence.utc_naive(value) if value.tzinfo else cadence.from_local(value, tz_name)


def _switch_actor(args: argparse.Namespace) -> int | None:
    """Apply `COMMAND --as USER` (it overrides the global --as); an exit code if that user is unknown."""
    if not getattr(args, "sub_as_user", None):
        return None
    from crmdesk.cli import resolve_actor
    from crmdesk.ops.base import NotFound

    try:
        args.actor = resolve_actor(args.sub_as_user)
    except NotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DENIED
    return None


def run_log(args: argparse.Namespace) -> int:
    """Log one interaction and print its id."""
    from crmdesk.ops.interactions import log_interaction
    from crmdesk.queries.keep_in_touch import cadence_settings

    failed = _switch_actor(args)
    if failed is not None:
        return failed
    occurred_at = None
    if args.at:
        try:
            occurred_at = parse_time(args.at, cadence_settings().time_zone)
        except ValueError:
            print(f"error: --at {args.at!r} is not an ISO 8601 time such as 2026-03-01T09:30+01:00", file=sys.stderr)
            return EXIT_USAGE
        if occurred_at > dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=5):
            print("warning: --at lies in the future", file=sys.stderr)
    new_id = log_interaction(args.actor, channel=args.channel, person_id=args.person, direction=args.direction,
                             occurred_at=occurred_at, outcome=args.outcome or None, subject=args.subject,
                             note=args.note)
    print(new_id)
    return EXIT_OK


def _owner_id(name: str) -> int | None:
    from crmdesk.queries.users import list_users

    for user in list_users(include_inactive=True):
        if user.name == name:
            return user.id
    return None


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.replace(tzinfo=dt.UTC).isoformat()


def due_json(rows) -> list[dict]:
    """The documented JSON shape of the ranked list."""
    return [{"person_id": r.person_id, "name": r.name, "company": r.company, "last_contact": _iso(r.last_contact_at),
             "interval_days": r.interval_days, "days_overdue": r.days_overdue, "score": round(r.score, 4)}
            for r in rows]


def run_overdue(args: argparse.Namespace) -> int:
    """Print the keep-in-touch list (text table or JSON)."""
    from crmdesk.queries.keep_in_touch import ranked_due

    failed = _switch_actor(args)
    if failed is not None:
        return failed
    if args.limit < 1:
        print("error: --limit must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    owner_id = None
    if args.user:
        owner_id = _owner_id(args.user)
        if owner_id is None:
            print(f"error: no user named {args.user!r}", file=sys.stderr)
            return EXIT_PROBLEMS
    rows = ranked_due(limit=args.limit, owner_id=owner_id)
    if args.json:
        print(json.dumps(due_json(rows), ensure_ascii=False, indent=1))
    else:
        from crmdesk.queries.keep_in_touch import cadence_settings

        _print_table(rows, cadence_settings().time_zone)
    return EXIT_OK


def _print_table(rows, tz: str) -> None:
    from crmdesk.domain.cadence import local_date

    if not rows:
        print("Nobody is due for contact.")
        return
    print(f"{'score':>7}  {'late':>5}  {'every':>5}  {'last contact':<12}  {'state':<8}  name (company)  [id]")
    for r in rows:
        last = local_date(r.last_contact_at, tz).isoformat() if r.last_contact_at else "never"
        company = f" ({r.company})" if r.company else ""
        print(f"{r.score:7.2f}  {r.days_overdue:>4}d  {r.interval_days:>4}d  {last:<12}  {r.state:<8}  "
              f"{r.name}{company}  [{r.person_id}]")
