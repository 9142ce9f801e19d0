"""A small, varied set of persons, companies and interactions for list, view and dialog tests."""

from __future__ import annotations

import datetime as dt

from crmdesk.ops import contacts, interactions
from crmdesk.ops.base import Actor

PERSONS = [
    # first, last, titles_pre, titles_post, city, country, company key, function, tags
    ("Franz", "Huber", ["KR", "Mag."], ["MSc"], "Wien", "AT", "huber", "Geschäftsführer", ["VIP"]),
    ("Maria", "Müller", ["Dr."], [], "Graz", "AT", "huber", "Einkauf", ["Newsletter"]),
    ("Jürgen", "Österreicher", [], [], "München", "DE", "alpen", "Vertrieb", []),
    ("Anna", "Zeller", [], [], "Zürich", "CH", "alpen", "CEO", ["VIP", "Newsletter"]),
    ("<b>Bold</b>", "& Co \U0001f600", [], [], "Linz", "AT", None, "", []),
    ("\u05d3\u05d5\u05d3", "\u05db\u05d4\u05df", [], [], "Salzburg", "AT", None, "", []),
    ("Berta", "Apfel", [], [], "Innsbruck", "AT", "alpen", "Technik", []),
    ("Carl", "Birne", [], [], "Berlin", "DE", None, "", []),
]
COMPANIES = {
    "huber": {"name": "Huber Holzbau GmbH", "city": "Wien", "country": "AT", "category": "A"},
    "alpen": {"name": "Alpen Energie AG", "city": "Innsbruck", "country": "AT", "category": "B"},
}


def make_sample(actor: Actor, *, interactions_for_first: int = 3) -> dict[str, int]:
    """Create the sample; returns ids by short key (person last names, company keys)."""
    ids = {key: contacts.create_company(actor, values) for key, values in COMPANIES.items()}
    for first, last, pre, post, city, country, company, function, tags in PERSONS:
        values = {
            "first_name": first,
            "last_name": last,
            "titles_pre": pre,
            "titles_post": post,
            "city": city,
            "country": country,
            "gender": "f" if first in ("Maria", "Anna", "Berta") else "m",
            "email_business": f"{last.split()[0].lower()}@example.org" if last.isalpha() else "",
            "owner": actor.id if len(ids) % 2 else None,
        }
        ids[last] = contacts.create_person(
            actor, values, company_id=ids.get(company) if company else None, function_title=function, tags=tags
        )
    base = dt.datetime(2024, 1, 1, 9, 0)
    for i in range(interactions_for_first):
        interactions.log_interaction(
            actor,
            channel="phone" if i % 2 else "email",
            person_id=ids["Huber"],
            occurred_at=base + dt.timedelta(days=i),
            outcome="reached",
            note=f"call {i}",
        )
    interactions.log_interaction(actor, channel="visit", person_id=ids["Zeller"], occurred_at=base, note="visit")
    return ids
