"""The project's own labelled provision sentences (models/data/provisions.tsv) and a helper that
runs the rule checker over them, one bullet per row, so rules and models are scored alike."""
from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "provisions.tsv"
HEADINGS = {
    "B": "Section B: Special educational needs",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
}


def read_rows(path: Path = DATA, section: str | None = None) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r for r in rows if section is None or r["section"] == section]


def rule_codes(rows: list[dict], checker=None) -> list[set[str]]:
    """The fault codes the rules report on each row, checked as bullets of one plan."""
    from ingest import load
    from nlp.checker import Checker

    checker = checker or Checker()
    text, spans = "", []
    for sec, heading in HEADINGS.items():
        mine = [(i, r) for i, r in enumerate(rows) if r["section"] == sec]
        if not mine:
            continue
        text += heading + "\n\n"
        for i, r in mine:
            start = len(text) + 2
            text += "- " + r["text"] + "\n"
            spans.append((i, start, start + len(r["text"])))
        text += "\n"
    report = checker.check(load(text.encode("utf-8"), "corpus.txt"))
    out: list[set[str]] = [set() for _ in rows]
    for i, s, e in spans:
        out[i] = {f.code for f in report.findings if f.start < e and f.end > s and f.start != f.end}
    return out
