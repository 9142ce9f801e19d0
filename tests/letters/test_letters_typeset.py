"""The typesetter: wrapping styled text, shortening with an ellipsis, fitting sizes."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from crmdesk.letters import fonts
from crmdesk.letters.typeset import TextSetter, _words

R, B = fonts.REGULAR, fonts.BOLD


def _setter() -> TextSetter:
    """A setter on a throw-away canvas."""
    return TextSetter(Canvas(io.BytesIO()))


def test_words_keep_face_changes_inside_a_word() -> None:
    """"**Müller**," is one word of two pieces; spaces separate words."""
    assert _words([(R, "Herr "), (B, "Müller"), (R, ", danke")]) == [
        (R, "Herr"), [(B, "Müller"), (R, ",")], (R, "danke")]
    assert _words([(R, "  a  b "), (B, ""), (R, "c")]) == [(R, "a"), (R, "b"), (R, "c")]


def test_wrap_respects_width_and_keeps_all_text() -> None:
    """No wrapped line is wider than the width, and no character is lost."""
    setter = _setter()
    pieces = [(R, "Dies ist ein "), (B, "fetter"), (R, " Text, der umbrochen werden muss, weil er lang ist. ") ] * 4
    lines = setter.wrap(pieces, 150, 10)
    assert len(lines) > 3
    for line in lines:
        assert setter.pieces_width(10, line) <= 150 + 1e-6
    text = " ".join("".join(t for _, t in line) for line in lines)
    assert text.split() == "".join(t for _, t in pieces).split()
    assert any(face == B for line in lines for face, _ in line)


def test_overlong_word_is_broken_between_characters() -> None:
    """A word wider than the line is split so that every line fits."""
    setter = _setter()
    lines = setter.wrap([(R, "x" * 300)], 100, 10)
    assert "".join(t for line in lines for _, t in line) == "x" * 300
    assert all(setter.pieces_width(10, line) <= 100 for line in lines)


def test_shorten_and_fit_size() -> None:
    """shorten cuts with an ellipsis at the width; fit_size shrinks before it cuts."""
    setter = _setter()
    assert setter.shorten(R, 10, "kurz", 100) == "kurz"
    cut = setter.shorten(R, 10, "ein sehr langer Text " * 10, 100)
    assert cut.endswith("…") and setter.width(R, 10, cut) <= 100
    text, size = setter.fit_size(R, "maria.muster@beispiel-handel.at", 140, (9.0, 8.0, 7.0))
    assert text == "maria.muster@beispiel-handel.at" and size < 9.0
    text, size = setter.fit_size(R, "a" * 200, 140, (9.0, 7.0))
    assert size == 7.0 and text.endswith("…")
