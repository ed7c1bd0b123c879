"""What every session shares, built once per server, and the per-session calls into it.

The checker (rule packs compiled, provision model loaded) and the decision analyser are built once
with `st.cache_resource` and never mutated. A check runs under a lock: the checker's spaCy
tokenizer keeps an internal cache that is not meant to be written by two threads at once (a check
takes about 0.1 s, so sessions queue for very little). PDF reading is already serialised inside
`ingest` (every pdfium and pdfplumber call in `ingest/pdf_reader.py` holds `PDFIUM_LOCK`).

Everything a session owns (the uploaded bytes, its Document and Report, the reviewer's decisions)
lives in that session's `st.session_state`; nothing uploaded is written to disk.
"""
from __future__ import annotations

import csv
import hashlib
import logging
import os
import tempfile
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from ingest import Document, IngestError, load
from nlp.checker import Checker, Report
from nlp.provisions import ProvisionRow

log = logging.getLogger("sendlens.app")

MAX_UPLOAD_MB = int(float(os.environ.get("SENDLENS_MAX_MB") or 50))  # `sendlens app --max-upload-mb` sets it
PLAN_TYPES = ["pdf", "docx", "txt", "md"]
STORE_TYPES = ["duckdb", "parquet", "jsonl"]
DECISION_SUFFIXES = {".pdf", ".docx", ".txt"}  # README.md and labels.tsv in the folder are not decisions

# Headings used to check one sentence on its own, as a bullet in its section (as tests/test_rule_examples.py does).
SECTION_HEADINGS = {
    "A": "Section A: Views, interests and aspirations", "B": "Section B: Special educational needs",
    "C": "Section C: Health needs", "D": "Section D: Social care needs", "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision", "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the CSDPA",
    "H2": "Section H2: Other social care provision", "I": "Section I: Placement",
}


def repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def samples_dir() -> Path:
    """The bundled fictional samples: the folder named by SENDLENS_SAMPLES, else `corpus_samples/` of
    the source tree (an editable install), else `corpus_samples/` in the working folder (a wheel
    install started from a clone)."""
    env = os.environ.get("SENDLENS_SAMPLES")
    if env:
        return Path(env)
    for candidate in (repo_root() / "corpus_samples", Path.cwd() / "corpus_samples"):
        if candidate.is_dir():
            return candidate
    return repo_root() / "corpus_samples"


def sample_plans() -> list[Path]:
    folder = samples_dir() / "plans"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in {f".{t}" for t in PLAN_TYPES} and p.is_file())


def sample_decisions() -> list[Path]:
    folder = samples_dir() / "decisions"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in DECISION_SUFFIXES and p.is_file())


def provisions_tsv() -> Path:
    import models

    return Path(models.__file__).resolve().parent / "data" / "provisions.tsv"


# ---------------------------------------------------------------- shared, built once per server

@dataclass(frozen=True)
class Engine:
    checker: Checker
    lock: threading.Lock


def thread_mode() -> str:
    """The golden-thread check the app runs: SENDLENS_THREAD=off|lexical|embeddings|auto (default lexical,
    which needs no torch; 'auto' uses the sentence-transformer when the 'embed' extra is installed)."""
    mode = (os.environ.get("SENDLENS_THREAD") or "lexical").strip().lower()
    return mode if mode in ("off", "lexical", "embeddings", "auto") else "lexical"


@st.cache_resource(show_spinner="Loading the sendlens checker…")
def engine() -> Engine:
    from app.compose import build_checker

    return Engine(build_checker(thread=thread_mode()), threading.Lock())


@st.cache_resource(show_spinner="Loading the decision analyser…")
def analyser():
    from app.analyse import _analyser

    return _analyser()


def cache_dir() -> Path:
    """Where the analysed sample decisions are kept between server starts (never inside the repo)."""
    env = os.environ.get("SENDLENS_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sendlens"


def _sample_key(files: list[Path]) -> str:
    """The bundled decisions' hashes, plus the code and data that read them: a change to either
    makes a new key, so a stale analysis is never shown."""
    h = hashlib.sha256()
    for p in files:
        h.update(p.name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    root = repo_root()
    code = sorted([*root.joinpath("nlp").rglob("*.py"), *root.joinpath("nlp").rglob("*.yaml"),
                   *root.joinpath("nlp").rglob("*.json"), root / "app" / "analyse.py", root / "app" / "store.py",
                   root / "app" / "batch.py", *root.joinpath("models").glob("*.py"),
                   *root.joinpath("models", "artifacts").glob("*")])
    for p in code:
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:24]


def _read_cached(folder: Path) -> dict | None:
    import pyarrow.parquet as pq

    from app.store import TABLES

    try:
        return {name: pq.read_table(folder / f"{name}.parquet") for name in TABLES}
    except Exception:  # noqa: BLE001 - a missing or damaged cache is simply rebuilt
        return None


def _write_cached(folder: Path, tables: dict) -> None:
    import pyarrow.parquet as pq

    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
        for name, table in tables.items():
            pq.write_table(table, tmp / f"{name}.parquet")
        os.replace(tmp, folder)  # readers never see half a cache
    except OSError as err:  # a read-only home: no cache, the analysis still works
        log.info("sample decisions not cached: %s", err)


@st.cache_resource(show_spinner="Analysing the bundled sample decisions (about 10 seconds, once)…")
def sample_decision_tables() -> dict | None:
    """The bundled decisions run through `sendlens batch` and read back as Arrow tables (immutable,
    so every session shares them). The result is kept on disk, keyed by the decisions' hashes, so
    later server starts read it back in a fraction of a second."""
    files = sample_decisions()
    if not files:
        return None
    folder = cache_dir() / f"sample_decisions-{_sample_key(files)}"
    cached = _read_cached(folder) if folder.is_dir() else None
    if cached is not None:
        return cached
    from app.batch import run_batch

    analyser()  # built once, here, and reused by the batch (it runs in this process)
    with tempfile.TemporaryDirectory(prefix="sendlens-samples-") as tmp:
        out = Path(tmp) / "sample_decisions.duckdb"
        run_batch([str(p) for p in files], out, workers=1, kind="decision", progress=False)
        tables = read_store(out)
    _write_cached(folder, tables)
    return tables


def store_folder() -> Path | None:
    """The one folder whose stores the dashboard may open by name (SENDLENS_STORE_DIR); None, the
    default, switches the path box off."""
    env = (os.environ.get("SENDLENS_STORE_DIR") or "").strip()
    if not env:
        return None
    folder = Path(env).expanduser().resolve()
    return folder if folder.is_dir() else None


def read_store(path: Path) -> dict:
    """A results store as Arrow tables. A DuckDB file is opened read-only with external access off,
    and only real tables are read: a view over a server file, or an attached database, is refused."""
    from app import store

    path = Path(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DuckDB's note about an extra Arrow copy
        if path.suffix == ".duckdb" and not hasattr(store, "open_duckdb"):  # the store's own safe opener, if any
            return _duckdb_tables(path)
        return store.load_tables(path)


def _duckdb_tables(path: Path) -> dict:
    import duckdb

    from app.store import TABLES, _arrow

    try:
        con = duckdb.connect(str(path), read_only=True,
                             config={"enable_external_access": False, "autoload_known_extensions": False,
                                     "autoinstall_known_extensions": False})
    except duckdb.Error as err:
        raise ValueError(f"{path.name}: not a DuckDB database sendlens can read ({type(err).__name__}).") from None
    try:
        con.execute("SET lock_configuration = true")
        kinds = dict(con.execute("SELECT table_name, table_type FROM information_schema.tables "
                                 "WHERE table_catalog = current_database() AND table_schema = 'main'").fetchall())
        extra = con.execute("SELECT count(*) FROM duckdb_databases() WHERE NOT internal "
                            "AND database_name <> current_database()").fetchall()[0][0]
        bad = [n for n in TABLES if kinds.get(n) != "BASE TABLE"]
        if bad or extra:
            raise ValueError(f"{path.name}: not a sendlens results store (the {', '.join(bad) or 'database'} "
                             "must be plain tables written by `sendlens batch`).")
        return {name: _arrow(con.sql(f"SELECT * FROM main.{name}")) for name in TABLES}
    except duckdb.Error as err:
        raise ValueError(f"{path.name}: could not read the store ({type(err).__name__}).") from None
    finally:
        con.close()


# ---------------------------------------------------------------- per-session work

def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_plan(data: bytes, filename: str) -> Document:
    """`ingest.load` from bytes; raises IngestError (a complete, user-facing sentence) for bad files."""
    return load(data, filename, max_bytes=MAX_UPLOAD_MB * 1024 * 1024)


def check(doc: Document, status: str | None = None):
    eng = engine()
    with eng.lock:
        return eng.checker.check(doc, status=status)


@dataclass
class PlanResult:
    sha: str
    filename: str
    data: bytes | None = None
    doc: Document | None = None
    report: Report | None = None
    error: str | None = None


def review_plan(data: bytes, filename: str) -> PlanResult:
    """Load and check an upload; a bad file gives `error` (never an exception or a traceback)."""
    result = PlanResult(sha256(data), filename, data)
    try:
        result.doc = load_plan(data, filename)
        result.report = check(result.doc)
    except IngestError as err:
        result.error = str(err)
    except Exception as err:  # a bug must not show a traceback (which could quote the plan) to the user
        log.exception("checking %s failed", filename)
        result.error = (f"{filename}: sendlens could not check this file ({type(err).__name__}). "
                        "Try saving it again as PDF or Word; if it keeps failing, report it to the maintainers.")
    if result.error:
        result.data = None
    return result


def is_thread_finding(f) -> bool:
    return str(f.source).startswith("golden-thread")


def visible_report(report, include_thread: bool = False):
    """The report the page shows and exports: golden-thread findings only when asked for."""
    import dataclasses

    if include_thread or report is None or not any(is_thread_finding(f) for f in report.findings):
        return report
    return dataclasses.replace(report, findings=[f for f in report.findings if not is_thread_finding(f)])


@dataclass
class SentenceCheck:
    sentence: str
    section: str
    findings: list  # Findings with offsets relative to `sentence`
    provision: ProvisionRow | None  # when the sentence is a Section F provision


def check_sentence(sentence: str, section: str = "F") -> SentenceCheck:
    """Checks one sentence as a bullet of its section; findings are shifted to offsets in `sentence`."""
    import dataclasses

    sentence = " ".join(sentence.split())
    heading = SECTION_HEADINGS.get(section, SECTION_HEADINGS["F"])
    text = f"{heading}\n\n- {sentence}\n"
    start = text.index(sentence, len(heading))
    end = start + len(sentence)
    report = check(load(text.encode("utf-8"), "sentence.txt"))
    findings = []
    for f in report.findings:
        if f.end > start and f.start < end and f.end > f.start:
            s, e = max(f.start, start) - start, min(f.end, end) - start
            findings.append(dataclasses.replace(f, start=s, end=e, text=sentence[s:e]))
    provision = next((p for p in report.provisions if p.start <= start < p.end or start <= p.start < end), None)
    return SentenceCheck(sentence, section, findings, provision)


@st.cache_resource(show_spinner=False)
def labelled_sentences() -> tuple[dict, ...]:
    """The project's own labelled sentences (models/data/provisions.tsv), read-only."""
    path = provisions_tsv()
    if not path.is_file():
        return ()
    with open(path, encoding="utf-8", newline="") as f:
        rows = [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f, delimiter="\t")]
    return tuple(r for r in rows if r.get("text") and r.get("label") in ("vague", "specific"))
