"""Every message template marked in the code has a finished German translation in crmdesk_de.ts.

Templates are the literal arguments of QT_TRANSLATE_NOOP("Context", "…") calls (crmdesk.domain.messages
for the layers below the UI, PySide6's in the UI). A new message without a German translation, a
translation that drops into a {field} the template does not have, a template lupdate cannot read
(not a literal), or a .qm file older than its .ts fails here.
"""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "crmdesk"
TRANSLATIONS = ROOT / "resources" / "translations"


def marked_templates() -> dict[tuple[str, str], str]:
    """(context, template) → 'file:line' of every QT_TRANSLATE_NOOP call; non-literal calls are reported as errors."""
    found, bad = {}, []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name == "QT_TRANSLATE_NOOP":
                args = node.args
                if (not isinstance(node.func, ast.Name) or len(args) != 2 or node.keywords
                        or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args)):
                    bad.append(f"{where}: call QT_TRANSLATE_NOOP by its name with two string literals (lupdate reads no more)")
                    continue
                found.setdefault((args[0].value, args[1].value), where)
            elif name == "msg" and node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr, ast.BinOp)):
                bad.append(f"{where}: msg() needs a template from QT_TRANSLATE_NOOP, not a bare string")
    assert not bad, "\n".join(bad)
    return found


def ts_messages(language: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <translation> element of one .ts file."""
    root = ET.parse(TRANSLATIONS / f"crmdesk_{language}.ts").getroot()
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in root.iter("context") for message in context.iter("message")}


def fields(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name is not None}


def test_every_marked_template_has_a_german_translation():
    """Finished, not empty, and using only the {fields} of its English template."""
    templates = marked_templates()
    assert ("ImportMessages", "country '{value}' is not known (use a name like Österreich or a code like AT).") in templates
    assert ("QualityReport", "No gender: the salutation cannot say Herr or Frau.") in templates
    german, english = ts_messages("de"), ts_messages("en")
    problems = []
    for (context, source), where in sorted(templates.items()):
        translation = german.get((context, source))
        if (context, source) not in english:
            problems.append(f"{where}: {context} / {source!r} is not in crmdesk_en.ts (run pyside6-lupdate)")
        if translation is None:
            problems.append(f"{where}: {context} / {source!r} has no German translation")
        elif translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            problems.append(f"{where}: {context} / {source!r}: German translation empty or unfinished")
        elif not fields(translation.text) <= fields(source):
            problems.append(f"{where}: {context} / {source!r}: German uses {sorted(fields(translation.text) - fields(source))}")
    assert not problems, "\n".join(problems)


def test_german_translations_format_with_the_template_parameters():
    """Filling a German translation with its template's parameters works (what tr_message does)."""
    german = ts_messages("de")
    for context, source in marked_templates():
        if context in ("ImportMessages", "QualityReport", "Validation") and fields(source):
            text = german[context, source].text
            assert text.format(**{name: "X" for name in fields(source)}), (context, source)


@pytest.mark.parametrize("language", ["de", "en"])
def test_qm_files_are_built_from_the_ts_files(language, tmp_path):
    """The shipped .qm is what pyside6-lrelease makes of the .ts (rebuild it after editing translations)."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / f"crmdesk_{language}.qm"
    subprocess.run([lrelease, str(TRANSLATIONS / f"crmdesk_{language}.ts"), "-qm", str(built)], check=True,
                   capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / f"crmdesk_{language}.qm").read_bytes()
