"""The one document type every part of sendlens reads.

A `Document` is the extracted text plus a list of blocks. Each block keeps its character span in
`text`, its page (PDF) and where it came from in a Word file, so a finding can be traced back to
the exact paragraph or table cell it was found in.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell"]


@dataclass(frozen=True)
class Origin:
    """Where a block lives in the source file.

    For Word: `paragraph` is the index of the body paragraph (in body order, counting only
    top-level paragraphs), or for a table cell `table`, `row`, `col` and `paragraph` (index of
    the paragraph inside the cell). For PDF tables, `table` is the index of the table on its page.
    """

    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    start: int
    end: int
    page: int | None = None
    level: int | None = None  # heading outline level (1 = top)
    style: str | None = None  # Word style name, when there is one
    origin: Origin = field(default_factory=Origin)


@dataclass
class Document:
    text: str
    blocks: list[Block]
    filename: str = "<memory>"
    format: Literal["txt", "md", "docx", "pdf"] = "txt"
    pages: int = 1
    metadata: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        self._block_starts = [b.start for b in self.blocks]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset, as a linter prints them."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < max(self.blocks[i].end, self.blocks[i].start + 1):
            return self.blocks[i]
        return None


class TextBuilder:
    """Accumulates blocks into one text, so every block's span slices to its own text."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.blocks: list[Block] = []

    def add(self, text: str, kind: BlockKind, sep: str = "\n", **attrs) -> Block | None:
        text = text.strip()
        if not text:
            return None
        if self._len:
            self._parts.append(sep)
            self._len += len(sep)
        block = Block(kind=kind, start=self._len, end=self._len + len(text), **attrs)
        self._parts.append(text)
        self._len += len(text)
        self.blocks.append(block)
        return block

    def text(self) -> str:
        return "".join(self._parts) + ("\n" if self._parts else "")
