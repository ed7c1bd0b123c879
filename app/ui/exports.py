"""The review page's downloads, built from bytes in memory: the annotated Word file, the findings as
CSV and JSON, and a short printable HTML summary. Every export carries the reviewer's decisions
(`{finding_key: {"status": "accepted" | "dismissed", "reason": str}}`)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import PurePath

from app.annotate import annotated_bytes, finding_key

from .render import esc, grade_chip, quote, scorecard_html, severity_chip

CSV_FIELDS = ["number", "key", "code", "severity", "section", "line", "column", "start", "end", "text", "message",
              "suggestion", "basis", "rewrite", "score", "source", "decision", "reason"]


def export_name(filename: str, suffix: str) -> str:
    stem = PurePath(filename).stem or "plan"
    return f"{stem}{suffix}"


def _decision(decisions: dict | None, f) -> dict:
    return (decisions or {}).get(finding_key(f)) or {}


def finding_rows(report, decisions: dict | None = None) -> list[dict]:
    doc = report.document
    rows = []
    for n, f in enumerate(report.findings, 1):
        line, col = doc.line_col(f.start)
        d = _decision(decisions, f)
        rows.append({"number": n, "key": finding_key(f), "code": f.code, "severity": f.severity,
                     "section": f.section or "", "line": line, "column": col, "start": f.start, "end": f.end,
                     "text": f.text, "message": f.message, "suggestion": f.suggestion, "basis": "; ".join(f.basis),
                     "rewrite": f.rewrite or "", "score": round(f.score, 3), "source": f.source,
                     "decision": d.get("status", "open"), "reason": d.get("reason", "")})
    return rows


def findings_csv(report, decisions: dict | None = None) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for row in finding_rows(report, decisions):
        writer.writerow(row)
    return out.getvalue()


def findings_json(report, decisions: dict | None = None) -> str:
    """The CLI's `check --format json` record, each finding with its key and the reviewer's decision,
    plus the provision table."""
    data = report.to_json()
    for f, js in zip(report.findings, data["findings"]):
        d = _decision(decisions, f)
        js["key"] = finding_key(f)
        js["review"] = {"status": d.get("status", "open"), "reason": d.get("reason", "")}
    data["provisions"] = [p.to_json() for p in report.provisions]
    return json.dumps(data, ensure_ascii=False, indent=1)


def annotated_docx(data: bytes, report, decisions: dict | None = None, include_dismissed: bool = True) -> bytes:
    """The uploaded Word file with one comment per finding; a new Word file for PDF and text plans."""
    return annotated_bytes(data, report.document, report.findings, decisions=decisions or {},
                           include_dismissed=include_dismissed)


def summary_html(report, decisions: dict | None = None, section_titles: dict | None = None,
                 generated: dt.datetime | None = None) -> str:
    """A one-page, printable summary: scorecard, counts, every finding with its fix and decision, and
    the Section F items that fail the CoP 9.69 test."""
    doc = report.document
    card = report.scorecard()
    generated = generated or dt.datetime.now()
    counts = report.counts()
    ef = "n/a" if card.enforceability is None else f"{card.enforceability:.0%}"
    decided = [_decision(decisions, f).get("status") for f in report.findings]
    rows = []
    for r in finding_rows(report, decisions):
        status = r["decision"] + (f": {r['reason']}" if r["reason"] else "")
        rows.append(
            "<tr>"
            f"<td>{r['number']}</td><td>{esc(r['section'] or '—')}</td><td>{severity_chip(r['severity'])}</td>"
            f"<td><code>{esc(r['code'])}</code><br><small>line {r['line']}</small></td>"
            f"<td><q>{esc(quote(r['text'], 120))}</q><br>{esc(r['message'])}<br><small><b>Fix:</b> {esc(r['suggestion'])}"
            + (f"<br><b>Rewrite:</b> {esc(r['rewrite'])}" if r["rewrite"] else "")
            + f"<br><b>Law:</b> {esc(r['basis'])}</small></td>"
            f"<td>{esc(status)}</td>"
            "</tr>")
    failing = [p for p in report.provisions if not p.passes]
    fail_rows = "".join(f"<li><q>{esc(quote(p.text, 140))}</q> — missing: {esc(', '.join(p.missing) or '—')}</li>"
                        for p in failing[:40])
    more = f"<p>… and {len(failing) - 40} more.</p>" if len(failing) > 40 else ""
    css = """
body{font-family:system-ui,-apple-system,Segoe UI,Arial,sans-serif;margin:2em;color:#111827;font-size:11pt}
h1{font-size:1.4em;margin-bottom:0}h2{font-size:1.1em;margin-top:1.4em;border-bottom:1px solid #9ca3af}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e7eb;padding:0.3em;vertical-align:top;text-align:left}
.meta{color:#4b5563}q{font-style:italic}
@media print{body{margin:0.5cm;font-size:9.5pt}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
"""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sendlens review: {esc(doc.filename)}</title><style>{css}</style></head>
<body>
<h1>sendlens review: {esc(doc.filename)}</h1>
<p class="meta">{esc(doc.format.upper())}, {doc.pages} page(s), {esc(report.sections.layout)} layout, status
{esc(report.status or 'not stated')}. Generated {generated:%d %B %Y %H:%M}. sendlens points at wording; the reviewer decides.</p>
<h2>Scorecard</h2>
<p>Overall {grade_chip(card.grade)} ({esc(card.rule)}). Section F enforceability <b>{ef}</b> of
{card.provision_items} provision items pass the CoP 9.69 test (specified, quantified, delivered by a named role).</p>
<p>{counts['error']} errors, {counts['warning']} warnings, {counts['suggestion']} suggestions;
{decided.count('accepted')} accepted and {decided.count('dismissed')} dismissed by the reviewer.</p>
{scorecard_html(card, section_titles)}
<h2>Findings</h2>
<table><tr><th>#</th><th>Section</th><th>Severity</th><th>Code</th><th>Wording, why and fix</th><th>Decision</th></tr>
{''.join(rows) or '<tr><td colspan="6">No findings.</td></tr>'}
</table>
<h2>Section F items that fail the CoP 9.69 test ({len(failing)} of {len(report.provisions)})</h2>
<ul>{fail_rows or '<li>None.</li>'}</ul>{more}
</body></html>
"""
