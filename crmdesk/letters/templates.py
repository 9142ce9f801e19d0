"""Letter templates: a named subject and body with placeholders, filled per recipient (pure Python).

The body uses the safe markup of markup.py (``**bold**``, ``*italic*``, blank line = paragraph);
the subject is plain text. Filling checks every placeholder first and raises
UnknownPlaceholderError naming the missing ones, so a batch fails before anything is printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from crmdesk.letters.markup import (
    STANDARD_PLACEHOLDERS, UnknownPlaceholderError, find_placeholders, render_plain, render_text,
)


@dataclass(frozen=True)
class LetterTemplate:
    """A reusable letter text in one language."""

    name: str
    language: str  # "de" or "en"
    subject: str  # plain text with placeholders
    body: str  # safe markup with placeholders

    def placeholders(self) -> tuple[str, ...]:
        """Every placeholder of subject and body, in order of first use."""
        names = dict.fromkeys(find_placeholders(self.subject))
        names.update(dict.fromkeys(find_placeholders(self.body)))
        return tuple(names)

    def check(self, available: Iterable[str] = STANDARD_PLACEHOLDERS) -> None:
        """Raise UnknownPlaceholderError if the template uses a name outside *available*."""
        known = set(available)
        unknown = tuple(name for name in self.placeholders() if name not in known)
        if unknown:
            raise UnknownPlaceholderError(unknown)

    def fill(self, values: Mapping[str, object]) -> FilledTemplate:
        """Subject and body for one recipient; user values are escaped in the body."""
        self.check(values.keys())
        return FilledTemplate(render_plain(self.subject, values), render_text(self.body, values))


@dataclass(frozen=True)
class FilledTemplate:
    """A template filled for one recipient: plain subject, safe-markup body (ready for LetterSpec)."""

    subject: str
    body: str
