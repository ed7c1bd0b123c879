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
    rows = re.findall(r"^(refusal_to_assess|contents) \| (\d+) \| (\d+) \| (\d+)$", text, re.M)
    assert rows and all(0 <= int(pct) <= 100 for *_, pct in rows)
    assert main(["stats", str(out), "--reference-days", "100"]) == 0
    assert "% over 100 days" in capsys.readouterr().out


def test_folder_readme_is_not_analysed(tmp_path):
    (tmp_path / "README.md").write_text("# Decisions\nThese are tribunal decisions about appeals.\n")
    (tmp_path / "d.txt").write_text((DECISIONS / "dec_001.txt").read_text(encoding="utf-8"), encoding="utf-8")
    summary = run_batch([str(tmp_path)], tmp_path / "o.jsonl", progress=False)
    assert summary.total == 1
