"""Tells an EHC plan from a tribunal decision, a spreadsheet export or a letter, by its content.

`classify` says what a document looks like and, when it is not a plan, one line saying so for the
user ("looks like a tribunal decision; use `sendlens decision`"). `detect_kind` keeps the three
kinds `sendlens batch --kind auto` routes on.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_PLAN = [r"\beducation,? health and care plan\b", r"\bEHC ?P(?:lan)?\b", r"\bsection [A-K]\s*[:.\-–—]",
         r"\bspecial educational provision\b", r"\boutcomes?\b", r"\bsection H1\b", r"\bplacement\b",
         r"\bviews,? interests and aspirations\b", r"\bpersonal budget\b", r"\bcommunication and interaction\b"]
_DECISION = [r"\btribunal\b", r"\bappellant\b", r"\brespondent\b", r"\bappeal\b", r"\bjudge\b",
             r"\b(?:IT IS ORDERED|ORDER|DECISION|REASONS)\b", r"\bFirst-tier\b", r"\bUpper Tribunal\b",
             r"\bEH\d{3}/\d{2}/\d{3,5}\b", r"\bUKUT\b", r"\bsection 51\b", r"\bheard on\b|\bhearing\b",
             r"\bclaimant\b|\bresponsible body\b", r"\bdiscriminat\w*\b", r"\b(?:Chairman|Tribunal Judge)\b"]
_PLAN_RE = [re.compile(p, re.I) for p in _PLAN]
_DECISION_RE = [re.compile(p, re.I if not p.startswith(r"\b(?:IT") else 0) for p in _DECISION]
_GREETING = re.compile(r"^\s*Dear\s+\S", re.MULTILINE)
_CLOSING = re.compile(r"^\s*(?:Yours (?:sincerely|faithfully|truly)|(?:Kind|Best|Warm) (?:regards|wishes)|"
                      r"With best wishes)\b", re.MULTILINE | re.I)

KINDS = ("plan", "decision", "spreadsheet", "letter", "other")


@dataclass(frozen=True)
class Kind:
    kind: str  # one of KINDS
    reason: str  # for anything but a plan: what it looks like, and what to do, in one line
    plan_signals: int = 0  # how much plan wording it has (EHC plan, Section F, outcomes, placement...)


def _scores(head: str) -> tuple[int, int]:
    plan = sum(min(3, len(p.findall(head))) for p in _PLAN_RE)
    decision = sum(min(3, len(p.findall(head))) for p in _DECISION_RE)
    return plan, decision


def _spreadsheet(head: str) -> tuple[int, str] | None:
    """(rows, separator name) when most lines split into the same number of columns."""
    lines = [ln for ln in head.splitlines() if ln.strip()][:400]
    if len(lines) < 3:
        return None
    for sep, name in (("\t", "tab"), (",", "comma"), (";", "semicolon")):
        counts = Counter(ln.count(sep) for ln in lines)
        n, rows = counts.most_common(1)[0]
        if n >= 1 and rows >= 0.8 * len(lines) and (sep == "\t" or n >= 2) \
                and (sep == "\t" or sum(len(ln) for ln in lines) / len(lines) < 400):
            return rows, name
    return None


def classify(text: str) -> Kind:
    """What a document looks like: an EHC plan, a tribunal decision, a spreadsheet, a letter or other."""
    head = text[:20000]
    table = _spreadsheet(head)
    if table:
        rows, name = table
        return Kind("spreadsheet", f"looks like a spreadsheet export ({rows} rows of {name}-separated columns), "
                                   "not an EHC plan; export the plan itself as PDF, Word or text")
    plan, decision = _scores(head)
    if max(plan, decision) >= 4 and decision > plan:
        return Kind("decision", "looks like a tribunal decision; use `sendlens decision`", plan)
    if _GREETING.search(head[:3000]) and _CLOSING.search(head) and plan < 8:
        return Kind("letter", "looks like a letter, not an EHC plan", plan)
    if plan >= 4:
        return Kind("plan", "", plan)
    return Kind("other", "does not look like an EHC plan", plan)


def detect_kind(text: str) -> str:
    """'plan', 'decision' or 'other' (what `batch --kind auto` routes on)."""
    head = text[:20000]
    plan, decision = _scores(head)
    if max(plan, decision) < 4:
        return "other"
    return "decision" if decision > plan else "plan"
