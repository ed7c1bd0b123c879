"""A synthetic EHC plan (sections A-K, provision tables) as a PDF and a DOCX of the same pages.

Used by `--generate` so the benchmarks run without `corpus_samples/plans/`. The text is made up;
it is shaped like a plan (headings, needs, outcomes, provision with and without quantities) so
the readers and the checker do representative work.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

SECTIONS = [
    ("A", "Section A: The views, interests and aspirations of the child and parent"),
    ("B", "Section B: Special educational needs"),
    ("C", "Section C: Health needs which relate to SEN"),
    ("D", "Section D: Social care needs which relate to SEN"),
    ("E", "Section E: Outcomes"),
    ("F", "Section F: Special educational provision"),
    ("G", "Section G: Health provision"),
    ("H1", "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
    ("H2", "Section H2: Any other social care provision"),
    ("I", "Section I: Placement"),
    ("J", "Section J: Personal budget"),
    ("K", "Section K: Advice and information"),
]
AREAS = ["Communication and interaction", "Cognition and learning",
         "Social, emotional and mental health", "Sensory and physical"]
NEEDS = [
    "Sam has a diagnosis of autism spectrum condition and finds changes to routine very difficult.",
    "His receptive language is below the 2nd centile and he needs instructions broken into short steps.",
    "Sam reads at a level well below his chronological age and has difficulty with phonological awareness.",
    "He becomes anxious in busy, noisy environments and may leave the classroom without warning.",
    "Sam has low muscle tone and tires quickly when writing by hand for more than a few minutes.",
    "He finds it hard to start and sustain interactions with peers during unstructured times.",
]
OUTCOMES = [
    "By the end of Key Stage 2, Sam will be able to follow a three-step instruction in class without adult prompting.",
    "Within 12 months, Sam will read a book banded at his level with 90% accuracy.",
    "By July, Sam will use a agreed calming strategy on at least four out of five occasions when anxious.",
]
PROVISION = [
    "Sam will receive 3 x 30 minute sessions per week of direct speech and language therapy delivered by a qualified speech and language therapist.",
    "Sam will have regular access to a quiet space as appropriate.",
    "Sam will receive support from a teaching assistant for 25 hours per week, trained in autism awareness.",
    "Sam will have access to speech and language therapy as required.",
    "A specialist teacher will deliver a structured phonics programme in 4 x 20 minute sessions weekly.",
    "Sam would benefit from occupational therapy input.",
    "Sam should have opportunities to practise social skills in small groups up to 3 times a week.",
    "Staff will receive training from an educational psychologist once per term, reviewed at each annual review.",
    "Sam will be provided with a sensory diet designed by an occupational therapist, implemented daily by trained staff.",
    "Sam may benefit from small group work where possible, subject to resources.",
]
FILLER = [
    "Sam's parents told us that he enjoys {hobby}, and that he is happiest when he knows what will happen next.",
    "The school reports that he has made progress in {subject} since {month}, but reading remains a barrier.",
    "At the meeting on {day} {month} his class teacher described {count} incidents of distress this term.",
    "Sam's views were gathered using a talking mat; he said he likes {hobby} and does not like loud halls.",
    "The educational psychologist observed Sam for {count} minutes during a {subject} lesson.",
    "A report from the paediatrician dated {day} {month} confirms the diagnosis and advises a review.",
    "His attendance this year is {count}% and he has missed sessions because of medical appointments.",
]
WORDS = {"hobby": ["trains", "drawing", "swimming", "Lego", "dinosaurs", "football"],
         "subject": ["number", "phonics", "science", "PE", "art", "writing"],
         "month": ["January", "March", "May", "September", "November"]}


def _sentence(rng: random.Random, template: str) -> str:
    return template.format(day=rng.randint(1, 28), count=rng.randint(2, 95),
                           **{k: rng.choice(v) for k, v in WORDS.items()})


def _paragraphs(rng: random.Random, n_per_section: int):
    """Yields (kind, content): heading | para | bullet (text) or table (rows)."""
    yield "heading", "Education, Health and Care Plan"
    yield "para", "Name: Sam Example. Date of birth: 01/01/2015. Local authority: Exampleshire Council."
    for sid, title in SECTIONS:
        yield "heading", title
        for i in range(n_per_section):
            if sid == "B":
                yield "para", f"{AREAS[i % 4]}: " + " ".join(rng.sample(NEEDS, 3)) + " " + _sentence(rng, rng.choice(FILLER))
            elif sid == "E":
                yield "para", f"Outcome {i + 1}: " + rng.choice(OUTCOMES)
            elif sid == "F":
                if i % 4 == 0:
                    rows = [["Need", "Provision", "Outcome"]]
                    rows += [[rng.choice(NEEDS)[:90], rng.choice(PROVISION), rng.choice(OUTCOMES)[:90]]
                             for _ in range(3)]
                    yield "table", rows
                else:
                    yield "para", f"{AREAS[i % 4]} (item {i + 1}):"
                    for p in rng.sample(PROVISION, 3):
                        yield "bullet", p
            else:
                yield "para", " ".join(_sentence(rng, t) for t in rng.sample(FILLER, 3))
    while True:  # Section K goes on with appended advice until the page budget is used up
        yield "para", "Advice: " + " ".join(_sentence(rng, t) for t in rng.sample(FILLER, 3))


def _pdf_block(pdf, kind: str, content) -> None:
    if kind == "heading":
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
    elif kind == "table":
        pdf.set_font("Helvetica", size=10)
        with pdf.table(col_widths=(30, 40, 30), line_height=5) as table:
            for row in content:
                r = table.row()
                for c in row:
                    r.cell(c)
    else:
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 5.5, ("- " if kind == "bullet" else "") + content, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def generate(out_dir: Path, pages: int = 30, seed: int = 7) -> list[Path]:
    """Writes synthetic_plan.pdf (exactly `pages` pages), synthetic_plan.docx (same page breaks),
    synthetic_plan.txt and a manifest.json; returns the three plan paths."""
    from docx import Document as DocxDocument
    from docx.enum.text import WD_BREAK
    from fpdf import FPDF

    out_dir.mkdir(parents=True, exist_ok=True)
    # Size the plan so sections A-K fit on `pages` pages; appended advice fills the rest.
    n, placed = 3, []
    for _ in range(8):
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(True, margin=20)
        pdf.add_page()
        placed = []  # (page it starts on, kind, content)
        k_page = None
        for kind, content in _paragraphs(random.Random(seed), n):
            before = pdf.page_no()
            _pdf_block(pdf, kind, content)
            if pdf.page_no() > pages:
                break
            placed.append((before, kind, content))
            if kind == "heading" and content.startswith("Section K") and k_page is None:
                k_page = pdf.page_no()
        if k_page is not None and k_page > pages * 0.8:
            break
        n = max(1, int(n * pages * 0.9 / (k_page or pages * 1.5)))
    # Re-render exactly what fitted on `pages` pages.
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    docx = DocxDocument()
    page = 1
    for start_page, kind, content in placed:
        if start_page > page and docx.paragraphs:
            docx.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        page = start_page
        _pdf_block(pdf, kind, content)
        if kind == "heading":
            docx.add_heading(content, level=1)
        elif kind == "table":
            t = docx.add_table(rows=len(content), cols=3)
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            docx.add_paragraph("")
        else:
            docx.add_paragraph(content, style="List Bullet" if kind == "bullet" else None)
    while pdf.page_no() < pages:  # pad (rare): keep the page count exact
        pdf.add_page()
        _pdf_block(pdf, "para", _sentence(random.Random(seed), FILLER[0]))
    pdf_path, docx_path, txt_path = (out_dir / f"synthetic_plan.{e}" for e in ("pdf", "docx", "txt"))
    pdf.output(str(pdf_path))
    docx.save(str(docx_path))
    lines = []
    for _, kind, content in placed:
        if kind == "table":
            lines += [" | ".join(r) for r in content]
        else:
            lines.append(("- " if kind == "bullet" else "") + content)
    txt_path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    manifest = [{"file": p.name, "pages": pages, "synthetic": True} for p in (pdf_path, docx_path, txt_path)]
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return [pdf_path, docx_path, txt_path]
