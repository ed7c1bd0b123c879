"""Judgement on wording the rules were not written for: outcomes and needs judged from their parts,
misspelt and abbreviated wording read as if spelt right, and G/H provision held to the same test."""
from __future__ import annotations

import pytest

import ingest
from nlp.checker import Checker
from nlp.needs import need_parts
from nlp.outcomes import outcome_parts
from nlp.spelling import normalise

HEAD = {"B": "Section B: Special educational needs", "E": "Section E: Outcomes",
        "F": "Section F: Special educational provision", "G": "Section G: Health provision",
        "H2": "Section H2: Other social care provision"}


@pytest.fixture(scope="module")
def checker():
    return Checker()


def codes(checker, section: str, sentence: str, before: str = "") -> set[str]:
    text = f"{HEAD[section]}\n{before}- {sentence}\n"
    doc = ingest.load(text.encode(), "plan.txt")
    at = doc.text.index(sentence)
    return {f.code for f in checker.check(doc).findings if f.start < at + len(sentence) and f.end > at}


@pytest.mark.parametrize("outcome", [
    "Develop her early reading skills.",
    "To increase Tariq's confidence in groups.",
    "Jonah is happy and settled in class.",
    "I will be more independent.",
    "Reduced anxiety at drop-off",
    "To prepare Mila for adult life.",
    "By the end of Year 9, Sami's writing will have improved.",
])
def test_outcomes_worded_as_hopes_are_not_smart(checker, outcome):
    assert "non_smart_outcome" in codes(checker, "E", outcome)


@pytest.mark.parametrize("outcome", [
    "By July 2028, Tariq will answer a question in a group of six on 4 out of 5 occasions.",
    "By the end of Year 12 I will travel to college by bus on my own every day.",
    "Within 12 months, Jonah will use his calm-down card without a prompt in 80% of lessons.",
    "Nadia will join a Saturday drama club and take part in its end-of-term show.",
])
def test_outcomes_with_a_time_and_a_measure_or_a_visible_act_pass(checker, outcome):
    assert "non_smart_outcome" not in codes(checker, "E", outcome)


def test_a_time_frame_in_the_heading_above_counts_for_the_outcomes_under_it(checker):
    assert "non_smart_outcome" in codes(checker, "E", "Ben will increase his reading fluency to 70 words a minute.")
    assert "non_smart_outcome" not in codes(checker, "E", "Ben will increase his reading fluency to 70 words a minute.",
                                            before="By the end of Key Stage 2:\n")


def test_outcome_parts_name_what_is_missing():
    parts = outcome_parts("To develop Leon's social skills.")
    assert not parts.smart and len(parts.missing) == 2
    assert outcome_parts("By Easter Leon will develop two new friendships, checked by his tutor.").smart


@pytest.mark.parametrize("need", ["Dyslexia.", "Speech, language and communication needs", "Fine motor skills"])
def test_bare_topics_and_diagnoses_in_b_are_vague(checker, need):
    assert "vague_need" in codes(checker, "B", need)


@pytest.mark.parametrize("need", [
    "Milo cannot hold a pencil for more than a minute.",
    "She finds joining in with group games very hard.",
    "Reading age 6y 4m at chronological age 9y 1m.",
    "He will lead an adult by the hand to show what he wants.",
])
def test_needs_that_describe_the_difficulty_pass(checker, need):
    assert "vague_need" not in codes(checker, "B", need)
    assert need_parts(need).difficulty or need_parts(need).level


@pytest.mark.parametrize("sentence, code", [
    ("Acess to a laptop for extended writing", "access_to"),
    ("Oppertunities to practise turn-taking", "opportunities_for"),
    ("Speach and langauge therapy to continue", "unquantified_therapy"),
    ("Physio as apropriate", "as_appropriate"),
    ("Freq. mvmt brks", "regular_unquantified"),
    ("Amount of 1:1 TBD by SENCo", "delegated_to_setting"),
])
def test_misspelt_and_abbreviated_wording_is_judged_as_if_spelt_right(checker, sentence, code):
    assert code in codes(checker, "F", sentence)


def test_corrected_findings_point_at_the_authors_own_words(checker):
    text = "Section F: Special educational provision\n- Wendy will have acess to a quite room.\n"
    doc = ingest.load(text.encode(), "plan.txt")
    (f,) = [f for f in checker.check(doc).findings if f.code == "access_to"]
    assert doc.text[f.start:f.end] == f.text and "acess to" in f.text


def test_real_words_are_not_corrected():
    for sentence in ["He reads quite well and won an award for sport.", "The school will decide who leads it.",
                     "Precision Teaching of sight words.",
                     "Frequency", "The program is funded termly."]:
        assert normalise(sentence).text == sentence


@pytest.mark.parametrize("section", ["G", "H2"])
def test_health_and_social_care_provision_is_held_to_the_same_test(checker, section):
    assert "as_required" in codes(checker, section, "Physiotherapy advice as and when required")
    assert codes(checker, section, "Dietetic review: 3 appointments of 30 minutes a year with the "
                                   "community dietitian") == set()


def test_a_bullet_that_names_a_section_title_is_an_item_not_a_heading(checker):
    text = ("Section H2: Other social care provision\n- Direct payment of £1,560 per year\n"
            "- Respite as needed\n")
    report = checker.check(ingest.load(text.encode(), "plan.txt"))
    assert [s["id"] for s in report.sections.to_json()] == ["H2"]
    assert {(f.section, f.code) for f in report.findings if f.start > 0} >= {("H2", "funding_not_provision"),
                                                                             ("H2", "as_required")}
