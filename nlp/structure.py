"""Plan-level checks that need the section map, not just wording: missing and merged sections,
educational therapy written outside Section F, and Section I in a draft or final plan."""
from __future__ import annotations

import re

from ingest import Document

from .findings import Finding
from .items import Item
from .sections import SectionMap
from .taxonomy import taxonomy

_DRAFT = re.compile(r"\bDRAFT\b|\bdraft (?:EHC |education, health and care )?plan\b|\bstatus\s*:?\s*draft\b", re.I)
_FINAL = re.compile(r"\bFINAL\b|\bfinal (?:EHC |education, health and care )?plan (?:issued|dated)\b|\bstatus\s*:?\s*final\b",
                    re.I)
_EDU_THERAPY = re.compile(r"\b(?:speech(?:,)? (?:and|&) language therapy|speech therapy|occupational therapy|physiotherapy|"
                          r"SaLT|SALT|SLT|speech and language therapist|occupational therapist|physiotherapist)\b", re.I)
_PROVISION_CUE = re.compile(r"\b(?:sessions?|programme|will (?:provide|deliver|receive|have|see|work)|block|weekly|termly|"
                            r"fortnightly|daily|train(?:ing)?|delivered|direct|targets?|per (?:week|term))\b", re.I)
# Therapy for a health purpose stays in G (eating and drinking, posture, equipment, medical care).
_HEALTH_PURPOSE = re.compile(r"\b(?:dysphagia|eating and drinking|swallow\w*|feeding|postur\w+|wheelchair|splints?|"
                             r"orthotics?|seating|medication|continence|tube|hoist|pressure care|chest physio\w*)\b", re.I)
_SCHOOL = re.compile(r"\b(?:[A-Z][\w'’-]+ ){1,5}(?:Primary|Secondary|Infant|Junior|Special|High|Community|Free|Grammar)?"
                     r" ?(?:School|Academy|College|Nursery|Unit|Base)\b")
_SCHOOL_TYPE = re.compile(r"\b(?:mainstream|special|maintained|independent|academy|resource(?:d)? (?:base|provision)|"
                          r"further education|college|EOTAS|education otherwise than at school)\b", re.I)
_BLANK_NOTE = re.compile(r"\b(?:left blank|to be (?:completed|confirmed|named)|will be completed|not (?:yet )?named)\b", re.I)


def plan_status(doc: Document) -> str | None:
    """'draft' or 'final' when the plan says so near its start, else None."""
    head = doc.text[:3000]
    draft, final = _DRAFT.search(head), _FINAL.search(head)
    if draft and (not final or draft.start() < final.start()):
        return "draft"
    return "final" if final else None


def structure_findings(doc: Document, sections: SectionMap, items: list[Item], status: str | None) -> list[Finding]:
    if sections.layout == "unknown":
        return []
    return [*_missing(doc, sections), *_wrong_section(doc, items), *_placement(doc, sections, status),
            *_social_care(doc, sections, items)]


def _finding(code: str, section: str | None, start: int, end: int, doc: Document, message: str | None = None,
             severity: str | None = None) -> Finding:
    fault = taxonomy().faults[code]
    return Finding(code, severity or fault.severity, section, start, end, doc.text[start:end], message or fault.message,
                   fault.suggestion, fault.basis, source="structure")


def _missing(doc: Document, sections: SectionMap) -> list[Finding]:
    out = [_finding("missing_section", sid, 0, 0, doc,
                    f"Section {sid} ({taxonomy().sections[sid]}) was not found in the plan.")
           for sid in sections.missing]
    for group in sections.merged:
        start = sections.merged_at.get(group, min(sections.headings.get(group[0], [0])))
        end = doc.text.find("\n", start)
        end = len(doc.text) if end < 0 else end
        out.append(_finding("missing_section", group[0], start, end, doc,
                            f"Sections {' and '.join(group)} are merged under one heading; each must be separately "
                            "identified (SEND Regulations 2014 reg 12).", severity="warning"))
    return out


def _wrong_section(doc: Document, items: list[Item]) -> list[Finding]:
    out = []
    for item in items:
        if item.section not in ("G", "C") or item.kind == "heading":
            continue
        text = doc.text[item.start:item.end]
        m = _EDU_THERAPY.search(text)
        if m and _PROVISION_CUE.search(text) and not _HEALTH_PURPOSE.search(text):
            out.append(_finding("wrong_section", item.section, item.start, item.end, doc,
                                f"Therapy that educates or trains is special educational provision, so it belongs in "
                                f"Section F, where the local authority must secure it; here it is in Section "
                                f"{item.section}."))
    return out


def _placement(doc: Document, sections: SectionMap, status: str | None) -> list[Finding]:
    spans = sections.spans_of("I")
    if not spans or status is None:
        return []
    span = spans[0]
    heading_end = doc.text.find("\n", span.start)
    body_start = heading_end + 1 if 0 <= heading_end < span.end else span.start
    body = doc.text[body_start:span.end]
    school = next((m for m in _SCHOOL.finditer(body) if not _BLANK_NOTE.search(body[max(0, m.start() - 80):m.end()])), None)
    if status == "draft" and school:
        s, e = body_start + school.start(), body_start + school.end()
        return [_finding("placement_fault", "I", s, e, doc,
                         "A draft plan must leave Section I blank: the family has the right to state a preference "
                         "first, and naming a school in the draft pre-empts it.")]
    if status == "final" and not school and not _SCHOOL_TYPE.search(body):
        end = heading_end if heading_end > 0 else span.end
        return [_finding("placement_fault", "I", span.start, end, doc,
                         "A final plan must name the school or institution, or at least its type, in Section I.")]
    return []


# CSDPA 1970 s2 services (H1) and what belongs in H2 instead (residential breaks, adult care).
_CSDPA = re.compile(r"\b(?:practical (?:help|assistance) (?:in|at) (?:the )?home|personal assistant|home care|"
                    r"(?:day|non-residential|daytime|after-school|holiday) (?:short )?breaks?|short breaks? (?:during the day|"
                    r"club|scheme)|holiday (?:scheme|club|play ?scheme)|recreational|leisure|youth club|"
                    r"adaptations? (?:to|of) the (?:family )?home|home adaptations?|(?:help|assistance) with travel|"
                    r"travel (?:to|for) (?:activities|leisure)|disabled facilities|telephone|meals)\b", re.I)
_H2_ONLY = re.compile(r"(?<!non-)\b(?:overnight|residential) (?:short )?breaks?|\bovernight respite\b|\bshort breaks? "
                      r"(?:unit|home) overnight|\b(?:provided|arranged|assessed) under the Care Act\b|"
                      r"\badult social care\b|\bfoster(?:ing)? (?:care|placement)\b", re.I)
_NONE = re.compile(r"^\s*(?:none|n/?a|not applicable|no (?:social care )?(?:needs|provision)[^.]*)\.?\s*$|"
                   r"\bno (?:\w+ ){0,3}(?:needs|provision)\b[^.]{0,40}\b(?:identified|recorded|assessed|required)|"
                   r"\bnot known to\b", re.I)


def _social_care(doc: Document, sections: SectionMap, items: list[Item]) -> list[Finding]:
    out = []
    for item in items:
        if item.kind == "heading" or item.section not in ("H1", "H2"):
            continue
        text = doc.text[item.start:item.end]
        if item.section == "H2" and _CSDPA.search(text) and not _H2_ONLY.search(text):
            out.append(_finding("social_care_misclassification", "H2", item.start, item.end, doc,
                                "This is a service under section 2 of the Chronically Sick and Disabled Persons Act "
                                "1970, which belongs in Section H1, not H2."))
        elif item.section == "H1" and _H2_ONLY.search(text):
            out.append(_finding("social_care_misclassification", "H1", item.start, item.end, doc,
                                "Residential or overnight breaks and adult care are not CSDPA s2 services; they belong "
                                "in Section H2."))
    d_items = [it for it in items if it.section == "D" and it.kind != "heading"
               and not _NONE.search(doc.text[it.start:it.end]) and len(doc.text[it.start:it.end].split()) >= 6]
    h_items = [it for it in items if it.section in ("H1", "H2") and it.kind != "heading"
               and not _NONE.search(doc.text[it.start:it.end])]
    if d_items and not h_items and not any(g for g in sections.merged if "H1" in g or "H2" in g):
        first = d_items[0]
        out.append(_finding("social_care_misclassification", "D", first.start, first.end, doc,
                            "Section D records social care needs, but Sections H1 and H2 make no provision for them."))
    return out
