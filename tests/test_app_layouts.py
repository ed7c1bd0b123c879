"""The review page on plans it finds hard: a plan missing several sections (whole-plan findings used
to share one widget key and crash the page), a plan in an unusual council layout, and a plan whose
layout it cannot read (the not-understood banner). Findings, the provision table and every download
must render. All plans are invented here or rendered from the bundled fictional samples."""
from __future__ import annotations

import io
import sys
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
docx = pytest.importorskip("docx")

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "corpus_samples"))
APP = ROOT / "app" / "ui" / "streamlit_app.py"
MIME = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pdf": "application/pdf", ".txt": "text/plain"}

INCOMPLETE = """Education, Health and Care Plan for Pell Ardmore (fictional)

Section A: Views, interests and aspirations
Pell likes building dens and wants to be a vet.

Section B: Special educational needs
Pell finds it hard to follow spoken instructions with more than two parts.

Section E: Outcomes
By July 2027 Pell will follow three-part spoken instructions in class without a reminder.

Section F: Special educational provision
- Pell will have access to a quiet workspace.
- Speech and language therapy, 2 x 30 minutes each week, delivered by a qualified speech and language therapist.
"""

from test_kind import NO_HEADINGS_PLAN as UNREADABLE


def upload(name: str, data: bytes) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.file_uploader(key="plan_upload").set_value((name, data, MIME[Path(name).suffix]))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def assert_review_renders(at: AppTest) -> None:
    """Every finding is listed, the provision table has a row per item, and every download is built."""
    report = at.session_state["review_report"]
    shown = "\n".join(h.value for h in at.get("html"))
    for f in report.findings:
        assert f">{f.code}</code>" in shown
    radios = [r for r in at.radio if r.label == "Decision"]
    assert len(radios) == len(report.findings)  # one decision per finding, none dropped or duplicated
    assert len({r.key for r in radios}) == len(radios)
    if report.provisions:
        table = next(h for h in shown.split("<table class='sl-prov'>")[1:])
        body = table.split("</table>")[0]
        assert body.count("<tr") - 1 == len(report.provisions)  # a header row and one row per item
    exports = at.session_state["review_exports"]
    comments = list(docx.Document(io.BytesIO(exports["docx"])).comments)
    assert len(comments) == len(report.findings)
    assert exports["csv"].count("\n") >= len(report.findings)
    assert {b.label for b in at.get("download_button")} >= {"Annotated Word file", "Findings (CSV)",
                                                           "Findings (JSON)", "Printable summary (HTML)"}


def test_plan_missing_several_sections_renders_every_whole_plan_finding():
    at = upload("incomplete.txt", INCOMPLETE.encode("utf-8"))
    report = at.session_state["review_report"]
    missing = [f for f in report.findings if f.code == "missing_section"]
    assert {f.section for f in missing} == {"C", "D", "G", "H1", "H2", "I", "J", "K"}
    assert all(f.start == f.end == 0 for f in missing)  # the findings that used to share one widget key
    assert "access_to" in {f.code for f in report.findings}
    assert_review_renders(at)
    # deciding on one whole-plan finding does not decide the others
    radio = next(r for r in at.radio if r.label == "Decision" and "missing_section" in r.key and ":C" in r.key)
    radio.set_value("accept").run()
    decisions = next(iter(at.session_state["review_decisions"].values()))
    assert [k for k, v in decisions.items() if v["status"] == "accepted"] == ["missing_section:0:0:C"]


@pytest.mark.parametrize("layout,fmt", [("first_person", "docx"), ("numbered_colon", "txt"),
                                        ("captions_per_area", "pdf")])
def test_unusual_layout_plan_reads_like_the_classic_one(layout, fmt):
    import layouts as L

    model = next(m for m in L.models() if m.plan_id == "plan01")
    data = L.render(model, L.LAYOUT_BY_NAME[layout], fmt)
    at = upload(f"unusual.{fmt}", data)
    report = at.session_state["review_report"]
    assert report.structure.recognised
    assert set(report.sections.present) == {"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"}
    assert not [h for h in at.get("html") if "did not understand this plan" in h.value]  # no banner
    codes = Counter(f.code for f in report.findings if f.section == "F")
    assert codes["access_to"] >= 1 and codes["unquantified_therapy"] >= 2
    assert len(report.provisions) >= 30
    assert_review_renders(at)


def test_plan_it_cannot_read_shows_the_banner_and_still_checks_items():
    at = upload("unreadable.txt", UNREADABLE.encode("utf-8"))
    report = at.session_state["review_report"]
    assert not report.structure.recognised
    banner = [h.value for h in at.get("html") if "did not understand this plan" in h.value]
    assert len(banner) == 1 and "sl-alert" in banner[0]  # a plain-text alert, never Markdown
    codes = {f.code for f in report.findings if f.section is None}
    assert {"unquantified_therapy", "access_to"} <= codes
    assert_review_renders(at)
