"""`sendlens batch`: many files, failures recorded, resume, output stores, workers, Dask.

All decisions and plans are fictional and built in the tests (TXT, DOCX, PDF), plus broken files.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from conftest import PLAN_TXT, docx_bytes

from app import batch as batch_mod
from app import store
from app.batch import Progress, collect_inputs, run_batch
from app.cli import main
from nlp.taxonomy import taxonomy

DEC_ALLOWED = """FIRST-TIER TRIBUNAL
Special Educational Needs and Disability

EH971/25/00101   Mrs N. Ashgrove v Pinwhistle Borough Council

DECISION

1. The appeal is allowed. The local authority shall carry out an education, health and care needs assessment.

REASONS

2. Mrs Ashgrove appeals against the decision of Pinwhistle Borough Council not to carry out an education, health and care needs assessment of her son, who is aged 7.

3. We find that he may have special educational needs and that it may be necessary for provision to be made in accordance with a plan.

Judge L. Fairweather
Date of decision: 14/03/2025
"""

DEC_CONTENTS = """FIRST-TIER TRIBUNAL
Special Educational Needs and Disability

EH972/24/00202   Mr B. Colequay v Dunlowe County Council

DECISION

The appeal is allowed. Sections B and F of the EHC plan are to be amended as set out in the appendix.

REASONS

1. Mr Colequay appeals against the contents of his daughter's EHC plan, disputing Sections B and F. Section I is agreed.

2. Section F provided for "regular speech and language therapy" but did not specify how much therapy would be given. That is too vague to be enforceable and we have amended it.

Judge A. Penhallow
14 March 2025
"""

DEC_DISMISSED = """FIRST-TIER TRIBUNAL
Special Educational Needs and Disability

EH973/24/00303   Ms E. Varley v Cobbleford Council

DECISION

The appeal is dismissed.

REASONS

1. Ms Varley appeals against the decision of Cobbleford Council to cease to maintain her son's EHC plan.

2. He has completed his course and secured employment; the plan is no longer necessary.

Judge K. Mirren
9 January 2025
"""

DEC_WITHDRAWN = """FIRST-TIER TRIBUNAL
Special Educational Needs and Disability

EH974/24/00404   Mr R. Tolland v Gorsehill Council

NOTICE OF WITHDRAWAL

The appellant has withdrawn his appeal against the refusal to carry out a re-assessment. The appeal is withdrawn under rule 17.

Judge D. Ormsby
3 February 2025
"""

DOCX_DECISION = DEC_CONTENTS
PDF_DECISION = DEC_DISMISSED
EXPECTED = {  # file name -> (appeal types, outcome)
    "a_allowed.txt": (["refusal_to_assess"], "allowed"),
    "b_contents.docx": (["contents"], "allowed"),
    "c_dismissed.pdf": (["cease_to_maintain"], "dismissed"),
    "d_withdrawn.txt": (["refusal_to_reassess"], "withdrawn"),
}
CONTRACT_KEYS = {"appeal_types", "sections", "outcome", "drafting_issues"}


def _docx_of(text: str) -> bytes:
    def build(d):
        for line in text.splitlines():
            if line.startswith("Section "):
                d.add_heading(line, level=1)
            elif line.strip():
                d.add_paragraph(line.removeprefix("- "), style="List Bullet" if line.startswith("- ") else None)
    return docx_bytes(build)


def _pdf_of(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for para in text.split("\n\n"):
        pdf.multi_cell(0, 5, para.strip("\n"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def _write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


@pytest.fixture(scope="session")
def built() -> dict[str, bytes]:
    return {"a_allowed.txt": DEC_ALLOWED.encode(), "b_contents.docx": _docx_of(DOCX_DECISION),
            "c_dismissed.pdf": _pdf_of(PDF_DECISION), "d_withdrawn.txt": DEC_WITHDRAWN.encode(),
            "p_plan.txt": PLAN_TXT.encode(),
            "q_plan.docx": _docx_of(PLAN_TXT),
            "x_corrupt.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not really a pdf\n%%EOF",
            "y_empty.txt": b""}


@pytest.fixture
def mixed(tmp_path, built) -> Path:
    folder = tmp_path / "in"
    for name, data in built.items():
        _write(folder, name, data)
    return folder


def _records(out: Path) -> dict[str, dict]:
    recs = store.read_journal(store.journal_path(out))
    return {Path(r["path"]).name: r for r in recs}


def _stable(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k not in ("seconds", "path")}


def _check_decision(rec: dict, name: str) -> None:
    tx = taxonomy()
    assert rec["status"] == "ok" and rec["kind"] == "decision", rec
    d = rec["decision"]
    assert CONTRACT_KEYS <= set(d)
    assert all(t in tx.appeal_types for t in d["appeal_types"])
    assert all(s in tx.sections for s in d["sections"])
    assert d["outcome"] in tx.outcomes
    assert all(f in tx.faults for f in d["drafting_issues"])
    types, outcome = EXPECTED[name]
    assert d["appeal_types"] == types and d["outcome"] == outcome, (name, d)


# ------------------------------------------------------------------ a mixed folder

def test_mixed_folder_completes_and_records_failures(mixed, tmp_path):
    out = tmp_path / "res.jsonl"
    summary = run_batch([str(mixed)], out, progress=False)
    assert (summary.total, summary.ok, summary.failed, summary.skipped) == (8, 6, 2, 0)
    assert summary.kinds == {"decision": 4, "plan": 2}
    assert summary.outputs == [out]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8 and all(json.loads(line) for line in lines)
    recs = _records(out)
    assert set(recs) == set(EXPECTED) | {"p_plan.txt", "q_plan.docx", "x_corrupt.pdf", "y_empty.txt"}
    for name in EXPECTED:
        _check_decision(recs[name], name)
        assert recs[name]["path"] == str(mixed / name)
    assert recs["b_contents.docx"]["format"] == "docx"
    assert recs["c_dismissed.pdf"]["format"] == "pdf"
    assert recs["b_contents.docx"]["decision"]["sections"] == ["B", "F"]
    for name in ("p_plan.txt", "q_plan.docx"):
        rec = recs[name]
        assert rec["status"] == "ok" and rec["kind"] == "plan" and "decision" not in rec
        assert "F" in [s["id"] for s in rec["plan"]["sections"]]
        assert any(f["code"] == "access_to" for f in rec["findings"])
    for name, kind in (("x_corrupt.pdf", "CorruptFile"), ("y_empty.txt", "EmptyFile")):
        rec = recs[name]
        assert rec["status"] == "error"
        assert name in rec["error"]
        assert rec["error_type"] == kind


def test_cli_batch_on_folder(mixed, tmp_path, capsys):
    out = tmp_path / "cli.jsonl"
    code = main(["batch", str(mixed), "--out", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1  # some files failed: a script must be told (issue 15), no longer 0
    assert "8 files: 6 analysed (4 decision, 2 plan), 2 failed, 0 already done" in err
    recs = _records(out)
    assert len(recs) == 8
    _check_decision(recs["a_allowed.txt"], "a_allowed.txt")
    assert recs["y_empty.txt"]["status"] == "error" and "y_empty.txt" in recs["y_empty.txt"]["error"]


def test_cli_batch_max_size(mixed, tmp_path, capsys):
    out = tmp_path / "small.jsonl"
    assert main(["batch", str(mixed / "b_contents.docx"), str(mixed / "a_allowed.txt"), "--out", str(out),
                 "--no-progress", "--max-size-mb", "0.003"]) == 1  # one file failed
    recs = _records(out)
    assert recs["b_contents.docx"]["status"] == "error"
    assert recs["b_contents.docx"]["error_type"] == "FileTooLarge"
    assert "b_contents.docx" in recs["b_contents.docx"]["error"]
    assert recs["a_allowed.txt"]["status"] == "ok"


def test_cli_batch_bad_output_suffix(mixed, tmp_path, capsys):
    code = main(["batch", str(mixed / "a_allowed.txt"), "--out", str(tmp_path / "r.csv"), "--no-progress"])
    assert code == 2
    assert ".jsonl" in capsys.readouterr().err


def test_missing_and_unreadable_paths_become_error_records(tmp_path):
    good = _write(tmp_path, "a_allowed.txt", DEC_ALLOWED)
    listfile = _write(tmp_path, "list.txt", f"{good}\n{tmp_path / 'gone.txt'}\n")
    out = tmp_path / "r.jsonl"
    summary = run_batch([f"@{listfile}"], out, progress=False)
    assert (summary.ok, summary.failed) == (1, 1)
    rec = _records(out)["gone.txt"]
    assert rec["status"] == "error" and "gone.txt" in rec["error"]


# ------------------------------------------------------------------ resume

def _count_calls(monkeypatch) -> list[str]:
    # counts calls in this process, so the runs it watches pass isolate=False (no worker processes)
    calls: list[str] = []
    real = batch_mod.analyse_path

    def counting(path, *a, **kw):
        calls.append(Path(path).name)
        return real(path, *a, **kw)

    monkeypatch.setattr(batch_mod, "analyse_path", counting)
    return calls


def test_resume_analyses_only_new_files(tmp_path, built, monkeypatch):
    folder = tmp_path / "in"
    for name in ("a_allowed.txt", "b_contents.docx", "x_corrupt.pdf"):
        _write(folder, name, built[name])
    out = tmp_path / "r.jsonl"
    calls = _count_calls(monkeypatch)
    first = run_batch([str(folder)], out, progress=False, isolate=False)
    assert sorted(calls) == ["a_allowed.txt", "b_contents.docx", "x_corrupt.pdf"]
    assert (first.ok, first.failed, first.skipped) == (2, 1, 0)

    for name in ("c_dismissed.pdf", "d_withdrawn.txt"):
        _write(folder, name, built[name])
    calls.clear()
    second = run_batch([str(folder)], out, progress=False, isolate=False)
    assert sorted(calls) == ["c_dismissed.pdf", "d_withdrawn.txt"]  # errors are not retried either
    assert (second.total, second.skipped, second.ok, second.failed) == (5, 3, 2, 0)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    recs = _records(out)
    for name in ("a_allowed.txt", "b_contents.docx", "c_dismissed.pdf", "d_withdrawn.txt"):
        _check_decision(recs[name], name)

    calls.clear()
    third = run_batch([str(folder)], out, progress=False, isolate=False)
    assert calls == [] and third.skipped == 5
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def _truncate_last_line(journal: Path, newline: bool) -> str:
    lines = journal.read_text(encoding="utf-8").splitlines()
    cut = json.loads(lines[-1])["path"]
    journal.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][:45] + ("\n" if newline else ""), encoding="utf-8")
    return cut


@pytest.mark.parametrize("newline", [True, False], ids=["cut_line_with_newline", "cut_line_no_newline"])
def test_resume_tolerates_truncated_journal_and_redoes_that_file(tmp_path, built, monkeypatch, newline):
    folder = tmp_path / "in"
    for name in ("a_allowed.txt", "d_withdrawn.txt", "p_plan.txt"):
        _write(folder, name, built[name])
    out = tmp_path / "r.jsonl"
    run_batch([str(folder)], out, progress=False, isolate=False)
    cut = _truncate_last_line(out, newline)
    assert len(store.read_journal(out)) == 2  # the cut line is ignored, not fatal
    calls = _count_calls(monkeypatch)
    summary = run_batch([str(folder)], out, progress=False, isolate=False)
    assert calls == [Path(cut).name]
    assert (summary.skipped, summary.ok, summary.failed) == (2, 1, 0)


@pytest.mark.parametrize("newline", [
    True,
    False,
], ids=["cut_line_with_newline", "cut_line_no_newline"])
def test_resume_after_truncation_keeps_the_redone_record(tmp_path, built, newline):
    folder = tmp_path / "in"
    for name in ("a_allowed.txt", "d_withdrawn.txt", "p_plan.txt"):
        _write(folder, name, built[name])
    out = tmp_path / "r.jsonl"
    run_batch([str(folder)], out, progress=False)
    cut = _truncate_last_line(out, newline)
    run_batch([str(folder)], out, progress=False)
    paths = [r["path"] for r in store.read_journal(out)]
    assert sorted(paths) == sorted(str(folder / n) for n in ("a_allowed.txt", "d_withdrawn.txt", "p_plan.txt"))
    assert cut in paths


# ------------------------------------------------------------------ output stores



def _duck_rows(path: Path) -> dict[str, list[dict]]:
    """Reads the DuckDB store without store.load_tables (plain fetchall works on every duckdb)."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {}
        for name in store.TABLES:
            cur = con.execute(f"SELECT * FROM {name}")
            cols = [c[0] for c in cur.description]
            out[name] = [dict(zip(cols, row)) for row in cur.fetchall()]
        return out
    finally:
        con.close()


def _check_tables(docs_rows: list[dict], labels: list[dict], findings: list[dict]) -> None:
    docs = {Path(r["path"]).name: r for r in docs_rows}
    assert len(docs) == 8
    assert docs["y_empty.txt"]["status"] == "error" and "y_empty.txt" in docs["y_empty.txt"]["error"]
    assert docs["x_corrupt.pdf"]["status"] == "error"
    assert docs["a_allowed.txt"]["kind"] == "decision" and docs["a_allowed.txt"]["outcome"] == "allowed"
    assert docs["a_allowed.txt"]["reference"] == "EH971/25/00101"
    assert docs["a_allowed.txt"]["decision_date"] == "2025-03-14"
    assert docs["a_allowed.txt"]["local_authority"] == "Pinwhistle Borough Council"
    assert docs["p_plan.txt"]["kind"] == "plan" and docs["p_plan.txt"]["outcome"] is None

    outcomes = {Path(r["path"]).name: r["value"] for r in labels if r["label_type"] == "outcome"}
    assert outcomes == {n: e[1] for n, e in EXPECTED.items()}
    types = {(Path(r["path"]).name, r["value"]) for r in labels if r["label_type"] == "appeal_type"}
    assert types == {(n, t) for n, e in EXPECTED.items() for t in e[0]}
    sections = sorted(r["value"] for r in labels if r["label_type"] == "section")
    assert sections == ["B", "F"]
    for r in labels:
        if r["evidence_text"] is not None:
            assert r["evidence_end"] > r["evidence_start"]

    assert findings and {Path(f["path"]).name for f in findings} <= {"p_plan.txt", "q_plan.docx"}
    txt_access = [f for f in findings if Path(f["path"]).name == "p_plan.txt" and f["code"] == "access_to"]
    assert txt_access and PLAN_TXT[txt_access[0]["start"]:txt_access[0]["end"]] == txt_access[0]["text"]


def test_duckdb_store_written(mixed, tmp_path):
    out = tmp_path / "store.duckdb"
    summary = run_batch([str(mixed)], out, progress=False)
    assert summary.outputs == [out] and out.is_file()
    assert not out.with_name(out.name + ".tmp").exists()
    assert store.journal_path(out).name == "store.duckdb.journal.jsonl"
    t = _duck_rows(out)
    _check_tables(t["documents"], t["labels"], t["findings"])


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".duckdb", "folder"])
def test_output_formats_read_back(mixed, tmp_path, suffix):
    out = tmp_path / ("store" if suffix == "folder" else f"store{suffix}")
    summary = run_batch([str(mixed)], out, progress=False)
    assert summary.ok == 6
    if suffix == ".parquet":
        assert [p.name for p in summary.outputs] == ["store_documents.parquet", "store_findings.parquet",
                                                     "store_labels.parquet"]
    elif suffix == "folder":
        assert sorted(p.name for p in out.iterdir()) == ["documents.parquet", "findings.parquet", "labels.parquet"]
    tables = store.load_tables(out)
    assert set(tables) == {"documents", "findings", "labels"}
    _check_tables(tables["documents"].to_pylist(), tables["labels"].to_pylist(), tables["findings"].to_pylist())


def test_duckdb_store_rebuilt_from_the_journal_on_resume(tmp_path, built):
    folder = tmp_path / "in"
    _write(folder, "a_allowed.txt", built["a_allowed.txt"])
    out = tmp_path / "db.duckdb"
    run_batch([str(folder)], out, progress=False)
    _write(folder, "d_withdrawn.txt", built["d_withdrawn.txt"])
    run_batch([str(folder)], out, progress=False)  # rewrites the database from the journal
    docs = _duck_rows(out)["documents"]
    assert sorted(Path(r["path"]).name for r in docs) == ["a_allowed.txt", "d_withdrawn.txt"]
    assert len(store.read_journal(store.journal_path(out))) == 2


# ------------------------------------------------------------------ executors and options

def test_two_workers_give_the_same_results_as_one(mixed, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([str(mixed)], one, workers=1, progress=False)
    s2 = run_batch([str(mixed)], two, workers=2, progress=False)
    assert (s2.ok, s2.failed) == (6, 2)
    r1, r2 = _records(one), _records(two)
    assert set(r1) == set(r2)
    for name in r1:
        assert _stable(r1[name]) == _stable(r2[name]), name


def test_kind_decision_override(tmp_path, capsys):
    short = "DECISION\n\nThe appeal is allowed.\n"  # too little for `auto` to recognise
    path = _write(tmp_path, "short.txt", short)
    auto, forced = tmp_path / "auto.jsonl", tmp_path / "forced.jsonl"
    assert main(["batch", str(path), "--out", str(auto), "--no-progress"]) == 2  # the only file failed
    assert main(["batch", str(path), "--out", str(forced), "--kind", "decision", "--no-progress"]) == 0
    capsys.readouterr()
    a, f = _records(auto)["short.txt"], _records(forced)["short.txt"]
    assert a["status"] == "error" and "--kind" in a["error"]
    assert f["status"] == "ok" and f["kind"] == "decision"
    assert f["decision"]["outcome"] == "allowed"


def test_kind_decision_override_on_a_plan(tmp_path):
    path = _write(tmp_path, "plan.txt", PLAN_TXT)
    out = tmp_path / "r.jsonl"
    run_batch([str(path)], out, kind="decision", progress=False)
    rec = _records(out)["plan.txt"]
    assert rec["status"] == "ok" and rec["kind"] == "decision" and "findings" not in rec
    assert CONTRACT_KEYS <= set(rec["decision"])


def test_listfile_input(mixed, tmp_path, capsys):
    listfile = _write(tmp_path, "files.lst", "\n".join([
        "# decisions to score",
        str(mixed / "a_allowed.txt"),
        "",
        f"  {mixed / 'c_dismissed.pdf'}  ",
        str(mixed / "a_allowed.txt"),  # duplicates are analysed once
    ]) + "\n")
    out = tmp_path / "r.jsonl"
    assert main(["batch", f"@{listfile}", "--out", str(out), "--no-progress"]) == 0
    assert "2 files: 2 analysed" in capsys.readouterr().err
    recs = _records(out)
    assert set(recs) == {"a_allowed.txt", "c_dismissed.pdf"}
    _check_decision(recs["c_dismissed.pdf"], "c_dismissed.pdf")
    assert collect_inputs([str(mixed / "a_allowed.txt")], [str(listfile)]) == [str(mixed / "a_allowed.txt"),
                                                                             str(mixed / "c_dismissed.pdf")]


def test_dask_executor_on_a_local_cluster(mixed, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    serial = tmp_path / "serial.jsonl"
    run_batch([str(mixed)], serial, progress=False)
    out = tmp_path / "dask.jsonl"
    started = time.perf_counter()
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = run_batch([str(mixed)], out, executor="dask", scheduler=cluster.scheduler_address,
                            progress=False)
    assert time.perf_counter() - started < 60
    assert (summary.total, summary.ok, summary.failed) == (8, 6, 2)
    r1, r2 = _records(serial), _records(out)
    assert set(r1) == set(r2)
    for name in r1:
        assert _stable(r1[name]) == _stable(r2[name]), name


def test_progress_lines_when_not_a_terminal():
    import io

    stream = io.StringIO()
    bar = Progress(3, stream=stream)
    for _ in range(3):
        bar.update()
    lines = stream.getvalue().splitlines()
    assert lines and lines[-1].startswith("[" + "#" * 30 + "] 3/3")
    assert "files/s" in lines[-1] and "ETA" in lines[-1]
    silent = io.StringIO()
    Progress(3, stream=silent, enabled=False).update()
    assert silent.getvalue() == ""
