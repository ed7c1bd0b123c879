"""Which tribunal decided, who appealed, and what this decision did with the appeal.

A SEND decision is read at two levels. The First-tier Tribunal (or the Education Tribunal for
Wales) decides the appeal against the local authority; the Upper Tribunal decides an appeal on a
point of law against the First-tier decision, and its own result is told in the genre's formulae:
"no error of law", "permission to appeal is refused", "I set aside the decision and re-make it",
"remitted to a differently constituted panel". `read_disposal` reads those formulae into
`level`, `appellant`, `error_of_law` and `disposal`; `outcome_of` maps them to the outcome ids of
the taxonomy by the convention in ../shared/eval/README.md:

- dismissed: no (material) error of law, permission refused, or set aside and re-made against
  the appellant;
- allowed: set aside and re-made for the appellant, or an error of law found but not set aside;
- remitted: set aside and sent back to the First-tier Tribunal.

Judicial review follows the same scheme (quashed and remitted, granted, refused).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

LEVELS = ("ftt", "ut", "wales")
APPELLANTS = ("parent", "young_person", "la", "school")
DISPOSALS = ("set_aside_remitted", "set_aside_remade", "set_aside_remade_against", "error_not_set_aside",
             "permission_refused", "dismissed", "allowed", "struck_out", "jr_refused")

_I = re.IGNORECASE

# ------------------------------------------------------------------------------------------ level
_UT_MARK = re.compile(r"Administrative Appeals Chamber|\bUA-\d{4}-\d+|\bHS/\d{2,5}/\d{2,4}\b|\bCSE/\d+|"
                      r"Upper Tribunal Judge|DECISION OF THE UPPER TRIBUNAL|appeal (?:to the Upper Tribunal )?from "
                      r"(?:a decision of )?the First-tier|\bIN THE UPPER TRIBUNAL\b|decision of the Upper Tribunal is|"
                      r"\bthe Upper Tribunal (?:allow|dismiss|refus|set|remit|quash)\w*", _I)
_WALES = re.compile(r"Education Tribunal for Wales|Special Educational Needs Tribunal for Wales|\bSENTW\b|"
                    r"Tribiwnlys|Additional Learning Needs and Education Tribunal|\bALN(?:ET)? Act\b|"
                    r"individual development plan", _I)
_FTT = re.compile(r"First-tier Tribunal|SEND Tribunal|Special Educational Needs and Disability Tribunal|"
                  r"Special Educational Needs and Disability|\bSENDIST\b|Special Educational Needs Tribunal|"
                  r"\bEH\d{3}/\d{2}/\d{3,5}|\bHESC\b|\bSE\d{3}/\d{2}/\d{3,5}", _I)


_APPELLATE = re.compile(r"\berror(?:s)?\s+(?:on\s+a\s+point\s+)?of\s+law\b|\bpoint\s+of\s+law\b|\bset\s+(?:\w+\s+){0,4}aside\b|"
                        r"Tribunals,?\s+Courts\s+and\s+Enforcement\s+Act|\bpermission\s+to\s+appeal\s+(?:is|was|has\s+been)\b|"
                        r"\b(?:decision|appeal)\s+(?:of|from|against)\s+(?:a\s+decision\s+of\s+)?the\s+First-tier\s+Tribunal\b|"
                        r"\bFirst-tier\s+Tribunal(?:'s|’s)\s+decision\b|\b(?:the\s+)?FtT\b|\btribunal\s+below\b|\berred\b|"
                        r"\bremit\w*\b|\bre-?ma(?:de|ke)\b|\bjudicial\s+review\b", _I)


def tribunal_level(text: str) -> str | None:
    """"ftt", "ut", "wales" or None, from the heading and the first pages.

    A First-tier decision often cites the Upper Tribunal's case law, so its own heading wins; an Upper
    Tribunal decision always talks about the First-tier Tribunal, so its heading, its marks (chamber,
    citation, file number, judge's title) or the appellate formulae of the genre (error of law, set
    aside, permission to appeal, the decision "of the First-tier Tribunal") make it "ut"."""
    head = text[:3000]
    first_lines = "\n".join([ln for ln in text[:600].splitlines() if ln.strip() and len(ln) < 200][:3])
    appellate = {m.group(0).lower()[:12] for m in _APPELLATE.finditer(head)}
    if _WALES.search(first_lines) and len(appellate) < 2:
        return "wales"
    if re.search(r"upper tribunal", first_lines, _I) or _UT_MARK.search(head):
        return "ut"
    if _FTT.search(first_lines) and len(appellate) < 2:
        return "ftt"
    if len(text) < 2500 and (re.search(r"\b(?:UT|Upper Tribunal)\b", head) or appellate):
        return "ut"  # a case summary or an excerpt of an appellate decision
    if len(appellate) >= 2:
        return "ut"
    if _WALES.search(head):
        return "wales"
    if _FTT.search(head):
        return "ftt"
    return None


# ------------------------------------------------------------------------------------- appellant
_LA_WORDS = r"(?:local (?:education )?authority|LEA|LA|council|authority|borough|county)"
_SCHOOL_WORDS = r"(?:school|academy|governing body|governors|responsible body|proprietor|trust|college)"
_PARENT_WORDS = r"(?:parents?|mother|father|mum|dad|carers?|grandmother|grandfather|guardian|Mr|Mrs|Ms|Miss)"
_YP_WORDS = r"(?:young person|young man|young woman|student)"

_APPELLANT_LINE = re.compile(r"^(?P<party>[^\n]{2,120}?)[ \t]*\n?[ \t]*\(?\b(?:Appellant|Applicant|Claimant)s?\b\)?[ \t]*$",
                             re.MULTILINE)
_APPELLANT_LABEL = re.compile(r"\b(?:Appellant|Applicant)s?\s*:\s*(?P<party>[^\n]{2,120})", _I)


def _party_kind(party: str) -> str | None:
    if re.search(r"\b" + _SCHOOL_WORDS + r"\b", party, _I) and not re.search(r"\bcouncil\b", party, _I):
        return "school"
    if re.search(r"\b(?:council|authority|borough|county|LEA)\b", party, _I):
        return "la"
    if re.search(r"\b" + _YP_WORDS + r"\b", party, _I):
        return "young_person"
    if re.search(r"\b" + _PARENT_WORDS + r"\b|^[A-Z]{1,3}\b|^[A-Z]\.", party.strip()):
        return "parent"
    return None


_BY = [
    (re.compile(r"\b(?:appeal|application|challenge)\s+(?:is |was )?(?:brought )?by\s+(?:the\s+)?(?P<who>[^.;,]{2,60})", _I), 1),
    (re.compile(r"\b(?:the\s+)?(?P<who>[\w' ]{2,40}?)(?:'s|’s|s')\s+(?:appeal|application for permission)\b", _I), 1),
    (re.compile(r"\b(?:the\s+)?(?P<who>(?:local (?:education )?authority|LEA|LA|council|school|academy|governing body|"
                r"parents?|mother|father|young person|claimants?|responsible body|trust))\s+"
                r"(?:appeals|appealed|now appeals|applies|applied|seeks|sought|challenges|challenged|brings|brought)\b", _I), 2),
    (re.compile(r"\b(?:the\s+)?appellants?\s*,?\s*\(?(?:is\s+|are\s+)?(?:the\s+)?(?P<who>(?:local (?:education )?authority|LEA|"
                r"LA|council|school|academy|governing body|parents?|mother|father|young person|responsible body|trust))\b",
                _I), 3),
]


def read_appellant(text: str, level: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """Who brought the appeal decided here: from the title ("X  Appellant"), a label ("Appellant:"),
    or the narrative ("the council appeals ...", "the mother's appeal"). At the First-tier Tribunal the
    appellant is the parent or young person (or the claimant in a disability claim)."""
    head = text[:2500]
    for m in list(_APPELLANT_LINE.finditer(head)) + list(_APPELLANT_LABEL.finditer(head)):
        party = m.group("party").strip(" \t:-–()")
        if re.fullmatch(r"(?:the\s+)?(?:appellant|applicant|respondent|v|and|between)s?", party, _I):
            continue
        kind = _party_kind(party)
        if kind:
            return kind, (m.start("party"), m.end("party"))
    best = None
    for pat, rank in _BY:
        for m in pat.finditer(text[:6000]):
            who = m.group("who")
            if re.search(r"\b(?:First-tier|tribunal|FtT|Upper)\b", who, _I):
                continue
            kind = _party_kind(who)
            if kind and (best is None or rank > best[0] or (rank == best[0] and m.start() < best[2][0])):
                best = (rank, kind, (m.start("who"), m.end("who")))
        if best and best[0] == rank:
            break
    if best:
        return best[1], best[2]
    if level in ("ftt", "wales"):
        if re.search(r"\byoung person\b[^.]{0,40}\b(?:appeals|appealed|brings|brought)\b", text[:4000], _I):
            return "young_person", None
        return "parent", None
    return None, None


# ------------------------------------------------------------------------------ this decision's result
@dataclass
class Disposal:
    level: str | None
    appellant: str | None
    error_of_law: str  # "yes" | "no" | "not_decided"
    disposal: str | None  # one of DISPOSALS, or None when no formula is found
    evidence: list[tuple[int, int]] = field(default_factory=list)  # sentence spans behind error_of_law/disposal
    appellant_span: tuple[int, int] | None = None


_NEG = r"(?:not|no|never|nor|decline\w*|refus\w*|rather than|instead of|without|need not|unnecessary to)"
_LOWER = re.compile(r"\b(?:First-tier Tribunal|FtT|the tribunal below|the panel|the SENDIST|the Tribunal)\b"
                    r"(?:\s*\([^)]{0,40}\))?\s+(?:had\s+|has\s+)?(?:\w+\s+){0,2}?"
                    r"(?:allowed|dismissed|refused|upheld|struck|granted|decided|ordered|directed)\b", _I)

_EOL_NO = re.compile(
    r"\b(?:did|does|do) not (?:involve|contain|disclose|reveal|show|include)\s+(?:the making of\s+)?(?:any\s+|an?\s+)?"
    r"(?:material\s+)?error(?:s)?\s+(?:on\s+a\s+point\s+)?of\s+law|"
    r"\bno\s+(?:material\s+)?error(?:s)?\s+(?:on\s+a\s+point\s+)?of\s+law\b|"
    r"\bnot\s+(?:been\s+)?(?:shown\s+to\s+(?:have\s+)?|established\s+that\s+\w+\s+)?(?:made\s+(?:a|any)\s+(?:material\s+)?error|erred)\b|"
    r"\b(?:did|does|has|have) not err(?:ed)?(?:\s+in\s+law)?\b|\bwithout\s+(?:any\s+)?error\s+of\s+law\b|"
    r"\bnot\s+(?:wrong|flawed)\s+in\s+law\b|\b(?:was|is)\s+(?:entitled|open\s+to\s+it)\s+to\s+(?:reach|come\s+to|find)\b",
    _I)
_EOL_YES = re.compile(
    r"\binvolved\s+(?:the\s+making\s+of\s+)?(?:an?\s+)?(?:material\s+)?errors?\s+(?:on\s+a\s+point\s+)?of\s+law|"
    r"\b(?:was|is)\s+(?:made\s+)?in\s+error\s+of\s+law|\b(?:erred|errs)\s+(?:in\s+law|in\s+(?:its|their|the)\s+\w+|by|when|as)\b|"
    r"\b(?:contains?|discloses?|reveals?|involves?|made|makes)\s+(?:a|an|two|three|several|some)\s+(?:material\s+)?"
    r"errors?\s+(?:on\s+a\s+point\s+)?of\s+law|\b(?:was|is)\s+(?:wrong|flawed)\s+in\s+law\b|"
    r"\bmaterial\s+errors?\s+of\s+law\b|\berror\s+of\s+law\s+(?:is|was)\s+(?:made\s+out|established)\b|"
    r"\bmisdirected\s+(?:itself|themselves|himself|herself)\b|\b(?:misapplied|misinterpreted|misconstrued)\s+the\b|"
    r"\b(?:was|were)\s+wrong\s+(?:in\s+law\s+)?to\b|\b(?:failed|fail)\s+to\s+(?:give\s+(?:adequate|sufficient|proper)\s+reasons|"
    r"(?:properly\s+)?(?:consider|apply|address|explain|deal\s+with|take\s+into\s+account|have\s+regard))\b|"
    r"\b(?:reasons\s+(?:were|are)\s+(?:inadequate|insufficient)|inadequate(?:ly)?\s+reason\w*)\b|"
    r"\b(?:decision|conclusion|finding)\s+(?:was|is)\s+(?:irrational|perverse|unlawful)\b|"
    r"\b(?:should|ought\s+to)\s+have\s+(?:\w+\s+){0,2}?(?:considered|named|ordered|found|applied|specified|taken|given|"
    r"decided|treated|included|made|asked|addressed)\b|\b(?:was|were)\s+not\s+entitled\s+to\b|\bhad\s+no\s+(?:power|jurisdiction)\b|"
    r"\bcould\s+not\s+lawfully\b|"
    r"\b(?:FtT|First-tier\s+Tribunal|tribunal|panel)\s+(?:had\s+|has\s+|did\s+)?(?:not|failed\s+to|never)\s+(?:properly\s+|adequately\s+|"
    r"lawfully\s+|sufficiently\s+)?(?:consider|address|appl|explain|deal|take|ask|determine|identify|give|engage|reason|"
    r"direct|make\s+(?:a\s+)?finding)\w*", _I)

_SET_ASIDE = re.compile(r"\bset(?:s|ting)?\s+(?:\w+\s+){0,6}?aside\b|\bquash\w*\b", _I)
_NOT_SET_ASIDE = re.compile(r"\b(?:not|decline\w*|refus\w*|no need|no reason|unnecessary)\s+(?:\w+\s+){0,3}?"
                            r"(?:set(?:ting)?\s+(?:\w+\s+){0,4}?aside|quash\w*)\b|"
                            r"\b(?:should|will|shall|would)\s+not\s+be\s+set\s+aside\b|"
                            r"\bsection\s+12\(2\)\(a\)\b[^.]{0,80}\bnot\b", _I)
_REMIT = re.compile(r"\b(?:remit\w*|(?:sen[dt]|return\w*|refer(?:red|s)?|pass\w*)\s+(?:it\s+|(?:the|this|her|his|their)\s+\w+\s+)?back|"
                    r"returned\s+(?:it\s+|(?:the|this)\s+\w+\s+)?to\s+(?:the|a)\s+(?:First-tier|FtT|tribunal)|"
                    r"(?:decided|heard|considered|determined)\s+again|(?:further|fresh|new|second)\s+hearing|"
                    r"(?:fresh|new|different(?:ly\s+constituted)?|another)\s+(?:panel|tribunal)|"
                    r"(?:re-?hear|re-?heard|re-?hearing|reconsider\w*|re-?determin\w*|redetermin\w*|decided\s+afresh|"
                    r"heard\s+afresh|fresh\s+hearing|new\s+hearing)\b)|"
                    r"\bs(?:ection|\.)?\s*12\(2\)\(b\)\(i\)(?!i)", _I)
_REMAKE = re.compile(r"\bre-?mak(?:e|es|ing)\b|\bre-?made\b|\bsubstitut\w+\s+(?:\w+\s+){0,3}(?:decision|order|own)\b|"
                     r"\bin\s+(?:its|their)\s+place\b|\bs(?:ection|\.)?\s*12\(2\)\(b\)\(ii\)|\bmy\s+own\s+decision\b|"
                     r"\bthe\s+decision\s+(?:I|we)\s+(?:make|substitute|remake|re-make)\b|\bdecision\s+(?:re-?made|remade)\b|"
                     r"\bI\s+(?:make|give)\s+the\s+decision\b|\bthe\s+decision\s+that\s+the\s+First-tier\s+Tribunal\s+should\s+have\s+made\b", _I)
_SAME_RESULT = re.compile(r"\b(?:in\s+the\s+same\s+terms|to\s+the\s+same\s+effect|same\s+(?:decision|result|outcome)\s+as)\b", _I)
_PERMISSION_REFUSED = re.compile(
    r"\bpermission\s+(?:to\s+(?:appeal|apply)[^.;]{0,60}?)?(?:is|was|be|has\s+been)\s+(?:\w+\s+)?refused\b|"
    r"\b(?:I|we|the\s+Upper\s+Tribunal|the\s+UT|Judge\s+\w+)\s+(?:\w+\s+){0,2}?refus\w+\s+(?:\w+\s+){0,3}?permission\b|"
    r"\bapplication\s+for\s+permission\b[^.;]{0,80}?\b(?:is|was|be)\s+(?:refused|dismissed|struck\s+out)\b|"
    r"\brefus\w+\s+(?:the\s+)?(?:application\s+for\s+)?permission\s+to\s+appeal\b|\bpermission\s+(?:to\s+appeal\s+)?refused\b", _I)
_PERMISSION_GRANTED = re.compile(r"\b(?:gave|give|granted?|giving|granting)\s+(?:\w+\s+){0,3}?permission\b|"
                                 r"\b(?:I|we|the\s+Upper\s+Tribunal|Judge\s+\w+)\s+(?:later\s+|subsequently\s+)?(?:granted|gave)\s+it\b|"
                                 r"\bpermission\s+(?:to\s+appeal\s+)?(?:was|is|has\s+been)\s+(?:later\s+|subsequently\s+)?"
                                 r"(?:granted|given)\b", _I)
_LOWER_REFUSED = re.compile(r"\b(?:First-tier\s+Tribunal|FtT|tribunal(?:\s+below)?|judge\s+below)\s+(?:had\s+|has\s+)?"
                            r"(?:\w+\s+)?refus\w+\s+(?:\w+\s+){0,2}?permission\b", _I)
_DISMISSED = re.compile(r"\b(?:appeal|application|claim|challenge)s?\b[^.;]{0,80}?\b(?:is|was|are|be|stands?)\s+"
                        r"(?:hereby\s+|accordingly\s+|therefore\s+)?(?:dismissed|refused|rejected|not\s+allowed|unsuccessful)\b|"
                        r"\b(?:I|we)\s+(?:\w+\s+)?(?:dismiss|refuse|reject)\s+(?:the|this|both|each|her|his|their|its|these)\s+"
                        r"(?:\w+\s+){0,3}?(?:appeal|application|claim|challenge)s?\b|"
                        r"\b(?:dismissed|refused|rejected)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:\w+(?:'s|s'|’s)\s+)?(?:appeal|application|claim|challenge)s?\b|"
                        r"\b(?:appeal|application|claim)\s+(?:fails|does\s+not\s+succeed|is\s+without\s+merit)\b|"
                        r"\bdecision\s+of\s+the\s+First-tier\s+Tribunal\s+(?:stands|is\s+(?:confirmed|upheld))\b", _I)
_ALLOWED = re.compile(r"\b(?:appeal|application|claim|challenge)s?\b[^.;]{0,80}?\b(?:is|was|are|be)\s+"
                      r"(?:hereby\s+|accordingly\s+|therefore\s+)?(?:allowed|upheld|successful)\b|"
                      r"\b(?:I|we)\s+(?:\w+\s+)?(?:allow|uphold)\s+(?:the|this|both|each|her|his|their|its)\s+"
                      r"(?:\w+\s+){0,3}?(?:appeal|application|claim)s?\b|"
                      r"\b(?:allowed|upheld)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:\w+(?:'s|s'|’s)\s+)?(?:appeal|application|claim|challenge)s?\b|"
                      r"\b(?:appeal|application|claim|challenge)\s+(?:succeeds|succeeded|was\s+successful)\b|"
                      r"\bin\s+favour\s+of\s+the\s+(?:appellant|parents?|mother|father|young\s+person|claimant)s?\b|\bdecision\s+(?:of\s+the\s+Upper\s+Tribunal\s+)?is\s+to\s+allow\b", _I)
_DISMISS_DECISION = re.compile(r"\bdecision\s+(?:of\s+the\s+Upper\s+Tribunal\s+)?is\s+to\s+(?:dismiss|refuse)\b", _I)
_STRUCK = re.compile(r"\b(?:is|are|was|be)\s+struck\s+out\b|\bI\s+strike\s+out\b", _I)
_JR_GRANTED = re.compile(r"\b(?:application\s+for\s+)?judicial\s+review\b[^.;]{0,60}?\b(?:is|was)\s+(?:granted|allowed)\b|"
                         r"\bquash(?:ing\s+order|es|ed)?\b", _I)
_JR_REFUSED = re.compile(r"\b(?:application\s+for\s+)?judicial\s+review\b[^.;]{0,60}?\b(?:is|was)\s+(?:refused|dismissed)\b|"
                         r"\brefus\w+\s+(?:the\s+application\s+for\s+)?judicial\s+review\b", _I)
_HYPOTHETICAL = re.compile(r"\b(?:if|had\s+I|were\s+I|would\s+have|should\s+(?:I|the)|whether|unless|asks?\s+me\s+to|"
                           r"invites?\s+me\s+to|submit\w*|argu\w*|contend\w*|seeks?|sought|urged?|grounds?)\b", _I)
_OPERATIVE_END = re.compile(r"^\s*(?:REASONS(?: FOR DECISION)?|Reasons(?: for (?:the )?decision)?|"
                            r"(?:INTRODUCTION|Introduction|BACKGROUND|Background)|"
                            r"(?:The )?(?:Facts|FACTS)|Summary of reasons)\s*:?\s*$", re.MULTILINE)


def _negated(sent: str, start: int) -> bool:
    return bool(re.search(_NEG + r"(?:\s+\w+){0,3}\s*$", sent[max(0, start - 40):start], _I))


def read_disposal(text: str, sents: list[tuple[int, int]], level: str | None) -> Disposal:
    """The result of the appeal decided in this document, from the operative paragraph first (the words
    before REASONS, or the head of a short document), then the rest. Sentences that tell what the
    First-tier Tribunal did, what a party argued, or what would have happened are not this decision."""
    appellant, appellant_span = read_appellant(text, level)
    out = Disposal(level, appellant, "not_decided", None, [], appellant_span)
    if level != "ut":
        return out
    end = _OPERATIVE_END.search(text, 0, min(len(text), 6000))
    head_end = end.start() if end and end.start() > 80 else min(len(text), 2500)
    zones = [[(s, e) for s, e in sents if s < head_end], [(s, e) for s, e in sents if s >= head_end]]
    for zone in zones:
        before = (out.disposal, out.error_of_law, list(out.evidence))
        _read_zone(text, zone, out)
        if before[0] and before[0] not in ("allowed",):
            out.disposal, out.error_of_law, out.evidence = before  # the operative words decide
            break
        if before[0] == "allowed" and out.disposal not in ("set_aside_remitted", "set_aside_remade",
                                                           "set_aside_remade_against", "error_not_set_aside"):
            out.disposal, out.error_of_law, out.evidence = before
        if out.disposal and out.disposal != "allowed":
            break
    if out.disposal is None and out.error_of_law == "yes":
        out.disposal = "set_aside_remade" if any(_REMAKE.search(text[s:e]) for s, e in sents) else None
    return out


def _read_zone(text: str, zone: list[tuple[int, int]], out: Disposal) -> None:
    found: dict[str, tuple[int, int]] = {}
    remakes: list[tuple[int, int]] = []
    for s, e in zone:
        sent = text[s:e]
        lower = _LOWER.search(sent)
        own = re.search(r"\b(?:I|we|the Upper Tribunal|UT|this Tribunal)\b", sent)
        if lower and not own and not re.search(r"\b(?:set aside|remit\w*|re-?made?)\b", sent, _I):
            continue  # what the First-tier Tribunal did
        if _HYPOTHETICAL.search(sent[:60]) and not re.search(r"\b(?:I|we)\s+(?:therefore|accordingly|so)\b", sent):
            hypothetical = True
        else:
            hypothetical = False
        if not hypothetical:
            if (m := _EOL_NO.search(sent)) and "eol_no" not in found:
                found["eol_no"] = (s, e)
            elif (m := _EOL_YES.search(sent)) and not _negated(sent, m.start()) and "eol_yes" not in found:
                found["eol_yes"] = (s, e)
        if hypothetical:
            continue
        if _NOT_SET_ASIDE.search(sent):
            found.setdefault("not_set_aside", (s, e))
        elif (m := _SET_ASIDE.search(sent)) and not _negated(sent, m.start()):
            found.setdefault("set_aside", (s, e))
        for m in _REMIT.finditer(sent):
            if not _negated(sent, m.start()):
                found.setdefault("remit", (s, e))
                break
        if (m := _REMAKE.search(sent)) and not _negated(sent, m.start()):
            found.setdefault("remake", (s, e))
            remakes.append((s, e))
            if _SAME_RESULT.search(sent):
                found.setdefault("same_result", (s, e))
        if _PERMISSION_REFUSED.search(sent) and not (lower and not own) and not _LOWER_REFUSED.search(sent):
            found.setdefault("permission_refused", (s, e))
        if _PERMISSION_GRANTED.search(sent):
            found.setdefault("permission_granted", (s, e))
        if _STRUCK.search(sent):
            found.setdefault("struck_out", (s, e))
        if _JR_REFUSED.search(sent):
            found.setdefault("jr_refused", (s, e))
        elif _JR_GRANTED.search(sent):
            found.setdefault("jr_granted", (s, e))
        if _DISMISS_DECISION.search(sent) or ((m := _DISMISSED.search(sent)) and not _negated(sent, m.start())):
            found.setdefault("dismissed", (s, e))
        if (m := _ALLOWED.search(sent)) and not _negated(sent, m.start()):
            found.setdefault("allowed", (s, e))

    def take(disposal: str, *keys: str) -> None:
        out.disposal = disposal
        out.evidence = [found[k] for k in keys if k in found]

    if "eol_yes" in found and "eol_no" not in found:
        out.error_of_law = "yes"
    elif "eol_no" in found:
        out.error_of_law = "no" if "eol_yes" not in found or found["eol_no"] < found["eol_yes"] else "yes"
    setting_aside = "set_aside" in found or "jr_granted" in found
    if "not_set_aside" in found and out.error_of_law != "no" and not setting_aside:
        out.error_of_law = "yes"
        take("error_not_set_aside", "eol_yes", "not_set_aside")
    elif "remit" in found and (setting_aside or "allowed" in found or out.error_of_law == "yes"):
        out.error_of_law = "yes" if out.error_of_law == "not_decided" else out.error_of_law
        take("set_aside_remitted", "set_aside", "jr_granted", "remit", "eol_yes")
    elif "remake" in found and (setting_aside or "allowed" in found or out.error_of_law == "yes"):
        out.error_of_law = "yes" if out.error_of_law == "not_decided" else out.error_of_law
        take("set_aside_remade", "set_aside", "remake", "same_result", "eol_yes")
    elif "jr_refused" in found:
        take("jr_refused", "jr_refused")
    elif "permission_refused" in found and "permission_granted" not in found and "allowed" not in found:
        take("permission_refused", "permission_refused")
    elif out.error_of_law == "no":
        take("dismissed", "eol_no", "dismissed")
    elif "struck_out" in found:
        take("struck_out", "struck_out")
    elif "dismissed" in found and "allowed" not in found:
        take("dismissed", "dismissed")
    elif "jr_granted" in found or setting_aside:
        out.error_of_law = "yes" if out.error_of_law == "not_decided" else out.error_of_law
        take("set_aside_remade" if "remake" in found else "allowed", "set_aside", "jr_granted", "eol_yes")
    elif "allowed" in found and "dismissed" not in found:
        take("allowed", "allowed", "eol_yes")
    elif "permission_refused" in found and "permission_granted" not in found:
        take("permission_refused", "permission_refused")
    elif out.error_of_law == "yes":
        take("allowed", "eol_yes")
    elif "allowed" in found and "dismissed" in found:
        take("allowed" if found["allowed"] < found["dismissed"] else "dismissed", "allowed", "dismissed")
    if out.disposal in ("permission_refused", "dismissed", "jr_refused") and out.error_of_law == "not_decided":
        out.error_of_law = "no"  # no arguable (or no material) error of law
    if out.disposal == "set_aside_remade":
        remade = next((r for r in (_remade_result(text, zone, x) for x in remakes) if r), None)
        side = "authority" if out.appellant in ("la", "school") else "family"
        if "same_result" in found or (remade and (remade == "allowed") != (side == "family")):
            out.disposal = "set_aside_remade_against"


_UNDERLYING = re.compile(r"\bclaims?\b|\bappeal\s+(?:against|to\s+the\s+(?:First-tier|FtT|tribunal)|under\s+section|"
                         r"from\s+the\s+(?:local|council|LA|decision))\b", _I)
_UT_APPEAL = re.compile(r"\bappeal\s+to\s+(?:the\s+)?(?:Upper\s+Tribunal|UT|this\s+Tribunal)\b", _I)
_FAMILY_WINS = re.compile(r"\b(?:allowing|upholding)\s+the\s+(?:claim|appeal)\b|"
                          r"\b(?:local\s+authority|council|authority|LA|LEA)\s+(?:shall|must|is\s+to)\s+(?:\w+\s+)?"
                          r"(?:issue|carry\s+out|continue\s+to\s+maintain|maintain|assess|secure|make)\b|"
                          r"\b(?:plan|statement)\s+(?:continues|is\s+to\s+be\s+maintained|shall\s+be\s+maintained)\b", _I)
_FAMILY_LOSES = re.compile(r"\b(?:dismissing|refusing|rejecting)\s+the\s+(?:claim|appeal)\b", _I)


def _remade_result(text: str, zone: list[tuple[int, int]], remake: tuple[int, int] | None) -> str | None:
    """What the re-made decision does for the family (parent, young person, claimant): "allowed" when it
    allows their appeal or claim against the authority or orders the authority to act, "dismissed" when
    it dismisses it. The Upper Tribunal's words about the appeal to it are not the re-made decision."""
    if not remake:
        return None
    following = [(s, e) for s, e in zone if s >= remake[0]][:3]
    for i, (s, e) in enumerate(following):
        sent = text[s:e]
        if i == 0:
            cue = _REMAKE.search(sent)
            sent = sent[cue.end():] if cue else sent
        for part in re.split(r"[:;]", sent):
            if _UT_APPEAL.search(part):
                continue
            if _FAMILY_LOSES.search(part):
                return "dismissed"
            if _FAMILY_WINS.search(part):
                return "allowed"
            if _UNDERLYING.search(part):
                if _DISMISSED.search(part):
                    return "dismissed"
                if _ALLOWED.search(part):
                    return "allowed"
    return None


def permission_granted_only(text: str) -> bool:
    """An Upper Tribunal grant of permission to appeal (with directions): no result yet."""
    head = text[:3000]
    return bool(re.search(r"\bpermission\s+to\s+appeal\s+(?:is|has\s+been)\s+(?:\w+\s+)?granted\b|"
                          r"\bI\s+(?:grant|give)\s+(?:the\s+\w+\s+)?permission\s+to\s+appeal\b", head, _I))


def outcome_of(d: Disposal) -> str | None:
    """The taxonomy outcome of an Upper Tribunal disposal (None: leave it to the First-tier rules)."""
    return {"set_aside_remitted": "remitted", "set_aside_remade": "allowed", "set_aside_remade_against": "dismissed",
            "error_not_set_aside": "allowed", "permission_refused": "dismissed", "dismissed": "dismissed",
            "allowed": "allowed", "struck_out": "dismissed", "jr_refused": "dismissed"}.get(d.disposal or "")
