"""A plan-like PDF with drawn tables on every third page, built with fpdf2 (bench and tests)."""
from __future__ import annotations

from pathlib import Path

_PROVISION = [
    ("Speech and language", ("Three 30-minute sessions a week of speech and language therapy delivered by a "
                             "qualified speech and language therapist"), "Weekly for 12 months"),
    ("Literacy", ("A structured phonics programme, 20 minutes daily in a group of up to four pupils, taught "
                  "by a teaching assistant trained in the programme"), "Daily, reviewed termly"),
    ("Sensory", "Access to a quiet space as required", "As required"),
    ("Social communication", "A social skills group, one 45-minute session a week, run by the SENCo",
     "Weekly for two terms"),
]


_AREAS = ["reading", "spelling", "handwriting", "number", "attention", "social interaction", "speech sounds",
          "fine motor skills", "emotional regulation", "independence", "vocabulary", "listening"]
_STAFF = ["a trained teaching assistant", "the class teacher", "a specialist teacher", "the SENCo",
          "a speech and language therapist", "an occupational therapist", "a learning mentor"]
_HOW = ["for 30 minutes three times a week", "for 20 minutes each day", "in one 45-minute session a week",
        "twice a week for 25 minutes", "every morning for 15 minutes"]


def _sentence(n: int) -> str:
    area, staff, how = _AREAS[n % len(_AREAS)], _STAFF[(n // 3) % len(_STAFF)], _HOW[(n // 5) % len(_HOW)]
    return (f"{n}. A structured programme of support for {area}, delivered by {staff} {how}, "
            f"with progress reviewed every {4 + n % 5} weeks against the outcomes in Section E.")


def heavy_pdf(path: Path, pages: int = 100, table_every: int = 3) -> Path:
    """`pages` pages; every `table_every`-th page carries a 4-row provision table (33 of 100)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    for i in range(pages):
        pdf.add_page()
        pdf.set_xy(15, 15)
        pdf.cell(0, 6, f"Provision for {_AREAS[i % len(_AREAS)]} and {_AREAS[(i * 5 + 1) % len(_AREAS)]}",
                 new_x="LMARGIN", new_y="NEXT")
        if i % table_every == table_every - 1:
            with pdf.table(col_widths=(30, 110, 40), line_height=5) as table:
                table.row(("Area", "Provision", "Frequency"))
                for row in _PROVISION:
                    table.row(row)
            pdf.ln(4)
            pdf.multi_cell(0, 5, "The provision above will be reviewed at the annual review by the local authority.")
        else:
            for k in range(14):
                pdf.multi_cell(0, 5, _sentence(i * 14 + k + 1))
                pdf.ln(1)
    pdf.output(str(path))
    return path
