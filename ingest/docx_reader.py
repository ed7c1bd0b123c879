"""Word (.docx): body paragraphs, lists and tables in body order; headers and footers left out.

Untrusted .docx files are zip archives of XML: before python-docx sees one, its sizes, part count
and paragraph count are checked against the limits (zip bombs, work bombs) and every XML part is
scanned end to end for DTDs and entity declarations (XXE).
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from .document import Document, Origin, TextBuilder
from .errors import CorruptFile, LimitExceeded, UnsafeFile
from .limits import Limits, env_name
from .limits import current as current_limits

MAX_RATIO = 200
_MB = 1024 * 1024
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_PARAGRAPH = re.compile(rb"<w:p[\s>/]")
_CHUNK = 1 << 20
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre)\s*(\d)$", re.IGNORECASE)


def check_container(data: bytes, filename: str, limits: Limits | None = None) -> None:
    """Refuses a package that would cost too much to open or could expand entities: sizes, part count,
    and a streamed scan of every XML part, end to end, for DTDs and entity declarations."""
    limits = limits or current_limits()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError) as err:
        raise CorruptFile(filename, f"is not a readable Word file ({err}).") from None
    if len(infos) > limits.max_parts:
        raise LimitExceeded(filename, f"has {len(infos)} parts, over the limit of {limits.max_parts}.",
                            env_name("max_parts"))
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total / packed > MAX_RATIO:
        raise UnsafeFile(filename, f"expands to {total / _MB:.0f} MB from {packed / _MB:.1f} MB "
                         "(a 'zip bomb' pattern).")
    if total > limits.max_unpacked:
        raise LimitExceeded(filename, f"expands to {total / _MB:.0f} MB, over the {limits.max_unpacked / _MB:.0f} MB "
                            "limit for a Word file's unpacked parts.", env_name("max_unpacked"))
    xml_total = paragraphs = 0
    for info in infos:
        if info.is_dir():
            continue
        if info.filename.endswith((".xml", ".rels")) and xml_total + info.file_size > limits.max_xml:
            # declared sizes bind: zipfile never returns more than a member declares
            raise LimitExceeded(filename, f"holds over {limits.max_xml / _MB:.0f} MB of unpacked XML.",
                                env_name("max_xml"))
        try:
            is_xml, size, found = _scan_part(zf, info, limits.max_paragraphs)
        except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile, zlib.error) as err:
            raise CorruptFile(filename, f"has a damaged part {info.filename} ({err}).") from None
        if not is_xml:
            continue
        if found == "paragraphs":
            raise LimitExceeded(filename, f"has over {limits.max_paragraphs} paragraphs, the limit.",
                                env_name("max_paragraphs"))
        if found == "dtd":
            raise UnsafeFile(filename, f"declares a DTD or XML entities in {info.filename}, "
                             "which Word never writes (possible XXE attack).")
        if found == "utf16":
            raise UnsafeFile(filename, f"has a UTF-16 XML part {info.filename}, which Word never writes.")
        xml_total += size
        if xml_total > limits.max_xml:
            raise LimitExceeded(filename, f"holds over {limits.max_xml / _MB:.0f} MB of unpacked XML.",
                                env_name("max_xml"))
        if info.filename == "word/document.xml":
            paragraphs = found
    if paragraphs > limits.max_paragraphs:
        raise LimitExceeded(filename, f"has {paragraphs} paragraphs, over the limit of {limits.max_paragraphs}.",
                            env_name("max_paragraphs"))


def _scan_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, max_paragraphs: int):
    """(is it XML, unpacked bytes, 'dtd' | 'utf16' | 'paragraphs' (too many) | paragraph count),
    reading the part in chunks and stopping at the first finding.

    Reading every byte also checks the part's CRC, so damaged compressed data is found here."""
    size = paragraphs = 0
    tail = b""
    with zf.open(info) as fh:
        first = fh.read(_CHUNK)
        head = first.lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
            return True, len(first), "utf16"
        is_xml = head.startswith(b"<") or info.filename.endswith((".xml", ".rels"))
        chunk = first
        while chunk:
            size += len(chunk)
            if is_xml:
                window = tail + chunk
                if _DTD.search(window):
                    return True, size, "dtd"
                paragraphs += len(_PARAGRAPH.findall(window)) - len(_PARAGRAPH.findall(tail))
                if paragraphs > max_paragraphs and info.filename == "word/document.xml":
                    return True, size, "paragraphs"
                tail = window[-16:]
            chunk = fh.read(_CHUNK)
    return is_xml, size, paragraphs


def read_docx(data: bytes, filename: str, limits: Limits | None = None) -> Document:
    check_container(data, filename, limits)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 (python-docx raises many types on a broken package)
        raise CorruptFile(filename, f"could not be read as a Word document ({type(err).__name__}: {err}).") from None

    out = TextBuilder()
    styles = _style_names(document)
    counts = {"paragraphs": 0, "tables": len(document.tables)}
    started: set[tuple] = set()  # (table, row) pairs that already hold text: the next cell joins with a tab
    for origin, paragraph in walk(document):
        if origin.table is None:
            counts["paragraphs"] += 1
            _add_paragraph(out, paragraph, origin, styles)
            continue
        _, _, style = _style_info(paragraph, styles)
        row = (origin.table, origin.row)
        sep = "\n" if row not in started else ("\t" if origin.paragraph == 0 else "\n")
        if out.add(paragraph_text(paragraph), "table_cell", sep=sep, style=style, origin=origin):
            started.add(row)
    return Document(text=out.text(), blocks=out.blocks, filename=filename, format="docx",
                    pages=max(1, len(out.text()) // 3000), metadata=counts)


def walk(document) -> Iterator[tuple[Origin, object]]:
    """Every paragraph of a Word body in reading order, with the Origin ingest gives it: body
    paragraphs numbered in order, table cells by (table, row, col, paragraph), merged cells once,
    nested tables numbered table * 1000 + n. The one numbering, read back by app/annotate.py."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def table(tbl, index: int):
        for r, row in enumerate(tbl.rows):
            seen: set[int] = set()
            for c, cell in enumerate(row.cells):
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                for p, paragraph in enumerate(cell.paragraphs):
                    yield Origin(paragraph=p, table=index, row=r, col=c), paragraph
                for n, inner in enumerate(cell.tables):
                    yield from table(inner, index * 1000 + n + 1)

    p_index = t_index = 0
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield Origin(paragraph=p_index), item
            p_index += 1
        elif isinstance(item, Table):
            yield from table(item, t_index)
            t_index += 1


def paragraph_text(paragraph) -> str:
    """The paragraph's visible text, hyperlinks included (python-docx `.text` also has them)."""
    return paragraph.text


def _style_names(document) -> dict[str | None, str]:
    """Style id -> name, read once: python-docx's `paragraph.style` scans every style per call."""
    from docx.oxml.ns import qn
    from docx.styles import BabelFish

    names: dict[str | None, str] = {}
    for el in document.styles.element.findall(qn("w:style")):
        sid = el.get(qn("w:styleId"))
        name_el = el.find(qn("w:name"))
        names[sid] = BabelFish.internal2ui(name_el.get(qn("w:val"))) if name_el is not None else sid
        if el.get(qn("w:default")) in ("1", "true") and el.get(qn("w:type")) == "paragraph":
            names[None] = names[sid]
    return names


def _style_info(paragraph, styles: dict) -> tuple[str, int | None, str | None]:
    style = styles.get(paragraph._p.style, paragraph._p.style)
    level = None
    if style:
        m = _HEADING_STYLE.match(style.strip())
        if m:
            level = int(m.group(1))
        elif style.strip().lower() == "title":
            level = 0
    if level is None:
        outline = paragraph._p.xpath("./w:pPr/w:outlineLvl/@w:val")
        if outline:
            level = int(outline[0]) + 1
    if level is not None:
        return "heading", level, style
    is_list = bool(paragraph._p.xpath("./w:pPr/w:numPr")) or (style or "").lower().startswith("list")
    return ("list_item" if is_list else "paragraph"), None, style


def _add_paragraph(out: TextBuilder, paragraph, origin: Origin, styles: dict) -> None:
    kind, level, style = _style_info(paragraph, styles)
    out.add(paragraph_text(paragraph), kind, level=level, style=style, origin=origin)


