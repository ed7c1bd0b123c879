"""Reads a SEND Tribunal decision: appeal types, sections in dispute, outcome, the drafting faults
the tribunal found, and metadata. Every label carries the sentences (with offsets) behind it.

Rules read the operative words (the ORDER or DECISION paragraph, statutory references, what the
appeal is "against"); an optional learned model adds a calibrated second opinion on appeal types
and drafting issues (see models/decision_model.py).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, field

from ingest import Document

from .decision_cues import load as load_cues
from .sentences import sentence_spans
from .taxonomy import taxonomy
from .timeline import Timeline, extract_timeline
from .tribunal import Disposal, outcome_of, permission_granted_only, read_disposal, tribunal_level

APPEAL_TYPES = ("refusal_to_assess", "refusal_to_reassess", "refusal_to_issue", "contents", "refusal_to_amend",
                "cease_to_maintain", "disability_discrimination", "extended_recommendations")
SECTION_APPEALS = {"contents", "refusal_to_amend", "extended_recommendations"}


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass
class Label:
    value: str
    score: float
    source: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class DecisionAnalysis:
    tribunal: str | None  # the level: "ftt" | "ut" | "wales"
    appeal_types: list[Label]
    sections: list[Label]
    outcome: Label
    drafting_issues: list[Label]
    metadata: dict[str, Label | None]
    anonymisation_warnings: list[Evidence]
    timeline: Timeline | None = None
    disposal: Disposal | None = None  # appellant, error of law and what this decision did (nlp/tribunal.py)

    def to_json(self, evidence: bool = True) -> dict:
        out = {
            "tribunal": self.tribunal,
            "level": self.tribunal,
            "appellant": self.disposal.appellant if self.disposal else None,
            "error_of_law": self.disposal.error_of_law if self.disposal else None,
            "disposal": self.disposal.disposal if self.disposal else None,
            "appeal_types": [x.value for x in self.appeal_types],
            "sections": [x.value for x in self.sections],
            "outcome": self.outcome.value,
            "drafting_issues": [x.value for x in self.drafting_issues],
            "metadata": {k: (v.value if v else None) for k, v in self.metadata.items()},
            "anonymisation_warnings": [asdict(e) for e in self.anonymisation_warnings],
        }
        if self.timeline is not None:
            out["timeline"] = self.timeline.to_json(evidence)
        if evidence:
            out["evidence"] = {
                "appeal_types": [_label_json(x) for x in self.appeal_types],
                "sections": [_label_json(x) for x in self.sections],
                "outcome": _label_json(self.outcome),
                "drafting_issues": [_label_json(x) for x in self.drafting_issues],
                "metadata": {k: _label_json(v) for k, v in self.metadata.items() if v},
            }
        return out


def _label_json(label: Label) -> dict:
    return {"value": label.value, "score": round(label.score, 3), "source": label.source,
            "evidence": [asdict(e) for e in label.evidence]}


def cues() -> dict:
    """The cue file as compiled regexes (outcome cues keep their explicit weights)."""
    c = load_cues()
    return {
        "appeal_types": {k: {kind: [x.regex for x in v[kind]] for kind in ("subject", "mention")}
                         for k, v in c["appeal_types"].items()},
        "outcomes": c["outcomes"],
        "criticism": c["criticism"],
        "drafting_issues": {k: [x.regex for x in v] for k, v in c["drafting_issues"].items()},
    }


_APPEAL_CONTEXT = re.compile(r"\b(?:appeal\w*|claim\w*|brought|against|under section 51|challeng\w*|this case|"
                             r"concerns?|disput\w*)\b", re.I)
# An order's directions about what happens next ("shall ... within 10 weeks notify ...") are not
# what the appeal was about.
_NEXT_STEP = re.compile(r"\b(?:shall|must|is to|are to)\b[^.]{0,200}\b(?:within \d+ (?:weeks|days)|notify|notice)\b|"
                        r"\beither notify\b|\bif (?:the|it)\b[^.]{0,80}\bdecides?\b|\b(?:fresh|further|new) right of appeal\b",
                        re.I)
_OWN_CONTENTS = re.compile(r"\bcontents? of\b|\bagainst (?:the )?(?:contents|sections?|parts?)\b|"
                           r"\bagainst (?:the |an? )?(?:amended |final |new )(?:EHC |education, health and care )?(?:plan|statement|EHCP)\b|"
                           r"\bsection 51\(2\)\(c\)|\bnam(?:e|ed|ing) (?:of )?(?:a |the )?(?:school|placement)", re.I)
_OPERATIVE_HEAD = re.compile(r"^\s*(?:DECISION|ORDER|DECISION AND ORDER|CONSENT ORDER|DETERMINATION|"
                             r"DECISION OF THE UPPER TRIBUNAL|CONCLUSION|CONCLUSIONS|ORDERS?|Decision|Order|"
                             r"Conclusion|Conclusions|Our decision|Tribunal's decision)\s*:?\s*$", re.M)
_SECTION_LIST = re.compile(
    r"\b(?:sections?|parts?)\s+((?:[A-K]\d?|[2-4])(?:\s*(?:,|and|&|or|/)\s*(?:sections?\s+|parts?\s+)?(?:[A-K]\d?|[2-4])\b)*)",
    re.I)
_DISPUTE = re.compile(r"\b(?:appeal\w*|disput\w*|amend\w*|challeng\w*|contest\w*|seek\w*|sought|wants?|wanted|"
                      r"order\w*|contents|argu\w*|asks?|asked|request\w*|recommend\w*|decid\w*)\b", re.I)
_AGREED = re.compile(r"\b(?:agreed|not in dispute|no longer in dispute|not challenged|not pursued|not contested|"
                     r"no issue)\b", re.I)
OLD_PARTS = {"2": "B", "3": "F", "4": "I"}


class DecisionAnalyser:
    """Rules first; `model` (optional) is a trained DecisionModel that adds or confirms labels."""

    def __init__(self, model=None) -> None:
        self.model = model

    def analyse(self, doc: Document) -> DecisionAnalysis:
        text = doc.text
        sents = sentence_spans(text)
        tribunal = tribunal_level(text)
        types = self._appeal_types(text, sents)
        if self.model is not None and not _procedural(text):
            types = self.model.merge_appeal_types(text, types)
            if any(t.value == "refusal_to_amend" for t in types):  # the sections it names are what the request was about
                types = [t for t in types if not (t.value == "contents" and t.source != "rules")]
        type_ids = {t.value for t in types}
        sections = self._sections(text, sents, type_ids) if type_ids & SECTION_APPEALS else []
        disposal = read_disposal(text, sents, tribunal)
        outcome = self._outcome(text, sents, tribunal)
        mapped = outcome_of(disposal)
        if mapped:
            outcome = Label(mapped, 1.0, "rules", [Evidence(s, e, text[s:e]) for s, e in disposal.evidence][:2])
        elif tribunal == "ut" and permission_granted_only(text):
            outcome = Label("unknown", 0.0, "rules", [])  # a grant of permission decides nothing yet
        issues = self._drafting(text, sents) if type_ids & SECTION_APPEALS or tribunal == "ut" else []
        if self.model is not None and (type_ids & SECTION_APPEALS):
            issues = self.model.merge_drafting(text, issues)

        timeline = extract_timeline(text, tribunal=tribunal, sections=[x.value for x in sections])
        meta = metadata(text, timeline)
        return DecisionAnalysis(tribunal=tribunal, appeal_types=types, sections=sections, outcome=outcome,
                                drafting_issues=issues, metadata=meta,
                                anonymisation_warnings=anonymisation_warnings(text), timeline=timeline,
                                disposal=disposal)

    # -- appeal types --------------------------------------------------------------------------
    def _appeal_types(self, text: str, sents) -> list[Label]:
        c = cues()["appeal_types"]
        scores: dict[str, float] = {}
        evidence: dict[str, list[Evidence]] = {}
        mention: dict[str, float] = {}
        head_limit = max(1500, len(text) // 4)
        for s, e in sents:
            sent = text[s:e]
            strong = s < head_limit or _APPEAL_CONTEXT.search(sent)
            orders_next_step = _NEXT_STEP.search(sent) is not None
            for kind, pats in c.items():
                if not orders_next_step and any(p.search(sent) for p in pats["subject"]):
                    scores[kind] = scores.get(kind, 0.0) + (1.0 if strong else 0.4)
                    evidence.setdefault(kind, []).append(Evidence(s, e, sent))
                elif any(p.search(sent) for p in pats["mention"]):
                    mention[kind] = mention.get(kind, 0.0) + 0.25
                    evidence.setdefault(f"~{kind}", []).append(Evidence(s, e, sent))
        for kind, ev in _two_sentence_cues(text, sents).items():
            scores[kind] = scores.get(kind, 0.0) + 1.0
            evidence.setdefault(kind, []).extend(ev)
        procedural = _procedural(text)
        # a re-assessment is not a first assessment
        if scores.get("refusal_to_reassess") and scores.get("refusal_to_assess"):
            scores["refusal_to_assess"] -= scores["refusal_to_reassess"]
        chosen = [k for k, v in scores.items() if v >= 1.0]
        if "refusal_to_amend" in chosen and "contents" in chosen and not any(
                _OWN_CONTENTS.search(e.text) for e in evidence["contents"]):
            chosen.remove("contents")  # "amend Section F" is what a refusal-to-amend appeal asks for
        if not chosen and not procedural:  # costs, strike-out, judicial review: only a stated appeal counts
            total = {k: scores.get(k, 0) + mention.get(k, 0) for k in set(scores) | set(mention)}
            if "contents" in total:
                total["contents"] += 0.1  # over half of all appeals are about contents (domain.md 4.2)
            if total:
                best = max(total, key=total.get)
                if total[best] >= (0.25 if len(text) < 3000 else 0.4):
                    chosen = [best]
        labels = []
        for kind in APPEAL_TYPES:
            if kind in chosen:
                ev = evidence.get(kind) or evidence.get(f"~{kind}", [])
                labels.append(Label(kind, min(1.0, scores.get(kind, 0) + mention.get(kind, 0)), "rules", ev[:3]))
        return labels

    # -- sections ------------------------------------------------------------------------------
    def _sections(self, text: str, sents, type_ids: set[str]) -> list[Label]:
        found: dict[str, list[Evidence]] = {}
        agreed: set[str] = set()
        short = len(text) < 1500  # a case summary: a section it names is a section in issue
        for s, e in sents:
            sent = text[s:e]
            for m in _SECTION_LIST.finditer(sent):
                ids = _section_ids(m.group(0))
                if not ids:
                    continue
                clause = _clause(sent, m.start(), m.end())
                scope = clause if (_AGREED.search(clause) or _DISPUTE.search(clause)) else sent
                if _AGREED.search(scope) and not re.search(r"\bnot agreed\b", scope, re.I):
                    agreed.update(ids)
                    continue
                if _DISPUTE.search(scope) or short:
                    for sid in ids:
                        found.setdefault(sid, []).append(Evidence(s, e, sent))
        allowed = {"B", "F", "I"} if "contents" in type_ids or "refusal_to_amend" in type_ids else set()
        if "extended_recommendations" in type_ids:
            allowed |= {"C", "D", "G", "H1", "H2"}
        out = []
        for sid in ("B", "C", "D", "F", "G", "H1", "H2", "I"):
            if sid in found and sid in allowed and (sid not in agreed or len(found[sid]) > 1):
                out.append(Label(sid, 1.0, "rules", found[sid][:3]))
        return out

    # -- outcome -------------------------------------------------------------------------------
    def _outcome(self, text: str, sents, tribunal: str | None) -> Label:
        c = cues()["outcomes"]
        operative = _operative_ranges(text)
        hits: dict[str, list[tuple[float, Evidence]]] = {}
        for s, e in sents:
            sent = text[s:e]
            weight = 2.0 if any(a <= s < b for a, b in operative) else 1.0
            for kind, found in c.items():
                for cue in found:
                    if cue.regex.search(sent):
                        hits.setdefault(kind, []).append((weight * cue.weight, Evidence(s, e, sent)))
                        break
        score = {k: sum(w for w, _ in v) for k, v in hits.items()}

        def label(kind: str) -> Label:
            ev = sorted(hits[kind], key=lambda x: -x[0])
            return Label(kind, min(1.0, score[kind] / 2), "rules", [x[1] for x in ev[:2]])

        if "remitted" in score:
            return label("remitted")
        if score.get("withdrawn", 0) >= 2 and score.get("withdrawn", 0) >= score.get("allowed", 0):
            return label("withdrawn")
        strong_allowed = sum(w for w, ev in hits.get("allowed", []) if w >= 1.0)
        if (score.get("conceded", 0) >= 1 and strong_allowed < 2 * max(1.0, score.get("conceded", 0))
                and not score.get("dismissed")):
            return label("conceded")
        if score.get("allowed") or score.get("dismissed"):
            if re.search(r"\b(?:allowed|upheld|succeeds) in part\b|\bpartly allowed\b", text, re.I) and "allowed" in score:
                return label("allowed")
            return label("allowed" if score.get("allowed", 0) > score.get("dismissed", 0) else "dismissed")
        if "withdrawn" in score:
            return label("withdrawn")
        return Label("unknown", 0.0, "rules", [])

    # -- drafting issues -----------------------------------------------------------------------
    def _drafting(self, text: str, sents) -> list[Label]:
        c = cues()
        crit = c["criticism"]
        critical = [bool(crit.search(text[s:e])) for s, e in sents]
        found: dict[str, list[Evidence]] = {}
        for i, (s, e) in enumerate(sents):
            near = critical[i] or (i + 1 < len(sents) and critical[i + 1]) or (i > 0 and critical[i - 1])
            if not near:
                continue
            sent = text[s:e]
            for code, pats in c["drafting_issues"].items():
                if any(p.search(sent) for p in pats):
                    found.setdefault(code, []).append(Evidence(s, e, sent))
        for code, ev in _quoted_faults(text, sents, critical).items():
            found.setdefault(code, []).extend(ev)
        return [Label(code, min(1.0, 0.5 + 0.25 * len(ev)), "rules", ev[:3]) for code, ev in found.items()]


_ABOUT_NEEDS = re.compile(r"\bsection B\b|\bpart 2\b|\bneeds? (?:section|statement)|\bdiagnos\w+", re.I)
_ABOUT_OUTCOMES = re.compile(r"\bsection E\b|\boutcomes?\b", re.I)
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{12,400})[\"”]")
_HOW_MUCH = re.compile(r"\b(?:how (?:much|often|many|long)|hours?|quantif\w*|frequency|amount|number of sessions|"
                       r"sessions?)\b", re.I)
_WHO = re.compile(r"\b(?:by whom|who (?:would|will|should|is to)|delivered by|qualifi\w+|train(?:ed|ing)|expertise)\b", re.I)
# the wording faults a quoted phrase can show by itself (from the taxonomy, the one list of them)
_WORDING_FAMILY = {c for c, f in taxonomy().faults.items() if f.family == "wording"} | {"vague_need", "non_smart_outcome"}


def _quoted_faults(text: str, sents, critical: list[bool]) -> dict[str, list[Evidence]]:
    """Plan wording the tribunal quotes and then criticises, read with the plan checker's own rules."""
    from .elements import find_elements
    from .wording import codes_in

    starts = [s for s, _ in sents]
    out: dict[str, list[Evidence]] = {}
    for m in _QUOTE.finditer(text):
        i = max(0, bisect_right(starts, m.start()) - 1)
        window = range(i, min(len(sents), i + 3))
        if not any(critical[j] for j in window):
            continue
        after = " ".join(text[sents[j][0]:sents[j][1]] for j in window)
        quote = m.group(1)
        codes = {c for c in codes_in(quote, "F") if c in _WORDING_FAMILY}
        context = text[sents[i][0]:sents[window[-1]][1]]
        if _ABOUT_NEEDS.search(context):  # quoted Section B / Part 2 wording: read it as a need
            codes |= codes_in(quote, "B") & {"vague_need"}
        if _ABOUT_OUTCOMES.search(context):
            codes |= codes_in(quote, "E") & {"non_smart_outcome"}
        el = find_elements(quote)
        if _HOW_MUCH.search(after) and not el.quantified:
            codes.add("unquantified_therapy" if el.has("therapy") else "unquantified_support")
        if _WHO.search(after) and not el.has("staff"):
            codes.add("unspecified_staff")
        for code in codes:
            out.setdefault(code, []).append(Evidence(m.start(1), m.end(1), quote))
    return out


def _section_ids(phrase: str) -> list[str]:
    old = phrase.lower().startswith("part")
    out = []
    for tok in re.findall(r"\b([A-K]\d?|[2-4])\b", phrase.split(None, 1)[1] if " " in phrase else ""):
        tok = tok.upper()
        if old and tok in OLD_PARTS:
            out.append(OLD_PARTS[tok])
        elif tok in ("H",):
            out += ["H1", "H2"]
        elif re.fullmatch(r"[A-K]|H[12]", tok):
            out.append(tok)
    return out


def _operative_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _OPERATIVE_HEAD.finditer(text):
        out.append((m.end(), min(len(text), m.end() + 1200)))
    return out


_AMEND_ASKED = re.compile(r"\b(?:statement|plan|EHCP|Part [2-4]|Section [A-K])\b[^.]{0,160}\bamend\w*|\bamend\w*\b[^.]{0,160}"
                          r"\b(?:statement|plan|EHCP|Part [2-4]|Section [A-K])\b", re.I)
_REFUSED_NEXT = re.compile(r"^(?:The|This|That|Its|But|However,?)?\s*(?:[\w'’]+\s+){0,4}?(?:refused|declined|would not|did not agree|"
                           r"was refused|were refused|turned (?:it|this|that|the request) down)\b", re.I)
_PROCEDURAL = re.compile(r"\b(?:application for (?:a )?costs|costs (?:order|application)|order for costs|wasted costs|"
                         r"(?:is|be|was|were) struck out|strike(?:-| )out|strik\w+ out|judicial review|quashing order|"
                         r"claim for judicial review)\b", re.I)


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:but|while|whereas|leaving|although|though|except)\b", re.I)


def _clause(sent: str, start: int, end: int) -> str:
    """The clause of a sentence around a match: "Parts 2 and 3 were agreed, leaving Part 4 in dispute"."""
    left = max([m.end() for m in _CLAUSE_BREAK.finditer(sent, 0, start)] or [0])
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(sent, end)), len(sent))
    return sent[left:right]


def _two_sentence_cues(text: str, sents) -> dict[str, list[Evidence]]:
    """A request to amend the plan or statement, refused in the next sentence ("... asked for Part 3 to be
    amended. The authority refused.") is a refusal to amend."""
    out: dict[str, list[Evidence]] = {}
    for i, (s, e) in enumerate(sents):
        if not _AMEND_ASKED.search(text[s:e]):
            continue
        for s2, e2 in sents[i + 1:i + 3]:
            if e2 - s2 < 160 and _REFUSED_NEXT.search(text[s2:e2]):
                out.setdefault("refusal_to_amend", []).append(Evidence(s, e2, text[s:e2]))
                break
    return out


def _procedural(text: str) -> bool:
    """Costs, strike-out and judicial-review proceedings: the head of the document is about the
    procedure, so appeal types come only from an underlying appeal the text states."""
    head = text[:1500]
    return len(_PROCEDURAL.findall(head)) >= 1 and not re.search(
        r"\b(?:appeal|claim)s?\b[^.]{0,40}\b(?:against|under section 51|concern\w*)\b", head, re.I)


# -- metadata --------------------------------------------------------------------------------
_REF = re.compile(r"\b(EH\d{3}/\d{2}/\d{3,5}|UA-\d{4}-\d{6}-[A-Z]{2,3}|HS/\d{3,5}/\d{4}|\[\d{4}\] UKUT \d+ \(AAC\))")
_LA = re.compile(r"\b((?:The )?(?:London Borough of|Royal Borough of|City of|Borough of|County of)[ \t]+[A-Z][\w'-]+"
                 r"(?:[ \t]+(?:and|upon|on)[ \t]+[A-Z][\w'-]+|[ \t]+(?!(?:Council|Heard|Hearing|Date|Dated|Decided|Respondent|Appellant|Judge|Tribunal|Before|Between|Reference)\b)[A-Z][\w'-]+){0,2}"
                 r"(?:[ \t]+(?:Council|County Council))?|[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,3}[ \t]+(?:County|City|Borough|Metropolitan Borough|District)?[ \t]?Council)\b")
_NOT_LA_WORD = re.compile(r"^(?:Between|Appellant|Respondent|And|Versus|V|Upon|The|In|Of)\b[ \t]*", re.I)
_LA_CAPS = re.compile(r"^\s*(?:THE\s+)?((?:LONDON BOROUGH|ROYAL BOROUGH|CITY|COUNTY|BOROUGH) OF [A-Z' -]+|[A-Z][A-Z' -]+ (?:COUNTY |CITY |BOROUGH )?COUNCIL)\s*$", re.M)
_JUDGE = re.compile(r"\b((?:Upper )?Tribunal Judge|Judge|District Tribunal Judge|Deputy Upper Tribunal Judge)[:\s]+([A-Z][A-Za-z.'\- ]{2,40}?)(?=\s*(?:\n|,|;|\(|$| and | sitting| with| \d))",
                    re.M)
_AGE = re.compile(r"\b(?:aged|age)\s+(\d{1,2})\b|\b(\d{1,2})[- ]years?[- ]old\b|\bis (?:now )?(\d{1,2}) years? old\b|"
                  r"\bis (?:now )?(\d{1,2})\b(?=[ ,.;])", re.I)
_NUMBER_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_AGE_WORD = re.compile(r"\b(?:is (?:now )?|aged )(" + "|".join(_NUMBER_WORDS) + r")\b(?: years? old)?", re.I)
_PHASE = re.compile(r"\b(Year \d{1,2}|Reception|nursery|primary|secondary|post-16|sixth form|further education college|"
                    r"college|early years|Key Stage \d)\b", re.I)


def metadata(text: str, timeline) -> dict[str, Label | None]:
    """Reference, parties, dates and the child's age or phase. The hearing and decision dates come
    from the timeline, which reads each date in its context (nlp/timeline.py)."""
    out: dict[str, Label | None] = {}
    m = _REF.search(text)
    out["reference"] = Label(m.group(1), 1.0, "rules", [Evidence(m.start(1), m.end(1), m.group(1))]) if m else None
    out["local_authority"] = _local_authority(text)
    out["judge"] = None
    m = _JUDGE.search(text)
    if m:
        out["judge"] = Label(f"{m.group(1)} {m.group(2).strip()}", 0.9, "rules", [Evidence(m.start(), m.end(), m.group(0))])
    for key, kind in (("hearing_date", "hearing"), ("decision_date", "decision")):
        event = timeline.event(kind)
        out[key] = Label(event.date, 0.9, "rules", [Evidence(event.start, event.end, event.text)]) if event else None
    out["age"] = _age(text)
    out["phase"] = None
    for m in _PHASE.finditer(text):
        if _about_now(text, m.start(), m.end()):
            out["phase"] = Label(m.group(1), 0.8, "rules", [Evidence(m.start(1), m.end(1), m.group(1))])
            break
    return out


_PAST_BEFORE = re.compile(r"\b(?:since|from|until|till|after|before|during|throughout|left|leaving|joined|started|began|"
                          r"when|previously|formerly|then|earlier|last|moved|transferred|was|were|had|attended|entered)\b"
                          r"[^.;,]{0,25}$", re.I)
_NOW = re.compile(r"\b(?:is|are|am|attends|attending|now|currently|presently|at present|today|remains|has just started)\b", re.I)
_PAST_CLAUSE = re.compile(r"\b(?:was|were|had|attended|used to|previously|formerly|at the time|then)\b", re.I)
_FUTURE_AFTER = re.compile(r"^[^.;]{0,15}\b(?:in|from|next|this coming)\s+(?:September|the autumn|\d{4})\b", re.I)


def _about_now(text: str, start: int, end: int) -> bool:
    """A year group, phase or age said of the child now: in a present-tense clause ("J is 9 and in Year
    4", "attends a primary school"), not after "since", "when he was", "until", "attended" ..."""
    clause_start = max(text.rfind(c, 0, start) for c in ".;\n") + 1
    clause_end = min([i for i in (text.find(c, end) for c in ".;\n") if i >= 0] or [len(text)])
    before, clause = text[clause_start:start], text[clause_start:clause_end]
    if _PAST_BEFORE.search(before) or _FUTURE_AFTER.search(text[end:clause_end]):
        return False
    if _NOW.search(clause):
        return True
    return not _PAST_CLAUSE.search(clause)


def _local_authority(text: str) -> Label | None:
    head = text[:4000]
    for pattern in (_LA_CAPS, _LA):
        for m in pattern.finditer(head):
            name = re.sub(r"\s+", " ", m.group(1)).strip()
            while _NOT_LA_WORD.match(name) and not re.match(r"^The (?:London|Royal) Borough", name):
                name = _NOT_LA_WORD.sub("", name, count=1)
            if re.search(r"\b(?:Tribunal|Chamber|Court)\b", name, re.I):
                continue
            if name.isupper():
                name = name.title().replace(" Of ", " of ").replace(" And ", " and ")
            name = re.sub(r"^The ", "", name)
            return Label(name, 0.8, "rules", [Evidence(m.start(1), m.end(1), m.group(1))])
    return None


def _age(text: str) -> Label | None:
    for m in _AGE.finditer(text):
        value = next(g for g in m.groups() if g)
        if 0 < int(value) <= 25 and _about_now(text, m.start(), m.end()):
            return Label(value, 0.8, "rules", [Evidence(m.start(), m.end(), m.group(0))])
    for m in _AGE_WORD.finditer(text):
        if 0 < _NUMBER_WORDS[m.group(1).lower()] <= 25 and _about_now(text, m.start(), m.end()):
            return Label(str(_NUMBER_WORDS[m.group(1).lower()]), 0.7, "rules", [Evidence(m.start(), m.end(), m.group(0))])
    return None


_DOB = re.compile(r"\b(?:date of birth|d\.?o\.?b\.?|born on)\b[:\s]*(?:\d|[A-Z][a-z]+ \d)", re.I)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_ADDRESS = re.compile(r"\b\d{1,4} [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Gardens|Place)\b")
_FULL_NAME = re.compile(r"\b(?:Master|Miss|Mr|Mrs|Ms)\.? [A-Z][a-z]+ [A-Z][a-z]{2,}\b")


def anonymisation_warnings(text: str) -> list[Evidence]:
    """Signs the text may identify a child: a date of birth, a postcode, an address, a full name."""
    out = []
    for pattern in (_DOB, _POSTCODE, _ADDRESS, _FULL_NAME):
        for m in pattern.finditer(text):
            out.append(Evidence(m.start(), m.end(), m.group(0)))
            if len(out) > 20:
                return out
    return out
