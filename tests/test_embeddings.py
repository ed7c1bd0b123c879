"""The offline sentence-transformer: loads from the installed package with the hub switched off,
once per process; a plain check never imports torch; the golden thread uses it when asked."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from test_structure import CLASSIC

import ingest
from app.compose import build_checker
from models import embeddings

needs_embed = pytest.mark.skipif(not embeddings.available(), reason="the 'embed' extra is not installed")


def test_a_plain_check_never_imports_torch():
    code = ("import sys, ingest; from app.compose import build_checker; "
            "r = build_checker().check(ingest.load('corpus_samples/plans/plan01_maya_okafor.docx')); "
            "print('torch' in sys.modules, 'sklearn' in sys.modules, len(r.findings))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[:2] == ["False", "False"] and int(out[2]) > 0


@needs_embed
def test_model_loads_offline_once_per_process(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    first = embeddings.model()
    assert embeddings.model() is first
    vecs = embeddings.encode(["Weekly speech and language therapy.", "Daily fine motor practice."])
    assert vecs.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)


@needs_embed
def test_golden_thread_with_embeddings_finds_the_gap():
    doc = ingest.load(CLASSIC.format(status="FINAL").encode(), "plan.txt")
    report = build_checker(use_model=False, thread="embeddings").check(doc)
    thread = report.golden_thread
    assert thread.method == "embeddings+lexical"
    assert [n.text for n in thread.uncovered] == [
        "Tali becomes very anxious at transitions between lessons and sometimes runs out of class."]
    assert all(n.provision and 0 <= n.provision[0].score <= 1.5 for n in thread.needs)
