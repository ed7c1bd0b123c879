"""Turns a file (path or bytes) into a `Document`. Knows file formats, nothing about SEND law."""
from __future__ import annotations

import os
from pathlib import Path

from .document import Block, Document, Origin
from .errors import (CorruptFile, EmptyFile, EncryptedFile, FileTooLarge, IngestError, NoTextLayer,
                     UnsafeFile, UnsupportedType)
from .sniff import sniff

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

__all__ = ["load", "Document", "Block", "Origin", "IngestError", "UnsupportedType", "EmptyFile",
           "CorruptFile", "EncryptedFile", "NoTextLayer", "FileTooLarge", "UnsafeFile",
           "DEFAULT_MAX_BYTES", "read_checked"]


def default_max_bytes() -> int:
    env = os.environ.get("SENDLENS_MAX_MB")
    return int(float(env) * 1024 * 1024) if env else DEFAULT_MAX_BYTES


def load(source: str | os.PathLike | bytes, filename: str | None = None, *,
         max_bytes: int | None = None) -> Document:
    """Reads a PDF, DOCX, TXT or MD file from a path or from bytes (with its filename)."""
    limit = default_max_bytes() if max_bytes is None else max_bytes
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = filename or "<upload>"
    else:
        path = Path(source)
        name = filename or str(path)
        if not path.exists():
            raise IngestError(name, "does not exist.", "Check the path.")
        if path.is_dir():
            raise UnsupportedType(name, "is a folder.", "Pass the files inside it, or use `sendlens batch`.")
        data = read_checked(path, name, limit)
    if len(data) > limit:
        raise FileTooLarge(name, f"is {_size(len(data))}, over the {_size(limit)} limit.")
    if not data.strip():
        raise EmptyFile(name, "is empty.")
    fmt = sniff(data, name)
    if fmt == "pdf":
        from .pdf_reader import read_pdf

        doc = read_pdf(data, name)
    elif fmt == "docx":
        from .docx_reader import read_docx

        doc = read_docx(data, name)
    else:
        from .text_reader import read_text

        doc = read_text(data, name, fmt)
    if not doc.text.strip():
        raise EmptyFile(name, "contains no text.")
    return doc


def read_checked(path: Path, name: str | None = None, limit: int | None = None) -> bytes:
    """A file's bytes, refusing one over the size limit before reading it."""
    name = name or str(path)
    limit = default_max_bytes() if limit is None else limit
    try:
        size = path.stat().st_size
        if size > limit:
            raise FileTooLarge(name, f"is {_size(size)}, over the {_size(limit)} limit.")
        return path.read_bytes()
    except OSError as err:
        raise IngestError(name, f"could not be read ({err.strerror}).", "Check that it exists and its permissions.") from None


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} bytes"
