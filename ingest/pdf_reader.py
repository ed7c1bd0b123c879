"""PDF: text from pdfium; ruled tables from pdfium's path objects (pdf_tables.py), with pdfplumber
only as a fallback for a page whose paths pdfium's reader cannot take apart.

Running headers, footers and page numbers are removed (lines repeated at the top or bottom of
most pages), hyphenation at line ends is repaired, and wrapped lines are joined back into
paragraphs so a provision broken across lines is read as one item.

Headings are found from layout alone (a line set larger or bolder than the body text, or in
capitals); what a heading means is for `nlp` to decide.
"""
from __future__ import annotations

import itertools
import re
import threading
from collections import Counter
from dataclasses import dataclass

from .document import Document, Origin, TextBuilder
from .errors import CorruptFile, EncryptedFile, LimitExceeded, NoTextLayer
from .limits import Limits, env_name
from .limits import current as current_limits
from .markers import BULLET
from .pdf_tables import find_tables

# pdfium is not thread-safe; every call into it goes through this lock.
PDFIUM_LOCK = threading.RLock()

_PAGE_NUM = re.compile(r"^\s*(?:page\s*)?[-–]?\s*\d{1,4}\s*(?:(?:of|/)\s*\d{1,4})?\s*[-–]?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;!?]['\")\]]?$")
_MIN_CHARS_PER_PAGE = 15
TABLE_PATH_THRESHOLD = 8  # ruling lines/rects on a page before we look for tables


def read_pdf(data: bytes, filename: str, limits: Limits | None = None) -> Document:
    import pypdfium2 as pdfium

    limits = limits or current_limits()

    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            msg = str(err).lower()
            if "password" in msg:
                raise EncryptedFile(filename, "is a password-protected PDF.") from None
            raise CorruptFile(filename, f"is not a readable PDF ({err}).") from None
        try:
            pages_lines, tables, fallback = [], {}, []
            n = len(pdf)
            if n == 0:
                raise CorruptFile(filename, "is a PDF with no pages.")
            if n > limits.max_pages:
                raise LimitExceeded(filename, f"has {n} pages, over the limit of {limits.max_pages}.",
                                    env_name("max_pages"))
            for i in range(n):
                page = pdf[i]
                textpage = page.get_textpage()
                try:
                    lines = _page_lines(page, textpage)
                    pages_lines.append(lines)
                    if _draws_table(page, pdfium):
                        try:
                            found = find_tables(page, textpage)
                        except Exception:  # noqa: BLE001 (an odd path must not lose the page: pdfplumber reads it)
                            fallback.append(i)
                            found = []
                        if found:
                            tables[i] = _table_page_items(lines, found)
                finally:  # pages are closed as soon as they are read: memory stays flat in pages
                    textpage.close()
                    page.close()
        except pdfium.PdfiumError as err:
            raise CorruptFile(filename, f"has a damaged page ({err}).") from None
        finally:
            pdf.close()
    _check_truncated(data, filename)
    chars = sum(len(ln.text.strip()) for lines in pages_lines for ln in lines)
    if chars < _MIN_CHARS_PER_PAGE * n:
        raise NoTextLayer(filename, f"has {n} page(s) but almost no extractable text.")

    if fallback:
        try:
            tables.update(_extract_tables(data, fallback))
        except Exception:  # noqa: BLE001, S110 (pdfplumber is stricter than pdfium; pdfium's text stays)
            pass
    furniture = _furniture(pages_lines)
    big = heading_size(pages_lines)
    out = TextBuilder()
    for i, lines in enumerate(pages_lines):
        if i in tables:
            _emit_table_page(out, tables[i], furniture, i + 1, big)
        else:
            _emit_lines(out, lines, furniture, i + 1, big)
    return Document(text=out.text(), blocks=out.blocks, filename=filename, format="pdf", pages=n)


def _table_page_items(lines: list[Line], found) -> list[tuple[str, object]]:
    """A page's text lines outside its tables and the tables themselves, in reading order."""
    def outside(line: Line) -> bool:
        cx, cy = (line.left + line.right) / 2, (line.top + line.bottom) / 2
        for t in found:
            left, bottom, right, top = t.bbox
            if left <= cx <= right and t.top <= cy <= t.top + (top - bottom):
                return False
        return True

    items: list[tuple[float, str, object]] = [(ln.top, "line", ln) for ln in lines if outside(ln)]
    items += [(t.top, "table", t.rows) for t in found]
    items.sort(key=lambda x: x[0])
    return [(kind, value) for _, kind, value in items]


def _check_truncated(data: bytes, filename: str) -> None:
    if b"%%EOF" not in data[-2048:]:
        raise CorruptFile(filename, "is a truncated PDF (its end-of-file marker is missing).")


def _draws_table(page, pdfium) -> bool:
    from pypdfium2 import raw

    for count, _ in enumerate(page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2), start=1):
        if count >= TABLE_PATH_THRESHOLD:
            return True
    return False


@dataclass
class Line:
    text: str
    top: float  # distance from the top of the page
    bottom: float
    left: float
    right: float
    size: float = 0.0  # font size of the line's first character (0 when unknown)
    bold: bool = False
    page_width: float = 0.0


def _page_lines(page, textpage) -> list[Line]:
    """Lines of a page with their geometry, from the first and last character box of each."""
    text = textpage.get_text_range()
    height, width = page.get_height(), page.get_width()
    lines: list[Line] = []
    pos = 0
    for raw in re.split(r"(\r\n|\n|\r)", text):
        if raw in ("\r\n", "\n", "\r"):
            pos += len(raw)
            continue
        stripped = raw.strip()
        if stripped:
            stripped = stripped.replace("\ufffe", "").replace("\x02", "")
            first = pos + (len(raw) - len(raw.lstrip()))
            last = pos + len(raw.rstrip()) - 1
            l1, b1, _r1, t1 = textpage.get_charbox(first)
            _l2, b2, r2, t2 = textpage.get_charbox(last)
            size, bold = _font(textpage, first)
            lines.append(Line(stripped, height - max(t1, t2), height - min(b1, b2), l1, r2, size, bold, width))
        pos += len(raw)
    return lines


def _font(textpage, index: int) -> tuple[float, bool]:
    """Font size and boldness of one character (from its weight, or 'Bold' in the font name)."""
    import ctypes

    from pypdfium2 import raw

    size = float(raw.FPDFText_GetFontSize(textpage.raw, index))
    weight = int(raw.FPDFText_GetFontWeight(textpage.raw, index))
    bold = weight >= 600
    if not bold:
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int(0)
        n = raw.FPDFText_GetFontInfo(textpage.raw, index, buf, 128, ctypes.byref(flags))
        bold = n > 0 and b"bold" in buf.value.lower()
    return size, bold


def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _furniture(pages_lines: list[list[str]]) -> set[str]:
    """Lines that recur at the top or bottom of at least half the pages (headers, footers)."""
    if len(pages_lines) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages_lines:
        content = [ln.text for ln in lines if ln.text.strip()]
        edge = {_norm(ln) for ln in content[:3] + content[-3:]}
        # a running header that names the current section changes from page to page; its opening
        # words do not ("EHC plan | Section B ... | page 3", "EHC plan | Section F ... | page 9")
        edge |= {_prefix(ln) for ln in content[:1] + content[-1:] if _prefix(ln)}
        counts.update(edge)
    return {k for k, v in counts.items() if v >= max(3, len(pages_lines) // 2) and k}


def _prefix(line: str) -> str:
    words = _norm(line).split()
    return "prefix:" + " ".join(words[:3]) if len(words) >= 5 else ""


def _is_furniture(line: str, furniture: set[str], edge: bool = True) -> bool:
    return _norm(line) in furniture or (edge and _prefix(line) in furniture) or bool(_PAGE_NUM.match(line))


def _looks_like_heading(line: Line, big: float) -> bool:
    """A short line set apart by its type: at a heading size, bold, or in capitals."""
    s = line.text.strip()
    if len(s) > 110 or (_SENTENCE_END.search(s) and not s.endswith(("?", ":"))):
        return False
    if (big and line.size >= big) or (line.bold and len(s) > 1):
        return not re.match(r"^\s*[-*•·▪◦‣●○■□➢✓]", s)  # a numbered heading is a heading; a bullet is not
    if BULLET.match(s) or _SENTENCE_END.search(s):
        return False
    letters = [ch for ch in s if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.8 and len(s) > 3


HEADING_SHARE = 0.3  # headings are rare: type this big or bigger sets under 30% of the text


def heading_size(pages_lines: list[list[Line]]) -> float:
    """The smallest font size that marks a heading in this document (0 when none does): at least 12%
    above the most common size, and rare, so a document set mostly in small table type does not
    turn its body paragraphs into headings."""
    sizes: Counter[float] = Counter()
    for lines in pages_lines:
        for ln in lines:
            if ln.size:
                sizes[round(ln.size, 1)] += len(ln.text)
    if not sizes:
        return 0.0
    total = sum(sizes.values())
    body = sizes.most_common(1)[0][0]
    threshold, above = 0.0, 0
    for size in sorted(sizes, reverse=True):
        above += sizes[size]
        if above / total >= HEADING_SHARE or size < body * 1.12:
            break
        threshold = size
    return threshold


def _line_pitch(gaps: list[float]) -> float:
    """The distance between lines of one paragraph: the smallest gap that recurs (a page of one-line
    paragraphs has few such gaps, so a median or quartile would measure the paragraph gap instead)."""
    if not gaps:
        return 0.0
    counts = Counter(round(g * 2) / 2 for g in gaps)
    recurring = [g for g, n in counts.items() if n >= 2]
    return min(recurring) if recurring else gaps[len(gaps) // 4]


def _emit_lines(out: TextBuilder, lines: list[Line], furniture: set[str], page: int, big: float = 0.0) -> None:
    lines = [ln for ln in lines if ln.text.strip()]
    lines = [ln for n, ln in enumerate(lines) if not _is_furniture(ln.text, furniture, n in (0, len(lines) - 1))]
    if not lines:
        return
    pitches = sorted(b.bottom - a.bottom for a, b in itertools.pairwise(lines) if b.bottom > a.bottom)
    pitch = _line_pitch(pitches)
    right_edge = max(ln.right for ln in lines)
    left_edge = min(ln.left for ln in lines)
    current: list[str] = []
    kind = "paragraph"
    prev: Line | None = None

    def flush() -> None:
        nonlocal current, kind
        if current:
            out.add(_join(current), kind, page=page)
        current, kind = [], "paragraph"

    def standalone(ln: Line | None) -> bool:
        """A short line with no sentence end that opens with a capital: a label or a heading in body type."""
        return ln is not None and ln.right < 0.6 * (ln.page_width or right_edge / 0.9) and \
            not _SENTENCE_END.search(ln.text) and ln.text[:1].isupper()

    for n, line in enumerate(lines):
        s = line.text
        if _looks_like_heading(line, big):
            flush()
            out.add(s, "heading", page=page)
            prev = None
            continue
        if BULLET.match(s):
            flush()
            kind = "list_item"
            current = [s]
            prev = line
            continue
        if current and prev is not None:
            gap = line.bottom - prev.bottom
            far = pitch and (gap > 1.4 * pitch or gap < 0)
            short = prev.right < left_edge + 0.8 * (right_edge - left_edge)
            short_end = short and _SENTENCE_END.search(prev.text) is not None
            # a short line standing alone (a label or heading in body type) does not run on
            alone = len(current) == 1 and standalone(prev) and s[:1].isupper()
            # ... nor does a paragraph run on into one (a sentence ended just before it)
            opens = standalone(line) and _SENTENCE_END.search(prev.text) is not None and \
                (n + 1 == len(lines) or lines[n + 1].text[:1].isupper() or BULLET.match(lines[n + 1].text))
            if far or short_end or alone or opens:
                flush()
        current.append(s)
        prev = line
    flush()


def _join(lines: list[str]) -> str:
    text = lines[0]
    for nxt in lines[1:]:
        if text.endswith(("\ufffe", "\x02", "\u00ad")):
            text = text[:-1] + nxt  # pdfium's marker for a hyphen it broke the line at
        elif re.search(r"[A-Za-z]-$", text) and nxt[:1].islower():
            text = text[:-1] + nxt  # repair "inter-\nvention"
        elif text.endswith(("\xad", "\x02")):
            text = text[:-1] + nxt  # soft hyphen
        else:
            text = text + " " + nxt
    return text.replace("\x02", "").replace("\u00ad", "")


def _extract_tables(data: bytes, page_indexes: list[int]) -> dict[int, list[tuple[str, object]]]:
    """For each page with tables: its content in reading order, as ('line', str) and ('table', rows)."""
    import io

    import pdfplumber

    result: dict[int, list[tuple[str, object]]] = {}
    with PDFIUM_LOCK, pdfplumber.open(io.BytesIO(data)) as pdf:
        for i in page_indexes:
            page = pdf.pages[i]
            try:
                found = page.find_tables()
                if found:
                    result[i] = _plumber_items(page, found)
            finally:
                page.close()  # pdfplumber caches every parsed page otherwise
    return result


def _plumber_items(page, found) -> list[tuple[str, object]]:
    """A pdfplumber page's lines outside its tables and the tables, in reading order."""
    boxes = [t.bbox for t in found]

    def outside(obj, boxes=boxes):
        cx = (obj["x0"] + obj["x1"]) / 2
        cy = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    items: list[tuple[float, str, object]] = []
    for line in page.filter(outside).extract_text_lines():
        first = (line.get("chars") or [{}])[0]
        items.append((line["top"], "line", Line(line["text"], line["top"], line["bottom"],
                                                line["x0"], line["x1"], float(first.get("size") or 0),
                                                "bold" in str(first.get("fontname", "")).lower(),
                                                float(page.width))))
    for t in found:
        items.append((t.bbox[1], "table", t.extract()))
    items.sort(key=lambda x: x[0])
    return [(kind, value) for _, kind, value in items]


def _cell_paragraphs(cell: str) -> list[list[str]]:
    """A cell's lines grouped into paragraphs: a line that opens with a bullet starts a new one."""
    paras: list[list[str]] = []
    for ln in (x.strip() for x in cell.split("\n")):
        if not ln:
            continue
        if not paras or BULLET.match(ln):
            paras.append([ln])
        else:
            paras[-1].append(ln)
    return paras


def _emit_table_page(out: TextBuilder, items, furniture: set[str], page: int, big: float = 0.0) -> None:
    lines: list[str] = []
    table_index = 0
    for kind, value in items:
        if kind == "line":
            lines.append(value)
            continue
        _emit_lines(out, lines, furniture, page, big)
        lines = []
        for r, row in enumerate(value):
            first = True
            for c, cell in enumerate(row):
                if cell is None or not str(cell).strip():
                    continue
                for p_index, para in enumerate(_cell_paragraphs(str(cell))):
                    sep = "\n" if first else ("\t" if p_index == 0 else "\n")
                    if out.add(_join(para), "table_cell", sep=sep, page=page,
                               origin=Origin(paragraph=p_index, table=table_index, row=r, col=c)):
                        first = False
        table_index += 1
    _emit_lines(out, lines, furniture, page, big)
