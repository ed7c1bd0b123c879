"""One count per decision: a fingerprint that is the same for a decision saved as .txt, .docx or
.pdf, so a batch can fold later copies into the first (`duplicate_of`).

Two keys, either of which identifies a decision:
- `text`: a hash of the words alone (lower-cased letters and digits), which survives the
  differences between formats (line breaks, hyphenation repaired by ingest, page furniture);
- `ident`: the reference number, the parties (local authority) and the decision date, when the
  decision states a reference and a date. One appeal can have several decisions (directions, a
  final decision, a review), so the date is part of the key.
"""
from __future__ import annotations

import hashlib
import re

_WORD = re.compile(r"[a-z0-9]+")
# page numbers and running heads that a PDF or Word rendering can add or drop
_FURNITURE = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,4}|-\s*\d+\s*-)\s*$", re.IGNORECASE | re.MULTILINE)


def text_key(text: str) -> str:
    words = _WORD.findall(_FURNITURE.sub(" ", text).lower())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:20]


def fingerprint(text: str, decision: dict) -> dict:
    """`decision` is DecisionAnalysis.to_json(); returns {"text": ..., "ident": ... or None}."""
    meta = decision.get("metadata") or {}
    ref, when = meta.get("reference"), meta.get("decision_date")
    ident = None
    if ref and when:
        party = re.sub(r"\W+", " ", (meta.get("local_authority") or "").lower()).strip()
        ident = f"{ref.upper()}|{party}|{when}"
    return {"text": text_key(text), "ident": ident}


class Folder:
    """Remembers the first file of each decision; `duplicate_of(path, fp)` names it for later copies."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def duplicate_of(self, path: str, fp: dict | None) -> str | None:
        if not fp:
            return None
        keys = [f"t:{fp['text']}"] + ([f"i:{fp['ident']}"] if fp.get("ident") else [])
        original = next((self.first[k] for k in keys if k in self.first), None)
        for k in keys:
            self.first.setdefault(k, original or path)
        return original if original != path else None
