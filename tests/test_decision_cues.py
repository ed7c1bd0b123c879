"""The decision cue file is data with a schema: its examples are read as their labels, and a broken
file is refused with a message naming it."""
from __future__ import annotations

import copy

import pytest
import yaml

from ingest import load
from nlp.decision_cues import CueError, parse, resources
from nlp.decision_cues import load as load_cues
from nlp.decisions import DecisionAnalyser

RAW = yaml.safe_load(resources.files("nlp").joinpath("data/decision_cues.yaml").read_text("utf-8"))


def _examples(kind: str):
    for label, sentences in RAW["examples"][kind].items():
        for sentence in sentences:
            yield pytest.param(label, sentence, id=f"{label}:{sentence[:30]}")


@pytest.mark.parametrize("label, sentence", list(_examples("outcomes")))
def test_outcome_examples_are_read_as_their_outcome(label, sentence):
    cues = load_cues()["outcomes"][label]
    assert any(c.regex.search(sentence) for c in cues)
    doc = load(f"DECISION\n\n{sentence}\n".encode(), "d.txt")
    assert DecisionAnalyser().analyse(doc).outcome.value == label


@pytest.mark.parametrize("label, sentence", list(_examples("appeal_types")))
def test_appeal_type_examples_are_read_as_their_type(label, sentence):
    cues = load_cues()["appeal_types"][label]
    assert any(c.regex.search(sentence) for c in cues["subject"] + cues["mention"])


def test_weights_are_explicit_not_positional():
    allowed = load_cues()["outcomes"]["allowed"]
    assert {c.weight for c in allowed} == {1.0, 0.5}
    reordered = copy.deepcopy(RAW)
    reordered["outcomes"]["allowed"].reverse()
    weights = {c.regex.pattern: c.weight for c in parse(reordered)["outcomes"]["allowed"]}
    assert weights == {c.regex.pattern: c.weight for c in allowed}


@pytest.mark.parametrize("edit, message", [
    (lambda r: r.update(colour="red"), "unknown key"),
    (lambda r: r["outcomes"].update(won=["x"]), "not in the taxonomy"),
    (lambda r: r["appeal_types"]["contents"].update(strong=["x"]), "only 'subject' and 'mention'"),
    (lambda r: r["outcomes"]["allowed"].append({"pattern": "(", "weight": 1}), "bad regex"),
    (lambda r: r["outcomes"]["allowed"].append({"pattern": "x", "weight": -1}), "weight"),
])
def test_a_broken_cue_file_is_refused_with_the_file_named(edit, message):
    raw = copy.deepcopy(RAW)
    edit(raw)
    with pytest.raises(CueError, match=message) as err:
        parse(raw)
    assert "decision_cues.yaml" in str(err.value)
