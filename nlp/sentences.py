"""Sentence spans with offsets, for evidence an analyst can check against the text."""
from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?;])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*(?:\d{1,3}[.)]|\([a-z0-9]+\)|[A-Z][A-Z ]{3,}$))",
                       re.M)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    spans, cursor = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        _add(text, spans, cursor, m.start())
        cursor = m.end()
    _add(text, spans, cursor, end)
    return spans


def _add(text: str, spans: list, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
