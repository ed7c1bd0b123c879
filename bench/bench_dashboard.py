"""First paint of the disputes dashboard in a real browser (Chromium via Playwright).

    python bench/bench_dashboard.py [--runs 2]

Starts `python -m app.launch` with an empty cache folder and opens /dashboard, timing the first
paint (the headline figures drawn) and the whole page (down to the drivers chart and the decision
table): that is the very first visit, which analyses the bundled
decisions and caches them keyed by their hashes. Then starts a fresh server on the same cache
(every later server start) and times a first visit again, and a second visit to the same server.
Also times the page's own Python work once warm (no browser). Writes bench/results/dashboard.json.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine_line, markdown_table, write_results

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server(cache: Path) -> tuple[subprocess.Popen, str]:
    port = _port()
    env = {**os.environ, "SENDLENS_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "app.launch", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://localhost:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the app did not start")


def _visit(browser, base: str) -> tuple[float, float]:
    """(seconds to the first paint of the figures: the headline metrics; seconds until the whole page,
    down to the decision table, is drawn)."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    t = time.perf_counter()
    page.goto(base + "/dashboard")
    page.locator("[data-testid='stMetric']").first.wait_for(timeout=180_000)
    first = time.perf_counter() - t
    page.locator("[data-testid='stVegaLiteChart'] svg path[aria-roledescription='bar']").first.wait_for(
        timeout=180_000)
    page.get_by_text("Open a decision").first.wait_for(timeout=180_000)
    whole = time.perf_counter() - t
    ctx.close()
    return first, whole


def _floor(browser, base: str) -> float:
    """The same server's lightest page (the review page's title): what Streamlit and the browser
    cost on this machine before any dashboard work."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    t = time.perf_counter()
    page.goto(base + "/review")
    page.get_by_text("Review a draft plan").first.wait_for(timeout=180_000)
    seconds = time.perf_counter() - t
    ctx.close()
    return seconds


def _script_seconds() -> float:
    """The dashboard page's own Python work once the server is warm: render_page() in bare mode."""
    import logging
    import statistics

    logging.disable(logging.WARNING)
    from app.ui import dashboard_page, serve

    serve.warm()
    dashboard_page.render_page()  # the first bare-mode call pays Streamlit's one-off REPL check
    times = []
    for _ in range(5):
        t = time.perf_counter()
        dashboard_page.render_page()
        times.append(time.perf_counter() - t)
    logging.disable(logging.NOTSET)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=2, help="warm-cache server starts to time (default 2)")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory(prefix="sendlens-bench-cache-") as cache, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox"])
        for run in range(1 + args.runs):
            proc, base = _server(Path(cache))
            try:
                floor = _floor(browser, base)
                first = _visit(browser, base)
                again = _visit(browser, base)
            finally:
                proc.terminate()
                proc.wait(timeout=30)
            rows.append(["cold cache (very first visit)" if run == 0 else f"new server, cached decisions ({run})",
                         f"{first[0]:.2f}", f"{first[1]:.2f}", f"{again[0]:.2f}", f"{again[1]:.2f}", f"{floor:.2f}"])
        browser.close()
    script = _script_seconds()
    print(machine_line())
    print(f"dashboard script, warm, in-process (median of 5 renders, no browser): {script:.2f} s")
    print(markdown_table(["server start", "first visit: first paint (s)", "first visit: whole page (s)",
                          "second visit: first paint (s)", "second visit: whole page (s)",
                          "floor: /review title (s)"], rows))
    write_results("dashboard", {"rows": rows, "script_seconds": round(script, 3)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
