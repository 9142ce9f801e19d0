"""Letter commands: `letter` (one letter to one person) and `serial-letter` (a selection, with a pre-flight report).

    python main.py --db DB letter --person 17 --template Hausmesse --form A --out brief.pdf
    python main.py --db DB serial-letter --template Hausmesse --tag Kunde --country AT --out hausmesse.pdf

Both go through the same services as the app (crmdesk.services.single_letter / serial_letters), so every
printed letter is recorded and, unless --no-log, logged as an outbound "letter" interaction.
Exit codes: 0 every selected letter was printed; 1 something was skipped or could not be printed;
4 the user may not do this (apprentices cannot print serial letters).
"""

from __future__ import annotations

import argparse
import sys

from crmdesk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE

SHOWN_NAMES = 3


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `letter` and `serial-letter` subcommands."""
    one = sub.add_parser("letter", help="print one letter to a person as PDF (DIN 5008)")
    one.add_argument("--person", type=int, required=True, metavar="ID", help="the person's id")
    one.add_argument("--template", metavar="NAME", help="template name (default: the built-in standard letter)")
    one.add_argument("--form", choices=("A", "B"), type=str.upper, help="DIN 5008 form (default: the setting, B)")
    one.add_argument("--subject", metavar="TEXT", help="use this subject instead of the template's")
    one.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    one.add_argument("--replace-unprintable", action="store_true",
                     help="print characters the font lacks as a visible '\ufffd' instead of refusing")
    one.add_argument("--no-log", action="store_true", help="do not log the letter as an interaction")
    one.set_defaults(func=run_letter, needs_db=True)

    serial = sub.add_parser("serial-letter", help="print a serial letter for a selection, after a pre-flight report")
    serial.add_argument("--template", metavar="NAME", help="template name (default: the built-in standard letter)")
    serial.add_argument("--person", type=int, action="append", metavar="ID", help="an explicit recipient (repeatable)")
    serial.add_argument("--tag", metavar="T", help="persons with this tag (or whose company has it)")
    serial.add_argument("--category", metavar="C", help="company category A, B or C")
    serial.add_argument("--country", metavar="CC", help="country code of the address, e.g. AT")
    serial.add_argument("--owner", metavar="USER", help="persons this user owns")
    serial.add_argument("--overdue", action="store_true", help="only persons whose next contact is due")
    serial.add_argument("--limit", type=int, metavar="N", help="at most N recipients (by name)")
    serial.add_argument("--form", choices=("A", "B"), type=str.upper, help="DIN 5008 form (default: the setting, B)")
    serial.add_argument("--out", required=True, metavar="FILE.pdf", help="the combined PDF")
    serial.add_argument("--per-recipient", metavar="DIR", help="also write one PDF per recipient into DIR")
    serial.add_argument("--include-objections", action="store_true",
                        help="also write to persons who objected to advertising (advertising templates)")
    serial.add_argument("--include-unprintable", action="store_true",
                        help="print letters with characters the font lacks, marked '\ufffd'")
    serial.add_argument("--no-log", action="store_true", help="do not log the letters as interactions")
    serial.add_argument("--dry-run", action="store_true", help="only print the pre-flight report")
    serial.set_defaults(func=run_serial, needs_db=True)


def _say(text: str, *, error: bool = False) -> None:
    """One line on stdout/stderr, UTF-8 whatever the console encoding."""
    stream = sys.stderr if error else sys.stdout
    data = (text + "\n").encode("utf-8", "replace")
    if hasattr(stream, "buffer"):
        stream.flush()
        stream.buffer.write(data)
        stream.buffer.flush()
    else:  # pragma: no cover - captured streams
        stream.write(text + "\n")


def run_letter(args: argparse.Namespace) -> int:
    """Print and record one letter."""
    from crmdesk.ops.base import ValidationError
    from crmdesk.services.single_letter import make_letter

    try:
        result = make_letter(args.person, args.template, actor=args.actor, out_path=args.out, form=args.form,
                             subject=args.subject, log_interaction=False if args.no_log else None,
                             unprintable="replace" if args.replace_unprintable else "raise")
    except ValidationError as exc:
        for field, message in exc.problems.items():
            _say(f"error: {field}: {message}", error=True)
        return EXIT_PROBLEMS
    for line in (*result.warnings, *result.notes):
        _say(f"note: {line}")
    _say(f"wrote 1 letter ({result.pages} page{'s' if result.pages != 1 else ''}) to {result.path}")
    return EXIT_OK


def _owner_id(name: str | None) -> int | None:
    """The id of the user called *name* (ValueError if there is none)."""
    if not name:
        return None
    from crmdesk.queries.users import list_users

    for user in list_users(include_inactive=True):
        if user.name.casefold() == name.casefold():
            return user.id
    raise ValueError(f"no user called {name!r}")


def run_serial(args: argparse.Namespace) -> int:
    """Pre-flight report, then print and record the serial letter."""
    from crmdesk.services.serial_letters import Selection, SerialChoices, preflight, run_serial_letter

    try:
        owner = _owner_id(args.owner)
    except ValueError as exc:
        _say(f"error: {exc}", error=True)
        return EXIT_USAGE
    selection = Selection(tuple(args.person) if args.person else None, tag=args.tag, category=args.category,
                          country=args.country, owner=owner, overdue=args.overdue, limit=args.limit)
    report = preflight(selection, args.template, actor=args.actor, form=args.form)
    choices = SerialChoices(include_objections=args.include_objections, include_unprintable=args.include_unprintable)
    _print_report(report, choices)
    if report.errors:
        for error in report.errors:
            _say(f"error: {error}", error=True)
        return EXIT_PROBLEMS
    if args.dry_run:
        return EXIT_PROBLEMS if report.skip_reasons(choices) else EXIT_OK
    result = run_serial_letter(report, choices, out_path=args.out, per_recipient_dir=args.per_recipient,
                               actor=args.actor, log_interactions=False if args.no_log else None)
    _say(_written_line(result, args.out))
    return EXIT_PROBLEMS if result.skipped else EXIT_OK


def _print_report(report, choices) -> None:
    """The pre-flight summary: template, recipients, one line per group, letterhead warnings."""
    _say(f"template: {report.template.name} ({report.template.language}"
         f"{', advertising' if report.template.advertising else ''}); {len(report.recipients)} recipients selected")
    for line in report.summary(choices, names=SHOWN_NAMES):
        _say(f"  {line}")
    for warning in report.warnings:
        _say(f"warning: letterhead: {warning}")


def _written_line(result, out: str) -> str:
    """"wrote 412 letters (431 pages) to FILE.pdf; skipped 12: …"."""
    where = str(result.pdf_path or out)
    text = f"wrote {result.written} letter{'s' if result.written != 1 else ''} ({result.pages} pages) to {where}"
    if result.written == 0:
        text = "wrote no letters (nothing to print)"
    if result.recipient_paths:
        text += f" and {len(result.recipient_paths)} single PDFs"
    if result.skipped:
        shown = ", ".join(f"{s.name} ({s.reason})" for s in result.skipped[:SHOWN_NAMES])
        more = f" and {len(result.skipped) - SHOWN_NAMES} more" if len(result.skipped) > SHOWN_NAMES else ""
        text += f"; skipped {len(result.skipped)}: {shown}{more}"
    return text
