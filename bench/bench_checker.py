"""Checker speed: words per second of `Checker().check(doc)` against a bare spaCy tokeniser.

    python bench/bench_checker.py              # corpus_samples/plans/ (synthetic plan if empty)
    python bench/bench_checker.py --generate   # a synthetic 30-page PDF, DOCX and TXT only

Each plan is loaded once. `Checker()` construction is timed on its own (first, cold, build
includes imports; then a warm rebuild); `check(doc)` is repeated and the median reported. In the
same run `spacy.blank("en").make_doc(text)` is timed on the same text, so the ratio
checker/tokeniser says how much the checker costs beyond splitting the text into tokens.
Also reports whether `torch` was imported by a plain check. Writes bench/results/checker.json.
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
    ap.add_argument("--plans", type=Path, default=PLANS_DIR, help="folder of plans (default: %(default)s)")
    ap.add_argument("--generate", action="store_true",
                    help="benchmark a synthetic 30-page PDF/DOCX/TXT built in a temp dir instead")
    ap.add_argument("--min-reps", type=int, default=3)
    ap.add_argument("--budget", type=float, default=None,
                    help="seconds of repetitions per plan (default: ~20 s spread over all plans)")
    args = ap.parse_args(argv)

    torch_at_start = "torch" in sys.modules
    import ingest

    files, source, tmp = plans_or_synthetic(args.plans, args.generate)
    docs = []
    for path in files:
        try:
            docs.append((path, ingest.load(path)))
        except ingest.IngestError as err:
            print(f"skip {path.name}: {err}")
    budget = args.budget if args.budget is not None else max(0.2, min(2.5, 20.0 / max(1, len(docs))))

    # Checker construction, cold (first build in the process: imports, rule packs, model), then
    # warm. A rules-only checker (use_model=False) is built and run first, so the torch check
    # tells a plain rule check apart from the default checker with its model.
    from app.compose import build_checker

    t0 = time.perf_counter()
    rules_only = build_checker(use_model=False)
    build_rules_cold = time.perf_counter() - t0
    if rules_only is not None:
        rules_only.check(docs[0][1])
    torch_after_rule_check = "torch" in sys.modules
    t0 = time.perf_counter()
    checker = build_checker()
    build_cold = time.perf_counter() - t0
    build_warm, _ = median_time(build_checker, min_reps=3, max_reps=5, budget_s=1.0)
    checker.check(docs[0][1])
    torch_after_check = "torch" in sys.modules
    has_model = checker.scorer is not None
    checker_uses_spacy = checker.checks[0].rules._nlp is not None

    import spacy

    t0 = time.perf_counter()
    spacy.blank("en")
    blank_build = time.perf_counter() - t0

    rows = []
    for path, doc in docs:
        text = doc.text
        checker.check(doc)  # warm-up
        # A fresh tokeniser per plan: spaCy's tokeniser cache would otherwise carry over between
        # plans and make the numbers depend on their order.
        nlp = spacy.blank("en")
        nlp.make_doc(text)
        check_s, reps = median_time(lambda doc=doc: checker.check(doc), min_reps=args.min_reps, budget_s=budget)
        rules_s = None
        if rules_only is not None and has_model:
            rules_s, _ = median_time(lambda doc=doc: rules_only.check(doc), min_reps=args.min_reps,
                                     budget_s=budget / 3)
        tok_s, tok_reps = median_time(lambda nlp=nlp, text=text: nlp.make_doc(text), min_reps=args.min_reps,
                                      budget_s=min(0.5, budget / 3))
        words = word_count(text)
        report = checker.check(doc)
        rows.append({"file": path.name if tmp else str(path.relative_to(args.plans)), "format": doc.format,
                     "words": words, "tokens": len(nlp.make_doc(text)), "findings": len(report.findings),
                     "check_median_s": check_s, "check_reps": reps, "check_words_per_s": words / check_s,
                     "rules_only_check_median_s": rules_s,
                     "tokenise_median_s": tok_s, "tokenise_reps": tok_reps, "tokenise_words_per_s": words / tok_s,
                     "ratio_check_over_tokenise": check_s / tok_s})

    total_words = sum(r["words"] for r in rows)
    total_check = sum(r["check_median_s"] for r in rows)
    total_tok = sum(r["tokenise_median_s"] for r in rows)
    total_rules = sum(r["rules_only_check_median_s"] or 0 for r in rows) or None
    largest = max(rows, key=lambda r: r["words"])
    summary = {
        "plans": len(rows), "words": total_words, "checker_has_model": has_model,
        "checker_build_cold_s": build_cold, "checker_build_warm_s": build_warm,
        "rules_only_build_cold_s": build_rules_cold if rules_only is not None else None,
        "spacy_blank_build_s": blank_build,
        "check_words_per_s": total_words / total_check,
        "rules_only_check_words_per_s": total_words / total_rules if total_rules else None,
        "tokenise_words_per_s": total_words / total_tok,
        "ratio_check_over_tokenise": total_check / total_tok,
        "checker_builds_spacy": checker_uses_spacy,
        "largest_plan": {"file": largest["file"], "words": largest["words"],
                         "check_s_per_plan": largest["check_median_s"]},
        "torch_installed": _installed("torch"), "torch_imported_at_start": torch_at_start,
        "torch_imported_after_rules_only_check": torch_after_rule_check if rules_only is not None else None,
        "torch_imported_after_check": torch_after_check,
    }

    print(f"\nChecker speed ({source}; median of repeated checks)\n")
    table = [["plans / words", f"{len(rows)} / {total_words:,}"],
             ["Checker() build, cold (first in process, incl. imports and model)", f"{build_cold:.3f} s"],
             ["Checker() build, warm", f"{build_warm:.3f} s"]]
    if rules_only is not None:
        table.append(["Checker(use_model=False) build, cold", f"{build_rules_cold:.3f} s"])
    table += [[f"check(): words/s ({'with' if has_model else 'no'} model)", f"{summary['check_words_per_s']:,.0f}"]]
    if summary["rules_only_check_words_per_s"]:
        table.append(["check(): words/s, rules only", f"{summary['rules_only_check_words_per_s']:,.0f}"])
    table += [["spacy.blank('en') make_doc: words/s", f"{summary['tokenise_words_per_s']:,.0f}"],
              ["ratio check / tokenise (time)", f"{summary['ratio_check_over_tokenise']:.1f}x"],
              ["checker runs a spaCy pass itself", str(checker_uses_spacy)],
              [f"largest plan ({largest['file']}, {largest['words']:,} words)",
               f"{largest['check_median_s']:.3f} s per check"],
              ["torch installed", str(summary["torch_installed"])]]
    if rules_only is not None:
        table.append(["torch imported after a rules-only check", str(torch_after_rule_check)])
    table.append(["torch imported after a default check", str(torch_after_check)])
    print(markdown_table(["", "value"], table))
    if len(rows) <= 15:
        print()
        print(markdown_table(["plan", "words", "findings", "check ms", "words/s", "tokenise ms", "ratio"],
                             [[r["file"], r["words"], r["findings"], 1000 * r["check_median_s"],
                               r["check_words_per_s"], 1000 * r["tokenise_median_s"],
                               f"{r['ratio_check_over_tokenise']:.1f}x"] for r in rows]))
    print(f"\ntorch in sys.modules after a check: {torch_after_check}"
          + (" (imported while building the default Checker)" if torch_after_check and not torch_after_rule_check
             else ""))
    name = "checker" if tmp is None else "checker_synthetic"
    out = write_results(name, {"source": source, "summary": summary, "plans": rows})
    print(f"Machine: {machine_line()}")
    print(f"Wrote {out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}")
    if tmp is not None:
        tmp.cleanup()
    return 0


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


if __name__ == "__main__":
    sys.exit(main())
