"""Where batch results live: a JSON Lines journal (the contract of ../shared/eval/README.md, and
what makes a run resumable), converted at the end to Parquet tables or a DuckDB database with
tables for documents, findings and decision labels."""
from __future__ import annotations

import json
from pathlib import Path

TABLES = ("documents", "findings", "labels")


def journal_path(out: Path) -> Path:
    return out if out.suffix == ".jsonl" else out.with_name(out.name + ".journal.jsonl")


def read_journal(path: Path) -> list[dict]:
    records = []
    if not path.exists():
        return records
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line cut by an interrupted run is simply redone
    return records


def finished(records: list[dict]) -> set[str]:
    return {r["path"] for r in records if r.get("status") in ("ok", "error")}


def rows(records: list[dict]) -> dict[str, list[dict]]:
    """Flattens records into the three tables."""
    docs, findings, labels = [], [], []
    for r in records:
        d = r.get("decision") or {}
        meta = d.get("metadata") or {}
        docs.append({
            "path": r["path"], "status": r.get("status"), "error": r.get("error"), "kind": r.get("kind"),
            "format": r.get("format"), "pages": r.get("pages"), "sha256": r.get("sha256"),
            "seconds": r.get("seconds"), "tribunal": d.get("tribunal"), "outcome": d.get("outcome"),
            "level": d.get("level"), "appellant": d.get("appellant"), "error_of_law": d.get("error_of_law"),
            "disposal": d.get("disposal"), "duplicate_of": r.get("duplicate_of"),
            "local_authority": meta.get("local_authority"), "decision_date": meta.get("decision_date"),
            "hearing_date": meta.get("hearing_date"), "reference": meta.get("reference"), "judge": meta.get("judge"),
            "age": meta.get("age"), "phase": meta.get("phase"),
            "anonymisation_warnings": len(d.get("anonymisation_warnings") or []),
            **_timeline_columns(d.get("timeline") or {}),
            "errors": ((r.get("plan") or {}).get("summary") or {}).get("error"),
            "warnings": ((r.get("plan") or {}).get("summary") or {}).get("warning"),
            "enforceability": ((r.get("plan") or {}).get("summary") or {}).get("enforceability"),
        })
        for f in r.get("findings") or []:
            findings.append({"path": r["path"], "code": f["code"], "severity": f["severity"], "section": f.get("section"),
                             "start": f["start"], "end": f["end"], "text": f.get("text"), "source": f.get("source"),
                             "score": f.get("score")})
        evidence = d.get("evidence") or {}
        for kind in ("appeal_types", "sections", "drafting_issues"):
            for lab in evidence.get(kind) or [{"value": v, "score": None, "source": None, "evidence": []}
                                              for v in d.get(kind, [])]:
                labels.append(_label_row(r["path"], kind[:-1] if kind != "drafting_issues" else "drafting_issue", lab))
        if d.get("outcome"):
            lab = evidence.get("outcome") or {"value": d["outcome"], "score": None, "source": None, "evidence": []}
            labels.append(_label_row(r["path"], "outcome", lab))
    return {"documents": docs, "findings": findings, "labels": labels}


TIMELINE_DATES = ("la_decision", "appeal_registered", "mediation_certificate", "hearing", "decision", "final_plan")
DURATIONS = ("la_decision_to_hearing", "registration_to_decision", "la_decision_to_decision", "registration_to_hearing")


def _timeline_columns(t: dict) -> dict:
    dates = t.get("dates") or {}
    durations = t.get("durations") or {}
    out = {f"date_{k}": dates.get(k) for k in TIMELINE_DATES}
    out.update({f"days_{k}": durations.get(k) for k in DURATIONS})
    out["mediation"] = (t.get("mediation") or {}).get("status")
    return out


def _label_row(path: str, kind: str, lab: dict) -> dict:
    ev = (lab.get("evidence") or [{}])[0]
    return {"path": path, "label_type": kind, "value": lab["value"], "score": lab.get("score"),
            "source": lab.get("source"), "evidence_start": ev.get("start"), "evidence_end": ev.get("end"),
            "evidence_text": ev.get("text")}


_SCHEMA_HINT = {"documents": "path", "findings": "path", "labels": "path"}


def write_parquet(records: list[dict], out: Path) -> list[Path]:
    """One Parquet file per table: OUT_documents.parquet, OUT_findings.parquet, OUT_labels.parquet
    (or OUT/<table>.parquet when OUT is a folder)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = rows(records)
    written = []
    for name in TABLES:
        target = (out / f"{name}.parquet") if out.suffix == "" else out.with_name(f"{out.stem}_{name}.parquet")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = tables[name]
        table = pa.Table.from_pylist(data) if data else pa.table({_SCHEMA_HINT[name]: pa.array([], pa.string())})
        pq.write_table(table, target)
        written.append(target)
    return written


def write_duckdb(records: list[dict], out: Path) -> Path:
    import duckdb
    import pyarrow as pa

    tables = rows(records)
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    con = duckdb.connect(str(tmp))
    try:
        for name in TABLES:
            data = tables[name]
            arrow = pa.Table.from_pylist(data) if data else pa.table({_SCHEMA_HINT[name]: pa.array([], pa.string())})
            con.register("incoming", arrow)
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM incoming")
            con.unregister("incoming")
    finally:
        con.close()
    tmp.replace(out)  # readers never see a half-written database
    return out


def _arrow(result):
    """An Arrow table from a DuckDB result, across the 1.x and 2.x APIs."""
    for method in ("to_arrow_table", "arrow", "fetch_arrow_table"):
        if hasattr(result, method):
            table = getattr(result, method)()
            return table.read_all() if hasattr(table, "read_all") else table
    raise RuntimeError("this DuckDB version offers no Arrow export")


def load_tables(path: Path) -> dict:
    """Reads a store back as pandas-free Arrow tables: a .duckdb file, Parquet files or a JSONL journal."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if path.suffix == ".duckdb":
        import duckdb

        con = duckdb.connect(str(path), read_only=True)
        try:
            return {name: _arrow(con.sql(f"SELECT * FROM {name}")) for name in TABLES}
        finally:
            con.close()
    if path.suffix == ".jsonl":
        tables = rows(read_journal(path))
        return {name: pa.Table.from_pylist(tables[name]) for name in TABLES}
    out = {}
    for name in TABLES:
        target = (path / f"{name}.parquet") if path.suffix == "" else path.with_name(f"{path.stem}_{name}.parquet")
        out[name] = pq.read_table(target)
    return out
