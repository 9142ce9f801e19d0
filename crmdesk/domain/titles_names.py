"""Name helpers for titles: nobility particles (R-DE-12), first-name gender list, Swiss ß (R-CH-3)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from crmdesk.domain.titles_wording import NOBILITY_HERR_ADDRESSED, NOBILITY_RANK_ADDRESSED


@dataclass(frozen=True)
class Particle:
    """A name particle split for address and salutation.

    address: the particle in legal order, rank in the recipient's gender ("Freifrau von");
    rank: a rank that replaces Herr/Frau in the salutation ("Graf"), or "";
    salutation: the particle kept before the surname in the salutation ("von" for Freiherr, "" for Graf);
    english: the particle without rank words ("von");
    rank_words: rank words found (for the Austrian plausibility check).
    """

    address: str
    rank: str
    salutation: str
    english: str
    rank_words: tuple[str, ...]


@functools.lru_cache(maxsize=1024)
def parse_particle(particle: str, gender: str) -> Particle:
    """Split "Graf von" / "Freiherr von" / "van der" into its address and salutation parts (R-DE-12)."""
    words = particle.split()
    female = gender == "f"
    address: list[str] = []
    rest: list[str] = []
    ranks: list[str] = []
    rank = ""
    for word in words:
        low = word.casefold()
        table = NOBILITY_RANK_ADDRESSED.get(low) or NOBILITY_HERR_ADDRESSED.get(low)
        if table is None:
            address.append(word)
            rest.append(word)
            continue
        gendered = table[1] if female else (table[0] if gender == "m" else word)
        address.append(gendered)
        ranks.append(word)
        if low in NOBILITY_RANK_ADDRESSED and not rank:
            rank = gendered
    salutation = "" if rank else " ".join(rest)
    return Particle(" ".join(address), rank, salutation, " ".join(rest), tuple(ranks))


@functools.cache
def _first_names() -> dict[str, str]:
    """casefolded first name -> "m"/"f" from resources/titles/first_names.json."""
    from crmdesk.paths import resource

    with resource("titles", "first_names.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {name.casefold(): sex for sex in ("m", "f") for name in data[sex]}


@functools.lru_cache(maxsize=65536)
def first_name_gender(first_name: str) -> str:
    """"m"/"f" when the first part of the first name is unambiguous in the built-in list, else ""."""
    head = first_name.split()[0].split("-")[0] if first_name.split() else ""
    return _first_names().get(head.casefold(), "")


def swiss_ss(text: str) -> str:
    """Swiss orthography: ß → ss, ẞ → SS (R-CH-3)."""
    if "ß" in text or "ẞ" in text:
        return text.replace("ß", "ss").replace("ẞ", "SS")
    return text
