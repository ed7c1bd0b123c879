"""Cost of the golden-thread check per sample plan: lexical only, and with the sentence-transformer
(first plan in a process, which loads torch and the model, then warm).

    python bench/bench_golden_thread.py
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "corpus_samples" / "plans"
RESULTS = ROOT / "bench" / "results"

PROBE = r"""
import json, sys, time
t0 = time.perf_counter()
import ingest
from app.compose import build_checker
from pathlib import Path
paths = sorted(p for p in Path({plans!r}).iterdir() if p.suffix in (".pdf", ".docx", ".txt"))
docs = [ingest.load(p) for p in paths]
checker = build_checker(use_model=False, thread={mode!r})
rows = []
for i, (p, doc) in enumerate(zip(paths, docs)):
    t = time.perf_counter(); r = checker.check(doc); first = time.perf_counter() - t
    reps = []
    for _ in range(3):
        t = time.perf_counter(); checker.check(doc); reps.append(time.perf_counter() - t)
    g = r.golden_thread
    rows.append({{"plan": p.name, "first_s": first, "warm_s": sorted(reps)[1],
                 "needs": len(g.needs) if g else 0, "uncovered": len(g.uncovered) if g else 0}})
print(json.dumps({{"rows": rows, "torch_imported": "torch" in sys.modules, "process_s": time.perf_counter() - t0}}))
"""


def main() -> int:
    out = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
           "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load": os.getloadavg()[0]}}
    for mode in ("off", "lexical", "embeddings"):
        env = dict(os.environ, HF_HUB_OFFLINE="1")
        proc = subprocess.run([sys.executable, "-c", PROBE.format(plans=str(PLANS), mode=mode)], capture_output=True,
                              text=True, cwd=ROOT, env=env, check=False)
        if proc.returncode:
            print(f"{mode}: failed\n{proc.stderr[-1500:]}")
            continue
        out[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
    print("| mode | first plan in process (s) | warm, median plan (s) | torch imported |")
    print("|---|---|---|---|")
    for mode in ("off", "lexical", "embeddings"):
        if mode in out:
            rows = out[mode]["rows"]
            warm = sorted(r["warm_s"] for r in rows)[len(rows) // 2]
            print(f"| {mode} | {rows[0]['first_s']:.2f} | {warm:.3f} | {out[mode]['torch_imported']} |")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "golden_thread.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
