"""Section detection and findings across council layouts: the layout fuzzer's full matrix.

Every sample plan (corpus_samples/make_samples.py) is rendered in every layout of
corpus_samples/layouts.py and in TXT, DOCX and PDF. For each layout and format it prints:

- section accuracy: the share of the plan's needs, outcomes and provision items that sendlens
  places in the section they belong to;
- same findings: how many plans give exactly the (section, fault, item) findings of the classic
  text rendering (the metamorphic test in tests/test_layout_fuzz.py checks a sample of these).

    python bench/bench_layouts.py                 # the full matrix (a few minutes on one core)
    python bench/bench_layouts.py --formats txt --plans plan01,plan05 --show
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
sys.path.insert(0, str(ROOT / "corpus_samples"))

import layouts as L

import ingest
from nlp.checker import Checker

# Findings that by definition exist only in some layouts: an empty provision cell next to a need
# can only be drawn in a per-area table.
LAYOUT_SPECIFIC = frozenset({"need_without_provision"})


def run(plans: list[str] | None, formats: list[str], layouts: list[str] | None, show: bool) -> int:
    checker = Checker()
    models = [m for m in L.models() if not plans or m.plan_id in plans]
    chosen = [lay for lay in L.LAYOUTS if not layouts or lay.name in layouts]
    acc: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    same: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    started = time.perf_counter()
    for m in models:
        units = m.units()
        ref_doc = ingest.load(L.render(m, L.LAYOUT_BY_NAME["classic"], "txt"), "classic.txt")
        ref = checker.check(ref_doc)
        ref_keys = L.finding_keys(ref_doc, ref.findings, units, LAYOUT_SPECIFIC)
        for lay in chosen:
            for fmt in formats:
                doc = ingest.load(L.render(m, lay, fmt), L.file_name(m, lay, fmt))
                report = checker.check(doc)
                right, total = L.section_accuracy(doc, report.sections, units)
                acc[(lay.name, fmt)][0] += right
                acc[(lay.name, fmt)][1] += total
                keys = L.finding_keys(doc, report.findings, units, LAYOUT_SPECIFIC)
                same[(lay.name, fmt)][0] += keys == ref_keys
                same[(lay.name, fmt)][1] += 1
                if show and (keys != ref_keys or right < total):
                    print(f"-- {m.plan_id} {lay.name} {fmt}: sections {right}/{total}, found {report.sections.present}")
                    for k in sorted(ref_keys - keys, key=str):
                        print("   missing  ", k)
                    for k in sorted(keys - ref_keys, key=str):
                        print("   extra    ", k)
    seconds = time.perf_counter() - started
    print(f"{'layout':<24}" + "".join(f"{fmt:>18}" for fmt in formats))
    for lay in chosen:
        cells = []
        for fmt in formats:
            r, t = acc[(lay.name, fmt)]
            s, n = same[(lay.name, fmt)]
            cells.append(f"{r / t if t else 0:7.3f} same {s}/{n}")
        print(f"{lay.name:<24}" + "".join(f"{c:>18}" for c in cells))
    total_r = sum(v[0] for v in acc.values())
    total_t = sum(v[1] for v in acc.values())
    total_s = sum(v[0] for v in same.values())
    total_n = sum(v[1] for v in same.values())
    for fmt in formats:
        r = sum(v[0] for k, v in acc.items() if k[1] == fmt)
        t = sum(v[1] for k, v in acc.items() if k[1] == fmt)
        print(f"{fmt}: section accuracy {r / t:.3f} ({r}/{t} items)")
    if not plans and not layouts:  # the full matrix: keep the numbers
        import json

        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "layouts.json").write_text(json.dumps({
            "accuracy": {f"{k[0]}/{k[1]}": v for k, v in acc.items()},
            "same_findings": {f"{k[0]}/{k[1]}": v for k, v in same.items()},
            "seconds": round(seconds, 1)}, indent=1), encoding="utf-8")
    print(f"all: section accuracy {total_r / total_t:.3f} ({total_r}/{total_t} items in the right section); "
          f"same findings as the classic rendering in {total_s}/{total_n} renderings; "
          f"{len(models)} plans x {len(chosen)} layouts x {len(formats)} formats in {seconds:.0f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", help="comma-separated plan ids (default all)")
    ap.add_argument("--layouts", help="comma-separated layout names (default all)")
    ap.add_argument("--formats", default="txt,docx,pdf")
    ap.add_argument("--show", action="store_true", help="list every difference from the classic rendering")
    args = ap.parse_args(argv)
    split = (lambda s: s.split(",") if s else None)
    return run(split(args.plans), args.formats.split(","), split(args.layouts), args.show)


if __name__ == "__main__":
    sys.exit(main())
