"""Annotated Word output: one comment per finding, anchored to exactly the flagged words.

Every plan here is built in the test with python-docx or fpdf2 and read back the way Word would:
the comments part, and the w:commentRangeStart / w:commentRangeEnd markers in the body XML.
Every child, school and person named here is invented.
"""
from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from conftest import _add_hyperlink

from app.annotate import annotate_docx, annotated_bytes, comment_text, finding_key, plan_to_docx
from ingest import load
from nlp.checker import Checker
from nlp.findings import Finding

SAMPLES = Path(__file__).resolve().parents[1] / "corpus_samples" / "plans"
SECTION_F = "Section F: Special educational provision"
TABLE_ROWS = [["Need", "Provision", "Frequency", "Delivered by"],
              ["Reading", "Phonics catch-up in a small group", "Regular sessions as appropriate", "Teaching assistant"],
              ["Working memory", "Memory games", "3 x 20 minutes weekly", "Class teacher"]]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


# ---------------------------------------------------------------- building and reading files

def _save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def build_plan_docx() -> bytes:
    """A classic plan (Section J left out) with a bold word inside a flagged phrase, a Section F
    table and a flagged phrase that runs from a plain run into a hyperlink."""
    d = docx.Document()
    d.add_heading("Education, Health and Care Plan", level=0)
    d.add_paragraph("Name: Ottilie Fenwick (fictional)")
    for heading, body in [("Section A: Views, interests and aspirations", "Ottilie loves swimming and drawing horses."),
                          ("Section B: Special educational needs", "Ottilie finds reading and remembering hard."),
                          ("Section C: Health needs", "None identified."),
                          ("Section D: Social care needs", "None identified."),
                          ("Section E: Outcomes", "By July 2027 Ottilie will read a short passage aloud.")]:
        d.add_heading(heading, level=1)
        d.add_paragraph(body)
    d.add_heading(SECTION_F, level=1)
    p = d.add_paragraph(style="List Bullet")
    p.add_run("Ottilie will have ")
    p.add_run("access").bold = True
    p.add_run(" to a quiet workspace.")
    d.add_paragraph("Precision teaching of sight words, 5 x 10 minutes each week, delivered by a trained "
                    "teaching assistant.", style="List Bullet")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for r, values in enumerate(TABLE_ROWS):
        for c, value in enumerate(values):
            t.cell(r, c).text = value
    p = d.add_paragraph("Further advice is set out as and ")
    _add_hyperlink(p, "https://example.org/local-offer", "when needed on the local offer page")
    p.add_run(" for the outreach team.")
    for heading, body in [("Section G: Health provision", "None."),
                          ("Section H1: Social care provision under section 2 of the CSDPA", "None."),
                          ("Section H2: Other social care provision", "None."),
                          ("Section I: Placement", "Fernhill Primary School (fictional)."),
                          ("Section K: Advice and information", "Educational psychologist report, May 2025.")]:
        d.add_heading(heading, level=1)
        d.add_paragraph(body)
    return _save(d)


def anchors(data: bytes) -> dict[int, dict]:
    """For each comment id: the text between its range markers, the runs in it and the paragraph."""
    from docx.oxml.ns import qn

    body = docx.Document(io.BytesIO(data)).element.body
    out: dict[int, dict] = {}
    open_ids: set[int] = set()
    for el in body.iter():
        if el.tag == qn("w:commentRangeStart"):
            cid = int(el.get(qn("w:id")))
            p = next(a for a in el.iterancestors() if a.tag == qn("w:p"))
            out[cid] = {"text": "", "runs": [], "p": where(p), "ended": False, "referenced": False}
            open_ids.add(cid)
        elif el.tag == qn("w:commentRangeEnd"):
            cid = int(el.get(qn("w:id")))
            open_ids.discard(cid)
            out[cid]["ended"] = True
        elif el.tag == qn("w:commentReference"):
            out[int(el.get(qn("w:id")))]["referenced"] = True
        elif el.tag == qn("w:r"):
            for cid in open_ids:
                out[cid]["text"] += el.text
                if el.text:
                    out[cid]["runs"].append(el)
    return out


def where(p_elm) -> str:
    """A paragraph's XPath in its part, comparable across two parses of the same file."""
    return p_elm.getroottree().getpath(p_elm)


def comments(data: bytes) -> dict[int, str]:
    return {c.comment_id: c.text for c in docx.Document(io.BytesIO(data)).comments}


def expected_anchor(doc, f: Finding) -> str:
    """The flagged words (up to the end of their first block: a finding over several cells or
    paragraphs is anchored in the first); a document-level finding covers the whole block at its offset."""
    if f.end > f.start:
        block = doc.block_at(f.start)
        if block is not None and f.end > block.end:
            return doc.text[f.start:block.end]
        return f.text
    block = doc.block_at(f.start) or doc.blocks[0]
    return doc.block_text(block)


def assert_one_comment_per_finding(out: bytes, doc, findings: list[Finding]) -> dict[int, dict]:
    """Comments are created in finding order, so the n-th comment belongs to the n-th finding."""
    notes, marks = comments(out), anchors(out)
    assert len(notes) == len(findings) == len(marks)
    for (cid, note), f in zip(sorted(notes.items()), findings):
        assert f.code in note and f.message in note, (cid, note)
        assert marks[cid]["ended"] and marks[cid]["referenced"], cid
        assert marks[cid]["text"] == expected_anchor(doc, f), (f.code, f.text, marks[cid]["text"])
    return marks


def comment_for(out: bytes, findings: list[Finding], code: str) -> tuple[int, str]:
    notes = sorted(comments(out).items())
    i = next(n for n, f in enumerate(findings) if f.code == code)
    return notes[i]


# ---------------------------------------------------------------- the author's own Word file

@pytest.fixture(scope="module")
def plan(checker):
    data = build_plan_docx()
    doc = load(data, "plan.docx")
    findings = checker.check(doc).findings
    return data, doc, findings


def test_the_test_plan_has_the_findings_it_is_built_for(plan):
    _, doc, findings = plan
    codes = {f.code: f for f in findings}
    assert {"missing_section", "access_to", "as_appropriate", "as_required"} <= set(codes)
    assert codes["access_to"].text == "have access to"
    assert codes["as_required"].text == "as and when needed"
    assert doc.block_at(codes["as_appropriate"].start).origin.table == 0


def test_one_comment_per_finding_anchored_to_exactly_the_flagged_words(plan):
    data, doc, findings = plan
    out = annotate_docx(data, doc, findings)
    assert_one_comment_per_finding(out, doc, findings)
    note = comment_for(out, findings, "access_to")[1]
    f = next(f for f in findings if f.code == "access_to")
    assert note.startswith(f"[{f.severity}] access_to: {f.message}\nFix: {f.suggestion}\nLaw: ")
    assert all(c.author == "sendlens" for c in docx.Document(io.BytesIO(out)).comments)


def test_the_text_of_the_file_is_unchanged(plan):
    data, doc, findings = plan
    again = load(annotate_docx(data, doc, findings), "plan.docx")
    assert again.text == doc.text
    assert again.blocks == doc.blocks


def test_bold_inside_a_flagged_phrase_is_kept_on_the_split_runs(plan):
    data, doc, findings = plan
    out = annotate_docx(data, doc, findings)
    cid, _ = comment_for(out, findings, "access_to")
    mark = anchors(out)[cid]
    from docx.text.run import Run

    runs = [(r.text, Run(r, None).bold) for r in mark["runs"]]
    assert runs == [("have ", None), ("access", True), (" to", None)]
    paragraph = next(p for p in docx.Document(io.BytesIO(out)).paragraphs if "quiet workspace" in p.text)
    assert paragraph.text == "Ottilie will have access to a quiet workspace."
    assert [(r.text, r.bold) for r in paragraph.runs if r.text] == [
        ("Ottilie will ", None), ("have ", None), ("access", True), (" to", None), (" a quiet workspace.", None)]


def test_a_phrase_running_into_a_hyperlink_is_anchored_and_the_link_kept(plan):
    data, doc, findings = plan
    out = annotate_docx(data, doc, findings)
    cid, _ = comment_for(out, findings, "as_required")
    assert anchors(out)[cid]["text"] == "as and when needed"
    paragraph = next(p for p in docx.Document(io.BytesIO(out)).paragraphs if p.text.startswith("Further advice"))
    links = paragraph.hyperlinks
    assert len(links) == 1 and links[0].text == "when needed on the local offer page"
    assert links[0].address == "https://example.org/local-offer"
    # the comment's reference mark sits outside the link
    assert not links[0]._hyperlink.xpath(".//w:commentReference")


def test_table_cell_findings_are_anchored_in_their_own_cell(plan):
    data, doc, findings = plan
    out = annotate_docx(data, doc, findings)
    marks = anchors(out)
    table = docx.Document(io.BytesIO(out)).tables[0]
    for code, (row, col) in [("as_appropriate", (1, 2)), ("regular_unquantified", (1, 2))]:
        cid, _ = comment_for(out, findings, code)
        assert marks[cid]["p"] == where(table.cell(row, col).paragraphs[0]._p), code
    assert [c.text for c in table.rows[1].cells] == TABLE_ROWS[1]


def test_document_level_findings_go_on_the_first_paragraph(plan):
    data, doc, findings = plan
    out = annotate_docx(data, doc, findings)
    cid, note = comment_for(out, findings, "missing_section")
    assert "Section J" in note
    first = docx.Document(io.BytesIO(out)).paragraphs[0]
    assert anchors(out)[cid]["p"] == where(first._p)
    assert anchors(out)[cid]["text"] == "Education, Health and Care Plan"


def test_accepted_and_dismissed_decisions_are_shown_or_left_out(plan):
    data, doc, findings = plan
    accepted = next(f for f in findings if f.code == "access_to")
    dismissed = next(f for f in findings if f.code == "as_appropriate")
    decisions = {finding_key(accepted): {"status": "accepted", "reason": ""},
                 finding_key(dismissed): {"status": "dismissed", "reason": "quantified in the next column"}}
    out = annotate_docx(data, doc, findings, decisions=decisions)
    assert comment_for(out, findings, "access_to")[1].startswith("[accepted] [")
    assert comment_for(out, findings, "as_appropriate")[1].startswith("[dismissed: quantified in the next column] [")
    others = [n for f, (_, n) in zip(findings, sorted(comments(out).items())) if f not in (accepted, dismissed)]
    assert not any(n.startswith(("[accepted]", "[dismissed")) for n in others)

    kept = [f for f in findings if f is not dismissed]
    out = annotate_docx(data, doc, findings, decisions=decisions, include_dismissed=False)
    assert_one_comment_per_finding(out, doc, kept)
    assert not any("as_appropriate" in n for n in comments(out).values())


def test_comment_text_lines():
    f = Finding("as_required", "error", "F", 0, 11, "as required", "Provision 'as required' is not specified.",
                "Say how often.", ("SEND Code of Practice 9.69", "Children and Families Act 2014 s.42"),
                rewrite="[number] x [minutes] sessions each week")
    assert comment_text(f) == ("[error] as_required: Provision 'as required' is not specified.\n"
                               "Fix: Say how often.\n"
                               "Law: SEND Code of Practice 9.69; Children and Families Act 2014 s.42\n"
                               "Rewrite: [number] x [minutes] sessions each week")
    assert comment_text(replace(f, rewrite=None)).count("\n") == 2
    assert comment_text(f, {"status": "dismissed"}).startswith("[dismissed] [error]")
    assert finding_key(f) == "as_required:0:11"


def _synthetic(doc, phrase: str, code: str = "as_required", nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    return Finding(code, "warning", "F", start, start + len(phrase), phrase, f"Flagged: {phrase}", "Fix it.",
                   ("SEND Code of Practice 9.69",))


def test_breaks_tabs_nested_and_merged_cells_and_paragraph_spanning_findings():
    d = docx.Document()
    d.add_paragraph("  Leading spaces, then a flagged phrase as required here.")
    p = d.add_paragraph()
    r = p.add_run("Group work\tthree times")
    r.italic = True
    r.add_break()
    r.add_text("a week as directed by staff.")
    t = d.add_table(rows=2, cols=3)
    merged = t.cell(0, 0).merge(t.cell(0, 1))
    merged.text = "Merged heading cell"
    t.cell(0, 2).text = "Frequency"
    t.cell(1, 2).text = "Weekly sessions as needed"
    inner = t.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 1).text = "Nested cell with support as necessary"
    d.add_paragraph("First of two paragraphs ends here.")
    d.add_paragraph("Second paragraph starts here.")
    data = _save(d)
    doc = load(data, "edge.docx")
    findings = [
        _synthetic(doc, "as required"),
        _synthetic(doc, "work\tthree times\na week"),  # across a tab and a line break
        _synthetic(doc, "as needed"),  # merged row above
        _synthetic(doc, "as necessary"),  # nested table
        _synthetic(doc, "ends here.\nSecond paragraph"),  # two paragraphs: the first part is anchored
    ]
    out = annotate_docx(data, doc, findings)
    marks = anchors(out)
    got = [marks[cid]["text"] for cid in sorted(marks)]
    assert got == ["as required", "work\tthree times\na week", "as needed", "as necessary", "ends here."]
    assert load(out, "edge.docx").text == doc.text
    runs = marks[sorted(marks)[1]]["runs"]
    from docx.text.run import Run

    assert all(Run(r, None).italic for r in runs)
    out_doc = docx.Document(io.BytesIO(out))
    table = out_doc.tables[0]
    assert marks[sorted(marks)[2]]["p"] == where(table.cell(1, 2).paragraphs[0]._p)
    assert marks[sorted(marks)[3]]["p"] == where(table.cell(1, 0).tables[0].cell(0, 1).paragraphs[0]._p)


def test_comments_already_in_the_file_are_kept():
    d = docx.Document()
    p = d.add_paragraph("Therapy will be provided as required by the service.")
    d.add_comment(p.runs, text="A colleague's note", author="Case officer")
    data = _save(d)
    doc = load(data, "existing.docx")
    out = annotate_docx(data, doc, [_synthetic(doc, "as required")], author="Reviewer Two")
    notes = docx.Document(io.BytesIO(out)).comments
    assert len(notes) == 2
    by_author = {c.author: c for c in notes}
    assert by_author["Case officer"].text == "A colleague's note"
    assert by_author["Reviewer Two"].initials == "RT"
    marks = anchors(out)
    assert marks[by_author["Reviewer Two"].comment_id]["text"] == "as required"
    assert marks[by_author["Case officer"].comment_id]["text"] == doc.text.strip()


# ---------------------------------------------------------------- PDF and text uploads: a new Word file

PLAN_TXT = """EDUCATION, HEALTH AND CARE PLAN
Name: Pascoe Linnell (fictional)

Section A: Views, interests and aspirations
Pascoe enjoys football and building model bridges.

Section B: Special educational needs
Pascoe has difficulty with attention and written expression.

Section E: Outcomes
By July 2027 Pascoe will write a paragraph of five sentences.

Section F: Special educational provision
- Pascoe will have access to a movement break as and when needed.
- Touch-typing programme, 3 x 20 minutes each week, delivered by a trained teaching assistant.
- Regular check-ins with a key adult where appropriate.

Section I: Placement
Oakmoor Community School (fictional).
"""


def assert_rebuilt_anchors(out: bytes, doc, findings) -> dict[int, dict]:
    """As for DOCX, except that a dropped bullet character or Markdown '#' cannot be anchored."""
    notes, marks = comments(out), anchors(out)
    assert len(notes) == len(findings) == len(marks)
    for (cid, note), f in zip(sorted(notes.items()), findings):
        assert f.code in note and f.message in note
        want = expected_anchor(doc, f)
        got = marks[cid]["text"]
        assert got == re.sub(r"^(?:[-*•·▪◦‣●○■□➢✓]\s+|#{1,6}\s+)", "", want), (f.code, want, got)
    return marks


def test_plan_to_docx_from_a_text_plan(checker):
    doc = load(PLAN_TXT.encode(), "plan.txt")
    findings = checker.check(doc).findings
    assert {"access_to", "as_required", "as_appropriate", "missing_section"} <= {f.code for f in findings}
    out = annotated_bytes(PLAN_TXT.encode(), doc, findings)
    assert_rebuilt_anchors(out, doc, findings)
    rebuilt = docx.Document(io.BytesIO(out))
    bullets = [p.text for p in rebuilt.paragraphs if p.style.name == "List Bullet"]
    assert bullets[0] == "Pascoe will have access to a movement break as and when needed."
    assert len(bullets) == 3
    # every block's words survive, bullet characters apart
    again = load(out, "plan.docx")
    assert [t.removeprefix("- ") for t in (doc.block_text(b) for b in doc.blocks)] == \
        [again.block_text(b) for b in again.blocks]


def test_plan_to_docx_from_markdown_uses_heading_styles(checker):
    md = PLAN_TXT.replace("Section ", "## Section ").replace("EDUCATION", "# EDUCATION")
    doc = load(md.encode(), "plan.md")
    findings = checker.check(doc).findings
    out = plan_to_docx(doc, findings)
    assert_rebuilt_anchors(out, doc, findings)
    rebuilt = docx.Document(io.BytesIO(out))
    styles = {p.text: p.style.name for p in rebuilt.paragraphs}
    assert styles[SECTION_F] == "Heading 2"
    assert styles["EDUCATION, HEALTH AND CARE PLAN"] == "Heading 1"


def build_table_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in ["EDUCATION, HEALTH AND CARE PLAN", "Section B: Special educational needs",
                 "Pascoe has difficulty with attention and written expression.", SECTION_F,
                 "Pascoe will have access to a movement break as and when needed."]:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    with pdf.table() as table:
        for values in TABLE_ROWS:
            row = table.row()
            for v in values:
                row.cell(v)
    pdf.ln(4)
    pdf.cell(0, 8, "Section I: Placement", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Oakmoor Community School (fictional).", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_plan_to_docx_from_a_pdf_rebuilds_the_table(checker):
    data = build_table_pdf()
    doc = load(data, "plan.pdf")
    findings = checker.check(doc).findings
    assert {"access_to", "as_appropriate"} <= {f.code for f in findings}
    out = annotated_bytes(data, doc, findings, author="Panel reviewer")
    marks = assert_rebuilt_anchors(out, doc, findings)
    rebuilt = docx.Document(io.BytesIO(out))
    # ingest marks headings by type alone (this one is in capitals); "Section B: ..." set in body type is
    # a heading only to nlp's section finder, so the rebuilt Word file keeps it as a paragraph of its own
    assert [p.text for p in rebuilt.paragraphs if p.style.name.startswith("Heading")][:1] == [
        "EDUCATION, HEALTH AND CARE PLAN"]
    assert "Section B: Special educational needs" in [p.text for p in rebuilt.paragraphs]
    table = rebuilt.tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == TABLE_ROWS
    cid, _ = comment_for(out, findings, "as_appropriate")
    assert marks[cid]["p"] == where(table.cell(1, 2).paragraphs[0]._p)
    assert {c.author for c in rebuilt.comments} == {"Panel reviewer"}


# ---------------------------------------------------------------- the bundled sample plans

@pytest.mark.parametrize("path", sorted(p for p in SAMPLES.iterdir() if p.suffix in (".docx", ".pdf", ".txt")),
                         ids=lambda p: p.name)
def test_sample_plans(path, checker):
    data = path.read_bytes()
    doc = load(data, path.name)
    findings = checker.check(doc).findings
    assert findings
    out = annotated_bytes(data, doc, findings)
    if doc.format == "docx":
        assert_one_comment_per_finding(out, doc, findings)
        assert load(out, path.name).text == doc.text
    else:
        assert_rebuilt_anchors(out, doc, findings)
