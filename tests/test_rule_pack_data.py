"""Rule packs and element data a council officer can maintain: named pattern parts ({{token}}), no
regex longer than 120 characters as written, a description for every rule, a link for every legal
basis, and the CoP 9.69 elements read from data."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from ingest import load
from nlp.checker import Checker
from nlp.elements import find_elements, patterns
from nlp.law import basis_links, link
from nlp.rulepack import MAX_PATTERN_CHARS, RulePackError, builtin_pack_paths, load_pack
from nlp.taxonomy import taxonomy

ROOT = Path(__file__).resolve().parents[1]
RULES = [rule for path in builtin_pack_paths() for rule in load_pack(path).rules]
ELEMENTS_YAML = yaml.safe_load(resources.files("nlp").joinpath("data/elements.yaml").read_text("utf-8"))
OFFICIAL_HOSTS = {"www.gov.uk", "www.legislation.gov.uk", "www.bailii.org"}


def _written(raw: dict) -> list[tuple[str, str]]:
    """(where, regex as written) for every pattern, exception, rewrite find and token of a raw pack."""
    out = []
    for name, value in (raw.get("tokens") or {}).items():
        out += [(f"token {name}", x) for x in (value if isinstance(value, list) else [value])]
    for rule in raw.get("rules", []):
        for p in rule["patterns"]:
            if isinstance(p, str) or "regex" in p:
                out.append((rule["id"], p if isinstance(p, str) else p["regex"]))
        out += [(f"{rule['id']} exception", e) for e in rule.get("exceptions", [])]
        out += [(f"{rule['id']} rewrite", s["find"]) for s in rule.get("rewrite", []) or []]
    return out


@pytest.mark.parametrize("path", builtin_pack_paths(), ids=lambda p: p.name)
def test_every_builtin_regex_is_at_most_120_characters_as_written(path):
    written = _written(yaml.safe_load(path.read_text("utf-8")))
    assert len(written) > 20
    too_long = [(where, len(x)) for where, x in written if len(x) > MAX_PATTERN_CHARS]
    assert not too_long, too_long


def test_every_element_regex_is_at_most_120_characters_as_written():
    written = [x for v in ELEMENTS_YAML["tokens"].values() for x in (v if isinstance(v, list) else [v])]
    for spec in ELEMENTS_YAML["elements"].values():
        written += spec["any"] if isinstance(spec, dict) else spec
    assert len(written) > 100
    assert max(len(x) for x in written) <= MAX_PATTERN_CHARS


def test_builtin_packs_use_tokens_and_define_none_they_do_not_use():
    for path in builtin_pack_paths():
        text = path.read_text("utf-8")
        raw = yaml.safe_load(text)
        assert raw["tokens"], path.name
        for name in raw["tokens"]:
            assert text.count("{{" + name + "}}") >= 1, f"{path.name}: token '{name}' is never used"


def test_every_rule_has_a_one_line_description():
    for rule in RULES:
        assert rule.description and "\n" not in rule.description and len(rule.description) < 140, rule.id
    assert len({r.description for r in RULES}) == len(RULES)


def test_every_basis_of_every_rule_and_fault_links_to_its_public_text():
    used = {b for r in RULES for b in r.basis} | {b for f in taxonomy().faults.values() for b in f.basis}
    assert len(used) > 15
    for basis in sorted(used):
        found = link(basis)
        assert found is not None, f"no link for basis {basis!r}: add it to nlp/data/law.yaml"
        url = urlparse(found.url)
        assert url.scheme == "https" and url.hostname in OFFICIAL_HOSTS, (basis, found.url)
    assert link("Children and Families Act 2014 s21(5)").url == "https://www.legislation.gov.uk/ukpga/2014/6/section/21"
    assert link("SEND Code of Practice 9.69").url == ("https://www.gov.uk/government/publications/"
                                                      "send-code-of-practice-0-to-25")
    assert link("Staffordshire CC v JM [2016] UKUT 246 (AAC)").kind == "judgment"
    assert link("A council's own internal guidance") is None


def test_findings_json_carries_basis_links_beside_basis():
    report = Checker().check(load(ROOT / "corpus_samples" / "plans" / "plan09_amira_haddad.txt"))
    rows = [f.to_json() for f in report.findings]
    assert len(rows) > 10
    for row in rows:
        assert len(row["basis_links"]) == len(row["basis"]) and all(row["basis_links"]), row
    assert basis_links(("SEND Code of Practice 9.69", "nowhere")) == [
        "https://www.gov.uk/government/publications/send-code-of-practice-0-to-25", None]


# ---------------------------------------------------------------- the token mechanism, on real packs

PACK = """\
pack: northmere
version: "1"
description: Fictional Northmere Council rules.
tokens:
  weekday: [monday, tuesday, wednesday, thursday, friday]
  weekday_plural: '{{weekday}}s?'
  only_some_days: 'on (?:some|certain) {{weekday_plural}}'
rules:
  - id: nm-some-days
    code: non_committal
    description: Provision on unnamed days of the week.
    patterns: ['\\b{{only_some_days}}\\b', '\\b\\d{2,3} minutes? on {{weekday}}s?\\b']
    exceptions: ['\\bon certain {{weekday}}s? and\\b']
    rewrite:
      - find: '\\bon (?:some|certain) '
        replace: 'on '
"""


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "northmere.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_tokens_expand_nested_and_as_groups(tmp_path):
    [rule] = load_pack(write(tmp_path, PACK)).rules
    some_days, minutes = (p.regex for p in rule.patterns)
    # a token is one group: the "s?" after {{weekday}} applies to every day, not to "friday" alone
    assert some_days.search("Swimming on some Tuesdays.").group() == "on some Tuesdays"
    assert some_days.search("Swimming on certain Friday mornings.").group() == "on certain Friday"
    assert not some_days.search("Swimming on Tuesday mornings.")
    # {2,3} is a regex quantifier, never a token
    assert minutes.search("45 minutes on Mondays").group() == "45 minutes on Mondays"
    assert not minutes.search("5 minutes on Mondays")
    assert rule.exceptions[0].search("on certain Mondays and Fridays")


def test_a_council_pack_with_tokens_runs_through_the_checker(tmp_path):
    plan = ("Section F: Special educational provision\n\n"
            "- Swimming with her TA on some Wednesdays, 30 minutes each time.\n")
    report = Checker(rule_packs=[write(tmp_path, PACK)]).check(load(plan.encode(), "plan.txt"))
    [f] = [f for f in report.findings if f.source.startswith("rule:northmere/")]
    assert (f.code, f.text) == ("non_committal", "on some Wednesdays")


@pytest.mark.parametrize("change,problem", [
    (("{{weekday}}s?\\b']", "{{weekdays}}s?\\b']"), "rule 1 ('nm-some-days') pattern: unknown token '{{weekdays}}'"),
    (("  weekday_plural: '{{weekday}}s?'", "  weekday_plural: '{{only_some_days}}s'"),
     "token cycle weekday_plural -> only_some_days -> weekday_plural"),
    (("  weekday_plural: '{{weekday}}s?'", "  weekday_plural: '{{day}}s'"),
     "token 'weekday_plural' uses unknown token 'day'"),
    (("    description: Provision on unnamed days of the week.\n", ""), "rule 1 ('nm-some-days'): missing 'description'"),
    (("'\\bon (?:some|certain) '", "'\\bon (?:some|certain|" + "x" * 110 + ") '"),
     "rule 1 ('nm-some-days') rewrite: regex of 133 characters is longer than 120"),
    (("monday, tuesday", "monday, " + "t" * 121), "token 'weekday': regex of 121 characters"),
])
def test_token_and_description_mistakes_are_load_errors_naming_file_and_rule(tmp_path, change, problem):
    old, new = change
    assert old in PACK
    path = write(tmp_path, PACK.replace(old, new))
    with pytest.raises(RulePackError) as err:
        load_pack(path)
    assert str(path) in str(err.value) and problem in str(err.value)


# ---------------------------------------------------------------- CoP 9.69 elements from data

def test_elements_come_from_data_compiled_once():
    compiled = patterns()
    assert compiled is patterns()
    assert set(compiled) == {*ELEMENTS_YAML["elements"]} and "named_programme" in compiled
    assert compiled["named_programme"].flags & re.IGNORECASE == 0
    assert all(p.flags & re.IGNORECASE for name, p in compiled.items() if name != "named_programme")


def test_find_elements_reads_a_full_provision():
    text = ("Three 20-minute sessions a week of Colourful Semantics with an HCPC-registered speech and language "
            "therapist, in a group of no more than 4 pupils, for the school year, reviewed termly.")
    el = find_elements(text)
    said = {name: [text[s:e] for s, e in getattr(el, name)] for name in el.present()}
    assert said["amount"][0] == "Three 20-minute sessions"
    assert "a week" in said["frequency"]
    assert said["staff"] == ["HCPC-registered speech and language therapist"]
    assert "group of no more than 4 pupils" in said["group"]
    assert said["duration"] == ["for the school year"] and said["review"] == ["reviewed"]
    assert "Colourful Semantics" in said["programme_content"]
    assert el.quantified


def test_named_programme_needs_capitals_and_short_acronyms_need_capitals():
    named = "Weekly Bright Stars Programme with her TA"
    assert [named[s:e] for s, e in find_elements(named).programme_content] == ["Weekly Bright Stars Programme"]
    assert not find_elements(named.lower()).programme_content
    assert find_elements("Daily check-in with her TA.").staff
    assert not find_elements("Daily check-in with her ta.").staff
