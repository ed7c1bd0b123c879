"""The layout fuzzer (metamorphic test): a plan means the same whatever its layout, so each sample
plan rendered in another council layout or file format must give exactly the (section, fault,
item) findings of its classic text rendering, and every need, outcome and provision item must land
in its own section.

By default every layout runs in TXT on three plans, and a sample of layouts in DOCX and PDF; set
SENDLENS_FUZZ=full for every plan x layout x format (or run bench/bench_layouts.py, which also
prints section accuracy per layout and format).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus_samples"))

import layouts as L

import ingest
from nlp.checker import Checker

FULL = os.environ.get("SENDLENS_FUZZ") == "full"
LAYOUT_SPECIFIC = frozenset({"need_without_provision"})  # only a per-area table can draw an empty F cell
TXT_PLANS = ["plan01", "plan04", "plan08"]  # classic and per-area source plans, faults in every section
DOCX_LAYOUTS = ["first_person", "separate_lines", "bold_runs", "per_area_rows", "captions_per_area", "e_first_per_area"]
DOCX_PLANS = ["plan02", "plan05"]
PDF_PLANS = ["plan03"]
PDF_LAYOUTS = ["first_person", "part_caps", "running_headers", "contents_page", "h_combined"]


def _sampled(plan: str, layout: str, fmt: str) -> bool:
    if fmt == "txt":
        return plan in TXT_PLANS
    if fmt == "docx":
        return plan in DOCX_PLANS and layout in ("classic", *DOCX_LAYOUTS)
    return plan in PDF_PLANS and layout in ("classic", *PDF_LAYOUTS)


def _cases():
    for m in L.models():
        for lay in L.LAYOUTS:
            for fmt in L.FORMATS:
                if (lay.name, fmt) != ("classic", "txt") and (FULL or _sampled(m.plan_id, lay.name, fmt)):
                    yield pytest.param(m.plan_id, lay.name, fmt, id=f"{m.plan_id}-{lay.name}-{fmt}")


@pytest.fixture(scope="module")
def checker():
    return Checker()


@pytest.fixture(scope="module")
def classic(checker):
    """Each plan's reference findings: its classic layout, as a text file."""
    cache = {}

    def get(plan_id: str):
        if plan_id not in cache:
            m = next(x for x in L.models() if x.plan_id == plan_id)
            doc = ingest.load(L.render(m, L.LAYOUT_BY_NAME["classic"], "txt"), "classic.txt")
            cache[plan_id] = (m, L.finding_keys(doc, checker.check(doc).findings, m.units(), LAYOUT_SPECIFIC))
        return cache[plan_id]
    return get


def test_there_are_at_least_twenty_layouts_of_every_kind():
    assert len(L.LAYOUTS) >= 20
    assert {lay.heading for lay in L.LAYOUTS} >= {"section_colon", "letter_dot", "part_caps", "bracket",
                                                  "separate_lines", "first_person", "numbered_title_letter",
                                                  "caps_section", "parts_decimal"}
    assert {lay.bef for lay in L.LAYOUTS} >= {"classic", "f_table", "f_table4", "per_area", "per_area_cells",
                                              "per_area_rows"}
    assert {lay.order for lay in L.LAYOUTS} == {"alpha", "e_first", "k_first"}
    assert any(lay.contents for lay in L.LAYOUTS) and any(lay.running for lay in L.LAYOUTS)
    assert {lay.table_text for lay in L.LAYOUTS} == {"pipe", "tab", "spaces"}


def test_the_classic_rendering_finds_the_planted_faults(classic):
    _m, keys = classic("plan01")
    codes = {code for _s, code, _u in keys}
    assert {"access_to", "unquantified_therapy", "opportunities_for", "small_group_undefined"} <= codes
    assert all(section == "F" for section, code, _u in keys if code == "access_to")


@pytest.mark.parametrize("plan_id,layout,fmt", list(_cases()))
def test_every_layout_gives_the_classic_findings(plan_id, layout, fmt, checker, classic):
    m, expected = classic(plan_id)
    data = L.render(m, L.LAYOUT_BY_NAME[layout], fmt)
    doc = ingest.load(data, f"{plan_id}_{layout}.{fmt}")
    report = checker.check(doc)
    assert report.structure.recognised, report.structure.reason
    right, total = L.section_accuracy(doc, report.sections, m.units())
    assert total >= 0.95 * sum(1 for u in m.units() if u.kind in ("need", "outcome", "provision"))
    assert right == total, f"{total - right} of {total} items in the wrong section"
    got = L.finding_keys(doc, report.findings, m.units(), LAYOUT_SPECIFIC)
    assert got == expected, {"missing": sorted(expected - got, key=str), "extra": sorted(got - expected, key=str)}
