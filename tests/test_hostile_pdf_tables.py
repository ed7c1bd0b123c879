"""Heavy PDFs (issue 15): ruled tables are read from pdfium's own path objects, and give the same
document as pdfplumber's table finder, which now runs only as a fallback. Speed and memory are in
bench/bench_hostile.py."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import build_table_pdf

from ingest import load, pdf_reader
from ingest.pdf_tables import find_tables

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from _heavy_pdf import heavy_pdf


def _line_table_pdf() -> bytes:
    """A table drawn with single lines (no rectangles), one header cell spanning two columns."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(20, 20)
    pdf.cell(0, 8, "Section F: provision for Ines Carrow")
    xs, ys = (20, 70, 130, 190), (40, 52, 64, 76)
    for y in ys:
        pdf.line(xs[0], y, xs[-1], y)
    for x in xs:
        pdf.line(x, ys[0] if x in (xs[0], xs[-1], xs[1]) else ys[1], x, ys[-1])  # header spans columns 2-3
    cells = [[(21, 42, "Area"), (71, 42, "Provision and frequency")],
             [(21, 54, "Speech"), (71, 54, "Therapy sessions"), (131, 54, "Weekly")],
             [(21, 66, "Reading"), (71, 66, "Phonics group"), (131, 66, "Daily")]]
    for row in cells:
        for x, y, text in row:
            pdf.set_xy(x, y)
            pdf.cell(45, 8, text)
    pdf.set_xy(20, 90)
    pdf.cell(0, 8, "The provision above is reviewed each term.")
    return bytes(pdf.output())


def _documents(data: bytes, monkeypatch) -> tuple:
    fast = load(data, "t.pdf")

    def broken(page, textpage):
        raise RuntimeError("force the pdfplumber fallback")

    with monkeypatch.context() as m:
        m.setattr(pdf_reader, "find_tables", broken)
        slow = load(data, "t.pdf")
    return fast, slow


@pytest.mark.parametrize("make", [build_table_pdf, _line_table_pdf], ids=["rect_cells", "line_rules_spanning"])
def test_pdfium_tables_match_pdfplumber(make, monkeypatch):
    fast, slow = _documents(make(), monkeypatch)
    assert any(b.kind == "table_cell" for b in fast.blocks)
    assert fast.text == slow.text
    assert fast.blocks == slow.blocks


def test_heavy_pdf_matches_pdfplumber(tmp_path, monkeypatch):
    data = heavy_pdf(tmp_path / "h.pdf", pages=9).read_bytes()
    fast, slow = _documents(data, monkeypatch)
    assert sum(b.kind == "table_cell" for b in fast.blocks) == 3 * 5 * 3  # 3 table pages, 5 rows, 3 columns
    assert fast.text == slow.text and fast.blocks == slow.blocks


def test_cells_read_by_their_box(tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(_line_table_pdf())
    page = pdf[0]
    textpage = page.get_textpage()
    try:
        (table,) = find_tables(page, textpage)
    finally:
        textpage.close()
        page.close()
        pdf.close()
    assert table.rows == [["Area", "Provision and frequency"], ["Speech", "Therapy sessions", "Weekly"],
                          ["Reading", "Phonics group", "Daily"]]


def test_fallback_keeps_the_text_when_both_readers_fail(monkeypatch):
    def broken(*args):
        raise RuntimeError("no tables today")

    monkeypatch.setattr(pdf_reader, "find_tables", broken)
    monkeypatch.setattr(pdf_reader, "_extract_tables", broken)
    doc = load(build_table_pdf(), "t.pdf")
    assert "Precision teaching" in doc.text and "Text after the table" in doc.text
