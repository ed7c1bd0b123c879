"""The app in a real browser: `python -m app.launch` in a subprocess, Debian's Chromium driven by
Playwright. Uploads a sample plan, sees its findings, downloads the annotated Word file and reads
its comments, opens the dashboard and the training page, and saves a screenshot of each page
(tests/app_screenshots/, copied to docs/screenshots/ for the README)."""
from __future__ import annotations

import io
import os
import re
import shutil
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
SHOTS = ROOT / "tests" / "app_screenshots"
DOCS = ROOT / "docs" / "screenshots"
PLAN = ROOT / "corpus_samples" / "plans" / "plan01_maya_okafor.docx"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
WIDTH = 1400

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install chromium); "
                "Playwright cannot download its own browsers here", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the browser tests need the playwright package")
docx = pytest.importorskip("docx")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    log_path = tmp_path_factory.mktemp("server") / "streamlit.log"
    log = open(log_path, "wb")  # noqa: SIM115 - held open for the server's lifetime
    # its own process group, so the Streamlit child can be stopped with it if SIGTERM is not enough
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
    proc.terminate()  # app.launch forwards SIGTERM to Streamlit and waits for it
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    log.close()
    with pytest.raises(OSError):  # nothing is left listening
        urllib.request.urlopen(f"{base}/_stcore/health", timeout=2)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    context.close()


def _settle(pg) -> None:
    """Wait until Streamlit has finished running the script."""
    pg.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)
    pg.wait_for_timeout(500)


def screenshot(pg, name: str, max_height: int = 4200) -> Path:
    """The whole page (Streamlit scrolls inside its main block, so the viewport grows to fit it)."""
    height = pg.evaluate("() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
                         " return m ? m.scrollHeight : document.body.scrollHeight; }")
    pg.set_viewport_size({"width": WIDTH, "height": max(800, min(int(height) + 40, max_height))})
    pg.wait_for_timeout(1200)  # charts re-lay out to the new size
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    pg.screenshot(path=str(path))
    pg.set_viewport_size({"width": WIDTH, "height": 1000})
    DOCS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, DOCS / f"{name}.png")
    return path


def test_review_upload_findings_and_annotated_download(server, page, tmp_path):
    from ingest import load
    from app.compose import build_checker

    report = build_checker(thread="lexical").check(load(PLAN.read_bytes(), PLAN.name))
    expected = [f for f in report.findings if not f.source.startswith("golden-thread")]  # listed only on request
    page.goto(server + "/")
    page.get_by_text("Review a draft plan").first.wait_for()
    page.locator("[data-testid='stFileUploader'] input[type='file']").first.set_input_files(str(PLAN))
    page.get_by_text(f"Showing {len(expected)} of {len(expected)} findings.").wait_for()
    _settle(page)
    assert page.locator("mark").count() >= 5  # findings marked in the plan text
    page.get_by_role("tab", name="Findings and decisions").click()
    body = page.locator("[data-testid='stMain']").inner_text()
    for code in {f.code for f in expected}:
        assert code in body

    # dismiss the first finding with a reason, in the browser
    first = page.locator("[data-testid='stRadio']").first
    first.get_by_text("dismiss", exact=True).click()
    reason = page.get_by_label("Reason for dismissing").first
    reason.fill("term of art here")
    reason.press("Enter")
    _settle(page)
    # show Section F only, where the marked wording is, for the screenshot
    page.locator("[data-testid='stMultiSelect']").filter(has_text="Section").first.click()
    page.get_by_role("option", name="F", exact=True).click()
    page.keyboard.press("Escape")
    _settle(page)
    page.get_by_role("tab", name="Plan text").click()
    page.get_by_text("Section F", exact=True).first.wait_for()
    screenshot(page, "review")

    with page.expect_download() as info:
        page.get_by_role("button", name="Annotated Word file").click()
    download = info.value
    assert download.suggested_filename == "plan01_maya_okafor_sendlens.docx"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    comments = [c.text for c in docx.Document(io.BytesIO(target.read_bytes())).comments]
    assert len(comments) == len(expected)
    codes = [re.search(r"\[(?:error|warning|suggestion)\] (\w+):", t).group(1) for t in comments]
    assert sorted(codes) == sorted(f.code for f in expected)
    assert sum(t.startswith("[dismissed: term of art here]") for t in comments) == 1


def test_dashboard_page(server, page):
    page.goto(server + "/dashboard")
    page.get_by_text("Drafting issues found by the tribunal").first.wait_for(timeout=90_000)
    page.get_by_text("Timeline", exact=True).first.wait_for()
    _settle(page)
    assert page.locator("[data-testid='stVegaLiteChart']").count() >= 8
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "Decisions" in body and "82" in body and "Over 140 days" in body
    screenshot(page, "dashboard")


def test_training_page(server, page):
    page.goto(server + "/training")
    page.get_by_text("Access to provision, not provision").first.wait_for()
    _settle(page)
    page.get_by_text("Access to provision, not provision").first.click()  # open one fault
    page.get_by_text("Rewrite template:").first.wait_for()
    screenshot(page, "training")

    page.get_by_role("tab", name="Try your own wording").click()
    box = page.get_by_label("Your wording")
    box.fill("Ava will have access to speech and language therapy as required.")
    box.press("Control+Enter")
    page.locator("[data-testid='stMarkdownContainer']:visible", has_text="as_required").first.wait_for()
    _settle(page)
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "access_to" in body and "CoP 9.69 test:" in body
