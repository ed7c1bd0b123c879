"""Heavy PDFs and hostile files: time and memory bounds for issue 15.

    python bench/bench_hostile.py            # everything (about two minutes on 2 cores)
    python bench/bench_hostile.py --quick    # smaller page counts

1. A 100-page plan PDF with 33 table pages (fpdf2): `ingest.load` + `Checker().check` against the
   baseline of pypdfium2's plain text extraction of every page plus the check of that text. Target:
   at most 3x the baseline.
2. Peak memory of `ingest.load` for 50 to 300 such pages, each in a fresh process: flat in pages.
3. `render_text` on reports whose Section F grows 1x to 16x: time per item stays flat (linear).
4. Hostile files (a 4 MB Word file whose XML unpacks to 294 MB, under the zip-bomb ratio, a FIFO, /dev/zero, a DTD after a 5 KB
   comment, HTML named .pdf): each refused; the time and peak memory to refusal, in a fresh process.

Writes bench/results/hostile.json.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine_line, markdown_table, median_time, write_results
from _heavy_pdf import heavy_pdf

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import json, sys, time
import ingest, pypdfium2, docx  # imports first: only the load itself is counted
from ingest import pdf_reader, docx_reader  # noqa: F401

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])

with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")
before = status("VmRSS")
t = time.perf_counter()
try:
    ingest.load(sys.argv[1])
    outcome = "read"
except ingest.IngestError as err:
    outcome = f"{err.kind}: {err}"
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "rss_increase_mib": (status("VmHWM") - before) / 1024, "outcome": outcome}))
"""


def probe(path: Path, timeout: float = 120, **env_vars: str) -> dict:
    """Loads `path` in a fresh process: seconds, peak RSS increase over the imports, and the outcome."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **env_vars}
    out = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True,
                         timeout=timeout, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def pdf_vs_baseline(path: Path) -> dict:
    import pypdfium2 as pdfium

    import ingest
    from ingest.text_reader import read_text
    from nlp.checker import Checker

    checker = Checker()

    def full():
        return checker.check(ingest.load(path))

    def extract() -> str:
        pdf = pdfium.PdfDocument(str(path))
        try:
            parts = []
            for i in range(len(pdf)):
                page = pdf[i]
                textpage = page.get_textpage()
                parts.append(textpage.get_text_range())
                textpage.close()
                page.close()
            return "\n".join(parts)
        finally:
            pdf.close()

    text = extract()
    doc = read_text(text.encode("utf-8"), "baseline.txt", "txt")
    full()
    t_load, _ = median_time(lambda: ingest.load(path), min_reps=3, budget_s=6)
    t_full, _ = median_time(full, min_reps=3, budget_s=10)
    t_extract, _ = median_time(extract, min_reps=3, budget_s=4)
    t_check_text, _ = median_time(lambda: checker.check(doc), min_reps=3, budget_s=6)
    baseline = t_extract + t_check_text
    return {"pages": 100, "table_pages": 33, "load_s": t_load, "load_and_check_s": t_full,
            "pdfium_extract_s": t_extract, "check_of_text_s": t_check_text, "baseline_s": baseline,
            "ratio": t_full / baseline}


def memory_by_pages(folder: Path, page_counts: list[int]) -> list[dict]:
    rows = []
    for pages in page_counts:
        path = heavy_pdf(folder / f"heavy_{pages}.pdf", pages=pages)
        rows.append({"pages": pages, **probe(path)})
    return rows


def render_scaling(factors: list[int]) -> list[dict]:
    """render_text on one plan whose Section F items are repeated `factor` times."""
    from app.output import render_text
    from ingest.text_reader import read_text
    from nlp.checker import Checker

    plan = ROOT / "corpus_samples" / "plans" / "plan08_ethan_mbeki_shaw.txt"
    text = plan.read_text(encoding="utf-8")
    lines = text.splitlines()
    f_start = next(i for i, ln in enumerate(lines) if ln.strip().upper().startswith("SECTION F"))
    f_end = next(i for i in range(f_start + 1, len(lines)) if lines[i].strip().upper().startswith("SECTION G"))
    body = lines[f_start + 1:f_end]
    checker = Checker()
    rows = []
    for factor in factors:
        grown = "\n".join(lines[:f_start + 1] + body * factor + lines[f_end:]) + "\n"
        report = checker.check(read_text(grown.encode("utf-8"), f"x{factor}.txt", "txt"))
        secs, _ = median_time(lambda report=report: render_text([report]), min_reps=3, budget_s=3)
        rows.append({"factor": factor, "provision_items": len(report.provisions), "findings": len(report.findings),
                     "render_s": secs, "us_per_item": 1e6 * secs / max(1, len(report.provisions))})
    return rows


def _work_bomb_docx(path: Path, megabytes: int = 280) -> Path:
    """A valid Word package whose document.xml unpacks to `megabytes` MB from a few MB (ratio ~100)."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    rng = random.Random(1)
    words = [f"w{rng.randrange(10_000)}" for _ in range(1500)]
    block = "".join(f"<w:p><w:r><w:t>{' '.join(words[i:i + 12])}</w:t></w:r></w:p>"
                    for i in range(0, len(words), 12)).encode()  # ~16 KB: repeats inside deflate's window

    def fresh() -> bytes:  # a little new text per block keeps the ratio near 100, under the zip-bomb ratio
        return f"<w:p><w:r><w:t>{' '.join(str(rng.randrange(10**6)) for _ in range(20))}</w:t></w:r></w:p>".encode()

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                zf.writestr(info.filename, src.read(info))
        xml = src.read("word/document.xml")
        head, tail = xml.split(b"<w:body>", 1)
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(head + b"<w:body>")
            written = 0
            while written < megabytes * 1024 * 1024:
                chunk = block + fresh()
                fh.write(chunk)
                written += len(chunk)
            fh.write(tail)
    return path


def hostile(folder: Path) -> list[dict]:
    cases = []
    bomb = _work_bomb_docx(folder / "work_bomb.docx")
    cases.append(("Word file: 4 MB unpacking to 294 MB", bomb, {}))
    cases.append(("same, unpacked-size limit raised to 1 GB", bomb, {"SENDLENS_MAX_UNPACKED_MB": "1000"}))
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    cases.append(("FIFO named .txt", fifo, {}))
    cases.append(("/dev/zero", Path("/dev/zero"), {}))
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("Speech therapy for a fictional pupil.")
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    late = folder / "late_dtd.docx"
    with zipfile.ZipFile(late, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                end = data.index(b"?>") + 2
                data = data[:end] + b"<!--" + b"x" * 5000 + b"--><!DOCTYPE d [<!ENTITY e 'x'>]>" + data[end:]
            zf.writestr(info.filename, data)
    cases.append(("DTD after a 5 KB comment", late, {}))
    html = folder / "page.pdf"
    html.write_text("<!DOCTYPE html><html><body>" + "<p>Section F</p>" * 10000 + "</body></html>")
    cases.append(("HTML named .pdf", html, {}))
    rows = []
    for name, path, env_vars in cases:
        result = probe(path, **env_vars)
        rows.append({"case": name, "bytes": path.stat().st_size if path.is_file() else None, **result})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer page counts for the memory curve")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        heavy = heavy_pdf(folder / "heavy_100.pdf")
        speed = pdf_vs_baseline(heavy)
        print("\nA 100-page PDF with 33 table pages (median seconds)\n")
        print(markdown_table(["ingest.load", "load + check", "pdfium text", "check of that text", "baseline",
                              "ratio (target <= 3)"],
                             [[speed["load_s"], speed["load_and_check_s"], speed["pdfium_extract_s"],
                               speed["check_of_text_s"], speed["baseline_s"], speed["ratio"]]]))
        memory = memory_by_pages(folder, [50, 100] if args.quick else [50, 100, 200, 300])
        print("\nPeak memory of ingest.load by pages (fresh process each)\n")
        print(markdown_table(["pages", "seconds", "peak RSS increase MiB", "KiB per page"],
                             [[r["pages"], r["seconds"], r["rss_increase_mib"], 1024 * r["rss_increase_mib"] / r["pages"]]
                              for r in memory]))
        render = render_scaling([1, 2, 4, 8] if args.quick else [1, 2, 4, 8, 16])
        print("\nrender_text as Section F grows\n")
        print(markdown_table(["factor", "provision items", "findings", "render ms", "us per item"],
                             [[r["factor"], r["provision_items"], r["findings"], 1000 * r["render_s"], r["us_per_item"]]
                              for r in render]))
        bad = hostile(folder)
        print("\nHostile files: time and peak memory to refusal (fresh process each)\n")
        print(markdown_table(["case", "bytes", "seconds", "peak RSS increase MiB", "outcome"],
                             [[r["case"], r["bytes"] or "-", r["seconds"], r["rss_increase_mib"], r["outcome"][:90]]
                              for r in bad]))
    out = write_results("hostile", {"pdf_100_pages_33_tables": speed, "memory_by_pages": memory,
                                    "render_scaling": render, "hostile_files": bad})
    print(f"\nMachine: {machine_line()}\nWrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
