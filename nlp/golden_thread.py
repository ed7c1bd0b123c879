"""The golden thread: each need in Section B should have provision in Section F that meets it and
an outcome in Section E. Needs are matched to provision and outcomes by meaning (sentence
embeddings, when the 'embed' extra is installed) and by shared key concepts (a lexicon of what
needs and provision are about), and by the area of need they sit under.

Precision matters more than recall: a reviewer must be able to trust each "uncovered need", so a
need counts as uncovered only when nothing comes near it. The threshold is tuned on the project's
own labelled plans (models/data/golden_thread.jsonl; see models/cards/golden_thread.md).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ingest import Document

from .findings import Finding
from .items import Item
from .sections import _AREAS, SectionMap
from .taxonomy import taxonomy

# What a need or provision is about. Each concept is a regex of the words that signal it.
CONCEPTS: dict[str, str] = {
    "speech_language": r"speech|language|vocabulary|words?|sentences?|expressive|receptive|talk\w*|verbal|spoken|"
                       r"narrative|grammar|articulat\w*|sounds|stammer\w*|fluency|AAC|Makaton|sign(?:ing|s)?|PECS|"
                       r"word[- ]finding|instructions?|question words|echolalia|SALT|SLT|SaLT|communicat\w*",
    "social": r"social\w*|friend\w*|peers?|turn[- ]taking|play\w*|conversation\w*|interaction|relationships?|"
              r"lunchtime|break ?times?|playground|group work|joint attention|emotion coaching",
    "reading": r"read\w*|phonics?|decod\w*|comprehension|books?|sight[- ]words?|blend\w*|literacy|dyslexi\w*|texts?",
    "writing": r"writ\w*|spell\w*|handwriting|letter formation|pencil|typ(?:e|ing)|keyboard|scribe|recording|"
               r"sentence building|dyslexi\w*",
    "maths": r"maths?|mathematic\w*|numbers?|number bonds|count\w*|calculat\w*|arithmetic|money|numeracy|"
             r"times tables|place value|fractions",
    "attention": r"attention|focus\w*|concentrat\w*|distract\w*|listening|impulsiv\w*|ADHD|on[- ]task|fidget\w*|"
                 r"movement breaks?|sitting still|restless\w*",
    "emotional": r"anxi\w*|worr\w*|emotion\w*|regulat\w*|dysregulat\w*|anger|angry|calm\w*|meltdowns?|"
                 r"self[- ]esteem|confiden\w*|mental health|well-?being|feelings?|ELSA|zones of regulation|"
                 r"mood|distress\w*|panic|trusted adult|counsell\w*|CAMHS|overwhelm\w*",
    "sensory": r"sensory|noise|noisy|auditory|tactile|ear defenders|sensory circuits?|sensory diet|lighting|"
               r"smells?|textures?|sensory processing|overload",
    "hearing": r"hearing|deaf\w*|radio aid|hearing aids?|BSL|British Sign Language|audiolog\w*|cochlear|"
               r"Teacher of the Deaf|ToD|QToD|soundfield|acoustic\w*|lip[- ]?read\w*",
    "vision": r"vision|visual impairment|visually impaired|sight|braille|enlarged|large print|magnif\w*|QTVI|"
              r"habilitation|low vision|screen reader",
    "motor": r"fine motor|gross motor|motor skills?|coordinat\w*|balance|mobility|walk\w*|physio\w*|"
             r"occupational therap\w*|OT|scissors|cutlery|dressing|fastenings|buttons|core (?:strength|stability)|"
             r"hypermobil\w*|dyspraxi\w*|DCD|wheelchair|walker|stairs|falls?|PE|hand strength|grip",
    "self_care": r"toilet\w*|continence|dressing|eating|feeding|drinking|personal care|intimate care|hygiene|"
                 r"self[- ]care|lunch|snack|swallow\w*",
    "memory_processing": r"memory|process\w*|recall|retain\w*|remember\w*|processing speed|pre-?teach\w*|"
                         r"overlearning|repetition|working memory",
    "organisation": r"organis\w*|planning|equipment|timetables?|routines?|transitions?|changes?|schedules?|"
                    r"now and next|first[- ]then|planner|homework",
    "independence": r"independen\w*|travel\w*|life skills|bus|journey|money|shopping|cooking|work experience|"
                    r"internship|employment|preparing for adulthood",
    "behaviour": r"behaviou?r\w*|aggress\w*|exclu\w*|conflict|hitting|kicking|restorative|de-?escalat\w*",
    "attendance": r"attendance|school avoidance|school refusal|emotionally based school|absen\w*|"
                  r"reduced timetable|re-?integrat\w*|phased return",
    "learning": r"learning|curriculum|attainment|progress|cognition|cognitive|learning difficult\w*|"
                r"new concepts?|understanding|generalis\w*|MLD|Down syndrome|working at|below age",
}
_CONCEPT_RE = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in CONCEPTS.items()}
# Acronyms count only as written ("OT", not "ot"; "PE", not "pe").
_ACRONYMS = {"OT", "PE", "SLT", "SALT", "SaLT", "ToD", "QToD", "QTVI", "DCD", "MLD", "AAC", "BSL", "ELSA", "PECS",
             "CAMHS", "ADHD"}
_ACRONYMS_UPPER = {a.upper() for a in _ACRONYMS}


def concepts(text: str) -> set[str]:
    found = set()
    for name, pattern in _CONCEPT_RE.items():
        for m in pattern.finditer(text):
            word = m.group(0)
            if word.upper() in _ACRONYMS_UPPER and word not in _ACRONYMS:
                continue
            found.add(name)
            break
    return found


def lexical(need: set[str], other: set[str]) -> float:
    """Share of the need's concepts the other text addresses."""
    return len(need & other) / len(need) if need else 0.0


@dataclass
class Match:
    start: int
    end: int
    text: str
    score: float
    shared: list[str]


@dataclass
class NeedRow:
    start: int
    end: int
    text: str
    area: str | None
    concepts: list[str]
    provision: list[Match] = field(default_factory=list)
    outcomes: list[Match] = field(default_factory=list)
    covered: bool = True


@dataclass
class GoldenThread:
    method: str  # "embeddings+lexical" | "lexical"
    threshold: float
    needs: list[NeedRow]
    orphan_provision: list[Match]

    @property
    def uncovered(self) -> list[NeedRow]:
        return [n for n in self.needs if not n.covered]

    def to_json(self) -> dict:
        from dataclasses import asdict

        return {"method": self.method, "threshold": self.threshold,
                "needs": [asdict(n) for n in self.needs],
                "uncovered": [{"start": n.start, "end": n.end, "text": n.text} for n in self.uncovered],
                "orphan_provision": [asdict(m) for m in self.orphan_provision]}

    def text(self, width: int = 70) -> str:
        lines = [f"Golden thread ({self.method}, threshold {self.threshold:.2f}): "
                 f"{len(self.needs) - len(self.uncovered)}/{len(self.needs)} needs have matching provision"]
        for n in self.needs:
            mark = "ok " if n.covered else "GAP"
            lines.append(f"  [{mark}] B: {_short(n.text, width)}")
            best = n.provision[0] if n.provision else None
            lines.append(f"        F: {_short(best.text, width) if best else '-'}"
                         + (f"  ({best.score:.2f})" if best else ""))
            out = n.outcomes[0] if n.outcomes else None
            lines.append(f"        E: {_short(out.text, width) if out else '-'}" + (f"  ({out.score:.2f})" if out else ""))
        for m in self.orphan_provision:
            lines.append(f"  [?  ] F with no matching need: {_short(m.text, width)}")
        return "\n".join(lines)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


@lru_cache(maxsize=1)
def settings() -> dict:
    """The tuned thresholds and weights (written by models/tune_golden_thread.py)."""
    raw = resources.files("nlp").joinpath("data/golden_thread.json")
    return json.loads(raw.read_text("utf-8"))


def score_matrix(needs: list[str], others: list[str], need_areas: list[str | None], other_areas: list[str | None],
                 use_embeddings: bool, weights: dict, need_vectors=None) -> "list[list[float]]":
    """Combined similarity of every need to every other text (`need_vectors`: the needs' embeddings,
    when the caller already has them)."""
    nc = [concepts(t) for t in needs]
    oc = [concepts(t) for t in others]
    sims = None
    if use_embeddings and needs and others:
        from models.embeddings import encode

        a = encode(needs) if need_vectors is None else need_vectors
        sims = a @ encode(others).T
    out = []
    for i in range(len(needs)):
        row = []
        for j in range(len(others)):
            lex = lexical(nc[i], oc[j])
            area = 1.0 if need_areas[i] and need_areas[i] == other_areas[j] else 0.0
            if sims is not None:
                s = weights["embedding"] * float(sims[i, j]) + weights["lexical"] * lex + weights["area"] * area
            else:
                s = weights["lexical_only"] * lex + weights["area"] * area
            row.append(s)
        out.append(row)
    return out


def analyse(doc: Document, items: list[Item], sections: SectionMap,
            use_embeddings: bool | None = None) -> GoldenThread | None:
    cfg = settings()
    if use_embeddings is None:
        from models.embeddings import available

        use_embeddings = available()
    method = "embeddings+lexical" if use_embeddings else "lexical"
    threshold = cfg["threshold"][method]
    weights = cfg["weights"]
    areas = _item_areas(doc, items, sections)
    from .provisions import NARRATIVE, is_provision

    need_items = [it for it in items if it.section == "B" and _substantive(doc, it)
                  and not _STRENGTH.match(doc.text[it.start:it.end])]
    prov_items = [it for it in items if it.section == "F" and _substantive(doc, it)
                  and is_provision(doc.text[it.start:it.end], it)]
    out_items = [it for it in items if it.section == "E" and _substantive(doc, it)
                 and not NARRATIVE.search(doc.text[it.start:it.end])]
    if not need_items or not prov_items:
        return None
    text = doc.text
    nt = [text[i.start:i.end] for i in need_items]
    pt = [text[i.start:i.end] for i in prov_items]
    ot = [text[i.start:i.end] for i in out_items]
    na, pa, oa = ([areas.get(i) for i in group] for group in (need_items, prov_items, out_items))
    need_vectors = None
    if use_embeddings:  # the needs are compared with provision and with outcomes: encode them once
        from models.embeddings import encode

        need_vectors = encode(nt)
    sp = score_matrix(nt, pt, na, pa, use_embeddings, weights, need_vectors)
    so = score_matrix(nt, ot, na, oa, use_embeddings, weights, need_vectors) if ot else [[] for _ in nt]
    rows = []
    for i, it in enumerate(need_items):
        nc = concepts(nt[i])
        prov = sorted(range(len(pt)), key=lambda j: -sp[i][j])[:3]
        outs = sorted(range(len(ot)), key=lambda j: -so[i][j])[:2]
        row = NeedRow(it.start, it.end, nt[i], na[i], sorted(nc),
                      [Match(prov_items[j].start, prov_items[j].end, pt[j], round(sp[i][j], 3),
                             sorted(nc & concepts(pt[j]))) for j in prov],
                      [Match(out_items[j].start, out_items[j].end, ot[j], round(so[i][j], 3),
                             sorted(nc & concepts(ot[j]))) for j in outs])
        row.covered = bool(prov) and sp[i][prov[0]] >= threshold
        rows.append(row)
    orphan_t = cfg["orphan_threshold"][method]
    orphans = [Match(prov_items[j].start, prov_items[j].end, pt[j],
                     round(max(sp[i][j] for i in range(len(nt))), 3), [])
               for j in range(len(pt)) if max(sp[i][j] for i in range(len(nt))) < orphan_t]
    return GoldenThread(method, threshold, rows, orphans)


def findings(doc: Document, thread: GoldenThread | None) -> list[Finding]:
    if thread is None:
        return []
    tax = taxonomy().faults
    out = []
    for n in thread.uncovered:
        f = tax["need_without_provision"]
        best = n.provision[0] if n.provision else None
        note = (f" The closest provision scores {best.score:.2f} (threshold {thread.threshold:.2f}): "
                f"\"{_short(best.text, 80)}\"" if best else "")
        # A suggestion, not an error: on the project's labelled plans the matcher does not reach the
        # precision a reviewer needs (models/cards/golden_thread.md), so this asks for a human check.
        out.append(Finding("need_without_provision", "suggestion", "B",
                           n.start, n.end, n.text, "No provision in Section F clearly meets this need; check the "
                           "golden thread." + note, f.suggestion, f.basis,
                           score=round(1 - (best.score if best else 0), 3), source=f"golden-thread:{thread.method}"))
    for m in thread.orphan_provision:
        f = tax["provision_without_need"]
        out.append(Finding("provision_without_need", f.severity, "F", m.start, m.end, m.text, f.message,
                           f.suggestion, f.basis, score=round(1 - m.score, 3), source=f"golden-thread:{thread.method}"))
    return out


_STRENGTH = re.compile(r"^\W*(?:strengths?|what \w+ (?:is good at|does well)|likes?|interests?)\b", re.I)


def _substantive(doc: Document, item: Item) -> bool:
    text = doc.text[item.start:item.end]
    if item.kind == "heading" or text.isupper() or text.rstrip().endswith(":"):
        return False  # headings, including ALL-CAPS lines in text plans
    return len(text.split()) >= 5


def _item_areas(doc: Document, items: list[Item], sections: SectionMap) -> dict[Item, str | None]:
    """The area of need each item sits under: its per-area table, or the last area heading in its section."""
    out: dict[Item, str | None] = {}
    current: dict[str | None, str | None] = {}
    for it in items:
        text = doc.text[it.start:it.end]
        if it.kind in ("heading", "paragraph") and len(text) < 90:
            area = next((a for a, p in _AREAS.items() if p.search(text)), None)
            if area:
                current[it.section] = area
                continue
        span = sections.span_at(it.start)
        out[it] = (span.area if span else None) or current.get(it.section)
    return out
