"""The corpus view of a results store (`sendlens stats`), on a batch of the bundled decisions."""
from __future__ import annotations

import re
from pathlib import Path

from app.batch import run_batch
from app.cli import main
from app.stats import corpus_stats

DECISIONS = Path(__file__).resolve().parents[1] / "corpus_samples" / "decisions"


def test_stats_on_a_store(tmp_path, capsys):
    out = tmp_path / "r.duckdb"
    files = sorted(str(p) for p in DECISIONS.glob("dec_0[0-2]*.txt"))
    summary = run_batch(files, out, kind="decision", progress=False)
    assert summary.ok == len(files)
    text = corpus_stats(out, reference_days=140)
    assert f"{len(files)} decisions analysed" in text
    assert "% over 140 days" in text and "Outcomes by mediation" in text
    rows = re.findall(r"^(refusal_to_assess|contents) \| (\d+) \| (\d+) \| (\d+)$", text, re.MULTILINE)
    assert rows and all(0 <= int(pct) <= 100 for *_, pct in rows)
    assert main(["stats", str(out), "--reference-days", "100"]) == 0
    assert "% over 100 days" in capsys.readouterr().out


def test_folder_readme_is_not_analysed(tmp_path):
    (tmp_path / "README.md").write_text("# Decisions\nThese are tribunal decisions about appeals.\n")
    (tmp_path / "d.txt").write_text((DECISIONS / "dec_001.txt").read_text(encoding="utf-8"), encoding="utf-8")
    summary = run_batch([str(tmp_path)], tmp_path / "o.jsonl", progress=False)
    assert summary.total == 1


# ---------------------------------------------------------------- drivers

def _wilson(k, n, z=1.959963984540054):
    """Textbook Wilson score interval, written out again here so the test does not trust the module."""
    p = k / n
    a = 2 * n * p + z * z
    b = z * (z * z + 4 * n * p * (1 - p)) ** 0.5
    return (a - b) / (2 * (n + z * z)), (a + b) / (2 * (n + z * z))


# Newcombe (1998) Statistics in Medicine 17:873-890, Table II, method 10 (hybrid score), cases (a)-(h)
NEWCOMBE_1998 = [((56, 70, 48, 80), (0.0524, 0.3339)), ((9, 10, 3, 10), (0.1705, 0.8090)),
                 ((5, 56, 0, 29), (-0.0381, 0.1926)), ((0, 10, 0, 20), (-0.1611, 0.2775)),
                 ((0, 10, 0, 10), (-0.2775, 0.2775)), ((10, 10, 0, 20), (0.6791, 1.0)),
                 ((10, 10, 0, 10), (0.6075, 1.0))]


def test_newcombe_interval_matches_the_published_worked_examples():
    from app.drivers import newcombe, wilson

    for (k1, n1, k2, n2), (lo, hi) in NEWCOMBE_1998:
        d, low, high = newcombe(k1, n1, k2, n2)
        assert abs(d - (k1 / n1 - k2 / n2)) < 1e-12
        assert abs(low - lo) < 6e-5 and abs(high - hi) < 6e-5, (k1, n1, k2, n2, low, high)
    for k, n in ((56, 70), (3, 10), (0, 29), (7, 7)):
        exp_lo, exp_hi = _wilson(k, n)
        got = wilson(k, n)
        assert abs(got[0] - max(0.0, exp_lo)) < 1e-12 and abs(got[1] - min(1.0, exp_hi)) < 1e-12


def _case(path, outcome, issues, types=(), sections=()):
    from app.drivers import Case

    return Case(path, outcome, frozenset(issues), frozenset(types), frozenset(sections))


def test_drivers_counts_lift_thin_cells_and_groups():
    from app.drivers import drivers, reading

    cases = ([_case(f"a{i}", "allowed", {"access_to"}, {"contents"}, {"F"}) for i in range(6)]
             + [_case(f"b{i}", "dismissed", {"access_to"}, {"contents"}, {"B"}) for i in range(2)]
             + [_case(f"c{i}", "allowed", set(), {"refusal_to_assess"}) for i in range(3)]
             + [_case(f"d{i}", "dismissed", {"as_required"}, {"refusal_to_assess"}) for i in range(9)])
    rows = drivers(cases, "all", min_n=5)
    access = next(r for r in rows if r.issue == "access_to")
    assert (access.n_with, access.allowed_with, access.n_without, access.allowed_without) == (8, 6, 12, 3)
    assert abs(access.lift - (6 / 8 - 3 / 12)) < 1e-12 and access.low < access.lift < access.high
    assert access.title == "Access to provision, not provision" and not access.thin and access.clear
    assert rows[0].issue == "access_to"  # sorted by lift, largest first
    by_type = drivers(cases, "appeal_type", min_n=5)
    assert {r.group for r in by_type} == {"contents", "refusal_to_assess"}
    inner = next(r for r in by_type if r.group == "contents" and r.issue == "access_to")
    assert inner.n_with == 8 and inner.n_without == 0 and inner.thin  # nothing to compare with inside contents
    text = reading(cases, rows, min_n=5)
    assert "Of the 20 decisions with a stated outcome, 9 (45%) were allowed" in text
    assert "Access to provision, not provision" in text and "not causes" in text and "access_to" not in text


def test_drivers_leave_out_copies_and_unknown_outcomes():
    from app.drivers import cases_from_tables

    docs = [{"path": "x", "status": "ok", "kind": "decision", "outcome": "allowed"},
            {"path": "y", "status": "ok", "kind": "decision", "outcome": "allowed", "duplicate_of": "x"},
            {"path": "z", "status": "ok", "kind": "decision", "outcome": "unknown"},
            {"path": "w", "status": "error", "kind": "decision", "outcome": None}]
    labels = [{"path": p, "label_type": "drafting_issue", "value": "access_to"} for p in "xyzw"]
    cases = cases_from_tables(docs, labels)
    assert [c.path for c in cases] == ["x"] and cases[0].issues == {"access_to"}


def test_stats_drivers_from_the_command_line(tmp_path, capsys):
    import csv

    out = tmp_path / "r.duckdb"
    files = sorted(str(p) for p in DECISIONS.glob("dec_0[0-3]*.txt"))
    run_batch(files, out, kind="decision", progress=False)
    target = tmp_path / "drivers.csv"
    assert main(["stats", str(out), "--drivers", "--csv", str(target)]) == 0
    text = capsys.readouterr().out
    assert "drafting issue | code | with: allowed/n | without: allowed/n | lift (points) | 95% interval" in text
    assert re.search(r"^[A-Z][^|]+ \| [a-z_]+ \| \d+% \(\d+/\d+\) \| \d+% \(\d+/\d+\) \| [+-]\d+ \| [+-]\d+ to [+-]\d+ \|",
                     text, re.MULTILINE)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows and all(float(r["low"]) <= float(r["lift"]) <= float(r["high"]) for r in rows)
    assert all(int(r["n_with"]) + int(r["n_without"]) == int(rows[0]["n_with"]) + int(rows[0]["n_without"])
               for r in rows)
    assert main(["stats", str(out), "--drivers", "--by", "section"]) == 0
    assert "Section in dispute: F" in capsys.readouterr().out
    assert main(["stats", str(out), "--csv", str(target)]) == 2  # --csv without --drivers is a usage error
    assert "go with --drivers" in capsys.readouterr().err
    assert main(["stats", str(tmp_path / "missing.duckdb"), "--drivers"]) == 2
    assert "no such results store" in capsys.readouterr().err
