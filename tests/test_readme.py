"""The README's two set-up commands exist, and CI runs exactly the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    """The shell commands in the first code block of README.md."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash)?\n(.*?)```", text, re.S).group(1)
    return [line for line in block.splitlines() if line and not line.startswith("#")]


def test_readme_has_the_two_setup_commands():
    """One command starts the app, one runs the tests."""
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("main.py") and "pip install" in commands[0]
    assert "pytest" in commands[1] and ".[test]" in commands[1]


def test_ci_runs_the_readme_test_command():
    """.ci/run contains the README's test command character for character."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"TEST_COMMAND='{readme_commands()[1]}'" in ci
