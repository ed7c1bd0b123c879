"""Dates as tribunal decisions write them ("26 May 2022", "26/05/22", "the 3rd of June 2023"),
normalised to ISO. A date the text does not give fully stays unknown: nothing is guessed."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE = re.compile(
    rf"\b(?:(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|&|-|–|to)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<m5>{_MONTH})\.?,?\s+(?P<y5>\d{{4}})|"
    rf"(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})|"
    rf"(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})|"
    r"(?P<d3>\d{1,2})[/.\-](?P<m3>\d{1,2})[/.\-](?P<y3>\d{4}|\d{2})|"
    r"(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2}))\b", re.I)


def parse_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every complete date in text[start:end], as (start, end, ISO date)."""
    out = []
    for m in DATE.finditer(text, start, len(text) if end is None else end):
        iso = _iso(m)
        if iso:
            out.append((m.start(), m.end(), iso))
    return out


def _iso(m: re.Match) -> str | None:
    g = m.groupdict()
    try:
        if g["d5"]:  # "11 and 12 February 2025": the first day
            d, mo, y = int(g["d5"]), MONTHS[g["m5"].lower()[:3]], int(g["y5"])
        elif g["d1"]:
            d, mo, y = int(g["d1"]), MONTHS[g["m1"].lower()[:4].rstrip(".") if g["m1"].lower().startswith("sept") else g["m1"].lower()[:3]], int(g["y1"])
        elif g["d2"]:
            d, mo, y = int(g["d2"]), MONTHS[g["m2"].lower()[:3]], int(g["y2"])
        elif g["d3"]:
            d, mo, y = int(g["d3"]), int(g["m3"]), int(g["y3"])
            if y < 100:
                y += 2000
        else:
            d, mo, y = int(g["d4"]), int(g["m4"]), int(g["y4"])
        return date(y, mo, d).isoformat()
    except (ValueError, KeyError):
        return None
