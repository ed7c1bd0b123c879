"""The one result type: a fault found at a place in the document, with why and how to fix it."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Finding:
    code: str  # taxonomy fault id
    severity: str  # suggestion | warning | error
    section: str | None
    start: int  # character offsets into Document.text
    end: int
    text: str
    message: str
    suggestion: str
    basis: tuple[str, ...]
    score: float = 1.0  # 1.0 for a rule; a calibrated probability for a model
    source: str = ""  # rule id and pack version, or model id
    rewrite: str | None = None  # a template keeping the author's words; [brackets] are placeholders

    def to_json(self) -> dict:
        out = asdict(self)
        out["basis"] = list(self.basis)
        if out["rewrite"] is None:
            del out["rewrite"]
        return out
