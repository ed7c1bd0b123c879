"""The one result type: a fault found at a place in the document, with why and how to fix it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from .law import basis_links


@dataclass(frozen=True)
class Explanation:
    """Why a finding exists, in the spirit of Presidio's AnalysisExplanation: which check and which
    pattern fired, the score before and after context, and the elements that softened it."""

    check: str  # the check that produced it: wording, cop9.69, outcomes, needs, structure, golden_thread, model
    source: str  # rule id and pack version, or model id
    pattern: str | None = None  # the named pattern (or element) that matched
    original_score: float = 1.0
    score: float = 1.0
    original_severity: str | None = None  # before context lowered it
    softened_by: tuple[str, ...] = ()  # context elements present in the same item that lowered it
    note: str = ""  # one plain-English line

    def to_json(self) -> dict:
        out = asdict(self)
        out["softened_by"] = list(self.softened_by)
        return out


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
    explanation: Explanation | None = None

    def explained(self, check: str, pattern: str | None = None, note: str = "") -> Finding:
        """This finding with a plain explanation, for checks that have no context step."""
        if self.explanation is not None:
            return self
        return replace(self, explanation=Explanation(check=check, source=self.source, pattern=pattern,
                                                     original_score=self.score, score=self.score,
                                                     original_severity=self.severity, note=note))

    def to_json(self) -> dict:
        out = asdict(self)
        out["basis"] = list(self.basis)
        out["basis_links"] = basis_links(self.basis)  # the public text of basis[i], or None
        if out["rewrite"] is None:
            del out["rewrite"]
        out["explanation"] = self.explanation.to_json() if self.explanation else None
        return out
