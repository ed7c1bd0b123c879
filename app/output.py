"""Text output in the style of a linter, grouped by file and section."""
from __future__ import annotations

import glob
from pathlib import Path

SUPPORTED = {".pdf", ".docx", ".txt", ".md"}


def expand_paths(paths: list[str]) -> list[Path]:
    """Files as given, folders expanded to the supported files inside them, globs expanded."""
    out: list[Path] = []
    for raw in paths:
        matches = [Path(p) for p in glob.glob(raw)] if any(ch in raw for ch in "*?[") else [Path(raw)]
        if not matches:
            raise FileNotFoundError(f"no files match {raw}")
        for path in matches:
            if path.is_dir():  # a folder's own README or licence is not a plan or a decision
                out.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED and p.is_file()
                                  and not p.stem.upper().startswith(("README", "LICENSE", "LICENCE", "CHANGELOG"))))
            else:
                out.append(path)
    return out


def render_text(reports, matrix: bool = False) -> str:
    lines: list[str] = []
    totals = {"error": 0, "warning": 0, "suggestion": 0}
    for report in reports:
        doc = report.document
        structure = report.structure or report.sections.structure()
        if not structure.recognised:  # said first: the findings below may be incomplete
            lines.append(f"{doc.filename}: NOT UNDERSTOOD: {structure.reason}. Every provision-like item was "
                         "still checked, with its section unknown.")
        lines.append(f"{doc.filename}  ({doc.format}, {report.sections.layout} layout, "
                     f"sections: {' '.join(report.sections.present) or 'none found'})")
        by_section: dict[str, list] = {}
        for f in report.findings:
            key = "Plan structure" if f.start == f.end else f"Section {f.section or '-'}"
            by_section.setdefault(key, []).append(f)
        for heading, findings in sorted(by_section.items(), key=lambda kv: kv[0] != "Plan structure"):
            lines.append(f"  {heading}")
            for f in findings:
                line, col = doc.line_col(f.start)
                quoted = f.text.replace("\n", " ").replace("\t", " ")
                quoted = quoted if len(quoted) <= 60 else quoted[:57] + "..."
                lines.append(f"    {doc.filename}:{line}:{col}  {f.severity:<10} {f.code:<24} {f.message}"
                             + (f'  "{quoted}"' if quoted else ""))
                lines.append(f"        fix: {f.suggestion}")
                if f.rewrite:
                    lines.append(f"        e.g. {f.rewrite}")
                lines.append(f"        law: {'; '.join(f.basis)}")
            for sev in totals:
                totals[sev] += sum(1 for f in findings if f.severity == sev)
        score = report.enforceability()
        if score is not None:
            what = "Section F" if structure.recognised else "Provision-like items (section unknown)"
            lines.append(f"  {what}: {len(report.provisions)} provision items, "
                         f"{score:.0%} pass the CoP 9.69 test (specified, quantified, delivered by a named role)")
        lines.append("  " + report.scorecard().text())
        if matrix and report.golden_thread is not None:
            lines.extend("  " + ln for ln in report.golden_thread.text().splitlines())
        lines.append("")
    lines.append(f"{_n(totals['error'], 'error')}, {_n(totals['warning'], 'warning')}, "
                 f"{_n(totals['suggestion'], 'suggestion')} in {_n(len(reports), 'file')}")
    return "\n".join(lines) + "\n"


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_decision(path: str, analysis) -> str:
    """A tribunal decision's labels, each with the sentence that supports it."""
    d = analysis.to_json()
    ev = d["evidence"]
    lines = [f"{path}  ({d['tribunal'] or 'tribunal not stated'})"]
    if d.get("level") == "ut" or d.get("disposal"):
        lines.append(f"  appellant: {d.get('appellant') or 'not stated'}; error of law: "
                     f"{(d.get('error_of_law') or 'not_decided').replace('_', ' ')}; disposal: "
                     f"{(d.get('disposal') or 'not found').replace('_', ' ')}")
    meta = d["metadata"]
    for key in ("reference", "local_authority", "judge", "hearing_date", "decision_date", "age", "phase"):
        if meta.get(key):
            lines.append(f"  {key.replace('_', ' ')}: {meta[key]}")

    def show(title: str, labels: list[dict]) -> None:
        lines.append(f"  {title}: {', '.join(x['value'] for x in labels) or 'none found'}")
        for lab in labels:
            for e in lab["evidence"][:1]:
                quote = e["text"].replace("\n", " ")
                quote = quote if len(quote) <= 160 else quote[:157] + "..."
                lines.append(f"      {lab['value']} [{lab['source']} {lab['score']:.2f}] @{e['start']}-{e['end']}: \"{quote}\"")

    show("appeal types", ev["appeal_types"])
    show("sections in dispute", ev["sections"])
    show("outcome", [ev["outcome"]])
    show("drafting issues found", ev["drafting_issues"])
    if d.get("timeline"):
        t = d["timeline"]
        lines.append("  timeline:")
        for e in t["events"]:
            if e["primary"]:
                lines.append(f"      {e['date']}  {e['kind'].replace('_', ' '):<22} \"{e['text']}\" @{e['start']}-{e['end']}")
        known = {k: v for k, v in t["durations"].items() if v is not None}
        if known:
            lines.append("  durations: " + ", ".join(f"{k.replace('_', ' ')} {v} days" for k, v in known.items()))
        lines.append(f"  mediation: {t['mediation']['status'].replace('_', ' ')}"
                     + (f" ({t['mediation']['resolved']})" if t["mediation"].get("resolved") else ""))
    if d["anonymisation_warnings"]:
        lines.append(f"  warning: {len(d['anonymisation_warnings'])} sign(s) the text may identify someone, e.g. "
                     f"\"{d['anonymisation_warnings'][0]['text']}\"")
    return "\n".join(lines) + "\n\n"
