"""Command-line import and export: `import FILE [...]`, `export FILE.csv|.xlsx|.vcf [--tag T]`, `undo-import KEY`.

import prints the counts and every problem as `line N: reason` (warnings as `line N: warning: …`);
exit 1 when any row was kept out or could not be written (the good rows are imported unless
--dry-run), 0 otherwise. export prints the number of records written.
"""

from __future__ import annotations

import argparse
import sys

from crmdesk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE


def register(sub: argparse._SubParsersAction) -> None:
    """Add the import and export subcommands."""
    imp = sub.add_parser("import", help="import persons and companies from CSV, Excel (.xlsx) or vCard (.vcf)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--mapping", metavar="NAME", help="a saved column mapping (team mapping name or a .json file)")
    imp.add_argument("--mode", choices=("create", "update", "skip"), default="create",
                     help="rows matching an existing person: create anyway, update it, or skip the row (default: create)")
    imp.add_argument("--match", default="email,name_city,name_company", metavar="KEYS",
                     help="keys that make a match, comma-separated: email, phone, name_city, name_company")
    imp.add_argument("--dry-run", action="store_true", help="check and count only; write nothing")
    imp.add_argument("--encoding", metavar="ENC", help="file encoding, e.g. cp1252 or utf-8 (default: detect)")
    imp.add_argument("--delimiter", metavar="D", help="CSV delimiter: ';' ',' or 'tab' (default: detect)")
    imp.add_argument("--country", default="AT", metavar="CC", help="country for phone numbers without one (default AT)")
    imp.set_defaults(func=run_import, needs_db=True)

    exp = sub.add_parser("export", help="export persons (or companies) to .csv, .xlsx or .vcf")
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--tag", metavar="T", help="only persons (companies) with this tag")
    exp.add_argument("--companies", action="store_true", help="export companies instead of persons")
    exp.add_argument("--encoding", default="auto", metavar="ENC",
                     help="CSV encoding: auto (Windows-1252, UTF-8 with BOM when needed), cp1252 or utf-8-sig")
    exp.set_defaults(func=run_export, needs_db=True)

    undo = sub.add_parser("undo-import", help="undo an import batch (the key printed by import)")
    undo.add_argument("key", metavar="BATCH")
    undo.set_defaults(func=run_undo, needs_db=True)


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    return "\t" if text.lower() in ("tab", "\\t") else text


def run_import(args: argparse.Namespace) -> int:
    """Import a file and report counts and problems."""
    from crmdesk.io.convert import ImportOptions
    from crmdesk.io.importer import import_file
    from crmdesk.io.mappings import resolve_mapping
    from crmdesk.queries.quality import MATCH_KEYS

    keys = tuple(k.strip() for k in args.match.split(",") if k.strip())
    if not set(keys) <= set(MATCH_KEYS) or len(_delimiter(args.delimiter) or ";") != 1:
        print(f"error: --match takes {', '.join(MATCH_KEYS)}; --delimiter one character or 'tab'", file=sys.stderr)
        return EXIT_USAGE
    mapping = None
    if args.mapping:
        mapping = resolve_mapping(args.mapping)
        if mapping is None:
            print(f"error: no saved mapping or JSON file named '{args.mapping}'", file=sys.stderr)
            return EXIT_USAGE
    options = ImportOptions(default_country=args.country.upper())
    outcome = import_file(args.actor, args.file, mapping=mapping, mode=args.mode, keys=keys, dry_run=args.dry_run,
                          encoding=args.encoding, delimiter=_delimiter(args.delimiter), options=options)
    _print_outcome(outcome, args.dry_run)
    return EXIT_PROBLEMS if outcome.has_errors else EXIT_OK


def _print_outcome(outcome, dry_run: bool) -> None:
    plan, result = outcome.plan, outcome.result
    if dry_run or result is None:
        print(f"dry run: would create {len(plan.creates)}, update up to {len(plan.updates)}, skip {plan.skipped}, "
              f"reject {plan.rejected}; {len(plan.companies)} new companies")
    else:
        print(f"created {result.created}, updated {result.updated}, unchanged {result.unchanged}, skipped {result.skipped}, "
              f"rejected {result.rejected}; {result.companies_created} new companies")
        print(f"batch: {result.batch_key} (undo in Settings → Data)")
    for problem in outcome.problems:
        print(str(problem))


def run_export(args: argparse.Namespace) -> int:
    """Export and print the count written."""
    from crmdesk.io.export import export_file, format_for

    try:
        format_for(args.file)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = export_file(args.actor, args.file, entity="companies" if args.companies else "persons", tag=args.tag,
                         encoding=args.encoding)
    print(f"exported {result.count} {'companies' if args.companies else 'persons'} to {result.path}"
          + (f" ({result.encoding})" if result.encoding else ""))
    if result.note:
        print(f"note: {result.note}")
    return EXIT_OK


def run_undo(args: argparse.Namespace) -> int:
    """Undo an import batch; exit 1 when rows were kept because they changed since."""
    from crmdesk.ops.imports import undo_import

    result = undo_import(args.actor, args.key)
    print(f"undone {args.key}: {result.deleted_persons} persons and {result.deleted_companies} companies deleted, "
          f"{result.restored} rows restored, {result.removed_links} links removed")
    for conflict in result.conflicts:
        print(f"kept: {conflict.message}")
    return EXIT_PROBLEMS if result.conflicts else EXIT_OK
