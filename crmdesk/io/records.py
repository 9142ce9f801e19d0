"""Plain records the import pipeline passes between its steps (no Qt, no peewee)."""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """Something wrong in the source: line 0 means the whole file; errors keep a row out of the import."""

    line: int
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        prefix = "warning: " if self.severity == WARNING else ""
        return f"{where}: {prefix}{self.message}"


@dataclass
class SourceTable:
    """A file read into a header and rows of text cells, each with the line it starts on."""

    kind: str  # csv / xlsx / vcard
    encoding: str = ""
    delimiter: str = ""
    header: list[str] = field(default_factory=list)
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def fatal(self) -> bool:
        """True when the file itself could not be read (no rows to look at)."""
        return any(p.line == 0 and p.severity == ERROR for p in self.problems)


@dataclass
class ImportRecord:
    """One source row converted into field values: a person, a company, or both.

    person: Person field values (ops.contacts.PERSON_FIELDS names; titles as lists);
    company: Company field values (name, street, postal_code, city, country, ...) or {};
    errors/warnings: messages for this row's line.
    """

    line: int
    person: dict = field(default_factory=dict)
    company: dict = field(default_factory=dict)
    function_title: str = ""
    department: str = ""
    tags: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the row can be imported."""
        return not self.errors

    @property
    def has_person(self) -> bool:
        """True when the row names a person (otherwise it is a company row)."""
        return bool(self.person.get("first_name") or self.person.get("last_name"))

    def problems(self) -> list[Problem]:
        """This row's messages as Problems."""
        return [Problem(self.line, m) for m in self.errors] + [Problem(self.line, m, WARNING) for m in self.warnings]
