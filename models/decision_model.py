"""The learned second opinion on tribunal decisions: TF-IDF + logistic regression classifiers for
appeal types and drafting issues, trained on the project's fictional decisions
(corpus_samples/decisions). How they combine with the rules (and whether they are used at all) is
chosen by cross-validation and stored with the model; see cards/decision_model.md."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "decision_tfidf.skops"
MODEL_ID = "model:decision-tfidf@1"


class DecisionModel:
    def __init__(self, bundle: dict) -> None:
        self.bundle = bundle

    def _proba(self, task: str, text: str) -> dict[str, float]:
        part = self.bundle[task]
        probs = part["model"].predict_proba([text])[0]
        return {label: float(p) for label, p in zip(part["labels"], probs)}

    def _merge(self, task: str, text: str, labels: list):
        from nlp.decisions import Label

        part = self.bundle[task]
        strategy, threshold = part["strategy"], part["threshold"]
        if strategy == "rules":
            return labels
        proba = self._proba(task, text)
        have = {x.value for x in labels}
        out = list(labels)
        if strategy == "union" or (strategy == "fill" and not labels):
            for value, p in sorted(proba.items(), key=lambda kv: -kv[1]):
                if p >= threshold and value not in have:
                    out.append(Label(value, round(p, 3), MODEL_ID, []))
        return out

    def merge_appeal_types(self, text: str, labels: list) -> list:
        return self._merge("appeal_types", text, labels)

    def merge_drafting(self, text: str, labels: list) -> list:
        return self._merge("drafting_issues", text, labels)


@lru_cache(maxsize=1)
def load_default() -> DecisionModel | None:
    if not ARTIFACT.exists():
        return None
    from . import skops_io

    return DecisionModel(skops_io.load(ARTIFACT))
