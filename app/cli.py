"""The `sendlens` command line. Thin: it calls the library and prints what it returns.

Exit status: 0 no findings at or above --min-severity, 1 findings, 2 bad input or usage.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from ingest import IngestError, load

from .output import expand_paths, render_text

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2, as argparse does, with our prefix
        self.print_usage(sys.stderr)
        print(f"sendlens: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sendlens", description="Finds the drafting faults in EHC plans that turn them into disputes.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def config(p):
        p.add_argument("--config", metavar="FILE", help="a council settings file (TOML); default: SENDLENS_CONFIG, "
                       "else sendlens.toml or .sendlens.toml in the current directory. Flags win over it")
        p.add_argument("--no-config", action="store_true", help="ignore any settings file")

    def common(p):
        p.add_argument("paths", nargs="+", metavar="PATH", help="plan files (PDF, DOCX, TXT, MD) or folders")
        p.add_argument("--rules", action="append", default=[], metavar="PACK",
                       help="an extra rule pack (YAML); may be repeated")
        p.add_argument("--disable", action="append", default=[], metavar="ID",
                       help="switch off a rule id or a fault code; may be repeated or comma-separated")
        p.add_argument("--max-size-mb", type=float, default=None, help="largest file accepted (default 50)")
        p.add_argument("--no-model", action="store_true", help="rules only: skip the learned second opinion")
        config(p)
        p.add_argument("--force", action="store_true",
                       help="check a document even when it does not look like an EHC plan")
        p.add_argument("--thread", choices=["off", "lexical", "embeddings", "auto"], default="off",
                       help="golden-thread check of needs against provision: lexical (key concepts, fast), embeddings "
                            "(sentence-transformer, needs the 'embed' extra), auto (embeddings if installed), off "
                            "(default)")

    check = sub.add_parser("check", help="check plans and list their drafting faults")
    common(check)
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument("--matrix", action="store_true", help="print the golden-thread matrix (needs, provision, outcomes)")
    check.add_argument("--min-severity", choices=["suggestion", "warning", "error"], default=None,
                       help="hide findings below this severity (default: the settings file's, else suggestion)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when faults are found")
    check.add_argument("--status", choices=["draft", "final"], help="treat the plan as a draft or final plan "
                       "(default: what the plan says about itself)")

    prov = sub.add_parser("provisions", help="the Section F provision table (CoP 9.69 elements per item)")
    common(prov)
    prov.add_argument("--format", choices=["csv", "json"], default="csv")
    batch = sub.add_parser("batch", help="analyse many plans or decisions into a results store")
    batch.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, globs, or @LISTFILE (one path a line)")
    batch.add_argument("--out", required=True, type=Path, help="OUT.jsonl, OUT.parquet (or a folder) or OUT.duckdb")
    batch.add_argument("--workers", type=int, default=1, help="processes to use (default 1)")
    batch.add_argument("--kind", choices=["auto", "plan", "decision"], default="auto")
    batch.add_argument("--executor", choices=["process", "dask"], default="process")
    batch.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786); default a local cluster")
    batch.add_argument("--max-size-mb", type=float, default=None)
    batch.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                       help="wall-clock budget per file; a file over it is recorded as an error (default 300)")
    batch.add_argument("--max-memory-mb", type=float, default=None,
                       help="memory budget per worker process while it reads a file (default 2048)")
    batch.add_argument("--no-progress", action="store_true")
    config(batch)

    dec = sub.add_parser("decision", help="analyse tribunal decisions: appeal type, sections, outcome, evidence")
    dec.add_argument("paths", nargs="+", metavar="PATH")
    dec.add_argument("--format", choices=["text", "json"], default="text")
    dec.add_argument("--max-size-mb", type=float, default=None)

    stats = sub.add_parser("stats", help="corpus view of a batch results store: time to decision, mediation, issues")
    stats.add_argument("store", type=Path, help="a .duckdb, .parquet (or folder) or .jsonl written by sendlens batch")
    stats.add_argument("--reference-days", type=int, default=None,
                       help="also give the share of decisions over this many days (no default: the statutory "
                            "20 weeks runs from the request for assessment, which decisions do not state)")
    stats.add_argument("--drivers", action="store_true",
                       help="the drivers table: allowed rate with and without each drafting issue, lift and 95%% "
                            "interval")
    stats.add_argument("--by", choices=["all", "appeal_type", "section"], default="all",
                       help="with --drivers: cut the table by appeal type or section in dispute")
    stats.add_argument("--min-n", type=int, default=None,
                       help="with --drivers: cells with fewer decisions than this are marked thin (default 5)")
    stats.add_argument("--csv", type=Path, default=None, metavar="FILE", help="with --drivers: also write it as CSV")

    ui = sub.add_parser("app", help="open the sendlens app in the browser (review, disputes dashboard, training)")
    ui.add_argument("--port", type=int, default=8501)
    ui.add_argument("--address", default="localhost", help="interface to listen on (default localhost only)")
    ui.add_argument("--max-upload-mb", type=int, default=50)

    train = sub.add_parser("train", help="rebuild the models from the project's own corpora (deterministic)")
    train.add_argument("which", nargs="?", choices=["all", "provisions", "decisions", "golden-thread"], default="all")
    train.add_argument("--no-embeddings", action="store_true", help="skip the sentence-transformer comparison")
    return parser


def _settings(args):
    from .settings import Settings, find_settings

    return Settings() if args.no_config else find_settings(args.config)


def _checker(args):
    """The checker for these flags merged with the council's settings file (flags win)."""
    from .compose import build_checker

    disabled = {x.strip() for d in args.disable for x in d.split(",") if x.strip()}
    return build_checker(rule_packs=args.rules, disabled=disabled, use_model=not args.no_model, thread=args.thread,
                         min_severity=getattr(args, "min_severity", None), settings=_settings(args))


def _load(path: Path, args):
    limit = int(args.max_size_mb * 1024 * 1024) if args.max_size_mb else None
    return load(path, max_bytes=limit)


def _expand(raw_paths: list[str]) -> list[Path]:
    """Like expand_paths, but a folder with nothing to read in it is an error, not zero files."""
    out: list[Path] = []
    for raw in raw_paths:
        found = expand_paths([raw])
        if not found:
            raise FileNotFoundError(f"{raw}: is a folder with no PDF, Word (.docx) or text files in it.")
        out.extend(found)
    return out


def _documents(paths: list[Path], args, errors: list[str]):
    """(path, Document) for every file that can be read; a file that cannot is reported on stderr
    in one line and its message kept in `errors`."""
    for path in paths:
        try:
            yield path, _load(path, args)
        except IngestError as err:
            errors.append(str(err))
            print(f"sendlens: {err}", file=sys.stderr)


def _not_a_plan(doc, report, args) -> str | None:
    """One line saying what a document looks like when it is not an EHC plan (exit 2), unless --force.
    A document of no recognisable kind is refused only when it has next to no plan wording and no plan
    section was found in it either."""
    if args.force:
        return None
    from nlp.kind import classify

    kind = classify(doc.text)
    if kind.kind == "plan" or (kind.kind == "other" and (report.sections.present or kind.plan_signals >= 1)):
        return None
    return f"{doc.filename}: {kind.reason} (pass --force to check it as a plan)."


def cmd_check(args) -> int:
    paths = _expand(args.paths)
    checker = _checker(args)
    reports, errors, worst = [], [], EXIT_OK
    for _path, doc in _documents(paths, args, errors):
        report = checker.check(doc, status=args.status)
        refusal = _not_a_plan(doc, report, args)
        if refusal:
            errors.append(refusal)
            print(f"sendlens: {refusal}", file=sys.stderr)
            continue
        reports.append(report)
        if report.findings:
            worst = EXIT_FINDINGS
    if args.format == "json":
        if len(paths) == 1 and reports:
            print(json.dumps(reports[0].to_json(), ensure_ascii=False))
        else:
            print(json.dumps({"files": [r.to_json() for r in reports], "errors": errors}, ensure_ascii=False))
    else:
        sys.stdout.write(render_text(reports, matrix=args.matrix))
    if errors:
        return EXIT_ERROR
    return EXIT_OK if args.exit_zero else worst


def cmd_provisions(args) -> int:
    checker = _checker(args)
    rows, errors, status = [], [], EXIT_OK
    for path, doc in _documents(_expand(args.paths), args, errors):
        report = checker.check(doc)
        refusal = _not_a_plan(doc, report, args)
        if refusal:
            print(f"sendlens: {refusal}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        if report.structure is not None and not report.structure.recognised:
            print(f"sendlens: warning: {path}: plan not understood: {report.structure.reason}; the table lists "
                  "every provision-like item, its section unknown.", file=sys.stderr)
        rows.extend({"file": str(path), **row.to_json()} for row in report.provisions)
    status = EXIT_ERROR if errors else status
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        out = io.StringIO()
        fields = ["file", "start", "end", "text", "amount", "frequency", "duration", "staff", "qualification",
                  "group_size", "where", "review", "missing", "passes"]
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "missing": " ".join(row["missing"])})
        sys.stdout.write(out.getvalue())
    return status


def cmd_batch(args) -> int:
    """Exit 0 when every file was read, 1 when some failed, 2 when none could be read or on bad usage."""
    import os
    import signal

    from .batch import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, Interrupted, run_batch
    from .settings import ENV

    def on_term(signum, frame):
        raise Interrupted(signame="SIGTERM")

    settings = _settings(args)  # worker processes build their checker from SENDLENS_CONFIG
    before = os.environ.get(ENV)
    if settings.path is not None:
        os.environ[ENV] = str(settings.path)
    else:
        os.environ.pop(ENV, None)
    previous = signal.signal(signal.SIGTERM, on_term)
    limit = int(args.max_size_mb * 1024 * 1024) if args.max_size_mb else None
    try:
        summary = run_batch(args.inputs, args.out, workers=max(1, args.workers), kind=args.kind,
                            executor=args.executor, scheduler=args.scheduler, max_bytes=limit,
                            progress=not args.no_progress,
                            timeout=args.timeout if args.timeout is not None else DEFAULT_TIMEOUT,
                            memory_mb=args.max_memory_mb if args.max_memory_mb is not None else DEFAULT_MEMORY_MB,
                            isolate=True)
    except Interrupted as err:
        where = f"; finished files are kept in {err.journal}: run the same command again to resume" if err.journal else ""
        print(f"\nsendlens: batch stopped by {err.signame}{where}.", file=sys.stderr)
        return 130 if err.signame == "SIGINT" else 143
    finally:
        signal.signal(signal.SIGTERM, previous)
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before
    print(summary.text(), file=sys.stderr)
    if summary.total == 0:
        print("sendlens: error: no PDF, Word (.docx) or text files found in the inputs.", file=sys.stderr)
        return EXIT_ERROR
    return summary.exit_code()


def cmd_decision(args) -> int:
    from .analyse import _analyser
    from .output import render_decision

    errors, outputs = [], []
    for path, doc in _documents(_expand(args.paths), args, errors):
        analysis = _analyser().analyse(doc)
        if args.format == "json":
            outputs.append({"path": str(path), **analysis.to_json()})
        else:
            sys.stdout.write(render_decision(str(path), analysis))
    if args.format == "json":
        print(json.dumps(outputs[0] if len(outputs) == 1 else outputs, ensure_ascii=False, indent=1))
    return EXIT_ERROR if errors else EXIT_OK


def cmd_train(args) -> int:
    argv = ["--no-embeddings"] if args.no_embeddings else []
    if args.which in ("all", "provisions"):
        from models.train_provision import main as train_provisions

        train_provisions(argv)
    if args.which in ("all", "decisions"):
        from models.train_decisions import main as train_decisions

        train_decisions(argv)
    if args.which in ("all", "golden-thread"):
        from models.tune_golden_thread import main as tune_golden_thread

        tune_golden_thread(argv)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("\nsendlens: stopped (Ctrl-C).", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of our output went away (`sendlens check ... | head`)
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return EXIT_ERROR
    except OSError as err:  # an output or input path the system refused: one line, no traceback
        where = f"{err.filename}: " if getattr(err, "filename", None) else ""
        print(f"sendlens: error: {where}{err.strerror or err}", file=sys.stderr)
        return EXIT_ERROR


def _run(args) -> int:
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "provisions":
            return cmd_provisions(args)
        if args.command == "batch":
            return cmd_batch(args)
        if args.command == "decision":
            return cmd_decision(args)
        if args.command == "train":
            return cmd_train(args)
        if args.command == "stats":
            from .stats import corpus_stats, drivers_report

            if args.store.suffix != ".parquet" and not args.store.exists():
                raise FileNotFoundError(f"{args.store}: no such results store; write one with `sendlens batch`")
            if not args.drivers and (args.csv or args.by != "all" or args.min_n is not None):
                raise ValueError("--csv, --by and --min-n go with --drivers: sendlens stats STORE --drivers ...")
            if args.drivers:
                sys.stdout.write(drivers_report(args.store, args.by, args.min_n, args.csv))
            else:
                sys.stdout.write(corpus_stats(args.store, args.reference_days))
            return EXIT_OK
        if args.command == "app":
            from .launch import main as launch

            return launch(["--port", str(args.port), "--address", args.address,
                           "--max-upload-mb", str(args.max_upload_mb)])
    except (ValueError, OSError, RuntimeError) as err:  # bad pack or rule id, missing or unwritable path, missing extra
        print(f"sendlens: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
