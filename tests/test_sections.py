"""Finding a plan's statutory sections (A-K, H1/H2): classic headings and the per-area B | F | E layout."""
from __future__ import annotations

import re

import pytest
from conftest import PLAN_TXT, build_plan_pdf, docx_bytes, per_area_columns_docx, per_area_rows_docx

from ingest import load
from nlp.sections import SECTION_IDS, match_heading, split_sections


def txt(text: str):
    doc = load(text.encode(), "plan.txt")
    return doc, split_sections(doc)


def section_of(doc, smap, needle: str) -> str | None:
    return smap.section_at(doc.text.index(needle))


# ---------------------------------------------------------------- heading forms

@pytest.mark.parametrize("heading,expected", [
    ("Section F: Special Educational Provision", ("F",)),
    ("F. Provision", ("F",)),
    ("Part F – Special educational provision", ("F",)),
    ("SECTION F – SPECIAL EDUCATIONAL PROVISION", ("F",)),
    ("Section F", ("F",)),
    ("F: Special educational provision", ("F",)),
    ("Special educational provision", ("F",)),
    ("**Section B: Special educational needs**", ("B",)),
    ("Section H1: Social care provision under section 2 of the CSDPA", ("H1",)),
    ("Section H 2: Other social care provision", ("H2",)),
    ("A1: All about me", ("A",)),
    ("Section I - Placement", ("I",)),
    ("Sections H1 and H2: Social care provision", ("H1", "H2")),
    ("Sections B, E and F", ("B", "E", "F")),
])
def test_heading_forms(heading, expected):
    assert match_heading(heading, False) == expected
    assert match_heading(heading, True) == expected


@pytest.mark.parametrize("sentence", [
    "as set out in Section F of the plan.",
    "The provision is set out in Section F of the plan.",
    "Section F of the plan was amended in 2024.",
    "Section F is reviewed at every annual review",
    "F – Outcomes",  # the letter and the title disagree
    "Part 3: provision",
    "",
])
def test_sentence_mentions_are_not_headings(sentence):
    assert match_heading(sentence, False) is None


def test_classic_txt_plan_every_section_and_front_matter():
    doc, smap = txt(PLAN_TXT)
    assert smap.layout == "classic"
    assert smap.present == list(SECTION_IDS)
    assert smap.missing == [] and smap.merged == []
    front = smap.spans[0]
    assert front.section == "front" and front.start == 0
    assert front.end == PLAN_TXT.index("Section A:")
    assert smap.section_at(0) is None  # front matter belongs to no section
    assert section_of(doc, smap, "Rowan likes trains") == "A"
    assert section_of(doc, smap, "have access to a quiet workspace") == "F"
    assert section_of(doc, smap, "under section 2 of the CSDPA") == "H1"
    assert section_of(doc, smap, "Other social care provision") == "H2"
    assert section_of(doc, smap, "mainstream primary school") == "I"
    # spans tile the text in order, without gaps or overlaps
    assert [s.start for s in smap.spans[1:]] == [s.end for s in smap.spans[:-1]]
    assert smap.spans[-1].end == len(doc.text)
    f = smap.spans_of("F")[0]
    assert f.title == "Section F: Special educational provision"
    assert doc.text[f.start:f.end].startswith("Section F: Special educational provision\n")
    assert smap.headings["F"] == [PLAN_TXT.index("Section F:")]
    assert {s["id"] for s in smap.to_json()} == {"front", *SECTION_IDS}


@pytest.mark.parametrize("style", [
    "Section {sid}: {title}",
    "{sid}. {title}",
    "Part {sid} – {title}",
    "SECTION {sid} – {TITLE}",
])
def test_heading_styles_in_a_plan(style):
    titles = [("B", "Special educational needs"), ("E", "Outcomes"), ("F", "Special educational provision"),
              ("I", "Placement")]
    body = "Plan for Nico Farrant (fictional)\n\n" + "".join(
        style.format(sid=sid, title=t, TITLE=t.upper()) + f"\nContent of {sid} for Nico.\n\n" for sid, t in titles)
    doc, smap = txt(body)
    assert smap.layout == "classic"
    assert smap.present == ["B", "E", "F", "I"]
    for sid, _ in titles:
        assert section_of(doc, smap, f"Content of {sid} for") == sid
    assert smap.spans[0].section == "front"


def test_missing_section_is_reported():
    _doc, smap = txt(PLAN_TXT.replace("Section D: Social care needs\nNone identified.\n\n", ""))
    assert "D" not in smap.present
    assert smap.missing == ["D"]


def test_merged_sections_are_reported_not_missing():
    text = PLAN_TXT.replace(
        "Section H1: Social care provision under section 2 of the CSDPA\nNone.\n\n"
        "Section H2: Other social care provision\nNone.\n",
        "Sections H1 and H2: Social care provision\nNone at present.\n")
    doc, smap = txt(text)
    assert smap.merged == [("H1", "H2")]
    assert "H1" not in smap.missing and "H2" not in smap.missing and smap.missing == []
    assert section_of(doc, smap, "None at present") == "H1"
    assert smap.headings["H1"] == smap.headings["H2"] == [text.index("Sections H1 and H2")]


def test_mentions_inside_text_do_not_start_sections():
    text = ("Section B: Special educational needs\n"
            "Rowan needs help with language. The annual review noted that the support described\n"
            "in the plan under\n"
            "Section F sets out a level of help that the school cannot give without\n"
            "extra funding from the council, as set out in Section F of the plan.\n"
            "as set out in Section F of the plan.\n"
            "Section F of the plan was amended in 2024.\n\n"
            "Section E: Outcomes\nOutcome text for Rowan.\n")
    doc, smap = txt(text)
    assert smap.present == ["B", "E"]
    assert section_of(doc, smap, "was amended in 2024") == "B"
    assert section_of(doc, smap, "Outcome text") == "E"


def test_no_sections_gives_unknown_layout():
    _doc, smap = txt("A letter about Wren Hallam's transport to school.\nIt is a long way.\n")
    assert smap.layout == "unknown"
    assert [s.section for s in smap.spans] == ["front"]
    assert smap.present == []


def test_word_heading_styles(docx_plan):
    doc = load(docx_plan)
    smap = split_sections(doc)
    assert smap.layout == "classic"
    assert smap.present == ["B", "F", "I"]
    assert smap.spans[0].section == "front" and "Education, Health and Care Plan" in doc.text[:smap.spans[0].end]
    assert section_of(doc, smap, "Name: Rowan") is None
    assert section_of(doc, smap, "Rowan has difficulty") == "B"
    # the whole Section F table and the paragraphs around it belong to F
    for needle in ("Before the table", "Need\tProvision", "Trained TA", "After the table", "quiet workspace"):
        assert section_of(doc, smap, needle) == "F", needle
    assert section_of(doc, smap, "Brightwater Primary") == "I"


def test_one_cell_table_caption_row_is_a_heading(write):
    def build(d):
        d.add_paragraph("Plan for Otto Reyes (fictional)")
        for caption, content in (("Section B: Special educational needs", "Otto finds reading hard."),
                                 ("Section F: Special educational provision", "Phonics, 5 x 20 minutes weekly")):
            t = d.add_table(rows=2, cols=2)
            t.cell(0, 0).merge(t.cell(0, 1)).text = caption
            t.cell(1, 0).text = content
            t.cell(1, 1).text = "Trained TA"
    doc = load(write("captions.docx", docx_bytes(build)))
    smap = split_sections(doc)
    assert smap.layout == "classic"
    assert smap.present == ["B", "F"]
    assert section_of(doc, smap, "Otto finds reading") == "B"
    assert section_of(doc, smap, "Phonics") == "F"


def test_multi_cell_row_is_not_a_heading(write):
    def build(d):
        d.add_heading("Section B: Special educational needs", level=1)
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "Section F: Special educational provision"  # a cell in a two-cell row
        t.cell(0, 1).text = "mentioned in a review table"
    doc = load(write("cells.docx", docx_bytes(build)))
    assert split_sections(doc).present == ["B"]


def test_pdf_headings():
    doc = load(build_plan_pdf(), "plan.pdf")
    smap = split_sections(doc)
    assert smap.present == ["B", "F", "I"] and smap.layout == "classic"
    assert section_of(doc, smap, "3 x 30 minutes") == "F"


# ---------------------------------------------------------------- per-area layout

def _with_section_heading(build):
    def wrapped(d):
        d.add_heading("Section A: All about me", level=1)
        d.add_paragraph("Mira and Ezra are fictional children.")
        build(d)
    return wrapped


def _assert_columns(doc, smap):
    assert smap.layout == "per_area"
    need = "Mira finds it hard to follow spoken instructions."
    prov = "Speech and language therapy, 6 x 45 minutes each term, delivered by a qualified SLT."
    outc = "By July 2026 Mira will follow two-step instructions."
    assert section_of(doc, smap, prov) == "F"
    assert section_of(doc, smap, need) == "B"
    assert section_of(doc, smap, outc) == "E"
    span = smap.span_at(doc.text.index(prov))
    assert span.area == "communication_and_interaction"
    assert (span.start, span.end) == (doc.text.index(prov), doc.text.index(prov) + len(prov))


def _assert_rows(doc, smap):
    assert smap.layout == "per_area"
    assert section_of(doc, smap, "Ezra becomes anxious") == "B"
    assert section_of(doc, smap, "Ezra will move between lessons") == "E"
    assert section_of(doc, smap, "A 10-minute check-in") == "F"
    assert smap.span_at(doc.text.index("A 10-minute check-in")).area == "social_emotional_mental_health"


@pytest.mark.parametrize("build,check", [(per_area_columns_docx, _assert_columns), (per_area_rows_docx, _assert_rows)],
                         ids=["columns", "rows"])
def test_per_area_table_under_a_section_heading(write, build, check):
    doc = load(write("per_area.docx", docx_bytes(_with_section_heading(build))))
    check(doc, split_sections(doc))


@pytest.mark.parametrize("build,check", [(per_area_columns_docx, _assert_columns), (per_area_rows_docx, _assert_rows)],
                         ids=["columns", "rows"])
def test_per_area_table_under_area_heading_only(write, build, check):
    doc = load(write("per_area.docx", docx_bytes(build)))
    check(doc, split_sections(doc))


def test_classic_table_is_not_per_area(docx_plan):
    smap = split_sections(load(docx_plan))
    assert smap.layout == "classic"
    assert all(s.area is None for s in smap.spans)


def test_sections_named_in_columns_are_not_merged_or_missing(write):
    def build(d):
        d.add_heading("Sections B, E and F: Needs, outcomes and provision", level=1)
        per_area_columns_docx(d)
    doc = load(write("bef.docx", docx_bytes(build)))
    smap = split_sections(doc)
    assert smap.layout == "per_area"
    assert smap.merged == []
    assert {"B", "E", "F"} <= set(smap.present)
    assert section_of(doc, smap, "6 x 45 minutes") == "F"


# ---------------------------------------------------------------- headings by meaning (issue 11)

@pytest.mark.parametrize("heading,expected", [
    ("My special educational needs", ("B",)),
    ("What support will I get?", ("F",)),
    ("How will we know I'm making progress?", ("E",)),
    ("7. The help I will get (Section F)", ("F",)),
    ("(F) Special educational provision", ("F",)),
    ("(A) Views, Interests and Aspirations", ("A",)),
    ("PART F", ("F",)),
    ("SECTION H1", ("H1",)),
    ("Part 6: Special educational provision", ("F",)),
    ("3.0 Health needs", ("C",)),
    ("Where I will learn", ("I",)),
    ("Ruby's views, interests and aspirations", ("A",)),
    ("Section H: Care provision (sections H1 and H2)", ("H1", "H2")),
    ("Special educational needs, provision and outcomes", ("B", "E", "F")),
    ("F. Provision ........ 12", ("F",)),  # a contents line: the page number is not part of the title
])
def test_headings_by_what_they_say(heading, expected):
    assert match_heading(heading, True) == expected


@pytest.mark.parametrize("text", [
    "Outcome 3: By July 2027 Ruby will read 40 words.",
    "Part 3: provision",
    "Communication and interaction",
    "Strengths",
    "The provision will be reviewed each term.",
])
def test_ordinary_lines_are_not_section_headings(text):
    assert match_heading(text, False) is None


def _plan(headings: dict[str, str], front: str = "Education, Health and Care Plan for Kit Averill (fictional)\n\n") -> str:
    return front + "".join(f"{h}\nContent of {sid} for Kit.\n\n" for sid, h in headings.items())


def test_letter_and_first_person_title_on_separate_lines():
    text = _plan({"A": "Section A\nMy Profile", "B": "Section B\nMy Special Educational Needs",
                  "E": "Section E\nOutcomes", "F": "Section F\nThe help I will get", "H1": "SECTION H1\nSocial care"})
    doc, smap = txt(text)
    assert smap.present == ["A", "B", "E", "F", "H1"]
    for sid in ("A", "B", "E", "F", "H1"):
        assert section_of(doc, smap, f"Content of {sid} for") == sid
    # the title line belongs to the heading, it is not an item
    assert doc.text.index("The help I will get") in smap.heading_lines


def test_sections_out_of_order_and_a_contents_page_that_lists_them():
    contents = ("Contents\n" + "".join(f"{line} ...... {n}\n" for n, line in enumerate(
        ["Section E: Outcomes", "Section B: Special educational needs", "Section F: Special educational provision",
         "Section I: Placement"], 2)) + "\n")
    text = _plan({"E": "Section E: Outcomes", "B": "Section B: Special educational needs",
                  "F": "Section F: Special educational provision", "I": "Section I: Placement"},
                 front="Education, Health and Care Plan (fictional)\n\n" + contents)
    doc, smap = txt(text)
    assert smap.present == ["B", "E", "F", "I"]
    assert smap.headings["F"] == [text.index("Section F: Special educational provision\nContent")]
    assert section_of(doc, smap, "Section F: Special educational provision ......") is None  # contents = front
    for sid in ("B", "E", "F", "I"):
        assert section_of(doc, smap, f"Content of {sid} for") == sid


def test_running_headers_that_name_a_section_do_not_start_sections():
    body = "".join(f"- Provision item {n}, 2 x 30 minutes a week, delivered by a trained TA.\n" for n in range(4))
    header = "EHC plan for Kit | Section B: Special educational needs | page {}\n"
    text = ("Section A: Views\nKit likes boats.\n\nSection B: Special educational needs\n" + header.format(2)
            + "Kit finds reading hard.\n\nSection F: Special educational provision\n" + header.format(3) + body
            + header.format(4) + body.replace("item", "entry"))
    doc, smap = txt(text)
    assert smap.present == ["A", "B", "F"]
    assert section_of(doc, smap, "Provision entry 3") == "F"


@pytest.mark.parametrize("sep", [" | ", "\t", "     "], ids=["pipes", "tabs", "spaces"])
def test_text_export_of_a_per_area_table(sep):
    rows = [("B – Special Educational Needs", "F – Special Educational Provision", "E – Outcomes"),
            ("Kit cannot follow long instructions.", "Speech therapy, 2 x 30 minutes weekly, by an SLT.",
             "Kit will follow three-part instructions."),
            ("Kit loses his place when reading.", "Reading ruler; Paired reading, 3 x 15 minutes weekly, by a TA.",
             "Kit will read a page unaided.")]
    if sep.strip() == "":  # aligned columns: pad every cell to its column's width
        widths = [max(len(r[i]) for r in rows) for i in range(3)]
        lines = [sep.join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    else:
        lines = [sep.join(r) for r in rows]
    text = "Education, Health and Care Plan (fictional)\n\nCommunication and interaction\n" + "\n".join(lines) + "\n"
    doc, smap = txt(text)
    assert smap.layout == "per_area"
    assert section_of(doc, smap, "Kit cannot follow") == "B"
    assert section_of(doc, smap, "Speech therapy") == "F"
    assert section_of(doc, smap, "Paired reading") == "F"
    assert section_of(doc, smap, "Kit will read a page") == "E"
    assert smap.span_at(doc.text.index("Speech therapy")).area == "communication_and_interaction"


def test_several_items_in_one_cell_are_separate_items():
    from nlp.items import split_items

    text = ("Education, Health and Care Plan (fictional)\n\nCognition and learning\n"
            "B – Needs | F – Provision | E – Outcomes\n"
            "Reading | • Phonics group, daily • Reading ruler | Kit will read a page unaided.\n"
            "Maths | 1. Number lines 2. Pre-teaching of vocabulary | Kit will add to 20.\n"
            "Spelling | Spelling practice; Word mats on every table | Kit will spell 50 words.\n")
    doc, smap = txt(text)
    items = [doc.text[i.start:i.end] for i in split_items(doc, smap) if i.section == "F"]
    assert items == ["Phonics group, daily", "Reading ruler", "1. Number lines", "2. Pre-teaching of vocabulary",
                     "Spelling practice", "Word mats on every table"]


def test_frequency_and_staff_columns_belong_to_the_provision_row():
    from nlp.items import split_items

    text = ("Education, Health and Care Plan (fictional)\n\nCognition and learning\n"
            "Need | Provision | Frequency | Delivered by\n"
            "Reading | • Phonics group • Reading ruler | Daily, 20 minutes | Trained TA\n"
            "Maths | Number lines | Weekly | Class teacher\n")
    doc, smap = txt(text)
    assert section_of(doc, smap, "Daily, 20 minutes") == "F"  # how often and who are provision columns
    assert section_of(doc, smap, "Trained TA") == "F"
    assert section_of(doc, smap, "Reading |") == "B"
    # with how often and who in cells of their own, the row is the item, so every item keeps them
    items = [doc.text[i.start:i.end] for i in split_items(doc, smap) if i.section == "F"]
    assert items == ["• Phonics group • Reading ruler | Daily, 20 minutes | Trained TA",
                     "Number lines | Weekly | Class teacher"]


def test_empty_provision_cell_is_a_need_without_provision(write):
    def build(d):
        d.add_heading("Communication and interaction", level=2)
        t = d.add_table(rows=3, cols=3)
        for c, label in enumerate(("B – Special Educational Needs", "F – Special Educational Provision", "E – Outcomes")):
            t.cell(0, c).text = label
        t.cell(1, 0).text = "Lior stammers when anxious."
        t.cell(1, 1).text = "Speech therapy, 6 x 30 minutes a term, by an SLT."
        t.cell(2, 0).text = "Lior avoids reading aloud."
        t.cell(2, 2).text = "Lior will read aloud to a partner."
    doc = load(write("gap.docx", docx_bytes(build)))
    smap = split_sections(doc)
    assert [(sid, doc.text[s:e]) for sid, s, e in smap.row_gaps] == [("B", "Lior avoids reading aloud.")]


def test_pdf_headings_come_from_type_not_from_words():
    """First-person headings set in bold are headings; ingest no longer knows 'Section X'."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for heading, body in (("All about me", "Noor loves painting."),
                          ("My special educational needs", "Noor finds it hard to start writing."),
                          ("What support will I get?", "Handwriting practice, 3 x 15 minutes a week, by a TA.")):
        pdf.set_font("helvetica", "B", 11)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 11)
        pdf.cell(0, 7, body, new_x="LMARGIN", new_y="NEXT")
    doc = load(bytes(pdf.output()), "noor.pdf")
    kinds = {doc.block_text(b): b.kind for b in doc.blocks}
    assert kinds["What support will I get?"] == "heading" and kinds["Noor loves painting."] == "paragraph"
    smap = split_sections(doc)
    assert smap.present == ["A", "B", "F"]
    assert section_of(doc, smap, "Handwriting practice") == "F"
    import inspect

    import ingest.pdf_reader as reader
    assert not re.search(r"section\|part|\[A-K\]", inspect.getsource(reader), re.IGNORECASE)


def test_structure_says_whether_the_plan_was_understood():
    _doc, smap = txt(PLAN_TXT)
    assert smap.structure().to_json() == {"recognised": True, "found": list(SECTION_IDS), "reason": ""}
    _doc, smap = txt("EHC plan for Kit (fictional)\n\nSection B: Special educational needs\nKit reads slowly.\n")
    st = smap.structure()
    assert not st.recognised and st.found == ["B"] and "Section F" in st.reason
    _doc, smap = txt("EHC plan for Kit (fictional)\n\nThings Kit finds hard\nKit reads slowly.\n")
    assert smap.structure().found == [] and "no plan sections" in smap.structure().reason


def test_section_b_split_by_five_areas_of_need_stays_section_b():
    areas = ["Communication & Interaction", "Cognition & Learning", "Social, emotional and mental health",
             "Sensory and/or physical needs", "Self-care and independence (including preparation for adulthood)"]
    text = ("EHC plan for Ada Quill (fictional)\n\nSection A\nMy Profile\nAda likes kites.\n\n"
            "Section B\nMy Special Educational Needs\n"
            + "".join(f"{a}\nAda's need number {n}.\n\n" for n, a in enumerate(areas))
            + "Section F\nThe help I will get\nReading ruler, used in every lesson, by the class teacher.\n")
    doc, smap = txt(text)
    assert smap.present == ["A", "B", "F"]
    for n in range(5):
        assert section_of(doc, smap, f"need number {n}") == "B"


def test_social_care_need_with_nothing_in_h1_or_h2_is_a_row_gap():
    text = ("EHC plan for Ada Quill (fictional)\n\nSections D, H1 and H2: Social care\n"
            "D – Social care needs | H1 – Social care provision (CSDPA s2) | H2 – Other social care provision | "
            "E – Outcomes\n"
            "Ada needs help to dress. | A carer visits each morning, 30 minutes. |  | Ada will dress herself.\n"
            "Ada cannot travel alone. |  |  | Ada will take the bus with a friend.\n")
    doc, smap = txt(text)
    assert [(sid, doc.text[s:e]) for sid, s, e in smap.row_gaps] == [("D", "Ada cannot travel alone.")]
    assert section_of(doc, smap, "A carer visits") == "H1"
