"""Messages that the UI can translate, built without Qt: the English text plus its template and parameters.

A Message *is* its English text (a `str`), so printing, comparing, f-strings, the command line and
tests see exactly the text they always did. It also keeps `context`, `template` and `params`, and
the UI shows it in the user's language with crmdesk.ui.i18n.tr_message:
QCoreApplication.translate(context, template).format(**params).

Every template is a literal inside QT_TRANSLATE_NOOP("Context", "…"), so that pyside6-lupdate
finds it (lupdate reads the call by its name; this one is plain Python and returns a Message):

    problem = QT_TRANSLATE_NOOP("ImportMessages", "The file is empty.")
    problem = msg(QT_TRANSLATE_NOOP("ImportMessages", "country '{value}' is not known."), value=raw)

Parameters are str.format fields, inserted after translation; their values (names, file cells)
are never translated, except values that are Messages themselves ("a PNG image" in "This is
{what}, not a CSV file."), which the UI translates first. Build a message only where a problem is
found: it costs one str.format, nothing where there is none.

A new message needs its translations (tests/test_translations.py checks them):

    pyside6-lupdate $(find crmdesk -name '*.py') -ts resources/translations/crmdesk_en.ts
    # English: the translation is the source text. German: add the message to crmdesk_de.ts (same
    # context, source and location) by hand or with Qt Linguist. Do not run lupdate over crmdesk_de.ts:
    # it drops the German plural forms of translate("ListPage", "%n row(s)", None, n), which it reads as no plural.
    pyside6-lrelease resources/translations/crmdesk_de.ts -qm resources/translations/crmdesk_de.qm
    pyside6-lrelease resources/translations/crmdesk_en.ts -qm resources/translations/crmdesk_en.qm
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Message(str):
    """The English text of a message, with the template and parameters it was made from.

    Attributes: context (the translation context), template (the English template, the .ts
    source text), params (name → value for the template's {fields}; empty: the template is the text).
    """

    __slots__ = ("context", "template", "params", "wordings")

    context: str
    template: str
    params: Mapping[str, Any]
    wordings: Mapping[str, str]  # language → template, where the domain keeps its own wording (titles engine)

    def __new__(cls, context: str, template: str, params: Mapping[str, Any] | None = None,
                wordings: Mapping[str, str] | None = None) -> Message:
        params = dict(params or {})
        self = super().__new__(cls, template.format(**params) if params else template)
        self.context, self.template, self.params, self.wordings = context, template, params, dict(wordings or {})
        return self

    def __reduce__(self):
        return Message, (self.context, self.template, dict(self.params), dict(self.wordings))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark *source* for translation in *context*: a Message without parameters (its text is *source*)."""
    return Message(context, source)


def msg(template: str, /, **params: Any) -> Message:
    """A Message: *template* (from QT_TRANSLATE_NOOP) with its {fields} filled from *params*."""
    return Message(getattr(template, "context", ""), getattr(template, "template", template), params)


def joined(messages: list[str], separator: str = " ") -> Message:
    """Several messages as one (each still shown in the UI's language); plain strings stay as they are."""
    params = {f"m{i}": message for i, message in enumerate(messages)}
    return Message("", separator.join("{m%d}" % i for i in range(len(messages))), params)
