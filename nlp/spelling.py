"""Reading misspelt and abbreviated plan wording as if spelt right, with offsets kept.

`normalise(text)` returns the corrected text and a map from each of its characters back to the
author's text, so a rule or element found in the corrected text points at the author's own words.
Corrections come from data/lexicon.yaml: exact abbreviations, and words one edit away (two for
long words) from a known spelling, found with symmetric deletes (the SymSpell idea)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_TOKEN = re.compile(r"[A-Za-z][A-Za-z&'’]*(?:/[A-Za-z]*)?\.?")


@dataclass(frozen=True)
class Normalised:
    text: str
    to_orig: tuple[int, ...]  # for each character of `text` (and one past the end), its offset in the original
    changed: bool  # whether any token was read differently

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the corrected text as a span of the original."""
        if end <= start:
            o = self.to_orig[start]
            return o, o
        return self.to_orig[start], self.to_orig[end - 1] + 1

    def position(self, orig: int) -> int:
        """The first corrected-text offset at or after an original offset."""
        return bisect.bisect_left(self.to_orig, orig)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, set[str]], frozenset[str]]:
    raw = yaml.safe_load(resources.files("nlp").joinpath("data/lexicon.yaml").read_text("utf-8"))
    words = {w.lower() for w in raw["words"]}
    deletes: dict[str, set[str]] = {}
    for w in words:
        for d in _deletes(w, _max_edits(w)):
            deletes.setdefault(d, set()).add(w)
    keep = frozenset(w.lower() for w in raw["keep"]) | frozenset(words)
    return {k.lower(): v for k, v in raw["abbreviations"].items()}, deletes, keep


def _max_edits(word: str) -> int:
    return 2 if len(word) >= 10 else 1


def _deletes(word: str, edits: int) -> set[str]:
    out, frontier = {word}, {word}
    for _ in range(edits):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w)) if len(w) > 2}
        out |= frontier
    return out


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance."""
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


_SUFFIXES = frozenset({"s", "es", "d", "ed", "ing", "ly", "er", "ers", "al", "ally", "ment", "ments", "e", "me",
                       "ion", "ions", "ive", "y", "ies", "r"})


def _inflection(word: str, known: str) -> bool:
    """'decide' beside 'decided', 'program' beside 'programme': another form of a word, not a typo."""
    short, long_ = sorted((word, known), key=len)
    return long_.startswith(short) and long_[len(short):] in _SUFFIXES


@lru_cache(maxsize=20000)
def correct(token: str) -> str | None:
    """The reading of one token, or None when it stands as written."""
    abbreviations, deletes, keep = _lexicon()
    low = token.lower().replace("’", "'")
    if low in abbreviations:
        return abbreviations[low]
    if low.endswith(".") and low[:-1] in abbreviations:
        return abbreviations[low[:-1]] + "."
    word = low.rstrip(".")
    if len(word) < 4 or word in keep or not word.isalpha():
        return None
    edits = _max_edits(word)
    candidates = set()
    for d in _deletes(word, edits):
        candidates |= deletes.get(d, set())
    best = sorted((c for c in candidates if c[0] == word[0] and abs(len(c) - len(word)) <= edits
                   and not _inflection(word, c) and 0 < _distance(word, c) <= min(edits, _max_edits(c))),
                  key=lambda c: (_distance(word, c), c))
    if not best:
        return None
    fixed = best[0]
    if token[:1].isupper():
        fixed = fixed[:1].upper() + fixed[1:]
    return fixed + token[len(word):] if token.endswith(".") else fixed


@lru_cache(maxsize=256)
def normalise(text: str) -> Normalised:
    parts, to_orig, last, changed = [], [], 0, False
    for m in _TOKEN.finditer(text):
        fixed = correct(m.group())
        if fixed is None:
            continue
        s, e = m.span()
        changed = True
        parts.append(text[last:s])
        to_orig.extend(range(last, s))
        parts.append(fixed)
        width = e - s
        to_orig.extend(s + min(i * width // max(1, len(fixed)), width - 1) for i in range(len(fixed)))
        last = e
    parts.append(text[last:])
    to_orig.extend(range(last, len(text) + 1))
    return Normalised("".join(parts), tuple(to_orig), changed)
