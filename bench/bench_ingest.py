"""Ingest speed: pages per second for `ingest.load()` on the sample plans, per format.

    python bench/bench_ingest.py              # corpus_samples/plans/ (synthetic plan if empty)
    python bench/bench_ingest.py --generate   # a synthetic 30-page PDF, DOCX and TXT only

Each file is loaded once to warm up, then repeatedly (median reported). PDF pages are the PDF's
own; DOCX and TXT pages come from the plans' manifest.json `pages` field, else words / 500.
Peak memory is measured for the largest PDF in a fresh process. Writes bench/results/ingest.json.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (
    FORMATS,
    PLANS_DIR,
    WORDS_PER_PAGE,
    machine_line,
    manifest_pages,
    markdown_table,
    median_time,
    plans_or_synthetic,
    word_count,
    write_results,
)

_MEMORY_PROBE = r"""
import json, resource, sys, tracemalloc
import ingest, pypdfium2, pdfplumber  # import everything first so only the load itself is counted
from ingest import pdf_reader  # noqa: F401


def status(key):  # kB from /proc/self/status (Linux), else None
    try:
        for line in open("/proc/self/status"):
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        return None


path = sys.argv[1]
try:  # reset the peak-RSS counter (VmHWM) so it covers the load only
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    reset = True
except OSError:
    reset = False
before = status("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
doc = ingest.load(path)
peak = (status("VmHWM") if reset else None) or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
del doc
tracemalloc.start()
ingest.load(path)
_, traced = tracemalloc.get_traced_memory()
print(json.dumps({"rss_before_mib": before / 1024, "rss_peak_mib": peak / 1024,
                  "rss_increase_mib": (peak - before) / 1024, "peak_reset": reset,
                  "tracemalloc_peak_mib": traced / 2**20}))
"""


def peak_memory(path: Path) -> dict:
    """In a fresh process with the readers imported: RSS before the load, peak RSS during it
    (VmHWM reset just before; ru_maxrss where that is not possible) and tracemalloc's peak
    (Python allocations only; pdfium's own memory shows in RSS)."""
    out = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(path)], capture_output=True,
                         text=True, check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--plans", type=Path, default=PLANS_DIR, help="folder of plans (default: %(default)s)")
    ap.add_argument("--generate", action="store_true",
                    help="benchmark a synthetic 30-page PDF/DOCX/TXT built in a temp dir instead")
    ap.add_argument("--min-reps", type=int, default=3)
    ap.add_argument("--budget", type=float, default=None,
                    help="seconds of repetitions per file (default: ~40 s spread over all files)")
    args = ap.parse_args(argv)

    import ingest

    files, source, tmp = plans_or_synthetic(args.plans, args.generate)
    budget = args.budget if args.budget is not None else max(0.3, min(3.0, 40.0 / len(files)))

    rows = []
    for path in files:
        fmt = FORMATS[path.suffix.lower()]
        try:
            doc = ingest.load(path)  # warm-up: imports, caches
        except ingest.IngestError as err:
            print(f"skip {path.name}: {err}")
            continue
        secs, reps = median_time(lambda path=path: ingest.load(path), min_reps=args.min_reps, budget_s=budget)
        words = word_count(doc.text)
        if fmt == "pdf":
            pages, page_source = doc.pages, "pdf"
        else:
            pages = manifest_pages(path)
            page_source = "manifest"
            if pages is None:
                pages, page_source = max(1.0, words / WORDS_PER_PAGE), f"words/{WORDS_PER_PAGE}"
        rows.append({"file": str(path.relative_to(args.plans) if tmp is None else path.name), "format": fmt,
                     "bytes": path.stat().st_size, "pages": pages, "page_source": page_source,
                     "words": words, "median_s": secs, "reps": reps, "pages_per_s": pages / secs,
                     "words_per_s": words / secs})

    by_format = {}
    for fmt in ("pdf", "docx", "txt"):
        sel = [r for r in rows if r["format"] == fmt]
        if not sel:
            continue
        pages = sum(r["pages"] for r in sel)
        secs = sum(r["median_s"] for r in sel)
        per_file = sorted(r["pages_per_s"] for r in sel)
        by_format[fmt] = {"files": len(sel), "pages": pages, "words": sum(r["words"] for r in sel),
                          "total_median_s": secs, "pages_per_s": pages / secs,
                          "ms_per_page": 1000 * secs / pages,
                          "median_file_pages_per_s": per_file[len(per_file) // 2]}

    pdfs = [r for r in rows if r["format"] == "pdf"]
    memory = None
    if pdfs:
        largest = max(pdfs, key=lambda r: (r["pages"], r["bytes"]))
        path = next(p for p in files if p.name == Path(largest["file"]).name and p.suffix.lower() == ".pdf")
        memory = {"file": largest["file"], "pages": largest["pages"], **peak_memory(path)}

    print(f"\nIngest speed ({source}; median of repeated loads)\n")
    print(markdown_table(
        ["format", "files", "pages", "ms/page", "pages/s (all files)", "pages/s (median file)"],
        [[f, v["files"], round(v["pages"], 1), v["ms_per_page"], v["pages_per_s"], v["median_file_pages_per_s"]]
         for f, v in by_format.items()]))
    if len(rows) <= 12:
        print()
        print(markdown_table(["file", "pages", "page source", "words", "median ms", "reps", "pages/s"],
                             [[r["file"], round(r["pages"], 1), r["page_source"], r["words"],
                               1000 * r["median_s"], r["reps"], r["pages_per_s"]] for r in rows]))
    if memory:
        print(f"\nPeak memory loading the largest PDF ({memory['file']}, {memory['pages']} pages): "
              f"RSS {memory['rss_before_mib']:.0f} -> {memory['rss_peak_mib']:.0f} MiB "
              f"(+{memory['rss_increase_mib']:.1f} MiB); tracemalloc peak {memory['tracemalloc_peak_mib']:.1f} MiB")
    name = "ingest" if tmp is None else "ingest_synthetic"
    out = write_results(name, {"source": source, "by_format": by_format, "files": rows,
                                   "largest_pdf_memory": memory})
    print(f"\nMachine: {machine_line()}")
    print(f"Wrote {out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
