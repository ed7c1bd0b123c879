"""The learned second opinion on Section F wording: a calibrated TF-IDF + logistic regression model
trained on the project's own labelled sentences (see cards/provision_model.md).

It only speaks about items no rule has flagged, reports its own source and a calibrated
probability, and names the fault its fault classifier finds most likely. Loaded with skops, which
refuses untrusted types; no torch on this path.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from nlp.findings import Finding
from nlp.taxonomy import taxonomy

ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "provision_tfidf.skops"
MODEL_ID = "model:provision-tfidf@1"
ITEM_CODES = {"access_to", "opportunities_for", "as_appropriate", "as_required", "regular_unquantified",
              "up_to_or_equivalent", "non_committal", "examples_not_commitment", "delegated_to_setting",
              "unilateral_change", "ordinary_provision", "funding_not_provision", "unquantified_support",
              "unquantified_therapy", "unspecified_staff", "unspecified_programme", "small_group_undefined",
              "transport_in_f"}


class ProvisionModel:
    def __init__(self, bundle: dict) -> None:
        self.vague = bundle["vague"]
        self.fault = bundle["fault"]
        self.threshold = float(bundle["threshold"])

    def proba(self, texts: list[str]) -> list[float]:
        if not texts:
            return []
        return [float(p) for p in self.vague.predict_proba(texts)[:, 1]]

    def fault_of(self, texts: list[str]) -> list[str]:
        return [str(x) for x in self.fault.predict(texts)] if texts else []

    def findings(self, doc, items, existing: list[Finding]) -> list[Finding]:
        flagged = [(f.start, f.end) for f in existing if f.start != f.end]
        todo = [it for it in items if not any(s < it.end and e > it.start for s, e in flagged)]
        texts = [doc.text[it.start:it.end] for it in todo]
        out = []
        for item, text, p, code in zip(todo, texts, self.proba(texts), self.fault_of(texts)):
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


@lru_cache(maxsize=1)
def load_default() -> ProvisionModel | None:
    """The shipped model, loaded once per process; None if it has not been trained."""
    if not ARTIFACT.exists():
        return None
    import skops.io as sio

    trusted = sio.get_untrusted_types(file=ARTIFACT)
    allowed = [t for t in trusted if t.startswith(("sklearn.", "numpy.", "scipy.", "builtins."))]
    if set(trusted) - set(allowed):
        raise RuntimeError(f"{ARTIFACT}: refusing untrusted types {sorted(set(trusted) - set(allowed))}")
    return ProvisionModel(sio.load(ARTIFACT, trusted=allowed))
