"""Reading every supported format into a Document whose offsets index its own text."""
from __future__ import annotations

import pytest
from conftest import (
    CHILD,
    FOOTER_TEXT,
    HEADER_TEXT,
    HYPHEN_LINES,
    LINK_TEXT,
    PDF_HEADER,
    PLAN_MD,
    PLAN_TXT,
    WRAPPED_LINES,
    docx_bytes,
)

from ingest import Document, load


def assert_offsets(doc: Document) -> None:
    """Every block slices to its own (non-empty, stripped) text; blocks ascend and never overlap."""
    assert doc.blocks, "no blocks"
    prev_end = -1
    for b in doc.blocks:
        assert 0 <= b.start < b.end <= len(doc.text), b
        piece = doc.text[b.start:b.end]
        assert piece == doc.block_text(b)
        assert piece.strip() == piece and piece, (b, piece)
        assert b.start >= prev_end, f"block {b} overlaps or precedes the previous one ending at {prev_end}"
        prev_end = b.end


def by_text(doc: Document, needle: str):
    hits = [b for b in doc.blocks if needle in doc.block_text(b)]
    assert hits, f"no block contains {needle!r}"
    return hits[0]


# ---------------------------------------------------------------- TXT / MD

def test_txt_text_is_exactly_the_file_text(txt_plan):
    doc = load(txt_plan)
    assert doc.format == "txt"
    assert doc.text == txt_plan.read_text(encoding="utf-8")
    assert doc.filename == str(txt_plan)
    assert_offsets(doc)


def test_txt_bullets_are_list_items_and_lines_are_paragraphs(txt_plan):
    doc = load(txt_plan)
    bullet = by_text(doc, "access to a quiet workspace")
    assert bullet.kind == "list_item"
    assert doc.block_text(bullet) == "- Rowan will have access to a quiet workspace."
    para = by_text(doc, "Rowan likes trains")
    assert para.kind == "paragraph"
    # line_col is 1-based and agrees with the file's own lines
    line, col = doc.line_col(bullet.start)
    assert PLAN_TXT.splitlines()[line - 1].startswith("- Rowan will have access")
    assert col == 1


def test_txt_crlf_and_indentation_keep_offsets_exact(write):
    raw = "Section F: Special educational provision\r\n   - Indented bullet for Ada Venn.\r\n\r\nLast line\r\n"
    doc = load(write("crlf.txt", raw.encode()))
    assert doc.text == raw
    assert_offsets(doc)
    assert [doc.block_text(b) for b in doc.blocks] == [
        "Section F: Special educational provision", "- Indented bullet for Ada Venn.", "Last line"]


def test_txt_cp1252_file_is_decoded(write):
    raw = "Section A: Views\nCal\u00e9b\u2019s favourite lesson is art \u2013 especially clay.\n"
    doc = load(write("legacy.txt", raw.encode("cp1252")))
    assert doc.text == raw
    assert_offsets(doc)


def test_txt_hard_wrapped_line_joins_previous_block(write):
    raw = ("Speech and language therapy sessions will be delivered in school by the therapist\n"
           "and reviewed each half term with Pip Marlow's parents.\n")
    doc = load(write("wrapped.txt", raw))
    assert len(doc.blocks) == 1
    assert doc.block_text(doc.blocks[0]) == raw.strip()


def test_txt_utf16_with_bom_is_read(write):
    raw = "Section F: Special educational provision\n- Weekly swimming with Ola Brant's TA.\n"
    doc = load(write("unicode.txt", raw.encode("utf-16")))
    assert "Weekly swimming" in doc.text


def test_md_headings_are_blocks_with_level(md_plan):
    doc = load(md_plan)
    assert doc.format == "md"
    assert doc.text == PLAN_MD
    headings = [(doc.block_text(b), b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings == [("# Education, Health and Care Plan", 1),
                        ("## Section B: Special educational needs", 2),
                        ("## Section F: Special educational provision", 2),
                        ("### Review", 3)]
    items = [doc.block_text(b) for b in doc.blocks if b.kind == "list_item"]
    assert len(items) == 2 and items[1] == "- Juniper will have access to a quiet room."
    assert by_text(doc, "Juniper has difficulty").kind == "paragraph"
    assert_offsets(doc)


def test_md_extension_decides_md_versus_txt():
    assert load(PLAN_MD.encode(), "notes.markdown").format == "md"
    doc = load(PLAN_MD.encode(), "notes.txt")
    assert doc.format == "txt"
    assert by_text(doc, "# Education").kind == "heading"  # '#' lines are headings either way


# ---------------------------------------------------------------- DOCX

def test_docx_headings_have_style_and_outline_level(docx_plan):
    doc = load(docx_plan)
    assert doc.format == "docx"
    title = by_text(doc, "Education, Health and Care Plan")
    assert (title.kind, title.style, title.level) == ("heading", "Title", 0)
    h1 = by_text(doc, "Section B: Special educational needs")
    assert (h1.kind, h1.style, h1.level) == ("heading", "Heading 1", 1)
    h2 = by_text(doc, "Speech and language")
    assert (h2.kind, h2.style, h2.level) == ("heading", "Heading 2", 2)
    outline = by_text(doc, "Custom outline heading")  # Normal style with w:outlineLvl 0
    assert (outline.kind, outline.style, outline.level) == ("heading", "Normal", 1)
    assert_offsets(doc)


def test_docx_paragraphs_and_list_items(docx_plan):
    doc = load(docx_plan)
    para = by_text(doc, f"Name: {CHILD}")
    assert (para.kind, para.style, para.level) == ("paragraph", "Normal", None)
    bullets = [b for b in doc.blocks if b.kind == "list_item"]
    assert [doc.block_text(b) for b in bullets] == [
        "Visual timetable on his desk, checked each morning by his TA.",
        "Pre-teaching of topic vocabulary, 2 x 15 minutes weekly.",
        "Rowan will have access to a quiet workspace."]
    assert all(b.style == "List Bullet" for b in bullets)
    paragraph_indexes = [b.origin.paragraph for b in doc.blocks if b.origin.table is None]
    assert paragraph_indexes == sorted(paragraph_indexes) and paragraph_indexes[0] == 0
    assert doc.metadata == {"paragraphs": 15, "tables": 1}


def test_docx_table_in_body_order_with_cell_origins(docx_plan):
    doc = load(docx_plan)
    kinds = [b.kind for b in doc.blocks]
    first, last = kinds.index("table_cell"), len(kinds) - 1 - kinds[::-1].index("table_cell")
    assert doc.block_text(doc.blocks[first - 1]).startswith("Before the table")
    assert doc.block_text(doc.blocks[last + 1]).startswith("After the table")
    cells = doc.blocks[first:last + 1]
    assert all(c.kind == "table_cell" for c in cells) and len(cells) == 12
    grid = {(c.origin.table, c.origin.row, c.origin.col): doc.block_text(c) for c in cells}
    assert [grid[(0, 0, c)] for c in range(4)] == ["Need", "Provision", "Frequency", "Delivered by"]
    assert grid[(0, 1, 2)] == "3 x 30 minutes weekly"
    assert grid[(0, 2, 3)] == "Class teacher"
    # rows are lines, cells within a row are tab-separated
    assert "Need\tProvision\tFrequency\tDelivered by\n" in doc.text
    assert "Sensory regulation\tMovement break\tTwice daily, 10 minutes\tClass teacher\n" in doc.text
    assert_offsets(doc)


def test_docx_header_footer_left_out_and_hyperlink_kept(docx_plan):
    doc = load(docx_plan)
    assert HEADER_TEXT not in doc.text
    assert FOOTER_TEXT not in doc.text
    link = by_text(doc, LINK_TEXT)
    assert doc.block_text(link) == f"More information: {LINK_TEXT}"


def test_docx_one_cell_caption_row_and_merged_cells_emitted_once(write):
    def build(d):
        t = d.add_table(rows=2, cols=3)
        t.cell(0, 0).merge(t.cell(0, 2)).text = "Section F: Special educational provision"
        for c, v in enumerate(["Reading", "Phonics, 5 x 20 minutes weekly", "Trained TA"]):
            t.cell(1, c).text = v
    doc = load(write("caption.docx", docx_bytes(build)))
    texts = [doc.block_text(b) for b in doc.blocks]
    assert texts.count("Section F: Special educational provision") == 1
    caption = doc.blocks[0]
    assert (caption.kind, caption.origin.row, caption.origin.col) == ("table_cell", 0, 0)
    assert [b.origin.col for b in doc.blocks[1:]] == [0, 1, 2]
    assert_offsets(doc)


# ---------------------------------------------------------------- PDF

def test_pdf_running_header_and_page_footer_removed(pdf_plan):
    doc = load(pdf_plan)
    assert doc.format == "pdf" and doc.pages == 3
    assert PDF_HEADER not in doc.text
    assert "Page " not in doc.text and " of 3" not in doc.text
    assert doc.text.startswith("Section B: Special educational needs\n")
    assert_offsets(doc)


def test_pdf_wrapped_paragraph_joined_into_one_block(pdf_plan):
    doc = load(pdf_plan)
    block = by_text(doc, "structured programme")
    assert doc.block_text(block) == " ".join(WRAPPED_LINES)
    assert block.kind == "paragraph"


def test_pdf_blocks_carry_page_numbers_and_kinds(pdf_plan):
    doc = load(pdf_plan)
    assert all(b.page in (1, 2, 3) for b in doc.blocks)
    assert by_text(doc, "Section B").page == 1 and by_text(doc, "Section B").kind == "heading"
    assert by_text(doc, "Section F").page == 2 and by_text(doc, "Section F").kind == "heading"
    assert by_text(doc, "Section I").page == 3
    bullet = by_text(doc, "3 x 30 minutes")
    assert (bullet.kind, bullet.page) == ("list_item", 2)
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages)


def test_pdf_line_end_hyphenation_repaired(pdf_plan):
    doc = load(pdf_plan)
    assert HYPHEN_LINES[0].endswith("inter-")
    assert "targeted intervention for Rowan" in doc.text
    assert "\ufffe" not in doc.text and "\x02" not in doc.text


def test_pdf_hyphenated_word_stays_in_one_block(pdf_plan):
    doc = load(pdf_plan)
    block = by_text(doc, "targeted inter")
    assert doc.block_text(block).endswith("away from the main classroom.")
    assert block.page == 2


def test_pdf_drawn_table_gives_table_cells(table_pdf):
    doc = load(table_pdf)
    texts = [doc.block_text(b) for b in doc.blocks]
    assert texts[0] == "Section F: Special educational provision"
    assert texts[1] == "Provision before the table is listed here."
    assert texts[-1] == "Text after the table ends here."
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert len(cells) == 12 and doc.blocks[2:14] == cells
    grid = {(c.origin.row, c.origin.col): doc.block_text(c) for c in cells}
    assert [grid[(0, c)] for c in range(4)] == ["Need", "Provision", "Frequency", "Delivered by"]
    assert grid[(1, 1)] == "Precision teaching"
    assert grid[(2, 3)] == "Occupational therapist"
    assert {c.origin.table for c in cells} == {0} and {c.page for c in cells} == {1}
    assert "Reading\tPrecision teaching\tDaily, 10 minutes\tTrained TA\n" in doc.text
    assert_offsets(doc)


# ---------------------------------------------------------------- every format

FORMATS = ["txt_plan", "md_plan", "docx_plan", "pdf_plan", "table_pdf"]


@pytest.mark.parametrize("fixture", FORMATS)
def test_offsets_invariant_every_format(request, fixture):
    doc = load(request.getfixturevalue(fixture))
    assert_offsets(doc)
    assert doc.text.endswith("\n")
    for b in doc.blocks:  # block_at finds each block from any offset inside it
        assert doc.block_at(b.start) == b and doc.block_at(b.end - 1) == b


@pytest.mark.parametrize("fixture", FORMATS)
def test_load_bytes_equals_load_path(request, fixture):
    path = request.getfixturevalue(fixture)
    from_path = load(path)
    from_bytes = load(path.read_bytes(), str(path))
    assert from_bytes.text == from_path.text
    assert from_bytes.blocks == from_path.blocks
    assert (from_bytes.format, from_bytes.pages, from_bytes.filename) == (from_path.format, from_path.pages,
                                                                          from_path.filename)


def test_bytes_without_filename_are_named_upload():
    doc = load(b"Section A: Views\nBea Lantern likes music.\n")
    assert doc.filename == "<upload>" and doc.format == "txt"


def test_renamed_files_are_read_by_content(write, plan_docx_bytes, plan_pdf_bytes):
    as_pdf = load(write("plan.pdf", plan_docx_bytes))
    assert as_pdf.format == "docx" and "Section F: Special educational provision" in as_pdf.text
    as_docx = load(write("plan.docx", plan_pdf_bytes))
    assert as_docx.format == "pdf" and "Section F: Special educational provision" in as_docx.text
    as_bin = load(write("plan.bin", PLAN_TXT))
    assert as_bin.format == "txt" and as_bin.text == PLAN_TXT
