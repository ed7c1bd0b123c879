"""The CoP 9.69 test on every Section F item, and the provision table it produces.

Each item's elements (what, how much, how often, how long, who and their expertise, group size,
where/when, review) are extracted; what is missing becomes a quantification finding with a
rewrite template that keeps the author's words and marks every placeholder in [brackets].
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from ingest import Document
from ingest.markers import BULLET

from .elements import Elements, find_elements
from .findings import Finding
from .items import Item
from .rulepack import Rule
from .taxonomy import taxonomy

_HEADER_WORDS = re.compile(r"^(?:needs?|provision|outcomes?|frequency|how often|who|delivered by|by whom|"
                           r"staffing|resources?|special educational provision|area of need|duration|"
                           r"section [a-k]\b.*|[a-k] [-–].*|review|cost|notes?|intervention|targets?)\s*:?$", re.I)


@dataclass
class ProvisionRow:
    start: int
    end: int
    section: str | None
    text: str
    amount: str
    frequency: str
    duration: str
    staff: str
    qualification: str
    group_size: str
    where: str
    review: str
    missing: list[str]
    passes: bool  # the CoP 9.69 test: quantified and delivered by a named role

    def to_json(self) -> dict:
        return asdict(self)


def _join(text: str, spans: list[tuple[int, int]]) -> str:
    return "; ".join(dict.fromkeys(text[s:e].strip() for s, e in spans))


_LABEL_LIKE = re.compile(r"^(?:communication and interaction|cognition and learning|social,? emotional and mental health|"
                         r"sensory and/?(?:or )?physical(?: needs)?|physical and/?(?:or )?sensory|preparing for adulthood|"
                         r"independence|none|n/a|not applicable)\.?$", re.I)


NARRATIVE = re.compile(r"\b(?:set out (?:below|above|in)|as follows|this section|the following|below is|"
                       r"provision below|is described in|are described in|unless stated otherwise)\b", re.I)


def looks_like_label(text: str) -> bool:
    """An area-of-need name, a line ending in a colon, or a short title-case label."""
    stripped = BULLET.sub("", text).strip()
    if not any(ch.isalpha() for ch in stripped) or stripped.endswith(":") or _LABEL_LIKE.match(stripped):
        return True
    words = stripped.split()
    return len(words) <= 4 and not stripped.endswith((".", ")")) and all(
        w[:1].isupper() or w.lower() in ("and", "of", "the", "for", "&", "or") for w in words)


def is_provision(text: str, item: Item) -> bool:
    stripped = BULLET.sub("", text).strip()
    if item.kind == "heading" or looks_like_label(stripped):
        return False
    if item.kind in ("paragraph", "sentence") and NARRATIVE.search(stripped):
        return False  # an introduction to the section, not a provision
    if item.kind == "table_row":
        cells = [c.strip() for c in text.split("\t") if c.strip()]
        if cells and all(_HEADER_WORDS.match(c) for c in cells):
            return False
    return True


def provision_rows(doc: Document, items: list[Item], sections: tuple[str, ...] = ("F",)
                   ) -> list[tuple[Item, Elements, ProvisionRow]]:
    """Provision items of `sections` (Section F by default: the provision table) with their elements."""
    rows = []
    for item in items:
        if item.section not in sections:
            continue
        text = doc.text[item.start:item.end]
        if not is_provision(text, item):
            continue
        el = find_elements(text)
        missing = missing_elements(el)
        row = ProvisionRow(
            start=item.start, end=item.end, section=item.section, text=text,
            amount=_join(text, el.amount), frequency=_join(text, el.frequency),
            duration=_join(text, el.duration), staff=_join(text, el.staff),
            qualification=_join(text, el.qualification), group_size=_join(text, el.group),
            where=_join(text, el.where), review=_join(text, el.review), missing=missing,
            passes=not {"amount", "staff"} & set(missing))
        rows.append((item, el, row))
    return rows


def quantification_findings(doc: Document, rows, rewrites: dict[tuple[int, int], str] | None = None
                            ) -> list[Finding]:
    """`rewrites`: an item's rewrite (by its span) where one is already made, so that every finding on
    an item carries the same one; otherwise the CoP 9.69 template, made once per item."""
    tax = taxonomy()
    out: list[Finding] = []
    rewrites = dict(rewrites or {})

    def add(code: str, item: Item, el: Elements, span: tuple[int, int] | None = None, severity: str | None = None):
        fault = tax.faults[code]
        s, e = (item.start + span[0], item.start + span[1]) if span else (item.start, item.end)
        key = (item.start, item.end)
        if key not in rewrites:
            rewrites[key] = rewrite_template(doc.text[item.start:item.end])
        out.append(Finding(code=code, severity=severity or fault.severity, section=item.section, start=s,
                           end=e, text=doc.text[s:e], message=fault.message,
                           suggestion=missing_advice(el, code) or fault.suggestion, basis=fault.basis,
                           source="cop9.69", rewrite=rewrites[key]))

    for item, el, row in rows:
        if el.has("therapy") and not el.quantified:
            add("unquantified_therapy", item, el, el.therapy[0])
        elif _is_support(el) and not el.quantified:
            add("unquantified_support", item, el, el.support[0] if el.support else None)
        words = len(doc.text[item.start:item.end].split())
        if el.has("programme") and not el.has("programme_content") and (not el.quantified or words <= 16):
            add("unspecified_programme", item, el, el.programme[0])
        if el.has("small_group") and not el.has("group"):
            add("small_group_undefined", item, el, el.small_group[0])
        text = doc.text[item.start:item.end]
        # Only a deliverer named in generic terms ("an adult", "school staff") is a fault here: a
        # quantified item that names no one is marked in the provision table (missing: staff), and a
        # named therapy implies its own professional.
        generic = GENERIC_PERSON.search(text)
        if el.quantified and not el.has("staff") and generic:
            add("unspecified_staff", item, el, generic.span())
    return out


GENERIC_PERSON = re.compile(r"\b(?:someone|somebody|an adult|a member of staff|members of staff|staff members?|"
                             r"school staff|a staff member|the staff|an appropriate person|(?:the|a) (?:class|school|staff|support) team|"
                             r"an? (?:adult|staff member) (?:in|at|from) (?:school|the setting)|adults? in school)\b", re.I)


def _is_support(el: Elements) -> bool:
    return el.has("support")


def missing_elements(el: Elements) -> list[str]:
    """The CoP 9.69 elements an item lacks: the one definition used by the provision table, the
    advice and the rewrite template. A named therapy implies its own professional."""
    missing = []
    if not el.quantified:
        missing.append("amount")
    if not el.has("frequency"):
        missing.append("frequency")
    if not el.has("staff") and not el.has("therapy"):
        missing.append("staff")
    if el.has("small_group") and not el.has("group"):
        missing.append("group_size")
    return missing


_ADVICE = {"amount": "how much (hours, or number and length of sessions)", "frequency": "how often",
           "staff": "who delivers it and their training or qualification", "group_size": "the maximum group size"}


def missing_advice(el: Elements, code: str) -> str:
    """Which CoP 9.69 elements to add, in plain words."""
    wants = [_ADVICE[m] for m in missing_elements(el)]
    if code == "unspecified_programme":
        wants.append("what the programme or strategies are")
    if not wants:
        return ""
    return "Add " + ", ".join(wants[:-1]) + (" and " if len(wants) > 1 else "") + wants[-1] + "."


def rewrite_template(text: str, rules: Sequence[Rule] = ()) -> str:
    """The author's wording with each fired rule's fault removed (the rule's own `rewrite` steps) and
    the missing elements added as [placeholders]; amounts are never invented."""
    what = BULLET.sub("", text).strip().rstrip(".")
    for rule in rules:
        for pattern, replacement in rule.rewrite:
            what = pattern.sub(replacement, what)
    # drop the words that make it unenforceable; keep everything else the author wrote
    what = re.sub(r"\s*,?\s*\b(?:(?:as|where|when|if) (?:and when )?(?:appropriate|required|needed|necessary|possible)|"
                  r"(?:when|if) (?:needed|required|necessary)|(?:when|if) (?:he|she|they) (?:needs?|wants?) "
                  r"(?:one|it|them)|subject to availability|as resources allow)\b", "", what, flags=re.I)
    what = re.sub(r"\b(have|has|be given|get) (?:regular |ongoing )?access to ", r"\1 ", what, flags=re.I)
    what = re.sub(r"\b(?:can|may|could) access\b", "will have", what, flags=re.I)
    what = re.sub(r"\b(?:regular|ongoing|frequent|periodic)(?:ly)? (?=\w)", "", what, flags=re.I)
    what = re.sub(r"^(?:regular |ongoing |frequent |daily )?access to (?:regular )?", "", what, flags=re.I)
    what = re.sub(r"^opportunit(?:y|ies) (?:for|to) ", "", what, flags=re.I)
    what = re.sub(r"\s{2,}", " ", what).strip(" ,;:")
    what = what[:1].upper() + what[1:]
    what = what.replace("\t", "; ")
    # what the rewritten wording already gives, reading each placeholder as filled in
    el = find_elements(re.sub(r"\[guaranteed number of\]", "5", what))
    missing = missing_elements(el)
    parts = [what]
    if "amount" in missing:
        parts.append("[number] sessions of [length] minutes")
        if "frequency" in missing:
            parts.append("[how often, e.g. each week]")
    if "staff" in missing:
        parts.append("delivered by [role, with named training or qualification]")
    if "group_size" in missing:
        parts.append("in a group of no more than [number] pupils")
    return ", ".join(parts) + "."
