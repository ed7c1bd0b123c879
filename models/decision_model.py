"""The learned second opinion on tribunal decisions: TF-IDF + logistic regression classifiers for
appeal types and drafting issues, trained on the project's fictional decisions (First-tier, Upper
Tribunal and statement-era; corpus_samples/decisions). How they combine with the rules, and whether
they are used at all, is chosen by style-disjoint cross-validation and stored with the model; see
cards/decision_model.md.

Run time is NumPy only: the artefact is data (decision_tfidf.json + .npz, see textfeatures.py), so
`sendlens decision` and every batch worker load it in milliseconds without scikit-learn, skops or torch.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "decision_tfidf"  # .json + .npz
MODEL_ID = "model:decision-tfidf@2"
TASKS = ("appeal_types", "drafting_issues")


class DecisionModel:
    def __init__(self, tfidf) -> None:
        self.tfidf = tfidf
        self.tasks = tfidf.meta["tasks"]  # task -> {"labels": [...], "strategy": str, "threshold": float}

    def proba(self, task: str, text: str) -> dict[str, float]:
        scores = self.tfidf.scores([text], task)[0]
        return {lab: float(p) for lab, p in zip(self.tasks[task]["labels"], 1.0 / (1.0 + np.exp(-scores)))}

    def _merge(self, task: str, text: str, labels: list):
        from nlp.decisions import Label

        part = self.tasks[task]
        strategy, threshold = part["strategy"], part["threshold"]
        if strategy == "rules" or (strategy == "fill" and labels):
            return labels
        have = {x.value for x in labels}
        out = list(labels)
        for value, p in sorted(self.proba(task, text).items(), key=lambda kv: -kv[1]):
            if p >= threshold and value not in have:
                out.append(Label(value, round(p, 3), MODEL_ID, []))
        return out

    def merge_appeal_types(self, text: str, labels: list) -> list:
        return self._merge("appeal_types", text, labels)

    def merge_drafting(self, text: str, labels: list) -> list:
        return self._merge("drafting_issues", text, labels)


@lru_cache(maxsize=1)
def load_default() -> DecisionModel | None:
    """The shipped model, loaded once per process; None if it has not been trained."""
    if not ARTIFACT.with_suffix(".json").exists():
        return None
    from .textfeatures import TfidfModel

    return DecisionModel(TfidfModel.load(ARTIFACT))
