"""Runs the wording rules of the rule packs over a document's provision items.

Regex patterns run on the text; phrase and token patterns run through one `spacy.blank("en")`
pass over the whole document, built once per checker. Each match is then judged in its item's
context: terms of art are dropped, and a match whose missing detail is in fact given in the same
item is suppressed or lowered, as the rule's `context` says.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from functools import lru_cache

from ingest import Document

from .elements import Elements, find_elements
from .findings import Explanation, Finding
from .items import Item
from .provisions import rewrite_template
from .rulepack import Rule, thaw
from .spelling import normalise
from .taxonomy import severity_rank


class WordingRules:
    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._spacy_rules = [r for r in rules if any(p.phrase or p.tokens for p in r.patterns)]
        self._nlp = self._matcher = self._phrases = None
        if self._spacy_rules:
            self._build_spacy()

    def _build_spacy(self) -> None:
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        self._nlp = spacy.blank("en")
        self._matcher = Matcher(self._nlp.vocab)
        self._phrases = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        for rule in self._spacy_rules:
            phrases = [self._nlp.make_doc(p.phrase) for p in rule.patterns if p.phrase]
            if phrases:
                self._phrases.add(rule.id, phrases)
            tokens = [thaw(p.tokens) for p in rule.patterns if p.tokens]
            if tokens:
                self._matcher.add(rule.id, tokens)

    def matches(self, text: str, ranges: dict[str, list[tuple[int, int]]] | None = None
                ) -> list[tuple[Rule, str, int, int]]:
        """Every (rule, pattern name, start, end) match of every pattern in `text`; with `ranges`, regexes only
        scan the spans of the sections each rule applies to (most of a plan is not Section F)."""
        norm = normalise(text)
        if norm.changed:  # match the text as if spelt right; report the author's own offsets
            if ranges is not None:
                ranges = {sec: [(norm.position(s), norm.position(e)) for s, e in spans] for sec, spans in ranges.items()}
            return [(rule, name, *norm.span(s, e)) for rule, name, s, e in self._matches(norm.text, ranges)]
        return self._matches(text, ranges)

    def _matches(self, text: str, ranges: dict[str, list[tuple[int, int]]] | None) -> list[tuple[Rule, str, int, int]]:
        out: list[tuple[Rule, str, int, int]] = []
        for rule in self.rules:
            spans = [(0, len(text))] if ranges is None else [r for sec in rule.sections for r in ranges.get(sec, [])]
            for p in rule.patterns:
                if p.regex is None:
                    continue
                for start, end in spans:
                    out.extend((rule, p.name, m.start(), m.end()) for m in p.regex.finditer(text, start, end)
                               if m.end() > m.start())
        if self._nlp is not None:
            by_id = {r.id: r for r in self._spacy_rules}
            sdoc = self._nlp.make_doc(text)
            for kind, matcher in (("phrase", self._phrases), ("tokens", self._matcher)):
                for match_id, s, e in matcher(sdoc):
                    span = sdoc[s:e]
                    rule = by_id[self._nlp.vocab.strings[match_id]]
                    out.append((rule, f"{rule.id}:{kind}", span.start_char, span.end_char))
        return out

    def check(self, doc: Document, items: list[Item]) -> list[Finding]:
        text = doc.text
        starts = [it.start for it in items]
        elements_cache: dict[Item, Elements] = {}
        findings: dict[tuple, Finding] = {}
        for rule, pattern, s, e in self.matches(text, _section_ranges(items)):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            i = bisect.bisect_right(starts, s) - 1
            if i < 0 or not (items[i].start <= s < items[i].end):
                continue
            item = items[i]
            if item.kind == "heading" or item.section not in rule.sections:
                continue
            scope = text[item.start:item.end]
            if _excepted(rule, scope, s - item.start, e - item.start):
                continue
            if item not in elements_cache:
                elements_cache[item] = find_elements(scope)
            severity, softened = verdict(rule, elements_cache[item])
            if severity is None:
                continue
            key = (rule.code, item.start)
            if key in findings and findings[key].start <= s:
                continue
            note = (f"Lowered from {rule.severity} to {severity}: {', '.join(softened)} stated in the same item."
                    if softened else "")
            findings[key] = Finding(code=rule.code, severity=severity, section=item.section, start=s, end=e,
                                    text=text[s:e], message=rule.message, suggestion=rule.suggestion,
                                    basis=rule.basis, score=1.0, source=rule.source,
                                    explanation=Explanation(check="wording", source=rule.source, pattern=pattern,
                                                            original_severity=rule.severity,
                                                            softened_by=softened, note=note))
        return _with_rewrites(text, items, starts, list(findings.values()), self.rules)


_PROVISION_SECTIONS = ("F", "G", "H1", "H2")


def _with_rewrites(text: str, items: list[Item], starts: list[int], findings: list[Finding],
                   rules: list[Rule]) -> list[Finding]:
    """Every provision finding carries one rewrite of its item that removes all the faults found there."""
    by_id = {r.source: r for r in rules}
    fired: dict[Item, list[Rule]] = {}
    for f in findings:
        item = items[bisect.bisect_right(starts, f.start) - 1]
        if item.section in _PROVISION_SECTIONS and f.source in by_id:
            fired.setdefault(item, []).append(by_id[f.source])
    rewrites = {item: rewrite_template(text[item.start:item.end], rules=rs) for item, rs in fired.items()}
    out = []
    for f in findings:
        item = items[bisect.bisect_right(starts, f.start) - 1]
        out.append(replace(f, rewrite=rewrites[item]) if item in rewrites else f)
    return out


def _section_ranges(items: list[Item]) -> dict[str, list[tuple[int, int]]]:
    """Contiguous text ranges per section, from the items (per-area tables interleave sections)."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    for it in items:
        if it.section is None:
            continue
        spans = ranges.setdefault(it.section, [])
        if spans and it.start - spans[-1][1] <= 2:
            spans[-1] = (spans[-1][0], it.end)
        else:
            spans.append((it.start, it.end))
    return ranges


def _excepted(rule: Rule, scope: str, s: int, e: int) -> bool:
    for pattern in rule.exceptions:
        for m in pattern.finditer(scope):
            if m.start() <= s and e <= m.end() or (m.start() < e and s < m.end()):
                return True
    return False


def _has(elements: Elements, name: str) -> bool:
    return elements.quantified if name == "quantified" else elements.has(name)


def judge(rule: Rule, elements: Elements) -> str | None:
    """The severity for a match given its item's elements, or None when context suppresses it."""
    return verdict(rule, elements)[0]


def verdict(rule: Rule, elements: Elements) -> tuple[str | None, tuple[str, ...]]:
    """The severity for a match in its item's context (None when suppressed), and the elements that
    lowered it."""
    ctx = rule.context
    if ctx.get("require_any") and not any(_has(elements, n) for n in ctx["require_any"]):
        return None, ()
    if ctx.get("suppress_if_all") and all(_has(elements, n) for n in ctx["suppress_if_all"]):
        return None, ()
    if ctx.get("suppress_if_any") and any(_has(elements, n) for n in ctx["suppress_if_any"]):
        return None, ()
    softened: tuple[str, ...] = ()
    if ctx.get("lower_if_all") and all(_has(elements, n) for n in ctx["lower_if_all"]):
        softened = tuple(ctx["lower_if_all"])
    elif ctx.get("lower_if_any"):
        softened = tuple(n for n in ctx["lower_if_any"] if _has(elements, n))
    target = ctx.get("lower_to", "suggestion")
    if softened and severity_rank(target) < severity_rank(rule.severity):
        return target, softened
    return rule.severity, ()


@lru_cache(maxsize=1)
def _builtin() -> WordingRules:
    from .rulepack import builtin_pack_paths, load_pack

    return WordingRules([r for p in builtin_pack_paths() for r in load_pack(p).rules])


def codes_in(text: str, section: str = "F") -> set[str]:
    """The fault codes the built-in wording rules find in a snippet, as if it were one item of
    `section` (used to read plan wording that a tribunal decision quotes)."""
    rules = _builtin()
    elements = find_elements(text)
    out = set()
    for rule, _, s, e in rules.matches(text):
        if section in rule.sections and not _excepted(rule, text, s, e) and judge(rule, elements) is not None:
            out.add(rule.code)
    return out
