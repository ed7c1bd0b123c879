"""`sendlens stats STORE`: the corpus view of a results store in text: time to decision by appeal
type, local authority and year (with the share over a reference you choose: no default, since no
statutory timescale measures the LA-decision-to-tribunal span); outcomes with and without
mediation; which drafting issues appear in appeals and how often those appeals are allowed.

`sendlens stats STORE --drivers [--by appeal_type|section] [--csv FILE]` prints the drivers table
of `app/drivers.py` instead: allowed rate with and without each issue, the lift and its 95% interval."""
from __future__ import annotations

from pathlib import Path


def _rows(table) -> list[dict]:
    return table.to_pylist() if hasattr(table, "to_pylist") else list(table)


def drivers_report(store: Path, by: str = "all", min_n: int | None = None, csv_path: Path | None = None) -> str:
    """The drivers table of a store as text; also written as CSV to `csv_path` when given."""
    from . import drivers as dr
    from .store import load_tables

    min_n = dr.MIN_N if min_n is None else min_n
    tables = load_tables(store)
    cases = dr.cases_from_tables(_rows(tables["documents"]), _rows(tables["labels"]))
    rows = dr.drivers(cases, by, min_n)
    if csv_path is not None:
        tmp = csv_path.with_name(csv_path.name + ".tmp")
        tmp.write_text(dr.to_csv(rows), encoding="utf-8")
        tmp.replace(csv_path)
    return f"Corpus: {store}\n" + dr.to_text(cases, rows, min_n)


def corpus_stats(store: Path, reference_days: int | None = None) -> str:
    import duckdb

    from .store import load_tables

    tables = load_tables(store)
    con = duckdb.connect()
    folded = _register_without_duplicates(con, tables)
    lines = [f"Corpus: {store}"]
    docs = con.execute("SELECT count(*) FROM documents WHERE kind = 'decision' AND status = 'ok'").fetchone()[0]
    lines.append(f"{docs} decisions analysed; {folded} duplicate file{'' if folded == 1 else 's'} "
                 f"(the same decision in another format) folded and not counted")
    if not docs:
        return "\n".join(lines) + "\n"

    def table(title: str, sql: str, headers: list[str]) -> None:
        rows = con.execute(sql).fetchall()
        lines.extend(["", title, " | ".join(headers), " | ".join("---" for _ in headers)])
        for row in rows:
            lines.append(" | ".join("" if v is None else (f"{v:.0f}" if isinstance(v, float) else str(v)) for v in row))

    cols = {c for c in tables["documents"].column_names}
    span = "days_la_decision_to_decision" if "days_la_decision_to_decision" in cols else None
    if span:
        over = (f", round(100.0 * avg(CASE WHEN d.{span} > {int(reference_days)} THEN 1 ELSE 0 END), 0)"
                if reference_days else "")
        table("Days from the LA's decision to the tribunal's decision, by appeal type",
              f"""SELECT l.value AS appeal_type, count(d.{span}) AS known, median(d.{span}) AS median_days{over}
                  FROM documents d JOIN labels l ON l.path = d.path AND l.label_type = 'appeal_type'
                  WHERE d.{span} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC""",
              ["appeal type", "decisions with both dates", "median days",
               *([f"% over {reference_days} days"] if reference_days else [])])
        table("By local authority (top 10)",
              f"""SELECT local_authority, count(*), median({span}) FROM documents
                  WHERE {span} IS NOT NULL AND local_authority IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 10""",
              ["local authority", "decisions", "median days"])
        table("By year of decision",
              f"""SELECT substr(decision_date, 1, 4) AS year, count(*), median({span}) FROM documents
                  WHERE {span} IS NOT NULL AND decision_date IS NOT NULL GROUP BY 1 ORDER BY 1""",
              ["year", "decisions", "median days"])
    if "mediation" in cols:
        table("Outcomes by mediation",
              """SELECT coalesce(mediation, 'not_stated') AS mediation, count(*) AS decisions,
                        round(100.0 * avg(CASE WHEN outcome = 'allowed' THEN 1 ELSE 0 END), 0) AS pct_allowed,
                        round(100.0 * avg(CASE WHEN outcome IN ('conceded', 'withdrawn') THEN 1 ELSE 0 END), 0)
                 FROM documents WHERE kind = 'decision' AND status = 'ok' GROUP BY 1 ORDER BY 2 DESC""",
              ["mediation", "decisions", "% allowed", "% conceded or withdrawn"])
    table("Drafting issues the tribunal found, and how often those appeals were allowed",
          """SELECT l.value, count(DISTINCT l.path) AS decisions,
                    round(100.0 * avg(CASE WHEN d.outcome = 'allowed' THEN 1 ELSE 0 END), 0)
             FROM labels l JOIN documents d ON d.path = l.path
             WHERE l.label_type = 'drafting_issue' GROUP BY 1 ORDER BY 2 DESC""",
          ["drafting issue", "decisions", "% allowed"])
    return "\n".join(lines) + "\n"


def _register_without_duplicates(con, tables: dict) -> int:
    """Registers the store's tables with later copies of a decision (`duplicate_of` set) left out, so every
    figure counts decisions, not files; returns how many copies were folded."""
    docs = tables["documents"]
    if "duplicate_of" not in docs.column_names:
        for name, table in tables.items():
            con.register(name, table)
        return 0
    for name, table in tables.items():
        con.register(f"all_{name}", table)
    con.execute("CREATE VIEW documents AS SELECT * FROM all_documents WHERE duplicate_of IS NULL")
    for name in tables:
        if name != "documents":
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM all_{name} "
                        "WHERE path IN (SELECT path FROM all_documents WHERE duplicate_of IS NULL)")
    return con.execute("SELECT count(*) FROM all_documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
