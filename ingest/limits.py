"""How much work one file may cause: bytes on disk, bytes unpacked, parts, paragraphs, pages.

A small file can still ask for a lot (a 2.5 MB Word file that unpacks to 280 MB of XML, a PDF of
100,000 blank pages), so each reader checks these before the expensive step. Every limit can be
raised through an environment variable for a trusted file; the error names the variable.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * _MB  # the file itself (SENDLENS_MAX_MB, or --max-size-mb)
    max_unpacked: int = 200 * _MB  # all parts of a Word file, unpacked (SENDLENS_MAX_UNPACKED_MB)
    max_xml: int = 40 * _MB  # the XML parts of a Word file, unpacked (SENDLENS_MAX_XML_MB)
    max_parts: int = 2000  # members of a Word file's zip (SENDLENS_MAX_PARTS)
    max_paragraphs: int = 100_000  # paragraphs in a Word file, lines in a text file (SENDLENS_MAX_PARAGRAPHS)
    max_pages: int = 2000  # pages of a PDF (SENDLENS_MAX_PAGES)


_ENV = {"max_bytes": ("SENDLENS_MAX_MB", _MB), "max_unpacked": ("SENDLENS_MAX_UNPACKED_MB", _MB),
        "max_xml": ("SENDLENS_MAX_XML_MB", _MB), "max_parts": ("SENDLENS_MAX_PARTS", 1),
        "max_paragraphs": ("SENDLENS_MAX_PARAGRAPHS", 1), "max_pages": ("SENDLENS_MAX_PAGES", 1)}


def env_name(field: str) -> str:
    return _ENV[field][0]


def current(**overrides) -> Limits:
    """The defaults, changed by any SENDLENS_* variable set, then by explicit (non-None) overrides."""
    values = {}
    for field, (var, unit) in _ENV.items():
        raw = os.environ.get(var)
        if raw:
            try:
                values[field] = int(float(raw) * unit)
            except ValueError:
                raise ValueError(f"{var}={raw!r} is not a number") from None
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Limits(**values)
