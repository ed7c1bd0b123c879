"""Whole-plan checks on plans built here (TXT, DOCX with tables, per-area DOCX, PDF): missing and
merged sections, therapy outside F, Section I in draft and final plans, social care in the wrong
part of H, the golden thread and the scorecard. Findings are asserted with their exact offsets."""
from __future__ import annotations

import io

import docx
import pytest
from fpdf import FPDF

import ingest
from nlp.checker import Checker
from nlp.golden_thread import concepts

CLASSIC = """Education, Health and Care Plan
Status: {status}

Section A: Views, interests and aspirations
Tali likes trains and drawing.

Section B: Special educational needs
Tali cannot follow spoken instructions of more than two steps and has a small vocabulary for his age.
Tali forms letters slowly and cannot hold a pencil with a mature grip, so his writing is hard to read.
Tali becomes very anxious at transitions between lessons and sometimes runs out of class.

Section C: Health needs
Tali has asthma, managed with an inhaler.

Section D: Social care needs
Tali's parents need practical help at home in the evenings because of his night waking.

Section E: Outcomes
By July 2027, Tali will follow three-step instructions in class on four days out of five.

Section F: Special educational provision
- Direct speech and language therapy on following instructions and vocabulary, 2 x 30 minutes a week, delivered by an HCPC-registered speech and language therapist.
- Daily 10-minute fine motor programme with theraputty and pencil grips, delivered by a teaching assistant trained by the occupational therapist.

Section G: Health provision
- Speech and language therapy: six sessions each term from the community speech and language therapy service to develop Tali's vocabulary.

Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970
None.

Section H2: Other social care provision
- A personal assistant for practical help at home, 3 evenings a week for 2 hours.

Section I: Placement
Brookfield Primary School, a mainstream primary school.

Section J: Personal budget
None requested.

Section K: Advice and information
Educational psychology report, March 2026.
"""


@pytest.fixture(scope="module")
def checker():
    return Checker(thread="lexical")


def check(checker, text: str, name: str = "plan.txt", status=None):
    doc = ingest.load(text.encode("utf-8"), name)
    return doc, checker.check(doc, status=status)


def only(report, code):
    return [f for f in report.findings if f.code == code]


def test_draft_plan_naming_a_school_is_a_placement_fault(checker):
    text = CLASSIC.format(status="DRAFT")
    _doc, report = check(checker, text)
    assert report.status == "draft"
    [f] = only(report, "placement_fault")
    start = text.index("Brookfield Primary School")
    assert (f.section, f.start, f.end, f.text) == ("I", start, start + len("Brookfield Primary School"),
                                                   "Brookfield Primary School")


def test_final_plan_naming_a_school_is_fine_and_cli_status_overrides(checker):
    text = CLASSIC.format(status="FINAL")
    _, report = check(checker, text)
    assert report.status == "final" and not only(report, "placement_fault")
    _, report = check(checker, text, status="draft")
    assert len(only(report, "placement_fault")) == 1


def test_final_plan_with_nothing_named_is_a_placement_fault(checker):
    text = CLASSIC.format(status="FINAL").replace("Brookfield Primary School, a mainstream primary school.",
                                                  "To be confirmed.")
    _, report = check(checker, text)
    [f] = only(report, "placement_fault")
    assert f.text == "Section I: Placement"


def test_educational_therapy_in_section_g_is_wrong_section(checker):
    text = CLASSIC.format(status="FINAL")
    _, report = check(checker, text)
    [f] = only(report, "wrong_section")
    line = "- Speech and language therapy: six sessions each term from the community speech and language " \
           "therapy service to develop Tali's vocabulary."
    start = text.index(line)
    assert (f.section, f.start, f.end) == ("G", start, start + len(line))
    assert f.severity == "error" and "Section F" in f.message


def test_health_purpose_therapy_stays_in_g(checker):
    text = CLASSIC.format(status="FINAL").replace("to develop Tali's vocabulary", "to review his eating and drinking plan")
    _, report = check(checker, text)
    assert not only(report, "wrong_section")


def test_csdpa_service_in_h2_is_misclassified(checker):
    text = CLASSIC.format(status="FINAL")
    _, report = check(checker, text)
    [f] = only(report, "social_care_misclassification")
    line = "- A personal assistant for practical help at home, 3 evenings a week for 2 hours."
    start = text.index(line)
    assert (f.section, f.start, f.end) == ("H2", start, start + len(line)) and "H1" in f.message


def test_residential_breaks_in_h1_are_misclassified(checker):
    text = CLASSIC.format(status="FINAL").replace(
        "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970\nNone.",
        "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970\n"
        "- Two overnight residential short breaks a month at Elm House.")
    _, report = check(checker, text)
    assert {(f.section, f.text) for f in only(report, "social_care_misclassification")} >= {
        ("H1", "- Two overnight residential short breaks a month at Elm House.")}


def test_missing_and_merged_sections(checker):
    text = CLASSIC.format(status="FINAL").replace("Section J: Personal budget\nNone requested.\n\n", "").replace(
        "Section H2: Other social care provision", "Sections H1 and H2: social care provision (continued)")
    _, report = check(checker, text)
    missing = only(report, "missing_section")
    assert ("J", 0, 0) in {(f.section, f.start, f.end) for f in missing}
    merged = [f for f in missing if f.start != f.end]
    assert merged and merged[0].text == "Sections H1 and H2: social care provision (continued)"


def test_golden_thread_finds_the_uncovered_need(checker):
    text = CLASSIC.format(status="FINAL")
    _, report = check(checker, text)
    thread = report.golden_thread
    assert thread is not None and len(thread.needs) == 3
    uncovered = [n.text for n in thread.uncovered]
    assert uncovered == ["Tali becomes very anxious at transitions between lessons and sometimes runs out of class."]
    [f] = only(report, "need_without_provision")
    assert report.document.text[f.start:f.end] == uncovered[0] and f.section == "B"
    covered = {n.text.split()[1]: n.provision[0].text for n in thread.needs if n.covered}
    assert "speech and language therapy" in covered["cannot"].lower()
    assert "fine motor" in covered["forms"]


def test_concept_lexicon_reads_acronyms_only_in_capitals():
    assert "motor" in concepts("Weekly OT session on handwriting")
    assert concepts("got it") == set()


def test_scorecard_grades_sections_with_their_rule(checker):
    text = CLASSIC.format(status="DRAFT")
    _, report = check(checker, text)
    card = report.scorecard()
    by = {s.section: s for s in card.sections}
    assert by["I"].grade == "amber" and by["I"].rule == "warnings but no errors"
    assert by["G"].grade == "red" and by["G"].error == 1
    assert by["A"].grade == "green"
    assert card.grade == "red" and card.enforceability == 1.0
    assert report.to_json()["scorecard"]["grade"] == "red"


def _per_area_docx() -> bytes:
    d = docx.Document()
    d.add_heading("Education, Health and Care Plan", 0)
    d.add_paragraph("FINAL plan")
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Noor enjoys swimming.")
    d.add_heading("Needs, outcomes and provision (Sections B, E and F)", 1)
    for area, need, outcome, provision in [
        ("Communication and interaction",
         "Noor uses single words and cannot yet combine two words to make a request.",
         "By July 2027, Noor will combine two words to request an item in four out of five snack times.",
         ("Direct speech and language therapy on two-word requests, 2 x 30 minutes a week, by an HCPC-registered "
         "speech and language therapist.")),
        ("Sensory and/or physical needs",
         "Noor has low muscle tone and tires quickly when walking between classrooms.",
         "By July 2027, Noor will walk from the classroom to the hall without a rest.",
         "Access to a quiet space when needed."),
    ]:
        d.add_heading(area, 2)
        t = d.add_table(rows=2, cols=3)
        for c, label in enumerate(["B – Special educational needs", "E – Outcomes", "F – Special educational provision"]):
            t.rows[0].cells[c].text = label
        for c, value in enumerate([need, outcome, provision]):
            t.rows[1].cells[c].text = value
    for sid, title in [("C", "Health needs"), ("D", "Social care needs"), ("G", "Health provision"),
                       ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
                       ("H2", "Other social care provision"), ("I", "Placement"), ("J", "Personal budget"),
                       ("K", "Advice and information")]:
        d.add_heading(f"Section {sid}: {title}", 1)
        d.add_paragraph("Hillside Special School, a maintained special school." if sid == "I" else "None.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_per_area_docx_findings_land_in_the_f_column(checker):
    doc = ingest.load(_per_area_docx(), "per_area.docx")
    report = checker.check(doc)
    assert report.sections.layout == "per_area"
    assert report.sections.missing == []
    [f] = only(report, "access_to")
    assert f.section == "F" and doc.text[f.start:f.end] == f.text == "Access to"
    block = doc.block_at(f.start)
    assert block.kind == "table_cell" and block.origin.col == 2 and block.origin.row == 1
    thread = report.golden_thread
    assert {n.area for n in thread.needs} == {"communication_and_interaction", "sensory_and_physical"}


def test_pdf_plan_structure_findings(checker):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    text = CLASSIC.format(status="DRAFT").replace("'", "'")
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    doc = ingest.load(bytes(pdf.output()), "plan.pdf")
    report = checker.check(doc)
    codes = {(f.code, f.section) for f in report.findings}
    assert {("placement_fault", "I"), ("wrong_section", "G"), ("social_care_misclassification", "H2")} <= codes
    for f in report.findings:
        assert doc.text[f.start:f.end] == f.text
