"""`sendlens batch`: many files, several processes (or a Dask cluster), a progress line with rate
and ETA, failures recorded and skipped, and a journal that lets an interrupted run resume.

Each file runs in a worker process under a wall-clock and memory budget (see workers.py), so one
hostile or pathological file is recorded as an error instead of stalling the run."""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from nlp.fingerprint import Folder

from . import store
from .analyse import analyse_path
from .output import SUPPORTED, expand_paths

DEFAULT_TIMEOUT = 300.0  # seconds per file
DEFAULT_MEMORY_MB = 2048.0  # resident memory per worker


class OutputError(RuntimeError):
    """The results could not be written; `str(err)` is one line naming the path."""


class Interrupted(Exception):
    """Ctrl-C or SIGTERM: the run stops; the journal keeps every finished file."""

    def __init__(self, journal: Path | None = None, signame: str = "SIGINT") -> None:
        self.journal, self.signame = journal, signame
        super().__init__(signame)


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

    def exit_code(self) -> int:
        """0 all read, 1 some files failed, 2 none could be read (nothing analysed, something failed)."""
        if self.failed and not self.ok and not self.skipped:
            return 2
        return 1 if self.failed else 0

    def text(self) -> str:
        rate = (self.ok + self.failed) / self.seconds if self.seconds else 0.0
        kinds = ", ".join(f"{v} {k}" for k, v in sorted(self.kinds.items())) or "none"
        dup = f", {self.duplicates} duplicate{'s' if self.duplicates != 1 else ''} folded" if self.duplicates else ""
        return (f"{self.total} files: {self.ok} analysed ({kinds}{dup}), {self.failed} failed, {self.skipped} already done; "
                f"{self.seconds:.1f} s ({rate:.1f} files/s). Results: {', '.join(map(str, self.outputs))}")


def collect_inputs(inputs: list[str], list_files: list[str] = ()) -> list[str]:
    """The files named by `inputs` (files, folders, globs, @LISTFILE). A folder or list that does
    not exist, and a folder with no readable file in it, are errors (FileNotFoundError, one line)."""
    paths: list[str] = []
    for raw in inputs:
        if raw.startswith("@"):
            list_files = [*list_files, raw[1:]]
            continue
        _check_folder(raw)
        paths.extend(str(p) for p in expand_paths([raw]))
    for lf in list_files:
        try:
            listed = Path(lf).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            raise FileNotFoundError(f"{lf}: the list of files could not be read "
                                    f"({getattr(err, 'strerror', None) or type(err).__name__}).") from None
        for line in listed:
            line = line.strip()
            if line and not line.startswith("#"):
                paths.extend(str(p) for p in expand_paths([line]))
    seen, out = set(), []
    for p in paths:
        if p not in seen and (Path(p).suffix.lower() in SUPPORTED or Path(p).is_file()):
            seen.add(p)
            out.append(p)
    return out


def _check_folder(raw: str) -> None:
    if any(ch in raw for ch in "*?["):
        return
    path = Path(raw)
    if not path.exists() and not path.is_symlink():
        if not path.suffix:  # a missing folder; a missing file is recorded as a failed file
            raise FileNotFoundError(f"{raw}: no such folder. Check the path.")
        return
    if path.is_dir() and not expand_paths([raw]):
        raise FileNotFoundError(f"{raw}: is a folder with no PDF, Word (.docx) or text files in it.")


class Progress:
    """A one-line progress bar on a terminal; a line every few seconds otherwise (logs stay readable)."""

    def __init__(self, total: int, stream=None, enabled: bool = True) -> None:
        stream = sys.stderr if stream is None else stream  # looked up now: sys.stderr may have been replaced
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
              list_files: list[str] = (), timeout: float | None = DEFAULT_TIMEOUT,
              memory_mb: float | None = DEFAULT_MEMORY_MB, isolate: bool | None = None) -> BatchSummary:
    """Files run in worker processes under `timeout` seconds and `memory_mb` each when `isolate` is
    true (what `sendlens batch` does) or when `workers` > 1. With one worker and `isolate` unset or
    false they run in this process, with no budget: the app's sample store, tests, embedding."""
    if isolate is None:
        isolate = workers > 1
    if out.suffix not in (".jsonl", ".duckdb", ".parquet", ""):
        raise ValueError(f"{out}: the output must end in .jsonl, .parquet or .duckdb (or be a folder for Parquet)")
    paths = collect_inputs(inputs, list_files)
    from models.manifest import verify_all

    verify_all()  # a tampered model stops the run here, in one line, not once per file
    journal = store.journal_path(out)
    try:
        journal.parent.mkdir(parents=True, exist_ok=True)
        _end_with_newline(journal)
        sink = open(journal, "a", encoding="utf-8")  # noqa: SIM115 (closed by the `with sink` below)
    except OSError as err:
        raise OutputError(f"{journal}: could not be written ({err.strerror}). Choose another --out.") from None
    previous = store.read_journal(journal)
    done = store.finished(previous)
    todo = [p for p in paths if p not in done]
    summary = BatchSummary(total=len(paths), skipped=len(paths) - len(todo))
    started = time.perf_counter()
    bar = Progress(len(todo), enabled=progress)
    folder = Folder()
    for r in previous:  # a resumed run folds new copies into decisions counted before
        if r.get("status") == "ok":
            folder.duplicate_of(r["path"], r.get("fingerprint"))
    with sink:
        try:
            for record in _execute(todo, workers, kind, executor, scheduler, max_bytes, timeout, memory_mb, isolate):
                if record.get("status") == "ok" and (
                        original := folder.duplicate_of(record["path"], record.get("fingerprint"))):
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
        except OSError as err:
            raise OutputError(f"{journal}: could not be written ({err.strerror}). "
                              "Free some space or choose another --out; run again to resume.") from None
        except (KeyboardInterrupt, Interrupted) as err:
            raise Interrupted(journal, getattr(err, "signame", "SIGINT")) from None
    summary.seconds = time.perf_counter() - started
    records = _latest(store.read_journal(journal), paths)
    try:
        if out.suffix == ".jsonl":
            summary.outputs = [out]
        elif out.suffix == ".duckdb":
            summary.outputs = [store.write_duckdb(records, out)]
        else:
            summary.outputs = store.write_parquet(records, out)
    except OSError as err:
        raise OutputError(f"{out}: could not be written ({err.strerror or err}). Free some space or choose "
                          f"another --out; the results are kept in {journal}.") from None
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


def _execute(paths: list[str], workers: int, kind: str, executor: str, scheduler: str | None, max_bytes,
             timeout: float | None = None, memory_mb: float | None = None, isolate: bool = True):
    if not paths:
        return
    if executor == "dask":
        yield from _dask(paths, kind, scheduler, max_bytes)
    elif isolate or workers > 1:
        from .workers import Pool

        def failed(task: tuple, error_type: str, message: str) -> dict:
            return {"path": task[0], "status": "error", "error": f"{task[0]}: {message}", "error_type": error_type}

        yield from Pool(analyse_path, workers, timeout, memory_mb).run([(p, kind, max_bytes) for p in paths], failed)
    else:
        for p in paths:
            yield analyse_path(p, kind, max_bytes)


def _dask_client(scheduler: str | None):
    """A client for `scheduler`, or a local cluster bound to 127.0.0.1 with no dashboard."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise RuntimeError("the Dask executor needs the 'dask' extra: pip install -e '.[dask]'") from err
    if scheduler:
        try:
            return Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise RuntimeError(f"could not reach the Dask scheduler at {scheduler} ({type(err).__name__}). "
                               "Check the address and that the scheduler is running.") from None
    cluster = LocalCluster(n_workers=os.cpu_count() or 1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    return Client(cluster)


def _dask(paths: list[str], kind: str, scheduler: str | None, max_bytes):
    from dask.distributed import as_completed

    from ingest import IngestError, read_checked

    from .analyse import analyse_bytes

    client = _dask_client(scheduler)
    try:
        futures = []
        for p in paths:
            try:
                data = read_checked(Path(p), p, max_bytes)  # sent with the task: no shared filesystem needed
            except IngestError as err:
                yield {"path": p, "status": "error", "error": str(err), "error_type": err.kind}
                continue
            futures.append(client.submit(analyse_bytes, data, p, kind, max_bytes, pure=False))
        for future in as_completed(futures):
            yield future.result()
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()
