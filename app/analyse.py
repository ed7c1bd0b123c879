"""One document in, one JSON-able record out: the unit of work of `sendlens batch`.

Each worker process builds its checker and decision analyser once (they are cached per process)
and never lets one bad file stop the run: any failure becomes a record with status "error".
"""
from __future__ import annotations

import hashlib
import time
import traceback
from functools import lru_cache
from pathlib import Path

from ingest import IngestError, load, read_checked


@lru_cache(maxsize=1)
def _checker():
    from .compose import build_checker

    return build_checker()


@lru_cache(maxsize=1)
def _analyser():
    from models.decision_model import load_default
    from nlp.decisions import DecisionAnalyser

    return DecisionAnalyser(model=load_default())


def analyse_bytes(data: bytes, path: str, kind: str = "auto", max_bytes: int | None = None,
                  evidence: bool = True) -> dict:
    started = time.perf_counter()
    record: dict = {"path": path, "status": "ok", "sha256": hashlib.sha256(data).hexdigest()}
    try:
        doc = load(data, path, max_bytes=max_bytes)
        from nlp.kind import detect_kind

        found = detect_kind(doc.text) if kind == "auto" else kind
        record.update({"kind": found, "format": doc.format, "pages": doc.pages, "chars": len(doc.text)})
        if found == "decision":
            from nlp.fingerprint import fingerprint

            record["decision"] = _analyser().analyse(doc).to_json(evidence=evidence)
            record["fingerprint"] = fingerprint(doc.text, record["decision"])
        elif found == "plan":
            report = _checker().check(doc)
            summary = report.to_json()
            record["plan"] = {k: summary[k] for k in ("layout", "sections", "missing_sections", "merged_sections",
                                                      "summary")}
            record["findings"] = summary["findings"]
        else:
            record["status"] = "error"
            record["error"] = (f"{path}: does not look like an EHC plan or a tribunal decision. "
                               "Pass --kind plan or --kind decision if it is one.")
    except IngestError as err:
        record.update({"status": "error", "error": str(err), "error_type": err.kind})
    except Exception as err:  # noqa: BLE001 (a bug must not stop a batch of thousands; it is recorded with its trace)
        record.update({"status": "error", "error": f"{path}: internal error {type(err).__name__}: {err}",
                       "error_type": "InternalError", "trace": traceback.format_exc(limit=5)})
    record["seconds"] = round(time.perf_counter() - started, 4)
    return record


def analyse_path(path: str, kind: str = "auto", max_bytes: int | None = None) -> dict:
    try:
        data = read_checked(Path(path), path, max_bytes)
    except IngestError as err:
        return {"path": path, "status": "error", "error": str(err), "error_type": err.kind}
    return analyse_bytes(data, path, kind, max_bytes)
