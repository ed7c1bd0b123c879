"""The one plan context every check reads: built once per document, so no check re-splits the plan."""
from __future__ import annotations

from dataclasses import dataclass, field

from ingest import Document

from .elements import Elements
from .findings import Finding
from .items import Item, split_items, unplaced_items
from .provisions import ProvisionRow, provision_rows
from .sections import SectionMap, Structure, split_sections
from .structure import plan_status


@dataclass
class PlanContext:
    doc: Document
    sections: SectionMap
    items: list[Item]
    provisions: list[tuple[Item, Elements, ProvisionRow]]  # Section F items with their CoP 9.69 elements
    status: str | None  # 'draft', 'final' or None
    other_provisions: list[tuple[Item, Elements, ProvisionRow]] = field(default_factory=list)  # G, H1, H2
    structure: Structure | None = None  # whether the plan's layout was understood
    # when it was not: every provision-like item in no known section, checked as Section F anyway
    unplaced: list[Item] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # what earlier checks found (the model reads it)
    extras: dict = field(default_factory=dict)  # results a check hands to the report (the golden thread)

    @classmethod
    def build(cls, doc: Document, status: str | None = None) -> PlanContext:
        sections = split_sections(doc)
        structure = sections.structure()
        items = split_items(doc, sections)
        unplaced = [] if structure.recognised else unplaced_items(doc, items)
        return cls(doc, sections, items, provision_rows(doc, items) + provision_rows(doc, unplaced),
                   status or plan_status(doc), other_provisions=provision_rows(doc, items, ("G", "H1", "H2")),
                   structure=structure, unplaced=unplaced)
