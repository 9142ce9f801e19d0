"""Imports point one way: domain → db → ops/queries → letters → io → ui → app (house style R1)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "crmdesk"
# what each layer may NOT import
FORBIDDEN = {
    "domain": ("crmdesk.db", "crmdesk.ops", "crmdesk.queries", "crmdesk.letters", "crmdesk.io", "crmdesk.ui", "PySide6", "peewee", "reportlab"),
    "db": ("crmdesk.ops", "crmdesk.queries", "crmdesk.letters", "crmdesk.io", "crmdesk.ui", "PySide6"),
    "ops": ("crmdesk.ui", "PySide6"),
    "queries": ("crmdesk.ui", "PySide6"),
    "letters": ("crmdesk.db", "crmdesk.ops", "crmdesk.queries", "crmdesk.ui", "PySide6", "peewee"),
    "io": ("crmdesk.ui", "PySide6"),
    "services": ("crmdesk.ui", "PySide6"),
    "commands": ("PySide6",),
}


def imports_of(path: Path) -> set[str]:
    """Every module name imported by a file."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_downwards(layer):
    """No module of a layer imports from a layer above it (or Qt below the UI)."""
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports_of(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_widgets_use_no_peewee():
    """No SQL or peewee in widgets (house style R2)."""
    # ui/tasks.py is the worker adapter: it opens the worker thread's own connection (R5), no queries
    offenders = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / "ui").rglob("*.py") if p.name != "tasks.py"
                 if any(n == "peewee" or n.startswith(("peewee.", "crmdesk.db.models", "playhouse")) for n in imports_of(p))]
    assert not offenders, offenders
