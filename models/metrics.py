"""Precision, recall and F1 of the "vague" label, shared by training, selection and evaluation."""
from __future__ import annotations

import numpy as np

# Report groups: G, H1 and H2 share a column (few rows each; the same wording faults).
SECTION_GROUPS = {"B": ("B",), "E": ("E",), "F": ("F",), "G/H": ("G", "H1", "H2")}


def prf(gold, pred) -> dict:
    gold, pred = np.asarray(gold, bool), np.asarray(pred, bool)
    tp, fp, fn = int((gold & pred).sum()), int((~gold & pred).sum()), int((gold & ~pred).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def by_section(rows: list[dict], flags) -> dict:
    """prf per section group and overall; groups with no rows are left out."""
    gold = np.array([r["label"] == "vague" for r in rows])
    flags = np.asarray(flags, bool)
    out = {}
    for name, secs in SECTION_GROUPS.items():
        mask = np.array([r["section"] in secs for r in rows])
        if mask.any():
            out[name] = prf(gold[mask], flags[mask])
    out["all"] = prf(gold, flags)
    return out


def cell(m: dict | None) -> str:
    return "-" if m is None else f"{m['precision']:.2f}/{m['recall']:.2f}/{m['f1']:.2f}"
