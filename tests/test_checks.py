"""The checker's one interface: every check's findings pass through the same disable, severity
floor, dedupe and sort, and every finding says why it exists."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import ingest
from app.compose import build_checker
from nlp.checker import Checker
from nlp.findings import Finding

PLANS = sorted(Path("corpus_samples/plans").glob("plan0[1-4]*.docx"))


@pytest.fixture(scope="module")
def docs():
    return [ingest.load(p) for p in PLANS]


@pytest.fixture(scope="module")
def baseline(docs) -> list[Finding]:
    checker = build_checker(thread="lexical")
    return [f for d in docs for f in checker.check(d).findings]


def test_the_sample_plans_exercise_every_kind_of_check(baseline):
    checks = {f.explanation.check for f in baseline}
    assert {"wording", "cop9.69", "model", "structure"} <= checks


def test_disable_silences_a_code_from_every_check(docs, baseline):
    by_code: dict[str, set[str]] = {}
    for f in baseline:
        by_code.setdefault(f.code, set()).add(f.explanation.check)
    # the codes that more than one check produces are the ones a per-branch filter used to miss
    shared = [c for c, checks in by_code.items() if len(checks) > 1]
    model_codes = [c for c, checks in by_code.items() if "model" in checks]
    assert shared and model_codes
    for code in set(shared) | set(model_codes):
        checker = build_checker(thread="lexical", disabled={code})
        left = [f for d in docs for f in checker.check(d).findings if f.code == code]
        assert left == [], f"--disable {code} left {[(f.explanation.check, f.text) for f in left]}"


def test_disable_by_rule_id_keeps_other_rules_of_the_same_code():
    doc = ingest.load(b"Section F: Special educational provision\n"
                      b"- Ellie will have access to a quiet workspace.\n"
                      b"- A laptop will be available to him for written work.\n", "p.txt")
    codes = [f.code for f in Checker().check(doc).findings]
    assert codes.count("access_to") == 2
    codes = [f.code for f in Checker(disabled={"access-to"}).check(doc).findings]
    assert "access_to" not in codes


def test_min_severity_is_applied_once_to_every_check(docs):
    for f in build_checker(thread="lexical", min_severity="error").check(docs[0]).findings:
        assert f.severity == "error"


def test_a_softened_finding_names_the_elements_that_softened_it():
    doc = ingest.load(b"Section F: Special educational provision\n"
                      b"- Daily access to a sensory circuit for 10 minutes.\n", "p.txt")
    (f,) = [f for f in Checker().check(doc).findings if f.code == "access_to"]
    assert f.severity == "suggestion"
    assert f.explanation.original_severity == "error"
    assert f.explanation.softened_by == ("quantified",)
    assert f.explanation.pattern == "access-to#1"
    assert "quantified" in f.explanation.note


def test_every_finding_in_the_json_has_an_explanation():
    plan = "corpus_samples/plans/plan02_callum_dempsey.docx"
    out = subprocess.run([sys.executable, "-m", "app.cli", "check", plan, "--format", "json", "--thread", "lexical"],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 1, out.stderr
    findings = json.loads(out.stdout)["findings"]
    assert findings
    for f in findings:
        ex = f["explanation"]
        assert ex["check"] in {"wording", "cop9.69", "outcomes", "needs", "model", "structure", "golden_thread"}
        assert ex["source"] == f["source"]
        assert 0.0 <= ex["score"] <= 1.0


def test_the_checker_takes_any_scorer_that_speaks_the_interface():
    class Always:
        id = "model:test@1"
        threshold = 0.5

        def score(self, texts):
            return [(0.9, "unquantified_support") for _ in texts]

    doc = ingest.load(b"Section F: Special educational provision\n"
                      b"- Three 30-minute sessions a week of phonics, delivered by the class teacher.\n", "p.txt")
    plain = Checker().check(doc).findings
    assert not [f for f in plain if f.source == "model:test@1"]
    found = [f for f in Checker(scorer=Always()).check(doc).findings if f.source == "model:test@1"]
    assert len(found) == 1 and found[0].explanation.check == "model" and found[0].score == 0.9
    assert [f for f in Checker(scorer=Always(), disabled={"unquantified_support"}).check(doc).findings
            if f.source == "model:test@1"] == []
