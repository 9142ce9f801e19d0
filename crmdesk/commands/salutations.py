"""`python main.py salutations [FILE]`: address-block recipient lines and salutations for a JSON list of recipients."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from crmdesk.domain.titles import Recipient, TitleSettings, compose

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

ITEM_KEYS = {"country", "language", "recipient", "co_recipient", "style", "salutation_override", "settings"}
RECIPIENT_KEYS = {"gender", "first_name", "last_name", "name_particle", "titles_pre", "titles_post",
                  "function_title", "honorary_title", "company", "salutation_override", "formality"}
_GENDERS = {"m", "f", "d", "unknown"}
_STYLES = {"formal", "informal", "neutral"}
_SETTING_KEYS = set(TitleSettings.__dataclass_fields__)


class ItemError(ValueError):
    """A malformed item; the message names the problem (the caller adds "item N: ")."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the "salutations" subcommand."""
    parser = subparsers.add_parser(
        "salutations", help="address-block recipient lines and salutations for a JSON list (titles-rules.md)",
        description="Reads a JSON list of {country, language, recipient, co_recipient?, style?, "
                    "salutation_override?, settings?} and writes a JSON list of {address_lines, salutation, "
                    "punctuation, warnings} in the same order. Exit code 1 if any item failed.")
    parser.add_argument("file", nargs="?", default="-", metavar="FILE",
                        help="JSON file (default or '-': standard input)")
    parser.set_defaults(func=run, needs_db=False)


def run(args: argparse.Namespace) -> int:
    """Answer every item; failed items become {"error": "item N: …"} and a line on stderr."""
    try:
        items = _read(getattr(args, "file", "-") or "-")
    except (OSError, ValueError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    results: list[dict[str, Any]] = []
    failed = False
    for number, item in enumerate(items, start=1):
        try:
            results.append(answer(item))
        except ItemError as exc:
            failed = True
            message = f"item {number}: {exc}"
            _error(message)
            results.append({"error": message})
    _write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    return EXIT_PROBLEMS if failed else EXIT_OK


def _read(name: str) -> list[Any]:
    """The JSON list from FILE or standard input (UTF-8, a BOM is allowed)."""
    if name == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
    else:
        with open(name, "rb") as fh:
            data = fh.read()
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"input is not valid UTF-8 JSON: {exc}") from None
    if not isinstance(items, list):
        raise ValueError("input must be a JSON list of items")
    return items


def _error(message: str) -> None:
    """One "error: …" line on stderr, UTF-8 whatever the console encoding."""
    line = f"error: {message}\n"
    if hasattr(sys.stderr, "buffer"):
        sys.stderr.flush()
        sys.stderr.buffer.write(line.encode("utf-8"))
        sys.stderr.buffer.flush()
    else:
        sys.stderr.write(line)


def _write(text: str) -> None:
    """Write UTF-8 to standard output whatever the console encoding."""
    if hasattr(sys.stdout, "buffer"):
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(text)


def answer(item: Any) -> dict[str, Any]:
    """The result object for one item; ItemError if it is malformed."""
    if not isinstance(item, dict):
        raise ItemError(f"must be an object, not {type(item).__name__}")
    _no_unknown(item, ITEM_KEYS, "")
    if "recipient" not in item:
        raise ItemError("missing key 'recipient'")
    country = _text(item, "country", "")
    language = _text(item, "language", "de") or "de"
    if not language.lower().startswith(("de", "en")):
        raise ItemError(f"language must be 'de' or 'en', not {language!r}")
    style = _text(item, "style", "formal") or "formal"
    if style not in _STYLES:
        raise ItemError(f"style must be one of formal, informal, neutral, not {style!r}")
    recipient = _recipient(item["recipient"], "recipient")
    override = _text(item, "salutation_override", "").strip().rstrip(",:;!.").strip()
    co = item.get("co_recipient")
    result = compose(recipient, country=country, language=language, style=style,
                     co_recipient=_recipient(co, "co_recipient") if co is not None else None,
                     settings=_settings(item.get("settings")))
    return {"address_lines": list(result.address_lines), "salutation": override or result.salutation,
            "punctuation": result.punctuation, "warnings": list(result.warnings)}


def _no_unknown(data: dict, allowed: set[str], where: str) -> None:
    """Reject unknown keys, naming the first one."""
    for key in data:
        if key not in allowed:
            raise ItemError(f"unknown key {key!r}" + (f" in {where}" if where else ""))


def _text(data: dict, key: str, default: str) -> str:
    """A string value (null -> default)."""
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ItemError(f"{key!r} must be a string, not {type(value).__name__}")
    return value


def _titles(data: dict, key: str, where: str) -> tuple[str, ...]:
    """A list of title strings (a single string or null accepted)."""
    value = data.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ItemError(f"{where}.{key} must be a list of strings")
    return tuple(value)


def _recipient(data: Any, where: str) -> Recipient:
    """A Recipient from its JSON object, strictly checked."""
    if not isinstance(data, dict):
        raise ItemError(f"{where!r} must be an object")
    _no_unknown(data, RECIPIENT_KEYS, where)
    gender = data.get("gender") or "unknown"
    if gender not in _GENDERS:
        raise ItemError(f"{where}.gender must be one of m, f, d, unknown, not {gender!r}")
    formality = data.get("formality") or "Sie"
    if formality not in ("Sie", "Du"):
        raise ItemError(f"{where}.formality must be 'Sie' or 'Du', not {formality!r}")
    texts = {key: _text(data, key, "") for key in RECIPIENT_KEYS - {"gender", "formality", "titles_pre", "titles_post"}}
    return Recipient(gender=gender, formality=formality, titles_pre=_titles(data, "titles_pre", where),
                     titles_post=_titles(data, "titles_post", where), **texts)


def _settings(data: Any) -> TitleSettings | None:
    """Per-item settings overrides (unknown keys and bad values are errors here)."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ItemError("'settings' must be an object")
    _no_unknown(data, _SETTING_KEYS, "settings")
    try:
        return TitleSettings.from_mapping(data)
    except ValueError as exc:
        raise ItemError(str(exc)) from None
