"""The plan checker: sections, items, wording rules, the CoP 9.69 test, document-level checks.

Built once (rule packs compiled, optional model loaded) and reused for every document.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest import Document

from .checks import (
    Check,
    GoldenThreadCheck,
    ModelCheck,
    NeedCheck,
    OutcomeCheck,
    ProvisionTestCheck,
    StructureCheck,
    TableGapCheck,
    WordingCheck,
)
from .context import PlanContext
from .findings import Finding
from .golden_thread import GoldenThread
from .ports import SentenceEncoder, SentenceScorer
from .provisions import ProvisionRow
from .rulepack import Rule, builtin_pack_paths, load_pack
from .scorecard import Scorecard, scorecard
from .sections import SectionMap, Structure
from .taxonomy import SEVERITIES, severity_rank, taxonomy


@dataclass
class Report:
    document: Document
    sections: SectionMap
    findings: list[Finding]
    provisions: list[ProvisionRow] = field(default_factory=list)
    status: str | None = None
    golden_thread: GoldenThread | None = None
    structure: Structure | None = None  # whether the layout was understood (None: not computed)

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "suggestion": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def enforceability(self) -> float | None:
        """Share of Section F items that pass the CoP 9.69 test and carry no wording error."""
        if not self.provisions:
            return None
        import bisect

        # sorted error starts + one bisect per item: O((items + errors) log errors), not items x errors
        starts = sorted({f.start for f in self.findings if f.severity == "error" and f.section == "F"})

        def has_error(p) -> bool:
            i = bisect.bisect_left(starts, p.start)
            return i < len(starts) and starts[i] < p.end

        ok = sum(1 for p in self.provisions if p.passes and not has_error(p))
        return ok / len(self.provisions)

    def scorecard(self) -> Scorecard:
        return scorecard(self)

    def to_json(self) -> dict:
        doc = self.document
        return {
            "file": doc.filename,
            "format": doc.format,
            "pages": doc.pages,
            "text": doc.text,
            "layout": self.sections.layout,
            "structure": (self.structure or self.sections.structure()).to_json(),
            "status": self.status,
            "sections": self.sections.to_json(),
            "missing_sections": self.sections.missing,
            "merged_sections": [list(g) for g in self.sections.merged],
            "summary": {**self.counts(), "enforceability": self.enforceability(),
                        "provision_items": len(self.provisions)},
            "scorecard": self.scorecard().to_json(),
            "findings": [f.to_json() for f in self.findings],
            **({"golden_thread": self.golden_thread.to_json()} if self.golden_thread is not None else {}),
        }


class Checker:
    """Runs every check over one shared plan context, then applies `disabled`, the severity floor,
    dedupe and sort once, whatever check produced a finding.

    Learned parts are handed in (nlp never imports models): `scorer` is the provision model, `encoder`
    the golden-thread sentence encoder; app/compose.py builds a checker with the shipped ones."""

    def __init__(self, rule_packs: list[str | Path] = (), disabled: set[str] | frozenset = frozenset(),
                 scorer: SentenceScorer | None = None, encoder: SentenceEncoder | None = None,
                 thread: str = "off", min_severity: str = "suggestion",
                 severities: dict[str, str] | None = None) -> None:
        """`thread`: the golden-thread check: 'off', 'lexical' (key concepts and areas), 'embeddings'
        (needs an `encoder`) or 'auto' (embeddings when an encoder is given). `severities` maps a fault
        code or a rule id to the severity a council wants for it, whichever check found it."""
        rules: list[Rule] = []
        for path in [*builtin_pack_paths(), *map(Path, rule_packs)]:
            rules.extend(load_pack(path).rules)
        unknown = set(disabled) - {r.id for r in rules} - set(taxonomy().faults)
        if unknown:
            raise ValueError(f"cannot disable unknown rule id(s): {sorted(unknown)}")
        if thread not in ("off", "lexical", "embeddings", "auto"):
            raise ValueError(f"unknown golden-thread mode {thread!r}")
        if thread == "embeddings" and encoder is None:
            raise ValueError("the 'embeddings' golden-thread mode needs a sentence encoder")
        if min_severity not in SEVERITIES:
            raise ValueError(f"unknown severity {min_severity!r}")
        severities = dict(severities or {})
        unknown = set(severities) - {r.id for r in rules} - set(taxonomy().faults)
        if unknown:
            raise ValueError(f"cannot set the severity of unknown rule id(s) or code(s): {sorted(unknown)}")
        bad = {k: v for k, v in severities.items() if v not in SEVERITIES}
        if bad:
            raise ValueError(f"severity must be one of {SEVERITIES}; got {bad}")
        self.severities = severities
        # a rule id is more specific than its code, so it wins over a code's setting
        self._rule_severity = {r.source: severities[r.id] for r in rules if r.id in severities}
        self.disabled = set(disabled)
        self._disabled_sources = {r.source for r in rules if r.id in self.disabled}
        self.rules = [r for r in rules if r.id not in self.disabled and r.code not in self.disabled]
        self.thread = thread
        self.scorer = scorer
        self.min_severity = min_severity
        self.checks: list[Check] = [WordingCheck(self.rules), ProvisionTestCheck(), OutcomeCheck(), NeedCheck()]
        if scorer is not None:
            self.checks.append(ModelCheck(scorer, [p for r in self.rules for p in r.exceptions]))
        if thread != "off":
            self.checks.append(GoldenThreadCheck(None if thread == "lexical" else encoder))
        self.checks += [StructureCheck(), TableGapCheck()]

    def check(self, doc: Document, status: str | None = None) -> Report:
        """`status` ('draft' or 'final') overrides what the plan says about itself."""
        ctx = PlanContext.build(doc, status)
        for check in self.checks:
            ctx.findings.extend(check.run(ctx))
        floor = severity_rank(self.min_severity)
        kept = [self._council_severity(f) for f in ctx.findings
                if f.code not in self.disabled and f.source not in self._disabled_sources]
        kept = [f for f in kept if severity_rank(f.severity) >= floor]
        rows = [r[2] for r in ctx.provisions]
        if ctx.unplaced:  # items checked as provision only because their section is unknown say so
            kept = _unplace(kept, ctx.unplaced)
            unplaced = {(it.start, it.end) for it in ctx.unplaced}
            rows = [replace(row, section=None) if (item.start, item.end) in unplaced else row
                    for item, _, row in ctx.provisions]
        findings = _dedupe(kept)
        findings.sort(key=lambda f: (f.start, -severity_rank(f.severity), f.code))
        return Report(doc, ctx.sections, findings, rows, ctx.status, ctx.extras.get("golden_thread"), ctx.structure)

    def _council_severity(self, f: Finding) -> Finding:
        """The finding at the severity the council's settings give its rule id or code, if any."""
        wanted = self._rule_severity.get(f.source) or self.severities.get(f.code)
        if wanted is None or wanted == f.severity:
            return f
        note = f"Severity set to {wanted} (was {f.severity}) by the council's settings."
        explanation = f.explanation and replace(f.explanation, note=" ".join(x for x in (f.explanation.note, note) if x))
        return replace(f, severity=wanted, explanation=explanation)


def _unplace(findings: list[Finding], unplaced: list) -> list[Finding]:
    """Findings on items checked as provision only because their section is unknown say so (None)."""
    spans = sorted((it.start, it.end) for it in unplaced)
    starts = [s for s, _ in spans]
    out = []
    for f in findings:
        i = bisect.bisect_right(starts, f.start) - 1
        inside = i >= 0 and spans[i][0] <= f.start < spans[i][1]
        out.append(replace(f, section=None) if inside and f.section == "F" else f)
    return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per code and item span; the earlier check (wording before quantification) wins."""
    seen: dict[tuple, Finding] = {}
    for f in findings:
        key = (f.code, f.start, f.end, f.section)
        if key not in seen:
            seen[key] = f
    return list(seen.values())
