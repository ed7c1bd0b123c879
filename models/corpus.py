"""The labelled corpora (the project's own models/data/provisions.tsv, voice "project", and the
many-voices corpora in models/data/voices/) and a helper that runs the checker over them, one bullet
per row under its section heading, so rules and models are scored alike."""
from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "provisions.tsv"
VOICES = DATA.parent / "voices"
# Written after the rules were last tuned: the rules are never tuned while looking at these.
LATE_VOICES = ("per_area_table", "good_plan_hard_negatives", "early_years", "health_social_care",
               "legal_advocate", "sen_support_boilerplate")
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


def read_voices(directory: Path = VOICES, section: str | None = None) -> list[dict]:
    """Every voice corpus, in file-name order; each row keeps its `voice`."""
    rows: list[dict] = []
    for path in sorted(directory.glob("*.tsv")):
        rows += read_rows(path, section)
    return rows


def read_all(section: str | None = None) -> list[dict]:
    """The project corpus (voice "project") followed by every voice corpus, labelled by the project's
    convention (see `convention`)."""
    rows = [{**r, "voice": "project"} for r in read_rows(DATA, section)] + read_voices(section=section)
    return [convention(r) for r in rows]


def convention(row: dict) -> dict:
    """The project's reading of a deliverer left out: a quantified provision that names no one is
    recorded in the provision table (missing: staff) rather than reported as vague wording; one that
    names its deliverer only in general terms ("an adult", "school staff") is vague. Some voice
    writers labelled the first kind vague; they are read by the same convention as the checker."""
    from nlp.provisions import GENERIC_PERSON

    if row.get("label") == "vague" and row.get("fault") == "unspecified_staff" and not GENERIC_PERSON.search(row["text"]):
        return {**row, "label": "specific", "fault": "", "note": (row.get("note", "") + " [convention: deliverer "
                                                                  "left out is a table gap, not vague wording]").strip()}
    return row


def rule_codes(rows: list[dict], checker=None) -> list[set[str]]:
    """The fault codes the checker reports on each row, checked as bullets of one plan."""
    return [{f.code for f in found} for found in row_findings(rows, checker)]


def row_findings(rows: list[dict], checker=None) -> list[list]:
    """The findings overlapping each row when the rows are checked as bullets of one plan."""
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
    out: list[list] = [[] for _ in rows]
    for i, s, e in spans:
        out[i] = [f for f in report.findings if f.start < e and f.end > s and f.start != f.end]
    return out
