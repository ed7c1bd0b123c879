"""The decision cue file (data/decision_cues.yaml), validated on load: every key known, every id in
the taxonomy, every regex compiled, every weight explicit. A cue's place in its list means nothing."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .taxonomy import taxonomy

WHERE = "nlp/data/decision_cues.yaml"
_TOP = {"version", "appeal_types", "outcomes", "criticism", "drafting_issues", "examples"}


class CueError(ValueError):
    """A cue file that cannot be used; the message names the file, the entry and the problem."""


@dataclass(frozen=True)
class Cue:
    regex: re.Pattern
    weight: float = 1.0


def _cue(raw: object, where: str) -> Cue:
    if isinstance(raw, str):
        raw = {"pattern": raw}
    if not isinstance(raw, dict) or set(raw) - {"pattern", "weight"} or "pattern" not in raw:
        raise CueError(f"{WHERE}: {where}: a cue is a regex or {{pattern, weight}}")
    weight = raw.get("weight", 1.0)
    if not isinstance(weight, (int, float)) or not 0 < weight <= 10:
        raise CueError(f"{WHERE}: {where}: weight must be a number above 0 and at most 10")
    try:
        return Cue(re.compile(raw["pattern"], re.I), float(weight))
    except re.error as err:
        raise CueError(f"{WHERE}: {where}: bad regex ({err})") from None


def _ids(section: dict, known, where: str) -> None:
    if not isinstance(section, dict):
        raise CueError(f"{WHERE}: '{where}' must be a mapping")
    unknown = set(section) - set(known)
    if unknown:
        raise CueError(f"{WHERE}: '{where}' has ids not in the taxonomy: {sorted(unknown)}")


def parse(raw: object) -> dict:
    if not isinstance(raw, dict):
        raise CueError(f"{WHERE}: the file must be a mapping")
    unknown = set(raw) - _TOP
    if unknown:
        raise CueError(f"{WHERE}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_TOP)}")
    tax = taxonomy()
    _ids(raw["appeal_types"], tax.appeal_types, "appeal_types")
    _ids(raw["outcomes"], tax.outcomes, "outcomes")
    _ids(raw["drafting_issues"], tax.faults, "drafting_issues")
    types = {}
    for code, entry in raw["appeal_types"].items():
        if not isinstance(entry, dict) or set(entry) - {"subject", "mention"}:
            raise CueError(f"{WHERE}: appeal_types.{code}: only 'subject' and 'mention' lists are allowed")
        types[code] = {kind: [_cue(c, f"appeal_types.{code}.{kind}[{i}]") for i, c in enumerate(entry.get(kind, []))]
                       for kind in ("subject", "mention")}
    examples = raw.get("examples") or {}
    if set(examples) - {"appeal_types", "outcomes"}:
        raise CueError(f"{WHERE}: examples holds 'appeal_types' and 'outcomes' only")
    _ids(examples.get("appeal_types", {}), tax.appeal_types, "examples.appeal_types")
    _ids(examples.get("outcomes", {}), tax.outcomes, "examples.outcomes")
    return {
        "appeal_types": types,
        "outcomes": {k: [_cue(c, f"outcomes.{k}[{i}]") for i, c in enumerate(v)] for k, v in raw["outcomes"].items()},
        "criticism": _cue(raw["criticism"], "criticism").regex,
        "drafting_issues": {k: [_cue(c, f"drafting_issues.{k}[{i}]") for i, c in enumerate(v)]
                            for k, v in raw["drafting_issues"].items()},
        "examples": examples,
    }


@lru_cache(maxsize=1)
def load() -> dict:
    return parse(yaml.safe_load(resources.files("nlp").joinpath("data/decision_cues.yaml").read_text("utf-8")))
