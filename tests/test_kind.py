"""detect_kind tells EHC plans from tribunal decisions from anything else; `batch --kind auto` uses it."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import CLEAN_TXT, PLAN_MD, PLAN_TXT

import ingest
from app.cli import main
from nlp.kind import classify, detect_kind

CORPUS = Path(__file__).resolve().parents[1] / "corpus_samples" / "decisions"

SHORT_PLAN = """Education, Health and Care Plan for Mo Farrand (fictional)

Section B: Special educational needs
Mo has difficulty with speech sounds and with following spoken instructions.

Section F: Special educational provision
Speech and language therapy, 2 x 30 minutes each week, delivered by a qualified therapist.

Section I: Placement
Oakfield Primary School (fictional).
"""

SHORT_DECISION = """FIRST-TIER TRIBUNAL (Special Educational Needs and Disability)
EH975/25/00011   Ms P. Garnet v Stillwater Council

DECISION
The appeal is allowed.

REASONS
1. The appellant appeals against the refusal of the respondent to carry out an EHC needs assessment. We heard the appeal on 2 June 2025.

Judge F. Amberley
"""

UT_DECISION = """IN THE UPPER TRIBUNAL
ADMINISTRATIVE APPEALS CHAMBER
Appeal No. UA-2024-000777-HS

Before Upper Tribunal Judge Corrigan. On appeal from the First-tier Tribunal.

DECISION: the appeal is dismissed. There was no error of law.
"""

# A decision that quotes a good deal of plan wording is still a decision.
DECISION_QUOTING_PLAN = """FIRST-TIER TRIBUNAL (Special Educational Needs and Disability)
EH976/24/00222   Mr J. Penrose v Highcliff Council

DECISION
The appeal is allowed. Section F of the EHC plan is to be amended.

REASONS
1. Mr Penrose appeals against the contents of his son's EHC plan. Section F: "He will have access to speech and language therapy." The outcomes in Section E are not in dispute, nor is the placement in Section I.
2. The tribunal finds that the provision is not specified. The respondent accepted at the hearing that it is vague.

Judge H. Oyelaran
"""

SHOPPING = """Shopping list
- eggs (a dozen)
- semi-skimmed milk, 2 pints
- wholemeal bread
- 2 tins of chopped tomatoes
- washing-up liquid
- birthday card for Gran
"""

LETTER = """14 Rookery Lane
Little Hambleton

Dear Mrs Hollis,

Thank you for your letter of 3 May about the Year 5 trip to the coast. The coach leaves at 8.30 am and
returns at about 5 pm. Please send a packed lunch, a waterproof coat and sensible shoes.

If you have any questions, please call the school office.

Yours sincerely,
Mr P. Danvers
Headteacher
"""

RECIPE = """Lemon drizzle cake

Cream 225g butter with 225g caster sugar, beat in four eggs, fold in 275g self-raising flour and the zest of
two lemons. Bake at 180C for 45 minutes. Mix the juice of one lemon with 85g of sugar and pour over while warm.
"""


@pytest.mark.parametrize("text,kind", [
    (PLAN_TXT, "plan"), (CLEAN_TXT, "plan"), (PLAN_MD, "plan"), (SHORT_PLAN, "plan"),
    (SHORT_DECISION, "decision"), (UT_DECISION, "decision"), (DECISION_QUOTING_PLAN, "decision"),
    (SHOPPING, "other"), (LETTER, "other"), (RECIPE, "other"), ("", "other"), ("   \n\n", "other"),
], ids=["plan_txt", "clean_plan", "plan_md", "short_plan", "short_decision", "ut_decision", "decision_quoting_plan",
        "shopping_list", "letter", "recipe", "empty", "blank"])
def test_detect_kind(text, kind):
    assert detect_kind(text) == kind


def test_one_word_is_not_enough():
    assert detect_kind("The appeal.") == "other"
    assert detect_kind("Section F: provision") == "other"


def test_plan_with_a_decision_appended_far_beyond_the_head_is_still_a_plan():
    # only the first 20,000 characters are read
    text = PLAN_TXT + ("\nNotes.\n" * 3000) + SHORT_DECISION * 5
    assert len(PLAN_TXT + "\nNotes.\n" * 3000) > 20000
    assert detect_kind(text) == "plan"


def _corpus_files() -> list[str]:
    with open(CORPUS / "labels.tsv", encoding="utf-8", newline="") as f:
        return [r["file"] for r in csv.DictReader(f, delimiter="\t")]


@pytest.mark.parametrize("name", _corpus_files())
def test_bundled_decisions_are_decisions(name):
    assert detect_kind(ingest.load(CORPUS / name).text) == "decision"


def test_cli_batch_auto_records_other_as_error_saying_pass_kind(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "shopping.txt").write_text(SHOPPING, encoding="utf-8")
    (folder / "letter.md").write_text(LETTER, encoding="utf-8")
    (folder / "decision.txt").write_text(SHORT_DECISION, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["batch", str(folder), "--kind", "auto", "--out", str(out), "--no-progress"]) == 1  # two files failed (issue 15: exit 1)
    assert "1 analysed (1 decision), 2 failed" in capsys.readouterr().err
    recs = {Path(r["path"]).name: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert recs["decision.txt"]["status"] == "ok" and recs["decision.txt"]["kind"] == "decision"
    assert recs["decision.txt"]["decision"]["outcome"] == "allowed"
    for name in ("shopping.txt", "letter.md"):
        rec = recs[name]
        assert rec["status"] == "error" and rec["kind"] == "other"
        assert name in rec["error"]
        assert "--kind plan" in rec["error"] and "--kind decision" in rec["error"]
        assert "decision" not in rec and "findings" not in rec


# ---------------------------------------------------------------- never a silent pass (issue 11)

TSV = "text\tsection\tlabel\n" + "".join(f"Item {n} for a fictional child\tF\tvague\n" for n in range(12))

NO_HEADINGS_PLAN = """Education, Health and Care Plan (fictional): Nell Corrigan

What Nell is like
Nell is seven. She loves horses and drawing.

Nell's difficulties
Nell struggles to sit still and finds reading hard.

Arrangements in class
Nell will receive therapy.
Nell will have access to a laptop.
Phonics, 5 x 20 minutes a week, delivered by a trained teaching assistant.
"""


@pytest.mark.parametrize("text,kind", [(PLAN_TXT, "plan"), (SHORT_DECISION, "decision"), (TSV, "spreadsheet"),
                                       (LETTER, "letter"), (SHOPPING, "other")])
def test_classify_says_what_a_document_looks_like(text, kind):
    found = classify(text)
    assert found.kind == kind
    assert (found.reason == "") == (kind == "plan")


@pytest.mark.parametrize("name,text,says", [
    ("decision.txt", SHORT_DECISION, "looks like a tribunal decision; use `sendlens decision`"),
    ("export.tsv", TSV, "looks like a spreadsheet export (13 rows of tab-separated columns)"),
    ("letter.txt", LETTER, "looks like a letter, not an EHC plan"),
    ("shopping.txt", SHOPPING, "does not look like an EHC plan"),
])
@pytest.mark.parametrize("command", ["check", "provisions"])
def test_check_and_provisions_refuse_what_is_not_a_plan(tmp_path, capsys, name, text, says, command):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert main([command, str(path), "--no-model"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and says in err[0] and str(path) in err[0] and "--force" in err[0]


def test_force_checks_it_anyway(tmp_path, capsys):
    path = tmp_path / "decision.txt"
    path.write_text(DECISION_QUOTING_PLAN, encoding="utf-8")
    assert main(["check", str(path), "--no-model", "--force", "--format", "json"]) in (0, 1)
    assert json.loads(capsys.readouterr().out)["file"] == str(path)


def test_plan_with_unrecognised_headings_says_so_first_and_still_reports_vague_items(tmp_path, capsys):
    path = tmp_path / "nell.txt"
    path.write_text(NO_HEADINGS_PLAN, encoding="utf-8")
    assert main(["check", str(path), "--no-model"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}: NOT UNDERSTOOD: no plan sections were found")
    text = "\n".join(out)
    assert "unquantified_therapy" in text and "access_to" in text

    assert main(["check", str(path), "--no-model", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["structure"] == {"recognised": False, "found": [],
                                   "reason": "no plan sections were found: the headings were not recognised"}
    vague = {(f["code"], f["section"]) for f in report["findings"]}
    assert {("unquantified_therapy", None), ("access_to", None)} <= vague
    assert not any(f["code"] == "missing_section" for f in report["findings"])  # the reason says it instead

    assert main(["provisions", str(path), "--no-model", "--format", "json"]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert [r["text"] for r in rows] == ["Nell will receive therapy.", "Nell will have access to a laptop.",
                                         "Phonics, 5 x 20 minutes a week, delivered by a trained teaching assistant."]
    assert all(r["section"] is None for r in rows)
    assert "plan not understood" in captured.err and str(path) in captured.err


def test_understood_plan_reports_its_structure(tmp_path, capsys):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN_TXT, encoding="utf-8")
    main(["check", str(path), "--no-model", "--format", "json"])
    assert json.loads(capsys.readouterr().out)["structure"]["recognised"] is True
