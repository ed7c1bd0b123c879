"""Tells an EHC plan from a tribunal decision (and from anything else) by its content."""
from __future__ import annotations

import re

_PLAN = [r"\beducation,? health and care plan\b", r"\bEHC ?P(?:lan)?\b", r"\bsection [A-K]\s*[:.\-–—]",
         r"\bspecial educational provision\b", r"\boutcomes?\b", r"\bsection H1\b", r"\bplacement\b",
         r"\bviews,? interests and aspirations\b", r"\bpersonal budget\b", r"\bcommunication and interaction\b"]
_DECISION = [r"\btribunal\b", r"\bappellant\b", r"\brespondent\b", r"\bappeal\b", r"\bjudge\b",
             r"\b(?:IT IS ORDERED|ORDER|DECISION|REASONS)\b", r"\bFirst-tier\b", r"\bUpper Tribunal\b",
             r"\bEH\d{3}/\d{2}/\d{3,5}\b", r"\bUKUT\b", r"\bsection 51\b", r"\bheard on\b|\bhearing\b",
             r"\bclaimant\b|\bresponsible body\b", r"\bdiscriminat\w*\b", r"\b(?:Chairman|Tribunal Judge)\b"]
_PLAN_RE = [re.compile(p, re.I) for p in _PLAN]
_DECISION_RE = [re.compile(p, re.I if not p.startswith(r"\b(?:IT") else 0) for p in _DECISION]


def detect_kind(text: str) -> str:
    """'plan', 'decision' or 'other'."""
    head = text[:20000]
    plan = sum(min(3, len(p.findall(head))) for p in _PLAN_RE)
    decision = sum(min(3, len(p.findall(head))) for p in _DECISION_RE)
    if max(plan, decision) < 4:
        return "other"
    return "decision" if decision > plan else "plan"
