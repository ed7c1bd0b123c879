"""Finds the elements of the CoP 9.69 test in a provision's text: how much, how often, for how
long, who (and their expertise), group size, where/when, review, and named content.

Every element is a list of (start, end) spans relative to the text given, so the provision table
and the rule context can both point back at the words that supplied it. The element regexes are data
(data/elements.yaml, built from named tokens like the rule packs); this module keeps the logic:
spelling normalisation, the `quantified` rule and the case-sensitive acronym filter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .rulepack import RulePackError, expand, resolve_tokens
from .smart import blank
from .smart import spans as part_spans
from .spelling import normalise

_DATA = "data/elements.yaml"


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """The element regexes of data/elements.yaml, expanded from their named tokens and compiled once."""
    where = f"nlp/{_DATA}"
    raw = yaml.safe_load(resources.files("nlp").joinpath(_DATA).read_text("utf-8"))
    if not isinstance(raw, dict) or set(raw) - {"tokens", "elements"}:
        raise RulePackError(f"{where}: expected 'tokens' and 'elements' only")
    tokens = resolve_tokens(raw.get("tokens") or {}, where)
    elements = raw.get("elements") or {}
    wanted = {*Elements.__dataclass_fields__, "named_programme"}
    if set(elements) != wanted:
        raise RulePackError(f"{where}: elements must be exactly {sorted(wanted)}; "
                            f"missing {sorted(wanted - set(elements))}, unknown {sorted(set(elements) - wanted)}")
    out = {}
    for name, spec in elements.items():
        case_sensitive = isinstance(spec, dict) and bool(spec.get("case_sensitive"))
        alternatives = spec.get("any") if isinstance(spec, dict) else spec
        if not isinstance(alternatives, list) or not alternatives or not all(isinstance(a, str) for a in alternatives):
            raise RulePackError(f"{where}: element '{name}' must be a list of regex alternatives")
        expr = "|".join(expand(a, tokens, f"{where}: element '{name}'") for a in alternatives)
        try:
            out[name] = re.compile(expr, 0 if case_sensitive else re.IGNORECASE)
        except re.error as err:
            raise RulePackError(f"{where}: element '{name}' is not a valid regex ({err})") from None
    return out


@dataclass
class Elements:
    amount: list[tuple[int, int]] = field(default_factory=list)
    frequency: list[tuple[int, int]] = field(default_factory=list)
    duration: list[tuple[int, int]] = field(default_factory=list)
    staff: list[tuple[int, int]] = field(default_factory=list)
    qualification: list[tuple[int, int]] = field(default_factory=list)
    group: list[tuple[int, int]] = field(default_factory=list)
    small_group: list[tuple[int, int]] = field(default_factory=list)
    where: list[tuple[int, int]] = field(default_factory=list)
    review: list[tuple[int, int]] = field(default_factory=list)
    therapy: list[tuple[int, int]] = field(default_factory=list)
    support: list[tuple[int, int]] = field(default_factory=list)
    programme: list[tuple[int, int]] = field(default_factory=list)
    programme_content: list[tuple[int, int]] = field(default_factory=list)
    timebound: list[tuple[int, int]] = field(default_factory=list)
    measure: list[tuple[int, int]] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return bool(getattr(self, name))

    @property
    def quantified(self) -> bool:
        """An amount the reader can count, a frequency with a duration, or a concrete action
        (not generic 'support') tied to a stated occasion ("at every lesson change")."""
        return (self.has("amount") or (self.has("frequency") and self.has("duration"))
                or (self.has("frequency") and not self.has("support") and not self.has("therapy")))

    def present(self) -> list[str]:
        return [name for name in self.__dataclass_fields__ if getattr(self, name)]


_CASE_SENSITIVE_STAFF = re.compile(r"\b(?:[A-Z]{2,5}s?|SaLTs?|ToDs?|QToDs?)\b")


@lru_cache(maxsize=4096)
def find_elements(text: str) -> Elements:
    """The elements of `text`, read as if spelt right (spelling.py); spans point at the author's words.
    Cached: the wording rules, the CoP 9.69 test and the rewrite read the same items (treat as read-only)."""
    norm = normalise(text)
    if not norm.changed:
        return _find(text)
    found = _find(norm.text)
    for name in found.__dataclass_fields__:
        setattr(found, name, [norm.span(s, e) for s, e in getattr(found, name)])
    return found


def _find(text: str) -> Elements:
    found = Elements()
    compiled = patterns()
    for name in found.__dataclass_fields__:
        spans = [m.span() for m in compiled[name].finditer(text) if m.end() > m.start()]
        if name == "staff":
            # short acronyms only count in capitals ("ta" or "ot" in a word are not staff)
            spans = [s for s in spans if len(text[s[0]:s[1]]) > 4 or _CASE_SENSITIVE_STAFF.fullmatch(text[s[0]:s[1]])]
        if name == "amount":
            spans = [s for s in spans if not re.fullmatch(r"(?:a|an)\s*\w+", text[s[0]:s[1]], re.IGNORECASE)
                     or re.search(r"hour|session", text[s[0]:s[1]], re.IGNORECASE)]
        setattr(found, name, spans)
    found.programme_content += [m.span() for m in compiled["named_programme"].finditer(text)]
    # one owner for outcome time frames and measures: the named parts in data/smart.yaml
    time = part_spans(text, "outcome", "time")
    found.timebound += time
    found.measure += part_spans(blank(text, time), "outcome", "measure")
    return found
