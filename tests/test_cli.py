"""The `sendlens` command line: formats, exit codes, filters, council rule packs, folders, provisions."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLEAN_TXT, PLAN_TXT, VAGUE_LINE

from app.cli import main

LINE = re.compile(r"^    (?P<path>.+):(?P<line>\d+):(?P<col>\d+)  (?P<severity>error|warning|suggestion)\s+"
                  r"(?P<code>[a-z_]+)\s+(?P<message>\S.*)$")
SUMMARY = re.compile(r"^\d+ errors?, \d+ warnings?, \d+ suggestions? in \d+ files?$")
# One error (access_to), one error and one warning (unquantified_support, non_committal) in Section F.
MIXED_TXT = PLAN_TXT.replace(VAGUE_LINE, VAGUE_LINE + "- Rowan may benefit from a weekly social skills group "
                                                      "led by the SENCo.\n")
COUNCIL_LINE = "- Support will follow the Northmere flexible offer for Rowan, 2 x 20 minutes each week, led by his TA.\n"


def run(argv, capsys):
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def check_json(path, capsys, *extra):
    code, out, err = run(["check", path, "--no-model", "--format", "json", *extra], capsys)
    return code, json.loads(out), err


# ---------------------------------------------------------------- text format

def test_text_format_lines_grouped_by_section(txt_plan, capsys):
    code, out, err = run(["check", txt_plan, "--no-model"], capsys)
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith(f"{txt_plan}  (txt, classic layout, sections: A B C D E F G H1 H2 I J K)")
    findings = [LINE.match(ln) for ln in lines if LINE.match(ln)]
    assert findings, out
    m = findings[0]
    assert (m["path"], m["severity"], m["code"]) == (str(txt_plan), "error", "access_to")
    vague = PLAN_TXT.index("have access to")
    line = PLAN_TXT.count("\n", 0, vague) + 1
    col = vague - PLAN_TXT.rfind("\n", 0, vague)
    assert (int(m["line"]), int(m["col"])) == (line, col)
    assert lines[lines.index(m.group(0)) - 1] == "  Section F"  # grouped under its section
    assert any(ln.strip().startswith("fix: ") for ln in lines)
    assert any(ln.strip().startswith("law: ") for ln in lines)
    assert SUMMARY.match(lines[-1]) and lines[-1] == "1 error, 0 warnings, 0 suggestions in 1 file"


def test_text_format_plan_structure_group_for_missing_section(write, capsys):
    path = write("nod.txt", PLAN_TXT.replace("Section D: Social care needs\nNone identified.\n\n", ""))
    code, out, _ = run(["check", path, "--no-model"], capsys)
    assert code == 1
    lines = out.splitlines()
    structure = lines.index("  Plan structure")
    assert structure < lines.index("  Section F")
    m = LINE.match(lines[structure + 1])
    assert m and m["code"] == "missing_section" and "Section D" in m["message"]


# ---------------------------------------------------------------- JSON format

def test_json_contract(txt_plan, capsys):
    code, data, err = check_json(txt_plan, capsys)
    assert code == 1 and err == ""
    assert data["text"] == txt_plan.read_text(encoding="utf-8")
    assert data["format"] == "txt" and data["layout"] == "classic"
    assert {s["id"] for s in data["sections"]} >= {"A", "B", "F", "K"}
    assert data["missing_sections"] == [] and data["merged_sections"] == []
    assert data["findings"]
    for f in data["findings"]:
        for key in ("code", "start", "end", "severity", "section", "message", "suggestion", "basis", "text"):
            assert key in f, key
        assert data["text"][f["start"]:f["end"]] == f["text"]
        assert f["severity"] in ("error", "warning", "suggestion")
        assert isinstance(f["basis"], list) and f["basis"]
    access = [f for f in data["findings"] if f["code"] == "access_to"]
    assert len(access) == 1 and access[0]["section"] == "F" and access[0]["text"] == "have access to"
    assert data["summary"]["error"] == sum(f["severity"] == "error" for f in data["findings"])


@pytest.mark.parametrize("fixture", ["docx_plan", "pdf_plan", "md_plan"])
def test_json_offsets_for_other_formats(request, capsys, fixture):
    path = request.getfixturevalue(fixture)
    code, data, _ = check_json(path, capsys)
    assert code == 1
    located = [f for f in data["findings"] if f["end"] > f["start"]]
    assert any(f["code"] == "access_to" for f in located)
    for f in located:
        assert data["text"][f["start"]:f["end"]] == f["text"]


def test_json_many_files_and_errors(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(PLAN_TXT)
    (tmp_path / "b.txt").write_text("")
    code, out, err = run(["check", tmp_path / "a.txt", tmp_path / "b.txt", "--no-model", "--format", "json"], capsys)
    assert code == 2
    data = json.loads(out)
    assert [f["file"] for f in data["files"]] == [str(tmp_path / "a.txt")]
    assert len(data["errors"]) == 1 and "b.txt: is empty" in data["errors"][0]
    assert "b.txt: is empty" in err


# ---------------------------------------------------------------- exit codes and options

def test_exit_codes(clean_txt_plan, txt_plan, capsys):
    code, out, _ = run(["check", clean_txt_plan, "--no-model"], capsys)
    assert code == 0 and out.splitlines()[-1] == "0 errors, 0 warnings, 0 suggestions in 1 file"
    assert run(["check", txt_plan, "--no-model"], capsys)[0] == 1
    assert run(["check", txt_plan, "--no-model", "--exit-zero"], capsys)[0] == 0


def test_usage_errors_exit_2(txt_plan, capsys):
    code, _out, err = run(["check", txt_plan, "--no-such-option"], capsys)
    assert code == 2 and "unrecognized arguments: --no-such-option" in err and "Traceback" not in err
    code, _, err = run(["check", txt_plan, "--format", "xml"], capsys)
    assert code == 2 and "invalid choice" in err
    code, _, err = run([], capsys)
    assert code == 2 and "usage:" in err


def test_missing_path_and_unknown_disable_exit_2(tmp_path, txt_plan, capsys):
    code, _, err = run(["check", tmp_path / "nowhere.txt", "--no-model"], capsys)
    assert code == 2 and "nowhere.txt: does not exist" in err
    code, _, err = run(["check", tmp_path / "*.nothing", "--no-model"], capsys)
    assert code == 2 and "no files match" in err
    code, _, err = run(["check", txt_plan, "--no-model", "--disable", "no-such-rule"], capsys)
    assert code == 2 and "no-such-rule" in err and "Traceback" not in err


def test_min_severity_filters(write, capsys):
    path = write("mixed.txt", MIXED_TXT)
    _, everything, _ = check_json(path, capsys)
    severities = {f["severity"] for f in everything["findings"]}
    assert "error" in severities and severities - {"error"}, severities  # the plan has both
    code, errors_only, _ = check_json(path, capsys, "--min-severity", "error")
    assert code == 1
    assert errors_only["findings"] and {f["severity"] for f in errors_only["findings"]} == {"error"}
    assert len(errors_only["findings"]) == sum(f["severity"] == "error" for f in everything["findings"])
    code, out, _ = run(["check", path, "--no-model", "--min-severity", "error"], capsys)
    assert "warning " not in out and " 0 warnings" in out.splitlines()[-1]


@pytest.mark.parametrize("switch", ["access-to", "access_to", "opportunities-for,access-to"])
def test_disable_switches_a_rule_off(txt_plan, capsys, switch):
    code, data, _ = check_json(txt_plan, capsys, "--disable", switch)
    assert not [f for f in data["findings"] if f["code"] == "access_to"]
    assert code == 0


# ---------------------------------------------------------------- council rule packs

COUNCIL_PACK = """
pack: northmere
version: "2.1"
description: Fictional Northmere Council house rules.
rules:
  - id: nm-flexible-offer
    code: non_committal
    description: A 'flexible offer' names no provision anyone must make.
    severity: warning
    sections: [F]
    message: The 'flexible offer' is not a provision.
    patterns:
      - '\\bflexible offer\\b'
    examples:
      flag: ["Support through the flexible offer."]
      pass: ["Three sessions a week."]
"""


def test_rules_adds_a_council_rule(write, capsys):
    plan = write("council.txt", CLEAN_TXT.replace("- Speech and language", COUNCIL_LINE + "- Speech and language"))
    pack = write("extra.yaml", COUNCIL_PACK)
    code, before, _ = check_json(plan, capsys)
    assert code == 0 and not before["findings"]
    code, after, _ = check_json(plan, capsys, "--rules", pack)
    assert code == 1
    [f] = [f for f in after["findings"] if "northmere" in f.get("source", "")]
    assert f["code"] == "non_committal" and f["severity"] == "warning" and f["section"] == "F"
    assert f["text"].lower() == "flexible offer" and f["message"] == "The 'flexible offer' is not a provision."
    assert f["source"] == "rule:northmere/nm-flexible-offer@2.1"
    # and it can be switched off again by id
    code, off, _ = check_json(plan, capsys, "--rules", pack, "--disable", "nm-flexible-offer")
    assert code == 0 and not off["findings"]


def test_invalid_rule_pack_names_the_unknown_key(write, txt_plan, capsys):
    pack = write("bad.yaml", COUNCIL_PACK.replace("    patterns:", "    patern: oops\n    patterns:"))
    code, _out, err = run(["check", txt_plan, "--no-model", "--rules", pack], capsys)
    assert code == 2
    assert "patern" in err and "bad.yaml" in err and "Traceback" not in err
    code, _, err = run(["check", txt_plan, "--no-model", "--rules", write("none.yaml", "")], capsys)
    assert code == 2 and "none.yaml" in err


# ---------------------------------------------------------------- folders

def test_folder_input(tmp_path, capsys, plan_docx_bytes):
    folder = tmp_path / "plans"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_clean.txt").write_text(CLEAN_TXT)
    (folder / "sub" / "b_plan.docx").write_bytes(plan_docx_bytes)
    (folder / "notes.csv").write_text("ignored,file\n")
    code, out, err = run(["check", folder, "--no-model"], capsys)
    assert code == 1 and err == ""
    assert out.splitlines()[-1].endswith("in 2 files")
    assert f"{folder / 'a_clean.txt'}  (txt," in out and f"{folder / 'sub' / 'b_plan.docx'}  (docx," in out
    assert "notes.csv" not in out
    code, data, _ = check_json(folder, capsys)
    assert [Path(f["file"]).name for f in data["files"]] == ["a_clean.txt", "b_plan.docx"] and data["errors"] == []


def test_folder_with_a_bad_file_exits_2_but_reports_the_rest(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(PLAN_TXT)
    (tmp_path / "scan.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    code, out, err = run(["check", tmp_path, "--no-model"], capsys)
    assert code == 2
    assert "scan.pdf: is a PNG image" in err
    assert "access_to" in out and out.splitlines()[-1] == "1 error, 0 warnings, 0 suggestions in 1 file"


# ---------------------------------------------------------------- provisions

def test_provisions_csv(txt_plan, capsys):
    code, out, err = run(["provisions", txt_plan, "--no-model"], capsys)
    assert code == 0 and err == ""
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"file", "start", "end", "text", "amount", "frequency", "staff", "missing", "passes"} <= set(rows[0])
    slt = next(r for r in rows if "Speech and language therapy" in r["text"])
    assert slt["amount"] == "3 x 30 minutes" and slt["frequency"] == "each week"
    assert "speech and language therapist" in slt["staff"] and slt["missing"] == "" and slt["passes"] == "True"
    vague = next(r for r in rows if "quiet workspace" in r["text"])
    assert vague["missing"].split() == ["amount", "frequency", "staff"] and vague["passes"] == "False"
    assert PLAN_TXT[int(vague["start"]):int(vague["end"])] == vague["text"]
    assert all(r["file"] == str(txt_plan) for r in rows)


def test_provisions_json(docx_plan, capsys):
    code, out, _ = run(["provisions", docx_plan, "--no-model", "--format", "json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert rows and all(r["section"] == "F" for r in rows)
    for r in rows:
        assert {"text", "amount", "frequency", "staff", "missing", "passes"} <= set(r)
        assert isinstance(r["missing"], list)
    vague = next(r for r in rows if r["text"] == "Rowan will have access to a quiet workspace.")
    assert vague["missing"] == ["amount", "frequency", "staff"] and vague["passes"] is False
    assert not any(r["text"].startswith("Need\tProvision") for r in rows)  # the header row is not a provision


def test_provisions_do_not_include_the_section_heading(clean_txt_plan, capsys):
    _, out, _ = run(["provisions", clean_txt_plan, "--no-model", "--format", "json"], capsys)
    rows = json.loads(out)
    assert [r["text"] for r in rows] == [
        ("- Speech and language therapy, 3 x 30 minutes each week, delivered by a qualified speech and language "
        "therapist.")]


def test_provisions_bad_input_exits_2(write, txt_plan, capsys):
    code, out, err = run(["provisions", txt_plan, write("empty.txt", ""), "--no-model"], capsys)
    assert code == 2 and "empty.txt: is empty" in err
    assert "quiet workspace" in out  # the good file is still listed


# ---------------------------------------------------------------- installed command

def test_installed_command_json_contract(txt_plan):
    exe = shutil.which("sendlens", path=str(Path(sys.executable).parent)) or shutil.which("sendlens")
    assert exe, "the sendlens console script is not installed"
    proc = subprocess.run([exe, "check", str(txt_plan), "--format", "json"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data["text"] == txt_plan.read_text(encoding="utf-8")
    assert any(f["code"] == "access_to" and data["text"][f["start"]:f["end"]] == f["text"] for f in data["findings"])
    bad = subprocess.run([exe, "check", str(txt_plan), "--bogus"], capture_output=True, text=True, timeout=120, check=False)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
