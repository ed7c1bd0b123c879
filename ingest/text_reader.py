"""Plain text and Markdown: offsets index the file's own text, unchanged."""
from __future__ import annotations

import re

from .document import Block, Document
from .errors import LimitExceeded
from .limits import Limits, env_name
from .limits import current as current_limits

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
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
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = pos + (len(body) - len(body.lstrip()))
            end = start + len(stripped)
            kind, level = "paragraph", None
            md = _MD_HEADING.match(stripped)
            if md:
                kind, level = "heading", len(md.group(1))
            elif _BULLET.match(stripped):
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
