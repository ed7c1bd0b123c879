"""Section B needs judged from their parts: a description of the difficulty or its effect, and the
child's current level. A bare diagnosis or a bare topic ("Literacy", "ASD") has neither."""
from __future__ import annotations

from dataclasses import dataclass

from .smart import Spans, spans

BARE_WORDS = 7  # a need this short with no description of the difficulty is a label, not a need


@dataclass
class NeedParts:
    difficulty: Spans
    level: Spans
    words: int

    @property
    def missing(self) -> list[str]:
        if self.difficulty or self.level:
            return []
        return ["what the child finds difficult and how it affects them", "where they are now (current level)"]

    @property
    def vague(self) -> bool:
        return bool(self.missing) and self.words <= BARE_WORDS


def need_parts(text: str) -> NeedParts:
    return NeedParts(difficulty=spans(text, "need", "difficulty"), level=spans(text, "need", "level"),
                     words=len(text.split()))


def is_need(text: str) -> bool:
    """Strengths, likes, views and 'Primary need:' labels are not needs to judge."""
    stripped = text.strip()
    if not any(ch.isalpha() for ch in stripped) or stripped.endswith(":"):
        return False
    return not spans(stripped, "need", "not_need")
