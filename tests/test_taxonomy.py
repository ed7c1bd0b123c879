"""The packaged taxonomy speaks the same ids as the shared contract."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nlp.taxonomy import taxonomy

SHARED = Path(__file__).resolve().parents[2] / "shared" / "taxonomy.yaml"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not checked out beside the project")
def test_ids_match_shared_taxonomy():
    shared = yaml.safe_load(SHARED.read_text(encoding="utf-8"))
    ours = taxonomy()
    assert set(ours.sections) == set(shared["sections"])
    assert set(ours.faults) == set(shared["faults"])
    assert set(ours.appeal_types) == set(shared["appeal_types"])
    assert set(ours.outcomes) == set(shared["outcomes"])
    for code, fault in shared["faults"].items():
        assert ours.faults[code].family == fault["family"], code
        assert ours.faults[code].severity == fault["severity"], code


def test_every_fault_explains_itself():
    for fault in taxonomy().faults.values():
        assert fault.message and fault.suggestion and fault.basis
