"""Disputes dashboard: what SEND Tribunal decisions are about, how they end, which drafting faults
the tribunal found and how long appeals take, from a `sendlens batch` results store.

By default the bundled fictional decisions (analysed once, and cached on disk keyed by their
hashes); or an uploaded store (.duckdb, .jsonl, or the Parquet tables); or, when the server sets
SENDLENS_STORE_DIR, a store inside that one folder, typed by name. Every name and message that comes
from a file is shown as plain text.
"""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from app import drivers as dr
from app.ui import disputes, engine, render

SOURCES = ("Bundled sample decisions", "A results store on this server", "Upload a results store")


def _sources() -> list[str]:
    """The path box only when the server names a folder for it (off by default)."""
    return [s for s in SOURCES if s != SOURCES[1] or engine.store_folder() is not None]


# ---------------------------------------------------------------- loading a store

def _tables_from_upload(files) -> dict:
    """A store from uploaded bytes: a .jsonl journal, the Parquet tables, or a .duckdb file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from app import store

    by_suffix: dict[str, list] = {}
    for f in files:
        by_suffix.setdefault(Path(f.name).suffix.lower(), []).append(f)
    if ".jsonl" in by_suffix:
        records = store.parse_journal(by_suffix[".jsonl"][0].getvalue().decode("utf-8", errors="replace").splitlines())
        if not records:
            raise ValueError(f"{by_suffix['.jsonl'][0].name}: no JSON records found.")
        tables = store.rows(records)
        return {name: pa.Table.from_pylist(tables[name]) for name in store.TABLES}
    if ".parquet" in by_suffix:
        out = {}
        for f in by_suffix[".parquet"]:
            for name in store.TABLES:
                if name in Path(f.name).stem:
                    out[name] = pq.read_table(io.BytesIO(f.getvalue()))
        if "documents" not in out:
            raise ValueError("Upload the documents table (…documents.parquet), and the labels table "
                             "(…labels.parquet) to see labels and evidence.")
        out.setdefault("labels", pa.table({"path": pa.array([], pa.string())}))
        out.setdefault("findings", pa.table({"path": pa.array([], pa.string())}))
        return out
    if ".duckdb" in by_suffix:
        # DuckDB reads only from a file: use memory-backed /dev/shm where there is one, delete at once.
        shm = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
        with tempfile.TemporaryDirectory(prefix="sendlens-store-", dir=shm) as tmp:
            path = Path(tmp) / "upload.duckdb"
            path.write_bytes(by_suffix[".duckdb"][0].getvalue())
            os.chmod(path, 0o600)
            return engine.read_store(path)
    raise ValueError("Upload a .duckdb file, a .jsonl journal, or the .parquet tables written by `sendlens batch`.")


def _tables_from_path(raw: str) -> dict:
    """A store inside the configured folder; anything else is refused without saying what exists."""
    folder = engine.store_folder()
    if folder is None:
        raise ValueError("Opening stores by path is switched off on this server.")
    name = raw.strip().strip('"')
    path = (folder / name).resolve()
    if path != folder and folder not in path.parents:
        raise ValueError(f"{name}: only stores inside the folder this server allows can be opened; give a name "
                         "relative to it.")
    if path.name.endswith(("_documents.parquet", "_labels.parquet", "_findings.parquet")):
        path = path.with_name(path.name.rsplit("_", 1)[0] + ".parquet")
    elif path.name in ("documents.parquet", "labels.parquet", "findings.parquet"):
        path = path.parent
    if path.suffix not in (".duckdb", ".jsonl", ".parquet", ""):
        raise ValueError(f"{raw}: a results store ends in .duckdb, .jsonl or .parquet (or is a Parquet folder).")
    if path.suffix in (".duckdb", ".jsonl") and not path.is_file():
        raise ValueError(f"{raw}: no such file on this server.")
    if path.suffix == "" and not path.is_dir():
        raise ValueError(f"{raw}: no such folder on this server.")
    return engine.read_store(path)


def _store() -> tuple[dict | None, str]:
    choice = st.radio("Results store", _sources(), horizontal=True, key="dash_source",
                      help="A store is what `sendlens batch DECISIONS/ --out results.duckdb` writes.")
    if choice == SOURCES[0]:
        tables = engine.sample_decision_tables()
        if tables is None:
            st.warning("The bundled sample decisions (corpus_samples/decisions) are not on this server; "
                       "load a results store instead.")
            return None, ""
        return tables, "the bundled fictional decisions (corpus_samples/decisions), analysed once and cached"
    if choice == SOURCES[1]:
        raw = st.text_input("Name of a store in the server's store folder", key="dash_path",
                            placeholder="results.duckdb, results.jsonl, results.parquet or a Parquet folder")
        if not raw.strip():
            st.info("Type the name of a store written by `sendlens batch` into the folder this server allows.")
            return None, ""
        cached = st.session_state.get("dash_path_store")
        if not cached or cached[0] != raw:
            try:
                with st.spinner("Reading the store…"):
                    cached = (raw, _tables_from_path(raw))
            except Exception as err:  # noqa: BLE001 - a bad path, or a store another process is writing
                st.html(render.alert(f"Could not read the store: {err} Check the name, or write the store again "
                                     "with `sendlens batch`.", "error"))
                return None, ""
            st.session_state["dash_path_store"] = cached
        return cached[1], raw
    files = st.file_uploader("Upload a store: a .duckdb file, a .jsonl journal, or the Parquet tables "
                             "(documents and labels)", type=engine.STORE_TYPES, accept_multiple_files=True,
                             key="dash_upload", max_upload_size=engine.MAX_UPLOAD_MB)
    if not files:
        st.info("Upload a results store written by `sendlens batch`.")
        return None, ""
    sig = tuple(sorted((f.name, engine.sha256(f.getvalue())) for f in files))
    cached = st.session_state.get("dash_upload_store")
    if not cached or cached[0] != sig:
        try:
            with st.spinner("Reading the store…"):
                cached = (sig, _tables_from_upload(files))
        except Exception as err:  # noqa: BLE001 - any unreadable upload is the user's to fix, not a crash
            st.html(render.alert(f"Could not read the uploaded store: {err} Upload a store written by "
                                 "`sendlens batch`.", "error"))
            return None, ""
        st.session_state["dash_upload_store"] = cached
    return cached[1], ", ".join(f.name for f in files)


# ---------------------------------------------------------------- the page

def _filters(data: disputes.Disputes) -> disputes.Disputes:
    opts = disputes.options(data)
    with st.sidebar:
        st.subheader("Filters")
        types = st.multiselect("Appeal type", opts["appeal_type"], key="dash_f_type", placeholder="All",
                               format_func=disputes.appeal_type_name)
        outcomes = st.multiselect("Outcome", opts["outcome"], key="dash_f_outcome", placeholder="All")
        las = st.multiselect("Local authority", opts["la"], key="dash_f_la", placeholder="All")
        years = st.multiselect("Year", opts["year"], key="dash_f_year", placeholder="All")
    return disputes.apply_filters(data, types, outcomes, las, years)


def _percent(df: pd.DataFrame, share: str, name: str) -> pd.DataFrame:
    """A share (0-1) column shown as a whole percentage."""
    out = df.copy()
    out[name] = (out.pop(share).astype(float) * 100).round().astype("Int64")
    return out


def _chart(chart, key: str) -> None:
    st.altair_chart(chart, width="stretch", key=key)


def _reference(measure: str) -> disputes.Reference | None:
    """The reference line the user chose for this duration: none by default, or their own figure with
    its source; never a timescale that measures something else."""
    refs = disputes.REFERENCES.get(measure, [disputes.NO_REFERENCE])
    c = st.columns([2, 1, 2])
    ref = c[0].selectbox("Reference line", refs, key="dash_ref", format_func=lambda r: r.label,
                         help=disputes.NOT_MEASURED)
    if ref.key != "own":
        return None
    days = c[1].number_input("Days", min_value=1, max_value=3650, value=None, step=7, key="dash_reference",
                             placeholder="e.g. 154")
    source = c[2].text_input("Where the figure comes from", key="dash_ref_source",
                             placeholder="e.g. the tribunal's listing target, with its date")
    if not days or not source.strip():
        st.caption("Give the number of days and where it comes from to draw the line.")
        return None
    return disputes.Reference("own", "reference", float(days), source.strip())


def _timeline(d: disputes.Disputes) -> None:
    st.subheader("Timeline")
    c = st.columns([2, 2])
    known = {m: int(d.docs[m].notna().sum()) for m in disputes.MEASURES}
    measure = c[0].selectbox("Duration", list(disputes.MEASURES), key="dash_measure",
                             format_func=lambda m: f"{disputes.MEASURES[m]} ({known[m]} decisions give it)")
    group = c[1].selectbox("Compare by", list(disputes.GROUPS), key="dash_group",
                           format_func=lambda g: disputes.GROUPS[g])
    reference = _reference(measure)
    st.caption(disputes.NOT_MEASURED)
    df = disputes.timeline_frame(d, measure, group)
    if df.empty:
        st.info("No decision in the selection states both dates of this duration.")
        return
    per_decision = df.drop_duplicates("path")
    m = st.columns(3)
    m[0].metric("Decisions with this duration", len(per_decision))
    m[1].metric("Median days", f"{per_decision['days'].median():.0f}")
    if reference is not None:
        over = int((per_decision["days"] > reference.days).sum())
        m[2].metric(f"Over {reference.days:g} days", f"{over / len(per_decision):.0%}",
                    help=f"{over} of {len(per_decision)}; reference: {reference.source}")
    _chart(disputes.timeline_chart(df, measure, group, reference), "chart_timeline")
    summary = disputes.timeline_summary(df, reference.days if reference else float("inf"))
    if reference is None:
        summary = summary.drop(columns=["over reference", "share over"])
    else:
        summary = _percent(summary, "share over", "% over reference")
    st.dataframe(summary, hide_index=True, key="timeline_table",
                 column_config={"% over reference": st.column_config.NumberColumn(format="%d%%"),
                                "median days": st.column_config.NumberColumn(format="%.0f"),
                                "mean days": st.column_config.NumberColumn(format="%.0f")})


def _on_issue_click() -> None:
    """A bar of the drivers chart was clicked: filter the decision table to that issue."""
    event = st.session_state.get("chart_drivers")
    sel = getattr(event, "selection", None) if event is not None else None
    if sel is None and isinstance(event, dict):
        sel = event.get("selection")
    picked = (sel or {}).get("issue_pick") if hasattr(sel, "get") else getattr(sel, "issue_pick", None)
    if picked:
        st.session_state["dash_issue"] = picked[0].get("issue")
    else:
        st.session_state["dash_issue"] = None


def _drivers(d: disputes.Disputes) -> None:
    st.subheader("Drivers: which drafting issues go with appeals being allowed")
    cases = disputes.cases(d)
    c = st.columns([2, 1, 3])
    by = c[0].selectbox("Compare within", list(dr.BY), key="dash_drivers_by", format_func=dr.BY.get)
    min_n = c[1].number_input("Fewest decisions to read a cell", min_value=1, max_value=100, value=dr.MIN_N,
                              key="dash_min_n",
                              help="A cell with fewer decisions than this with, or without, the issue is greyed out.")
    overall = dr.drivers(cases, "all", int(min_n))
    if not overall:
        st.info("No drafting issues were found in the selected decisions.")
        return
    st.html(f"<p class='sl-reading' style='max-width:60em;line-height:1.5'>"
            f"{render.esc(dr.reading(cases, overall, int(min_n)))}</p>")
    st.vega_lite_chart(disputes.drivers_spec(overall, int(min_n)), width="stretch", key="chart_drivers",
                       on_select=_on_issue_click, selection_mode="issue_pick")
    rows = overall if by == "all" else dr.drivers(cases, by, int(min_n))
    table = disputes.drivers_frame(rows)
    if by == "all":
        table = table.drop(columns=["group"])
    grey = table.pop("thin")
    styled = table.style.apply(lambda r: ["color:#9ca3af" if grey[r.name] else "" for _ in r], axis=1)
    st.dataframe(styled, hide_index=True, key="drivers_table",
                 column_config={"with: % allowed": st.column_config.NumberColumn(format="%d%%"),
                                "without: % allowed": st.column_config.NumberColumn(format="%d%%"),
                                "code": st.column_config.TextColumn(help="taxonomy code")})
    st.download_button("Drivers table (CSV)", dr.to_csv(rows), file_name=f"sendlens_drivers_{by}.csv",
                       mime="text/csv", on_click="ignore", key="dl_drivers")


def _pick_from_table() -> None:
    event = st.session_state.get("dash_table")
    files = st.session_state.get("dash_table_files") or []
    rows = getattr(getattr(event, "selection", None), "rows", None) if event is not None else None
    if rows is None and isinstance(event, dict):
        rows = (event.get("selection") or {}).get("rows")
    if rows and rows[0] < len(files):
        st.session_state["dash_pick"] = files[rows[0]]


def _blank(v) -> str:
    return "" if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA else str(v)


def _click_through(d: disputes.Disputes) -> None:
    st.subheader("Decisions")
    issues = sorted(set(d.long["issues"]["value"]), key=disputes.dr._title)
    if st.session_state.get("dash_issue") not in [None, *issues]:
        st.session_state["dash_issue"] = None
    issue = st.selectbox("Only decisions where the tribunal found", [None, *issues], key="dash_issue",
                         format_func=lambda c: "any drafting issue, or none" if c is None else disputes.dr._title(c),
                         help="Clicking a bar of the drivers chart sets this.")
    docs = d.docs
    if issue:
        paths = set(d.long["issues"].loc[d.long["issues"]["value"] == issue, "path"])
        docs = docs[docs["path"].isin(paths)]
        st.html(render.plain(f"{len(docs)} decisions where the tribunal found \u201c{disputes.dr._title(issue)}\u201d.",
                             small=True))
    st.caption("Select a row (or pick below) to see the decision's labels and the sentence behind each one.")
    table = docs[["file", "tribunal", "outcome", "la", "year", "mediation", "days_la_decision_to_hearing"]].rename(
        columns={"la": "local authority", "days_la_decision_to_hearing": "days LA decision to hearing"})
    table["days LA decision to hearing"] = table["days LA decision to hearing"].map(
        lambda v: "" if pd.isna(v) else str(int(v)))  # blank, not None
    st.session_state["dash_table_files"] = list(docs["file"])
    st.dataframe(table, hide_index=True, key="dash_table", on_select=_pick_from_table, selection_mode="single-row",
                 height=260)
    files = list(docs["file"])
    if st.session_state.get("dash_pick") not in files:
        st.session_state.pop("dash_pick", None)
    pick = st.selectbox("Open a decision", files, key="dash_pick", index=None, placeholder="Choose a decision")
    if not pick:
        return
    row = docs[docs["file"] == pick].iloc[0]
    meta = {"reference": row.get("reference"), "local authority": row.get("local_authority"),
            "tribunal": row.get("tribunal"), "judge": row.get("judge"), "hearing date": row.get("hearing_date"),
            "decision date": row.get("decision_date"), "outcome": row.get("outcome"),
            "mediation": row.get("mediation"), "age": row.get("age"), "phase": row.get("phase")}
    for m, label in disputes.MEASURES.items():
        if pd.notna(row.get(m)):
            meta[f"days, {label}"] = int(row[m])
    st.html("<table style='font-size:0.9em'>" + "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{render.esc(k)}</th><td>{render.esc(_blank(v))}</td></tr>"
        for k, v in meta.items() if _blank(v)) + "</table>")
    labels = disputes.decision_labels(d, row["path"])
    if labels.empty:
        st.info("This store has no labels for the decision.")
        return
    shown = labels.drop(columns=["label_type", "value"]).rename(columns={"evidence_text": "evidence"})
    shown["score"] = shown["score"].map(lambda v: "" if pd.isna(v) else f"{float(v):.2f}")
    for col in ("source", "evidence"):
        shown[col] = shown[col].map(_blank)
    for col in ("evidence_start", "evidence_end"):
        shown[col] = shown[col].map(lambda v: "" if pd.isna(v) else str(int(v)))
    st.dataframe(shown, hide_index=True, key="dash_labels",
                 column_config={"evidence": st.column_config.TextColumn(width="large")})
    quotes = []
    for _, lab in labels.iterrows():
        if isinstance(lab["evidence_text"], str) and lab["evidence_text"].strip():
            quotes.append(f"<li><b>{render.esc(lab['label'])}: {render.esc(lab['name'])}</b> "
                          f"{render.code_tag(lab['code']) if lab['label_type'] != 'outcome' else ''}"
                          f" <q style='font-style:italic'>{render.esc(render.quote(lab['evidence_text'], 400))}</q>"
                          + (f" <small>(characters {int(lab['evidence_start'])}–{int(lab['evidence_end'])})</small>"
                             if pd.notna(lab["evidence_start"]) else "") + "</li>")
    if quotes:
        st.html("<div><b>Evidence</b><ul>" + "".join(quotes) + "</ul></div>")


def render_page() -> None:
    st.title("Disputes dashboard")
    st.write("What SEND Tribunal appeals are about, how they end, which drafting faults the tribunal found, and "
             "how long they take, from a `sendlens batch` results store.")
    tables, label = _store()
    if tables is None:
        return
    try:
        data = disputes.prepared(tables)
    except Exception as err:  # noqa: BLE001 - a store of another shape
        st.html(render.alert(f"This store does not look like a `sendlens batch` results store "
                             f"({type(err).__name__}: {err}). Write one with `sendlens batch`.", "error"))
        return
    st.html(render.plain(f"Store: {label}. {len(data.docs)} decisions.", small=True))
    if data.empty:
        st.warning("The store holds no analysed decisions.")
        return
    d = _filters(data)
    if d.empty:
        st.warning("No decision matches the filters.")
        return
    allowed = int((d.docs["outcome"] == "allowed").sum())
    k = st.columns(4)
    k[0].metric("Decisions", len(d.docs))
    unstated = int((d.docs["outcome"] == "unknown").sum())
    k[1].metric("Allowed", f"{allowed / len(d.docs):.0%}",
                help=f"{allowed} of {len(d.docs)} decisions allowed in full or in part. The drivers baseline leaves "
                     f"out the {unstated} whose outcome is not stated.")
    k[2].metric("Local authorities", d.docs.loc[d.docs["la"] != disputes.NOT_STATED, "la"].nunique())
    years = sorted(y for y in set(d.docs["year"]) if y != disputes.NOT_STATED)
    k[3].metric("Years", f"{years[0]}–{years[-1]}" if years else "n/a")

    # one view at a time: the page draws only what is asked for, so it paints fast
    view = st.segmented_control("View", list(VIEWS), key="dash_view", default="drivers",
                                format_func=VIEWS.get, required=True)
    if view == "overview":
        _overview(d)
    elif view == "timeline":
        _timeline(d)
    else:
        _drivers(d)
        _click_through(d)


VIEWS = {"drivers": "Drivers and decisions", "overview": "Appeals, outcomes and trends", "timeline": "Timeline"}


def _overview(d: disputes.Disputes) -> None:
    c = st.columns(2)
    with c[0]:
        _chart(disputes.appeal_type_chart(d), "chart_types")
    with c[1]:
        _chart(disputes.outcome_chart(d), "chart_outcomes")
    c = st.columns(2)
    with c[0]:
        _chart(disputes.section_chart(d), "chart_sections")
    with c[1]:
        _chart(disputes.mediation_chart(d), "chart_mediation")
        med = _percent(disputes.mediation_summary(d), "allowed share", "% allowed")
        st.dataframe(med, hide_index=True, key="mediation_table",
                     column_config={"% allowed": st.column_config.NumberColumn(format="%d%%")})
    st.subheader("Trends")
    c = st.columns(2)
    with c[0]:
        _chart(disputes.year_chart(d), "chart_years")
    with c[1]:
        _chart(disputes.la_chart(d), "chart_las")


if __name__ == "__main__":  # run as a page by st.navigation
    render_page()
