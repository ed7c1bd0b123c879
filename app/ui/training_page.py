"""Training: every fault sendlens knows with flagged and passing examples and the fix, an exercise on
the project's labelled sentences, and a box to try your own wording against the checker."""
from __future__ import annotations

import secrets

import streamlit as st

from app.ui import engine, render, trainer

NONE_LABEL = "None: it is specific"


def _code_label(code: str) -> str:
    return render.fault_title(code)


def _codes_html(codes) -> str:
    """Fault names for a person, each with its code in the analysts' code element."""
    codes = sorted(set(codes), key=render.fault_title)
    return ", ".join(f"{render.esc(render.fault_title(c))} {render.code_tag(c)}" for c in codes)


def _example_rows(examples: list, flagged: bool, code: str) -> str:
    rows = []
    for ex in examples:
        hit = code in ex.codes
        ok = hit if flagged else not hit
        how = ex.how.get(code, "")
        verdict = (f"flagged ({how})" if hit and how else "flagged" if hit else "not flagged")
        if not ok:
            verdict += " — the rule pack expects " + ("a flag" if flagged else "a pass")
        others = [c for c in ex.codes if c != code]
        extra = f"<br><small>also reported: {_codes_html(others)}</small>" if others else ""
        rewrite = (f"<br><small><b>Rewrite template:</b> {render.esc(ex.rewrite)}</small>"
                   if flagged and ex.rewrite else "")
        note = f"<br><small>{render.esc(ex.note)}</small>" if ex.note else ""
        colour = "#166534" if ok else "#92400e"
        rows.append(f"<li><q>{render.esc(ex.text)}</q> <small style='color:{colour}'>sendlens: {verdict}</small>"
                    f"{extra}{note}{rewrite}</li>")
    return "<ul style='margin-top:0.2em'>" + "".join(rows) + "</ul>"


def _gallery() -> None:
    st.write("Every fault sendlens reports, what it means, the law behind it and how to fix it, with examples it "
             "must flag and wording it must let pass (from the rule packs, run through the checker).")
    entries = trainer.gallery()
    c = st.columns([3, 2])
    query = c[0].text_input("Search faults", key="gal_query", placeholder="e.g. access, therapy, outcome")
    families = c[1].multiselect("Family", list(trainer.FAMILY_TITLES), key="gal_family", placeholder="All families",
                                format_func=lambda f: trainer.FAMILY_TITLES.get(f, f))
    q = query.strip().lower()
    shown = [e for e in entries
             if (not families or e.fault.family in families)
             and (not q or q in " ".join([e.fault.code, e.fault.title, e.fault.message, e.fault.suggestion, *e.fault.basis]).lower()
                  or any(q in x.text.lower() for x in e.flagged + e.passing + e.labelled))]
    st.caption(f"{len(shown)} of {len(entries)} faults.")
    for family, title in trainer.FAMILY_TITLES.items():
        group = [e for e in shown if e.fault.family == family]
        if not group:
            continue
        st.subheader(title)
        for e in group:
            with st.expander(f"{e.fault.title}  ·  {e.fault.severity}"):
                parts = [f"<div>{render.severity_chip(e.fault.severity)} {render.code_tag(e.fault.code)}</div>",
                         f"<p>{render.esc(e.fault.message)}</p>",
                         f"<p><b>Fix:</b> {render.esc(e.fault.suggestion)}</p>",
                         f"<p><b>Law:</b> {render.esc('; '.join(e.fault.basis))}</p>"]
                if e.rules:
                    parts.append(f"<p><small>Rule(s): {render.esc(', '.join(e.rules))}</small></p>")
                else:
                    parts.append("<p><small>Found by the checker's own logic (CoP 9.69 elements or plan "
                                 "structure), not a pack rule.</small></p>")
                if e.flagged:
                    parts.append("<b>Flagged</b>" + _example_rows(e.flagged, True, e.fault.code))
                if e.passing:
                    parts.append("<b>Passes</b>" + _example_rows(e.passing, False, e.fault.code))
                if e.labelled:
                    parts.append("<b>From the project's labelled sentences</b>"
                                 + _example_rows(e.labelled, True, e.fault.code))
                st.html("".join(parts))


def _exercise() -> None:
    st.write("Read the sentence, tick the faults you see (or none), then compare with the label and with sendlens.")
    item_seed = st.query_params.get("seed")
    if "ex_seed" not in st.session_state:
        st.session_state["ex_seed"] = int(item_seed) if item_seed and item_seed.isdigit() else secrets.randbelow(2**31)
    st.session_state.setdefault("ex_round", 0)
    item = trainer.exercise_item(st.session_state["ex_seed"], st.session_state["ex_round"])
    if item is None:
        st.info("The labelled sentences (models/data/provisions.tsv) are not on this server.")
        return
    rnd = st.session_state["ex_round"]
    st.write(f"Sentence {rnd + 1}, from Section {item.get('section') or 'F'} of a plan:")
    st.html(f"<blockquote style='font-size:1.1em;border-left:4px solid #6366f1;padding-left:0.8em'>"
            f"{render.esc(item['text'])}</blockquote>")
    codes = trainer.exercise_choices()  # faults of one sentence only, never whole-plan ones
    picks = st.multiselect("Which faults do you see?", codes, key=f"ex_picks_{rnd}", format_func=_code_label,
                           placeholder="Tick every fault you see")
    none = st.checkbox(NONE_LABEL, key=f"ex_none_{rnd}")
    c = st.columns([1, 1, 4])
    if c[0].button("Check my answer", key="ex_check", type="primary", disabled=not picks and not none):
        st.session_state["ex_answer"] = {"round": rnd, "picks": list(picks), "none": bool(none)}
    if c[1].button("Next sentence", key="ex_next"):
        st.session_state["ex_round"] = rnd + 1
        st.session_state.pop("ex_answer", None)
        st.rerun()
    answer = st.session_state.get("ex_answer")
    if not answer or answer["round"] != rnd:
        return
    correct, why = trainer.mark(item, answer["picks"], answer["none"])
    st.html(render.alert(why, "success" if correct else "error"))
    fault = item.get("fault")
    label = (f"<b>Labelled answer:</b> {render.esc(item['label'])}"
             + (f", {render.esc(_code_label(fault))} {render.code_tag(fault)}" if fault else "")
             + (" (a hard case)" if item.get("hard") else ""))
    st.html(f"<div class='sl-answer'>{label}</div>")
    st.html(f"<div class='sl-explain'>{trainer.explanation_html(item)}</div>")
    _show_check(engine.check_sentence(item["text"], item.get("section") or "F"), "sendlens on this sentence")


def _show_check(checked: engine.SentenceCheck, heading: str) -> None:
    st.html(f"<div class='sl-verdict'><b>{render.esc(heading)}:</b> "
            + (_codes_html(f.code for f in checked.findings) or "no findings") + "</div>")
    numbers = {id(f): n for n, f in enumerate(checked.findings, 1)}
    st.html(render.highlight_html(checked.sentence, checked.findings, numbers, height=None))
    for n, f in enumerate(checked.findings, 1):
        extra = f"<br><b>Rewrite:</b> {render.esc(f.rewrite)}" if f.rewrite else ""
        st.html(f"<div style='margin:0.2em 0 0.6em 0'><b>[{n}]</b> {render.severity_chip(f.severity)} "
                f"<b>{render.esc(render.fault_title(f.code))}</b> {render.code_tag(f.code)} "
                f"{render.esc(f.message)}{render.explanation_html(f)}<br><b>Fix:</b> "
                f"{render.esc(f.suggestion)}<br><b>Law:</b> {render.esc('; '.join(f.basis))}{extra}</div>")
    p = checked.provision
    if p is not None:
        cells = []
        for attr, label in (("amount", "how much"), ("frequency", "how often"), ("duration", "for how long"),
                            ("staff", "who"), ("qualification", "their training"), ("group_size", "group size"),
                            ("where", "where / when"), ("review", "review")):
            value = getattr(p, attr)
            mark = "✗ missing" if attr in p.missing else (value or "—")
            cells.append(f"<tr><th style='text-align:left;padding-right:1em'>{label}</th>"
                         f"<td>{render.esc(mark)}</td></tr>")
        verdict = "passes" if p.passes else "fails"
        if p.passes and any(f.severity == "error" for f in checked.findings):
            verdict += " on its elements, but a wording error above still makes it unenforceable"
        st.html(f"<div><b>CoP 9.69 test:</b> {verdict}<table style='font-size:0.9em'>{''.join(cells)}</table></div>")
    if not any(f.rewrite for f in checked.findings) and checked.findings and checked.section == "F":
        st.html(render.plain("Rewrite template: " + (trainer.rewrite_for(checked) or ""), small=True))


def _try_own() -> None:
    st.write("Type a provision as you would write it in a plan. sendlens checks it as a bullet in the section you "
             "choose (Section F unless you say otherwise).")
    c = st.columns([4, 1])
    text = c[0].text_area("Your wording", key="own_text", height=90,
                          placeholder="e.g. Ava will have access to speech and language therapy as required.")
    section = c[1].selectbox("Section", ["F", "B", "E", "G", "H1", "H2", "I"], key="own_section")
    if not text.strip():
        return
    if len(text) > 5000:
        st.warning("Please check one provision at a time (up to 5,000 characters).")
        return
    _show_check(engine.check_sentence(text, section), "sendlens")


def render_page() -> None:
    st.title("Training")
    tabs = st.tabs(["Fault gallery", "Exercise", "Try your own wording"])
    with tabs[0]:
        _gallery()
    with tabs[1]:
        _exercise()
    with tabs[2]:
        _try_own()


if __name__ == "__main__":  # run as a page by st.navigation
    render_page()
