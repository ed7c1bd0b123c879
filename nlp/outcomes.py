"""Section E as a component: each outcome's parts (behaviour, measure, time frame, conditions) and
the SMART judgement made from them, with the missing parts named (as the CoP 9.69 element table
does for Section F). Outcomes may inherit a time frame from the heading or label above them
("By the end of Key Stage 2:")."""
from __future__ import annotations

from dataclasses import dataclass

from .smart import Spans, blank, spans

_CONDITION_WORDS = ("when ", "with ", "during ", "in ", "given ", "at ")


@dataclass
class OutcomeParts:
    time: Spans
    measure: Spans
    vague_behaviour: Spans
    inherited_time: bool = False

    @property
    def missing(self) -> list[str]:
        """What an outcome worded as a hope or a general change lacks: a time frame and a measure.
        An outcome that names something the child will visibly do is judged specific enough here."""
        if not self.vague_behaviour:
            return []
        out = []
        if not (self.time or self.inherited_time):
            out.append("a time frame (by when)")
        if not self.measure:
            out.append("a measure (what the child will do, to what standard)")
        return out

    @property
    def smart(self) -> bool:
        return not self.missing


def outcome_parts(text: str, inherited_time: bool = False) -> OutcomeParts:
    time = spans(text, "outcome", "time")
    rest = blank(text, time)
    return OutcomeParts(time=time, measure=spans(rest, "outcome", "measure"),
                        vague_behaviour=spans(rest, "outcome", "vague_behaviour"), inherited_time=inherited_time)


def is_outcome(text: str) -> bool:
    """A label, an introduction or a column heading in Section E is not itself an outcome."""
    stripped = text.strip()
    if len(stripped.split()) < 2 or stripped.endswith(":"):
        return False
    return not spans(stripped, "outcome", "not_outcome")


def sets_time(text: str) -> bool:
    """A heading or label line that gives the time frame for the outcomes under it."""
    return bool(spans(text, "outcome", "time")) and len(text.split()) <= 14
