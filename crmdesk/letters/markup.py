"""Template text: placeholders, the "safe" bold/italic markup, and escaping of user data.

**Placeholders.** ``{name}`` where name is a Python identifier (``{salutation}``, ``{first_name}``,
``{last_name}``, ``{company}``, ``{our_name}``, ``{date}`` or any key of the values dict).
``{{`` and ``}}`` print literal braces; any other brace is a TemplateSyntaxError. A placeholder with
no value raises UnknownPlaceholderError naming every such placeholder, before anything is printed.

**Safe markup (template text only).** ``**bold**``, ``*italic*``, ``***bold italic***``; a backslash
makes the next character literal (``\\*`` prints ``*``, ``\\\\`` prints ``\\``). A marker only opens
before a non-space character and only closes after one, and a marker left unclosed at the end of a
paragraph prints literally, so "5 * 3" needs no escaping. A blank line starts a new paragraph;
a single line break is kept as a line break. There is no other markup: ``<``, ``>`` and ``&`` are
ordinary characters everywhere, so nothing a user types can switch fonts or break the PDF.

**User data.** Values are escaped for the safe markup when they are filled in (``*`` → ``\\*``;
line breaks in a value are kept), so a name like ``**Müller** & <b>Söhne</b>`` prints exactly as
typed. The renderer never parses reportlab's Paragraph XML; for code that does use Paragraph,
to_paragraph_xml() emits escaped XML.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from xml.sax.saxutils import escape as _xml_escape

STANDARD_PLACEHOLDERS: tuple[str, ...] = (
    "salutation", "first_name", "last_name", "company", "our_name", "date",
)

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}|[{}]")
_PARAGRAPH_SPLIT = re.compile(r"\n[ \t]*\n\s*")
_TOKEN = re.compile(r"\\(.)|\\$|(\*\*|\*)|([^\\*]+)", re.DOTALL)


class TemplateSyntaxError(ValueError):
    """A template has a stray brace or a malformed placeholder."""


class UnknownPlaceholderError(KeyError):
    """A template uses placeholders that have no value; ``names`` lists them in order of use."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__(names)
        self.names = names

    def __str__(self) -> str:
        listed = ", ".join("{" + name + "}" for name in self.names)
        return f"unknown placeholder(s): {listed}"


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style."""

    text: str
    bold: bool = False
    italic: bool = False


Line = tuple[Run, ...]
Paragraph = tuple[Line, ...]


# --- placeholders -------------------------------------------------------------------------------


def find_placeholders(template_text: str) -> tuple[str, ...]:
    """Placeholder names in order of first use; raises TemplateSyntaxError on stray braces."""
    names: dict[str, None] = {}
    for match in _PLACEHOLDER.finditer(template_text):
        token = match.group(0)
        if match.group(1):
            names.setdefault(match.group(1), None)
        elif token not in ("{{", "}}"):
            raise TemplateSyntaxError(
                f"stray {token!r} at position {match.start()}: write {token * 2!r} for a literal brace"
            )
    return tuple(names)


def render_text(template_text: str, values: Mapping[str, object]) -> str:
    """Fill placeholders with *values* escaped for the safe markup; the result is safe-markup text."""
    return _fill(template_text, values, escape_markup)


def render_plain(template_text: str, values: Mapping[str, object]) -> str:
    """Fill placeholders without markup escaping, for plain-text fields such as the subject."""
    return _fill(template_text, values, lambda text: text)


def _fill(template_text: str, values: Mapping[str, object], escape: Callable[[str], str]) -> str:
    """Check that every placeholder has a value, then substitute in one pass."""
    names = find_placeholders(template_text)
    missing = tuple(name for name in names if name not in values)
    if missing:
        raise UnknownPlaceholderError(missing)

    def substitute(match: re.Match[str]) -> str:
        if match.group(1):
            value = values[match.group(1)]
            return escape("" if value is None else str(value))
        return match.group(0)[0]

    return _PLACEHOLDER.sub(substitute, template_text)


# --- escaping -----------------------------------------------------------------------------------


def escape_markup(text: str) -> str:
    """Make user text literal inside safe markup (backslash-escape ``\\`` and ``*``)."""
    if "\\" not in text and "*" not in text:
        return text
    return text.replace("\\", "\\\\").replace("*", "\\*")


def escape_paragraph(text: str) -> str:
    """Escape plain text for reportlab's Paragraph XML (``&``, ``<``, ``>``)."""
    return _xml_escape(text)


# --- safe markup --------------------------------------------------------------------------------


def split_paragraphs(text: str) -> list[str]:
    """Paragraph texts separated by blank lines (CR/LF normalised, outer blank lines dropped)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text.strip():
        return []
    return _PARAGRAPH_SPLIT.split(text)


def parse_markup(text: str) -> tuple[Paragraph, ...]:
    """Parse safe-markup text into paragraphs of lines of styled runs."""
    return tuple(_parse_paragraph(p) for p in split_paragraphs(text))


def strip_markup(text: str) -> str:
    """The plain text of safe-markup text (for previews and searches)."""
    paragraphs = parse_markup(text)
    return "\n\n".join("\n".join("".join(r.text for r in line) for line in p) for p in paragraphs)


def to_paragraph_xml(text: str) -> list[str]:
    """Safe markup → one escaped reportlab Paragraph XML string per paragraph."""
    return [
        "<br/>".join("".join(_run_xml(run) for run in line) for line in paragraph)
        for paragraph in parse_markup(text)
    ]


def _run_xml(run: Run) -> str:
    """One run as escaped Paragraph XML."""
    xml = escape_paragraph(run.text)
    if run.italic:
        xml = f"<i>{xml}</i>"
    if run.bold:
        xml = f"<b>{xml}</b>"
    return xml


def _tokenize(paragraph: str) -> list[tuple[str, str]]:
    """("text", s) and ("mark", "*"|"**") tokens; backslash escapes become text."""
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(paragraph):
        escaped, mark, plain = match.groups()
        if mark:
            tokens.append(("mark", mark))
        elif escaped is not None:
            tokens.append(("text", escaped))
        elif plain is not None:
            tokens.append(("text", plain))
        else:  # a lone trailing backslash
            tokens.append(("text", "\\"))
    return tokens


def _resolve_marks(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Turn markers that cannot open/close (flanking rule) or stay unclosed into literal text."""
    while True:
        open_at: dict[str, int] = {}
        for i, (kind, value) in enumerate(tokens):
            if kind != "mark":
                continue
            before = _neighbour(tokens, i, -1)
            after = _neighbour(tokens, i, +1)
            if value in open_at and before and not before.isspace():
                del open_at[value]
            elif value not in open_at and after and not after.isspace():
                open_at[value] = i
            else:
                tokens[i] = ("text", value)
        if not open_at:
            return tokens
        for index in open_at.values():
            tokens[index] = ("text", tokens[index][1])


def _neighbour(tokens: list[tuple[str, str]], i: int, step: int) -> str:
    """The character next to token *i* (markers count as non-space), "" at the paragraph edge."""
    j = i + step
    if not 0 <= j < len(tokens):
        return ""
    kind, value = tokens[j]
    if kind == "mark":
        return "*"
    return value[-1] if step < 0 else value[0]


def _parse_paragraph(paragraph: str) -> Paragraph:
    """Styled lines of one paragraph."""
    tokens = _resolve_marks(_tokenize(paragraph))
    bold = italic = False
    lines: list[list[Run]] = [[]]
    for kind, value in tokens:
        if kind == "mark":
            bold, italic = (not bold, italic) if value == "**" else (bold, not italic)
            continue
        for k, piece in enumerate(value.split("\n")):
            if k:
                lines.append([])
            if piece:
                _append_run(lines[-1], Run(piece, bold, italic))
    return tuple(tuple(line) for line in lines)


def _append_run(line: list[Run], run: Run) -> None:
    """Append *run*, merging it into the previous run when the style is the same."""
    if line and line[-1].bold == run.bold and line[-1].italic == run.italic:
        line[-1] = Run(line[-1].text + run.text, run.bold, run.italic)
    else:
        line.append(run)
