"""Disputes dashboard: what SEND Tribunal decisions are about, how they end, which drafting faults
the tribunal found and how long appeals take, from a `sendlens batch` results store.

By default the bundled fictional decisions, analysed once per server; or another store by path on
this server, or uploaded (.duckdb, .jsonl, or the three Parquet tables).
"""
from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from app.ui import disputes, engine, render

SOURCES = ("Bundled sample decisions", "A results store on this server", "Upload a results store")


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
        records = []
        for line in by_suffix[".jsonl"][0].getvalue().decode("utf-8", errors="replace").splitlines():
            line = line.strip()
            if line:
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError:
                    continue
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
    path = Path(raw.strip().strip('"')).expanduser()
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
    choice = st.radio("Results store", SOURCES, horizontal=True, key="dash_source",
                      help="A store is what `sendlens batch DECISIONS/ --out results.duckdb` writes.")
    if choice == SOURCES[0]:
        tables = engine.sample_decision_tables()
        if tables is None:
            st.warning("The bundled sample decisions (corpus_samples/decisions) are not on this server; "
                       "load a results store instead.")
            return None, ""
        return tables, "the bundled fictional decisions (corpus_samples/decisions), analysed when the server started"
    if choice == SOURCES[1]:
        raw = st.text_input("Path of a store on this server", key="dash_path",
                            placeholder="results.duckdb, results.jsonl, results.parquet or a Parquet folder")
        if not raw.strip():
            st.info("Type the path of a store written by `sendlens batch`.")
            return None, ""
        cached = st.session_state.get("dash_path_store")
        if not cached or cached[0] != raw:
            try:
                with st.spinner("Reading the store…"):
                    cached = (raw, _tables_from_path(raw))
            except Exception as err:  # noqa: BLE001 - a bad path, or a store another process is writing
                st.error(f"Could not read {raw}: {err}")
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
            st.error(f"Could not read the uploaded store: {err}")
            return None, ""
        st.session_state["dash_upload_store"] = cached
    return cached[1], ", ".join(f.name for f in files)


# ---------------------------------------------------------------- the page

def _filters(data: disputes.Disputes) -> disputes.Disputes:
    opts = disputes.options(data)
    with st.sidebar:
        st.subheader("Filters")
        types = st.multiselect("Appeal type", opts["appeal_type"], key="dash_f_type", placeholder="All")
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


def _timeline(d: disputes.Disputes) -> None:
    st.subheader("Timeline")
    c = st.columns([2, 2, 1])
    known = {m: int(d.docs[m].notna().sum()) for m in disputes.MEASURES}
    measure = c[0].selectbox("Duration", list(disputes.MEASURES), key="dash_measure",
                             format_func=lambda m: f"{disputes.MEASURES[m]} ({known[m]} decisions give it)")
    group = c[1].selectbox("Compare by", list(disputes.GROUPS), key="dash_group",
                           format_func=lambda g: disputes.GROUPS[g])
    reference = c[2].number_input("Reference line (days)", min_value=1, max_value=3650, value=140, step=7,
                                  key="dash_reference",
                                  help="Default: the statutory 20 weeks (140 days) to issue a final plan.")
    df = disputes.timeline_frame(d, measure, group)
    if df.empty:
        st.info("No decision in the selection states both dates of this duration.")
        return
    per_decision = df.drop_duplicates("path")
    over = int((per_decision["days"] > reference).sum())
    m = st.columns(3)
    m[0].metric("Decisions with this duration", len(per_decision))
    m[1].metric("Median days", f"{per_decision['days'].median():.0f}")
    m[2].metric(f"Over {reference:g} days", f"{over / len(per_decision):.0%}", help=f"{over} of {len(per_decision)}")
    _chart(disputes.timeline_chart(df, measure, group, float(reference)), "chart_timeline")
    summary = _percent(disputes.timeline_summary(df, float(reference)), "share over", "% over reference")
    st.dataframe(summary, hide_index=True, key="timeline_table",
                 column_config={"% over reference": st.column_config.NumberColumn(format="%d%%"),
                                "median days": st.column_config.NumberColumn(format="%.0f"),
                                "mean days": st.column_config.NumberColumn(format="%.0f")})


def _pick_from_table() -> None:
    event = st.session_state.get("dash_table")
    files = st.session_state.get("dash_table_files") or []
    rows = getattr(getattr(event, "selection", None), "rows", None) if event is not None else None
    if rows is None and isinstance(event, dict):
        rows = (event.get("selection") or {}).get("rows")
    if rows and rows[0] < len(files):
        st.session_state["dash_pick"] = files[rows[0]]


def _click_through(d: disputes.Disputes) -> None:
    st.subheader("Decisions")
    st.caption("Select a row (or pick below) to see the decision's labels and the sentence behind each one.")
    table = d.docs[["file", "tribunal", "outcome", "la", "year", "mediation", "days_la_decision_to_hearing"]].rename(
        columns={"la": "local authority", "days_la_decision_to_hearing": "days LA decision to hearing"})
    st.session_state["dash_table_files"] = list(d.docs["file"])
    st.dataframe(table, hide_index=True, key="dash_table", on_select=_pick_from_table, selection_mode="single-row",
                 height=260)
    files = list(d.docs["file"])
    if st.session_state.get("dash_pick") not in files:
        st.session_state.pop("dash_pick", None)
    pick = st.selectbox("Open a decision", files, key="dash_pick", index=None, placeholder="Choose a decision")
    if not pick:
        return
    row = d.docs[d.docs["file"] == pick].iloc[0]
    meta = {"reference": row.get("reference"), "local authority": row.get("local_authority"),
            "tribunal": row.get("tribunal"), "judge": row.get("judge"), "hearing date": row.get("hearing_date"),
            "decision date": row.get("decision_date"), "outcome": row.get("outcome"),
            "mediation": row.get("mediation"), "age": row.get("age"), "phase": row.get("phase")}
    for m, label in disputes.MEASURES.items():
        if pd.notna(row.get(m)):
            meta[f"days, {label}"] = int(row[m])
    st.html("<table style='font-size:0.9em'>" + "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{render.esc(k)}</th><td>{render.esc(v)}</td></tr>"
        for k, v in meta.items() if v is not None and not (isinstance(v, float) and pd.isna(v))) + "</table>")
    labels = disputes.decision_labels(d, row["path"])
    if labels.empty:
        st.info("This store has no labels for the decision.")
        return
    st.dataframe(labels.rename(columns={"label_type": "label", "evidence_text": "evidence"}), hide_index=True,
                 key="dash_labels", column_config={"evidence": st.column_config.TextColumn(width="large")})
    quotes = []
    for _, lab in labels.iterrows():
        if isinstance(lab["evidence_text"], str) and lab["evidence_text"].strip():
            quotes.append(f"<li><b>{render.esc(lab['label_type'].replace('_', ' '))}: {render.esc(lab['value'])}</b>"
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
        data = disputes.prepare(tables)
    except Exception as err:  # noqa: BLE001 - a store of another shape
        st.error(f"This store does not look like a `sendlens batch` results store ({type(err).__name__}: {err}).")
        return
    st.caption(f"Store: {label}. {len(data.docs)} decisions.")
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
    k[1].metric("Allowed", f"{allowed / len(d.docs):.0%}", help=f"{allowed} of {len(d.docs)} decisions")
    k[2].metric("Local authorities", d.docs.loc[d.docs["la"] != disputes.NOT_STATED, "la"].nunique())
    years = sorted(y for y in set(d.docs["year"]) if y != disputes.NOT_STATED)
    k[3].metric("Years", f"{years[0]}–{years[-1]}" if years else "n/a")

    c = st.columns(2)
    with c[0]:
        _chart(disputes.appeal_type_chart(d), "chart_types")
    with c[1]:
        _chart(disputes.outcome_chart(d), "chart_outcomes")
    st.subheader("Drafting issues")
    issues = disputes.issue_summary(d)
    if issues.empty:
        st.info("No drafting issues were found in the selected decisions.")
    else:
        _chart(disputes.issue_chart(d), "chart_issues")
        with st.expander("Drafting issues as a table"):
            st.dataframe(_percent(issues, "allowed_share", "% allowed"), hide_index=True, key="issues_table",
                         column_config={"% allowed": st.column_config.NumberColumn(format="%d%%")})
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
    _timeline(d)
    _click_through(d)


if __name__ == "__main__":  # run as a page by st.navigation
    render_page()
