"""Review a draft: upload a plan (or open a bundled sample), see the scorecard, every finding marked
in the text with why, the law, a fix and a rewrite, accept or dismiss each one, and download the
plan back with Word comments, the findings as CSV or JSON, and a printable summary.

The upload is read from memory (`ingest.load(bytes, filename)`) and never written to disk; the
plan, its report and the reviewer's decisions live only in this session's state.
"""
from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from app.annotate import finding_key
from app.ui import engine, exports, render
from nlp.sections import SECTION_IDS
from nlp.taxonomy import taxonomy

DECISION_OPTIONS = ("open", "accept", "dismiss")
_STATUS = {"accept": "accepted", "dismiss": "dismissed"}
_OPTION = {"accepted": "accept", "dismissed": "dismiss"}
NO_SECTION = "whole plan"
ELEMENT_COLUMNS = [("amount", "Amount"), ("frequency", "Frequency"), ("duration", "Duration"), ("staff", "Staff"),
                   ("qualification", "Qualification"), ("group_size", "Group size"), ("where", "Where / when"),
                   ("review", "Review")]


def _state_decisions(sha: str) -> dict:
    """This plan's decisions in this session: {finding_key: {"status", "reason"}}."""
    store = st.session_state.setdefault("review_decisions", {})
    return store.setdefault(sha, {})


def _source() -> tuple[bytes, str] | None:
    top = st.columns([3, 2])
    with top[0]:
        upload = st.file_uploader(
            "Upload a plan: PDF, Word (.docx), TXT or Markdown",
            type=engine.PLAN_TYPES, max_upload_size=engine.MAX_UPLOAD_MB, key="plan_upload",
            help=f"Up to {engine.MAX_UPLOAD_MB} MB. The file is read in memory on this server and never saved.")
        st.caption(f"Files up to {engine.MAX_UPLOAD_MB} MB. Nothing you upload is written to disk or sent anywhere.")
    samples = engine.sample_plans()
    with top[1]:
        names = ["(none)"] + [p.name for p in samples]
        pick = st.selectbox("…or open a bundled sample plan (fictional)", names, key="plan_sample",
                            disabled=not samples,
                            help="Nine invented plans in DOCX, PDF and TXT, classic and per-area layouts.")
    if upload is not None:
        return upload.getvalue(), upload.name
    if pick and pick != "(none)":
        path = next(p for p in samples if p.name == pick)
        return path.read_bytes(), path.name
    return None


def _current(data: bytes, name: str) -> engine.PlanResult:
    sha = engine.sha256(data)
    result = st.session_state.get("review_plan")
    if result is None or result.sha != sha or result.filename != name:
        with st.spinner(f"Reading and checking {name}…"):
            result = engine.review_plan(data, name)
        st.session_state["review_plan"] = result  # only the current plan is kept
        st.session_state.pop("review_exports", None)
    return result


def _scorecard(report, titles: dict) -> None:
    card = report.scorecard()
    counts = report.counts()
    cols = st.columns(5)
    cols[0].html(f"<div style='font-size:0.875rem'>Overall</div><div style='font-size:1.6rem'>"
                 f"{render.grade_chip(card.grade)}</div><div style='font-size:0.8rem;color:#4b5563'>"
                 f"{render.esc(card.rule)}</div>")
    ef = "n/a" if card.enforceability is None else f"{card.enforceability:.0%}"
    cols[1].metric("Section F enforceability", ef,
                   help=f"Share of the {card.provision_items} Section F provision items that pass the CoP 9.69 "
                        "test (specified, quantified, delivered by a named role) and carry no wording error.")
    cols[2].metric("Errors", counts["error"])
    cols[3].metric("Warnings", counts["warning"])
    cols[4].metric("Suggestions", counts["suggestion"])
    st.html(render.scorecard_strip(card, titles))
    with st.expander("Scorecard by section: grades, counts and the rule behind each grade"):
        st.html(render.scorecard_html(card, titles))


def _filters(findings: list) -> tuple[set, set, set, set]:
    def sect(f):
        return f.section or NO_SECTION

    present = {sect(f) for f in findings}
    sections = [s for s in SECTION_IDS if s in present] + sorted(present - set(SECTION_IDS))
    severities = [s for s in render.SEVERITY_ORDER if any(f.severity == s for f in findings)]
    codes = sorted({f.code for f in findings})
    c = st.columns(4)
    pick_sections = c[0].multiselect("Section", sections, key="flt_section", placeholder="All sections")
    pick_sev = c[1].multiselect("Severity", severities, key="flt_severity", placeholder="All severities")
    pick_codes = c[2].multiselect("Fault code", codes, key="flt_code", placeholder="All codes",
                                  format_func=lambda code: f"{code} ({_title(code)})")
    pick_status = c[3].multiselect("Decision", ["open", "accepted", "dismissed"], key="flt_status",
                                   placeholder="Any decision")
    return set(pick_sections), set(pick_sev), set(pick_codes), set(pick_status)


def _title(code: str) -> str:
    fault = taxonomy().faults.get(code)
    return fault.title if fault else code


def _finding_card(n: int, f, doc, decisions: dict, sha: str) -> None:
    key = finding_key(f)
    line, col = doc.line_col(f.start)
    where = (f"Section {f.section}" if f.section else NO_SECTION) + (
        f", line {line}:{col}" if f.end > f.start else ", applies to the plan as a whole")
    body = [
        (f"<div><b>{n}.</b> {render.severity_chip(f.severity)} <code>{render.esc(f.code)}</code> "
         f"<b>{render.esc(_title(f.code))}</b> <span style='color:#4b5563'>· {render.esc(where)}</span></div>")]
    if f.text.strip():
        body.append(f"<div style='margin:0.3em 0'><q style='font-style:italic'>{render.esc(render.quote(f.text, 300))}"
                    "</q></div>")
    body.append(f"<div>{render.esc(f.message)}</div>")
    body.append(f"<div><b>Law:</b> {render.esc('; '.join(f.basis))}</div>")
    body.append(f"<div><b>Fix:</b> {render.esc(f.suggestion)}</div>")
    if f.rewrite:
        body.append(f"<div><b>Rewrite:</b> <span style='background:#f0fdf4;padding:0 0.3em'>"
                    f"{render.esc(f.rewrite)}</span></div>")
    body.append(f"<div style='color:#6b7280;font-size:0.8em'>source {render.esc(f.source)}"
                f"{'' if f.score >= 1 else f', score {f.score:.2f}'}</div>")
    current = decisions.get(key) or {}
    with st.container(border=True):
        left, right = st.columns([5, 2])
        left.html("".join(body))
        with right:
            choice = st.radio("Decision", DECISION_OPTIONS, key=f"dec::{sha[:16]}::{key}", horizontal=True,
                              index=DECISION_OPTIONS.index(_OPTION.get(current.get("status"), "open")))
            reason = ""
            if choice == "dismiss":
                reason = st.text_input("Reason for dismissing", value=current.get("reason", ""),
                                       key=f"why::{sha[:16]}::{key}", placeholder="e.g. a term of art here")
    if choice == "open":
        decisions.pop(key, None)
    else:
        decisions[key] = {"status": _STATUS[choice], "reason": reason.strip()}


def _provision_table(report) -> None:
    rows = report.provisions
    if not rows:
        st.info("No Section F provision items were found.")
        return
    doc = report.document
    passing = sum(1 for p in rows if p.passes)
    st.write(f"{len(rows)} Section F provision items; {passing} pass the CoP 9.69 test (specified, quantified and "
             "delivered by a named role). A missing element is marked ✗.")
    only_failing = st.toggle("Only items that fail", key="prov_failing")
    table = []
    for n, p in enumerate(rows, 1):
        if only_failing and p.passes:
            continue
        rec = {"Item": n, "Line": doc.line_col(p.start)[0], "Provision": render.quote(p.text, 400)}
        for attr, label in ELEMENT_COLUMNS:
            value = getattr(p, attr)
            rec[label] = "✗ missing" if attr in p.missing else value
        rec["Missing"] = ", ".join(p.missing)
        rec["Passes CoP 9.69"] = bool(p.passes)
        table.append(rec)
    st.dataframe(pd.DataFrame(table), hide_index=True, key="prov_table",
                 column_config={"Provision": st.column_config.TextColumn(width="large"),
                                "Passes CoP 9.69": st.column_config.CheckboxColumn()})


def _sections(report, titles: dict) -> None:
    sm = report.sections
    doc = report.document
    card = {s.section: s for s in report.scorecard().sections}
    st.write(f"Layout: **{sm.layout}**; plan status: **{report.status or 'not stated'}**; sections found: "
             f"**{' '.join(sm.present) or 'none'}**.")
    if sm.missing:
        st.warning("Missing sections: " + ", ".join(sm.missing))
    if sm.merged:
        st.warning("Merged sections: " + "; ".join("+".join(g) for g in sm.merged))
    table = []
    for span in sm.to_json():
        sid = span["id"]
        n = sum(1 for f in report.findings if f.section == sid)
        table.append({"Section": sid, "Heading found": span.get("title", ""),
                      "Expected": titles.get(sid, ""), "Line": doc.line_col(span["start"])[0],
                      "Characters": span["end"] - span["start"], "Findings": n,
                      "Grade": card[sid].grade if sid in card else ""})
    st.dataframe(pd.DataFrame(table), hide_index=True, key="sections_table")


def _golden_thread(report) -> None:
    """Each Section B need against its best-matching Section F provision and Section E outcome."""
    gt = getattr(report, "golden_thread", None)
    try:
        if callable(gt):
            gt = gt()
        if gt is None:
            st.info("No golden thread: the plan needs both Section B needs and Section F provision.")
            return
        if not hasattr(gt, "needs"):  # an unknown shape: show what there is
            st.write(gt.to_json() if hasattr(gt, "to_json") else gt)
            return
        n_thread = sum(1 for f in report.findings if engine.is_thread_finding(f))
        st.toggle(f"List the golden-thread suggestions with the findings ({n_thread})", key="gt_findings",
                  help="Needs with no matching provision and provision with no matching need. Off by default: the "
                       "matcher's precision on the project's labelled plans is low (models/cards/golden_thread.md), "
                       "so read the matrix and judge each link.")
        covered = len(gt.needs) - len(gt.uncovered)
        st.write(f"**{covered} of {len(gt.needs)}** needs in Section B have matching provision in Section F "
                 f"(matched by {gt.method}, threshold {gt.threshold:.2f}). A need with nothing near it is a gap.")
        rows = []
        for n in gt.needs:
            best_p = n.provision[0] if n.provision else None
            best_o = n.outcomes[0] if n.outcomes else None
            rows.append({"Covered": "✓" if n.covered else "GAP", "Need (Section B)": render.quote(n.text, 300),
                         "Area": n.area or "", "About": ", ".join(n.concepts),
                         "Best provision (Section F)": render.quote(best_p.text, 300) if best_p else "—",
                         "F score": best_p.score if best_p else None,
                         "Best outcome (Section E)": render.quote(best_o.text, 300) if best_o else "—",
                         "E score": best_o.score if best_o else None})
        st.dataframe(pd.DataFrame(rows), hide_index=True, key="thread_table",
                     column_config={"Need (Section B)": st.column_config.TextColumn(width="large"),
                                    "Best provision (Section F)": st.column_config.TextColumn(width="large"),
                                    "Best outcome (Section E)": st.column_config.TextColumn(width="medium")})
        if gt.orphan_provision:
            with st.expander(f"Section F provision with no matching need ({len(gt.orphan_provision)})"):
                st.html(render.bullet_list(render.quote(m.text, 300) for m in gt.orphan_provision))
    except Exception as err:  # noqa: BLE001 - the matrix is new; a fault in it must not hide the rest of the review
        engine.log.exception("golden thread failed")
        st.warning(f"The golden-thread matrix could not be shown ({type(err).__name__}).")


def _downloads(result: engine.PlanResult, report, decisions: dict, titles: dict) -> None:
    include = not st.session_state.get("exp_leave_out_dismissed", False)
    sig = (result.sha, json.dumps(decisions, sort_keys=True), include, len(report.findings))
    cached = st.session_state.get("review_exports")
    if not cached or cached.get("sig") != sig:
        with st.spinner("Preparing the downloads…"):
            cached = {
                "sig": sig, "sha": result.sha,
                "docx": exports.annotated_docx(result.data, report, decisions, include_dismissed=include),
                "docx_name": exports.export_name(result.filename, "_sendlens.docx"),
                "csv": exports.findings_csv(report, decisions),
                "json": exports.findings_json(report, decisions),
                "html": exports.summary_html(report, decisions, titles),
            }
        st.session_state["review_exports"] = cached
    with st.sidebar:
        st.subheader("Download")
        word_note = ("your Word file with a comment on each finding" if report.document.format == "docx"
                     else "a Word copy of the plan with a comment on each finding")
        st.download_button("Annotated Word file", cached["docx"], file_name=cached["docx_name"], on_click="ignore",
                           mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           key="dl_docx", icon=":material/description:", help=word_note, width="stretch")
        st.checkbox("Leave dismissed findings out of the Word file", key="exp_leave_out_dismissed")
        st.download_button("Findings (CSV)", cached["csv"], on_click="ignore", mime="text/csv", key="dl_csv",
                           file_name=exports.export_name(result.filename, "_findings.csv"), width="stretch")
        st.download_button("Findings (JSON)", cached["json"], on_click="ignore", mime="application/json",
                           key="dl_json", file_name=exports.export_name(result.filename, "_findings.json"),
                           width="stretch")
        st.download_button("Printable summary (HTML)", cached["html"], on_click="ignore", mime="text/html",
                           key="dl_html", file_name=exports.export_name(result.filename, "_summary.html"),
                           width="stretch")
        st.caption("Every download carries your accept / dismiss decisions and reasons.")


def render_page() -> None:
    st.title("Review a draft plan")
    st.write("sendlens points at every passage of an EHC plan that is not specified and quantified "
             "(SEND Code of Practice 9.69), says why, cites the law and shows a fix. You decide which findings stand.")
    source = _source()
    if source is None:
        st.info("Upload a plan or pick a bundled sample to start.")
        return
    data, name = source
    result = _current(data, name)
    if result.error:
        st.error(result.error, icon=":material/error:")
        return
    doc = result.doc
    # golden-thread suggestions are listed only on request: the matrix is that check's main output
    report = engine.visible_report(result.report, st.session_state.get("gt_findings", False))
    st.session_state["review_report"] = report  # what is shown and exported (tests read it)
    titles = taxonomy().sections
    decisions = _state_decisions(result.sha)

    st.subheader(name)
    structure = getattr(report, "structure", None) or report.sections.structure()
    if not structure.recognised:
        st.error(f"sendlens did not understand this plan's layout: {structure.reason}. Every provision-like item "
                 "was still checked, with its section unknown, so read the plan yourself as well.",
                 icon=":material/warning:")
    st.caption(f"{doc.format.upper()}, {doc.pages} page(s), {report.sections.layout} layout, "
               f"status {report.status or 'not stated'}, {len(report.findings)} findings.")
    _scorecard(report, titles)

    findings = report.findings
    numbers = {id(f): n for n, f in enumerate(findings, 1)}
    sections, severities, codes, statuses = _filters(findings)

    def status_of(f):
        return (decisions.get(finding_key(f)) or {}).get("status", "open")

    shown = [f for f in findings
             if (not sections or (f.section or NO_SECTION) in sections)
             and (not severities or f.severity in severities)
             and (not codes or f.code in codes)
             and (not statuses or status_of(f) in statuses)]
    st.caption(f"Showing {len(shown)} of {len(findings)} findings.")

    tab_names = ["Plan text", "Findings and decisions", "Provision table", "Sections"]
    has_thread = getattr(report, "golden_thread", None) is not None
    if has_thread:
        tab_names.append("Golden thread")
    tabs = st.tabs(tab_names)
    with tabs[1]:  # first, so the decisions made in this run are drawn in the text and exports
        if not shown:
            st.info("No findings match the filters.")
        for f in shown:
            _finding_card(numbers[id(f)], f, doc, decisions, result.sha)
    with tabs[0]:
        st.html(render.legend_html())
        whole = [f for f in shown if f.end <= f.start]
        if whole:
            st.caption("About the plan as a whole: " + "; ".join(
                f"[{numbers[id(f)]}] {f.code}: {f.message}" for f in whole))
        windows = None
        if sections and not sections - set(SECTION_IDS):  # show only the chosen sections' text
            windows = [(sp.start, sp.end, f"Section {sp.section}" + (f" · {sp.area}" if sp.area else ""))
                       for sp in report.sections.spans
                       if sp.section in sections]
        st.html(render.highlight_html(doc.text, shown, numbers, decisions=decisions, key_of=finding_key,
                                      windows=windows))
    with tabs[2]:
        _provision_table(report)
    with tabs[3]:
        _sections(report, titles)
    if has_thread:
        with tabs[4]:
            _golden_thread(result.report)
    _downloads(result, report, decisions, titles)


if __name__ == "__main__":  # run as a page by st.navigation
    render_page()
