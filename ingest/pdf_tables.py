"""Ruled tables read from pdfium's own path objects, with each cell's text taken by its box.

pdfplumber's table finder costs about 100 ms a page and keeps every parsed page in memory; the grid
of a ruled table is already in the page's path objects, which pdfium hands over in microseconds. The
method is pdfplumber's "lines" strategy in small: axis-aligned edges from the paths (lines, and the
sides of rectangles), merged when they touch; their crossings; and, for each crossing, the smallest
rectangle of crossings joined by edges on all four sides is a cell. Cells sharing corners form a
table, cells with the same top form a row, and `get_text_bounded` reads each cell's text.

Coordinates are PDF points from the bottom-left of the page, as pdfium gives them.
"""
from __future__ import annotations

import ctypes
from collections import defaultdict
from dataclasses import dataclass

SNAP = 3.0  # points: edges this close are the same rule (stroke widths, rounding)
MIN_CELL = 4.0  # points: a cell narrower or shorter than this is a double rule, not a cell
MAX_SEGMENTS = 2000  # a path this complex is a drawing, not a table


@dataclass(frozen=True)
class Table:
    top: float  # distance from the top of the page (for reading order with the text lines)
    bbox: tuple[float, float, float, float]  # left, bottom, right, top in PDF points
    rows: list[list[str]]


def find_tables(page, textpage) -> list[Table]:
    """The ruled tables on a pdfium page, top to bottom, each row a list of its cells' text."""
    horizontal, vertical = _edges(page)
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    h_edges = _merge(horizontal)
    v_edges = _merge(vertical)
    cells = _cells(h_edges, v_edges)
    if not cells:
        return []
    height = page.get_height()
    tables = []
    for group in _groups(cells):
        rows: dict[float, list[tuple[float, float, float, float]]] = defaultdict(list)
        for cell in group:
            rows[cell[3]].append(cell)
        text_rows = []
        for top in sorted(rows, reverse=True):
            text_rows.append([_cell_text(textpage, c) for c in sorted(rows[top], key=lambda c: c[0])])
        left = min(c[0] for c in group)
        bottom = min(c[1] for c in group)
        right = max(c[2] for c in group)
        top = max(c[3] for c in group)
        tables.append(Table(height - top, (left, bottom, right, top), text_rows))
    tables.sort(key=lambda t: t.top)
    return tables


def _clusters(values) -> dict[float, float]:
    """Each value mapped to the mean of its run of values no more than SNAP apart."""
    mapping: dict[float, float] = {}
    run: list[float] = []
    for v in sorted(set(values)):
        if run and v - run[-1] > SNAP:
            mean = sum(run) / len(run)
            mapping.update((r, mean) for r in run)
            run = []
        run.append(v)
    if run:
        mean = sum(run) / len(run)
        mapping.update((r, mean) for r in run)
    return mapping


def _edges(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Axis-aligned straight segments of the page's paths: horizontal (y, x0, x1), vertical (x, y0, y1)."""
    from pypdfium2 import raw

    horizontal, vertical = [], []

    def add(a, b) -> None:
        (x0, y0), (x1, y1) = a, b
        if abs(y0 - y1) <= 0.5 and abs(x0 - x1) > 0.5:
            horizontal.append((y0, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) <= 0.5 and abs(y0 - y1) > 0.5:
            vertical.append((x0, min(y0, y1), max(y0, y1)))

    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        count = raw.FPDFPath_CountSegments(obj.raw)
        if count <= 0 or count > MAX_SEGMENTS:
            continue
        if obj.level > 0:  # inside a form XObject, whose own matrix also applies: use the page-space box
            left, bottom, right, top = obj.get_bounds()
            for a, b in (((left, bottom), (right, bottom)), ((left, top), (right, top)),
                         ((left, bottom), (left, top)), ((right, bottom), (right, top))):
                add(a, b)
            continue
        m = obj.get_matrix()
        start = prev = None
        for i in range(count):
            seg = raw.FPDFPath_GetPathSegment(obj.raw, i)
            if not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
                continue
            point = m.on_point(x.value, y.value)
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                start = prev = point
                continue
            if kind == raw.FPDF_SEGMENT_LINETO and prev is not None:
                add(prev, point)
            prev = point
            if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                add(prev, start)
                prev = start
    return horizontal, vertical


def _merge(edges: list[tuple[float, float, float]]) -> dict[float, list[tuple[float, float]]]:
    """Edges grouped by snapped position, with touching or overlapping spans joined."""
    snap = _clusters(pos for pos, _, _ in edges)
    by_pos: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for pos, a, b in edges:
        by_pos[snap[pos]].append((a, b))
    out = {}
    for pos, spans in by_pos.items():
        spans.sort()
        joined = [list(spans[0])]
        for a, b in spans[1:]:
            if a <= joined[-1][1] + SNAP:
                joined[-1][1] = max(joined[-1][1], b)
            else:
                joined.append([a, b])
        out[pos] = [(a, b) for a, b in joined]
    return out


def _covers(spans: list[tuple[float, float]], a: float, b: float) -> bool:
    """Whether one span runs from a to b (within the snap tolerance)."""
    lo, hi = min(a, b), max(a, b)
    return any(s - SNAP <= lo and hi <= e + SNAP for s, e in spans)


def _cells(h_edges, v_edges) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of every cell: the smallest rectangle of crossings with an edge on each side."""
    points = sorted({(x, y) for y, hs in h_edges.items() for x, vs in v_edges.items()
                     if _covers(hs, x, x) and _covers(vs, y, y)}, key=lambda p: (-p[1], p[0]))
    if len(points) > 20_000:  # a hatched drawing, not a table
        return []
    at = set(points)
    xs_at_y: dict[float, list[float]] = defaultdict(list)
    ys_at_x: dict[float, list[float]] = defaultdict(list)
    for x, y in points:
        xs_at_y[y].append(x)
        ys_at_x[x].append(y)
    for xs in xs_at_y.values():
        xs.sort()
    for ys in ys_at_x.values():
        ys.sort(reverse=True)
    cells = []
    for x, y in points:  # (x, y) is the top-left corner
        found = None
        for x2 in (v for v in xs_at_y[y] if v > x + MIN_CELL):
            if not _covers(h_edges[y], x, x2):
                break
            for y2 in (v for v in ys_at_x[x] if v < y - MIN_CELL):
                if not _covers(v_edges[x], y2, y):
                    break
                if ((x2, y2) in at and _covers(h_edges[y2], x, x2) and _covers(v_edges[x2], y2, y)):
                    found = (x, y2, x2, y)
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def _groups(cells):
    """Cells that share a corner belong to one table."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    corner_owner: dict[tuple[float, float], int] = {}
    for i, (left, bottom, right, top) in enumerate(cells):
        for corner in ((left, bottom), (left, top), (right, bottom), (right, top)):
            j = corner_owner.setdefault(corner, i)
            parent[root(i)] = root(j)
    groups: dict[int, list] = defaultdict(list)
    for i, cell in enumerate(cells):
        groups[root(i)].append(cell)
    return list(groups.values())


def _cell_text(textpage, cell: tuple[float, float, float, float]) -> str:
    left, bottom, right, top = cell
    text = textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=top)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "").replace("\x02", "").strip()
