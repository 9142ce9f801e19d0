"""Command-line subcommands: each module has `register(subparsers)` and sets `func=run(args) -> int`.

A command that needs the database sets `needs_db=True` on its parser defaults; `crmdesk.cli`
then opens the database (from --db or the default) and passes it as `args.database`, and the
acting user (from --as, or the only/first owner) as `args.actor`.
"""

# Modules listed here are registered, in this order, by crmdesk.cli.
COMMAND_MODULES = [
    "crmdesk.commands.admin",        # demo, check, backup, restore, users (foundation)
    "crmdesk.commands.keep_in_touch",  # log, overdue (issue #6)
    "crmdesk.commands.io",           # import, export, undo-import (issue #7)
    "crmdesk.commands.salutations",  # salutations (issue #3)
    "crmdesk.commands.letters",      # letter, serial-letter (issue #4)
]
