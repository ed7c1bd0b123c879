"""Decisions per second for `sendlens batch` on 1 and 2 worker processes, with peak memory, on a
batch of 500+ decision files made by copying the bundled fictional decisions.

    python bench/bench_batch.py [--files 500] [--embeddings]

"Without embeddings" is the shipped pipeline (rules + TF-IDF, no torch). "With embeddings" adds what
an embedding-based classifier would cost per decision: each worker loads all-MiniLM-L6-v2 once and
embeds up to 200 sentences of every decision (needs the 'embed' extra).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus_samples" / "decisions"
RESULTS = ROOT / "bench" / "results"

WORKER = r"""
import json, resource, sys, time
from pathlib import Path
from app.batch import run_batch
import app.analyse as analyse
if {embeddings}:
    from models import embeddings
    from nlp.sentences import sentence_spans
    original = analyse.analyse_path
    def with_embeddings(path, kind="auto", max_bytes=None):
        record = original(path, kind, max_bytes)
        text = Path(path).read_text(errors="ignore") if path.endswith(".txt") else ""
        if text:
            embeddings.encode([text[s:e] for s, e in sentence_spans(text)][:200])
        return record
    analyse.analyse_path = with_embeddings
    import app.batch
    app.batch.analyse_path = with_embeddings
started = time.perf_counter()
summary = run_batch([{folder!r}], Path({out!r}), workers={workers}, kind="decision", progress=False)
seconds = time.perf_counter() - started
peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({{"seconds": seconds, "ok": summary.ok, "failed": summary.failed,
                  "peak_rss_mb_parent": peak_self / 1024, "peak_rss_mb_largest_worker": peak_children / 1024}}))
"""


def make_batch(n: int, folder: Path) -> None:
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))
    for i in range(n):
        src = files[i % len(files)]
        shutil.copy(src, folder / f"{i:05d}_{src.name}")


def run(folder: Path, workers: int, embeddings: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        code = WORKER.format(folder=str(folder), out=str(Path(tmp) / "out.jsonl"), workers=workers,
                             embeddings=embeddings)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
        if proc.returncode:
            raise SystemExit(proc.stderr[-3000:])
        return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--embeddings", action="store_true", help="also measure the with-embeddings variant")
    args = ap.parse_args()
    results = {"files": args.files, "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                                "platform": platform.platform(), "load": os.getloadavg()[0]},
               "date": datetime.now(UTC).isoformat(timespec="seconds"), "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "decisions"
        folder.mkdir()
        make_batch(args.files, folder)
        variants = [False, True] if args.embeddings else [False]
        for emb in variants:
            for workers in (1, 2):
                r = run(folder, workers, emb)
                r.update({"workers": workers, "embeddings": emb, "decisions_per_s": args.files / r["seconds"]})
                results["runs"].append(r)
                print(f"embeddings={emb!s:5} workers={workers}: {r['decisions_per_s']:.1f} decisions/s "
                      f"({r['seconds']:.1f} s, {r['ok']} ok, {r['failed']} failed), peak RSS parent "
                      f"{r['peak_rss_mb_parent']:.0f} MB, largest worker {r['peak_rss_mb_largest_worker']:.0f} MB",
                      flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "batch.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print("\n| embeddings | workers | decisions/s | seconds | peak RSS parent (MB) | largest worker (MB) |")
    print("|---|---|---|---|---|---|")
    for r in results["runs"]:
        print(f"| {'yes' if r['embeddings'] else 'no'} | {r['workers']} | {r['decisions_per_s']:.1f} | "
              f"{r['seconds']:.1f} | {r['peak_rss_mb_parent']:.0f} | {r['peak_rss_mb_largest_worker']:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
