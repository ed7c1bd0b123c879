"""Trains and evaluates the decision classifiers (appeal types, drafting issues); writes the data-only
artefact (decision_tfidf.json + .npz), the metrics and the model card.

    python -m models.train_decisions        # or: sendlens train decisions

The corpus is the project's fictional decisions in three genres: First-tier decisions under the
current law (corpus_samples/decisions), Upper Tribunal decisions (corpus_samples/decisions/ut and
the UT files of the first folder) and statement-era decisions (corpus_samples/decisions/statement).
Model selection is by style-disjoint cross-validation: every fold holds out whole writing styles
(one judge's voice or one layout), never random documents, so a model cannot score by recognising a
style it has already seen. For each task it compares the rules alone, the model alone, and the rules
combined with the model ("union": rules or model; "fill": the model only where the rules found
nothing) at several thresholds, and keeps the best macro-F1 unless it beats the rules alone by less
than MARGIN (then the rules). Never trained or
tuned on ../shared/eval.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.multiclass import OneVsRestClassifier

from .decision_model import ARTIFACT, MODEL_ID, TASKS, DecisionModel
from .textfeatures import TfidfModel, analyse_words

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus_samples" / "decisions"
FOLDERS = (CORPUS, CORPUS / "ut", CORPUS / "statement")
CARD = Path(__file__).resolve().parent / "cards" / "decision_model.md"
METRICS = ARTIFACT.with_name("decision_metrics.json")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
GENRES = ("FtT", "UT", "statement era")
N_FOLDS = 5
MARGIN = 0.02  # macro-F1 a learned option must gain over the rules alone to be used


def _split(cell: str) -> set[str]:
    return {x.strip() for x in cell.replace(";", ",").split(",") if x.strip()}


def load_corpus() -> tuple[list[str], dict[str, list[set[str]]], list[dict]]:
    """Texts, gold labels per task, and rows with `style` (the CV group) and `genre`."""
    import ingest

    texts, rows = [], []
    for folder in FOLDERS:
        with open(folder / "labels.tsv", newline="", encoding="utf-8") as f:
            for r in sorted(csv.DictReader(f, delimiter="\t"), key=lambda r: r["file"]):
                level = r.get("level") or r.get("tribunal")
                genre = "statement era" if folder.name == "statement" else ("UT" if level == "ut" else "FtT")
                rows.append(
                    {
                        **r,
                        "file": str((folder / r["file"]).relative_to(CORPUS)),
                        "genre": genre,
                        "group": f"{folder.name}:{r['style']}",
                    }
                )
                texts.append(ingest.load(folder / r["file"]).text)
    gold = {task: [_split(r[task]) for r in rows] for task in TASKS}
    return texts, gold, rows


def vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=analyse_words, min_df=2, max_df=0.9, sublinear_tf=True, max_features=20000)


def classifier() -> OneVsRestClassifier:
    return OneVsRestClassifier(LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced"))


def macro_f1(gold: list[set[str]], pred: list[set[str]], labels: list[str]) -> tuple[float, dict]:
    per = {}
    for lab in labels:
        tp = sum(lab in g and lab in p for g, p in zip(gold, pred))
        fp = sum(lab in p and lab not in g for g, p in zip(gold, pred))
        fn = sum(lab in g and lab not in p for g, p in zip(gold, pred))
        per[lab] = {
            "f1": round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else 1.0,
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "support": tp + fn,
        }
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


def style_disjoint_oof(texts: list[str], Y: np.ndarray, groups: list[str]) -> np.ndarray:
    """Out-of-fold probabilities; each fold holds out whole styles (GroupKFold over `groups`)."""
    proba = np.zeros(Y.shape, dtype=float)
    for train, test in GroupKFold(N_FOLDS).split(np.zeros(len(Y)), groups=groups):
        keep = Y[train].sum(axis=0) > 0  # a label with no positive in the fold cannot be learnt there
        vec = vectorizer()
        Xtr = vec.fit_transform([texts[i] for i in train])
        model = classifier().fit(Xtr, Y[train][:, keep])
        proba[np.ix_(test, np.where(keep)[0])] = model.predict_proba(vec.transform([texts[i] for i in test]))
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


def fit_runtime(texts: list[str], Ys: dict[str, np.ndarray], tasks: dict) -> None:
    """Fits on the whole corpus and saves vocabulary, IDF and per-label coefficients as JSON + npz."""
    vec = vectorizer()
    X = vec.fit_transform(texts)
    vocabulary = [None] * len(vec.vocabulary_)
    for term, j in vec.vocabulary_.items():
        vocabulary[j] = term
    arrays = {"idf": vec.idf_.astype(np.float64)}
    for task, Y in Ys.items():
        model = classifier().fit(X, Y)
        arrays[f"{task}_coef"] = np.vstack([est.coef_[0] for est in model.estimators_])
        arrays[f"{task}_intercept"] = np.array([est.intercept_[0] for est in model.estimators_])
    meta = {"model": MODEL_ID, "analyser": "words", "vocabulary": vocabulary, "tasks": tasks}
    TfidfModel.save(ARTIFACT, meta, arrays)


def main(argv: list[str] | None = None) -> int:
    texts, gold, rows = load_corpus()
    groups = [r["group"] for r in rows]
    genres = [r["genre"] for r in rows]
    rules = rule_predictions(texts)
    results: dict = {
        "documents": len(texts),
        "styles": len(set(groups)),
        "by_genre": {g: genres.count(g) for g in GENRES},
        "folds": N_FOLDS,
    }
    tasks, Ys = {}, {}
    for task in TASKS:
        labels = sorted({x for g in gold[task] for x in g})
        Y = np.array([[lab in g for lab in labels] for g in gold[task]], dtype=int)
        proba = style_disjoint_oof(texts, Y, groups)
        preds = {"rules": (rules[task], None)}
        for strategy in ("model", "union", "fill"):
            for t in THRESHOLDS:
                preds[f"{strategy}@{t}"] = (combine(strategy, rules[task], proba, labels, t), t)
        options = {k: macro_f1(gold[task], p, labels) for k, (p, _) in preds.items()}
        best = best_learned = max(options, key=lambda k: (options[k][0], k == "rules"))
        if options[best][0] - options["rules"][0] < MARGIN:
            best = "rules"  # a gain this small over ~200 documents in 5 folds is noise: keep the explainable path
        per_genre = {}
        for g in GENRES:
            idx = [i for i, x in enumerate(genres) if x == g]
            sub = [gold[task][i] for i in idx]
            per_genre[g] = {
                name: macro_f1(sub, [preds[name][0][i] for i in idx], labels)[0]
                for name in dict.fromkeys(("rules", best, best_learned, "model@0.5"))
            }
        results[task] = {
            "labels": labels,
            "chosen": best,
            "macro_f1": {k: v[0] for k, v in options.items()},
            "per_genre": per_genre,
            "per_label_chosen": options[best][1],
            "per_label_rules": options["rules"][1],
        }
        tasks[task] = {"labels": labels, "strategy": best.split("@")[0], "threshold": float(preds[best][1] or 1.0)}
        Ys[task] = Y
    fit_runtime(texts, Ys, tasks)
    from .decision_model import load_default

    load_default.cache_clear()
    assert isinstance(load_default(), DecisionModel)  # fails fast if the artefact cannot be read back
    METRICS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    write_card(results)
    print(
        json.dumps(
            {
                t: {
                    "chosen": results[t]["chosen"],
                    "rules": results[t]["macro_f1"]["rules"],
                    "chosen_f1": results[t]["macro_f1"][results[t]["chosen"]],
                    "per_genre": results[t]["per_genre"],
                }
                for t in TASKS
            },
            indent=1,
        )
    )
    return 0


def write_card(r: dict) -> None:
    g = r["by_genre"]
    lines = [
        f"# Model card: decision classifiers (`{MODEL_ID}`)",
        "",
        (
            "**What they do.** Multi-label classifiers over the whole decision text: the appeal types and the drafting "
            "issues a tribunal found. They add to the rules (which read the operative words, the statutory references "
            "and, for the Upper Tribunal, the disposal formulae in `nlp/tribunal.py`, with evidence sentences); labels "
            f"they add carry source `{MODEL_ID}` and a probability, and no evidence sentence. Outcomes, level, "
            "appellant, error of law and disposal are read by rules only."
        ),
        "",
        (
            f"**Data.** {r['documents']} fictional decisions in {r['styles']} writing styles: {g['FtT']} First-tier "
            f"(current law), {g['UT']} Upper Tribunal, {g['statement era']} statement-era (Education Act 1996; Parts "
            "2/3/4 labelled B/F/I). Folders `corpus_samples/decisions`, `.../ut` and `.../statement`, each with "
            "`labels.tsv` and a README. Never trained or tuned on `../shared/eval`."
        ),
        "",
        (
            "**Model.** TF-IDF (word 1-2-grams, sublinear, L2) + one-vs-rest logistic regression (balanced, C=10). "
            "The shipped artefact is data only (`models/artifacts/decision_tfidf.json` + `.npz`, read with NumPy "
            "by `models/textfeatures.py`), so loading it needs neither scikit-learn, skops nor torch."
        ),
        "",
        (
            f"**Evaluation.** Style-disjoint cross-validation: {r['folds']} folds by `GroupKFold` with the writing "
            "style as the group (each judge's voice or layout is wholly in one fold), out-of-fold predictions; "
            "macro-F1 over the labels present. `union@t` = rules OR model(p >= t); `fill@t` = model only where the "
            "rules found nothing; `model@t` = model alone."
        ),
        "",
    ]
    for task in TASKS:
        t = r[task]
        lines += [
            f"## {task.replace('_', ' ')}",
            "",
            (
                f"Chosen: **{t['chosen']}** (the highest style-disjoint macro-F1, unless it beats the "
                f"rules alone by less than {MARGIN}: then the rules, the explainable path)."
            ),
            "",
            "| option | macro-F1 |",
            "|---|---|",
        ]
        for name, f1 in sorted(t["macro_f1"].items(), key=lambda kv: -kv[1])[:8]:
            lines.append(f"| {name} | {f1:.3f} |")
        names = list(next(iter(t["per_genre"].values())))
        lines += [
            "",
            "Per genre (style-disjoint, macro-F1):",
            "",
            "| genre | documents | " + " | ".join(names) + " |",
            "|---|---|" + "---|" * len(names),
        ]
        for genre, vals in t["per_genre"].items():
            lines.append(f"| {genre} | {g[genre]} | " + " | ".join(f"{vals[n]:.3f}" for n in names) + " |")
        lines += [
            "",
            "Per label (chosen option vs rules alone):",
            "",
            "| label | support | F1 chosen | F1 rules |",
            "|---|---|---|---|",
        ]
        for lab in t["labels"]:
            c, rr = t["per_label_chosen"][lab], t["per_label_rules"][lab]
            lines.append(f"| {lab} | {c['support']} | {c['f1']:.3f} | {rr['f1']:.3f} |")
        lines.append("")
    lines += [
        (
            "**Caveats.** Three writers (with deliberately varied voices) wrote the corpus, and the rules were "
            "written with the first folder in view; the Upper Tribunal and statement-era folders arrived after the "
            "rules were generalised (three UT files were then used to fix how a re-made decision is read, so the "
            "rules' UT figures are slightly flattered). The shared dev sets "
            "(`python /work/shared/eval/score_decisions.py /work/shared/eval/dev_ut_excerpts.tsv`, "
            "`dev_case_summaries.tsv`, `dev_decisions.tsv`) are the fairer "
            "check; see the README."
        ),
        "",
        (
            "**Reproduce.** `sendlens train decisions` (or `python -m models.train_decisions`); deterministic. "
            "Figures in `models/artifacts/decision_metrics.json`."
        ),
    ]
    CARD.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
