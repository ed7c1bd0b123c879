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
        with st.spinner("Reading and checking the plan…"):  # not the file name: spinner text is Markdown
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
    pick_codes = c[2].multiselect("Fault", codes, key="flt_code", placeholder="All faults",
                                  format_func=_title)
    pick_status = c[3].multiselect("Decision", ["open", "accepted", "dismissed"], key="flt_status",
                                   placeholder="Any decision")
    return set(pick_sections), set(pick_sev), set(pick_codes), set(pick_status)


def _title(code: str) -> str:
    return render.fault_title(code)


ORDERS = {"plan": "Where they are in the plan", "severity": "Severity, worst first", "section": "Section",
          "code": "Fault"}


def _ordered(findings: list, order: str) -> list[tuple[str, list]]:
    """Findings in the order the reviewer chose, as (group heading, findings) pairs; one unnamed group
    when they are in plan order."""
    if order == "plan":
        return [("", list(findings))]
    if order == "severity":
        def key(f):
            return render.SEVERITY_ORDER.index(f.severity) if f.severity in render.SEVERITY_ORDER else 9

        def name(f):
            return {"error": "Errors", "warning": "Warnings", "suggestion": "Suggestions"}.get(f.severity, f.severity)
    elif order == "section":
        rank = {s: i for i, s in enumerate(SECTION_IDS)}

        def key(f):
            return rank.get(f.section, len(rank)) if f.section else len(rank) + 1

        def name(f):
            return f"Section {f.section}" if f.section else "The plan as a whole"
    else:
        def key(f):
            return _title(f.code).lower()

        def name(f):
            return _title(f.code)
    groups: dict[str, list] = {}
    for f in sorted(findings, key=lambda f: (key(f), f.start)):  # stable: plan order inside each group
        groups.setdefault(name(f), []).append(f)
    return list(groups.items())


def _finding_card(n: int, f, doc, decisions: dict, sha: str) -> None:
    key = finding_key(f)
    line, col = doc.line_col(f.start)
    where = (f"Section {f.section}" if f.section else NO_SECTION) + (
        f", line {line}:{col}" if f.end > f.start else ", applies to the plan as a whole")
    body = [
        (f"<div><b class='sl-card-n'>{n}.</b> {render.severity_chip(f.severity)} <b>{render.esc(_title(f.code))}</b> "
         f"<span style='color:#4b5563'>· {render.esc(where)}</span> {render.code_tag(f.code)}</div>")]
    if f.text.strip():
        body.append(f"<div style='margin:0.3em 0'><q style='font-style:italic'>{render.esc(render.quote(f.text, 300))}"
                    "</q></div>")
    body.append(f"<div>{render.esc(f.message)}</div>")
    why = render.explanation_html(f)
    if why:
        body.append(why)
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
    st.html(provision_table_html(rows, doc, only_failing))


def provision_table_html(rows: list, doc, only_failing: bool = False) -> str:
    """The provision table as HTML that wraps to the page: every cell escaped, long text broken."""
    head = ["Item", "Line", "Provision", *(label for _, label in ELEMENT_COLUMNS), "Passes CoP 9.69"]
    body = []
    for n, p in enumerate(rows, 1):
        if only_failing and p.passes:
            continue
        cells = [str(n), str(doc.line_col(p.start)[0]), render.quote(p.text, 400)]
        for attr, _ in ELEMENT_COLUMNS:
            cells.append("✗ missing" if attr in p.missing else (getattr(p, attr) or ""))
        cells.append("yes" if p.passes else "no")
        tds = "".join(f"<td class='{'sl-missing' if c == '✗ missing' else ''}'>{render.esc(c)}</td>" for c in cells)
        body.append(f"<tr class='{'sl-pass' if p.passes else 'sl-fail'}'>{tds}</tr>")
    style = ("<style>.sl-prov{border-collapse:collapse;width:100%;table-layout:fixed;font-size:0.85em}"
             ".sl-prov th,.sl-prov td{border-bottom:1px solid #e5e7eb;padding:0.25em 0.4em;text-align:left;"
             "vertical-align:top;overflow-wrap:anywhere;word-break:break-word;white-space:normal}"
             ".sl-prov th{background:#f9fafb;position:sticky;top:0}"
             ".sl-prov col.sl-wide{width:24%}.sl-prov col.sl-narrow{width:3.5em}"
             ".sl-prov td.sl-missing{color:#b91c1c;font-weight:600}.sl-prov tr.sl-fail td:last-child{color:#b91c1c}"
             "</style>")
    cols = ("<colgroup><col class='sl-narrow'><col class='sl-narrow'><col class='sl-wide'>"
            + "<col>" * (len(ELEMENT_COLUMNS) + 1) + "</colgroup>")
    header = "<tr>" + "".join(f"<th>{render.esc(h)}</th>" for h in head) + "</tr>"
    return (f"{style}<div style='max-height:640px;overflow-y:auto'><table class='sl-prov'>{cols}"
            f"<thead>{header}</thead><tbody>{''.join(body)}</tbody></table></div>")


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
                           key="dl_docx", help=word_note, width="stretch")
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
        st.html(render.alert(result.error, "error"))  # the message names the file: shown as plain text
        return
    doc = result.doc
    # golden-thread suggestions are listed only on request: the matrix is that check's main output
    report = engine.visible_report(result.report, st.session_state.get("gt_findings", False))
    st.session_state["review_report"] = report  # what is shown and exported (tests read it)
    titles = taxonomy().sections
    decisions = _state_decisions(result.sha)

    st.html(render.heading(name))
    structure = getattr(report, "structure", None) or report.sections.structure()
    if not structure.recognised:
        st.html(render.alert(f"sendlens did not understand this plan's layout: {structure.reason}. Every "
                             "provision-like item was still checked, with its section unknown, so read the plan "
                             "yourself as well.", "warning"))
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
    order = st.selectbox("Order and group the findings by", list(ORDERS), key="flt_order",
                         format_func=ORDERS.get)
    st.caption(f"Showing {len(shown)} of {len(findings)} findings.")

    tab_names = ["Plan text", "Findings and decisions", "Provision table", "Sections"]
    has_thread = getattr(report, "golden_thread", None) is not None
    if has_thread:
        tab_names.append("Golden thread")
    tabs = st.tabs(tab_names)
    with tabs[1]:  # first, so the decisions made in this run are drawn in the text and exports
        if not shown:
            st.info("No findings match the filters.")
        for title, group in _ordered(shown, order):
            if title:
                st.html(f"<div class='sl-group' style='font-weight:700;font-size:1.05em;margin-top:0.6em'>"
                        f"{render.esc(title)} ({len(group)})</div>")
            for f in group:
                _finding_card(numbers[id(f)], f, doc, decisions, result.sha)
    with tabs[0]:
        st.html(render.legend_html())
        whole = [f for f in shown if f.end <= f.start]
        if whole:
            st.html(render.plain("About the plan as a whole: " + "; ".join(
                f"[{numbers[id(f)]}] {_title(f.code)}: {f.message}" for f in whole), small=True))
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
