"""Per-person plans: everything about one recipient that does not depend on the name, cached per settings."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from crmdesk.domain import titles_wording as W
from crmdesk.domain.titles_catalogue import Catalogue
from crmdesk.domain.titles_german import place, salutation_title
from crmdesk.domain.titles_items import Item, Warning, collect, title_texts
from crmdesk.domain.titles_names import Particle, parse_particle, swiss_ss
from crmdesk.domain.titles_settings import TitleSettings
from crmdesk.domain.titles_wording import warning

# (gender, titles_pre, titles_post, honorary_title, function_title, name_particle,
#  has_first_name, has_last_name, has_company, formality)
PersonKey = tuple


@dataclass(frozen=True, eq=False)
class Context:
    """Country (after fallback), letter language, English variant, style, and what follows from them.
    Compared by identity: an Engine makes one per (country, language, style)."""

    country: str
    language: str
    variant: str
    style: str
    punctuation: str
    own_line: bool
    company_first: bool
    eszett_names: bool


@dataclass(frozen=True)
class SalPlan:
    """One person's salutation part without the name filled in.

    kind: general | personal | neutral | both; head: "Sehr geehrter", "Guten Tag", "Dear" or the whole general
    salutation; honorific: "Herr", "Frau", "Graf", "Mr"; title: "Dr.", "Kommerzialrat"; name: surname | full |
    first | none; particle: what stands before the surname ("von"); comma: "Guten Tag, …" (R-ALL-2);
    alt: the female and male variants for kind "both".
    """

    kind: str
    head: str
    honorific: str = ""
    title: str = ""
    name: str = "none"
    particle: str = ""
    comma: bool = False
    alt: tuple[SalPlan, ...] = ()


@dataclass(frozen=True)
class PersonPlan:
    """Address and salutation parts of one person, plus the warnings about the record itself."""

    is_person: bool
    gender: str
    rank: int
    anrede: str
    pre: str
    particle: str
    post: str
    positions: tuple[str, ...]
    sal: SalPlan
    head_lines: tuple[str, ...]
    name_prefix: str
    sal_prefix: str
    sal_mode: str
    closing: str
    warning_codes: tuple[str, ...]
    warning_messages: tuple[str, ...]


def person_key(r: object) -> PersonKey:
    """The part of a Recipient a plan depends on (names only as present/absent)."""
    return (r.gender, r.titles_pre, r.titles_post, r.honorary_title, r.function_title, r.name_particle,
            bool(r.first_name), bool(r.last_name), bool(r.company), r.formality)


class Engine:
    """Plans and contexts for one (settings, catalogue) pair, memoised.

    Attributes: settings, catalogue, contexts ((country, language, style) -> Context),
    plans (Context -> PersonKey -> PersonPlan; cleared when it grows past _MAX_PLANS), _size.
    """

    _MAX_PLANS = 50_000

    def __init__(self, settings: TitleSettings, catalogue: Catalogue) -> None:
        self.settings = settings
        self.catalogue = catalogue
        self.contexts: dict[tuple[str, str, str], Context] = {}
        self.plans: dict[Context, dict[PersonKey, PersonPlan]] = {}
        self._size = 0

    def context(self, country: str, language: str, style: str) -> Context:
        """The letter context (cached)."""
        key = (country, language, style)
        ctx = self.contexts.get(key)
        if ctx is None:
            ctx = self.contexts[key] = make_context(country, language, style, self.settings)
            self.plans[ctx] = {}
        return ctx

    def plan(self, key: PersonKey, ctx: Context) -> PersonPlan:
        """The person plan (cached)."""
        plans = self.plans[ctx]
        plan = plans.get(key)
        if plan is None:
            if self._size >= self._MAX_PLANS:
                for cached in self.plans.values():
                    cached.clear()
                self._size = 0
            plan = plans[key] = build_plan(key, ctx, self.settings, self.catalogue)
            self._size += 1
        return plan


def make_context(country: str, language: str, style: str, s: TitleSettings) -> Context:
    """Resolve country fallback and language; ValueError for an unknown language or style."""
    code = (country or "").strip().upper()
    code = "CH" if code == "LI" else code             # Liechtenstein follows Swiss orthography (R-CH-3)
    code = code if code in ("DE", "AT", "CH") else s.fallback_country
    lang = (language or "de").strip()
    if style not in ("formal", "informal", "neutral"):
        raise ValueError(f"style must be formal, informal or neutral, not {style!r}")
    if lang.lower().startswith("de"):
        punct = s.at_punctuation if code == "AT" else W.PUNCTUATION[code]
        return Context(code, "de", "", style, punct, s.anrede_own_line, True,
                       code == "CH" and s.swiss_eszett == "everywhere")
    if not lang.lower().startswith("en"):
        raise ValueError(f"language must be de or en, not {language!r}")
    variant = {"en-us": "en-US", "en-gb": "en-GB"}.get(lang.lower(), s.english_variant)
    punct = "," if variant == "en-GB" and s.en_gb_comma else W.EN_PUNCTUATION[variant]
    return Context(code, "en", variant, style, punct, False, s.english_company_first,
                   code == "CH" and s.swiss_eszett == "everywhere")


def build_plan(key: PersonKey, ctx: Context, s: TitleSettings, catalogue: Catalogue) -> PersonPlan:
    """Build the plan of one person in one context."""
    gender, pre, post, honorary, function, particle, has_first, has_last, has_company, formality = key
    items, warns = collect(gender, pre, post, honorary, function, catalogue)
    warns = list(warns)
    if not (has_first or has_last):
        return _nobody(items, has_company, ctx, s)
    if gender == "unknown":
        warns.append(warning("missing_gender"))
    p = parse_particle(particle, gender)
    if ctx.country == "AT" and p.rank_words:
        warns.append(warning("nobility_title_at", title=" ".join(p.rank_words)))
    build = _german if ctx.language == "de" else _english
    plan = build(items, gender, p, (has_first, has_last, formality), ctx, s, catalogue, warns)
    if ctx.country == "CH" and s.swiss_eszett != "off" and _has_eszett(plan):
        plan = _swiss(plan)
    return plan


def _has_eszett(plan: PersonPlan) -> bool:
    """Whether any generated text of the plan contains ß (most do not: skip the rewrite)."""
    sal = plan.sal
    texts = (plan.anrede, plan.pre, plan.post, plan.particle, plan.sal_prefix, *plan.positions,
             *(x for a in (sal, *sal.alt) for x in (a.head, a.honorific, a.title, a.particle)))
    return any("ß" in t or "ẞ" in t for t in texts)


def _finish(plan_fields: dict, warns: list[Warning], ctx: Context) -> PersonPlan:
    """PersonPlan from its fields plus warnings (codes and messages kept apart for speed)."""
    prefix, mode = sal_template(plan_fields["sal"])
    anrede, pre = plan_fields["anrede"], plan_fields["pre"]
    own_line = ctx.own_line and bool(anrede)
    name_prefix = "".join(x + " " for x in (("" if own_line else anrede), pre) if x)
    return PersonPlan(**plan_fields, head_lines=(anrede,) if own_line else (), name_prefix=name_prefix,
                      sal_prefix=prefix, sal_mode=mode, closing=closing(ctx, plan_fields["sal"]),
                      warning_codes=tuple(c for c, _ in warns), warning_messages=tuple(m for _, m in warns))


def sal_template(sal: SalPlan) -> tuple[str, str]:
    """Salutation as static prefix + which name to append (none/surname/first/full), or mode "custom"."""
    if sal.kind == "general":
        return sal.head, "none"
    if sal.kind == "both" or (sal.name == "full" and sal.particle):
        return "", "custom"
    words = [x for x in (sal.honorific, sal.title) if x]
    if sal.name == "surname" and sal.particle:
        words.append(sal.particle)
    if sal.name == "none":
        body = " ".join(words)
        return (f"{sal.head}, {body}" if sal.comma else f"{sal.head} {body}") if body else sal.head, "none"
    head = f"{sal.head}, " if sal.comma else f"{sal.head} "
    return head + "".join(w + " " for w in words), sal.name


def closing(ctx: Context, sal: SalPlan) -> str:
    """Closing formula matching the salutation (R-CH-3 "Freundliche Grüsse", R-EN-5)."""
    informal = ctx.style == "informal" and sal.kind != "general"
    if ctx.language == "de":
        lang = "de-CH" if ctx.country == "CH" else "de"
        return W.CLOSING[(lang, "informal" if informal else "formal")]
    if informal:
        return W.CLOSING[("en", "informal")]
    return W.CLOSING[(ctx.variant, "general" if sal.kind == "general" else "named")]


def _general(ctx: Context, s: TitleSettings) -> SalPlan:
    """General salutation: R-ALL-1 (German), R-EN-5 (English)."""
    if ctx.language == "de":
        return SalPlan("general", W.DE_GENERAL[s.general_salutation])
    text = W.EN_GENERAL["en-GB"] if ctx.variant == "en-GB" else W.EN_GENERAL[s.en_us_no_name]
    return SalPlan("general", text)


def _nobody(items: list[Item], has_company: bool, ctx: Context, s: TitleSettings) -> PersonPlan:
    """Company only (R-ALL-1, R-DE-11) or an empty record."""
    if has_company:
        warns = [warning("company_with_person_titles", title=title_texts(items))] if items else []
    else:
        warns = [warning("empty_recipient")]
    return _finish(dict(is_person=False, gender="unknown", rank=0, anrede="", pre="", particle="", post="",
                        positions=(), sal=_general(ctx, s)), warns, ctx)


def _rank(items: list[Item]) -> int:
    """A person's rank for ordering two recipients (R-ALL-4): their highest title."""
    return max((it.entry.rank for it in items if it.entry), default=0)


def _post_text(posts: tuple[str, ...], country: str, s: TitleSettings) -> str:
    """Post-nominal degrees with their separator (R-DE-8: DIN none; R-AT-6: ", BA")."""
    if not posts:
        return ""
    style = s.postnominal_separator
    if style == "auto":
        style = "comma" if country == "AT" else "space"
    if style == "comma":
        return ", " + ", ".join(posts)
    if style == "parentheses":
        return " (" + ", ".join(posts) + ")"
    return " " + " ".join(posts)


def _anrede_word(gender: str, country: str, s: TitleSettings) -> str:
    """Herrn/Frau in the address (R-DE-1, R-AT-1, R-CH-1); none without a gender (R-ALL-2)."""
    if gender == "f":
        return W.ANREDE_FEMALE
    if gender != "m":
        return ""
    return {"DE": W.ANREDE_MALE_DE, "AT": s.at_male_anrede, "CH": s.ch_male_anrede}[country]


def _german(items: list[Item], gender: str, p: Particle, names: tuple, ctx: Context, s: TitleSettings,
            catalogue: Catalogue, warns: list[Warning]) -> PersonPlan:
    """German address parts and salutation for one person."""
    parts, final = place(items, gender, ctx.country, s, catalogue)
    word = _anrede_word(gender, ctx.country, s)
    # Without Herrn/Frau (R-ALL-2) the titles of the Anrede line go to the front of the name line.
    anrede, pre = (" ".join((word,) + parts.anrede), parts.pre) if word else ("", parts.anrede + parts.pre)
    sal = _german_sal(final, gender, p, names, ctx, s, warns)
    return _finish(dict(is_person=True, gender=gender, rank=_rank(items), anrede=anrede, pre=" ".join(pre),
                        particle=p.address, post=_post_text(parts.post, ctx.country, s), positions=parts.below,
                        sal=sal), warns, ctx)


def _german_sal(final: list[Item], gender: str, p: Particle, names: tuple, ctx: Context, s: TitleSettings,
                warns: list[Warning]) -> SalPlan:
    """The German salutation plan: R-ALL-1, R-ALL-2, R-DE-2..12, R-AT-2..9, R-CH-2, R-CH-4."""
    has_first, has_last, formality = names
    if ctx.style == "neutral":
        return _general(ctx, s)
    if gender in ("m", "f"):
        return _gendered_sal(final, gender, p, names, ctx, s, warns)
    du = ctx.style == "informal" and formality == "Du"
    if gender == "unknown" and s.unknown_gender == "both" and has_last and not du:
        variants = tuple(_gendered_sal(final, g, parse_particle(p.address, g), names, ctx, s, [])
                         for g in ("f", "m"))
        return SalPlan("both", "", alt=variants)
    return _neutral_sal(final, gender, p, names, ctx, s, warns)


def _gendered_sal(final: list[Item], gender: str, p: Particle, names: tuple, ctx: Context, s: TitleSettings,
                  warns: list[Warning]) -> SalPlan:
    """Herr/Frau salutation with the one title that counts, nobility rank (R-DE-12)."""
    has_first, has_last, formality = names
    if ctx.style == "informal" and formality == "Du":
        if has_first:
            return SalPlan("personal", W.DE_INFORMAL_HEAD[gender], name="first")
        warns.append(warning("informal_without_first_name"))
    head = (W.DE_INFORMAL_HEAD if ctx.style == "informal" else W.DE_FORMAL_HEAD)[gender]
    honorific = W.DE_HONORIFIC[gender]
    title = salutation_title(final, gender, ctx.country, s)
    if title is not None and not title.with_surname:
        return SalPlan("personal", head, honorific, title.text)
    if not has_last:
        warns.append(warning("missing_last_name"))
        return _general(ctx, s)
    text = title.text if title else ""
    if p.rank and s.nobility_salutation == "rank_only":
        return SalPlan("personal", head, p.rank, name="surname")
    particle = p.rank or p.salutation
    return SalPlan("personal", head, honorific, text, "surname", particle)


def _neutral_sal(final: list[Item], gender: str, p: Particle, names: tuple, ctx: Context, s: TitleSettings,
                 warns: list[Warning]) -> SalPlan:
    """No Herr/Frau: "Guten Tag, Kim Brenner" (R-ALL-2)."""
    has_first, has_last, formality = names
    if ctx.style == "informal" and formality == "Du" and has_first:
        return SalPlan("neutral", W.DE_INFORMAL_NEUTRAL_HEAD, name="first")
    if not has_first:
        warns.append(warning("missing_first_name"))
        return _general(ctx, s)
    title = salutation_title(final, gender, ctx.country, s)
    comma = s.neutral_greeting == "guten_tag" and s.guten_tag_comma
    return SalPlan("neutral", W.DE_NEUTRAL_HEAD[s.neutral_greeting], "", title.text if title else "", "full",
                   p.address, comma)


def _english(items: list[Item], gender: str, p: Particle, names: tuple, ctx: Context, s: TitleSettings,
             catalogue: Catalogue, warns: list[Warning]) -> PersonPlan:
    """English address (R-EN-3, R-EN-6) and salutation (R-EN-1..5, R-EN-7) for one person."""
    honorific, source = _en_honorific(items, gender, ctx.variant)
    posts = tuple(it.text for it in items if it.role == "post" and (source is None or it.entry is not source))
    positions = tuple(_en_position(it, gender) for it in items
                      if it.role in ("title", "below") and not (it.entry and it.entry.kind == "honorary"))
    sal = _english_sal(honorific, gender, p, names, ctx, s, warns)
    return _finish(dict(is_person=True, gender=gender, rank=_rank(items), anrede="", pre=honorific,
                        particle=p.english, post=(", " + ", ".join(posts)) if posts else "",
                        positions=positions, sal=sal), warns, ctx)


def _en_honorific(items: list[Item], gender: str, variant: str) -> tuple[str, object]:
    """One honorific only (R-EN-3): Professor > Dr (also from PhD, R-EN-7) > Mr/Ms (R-EN-2); none if gender unknown (R-EN-4)."""
    if gender not in ("m", "f"):
        return "", None
    table = W.EN_HONORIFIC[variant]
    best = max((it.entry for it in items if it.entry and it.entry.en), key=lambda e: e.rank, default=None)
    return (table[best.en], best) if best else (table[gender], None)


def _en_position(item: Item, gender: str) -> str:
    """Function/office title on the position line, in the recipient's gender when stored spelled out."""
    entry = item.entry
    if entry is None or gender not in ("m", "f") or item.text not in (entry.male, entry.female):
        return item.text
    return entry.spelled(gender)


def _english_sal(honorific: str, gender: str, p: Particle, names: tuple, ctx: Context, s: TitleSettings,
                 warns: list[Warning]) -> SalPlan:
    """Dear Ms Huber / Dear Dr Huber / Dear Chris Miller / Dear Sir or Madam."""
    has_first, has_last, formality = names
    if ctx.style == "neutral":
        return _general(ctx, s)
    if ctx.style == "informal" and formality == "Du" and has_first:
        return SalPlan("personal", W.EN_HEAD, name="first")
    if gender in ("m", "f") and has_last:
        return SalPlan("personal", W.EN_HEAD, honorific, "", "surname", p.english)
    if gender not in ("m", "f") and has_first and has_last:
        return SalPlan("neutral", W.EN_HEAD, "", "", "full", p.english)
    warns.append(warning("missing_last_name" if gender in ("m", "f") or has_first else "missing_first_name"))
    return _general(ctx, s)


def _swiss(plan: PersonPlan) -> PersonPlan:
    """ß → ss in every generated text of a Swiss plan (R-CH-3); warning messages stay as they are."""
    def fix(value: object) -> object:
        if isinstance(value, str):
            return swiss_ss(value)
        if isinstance(value, SalPlan):
            return replace(value, **{f.name: fix(getattr(value, f.name)) for f in fields(value)})
        if isinstance(value, tuple):
            return tuple(fix(v) for v in value)
        return value
    skip = ("warning_codes", "warning_messages")
    return replace(plan, **{f.name: fix(getattr(plan, f.name)) for f in fields(plan) if f.name not in skip})
