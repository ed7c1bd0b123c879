"""The taxonomy shipped inside the package: the ids every part of sendlens speaks."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

SEVERITIES = ("suggestion", "warning", "error")


@dataclass(frozen=True)
class Fault:
    code: str
    family: str
    scope: str  # provision (one Section F item) | item (one item elsewhere) | plan (the whole plan)
    severity: str
    title: str
    message: str
    suggestion: str
    basis: tuple[str, ...]


@dataclass(frozen=True)
class Taxonomy:
    sections: dict[str, str]
    faults: dict[str, Fault]
    appeal_types: dict[str, str]
    outcomes: dict[str, str]

    def codes(self, *scopes: str) -> list[str]:
        """Fault ids of the given scopes, in taxonomy order (the one list of them)."""
        return [c for c, f in self.faults.items() if f.scope in scopes]


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    raw = yaml.safe_load(resources.files("nlp").joinpath("data/taxonomy.yaml").read_text("utf-8"))
    faults = {code: Fault(code=code, family=f["family"], scope=f["scope"], severity=f["severity"], title=f["title"],
                          message=f["message"], suggestion=f["suggestion"], basis=tuple(f["basis"]))
              for code, f in raw["faults"].items()}
    return Taxonomy(sections=raw["sections"], faults=faults, appeal_types=raw["appeal_types"],
                    outcomes=raw["outcomes"])


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)
