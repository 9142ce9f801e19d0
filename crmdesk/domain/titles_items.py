"""Resolve a person's title fields against the catalogue: roles, misplaced titles, duplicates (country-independent)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from crmdesk.domain.titles_catalogue import Catalogue, Match, TitleEntry
from crmdesk.domain.titles_wording import warning

Warning = tuple[str, str]

_ACADEMIC = ("academic_pre", "academic_post")
_MISPLACED = {  # (source field, kind) -> warning code
    ("pre", "academic_post"): "postnominal_in_pre",
    ("post", "academic_pre"): "prenominal_in_post",
    ("function", "academic_pre"): "academic_in_function",
    ("function", "academic_post"): "academic_in_function",
    ("honorary", "academic_pre"): "academic_in_honorary",
    ("honorary", "academic_post"): "academic_in_honorary",
}


@dataclass(frozen=True)
class Item:
    """One title of a person: text as written (later: as rendered), catalogue match, field it came from, role.

    role: "pre" / "post" (academic, placed by the catalogue per country), "title" (honorary, office,
    function, position: placed by the catalogue), or for unknown titles "pre", "post", "anrede", "below".
    """

    text: str
    match: Match | None
    source: str
    role: str

    @property
    def entry(self) -> TitleEntry | None:
        """The catalogue entry, or None for an unknown title."""
        return self.match.entry if self.match is not None else None

    def retext(self, text: str) -> Item:
        """The same title rendered differently."""
        return replace(self, text=text)


def _role(match: Match | None, source: str) -> str:
    """Where a title belongs, from its kind (known) or from the field it was typed into (unknown)."""
    if match is None:
        return {"pre": "pre", "post": "post", "honorary": "anrede", "function": "below"}[source]
    kind = match.entry.kind
    if kind in _ACADEMIC:
        return "pre" if kind == "academic_pre" else "post"
    return "title"


def _field_items(text: str, source: str, catalogue: Catalogue) -> list[Item]:
    """Items of one field value; compound forms ("Prof. Dr.") and free text ("KR Mag.") are split."""
    text = " ".join(text.split())
    if not text:
        return []
    if source == "function":
        match = catalogue.resolve(text, words_only_for=("honorary", "office"))
        return [Item(text, match, source, _role(match, source))]
    match = catalogue.resolve(text)
    if match is not None and match.entry.expand:
        return [it for part in match.entry.expand for it in _field_items(part, source, catalogue)]
    if match is None:
        tokens = catalogue.tokens(text)
        if len(tokens) > 1 and any(m is not None for _, m in tokens):
            return [it for written, _ in tokens for it in _field_items(written, source, catalogue)]
    return [Item(text, match, source, _role(match, source))]


def collect(gender: str, pre: tuple[str, ...], post: tuple[str, ...], honorary: str, function: str,
            catalogue: Catalogue) -> tuple[list[Item], list[Warning]]:
    """All titles of a person with their roles, plus plausibility warnings about the titles themselves
    (memoised per catalogue: the same titles recur across countries, languages and styles)."""
    key = (gender, pre, post, honorary, function)
    memo = catalogue.memo("collect")
    found = memo.get(key)
    if found is None:
        if len(memo) > 50_000:
            memo.clear()
        found = memo[key] = _collect(gender, pre, post, honorary, function, catalogue)
    return list(found[0]), list(found[1])


def _collect(gender: str, pre: tuple[str, ...], post: tuple[str, ...], honorary: str, function: str,
             catalogue: Catalogue) -> tuple[tuple[Item, ...], tuple[Warning, ...]]:
    """collect() without the memo."""
    items: list[Item] = []
    for source, values in (("pre", pre), ("post", post), ("honorary", (honorary,)), ("function", (function,))):
        for value in values:
            items.extend(_field_items(value, source, catalogue))
    warnings: list[Warning] = []
    for item in items:
        warnings.extend(_item_warnings(item, gender))
    return tuple(_dedupe(items, warnings)), tuple(warnings)


def _item_warnings(item: Item, gender: str) -> list[Warning]:
    """Misplaced, unknown and wrongly gendered titles (CAS-style plausibility checks)."""
    entry = item.entry
    if entry is None:
        return [] if item.source == "function" else [warning("unknown_title", title=item.text)]
    found: list[Warning] = []
    code = _MISPLACED.get((item.source, entry.kind))
    if code:
        found.append(warning(code, title=item.text))
    if gender == "m" and item.match.female_written and entry.female != entry.male:
        found.append(warning("title_gender_mismatch", title=item.text))
    return found


def _dedupe(items: list[Item], warnings: list[Warning]) -> list[Item]:
    """Same title twice (R-DE-4/R-AT-3): identical text is kept (double degree), another form is dropped; warn."""
    kept: list[Item] = []
    seen: dict[str, str] = {}
    warned: set[str] = set()
    for item in items:
        entry = item.entry
        if entry is None:
            kept.append(item)
            continue
        if entry.id in seen:
            if entry.id not in warned:
                warnings.append(warning("duplicate_title", title=seen[entry.id]))
                warned.add(entry.id)
            if norm(item.text) != norm(seen[entry.id]):
                continue
        seen.setdefault(entry.id, item.text)
        kept.append(item)
    return kept


def norm(text: str) -> str:
    """Compare written forms without blanks and case."""
    return "".join(text.split()).casefold()


def title_texts(items: list[Item]) -> str:
    """Titles as a comma-separated list (for messages)."""
    return ", ".join(item.text for item in items)
