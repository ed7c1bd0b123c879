"""The learned second opinion on Section F wording: a calibrated TF-IDF + logistic regression model
trained on the project's own labelled sentences (see cards/provision_model.md).

Run time is NumPy only (see textfeatures.py): no scikit-learn, skops or torch import on the path of
a plain check. It only speaks about items no rule has flagged, reports its own source and a calibrated
probability, and names the fault its fault classifier finds most likely.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from nlp.findings import Finding
from nlp.provisions import NARRATIVE
from nlp.taxonomy import taxonomy

ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "provision_tfidf"  # .json + .npz
MODEL_ID = "model:provision-tfidf@1"
ITEM_CODES = {"access_to", "opportunities_for", "as_appropriate", "as_required", "regular_unquantified",
              "up_to_or_equivalent", "non_committal", "examples_not_commitment", "delegated_to_setting",
              "unilateral_change", "ordinary_provision", "funding_not_provision", "unquantified_support",
              "unquantified_therapy", "unspecified_staff", "unspecified_programme", "small_group_undefined",
              "transport_in_f"}


class ProvisionModel:
    def __init__(self, tfidf) -> None:
        self.tfidf = tfidf
        self.threshold = float(tfidf.meta["threshold"])
        self.platt = tfidf.meta["platt"]
        self.faults = tfidf.meta["fault_classes"]

    def proba(self, texts: list[str]) -> list[float]:
        """Calibrated probability that each text is vague (Platt scaling fitted out of fold)."""
        return self.predict(texts)[0]

    def fault_of(self, texts: list[str]) -> list[str]:
        return self.predict(texts)[1]

    def predict(self, texts: list[str]) -> tuple[list[float], list[str]]:
        """(probabilities, most likely faults): each text's features are computed once for both heads."""
        if not texts:
            return [], []
        raw = self.tfidf.scores(texts, ("vague", "fault"))
        vague, fault = raw["vague"][:, 0], raw["fault"]
        probs = [float(1.0 / (1.0 + np.exp(-(self.platt[0] * r + self.platt[1])))) for r in vague]
        return probs, [self.faults[int(i)] for i in np.argmax(fault, axis=1)]

    def findings(self, doc, items, existing: list[Finding]) -> list[Finding]:
        flagged = [(f.start, f.end) for f in existing if f.start != f.end]
        todo = [it for it in items if not any(s < it.end and e > it.start for s, e in flagged)
                and _looks_like_provision(doc.text[it.start:it.end], it.kind)]
        texts = [doc.text[it.start:it.end] for it in todo]
        out = []
        probs, codes = self.predict(texts)
        for item, text, p, code in zip(todo, texts, probs, codes):
            if p < self.threshold:
                continue
            code = code if code in ITEM_CODES else "unquantified_support"
            fault = taxonomy().faults[code]
            out.append(Finding(
                code=code, severity="warning", section=item.section, start=item.start, end=item.end, text=text,
                message=f"No rule names a fault here, but sendlens's model reads this provision as unenforceable "
                        f"(probability {p:.2f}); most like: {fault.title.lower()}. {fault.message}",
                suggestion=fault.suggestion, basis=fault.basis, score=round(p, 3), source=MODEL_ID))
        return out


def _looks_like_provision(text: str, kind: str) -> bool:
    """The model was trained on provision items; keep it off introductions and narrative."""
    if NARRATIVE.search(text):
        return False
    return kind in ("list_item", "table_row", "table_cell", "fields") or len(text.split()) <= 40


@lru_cache(maxsize=1)
def load_default() -> ProvisionModel | None:
    """The shipped model, loaded once per process; None if it has not been trained."""
    if not ARTIFACT.with_suffix(".json").exists():
        return None
    from .textfeatures import TfidfModel

    return ProvisionModel(TfidfModel.load(ARTIFACT))
