"""Every example of every rule in every built-in pack: flags must be flagged with the rule's code,
passes must not be. Adding a phrase to a pack adds its test."""
from __future__ import annotations

import pytest

from ingest import load
from nlp.checker import Checker
from nlp.rulepack import builtin_pack_paths, load_pack

RULES = [rule for path in builtin_pack_paths() for rule in load_pack(path).rules]
CASES = [(rule, "flag", ex) for rule in RULES for ex in rule.flag_examples] + \
        [(rule, "pass", ex) for rule in RULES for ex in rule.pass_examples]
HEADINGS = {"B": "Section B: Special educational needs", "E": "Section E: Outcomes",
            "F": "Section F: Special educational provision", "G": "Section G: Health provision",
            "I": "Section I: Placement", "C": "Section C: Health needs", "A": "Section A: Views"}


@pytest.fixture(scope="module")
def checker():
    return Checker()


def _codes_on_item(checker, section: str, sentence: str) -> set[str]:
    text = f"{HEADINGS[section]}\n\n- {sentence}\n"
    report = checker.check(load(text.encode(), "example.txt"))
    start = text.index(sentence)
    return {f.code for f in report.findings if f.start < start + len(sentence) and f.end > start}


@pytest.mark.parametrize("rule,kind,example", CASES, ids=[f"{r.id}-{k}-{i}" for i, (r, k, _) in enumerate(CASES)])
def test_rule_example(checker, rule, kind, example):
    codes = _codes_on_item(checker, rule.sections[0], example)
    if kind == "flag":
        assert rule.code in codes, f"{rule.id} should flag: {example!r} (got {sorted(codes)})"
    else:
        assert rule.code not in codes, f"{rule.id} should pass: {example!r} (got {sorted(codes)})"


def test_every_wording_fault_has_a_rule():
    wording = {"access_to", "opportunities_for", "as_appropriate", "as_required", "regular_unquantified",
               "up_to_or_equivalent", "non_committal", "examples_not_commitment", "delegated_to_setting",
               "unilateral_change", "ordinary_provision", "funding_not_provision"}
    assert wording <= {r.code for r in RULES}


def test_every_rule_has_examples_both_ways():
    for rule in RULES:
        assert rule.flag_examples, rule.id
