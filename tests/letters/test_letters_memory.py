"""Memory stays flat over a long serial letter: only reportlab's page list grows with the letters."""

from __future__ import annotations

import gc
import io
import tracemalloc

import pytest

from crmdesk.letters import LetterWriter
from crmdesk.letters.markup import render_text

TEMPLATE = ("wir danken Ihnen, {name}, für die **gute Zusammenarbeit** mit {company}. Gerne laden wir Sie "
            "zu unserer Hausmesse ein und freuen uns auf ein persönliches Gespräch.\n\n"
            "Ihre Kundennummer lautet {number}. Bitte bestätigen Sie Ihre Teilnahme bis Ende Februar.")


def _measure(make_spec, count: int) -> tuple[int, int]:
    """(bytes held by crmdesk code, bytes held in total) after drawing *count* letters, before save."""
    gc.collect()
    tracemalloc.start()
    try:
        writer = LetterWriter(io.BytesIO())
        for i in range(count):
            body = render_text(TEMPLATE, {"name": f"Frau Mag. Huber {i}", "company": f"Huber KG {i}",
                                          "number": f"K-{i:05d}"})
            writer.add(make_spec(recipient_lines=("Frau", f"Mag. Eva Huber {i}"), body=body,
                                 salutation=f"Sehr geehrte Frau Mag. Huber {i}"))
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    stats = snapshot.statistics("filename")
    ours = sum(s.size for s in stats if "/crmdesk/" in s.traceback[0].filename)
    return ours, sum(s.size for s in stats)


@pytest.mark.slow
def test_memory_per_letter_is_bounded(make_spec) -> None:
    """From 200 to 1,000 letters our own memory stays flat (bounded caches) and the total grows
    only by reportlab's retained page objects (a few KB per one-page letter)."""
    LetterWriter(io.BytesIO()).add(make_spec())  # register fonts outside the measurement
    ours_small, total_small = _measure(make_spec, 200)
    ours_large, total_large = _measure(make_spec, 1000)
    assert ours_large < 4 * 1024 * 1024  # the typesetter's capped caches, see the test below
    per_letter = (total_large - total_small) / 800
    print(f"crmdesk-held: {ours_small // 1024} KiB → {ours_large // 1024} KiB; total growth {per_letter:.0f} B/letter")
    assert per_letter < 8 * 1024, per_letter


def test_typesetter_caches_are_capped(make_spec) -> None:
    """However many distinct strings a batch measures and draws, each cache stays within its cap."""
    from crmdesk.letters import typeset

    writer = LetterWriter(io.BytesIO())
    setter = writer._setter
    for i in range(typeset._WIDTHS_MAX + 500):
        text = f"Name{i}"
        setter.width("DejaVuSans", 10, text)
        setter.draw(10, 10, 10, (("DejaVuSans", text),))
        setter.wrap([("DejaVuSans", text)], 100, 10)
    assert all(len(cache) <= typeset._WIDTHS_MAX for cache in setter._widths.values())
    assert len(setter._line_ops) <= typeset._TEXTS_MAX
    assert len(setter._wraps) <= typeset._WRAPS_MAX
