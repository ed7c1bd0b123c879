"""Dispute timelines and mediation read from SEND Tribunal decisions.

Every decision below is fictional and written for these tests; no child, council, school or judge
is real.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import ingest
from nlp.timeline import DURATIONS, KINDS, MEDIATION_STATUSES, Span, Timeline, extract_timeline, find_dates

CORPUS = Path(__file__).resolve().parents[1] / "corpus_samples" / "decisions"


def check_offsets(text: str, tl: Timeline) -> None:
    for e in tl.events:
        assert 0 <= e.start < e.end <= len(text), e
        assert text[e.start:e.end] == e.text, e
        assert e.kind in KINDS
        date.fromisoformat(e.date)
    for s in tl.mediation.evidence:
        assert text[s.start:s.end] == s.text


def only(tl: Timeline, kind: str):
    ev = tl.event(kind)
    assert ev is not None, (kind, [(e.kind, e.text) for e in tl.events])
    return ev


# ------------------------------------------------------------------------------ a full timeline
FULL = """FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)

EH963/24/00418
Mrs V. Ashdown (Appellant) v Larkmoor Council (Respondent)

Heard on 3 October 2024 by video (CVP)

DECISION AND REASONS

1. This is an appeal against the decision of Larkmoor Council ("the LA") dated 8 August 2024 not to carry
out an EHC needs assessment of the child, P, who is six.

2. A mediation certificate was issued on 20 August 2024. The appeal was registered on 2 September 2024.

3. The appeal is allowed.

Tribunal Judge Q. Fenwright
Date of decision: 14 October 2024
"""


def test_full_timeline_dates_offsets_and_durations():
    tl = extract_timeline(FULL)
    check_offsets(FULL, tl)
    assert only(tl, "la_decision").date == "2024-08-08"
    assert only(tl, "la_decision").text == "8 August 2024"
    assert only(tl, "mediation_certificate").date == "2024-08-20"
    assert only(tl, "appeal_registered").date == "2024-09-02"
    assert only(tl, "hearing").date == "2024-10-03"
    assert only(tl, "decision").date == "2024-10-14"
    assert tl.durations == {
        "la_decision_to_hearing": 56,
        "registration_to_decision": 42,
        "la_decision_to_decision": 67,
        "registration_to_hearing": 31,
    }
    assert tl.basis["la_decision_to_hearing"] == ("la_decision", "hearing")
    assert tl.mediation.status == "declined"  # a certificate, and nothing says mediation happened
    assert tl.mediation.resolved is None
    # events come in date order
    assert [e.date for e in tl.events] == sorted(e.date for e in tl.events)


def test_to_json_round_trips_and_can_drop_evidence():
    tl = extract_timeline(FULL)
    out = json.loads(json.dumps(tl.to_json()))
    assert out["dates"]["hearing"] == "2024-10-03"
    assert out["durations"]["registration_to_hearing"] == 31
    assert out["duration_basis"]["registration_to_hearing"] == ["appeal_registered", "hearing"]
    assert out["mediation"]["status"] == "declined"
    ev = out["mediation"]["evidence"][0]
    assert FULL[ev["start"]:ev["end"]] == ev["text"]
    assert all(FULL[e["start"]:e["end"]] == e["text"] for e in out["events"])
    bare = tl.to_json(evidence=False)
    assert "start" not in bare["events"][0] and "evidence" not in bare["mediation"]
    assert set(bare["durations"]) == set(DURATIONS)


# ------------------------------------------------------------------------------ date styles
def _decision(hearing: str, la: str, decided: str) -> str:
    return (f"First-tier Tribunal (Special Educational Needs and Disability)\n\nMr K. Dunmore v Orrin Vale Council\n\n"
            f"Hearing: {hearing}\n\n1. The appellant appeals against the council's decision of {la} to refuse "
            f"to secure an EHC needs assessment.\n\n2. The appeal is allowed.\n\nJudge R. Tallis\nDated: {decided}\n")


@pytest.mark.parametrize("hearing,la,decided", [
    ("26 May 2022", "2 March 2022", "6 June 2022"),
    ("26/05/22", "02/03/22", "06/06/22"),
    ("26.05.2022", "02.03.2022", "06.06.2022"),
    ("the 26th of May 2022", "the 2nd of March 2022", "the 6th of June 2022"),
    ("26th May, 2022", "2nd March, 2022", "6th June, 2022"),
    ("May 26, 2022", "March 2, 2022", "June 6, 2022"),
    ("2022-05-26", "2022-03-02", "2022-06-06"),
    ("26th day of May 2022", "2nd day of March 2022", "6th day of June 2022"),
])
def test_date_styles(hearing, la, decided):
    text = _decision(hearing, la, decided)
    tl = extract_timeline(text)
    check_offsets(text, tl)
    h, l, d = only(tl, "hearing"), only(tl, "la_decision"), only(tl, "decision")
    assert (h.date, l.date, d.date) == ("2022-05-26", "2022-03-02", "2022-06-06")
    # the evidence is the date as written (without a leading "the")
    assert h.text == hearing.removeprefix("the ")
    assert l.text == la.removeprefix("the ")
    assert d.text == decided.removeprefix("the ")
    assert tl.durations["la_decision_to_hearing"] == 85
    assert tl.durations["la_decision_to_decision"] == 96
    assert tl.durations["registration_to_hearing"] is None


def test_find_dates_styles_and_ranges():
    text = "Heard on 4, 5 and 6 June 2024; then 3rd-4th May 2023; Year 4 and 5 June 2024; paragraph 4.3.12."
    got = [(text[m.start:m.end], m.iso, m.last and m.last[2]) for m in find_dates(text)]
    assert got == [("4, 5 and 6 June 2024", "2024-06-04", "2024-06-06"),
                   ("3rd-4th May 2023", "2023-05-03", "2023-05-04"),
                   ("5 June 2024", "2024-06-05", None)]


def test_incomplete_dates_give_no_event_and_unknown_durations():
    text = ("First-tier Tribunal (Special Educational Needs and Disability)\n\nMs F. Corby v Haddon Council\n\n"
            "1. The council decided in June not to amend the plan. The appeal was registered on 3 July. "
            "Mediation was considered in the summer of 2023.\n\n2. The appeal is dismissed.\n\n"
            "Tribunal Judge W. Prentice\n14 March 2024\n")
    tl = extract_timeline(text)
    check_offsets(text, tl)
    assert tl.event("la_decision") is None and tl.event("appeal_registered") is None
    assert only(tl, "decision").date == "2024-03-14"
    assert tl.event("hearing") is None
    assert all(v is None for v in tl.durations.values())
    assert tl.basis == {}
    assert [e.kind for e in tl.events] == ["decision"]


def test_no_registration_date_leaves_registration_durations_none():
    text = _decision("26 May 2022", "2 March 2022", "6 June 2022")
    tl = extract_timeline(text)
    assert tl.event("appeal_registered") is None
    assert tl.durations["registration_to_decision"] is None
    assert tl.durations["registration_to_hearing"] is None
    assert tl.durations["la_decision_to_decision"] == 96


# ------------------------------------------------------------------------------ kinds of event
def test_multi_day_hearing_and_listed_hearing_and_case_management():
    text = ("First-tier Tribunal (Special Educational Needs and Disability)\n\nEH964/24/00911\n"
            "Hearing: 11 and 12 February 2025, by video\n\n"
            "1. Ms P appeals against Sections B and F of the EHC plan finalised on 9 July 2024. "
            "Ms P appealed on 30 August 2024. At a case management hearing on 4 November 2024 directions were given. "
            "The hearing listed for 9 December 2024 was adjourned.\n\n"
            "2. At the annual review held on 14 March 2024 the school asked for more support.\n\n"
            "3. The appeal is allowed.\n\nTribunal Judge N. Ormesby\n24 February 2025\n")
    tl = extract_timeline(text)
    check_offsets(text, tl)
    hearing = only(tl, "hearing")
    assert (hearing.date, hearing.text) == ("2025-02-11", "11 and 12 February 2025")
    second = [e for e in tl.events if e.kind == "hearing" and not e.primary]
    assert [(e.date, e.text) for e in second] == [("2025-02-12", "12 February 2025")]
    assert only(tl, "hearing_listed").date == "2024-12-09"
    assert only(tl, "case_management").date == "2024-11-04"
    assert only(tl, "final_plan").date == "2024-07-09"
    assert only(tl, "appeal_registered").date == "2024-08-30"
    assert only(tl, "annual_review").date == "2024-03-14"
    assert only(tl, "decision").date == "2025-02-24"
    # a contents appeal: the decision under appeal is the plan as finalised
    assert tl.event("la_decision") is None
    assert tl.basis["la_decision_to_hearing"] == ("final_plan", "hearing")
    assert tl.durations["la_decision_to_hearing"] == (date(2025, 2, 11) - date(2024, 7, 9)).days
    assert tl.durations["registration_to_hearing"] == (date(2025, 2, 11) - date(2024, 8, 30)).days


def test_la_decided_on_and_received_by_tribunal_and_date_after_on():
    text = ("First-tier Tribunal (Special Educational Needs and Disability)\n\nMr T. Heddle v Brackwater Council\n\n"
            "1. After an assessment, the LA decided on 12 January 2024 not to issue an EHC plan. The appeal was "
            "received by the Tribunal on 1 March 2024.\n\n2. We heard the appeal on the papers. Heard on the papers "
            "on 20 June 2024.\n\n3. The appeal is dismissed.\n\nJudge O. Lisle\nDate of decision: 28 June 2024\n")
    tl = extract_timeline(text)
    check_offsets(text, tl)
    assert only(tl, "la_decision").date == "2024-01-12"
    assert only(tl, "appeal_registered").date == "2024-03-01"
    assert only(tl, "hearing").date == "2024-06-20"
    assert tl.durations["registration_to_decision"] == (date(2024, 6, 28) - date(2024, 3, 1)).days

    later = ("First-tier Tribunal (Special Educational Needs and Disability)\n\n1. On 29 July 2022 the council "
             "notified her that it would cease to maintain the plan.\n\nJudge O. Lisle\n9 November 2022\n")
    assert only(extract_timeline(later), "la_decision").date == "2022-07-29"


def test_decision_date_is_not_the_hearing_date_line():
    text = ("First-tier Tribunal (Special Educational Needs and Disability)\n\nDate of hearing: 29 April 2024\n\n"
            "1. The appeal is allowed.\n\nTribunal Judge A. Crane\n10 May 2024\n")
    tl = extract_timeline(text)
    assert only(tl, "hearing").date == "2024-04-29"
    assert only(tl, "decision").date == "2024-05-10"


def test_other_dates_are_not_events():
    text = ("First-tier Tribunal (Special Educational Needs and Disability)\n\nHeard on 5 May 2023\n\n"
            "1. A speech and language therapy report dated 11 December 2022 describes the child's needs. The "
            "respondent shall by 4pm on 24 May 2023 file the working document.\n\n"
            "Tribunal Judge L. Marsh\n12 May 2023\n")
    tl = extract_timeline(text)
    assert [e.kind for e in tl.events] == ["hearing", "decision"]


def test_upper_tribunal_first_tier_decision_is_not_the_la_decision():
    text = ("IN THE UPPER TRIBUNAL\nADMINISTRATIVE APPEALS CHAMBER\n\nUpper Tribunal Judge P. Quarry\n"
            "Decided on the papers on 19 September 2022\n\nDECISION\n\nThe appeal succeeds. The decision of the "
            "First-tier Tribunal dated 3 February 2022 involved the making of an error of law.\n")
    tl = extract_timeline(text)
    check_offsets(text, tl)
    assert tl.event("la_decision") is None
    assert only(tl, "ftt_decision").date == "2022-02-03"
    assert only(tl, "hearing").date == "2022-09-19"
    assert only(tl, "decision").date == "2022-09-19"


# ------------------------------------------------------------------------------ mediation
HEAD = "First-tier Tribunal (Special Educational Needs and Disability)\n\nMrs Y. Garrow v Pelham Council\n\n"
TAIL = "\n\nThe appeal is allowed.\n\nTribunal Judge H. Brill\n3 March 2025\n"


def test_mediation_took_place_and_what_it_resolved():
    text = (HEAD + "1. The appellants obtained a mediation certificate dated 15 July 2024. Mediation took place on "
            "6 August 2024. Mediation resolved the dispute about Section B, so only Section F remains in issue." + TAIL)
    tl = extract_timeline(text)
    check_offsets(text, tl)
    assert tl.mediation.status == "took_place"
    assert tl.mediation.resolved == "Mediation resolved the dispute about Section B, so only Section F remains in issue."
    assert only(tl, "mediation").date == "2024-08-06"
    assert only(tl, "mediation_certificate").date == "2024-07-15"
    assert any("Mediation took place" in s.text for s in tl.mediation.evidence)


@pytest.mark.parametrize("sentence", [
    "The parties attended mediation but could not agree.",
    "Following mediation, the dispute narrowed to Section F.",
    "Mediation took place but did not resolve matters.",
])
def test_mediation_took_place_phrasings(sentence):
    text = HEAD + "1. " + sentence + TAIL
    tl = extract_timeline(text)
    assert tl.mediation.status == "took_place"
    assert tl.mediation.evidence[0].text == sentence


def test_unresolved_mediation_has_no_resolution():
    text = HEAD + "1. Mediation took place on 6 August 2024 but did not resolve the dispute." + TAIL
    tl = extract_timeline(text)
    assert tl.mediation.status == "took_place"
    assert tl.mediation.resolved is None


@pytest.mark.parametrize("sentence", [
    "The appellant did not wish to mediate.",
    "A certificate was issued after the appellant decided not to pursue mediation.",
    "A mediation certificate was issued on 2 April 2024.",
])
def test_mediation_declined(sentence):
    text = HEAD + "1. " + sentence + TAIL
    tl = extract_timeline(text)
    check_offsets(text, tl)
    assert tl.mediation.status == "declined"
    assert tl.mediation.resolved is None
    assert tl.mediation.evidence and tl.mediation.evidence[0].text == sentence


def test_mediation_not_required_section_i_only():
    text = (HEAD + "1. Her parents appeal only against Section I of the plan finalised on 12 December 2023, which "
            "names Harrowfield Academy. They wish Section I to name Larchmere Hall School." + TAIL)
    tl = extract_timeline(text)
    assert tl.mediation.status == "not_required"
    assert "appeal only against Section I" in tl.mediation.evidence[0].text
    # the same facts with Section F also in dispute do need mediation information
    text2 = text.replace("appeal only against Section I", "appeal against Sections F and I")
    assert extract_timeline(text2).mediation.status == "not_stated"


def test_mediation_not_required_said_or_from_sections():
    text = HEAD + "1. Mediation was not required because the appeal concerns only the name of the school." + TAIL
    assert extract_timeline(text).mediation.status == "not_required"
    bare = HEAD + "1. Section I of the plan names no school and no type of school." + TAIL
    assert extract_timeline(bare).mediation.status == "not_stated"
    # the analyser's sections (passed by the caller) settle it
    found = extract_timeline(bare, sections=["I"]).mediation
    assert found.status == "not_required"


def test_mediation_not_stated_and_negations():
    assert extract_timeline(HEAD + "1. The LA refused to assess." + TAIL).mediation.status == "not_stated"
    text = HEAD + "1. No mediation took place; the appellant received mediation information only." + TAIL
    assert extract_timeline(text).mediation.status == "not_stated"


def test_span_unpacks_like_a_tuple():
    text = HEAD + "1. The appellant did not wish to mediate." + TAIL
    start, end, sent = extract_timeline(text).mediation.evidence[0]
    assert isinstance(extract_timeline(text).mediation.evidence[0], Span)
    assert text[start:end] == sent


# ------------------------------------------------------------------------------ bundled corpus
def _corpus():
    return sorted(p for p in CORPUS.glob("dec_*") if p.suffix in (".txt", ".docx", ".pdf"))


@pytest.fixture(scope="module")
def corpus_timelines():
    out = []
    for p in _corpus():
        text = ingest.load(p).text
        out.append((p.name, text, extract_timeline(text)))
    return out


def test_corpus_offsets_and_sanity(corpus_timelines):
    assert len(corpus_timelines) == 82
    statuses = set()
    for name, text, tl in corpus_timelines:
        check_offsets(text, tl)
        statuses.add(tl.mediation.status)
        dec = tl.event("decision")
        assert dec is not None, name
        limit = date.fromisoformat(dec.date).replace(year=int(dec.date[:4]) + 1) \
            if dec.date[5:] != "02-29" else date(int(dec.date[:4]) + 1, 3, 1)
        for e in tl.events:
            assert date.fromisoformat(e.date) <= limit, (name, e)
        for k, v in tl.durations.items():
            assert v is None or 0 <= v <= 3 * 365, (name, k, v)
        json.dumps(tl.to_json())
    assert statuses <= set(MEDIATION_STATUSES)
    assert {"took_place", "declined", "not_required", "not_stated"} <= statuses


def test_corpus_decision_dates_match_labels(corpus_timelines):
    import csv
    with open(CORPUS / "labels.tsv", encoding="utf-8") as fh:
        labels = {r["file"]: r["decision_date"] for r in csv.DictReader(fh, delimiter="\t")}
    wrong = [(n, tl.event("decision").date, labels[n]) for n, _, tl in corpus_timelines
             if tl.event("decision").date != labels[n]]
    assert not wrong
