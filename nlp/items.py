"""Provision items: the unit a reviewer reads (a bullet, a table row, a paragraph or sentence).

An item is also the scope for context: a rule's match is judged against the rest of its item,
in the spirit of medspaCy's ConText.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest import Document

from .sections import SectionMap, is_label_cell

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'‘“])")
LONG_ITEM = 350
# A provision written as labelled lines (a table flattened to text): "Need: ...", "Provision: ...",
# "How often: ...", "Delivered by: ..." is one item.
_FIELD = re.compile(r"^\s*(?:[A-Z]\d+\s+)?(?:need|provision|how often|frequency|how long|duration|delivered by|who|"
                    r"staffing|group size|where|when|review|outcome|resources?)\s*:", re.IGNORECASE)
# A running header or footer left in the text ("EHC plan | Section D | page 4"): not plan content.
_RUNNING = re.compile(r"(?:^|\|)\s*page\s+\d+(?:\s+of\s+\d+)?\s*(?:\||$)", re.IGNORECASE)
_FIELD_START = re.compile(r"^\s*(?:[A-Z]\d+\s+)?need\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    section: str | None
    kind: str  # list_item | paragraph | table_row | sentence | heading
    row: tuple | None = None  # (page, table, row) for a table row


def split_items(doc: Document, sections: SectionMap) -> list[Item]:
    items: list[Item] = []
    heading_starts = {start for starts in sections.headings.values() for start in starts} | sections.heading_lines
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
            if len(cells) == 1 and cells[0].start in heading_starts:  # a section heading drawn as a one-cell table
                items.append(Item(cells[0].start, cells[0].end, sections.section_at(cells[0].start), "heading", value))
                continue
            by_section: dict[str | None, list] = {}
            for cell in cells:  # per-area tables hold several sections in one row
                if is_label_cell(doc.block_text(cell)):
                    continue
                by_section.setdefault(sections.section_at(cell.start), []).append(cell)
            for section, group in by_section.items():
                if len({b.origin.col for b in group}) == 1 and (len(group) > 1 or _several(doc.block_text(group[0]))):
                    # one cell holding several paragraphs or bulleted items (the per-area layout): each is one
                    for b in group:
                        items.extend(Item(s, e, section, "table_cell", value)
                                     for s, e in cell_items(doc.block_text(b), b.start))
                else:
                    items.append(Item(group[0].start, group[-1].end, section, "table_row", value))
            continue
        block = value
        section = sections.section_at(block.start)
        text = doc.block_text(block)
        if (_FIELD.match(text) and items and items[-1].kind == "fields" and items[-1].section == section
                and not _FIELD_START.match(text)):
            prev = items.pop()  # "How often: ..." continues the "Provision: ..." item above it
            items.append(Item(prev.start, block.end, section, "fields"))
            continue
        if _FIELD_START.match(text) or (_FIELD.match(text) and block.kind != "heading"):
            items.append(Item(block.start, block.end, section, "fields"))
            continue
        if block.kind == "heading" or block.start in heading_starts or _RUNNING.search(text):
            items.append(Item(block.start, block.end, section, "heading"))
        elif len(text) > LONG_ITEM:
            items.extend(_sentences(block.start, text, section))
        else:
            items.append(Item(block.start, block.end, section, block.kind))
    return items


# Where one cell lists several items: a bullet, or a number opening an item ("1. ", "2) "), after
# the start of the cell or a space; or "; " before a capital letter.
_ITEM_MARK = re.compile(r"(?:^|(?<=\s))(?:[•●◦▪‣·]|\(?\d{1,2}[.)](?=\s+[A-Z]))\s+|(?<=;)\s+(?=[A-Z])")


def _several(text: str) -> bool:
    return len(_ITEM_MARK.findall(text)) >= 2 or (len(_ITEM_MARK.findall(text)) == 1 and not _ITEM_MARK.match(text))


def cell_items(text: str, offset: int) -> list[tuple[int, int]]:
    """The (start, end) of each item in a cell that lists several, split at bullets, item numbers
    or "; " before a capital; the whole cell when it holds one."""
    cuts = [m.start() for m in _ITEM_MARK.finditer(text) if m.start() > 0] + [len(text)]
    out, start = [], 0
    for cut in cuts:
        piece = text[start:cut]
        if piece.strip(" ;\t\n"):
            mark = _ITEM_MARK.match(piece)
            if mark and re.match(r"\s*[•●◦▪‣·]", piece):
                piece = " " * mark.end() + piece[mark.end():]  # the bullet is not part of the item
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip().rstrip(";").rstrip()
            out.append((offset + start + lead, offset + start + lead + len(body)))
        start = cut
    return out or [(offset, offset + len(text))]


def unplaced_items(doc: Document, items: list[Item]) -> list[Item]:
    """The items in no known section, as Section F items: when a plan's layout is not understood,
    these are checked as provision anyway, so no obvious fault hides behind a missed heading."""
    return [replace(it, section="F") for it in items if it.section is None and it.kind != "heading"
            and not title_like(doc.text[it.start:it.end]) and _PROVISION_LIKE.search(doc.text[it.start:it.end])]


# What makes an item provision-like when its section is unknown: it promises something to the child.
_PROVISION_LIKE = re.compile(
    r"\b(?:will (?:have|receive|get|be given|be provided|be offered|attend|access|be supported|be taught)|access to|"
    r"provision|provided|sessions?|therap(?:y|ies|ist)|teaching assistant|intervention|programme|support|"
    r"equipment|laptop|tablet|one[- ]to[- ]one|1:1|small group|weekly|daily|each week|per week|a week|minutes|"
    r"hours)\b", re.IGNORECASE)


def title_like(text: str, max_words: int = 5) -> bool:
    """A short line with no sentence end ("Help in school"): a heading sendlens did not recognise.
    The one test of it: the unplaced-item search and the need and outcome checks use it."""
    s = text.strip()
    return len(s.split()) <= max_words and not s.endswith((".", ")", ";", "!", "?"))


def _sentences(offset: int, text: str, section: str | None) -> list[Item]:
    out, start = [], 0
    for m in _SENTENCE_SPLIT.finditer(text):
        if text[start:m.start()].strip():
            out.append(Item(offset + start, offset + m.start(), section, "sentence"))
        start = m.end()
    if text[start:].strip():
        out.append(Item(offset + start, offset + len(text), section, "sentence"))
    return out
