"""Fixtures that build real plan files (TXT, MD, DOCX, PDF, broken and hostile ones) in tmp_path.

Every child, school and person named here is invented.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

CHILD = "Rowan Testwell"
SCHOOL = "Brightwater Primary School"

# A complete classic plan with one vague item in Section F ("access to").
PLAN_TXT = f"""EDUCATION, HEALTH AND CARE PLAN
Name: {CHILD}
Date of birth: 01/02/2016

Section A: Views, interests and aspirations
Rowan likes trains and drawing maps of imaginary towns.

Section B: Special educational needs
Rowan has difficulty with expressive language and finds busy rooms overwhelming.

Section C: Health needs
None identified.

Section D: Social care needs
None identified.

Section E: Outcomes
By July 2026 Rowan will use three-word sentences in class.

Section F: Special educational provision
- Rowan will have access to a quiet workspace.
- Speech and language therapy, 3 x 30 minutes each week, delivered by a qualified speech and language therapist.

Section G: Health provision
None.

Section H1: Social care provision under section 2 of the CSDPA
None.

Section H2: Other social care provision
None.

Section I: Placement
{SCHOOL}, a mainstream primary school.

Section J: Personal budget
None.

Section K: Advice and information
Advice from the educational psychologist, March 2025.
"""

VAGUE_LINE = "- Rowan will have access to a quiet workspace.\n"
CLEAN_TXT = PLAN_TXT.replace(VAGUE_LINE, "")

PLAN_MD = """# Education, Health and Care Plan

Prepared for Juniper Ashcombe (fictional) at Larkfield Academy (fictional).

## Section B: Special educational needs

Juniper has difficulty processing spoken instructions.

## Section F: Special educational provision

- Small-group phonics, 4 x 20 minutes each week, delivered by a trained teaching assistant.
- Juniper will have access to a quiet room.

### Review

Reviewed each term by the SENCo.
"""


# ---------------------------------------------------------------- DOCX

HEADER_TEXT = "OFFICIAL SENSITIVE header for Rowan"
FOOTER_TEXT = "Footer: Northmere Council (fictional) EHCP"
LINK_TEXT = "Northmere Local Offer page"


def _add_hyperlink(paragraph, url: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _set_outline_level(paragraph, level0: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    lvl = OxmlElement("w:outlineLvl")
    lvl.set(qn("w:val"), str(level0))
    ppr.append(lvl)


def docx_bytes(build) -> bytes:
    import docx

    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def build_plan_docx(d) -> None:
    d.sections[0].header.paragraphs[0].text = HEADER_TEXT
    d.sections[0].footer.paragraphs[0].text = FOOTER_TEXT
    d.add_heading("Education, Health and Care Plan", level=0)
    d.add_paragraph(f"Name: {CHILD}")
    d.add_heading("Section B: Special educational needs", level=1)
    d.add_paragraph("Rowan has difficulty with expressive language.")
    d.add_heading("Speech and language", level=2)
    p = d.add_paragraph("Custom outline heading")
    _set_outline_level(p, 0)
    d.add_heading("Section F: Special educational provision", level=1)
    d.add_paragraph("Before the table: the provision below is delivered in school.")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    rows = [["Need", "Provision", "Frequency", "Delivered by"],
            ["Expressive language", "Language group work", "3 x 30 minutes weekly", "Trained TA"],
            ["Sensory regulation", "Movement break", "Twice daily, 10 minutes", "Class teacher"]]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            t.cell(r, c).text = value
    d.add_paragraph("After the table: reviewed each term by the SENCo.")
    d.add_paragraph("Visual timetable on his desk, checked each morning by his TA.", style="List Bullet")
    d.add_paragraph("Pre-teaching of topic vocabulary, 2 x 15 minutes weekly.", style="List Bullet")
    d.add_paragraph("Rowan will have access to a quiet workspace.", style="List Bullet")
    p = d.add_paragraph("More information: ")
    _add_hyperlink(p, "https://example.org/local-offer", LINK_TEXT)
    d.add_heading("Section I: Placement", level=1)
    d.add_paragraph(f"{SCHOOL} (fictional).")


def per_area_columns_docx(d) -> None:
    d.add_heading("Education, Health and Care Plan", level=1)
    d.add_heading("Communication and interaction", level=2)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in enumerate(["B – Special Educational Needs", "F – Special Educational Provision", "E – Outcomes"]):
        t.cell(0, c).text = v
    t.cell(1, 0).text = "Mira finds it hard to follow spoken instructions."
    t.cell(1, 1).text = "Speech and language therapy, 6 x 45 minutes each term, delivered by a qualified SLT."
    t.cell(1, 2).text = "By July 2026 Mira will follow two-step instructions."
    d.add_heading("Cognition and learning", level=2)
    d.add_paragraph("Mira is working below age-related expectations in reading.")


def per_area_rows_docx(d) -> None:
    d.add_heading("Education, Health and Care Plan", level=1)
    d.add_heading("Social, emotional and mental health", level=2)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    rows = [["Special educational needs (Section B)", "Ezra becomes anxious during transitions."],
            ["Outcomes (Section E)", "By July 2026 Ezra will move between lessons calmly."],
            ["Provision (Section F)", "A 10-minute check-in each morning with his key adult, a named HLTA."]]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            t.cell(r, c).text = value


# ---------------------------------------------------------------- PDF

PDF_HEADER = "Rowan Testwell - EHC Plan - CONFIDENTIAL"
WRAPPED_LINES = [
    "Rowan will receive a structured programme of support in the classroom",
    "throughout the school day from a trained teaching assistant who knows",
    "him well and who has completed the local autism training course.",
]
HYPHEN_LINES = [
    "The speech and language therapist will lead a targeted inter-",
    "vention for Rowan in a quiet room away from the main classroom.",
]


def _pdf(**kw):
    from fpdf import FPDF

    class PlanPDF(FPDF):
        def header(self):
            self.set_font("helvetica", size=9)
            self.cell(0, 8, PDF_HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self):
            self.set_y(-15)
            self.set_font("helvetica", size=9)
            self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = PlanPDF(**kw)
    pdf.set_auto_page_break(True, margin=20)
    return pdf


def _lines(pdf, lines, size=11, gap=4):
    pdf.set_font("helvetica", size=size)
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def build_plan_pdf() -> bytes:
    pdf = _pdf()
    pdf.add_page()
    _lines(pdf, ["Section B: Special educational needs"], size=13)
    _lines(pdf, ["Rowan has difficulty with expressive language."])
    _lines(pdf, WRAPPED_LINES)
    pdf.add_page()
    _lines(pdf, ["Section F: Special educational provision"], size=13)
    _lines(pdf, HYPHEN_LINES)
    _lines(pdf, ["- Speech and language therapy, 3 x 30 minutes each week."])
    _lines(pdf, ["- Rowan will have access to a quiet workspace."])
    pdf.add_page()
    _lines(pdf, ["Section I: Placement"], size=13)
    _lines(pdf, [f"{SCHOOL} (fictional), a mainstream primary school."])
    return bytes(pdf.output())


def build_table_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 8, "Section F: Special educational provision", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Provision before the table is listed here.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [("Need", "Provision", "Frequency", "Delivered by"),
            ("Reading", "Precision teaching", "Daily, 10 minutes", "Trained TA"),
            ("Handwriting", "Fine motor group", "Weekly, 30 minutes", "Occupational therapist")]
    with pdf.table() as table:
        for values in rows:
            row = table.row()
            for v in values:
                row.cell(v)
    pdf.ln(4)
    pdf.cell(0, 8, "Text after the table ends here.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def png_bytes(size=(40, 40)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


def build_image_only_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(png_bytes((200, 280))), x=10, y=10, w=180)
    return bytes(pdf.output())


def build_shapes_only_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for i in range(12):
        pdf.rect(10 + i * 5, 10 + i * 5, 50, 20)
    pdf.line(10, 200, 190, 200)
    return bytes(pdf.output())


def build_encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(build_plan_pdf())).pages:
        writer.add_page(page)
    writer.encrypt("pw")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- hostile zips

def xlsx_like_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
        zf.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet/>')
    return buf.getvalue()


def xxe_docx_bytes() -> bytes:
    src = zipfile.ZipFile(io.BytesIO(docx_bytes(lambda d: d.add_paragraph("Harmless text for Ivo Quill.")))
                          )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                decl_end = text.index("?>") + 2
                text = (text[:decl_end] + '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                        + text[decl_end:])
                text = text.replace("Harmless text", "&xxe; Harmless text")
                data = text.encode("utf-8")
            zf.writestr(info.filename, data)
    return out.getvalue()


def write_zip_bomb_docx(path: Path, megabytes: int = 400) -> None:
    """A valid small docx plus a member of `megabytes` MB of zeros, written in 1 MB chunks."""
    src = zipfile.ZipFile(io.BytesIO(docx_bytes(lambda d: d.add_paragraph("Plan for Tamsin Orr."))))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, src.read(info))
        chunk = b"\0" * (1024 * 1024)
        with zf.open("word/media/padding.bin", "w", force_zip64=True) as fh:
            for _ in range(megabytes):
                fh.write(chunk)


# ---------------------------------------------------------------- fixtures

@pytest.fixture
def write(tmp_path):
    """write(name, bytes_or_str) -> Path of a file in tmp_path."""
    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_bytes(content.encode("utf-8"))
        else:
            path.write_bytes(content)
        return path
    return _write


@pytest.fixture(scope="session")
def plan_docx_bytes() -> bytes:
    return docx_bytes(build_plan_docx)


@pytest.fixture(scope="session")
def plan_pdf_bytes() -> bytes:
    return build_plan_pdf()


@pytest.fixture(scope="session")
def table_pdf_bytes() -> bytes:
    return build_table_pdf()


@pytest.fixture
def txt_plan(write) -> Path:
    return write("plan.txt", PLAN_TXT)


@pytest.fixture
def clean_txt_plan(write) -> Path:
    return write("clean.txt", CLEAN_TXT)


@pytest.fixture
def md_plan(write) -> Path:
    return write("plan.md", PLAN_MD)


@pytest.fixture
def docx_plan(write, plan_docx_bytes) -> Path:
    return write("plan.docx", plan_docx_bytes)


@pytest.fixture
def pdf_plan(write, plan_pdf_bytes) -> Path:
    return write("plan.pdf", plan_pdf_bytes)


@pytest.fixture
def table_pdf(write, table_pdf_bytes) -> Path:
    return write("table.pdf", table_pdf_bytes)
