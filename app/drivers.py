"""Which drafting issues go with appeals being allowed: the analyst's "drivers" table.

For every drafting issue the tribunal found, compare the decisions that found it with those that
did not: the share allowed with it and without it, the difference in percentage points (the lift),
and a 95% interval for that difference (Newcombe's hybrid Wilson score interval, method 10 of
Newcombe 1998, which behaves well for small counts and rates near 0 or 1, where the simple Wald
interval does not). A cell with fewer than `min_n` decisions on either side is marked thin: shown,
but not to be read. The same table can be cut by appeal type or by section in dispute.

Pure Python on plain records, so the CLI (`sendlens stats --drivers`) and the dashboard share it
and it can be tested without a store or a browser. These are associations in the decisions the
store holds, not causes.
"""
from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass

Z95 = 1.959963984540054  # two-sided 95%
MIN_N = 5  # fewer decisions than this with, or without, an issue: the cell is too thin to read
ALLOWED = "allowed"
UNKNOWN_OUTCOMES = {None, "", "unknown"}
BY = {"all": "all decisions", "appeal_type": "appeal type", "section": "section in dispute"}


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes out of n (n = 0 gives the whole range)."""
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe(k1: int, n1: int, k2: int, n2: int, z: float = Z95) -> tuple[float, float, float]:
    """Difference p1 - p2 with Newcombe's hybrid score interval: (difference, low, high)."""
    p1 = k1 / n1 if n1 else 0.0
    p2 = k2 / n2 if n2 else 0.0
    l1, u1 = wilson(k1, n1, z)
    l2, u2 = wilson(k2, n2, z)
    d = p1 - p2
    return d, d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


@dataclass(frozen=True)
class Case:
    """One decision, as the drivers table needs it."""
    path: str
    outcome: str | None
    issues: frozenset[str]
    appeal_types: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()

    @property
    def allowed(self) -> bool:
        return self.outcome == ALLOWED


@dataclass(frozen=True)
class Driver:
    issue: str  # taxonomy code
    title: str  # taxonomy title, what a person reads
    by: str  # "all", "appeal_type" or "section"
    group: str  # the appeal type or section ("" for all decisions)
    n_with: int
    allowed_with: int
    n_without: int
    allowed_without: int
    lift: float  # rate with minus rate without, as a proportion
    low: float
    high: float
    thin: bool

    @property
    def rate_with(self) -> float:
        return self.allowed_with / self.n_with if self.n_with else float("nan")

    @property
    def rate_without(self) -> float:
        return self.allowed_without / self.n_without if self.n_without else float("nan")

    @property
    def clear(self) -> bool:
        """The interval leaves out zero and the cell is not thin."""
        return not self.thin and (self.low > 0 or self.high < 0)

    def to_row(self) -> dict:
        row = asdict(self)
        row.update(rate_with=self.rate_with, rate_without=self.rate_without)
        return row


def cases_from_tables(documents: Iterable[dict], labels: Iterable[dict]) -> list[Case]:
    """Cases from a store's documents and labels rows: analysed decisions only, copies (`duplicate_of`
    set) left out, and decisions whose outcome is not stated left out."""
    keep = {}
    for d in documents:
        if (d.get("status") or "ok") != "ok" or (d.get("kind") or "decision") != "decision":
            continue
        if d.get("duplicate_of"):
            continue
        if d.get("outcome") in UNKNOWN_OUTCOMES:
            continue
        keep[d["path"]] = d.get("outcome")
    found: dict[str, dict[str, set]] = {p: {"drafting_issue": set(), "appeal_type": set(), "section": set()}
                                        for p in keep}
    for lab in labels:
        slot = found.get(lab.get("path"))
        if slot is not None and lab.get("label_type") in slot and lab.get("value"):
            slot[lab["label_type"]].add(str(lab["value"]))
    return [Case(p, o, frozenset(found[p]["drafting_issue"]), frozenset(found[p]["appeal_type"]),
                 frozenset(found[p]["section"])) for p, o in keep.items()]


def _title(code: str) -> str:
    from nlp.taxonomy import taxonomy

    fault = taxonomy().faults.get(code)
    return fault.title if fault else code.replace("_", " ")


def _one(cases: list[Case], issue: str, by: str, group: str, min_n: int) -> Driver:
    with_ = [c for c in cases if issue in c.issues]
    without = [c for c in cases if issue not in c.issues]
    k1, n1 = sum(c.allowed for c in with_), len(with_)
    k2, n2 = sum(c.allowed for c in without), len(without)
    d, lo, hi = newcombe(k1, n1, k2, n2)
    return Driver(issue, _title(issue), by, group, n1, k1, n2, k2, d, lo, hi, thin=n1 < min_n or n2 < min_n)


def _sorted(rows: list[Driver]) -> list[Driver]:
    """Readable cells first, each block by lift (largest first), then by issue for a stable order."""
    return sorted(rows, key=lambda r: (r.group, r.thin, -r.lift, r.issue))


def drivers(cases: list[Case], by: str = "all", min_n: int = MIN_N) -> list[Driver]:
    """The drivers table over all decisions, or within each appeal type or section in dispute."""
    if by not in BY:
        raise ValueError(f"drivers by {by!r}: choose one of {', '.join(BY)}")
    groups: list[tuple[str, list[Case]]]
    if by == "all":
        groups = [("", cases)]
    else:
        attr = "appeal_types" if by == "appeal_type" else "sections"
        values = sorted({v for c in cases for v in getattr(c, attr)})
        groups = [(v, [c for c in cases if v in getattr(c, attr)]) for v in values]
    out = []
    for group, members in groups:
        for issue in sorted({i for c in members for i in c.issues}):
            out.append(_one(members, issue, by, group, min_n))
    return _sorted(out)


def baseline(cases: list[Case]) -> tuple[int, int]:
    """(allowed, decisions) over all cases."""
    return sum(c.allowed for c in cases), len(cases)


def _pct(x: float) -> str:
    return "" if math.isnan(x) else f"{100 * x:.0f}%"


def _pts(x: float) -> str:
    return f"{100 * x:+.0f}"


def reading(cases: list[Case], rows: list[Driver], min_n: int = MIN_N) -> str:
    """One paragraph in plain English on the overall table (rows with by == "all")."""
    allowed, n = baseline(cases)
    if not n:
        return "No decision with a stated outcome is in the selection, so there is nothing to compare."
    rows = [r for r in rows if r.by == "all"]
    parts = [(f"Of the {n} decisions with a stated outcome, {allowed} ({allowed / n:.0%}) were allowed in full or in "
             "part; that is the baseline each drafting issue is compared with.")]
    readable = [r for r in rows if not r.thin]
    thin = len(rows) - len(readable)
    if not readable:
        parts.append(f"No drafting issue was found in at least {min_n} decisions and missing from at least {min_n}, "
                     "so no difference can be read yet.")
    else:
        top = max(readable, key=lambda r: abs(r.lift))
        parts.append(f"The issue that moves the outcome most is \u201c{top.title}\u201d: appeals where the tribunal "
                     f"found it were allowed in {_pct(top.rate_with)} of {top.n_with} decisions, against "
                     f"{_pct(top.rate_without)} of {top.n_without} without it, a difference of "
                     f"{_pts(top.lift)} points (95% interval {_pts(top.low)} to {_pts(top.high)}).")
        clear = [r for r in readable if r.clear]
        if clear:
            up = [r.title for r in clear if r.lift > 0]
            down = [r.title for r in clear if r.lift < 0]
            bits = []
            if up:
                bits.append(f"more often allowed with {_list(up)}")
            if down:
                bits.append(f"less often allowed with {_list(down)}")
            rest = ("; for the rest the difference could be chance" if len(clear) < len(readable) else "")
            parts.append(f"{len(clear)} of the {len(readable)} readable issues have an interval that leaves out "
                         f"zero ({'; '.join(bits)}){rest}.")
        else:
            parts.append(f"None of the {len(readable)} readable issues has an interval that leaves out zero, so no "
                         "difference is clear of chance in this selection.")
    if thin:
        parts.append(f"{thin} issue{'s are' if thin != 1 else ' is'} greyed out: found in fewer than {min_n} "
                     f"decisions (or missing from fewer than {min_n}), too few to read.")
    parts.append("These are associations in the decisions, not causes: a tribunal that looks closely at a plan "
                 "finds more issues in it.")
    return " ".join(parts)


def _list(items: list[str]) -> str:
    quoted = [f"\u201c{x}\u201d" for x in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


CSV_FIELDS = ["by", "group", "issue", "title", "n_with", "allowed_with", "rate_with", "n_without", "allowed_without",
              "rate_without", "lift", "low", "high", "thin"]


def to_csv(rows: list[Driver]) -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        row = r.to_row()
        for k in ("rate_with", "rate_without", "lift", "low", "high"):
            row[k] = "" if math.isnan(row[k]) else f"{row[k]:.4f}"
        w.writerow(row)
    return out.getvalue()


def to_text(cases: list[Case], rows: list[Driver], min_n: int = MIN_N) -> str:
    """The table as the CLI prints it: percentages, points and n, thin cells marked."""
    lines = [reading(cases, [r for r in rows if r.by == "all"] or drivers(cases, "all", min_n), min_n)]
    header = ["drafting issue", "code", "with: allowed/n", "without: allowed/n", "lift (points)", "95% interval",
              "read?"]
    current = None
    for r in rows:
        if r.group != current or current is None:
            current = r.group
            title = "All decisions" if r.by == "all" else f"{BY[r.by].capitalize()}: {r.group}"
            lines.extend(["", title, " | ".join(header), " | ".join("---" for _ in header)])
        lines.append(" | ".join([
            r.title, r.issue, f"{_pct(r.rate_with)} ({r.allowed_with}/{r.n_with})",
            f"{_pct(r.rate_without)} ({r.allowed_without}/{r.n_without})", _pts(r.lift),
            f"{_pts(r.low)} to {_pts(r.high)}", f"too few (n < {min_n})" if r.thin else ("clear of chance" if r.clear else "could be chance")]))
    return "\n".join(lines).lstrip("\n") + "\n"
