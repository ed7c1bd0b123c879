"""A plan in an unusual council layout, uploaded in a real browser (Debian's Chromium driven by
Playwright against `python -m app.launch`): first-person headings with no section letters, the
per-area B | F | E tables, as a Word file. The review page shows its findings, sections and
provision table, with no not-understood banner and no error."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
pytest.importorskip("docx")
# the same app server, browser and page as the main browser test (which skips without Chromium and
# fails a page on any request that leaves the machine)
import test_app_browser as _app

browser, page, server, _settle = _app.browser, _app.page, _app.server, _app._settle

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus_samples"))


def test_unusual_layout_plan_upload_in_chromium(server, page, tmp_path):
    import layouts as L

    from app.compose import build_checker
    from ingest import load

    model = next(m for m in L.models() if m.plan_id == "plan02")
    plan = tmp_path / "first_person_per_area.docx"
    plan.write_bytes(L.render(model, L.LAYOUT_BY_NAME["bold_first_person"], "docx"))
    report = build_checker(thread="lexical").check(load(plan.read_bytes(), plan.name))
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
