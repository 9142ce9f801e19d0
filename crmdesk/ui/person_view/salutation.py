"""The formal salutation of a person as a letter would use it (from the titles engine, when present)."""

from __future__ import annotations

from crmdesk.queries.persons import plain_name, recipient

LETTER_COUNTRIES = ("DE", "AT", "CH")


def salutation_line(values: dict, *, country: str, function_title: str = "", company: str = "") -> str:
    """'Sehr geehrter Herr Kommerzialrat Mag. Huber,' in the person's letter language; the plain name without the engine."""
    rec = recipient(values, function_title=function_title, company=company)
    if rec is None:
        return plain_name(values)
    try:
        from crmdesk.domain.titles import compose

        language = values.get("language") if values.get("language") in ("de", "en") else "de"
        result = compose(rec, country=(country or "AT").upper(), language=language)
    except Exception:  # noqa: BLE001 - the view must open even when the rules engine rejects a record
        return plain_name(values)
    return (result.salutation + result.punctuation) if result.salutation else plain_name(values)
