"""German letters: where each title of a person goes in the address, and which one the salutation uses."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.titles_catalogue import Catalogue, Match
from crmdesk.domain.titles_items import Item, norm
from crmdesk.domain.titles_settings import TitleSettings

_GROUP_ORDER = {"teaching": 0, "grade": 1, "hc": 2}
_ANREDE_TIER = {"office": 0, "function": 1, "honorary": 2, "academic_pre": 2}


@dataclass(frozen=True)
class GermanParts:
    """Rendered title texts: appended to the Anrede line, before the name, after the name, under the name."""

    anrede: tuple[str, ...]
    pre: tuple[str, ...]
    post: tuple[str, ...]
    below: tuple[str, ...]


@dataclass(frozen=True)
class SalutationTitle:
    """The one title used in the salutation (R-DE-4, R-AT-3) and whether the surname follows it."""

    text: str
    with_surname: bool
    rank: int


def _placement(item: Item, country: str) -> str:
    """pre / post / anrede / below for one title in one country (catalogue "address" field)."""
    entry = item.entry
    if entry is None:
        return item.role
    if item.role == "post":
        return "post"
    placement = entry.address[country]
    return "pre" if item.role == "pre" and placement in ("below", "post") else placement


def place(items: list[Item], gender: str, country: str, settings: TitleSettings,
          catalogue: Catalogue) -> tuple[GermanParts, list[Item]]:
    """Address parts for one person and the final (rendered) items, from which the salutation title is chosen."""
    groups: dict[str, list[Item]] = {"pre": [], "post": [], "anrede": [], "below": []}
    for item in items:
        groups[_placement(item, country)].append(item)
    pre = _at_grades(groups["pre"], gender, settings, catalogue) if country == "AT" else \
        _de_grades(groups["pre"], gender, settings, catalogue, country)
    anrede = sorted(groups["anrede"], key=lambda it: (_ANREDE_TIER.get(it.entry.kind, 3) if it.entry else 3,
                                                      -(it.entry.rank if it.entry else 0)))
    anrede = [it.retext(_spelled(it, gender, country)) for it in anrede]
    below = [it.retext(_spelled(it, gender, country)) for it in groups["below"]]
    parts = GermanParts(tuple(it.text for it in anrede), tuple(it.text for it in pre),
                        tuple(it.text for it in groups["post"]), tuple(it.text for it in below))
    return parts, anrede + pre + groups["post"] + below


def _spelled(item: Item, gender: str, country: str) -> str:
    """Titles on the Anrede/position line: AT spelled out (R-AT-7, R-AT-9, R-AT-10); DE/CH as stored,
    but a spelled-out word takes the recipient's gender (R-ALL-5)."""
    entry = item.entry
    if entry is None or gender not in ("m", "f"):
        return item.text
    if country == "AT" or norm(item.text) in (norm(entry.male), norm(entry.female)):
        return entry.spelled(gender)
    return item.text


def _strip_faculty(items: list[Item], catalogue: Catalogue) -> list[Item]:
    """"Dr. med." -> "Dr." (R-AT-4; in Germany only when de_faculty_in_address is off, R-DE-3)."""
    result = []
    for item in items:
        base = catalogue.get(item.entry.base) if item.entry and item.entry.base else None
        result.append(Item(base.canonical, Match(base, False), item.source, item.role) if base else item)
    return result


def _contract(items: list[Item], catalogue: Catalogue) -> list[Item]:
    """The same grade twice is contracted: Dr. Dr. -> DDr., Mag. Mag. -> MMag. (R-AT-3)."""
    counts: dict[str, int] = {}
    for item in items:
        if item.entry:
            counts[item.entry.id] = counts.get(item.entry.id, 0) + 1
    result: list[Item] = []
    done: set[str] = set()
    for item in items:
        entry = item.entry
        double = catalogue.get(entry.double) if entry and entry.double and counts[entry.id] > 1 else None
        if double is None:
            result.append(item)
        elif entry.id not in done:
            done.add(entry.id)
            female = item.match.female_written and bool(double.female_abbrev)
            text = double.female_abbrev if female else double.canonical
            result.append(Item(text, Match(double, female), item.source, item.role))
    return result


def _order_key(item: Item) -> tuple[int, int]:
    """AT order: Priv.-Doz. before the grades, grades ascending (R-AT-3), h. c. after earned grades (R-DE-6)."""
    entry = item.entry
    return (1, 0) if entry is None else (_GROUP_ORDER[entry.group], entry.rank)


def _at_grades(items: list[Item], gender: str, settings: TitleSettings, catalogue: Catalogue) -> list[Item]:
    """Austrian academic grades: no faculty, contracted, ordered, optionally gendered (R-AT-3..5)."""
    items = _contract(_strip_faculty(items, catalogue), catalogue)
    if settings.at_gender_grades and gender == "f":
        items = [_gendered(it) for it in items]
    return sorted(items, key=_order_key)


def _gendered(item: Item) -> Item:
    """Mag. -> Mag.a, Dr. -> Dr.in for women when at_gender_grades is on (R-AT-5 alternative)."""
    entry = item.entry
    if entry is None or not entry.female_abbrev or item.match.female_written:
        return item
    return Item(entry.female_abbrev, Match(entry, True), item.source, item.role)


def _de_grades(items: list[Item], gender: str, settings: TitleSettings, catalogue: Catalogue,
               country: str) -> list[Item]:
    """German/Swiss grades: as stored (R-DE-3, R-DE-5), Dr. h. c. after earned grades (R-DE-6)."""
    if country == "DE" and not settings.de_faculty_in_address:
        items = _strip_faculty(items, catalogue)
    if settings.professor_in_address == "spelled_out":
        items = [it.retext(_professor_word(it, gender, settings)) for it in items]
    return sorted(items, key=lambda it: 1 if it.entry and it.entry.group == "hc" else 0)


def _professor_word(item: Item, gender: str, settings: TitleSettings) -> str:
    """Prof. spelled out in the address (R-DE-5 alternative), female form per R-DE-7."""
    entry = item.entry
    if entry is None or not entry.sal_male or entry.expand:
        return item.text
    female = gender == "f" and settings.female_professor == "Professorin"
    return entry.female if female else entry.male


def salutation_title(items: list[Item], gender: str, country: str,
                     settings: TitleSettings) -> SalutationTitle | None:
    """The highest title that goes into the salutation in this country, rendered (R-DE-2..7, R-AT-2..9, R-CH-2, R-CH-4)."""
    best: tuple[Item, str] | None = None
    for item in items:
        mode = _mode(item, gender, country, settings)
        if mode != "none" and (best is None or item.entry.rank > best[0].entry.rank):
            best = (item, mode)
    if best is None:
        return None
    item, mode = best
    if mode == "abbrev":
        return SalutationTitle(_abbrev(item, gender, country, settings), True, item.entry.rank)
    if mode == "word":
        return SalutationTitle(_word(item, gender, settings), settings.professor_with_surname, item.entry.rank)
    return SalutationTitle(item.entry.salutation_word(gender), settings.office_title_with_surname,
                           item.entry.rank)


def _mode(item: Item, gender: str, country: str, settings: TitleSettings) -> str:
    """Salutation mode of one title here: none / abbrev / word / title (catalogue "salutation" field)."""
    entry = item.entry
    if entry is None:
        return "none"
    mode = entry.salutation[country]
    if entry.id == "phd" and settings.phd_in_salutation:
        mode = "abbrev"      # R-AT-6 alternative: PhD holder addressed as "Dr."
    if country == "CH" and entry.kind != "office" and not settings.ch_titles_in_salutation:
        return "none"        # R-CH-2: titles not used; office holders still are (R-CH-4)
    if gender not in ("m", "f") and mode == "title":
        return "none"        # a gendered title word cannot be chosen without a gender (R-ALL-2)
    return mode


def _abbrev(item: Item, gender: str, country: str, settings: TitleSettings) -> str:
    """Abbreviated salutation title: "Dr." once (R-DE-3, R-DE-4); AT as written or spelled out (R-AT-2)."""
    entry = item.entry
    if entry.id == "phd":
        return "Dr."
    if entry.abbrev_always and gender == "f" and country != "AT" and settings.female_doctor == "Doktorin":
        return entry.female.split()[0]      # R-DE-7 alternative "Frau Doktorin"
    if country == "AT" and settings.at_academic_in_salutation == "spelled_out" and not entry.abbrev_always \
            and gender in ("m", "f"):
        return entry.spelled(gender)
    return entry.salutation_form(country, item.text)


def _word(item: Item, gender: str, settings: TitleSettings) -> str:
    """Professor spelled out in the salutation (R-DE-5); "Frau Professorin" or "Frau Professor" (R-DE-7)."""
    entry = item.entry
    if gender not in ("m", "f"):
        return item.text
    if gender == "f" and settings.female_professor == "Professor":
        return entry.salutation_word("m")
    return entry.salutation_word(gender)
