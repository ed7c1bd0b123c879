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
from ingest.markers import SYMBOL_BULLET

SECTION_IDS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")
REQUIRED = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")

# What each section's title says, however it is worded: statutory, short, plain English or first
# person ("My special educational needs", "What support will I get?"). A title is matched after
# its letter, numbering and possessive ("Ruby's", "the child's", "my") are taken off.
_TITLES: dict[str, str] = {
    "A": r"(?:(?:summary (?:of )?)?(?:the )?views,? interests and aspirations|all about (?:me|\w+)|about me|"
         r"my profile|personal profile|who (?:am i|i am)|pen picture|one[- ]page profile|my story|"
         r"what (?:people|others) (?:like|admire)|history|views)\b",
    "B": r"(?:special educational needs?|sen|needs|learning needs|what i find (?:hard|difficult)|"
         r"strengths and needs|needs and strengths|learning difficult\w*)\b(?!,? (?:and provision|outcomes))",
    "C": r"health(?: care)? needs\b",
    "D": r"social care needs\b",
    "E": r"(?:outcomes?(?: sought)?|what (?:i|we) (?:want|hope) to achieve|how (?:will )?(?:we|you) (?:will )?know|"
         r"my (?:goals|outcomes)|aims? and outcomes)\b",
    "F": r"(?:special educational provision|(?:educational )?provision (?:required|to meet|for)|educational provision|"
         r"(?:what|the) (?:support|help) (?:will )?(?:i|\w+) (?:will )?(?:get|receive|need)|"
         r"(?:support|help) (?:to meet|for) (?:my|\w+'s) (?:special educational )?needs|"
         r"how (?:i|we) will (?:be )?(?:help|support)\w*(?! .*health))\b",
    "G": r"(?:health(?: care)? provision|(?:the )?health (?:care|support|help) (?:that )?(?:i|\w+) (?:will )?(?:get|receive)|"
         r"health support)\b",
    "H1": r"social care (?:provision|support|help).*(?:section 2\b|s\.? ?2\b|chronically sick|csdpa)",
    "H2": r"(?:any )?other social care (?:provision|support|help)\b",
    "I": r"(?:(?:education(?:al)? )?placement|(?:the )?(?:name and type|type and name) of (?:the )?(?:school|setting|"
         r"institution|placement)|school or (?:other )?institution|where i will (?:learn|go to school|study)|"
         r"my school)\b",
    "J": r"(?:personal budget|direct payments?)\b",
    "K": r"(?:(?:the )?advice and information|who (?:has )?(?:given|gave) advice|information gathered|"
         r"reports? (?:received|used)|appendices)\b",
}
_TITLE_RES = {sid: re.compile(rf"^(?:{p})", re.IGNORECASE) for sid, p in _TITLES.items()}
_POSSESSIVE = re.compile(r"^(?:the |my |our |your |this )?(?:(?:child|young person|pupil|student|learner|"
                         r"child or young person|[A-Z][\w-]+)(?:'s|’s) )?", re.IGNORECASE)
_ID = r"(?:H\s?1|H\s?2|[A-K])"
_ID_WORD = rf"(?:{_ID}(?![\w'’]))"
_NUMBERING = re.compile(r"^\s*(?:(?:part|chapter|step)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4})(?:[.):]|\s*[-–—])?\s+(?=\S)",
                        re.IGNORECASE)
_PREFIXED = re.compile(rf"^\s*(?:sections?|part)\s+({_ID_WORD})(.*)$", re.IGNORECASE)
_BRACKET = re.compile(rf"^\s*[(\[]({_ID_WORD})[)\]]\s*[-–—:.]?\s*(.*)$", re.IGNORECASE)
_LETTER = re.compile(rf"^\s*({_ID}|A[12])\s*(?:[.:)]|\s[-–—|]|\s*\|)\s*(.*)$")
_MORE_IDS = re.compile(rf"(?:,|&|\band\b|/)\s*(?:sections?\s+)?({_ID})\b(?![\w'’])")
_LEADER = re.compile(r"(?:\s*\.{3,}\s*\d{0,3}|(?:\s{2,}|\t)\s*\d{1,3})\s*$")  # a contents line's dots and page
_AREAS = {
    "communication_and_interaction": re.compile(r"communication and interaction|speech,? language and communication", re.IGNORECASE),
    "cognition_and_learning": re.compile(r"cognition and learning", re.IGNORECASE),
    "social_emotional_mental_health": re.compile(r"social,? emotional and mental health|\bSEMH\b", re.IGNORECASE),
    "sensory_and_physical": re.compile(r"sensory and/?(?:or )?physical|physical and/?(?:or )?sensory", re.IGNORECASE),
    "self_care_and_independence": re.compile(r"self[- ]care and independence|independence and self[- ]care", re.IGNORECASE),
}
_STRONG_LABEL = re.compile(rf"^\s*(?:section\s+({_ID})\b|({_ID})\s*[-–—:.)|])", re.IGNORECASE)
_WEAK_LABELS = [("E", re.compile(r"\boutcomes?\b", re.IGNORECASE)),
                ("F", re.compile(r"\bprovision\b", re.IGNORECASE)),
                ("B", re.compile(r"\bneeds?\b", re.IGNORECASE))]
# Columns that describe a provision (how often, who) belong to Section F when the table has one.
_F_ATTRIBUTES = re.compile(r"^\s*(?:frequency|how often|how long|duration|delivered by|who\b|by whom|staff\w*|"
                           r"resources?|group size|where|when|review|cost|amount|hours)", re.IGNORECASE)


MIN_FOUND = 4  # fewer sections than this and the plan is "not understood"


@dataclass(frozen=True)
class Structure:
    """Whether sendlens understood the plan's layout. When it did not, every provision-like item is
    still checked with its section unknown, and every output says so first."""

    recognised: bool
    found: list[str]
    reason: str

    def to_json(self) -> dict:
        return {"recognised": self.recognised, "found": list(self.found), "reason": self.reason}


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
    heading_lines: set[int] = field(default_factory=set)  # start of every line of every section heading
    # table rows that state a need with nothing in the matching provision cell: (need section, start, end)
    row_gaps: list[tuple[str, int, int]] = field(default_factory=list)

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

    def structure(self) -> Structure:
        """Whether the plan's layout was understood: Section F and at least MIN_FOUND sections found."""
        merged_ids = {sid for group in self.merged for sid in group}
        found = [sid for sid in SECTION_IDS if sid in self.present or sid in merged_ids]
        if not found:
            reason = "no plan sections were found: the headings were not recognised"
        elif "F" not in found:
            reason = f"Section F (special educational provision) was not found; found only {' '.join(found)}"
        elif len(found) < MIN_FOUND:
            reason = f"most sections were not found; found only {' '.join(found)}"
        else:
            return Structure(True, found, "")
        return Structure(False, found, reason)

    def to_json(self) -> list[dict]:
        return [{"id": s.section, "start": s.start, "end": s.end, "title": s.title,
                 **({"area": s.area} if s.area else {})} for s in self.spans]


def _norm_id(raw: str) -> str:
    sid = raw.upper().replace(" ", "")
    return "A" if sid in ("A1", "A2") else sid


def _expand(ids) -> tuple[str, ...]:
    """Section ids in order, once each; "H" alone is H1 and H2 under one heading."""
    out: list[str] = []
    for sid in ids:
        out.extend(("H1", "H2") if sid == "H" else (sid,))
    return tuple(dict.fromkeys(out))


# Loose words that confirm a title agrees with the letter in front of it ("F. Provision").
_LOOSE = {
    "A": r"views|interests|aspirations|history|about me|profile|who (?:am i|i am)|my story|important to me",
    "B": r"needs?\b|sen\b|learning difficult|what i find",
    "C": r"health",
    "D": r"social care",
    "E": r"outcomes?|achieve|progress|goals",
    "F": r"provision|support|help",
    "G": r"health",
    "H": r"social care|care provision",
    "H1": r"social care|section 2|csdpa|chronically sick",
    "H2": r"social care",
    "I": r"placement|school|setting|institution|where i will",
    "J": r"personal budget|direct payments?|budget",
    "K": r"advice|information|reports?|appendices",
}
_BARE = re.compile(rf"^\s*(?:(?:sections?|part)\s+)?[(\[]?({_ID})[)\]]?\s*[.:]?\s*$", re.IGNORECASE)
_LETTERS_GAP = re.compile(rf"^\s*((?:{_ID}|A[12])(?:\s*(?:,|and|&)\s*{_ID})*)(?:\s{{2,}}|\t)\S")
_PAREN_LABEL = re.compile(rf"\((?:section\s+)?({_ID})\)\s*[:.]?\s*$", re.IGNORECASE)
_PAREN_IDS = re.compile(rf"\(sections?\s+({_ID}(?:\s*(?:,|and|&|/)\s*{_ID})+)\)", re.IGNORECASE)
_COMBINED = re.compile(r"^(?:(?:special educational )?needs?,? (?:provision|outcomes)(?:,? and (?:provision|outcomes))?|"
                       r"(?:special educational )?needs?,? (?:outcomes )?and provision)\b", re.IGNORECASE)
_MENTION = re.compile(r"^\s*(?:of|in|to|and the|says|states|is|was|will|should|sets|must|has|have|does|can)\b", re.IGNORECASE)


def title_section(title: str) -> str | None:
    """The section a title names by what it says, with no letter ("What support will I get?")."""
    t = title.strip().strip("*#:.-–—|? ").strip()
    t = _POSSESSIVE.sub("", t, count=1)
    for sid in ("H1", "H2", "C", "D", "G", "K", "J", "I", "F", "E", "B", "A"):
        if _TITLE_RES[sid].match(t):
            return sid
    return None


# Words of the statutory titles: a title made only of these, after a letter, is a (wrapped) title.
_TITLE_VOCAB = {"special", "educational", "needs", "need", "provision", "health", "care", "social", "outcomes",
                "other", "any", "and", "the", "of", "placement", "personal", "budget", "advice", "information",
                "views", "interests", "aspirations", "sen", "–", "-", "(continued)", "continued"}


def _agrees(sid: str, title: str) -> bool:
    title = title.strip()
    if not title or title_section(title) == sid or re.search(_LOOSE.get(sid, "$^"), title, re.IGNORECASE):
        return True
    words = title.lower().split()
    return len(words) <= 4 and all(w.strip(",:") in _TITLE_VOCAB for w in words) and title_section(title) is None


def read_heading(text: str, is_heading: bool) -> tuple[tuple[str, ...], str] | None:
    """The section id(s) a heading names and how: 'letter' (a letter, with or without a title that
    agrees), 'letter_only' (only a letter: the title may follow on the next line) or 'title' (the
    title alone says which section it is). None for anything else."""
    if SYMBOL_BULLET.match(text.strip()):
        return None  # a bulleted line is an item ("- Direct payment of £1,560"), never a section heading
    s = _LEADER.sub("", text.strip().strip("*#").strip()).strip()
    if not s or len(s) > 160:
        return None
    if s.endswith(".") and not is_heading and len(s) > 40:
        return None
    s = _NUMBERING.sub("", s, count=1) or s
    m = _BARE.match(s)
    if m:
        return _expand([_norm_id(m.group(1))]), "letter_only"
    m = _PREFIXED.match(s)
    if m:
        rest = m.group(2)
        if _MENTION.match(rest):
            return None
        ids = _expand([_norm_id(m.group(1))] + [_norm_id(x) for x in _MORE_IDS.findall(rest[:40])])
        return ids, "letter"
    m = _BRACKET.match(s)
    if m:
        sid = _norm_id(m.group(1))
        return ((_expand([sid]), "letter") if _agrees(sid, m.group(2)) else None)
    m = _LETTER.match(s)
    if m:
        sid, title = _norm_id(m.group(1)), m.group(2)
        if title and re.search(_TITLES.get(sid, "$^"), title, re.IGNORECASE) or (title and _agrees(sid, title)
                                                                          and len(title.split()) <= 12):
            return _expand([sid]), "letter"
        return None
    short = len(s) < 120 and (is_heading or not re.search(r"[.;,]\s*$", s))
    m = _PAREN_IDS.search(s)
    if m and (is_heading or len(s) < 120):  # "Needs, outcomes and provision (Sections B, E and F)"
        return _expand(_norm_id(x) for x in re.findall(_ID, m.group(1))), "letter"
    m = _PAREN_LABEL.search(s)
    if m and short:  # "7. The help I will get (Section F)"
        return _expand([_norm_id(m.group(1))]), "letter"
    m = _LETTERS_GAP.match(s)
    if m and is_heading:  # "A  Ruby's views", "B, E and F  Needs, outcomes and provision"
        return _expand(_norm_id(x) for x in re.findall(_ID, m.group(1))), "letter"
    if (is_heading or (len(s) < 80 and not re.search(r"[.;,]\s*$", s))) and len(s.split()) <= 12 \
            and not re.search(r":\s*\S", s):
        if _COMBINED.match(s):  # "Special educational needs, provision and outcomes": B, F (and E) together
            return ("B", "E", "F") if re.search(r"outcomes", s, re.IGNORECASE) else ("B", "F"), "title"
        sid = title_section(s)
        if sid:
            return (sid,), "title"
    return None


def match_heading(text: str, is_heading: bool) -> tuple[str, ...] | None:
    """The section id(s) a heading names, or None. `is_heading` relaxes the title-only forms."""
    found = read_heading(text, is_heading)
    return found[0] if found else None


def _area_of(text: str) -> str | None:
    for area, pattern in _AREAS.items():
        if pattern.search(text):
            return area
    return None


def _label(text: str, weak: bool) -> str | None:
    m = _STRONG_LABEL.match(text.strip()) or _PAREN_LABEL.search(text)
    if m:
        sid = _norm_id(m.group(1) or m.group(2)) if m.lastindex and m.lastindex > 1 else _norm_id(m.group(1))
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
    text = _LEADER.sub("", doc.block_text(block)).rstrip()  # a contents entry's dot leader is not a full stop
    return len(text) < 120 and not text.endswith((".", ",", ";"))


@dataclass
class _Mark:
    start: int
    ids: tuple[str, ...]
    how: str
    title: str
    index: int  # block index of the (last line of the) heading
    lines: tuple[int, ...] = ()  # starts of the heading's lines


def _furniture(doc: Document) -> set[str]:
    """Short numbered lines repeated three or more times ("Section F | page 3"): running headers
    and footers, not headings. (Repeated labels without numbers, as in per-area tables, stay.)"""
    counts: dict[str, int] = {}
    for block in doc.blocks:
        text = doc.block_text(block)
        if len(text) < 120 and re.search(r"\d|\bpage\b", text, re.IGNORECASE):
            key = re.sub(r"\d+", "#", text.strip().lower())
            counts[key] = counts.get(key, 0) + 1
    return {k for k, v in counts.items() if v >= 3}


def _candidates(doc: Document) -> list[_Mark]:
    blocks = doc.blocks
    row_sizes: dict[tuple, int] = {}
    for block in blocks:
        if block.kind == "table_cell":
            key = (block.page, block.origin.table, block.origin.row)
            row_sizes[key] = row_sizes.get(key, 0) + 1
    furniture = _furniture(doc)
    marks: list[_Mark] = []
    consumed: set[int] = set()
    labelled: dict[tuple, int] = {}  # tables whose first column labels rows with sections
    for block in blocks:
        if block.kind == "table_cell" and block.origin.col == 0 and _label(doc.block_text(block), False):
            key = (block.page, block.origin.table)
            labelled[key] = labelled.get(key, 0) + 1

    def eligible(block: Block) -> bool:
        if block.kind == "table_cell" and (row_sizes[(block.page, block.origin.table, block.origin.row)] > 1
                                           or labelled.get((block.page, block.origin.table), 0) >= 2):
            return False  # only a one-cell row (a caption) can be a section heading, not a row label
        text = doc.block_text(block)
        return _is_heading_like(doc, block) and re.sub(r"\d+", "#", text.strip().lower()) not in furniture

    for i, block in enumerate(blocks):
        if i in consumed or not eligible(block):
            continue
        text = doc.block_text(block).strip()
        found = read_heading(text, block.kind == "heading")
        if not found:
            continue
        ids, how = found
        end_index = i
        if how == "letter_only" and i + 1 < len(blocks) and eligible(blocks[i + 1]):
            nxt = doc.block_text(blocks[i + 1]).strip()
            following = read_heading(nxt, blocks[i + 1].kind == "heading")
            # "Section B" / "My special educational needs": the title on the next line is part of the heading
            if following is None or (following[1] == "title" and (following[0] == ids or len(ids) > 1
                                                                   or _agrees(ids[0], nxt))):
                consumed.add(i + 1)
                text, end_index = f"{text} {nxt}", i + 1
        marks.append(_Mark(block.start, ids, "letter" if how == "letter_only" else how, text, end_index,
                           tuple(b.start for b in blocks[i:end_index + 1])))
    return _drop_contents(doc, _drop_titles(marks))


def _drop_titles(marks: list[_Mark]) -> list[_Mark]:
    """A plan that letters its headings uses titles alone for sub-headings ("My story" inside A):
    a title-only match counts only for a section no lettered heading names."""
    lettered = {sid for m in marks if m.how == "letter" for sid in m.ids}
    if len([m for m in marks if m.how == "letter"]) < 3:
        return marks
    return [m for m in marks if m.how == "letter" or not set(m.ids) <= lettered]


def _drop_contents(doc: Document, marks: list[_Mark]) -> list[_Mark]:
    """A contents page lists the headings with nothing between them: a run of three or more such
    marks whose sections appear again later is the contents, not the sections."""
    def empty_after(n: int) -> bool:
        """Nothing but page numbers, dot leaders or a wrapped word of the entry before the next mark."""
        block_end = doc.blocks[marks[n].index].end
        nxt = marks[n + 1].start if n + 1 < len(marks) else len(doc.text)
        rest = re.sub(r"\.{3,}\s*\d*|\d+", "", doc.text[block_end:nxt])
        return sum(ch.isalpha() for ch in rest) < 15

    out, n = [], 0
    while n < len(marks):
        j = n
        while j < len(marks) and empty_after(j):
            j += 1
        run = marks[n:j]
        later = {sid for m in marks[j:] for sid in m.ids}
        if len(run) >= 3 and sum(1 for m in run if set(m.ids) <= later) * 2 >= len(run):
            n = j  # the contents page: every run entry dropped; the mark after it starts the sections
            continue
        out.append(marks[n])
        n += 1
    return out


def split_sections(doc: Document) -> SectionMap:
    marks = _candidates(doc)
    gaps: list[tuple[str, int, int]] = []
    spans: list[SectionSpan] = []
    merged: list[tuple[str, ...]] = []
    headings: dict[str, list[int]] = {}
    end_of_text = len(doc.text)
    first = marks[0].start if marks else end_of_text
    if first > 0 and doc.text[:first].strip():
        # front matter; B | F | E tables in it (a per-area plan with no lettered headings) still split
        spans.extend(_split_tables(doc, -1, 0, first, ("front",), "front matter", gaps))
    for n, mark in enumerate(marks):
        end = marks[n + 1].start if n + 1 < len(marks) else end_of_text
        for sid in mark.ids:
            headings.setdefault(sid, []).append(mark.start)
        spans.extend(_split_tables(doc, mark.index, mark.start, end, mark.ids, mark.title, gaps))
    # Tables carrying B | F | E columns anywhere (e.g. the per-area layout under a generic heading)
    present_ids = {s.section for s in spans}
    merged_at: dict[tuple[str, ...], int] = {}
    for mark in marks:
        ids = mark.ids
        if len(ids) > 1 and not all(sid in present_ids for sid in ids) and ids not in merged_at:
            merged.append(ids)
            merged_at[ids] = mark.start
    per_area = any(s.area for s in spans) or any(s.section in SECTION_IDS and s.title == "" for s in spans)
    layout = "per_area" if per_area else ("classic" if marks else "unknown")
    return SectionMap(spans=spans, layout=layout, merged=merged, headings=headings, merged_at=merged_at,
                      heading_lines={start for mark in marks for start in mark.lines}, row_gaps=gaps)


def _split_tables(doc: Document, heading_index: int, start: int, end: int, ids: tuple[str, ...],
                  title: str, gaps: list | None = None) -> list[SectionSpan]:
    """Spans for one heading's region, splitting out tables whose header row or first column
    names sections (the per-area B | F | E layout)."""
    owner = ids[0]
    nested_under_bef = owner in ("B", "E", "F") and len(ids) == 1
    area = None
    out: list[SectionSpan] = []
    cursor = start
    blocks = [b for b in doc.blocks[heading_index + 1:] if b.start < end]
    i, last_table_end, carry = 0, -1, None
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
        follows = last_table_end == i  # nothing between this table and the one before (a page break)
        assign, carry = _table_assignment(doc, cells, weak, carry if follows else None)
        last_table_end = j
        if gaps is not None and assign:
            gaps.extend(_gaps(cells, assign, carry))
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


_PROVIDES = {"B": ("F",), "D": ("H1", "H2")}  # a need, and the provision a row must give it


def _gaps(cells: list[Block], assign: dict[Block, str], carry: tuple | None) -> list[tuple[str, int, int]]:
    """Needs whose provision cell is empty, in tables with a column per section (B | F | E, or
    D | H1 | H2 | E): each row is one need with its provision beside it."""
    if not carry or carry[0] != "cols":
        return []
    columns = {sid for sid in carry[1].values() if sid}
    by_row: dict[int, set[str]] = {}
    for cell in cells:
        if cell in assign:
            by_row.setdefault(cell.origin.row, set()).add(assign[cell])
    out = []
    for need, provided_by in _PROVIDES.items():
        if need in columns and columns & set(provided_by):
            for cell in cells:
                if assign.get(cell) == need and not by_row[cell.origin.row] & set(provided_by):
                    out.append((need, cell.start, cell.end))
    return out


def _table_assignment(doc: Document, cells: list[Block], weak: bool,
                      carry: tuple | None = None) -> tuple[dict[Block, str], tuple | None]:
    """Which section each cell belongs to, from the column headers or the first column's labels;
    and what a table continuing this one on the next page inherits (`carry`)."""
    header = [c for c in cells if c.origin.row == cells[0].origin.row]
    col_labels = {c.origin.col: _label(doc.block_text(c), weak) for c in header}
    col_ids = {v for v in col_labels.values() if v}
    if len(col_ids) >= 2:
        if "F" in col_ids:  # "Need | Provision | Frequency | Delivered by": how often and who are F too
            col_labels = {col: sid or ("F" if _F_ATTRIBUTES.match(doc.block_text(c)) else None)
                          for c in header for col, sid in [(c.origin.col, col_labels[c.origin.col])]}
        return ({c: col_labels.get(c.origin.col) for c in cells
                 if c.origin.row != cells[0].origin.row and col_labels.get(c.origin.col)}, ("cols", col_labels))
    first_col = [c for c in cells if c.origin.col == 0]
    row_labels = {c.origin.row: _label(doc.block_text(c), weak) for c in first_col}
    # one strong label ("F – Special Educational Provision") is enough over rows that continue it (a
    # table broken across pages) or under an area-of-need heading; a lone one-row table naming a section is not
    strong = any(_label(doc.block_text(c), False) for c in first_col) and (len({c.origin.row for c in cells}) > 1
                                                                          or weak)  # under an area of need
    continued = carry is not None and carry[0] == "rows" and cells[0].origin.row not in row_labels
    if len({v for v in row_labels.values() if v}) >= 2 or strong or continued:
        # a row with no label continues the labelled row above it (a row broken across pages)
        current, labels = (carry[1] if continued else None), {}
        for row in sorted({c.origin.row for c in cells}):
            if row in row_labels:
                current = row_labels[row]
            labels[row] = current
        return ({c: labels[c.origin.row] for c in cells
                 if labels.get(c.origin.row) and not (c.origin.col == 0 and c.origin.row in row_labels)},
                ("rows", current))
    if carry is not None and carry[0] == "cols":  # the header row stayed on the previous page
        return {c: carry[1].get(c.origin.col) for c in cells if carry[1].get(c.origin.col)}, carry
    return {}, None


def is_label_cell(text: str) -> bool:
    """A table cell that only names a section ("Outcomes (Section E)", "F - Provision")."""
    return len(text) < 80 and _label(text, weak=False) is not None
