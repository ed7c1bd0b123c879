"""Which tribunal decided a decision: the First-tier (SEND) or the Upper Tribunal. One public place,
read by the decision analyser and the timeline."""
from __future__ import annotations

import re


def detect_tribunal(text: str) -> str | None:
    head = text[:3000]
    first_lines = "\n".join([ln for ln in text[:600].splitlines() if ln.strip()][:3])
    if re.search(r"first-tier tribunal|special educational needs and disability tribunal", first_lines, re.IGNORECASE) and \
            not re.search(r"upper tribunal", first_lines, re.IGNORECASE):
        return "ftt"
    if len(text) < 2000 and re.search(r"\b(?:UT|Upper Tribunal)\b", head, re.IGNORECASE):
        return "ut"  # a case summary
    if re.search(r"\bUpper Tribunal\b", head, re.IGNORECASE) and re.search(r"Administrative Appeals Chamber|UKUT|UA-\d{4}|Upper Tribunal Judge|"
                                                            r"DECISION OF THE UPPER TRIBUNAL|appeal from the First-tier", head, re.IGNORECASE):
        return "ut"
    if re.search(r"First-tier Tribunal|SEND Tribunal|Special Educational Needs and Disability|EH\d{3}/\d{2}/\d{3,5}|HESC",
                 head, re.IGNORECASE):
        return "ftt"
    return None
