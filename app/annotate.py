"""Annotated Word output: one Word comment per finding, anchored to exactly the flagged words.

For a .docx upload the comments go into the author's own file (`annotate_docx`): every finding's
`start..end` is mapped through its block's `Origin` to a body paragraph or table-cell paragraph and
to character offsets inside it; the runs are split at the phrase boundaries (each piece keeps a copy
of the run properties, so bold, italics and hyperlinks survive) and a comment range is placed
around the pieces. The text of the file is unchanged. For PDF and text uploads (`plan_to_docx`) a
new Word file of the plan is built from the blocks and annotated the same way.

`decisions` maps a finding key (`finding_key(f)`, "code:start:end") to
`{"status": "accepted" | "dismissed", "reason": str}`; the status is shown in the comment, and
dismissed findings can be left out with `include_dismissed=False`.
"""
from __future__ import annotations

import bisect
import copy
import functools
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingest import Document
from ingest.docx_reader import walk
from ingest.markers import SYMBOL_BULLET
from nlp.findings import Finding

__all__ = ["annotate_docx", "annotated_bytes", "comment_text", "finding_key", "plan_to_docx"]

# characters that cannot be written into XML; each is replaced by a space so offsets stay 1:1
_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
# run children that carry text, as python-docx's CT_R.text counts them
_TEXT_TAGS = ("t", "tab", "ptab", "br", "cr", "noBreakHyphen")


def finding_key(f: Finding) -> str:
    """Unique per finding: whole-plan findings (no span) differ by their section."""
    key = f"{f.code}:{f.start}:{f.end}"
    return key if f.end > f.start else f"{key}:{f.section or '-'}"


def comment_text(f: Finding, decision: dict | None = None) -> str:
    """`[severity] code: message`, then Fix, Law and Rewrite lines; a reviewer's decision first."""
    head = f"[{f.severity}] {f.code}: {f.message}"
    status = (decision or {}).get("status")
    if status == "accepted":
        head = f"[accepted] {head}"
    elif status == "dismissed":
        reason = str((decision or {}).get("reason") or "").strip()
        head = f"[dismissed: {reason}] {head}" if reason else f"[dismissed] {head}"
    lines = [head, f"Fix: {f.suggestion}", f"Law: {'; '.join(f.basis)}"]
    if f.rewrite:
        lines.append(f"Rewrite: {f.rewrite}")
    return _XML_BAD.sub(" ", "\n".join(lines)).replace("\r", " ")


# ---------------------------------------------------------------- public API

def annotate_docx(data: bytes, doc: Document, findings: Iterable[Finding], author: str = "sendlens",
                  decisions: dict | None = None, *, include_dismissed: bool = True,
                  initials: str | None = None) -> bytes:
    """The same Word file, with one comment per finding anchored to the flagged words.

    `doc` must be what `ingest.load(data)` returned for these bytes: its block origins say which
    paragraph each offset lives in.
    """
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = _origin_map(document)
    targets: dict[int, _Target] = {}
    for i, block in enumerate(doc.blocks):
        o = block.origin
        key = ("p", o.paragraph) if o.table is None else ("t", o.table, o.row, o.col, o.paragraph)
        para = paragraphs.get(key)
        if para is not None:
            full = para.text
            targets[i] = _Target(para, len(full) - len(full.lstrip()))
    _add_comments(document, doc, list(findings), targets, author, decisions, include_dismissed, initials)
    return _save(document)


def plan_to_docx(doc: Document, findings: Iterable[Finding], author: str = "sendlens",
                 decisions: dict | None = None, *, include_dismissed: bool = True,
                 initials: str | None = None, title: str | None = None) -> bytes:
    """A new Word file of the plan (for PDF or text input), annotated like `annotate_docx`.

    Headings become Heading styles, bullet items List Bullet paragraphs (the bullet character
    dropped), table cells a table rebuilt from their row and column (or paragraphs when the cell has
    no position), everything else a paragraph.
    """
    import docx

    document = docx.Document()
    document.core_properties.title = title or doc.filename
    targets: dict[int, _Target] = {}
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "table_cell" and block.origin.row is not None and block.origin.col is not None:
            j = i
            key = (block.page, block.origin.table)
            while (j < len(blocks) and blocks[j].kind == "table_cell" and blocks[j].origin.row is not None
                   and blocks[j].origin.col is not None and (blocks[j].page, blocks[j].origin.table) == key):
                j += 1
            _add_table(document, doc, range(i, j), targets)
            i = j
            continue
        text = doc.block_text(block)
        style, prefix = None, 0
        if block.kind == "heading":
            m = _MD_HEADING.match(text)
            prefix = m.end() if m else 0
            level = 1 if block.level is None else max(0, min(block.level, 9))
            style = "Title" if level == 0 else f"Heading {level}"
        elif block.kind == "list_item":
            m = SYMBOL_BULLET.match(text)
            if m:
                prefix, style = m.end(), "List Bullet"
            else:
                style = "List Paragraph"
        para = document.add_paragraph(_plain(text[prefix:]), style=style)
        targets[i] = _Target(para, -prefix)
        i += 1
    _add_comments(document, doc, list(findings), targets, author, decisions, include_dismissed, initials)
    return _save(document)


def annotated_bytes(data: bytes, doc: Document, findings: Iterable[Finding], **kw) -> bytes:
    """The annotated Word file for any upload: the original file for DOCX, a rebuilt one otherwise."""
    if doc.format == "docx":
        kw.pop("title", None)  # the author's file keeps its own title
        return annotate_docx(data, doc, findings, **kw)
    return plan_to_docx(doc, findings, **kw)


# ---------------------------------------------------------------- mapping offsets to paragraphs

@dataclass
class _Target:
    paragraph: object  # docx.text.paragraph.Paragraph
    shift: int  # paragraph offset = document offset - block.start + shift


def _origin_map(document) -> dict[tuple, object]:
    """Every paragraph keyed by the Origin ingest gave it (ingest.docx_reader.walk: one numbering)."""
    out: dict[tuple, object] = {}
    for origin, paragraph in walk(document):
        key = ("p", origin.paragraph) if origin.table is None else \
            ("t", origin.table, origin.row, origin.col, origin.paragraph)
        out[key] = paragraph
    return out


def _locate(doc: Document, f: Finding) -> tuple[int, int, int] | None:
    """(block index, start, end) in document offsets: the part of the finding in its first block.

    A zero-width (document-level) finding covers the whole block at its offset; offset 0 is the
    first paragraph.
    """
    blocks = doc.blocks
    if not blocks:
        return None
    starts = [b.start for b in blocks]
    i = max(0, bisect.bisect_right(starts, f.start) - 1)
    while i < len(blocks) and blocks[i].end <= f.start:
        i += 1
    if i == len(blocks):
        i = len(blocks) - 1
    b = blocks[i]
    if f.end <= f.start or f.end <= b.start:
        return i, b.start, b.end
    return i, max(f.start, b.start), min(f.end, b.end)


def _add_comments(document, doc: Document, findings: list[Finding], targets: dict[int, _Target],
                  author: str, decisions: dict | None, include_dismissed: bool, initials: str | None) -> None:
    if initials is None:
        initials = "".join(w[0] for w in author.split()).upper()[:3] or None
    decisions = decisions or {}
    fallback = min(targets) if targets else None
    for f in findings:
        decision = decisions.get(finding_key(f))
        if decision and decision.get("status") == "dismissed" and not include_dismissed:
            continue
        located = _locate(doc, f)
        if located is None:
            continue
        i, s, e = located
        target = targets.get(i)
        if target is None:  # block not found in the file: anchor to the first paragraph we know
            if fallback is None:
                continue
            i = fallback
            b = doc.blocks[i]
            target, s, e = targets[i], b.start, b.end
        block = doc.blocks[i]
        raw_s, raw_e = s - block.start + target.shift, e - block.start + target.shift
        para_text = target.paragraph.text
        ps, pe = max(0, raw_s), min(len(para_text), raw_e)
        wanted = doc.text[s:e]
        expected = wanted[ps - raw_s:len(wanted) - (raw_e - pe)]
        if para_text[ps:pe] not in (expected, _plain(expected)):
            # the file and the Document disagree here: find the words, else take the paragraph
            hit = max(para_text.find(wanted), para_text.find(_plain(wanted)))
            ps, pe = (hit, hit + len(wanted)) if wanted and hit >= 0 else (0, len(para_text))
        if pe <= ps:
            ps, pe = 0, len(para_text)
        first, last = _isolate(target.paragraph, ps, pe)
        if first is None:
            continue
        _comment(document, target.paragraph, first, last, comment_text(f, decision), author, initials)


# ---------------------------------------------------------------- run surgery

def _text_runs(p_elm) -> list:
    """The paragraph's `w:r` elements that make up `paragraph.text`, hyperlink runs included."""
    from docx.oxml.ns import qn

    out = []
    for child in p_elm.xpath("./w:r | ./w:hyperlink"):
        if child.tag == qn("w:hyperlink"):
            out.extend(child.xpath("./w:r"))
        else:
            out.append(child)
    return out


@functools.cache
def _text_tags() -> frozenset[str]:
    from docx.oxml.ns import qn

    return frozenset(qn(f"w:{t}") for t in _TEXT_TAGS)


def _width(child) -> int:
    return len(str(child)) if child.tag in _text_tags() else 0


def _split_run(r, k: int):
    """Split run `r` so its first `k` characters stay in `r`; the rest go to a copy placed after it."""
    from docx.oxml.ns import qn

    right = copy.deepcopy(r)
    rpr = qn("w:rPr")
    pos = 0
    for lc, rc in zip([c for c in r if c.tag != rpr], [c for c in right if c.tag != rpr]):
        w = _width(lc)
        if pos + w <= k and not (w == 0 and pos >= k):
            right.remove(rc)
        elif pos >= k:
            r.remove(lc)
        else:  # a w:t straddling the cut
            cut = k - pos
            lc.text, rc.text = lc.text[:cut], rc.text[cut:]
            for t in (lc, rc):
                t.set(qn("xml:space"), "preserve")
        pos += w
    r.addnext(right)
    return right


def _isolate(paragraph, ps: int, pe: int):
    """Split runs at `ps` and `pe`; return the first and last run elements covering [ps, pe)."""
    p_elm = paragraph._p
    for cut in (ps, pe):
        pos = 0
        for r in _text_runs(p_elm):
            w = len(r.text)
            if pos < cut < pos + w:
                _split_run(r, cut - pos)
                break
            pos += w
    first = last = None
    pos = 0
    for r in _text_runs(p_elm):
        w = len(r.text)
        if w and ps <= pos and pos + w <= pe:
            first = first if first is not None else r
            last = r
        pos += w
    return first, last


def _comment(document, paragraph, first, last, text: str, author: str, initials: str | None) -> None:
    from docx.oxml.ns import qn
    from docx.text.run import Run

    comment = document.add_comment([Run(first, paragraph), Run(last, paragraph)], text=text,
                                   author=author, initials=initials)
    parent = last.getparent()
    if parent.tag == qn("w:hyperlink"):
        # keep the comment's reference mark out of the link (the range end may stay inside it)
        ref = [r for r in parent.xpath("./w:r[w:commentReference]")
               if r.xpath("./w:commentReference/@w:id")[0] == str(comment.comment_id)]
        for r in ref:
            parent.addnext(r)


# ---------------------------------------------------------------- building a new file

def _add_table(document, doc: Document, indexes: range, targets: dict[int, _Target]) -> None:
    blocks = [doc.blocks[i] for i in indexes]
    rows = max(b.origin.row for b in blocks) + 1
    cols = max(b.origin.col for b in blocks) + 1
    table = document.add_table(rows=rows, cols=cols)
    try:
        table.style = "Table Grid"
    except (KeyError, ValueError):
        pass
    used: set[tuple[int, int]] = set()
    for i, b in zip(indexes, blocks):
        cell = table.cell(b.origin.row, b.origin.col)
        text = _plain(doc.block_text(b))
        if (b.origin.row, b.origin.col) in used:
            para = cell.add_paragraph(text)
        else:
            para = cell.paragraphs[0]
            para.add_run(text)
            used.add((b.origin.row, b.origin.col))
        targets[i] = _Target(para, 0)


def _plain(text: str) -> str:
    """One line of XML-safe text with the same length (line breaks and control characters become spaces)."""
    return _XML_BAD.sub(" ", text).replace("\n", " ").replace("\r", " ")


def _save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
