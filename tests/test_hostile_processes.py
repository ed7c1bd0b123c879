"""Process life of `sendlens batch` (issue 15): per-file budgets, workers that die with their parent,
clean Ctrl-C / SIGTERM with a resumable journal, one-line output errors with no temp files left,
and a Dask path that binds to 127.0.0.1 and fails cleanly. Real processes, real signals."""
from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.workers import Pool

ROOT = Path(__file__).resolve().parent.parent
DECISIONS = ROOT / "corpus_samples" / "decisions"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


# ------------------------------------------------------------------ the pool's budgets

def _work(kind: str, arg: float) -> dict:
    if kind == "sleep":
        time.sleep(arg)
    elif kind == "eat":
        hog = bytearray(int(arg * 1024 * 1024))  # touched, so it is resident
        for i in range(0, len(hog), 4096):
            hog[i] = 1
        time.sleep(5)
    elif kind == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    return {"path": f"{kind}-{arg}", "status": "ok"}


def _failed(task, error_type, message):
    return {"path": f"{task[0]}-{task[1]}", "status": "error", "error_type": error_type, "error": message}


def test_pool_records_timeouts_memory_and_crashes_and_goes_on():
    tasks = [("sleep", 0.0), ("sleep", 30.0), ("eat", 400.0), ("crash", 0.0), ("sleep", 0.1)]
    records = {r["path"]: r for r in Pool(_work, 2, timeout=2.0, memory_mb=250).run(tasks, _failed)}
    assert records["sleep-0.0"]["status"] == "ok" and records["sleep-0.1"]["status"] == "ok"
    assert records["sleep-30.0"]["error_type"] == "Timeout" and "--timeout" in records["sleep-30.0"]["error"]
    assert records["eat-400.0"]["error_type"] == "MemoryLimit" and "--max-memory-mb" in records["eat-400.0"]["error"]
    assert records["crash-0.0"]["error_type"] == "WorkerCrashed"
    assert len(records) == 5


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_gone(pids: list[int], seconds: float = 15.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = [p for p in pids if _alive(p)]
        if not left:
            return []
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG) is Linux")
def test_workers_die_when_the_parent_is_killed_with_sigkill():
    script = (f"import time, sys; sys.path.insert(0, {str(ROOT)!r}); "
              "from tests.test_hostile_processes import _work, _failed; from app.workers import Pool; "
              "list(Pool(_work, 2, timeout=None, memory_mb=None).run([('sleep', 60.0)] * 2, _failed))")
    parent = subprocess.Popen([sys.executable, "-c", script], env=ENV, cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(parent.pid)
        assert len(workers) == 2
        parent.kill()
        parent.wait(10)
        assert _wait_gone(workers) == []
    finally:
        if parent.poll() is None:
            parent.kill()


# ------------------------------------------------------------------ Ctrl-C and SIGTERM on a real batch

@pytest.fixture
def many_decisions(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    sources = sorted(DECISIONS.glob("*.txt"))[:10]
    for copy in range(4):
        for src in sources:
            shutil.copy(src, folder / f"{copy}_{src.name}")
    return folder


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0


@pytest.mark.parametrize("sig,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_batch_stops_in_one_line_and_resumes(many_decisions, tmp_path, sig, code):
    out = tmp_path / "r.jsonl"
    cmd = [sys.executable, "-m", "app.cli", "batch", str(many_decisions), "--out", str(out), "--no-progress",
           "--workers", "2"]
    proc = subprocess.Popen(cmd, env=ENV, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while _lines(out) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        assert proc.poll() is None, "the batch finished before it could be interrupted"
        workers = _children(proc.pid)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, err
    lines = [ln for ln in err.strip().splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert signal.Signals(sig).name in lines[0] and str(out) in lines[0] and "resume" in lines[0]
    assert _wait_gone(workers) == []
    done = _lines(out)
    assert 0 < done < 40
    run = subprocess.run(cmd, env=ENV, capture_output=True, text=True, check=False, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"{done} already done" in run.stderr
    paths = [json.loads(line)["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(set(paths)) == sorted(paths) and len(paths) == 40  # nothing lost, nothing done twice


# ------------------------------------------------------------------ output errors

def _small_input(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(min(DECISIONS.glob("*.txt")), folder / "d.txt")
    return folder


def _assert_one_line(run) -> str:
    err = run.stderr.strip()
    assert run.returncode == 2, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_output_under_a_file_is_one_line(tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "r.duckdb"
    run = subprocess.run([sys.executable, "-m", "app.cli", "batch", str(_small_input(tmp_path)), "--out", str(out),
                          "--no-progress"], env=ENV, capture_output=True, text=True, check=False, timeout=120)
    assert str(blocker) in _assert_one_line(run)


@pytest.mark.parametrize("suffix", [".duckdb", ".parquet"])
def test_full_disk_is_one_line_and_leaves_no_temp_files(tmp_path, suffix):
    """RLIMIT_FSIZE makes writes past 8 KB fail as a full disk would (EFBIG); the journal fits."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / f"r{suffix}"

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, 8 * 1024))

    run = subprocess.run([sys.executable, "-m", "app.cli", "batch", str(_small_input(tmp_path)), "--out", str(out),
                          "--no-progress"], env=ENV, capture_output=True, text=True, check=False, timeout=120, preexec_fn=limit)
    err = run.stderr.strip().splitlines()
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and len(err) == 1 and str(out) in err[0], run.stderr
    assert not [p.name for p in out_dir.iterdir() if ".tmp" in p.name]
    assert (out_dir / f"r{suffix}.journal.jsonl").exists()  # the results are kept for a rerun


# ------------------------------------------------------------------ Dask

def test_unreachable_dask_scheduler_is_one_line(tmp_path):
    pytest.importorskip("distributed")
    run = subprocess.run([sys.executable, "-m", "app.cli", "batch", str(_small_input(tmp_path)), "--out",
                          str(tmp_path / "r.jsonl"), "--no-progress", "--executor", "dask",
                          "--scheduler", "tcp://127.0.0.1:9"], env=ENV, capture_output=True, text=True, check=False, timeout=180)
    err = _assert_one_line(run)
    assert "tcp://127.0.0.1:9" in err and "scheduler" in err


def test_local_dask_cluster_listens_only_on_loopback():
    pytest.importorskip("distributed")
    psutil = pytest.importorskip("psutil")
    from app.batch import _dask_client

    client = _dask_client(None)
    try:
        assert client.scheduler.address.startswith("tcp://127.0.0.1:")
        assert all(addr.startswith("tcp://127.0.0.1:") for addr in client.scheduler_info()["workers"])
        me = psutil.Process()
        pids = {me.pid} | {c.pid for c in me.children(recursive=True)}
        listening = [c.laddr.ip for c in psutil.net_connections(kind="inet")
                     if c.status == psutil.CONN_LISTEN and c.pid in pids]
        assert listening and set(listening) == {"127.0.0.1"}, listening  # no 0.0.0.0 dashboard
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
