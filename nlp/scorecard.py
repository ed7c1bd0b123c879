"""The reviewer's summary: per section, counts by severity and a red/amber/green grade with the
rule that produced it; overall, the share of Section F items that pass the CoP 9.69 test."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from .sections import SECTION_IDS

GRADE_RULES = {
    "red": "at least one error",
    "amber": "warnings but no errors",
    "green": "no errors or warnings",
}
F_RED_BELOW = 0.5  # Section F is red when fewer than half its items pass CoP 9.69, errors or not


@dataclass
class SectionScore:
    section: str
    present: bool
    error: int
    warning: int
    suggestion: int
    grade: str
    rule: str


@dataclass
class Scorecard:
    sections: list[SectionScore]
    enforceability: float | None  # share of Section F items that pass, None without Section F items
    provision_items: int
    grade: str
    rule: str

    def to_json(self) -> dict:
        return {"grade": self.grade, "rule": self.rule, "enforceability": self.enforceability,
                "provision_items": self.provision_items, "sections": [asdict(s) for s in self.sections]}

    def text(self) -> str:
        cells = [f"{s.section}:{s.grade[0].upper()}" for s in self.sections]
        ef = "n/a" if self.enforceability is None else f"{self.enforceability:.0%}"
        return (f"Scorecard {self.grade.upper()} ({self.rule}); Section F enforceability {ef} of "
                f"{self.provision_items} items; " + " ".join(cells))


def scorecard(report) -> Scorecard:
    present = set(report.sections.present)
    scores = []
    for sid in SECTION_IDS:
        mine = [f for f in report.findings if f.section == sid]
        counts = {sev: sum(1 for f in mine if f.severity == sev) for sev in ("error", "warning", "suggestion")}
        grade = "red" if counts["error"] else "amber" if counts["warning"] else "green"
        rule = GRADE_RULES[grade]
        if sid not in present and grade != "red":
            grade, rule = "red", "section missing"
        if sid == "F" and report.enforceability() is not None and report.enforceability() < F_RED_BELOW:
            grade, rule = "red", f"under {F_RED_BELOW:.0%} of items pass CoP 9.69"
        scores.append(SectionScore(sid, sid in present, counts["error"], counts["warning"], counts["suggestion"],
                                   grade, rule))
    order = ["green", "amber", "red"]
    worst = max(scores, key=lambda s: order.index(s.grade))
    return Scorecard(scores, report.enforceability(), len(report.provisions), worst.grade,
                     f"worst section {worst.section}: {worst.rule}")
