"""Needs left without provision in a table that puts each need beside its provision.

In the per-area layout a row of a B | F | E table is one need with its provision and outcome; an
empty F cell is a stated need with no provision (need_without_provision), and in a D | H1 | H2 | E
table a social care need with both H cells empty has no social care provision. `sections.py` finds
the rows; this module words the findings.
"""
from __future__ import annotations

from ingest import Document

from .findings import Finding
from .sections import SectionMap
from .taxonomy import taxonomy

_MESSAGES = {
    "B": ("need_without_provision", ("This need has an empty provision cell beside it: Section F must set out the "
                                     "provision that meets every need in Section B.")),
    "D": ("social_care_misclassification", ("This social care need has nothing beside it in H1 or H2: Section D "
                                            "records the need, but Section H makes no provision for it.")),
}


def table_gap_findings(doc: Document, sections: SectionMap) -> list[Finding]:
    out = []
    for need, start, end in sections.row_gaps:
        code, message = _MESSAGES[need]
        fault = taxonomy().faults[code]
        out.append(Finding(code, fault.severity, need, start, end, doc.text[start:end], message, fault.suggestion,
                           fault.basis, source="structure:table"))
    return out
