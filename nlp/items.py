"""Provision items: the unit a reviewer reads (a bullet, a table row, a paragraph or sentence).

An item is also the scope for context: a rule's match is judged against the rest of its item,
in the spirit of medspaCy's ConText.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest import Document

from .sections import SectionMap

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'‘“])")
LONG_ITEM = 350


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    section: str | None
    kind: str  # list_item | paragraph | table_row | sentence | heading
    row: tuple | None = None  # (page, table, row) for a table row


def split_items(doc: Document, sections: SectionMap) -> list[Item]:
    items: list[Item] = []
    heading_starts = {start for starts in sections.headings.values() for start in starts}
    rows: dict[tuple, list] = {}
    order: list[tuple] = []
    for block in doc.blocks:
        if block.kind == "table_cell":
            key = (block.page, block.origin.table, block.origin.row)
            if key not in rows:
                rows[key] = []
                order.append(("row", key))
            rows[key].append(block)
        else:
            order.append(("block", block))
    for kind, value in order:
        if kind == "row":
            cells = rows[value]
            by_section: dict[str | None, list] = {}
            for cell in cells:  # per-area tables hold several sections in one row
                by_section.setdefault(sections.section_at(cell.start), []).append(cell)
            for section, group in by_section.items():
                items.append(Item(group[0].start, group[-1].end, section, "table_row", value))
            continue
        block = value
        section = sections.section_at(block.start)
        text = doc.block_text(block)
        if block.kind == "heading" or block.start in heading_starts:
            items.append(Item(block.start, block.end, section, "heading"))
        elif len(text) > LONG_ITEM:
            items.extend(_sentences(block.start, text, section))
        else:
            items.append(Item(block.start, block.end, section, block.kind))
    return items


def _sentences(offset: int, text: str, section: str | None) -> list[Item]:
    out, start = [], 0
    for m in _SENTENCE_SPLIT.finditer(text):
        if text[start:m.start()].strip():
            out.append(Item(offset + start, offset + m.start(), section, "sentence"))
        start = m.end()
    if text[start:].strip():
        out.append(Item(offset + start, offset + len(text), section, "sentence"))
    return out
