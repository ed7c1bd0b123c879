"""Turns a file (path or bytes) into a `Document`. Knows file formats, nothing about SEND law."""
from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

from .document import Block, Document, Origin
from .errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    IngestError,
    LimitExceeded,
    NotARegularFile,
    NoTextLayer,
    UnsafeFile,
    UnsupportedType,
)
from .limits import Limits
from .limits import current as current_limits
from .sniff import sniff

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Block",
    "CorruptFile",
    "Document",
    "EmptyFile",
    "EncryptedFile",
    "FileTooLarge",
    "IngestError",
    "LimitExceeded",
    "Limits",
    "NoTextLayer",
    "NotARegularFile",
    "Origin",
    "UnsafeFile",
    "UnsupportedType",
    "current_limits",
    "load",
    "read_checked",
]


def default_max_bytes() -> int:
    return current_limits().max_bytes


def load(source: str | os.PathLike | bytes, filename: str | None = None, *,
         max_bytes: int | None = None, limits: Limits | None = None) -> Document:
    """Reads a PDF, DOCX, TXT or MD file from a path or from bytes (with its filename).

    `limits` bounds the work (see limits.py); `max_bytes` overrides its file-size limit."""
    limits = limits or current_limits()
    if max_bytes is not None:
        limits = dataclasses.replace(limits, max_bytes=max_bytes)
    limit = limits.max_bytes
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = filename or "<upload>"
    else:
        path = Path(source)
        name = filename or str(path)
        data = read_checked(path, name, limit)
    if len(data) > limit:
        raise FileTooLarge(name, f"is {_size(len(data))}, over the {_size(limit)} limit.")
    if not data.strip():
        raise EmptyFile(name, "is empty.")
    fmt = sniff(data, name)
    if fmt == "pdf":
        from .pdf_reader import read_pdf

        doc = read_pdf(data, name, limits)
    elif fmt == "docx":
        from .docx_reader import read_docx

        doc = read_docx(data, name, limits)
    else:
        from .text_reader import read_text

        doc = read_text(data, name, fmt, limits)
    if not doc.text.strip():
        raise EmptyFile(name, "contains no text.")
    return doc


def read_checked(path: Path, name: str | None = None, limit: int | None = None) -> bytes:
    """A regular file's bytes, refusing folders, devices and pipes (checked with `os.stat` before
    opening, so a FIFO never blocks) and a file over the size limit (never reading past it)."""
    name = name or str(path)
    limit = default_max_bytes() if limit is None else limit
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise IngestError(name, "does not exist.", "Check the path.") from None
    except OSError as err:
        raise IngestError(name, f"could not be read ({err.strerror}).", "Check that it exists and its permissions.") from None
    if stat.S_ISDIR(info.st_mode):
        raise UnsupportedType(name, "is a folder.", "Pass the files inside it, or use `sendlens batch`.")
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFile(name, f"is {_file_kind(info.st_mode)}, not a regular file.")
    if info.st_size > limit:
        raise FileTooLarge(name, f"is {_size(info.st_size)}, over the {_size(limit)} limit.")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO after the stat, open() must not hang on it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise NotARegularFile(name, "is not a regular file.")
            data = fh.read(limit + 1)
    except OSError as err:
        raise IngestError(name, f"could not be read ({err.strerror}).", "Check that it exists and its permissions.") from None
    if len(data) > limit:
        raise FileTooLarge(name, f"is over the {_size(limit)} limit.")
    return data


def _file_kind(mode: int) -> str:
    for test, what in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return what
    return "a special file"


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} bytes"
