"""Whole-process time of `sendlens decision FILE` against `sendlens check PLAN`, measured in one run,
and the start-up cost of one batch worker (imports, rules and the decision model, first decision).

    python bench/bench_decision.py            # 5 alternating runs of each, medians reported
    python bench/bench_decision.py --runs 9

The two commands are run alternately as fresh processes (`python -m app.cli ...`, what the
`sendlens` script runs), so machine load affects both alike. Worker start-up is measured in a fresh
process: the time from nothing imported to the first decision analysed by `app.analyse.analyse_path`
(what each `sendlens batch` worker pays once), and whether scikit-learn, skops or torch were imported.
Writes bench/results/decision.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, machine_line, write_results

DECISION = ROOT / "corpus_samples" / "decisions" / "dec_024.txt"
UT_DECISION = ROOT / "corpus_samples" / "decisions" / "ut" / "ut_001.txt"
PLAN = ROOT / "corpus_samples" / "plans" / "plan08_ethan_mbeki_shaw.txt"

_WORKER = """
import json, sys, time
t0 = time.perf_counter()
from app.analyse import analyse_path
rec = analyse_path(sys.argv[1], "decision")
t1 = time.perf_counter()
rec2 = analyse_path(sys.argv[2], "decision")
t2 = time.perf_counter()
print(json.dumps({"startup_s": t1 - t0, "next_s": t2 - t1, "status": rec["status"],
                  "heavy_modules": sorted(m for m in ("sklearn", "skops", "torch", "scipy") if m in sys.modules)}))
"""


def _run(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app.cli", *args], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd=ROOT)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    check, decision, ut = [], [], []
    for _ in range(args.runs):
        check.append(_run(["check", str(PLAN)]))
        decision.append(_run(["decision", str(DECISION)]))
        ut.append(_run(["decision", str(UT_DECISION)]))
    worker = []
    for _ in range(max(3, args.runs // 2)):
        out = subprocess.run([sys.executable, "-c", _WORKER, str(DECISION), str(UT_DECISION)], check=True, capture_output=True,
                             text=True, cwd=ROOT)
        worker.append(json.loads(out.stdout.strip().splitlines()[-1]))
    med = {k: statistics.median(v) for k, v in (("check", check), ("decision", decision), ("decision_ut", ut))}
    startup = statistics.median(w["startup_s"] for w in worker)
    result = {"runs": args.runs, "check_s": med["check"], "decision_s": med["decision"],
              "decision_ut_s": med["decision_ut"], "ratio_decision_to_check": med["decision"] / med["check"],
              "worker_startup_s": startup, "worker_next_decision_s": statistics.median(w["next_s"] for w in worker),
              "heavy_modules_in_worker": worker[0]["heavy_modules"], "all": {"check": check, "decision": decision,
                                                                              "decision_ut": ut, "worker": worker}}
    print(machine_line())
    print("| what | median seconds |\n|---|---|")
    print(f"| `sendlens check {PLAN.name}` (whole process) | {med['check']:.2f} |")
    print(f"| `sendlens decision {DECISION.name}` (whole process) | {med['decision']:.2f} |")
    print(f"| `sendlens decision {UT_DECISION.name}` (whole process) | {med['decision_ut']:.2f} |")
    print(f"| batch worker start-up to first decision | {startup:.2f} |")
    print(f"| next decision in a warm worker | {result['worker_next_decision_s']:.3f} |")
    print(f"decision / check = {result['ratio_decision_to_check']:.2f}; modules a worker imported of sklearn, skops, "
          f"torch, scipy: {result['heavy_modules_in_worker'] or 'none'}")
    write_results("decision", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
