"""The whole checker on the many-voices corpora: rules only, and rules + the shipped provision model.

    python -m models.eval_voices            # prints a compact table, writes artifacts/voice_metrics.json
    python -m models.eval_voices --no-model # rules only

Each voice is checked as one plan (every row a bullet under its section heading, as
models/corpus.py renders it); a row counts as flagged when any finding overlaps it. Figures are
precision/recall/F1 of "vague" per section (B, E, F, G/H) and overall, per voice and pooled. The
second six voices were written after the rules were last tuned, so their line is the honest one for
the rules; the first six and the project corpus may have been looked at while tuning.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from .corpus import LATE_VOICES, read_all, row_findings
from .metrics import SECTION_GROUPS, by_section, cell
from .provision_model import ARTIFACT

OUT = ARTIFACT.parent / "voice_metrics.json"


def flags_by_voice(rows: list[dict], checker) -> dict[str, list[bool]]:
    """One checker run per voice (one plan each)."""
    voices: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        voices[r["voice"]].append(r)
    return {v: [bool(f) for f in row_findings(vr, checker)] for v, vr in voices.items()}


def pooled(rows_by_voice: dict[str, list[dict]], flags: dict[str, list[bool]], voices) -> dict:
    rows = [r for v in voices for r in rows_by_voice[v]]
    return by_section(rows, [f for v in voices for f in flags[v]])


def evaluate(checkers: dict) -> dict:
    rows = read_all()
    rows_by_voice: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        rows_by_voice[r["voice"]].append(r)
    voices = [v for v in rows_by_voice if v != "project"]
    early = [v for v in voices if v not in LATE_VOICES]
    late = [v for v in voices if v in LATE_VOICES]
    out = {"rows": {v: len(rs) for v, rs in rows_by_voice.items()}, "late_voices": late, "systems": {}}
    for name, checker in checkers.items():
        flags = flags_by_voice(rows, checker)
        out["systems"][name] = {
            "per_voice": {v: by_section(rows_by_voice[v], flags[v]) for v in rows_by_voice},
            "pooled": {"twelve voices": pooled(rows_by_voice, flags, voices),
                       "first six voices (rules may be tuned on them)": pooled(rows_by_voice, flags, early),
                       "second six voices (written after rules tuned)": pooled(rows_by_voice, flags, late),
                       "project corpus": pooled(rows_by_voice, flags, ["project"])}}
    return out


def render(result: dict) -> str:
    cols = [*SECTION_GROUPS, "all"]
    trained = set(result.get("model_trained_on") or [])
    lines = [("precision/recall/F1 of 'vague'; * = the model was trained on this voice (in-sample for rules+model;"
             " voice-disjoint figures: python -m models.train_provision)"),
             f"{'system':<12} {'voice or pool':<62} " + " ".join(f"{c:<14}" for c in cols)]
    for name, res in result["systems"].items():
        for v, m in res["per_voice"].items():
            tag = f"{v} ({result['rows'][v]} rows{', late' if v in result['late_voices'] else ''})"
            tag += " *" if name != "rules" and v in trained else ""
            lines.append(f"{name:<12} {tag:<62} " + " ".join(f"{cell(m.get(c)):<14}" for c in cols))
        for v, m in res["pooled"].items():
            lines.append(f"{name:<12} {'POOLED ' + v:<62} " + " ".join(f"{cell(m.get(c)):<14}" for c in cols))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-model", action="store_true", help="rules only")
    args = ap.parse_args(argv)
    from nlp.checker import Checker

    from .provision_model import load_default

    checkers = {"rules": Checker()}
    scorer = None if args.no_model else load_default()
    if scorer is not None:
        checkers["rules+model"] = Checker(scorer=scorer)
    result = evaluate(checkers)
    result["model_trained_on"] = getattr(scorer, "trained_on", ["project"] if scorer is not None else None)
    result["model"] = scorer.id if scorer is not None else None
    OUT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(render(result))
    print(f"wrote {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
