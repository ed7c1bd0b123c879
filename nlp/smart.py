"""The named pattern lists in data/smart.yaml, compiled once: the parts of an outcome and a need."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from .spelling import normalise

Spans = list[tuple[int, int]]


@lru_cache(maxsize=1)
def patterns() -> dict[str, dict[str, list[re.Pattern]]]:
    raw = yaml.safe_load(resources.files("nlp").joinpath("data/smart.yaml").read_text("utf-8"))
    return {group: {name: [re.compile(p, re.I) for p in exprs] for name, exprs in parts.items()}
            for group, parts in raw.items()}


def spans(text: str, group: str, name: str) -> Spans:
    """Where the named part occurs, reading `text` as if spelt right (spelling.py)."""
    norm = normalise(text)
    found = [m.span() for p in patterns()[group][name] for m in p.finditer(norm.text) if m.end() > m.start()]
    return [norm.span(s, e) for s, e in found] if norm.changed else found


def blank(text: str, cut: Spans) -> str:
    """`text` with the given spans replaced by spaces (offsets kept), so one part's words are not
    read again as another's ('Year 6' is a time, not a count)."""
    chars = list(text)
    for s, e in cut:
        chars[s:e] = " " * (e - s)
    return "".join(chars)
