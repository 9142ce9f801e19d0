"""What a letter run needs besides its recipients: the business settings as a LetterJob (letterhead, sender,
form, country, title rules) and the template, stored or built in.

Business settings (JSON in the Setting table; owners write them with crmdesk.ops.settings.set_setting):

* ``letterhead``: a dict of crmdesk.letters.Letterhead fields (lists for the tuple fields);
* ``letters``: ``{"form": "B", "country": "AT", "log_interactions": true, "sender_reference": ""}``;
* ``titles``: TitleSettings keys (titles-rules.md conventions).

The sender is the acting user (name, function, e-mail, phone) with the letterhead's phone and e-mail
as fallback; the reference ("Unser Zeichen") is the letters setting's sender_reference, else the
user's initials.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import logging
from typing import Any

from crmdesk import paths
from crmdesk.domain.letter_records import TemplateRecord
from crmdesk.domain.titles import TitleSettings
from crmdesk.letters.compose import LetterJob
from crmdesk.letters.spec import FORMS, Letterhead, Sender
from crmdesk.letters.templates import LetterTemplate
from crmdesk.ops.base import Actor, NotFound
from crmdesk.queries import letters as letter_queries

log = logging.getLogger(__name__)
DEFAULT_TEMPLATES_FILE = ("templates", "default_letters.json")
_LETTERHEAD_FIELDS = {f.name: f for f in dataclasses.fields(Letterhead)}


def letterhead_from_mapping(data: dict[str, Any] | None) -> Letterhead:
    """A Letterhead from the stored dict: unknown keys ignored, lists become tuples, "" logo means none."""
    values: dict[str, Any] = {}
    for key, value in (data or {}).items():
        if key not in _LETTERHEAD_FIELDS or value is None:
            continue
        if "tuple" in str(_LETTERHEAD_FIELDS[key].type):
            values[key] = tuple(str(v) for v in (value if isinstance(value, (list, tuple)) else [value]) if str(v).strip())
        elif key == "logo_path":
            values[key] = str(value) or None
        else:
            values[key] = str(value)
    values.setdefault("company_name", "")
    return Letterhead(**values)


def letterhead_to_mapping(letterhead: Letterhead) -> dict[str, Any]:
    """The stored form of a Letterhead (tuples as lists, no logo as "")."""
    data = dataclasses.asdict(letterhead)
    return {k: (list(v) if isinstance(v, tuple) else ("" if v is None else v)) for k, v in data.items()}


def title_settings() -> TitleSettings:
    """The stored title conventions (defaults for anything missing or invalid)."""
    try:
        return TitleSettings.from_mapping(letter_queries.titles_setting())
    except ValueError:
        log.warning("stored title settings are invalid; using the defaults")
        return TitleSettings()


def sender_for(actor: Actor, letterhead: Letterhead, reference: str = "") -> Sender:
    """The signing user, with the letterhead's phone and e-mail where the user has none."""
    user = letter_queries.sender_record(actor.id)
    return Sender(name=user.name or ("" if actor.id is None else actor.name), function=user.function_title,
                  phone=user.phone or letterhead.phone, email=user.email or letterhead.email,
                  reference=reference or user.initials)


def load_job(actor: Actor, *, form: str | None = None, date: dt.date | None = None) -> LetterJob:
    """The LetterJob of a run by *actor*: stored letterhead, letters settings and title rules."""
    options = letter_queries.letters_setting()
    letterhead = letterhead_from_mapping(letter_queries.letterhead_setting())
    chosen_form = (form or options.get("form") or "B").upper()
    if chosen_form not in FORMS:
        chosen_form = "B"
    country = str(options.get("country") or "AT").upper()
    sender = sender_for(actor, letterhead, str(options.get("sender_reference") or ""))
    return LetterJob(letterhead=letterhead, sender=sender, date=date or dt.date.today(), form=chosen_form,
                     country=country, settings=title_settings())


def log_interactions_default() -> bool:
    """The letters setting: log printed letters as interactions (default yes)."""
    return bool(letter_queries.letters_setting().get("log_interactions", True))


# --- templates ---------------------------------------------------------------------------------------

@functools.cache
def default_templates() -> tuple[TemplateRecord, ...]:
    """The built-in templates (resources/templates/default_letters.json), German first."""
    with open(paths.resource(*DEFAULT_TEMPLATES_FILE), encoding="utf-8") as handle:
        items = json.load(handle)["templates"]
    return tuple(TemplateRecord(None, item["name"], item["language"], item["subject"], item["body"])
                 for item in items)


def default_template(language: str = "de") -> TemplateRecord:
    """The built-in template in *language* (German when there is none in that language)."""
    builtins = default_templates()
    return next((t for t in builtins if t.language == (language or "de")[:2]), builtins[0])


def resolve_template(name: str | None, *, language: str = "de") -> TemplateRecord:
    """The stored template called *name*, a built-in one of that name, or (no name) the built-in default.

    NotFound names the templates there are.
    """
    if not name:
        return default_template(language)
    stored = letter_queries.template_by_name(name)
    if stored is not None:
        return stored
    for builtin in default_templates():
        if builtin.name.casefold() == name.casefold():
            return builtin
    names = [t.name for t in letter_queries.templates()] or [t.name for t in default_templates()]
    raise NotFound(f"No letter template called {name!r}; there are: {', '.join(names)}.")


def as_letter_template(record: TemplateRecord) -> LetterTemplate:
    """The letters layer's template value of a record."""
    return LetterTemplate(record.name, record.language if record.language in ("de", "en") else "de",
                          record.subject, record.body)
