"""The learned second opinion on Section F wording: a calibrated logistic regression over either
TF-IDF features or static MiniLM-distilled sentence embeddings, whichever generalised better across
drafting voices (see cards/provision_model.md and models/train_provision.py).

Run time is NumPy only (textfeatures.py, static_embeddings.py): no scikit-learn, skops, torch or
tokenizer library on the path of a plain check. It implements nlp.ports.SentenceScorer; the nlp
model check decides which items it may speak about and turns its scores into findings.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from nlp.taxonomy import taxonomy

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARTIFACT = ARTIFACTS / "provision_tfidf"  # .json + .npz: TF-IDF features
STATIC_ARTIFACT = ARTIFACTS / "provision_static"  # .json + .npz: heads over static embeddings
MODEL_ID = "model:provision-tfidf@2"
STATIC_MODEL_ID = "model:provision-static@1"

Heads = Callable[[list[str]], tuple[np.ndarray, np.ndarray]]


class ProvisionModel:
    """(calibrated probability of vague, most likely provision fault) per text."""

    def __init__(self, id: str, meta: dict, heads: Heads) -> None:
        self.id = id
        self.meta = meta
        self.heads = heads
        self.threshold = float(meta["threshold"])
        self.platt = meta["platt"]
        self.faults = meta["fault_classes"]
        self.trained_on = meta.get("trained_on", ["project"])
        self._codes = set(taxonomy().codes("provision"))

    def score(self, texts: Sequence[str]) -> list[tuple[float, str]]:
        if not texts:
            return []
        vague, fault = self.heads(list(texts))
        probs = 1.0 / (1.0 + np.exp(-(self.platt[0] * vague[:, 0] + self.platt[1])))
        codes = [self.faults[int(i)] for i in np.argmax(fault, axis=1)]
        return [(float(p), c if c in self._codes else "unquantified_support") for p, c in zip(probs, codes)]

    def proba(self, texts: list[str]) -> list[float]:
        return [p for p, _ in self.score(texts)]


def _two_heads(scores: dict) -> tuple[np.ndarray, np.ndarray]:
    return scores["vague"], scores["fault"]


def load_tfidf(stem: Path = ARTIFACT) -> ProvisionModel:
    from .textfeatures import TfidfModel

    tfidf = TfidfModel.load(stem)
    return ProvisionModel(MODEL_ID, tfidf.meta, lambda texts: _two_heads(tfidf.scores(texts, ("vague", "fault"))))


def load_static(stem: Path = STATIC_ARTIFACT) -> ProvisionModel:
    from .manifest import ArtefactError, load_verified
    from .static_embeddings import StaticEmbedder

    meta, a = load_verified(stem)  # checked against the SHA-256 manifest before use
    embedder = StaticEmbedder.load()
    for head in ("vague", "fault"):
        coef, bias = a.get(f"{head}_coef"), a.get(f"{head}_intercept")
        if coef is None or bias is None or coef.ndim != 2 or coef.shape[1] != embedder.dim \
                or bias.shape != (coef.shape[0],):
            raise ArtefactError(stem.with_suffix(".npz"), f"has no '{head}' head of {embedder.dim} inputs.")

    def heads(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        X = embedder.encode(texts)
        return X @ a["vague_coef"].T + a["vague_intercept"], X @ a["fault_coef"].T + a["fault_intercept"]

    return ProvisionModel(STATIC_MODEL_ID, meta, heads)


@lru_cache(maxsize=1)
def load_default() -> ProvisionModel | None:
    """The shipped model (training leaves exactly one kind), loaded once per process; None if none
    has been trained."""
    if STATIC_ARTIFACT.with_suffix(".json").exists():
        return load_static(STATIC_ARTIFACT)
    if ARTIFACT.with_suffix(".json").exists():
        return load_tfidf(ARTIFACT)
    return None
