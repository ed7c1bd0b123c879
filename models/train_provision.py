"""Chooses, trains and documents the Section F provision model (the learned second opinion).

    python -m models.train_provision                  # voice-disjoint comparison, ship the best, write the card
    python -m models.train_provision --no-embeddings  # leave out the MiniLM (torch) candidate
    python -m models.train_provision --distill        # re-distil the static embedding first (needs model2vec)

Data: every Section F row of the project corpus (voice "project") and of the twelve voice corpora
(models/data/voices/), never ../shared/eval. Selection is voice-disjoint: each voice in turn is held
out whole (leave-one-voice-out, the project corpus counting as one voice); inside the remaining
voices a GroupKFold by voice gives out-of-fold scores on which the Platt calibration and the
threshold are fitted, so nothing about the held-out voice is seen. The system measured is the one
that runs: "rules OR model", where the model speaks only about items the checker would hand it
(found by running the checker with a probe scorer), per section B, E, F, G/H.

Candidates: (a) TF-IDF + logistic regression; (b) logistic regression on MiniLM sentence
embeddings (needs torch at run time, so measured but never shipped); (c) logistic regression on a
static embedding distilled from the same MiniLM with model2vec (NumPy at run time). The torch-free
candidate with the best mean per-voice Section F F1 ships.
"""
from __future__ import annotations

import json
import platform
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline

from .card_provision import CARD, NAMES, card
from .corpus import LATE_VOICES, read_all, row_findings
from .metrics import SECTION_GROUPS, by_section, prf
from .provision_model import ARTIFACT, MODEL_ID, STATIC_ARTIFACT, STATIC_MODEL_ID
from .textfeatures import TfidfModel, analyse, save_npz

SEED = 0
C = 4.0
METRICS = ARTIFACT.parent / "provision_metrics.json"
TORCH_FREE = ("tfidf", "static")


def vectorizer():
    return TfidfVectorizer(analyzer=analyse, min_df=2, sublinear_tf=True)


def make_tfidf():
    return make_pipeline(vectorizer(), LogisticRegression(C=C, max_iter=2000, class_weight="balanced"))


def make_dense():
    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced")


class _Probe:
    """A scorer that says 'vague' to everything it is asked about: tells which rows the model check
    would be allowed to speak about."""

    id = "probe"
    threshold = 0.0

    def score(self, texts):
        return [(1.0, "unquantified_support")] * len(texts)


def probe(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """(rules flag, model-eligible) per row; each voice is checked as one plan."""
    from nlp.checker import Checker

    checker = Checker(scorer=_Probe())
    rules, eligible = np.zeros(len(rows), bool), np.zeros(len(rows), bool)
    for voice in dict.fromkeys(r["voice"] for r in rows):
        idx = [i for i, r in enumerate(rows) if r["voice"] == voice]
        for i, found in zip(idx, row_findings([rows[i] for i in idx], checker)):
            rules[i] = any(f.source != "probe" for f in found)
            eligible[i] = any(f.source == "probe" for f in found)
    return rules, eligible


def _take(X, idx):
    return [X[i] for i in idx] if isinstance(X, list) else X[idx]


def _platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    lr = LogisticRegression(C=1e6, max_iter=1000).fit(scores.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def _sigmoid(scores: np.ndarray, ab: tuple[float, float]) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(ab[0] * scores + ab[1])))


def group_oof(make, X, y, groups, n_splits: int = 4) -> np.ndarray:
    """Out-of-fold decision scores, folds made of whole voices."""
    out = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=min(n_splits, len(set(groups)))).split(np.zeros(len(y)), y, groups):
        out[test] = make().fit(_take(X, train), y[train]).decision_function(_take(X, test))
    return out


def choose_threshold(y, rules, eligible, proba) -> float:
    """The threshold giving 'rules OR model' its best F1 with precision at most 0.02 below the rules'
    own (ties go to the higher threshold); 1.01 (never speak) if none beats the rules."""
    base = prf(y, rules)
    best, best_f1 = 1.01, base["f1"]
    for t in np.arange(0.99, 0.295, -0.01):
        m = prf(y, rules | (eligible & (proba >= t)))
        if m["precision"] >= base["precision"] - 0.02 and m["f1"] > best_f1 + 1e-9:
            best, best_f1 = float(round(t, 2)), m["f1"]
    return best


def calibrate_and_threshold(make, X, y, groups, rules, eligible):
    """Platt scaling and threshold, both fitted on voice-disjoint out-of-fold scores."""
    oof = group_oof(make, X, y, groups)
    ab = _platt(oof, y)
    return ab, choose_threshold(y, rules, eligible, _sigmoid(oof, ab))


def leave_one_voice_out(make, X, y, groups, rules, eligible) -> dict:
    """Held-out probability, model flag and threshold for every row, each voice held out in turn."""
    proba, flag, thresholds = np.zeros(len(y)), np.zeros(len(y), bool), {}
    for g in sorted(set(groups)):
        test, train = np.flatnonzero(groups == g), np.flatnonzero(groups != g)
        ab, t = calibrate_and_threshold(make, _take(X, train), y[train], groups[train], rules[train], eligible[train])
        model = make().fit(_take(X, train), y[train])
        proba[test] = _sigmoid(model.decision_function(_take(X, test)), ab)
        flag[test] = eligible[test] & (proba[test] >= t)
        thresholds[g] = t
    return {"proba": proba, "flag": flag, "thresholds": thresholds}


def pools(rows: list[dict]) -> dict[str, list[int]]:
    voices = [v for v in dict.fromkeys(r["voice"] for r in rows) if v != "project"]
    late = [v for v in voices if v in LATE_VOICES]
    idx = {"all 13 held-out voices": range(len(rows)),
           "twelve voices": [i for i, r in enumerate(rows) if r["voice"] != "project"],
           "second six (written after rules tuned)": [i for i, r in enumerate(rows) if r["voice"] in late],
           "project corpus": [i for i, r in enumerate(rows) if r["voice"] == "project"]}
    return {k: list(v) for k, v in idx.items()}


def summarise(rows, flags) -> dict:
    flags = np.asarray(flags, bool)
    per_pool = {name: by_section([rows[i] for i in idx], flags[idx]) for name, idx in pools(rows).items()}
    voices = list(dict.fromkeys(r["voice"] for r in rows))
    per_voice = {}
    for v in voices:
        idx = [i for i, r in enumerate(rows) if r["voice"] == v]
        per_voice[v] = by_section([rows[i] for i in idx], flags[idx])
    macro_f = float(np.mean([per_voice[v]["F"]["f1"] for v in voices]))
    return {"pooled": per_pool, "per_voice": per_voice, "macro_F_f1": round(macro_f, 3)}


def features(name: str, texts: list[str], distill: bool):
    if name == "tfidf":
        return texts
    if name == "minilm":
        from . import embeddings

        return embeddings.encode(texts)
    from . import static_embeddings as se

    if distill or not se.STEM.with_suffix(".npz").exists():
        se.distill()
    return se.StaticEmbedder.load().encode(texts)


def fit_runtime(name: str, X, y, groups, rules, eligible, texts, fault_rows, trained_on) -> dict:
    """Fits the shipped model on every row and writes it as data (JSON + .npz) for the NumPy run time."""
    make = make_tfidf if name == "tfidf" else make_dense
    ab, threshold = calibrate_and_threshold(make, X, y, groups, rules, eligible)
    fault_idx = [i for i, (r, v) in enumerate(zip(fault_rows, y)) if v and r["fault"]]
    fault_labels = [fault_rows[i]["fault"] for i in fault_idx]
    meta = {"version": 2 if name == "tfidf" else 1, "threshold": threshold, "platt": [ab[0], ab[1]],
            "trained_on": trained_on, "rows": len(y), "vague": int(y.sum())}
    if name == "tfidf":
        vec = vectorizer().fit(texts)
        Xt = vec.transform(texts)
        lr = make_dense().fit(Xt, y)
        fault = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(Xt[fault_idx], fault_labels)
        meta |= {"model": "provision-tfidf", "fault_classes": [str(c) for c in fault.classes_],
                 "vocabulary": [f for f, _ in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])]}
        TfidfModel.save(ARTIFACT, meta, {"idf": vec.idf_, "vague_coef": lr.coef_, "vague_intercept": lr.intercept_,
                                         "fault_coef": fault.coef_, "fault_intercept": fault.intercept_})
        stale = STATIC_ARTIFACT
    else:
        lr = make_dense().fit(X, y)
        fault = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(X[fault_idx], fault_labels)
        meta |= {"model": "provision-static", "fault_classes": [str(c) for c in fault.classes_],
                 "features": "models/artifacts/minilm_static (mean of static token vectors, L2-normalised)"}
        STATIC_ARTIFACT.with_suffix(".json").write_text(json.dumps(meta, sort_keys=True), encoding="utf-8")
        save_npz(STATIC_ARTIFACT.with_suffix(".npz"), {"vague_coef": lr.coef_, "vague_intercept": lr.intercept_,
                                                       "fault_coef": fault.coef_, "fault_intercept": fault.intercept_})
        stale = ARTIFACT
    for suffix in (".json", ".npz"):
        stale.with_suffix(suffix).unlink(missing_ok=True)
    return {"threshold": threshold, "platt": [round(ab[0], 4), round(ab[1], 4)]}


def main(argv: list[str] | None = None) -> int:
    args = set(argv if argv is not None else sys.argv[1:])
    from . import embeddings, provision_model

    rows = read_all()
    started = time.perf_counter()
    rules_all, eligible_all = probe(rows)
    f_idx = np.array([i for i, r in enumerate(rows) if r["section"] == "F"])
    frows = [rows[i] for i in f_idx]
    texts = [r["text"] for r in frows]
    y = np.array([r["label"] == "vague" for r in frows])
    groups = np.array([r["voice"] for r in frows])
    rules, eligible = rules_all[f_idx], eligible_all[f_idx]

    results: dict = {"data": {}, "rules": summarise(rows, rules_all), "models": {},
                     "probe_seconds": round(time.perf_counter() - started, 1)}
    for v in dict.fromkeys(r["voice"] for r in rows):
        vr = [r for r in rows if r["voice"] == v]
        results["data"][v] = {"rows": len(vr), "F_rows": sum(r["section"] == "F" for r in vr),
                              "F_vague": sum(r["section"] == "F" and r["label"] == "vague" for r in vr),
                              "late": v in LATE_VOICES}
    candidates = ["tfidf", "static"]
    if "--no-embeddings" not in args and embeddings.available():
        candidates.insert(1, "minilm")
    feats = {}
    for name in candidates:
        started = time.perf_counter()
        try:
            X = features(name, texts, "--distill" in args)
        except ImportError as err:
            results["models"][name] = f"not run: {err}"
            continue
        enc = time.perf_counter() - started
        cv = leave_one_voice_out(make_tfidf if name == "tfidf" else make_dense, X, y, groups, rules, eligible)
        flags = rules_all.copy()
        flags[f_idx] |= cv["flag"]
        results["models"][name] = {**summarise(rows, flags), "model_alone_F@0.5": prf(y, cv["proba"] >= 0.5),
                                   "thresholds": cv["thresholds"], "features_seconds": round(enc, 1),
                                   "cv_seconds": round(time.perf_counter() - started - enc, 1)}
        feats[name] = X
        print(f"{NAMES[name]}: mean per-voice F F1 {results['models'][name]['macro_F_f1']}", file=sys.stderr)

    measured = [n for n in TORCH_FREE if isinstance(results["models"].get(n), dict)]
    best = max(measured, key=lambda n: (results["models"][n]["macro_F_f1"], n == "tfidf"))
    gain = results["models"][best]["macro_F_f1"] - results["rules"]["macro_F_f1"]
    results["decision"] = {"ships": best if gain > 0 else None, "criterion":
                           "torch-free candidate with the best mean per-voice Section F F1 (rules OR model)",
                           "gain_over_rules_macro_F_f1": round(gain, 3)}
    if gain > 0:
        results["shipped"] = fit_runtime(best, feats[best], y, groups, rules, eligible, texts, frows,
                                         sorted(set(groups)))
    else:
        for stem in (ARTIFACT, STATIC_ARTIFACT):
            for suffix in (".json", ".npz"):
                stem.with_suffix(suffix).unlink(missing_ok=True)
    from .manifest import write_manifest

    write_manifest()  # the folder now holds exactly the shipped artefacts
    provision_model.load_default.cache_clear()
    results["environment"] = {"python": platform.python_version(), "platform": platform.platform()}
    METRICS.write_text(json.dumps(results, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    write_card(results)
    print(render(results))
    return 0


def render(r: dict) -> str:
    """The per-section table: every system, pooled over all held-out voices and over the late six."""
    cols = [*SECTION_GROUPS, "all"]
    systems = [("rules alone", r["rules"])] + [(f"rules OR {NAMES[n]}", m) for n, m in r["models"].items()
                                               if isinstance(m, dict)]
    out = []
    for pool in ("all 13 held-out voices", "second six (written after rules tuned)"):
        out.append(f"\nF1 of 'vague' per section, voice-disjoint, pooled over {pool}:")
        out.append(f"{'system':<48}" + "".join(f"{c:>8}" for c in cols) + f"{'mean F1 of F per voice':>25}")
        for name, m in systems:
            out.append(f"{name:<48}" + "".join(f"{m['pooled'][pool].get(c, {}).get('f1', float('nan')):>8.3f}"
                                               for c in cols) + f"{m['macro_F_f1']:>25.3f}")
    out.append(f"\ndecision: {r['decision']}")
    return "\n".join(out)


def write_card(r: dict) -> None:
    CARD.parent.mkdir(parents=True, exist_ok=True)
    CARD.write_text(card(r, NAMES, MODEL_ID, STATIC_MODEL_ID), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
