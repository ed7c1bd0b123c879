"""Dispute timelines and mediation, read from a SEND Tribunal decision.

`extract_timeline(text)` finds the dates a decision states and says what each one is: the local
authority's decision under appeal, registration of the appeal, the mediation certificate, mediation
itself, case management, the hearing, the decision, the plan, annual reviews. Every event carries
the offsets of the date as written, so an analyst can check it against the text. From those it
works out the durations between key steps, and it reads whether mediation took place
(domain.md 4.5-4.6: CEDAR found 42% of parents who had to get mediation information went on to
mediate and 58% did not).

Nothing is guessed: a date without a day or a year ("in June", "3 June") gives no event, and a
duration whose ends are not both stated is None.

Date styles come from `nlp.dates.parse_dates`; this module adds two it lacks: "the 3rd day of June
2023", and ranges of hearing days ("4 and 5 June 2024", which gives 4 June as the first day).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from .dates import MONTHS, parse_dates
from .sentences import sentence_spans

KINDS = ("la_decision", "final_plan", "plan_issued", "annual_review", "mediation_certificate", "mediation",
         "appeal_registered", "case_management", "hearing_listed", "hearing", "decision", "ftt_decision")
MEDIATION_STATUSES = ("took_place", "declined", "not_required", "not_stated")
# The one list of durations, with the plain name a person reads (the store, stats and dashboard use it).
DURATION_NAMES = {
    "la_decision_to_hearing": "LA decision to hearing",
    "registration_to_decision": "appeal registered to decision",
    "la_decision_to_decision": "LA decision to tribunal decision",
    "registration_to_hearing": "appeal registered to hearing",
}
DURATIONS = tuple(DURATION_NAMES)
# The dates a flat row carries (a store column each).
ROW_DATES = ("la_decision", "appeal_registered", "mediation_certificate", "hearing", "decision", "final_plan")


def timeline_columns(t: dict) -> dict:
    """A timeline's JSON (Timeline.to_json) as the flat columns of one row: date_*, days_*, mediation."""
    dates = t.get("dates") or {}
    durations = t.get("durations") or {}
    out = {f"date_{k}": dates.get(k) for k in ROW_DATES}
    out.update({f"days_{k}": durations.get(k) for k in DURATIONS})
    out["mediation"] = (t.get("mediation") or {}).get("status")
    return out


class Span(NamedTuple):
    """Evidence: text[start:end] == text. A tuple, so `start, end, text = span` works too."""
    start: int
    end: int
    text: str


@dataclass
class TimelineEvent:
    kind: str
    date: str  # ISO
    start: int  # offsets of the date as written
    end: int
    text: str
    primary: bool = True  # False for a second mention of the same kind (another hearing day, a repeat)

    def to_json(self, evidence: bool = True) -> dict:
        out = {"kind": self.kind, "date": self.date, "primary": self.primary}
        if evidence:
            out.update(start=self.start, end=self.end, text=self.text)
        return out


@dataclass
class MediationFinding:
    status: str  # one of MEDIATION_STATUSES
    evidence: list[Span] = field(default_factory=list)
    resolved: str | None = None  # the sentence saying what mediation resolved, when the decision says so

    def to_json(self, evidence: bool = True) -> dict:
        out = {"status": self.status, "resolved": self.resolved}
        if evidence:
            out["evidence"] = [s._asdict() for s in self.evidence]
        return out


@dataclass
class Timeline:
    events: list[TimelineEvent]
    durations: dict[str, int | None]
    mediation: MediationFinding
    # which event kinds each known duration was measured between, e.g. ("final_plan", "hearing")
    basis: dict[str, tuple[str, str]] = field(default_factory=dict)

    def event(self, kind: str) -> TimelineEvent | None:
        """The primary event of a kind (the first or most specific mention), or None."""
        return next((e for e in self.events if e.kind == kind and e.primary), None)

    def dates(self) -> dict[str, str | None]:
        return {k: (e.date if (e := self.event(k)) else None) for k in KINDS}

    def to_json(self, evidence: bool = True) -> dict:
        return {
            "dates": {k: v for k, v in self.dates().items() if v},
            "durations": dict(self.durations),
            "duration_basis": {k: list(v) for k, v in self.basis.items()},
            "mediation": self.mediation.to_json(evidence),
            "events": [e.to_json(evidence) for e in self.events],
        }


# ---------------------------------------------------------------------------------------- dates
class _Mention(NamedTuple):
    start: int
    end: int
    iso: str
    last: tuple[int, int, str] | None = None  # last day of a range: (start, end, iso)


_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY_OF = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_RANGE_HEAD = re.compile(r"(?<![\w£$.,/-])(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]*,[ \t]*\d{1,2}(?:st|nd|rd|th)?)*"
                         r"[ \t]*,?[ \t]*(?:and|&|to|-|–)[ \t]*$", re.IGNORECASE)
_RANGE_TEXT = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[ \t]*(?:and|&|to|-|–)[ \t]*(\d{1,2})(?:st|nd|rd|th)?[ \t]+[a-z]", re.IGNORECASE)
_LIST_HEAD = re.compile(r"(?<![\w£$.,/-])(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]*,[ \t]*\d{1,2}(?:st|nd|rd|th)?)*[ \t]*,[ \t]*$", re.IGNORECASE)
_NOT_RANGE = re.compile(r"\b(?:aged?|years?|paragraphs?|paras?|sections?|parts?|pages?|rules?|regulations?|"
                        r"items?|no\.?|nos\.?|£)[ \t]*$", re.IGNORECASE)
_NUMERIC_REF = re.compile(r"\b(?:para(?:graph)?s?|sections?|s|regs?|regulations?|rules?|pages?|p|pp|items?|"
                          r"version|v)\.?[ \t]*$", re.IGNORECASE)


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS["sept"] if w.startswith("sept") else MONTHS[w[:3]]


def find_dates(text: str) -> list[_Mention]:
    """Every complete date in the text (nlp.dates styles plus "3rd day of June 2023"), with day
    ranges ("4 and 5 June 2024") folded into one mention whose date is the first day."""
    found: list[_Mention] = []
    for s, e, iso in parse_dates(text):
        if (the := re.match(r"the\s+", text[s:e], re.IGNORECASE)):
            s += the.end()
        if text[s].isdigit() and not re.search(r"[a-z]", text[s:e], re.IGNORECASE) \
                and _NUMERIC_REF.search(text[max(0, s - 15):s]):
            continue  # "paragraph 4.3.12" is not a date
        found.append(_Mention(s, e, iso))
    taken = [(m.start, m.end) for m in found]
    for m in _DAY_OF.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        try:
            iso = date(int(m.group(3)), _month(m.group(2)), int(m.group(1))).isoformat()
        except (ValueError, KeyError):
            continue
        found.append(_Mention(m.start(), m.end(), iso))
    found.sort()
    out: list[_Mention] = []
    for m in found:
        if out and out[-1].end > m.start:
            continue
        out.append(_range(text, m, out[-1].end if out else 0))
    return out


def _range(text: str, m: _Mention, floor: int) -> _Mention:
    """A run of hearing days ("4 and 5 June 2024", "3, 4 and 5 June 2024") as one mention dated by its
    first day, with the last day kept. Works whether or not parse_dates already folded the range."""
    if not re.search(r"[a-z]", text[m.start:m.end], re.IGNORECASE) or not text[m.start].isdigit():
        return m
    y, mo, d = (int(x) for x in m.iso.split("-"))
    folded = _RANGE_TEXT.match(text, m.start, m.end)
    if folded and _NOT_RANGE.search(text, max(0, m.start - 20), m.start):  # "Year 4 and 5 June 2024"
        try:
            return _Mention(folded.start(2), m.end, date(y, mo, int(folded.group(2))).isoformat())
        except ValueError:
            return m
    if folded:  # parse_dates gave the range, dated by its first day
        first, last, last_start, start = int(folded.group(1)), int(folded.group(2)), folded.start(2), m.start
    else:
        head = _RANGE_HEAD.search(text, max(floor, m.start - 40), m.start)
        if not head or _NOT_RANGE.search(text, max(0, head.start() - 20), head.start()):
            return m
        first, last, last_start, start = int(head.group(1)), d, m.start, head.start()
    more = _LIST_HEAD.search(text, max(floor, start - 30), start)
    if more and not _NOT_RANGE.search(text, max(0, more.start() - 20), more.start()):
        first, start = int(more.group(1)), more.start()
    try:
        first_iso, last_iso = date(y, mo, first).isoformat(), date(y, mo, last).isoformat()
    except ValueError:
        return m
    if not first < last:
        return m
    return _Mention(start, m.end, first_iso, (last_start, m.end, last_iso))


# --------------------------------------------------------------------------- what a date is for
_I = re.IGNORECASE
_END = r"[ \t,:(\-–—]*(?:\n[ \t]*)?(?:the[ \t]+)?$"
_SUBJ = (r"(?:the[ \t]+)?(?:LA|local[ \t]+authority|authority|council|respondent|"
         r"(?:[\w'’-]+[ \t]+){0,4}(?:council|borough[ \t]+of[ \t]+[\w'’-]+))")
_PAREN = r"(?:[ \t]*\([^)\n]{0,40}\))?"
_ON = r"(?:dated|of|on|made[ \t]+on|notified[ \t]+on|issued[ \t]+on|sent[ \t]+on|taken[ \t]+on)"


def _c(p: str, flags: int = _I) -> re.Pattern:
    return re.compile(p + _END, flags)


_FTT = _c(r"\b(?:First[- ]tier[ \t]+Tribunal|FtT|tribunal[ \t]+below)\b" + _PAREN +
          r"[ \t,]*(?:dated|of|on|made[ \t]+on|sitting[ \t]+on|sitting|heard[ \t]+on|promulgated[ \t]+on|"
          r"decided[ \t]+on|given[ \t]+on|issued[ \t]+on|sent[ \t]+(?:to[ \t]+the[ \t]+parties[ \t]+)?on)?")
_LISTED = [
    _c(r"\b(?:hearing|listing|case|appeal|claim)\b[^.;\n\d]{0,30}?\b(?:listed|fixed|arranged|scheduled|set[ \t]+down|"
       r"re-?listed|adjourned|postponed)\b[ \t]+(?:for|on|to|until)"),
    _c(r"\bhearing\b[^.;\n\d]{0,20}?\b(?:will|is[ \t]+to|shall)[ \t]+(?:take[ \t]+place|be[ \t]+held|go[ \t]+ahead)[ \t]+on"),
    _c(r"\blisted[ \t]+for[ \t]+(?:a[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+)?(?:final[ \t]+)?hearing[ \t]+on"),
]
_CM = [
    _c(r"\bcase[- ]management\b(?:[ \t]+(?:hearing|discussion|conference|order|directions?|decision|call))?"
       r"(?:[ \t]+(?:was[ \t]+)?(?:held|took[ \t]+place|made|given|issued))?"
       r"(?:[ \t]+(?:by|on|via)[ \t]+(?:the[ \t]+)?(?:telephone|video|phone|papers))?[ \t]*(?:on|of|dated|:)"),
    _c(r"\bdirections?\b(?:[ \t]+(?:were|was))?(?:[ \t]+(?:given|made|issued|sent))?[ \t]+(?:of|dated|on)"),
]
_CERT = _c(r"\bcertificate\b(?P<gap>[^.;\n]{0,80}?)\b(?:dated|issued|issued[ \t]+on|obtained[ \t]+on|of|on|date)")
_OTHER_CERT = re.compile(r"\b(?:medical|birth|death|sick\w*|doctor'?s|GP'?s|attendance|training|completion|"
                         r"vaccination|disability)[ \t]+certificate\b", _I)
_CERT_BAD_GAP = re.compile(r"\b(?:appeal\w*|regist\w*|lodged|hearing|heard|decided|decision|letter|withdr\w*)\b", _I)
_MED = _c(r"\bmediat(?:ion|ed)\b(?:[ \t]+(?:meeting|session|day|appointment))?"
          r"(?:[ \t]+(?:took[ \t]+place|was[ \t]+held|happened|went[ \t]+ahead|occurred|held))?[ \t]+(?:on|of|dated)")
_REG = [
    _c(r"\b(?:appeal|claim|case|application|it)[ \t]+(?:was|had[ \t]+been|is|were)[ \t]+(?:registered|lodged|received|"
       r"made|submitted|filed)(?:[ \t]+(?:by|with|at)[ \t]+the[ \t]+Tribunal)?[ \t]+on"),
    _c(r"\b(?:registered|lodged|filed)(?:[ \t]+(?:with|by|at)[ \t]+the[ \t]+Tribunal)?[ \t]+on"),
    _c(r"\b(?:date[ \t]+(?:of[ \t]+)?(?:registration|registered|lodged|received)|registration[ \t]+date|registered|"
       r"lodged|appeal[ \t]+received)[ \t]*:"),
    _c(r"\bappealed(?:[ \t]+to[ \t]+the[ \t]+Tribunal)?[ \t]+on"),
    _c(r"\b(?:lodged|brought|made|submitted|registered)[ \t]+(?:an|her|his|their|the|this)[ \t]+(?:appeal|claim)[ \t]+on"),
    _c(r"\bTribunal[ \t]+received[ \t]+(?:the|her|his|their|this)[ \t]+(?:appeal|claim)[ \t]+on"),
]
_AR = _c(r"\b(?:annual[ \t]+review(?:[ \t]+meeting)?|review[ \t]+meeting|"
         r"(?:the|a|an|last|latest|most[ \t]+recent|previous|her|his|their)[ \t]+(?:annual[ \t]+)?review)"
         r"(?:[ \t]*,?[ \t]*(?:which[ \t]+was[ \t]+|was[ \t]+)?(?:held|took[ \t]+place|convened))?[ \t]*(?:on|of|dated|:)?")
_PLAN = _c(r"\b(?:(?:the|a|an|her|his|their|its|final|finalised|amended|EHC|EHCP|education,?[ \t]+health[ \t]+and[ \t]+care|[\w-]+(?:'s|’s))"
           r"[ \t]+)+(?:plan|statement(?:[ \t]+of[ \t]+special[ \t]+educational[ \t]+needs)?)\b" + _PAREN +
           r"(?:(?P<gap>[^.;\n]{0,60}?)\b(?P<verb>finalised|issued|dated|amended|made|sealed|sent|named)"
           r"(?:[ \t]+by[ \t]+[^.;\n]{0,50}?)?)?[ \t]*(?:on|of|dated|:)?")
_PLAN_BAD_GAP = re.compile(r"\b(?:appeal\w*|hearing|heard|regist\w*|review\w*|decided|decision|letter|report|mediat\w*|"
                           r"withdr\w*|request\w*)\b", _I)
_LA = [
    _c(r"\b(?:decision|refusal|determination)(?:[ \t]+under[ \t]+appeal)?[ \t]+(?:of|by)[ \t]+" + _SUBJ + _PAREN +
       r"[ \t,]*" + _ON),
    _c(_SUBJ + r"(?:'s|’s)[ \t]+(?:[\w-]+[ \t]+)?(?:decision|refusal|determination)(?:[ \t]+letter)?" + _PAREN +
       r"[ \t,]*" + _ON),
    _c(r"\bdecision[ \t]+under[ \t]+appeal[ \t,]*(?:is[ \t]+|was[ \t]+(?:made[ \t]+)?)?(?:dated|of|on|made[ \t]+on)"),
    _c(r"\b" + _SUBJ + _PAREN + r"(?:[ \t]+(?:then|subsequently|finally|eventually))?[ \t,]+(?:decided|refused|determined)"
       r"(?:[ \t]+(?:by|in)[ \t]+(?:a[ \t]+)?(?:letter|email)(?:[ \t]+(?:of|dated))?)?[ \t]*(?:on|,)?"),
]
_LA_ITS = _c(r"\b(?:its|their)[ \t]+(?:[\w-]+[ \t]+)?(?:decision|refusal)[ \t,]*(?:dated|of|on|made[ \t]+on)")
_LA_WROTE = _c(r"\b" + _SUBJ + _PAREN + r"[ \t,]+(?:wrote|notified|informed|told|confirmed)(?:[ \t]+[\w.]+)?"
               r"(?:[ \t]+(?:by|in)[ \t]+(?:a[ \t]+)?(?:letter|email)(?:[ \t]+(?:of|dated))?|[ \t]+on)")
_DECIDING = re.compile(r"\b(?:decided|decision|not[ \t]+to|refus\w*|cease|ceasing|declin\w*|would[ \t]+not)\b", _I)

# The hearing: a cue word, then only words that say how or where it was held, then the date.
_HEAR = re.compile(
    r"(?<!management )(?<!management\t)\b(?P<cue>(?i:heard|hearing|sitting|sat|listing)|"
    r"(?i:(?:decided|determined|considered|dealt[ \t]+with|made)\b[^;\n]{0,60}?\bon[ \t]+the[ \t]+papers))\b"
    r"(?:[ \t,]+(?:(?i:by|at|in|via|and|with|alone|the|on[ \t]+the[ \t]+papers|papers|video|telephone|phone|person|"
    r"remotely|remote|hybrid|oral|held|took[ \t]+place|was[ \t]+held|date|of|date[ \t]+of)\b|[A-Z][\w'’.-]*|"
    r"\([^)\n]{0,40}\))){0,10}[ \t]*(?i:on|of|date|dated)?" + _END)
_HEARING_OFF = re.compile(r"^[^.;\n]{0,60}?\b(?:vacated|adjourned|cancell?ed|postponed|will[ \t]+not[ \t]+(?:take[ \t]+place|go[ \t]+ahead|"
                          r"proceed)|remains[ \t]+listed|is[ \t]+listed|(?:will[ \t]+be|is[ \t]+to[ \t]+be)[ \t]+re-?listed|"
                          r"did[ \t]+not[ \t]+(?:take[ \t]+place|go[ \t]+ahead|proceed)|will[ \t]+(?:take[ \t]+place|be[ \t]+held))\b", _I)

# Cues after the date, for "On 29 July 2022 the council notified her that ..."
_R_LA = re.compile(r"^[ \t]*,?[ \t]*(?:" + _SUBJ + _PAREN + r"[ \t]+)?(?:decided|refused|determined|notified|informed|wrote)\b", _I)
_R_REG = re.compile(r"^[ \t]*,?[ \t]*(?:(?:the|this|her|his|their)[ \t]+(?:appeal|claim)[ \t]+was[ \t]+(?:registered|lodged|"
                    r"received)|(?:the[ \t]+)?(?:appellants?|parents?|claimants?|[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)[ \t]+"
                    r"(?:appealed|lodged[ \t]+(?:an|the|her|his|their)[ \t]+appeal))", _I)
_R_MED = re.compile(r"^[ \t]*,?[ \t]*(?:(?:a[ \t]+|the[ \t]+)?mediation(?:[ \t]+meeting)?[ \t]+(?:took[ \t]+place|was[ \t]+held)|"
                    r"the[ \t]+parties[ \t]+(?:attended[ \t]+|took[ \t]+part[ \t]+in[ \t]+)(?:a[ \t]+)?mediation|"
                    r"the[ \t]+parties[ \t]+mediated)", _I)
_R_CERT = re.compile(r"^[ \t]*,?[ \t]*(?:a|the)[ \t]+(?:mediation[ \t]+)?certificate[ \t]+was[ \t]+issued", _I)
_R_PLAN = re.compile(r"^[ \t]*,?[ \t]*" + _SUBJ + r"[ \t]+(?P<verb>issued|finalised|amended)[ \t]+(?:the|a|an|her|his|its|their)"
                     r"[ \t]+(?P<final>(?:final[ \t]+|amended[ \t]+)*)(?:EHC[ \t]+)?plan", _I)
_R_HEAR = re.compile(r"^[ \t]*,?[ \t]*(?:the[ \t]+)?(?:tribunal|panel)[ \t]+(?:heard|sat)\b", _I)
_R_AR = re.compile(r"^[ \t]*,?[ \t]*(?:the[ \t]+)?(?:annual[ \t]+)?review(?:[ \t]+meeting)?[ \t]+(?:took[ \t]+place|was[ \t]+held)", _I)
_ON_OR_START = re.compile(r"(?:^|\bon[ \t]*|[.:;\n][ \t]*)$", _I)

_APPEAL_SUBJECT = re.compile(r"\bappeal\w*\b[^.;]{0,60}?\b(?:against|concerns?|about|relates?[ \t]+to)\b|"
                             r"\b(?:the[ \t]+only|sole)[ \t]+(?:issue|section|matter)\b|\bonly[ \t]+section[ \t]+in[ \t]+"
                             r"(?:issue|dispute)\b|\bchalleng\w+\b|\bconcerns?[ \t]+(?:sections?|parts?)\b", _I)
_CM_TITLE = re.compile(r"^[ \t]*[A-Z][A-Z ,&()-]{0,60}\b(?:CASE MANAGEMENT|DIRECTIONS)\b[A-Z ,&()-]{0,40}$|"
                       r"^[ \t]*(?:Case management (?:order|decision|directions)|Directions)[ \t]*$", re.MULTILINE)
_DEADLINE = re.compile(r"\b(?:by|until|before|no[ \t]+later[ \t]+than|on[ \t]+or[ \t]+before|after|from|within[^.;\n]{0,30})"
                       r"(?:[ \t]+\d{1,2}(?:[.:]\d\d)?[ \t]*(?:am|pm)[ \t]+on)?[ \t]*$", _I)

# "Date of decision: ...", "Dated ...", a signature line (the one place decision dates are read),
# taking care that a "Date of hearing:" line is not taken for the decision date.
_DATE_LINE = re.compile(r"^[ \t]*(?:date of (?:the )?(?:decision|order)|decision date|date (?:issued|sent|promulgated)|"
                        r"dated|date|signed(?: on)?|decided on|decision (?:made|given) on|promulgated|issued|"
                        r"authorised for issue(?: on)?)\b[ \t]*:?[ \t]*", re.IGNORECASE | re.MULTILINE)
_NOT_DECISION_LABEL = re.compile(r"\b(?:hearing|heard|birth|request|review|plan|letter|report|listed|registration|"
                                 r"registered|lodged|certificate|mediation)\b", _I)


def _hard_stop(text: str, lo: int, hi: int) -> int:
    """Start of the clause that ends at `hi` (not before `lo`): after the last full stop, semicolon or
    blank line that is not an initial ("Judge M. Okonkwo-Reid") or a title ("Mr.")."""
    seg = text[lo:hi]
    cut = lo
    for m in re.finditer(r"[.!?;](?=\s)|\n[ \t]*\n", seg):
        if m.group(0) == ".":
            before = re.search(r"(\w+)$", seg[:m.start()])
            word = before.group(1) if before else ""
            if (len(word) == 1 and word.isupper()) or word.lower() in {"mr", "mrs", "ms", "dr", "no", "st", "para", "reg",
                                                                           "s", "v", "vs", "ref", "p", "pp", "nos"}:
                continue
        cut = lo + m.end()
    return cut


class _Hit(NamedTuple):
    kind: str
    pos: int  # where the cue starts; the cue nearest the date wins
    cue: str


def _classify(text: str, m: _Mention, lo: int, hi: int, tribunal: str | None, cm_doc: bool) -> _Hit | None:
    """What the date at m is the date of, from the words just before it (or, failing that, after it)."""
    w0 = _hard_stop(text, max(lo, m.start - 220), m.start)
    window = text[w0:m.start]
    r_end = m.end
    stop = re.search(r"[.;](?=\s)|\n[ \t]*\n", text[r_end:hi])
    right = text[r_end:(r_end + stop.start()) if stop else hi][:220]

    if tribunal == "ut" and (x := _FTT.search(window)):
        return _Hit("ftt_decision", w0 + x.start(), x.group(0))
    hits: list[tuple[int, int, _Hit]] = []  # (cue start, priority, hit)

    def add(kind: str, x: re.Match | None, prio: int) -> None:
        if x:
            hits.append((x.start(), -prio, _Hit(kind, w0 + x.start(), x.group(0))))

    for p in _LISTED:
        add("hearing_listed", p.search(window), 9)
    for p in _CM:
        add("case_management", p.search(window), 8)
    x = _CERT.search(window)
    if x and not _CERT_BAD_GAP.search(x.group("gap")) and not _OTHER_CERT.search(window, x.start() - 30 if x.start() > 30 else 0, x.end()):
        add("mediation_certificate", x, 7)
    add("mediation", _MED.search(window), 6)
    for p in _REG:
        add("appeal_registered", p.search(window), 5)
    add("annual_review", _AR.search(window), 4)
    x = _PLAN.search(window)
    if x and not re.search(r"\bdraft\b", x.group(0), _I) and not (x.group("gap") and _PLAN_BAD_GAP.search(x.group("gap"))):
        final = bool(re.search(r"\bfinal", x.group(0), _I))
        if not final:
            clause = text[_hard_stop(text, max(0, m.start - 400), m.start):m.start]
            final = bool(_APPEAL_SUBJECT.search(clause))
        add("final_plan" if final else "plan_issued", x, 3)
    for p in _LA:
        x = p.search(window)
        if x and not re.search(r"\btribunal\b", x.group(0), _I):
            add("la_decision", x, 2)
    if tribunal != "ut":
        add("la_decision", _LA_ITS.search(window), 2)
    x = _LA_WROTE.search(window)
    if x and not re.search(r"\btribunal\b", x.group(0), _I) and _DECIDING.search(right):
        add("la_decision", x, 2)
    x = _HEAR.search(window)
    if x:
        cue = x.group("cue").lower()
        if cue == "listing" or _HEARING_OFF.search(right):
            add("hearing_listed", x, 1)
        elif cm_doc and (cue in ("sitting", "sat") or "papers" in cue):
            add("case_management", x, 1)
        else:
            add("hearing", x, 1)
    if hits:
        return max(hits)[2]

    if _ON_OR_START.search(window) or not window.strip():
        for kind, p in (("la_decision", _R_LA), ("appeal_registered", _R_REG), ("mediation", _R_MED),
                        ("mediation_certificate", _R_CERT), ("hearing", _R_HEAR), ("annual_review", _R_AR)):
            x = p.search(right)
            if x and (kind != "la_decision" or re.search(r"\b(?:decided|refused|determined)\b", x.group(0), _I)
                      or _DECIDING.search(right[x.end():])):
                return _Hit(kind, r_end + x.start(), x.group(0))
        x = _R_PLAN.search(right)
        if x:
            return _Hit("final_plan" if x.group("final") or x.group("verb").lower() == "finalised" else "plan_issued",
                        r_end + x.start(), x.group(0))
    return None


# ----------------------------------------------------------------------------------- decision date
def _decision_mentions(text: str, mentions: list[_Mention], classified: dict[int, _Hit]) -> list[_Mention]:
    """The date the decision was made, first; then any other labelled decision dates. A labelled line
    ("Date of decision: ...", "Dated ...", "Signed on ...") wins, the last one if several; else the last
    date near the end that is not a deadline or a listed hearing; else the date a decision on the
    papers was made."""
    labelled = []
    for lm in _DATE_LINE.finditer(text):
        line_end = text.find("\n", lm.end())
        line_end = len(text) if line_end < 0 else line_end
        for m in mentions:
            if lm.end() <= m.start < min(line_end, lm.end() + 60) and m.start - lm.end() < 25:
                if not _NOT_DECISION_LABEL.search(text[lm.start():m.start]):
                    labelled.append(m)
                break
    if labelled:
        return [labelled[-1]] + [m for m in labelled[:-1] if m is not labelled[-1]]
    tail_start = max(0, len(text) - 600)
    for m in reversed(mentions):
        if m.start < tail_start:
            break
        if m.start in classified:
            continue  # a date the text says is something else (a listed hearing, the LA's decision ...)
        if _DEADLINE.search(text, max(0, m.start - 40), m.start):
            continue
        return [m]
    for m in mentions:
        hit = classified.get(m.start)
        if hit and hit.kind in ("hearing", "case_management") and re.search(r"papers|sitting|sat\b", hit.cue, _I):
            return [m]
    return []


# -------------------------------------------------------------------------------------- mediation
_NEG_BEFORE = re.compile(r"\b(?:not|no|never|without|nor|neither|declined|refused|unable)\b[^.;]{0,25}$|n't[^.;]{0,25}$", _I)
_TOOK_PLACE = [
    re.compile(r"\bmediation(?:[ \t]+(?:meeting|session|day))?[ \t]+(?:took[ \t]+place|was[ \t]+held|happened|went[ \t]+ahead|"
               r"occurred|(?:has|had)[ \t]+taken[ \t]+place)\b", _I),
    re.compile(r"\b(?:attended|took[ \t]+part[ \t]+in|taken[ \t]+part[ \t]+in|participated[ \t]+in|engaged[ \t]+in|went[ \t]+to|"
               r"held)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?(?:further[ \t]+|second[ \t]+|formal[ \t]+|joint[ \t]+)?mediation\b"
               r"(?![ \t]+(?:advice|information|certificate|advis[eo]r|service|arrangements))", _I),
    re.compile(r"\b(?:following|after|at|during|through|via|by)[ \t]+(?:a[ \t]+|the[ \t]+)?(?:further[ \t]+|second[ \t]+)?"
               r"mediation\b(?![ \t]+(?:advice|information|certificate|advis[eo]r|service|arrangements|was[ \t]+not|"
               r"did[ \t]+not))", _I),
    re.compile(r"\b(?:parties|appellants?|parents?|family|they|council|LA)[ \t]+(?:had[ \t]+)?mediated\b", _I),
    re.compile(r"\bmediation[ \t]+(?:resolved|settled|narrowed|led[ \t]+to|produced|did[ \t]+not[ \t]+resolve|failed[ \t]+to|"
               r"was[ \t]+(?:successful|unsuccessful|partly[ \t]+successful))\b", _I),
]
_DECLINED = [
    re.compile(r"\b(?:did[ \t]+not|didn't|does[ \t]+not|do[ \t]+not)[ \t]+(?:wish|want|choose|agree)[ \t]+to[ \t]+(?:mediate|"
               r"(?:go[ \t]+to|pursue|take[ \t]+part[ \t]+in|attend|use|try)[ \t]+mediation)\b", _I),
    re.compile(r"\b(?:declined|refused|rejected|turned[ \t]+down)[ \t]+(?:to[ \t]+mediate|(?:the[ \t]+(?:offer[ \t]+of[ \t]+)?)?mediation)\b", _I),
    re.compile(r"\b(?:decided|chose|elected|opted)[ \t]+not[ \t]+to[ \t]+(?:mediate|(?:go[ \t]+to|pursue|take[ \t]+up|use|"
               r"attend|try)[ \t]+mediation)\b", _I),
    re.compile(r"\bopted[ \t]+out[ \t]+of[ \t]+mediation\b", _I),
]
_CERTIFICATE = re.compile(r"\bmediation[ \t]+certificate\b|\bcertificate\b[^.;]{0,80}\bmediat|\bmediat\w*\b[^.;]{0,60}\bcertificate\b", _I)
_NOT_REQUIRED = [
    re.compile(r"\b(?:mediation|certificate)\b[^.;]{0,50}\b(?:(?:was|is|were)[ \t]+not[ \t]+(?:required|needed|necessary)|"
               r"(?:did|does)[ \t]+not[ \t]+(?:need|apply)|unnecessary|not[ \t]+a[ \t]+requirement)\b", _I),
    re.compile(r"\b(?:no|not)[ \t]+(?:need|requirement|required|obliged)[ \t]+(?:for|to)[ \t]+(?:obtain[ \t]+|get[ \t]+|"
               r"consider[ \t]+|seek[ \t]+|have[ \t]+)?(?:a[ \t]+)?(?:mediation|certificate)", _I),
    re.compile(r"\b(?:did|does|do|need)[ \t]+not[ \t]+(?:need|have)[ \t]+(?:to[ \t]+(?:obtain|get|have)[ \t]+)?(?:a[ \t]+)?"
               r"(?:mediation[ \t]+)?certificate\b", _I),
    re.compile(r"\bexempt\w*[ \t]+from[ \t]+(?:the[ \t]+)?(?:requirement[ \t]+to[ \t]+(?:consider[ \t]+)?)?mediation\b", _I),
    re.compile(r"\bno[ \t]+(?:mediation[ \t]+)?certificate[ \t]+(?:was|is)[ \t]+(?:required|needed|necessary)\b", _I),
]
_RESOLVED = re.compile(r"\b(?:resolved|settled|narrowed|reached[ \t]+(?:an?[ \t]+|full[ \t]+|partial[ \t]+)?agreement|"
                       r"agreement[ \t]+was[ \t]+reached|agreed(?![ \t]+to[ \t]+(?:hold|await|consider|review|wait|meet|"
                       r"reconsider)\b))\b", _I)
_NEG_NEAR = re.compile(r"(?:\bnot|\bno|\bnever|n't|\bfailed[ \t]+to|\bunable[ \t]+to|\bwithout)[ \t]+(?:\w+[ \t]+){0,2}$", _I)
_SECTION_LIST = re.compile(r"\b(?i:sections?|parts?)[ \t]+((?:[A-K]\d?|[2-4])\b(?:[ \t]*(?:,|and|&|or)[ \t]*"
                           r"(?i:sections?[ \t]+|parts?[ \t]+)?(?:[A-K]\d?|[2-4])\b)*)")
_ONLY = re.compile(r"\b(?:only|solely|sole|alone|confined[ \t]+to|limited[ \t]+to)\b", _I)
_PLACEMENT = re.compile(r"\b(?:name[ \t]+of[ \t]+(?:the[ \t]+)?(?:school|placement|institution)|school[ \t]+named|"
                        r"named[ \t]+school|type[ \t]+of[ \t]+school|the[ \t]+placement)\b", _I)


def _section_letters(sentence: str) -> set[str]:
    out = set()
    for m in _SECTION_LIST.finditer(sentence):
        old = m.group(0).lower().startswith("part")
        for tok in re.findall(r"\b([A-K]\d?|[2-4])\b", m.group(1)):
            out.add({"2": "B", "3": "F", "4": "I"}.get(tok, tok) if old or tok.isdigit() else tok)
    return out


_DISPUTE_CUE = re.compile(r"\b(?:ask\w*|seek\w*|sought|recommend\w*|wants?|wanted|wish\w*|challeng\w*|disput\w*|"
                          r"contest\w*|in[ \t]+issue)\b", _I)
_AGREED = re.compile(r"\b(?:agreed|not[ \t]+in[ \t]+(?:dispute|issue)|no[ \t]+longer[ \t]+in[ \t]+dispute|not[ \t]+challenged|"
                     r"not[ \t]+disputed|not[ \t]+contested)\b", _I)


def _section_i_only(text: str, sents: list[tuple[int, int]]) -> list[Span]:
    """Sentences showing the appeal is only about Section I (the school or placement named): some
    sentence says the appeal is about Section I, and no sentence puts another section in dispute."""
    subject, letters = [], set()
    for s, e in sents:
        sent = text[s:e]
        is_subject = bool(_APPEAL_SUBJECT.search(sent))
        if not is_subject and (not _DISPUTE_CUE.search(sent) or _AGREED.search(sent)):
            continue
        found = _section_letters(sent)
        if not found and is_subject and _PLACEMENT.search(sent) and _ONLY.search(sent):
            found = {"I"}
        letters |= found
        if is_subject and "I" in found:
            subject.append(Span(s, e, sent))
    return subject if letters == {"I"} else []


def _mediation(text: str, sents: list[tuple[int, int]], tribunal: str | None,
               sections: Iterable[str] | None) -> MediationFinding:
    took, declined, cert, not_req = [], [], [], []
    for s, e in sents:
        sent = text[s:e]
        if not re.search(r"mediat|certificate", sent, _I):
            continue
        span = Span(s, e, sent)
        if any(p.search(sent) for p in _NOT_REQUIRED):
            not_req.append(span)
            continue
        if any(p.search(sent) for p in _DECLINED):
            declined.append(span)
        elif any((x := p.search(sent)) and not _NEG_BEFORE.search(sent[:x.start()]) for p in _TOOK_PLACE):
            took.append(span)
        elif _CERTIFICATE.search(sent) and not re.search(r"\bno[ \t]+(?:mediation[ \t]+)?certificate\b", sent, _I):
            cert.append(span)
    if took:
        return MediationFinding("took_place", took + cert, _resolved(text, sents, took))
    if declined or cert:
        return MediationFinding("declined", sorted(declined + cert))
    if not_req:
        return MediationFinding("not_required", not_req)
    if tribunal != "ut":
        if sections is not None and set(sections) == {"I"}:
            return MediationFinding("not_required", _section_i_only(text, sents))
        only = _section_i_only(text, sents)
        if only:
            return MediationFinding("not_required", only)
    return MediationFinding("not_stated")


def _resolved(text: str, sents: list[tuple[int, int]], took: list[Span]) -> str | None:
    took_starts = {x.start for x in took}
    for i, (s, e) in enumerate(sents):
        sent = text[s:e]
        about_mediation = s in took_starts or (re.search(r"\bmediat", sent, _I) and not re.search(
            r"\bmediation[ \t]+(?:certificate|advice|information|advis[eo]r)", sent, _I))
        follows = i > 0 and sents[i - 1][0] in took_starts and re.match(r"(?:It|This|That|There|At[ \t]+(?:it|that))\b", sent)
        if not (about_mediation or follows):
            continue
        for x in _RESOLVED.finditer(sent):
            if not _NEG_NEAR.search(sent[:x.start()]) and not re.match(r"[ \t]+(?:and|or)[ \t]+(?:not|no)\b", sent[x.end():]):
                return sent
    return None


# ------------------------------------------------------------------------------------- the timeline
def extract_timeline(text: str, *, tribunal: str | None = None, sections: Iterable[str] | None = None) -> Timeline:
    """Dated events, durations and the mediation finding for one decision.

    `tribunal` ("ftt"/"ut") and `sections` (sections in dispute, e.g. from DecisionAnalyser) are
    optional; without them the tribunal is read from the text and Section-I-only appeals are
    recognised from the text alone."""
    if tribunal is None:
        from .tribunal import tribunal_level
        tribunal = tribunal_level(text)
    sents = sentence_spans(text)
    mentions = find_dates(text)
    cm_doc = bool(_CM_TITLE.search(text[:1500]))

    classified: dict[int, _Hit] = {}
    prev_end = 0
    for m in mentions:
        hit = _classify(text, m, prev_end, len(text), tribunal, cm_doc)
        if hit:
            classified[m.start] = hit
        prev_end = m.end

    raw: list[tuple[int, TimelineEvent]] = []  # (specificity, event)
    for m in mentions:
        hit = classified.get(m.start)
        if not hit:
            continue
        raw.append((0, TimelineEvent(hit.kind, m.iso, m.start, m.end, text[m.start:m.end])))
        if m.last:
            ls, le, liso = m.last
            raw.append((-1, TimelineEvent(hit.kind, liso, ls, le, text[ls:le], primary=False)))
    for i, m in enumerate(_decision_mentions(text, mentions, classified)):
        raw.append((1 if i == 0 else -1, TimelineEvent("decision", m.iso, m.start, m.end, text[m.start:m.end])))

    # one primary event per kind: the most specific, then the first in the text
    best: dict[str, TimelineEvent] = {}
    for _, ev in sorted(raw, key=lambda x: (-x[0], x[1].start)):
        if ev.primary and ev.kind not in best:
            best[ev.kind] = ev
    events = []
    for _, ev in raw:
        ev.primary = best.get(ev.kind) is ev
        events.append(ev)
    events.sort(key=lambda e: (e.date, e.start))

    tl = Timeline(events=events, durations={}, mediation=_mediation(text, sents, tribunal, sections))
    la_kind = "la_decision"
    if not tl.event("la_decision") and (plan := tl.event("final_plan")):
        # in a contents appeal the decision under appeal is the plan as finalised
        clause = text[_hard_stop(text, max(0, plan.start - 400), plan.start):plan.end]
        if _APPEAL_SUBJECT.search(clause):
            la_kind = "final_plan"
    pairs = {"la_decision_to_hearing": (la_kind, "hearing"), "registration_to_decision": ("appeal_registered", "decision"),
             "la_decision_to_decision": (la_kind, "decision"), "registration_to_hearing": ("appeal_registered", "hearing")}
    for name, (a, b) in pairs.items():
        ea, eb = tl.event(a), tl.event(b)
        if ea and eb:
            tl.durations[name] = (date.fromisoformat(eb.date) - date.fromisoformat(ea.date)).days
            tl.basis[name] = (a, b)
        else:
            tl.durations[name] = None
    return tl
