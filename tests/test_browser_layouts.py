"""A plan in an unusual council layout, uploaded in a real browser (Debian's Chromium driven by
Playwright against `python -m app.launch`): first-person headings with no section letters, the
per-area B | F | E tables, as a Word file. The review page shows its findings, sections and
provision table, with no not-understood banner and no error."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install chromium); "
                "Playwright cannot download its own browsers here", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the browser tests need the playwright package")
pytest.importorskip("docx")
sys.path.insert(0, str(ROOT / "corpus_samples"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    log_path = tmp_path_factory.mktemp("server") / "streamlit.log"
    log = open(log_path, "wb")  # noqa: SIM115 - held open for the server's lifetime
    proc = subprocess.Popen([sys.executable, "-m", "app.launch", "--port", str(port)], cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://localhost:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            log.close()
            pytest.fail(f"the app did not start: {log_path.read_text(errors='replace')[-2000:]}")
        time.sleep(0.3)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    log.close()


@pytest.fixture
def page():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        pg = context.new_page()
        pg.set_default_timeout(60_000)
        yield pg
        context.close()
        browser.close()


def _settle(pg) -> None:
    pg.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)
    pg.wait_for_timeout(500)


def test_unusual_layout_plan_upload_in_chromium(server, page, tmp_path):
    import layouts as L

    from ingest import load
    from nlp.checker import Checker

    model = next(m for m in L.models() if m.plan_id == "plan02")
    plan = tmp_path / "first_person_per_area.docx"
    plan.write_bytes(L.render(model, L.LAYOUT_BY_NAME["bold_first_person"], "docx"))
    report = Checker(thread="lexical").check(load(plan.read_bytes(), plan.name))
    assert report.structure.recognised
    expected = [f for f in report.findings if not f.source.startswith("golden-thread")]

    page.goto(server + "/")
    page.get_by_text("Review a draft plan").first.wait_for()
    page.locator("[data-testid='stFileUploader'] input[type='file']").first.set_input_files(str(plan))
    page.get_by_text(f"Showing {len(expected)} of {len(expected)} findings.").wait_for()
    _settle(page)
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "did not understand this plan's layout" not in body
    assert "per_area layout" in body
    page.get_by_role("tab", name="Findings and decisions").click()
    body = page.locator("[data-testid='stMain']").inner_text()
    for code in {f.code for f in expected if f.section == "F"}:
        assert code in body
    page.get_by_role("tab", name="Sections").click()
    page.get_by_text("sections found:").first.wait_for()
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "A B C D E F G H1 H2 I" in body
    page.get_by_role("tab", name="Provision table").click()
    page.get_by_text(f"{len(report.provisions)} Section F provision items").first.wait_for()
    assert page.locator("[data-testid='stException']").count() == 0
