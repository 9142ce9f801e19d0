"""Hypothesis properties of compose(): never a crash, never "None", no double spaces or dangling commas,
never an empty salutation, and every catalogue title renders in every country."""

from __future__ import annotations

from dataclasses import fields

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from crmdesk.domain.titles import Recipient, TitleSettings, compose, display_name, load_catalogue, setting_choices

CATALOGUE = load_catalogue()
FORMS = sorted({form for e in CATALOGUE.entries() for form in e.forms + e.female_forms})
LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜéè"

name_word = st.text(LETTERS, min_size=1, max_size=10)
no_none = lambda text: "None" not in text  # noqa: E731 - a name that literally says "None" is not a leak
names = (st.lists(name_word, max_size=3).map(" ".join)
         | st.sampled_from(["Groß-Weißenheim", "Meier Müller", "O'Neill"])).filter(no_none)
junk_title = st.text(LETTERS + ".-() ", max_size=12).filter(no_none)
titles = st.lists(st.sampled_from(FORMS) | junk_title, max_size=4)
optional = st.none() | st.just("")

recipients = st.builds(
    Recipient,
    gender=st.sampled_from(["m", "f", "d", "unknown"]) | optional,
    first_name=names | optional,
    last_name=names | optional,
    name_particle=st.sampled_from(["", "von", "Freiherr von", "Graf von", "van der", "zu"]) | optional,
    titles_pre=titles | st.none(),
    titles_post=titles | st.none(),
    honorary_title=st.sampled_from(FORMS) | junk_title | optional,
    function_title=st.sampled_from(FORMS) | junk_title | optional,
    company=names | optional,
    salutation_override=st.sampled_from(["", "", "", "Servus Franz,"]) | st.none(),
    formality=st.sampled_from(["Sie", "Du"]),
)
title_settings = st.fixed_dictionaries(
    {}, optional={f.name: st.sampled_from(setting_choices(f.name)) for f in fields(TitleSettings)}
).map(TitleSettings.from_mapping)
countries = st.sampled_from(["DE", "AT", "CH", "LI", "IT", "", "at"])
languages = st.sampled_from(["de", "en", "en-US", "en-GB", "de-AT"])
styles = st.sampled_from(["formal", "informal", "neutral"])


def _clean_text(text: str) -> None:
    """No "None", no double blanks, no blank at either end, no dangling or doubled comma."""
    assert "None" not in text
    assert "  " not in text
    assert text == text.strip()
    assert not text.endswith(",") and not text.startswith(",")
    assert ",," not in text and " ," not in text and ", ," not in text


@hsettings(max_examples=400, deadline=None)
@given(recipients, st.none() | recipients, countries, languages, styles, title_settings)
def test_compose_is_total_and_clean(recipient, co, country, language, style, settings) -> None:
    """Property: compose never crashes; every line and the salutation are clean; the salutation is never empty."""
    result = compose(recipient, country=country, language=language, style=style, co_recipient=co,
                     settings=settings)
    assert result.salutation
    _clean_text(result.salutation)
    for line in result.address_lines:
        assert line
        _clean_text(line)
    assert result.punctuation in ("", ",", "!", ":")
    assert len(result.warnings) == len(result.warning_codes)


@hsettings(max_examples=200, deadline=None)
@given(recipients)
def test_display_name_is_clean(recipient) -> None:
    """Property: display_name never crashes and has no "None" or double blanks."""
    text = display_name(recipient)
    assert "None" not in text and "  " not in text


def _renderings(entry) -> set[str]:
    """Every text a catalogue title may legitimately turn into (written, spelled, reduced, contracted)."""
    texts = set(entry.forms + entry.female_forms) | {entry.male, entry.female, entry.female_abbrev}
    texts |= {entry.sal_male, entry.sal_female} | set(entry.sal_form.values())
    for other in (CATALOGUE.get(entry.base), CATALOGUE.get(entry.double)):
        if other is not None:
            texts |= {other.canonical}
    return {t for t in texts if t}


@pytest.mark.parametrize("country", ["DE", "AT", "CH"])
@pytest.mark.parametrize("gender", ["m", "f", "d", "unknown"])
def test_every_catalogue_title_renders(country: str, gender: str) -> None:
    """Property (exhaustive): each written form of each catalogue title, in whichever field it is typed,
    appears in the German address block of every country, for every gender."""
    for entry in CATALOGUE.entries():
        for form in entry.forms + entry.female_forms:
            field = {"academic_pre": "titles_pre", "academic_post": "titles_post",
                     "function": "function_title", "position": "function_title"}.get(entry.kind, "honorary_title")
            value = (form,) if field.startswith("titles") else form
            recipient = Recipient(gender=gender, first_name="Eva", last_name="Huber", **{field: value})
            result = compose(recipient, country=country)
            block = " ".join(result.address_lines)
            expected = _renderings(entry) | set(entry.expand)
            assert any(text in block for text in expected), (entry.id, form, block)
            assert result.salutation and "None" not in block


@hsettings(max_examples=200, deadline=None)
@given(st.sampled_from(FORMS), st.sampled_from(["DE", "AT", "CH"]), st.sampled_from(["de", "en"]),
       st.sampled_from(["m", "f", "d", "unknown"]))
def test_any_title_in_any_field_is_safe(form, country, language, gender) -> None:
    """Property: any catalogue form typed into any title field gives a clean, non-empty result."""
    for field in ("titles_pre", "titles_post", "honorary_title", "function_title"):
        value = (form,) if field.startswith("titles") else form
        result = compose(Recipient(gender=gender, first_name="Jo", last_name="Lee", **{field: value}),
                         country=country, language=language)
        assert result.salutation and all(result.address_lines)
        for text in (result.salutation, *result.address_lines):
            _clean_text(text)
