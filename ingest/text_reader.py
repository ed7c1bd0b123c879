"""Plain text and Markdown: offsets index the file's own text, unchanged.

Tables exported to text are read as tables: rows whose cells are separated by `|`, by tabs or by
runs of spaces that line up from row to row become `table_cell` blocks with their row and column,
as a Word or PDF table would.
"""
from __future__ import annotations

import re

from .document import Block, Document, Origin
from .errors import LimitExceeded
from .limits import Limits, env_name
from .limits import current as current_limits
from .markers import BULLET

_MD_HEADING = re.compile(r"^(#{1,6})\s+")


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def read_text(data: bytes, filename: str, fmt: str, limits: Limits | None = None) -> Document:
    limits = limits or current_limits()
    text = decode(data)
    lines = text.count("\n")
    if lines > limits.max_paragraphs:
        raise LimitExceeded(filename, f"has {lines} lines, over the limit of {limits.max_paragraphs}.",
                            env_name("max_paragraphs"))
    blocks: list[Block] = []
    pos, last_end = 0, -1
    lines = text.splitlines(keepends=True)
    tables = table_rows([ln.rstrip("\r\n") for ln in lines])
    for n, line in enumerate(lines):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if n in tables:
            table, row, cells = tables[n]
            blocks.extend(Block(kind="table_cell", start=pos + s, end=pos + e, origin=Origin(table=table, row=row, col=c))
                          for c, (s, e) in cells)
            last_end = -1
        elif stripped:
            start = pos + (len(body) - len(body.lstrip()))
            end = start + len(stripped)
            kind, level = "paragraph", None
            md = _MD_HEADING.match(stripped)
            if md:
                kind, level = "heading", len(md.group(1))
            elif BULLET.match(stripped):
                kind = "list_item"
            prev = blocks[-1] if blocks else None
            if (prev is not None and kind == "paragraph" and prev.end == last_end
                    and prev.kind in ("paragraph", "list_item") and stripped[0].islower()
                    and _wrapped(text[prev.start:prev.end])):
                # a hard-wrapped line continues the block above it
                blocks[-1] = Block(kind=prev.kind, start=prev.start, end=end)
            else:
                blocks.append(Block(kind=kind, start=start, end=end, level=level))
            last_end = end
        else:
            last_end = -1
        pos += len(line)
    return Document(text=text, blocks=blocks, filename=filename, format=fmt, pages=1)


def _wrapped(previous: str) -> bool:
    """A line that was hard-wrapped: long, mixed case, not ending a sentence or a heading."""
    last = previous.rsplit("\n", 1)[-1]
    return len(last) >= 50 and not last.isupper() and last[-1] not in ".:;!?"


_PIPE_SPLIT = re.compile(r"\s*\|\s*")
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _cells(body: str, cuts: list[tuple[int, int]]) -> list[tuple[int, tuple[int, int]]]:
    """Non-empty cells between separators `cuts` (start, end), as (column, (start, end))."""
    out, col, prev = [], 0, 0
    if cuts and cuts[0] == (0, -1):  # a leading '|' opens the row: no empty first cell
        prev = len(body) - len(body.lstrip()[1:])
        cuts = cuts[1:]
    for s, e in [*cuts, (len(body), len(body))]:
        if s < prev:
            continue
        cell = body[prev:s]
        lead = len(cell) - len(cell.lstrip())
        if cell.strip():
            out.append((col, (prev + lead, prev + lead + len(cell.strip()))))
        col += 1
        prev = e
    return out


def table_rows(lines: list[str]) -> dict[int, tuple[int, int, list]]:
    """Line index -> (table, row, [(col, (start, end))]) for lines that are rows of a text table:
    two or more consecutive lines split by `|` or by tabs, one line framed by `|` (a caption), or
    two or more lines whose runs of three or more spaces start cells at the same columns."""
    out: dict[int, tuple[int, int, list]] = {}
    table = i = 0
    while i < len(lines):
        kind = _row_kind(lines[i])
        j = i + 1
        while kind and j < len(lines) and _row_kind(lines[j]) == kind:
            j += 1
        run = range(i, j)
        framed = kind == "pipe" and lines[i].strip().startswith("|") and lines[i].strip().endswith("|")
        cuts: dict[int, list[tuple[int, int]]] = {}
        if kind == "pipe" and (len(run) >= 2 or framed):
            cuts = {n: _pipe_cuts(lines[n]) for n in run}
        elif kind == "tab" and len(run) >= 2:
            cuts = {n: [(m.start(), m.end()) for m in re.finditer(r"\t", lines[n])] for n in run}
        elif kind == "gap" and len(run) >= 2:
            starts = [{m.end() for m in _GAP.finditer(lines[n])} for n in run]
            common = sorted(set.intersection(*starts))
            if common:
                cuts = {n: [(c, c) for c in common] for n in run}
        if cuts:
            for r, n in enumerate(run):
                out[n] = (table, r, _cells(lines[n], cuts[n]))
            table += 1
        i = j
    return out


def _pipe_cuts(body: str) -> list[tuple[int, int]]:
    cuts = [(m.start(), m.end()) for m in re.finditer(r"\|", body)]
    if cuts and not body[:cuts[0][0]].strip():
        cuts[0] = (0, -1)
    return cuts


def _row_kind(line: str) -> str | None:
    s = line.strip()
    if not s:
        return None
    if s.count("|") >= 2 or (s.count("|") == 1 and not s.startswith("|") and not s.endswith("|")):
        return "pipe"
    if "\t" in line.strip(" \r\n"):
        return "tab"
    if _GAP.search(s):
        return "gap"
    return None
