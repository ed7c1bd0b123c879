"""Finds an EHC plan's statutory sections (A-K, H1/H2) in a Document.

Councils write headings many ways ("Section F: Special Educational Provision", "F. Provision",
"Part F", "SECTION F -", Word heading styles, table captions) and many use the newer layout in
which each area of need has one table with B | F | E columns. Both are mapped to spans of the
document text. Text before the first section is front matter. Missing or merged sections are
reported, never fatal.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ingest import Block, Document

SECTION_IDS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")
REQUIRED = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")

# Words that identify a section's title on its own (a heading with no letter).
_TITLE_WORDS: dict[str, str] = {
    "A": r"views|interests|aspirations|history|all about me|one page profile",
    "B": r"special educational needs?|(?:sen|needs)\b(?! and provision)|learning difficult",
    "C": r"health (?:care )?needs",
    "D": r"social care needs",
    "E": r"outcomes?",
    "F": r"(?:special educational )?provision|educational provision",
    "G": r"health (?:care )?provision",
    "H1": r"social care provision.*(?:section 2|s\.? ?2\b|chronically sick|csdpa)",
    "H2": r"(?:other|any other) social care provision|social care provision",
    "I": r"placement|school or (?:other )?institution|name (?:and type )?of (?:the )?(?:school|setting)",
    "J": r"personal budget|direct payments?",
    "K": r"advice and information|appendices|information gathered",
}
_TITLE_ONLY = [
    ("H1", re.compile(r"^social care provision\b.*(?:section 2|chronically sick|csdpa)", re.I)),
    ("H2", re.compile(r"^(?:any )?other social care provision\b", re.I)),
    ("B", re.compile(r"^(?:the child(?:'s| or young person's) )?special educational needs?\b(?!,? (?:and provision|outcomes))", re.I)),
    ("C", re.compile(r"^health(?: care)? needs\b", re.I)),
    ("D", re.compile(r"^social care needs\b", re.I)),
    ("E", re.compile(r"^outcomes(?: sought)?\b", re.I)),
    ("F", re.compile(r"^special educational provision\b", re.I)),
    ("G", re.compile(r"^health(?: care)? provision\b", re.I)),
    ("I", re.compile(r"^placement\b", re.I)),
    ("J", re.compile(r"^(?:personal budget|direct payments?)\b", re.I)),
    ("K", re.compile(r"^advice and information\b", re.I)),
]
_ID = r"(?:H\s?1|H\s?2|[A-K])"
_PREFIXED = re.compile(rf"^\s*(?:sections?|part)\s+({_ID})\b(.*)$", re.I)
_LETTER = re.compile(rf"^\s*({_ID}|A[12])\s*(?:[.:)]|\s[-–—|]|\s*\|)\s*(.*)$")
_MORE_IDS = re.compile(rf"(?:,|&|\band\b|/)\s*(?:sections?\s+)?({_ID})\b(?![\w'’])")
_AREAS = {
    "communication_and_interaction": re.compile(r"communication and interaction|speech,? language and communication", re.I),
    "cognition_and_learning": re.compile(r"cognition and learning", re.I),
    "social_emotional_mental_health": re.compile(r"social,? emotional and mental health|\bSEMH\b", re.I),
    "sensory_and_physical": re.compile(r"sensory and/?(?:or )?physical|physical and/?(?:or )?sensory", re.I),
}
_STRONG_LABEL = re.compile(rf"^\s*(?:section\s+({_ID})\b|({_ID})\s*[-–—:.)|])", re.I)
_WEAK_LABELS = [("E", re.compile(r"\boutcomes?\b", re.I)),
                ("F", re.compile(r"\bprovision\b", re.I)),
                ("B", re.compile(r"\bneeds?\b", re.I))]


@dataclass(frozen=True)
class SectionSpan:
    section: str  # a section id, or "front" for front matter
    start: int
    end: int
    title: str = ""
    heading_start: int | None = None
    area: str | None = None  # area of need, in the per-area layout


@dataclass
class SectionMap:
    spans: list[SectionSpan]
    layout: str  # "classic" | "per_area" | "unknown"
    merged: list[tuple[str, ...]] = field(default_factory=list)
    headings: dict[str, list[int]] = field(default_factory=dict)
    merged_at: dict[tuple[str, ...], int] = field(default_factory=dict)  # where each merged heading starts

    def __post_init__(self) -> None:
        self.spans.sort(key=lambda s: s.start)
        self._starts = [s.start for s in self.spans]

    @property
    def present(self) -> list[str]:
        found = {s.section for s in self.spans if s.section in SECTION_IDS}
        return [sid for sid in SECTION_IDS if sid in found]

    @property
    def missing(self) -> list[str]:
        merged_ids = {sid for group in self.merged for sid in group}
        return [sid for sid in REQUIRED if sid not in self.present and sid not in merged_ids]

    def span_at(self, offset: int) -> SectionSpan | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0:
            span = self.spans[i]
            if span.start <= offset < span.end:
                return span
            i -= 1
            if i >= 0 and self.spans[i].end <= offset and self.spans[i].section != "front":
                break
        return None

    def section_at(self, offset: int) -> str | None:
        span = self.span_at(offset)
        return span.section if span and span.section != "front" else None

    def spans_of(self, section: str) -> list[SectionSpan]:
        return [s for s in self.spans if s.section == section]

    def to_json(self) -> list[dict]:
        return [{"id": s.section, "start": s.start, "end": s.end, "title": s.title,
                 **({"area": s.area} if s.area else {})} for s in self.spans]


def _norm_id(raw: str) -> str:
    sid = raw.upper().replace(" ", "")
    return "A" if sid in ("A1", "A2") else sid


def match_heading(text: str, is_heading: bool) -> tuple[str, ...] | None:
    """The section id(s) a heading names, or None. `is_heading` relaxes the title-only forms."""
    s = text.strip().strip("*#").strip()
    if not s or len(s) > 160:
        return None
    if s.endswith(".") and not is_heading and len(s) > 40:
        return None
    m = _PREFIXED.match(s)
    if m:
        first = _norm_id(m.group(1))
        rest = m.group(2)
        if re.match(r"^\s*(?:of|in|to|and the|says|states|is|was|will|should)\b", rest, re.I):
            return None
        ids = [first] + [_norm_id(x) for x in _MORE_IDS.findall(rest[:40])]
        return tuple(dict.fromkeys(ids))
    m = _LETTER.match(s)
    if m:
        sid, title = _norm_id(m.group(1)), m.group(2)
        if sid in _TITLE_WORDS and re.search(_TITLE_WORDS[sid], title, re.I):
            return (sid,)
        return None
    m = _PAREN_IDS.search(s) or (_PAREN_LABEL.search(s) if is_heading else None)
    if m and (is_heading or len(s) < 120):  # "Needs, outcomes and provision (Sections B, E and F)"
        return tuple(dict.fromkeys(_norm_id(x) for x in re.findall(_ID, m.group(1))))
    m = _LETTERS_GAP.match(s)
    if m and is_heading:  # "A  Ruby's views", "B, E and F  Needs, outcomes and provision"
        return tuple(dict.fromkeys(_norm_id(x) for x in re.findall(_ID, m.group(1))))
    if is_heading or (len(s) < 70 and not re.search(r"[.;]\s*$", s)):
        for sid, pattern in _TITLE_ONLY:
            if pattern.match(s) and len(s.split()) <= 14:
                return (sid,)
    return None


def _area_of(text: str) -> str | None:
    for area, pattern in _AREAS.items():
        if pattern.search(text):
            return area
    return None


_LETTERS_GAP = re.compile(rf"^\s*((?:{_ID}|A[12])(?:\s*(?:,|and|&)\s*{_ID})*)(?:\s{{2,}}|\t)\S")
_PAREN_LABEL = re.compile(rf"\((?:section\s+)?({_ID})\)", re.I)
_PAREN_IDS = re.compile(rf"\(sections?\s+({_ID}(?:\s*(?:,|and|&|/)\s*{_ID})+)\)", re.I)


def _label(text: str, weak: bool) -> str | None:
    m = _STRONG_LABEL.match(text.strip()) or _PAREN_LABEL.search(text)
    if m:
        sid = _norm_id(m.group(1) or m.group(2))
        if sid in SECTION_IDS:
            return sid
    if weak and len(text) < 80:
        for sid, pattern in _WEAK_LABELS:
            if pattern.search(text):
                return sid
    return None


def _is_heading_like(doc: Document, block: Block) -> bool:
    if block.kind == "heading":
        return True
    text = doc.block_text(block)
    return len(text) < 120 and not text.rstrip().endswith((".", ",", ";"))


def split_sections(doc: Document) -> SectionMap:
    blocks = doc.blocks
    marks: list[tuple[int, tuple[str, ...], str, int]] = []  # (start, ids, title, block index)
    row_sizes: dict[tuple, int] = {}
    for block in blocks:
        if block.kind == "table_cell":
            key = (block.page, block.origin.table, block.origin.row)
            row_sizes[key] = row_sizes.get(key, 0) + 1
    for i, block in enumerate(blocks):
        if block.kind == "table_cell" and row_sizes[(block.page, block.origin.table, block.origin.row)] > 1:
            continue  # only a one-cell row (a caption) can be a section heading
        if not _is_heading_like(doc, block):
            continue
        ids = match_heading(doc.block_text(block), block.kind == "heading")
        if ids:
            marks.append((block.start, ids, doc.block_text(block).strip(), i))

    spans: list[SectionSpan] = []
    merged: list[tuple[str, ...]] = []
    headings: dict[str, list[int]] = {}
    end_of_text = len(doc.text)
    first = marks[0][0] if marks else end_of_text
    if first > 0 and doc.text[:first].strip():
        # front matter; B | F | E tables in it (a per-area plan with no lettered headings) still split
        spans.extend(_split_tables(doc, -1, 0, first, ("front",), "front matter"))
    for n, (start, ids, title, bi) in enumerate(marks):
        end = marks[n + 1][0] if n + 1 < len(marks) else end_of_text
        for sid in ids:
            headings.setdefault(sid, []).append(start)
        spans.extend(_split_tables(doc, bi, start, end, ids, title))
    # Tables carrying B | F | E columns anywhere (e.g. the per-area layout under a generic heading)
    present_ids = {s.section for s in spans}
    merged_at: dict[tuple[str, ...], int] = {}
    for start, ids, _, _ in marks:
        if len(ids) > 1 and not all(sid in present_ids for sid in ids) and ids not in merged_at:
            merged.append(ids)
            merged_at[ids] = start
    per_area = any(s.area for s in spans) or any(s.section in SECTION_IDS and s.title == "" for s in spans)
    layout = "per_area" if per_area else ("classic" if marks else "unknown")
    return SectionMap(spans=spans, layout=layout, merged=merged, headings=headings, merged_at=merged_at)


def _split_tables(doc: Document, heading_index: int, start: int, end: int, ids: tuple[str, ...],
                  title: str) -> list[SectionSpan]:
    """Spans for one heading's region, splitting out tables whose header row or first column
    names sections (the per-area B | F | E layout)."""
    owner = ids[0]
    nested_under_bef = owner in ("B", "E", "F") and len(ids) == 1
    area = None
    out: list[SectionSpan] = []
    cursor = start
    blocks = [b for b in doc.blocks[heading_index + 1:] if b.start < end]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind != "table_cell":
            if _is_heading_like(doc, block):
                area = _area_of(doc.block_text(block)) or area
            i += 1
            continue
        table_key = (block.page, block.origin.table)
        j = i
        while j < len(blocks) and blocks[j].kind == "table_cell" and (blocks[j].page, blocks[j].origin.table) == table_key:
            j += 1
        cells = blocks[i:j]
        weak = area is not None and not nested_under_bef
        assign = _table_assignment(doc, cells, weak)
        if assign:
            if cursor < cells[0].start:
                out.append(SectionSpan(owner, cursor, cells[0].start, title, start))
            for cell in cells:
                sid = assign.get(cell)
                out.append(SectionSpan(sid or owner, cell.start, cell.end, title if not sid else "", start, area))
            cursor = cells[-1].end
        i = j
    if cursor < end:
        out.append(SectionSpan(owner, cursor, end, title, start, None))
    # merge adjacent spans of the same section
    merged: list[SectionSpan] = []
    for span in out:
        if merged and merged[-1].section == span.section and merged[-1].area == span.area:
            prev = merged[-1]
            merged[-1] = SectionSpan(prev.section, prev.start, span.end, prev.title, prev.heading_start, prev.area)
        else:
            merged.append(span)
    return merged


def _table_assignment(doc: Document, cells: list[Block], weak: bool) -> dict[Block, str]:
    header = [c for c in cells if c.origin.row == cells[0].origin.row]
    col_labels = {c.origin.col: _label(doc.block_text(c), weak) for c in header}
    col_ids = {v for v in col_labels.values() if v}
    if len(col_ids) >= 2:
        return {c: col_labels.get(c.origin.col) for c in cells
                if c.origin.row != cells[0].origin.row and col_labels.get(c.origin.col)}
    first_col = [c for c in cells if c.origin.col == 0]
    row_labels = {c.origin.row: _label(doc.block_text(c), weak) for c in first_col}
    if len({v for v in row_labels.values() if v}) >= 2:
        return {c: row_labels.get(c.origin.row) for c in cells
                if c.origin.col != 0 and row_labels.get(c.origin.row)}
    return {}


def is_label_cell(text: str) -> bool:
    """A table cell that only names a section ("Outcomes (Section E)", "F - Provision")."""
    return len(text) < 80 and _label(text, weak=False) is not None
