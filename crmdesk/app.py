"""Composition root: parse the command line, then run a command or open the window."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    """Start crmdesk (window or subcommand); returns the process exit code."""
    from crmdesk.cli import main as cli_main

    return cli_main(argv)
