"""The disputes dashboard's data and charts, apart from Streamlit so they can be tested alone.

`prepare(tables)` turns a results store (the documents and labels tables of `app/store.py`) into
one row per decision plus long tables of its appeal types, sections in dispute and drafting
issues; `apply_filters` narrows them; the `*_chart` functions return Altair charts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

import altair as alt
import pandas as pd

from nlp.taxonomy import taxonomy

OUTCOME_ORDER = ["allowed", "conceded", "remitted", "dismissed", "withdrawn", "unknown"]
OUTCOME_COLOURS = ["#15803d", "#65a30d", "#0e7490", "#b91c1c", "#6b7280", "#d1d5db"]
SECTION_ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
LABEL_KINDS = {"appeal_type": "appeal_types", "section": "sections", "drafting_issue": "issues"}
NOT_STATED = "not stated"
MEASURES = {
    "days_la_decision_to_hearing": "LA decision to hearing",
    "days_registration_to_decision": "appeal registered to decision",
    "days_la_decision_to_decision": "LA decision to tribunal decision",
    "days_registration_to_hearing": "appeal registered to hearing",
}
GROUPS = {"appeal_type": "appeal type", "la": "local authority", "year": "year"}
MEDIATION_LABELS = {"took_place": "took place", "declined": "declined", "not_required": "not required",
                    "not_stated": NOT_STATED}
DOC_COLUMNS = ["path", "status", "kind", "tribunal", "outcome", "local_authority", "decision_date", "hearing_date",
               "reference", "judge", "age", "phase", "mediation", "date_la_decision", "date_appeal_registered",
               "date_mediation_certificate", "date_hearing", "date_decision", "date_final_plan", *MEASURES]
LABEL_COLUMNS = ["path", "label_type", "value", "score", "source", "evidence_start", "evidence_end", "evidence_text"]


@dataclass
class Disputes:
    docs: pd.DataFrame  # one row per decision: file, outcome, la, year, mediation, days_*, ...
    labels: pd.DataFrame  # every label with its evidence quote
    long: dict[str, pd.DataFrame] = field(default_factory=dict)  # appeal_types / sections / issues: path, value

    @property
    def empty(self) -> bool:
        return self.docs.empty


def _frame(table, columns: list[str]) -> pd.DataFrame:
    df = table.to_pandas() if hasattr(table, "to_pandas") else pd.DataFrame(table)
    for c in columns:
        if c not in df.columns:
            df[c] = None
    return df


def prepare(tables: dict) -> Disputes:
    docs = _frame(tables["documents"], DOC_COLUMNS)
    labels = _frame(tables.get("labels") if tables.get("labels") is not None else pd.DataFrame(), LABEL_COLUMNS)
    docs = docs[(docs["status"].fillna("ok") == "ok") & (docs["kind"].fillna("decision") == "decision")].copy()
    docs["file"] = docs["path"].map(lambda p: PurePath(str(p)).name)
    clash = docs["file"].duplicated(keep=False)
    docs.loc[clash, "file"] = docs.loc[clash, "path"].astype(str)  # two folders, same file name: show the path
    docs["outcome"] = docs["outcome"].fillna("unknown").astype(str)
    docs["la"] = docs["local_authority"].fillna(NOT_STATED).astype(str)
    docs["tribunal"] = docs["tribunal"].fillna(NOT_STATED).astype(str)
    when = docs["decision_date"]
    for alt_col in ("date_decision", "hearing_date", "date_hearing"):
        when = when.fillna(docs[alt_col])
    years = pd.to_datetime(when, errors="coerce").dt.year
    docs["year"] = years.map(lambda y: str(int(y)) if pd.notna(y) else NOT_STATED)
    docs["mediation"] = docs["mediation"].fillna("not_stated").map(lambda m: MEDIATION_LABELS.get(m, str(m)))
    for m in MEASURES:
        docs[m] = pd.to_numeric(docs[m], errors="coerce")
    docs = docs.reset_index(drop=True)
    labels = labels[labels["path"].isin(set(docs["path"]))].reset_index(drop=True)
    long = {}
    for label_type, name in LABEL_KINDS.items():
        sub = labels[labels["label_type"] == label_type][["path", "value"]].drop_duplicates()
        long[name] = sub.reset_index(drop=True)
    present = set(long["appeal_types"]["path"])
    missing = docs.loc[~docs["path"].isin(present), ["path"]].assign(value=NOT_STATED)
    long["appeal_types"] = pd.concat([long["appeal_types"], missing], ignore_index=True)
    return Disputes(docs, labels, long)


def options(d: Disputes) -> dict[str, list[str]]:
    def ordered(values, order):
        values = set(values)
        return [v for v in order if v in values] + sorted(values - set(order))

    return {"appeal_type": sorted(set(d.long["appeal_types"]["value"])),
            "outcome": ordered(d.docs["outcome"], OUTCOME_ORDER),
            "la": sorted(set(d.docs["la"])),
            "year": sorted(set(d.docs["year"]))}


def apply_filters(d: Disputes, appeal_types=(), outcomes=(), las=(), years=()) -> Disputes:
    docs = d.docs
    if appeal_types:
        wanted = set(d.long["appeal_types"].loc[d.long["appeal_types"]["value"].isin(appeal_types), "path"])
        docs = docs[docs["path"].isin(wanted)]
    if outcomes:
        docs = docs[docs["outcome"].isin(outcomes)]
    if las:
        docs = docs[docs["la"].isin(las)]
    if years:
        docs = docs[docs["year"].isin(years)]
    keep = set(docs["path"])
    return Disputes(docs.reset_index(drop=True), d.labels[d.labels["path"].isin(keep)].reset_index(drop=True),
                    {k: v[v["path"].isin(keep)].reset_index(drop=True) for k, v in d.long.items()})


def with_outcome(d: Disputes, name: str) -> pd.DataFrame:
    """A long table (path, value) joined to each decision's outcome, year and LA."""
    return d.long[name].merge(d.docs[["path", "file", "outcome", "year", "la"]], on="path", how="inner")


# ---------------------------------------------------------------- summaries

def issue_summary(d: Disputes) -> pd.DataFrame:
    """Per drafting issue: decisions that found it, and the share of those appeals that were allowed."""
    df = with_outcome(d, "issues")
    if df.empty:
        return pd.DataFrame(columns=["issue", "title", "decisions", "allowed", "allowed_share"])
    g = df.groupby("value").agg(decisions=("path", "nunique"),
                                allowed=("outcome", lambda s: int((s == "allowed").sum()))).reset_index()
    g = g.rename(columns={"value": "issue"})
    g["allowed_share"] = g["allowed"] / g["decisions"]
    faults = taxonomy().faults
    g["title"] = g["issue"].map(lambda c: faults[c].title if c in faults else c)
    return g.sort_values(["decisions", "issue"], ascending=[False, True]).reset_index(drop=True)


def timeline_frame(d: Disputes, measure: str, group: str) -> pd.DataFrame:
    """file, group value, days: one row per decision (per appeal type when grouping by appeal type)."""
    docs = d.docs[d.docs[measure].notna()][["path", "file", "outcome", "la", "year", measure]]
    docs = docs.rename(columns={measure: "days"})
    if group == "appeal_type":
        df = docs.merge(d.long["appeal_types"], on="path", how="left").rename(columns={"value": "group"})
        df["group"] = df["group"].fillna(NOT_STATED)
    else:
        df = docs.assign(group=docs[group])
    return df.reset_index(drop=True)


def timeline_summary(df: pd.DataFrame, reference: float) -> pd.DataFrame:
    if df.empty:
        return pd.DataFrame(columns=["group", "cases", "median days", "mean days", "over reference", "share over"])
    g = df.groupby("group")["days"].agg(["count", "median", "mean", lambda s: int((s > reference).sum())])
    g.columns = ["cases", "median days", "mean days", "over reference"]
    g["share over"] = g["over reference"] / g["cases"]
    g["mean days"] = g["mean days"].round(0)
    return g.reset_index().sort_values("cases", ascending=False).reset_index(drop=True)


def mediation_summary(d: Disputes) -> pd.DataFrame:
    docs = d.docs
    if docs.empty:
        return pd.DataFrame(columns=["mediation", "decisions", "allowed", "allowed share"])
    g = docs.groupby("mediation").agg(decisions=("path", "count"),
                                      allowed=("outcome", lambda s: int((s == "allowed").sum()))).reset_index()
    g["allowed share"] = g["allowed"] / g["decisions"]
    return g.sort_values("decisions", ascending=False).reset_index(drop=True)


# ---------------------------------------------------------------- charts

_LABELS = alt.Axis(labelLimit=260)


def _outcome_colour(title: str = "Outcome"):
    return alt.Color("outcome:N", title=title, scale=alt.Scale(domain=OUTCOME_ORDER, range=OUTCOME_COLOURS),
                     sort=OUTCOME_ORDER)


def _outcome_order():
    return alt.Order("outcome_rank:Q")


def _ranked(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(outcome_rank=df["outcome"].map(lambda o: OUTCOME_ORDER.index(o) if o in OUTCOME_ORDER else 99))


def appeal_type_chart(d: Disputes) -> alt.Chart:
    df = _ranked(with_outcome(d, "appeal_types").rename(columns={"value": "appeal type"}))
    names = taxonomy().appeal_types
    df["description"] = df["appeal type"].map(lambda v: names.get(v, v))
    return alt.Chart(df, title="Appeal types and their outcomes").mark_bar().encode(
        y=alt.Y("appeal type:N", sort="-x", title=None, axis=_LABELS),
        x=alt.X("count():Q", title="decisions"),
        color=_outcome_colour(), order=_outcome_order(),
        tooltip=["appeal type:N", "description:N", "outcome:N", alt.Tooltip("count():Q", title="decisions")],
    )


def outcome_chart(d: Disputes) -> alt.Chart:
    df = _ranked(d.docs[["path", "outcome"]])
    return alt.Chart(df, title="Outcomes").mark_bar().encode(
        y=alt.Y("outcome:N", sort=OUTCOME_ORDER, title=None),
        x=alt.X("count():Q", title="decisions"),
        color=_outcome_colour(),
        tooltip=["outcome:N", alt.Tooltip("count():Q", title="decisions")],
    )


def issue_chart(d: Disputes) -> alt.Chart:
    df = issue_summary(d)
    base = alt.Chart(df, title="Drafting issues found by the tribunal, and how often those appeals were allowed")
    bars = base.mark_bar().encode(
        y=alt.Y("issue:N", sort="-x", title=None, axis=_LABELS),
        x=alt.X("decisions:Q", title="decisions finding the issue"),
        color=alt.Color("allowed_share:Q", title="share allowed", scale=alt.Scale(scheme="redyellowgreen",
                                                                                    domain=[0, 1])),
        tooltip=["issue:N", "title:N", "decisions:Q", "allowed:Q",
                 alt.Tooltip("allowed_share:Q", title="share allowed", format=".0%")],
    )
    text = base.mark_text(align="left", dx=3, fontSize=11).encode(
        y=alt.Y("issue:N", sort="-x"), x="decisions:Q",
        text=alt.Text("allowed_share:Q", format=".0%"))
    return bars + text


def section_chart(d: Disputes) -> alt.Chart:
    df = _ranked(with_outcome(d, "sections").rename(columns={"value": "section"}))
    return alt.Chart(df, title="Sections in dispute").mark_bar().encode(
        x=alt.X("section:N", sort=SECTION_ORDER, title="section of the plan"),
        y=alt.Y("count():Q", title="decisions"),
        color=_outcome_colour(), order=_outcome_order(),
        tooltip=["section:N", "outcome:N", alt.Tooltip("count():Q", title="decisions")],
    )


def year_chart(d: Disputes) -> alt.Chart:
    df = _ranked(d.docs[["path", "year", "outcome"]])
    return alt.Chart(df, title="Decisions by year").mark_bar().encode(
        x=alt.X("year:O", title="year of decision"),
        y=alt.Y("count():Q", title="decisions"),
        color=_outcome_colour(), order=_outcome_order(),
        tooltip=["year:O", "outcome:N", alt.Tooltip("count():Q", title="decisions")],
    )


def la_chart(d: Disputes, top: int = 25) -> alt.Chart:
    counts = d.docs["la"].value_counts()
    keep = set(counts.index[:top])
    df = _ranked(d.docs[d.docs["la"].isin(keep)][["path", "la", "outcome"]])
    return alt.Chart(df, title=f"Decisions by local authority (top {min(top, len(counts))})").mark_bar().encode(
        y=alt.Y("la:N", sort="-x", title=None, axis=_LABELS),
        x=alt.X("count():Q", title="decisions"),
        color=_outcome_colour(), order=_outcome_order(),
        tooltip=[alt.Tooltip("la:N", title="local authority"), "outcome:N",
                 alt.Tooltip("count():Q", title="decisions")],
    )


def timeline_chart(df: pd.DataFrame, measure: str, group: str, reference: float) -> alt.LayerChart:
    label = MEASURES.get(measure, measure)
    title = f"Days from {label}, by {GROUPS.get(group, group)}"
    base = alt.Chart(df)
    box = base.mark_boxplot(extent="min-max", size=14, opacity=0.5).encode(
        y=alt.Y("group:N", title=None, axis=_LABELS), x=alt.X("days:Q", title=f"days ({label})"))
    points = base.mark_circle(size=55, opacity=0.85).encode(
        y="group:N", x="days:Q", color=_outcome_colour(),
        tooltip=["file:N", "group:N", "days:Q", "outcome:N", alt.Tooltip("la:N", title="local authority"), "year:N"])
    one = pd.DataFrame({"reference": [reference]})
    label = f"reference: {reference:g} days"
    rule = alt.Chart(one).mark_rule(color="#b91c1c", strokeDash=[6, 4], size=2, tooltip=label).encode(
        x=alt.datum(reference))
    rule_text = alt.Chart(one).mark_text(color="#b91c1c", align="left", dx=4, dy=-6, baseline="bottom",
                                         text=label).encode(x=alt.datum(reference), y=alt.value(0))
    return alt.layer(box, points, rule, rule_text).properties(title=title)


def mediation_chart(d: Disputes) -> alt.Chart:
    df = _ranked(d.docs[["path", "mediation", "outcome"]])
    return alt.Chart(df, title="Outcomes by mediation").mark_bar().encode(
        y=alt.Y("mediation:N", title="mediation", sort=["took place", "declined", "not required", NOT_STATED]),
        x=alt.X("count():Q", stack="normalize", title="share of decisions", axis=alt.Axis(format="%")),
        color=_outcome_colour(), order=_outcome_order(),
        tooltip=["mediation:N", "outcome:N", alt.Tooltip("count():Q", title="decisions")],
    )


def decision_labels(d: Disputes, path: str) -> pd.DataFrame:
    kinds = {"appeal_type": 0, "section": 1, "outcome": 2, "drafting_issue": 3}
    df = d.labels[d.labels["path"] == path].copy()
    df["order"] = df["label_type"].map(lambda k: kinds.get(k, 9))
    df = df.sort_values(["order", "value"])
    return df[["label_type", "value", "score", "source", "evidence_text", "evidence_start", "evidence_end"]]
