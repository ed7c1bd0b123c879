"""`sendlens batch`: many files, several processes (or a Dask cluster), a progress line with rate
and ETA, failures recorded and skipped, and a journal that lets an interrupted run resume."""
from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from nlp.fingerprint import Folder

from . import store
from .analyse import analyse_path
from .output import SUPPORTED, expand_paths


@dataclass
class BatchSummary:
    total: int = 0
    skipped: int = 0  # finished in an earlier run
    ok: int = 0
    failed: int = 0
    duplicates: int = 0  # later copies of a decision already counted (another format of the same file)
    seconds: float = 0.0
    kinds: dict = field(default_factory=dict)
    outputs: list = field(default_factory=list)

    def text(self) -> str:
        rate = (self.ok + self.failed) / self.seconds if self.seconds else 0.0
        kinds = ", ".join(f"{v} {k}" for k, v in sorted(self.kinds.items())) or "none"
        dup = f", {self.duplicates} duplicate{'s' if self.duplicates != 1 else ''} folded" if self.duplicates else ""
        return (f"{self.total} files: {self.ok} analysed ({kinds}{dup}), {self.failed} failed, {self.skipped} already done; "
                f"{self.seconds:.1f} s ({rate:.1f} files/s). Results: {', '.join(map(str, self.outputs))}")


def collect_inputs(inputs: list[str], list_files: list[str] = ()) -> list[str]:
    paths: list[str] = []
    for raw in inputs:
        if raw.startswith("@"):
            list_files = [*list_files, raw[1:]]
            continue
        paths.extend(str(p) for p in expand_paths([raw]))
    for lf in list_files:
        for line in Path(lf).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                paths.extend(str(p) for p in expand_paths([line]))
    seen, out = set(), []
    for p in paths:
        if p not in seen and (Path(p).suffix.lower() in SUPPORTED or Path(p).is_file()):
            seen.add(p)
            out.append(p)
    return out


class Progress:
    """A one-line progress bar on a terminal; a line every few seconds otherwise (logs stay readable)."""

    def __init__(self, total: int, stream=sys.stderr, enabled: bool = True) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled and total > 0
        self.done = 0
        self.start = time.perf_counter()
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self._last = 0.0

    def update(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.perf_counter()
        if not self.tty and now - self._last < 5 and self.done < self.total:
            return
        self._last = now
        elapsed = now - self.start
        rate = self.done / elapsed if elapsed else 0.0
        eta = (self.total - self.done) / rate if rate else 0.0
        width = 30
        filled = int(width * self.done / self.total)
        line = (f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                f"{rate:.1f} files/s ETA {int(eta // 60):02d}:{int(eta % 60):02d}")
        self.stream.write(("\r" + line) if self.tty else line + "\n")
        if self.tty and self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


def run_batch(inputs: list[str], out: Path, workers: int = 1, kind: str = "auto", executor: str = "process",
              scheduler: str | None = None, max_bytes: int | None = None, progress: bool = True,
              list_files: list[str] = ()) -> BatchSummary:
    if out.suffix not in (".jsonl", ".duckdb", ".parquet", ""):
        raise ValueError(f"{out}: the output must end in .jsonl, .parquet or .duckdb (or be a folder for Parquet)")
    paths = collect_inputs(inputs, list_files)
    journal = store.journal_path(out)
    journal.parent.mkdir(parents=True, exist_ok=True)
    previous = store.read_journal(journal)
    done = store.finished(previous)
    todo = [p for p in paths if p not in done]
    summary = BatchSummary(total=len(paths), skipped=len(paths) - len(todo))
    started = time.perf_counter()
    bar = Progress(len(todo), enabled=progress)
    _end_with_newline(journal)
    folder = Folder()
    for r in previous:  # a resumed run folds new copies into decisions counted before
        if r.get("status") == "ok":
            folder.duplicate_of(r["path"], r.get("fingerprint"))
    with open(journal, "a", encoding="utf-8") as sink:
        for record in _execute(todo, workers, kind, executor, scheduler, max_bytes):
            if record.get("status") == "ok" and (original := folder.duplicate_of(record["path"], record.get("fingerprint"))):
                record["duplicate_of"] = original
                summary.duplicates += 1
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            sink.flush()  # a killed run loses at most the file in flight
            if record["status"] == "ok":
                summary.ok += 1
                summary.kinds[record.get("kind", "?")] = summary.kinds.get(record.get("kind", "?"), 0) + 1
            else:
                summary.failed += 1
            bar.update()
    summary.seconds = time.perf_counter() - started
    records = _latest(store.read_journal(journal), paths)
    if out.suffix == ".jsonl":
        summary.outputs = [out]
    elif out.suffix == ".duckdb":
        summary.outputs = [store.write_duckdb(records, out)]
    elif out.suffix in (".parquet", ""):
        summary.outputs = store.write_parquet(records, out if out.suffix == "" else out)
    else:
        raise ValueError(f"{out}: the output must end in .jsonl, .parquet or .duckdb (or be a folder for Parquet)")
    return summary


def _end_with_newline(journal: Path) -> None:
    """A run killed mid-write leaves a partial last line; new records must not be glued to it."""
    if journal.exists() and journal.stat().st_size:
        with open(journal, "rb+") as f:
            f.seek(-1, os.SEEK_END)
            if f.read(1) != b"\n":
                f.write(b"\n")


def _latest(records: list[dict], paths: list[str]) -> list[dict]:
    wanted = set(paths)
    latest = {r["path"]: r for r in records if r["path"] in wanted}
    return [latest[p] for p in paths if p in latest]


def _execute(paths: list[str], workers: int, kind: str, executor: str, scheduler: str | None, max_bytes):
    if not paths:
        return
    if executor == "dask":
        yield from _dask(paths, kind, scheduler, max_bytes)
    elif workers <= 1:
        for p in paths:
            yield analyse_path(p, kind, max_bytes)
    else:
        yield from _processes(paths, workers, kind, max_bytes)


def _processes(paths: list[str], workers: int, kind: str, max_bytes):
    # Bounded in-flight work keeps memory flat on a run of many thousands of files.
    pending = set()
    queue = list(reversed(paths))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while queue or pending:
            while queue and len(pending) < workers * 4:
                pending.add(pool.submit(analyse_path, queue.pop(), kind, max_bytes))
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()


def _dask(paths: list[str], kind: str, scheduler: str | None, max_bytes):
    try:
        from dask.distributed import Client, as_completed
    except ImportError as err:
        raise RuntimeError("the Dask executor needs the 'dask' extra: pip install -e '.[dask]'") from err
    from .analyse import analyse_bytes

    client = Client(scheduler) if scheduler else Client(processes=True, n_workers=os.cpu_count() or 1)
    try:
        futures = []
        for p in paths:
            try:
                data = Path(p).read_bytes()  # sent with the task: workers need no shared filesystem
            except OSError as err:
                yield {"path": p, "status": "error", "error": f"{p}: could not be read ({err.strerror}).",
                       "error_type": "IngestError"}
                continue
            futures.append(client.submit(analyse_bytes, data, p, kind, max_bytes, pure=False))
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
