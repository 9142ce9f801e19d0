"""Helpers for the letters tests: render into memory and read text positions back in millimetres."""

from __future__ import annotations

import io
from typing import Any

from crmdesk.letters import LetterSpec, render_letter

PT_PER_MM = 72 / 25.4


def render_bytes(spec: LetterSpec, **kwargs: Any) -> bytes:
    """Render one letter into memory."""
    buffer = io.BytesIO()
    render_letter(spec, buffer, **kwargs)
    return buffer.getvalue()


def page_text(page: Any) -> str:
    """All text of a page (pdfplumber layout-free extraction)."""
    return page.extract_text() or ""


def text_rows(page: Any, x_min: float = 0.0, x_max: float = 210.0) -> list[dict[str, Any]]:
    """Characters between x_min and x_max (mm) grouped into rows: text, x0, x1, top, bottom in mm."""
    rows: dict[float, list[dict[str, Any]]] = {}
    for char in page.chars:
        if x_min <= char["x0"] / PT_PER_MM < x_max:
            rows.setdefault(round(char["top"], 1), []).append(char)
    result = []
    for _, chars in sorted(rows.items()):
        chars.sort(key=lambda c: c["x0"])
        result.append({
            "text": "".join(c["text"] for c in chars),
            "x0": min(c["x0"] for c in chars) / PT_PER_MM,
            "x1": max(c["x1"] for c in chars) / PT_PER_MM,
            "top": min(c["top"] for c in chars) / PT_PER_MM,
            "bottom": max(c["bottom"] for c in chars) / PT_PER_MM,
            "fonts": {c["fontname"].split("+")[-1] for c in chars},
        })
    return result


def find_row(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """The first row containing *text* (fails the test when there is none)."""
    for row in rows:
        if text in row["text"]:
            return row
    raise AssertionError(f"{text!r} not found in {[r['text'] for r in rows]}")
