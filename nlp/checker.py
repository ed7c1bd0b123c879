"""The plan checker: sections, items, wording rules, the CoP 9.69 test, document-level checks.

Built once (rule packs compiled, optional model loaded) and reused for every document.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest import Document

from .findings import Finding
from .items import split_items, unplaced_items
from .provisions import ProvisionRow, provision_rows, quantification_findings
from .rulepack import Rule, builtin_pack_paths, load_pack
from .sections import SectionMap, Structure, split_sections
from .structure import plan_status, structure_findings
from .table_gaps import table_gap_findings
from .taxonomy import severity_rank, taxonomy
from .wording import WordingRules


@dataclass
class Report:
    document: Document
    sections: SectionMap
    findings: list[Finding]
    provisions: list[ProvisionRow] = field(default_factory=list)
    status: str | None = None
    golden_thread: object = None  # nlp.golden_thread.GoldenThread
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
        errors = {(f.start, f.end) for f in self.findings if f.severity == "error" and f.section == "F"}
        ok = sum(1 for p in self.provisions if p.passes and not any(p.start <= s < p.end for s, _ in errors))
        return ok / len(self.provisions)

    def scorecard(self):
        from .scorecard import scorecard

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
    def __init__(self, rule_packs: list[str | Path] = (), disabled: set[str] | frozenset = frozenset(),
                 use_model: bool = True, thread: str = "off") -> None:
        """`thread`: the golden-thread check: 'off', 'lexical' (key concepts and areas, no torch),
        'embeddings' (adds the sentence-transformer; needs the 'embed' extra) or 'auto'."""
        rules: list[Rule] = []
        for path in [*builtin_pack_paths(), *map(Path, rule_packs)]:
            rules.extend(load_pack(path).rules)
        unknown = set(disabled) - {r.id for r in rules} - set(taxonomy().faults)
        if unknown:
            raise ValueError(f"cannot disable unknown rule id(s): {sorted(unknown)}")
        self.disabled = set(disabled)
        self.rules = [r for r in rules if r.id not in self.disabled and r.code not in self.disabled]
        self.wording = WordingRules(self.rules)
        self._terms_of_art = [p for r in self.rules for p in r.exceptions]
        if thread not in ("off", "lexical", "embeddings", "auto"):
            raise ValueError(f"unknown golden-thread mode {thread!r}")
        self.thread = thread
        self.model = None
        if use_model:
            from models.provision_model import load_default

            self.model = load_default()

    def check(self, doc: Document, status: str | None = None) -> Report:
        """`status` ('draft' or 'final') overrides what the plan says about itself."""
        sections = split_sections(doc)
        structure = sections.structure()
        items = split_items(doc, sections)
        findings = self.wording.check(doc, items)
        rows = provision_rows(doc, items)
        findings += [f for f in quantification_findings(doc, rows) if f.code not in self.disabled]
        unplaced: list = []
        if not structure.recognised:  # check every provision-like item anyway, its section unknown
            unplaced = unplaced_items(doc, items)
            extra = provision_rows(doc, unplaced)
            findings += self.wording.check(doc, unplaced)
            findings += [f for f in quantification_findings(doc, extra) if f.code not in self.disabled]
            rows += extra
        if self.model is not None:
            # terms of art the rules already recognise ("exam access arrangements") are not for the model
            plain = [r[0] for r in rows if not any(p.search(doc.text[r[0].start:r[0].end]) for p in self._terms_of_art)]
            findings += self.model.findings(doc, plain, findings)
        thread = None
        if self.thread != "off":
            from . import golden_thread

            use = None if self.thread == "auto" else self.thread == "embeddings"
            thread = golden_thread.analyse(doc, items, sections, use_embeddings=use)
            findings += [f for f in golden_thread.findings(doc, thread) if f.code not in self.disabled]
        status = status or plan_status(doc)
        findings += [f for f in structure_findings(doc, sections, items, status) if f.code not in self.disabled
                     and (structure.recognised or f.code != "missing_section")]  # the reason says what is missing
        findings += [f for f in table_gap_findings(doc, sections) if f.code not in self.disabled]
        if unplaced:
            findings = _unplace(findings, unplaced)
            rows = [(item, el, replace(row, section=None) if item in unplaced else row)
                    for item, el, row in rows]
        findings = _dedupe(findings)
        findings.sort(key=lambda f: (f.start, -severity_rank(f.severity), f.code))
        return Report(doc, sections, findings, [r[2] for r in rows], status, thread, structure)


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
    """One finding per code and item span; wording findings win over quantification ones."""
    seen: dict[tuple, Finding] = {}
    for f in findings:
        key = (f.code, f.start, f.end, f.section)
        if key not in seen:
            seen[key] = f
    return list(seen.values())


def filter_severity(findings: list[Finding], minimum: str) -> list[Finding]:
    return [f for f in findings if severity_rank(f.severity) >= severity_rank(minimum)]
