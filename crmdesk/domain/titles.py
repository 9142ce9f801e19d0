"""Titles and salutations (issue #3): recipient lines of the address block, salutation line and plausibility
warnings for DE/AT/CH letters in German and English, following docs titles-rules.md (rule IDs R-…).

Pure functions over plain values; wording lives in titles_wording, titles in resources/titles/catalogue.json.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from crmdesk.domain.titles_catalogue import Catalogue, TitleEntry, TitleInfo, default_catalogue, load_catalogue
from crmdesk.domain.titles_items import collect
from crmdesk.domain.titles_names import first_name_gender, swiss_ss
from crmdesk.domain.titles_plan import Context, Engine, PersonPlan, SalPlan, person_key
from crmdesk.domain.titles_settings import DEFAULT_SETTINGS, SETTING_DESCRIPTIONS, TitleSettings, setting_choices
from crmdesk.domain.titles_wording import (DE_JOIN_PERSONS, DE_UNKNOWN_BOTH_JOIN, EN_JOIN_PERSONS, WARNING_MESSAGES,
                                           warning)

__all__ = [
    "Catalogue", "Composition", "Recipient", "SETTING_DESCRIPTIONS", "TitleEntry", "TitleInfo", "TitleSettings",
    "WARNING_MESSAGES", "check_recipient", "compose", "display_name", "load_catalogue", "setting_choices",
    "split_titles",
]

_GENDERS = {
    "m": "m", "male": "m", "mann": "m", "herr": "m", "männlich": "m", "mr": "m",
    "f": "f", "w": "f", "female": "f", "frau": "f", "weiblich": "f", "ms": "f", "mrs": "f",
    "d": "d", "x": "d", "divers": "d", "diverse": "d", "nonbinary": "d", "non-binary": "d", "nb": "d",
}
_TEXT_FIELDS = ("first_name", "last_name", "name_particle", "honorary_title", "function_title", "company",
                "salutation_override")


def _clean(value: Any) -> str:
    """None -> "", surrounding blanks and commas removed, inner runs of blanks collapsed."""
    if value is None:
        return ""
    return " ".join(str(value).split()).strip(" ,")


def _clean_titles(value: Any) -> tuple[str, ...]:
    """A title list: None -> (), a single string -> (string,), blanks dropped."""
    if value is None:
        return ()
    values = (value,) if isinstance(value, str) else value
    return tuple(t for t in (_clean(v) for v in values) if any(c.isalnum() for c in t))


@dataclass(frozen=True)
class Recipient:
    """A person or company to write to. Lenient: None counts as "", lists become tuples, gender
    spellings such as "male"/"w"/"divers" are normalised to m/f/d/unknown, formality to Sie/Du."""

    gender: str = "unknown"
    first_name: str = ""
    last_name: str = ""
    name_particle: str = ""
    titles_pre: tuple[str, ...] = ()
    titles_post: tuple[str, ...] = ()
    honorary_title: str = ""
    function_title: str = ""
    company: str = ""
    salutation_override: str = ""
    formality: str = "Sie"

    def __post_init__(self) -> None:
        for name in _TEXT_FIELDS:
            object.__setattr__(self, name, _clean(getattr(self, name)))
        object.__setattr__(self, "titles_pre", _clean_titles(self.titles_pre))
        object.__setattr__(self, "titles_post", _clean_titles(self.titles_post))
        for name in ("honorary_title", "function_title"):
            if not any(c.isalnum() for c in getattr(self, name)):
                object.__setattr__(self, name, "")
        object.__setattr__(self, "gender", _GENDERS.get(_clean(self.gender).casefold(), "unknown"))
        formality = _clean(self.formality).casefold()
        object.__setattr__(self, "formality", "Du" if formality in ("du", "informal") else "Sie")

    @property
    def is_person(self) -> bool:
        """True when a first or last name is known (otherwise a company or an empty record)."""
        return bool(self.first_name or self.last_name)


@dataclass(frozen=True)
class Composition:
    """Recipient lines of the address block (no street/town), salutation without its final punctuation,
    the punctuation, warnings (English messages) with stable codes, and a matching closing formula."""

    address_lines: tuple[str, ...]
    salutation: str
    punctuation: str
    warnings: tuple[str, ...]
    warning_codes: tuple[str, ...] = ()
    closing: str = ""


_new_object = object.__new__


def _composition(lines: tuple[str, ...], salutation: str, punctuation: str, warnings: tuple[str, ...],
                 codes: tuple[str, ...], closing: str) -> Composition:
    """Build a Composition without the frozen-dataclass __init__ (six object.__setattr__ calls cost ~2 µs,
    a fifth of the per-recipient budget of the 100,000-recipient benchmark). Equal to Composition(...)."""
    result = _new_object(Composition)
    result.__dict__.update(address_lines=lines, salutation=salutation, punctuation=punctuation,
                           warnings=warnings, warning_codes=codes, closing=closing)
    return result


_ENGINES: dict[tuple[TitleSettings, int], tuple[Catalogue, Engine]] = {}
# Identity fast path (settings, catalogue, engine), replaced as one tuple so threads never see a mix.
_last: tuple[Any, Any, Any] = (None, None, None)


def _engine(settings: TitleSettings, catalogue: Catalogue) -> Engine:
    """The memoising engine for this settings/catalogue pair (equal settings share one)."""
    key = (settings, id(catalogue))
    hit = _ENGINES.get(key)
    if hit is None or hit[0] is not catalogue:
        if len(_ENGINES) > 32:
            _ENGINES.clear()
        hit = _ENGINES[key] = (catalogue, Engine(settings, catalogue))
    global _last
    _last = (settings, catalogue, hit[1])
    return hit[1]


def compose(recipient: Recipient, *, country: str, language: str = "de", style: str = "formal",
            co_recipient: Recipient | None = None, settings: TitleSettings | None = None,
            catalogue: Catalogue | None = None) -> Composition:
    """Address-block recipient lines, salutation and warnings for a letter to *recipient* (and *co_recipient*).

    style: formal | informal | neutral. Informal uses the first name when the recipient's formality is "Du"
    ("Lieber Franz"), otherwise "Liebe Frau Huber". A recipient's salutation_override wins for that person.
    Countries other than DE/AT/CH use settings.fallback_country. Raises ValueError for an unknown language/style.
    """
    settings = DEFAULT_SETTINGS if settings is None else settings
    catalogue = default_catalogue() if catalogue is None else catalogue
    last = _last
    engine = last[2] if last[0] is settings and last[1] is catalogue else _engine(settings, catalogue)
    ctx = engine.contexts.get((country, language, style)) or engine.context(country, language, style)
    key = person_key(recipient)
    plan = engine.plans[ctx].get(key) or engine.plan(key, ctx)
    if co_recipient is not None and co_recipient.is_person:
        if plan.is_person:
            return _compose_two(engine, ctx, (recipient, plan), co_recipient)
        # A company record with a contact person: write to the person at that company (R-DE-11).
        recipient = replace(co_recipient, company=co_recipient.company or recipient.company)
        key = person_key(recipient)
        plan = engine.plans[ctx].get(key) or engine.plan(key, ctx)
    lines = _single_lines(recipient, plan, ctx)
    if recipient.salutation_override:
        salutation = recipient.salutation_override.rstrip(",:;!. ")
    else:
        salutation = _salutation(plan, recipient)
    codes, messages = plan.warning_codes, plan.warning_messages
    gender, first = plan.gender, recipient.first_name
    if len(lines) > 4 or (first and (gender == "m" or gender == "f")
                          and first_name_gender(first) not in ("", gender)):
        extra = _name_warnings(recipient, plan, lines)
        codes = codes + tuple(c for c, _ in extra)
        messages = messages + tuple(m for _, m in extra)
    if ctx.eszett_names and _has_eszett(recipient):
        lines, salutation = tuple(swiss_ss(x) for x in lines), swiss_ss(salutation)
    return _composition(lines, salutation, ctx.punctuation, messages, codes, plan.closing)


def _has_eszett(r: Recipient) -> bool:
    """Whether a name or the company contains ß/ẞ (generated text is already Swiss, R-CH-3)."""
    text = f"{r.first_name}{r.last_name}{r.name_particle}{r.company}{r.salutation_override}"
    return "ß" in text or "ẞ" in text


def _salutation(plan: PersonPlan, r: Recipient) -> str:
    """One person's salutation from the plan's precomputed prefix (fast path) or in full."""
    mode = plan.sal_mode
    if mode == "none":
        return plan.sal_prefix
    if mode == "surname":
        return plan.sal_prefix + r.last_name
    if mode == "first":
        return plan.sal_prefix + r.first_name
    if mode == "full":
        first, last = r.first_name, r.last_name
        return plan.sal_prefix + (f"{first} {last}" if first and last else first or last)
    return _sal_part(plan.sal, r)


def _name_core(r: Recipient, plan: PersonPlan) -> str:
    """First name, particle, last name."""
    first, last = r.first_name, r.last_name
    if plan.particle:
        return " ".join(x for x in (first, plan.particle, last) if x)
    return f"{first} {last}" if first and last else first or last


def _single_lines(r: Recipient, plan: PersonPlan, ctx: Context) -> tuple[str, ...]:
    """Company, Anrede line, name line, position line (R-DE-1, R-DE-9, R-DE-11, R-AT-7, R-AT-10, R-EN-6)."""
    lines = plan.head_lines + (plan.name_prefix + _name_core(r, plan) + plan.post,) + plan.positions \
        if plan.is_person else ()
    if r.company:
        lines = (r.company,) + lines if ctx.company_first else lines + (r.company,)
    return lines


def _name_text(sal: SalPlan, r: Recipient) -> str:
    """The name part of a salutation."""
    if sal.name == "surname":
        return f"{sal.particle} {r.last_name}" if sal.particle else r.last_name
    if sal.name == "full":
        return " ".join(x for x in (r.first_name, sal.particle, r.last_name) if x)
    return r.first_name if sal.name == "first" else ""


def _sal_body(sal: SalPlan, r: Recipient) -> str:
    """Honorific, title and name: "Frau Dr. Huber", "Kim Brenner"."""
    return " ".join(x for x in (sal.honorific, sal.title, _name_text(sal, r)) if x)


def _sal_part(sal: SalPlan, r: Recipient) -> str:
    """One person's complete salutation part."""
    if sal.kind == "general":
        return sal.head
    if sal.kind == "both":     # R-ALL-2 alternative: "Sehr geehrte Frau X oder sehr geehrter Herr X"
        first, second = (_sal_part(a, r) for a in sal.alt)
        return first + DE_UNKNOWN_BOTH_JOIN + _lower_first(second)
    body = _sal_body(sal, r)
    if not body:
        return sal.head
    return f"{sal.head}, {body}" if sal.comma else f"{sal.head} {body}"


def _lower_first(text: str) -> str:
    """"Sehr geehrter …" -> "sehr geehrter …" for the second person (R-ALL-4)."""
    return text[:1].lower() + text[1:]


def _name_warnings(r: Recipient, plan: PersonPlan, lines: tuple | list) -> list[tuple[str, str]]:
    """Warnings that need the names: Anrede vs first name (CAS plausibility), address length (R-AT-1)."""
    found: list[tuple[str, str]] = []
    if plan.gender in ("m", "f") and r.first_name:
        expected = first_name_gender(r.first_name)
        if expected and expected != plan.gender:
            found.append(warning("gender_first_name_mismatch", gender=plan.gender, name=r.first_name))
    count = len(lines)
    if count > 4:
        found.append(warning("address_too_long", count=count))
    return found


def _order_two(ctx: Context, people: list[tuple[Recipient, PersonPlan]], settings: TitleSettings) -> list:
    """Two recipients: highest rank first, at equal rank the woman first (R-ALL-4);
    Austria keeps the order entered, preferred contact first (R-AT-1)."""
    order = settings.couple_order
    if order == "auto":
        order = "as_given" if ctx.country == "AT" else "rank"
    if order == "as_given":
        return people
    return sorted(people, key=lambda rp: (-rp[1].rank, 0 if rp[1].gender == "f" else 1))


def _compose_two(engine: Engine, ctx: Context, first: tuple[Recipient, PersonPlan],
                 co: Recipient) -> Composition:
    """Couples and two recipients (R-ALL-4): one line per person, each addressed in the salutation."""
    second = (co, engine.plan(person_key(co), ctx))
    people = _order_two(ctx, [first, second], engine.settings)
    lines = _two_lines(people, ctx)
    salutation = _two_salutation(people, ctx)
    codes: list[str] = []
    messages: list[str] = []
    for index, (r, plan) in enumerate((first, second)):
        prefix = "" if index == 0 else "Second recipient: "
        pairs = list(zip(plan.warning_codes, plan.warning_messages)) + _name_warnings(r, plan, ())
        codes += [c for c, _ in pairs]
        messages += [prefix + m for _, m in pairs]
    if len(lines) > 4:
        code, message = warning("address_too_long", count=len(lines))
        codes.append(code)
        messages.append(message)
    if ctx.eszett_names:
        lines, salutation = [swiss_ss(x) for x in lines], swiss_ss(salutation)
    return Composition(tuple(lines), salutation, ctx.punctuation, tuple(messages), tuple(codes),
                       people[0][1].closing)


def _two_lines(people: list[tuple[Recipient, PersonPlan]], ctx: Context) -> list[str]:
    """Company line, then "Frau Maria Maier" / "Herrn Manfred Maier" (§0 couples), each with its position."""
    company = next((r.company for r, _ in people if r.company), "")
    lines = [company] if company and ctx.company_first else []
    for r, plan in people:
        lines.append(" ".join(x for x in (plan.anrede, plan.pre, _name_core(r, plan)) if x) + plan.post)
        lines += plan.positions
    if company and not ctx.company_first:
        lines.append(company)
    return lines


def _two_salutation(people: list[tuple[Recipient, PersonPlan]], ctx: Context) -> str:
    """"Sehr geehrte Frau Mayer, sehr geehrter Herr Mayer" (R-ALL-4); "Guten Tag, Frau Mayer und Kim Brenner"
    when one of them has no Herr/Frau (R-ALL-2); English "Dear Ms Mayer and Mr Mayer"."""
    overrides = [r.salutation_override.rstrip(",:;!. ") for r, _ in people]
    if any(overrides):
        parts = [o or _sal_part(p.sal, r) for o, (r, p) in zip(overrides, people)]
        return parts[0] + ", " + (parts[1] if overrides[1] else _lower_first(parts[1]))
    personal = [(r, p.sal) for r, p in people if p.sal.kind != "general"]
    if not personal:
        return people[0][1].sal.head
    if len(personal) == 1:
        return _sal_part(personal[0][1], personal[0][0])
    if ctx.language == "en":
        return personal[0][1].head + " " + EN_JOIN_PERSONS.join(_sal_body(s, r) for r, s in personal)
    neutral = next((s for _, s in personal if s.kind == "neutral" and s.comma), None)
    if neutral is not None:
        # a person whose greeting has no name left (e.g. an office title without a neutral form) drops out
        bodies = [b for b in (_sal_body(s, r).strip() for r, s in personal) if b]
        return neutral.head + ", " + DE_JOIN_PERSONS.join(bodies) if bodies else people[0][1].sal.head
    parts = [x for x in (_sal_part(s, r).strip() for r, s in personal) if x]
    if not parts:
        return people[0][1].sal.head
    return ", ".join([parts[0]] + [_lower_first(x) for x in parts[1:]])


def display_name(recipient: Recipient, *, catalogue: Catalogue | None = None) -> str:
    """The name with titles as written, for lists: "KR Mag. Franz Huber, MSc" (honorary, pre, name, post)."""
    r = recipient
    if not r.is_person:
        return r.company
    items, _ = collect(r.gender, r.titles_pre, r.titles_post, r.honorary_title, "",
                       catalogue or load_catalogue())
    honorary = [it.text for it in items if it.role in ("title", "anrede")]
    pre = [it.text for it in items if it.role == "pre"]
    post = [it.text for it in items if it.role == "post"]
    name = " ".join(x for x in (*honorary, *pre, r.first_name, r.name_particle, r.last_name) if x)
    return name + (", " + ", ".join(post) if post else "")


def check_recipient(recipient: Recipient, *, catalogue: Catalogue | None = None, country: str = "DE",
                    settings: TitleSettings | None = None) -> list[tuple[str, str]]:
    """Plausibility warnings (code, message) for a record, as compose() reports them."""
    result = compose(recipient, country=country, settings=settings, catalogue=catalogue)
    return list(zip(result.warning_codes, result.warnings))


def split_titles(text: str, *, catalogue: Catalogue | None = None
                 ) -> tuple[tuple[str, ...], tuple[str, ...], str, tuple[str, ...]]:
    """Split a free "Titel" column ("KR Mag. Dr.", "Dipl.-Ing. MSc") into
    (titles_pre, titles_post, honorary_title, unknown_tokens), as written, for the CSV importer.
    Function titles (Direktor, Prokurist) are returned as unknown tokens: they belong in the function field."""
    catalogue = catalogue or load_catalogue()
    pre: list[str] = []
    post: list[str] = []
    honorary: list[str] = []
    unknown: list[str] = []
    for written, match in catalogue.tokens(text or ""):
        kind = match.entry.kind if match else ""
        if match and match.entry.expand:
            pre += list(match.entry.expand)
        elif kind in ("academic_pre", "academic_post"):
            (pre if kind == "academic_pre" else post).append(written)
        elif kind in ("honorary", "office"):
            honorary.append(written)
        else:
            unknown.append(written)
    return tuple(pre), tuple(post), " ".join(honorary), tuple(unknown)
