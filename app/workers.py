"""Worker processes for `sendlens batch`, each file under a wall-clock and memory budget.

One file at a time per worker, over a pipe, so the parent always knows which file a worker holds:
a file that runs past its time or memory budget gets its worker killed and is recorded as an error,
a worker that crashes (OOM killer, segfault in a C library) is replaced, and the run goes on.

Workers never outlive the batch: on Linux each asks the kernel to kill it when its parent dies
(`prctl(PR_SET_PDEATHSIG)`, so even `kill -9` of the parent leaves no orphans), ignores Ctrl-C (the
parent handles it and stops them), and the parent kills every worker on the way out.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait as wait_ready

_PR_SET_PDEATHSIG = 1
_POLL = 0.25  # seconds between budget checks


def die_with_parent() -> None:
    """Linux: SIGKILL this process when the process that started it dies (however it dies)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return


def _worker_main(conn, fn: Callable, parent: int) -> None:
    die_with_parent()
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(fn(*task))


def private_mb(pid: int) -> float | None:
    """Memory a process holds for itself, in MB: private pages from /proc/PID/smaps_rollup (Linux),
    so pages shared with the parent after fork() are not charged to the worker; VmRSS where the
    rollup is missing; None off Linux."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            kib = sum(int(line.split()[1]) for line in f if line.startswith(("Private_Clean:", "Private_Dirty:")))
        return kib / 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


@dataclass
class _Slot:
    proc: mp.Process
    conn: object
    task: tuple | None = None
    started: float = 0.0


class Pool:
    """`workers` processes running `fn(*task)`; see `run`."""

    def __init__(self, fn: Callable, workers: int, timeout: float | None, memory_mb: float | None) -> None:
        self.fn, self.size, self.timeout, self.memory_mb = fn, max(1, workers), timeout, memory_mb
        methods = mp.get_all_start_methods()
        self.ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        self.slots: list[_Slot] = []

    def _start(self) -> _Slot:
        parent_end, child_end = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child_end, self.fn, os.getpid()), daemon=True)
        proc.start()
        child_end.close()
        return _Slot(proc, parent_end)

    def _replace(self, slot: _Slot) -> None:
        _kill(slot)
        self.slots[self.slots.index(slot)] = self._start()

    def run(self, tasks: list[tuple], failed: Callable[[tuple, str, str], dict]) -> Iterator[dict]:
        """Yields one record per task, in completion order. `failed(task, error_type, message)` makes
        the record for a task whose worker ran out of time or memory, or died."""
        queue = list(reversed(tasks))
        try:
            self.slots = [self._start() for _ in range(min(self.size, len(tasks)))]
            while queue or any(s.task is not None for s in self.slots):
                for slot in self.slots:
                    if slot.task is None and queue:
                        slot.task, slot.started = queue.pop(), time.monotonic()
                        slot.conn.send(slot.task)
                busy = [s for s in self.slots if s.task is not None]
                ready = wait_ready([s.conn for s in busy], timeout=_POLL)
                for slot in busy:
                    if slot.conn in ready:
                        try:
                            record = slot.conn.recv()
                        except (EOFError, OSError):
                            code = slot.proc.exitcode
                            slot.proc.join(1)
                            code = slot.proc.exitcode if slot.proc.exitcode is not None else code
                            why = (f"killed by signal {-code}" if code is not None and code < 0
                                   else f"exit status {code}")
                            yield failed(slot.task, "WorkerCrashed", f"its worker process stopped ({why}), "
                                         "probably out of memory or a crash in a PDF or XML library.")
                            self._replace(slot)
                            continue
                        slot.task = None
                        yield record
                        continue
                    over = self._over_budget(slot)
                    if over:
                        yield failed(slot.task, *over)
                        self._replace(slot)
        finally:
            self.close()

    def _over_budget(self, slot: _Slot) -> tuple[str, str] | None:
        if self.timeout and time.monotonic() - slot.started > self.timeout:
            return "Timeout", (f"took longer than {self.timeout:g} s and was stopped. "
                               "If the file is genuine, raise --timeout.")
        if self.memory_mb:
            used = private_mb(slot.proc.pid)
            if used is not None and used > self.memory_mb:
                return "MemoryLimit", (f"needed more than {self.memory_mb:g} MB of memory and was stopped. "
                                       "If the file is genuine, raise --max-memory-mb.")
        return None

    def close(self) -> None:
        for slot in self.slots:
            _kill(slot)
        self.slots = []


def _kill(slot: _Slot) -> None:
    if slot.proc.is_alive():
        slot.proc.kill()
    slot.proc.join(5)
    try:
        slot.conn.close()
    except OSError:
        pass
