"""Letters layer of crmdesk: DIN 5008 letters from plain LetterSpecs into PDF (reportlab only; no Qt, no database).

Public API, re-exported here:

* spec: Letterhead, Sender, LetterSpec
* render: render_letter, render_letters, LetterWriter, LetterReport, RenderSummary
* batch: render_batch, BatchResult, SkippedLetter
* templates/markup: LetterTemplate, render_text, render_plain, find_placeholders, escape_markup,
  UnknownPlaceholderError, TemplateSyntaxError
* checks: preflight, unprintable_by_field, missing_glyphs, check_letterhead, UnprintableTextError
"""

from __future__ import annotations

from crmdesk.letters.batch import BatchResult, SkippedLetter, render_batch
from crmdesk.letters.fonts import missing_glyphs, register_fonts
from crmdesk.letters.legal import check_letterhead
from crmdesk.letters.markup import (
    TemplateSyntaxError, UnknownPlaceholderError, escape_markup, find_placeholders, render_plain, render_text,
)
from crmdesk.letters.preflight import TextProblem, UnprintableTextError, preflight, unprintable_by_field
from crmdesk.letters.render import LetterReport, LetterWriter, RenderSummary, render_letter, render_letters
from crmdesk.letters.spec import Letterhead, LetterSpec, Sender
from crmdesk.letters.templates import FilledTemplate, LetterTemplate

__all__ = [
    "BatchResult", "FilledTemplate", "LetterReport", "LetterSpec", "LetterTemplate", "LetterWriter",
    "Letterhead", "RenderSummary", "Sender", "SkippedLetter", "TemplateSyntaxError", "TextProblem",
    "UnknownPlaceholderError", "UnprintableTextError", "check_letterhead", "escape_markup",
    "find_placeholders", "missing_glyphs", "preflight", "register_fonts", "render_batch", "render_letter",
    "render_letters", "render_plain", "render_text", "unprintable_by_field",
]
