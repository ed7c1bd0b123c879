"""The layout fuzzer's generator: each sample plan's content, rendered in many council layouts.

Metamorphic testing: a plan says the same thing whatever its headings, numbering, tables or
section order, so sendlens must find the same faults in the same sections in every rendering.
The plan content comes from `make_samples.py` (built once, in plain text); this module only
re-lays it out. The layouts follow the patterns real councils use (`/work/shared/reference`):
statutory, short, first-person and numbered headings, letter and title on separate lines,
capitals, bracketed letters, headings in table cells, Word heading styles or bold runs, per-area
B | F | E tables, `Need | Provision | Frequency | Delivered by` tables, several items in one
cell, text tables with `|`, tabs or aligned spaces, E before B, H1 and H2 under one heading, a
contents page and running headers. Every word of the layouts is written for this project.

    python corpus_samples/layouts.py OUT_DIR   # writes every plan x layout x format
"""
from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import make_samples as ms

SECTIONS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")
AREA_KEYS = ("ci", "cl", "semh", "sp")
FORMATS = ("txt", "docx", "pdf")

# ---------------------------------------------------------------- the plan's content, layout-free


@dataclass
class Unit:
    """One piece of plan text with the section it belongs to (the ground truth for the bench)."""

    text: str
    section: str | None  # None: front matter
    # para | need | outcome | provision | strengths | intro (B, E and F introductions: a per-area
    # table has no place of its own for them, so findings on them are not compared)
    kind: str = "para"


@dataclass
class PlanModel:
    plan_id: str
    title: str
    front: list[str]
    parts: dict[str, list]  # sections other than B, E, F: [("sub", text) | ("p", text) | ("ul", [text])]
    b_intro: list[str] = field(default_factory=list)
    strengths: dict[str, str] = field(default_factory=dict)
    needs: dict[str, list[str]] = field(default_factory=dict)
    e_intro: list[str] = field(default_factory=list)
    outcomes: dict[str, list[str]] = field(default_factory=dict)  # area (ci, cl, semh, sp, other) -> texts
    f_intro: list[str] = field(default_factory=list)
    provision: dict[str, list[str]] = field(default_factory=dict)  # area (ci, cl, semh, sp, gen) -> items
    sections: list[str] = field(default_factory=list)  # the sections the plan has

    def units(self) -> list[Unit]:
        out = [Unit(t, None) for t in self.front]
        for sid, parts in self.parts.items():
            for kind, value in parts:
                if kind == "p":
                    out.append(Unit(value, sid))
                elif kind == "ul":
                    out.extend(Unit(v, sid) for v in value)
        out += [Unit(t, "B", "intro") for t in self.b_intro] + [Unit(t, "B", "strengths") for t in self.strengths.values()]
        out += [Unit(t, "B", "need") for ts in self.needs.values() for t in ts]
        out += [Unit(t, "E", "intro") for t in self.e_intro]
        out += [Unit(t, "E", "outcome") for ts in self.outcomes.values() for t in ts]
        out += [Unit(t, "F", "intro") for t in self.f_intro]
        out += [Unit(t, "F", "provision") for ts in self.provision.values() for t in ts]
        return out


def _area_key(title: str) -> str | None:
    for key, name in ms.AREAS.items():
        if title.strip().lower() == name.lower():
            return key
    return None


def model(P: dict) -> PlanModel:
    """A sample plan's content, read from the blocks `make_samples.build` lays out for a text file."""
    P = {**P, "fmt": "txt", "txt_f": None, "pdf_f": None, "soft_hyphens": False, "headings": "colon"}
    if P["layout"] == "per_area":
        P["headings"] = "mixed"
    built = ms.build(P)
    m = PlanModel(P["id"], "", [], {})
    sec, area = None, None
    for b in built.blocks:
        kind = b[0]
        if kind == "title":
            m.title = m.title or b[1]
            if m.title != b[1]:
                m.front.append(b[1])
            continue
        if kind == "kv":
            m.front.extend(f"{k}: {v}" for k, v in b[1])
            continue
        if kind == "h1":
            sec, area = b[2], None
            m.sections += {"BEF": ["B", "E", "F"], "H1H2": ["H1", "H2"]}.get(sec, [sec])
            continue
        if sec is None:
            m.front.append(b[1])
            continue
        if sec in ("B", "E", "F", "BEF"):
            if kind == "h2":
                area = _area_key(b[1]) or ("gen" if sec in ("F", "BEF") else "other")
                continue
            if kind == "p":
                text = b[1]
                if text.startswith("Strengths: "):
                    m.strengths[area] = text
                elif sec == "B":
                    (m.needs.setdefault(area, []) if area else m.b_intro).append(text)
                elif sec == "E":
                    (m.outcomes.setdefault(area, []) if area and text.startswith("Outcome") else m.e_intro).append(text)
                elif sec == "F":
                    m.f_intro.append(text)
                else:  # BEF introduction: the per-area plans' summary of needs
                    m.b_intro.append(text) if text.startswith("Summary") else m.f_intro.append(text)
            elif kind == "ul":
                if sec == "E":
                    m.outcomes.setdefault(area or "other", []).extend(b[1])
                else:
                    m.provision.setdefault(area or "gen", []).extend(b[1])
            elif kind == "areatable":
                bp, ep, fp = b[3]
                m.needs.setdefault(area, []).extend(bp)
                m.outcomes.setdefault(area, []).extend(ep)
                m.provision.setdefault(area, []).extend(fp)
            continue
        parts = m.parts.setdefault("H1" if sec == "H1H2" else sec, [])
        if kind == "h2":
            parts.append(("sub", b[1]))
        elif kind == "p":
            parts.append(("p", b[1]))
        elif kind == "ul":
            parts.append(("ul", list(b[1])))
    m.f_intro = [t for t in m.f_intro if "the table sets out" not in t]
    return m


@lru_cache(maxsize=1)
def _models() -> tuple[PlanModel, ...]:
    ms.USAGE.clear()  # the generator picks each plan's items given the plans before it: build them in order
    return tuple(model(P) for P in ms.PLANS)


def models() -> list[PlanModel]:
    """Every sample plan's content, in the order (and with the items) make_samples.py builds them."""
    return list(_models())


# ---------------------------------------------------------------- headings

# Each section's titles: statutory, short, first person.
TITLES = {
    "A": ("The views, interests and aspirations of the child and their parents", "Views, interests and aspirations",
          "All about me"),
    "B": ("The child's special educational needs", "Special educational needs", "My special educational needs"),
    "C": ("Health needs which relate to the special educational needs", "Health needs", "My health needs"),
    "D": ("Social care needs which relate to the special educational needs or disability", "Social care needs",
          "My social care needs"),
    "E": ("The outcomes sought for the child", "Outcomes", "How will we know I'm making progress?"),
    "F": ("The special educational provision required", "Special educational provision", "What support will I get?"),
    "G": ("Health provision reasonably required", "Health provision", "The health care I will get"),
    "H1": ("Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
           "Social care provision (CSDPA 1970, section 2)", "Social care support I will get (CSDPA section 2)"),
    "H2": ("Any other social care provision reasonably required", "Other social care provision",
           "Other social care support I will get"),
    "I": ("The name and type of the school or other institution", "Placement", "Where I will learn"),
    "J": ("Personal budget, including arrangements for direct payments", "Personal budget", "My personal budget"),
    "K": ("The advice and information gathered during the EHC needs assessment", "Advice and information",
          "Who has given advice about me"),
}


def heading_lines(style: str, sid: str, number: int | None) -> list[str]:
    """The heading of one section in a heading style; two lines when letter and title are separate."""
    statutory, short, mine = TITLES[sid]
    num = f"{number}. " if number is not None else ""
    if style == "section_colon":
        return [f"{num}Section {sid}: {statutory}"]
    if style == "letter_dot":
        return [f"{num}{sid}. {short}"]
    if style == "part_caps":
        return [f"{num}PART {sid} – {short.upper()}"]
    if style == "bracket":
        return [f"{num}({sid}) {short}"]
    if style == "separate_lines":
        return [f"{num}Section {sid}", mine]
    if style == "first_person":
        return [f"{num}{mine}"]
    if style == "numbered_title_letter":
        return [f"{number or SECTIONS.index(sid) + 1}. {mine} (Section {sid})"]
    if style == "caps_section":
        return [f"SECTION {sid}", statutory.upper()] if number is None else [f"{num}SECTION {sid}  {statutory.upper()}"]
    if style == "parts_decimal":
        return [f"Part {number or SECTIONS.index(sid) + 1}: {short}"]
    raise ValueError(style)


# ---------------------------------------------------------------- layouts


@dataclass(frozen=True)
class Layout:
    name: str
    heading: str = "section_colon"
    numbered: bool = False
    bef: str = "classic"  # classic | f_table | f_table4 | per_area | per_area_cells | per_area_rows
    order: str = "alpha"  # alpha | e_first | k_first
    h_combined: bool = False  # one "Social care provision (H1 and H2)" heading, H1 and H2 below it
    contents: bool = False
    running: bool = False
    caption: bool = False  # section headings inside one-cell tables (Word, PDF)
    table_text: str = "pipe"  # how a text file draws tables: pipe | tab | spaces
    bold_headings: bool = False  # Word: bold runs instead of heading styles
    b_split: bool = True  # Section B split by area of need


LAYOUTS = [
    Layout("classic"),
    Layout("letter_dot", heading="letter_dot", table_text="tab"),
    Layout("part_caps", heading="part_caps", bef="f_table"),
    Layout("bracket", heading="bracket", bef="f_table4", table_text="tab"),
    Layout("separate_lines", heading="separate_lines"),
    Layout("first_person", heading="first_person", bef="f_table", table_text="spaces"),
    Layout("numbered_title_letter", heading="numbered_title_letter", bef="per_area"),
    Layout("caps_section", heading="caps_section", bef="f_table4", table_text="spaces"),
    Layout("parts_decimal", heading="parts_decimal", bef="f_table"),
    Layout("numbered_colon", heading="section_colon", numbered=True, bef="per_area_cells", table_text="tab"),
    Layout("e_first", order="e_first"),
    Layout("e_first_per_area", heading="letter_dot", order="e_first", bef="per_area"),
    Layout("k_first", heading="part_caps", order="k_first", bef="f_table4"),
    Layout("h_combined", h_combined=True, bef="f_table"),
    Layout("contents_page", contents=True, heading="first_person"),
    Layout("contents_caps", contents=True, heading="caps_section", bef="per_area"),
    Layout("running_headers", running=True),
    Layout("running_first_person", running=True, heading="separate_lines", bef="per_area_cells"),
    Layout("captions", caption=True, bef="f_table"),
    Layout("captions_per_area", caption=True, heading="first_person", bef="per_area_rows"),
    Layout("bold_runs", bold_headings=True, heading="letter_dot", bef="f_table4"),
    Layout("bold_first_person", bold_headings=True, heading="first_person", bef="per_area"),
    Layout("per_area_rows", bef="per_area_rows", heading="bracket", table_text="tab"),
    Layout("unsplit_b", b_split=False, heading="numbered_title_letter", bef="f_table", contents=True, running=True),
]
LAYOUT_BY_NAME = {lay.name: lay for lay in LAYOUTS}

# ---------------------------------------------------------------- format-free blocks
# ("h", text, level) | ("p", text) | ("li", text) | ("table", header | None, rows) | ("caption", text)
# | ("page",) a page break (running headers are drawn after it)


def _bef_headers(layout: Layout) -> list[str]:
    return ["B – Special Educational Needs", "F – Special Educational Provision", "E – Outcomes"]


def blocks(m: PlanModel, layout: Layout) -> list[tuple]:
    out: list[tuple] = [("h", m.title, 0)] + [("p", t) for t in m.front]
    order = [s for s in SECTIONS if s in m.sections]
    if layout.order == "e_first":
        order.remove("E")
        order.insert(order.index("B"), "E")
    elif layout.order == "k_first" and "K" in order:
        order.remove("K")
        order.insert(0, "K")
    per_area = layout.bef.startswith("per_area")
    numbers = {sid: n for n, sid in enumerate(order, 1)} if layout.numbered or layout.heading == "parts_decimal" else {}

    def head(sid: str) -> None:
        lines = heading_lines(layout.heading, sid, numbers.get(sid))
        if layout.caption:
            out.append(("caption", " ".join(lines) if len(lines) == 1 else lines[0] + ": " + lines[1]))
        else:
            out.append(("h", lines[0], 1))
            if len(lines) > 1:
                out.append(("h", lines[1], 2))

    def sub(text: str, sid: str) -> None:
        if layout.heading == "parts_decimal" and sid in numbers:
            text = f"{numbers[sid]}.{sum(1 for b in out if b[0] == 'h' and b[2] == 2) % 9 + 1} {text}"
        out.append(("h", text, 2))

    if layout.contents:
        out.append(("h", "Contents", 1))
        for n, sid in enumerate(order, 1):
            line = " ".join(heading_lines(layout.heading, sid, numbers.get(sid)))
            out.append(("p", f"{line} {'.' * 6} {n + 1}"))
        out.append(("page",))
    done_bef = False
    for sid in order:
        if per_area and sid in ("B", "E", "F"):
            if done_bef:
                continue
            done_bef = True
            _per_area(out, m, layout, head, sub)
            continue
        if sid == "H2" and layout.h_combined:
            continue
        if sid == "H1" and layout.h_combined:
            out.append(("h", "Social care provision (Sections H1 and H2)", 1))
            for hid in ("H1", "H2"):
                out.append(("h", f"{hid}: {TITLES[hid][1]}", 2))
                _parts(out, m.parts.get(hid, []), hid, sub)
            continue
        head(sid)
        if sid == "B":
            out += [("p", t) for t in m.b_intro]
            for a in AREA_KEYS:
                if a in m.strengths or a in m.needs:
                    if layout.b_split:
                        sub(ms.AREAS[a], sid)
                    if a in m.strengths:
                        out.append(("p", m.strengths[a]))
                    out += [("p", t) for t in m.needs.get(a, [])]
            out += [("p", t) for t in m.needs.get(None, []) + m.needs.get("other", [])]
        elif sid == "E":
            out += [("p", t) for t in m.e_intro]
            for a, texts in m.outcomes.items():
                sub(ms.AREAS.get(a, "Other outcomes"), sid)
                out += [("p", t) for t in texts]
        elif sid == "F":
            out += [("p", t) for t in m.f_intro]
            for a, items in m.provision.items():
                sub(ms.AREAS.get(a, "Across all areas of need"), sid)
                _f_items(out, m, a, items, layout)
        else:
            _parts(out, m.parts.get(sid, []), sid, sub)
    if layout.running:
        out = _with_pages(out, layout, order, numbers)
    return out


def _parts(out, parts, sid, sub) -> None:
    for kind, value in parts:
        if kind == "sub":
            sub(value, sid)
        elif kind == "p":
            out.append(("p", value))
        else:
            out.extend(("li", v) for v in value)


def _split_item(text: str) -> list[str]:
    """What, how often, who: a prose item ('what: freq, delivered by who.') as table cells."""
    what, _, rest = text.partition(": ")
    if not rest:
        return [text, "", ""]
    freq, sep, who = rest.rpartition(", delivered by ")
    if not sep:
        freq, who = rest, ""
    return [what, freq.rstrip("."), who.rstrip(".")]


def _f_items(out, m: PlanModel, area: str, items: list[str], layout: Layout) -> None:
    if layout.bef == "f_table":
        out.append(("table", ["Area of need", "Provision"], [[ms.AREAS.get(area, "All areas"), t] for t in items]))
    elif layout.bef == "f_table4":
        out.append(("table", ["Need", "Provision", "Frequency", "Delivered by"],
                    [[ms.AREAS.get(area, "All areas")] + _split_item(t) for t in items]))
    else:
        out.extend(("li", t) for t in items)


def _per_area(out, m: PlanModel, layout: Layout, head, sub) -> None:
    """B, F and E together, one table per area of need (the newer council layout)."""
    out.append(("h", "Special educational needs, provision and outcomes", 1))
    out += [("p", t) for t in m.b_intro + m.f_intro + m.e_intro]
    headers = _bef_headers(layout)
    areas = [a for a in AREA_KEYS if a in m.needs or a in m.provision or a in m.outcomes]
    for a in areas + [x for x in m.provision if x not in AREA_KEYS] + [x for x in m.outcomes if x not in AREA_KEYS
                                                                      and x not in m.provision]:
        title = ms.AREAS.get(a, "Across all areas of need")
        out.append(("h", title, 2))
        if a in m.strengths:
            out.append(("p", m.strengths[a]))
        needs, prov, outs = m.needs.get(a, []), m.provision.get(a, []), m.outcomes.get(a, [])
        if layout.bef == "per_area_cells":  # one row; every item of a column in one cell, marked with bullets
            out.append(("table", headers, [[needs, ["• " + p for p in prov], outs]]))
        elif layout.bef == "per_area_rows":  # one row per section: label | content (empty rows left out)
            out.append(("table", None, [[headers[0], needs], [headers[1], prov], [headers[2], outs]]))
        else:  # one row per need, provision and outcome side by side
            n = max(len(needs), len(prov), len(outs), 1)
            rows = [[needs[i] if i < len(needs) else "", prov[i] if i < len(prov) else "",
                     outs[i] if i < len(outs) else ""] for i in range(n)]
            out.append(("table", headers, rows))


def _with_pages(out: list[tuple], layout: Layout, order: list[str], numbers: dict) -> list[tuple]:
    """Page breaks every ~25 blocks, each page headed by the running header of the section it opens in."""
    result, current, count, page = [], None, 0, 1
    for b in out:
        if b[0] == "page":
            continue
        if b[0] in ("h", "caption") and (b[0] == "caption" or b[2] == 1):
            for sid in SECTIONS:
                if any(b[1] == line for line in heading_lines(layout.heading, sid, numbers.get(sid))) or \
                        b[1].startswith(f"Section {sid}:") or f"(Section {sid})" in b[1]:
                    current = sid
        count += 1
        if count >= 25 and b[0] in ("p", "li", "table"):
            page += 1
            count = 0
            label = f"Section {current}: {TITLES[current][1]}" if current else "Education, Health and Care Plan"
            result += [("page",), ("running", f"EHC plan | {label} | page {page}")]
        result.append(b)
    return result


# ---------------------------------------------------------------- renderers


def _cell_text(value) -> list[str]:
    return value if isinstance(value, list) else [value] if value else []


def render_txt(bl: list[tuple], layout: Layout) -> bytes:
    lines: list[str] = []
    for b in bl:
        kind = b[0]
        if kind == "h":
            lines += ["", b[1] if b[2] else b[1].upper(), ""]
        elif kind == "caption":
            lines += ["", f"| {b[1]} |", ""]
        elif kind == "p":
            lines += [b[1], ""]
        elif kind == "li":
            lines.append(f"• {b[1]}")
        elif kind == "page":
            lines.append("\f")
        elif kind == "running":
            lines += [b[1], ""]
        elif kind == "table":
            lines += [""] + _txt_table(b[1], b[2], layout.table_text) + [""]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text.encode("utf-8")


def _txt_table(header, rows, style: str) -> list[str]:
    # a cell holding several paragraphs is flattened to one line, its paragraphs marked as bullets
    def flat_cell(value) -> str:
        paras = _cell_text(value)
        return paras[0] if len(paras) == 1 else " ".join(p if p.startswith("• ") else f"• {p}" for p in paras)

    flat = [[flat_cell(c) for c in row] for row in ([header] if header else []) + rows]
    if style == "pipe":
        return ["| " + " | ".join(r) + " |" for r in flat]
    if style == "tab":
        return ["\t".join(r) for r in flat]
    widths = [max(len(r[i]) for r in flat) for i in range(len(flat[0]))]
    return ["   ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in flat]


def render_docx(bl: list[tuple], layout: Layout) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    header_text = next((b[1] for b in bl if b[0] == "running"), None)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text  # Word keeps it out of the body
    for b in bl:
        kind = b[0]
        if kind == "h":
            if b[2] == 0:
                d.add_paragraph(b[1], style="Title")
            elif layout.bold_headings:
                run = d.add_paragraph().add_run(b[1])
                run.bold = True
                run.font.size = Pt(13 if b[2] == 1 else 11)
            else:
                d.add_heading(b[1], level=b[2])
        elif kind == "caption":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.cell(0, 0).paragraphs[0].add_run(b[1]).bold = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "page":
            d.add_page_break()
        elif kind == "table":
            header, rows = b[1], b[2]
            all_rows = ([header] if header else []) + rows
            t = d.add_table(rows=0, cols=len(all_rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(all_rows):
                cells = t.add_row().cells
                for ci, value in enumerate(row):
                    paras = _cell_text(value)
                    for pi, text in enumerate(paras):
                        p = cells[ci].paragraphs[0] if pi == 0 else cells[ci].add_paragraph()
                        p.add_run(text).bold = bool(header) and ri == 0
            d.add_paragraph()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def render_pdf(bl: list[tuple], layout: Layout) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    running = {"text": ""}

    class PDF(FPDF):
        def header(self):
            if running["text"]:
                self.set_font("DejaVu", "", 8)
                self.cell(0, 5, running["text"], align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 6, f"Page {self.page_no()}", align="C")

    pdf = PDF(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", str(ms.DEJAVU))
    pdf.add_font("DejaVu", "B", str(ms.DEJAVU_BOLD))
    pdf.set_creation_date(ms.FIXED_DATE)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text, size=10.5, style="", gap=3.0):
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(W, 5.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for b in bl:
        kind = b[0]
        if kind == "h":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            para(b[1], {0: 15, 1: 13, 2: 11.5}[b[2]], "B")
        elif kind == "caption":
            pdf.set_font("DejaVu", "B", 12)
            with pdf.table(col_widths=(W,), first_row_as_headings=False, line_height=6) as t:
                t.row().cell(b[1])
            pdf.ln(3)
        elif kind == "p":
            para(b[1])
        elif kind == "li":
            pdf.set_font("DejaVu", "", 10.5)
            lines = pdf.multi_cell(W - 6, 5.6, b[1], dry_run=True, output="LINES")
            if pdf.get_y() + len(lines) * 5.6 > pdf.page_break_trigger:
                pdf.add_page()
            pdf.cell(6, 5.6, "•")
            pdf.multi_cell(W - 6, 5.6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "page":
            pdf.add_page()
        elif kind == "running":
            running["text"] = b[1]
        elif kind == "table":
            header, rows = b[1], b[2]
            n = len(header or rows[0])
            pdf.set_font("DejaVu", "", 9)
            widths = (W / n,) * n if n != 2 else (W * 0.3, W * 0.7)
            with pdf.table(col_widths=widths, line_height=4.6, padding=1.5, text_align="LEFT",
                           first_row_as_headings=bool(header),
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
                for row in ([header] if header else []) + rows:
                    cols = [_cell_text(v) for v in row]
                    if not header and not any(cols[1:]):
                        continue  # a labelled row with nothing in it is left out of the PDF
                    # a cell too tall for a page continues in the next row, as Word does across pages
                    for k in range(0, max(1, *(len(c) for c in cols)), 3):
                        r = t.row()
                        for paras in cols:
                            chunk = paras[k:k + 3]
                            if len(paras) > 1:  # several paragraphs in a cell are drawn as a bulleted list
                                chunk = [p if p.startswith("• ") else f"• {p}" for p in chunk]
                            r.cell("\n".join(chunk))
            pdf.ln(3)
    return bytes(pdf.output())


# ---------------------------------------------------------------- reading a rendering back


def _pattern(text: str, words: int | None = None) -> re.Pattern:
    toks = re.sub(r"^[•\-*]\s*", "", text).split()
    toks = toks[:words] if words else toks
    return re.compile(r"\s*".join(re.escape(t) for t in toks))


def locate_units(text: str, units: list[Unit]) -> list[tuple[int, int, int]]:
    """(start, end, index into `units`) for every unit found in the extracted text, in text order."""
    found = []
    for i, unit in enumerate(units):
        what = unit.text.partition(": ")[0]  # a provision split over table cells starts with its 'what'
        m = _pattern(unit.text).search(text) or _pattern(unit.text, 10).search(text) or \
            _pattern(unit.text, 5).search(text) or (len(what.split()) >= 2 and _pattern(what).search(text))
        if m:
            found.append((m.start(), m.end(), i))
    return sorted(found)


def section_accuracy(doc, sections, units: list[Unit]) -> tuple[int, int]:
    """(units in the right section, units checked): needs, outcomes and provision items only."""
    right = total = 0
    for start, _end, i in locate_units(doc.text, units):
        unit = units[i]
        if unit.kind in ("need", "outcome", "provision"):
            total += 1
            right += sections.section_at(start) == unit.section
    return right, total


def finding_keys(doc, findings, units: list[Unit], ignore: frozenset = frozenset()) -> set[tuple]:
    """(section, code, unit) for every finding; the unit is the plan text the finding overlaps most
    (else the last one starting before it), so keys compare across layouts and formats."""
    import bisect

    located = locate_units(doc.text, units)
    starts = [s for s, _, _ in located]
    out = set()
    for f in findings:
        if f.code in ignore:
            continue
        unit = None
        if f.end > f.start:
            k = bisect.bisect_right(starts, f.end) - 1
            best, overlap = None, 0
            for s, e, i in located[max(0, k - 8):k + 1]:
                o = min(e, f.end) - max(s, f.start)
                if o > overlap:
                    best, overlap = i, o
            if best is None:
                k = bisect.bisect_right(starts, f.start) - 1
                best = located[k][2] if k >= 0 else None
            if best is not None and units[best].kind == "intro":
                continue
            unit = units[best].text[:60] if best is not None else None
        out.add((f.section, f.code, unit))
    return out


RENDERERS = {"txt": render_txt, "docx": render_docx, "pdf": render_pdf}


def render(m: PlanModel, layout: Layout, fmt: str) -> bytes:
    return RENDERERS[fmt](blocks(m, layout), layout)


def file_name(m: PlanModel, layout: Layout, fmt: str) -> str:
    return f"{m.plan_id}_{layout.name}.{fmt}"


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "layouts_out")
    out.mkdir(parents=True, exist_ok=True)
    for m in models():
        for layout in LAYOUTS:
            for fmt in FORMATS:
                (out / file_name(m, layout, fmt)).write_bytes(render(m, layout, fmt))
    print(f"wrote {len(ms.PLANS) * len(LAYOUTS) * len(FORMATS)} files to {out}")
    return 0


__all__ = ["FORMATS", "LAYOUTS", "LAYOUT_BY_NAME", "Layout", "PlanModel", "Unit", "blocks", "file_name",
           "finding_keys", "locate_units", "models", "render", "section_accuracy"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
