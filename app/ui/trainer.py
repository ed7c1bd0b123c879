"""The training page's content: a gallery of every fault with examples, and the exercise.

The gallery runs the checker once per server over every example in the rule packs (and over a
few of the project's labelled sentences for faults found by code rather than by a pack rule), so a
trainer sees what sendlens itself says about each one, with its rewrite template.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import streamlit as st

from nlp.rulepack import builtin_pack_paths, load_pack
from nlp.taxonomy import Fault, taxonomy

from . import engine

FAMILY_TITLES = {"wording": "Wording", "quantification": "Quantification (CoP 9.69)", "structure": "Plan structure"}
LABELLED_EXAMPLES_PER_FAULT = 3


@dataclass
class Example:
    text: str
    section: str
    codes: list[str]  # what sendlens reports on it
    how: dict = field(default_factory=dict)  # code -> "rule" or "model 0.87" (the learned second opinion)
    rewrite: str | None = None
    note: str = ""


@dataclass
class GalleryEntry:
    fault: Fault  # the taxonomy's own entry: code, family, severity, title, message, suggestion, basis
    rules: list[str] = field(default_factory=list)
    flagged: list[Example] = field(default_factory=list)
    passing: list[Example] = field(default_factory=list)
    labelled: list[Example] = field(default_factory=list)  # from models/data/provisions.tsv


def rewrite_for(check: engine.SentenceCheck) -> str | None:
    """The checker's rewrite template for a sentence: from its findings, else (Section F) the CoP 9.69
    template built from the sentence's own elements."""
    for f in check.findings:
        if f.rewrite:
            return f.rewrite
    if check.section == "F":
        from nlp.provisions import rewrite_template

        return rewrite_template(check.sentence)
    return None


def _example(text: str, section: str, note: str = "", with_rewrite: bool = False) -> Example:
    checked = engine.check_sentence(text, section)
    codes = sorted({f.code for f in checked.findings})
    how: dict[str, str] = {}
    for f in checked.findings:
        by = f"model {f.score:.2f}" if f.source.startswith("model:") else "rule"
        if how.get(f.code) != "rule":
            how[f.code] = by
    return Example(text, section, codes, how, rewrite_for(checked) if with_rewrite else None, note)


@st.cache_resource(show_spinner="Building the fault gallery…")
def gallery() -> tuple[GalleryEntry, ...]:
    tax = taxonomy()
    rules = [r for p in builtin_pack_paths() for r in load_pack(p).rules]
    labelled = engine.labelled_sentences()
    out = []
    for code, fault in tax.faults.items():
        entry = GalleryEntry(fault)
        for rule in (r for r in rules if r.code == code):
            entry.rules.append(f"{rule.pack}/{rule.id}")
            section = rule.sections[0]
            entry.flagged += [_example(x, section, with_rewrite=True) for x in rule.flag_examples]
            entry.passing += [_example(x, section) for x in rule.pass_examples]
        rows = [r for r in labelled if r.get("fault") == code and r.get("label") == "vague" and not r.get("hard")]
        for r in rows[:LABELLED_EXAMPLES_PER_FAULT]:
            entry.labelled.append(_example(r["text"], r.get("section") or "F", r.get("note", ""), with_rewrite=True))
        out.append(entry)
    return tuple(out)


# ---------------------------------------------------------------- the exercise

def exercise_item(seed: int, round_no: int) -> dict | None:
    """The labelled sentence for this session's round: a seeded random choice, half vague, half specific."""
    rows = engine.labelled_sentences()
    if not rows:
        return None
    rng = random.Random(f"{seed}:{round_no}")
    label = rng.choice(["vague", "specific"])
    pool = [r for r in rows if r["label"] == label] or list(rows)
    return dict(rng.choice(pool))


# Whole-plan faults (a section missing, a need with no provision anywhere, ...) cannot be seen in one
# sentence, so the exercise never offers them as answers.
ITEM_FAMILIES = {"wording", "quantification"}
SENTENCE_LEVEL = {"vague_need", "non_smart_outcome", "transport_in_f"}  # structure-family faults one sentence shows


def exercise_choices() -> list[str]:
    """The faults a trainee may tick for one sentence, in the taxonomy's order."""
    return [code for code, f in taxonomy().faults.items() if f.family in ITEM_FAMILIES or code in SENTENCE_LEVEL]


def explanation_html(item: dict) -> str:
    """A short explanation of the right answer, from the taxonomy (and the label's own note)."""
    from .render import esc

    fault = taxonomy().faults.get(item.get("fault") or "")
    note = f" <i>{esc(item['note'])}</i>" if item.get("note") else ""
    if item["label"] == "specific" or fault is None:
        return ("<b>Why:</b> it states what is provided, how much and how often, and who delivers it, so it meets "
                f"SEND Code of Practice 9.69.{note}")
    return (f"<b>Why: {esc(fault.title)}.</b> {esc(fault.message)} <b>Fix:</b> {esc(fault.suggestion)} "
            f"<b>Law:</b> {esc('; '.join(fault.basis))}.{note}")


def mark(item: dict, picks: list[str], none: bool) -> tuple[bool, str]:
    """Whether the trainee's answer matches the label, and a sentence saying why."""
    tax = taxonomy()
    if item["label"] == "specific":
        if none and not picks:
            return True, "Right: the sentence is specific enough to enforce."
        return False, "The sentence is labelled specific: it says what is provided, how much, how often and by whom."
    fault = item.get("fault") or ""
    title = tax.faults[fault].title if fault in tax.faults else fault.replace("_", " ")

    def name(code):
        return tax.faults[code].title if code in tax.faults else code.replace("_", " ")

    if none:
        return False, f"The sentence is labelled vague: {title}."
    if fault in picks:
        extra = [name(p) for p in picks if p != fault]
        return True, f"Right: {title}" + (f"; you also ticked {', '.join(extra)}." if extra else ".")
    return False, f"The labelled fault is {title}."
