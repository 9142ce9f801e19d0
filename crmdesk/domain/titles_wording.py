"""Per-language wording tables for address blocks and salutations (house style R3: wording as data)."""

from __future__ import annotations

from crmdesk.domain.messages import Message

# R-DE-1 "Herrn" (accusative) / "Frau"; AT and CH male forms come from the settings (R-AT-1, R-CH-1).
ANREDE_FEMALE = "Frau"
ANREDE_MALE_DE = "Herrn"

# German salutation heads: formal (Sie), informal (Du or "Liebe Frau Huber"), and the honorific in the nominative.
DE_FORMAL_HEAD = {"m": "Sehr geehrter", "f": "Sehr geehrte"}
DE_INFORMAL_HEAD = {"m": "Lieber", "f": "Liebe"}
DE_HONORIFIC = {"m": "Herr", "f": "Frau"}
DE_INFORMAL_NEUTRAL_HEAD = "Hallo"
DE_JOIN_PERSONS = " und "

# R-ALL-2: greeting for non-binary / unknown gender with a known name.
DE_NEUTRAL_HEAD = {"guten_tag": "Guten Tag", "geehrte_stern": "Sehr geehrte*r"}
DE_UNKNOWN_BOTH_JOIN = " oder "

# R-ALL-1 (DIN 5008:2020 alternatives included).
DE_GENERAL = {
    "damen_und_herren": "Sehr geehrte Damen und Herren",
    "persoenlichkeiten": "Sehr geehrte Persönlichkeiten",
    "guten_tag_geschaetzte": "Guten Tag, geschätzte Damen und Herren",
}

# R-EN-1, R-EN-2, R-EN-3: honorifics without (GB) / with (US) full stops; Ms is the default for women.
EN_HONORIFIC = {
    "en-GB": {"m": "Mr", "f": "Ms", "Dr": "Dr", "Professor": "Professor"},
    "en-US": {"m": "Mr.", "f": "Ms.", "Dr": "Dr.", "Professor": "Professor"},
}
EN_HEAD = "Dear"
EN_JOIN_PERSONS = " and "
# R-EN-5: no name.
EN_GENERAL = {
    "en-GB": "Dear Sir or Madam",
    "ladies_and_gentlemen": "Ladies and Gentlemen",
    "to_whom": "To Whom It May Concern",
}

# §0 punctuation after the salutation: DE comma, AT comma (or "!"), CH none; en-GB none (or comma), en-US colon.
PUNCTUATION = {"DE": ",", "CH": ""}
EN_PUNCTUATION = {"en-GB": "", "en-US": ":"}

# Closing formulas (R-CH-3 "Freundliche Grüsse"; R-EN-5 "Yours faithfully" without a name).
CLOSING = {
    ("de", "formal"): "Mit freundlichen Grüßen",
    ("de", "informal"): "Viele Grüße",
    ("de-CH", "formal"): "Freundliche Grüsse",
    ("de-CH", "informal"): "Viele Grüsse",
    ("en-GB", "named"): "Yours sincerely",
    ("en-GB", "general"): "Yours faithfully",
    ("en-US", "named"): "Sincerely",
    ("en-US", "general"): "Sincerely",
    ("en", "informal"): "Best wishes",
}

# Nobility (R-DE-12): rank words addressed by rank ("Sehr geehrter Graf Bismarck") or by Herr/Frau + "von".
NOBILITY_RANK_ADDRESSED = {
    "graf": ("Graf", "Gräfin"), "gräfin": ("Graf", "Gräfin"), "baron": ("Baron", "Baronin"),
    "baronin": ("Baron", "Baronin"), "baronesse": ("Baron", "Baronesse"), "fürst": ("Fürst", "Fürstin"),
    "fürstin": ("Fürst", "Fürstin"), "prinz": ("Prinz", "Prinzessin"), "prinzessin": ("Prinz", "Prinzessin"),
    "herzog": ("Herzog", "Herzogin"), "herzogin": ("Herzog", "Herzogin"), "markgraf": ("Markgraf", "Markgräfin"),
    "landgraf": ("Landgraf", "Landgräfin"),
}
NOBILITY_HERR_ADDRESSED = {
    "freiherr": ("Freiherr", "Freifrau"), "freifrau": ("Freiherr", "Freifrau"), "freiin": ("Freiherr", "Freiin"),
    "ritter": ("Ritter", "Ritter"), "edler": ("Edler", "Edle"), "edle": ("Edler", "Edle"),
}

# Warning codes -> messages (the UI may show them in its own language; compose() uses English).
WARNING_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "missing_gender": "Gender is not set: the letter uses the neutral greeting (R-ALL-2).",
        "gender_first_name_mismatch": "The Anrede ({gender}) contradicts the first name {name!r}.",
        "duplicate_title": "The title {title!r} appears more than once.",
        "academic_in_function": "Academic title {title!r} typed into the function field; treated as an academic title.",
        "academic_in_honorary": "Academic title {title!r} typed into the honorary title field; treated as an academic title.",
        "postnominal_in_pre": "Post-nominal degree {title!r} in the titles before the name; written after the name.",
        "prenominal_in_post": "Title {title!r} in the degrees after the name; written before the name.",
        "company_with_person_titles": "A company record carries person titles ({title}); they are left out.",
        "unknown_title": "Title {title!r} is not in the catalogue; written as entered, not used in the salutation.",
        "missing_last_name": "No last name: the general salutation is used.",
        "missing_first_name": "No first name: the general salutation is used.",
        "informal_without_first_name": "Informal salutation needs a first name; the last name is used.",
        "title_gender_mismatch": "Female title form {title!r} for a man.",
        "nobility_title_at": "Austria abolished nobility titles (1919): check {title!r}.",
        "address_too_long": "The recipient part has {count} lines; the address field holds six including street and town.",
        "empty_recipient": "The recipient has neither a name nor a company.",
    },
    "de": {
        "missing_gender": "Kein Geschlecht erfasst: der Brief verwendet die neutrale Anrede (R-ALL-2).",
        "gender_first_name_mismatch": "Die Anrede ({gender}) passt nicht zum Vornamen {name!r}.",
        "duplicate_title": "Der Titel {title!r} kommt mehrfach vor.",
        "academic_in_function": "Akademischer Grad {title!r} im Feld Funktion; als akademischer Grad behandelt.",
        "academic_in_honorary": "Akademischer Grad {title!r} im Feld Ehrentitel; als akademischer Grad behandelt.",
        "postnominal_in_pre": "Nachgestellter Grad {title!r} bei den vorangestellten Titeln; hinter den Namen gesetzt.",
        "prenominal_in_post": "Titel {title!r} bei den nachgestellten Graden; vor den Namen gesetzt.",
        "company_with_person_titles": "Eine Firma hat Personentitel ({title}); sie werden weggelassen.",
        "unknown_title": "Titel {title!r} ist nicht im Katalog; wie erfasst geschrieben, nicht in der Anrede.",
        "missing_last_name": "Kein Nachname: die allgemeine Anrede wird verwendet.",
        "missing_first_name": "Kein Vorname: die allgemeine Anrede wird verwendet.",
        "informal_without_first_name": "Die Du-Anrede braucht einen Vornamen; der Nachname wird verwendet.",
        "title_gender_mismatch": "Weibliche Titelform {title!r} bei einem Mann.",
        "nobility_title_at": "Österreich hat Adelstitel 1919 aufgehoben: {title!r} prüfen.",
        "address_too_long": "Der Empfängerteil hat {count} Zeilen; das Anschriftfeld fasst sechs inklusive Straße und Ort.",
        "empty_recipient": "Der Empfänger hat weder Namen noch Firma.",
    },
}


def warning(code: str, **values: object) -> tuple[str, str]:
    """A (code, message) pair: the message is the English text and carries its German wording for the UI."""
    return code, Message("TitleWarnings", WARNING_MESSAGES["en"][code], values,
                         wordings={language: texts[code] for language, texts in WARNING_MESSAGES.items()})
