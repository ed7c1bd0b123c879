"""The learned second opinion on Section F wording: a calibrated TF-IDF + logistic regression model
trained on the project's own labelled sentences (see cards/provision_model.md).

Run time is NumPy only (see textfeatures.py): no scikit-learn, skops or torch import on the path of
a plain check. It implements nlp.ports.SentenceScorer; the nlp model check decides which items it
may speak about and turns its scores into findings.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from nlp.taxonomy import taxonomy

ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "provision_tfidf"  # .json + .npz
MODEL_ID = "model:provision-tfidf@1"


class ProvisionModel:
    id = MODEL_ID

    def __init__(self, tfidf) -> None:
        self.tfidf = tfidf
        self.threshold = float(tfidf.meta["threshold"])
        self.platt = tfidf.meta["platt"]
        self.faults = tfidf.meta["fault_classes"]
        self._codes = set(taxonomy().codes("provision"))

    def score(self, texts: Sequence[str]) -> list[tuple[float, str]]:
        """(calibrated probability of vague, most likely provision fault) for each text; the
        features are computed once for both heads."""
        if not texts:
            return []
        raw = self.tfidf.scores(list(texts), ("vague", "fault"))
        vague, fault = raw["vague"], raw["fault"]
        probs = 1.0 / (1.0 + np.exp(-(self.platt[0] * vague[:, 0] + self.platt[1])))
        codes = [self.faults[int(i)] for i in np.argmax(fault, axis=1)]
        return [(float(p), c if c in self._codes else "unquantified_support") for p, c in zip(probs, codes)]

    def proba(self, texts: list[str]) -> list[float]:
        """Calibrated probability that each text is vague (Platt scaling fitted out of fold)."""
        return [p for p, _ in self.score(texts)]


@lru_cache(maxsize=1)
def load_default() -> ProvisionModel | None:
    """The shipped model, loaded once per process; None if it has not been trained."""
    if not ARTIFACT.with_suffix(".json").exists():
        return None
    from .textfeatures import TfidfModel

    return ProvisionModel(TfidfModel.load(ARTIFACT))
