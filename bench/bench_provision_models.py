"""Cost of the provision model in a plain check: rules only vs rules + each provision model, as a
ratio to bare `spacy.blank("en")` tokenisation of the same plan text (the issue-12 budget is 1.5x).

    python bench/bench_provision_models.py            # corpus_samples/plans/
    python bench/bench_provision_models.py --generate # a synthetic plan instead

Every provision-model artefact present in models/artifacts/ is measured (the shipped one at least).
Each process-wide import is done before timing; medians of repeated checks. Also reports whether a
check imported torch or scikit-learn. Writes bench/results/provision_models.json.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PLANS_DIR, machine_line, markdown_table, median_time, plans_or_synthetic, word_count, write_results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--plans", type=Path, default=PLANS_DIR)
    ap.add_argument("--generate", action="store_true")
    ap.add_argument("--budget", type=float, default=1.5, help="seconds of repetitions per plan and system")
    args = ap.parse_args(argv)
    import ingest
    from models import provision_model as pm
    from nlp.checker import Checker

    files, source, tmp = plans_or_synthetic(args.plans, args.generate)
    docs = [ingest.load(p) for p in files]
    systems = {"rules only": lambda: Checker()}
    if pm.ARTIFACT.with_suffix(".json").exists():
        systems[f"rules + {pm.MODEL_ID}"] = lambda: Checker(scorer=pm.load_tfidf())
    if pm.STATIC_ARTIFACT.with_suffix(".json").exists():
        systems[f"rules + {pm.STATIC_MODEL_ID}"] = lambda: Checker(scorer=pm.load_static())
    elif pm.ARTIFACTS.joinpath("minilm_static.npz").exists():
        # Not shipped: time its run-time path (WordPiece + mean of static vectors + a linear head) with
        # zero heads, which cost the same as trained ones.
        systems["rules + static MiniLM (not shipped; zero heads)"] = lambda: Checker(scorer=_static_zero(pm))
    checkers, out = {}, {}
    for name, build in systems.items():
        t0 = time.perf_counter()
        checkers[name] = build()
        out[name] = {"build_s": time.perf_counter() - t0, "check_s": 0.0}
        for doc in docs:
            checkers[name].check(doc)  # warm-up: lazy loads and caches
    # Recorded before spaCy is imported here (importing spaCy's thinc may import torch itself).
    torch_imported, sklearn_imported = "torch" in sys.modules, "sklearn" in sys.modules
    import spacy

    tok_total = 0.0
    for doc in docs:  # interleaved per plan, so load on the shared machine hits every system alike
        nlp = spacy.blank("en")
        nlp.make_doc(doc.text)
        tok_total += median_time(lambda nlp=nlp, t=doc.text: nlp.make_doc(t), min_reps=5, budget_s=0.5)[0]
        for name, checker in checkers.items():
            out[name]["check_s"] += median_time(lambda c=checker, d=doc: c.check(d), min_reps=5,
                                                budget_s=args.budget)[0]
    for m in out.values():
        m |= {"ratio": m["check_s"] / tok_total, "torch_imported": torch_imported,
              "sklearn_imported": sklearn_imported}
    words = sum(word_count(d.text) for d in docs)
    res = {"source": source, "plans": len(docs), "words": words, "tokenise_s": tok_total, "systems": out}
    print(f"\nProvision model cost per plan ({source}; {len(docs)} plans, {words:,} words)\n")
    print(markdown_table(["checker", "check s (all plans)", "ratio to spaCy tokenise", "build s", "torch", "sklearn"],
                         [[n, f"{m['check_s']:.3f}", f"{m['ratio']:.2f}x", f"{m['build_s']:.2f}", m["torch_imported"],
                           m["sklearn_imported"]] for n, m in out.items()]))
    print(f"spaCy blank('en') tokenise, all plans: {tok_total:.3f} s")
    path = write_results("provision_models", res)
    print(f"Machine: {machine_line()}\nWrote {path}")
    if tmp is not None:
        tmp.cleanup()
    return 0


def _static_zero(pm):
    import numpy as np

    from models.static_embeddings import StaticEmbedder

    emb = StaticEmbedder.load()

    def heads(texts):
        X = emb.encode(texts)
        return X @ np.zeros((emb.dim, 1)), X @ np.zeros((emb.dim, 1))

    meta = {"threshold": 1.01, "platt": [1.0, 0.0], "fault_classes": ["unquantified_support"]}
    return pm.ProvisionModel(pm.STATIC_MODEL_ID, meta, heads)


if __name__ == "__main__":
    sys.exit(main())
