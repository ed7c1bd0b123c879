"""Links from a finding's legal basis to its public text (data/law.yaml), so a reader can check the
law a finding relies on. One owner: rules, faults and the JSON output all look links up here."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

KINDS = ("legislation", "guidance", "judgment", "search")


@dataclass(frozen=True)
class Link:
    url: str
    kind: str  # legislation | guidance | judgment | search (no free official text known: a search)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Link], list[tuple[re.Pattern, str, str]]]:
    where = "nlp/data/law.yaml"
    raw = yaml.safe_load(resources.files("nlp").joinpath("data/law.yaml").read_text("utf-8"))
    exact = {}
    for basis, entry in (raw.get("exact") or {}).items():
        exact[basis] = _link(entry, f"{where}: {basis!r}")
    sources = []
    for i, entry in enumerate(raw.get("sources") or []):
        link = _link(entry, f"{where}: source {i + 1}")
        sources.append((re.compile(str(entry["match"])), link.url, link.kind))
    return exact, sources


def _link(entry: object, where: str) -> Link:
    if not isinstance(entry, dict) or not str(entry.get("url", "")).startswith("https://"):
        raise ValueError(f"{where}: needs an https 'url'")
    if entry.get("kind") not in KINDS:
        raise ValueError(f"{where}: 'kind' must be one of {KINDS}")
    return Link(str(entry["url"]), str(entry["kind"]))


def link(basis: str) -> Link | None:
    """The public text of one basis string, or None when data/law.yaml does not know its source."""
    exact, sources = _table()
    if basis in exact:
        return exact[basis]
    for pattern, url, kind in sources:
        m = pattern.match(basis)
        if m:
            return Link(m.expand(url), kind)
    return None


def basis_links(basis: tuple[str, ...] | list[str]) -> list[str | None]:
    """The URL for each basis string, in the same order (None where unknown)."""
    return [found.url if (found := link(b)) else None for b in basis]
