"""Where batch results live: a JSON Lines journal (the contract of ../shared/eval/README.md, and
what makes a run resumable), converted at the end to Parquet tables or a DuckDB database with
tables for documents, findings and decision labels."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from nlp.timeline import timeline_columns

TABLES = ("documents", "findings", "labels")
# Columns a store's tables must have (more are allowed: the schema grows by adding columns).
REQUIRED_COLUMNS = {"documents": {"path", "status", "kind"}, "findings": {"path"}, "labels": {"path"}}
# DuckDB settings for opening a store someone else wrote: no file, network or extension access from
# SQL, and the settings cannot be changed afterwards by anything the database holds.
SAFE_DUCKDB_CONFIG = {"enable_external_access": False, "autoload_known_extensions": False,
                      "autoinstall_known_extensions": False, "lock_configuration": True}
STORE_DIR_ENV = "SENDLENS_STORE_DIR"  # set to allow the dashboard to open stores from this folder


class StoreError(ValueError):
    """A results store that is not safe or not valid to open; `str(err)` is one line naming it."""


def journal_path(out: Path) -> Path:
    return out if out.suffix == ".jsonl" else out.with_name(out.name + ".journal.jsonl")


def read_journal(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return parse_journal(f)


def parse_journal(lines: Iterable[str]) -> list[dict]:
    """The records of a JSON Lines journal (a file or an upload); a line cut by an interrupted run
    is skipped, and the batch simply redoes it."""
    records = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict):
            records.append(record)
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
            **timeline_columns(d.get("timeline") or {}),
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




def _label_row(path: str, kind: str, lab: dict) -> dict:
    ev = (lab.get("evidence") or [{}])[0]
    return {"path": path, "label_type": kind, "value": lab["value"], "score": lab.get("score"),
            "source": lab.get("source"), "evidence_start": ev.get("start"), "evidence_end": ev.get("end"),
            "evidence_text": ev.get("text")}


_SCHEMA_HINT = {"documents": "path", "findings": "path", "labels": "path"}


def write_parquet(records: list[dict], out: Path) -> list[Path]:
    """One Parquet file per table: OUT_documents.parquet, OUT_findings.parquet, OUT_labels.parquet
    (or OUT/<table>.parquet when OUT is a folder). Each is written beside its target and renamed,
    so a failed write (disk full, no permission) leaves neither a half file nor a temp file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = rows(records)
    written = []
    for name in TABLES:
        target = (out / f"{name}.parquet") if out.suffix == "" else out.with_name(f"{out.stem}_{name}.parquet")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = tables[name]
        table = pa.Table.from_pylist(data) if data else pa.table({_SCHEMA_HINT[name]: pa.array([], pa.string())})
        tmp = target.with_name(target.name + ".tmp")
        try:
            pq.write_table(table, tmp)
            tmp.replace(target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        written.append(target)
    return written


def write_duckdb(records: list[dict], out: Path) -> Path:
    import duckdb
    import pyarrow as pa

    tables = rows(records)
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.unlink(missing_ok=True)
        con = duckdb.connect(str(tmp))
        try:
            for name in TABLES:
                data = tables[name]
                arrow = pa.Table.from_pylist(data) if data else pa.table({_SCHEMA_HINT[name]: pa.array([], pa.string())})
                con.register("incoming", arrow)
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM incoming")
                con.unregister("incoming")
            con.execute("CHECKPOINT")  # a failed write surfaces here, not as a silently short database
        finally:
            con.close()
        wal = tmp.with_name(tmp.name + ".wal")
        if wal.exists() and wal.stat().st_size:
            raise OSError(f"the database could not be completed (its log {wal.name} was not written back)")
        tmp.replace(out)  # readers never see a half-written database
    except duckdb.Error as err:
        _remove_tmp(tmp)
        raise OSError(str(err).splitlines()[0]) from None
    except BaseException:
        _remove_tmp(tmp)
        raise
    return out


def _remove_tmp(tmp: Path) -> None:
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def open_duckdb(path: Path):
    """A read-only connection to a store that holds only data: real tables with the expected columns,
    no views, macros or attached databases, SQL file access off and the configuration locked.

    A store is a file someone else may have written: a view over `read_csv('/etc/passwd')` must not
    show a server file to whoever opens it. Raises StoreError (one line) otherwise."""
    import duckdb

    try:
        con = duckdb.connect(str(path), read_only=True, config=dict(SAFE_DUCKDB_CONFIG))
    except duckdb.Error as err:
        raise StoreError(f"{path}: is not a readable DuckDB store ({str(err).splitlines()[0][:120]}).") from None
    try:
        _check_duckdb(con, path)
    except BaseException:
        con.close()
        raise
    return con


def _check_duckdb(con, path: Path) -> None:
    def problem(what: str) -> StoreError:
        return StoreError(f"{path}: {what}, so it was not opened. Use a store written by `sendlens batch`.")

    databases = con.sql("SELECT database_name FROM duckdb_databases() WHERE NOT internal").fetchall()
    if len(databases) != 1:
        raise problem("attaches other databases")
    if _count(con, "duckdb_views() WHERE NOT internal"):
        raise problem("contains views (queries that run when read)")
    if _count(con, "duckdb_functions() WHERE NOT internal"):
        raise problem("contains macros")
    if _count(con, "duckdb_columns() WHERE NOT internal AND column_default IS NOT NULL"):
        raise problem("has columns with computed defaults")
    tables = {name for (name,) in con.sql("SELECT table_name FROM duckdb_tables() WHERE NOT internal").fetchall()}
    for name, needed in REQUIRED_COLUMNS.items():
        if name not in tables:
            raise problem(f"has no '{name}' table")
        cols = {c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?",
                                          [name]).fetchall()}
        if name == "documents" and not needed <= cols:
            raise problem(f"has a '{name}' table without the columns {sorted(needed - cols)}")
        if "path" not in cols:
            raise problem(f"has a '{name}' table without a 'path' column")


def _count(con, source: str) -> int:
    return con.execute(f"SELECT count(*) FROM {source}").fetchall()[0][0]


def server_store_dir() -> Path | None:
    """The folder the dashboard may open stores from by path (SENDLENS_STORE_DIR); None: the option is off."""
    raw = os.environ.get(STORE_DIR_ENV, "").strip()
    return Path(raw).resolve() if raw else None


def resolve_server_store(raw: str) -> Path:
    """A store path typed into the dashboard, allowed only inside `server_store_dir()`.

    Every refusal is the same sentence, so the box cannot be used to learn which folders exist."""
    folder = server_store_dir()
    if folder is None:
        raise StoreError("Opening a store by server path is off. Upload the store instead, or start the app "
                         f"with {STORE_DIR_ENV} set to the folder of stores.")
    refused = StoreError(f"That path is not a results store in the configured folder ({STORE_DIR_ENV}).")
    try:
        candidate = (folder / raw).resolve() if not Path(raw).is_absolute() else Path(raw).resolve()
    except (OSError, RuntimeError, ValueError):
        raise refused from None
    if folder not in candidate.parents or candidate.suffix not in (".duckdb", ".parquet", ".jsonl", ""):
        raise refused
    if not (candidate.is_file() or (candidate.suffix == "" and candidate.is_dir())):
        raise refused
    return candidate


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
        con = open_duckdb(path)
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
