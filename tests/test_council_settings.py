"""A council's settings file (sendlens.toml), end to end through the command line on a real sample
plan: rules switched off, severities changed for every check, the council's own pack added, the
severity floor, and flags winning over the file."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.settings import ENV, Settings, SettingsError, load_settings
from ingest import load

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpus_samples" / "plans" / "plan09_amira_haddad.txt"

COUNCIL_PACK = """\
pack: harbrook
version: "3"
description: Fictional Harbrook Council house rules.
tokens:
  college_offer: 'study programme|core offer'
rules:
  - id: hb-study-programme
    code: unspecified_programme
    description: The college's study programme is named instead of the provision itself.
    severity: warning
    sections: [F]
    patterns: ['\\b{{college_offer}}\\b']
    examples:
      flag: ["Support is part of her study programme."]
      pass: ["Two 90-minute lessons a week with a specialist tutor."]
"""

SETTINGS = """\
# Harbrook Council's sendlens settings
disable = ["transport_in_f"]          # a code: silenced whichever check finds it
packs = ["rules/harbrook.yaml"]
min_severity = "warning"

[severity]
opportunities_for = "suggestion"   # a code: every finding of it
non_committal = "suggestion"
non-committal = "error"            # a rule id wins over its code
unquantified_support = "warning"   # found by the CoP 9.69 test, not by a wording rule
"""


@pytest.fixture()
def council(tmp_path, monkeypatch):
    """A council folder with its settings file, its own pack and a copy of a sample plan."""
    monkeypatch.setenv(ENV, "")  # restored (unset) after the test, whatever the command did
    monkeypatch.delenv(ENV)
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "harbrook.yaml").write_text(COUNCIL_PACK, encoding="utf-8")
    (tmp_path / "sendlens.toml").write_text(SETTINGS, encoding="utf-8")
    shutil.copy(PLAN, tmp_path / PLAN.name)
    return tmp_path


def run(argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def findings(out: str) -> list[dict]:
    return json.loads(out)["findings"]


def by_code(fs: list[dict]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in fs:
        out.setdefault(f["code"], set()).add(f["severity"])
    return out


def test_settings_file_in_the_current_directory_is_applied(council, capsys, monkeypatch):
    code, out, _ = run(["check", PLAN, "--no-model", "--format", "json", "--no-config"], capsys)
    before = findings(out)
    codes = by_code(before)
    assert {"transport_in_f", "opportunities_for", "non_committal", "unquantified_support"} <= set(codes)
    assert codes["opportunities_for"] == {"error"} and codes["non_committal"] == {"warning"}

    monkeypatch.chdir(council)  # discovered as ./sendlens.toml
    code, out, err = run(["check", PLAN.name, "--no-model", "--format", "json"], capsys)
    after = findings(out)
    codes = by_code(after)
    assert code == 1 and err == ""
    assert "transport_in_f" not in codes  # disabled
    assert "opportunities_for" not in codes  # lowered to suggestion, then below the file's floor
    assert codes["non_committal"] == {"error"}  # the rule id's setting beat the code's
    assert codes["unquantified_support"] == {"warning"}  # a CoP 9.69 finding, not a wording rule's
    assert all(f["severity"] != "suggestion" for f in after)
    own = [f for f in after if f["source"].startswith("rule:harbrook/")]
    assert own and all(f["text"].lower() == "study programme" and f["severity"] == "warning" and f["section"] == "F"
                       for f in own)
    changed = [f for f in after if f["code"] == "non_committal"]
    assert all("council's settings" in f["explanation"]["note"] for f in changed)
    # nothing else moved: the other findings are the same places as without settings
    untouched = {"transport_in_f", "opportunities_for", "non_committal", "unquantified_support", "unspecified_programme"}
    assert ({(f["code"], f["start"], f["end"], f["severity"]) for f in before if f["code"] not in untouched}
            == {(f["code"], f["start"], f["end"], f["severity"]) for f in after
                if f["code"] not in untouched and not f["source"].startswith("rule:harbrook/")})


def test_flags_win_over_the_settings_file(council, capsys, monkeypatch):
    monkeypatch.chdir(council)
    _, out, _ = run(["check", PLAN.name, "--no-model", "--format", "json", "--min-severity", "suggestion",
                        "--disable", "hb-study-programme"], capsys)
    codes = by_code(findings(out))
    assert codes["opportunities_for"] == {"suggestion"}  # the flag's floor, not the file's
    assert not [f for f in findings(out) if f["source"].startswith("rule:harbrook/")]  # flags add to disable
    assert "transport_in_f" not in codes  # the file's disable still holds


def test_config_path_from_elsewhere_and_no_config(council, capsys, tmp_path_factory, monkeypatch):
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    _, out, _ = run(["check", council / PLAN.name, "--no-model", "--format", "json",
                     "--config", council / "sendlens.toml"], capsys)
    assert "transport_in_f" not in by_code(findings(out))
    monkeypatch.chdir(council)
    _, out, _ = run(["check", PLAN.name, "--no-model", "--format", "json", "--no-config"], capsys)
    assert "transport_in_f" in by_code(findings(out))


def test_provisions_command_reads_the_settings_pack(council, capsys, monkeypatch):
    monkeypatch.chdir(council)
    (council / "rules" / "harbrook.yaml").write_text(COUNCIL_PACK.replace("{{college_offer}}", "{{nope}}"), "utf-8")
    code, _, err = run(["provisions", PLAN.name, "--no-model"], capsys)
    assert code == 2
    assert "harbrook.yaml" in err and "hb-study-programme" in err and "unknown token '{{nope}}'" in err


@pytest.mark.parametrize("text,problem", [
    ('disabled = ["access-to"]\n', "unknown setting(s) ['disabled']"),
    ('[severity]\naccess_to = "fatal"\n', "each severity must be one of"),
    ('min_severity = "loud"\n', "min_severity must be one of"),
    ('packs = ["missing.yaml"]\n', "not found (paths are relative to the settings file)"),
    ('disable = "access-to"\n', "disable must be a list"),
    ("disable = [\n", "not valid TOML"),
])
def test_bad_settings_file_is_a_clear_error(council, capsys, monkeypatch, text, problem):
    (council / "sendlens.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(council)
    code, out, err = run(["check", PLAN.name, "--no-model"], capsys)
    assert code == 2 and out == ""
    assert "sendlens.toml" in err and problem in err


def test_unknown_rule_in_settings_names_the_file(council, capsys, monkeypatch):
    (council / "sendlens.toml").write_text('[severity]\nno-such-rule = "error"\n', encoding="utf-8")
    monkeypatch.chdir(council)
    code, _, err = run(["check", PLAN.name, "--no-model"], capsys)
    assert code == 2 and "no-such-rule" in err and "sendlens.toml" in err


def test_severity_override_applies_to_every_check_including_the_model(monkeypatch):
    """Every finding, from every check (the learned model too), takes the council's severity; where and
    what was found does not change."""
    from nlp.checker import Checker

    class Sure:  # a scorer that reads every item it is shown as vague, so the model surely speaks
        id = "model:sure@1"
        threshold = 0.5

        def score(self, texts):
            return [(0.99, "unquantified_support") for _ in texts]

    monkeypatch.delenv(ENV, raising=False)
    doc = load(PLAN)
    plain = Checker(scorer=Sure()).check(doc).findings
    assert {f.source.split(":")[0] for f in plain} >= {"rule", "cop9.69", "smart", "model"}
    everything = {f.code: "suggestion" for f in plain}
    lowered = Checker(scorer=Sure(), severities=everything).check(doc).findings
    assert {f.severity for f in lowered} == {"suggestion"}
    assert sorted((f.code, f.start, f.end, f.source) for f in lowered) == sorted(
        (f.code, f.start, f.end, f.source) for f in plain)


def test_batch_workers_use_the_settings_file(council, capsys, monkeypatch):
    from app.analyse import _checker

    monkeypatch.chdir(council)
    out = council / "out.jsonl"
    _checker.cache_clear()  # this test process may already hold a checker built without the settings
    try:
        code, _, _ = run(["batch", PLAN.name, "--out", out, "--no-progress", "--kind", "plan"], capsys)
    finally:
        _checker.cache_clear()
    assert code == 0
    [record] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    codes = by_code(record["findings"])
    assert "transport_in_f" not in codes and codes["non_committal"] == {"error"}
    assert any(f["source"].startswith("rule:harbrook/") for f in record["findings"])
    assert ENV not in os.environ  # the command leaves the environment as it found it


def test_load_settings_resolves_packs_relative_to_the_file(council):
    settings = load_settings(council / "sendlens.toml")
    assert settings.packs == ((council / "rules" / "harbrook.yaml").resolve(),)
    assert settings.min_severity == "warning" and settings.disable == ("transport_in_f",)
    assert Settings().packs == ()
    with pytest.raises(SettingsError, match="settings file not found"):
        load_settings(council / "nope.toml")
