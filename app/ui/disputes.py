"""The disputes dashboard's data and charts, apart from Streamlit so they can be tested alone.

`prepare(tables)` turns a results store (the documents and labels tables of `app/store.py`) into
one row per decision plus long tables of its appeal types, sections in dispute and drafting
issues; `apply_filters` narrows them; the `*_chart` functions return Altair charts.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import PurePath

import altair as alt
import pandas as pd

from app import drivers as dr
from nlp.taxonomy import taxonomy
from nlp.timeline import DURATION_NAMES

OUTCOME_ORDER = ["allowed", "conceded", "remitted", "dismissed", "withdrawn", "unknown"]
OUTCOME_COLOURS = ["#15803d", "#65a30d", "#0e7490", "#b91c1c", "#6b7280", "#d1d5db"]
SECTION_ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
LABEL_KINDS = {"appeal_type": "appeal_types", "section": "sections", "drafting_issue": "issues"}
NOT_STATED = "not stated"
MEASURES = {f"days_{k}": name for k, name in DURATION_NAMES.items()}
GROUPS = {"appeal_type": "appeal type", "la": "local authority", "year": "year"}
MEDIATION_LABELS = {"took_place": "took place", "declined": "declined", "not_required": "not required",
                    "not_stated": NOT_STATED}
TRIBUNALS = {"ftt": "First-tier Tribunal", "ut": "Upper Tribunal"}
LABEL_TYPES = {"appeal_type": "appeal type", "section": "section in dispute", "outcome": "outcome",
               "drafting_issue": "drafting issue"}


@dataclass(frozen=True)
class Reference:
    """A reference line for a duration, with what it measures and where it comes from."""
    key: str
    label: str
    days: float | None
    source: str


# Which published timescales measure which duration. The statutory 20 weeks (SEND Regulations 2014
# reg 13(2)) runs from the request for an assessment to the final plan: no duration a decision
# gives measures that, so it is offered for none of them. The user can draw their own figure with
# its source (for example the tribunal's current listing target for registration to hearing).
NO_REFERENCE = Reference("none", "No reference line", None, "")
OWN_REFERENCE = Reference("own", "My own figure, with its source", None, "")
REFERENCES: dict[str, list[Reference]] = {m: [NO_REFERENCE, OWN_REFERENCE] for m in MEASURES}
NOT_MEASURED = ("The statutory 20 weeks (SEND Regulations 2014 reg 13(2)) runs from the request for an EHC needs "
                "assessment to the final plan. Decisions do not state the request date, so none of these durations "
                "measures it and it is not offered as a reference.")
DOC_COLUMNS = ["path", "status", "kind", "tribunal", "outcome", "local_authority", "decision_date", "hearing_date",
               "reference", "judge", "age", "phase", "mediation", "date_la_decision", "date_appeal_registered",
               "date_mediation_certificate", "date_hearing", "date_decision", "date_final_plan", "duplicate_of",
               *MEASURES]
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
    copies = docs["duplicate_of"].fillna("").astype(str).str.strip() != ""
    docs = docs[~copies].copy()  # a copy of another decision is not a second decision
    docs["file"] = docs["path"].map(lambda p: PurePath(str(p)).name)
    clash = docs["file"].duplicated(keep=False)
    docs.loc[clash, "file"] = docs.loc[clash, "path"].astype(str)  # two folders, same file name: show the path
    docs["outcome"] = docs["outcome"].fillna("unknown").astype(str)
    docs["la"] = docs["local_authority"].fillna(NOT_STATED).astype(str)
    docs["tribunal"] = docs["tribunal"].map(lambda t: TRIBUNALS.get(t, t) if isinstance(t, str) and t else NOT_STATED)
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


def appeal_type_name(code: str) -> str:
    if code == NOT_STATED:
        return NOT_STATED
    return taxonomy().appeal_types.get(code, str(code).replace("_", " "))


def label_name(label_type: str, value: str) -> str:
    """What a person reads for a label value: taxonomy names for codes."""
    if label_type == "appeal_type":
        return appeal_type_name(value)
    if label_type == "drafting_issue":
        return dr._title(value)
    if label_type == "section":
        return f"Section {value}"
    return str(value).replace("_", " ")


def cases(d: Disputes) -> list[dr.Case]:
    """The drivers module's cases from the dashboard's (filtered) tables."""
    docs = d.docs[d.docs["outcome"] != "unknown"]
    by = {kind: d.long[kind].groupby("path")["value"].agg(frozenset).to_dict() for kind in d.long}
    empty: frozenset = frozenset()
    return [dr.Case(p, o, by["issues"].get(p, empty),
                    frozenset(v for v in by["appeal_types"].get(p, empty) if v != NOT_STATED),
                    by["sections"].get(p, empty))
            for p, o in zip(docs["path"], docs["outcome"])]


def drivers_frame(rows: list[dr.Driver]) -> pd.DataFrame:
    """The drivers table as the page shows it: names first, codes in their own column."""
    cols = ["group", "drafting issue", "code", "with: decisions", "with: % allowed", "without: decisions",
            "without: % allowed", "lift (points)", "95% low", "95% high", "read", "thin"]
    if not rows:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame([{
        "group": (appeal_type_name(r.group) if r.by == "appeal_type" else f"Section {r.group}" if r.by == "section"
                  else "all decisions"),
        "drafting issue": r.title, "code": r.issue,
        "with: decisions": r.n_with, "with: % allowed": round(100 * r.rate_with) if r.n_with else None,
        "without: decisions": r.n_without,
        "without: % allowed": round(100 * r.rate_without) if r.n_without else None,
        "lift (points)": round(100 * r.lift), "95% low": round(100 * r.low), "95% high": round(100 * r.high),
        "read": ("too few decisions" if r.thin else "clear of chance" if r.clear else "could be chance"),
        "thin": r.thin} for r in rows])
    return out[cols]


def drivers_chart(rows: list[dr.Driver], min_n: int) -> alt.LayerChart:
    """Lift of each issue with its 95% interval, thin cells grey; clicking a bar selects its issue."""
    df = pd.DataFrame([{"issue": r.issue, "drafting issue": r.title, "lift": 100 * r.lift, "low": 100 * r.low,
                        "high": 100 * r.high, "with": f"{r.allowed_with} of {r.n_with} allowed",
                        "without": f"{r.allowed_without} of {r.n_without} allowed",
                        "reading": "too few decisions to read" if r.thin else (
                            "clear of chance" if r.clear else "could be chance"),
                        "rank": i} for i, r in enumerate(rows)])
    order = list(df["drafting issue"])
    pick = alt.selection_point(name="issue_pick", fields=["issue"], on="click", empty=False)
    y = alt.Y("drafting issue:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelOverlap=False))
    tip = ["drafting issue:N", alt.Tooltip("issue:N", title="code"), alt.Tooltip("lift:Q", format="+.0f",
           title="lift (points)"), alt.Tooltip("low:Q", format="+.0f", title="95% low"),
           alt.Tooltip("high:Q", format="+.0f", title="95% high"), "with:N", "without:N", "reading:N"]
    colour = alt.condition(alt.datum.reading == "too few decisions to read", alt.value("#d1d5db"),
                           alt.Color("lift:Q", scale=alt.Scale(scheme="redblue", domain=[-60, 60]), legend=None))
    bars = alt.Chart(df).mark_bar(height=14, cursor="pointer", opacity=0.8).encode(
        y=y, x=alt.X("lift:Q", title="difference in % allowed, with the issue minus without (points)",
                     scale=alt.Scale(domain=[-100, 100])),
        color=colour, tooltip=tip,
        stroke=alt.condition(pick, alt.value("#111827"), alt.value(None)),
        strokeWidth=alt.condition(pick, alt.value(2), alt.value(0)),
    ).add_params(pick)
    whiskers = alt.Chart(df).mark_rule(color="#111827", strokeWidth=1.5).encode(y=y, x="low:Q", x2="high:Q",
                                                                                 tooltip=tip)
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#374151").encode(x="x:Q")
    height = max(120, 26 * len(df))
    # the interval under the bars, so a click anywhere on a bar lands on the bar
    return alt.layer(whiskers, bars, zero).properties(
        height=height, title=alt.TitleParams(
            "Drafting issues: how much more often appeals are allowed when the tribunal found the issue",
            subtitle=f"Bars: the difference (lift); lines: its 95% interval; grey: fewer than {min_n} decisions with "
                     "or without the issue. Click a bar to list its decisions.")
    ).properties(usermeta={"embedOptions": {"renderer": "svg"}})


_SPECS: dict[str, dict] = {}
_PREPARED: dict[int, tuple[dict, Disputes]] = {}


def drivers_spec(rows: list[dr.Driver], min_n: int) -> dict:
    """The drivers chart as a Vega-Lite dict, built once per table: Altair's schema validation costs
    most of a second a chart, and the same table is drawn on every rerun and by every session."""
    key = f"{min_n}\n{dr.to_csv(rows)}"
    spec = _SPECS.get(key)
    if spec is None:
        if len(_SPECS) >= 64:
            _SPECS.clear()
        spec = _SPECS[key] = drivers_chart(rows, min_n).to_dict(validate=False)
    return copy.deepcopy(spec)


def prepared(tables: dict) -> Disputes:
    """`prepare(tables)` once per store object (the bundled store is one shared, immutable object)."""
    hit = _PREPARED.get(id(tables))
    if hit is not None and hit[0] is tables:
        return hit[1]
    if len(_PREPARED) >= 8:
        _PREPARED.clear()
    d = prepare(tables)
    _PREPARED[id(tables)] = (tables, d)  # holding `tables` keeps its id from being reused
    return d


def with_outcome(d: Disputes, name: str) -> pd.DataFrame:
    """A long table (path, value) joined to each decision's outcome, year and LA."""
    return d.long[name].merge(d.docs[["path", "file", "outcome", "year", "la"]], on="path", how="inner")


# ---------------------------------------------------------------- summaries

def timeline_frame(d: Disputes, measure: str, group: str) -> pd.DataFrame:
    """file, group value, days: one row per decision (per appeal type when grouping by appeal type)."""
    docs = d.docs[d.docs[measure].notna()][["path", "file", "outcome", "la", "year", measure]]
    docs = docs.rename(columns={measure: "days"})
    if group == "appeal_type":
        df = docs.merge(d.long["appeal_types"], on="path", how="left").rename(columns={"value": "group"})
        df["group"] = df["group"].fillna(NOT_STATED).map(appeal_type_name)
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
_COUNT = alt.Axis(tickMinStep=1, format="d")  # counts are whole numbers


def _outcome_colour(title: str = "Outcome"):
    return alt.Color("outcome:N", title=title, scale=alt.Scale(domain=OUTCOME_ORDER, range=OUTCOME_COLOURS),
                     sort=OUTCOME_ORDER)


def _outcome_order():
    return alt.Order("outcome_rank:Q")


def _ranked(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(outcome_rank=df["outcome"].map(lambda o: OUTCOME_ORDER.index(o) if o in OUTCOME_ORDER else 99))


def appeal_type_chart(d: Disputes) -> alt.Chart:
    df = _ranked(with_outcome(d, "appeal_types"))
    df["appeal type"] = df["value"].map(appeal_type_name)
    return alt.Chart(df, title="Appeal types and their outcomes").mark_bar().encode(
        y=alt.Y("appeal type:N", sort="-x", title=None, axis=_LABELS),
        x=alt.X("count():Q", title="decisions", axis=_COUNT),
        color=_outcome_colour(), order=_outcome_order(),
        tooltip=["appeal type:N", alt.Tooltip("value:N", title="code"), "outcome:N",
                 alt.Tooltip("count():Q", title="decisions")],
    )


def outcome_chart(d: Disputes) -> alt.Chart:
    df = _ranked(d.docs[["path", "outcome"]])
    return alt.Chart(df, title="Outcomes").mark_bar().encode(
        y=alt.Y("outcome:N", sort=OUTCOME_ORDER, title=None),
        x=alt.X("count():Q", title="decisions", axis=_COUNT),
        color=_outcome_colour(),
        tooltip=["outcome:N", alt.Tooltip("count():Q", title="decisions")],
    )


def section_chart(d: Disputes) -> alt.Chart:
    df = _ranked(with_outcome(d, "sections").rename(columns={"value": "section"}))
    return alt.Chart(df, title="Sections in dispute").mark_bar().encode(
        x=alt.X("section:N", sort=SECTION_ORDER, title="section of the plan"),
        y=alt.Y("count():Q", title="decisions", axis=_COUNT),
        color=_outcome_colour(), order=_outcome_order(),
        tooltip=["section:N", "outcome:N", alt.Tooltip("count():Q", title="decisions")],
    )


def year_chart(d: Disputes) -> alt.Chart:
    df = _ranked(d.docs[["path", "year", "outcome"]])
    return alt.Chart(df, title="Decisions by year").mark_bar().encode(
        x=alt.X("year:O", title="year of decision"),
        y=alt.Y("count():Q", title="decisions", axis=_COUNT),
        color=_outcome_colour(), order=_outcome_order(),
        tooltip=["year:O", "outcome:N", alt.Tooltip("count():Q", title="decisions")],
    )


def la_chart(d: Disputes, top: int = 25) -> alt.Chart:
    counts = d.docs["la"].value_counts()
    keep = set(counts.index[:top])
    df = _ranked(d.docs[d.docs["la"].isin(keep)][["path", "la", "outcome"]])
    return alt.Chart(df, title=f"Decisions by local authority (top {min(top, len(counts))})").mark_bar().encode(
        y=alt.Y("la:N", sort="-x", title=None, axis=_LABELS),
        x=alt.X("count():Q", title="decisions", axis=_COUNT),
        color=_outcome_colour(), order=_outcome_order(),
        tooltip=[alt.Tooltip("la:N", title="local authority"), "outcome:N",
                 alt.Tooltip("count():Q", title="decisions")],
    )


def timeline_chart(df: pd.DataFrame, measure: str, group: str, reference: Reference | None = None) -> alt.LayerChart:
    label = MEASURES.get(measure, measure)
    title = f"Days from {label}, by {GROUPS.get(group, group)}"
    base = alt.Chart(df)
    box = base.mark_boxplot(extent="min-max", size=14, opacity=0.5).encode(
        y=alt.Y("group:N", title=None, axis=_LABELS), x=alt.X("days:Q", title=f"days ({label})"))
    points = base.mark_circle(size=55, opacity=0.85).encode(
        y="group:N", x="days:Q", color=_outcome_colour(),
        tooltip=["file:N", "group:N", "days:Q", "outcome:N", alt.Tooltip("la:N", title="local authority"), "year:N"])
    layers = [box, points]
    if reference is not None and reference.days:
        one = pd.DataFrame({"reference": [reference.days]})
        text = f"{reference.label}: {reference.days:g} days" + (f" ({reference.source})" if reference.source else "")
        layers.append(alt.Chart(one).mark_rule(color="#b91c1c", strokeDash=[6, 4], size=2, tooltip=text).encode(
            x=alt.datum(reference.days)))
        layers.append(alt.Chart(one).mark_text(color="#b91c1c", align="left", dx=4, dy=-6, baseline="bottom",
                                               text=text).encode(x=alt.datum(reference.days), y=alt.value(0)))
    return alt.layer(*layers).properties(title=title)


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
    df["label"] = df["label_type"].map(lambda k: LABEL_TYPES.get(k, str(k).replace("_", " ")))
    df["name"] = [label_name(k, v) for k, v in zip(df["label_type"], df["value"])]
    df["code"] = df["value"]
    return df[["label", "name", "code", "score", "source", "evidence_text", "evidence_start", "evidence_end",
               "label_type", "value"]]
