"""Shared helpers for the benchmarks: finding the sample plans, page counts, timing, output."""
from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANS_DIR = ROOT / "corpus_samples" / "plans"
RESULTS_DIR = Path(__file__).resolve().parent / "results"
FORMATS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "txt"}
WORDS_PER_PAGE = 500


def plan_files(plans_dir: Path = PLANS_DIR) -> list[Path]:
    """Every PDF, DOCX, TXT or MD file under `plans_dir` (recursively), sorted."""
    if not plans_dir.is_dir():
        return []
    return sorted(p for p in plans_dir.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS)


def _manifest_entries(data) -> list[dict]:
    if isinstance(data, list):
        return [e for e in data if isinstance(e, dict)]
    if isinstance(data, dict):
        for key in ("plans", "files", "documents", "items"):
            if isinstance(data.get(key), list):
                return _manifest_entries(data[key])
        out = []
        for name, value in data.items():  # {"plan_001.pdf": {"pages": 12, ...}, ...}
            if isinstance(value, dict):
                out.append({"file": name, **value})
        if out:
            return out
        return [data]  # a manifest that describes one plan
    return []


def manifest_pages(path: Path) -> int | None:
    """The `pages` field for `path` in a manifest.json beside it (or in a parent up to the plans dir)."""
    names = {path.name, path.stem, str(path)}
    for folder in [path.parent, *path.parent.parents]:
        manifest = folder / "manifest.json"
        if manifest.is_file():
            try:
                entries = _manifest_entries(json.loads(manifest.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                entries = []
            rel = str(path.relative_to(folder))
            for e in entries:
                ids = {str(e.get(k)) for k in ("file", "filename", "path", "name", "id", "docx", "pdf", "txt")
                       if e.get(k) is not None}
                ids |= {Path(i).name for i in ids} | {Path(i).stem for i in ids}
                if (names | {rel}) & ids and isinstance(e.get("pages"), (int, float)) and e["pages"] > 0:
                    return int(e["pages"])
            if len(entries) == 1 and manifest.parent == path.parent and isinstance(entries[0].get("pages"), int):
                return entries[0]["pages"]
        if folder == PLANS_DIR or folder == folder.parent:
            break
    return None


def word_count(text: str) -> int:
    return len(text.split())


def median_time(fn: Callable[[], object], *, min_reps: int = 3, max_reps: int = 25,
                budget_s: float = 2.0) -> tuple[float, int]:
    """Median wall time of `fn` over at least `min_reps` runs, more while within `budget_s`."""
    times: list[float] = []
    t_end = time.perf_counter() + budget_s
    while len(times) < max_reps and (len(times) < min_reps or time.perf_counter() < t_end):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), len(times)


def machine_info() -> dict:
    return {
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or None,
        "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        # other work on the machine skews timings: the 1-minute load average when results were written
        "load_average_1m": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def markdown_table(headers: list[str], rows: list[list]) -> str:
    def cell(v) -> str:
        if isinstance(v, float):
            return f"{v:,.3g}" if abs(v) < 100 else f"{v:,.0f}"
        return str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def write_results(name: str, payload: dict) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out = RESULTS_DIR / f"{name}.json"
    out.write_text(json.dumps({"machine": machine_info(), **payload}, indent=2) + "\n", encoding="utf-8")
    return out


def machine_line() -> str:
    m = machine_info()
    load = f", load average {m['load_average_1m']:.1f}" if m["load_average_1m"] is not None else ""
    return f"{m['cpu_count']} CPUs, Python {m['python']}, {m['platform']}{load}"


def plans_or_synthetic(plans_dir: Path, generate: bool):
    """The sample plans, or a synthetic 30-page plan when asked or when there are none.

    Returns (files, a description of the source, the TemporaryDirectory to keep alive or None)."""
    import tempfile

    files = [] if generate else plan_files(plans_dir)
    if files:
        return files, str(plans_dir), None
    if not generate:
        print(f"No plans in {plans_dir}; using a synthetic 30-page plan (--generate).")
    from _synth import generate as make

    tmp = tempfile.TemporaryDirectory(prefix="sendlens-bench-")
    return make(Path(tmp.name), pages=30), "synthetic (bench/_synth.py, 30 pages)", tmp
