"""One count per decision: the same decision as .txt, .docx and .pdf is one decision and two
`duplicate_of` rows, in the JSONL journal, the store and `sendlens stats`.

The decisions are fictional and written for this test.
"""
from __future__ import annotations

import json
from pathlib import Path

from conftest import docx_bytes

from app.batch import run_batch
from app.stats import corpus_stats
from app.store import load_tables, read_journal
from nlp.fingerprint import Folder, text_key

DECISION = """FIRST-TIER TRIBUNAL
SPECIAL EDUCATIONAL NEEDS AND DISABILITY

EH962/24/00871

Mr P. Ravensworth (Appellant)
v
Tollbridge Borough Council (Respondent)

DECISION

The appeal is allowed. The local authority shall carry out an education, health and care needs assessment.

REASONS

1. Mr Ravensworth appeals against the decision of Tollbridge Borough Council dated 3 March 2024 not to carry out an education, health and care needs assessment of his son, K, who is 8 and in Year 3.

2. The school has used its own resources for four terms and K's reading has not moved. It may be necessary for special educational provision to be made in accordance with a plan.

Tribunal Judge S. Okafor-Lund
Date of decision: 19 August 2024
"""

OTHER = DECISION.replace("EH962/24/00871", "EH962/24/00999").replace("Ravensworth", "Ellerby").replace(
    "19 August 2024", "2 September 2024").replace("The appeal is allowed. The local authority shall carry out an "
                                                 "education, health and care needs assessment.", "The appeal is dismissed.")


from test_batch import _pdf_of as _pdf


def _docx(text: str) -> bytes:
    def build(d):
        for para in text.split("\n\n"):
            for line in para.splitlines():
                d.add_paragraph(line)
    return docx_bytes(build)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_ravensworth.txt").write_text(DECISION, encoding="utf-8")
    (folder / "b_ravensworth.docx").write_bytes(_docx(DECISION))
    (folder / "c_ravensworth.pdf").write_bytes(_pdf(DECISION))
    (folder / "d_ellerby.txt").write_text(OTHER, encoding="utf-8")
    return folder


def test_one_decision_in_three_formats_is_counted_once(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "r.duckdb"
    summary = run_batch([str(folder)], out, kind="decision", progress=False)
    assert summary.ok == 4 and summary.duplicates == 2
    assert "2 duplicates folded" in summary.text()

    journal = read_journal(out.with_name(out.name + ".journal.jsonl"))
    by_name = {Path(r["path"]).name: r for r in journal}
    first = str(folder / "a_ravensworth.txt")
    assert "duplicate_of" not in by_name["a_ravensworth.txt"]
    assert by_name["b_ravensworth.docx"]["duplicate_of"] == first
    assert by_name["c_ravensworth.pdf"]["duplicate_of"] == first
    assert "duplicate_of" not in by_name["d_ellerby.txt"]
    # the copies are still analysed (their labels agree with the first)
    assert {by_name[n]["decision"]["outcome"] for n in ("a_ravensworth.txt", "b_ravensworth.docx",
                                                        "c_ravensworth.pdf")} == {"allowed"}

    docs = load_tables(out)["documents"].to_pylist()
    dup = {Path(d["path"]).name: d["duplicate_of"] for d in docs}
    assert sum(v is not None for v in dup.values()) == 2
    assert dup["b_ravensworth.docx"] == first and dup["a_ravensworth.txt"] is None

    text = corpus_stats(out)
    assert "2 decisions analysed; 2 duplicate files" in text
    # outcomes count decisions: one allowed, one dismissed (not three allowed)
    row = next(ln for ln in text.splitlines() if ln.startswith("not_stated |"))
    assert row.split(" | ")[1] == "2"


def test_resumed_run_folds_a_copy_added_later(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(DECISION, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert run_batch([str(folder)], out, kind="decision", progress=False).duplicates == 0
    (folder / "b.docx").write_bytes(_docx(DECISION))
    second = run_batch([str(folder)], out, kind="decision", progress=False)
    assert second.skipped == 1 and second.duplicates == 1
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert recs[-1]["duplicate_of"] == str(folder / "a.txt")


def test_fingerprint_ignores_layout_but_not_words():
    assert text_key("The appeal is\nallowed.\n\nPage 1 of 2\n") == text_key("The appeal is allowed.")
    assert text_key("The appeal is allowed.") != text_key("The appeal is dismissed.")
    folder = Folder()
    assert folder.duplicate_of("a", {"text": "x", "ident": "EH1|c|2024-01-01"}) is None
    # same reference, party and date but text that differs (another extraction): still the same decision
    assert folder.duplicate_of("b", {"text": "y", "ident": "EH1|c|2024-01-01"}) == "a"
    # same reference, another date: another decision in the same appeal
    assert folder.duplicate_of("c", {"text": "z", "ident": "EH1|c|2024-05-01"}) is None
