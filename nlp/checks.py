"""Every plan check behind one interface: a check reads the shared PlanContext and yields Findings,
each with its Explanation. The Checker runs them in order and filters, dedupes and sorts once."""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Protocol

from . import golden_thread
from .context import PlanContext
from .findings import Explanation, Finding
from .items import title_like
from .needs import is_need, need_parts
from .outcomes import is_outcome, outcome_parts, sets_time
from .ports import SentenceEncoder, SentenceScorer
from .provisions import NARRATIVE, looks_like_label, quantification_findings
from .rulepack import Rule
from .structure import structure_findings
from .table_gaps import table_gap_findings
from .taxonomy import taxonomy
from .wording import WordingRules


class Check(Protocol):
    name: str

    def run(self, ctx: PlanContext) -> Iterable[Finding]: ...


class WordingCheck:
    """The rule packs' wording rules, judged in each item's context (wording.py)."""

    name = "wording"

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = WordingRules(rules)

    def run(self, ctx: PlanContext) -> Iterable[Finding]:
        yield from self.rules.check(ctx.doc, ctx.items)
        if ctx.unplaced:  # a plan not understood: its provision-like items are read as Section F
            yield from self.rules.check(ctx.doc, ctx.unplaced)


class ProvisionTestCheck:
    """The CoP 9.69 test on every Section F item: what is missing becomes a finding (provisions.py)."""

    name = "cop9.69"

    def run(self, ctx: PlanContext) -> Iterable[Finding]:
        rows = ctx.provisions + ctx.other_provisions
        # one rewrite per item: where the wording rules fired, theirs also removes their faults
        spans = sorted((it.start, it.end) for it, _, _ in rows)
        starts = [s for s, _ in spans]
        worded = {}
        for f in ctx.findings:
            i = bisect.bisect_right(starts, f.start) - 1
            if f.rewrite and i >= 0 and f.start < spans[i][1]:
                worded.setdefault(spans[i], f.rewrite)
        for f in quantification_findings(ctx.doc, rows, worded):
            yield f.explained(self.name, pattern="CoP 9.69 test: " + taxonomy().faults[f.code].title.lower())


class OutcomeCheck:
    """Section E: each outcome's parts, and what it lacks to be SMART (outcomes.py)."""

    name = "outcomes"

    def run(self, ctx: PlanContext) -> Iterable[Finding]:
        fault = taxonomy().faults["non_smart_outcome"]
        flagged = _flagged(ctx, "non_smart_outcome")
        inherited = False
        for item in ctx.items:
            if item.section != "E":
                continue
            text = ctx.doc.text[item.start:item.end]
            if item.kind == "heading" or not is_outcome(text) or _is_heading_like(text, item.kind):
                inherited = sets_time(text)
                continue
            parts = outcome_parts(text, inherited)
            if parts.smart or any(s < item.end and e > item.start for s, e in flagged):
                continue
            missing = " and ".join(parts.missing)
            yield Finding(code="non_smart_outcome", severity=fault.severity, section="E", start=item.start,
                          end=item.end, text=text, message=f"The outcome lacks {missing}.",
                          suggestion=fault.suggestion, basis=fault.basis, source="smart:outcome",
                          explanation=Explanation(check=self.name, source="smart:outcome",
                                                  pattern="missing: " + ", ".join(parts.missing),
                                                  original_severity=fault.severity,
                                                  note="Judged from the outcome's parts (data/smart.yaml)."))


class NeedCheck:
    """Section B: a need stated as a bare diagnosis or topic, with no difficulty, effect or level."""

    name = "needs"

    def run(self, ctx: PlanContext) -> Iterable[Finding]:
        fault = taxonomy().faults["vague_need"]
        flagged = _flagged(ctx, "vague_need")
        for item in ctx.items:
            if item.section != "B" or item.kind == "heading":
                continue
            text = ctx.doc.text[item.start:item.end]
            if not is_need(text) or _is_heading_like(text, item.kind):
                continue
            parts = need_parts(text)
            if not parts.vague or any(s < item.end and e > item.start for s, e in flagged):
                continue
            yield Finding(code="vague_need", severity=fault.severity, section="B", start=item.start, end=item.end,
                          text=text, message="The need is a bare diagnosis or topic: it lacks "
                                             + " and ".join(parts.missing) + ".",
                          suggestion=fault.suggestion, basis=fault.basis, source="smart:need",
                          explanation=Explanation(check=self.name, source="smart:need",
                                                  pattern="missing: difficulty, level",
                                                  original_severity=fault.severity,
                                                  note="Judged from the need's parts (data/smart.yaml)."))


def _flagged(ctx: PlanContext, code: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in ctx.findings if f.code == code]


def _is_heading_like(text: str, kind: str) -> bool:
    """A paragraph that is really a sub-heading (an area of need, a short label, a short line with no
    full stop, such as "Across all areas of need"); a bullet or a table cell is content however short."""
    if kind not in ("paragraph", "sentence", "fields"):
        return False
    stripped = text.strip()
    if stripped[:1].islower():
        return True  # the tail of a sentence a page break or line wrap cut off, not an item of its own
    return looks_like_label(stripped) or title_like(stripped, max_words=7)


class StructureCheck:
    """Whole-plan checks: missing or merged sections, wrong section, placement, social care."""

    name = "structure"

    def run(self, ctx: PlanContext) -> Iterable[Finding]:
        recognised = ctx.structure is None or ctx.structure.recognised
        for f in structure_findings(ctx.doc, ctx.sections, ctx.items, ctx.status):
            if recognised or f.code != "missing_section":  # else the structure's reason says what is missing
                yield f.explained(self.name)


class TableGapCheck:
    """Per-area tables: a stated need with an empty provision cell, a D need with no H provision."""

    name = "table_gaps"

    def run(self, ctx: PlanContext) -> Iterable[Finding]:
        for f in table_gap_findings(ctx.doc, ctx.sections):
            yield f.explained(self.name)


class GoldenThreadCheck:
    """Needs matched to provision and outcomes, lexically or with an encoder handed in."""

    name = "golden_thread"

    def __init__(self, encoder: SentenceEncoder | None = None) -> None:
        self.encoder = encoder

    def run(self, ctx: PlanContext) -> Iterable[Finding]:
        thread = golden_thread.analyse(ctx.doc, ctx.items, ctx.sections, encoder=self.encoder)
        ctx.extras["golden_thread"] = thread
        for f in golden_thread.findings(ctx.doc, thread):
            yield f.explained(self.name, note=f"matched by {thread.method}")


class ModelCheck:
    """The learned second opinion: speaks only about provision items no earlier check flagged, and
    never about terms of art the rules already recognise."""

    name = "model"

    def __init__(self, scorer: SentenceScorer, terms_of_art: list) -> None:
        self.scorer = scorer
        self.terms_of_art = terms_of_art

    def run(self, ctx: PlanContext) -> Iterable[Finding]:
        text = ctx.doc.text
        flagged = [(f.start, f.end) for f in ctx.findings if f.start != f.end]
        todo = [item for item, _, _ in ctx.provisions
                if not any(s < item.end and e > item.start for s, e in flagged)
                and _looks_like_provision(text[item.start:item.end], item.kind)
                and not any(p.search(text[item.start:item.end]) for p in self.terms_of_art)]
        texts = [text[it.start:it.end] for it in todo]
        faults = taxonomy().faults
        for item, chunk, (p, code) in zip(todo, texts, self.scorer.score(texts)):
            if p < self.scorer.threshold:
                continue
            fault = faults[code]
            yield Finding(
                code=code, severity="warning", section=item.section, start=item.start, end=item.end, text=chunk,
                message=f"No rule names a fault here, but sendlens's model reads this provision as unenforceable "
                        f"(probability {p:.2f}); most like: {fault.title.lower()}. {fault.message}",
                suggestion=fault.suggestion, basis=fault.basis, score=round(p, 3), source=self.scorer.id,
                explanation=Explanation(check=self.name, source=self.scorer.id, original_score=round(p, 3),
                                        score=round(p, 3), original_severity="warning",
                                        note=f"model probability {p:.2f} ≥ threshold {self.scorer.threshold:.2f}"))


def _looks_like_provision(text: str, kind: str) -> bool:
    """The model was trained on provision items; keep it off introductions and narrative."""
    if NARRATIVE.search(text):
        return False
    return kind in ("list_item", "table_row", "table_cell", "fields") or len(text.split()) <= 40
