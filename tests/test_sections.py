"""Finding a plan's statutory sections (A-K, H1/H2): classic headings and the per-area B | F | E layout."""
from __future__ import annotations

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
