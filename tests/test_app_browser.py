"""The app in a real browser: `python -m app.launch` in a subprocess, Debian's Chromium driven by
Playwright. Opens `/review`, uploads a sample plan, sorts its findings by severity, downloads the
annotated Word file and reads its comments; opens the dashboard, reads the drivers table, clicks a
bar and sees the filtered decisions; opens the training page. On every page: no request leaves
the machine, and no raw taxonomy code is shown outside the analysts' code elements.

Screenshots go to a temporary folder; with SENDLENS_SCREENSHOTS=1 they refresh docs/screenshots/
for the README (the only way a test run writes to a tracked file)."""
from __future__ import annotations

import csv
import io
import os
import re
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
DOCS = ROOT / "docs" / "screenshots"
REFRESH_DOCS = os.environ.get("SENDLENS_SCREENSHOTS") == "1"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
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
    env = {**os.environ, "SENDLENS_CACHE": str(tmp_path_factory.mktemp("cache"))}  # the cache starts cold here
    env.pop("SENDLENS_RAISE", None)  # the server behaves as it does for users
    proc = subprocess.Popen([sys.executable, "-m", "app.launch", "--port", str(port)], cwd=ROOT, env=env,
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


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return DOCS if REFRESH_DOCS else tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def page(browser):
    """A page that records every request leaving the machine; the test fails if there is one."""
    from urllib.parse import urlsplit

    context = browser.new_context(viewport={"width": WIDTH, "height": 1000}, accept_downloads=True)
    outside: list[str] = []

    def watch(request):
        url = request.url
        if url.startswith(("data:", "blob:", "about:")):
            return
        if urlsplit(url).hostname not in LOCAL_HOSTS:
            outside.append(url)

    context.on("request", watch)
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    pg.wait_for_timeout(300)
    context.close()
    assert outside == [], f"requests left the machine: {outside[:5]}"


def raw_codes_shown(pg) -> list[str]:
    """Taxonomy codes in the page's visible text (and chart text), outside the analysts' code elements
    (`code.sl-code`) and the tables' code columns (`st.dataframe`, checked in tests/test_app.py)."""
    from nlp.taxonomy import taxonomy

    tax = taxonomy()
    codes = set(tax.faults) | {c for c in tax.appeal_types if "_" in c} | {"not_stated", "ftt"}
    text = pg.evaluate("""() => {
        const root = document.querySelector('[data-testid="stApp"]') || document.body;
        const copy = root.cloneNode(true);
        copy.querySelectorAll('code.sl-code, [data-testid="stDataFrame"], script, style, title').forEach(e => e.remove());
        document.body.appendChild(copy);
        copy.style.position = 'absolute'; copy.style.left = '-99999px';
        const seen = copy.innerText + ' ' + Array.from(copy.querySelectorAll('svg text')).map(t => t.textContent).join(' ');
        copy.remove();
        return seen;
    }""")
    return sorted({c for c in codes if re.search(rf"(?<![\w/-]){re.escape(c)}(?![\w-])", text)})


def _settle(pg) -> None:
    """Wait until Streamlit has finished running the script."""
    pg.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)
    pg.wait_for_timeout(500)


def screenshot(pg, folder: Path, name: str, max_height: int = 6000) -> Path:
    """The whole page (Streamlit scrolls inside its main block, so the viewport grows to fit it)."""
    height = pg.evaluate("() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
                         " return m ? m.scrollHeight : document.body.scrollHeight; }")
    pg.set_viewport_size({"width": WIDTH, "height": max(800, min(int(height) + 40, max_height))})
    pg.wait_for_timeout(1200)  # charts re-lay out to the new size
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    pg.screenshot(path=str(path))
    pg.set_viewport_size({"width": WIDTH, "height": 1000})
    assert path.stat().st_size > 10_000
    return path


def test_review_upload_sort_and_annotated_download(server, page, shots, tmp_path):
    from app.compose import build_checker
    from ingest import load

    report = build_checker(thread="lexical").check(load(PLAN.read_bytes(), PLAN.name))
    expected = [f for f in report.findings if not f.source.startswith("golden-thread")]  # listed only on request
    page.goto(server + "/review")  # the page's own address works (it used to say "Page not found")
    page.get_by_text("Review a draft plan").first.wait_for()
    _settle(page)
    assert page.get_by_text("Page not found").count() == 0
    page.locator("[data-testid='stFileUploader'] input[type='file']").first.set_input_files(str(PLAN))
    page.get_by_text(f"Showing {len(expected)} of {len(expected)} findings.").wait_for()
    _settle(page)
    assert page.locator("mark").count() >= 5  # findings marked in the plan text
    page.get_by_role("tab", name="Findings and decisions").click()
    body = page.locator("[data-testid='stMain']").inner_text()
    from app.ui.render import SEVERITY_ORDER, fault_title

    for code in {f.code for f in expected}:
        assert fault_title(code) in body

    # sort and group by severity: the cards come worst first
    page.locator("[data-testid='stSelectbox']").filter(has_text="Order and group").first.click()
    page.get_by_role("option", name="Severity, worst first").click()
    _settle(page)
    groups = page.locator(".sl-group").all_inner_texts()
    assert [g.split(" (")[0] for g in groups] == [
        {"error": "Errors", "warning": "Warnings", "suggestion": "Suggestions"}[s]
        for s in SEVERITY_ORDER if any(f.severity == s for f in expected)]
    numbers = {id(f): n for n, f in enumerate(expected, 1)}
    worst_first = sorted(expected, key=lambda f: (SEVERITY_ORDER.index(f.severity), f.start))
    shown = [int(t.strip().rstrip(".")) for t in page.locator(".sl-card-n").all_inner_texts()]
    assert shown == [numbers[id(f)] for f in worst_first]

    # dismiss the first finding with a reason, in the browser
    first = page.locator("[data-testid='stRadio']").first
    first.get_by_text("dismiss", exact=True).click()
    reason = page.get_by_label("Reason for dismissing").first
    reason.fill("term of art here")
    reason.press("Enter")
    _settle(page)
    assert raw_codes_shown(page) == []
    # show Section F only, where the marked wording is, for the screenshot
    page.locator("[data-testid='stMultiSelect']").filter(has_text="Section").first.click()
    page.get_by_role("option", name="F", exact=True).click()
    page.keyboard.press("Escape")
    _settle(page)
    page.get_by_role("tab", name="Plan text").click()
    page.get_by_text("Section F", exact=True).first.wait_for()
    assert raw_codes_shown(page) == []
    screenshot(page, shots, "review")

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


def test_dashboard_drivers_click_a_bar_filters_the_decisions(server, page, shots, tmp_path):
    page.goto(server + "/dashboard")
    page.get_by_text("Drivers: which drafting issues go with appeals being allowed").first.wait_for(timeout=120_000)
    _settle(page)
    page.locator("[data-testid='stVegaLiteChart'] svg path[aria-roledescription='bar']").first.wait_for()
    assert page.locator("[data-testid='stVegaLiteChart']").count() == 1  # one view at a time
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "Decisions" in body and "82" in body and "baseline" in body
    assert "Over 140 days" not in body  # no reference line unless the user gives one, with its source

    # the drivers table, as the analyst downloads it
    with page.expect_download() as info:
        page.get_by_role("button", name="Drivers table (CSV)").click()
    target = tmp_path / "drivers.csv"
    info.value.save_as(target)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows and all(float(r["low"]) <= float(r["lift"]) <= float(r["high"]) for r in rows)
    top = rows[0]
    assert top["title"] in body  # the reading names the issues

    # click the top issue's bar: the decision table lists only the decisions that found it
    label = top["title"].replace('"', '\\"')
    bar = page.locator(f"[data-testid='stVegaLiteChart'] svg path[aria-roledescription='bar'][aria-label*=\"{label}\"]")
    assert bar.count() == 1
    bar.first.evaluate("e => e.scrollIntoView({block: 'center'})")
    bar.first.click()
    summary = page.locator(".sl-plain", has_text=re.compile(r"^\d+ decisions where the tribunal found"))
    summary.first.wait_for(timeout=30_000)
    _settle(page)
    text = summary.first.inner_text()
    assert top["title"] in text and int(text.split()[0]) >= int(top["n_with"])
    assert raw_codes_shown(page) == []
    screenshot(page, shots, "dashboard")

    # the other views: charts by name, never by code
    page.locator("[data-testid='stButtonGroup']").get_by_text("Appeals, outcomes and trends", exact=True).click()
    page.get_by_text("Trends", exact=True).first.wait_for()
    _settle(page)
    page.wait_for_function("document.querySelectorAll('[data-testid=stVegaLiteChart]').length >= 6")
    assert raw_codes_shown(page) == []
    page.locator("[data-testid='stButtonGroup']").get_by_text("Timeline", exact=True).click()
    page.locator("[data-testid='stHeading']", has_text="Timeline").first.wait_for()
    page.get_by_text("Reference line", exact=True).first.wait_for()
    _settle(page)
    assert "Over 140 days" not in page.locator("[data-testid='stMain']").inner_text()
    assert raw_codes_shown(page) == []


def test_training_page(server, page, shots):
    page.goto(server + "/training")
    page.get_by_text("Access to provision, not provision").first.wait_for()
    _settle(page)
    page.get_by_text("Access to provision, not provision").first.click()  # open one fault
    page.get_by_text("Rewrite template:").first.wait_for()
    assert raw_codes_shown(page) == []
    screenshot(page, shots, "training")

    page.get_by_role("tab", name="Try your own wording").click()
    box = page.get_by_label("Your wording")
    box.fill("Ava will have access to speech and language therapy as required.")
    box.press("Control+Enter")
    page.locator(".sl-verdict", has_text="Provision only when someone decides it is needed").first.wait_for()
    _settle(page)
    body = page.locator("[data-testid='stMain']").inner_text()
    assert "Access to provision, not provision" in body and "CoP 9.69 test:" in body
    assert raw_codes_shown(page) == []


def test_no_request_leaves_the_machine_on_any_page(server, page):
    """Each page loaded fresh: the `page` fixture fails the test on any request to another host."""
    for path in ("/", "/review", "/dashboard", "/training"):
        page.goto(server + path)
        page.locator("[data-testid='stMain']").first.wait_for()
        _settle(page)
        page.wait_for_timeout(800)
    icon = page.evaluate("() => Array.from(document.querySelectorAll('link[rel~=icon]')).map(l => l.href)")
    assert icon and all(h.startswith((server, "data:")) for h in icon)
