"""`python main.py salutations [FILE]`: JSON in, JSON out, per-item errors, exit codes."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk.commands import salutations

ROOT = Path(__file__).resolve().parent.parent

HUBER = {"country": "AT", "language": "de",
         "recipient": {"gender": "m", "first_name": "Franz", "last_name": "Huber", "titles_pre": ["Mag."],
                       "titles_post": ["MSc"], "function_title": None, "honorary_title": "Kommerzialrat",
                       "company": None}}
HUBER_OUT = {"address_lines": ["Herrn Kommerzialrat", "Mag. Franz Huber, MSc"],
             "salutation": "Sehr geehrter Herr Kommerzialrat", "punctuation": ",", "warnings": []}
COUPLE = {"country": "DE", "recipient": {"gender": "m", "first_name": "Manfred", "last_name": "Maier"},
          "co_recipient": {"gender": "f", "first_name": "Maria", "last_name": "Maier"}}
COUPLE_OUT = {"address_lines": ["Frau Maria Maier", "Herrn Manfred Maier"],
              "salutation": "Sehr geehrte Frau Maier, sehr geehrter Herr Maier", "punctuation": ",", "warnings": []}
GROSS_CH = {"country": "CH", "language": "de", "recipient": {"gender": "f", "first_name": "Sabine", "last_name": "Groß"}}
GROSS_OUT = {"address_lines": ["Frau", "Sabine Gross"], "salutation": "Sehr geehrte Frau Gross",
             "punctuation": "", "warnings": []}


def _run_args(argv: list[str], stdin: str = "") -> subprocess.CompletedProcess:
    """Run the subcommand in a fresh interpreter through a tiny argparse that calls register()."""
    code = ("import argparse, sys; from crmdesk.commands import salutations; "
            "p = argparse.ArgumentParser(); salutations.register(p.add_subparsers(dest='command')); "
            "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))")
    return subprocess.run([sys.executable, "-c", code, *argv], input=stdin.encode("utf-8"), capture_output=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "ascii"})


def _out(proc: subprocess.CompletedProcess) -> list:
    return json.loads(proc.stdout.decode("utf-8"))


def test_file_example_from_issue(tmp_path: Path) -> None:
    """The issue's example item (R-AT-7, R-AT-8) gives the documented result object."""
    path = tmp_path / "in.json"
    path.write_text(json.dumps([HUBER]), encoding="utf-8")
    proc = _run_args(["salutations", str(path)])
    assert proc.returncode == 0, proc.stderr
    assert _out(proc) == [HUBER_OUT]


def test_stdin_dash_and_missing_file_argument() -> None:
    """FILE '-' and no FILE both read standard input; the order of items is kept (R-ALL-4, R-CH-3)."""
    data = json.dumps([HUBER, COUPLE, GROSS_CH])
    for argv in (["salutations", "-"], ["salutations"]):
        proc = _run_args(argv, data)
        assert proc.returncode == 0, proc.stderr
        assert _out(proc) == [HUBER_OUT, COUPLE_OUT, GROSS_OUT]


def test_utf8_not_escaped_even_on_ascii_console() -> None:
    """Output is UTF-8 with ensure_ascii=False ("Grüße"-style letters survive an ASCII console)."""
    proc = _run_args(["salutations"], json.dumps([{"country": "DE", "recipient": {"gender": "f", "last_name": "Müller", "first_name": "Jö"}}]))
    assert "Müller".encode("utf-8") in proc.stdout and b"\\u00fc" not in proc.stdout


def test_unknown_key_is_reported_in_place() -> None:
    """A malformed item becomes {"error": "item N: …"} at its position, stderr names it, exit 1, rest answered."""
    bad = {"country": "AT", "recipient": {"gendr": "m", "last_name": "Huber"}}
    proc = _run_args(["salutations"], json.dumps([HUBER, COUPLE, bad, GROSS_CH]))
    assert proc.returncode == 1
    out = _out(proc)
    assert out[0] == HUBER_OUT and out[1] == COUPLE_OUT and out[3] == GROSS_OUT
    assert out[2] == {"error": "item 3: unknown key 'gendr' in recipient"}
    assert "item 3" in proc.stderr.decode() and "gendr" in proc.stderr.decode()


def test_non_ascii_error_on_ascii_console() -> None:
    """Error messages with umlauts reach stderr as UTF-8 instead of crashing on an ASCII console."""
    proc = _run_args(["salutations"], json.dumps([{"country": "DE", "recipient": {"gänder": "m"}}]))
    assert proc.returncode == 1 and "gänder".encode("utf-8") in proc.stderr


@pytest.mark.parametrize("item, fragment", [
    ({"country": "DE", "recipient": {}, "gendr": 1}, "unknown key 'gendr'"),
    (5, "must be an object"),
    ({"country": "DE"}, "missing key 'recipient'"),
    ({"country": "DE", "recipient": {"gender": "x"}}, "gender"),
    ({"country": "DE", "recipient": {"titles_pre": "Dr.", "titles_post": [1]}}, "titles_post"),
    ({"country": "DE", "recipient": {"last_name": 7}}, "last_name"),
    ({"country": "DE", "language": "fr", "recipient": {}}, "language"),
    ({"country": "DE", "style": "casual", "recipient": {}}, "style"),
    ({"country": "DE", "recipient": {}, "settings": {"swiss_eszett": "sometimes"}}, "swiss_eszett"),
    ({"country": "DE", "recipient": {}, "settings": {"no_such": True}}, "unknown key 'no_such'"),
    ({"country": "DE", "recipient": {}, "co_recipient": "Maria"}, "co_recipient"),
])
def test_malformed_items(item, fragment: str) -> None:
    """Each kind of malformed item gets a clear message naming the item and the problem."""
    with pytest.raises(salutations.ItemError, match=fragment):
        salutations.answer(item)


@pytest.mark.parametrize("item, key, expected", [
    ({**COUPLE, "style": "neutral"}, "salutation", "Sehr geehrte Damen und Herren"),
    ({**HUBER, "salutation_override": "Lieber Franz,"}, "salutation", "Lieber Franz"),
    ({**HUBER, "settings": {"office_title_with_surname": True}}, "salutation", "Sehr geehrter Herr Kommerzialrat Huber"),
    ({**HUBER, "settings": {"anrede_own_line": False}}, "address_lines", ["Herrn Kommerzialrat Mag. Franz Huber, MSc"]),
    ({"country": "DE", "language": "en", "recipient": {"gender": "unknown", "first_name": "Chris", "last_name": "Miller"}},
     "salutation", "Dear Chris Miller"),
    ({"country": "XX", "recipient": {"company": "ACME SA"}}, "salutation", "Sehr geehrte Damen und Herren"),
])
def test_optional_item_keys(item: dict, key: str, expected) -> None:
    """Optional per-item style, salutation_override and settings (R-ALL-1, R-AT-8, R-DE-1, R-EN-4)."""
    assert salutations.answer(item)[key] == expected


def test_missing_gender_warning_in_output() -> None:
    """R-ALL-2: the warning list tells the user the neutral greeting was used."""
    out = salutations.answer({"country": "DE", "recipient": {"first_name": "Kim", "last_name": "Brenner"}})
    assert out["salutation"] == "Guten Tag, Kim Brenner" and len(out["warnings"]) == 1


@pytest.mark.parametrize("data", ["not json", '{"country": "DE"}', "\xff"])
def test_unreadable_input_is_usage_error(data: str) -> None:
    """Input that is not a JSON list is a usage error (exit 2) with a message on stderr."""
    proc = _run_args(["salutations"], data)
    assert proc.returncode == 2 and proc.stderr.startswith(b"error:")


def test_missing_file_is_usage_error(tmp_path: Path) -> None:
    """A FILE that does not exist: exit 2 and a message."""
    proc = _run_args(["salutations", str(tmp_path / "nope.json")])
    assert proc.returncode == 2 and b"nope.json" in proc.stderr


def test_register_sets_defaults() -> None:
    """register() adds "salutations" with an optional FILE and needs_db=False."""
    parser = argparse.ArgumentParser()
    salutations.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["salutations"])
    assert (args.file, args.needs_db, args.func) == ("-", False, salutations.run)


def test_through_crmdesk_cli(tmp_path: Path, monkeypatch, capsys) -> None:
    """End to end through crmdesk.cli.main (the dispatcher main.py uses), with the module registered."""
    from crmdesk import cli, commands

    if "crmdesk.commands.salutations" not in commands.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", [*commands.COMMAND_MODULES, "crmdesk.commands.salutations"])
    path = tmp_path / "in.json"
    path.write_text(json.dumps([HUBER]), encoding="utf-8")
    assert cli.main(["salutations", str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == [HUBER_OUT]


def test_main_py_subprocess(tmp_path: Path) -> None:
    """`python main.py salutations FILE` once the lead lists the module in crmdesk.commands.COMMAND_MODULES."""
    from crmdesk import commands

    if "crmdesk.commands.salutations" not in commands.COMMAND_MODULES:
        pytest.skip("crmdesk.commands.salutations not yet in COMMAND_MODULES (the lead registers it)")
    path = tmp_path / "in.json"
    path.write_text(json.dumps([HUBER, COUPLE]), encoding="utf-8")
    proc = subprocess.run([sys.executable, "main.py", "salutations", str(path)], capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8")) == [HUBER_OUT, COUPLE_OUT]
