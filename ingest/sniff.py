"""Decides what a file is from its bytes, not its name: a renamed file is still read correctly."""
from __future__ import annotations

import io
import re
import zipfile

from .errors import EncryptedFile, UnsupportedType

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
           b"II*\x00": "a TIFF image", b"MM\x00*": "a TIFF image"}


def sniff(data: bytes, filename: str) -> str:
    """Returns 'pdf', 'docx', 'md' or 'txt', or raises a typed error saying what the file is."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data, filename)
    if head.startswith(_OLE2):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise EncryptedFile(filename, "is a password-protected Office document.")
        raise UnsupportedType(filename, "is an old Word 97-2003 (.doc) or other legacy Office file.",
                              "Open it in Word and save it as .docx, or export it as PDF.")
    for magic, what in _IMAGES.items():
        if head.startswith(magic):
            raise UnsupportedType(filename, f"is {what}, not a document with text.",
                                  "Run OCR on it, or use the original Word or PDF file.")
    if head.startswith(b"{\\rtf"):
        raise UnsupportedType(filename, "is a Rich Text (.rtf) file.", "Save it as .docx and try again.")
    _refuse_markup(head, filename)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "md" if filename.lower().endswith((".md", ".markdown")) else "txt"  # UTF-16 with a BOM
    if _looks_like_text(data):
        return "md" if filename.lower().endswith((".md", ".markdown")) else "txt"
    raise UnsupportedType(filename, "is not a PDF, Word (.docx) or text file (its content is binary).")


_MARKUP = (  # what a text file starting like this really is
    (re.compile(rb"^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]|^<script[\s>]|^<meta[\s>]|^<iframe[\s>]"),
     "an HTML page"),
    (re.compile(rb"^<svg[\s>]|^<\?xml[^>]*\?>\s*<svg[\s>]"), "an SVG image"),
    (re.compile(rb"^<\?xml|^<!doctype"), "an XML file"),
    (re.compile(rb"^%!ps"), "a PostScript file"),
    (re.compile(rb"^(?:\{\s*\"|\[\s*[\{\[])"), "a JSON file"),
)


def _refuse_markup(head: bytes, filename: str) -> None:
    """HTML and other machine formats are not plans, whatever they are called: a page named .pdf
    must not be read as a text plan (and its markup shown as if it were the plan's words)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = head.decode("utf-16").encode("utf-8", "replace")
        except UnicodeDecodeError:
            return
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n\x0c").lower()
    while start.startswith(b"<!--"):  # comments before the first tag
        end = start.find(b"-->")
        if end < 0:
            break
        start = start[end + 3:].lstrip()
    for pattern, what in _MARKUP:
        if pattern.match(start):
            raise UnsupportedType(filename, f"is {what} (judged by its content), not a plan or decision.",
                                  "Save the document as PDF, Word (.docx) or plain text and try again.")


def _sniff_zip(data: bytes, filename: str) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        from .errors import CorruptFile

        raise CorruptFile(filename, "looks like a Word file but its zip container is damaged or truncated.")
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnsupportedType(filename, "is an Excel workbook, not a plan or decision.")
    if "ppt/presentation.xml" in names:
        raise UnsupportedType(filename, "is a PowerPoint file, not a plan or decision.")
    if "content.xml" in names:
        raise UnsupportedType(filename, "is an OpenDocument file.", "Save it as .docx and try again.")
    raise UnsupportedType(filename, "is a zip archive, not a single document.",
                          "Unzip it and check the files inside one by one, or pass the folder to `sendlens batch`.")


def _looks_like_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(sample) - 4:  # a multi-byte char cut at the sample edge is fine
            try:
                sample.decode("cp1252")
            except UnicodeDecodeError:
                return False
    printable = sum(1 for b in sample if b >= 32 or b in (9, 10, 13, 12))
    return printable / max(len(sample), 1) > 0.97
