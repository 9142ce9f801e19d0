"""The letter's running text as a flow of lines, and its pagination with keep-together rules.

Flow (DIN 5008 spacing, titles-rules.md §6 last row): subject (bold), two blank lines, salutation,
one blank line, body paragraphs separated by a blank line, one blank line, closing, three blank
lines for the handwritten signature, signer's name and function, then the enclosures.

Keep rules: no paragraph leaves its first line alone at a page bottom or its last line alone at a
page top (orphans/widows); subject and salutation stay with the first body lines; the closing and
signature stay together with the last two body lines. Blank lines at the top of a page are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.letters import fonts
from crmdesk.letters.content import LetterContent
from crmdesk.letters.layout import to_pt
from crmdesk.letters.markup import Paragraph
from crmdesk.letters.typeset import Piece, TextSetter


@dataclass(frozen=True)
class FlowLine:
    """One line (or blank line when *pieces* is empty) of the running text; height in pt."""

    height: float
    pieces: tuple[Piece, ...] = ()
    size: float = 10.0
    keep_with_next: bool = False

    @property
    def blank(self) -> bool:
        """A blank line (vertical space only)."""
        return not self.pieces


def build_flow(setter: TextSetter, content: LetterContent) -> list[FlowLine]:
    """Every line of the running text, wrapped to the body width, with keep flags set."""
    g = content.geometry
    size, leading, width = g.body_font_size, g.body_leading, to_pt(g.body_width)
    flow: list[FlowLine] = []
    gap = FlowLine(leading)
    if content.subject:
        for line in setter.wrap([(fonts.BOLD, content.subject)], width, size):
            flow.append(FlowLine(leading, tuple(line), size, True))
        flow += [FlowLine(leading, keep_with_next=True)] * 2
    if content.salutation_line:
        flow.append(FlowLine(leading, ((fonts.REGULAR, content.salutation_line),), size, True))
        flow.append(FlowLine(leading, keep_with_next=True))
    for i, paragraph in enumerate(content.paragraphs):
        if i:
            flow.append(gap)
        flow += _paragraph_lines(setter, paragraph, width, size, leading)
    closing = _closing_lines(setter, content, width, size, leading)
    if closing:
        keep_last_lines_with_closing(flow, len(flow))
        flow += closing
    flow += _enclosure_lines(setter, content, width, size, leading)
    return flow


def _paragraph_lines(setter: TextSetter, paragraph: Paragraph, width: float, size: float,
                     leading: float) -> list[FlowLine]:
    """Wrapped lines of one paragraph with orphan/widow protection."""
    lines: list[tuple[Piece, ...]] = []
    for hard_line in paragraph:
        pieces = [(fonts.face_for(run.bold, run.italic), run.text) for run in hard_line]
        lines += [tuple(line) for line in setter.wrap(pieces, width, size)]
    count = len(lines)
    return [
        FlowLine(leading, line, size, keep_with_next=(k == 0 and count > 1) or k == count - 2)
        for k, line in enumerate(lines)
    ]


def _closing_lines(setter: TextSetter, content: LetterContent, width: float, size: float,
                   leading: float) -> list[FlowLine]:
    """Closing, signature space, name and function; kept together with the body's last two lines."""
    block = [content.closing] if content.closing else []
    signature = [t for t in (content.signature_name, content.signature_function) if t]
    if not block and not signature:
        return []
    lines = [FlowLine(leading, keep_with_next=True)]
    for text in block:
        lines.append(FlowLine(leading, ((fonts.REGULAR, text),), size, True))
    if signature:
        lines += [FlowLine(leading, keep_with_next=True)] * 3
    for text in signature:
        for wrapped in setter.wrap_text(fonts.REGULAR, size, text, width):
            lines.append(FlowLine(leading, ((fonts.REGULAR, wrapped),), size, True))
    return lines[:-1] + [FlowLine(lines[-1].height, lines[-1].pieces, size, False)]


def _enclosure_lines(setter: TextSetter, content: LetterContent, width: float, size: float,
                     leading: float) -> list[FlowLine]:
    """A blank line, the bold heading "Anlagen"/"Beilagen"/"Enclosures" and one line per enclosure."""
    if not content.enclosures:
        return []
    lines = [FlowLine(leading), FlowLine(leading, ((fonts.BOLD, content.enclosure_heading),), size, True)]
    for text in content.enclosures:
        for wrapped in setter.wrap_text(fonts.REGULAR, size, text, width):
            lines.append(FlowLine(leading, ((fonts.REGULAR, wrapped),), size))
    return lines


def keep_last_lines_with_closing(flow: list[FlowLine], closing_start: int) -> None:
    """Mark the two body lines before *closing_start* as keep-with-next (in place)."""
    for k in range(max(0, closing_start - 2), closing_start):
        line = flow[k]
        flow[k] = FlowLine(line.height, line.pieces, line.size, True)


def paginate(flow: list[FlowLine], first_capacity: float, next_capacity: float) -> list[list[FlowLine]]:
    """Split the flow into pages (capacities in pt), honouring keep-with-next chains."""
    pages: list[list[FlowLine]] = [[]]
    page_start, used, capacity, i = 0, 0.0, first_capacity, 0
    while i < len(flow):
        line = flow[i]
        if line.blank and not pages[-1] and len(pages) > 1:
            i, page_start = i + 1, i + 1  # no blank lines at the top of a continuation page
            continue
        if used + line.height <= capacity or not pages[-1]:
            pages[-1].append(line)
            used += line.height
            i += 1
            continue
        j = i
        while j > page_start and flow[j - 1].keep_with_next:
            j -= 1
        if j > page_start:
            del pages[-1][j - page_start:]
            i = j
        pages.append([])
        page_start, used, capacity = i, 0.0, next_capacity
    return [page for page in pages if page] or [[]]
