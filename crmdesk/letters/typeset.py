"""A small, fast typesetter on a reportlab canvas: measuring, wrapping, shortening and drawing text.

Why not Platypus for the body: measured on this 2-core machine (reportlab 5.1), a Paragraph costs
about 100 µs per wrapped line and canvas.drawString about 60 µs per line (font subset mapping and
escaping of every character, every time). A one-page letter has 40–50 lines, so either way 1,000
letters would take 2.5–4 s. This module remembers, per document, the PDF code of every character
(so a line is encoded by one str.translate call), the width of every word and the operators of
repeated lines, and writes the text operators with canvas.addLiteral. It uses only the documented
dynamic-font API (TTFont.splitString / getSubsetInternalName, see reportlab.pdfbase.ttfonts).

Text is left-aligned (ragged right, as DIN 5008 letters are). Lines break at spaces; a word wider
than the line is broken between characters so that nothing ever overflows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from crmdesk.letters import fonts

Piece = tuple[str, str]  # (face name, text)
ELLIPSIS = "…"
# Cache sizes (entries). A cache is cleared when full: template words and lines re-warm within a
# letter, while one-off personalised strings cannot pile up, so memory stays flat over a batch.
_WIDTHS_MAX = 2048  # per (face, size)
_TEXTS_MAX = 1024
_WRAPS_MAX = 128


class TextSetter:
    """Measures and draws text on one canvas, caching encodings and widths for that document.

    Attributes:
        _canvas: the reportlab canvas drawn on.
        _doc: the canvas' PDFDocument; subset assignments of TTF fonts are per document.
        _encoders: face → its character encoder for this document.
        _line_ops: (size, pieces) → the PDF operators that show one line (position excluded).
        _widths: (face, size) → {text: width in pt}.
        _wraps: wrap results keyed by (pieces, width, size), for repeated template paragraphs.
    """

    def __init__(self, canvas: Canvas) -> None:
        fonts.register_fonts()
        self._canvas = canvas
        self._doc = canvas._doc  # splitString needs the document (reportlab's documented API)
        self._encoders: dict[str, _FaceEncoder] = {}
        self._line_ops: dict[tuple[float, tuple[Piece, ...]], str] = {}
        self._widths: dict[tuple[str, float], dict[str, float]] = {}
        self._wraps: dict[tuple[tuple[Piece, ...], float, float], list[list[Piece]]] = {}

    # --- measuring ------------------------------------------------------------------------------

    def width(self, face: str, size: float, text: str) -> float:
        """Advance width of *text* in points."""
        cache = self.width_cache(face, size)
        value = cache.get(text)
        if value is None:
            value = _measure_into(cache, face, size, text)
        return value

    def width_cache(self, face: str, size: float) -> dict[str, float]:
        """The width cache of one face and size (for hot loops that look up many words)."""
        cache = self._widths.get((face, size))
        if cache is None:
            cache = self._widths[(face, size)] = {}
        return cache

    def pieces_width(self, size: float, pieces: Iterable[Piece]) -> float:
        """Width of a sequence of pieces."""
        return sum(self.width(face, size, text) for face, text in pieces)

    # --- wrapping and shortening ----------------------------------------------------------------

    def wrap(self, pieces: Sequence[Piece], width: float, size: float) -> list[list[Piece]]:
        """Break styled text into lines no wider than *width* (cached for repeated paragraphs)."""
        key = (tuple(pieces), width, size)
        lines = self._wraps.get(key)
        if lines is None:
            if len(self._wraps) >= _WRAPS_MAX:
                self._wraps.clear()
            lines = self._wraps[key] = _Wrapper(self, width, size).run(pieces)
        return lines

    def wrap_text(self, face: str, size: float, text: str, width: float) -> list[str]:
        """Wrap plain text of one face; returns the line strings."""
        return ["".join(t for _, t in line) for line in self.wrap([(face, text)], width, size)]

    def shorten(self, face: str, size: float, text: str, width: float) -> str:
        """*text* cut with an ellipsis so that it fits *width* (unchanged when it already fits)."""
        if self.width(face, size, text) <= width:
            return text
        limit = width - self.width(face, size, ELLIPSIS)
        kept = _fit_prefix(self, face, size, text, limit)
        return text[:kept].rstrip() + ELLIPSIS

    def fit_size(self, face: str, text: str, width: float, sizes: Sequence[float]) -> tuple[str, float]:
        """The largest of *sizes* at which *text* fits; else the smallest size with an ellipsis."""
        for size in sizes:
            if self.width(face, size, text) <= width:
                return text, size
        return self.shorten(face, sizes[-1], text, width), sizes[-1]

    # --- drawing --------------------------------------------------------------------------------

    def draw(self, x: float, y: float, size: float, pieces: Sequence[Piece]) -> None:
        """Draw styled text with its baseline starting at (x, y) in points."""
        key = (size, tuple(pieces))
        ops = self._line_ops.get(key)
        if ops is None:
            if len(self._line_ops) >= _TEXTS_MAX:
                self._line_ops.clear()
            ops = self._line_ops[key] = self._text_ops(size, key[1])
        self._canvas.addLiteral(f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm {ops} ET")

    def _text_ops(self, size: float, pieces: tuple[Piece, ...]) -> str:
        """The font-switching and showing operators of one line (without position)."""
        ops: list[str] = []
        current = None
        buffer: list[str] = []
        for face, text in pieces:
            for name, chunk in self._encode_text(face, text):
                if name != current:
                    if buffer:
                        ops.append(f"({''.join(buffer)}) Tj")
                        buffer = []
                    ops.append(f"{name} {size:g} Tf")
                    current = name
                buffer.append(chunk)
        if buffer:
            ops.append(f"({''.join(buffer)}) Tj")
        return " ".join(ops)

    def draw_text(self, x: float, y: float, face: str, size: float, text: str) -> None:
        """Draw plain text of one face."""
        if text:
            self.draw(x, y, size, ((face, text),))

    def draw_right(self, x_right: float, y: float, face: str, size: float, text: str) -> None:
        """Draw plain text right-aligned at *x_right*."""
        if text:
            self.draw(x_right - self.width(face, size, text), y, size, ((face, text),))

    def _encode_text(self, face: str, text: str) -> list[tuple[str, str]]:
        """(font resource name, escaped PDF string) chunks of *text*."""
        encoder = self._encoders.get(face)
        if encoder is None:
            encoder = self._encoders[face] = _FaceEncoder(face, self._doc)
        return encoder.encode(text)


class _FaceEncoder:
    """Encodes text of one TrueType face for one document.

    reportlab maps each character to a one-byte code in a 256-character subset of the font, per
    document (TTFont.splitString). Once a character has a code in the first subset we remember its
    escaped byte, so any text made only of known characters is encoded by one str.translate call.

    Attributes:
        font, doc: the reportlab font and the document the codes belong to.
        table: ord(character) → escaped PDF byte of its code in subset 0.
        known: the characters in *table*.
        name0: the PDF resource name of subset 0.
    """

    def __init__(self, face: str, doc: object) -> None:
        self.font = pdfmetrics.getFont(face)
        self.doc = doc
        self.table: dict[int, str] = {}
        self.known: set[str] = set()
        self.name0 = ""

    def encode(self, text: str) -> list[tuple[str, str]]:
        """Chunks of (subset resource name, escaped string)."""
        if not text:
            return []
        if self.known.issuperset(text):
            return [(self.name0, text.translate(self.table))]
        chunks = self.font.splitString(text, self.doc)
        self._learn(text, chunks)
        return [(self.font.getSubsetInternalName(subset, self.doc), escapePDF(data)) for subset, data in chunks]

    def _learn(self, text: str, chunks: list[tuple[int, bytes]]) -> None:
        """Remember the subset-0 codes reportlab just assigned (one byte per character)."""
        position = 0
        for subset, data in chunks:
            if subset == 0:
                for ch, code in zip(text[position:position + len(data)], data):
                    if ch not in self.known:
                        self.known.add(ch)
                        self.table[ord(ch)] = escapePDF(bytes((code,)))
                if not self.name0:
                    self.name0 = self.font.getSubsetInternalName(0, self.doc)
            position += len(data)


def _measure_into(cache: dict[str, float], face: str, size: float, text: str) -> float:
    """Measure *text* and remember it (clearing the cache first when it is full)."""
    if len(cache) >= _WIDTHS_MAX:
        cache.clear()
    value = cache[text] = pdfmetrics.stringWidth(text, face, size)
    return value


def _fit_prefix(setter: TextSetter, face: str, size: float, text: str, limit: float) -> int:
    """Length of the longest prefix of *text* not wider than *limit* (binary search, uncached).

    The search only looks at as many characters as could fit if each were a quarter em wide, so
    a 10,000-character name costs a few short measurements, not ten thousand long ones.
    """
    low, high = 0, min(len(text), max(int(limit / (0.25 * size)) + 1, 1))
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle], face, size) <= limit:
            low = middle
        else:
            high = middle - 1
    return low


Word = Piece | list[Piece]  # a word is one piece, or several when it changes face mid-way


class _Wrapper:
    """Greedy line breaking of styled pieces at spaces, splitting over-long words.

    This is the hot loop of personalised letters, hence the local caches and the inlined
    single-piece case. The current line is kept as [face, [strings]] runs, joined when closed.
    """

    def __init__(self, setter: TextSetter, width: float, size: float) -> None:
        self.setter, self.width, self.size = setter, width, size
        self.lines: list[list[Piece]] = []
        self.runs: list[list] = []  # [face, [text, ...]]
        self.line_width = 0.0

    def run(self, pieces: Sequence[Piece]) -> list[list[Piece]]:
        """Wrap and return the lines (at least one, possibly empty)."""
        size, width, setter = self.size, self.width, self.setter
        caches = {face: setter.width_cache(face, size) for face, _ in pieces}
        spaces = {face: setter.width(face, size, " ") for face in caches}
        for word in _words(pieces):
            if isinstance(word, tuple):
                face, text = word
                cache = caches[face]
                word_width = cache.get(text)
                if word_width is None:
                    word_width = _measure_into(cache, face, size, text)
                runs = self.runs
                if runs:
                    last = runs[-1]
                    total = self.line_width + spaces[last[0]] + word_width
                    if total <= width:
                        if last[0] == face:
                            last[1].append(" " + text)
                        else:
                            last[1].append(" ")
                            runs.append([face, [text]])
                        self.line_width = total
                        continue
                word = [word]
            else:
                word_width = sum(setter.width(face, size, text) for face, text in word)
            self._add_word(word, word_width, spaces)
        self._newline()
        return self.lines

    def _add_word(self, word: list[Piece], word_width: float, spaces: dict[str, float]) -> None:
        """Place a word (general case) on the current line or a new one."""
        if self.runs:
            space = spaces[self.runs[-1][0]]
            if self.line_width + space + word_width <= self.width:
                self.runs[-1][1].append(" ")
                self._extend(word, space + word_width)
                return
            self._newline()
        if word_width <= self.width:
            self._extend(word, word_width)
            return
        for face, text in word:  # wider than a whole line: break between characters
            self._split_long(face, text)

    def _split_long(self, face: str, text: str) -> None:
        """Hard-break a too-long piece across lines."""
        while text:
            room = self.width - self.line_width
            kept = _fit_prefix(self.setter, face, self.size, text, room)
            if kept == 0:
                if not self.runs:  # not even one character fits: place it anyway
                    kept = 1
                else:
                    self._newline()
                    continue
            self._extend([(face, text[:kept])], self.setter.width(face, self.size, text[:kept]))
            text = text[kept:]
            if text:
                self._newline()

    def _extend(self, word: list[Piece], width: float) -> None:
        """Add pieces to the current line, merging with the last run of the same face."""
        runs = self.runs
        for face, text in word:
            if runs and runs[-1][0] == face:
                runs[-1][1].append(text)
            else:
                runs.append([face, [text]])
        self.line_width += width

    def _newline(self) -> None:
        """Close the current line."""
        self.lines.append([(face, "".join(parts)) for face, parts in self.runs])
        self.runs, self.line_width = [], 0.0


def _words(pieces: Sequence[Piece]) -> list[Word]:
    """Space-separated words; a word that spans pieces (e.g. "**Müller**,") becomes a list."""
    words: list[Word] = []
    continues = False  # the previous piece ended inside a word
    for face, text in pieces:
        if not text:
            continue
        parts = text.split(" ")
        first = parts[0]
        if first:
            if continues and words:
                previous = words[-1]
                words[-1] = (previous if isinstance(previous, list) else [previous]) + [(face, first)]
            else:
                words.append((face, first))
        words.extend([(face, part) for part in parts[1:] if part])
        continues = bool(parts[-1])
    return words
