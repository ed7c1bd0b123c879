"""HTML the pages (and the printable summary) share: the plan text with every finding marked, the
scorecard table and small badges. All document text is HTML-escaped; only our own tags are added."""
from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence

SEVERITY_ORDER = ("error", "warning", "suggestion")
SEVERITY_COLOURS = {  # background, border
    "error": ("#fecaca", "#b91c1c"),
    "warning": ("#fde68a", "#b45309"),
    "suggestion": ("#bfdbfe", "#1d4ed8"),
}
GRADE_COLOURS = {"red": ("#fee2e2", "#991b1b"), "amber": ("#fef3c7", "#92400e"), "green": ("#dcfce7", "#166534")}


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def chip(text: str, background: str, colour: str) -> str:
    return (f'<span style="background:{background};color:{colour};border:1px solid {colour};border-radius:0.6em;'
            f'padding:0 0.45em;font-size:0.85em;font-weight:600;white-space:nowrap">{esc(text)}</span>')


def severity_chip(severity: str) -> str:
    bg, fg = SEVERITY_COLOURS.get(severity, ("#e5e7eb", "#374151"))
    return chip(severity, bg, fg)


def grade_chip(grade: str) -> str:
    bg, fg = GRADE_COLOURS.get(grade, ("#e5e7eb", "#374151"))
    return chip(grade.upper(), bg, fg)


def legend_html() -> str:
    parts = []
    for sev in SEVERITY_ORDER:
        bg, fg = SEVERITY_COLOURS[sev]
        parts.append(f'<mark style="background:{bg};border-bottom:2px solid {fg};padding:0 0.3em">{sev}</mark>')
    return '<div style="font-size:0.9em">Marked in the text: ' + " ".join(parts) + "</div>"


def highlight_html(text: str, findings: Sequence, numbers: dict | None = None, height: int | None = 620,
                   decisions: dict | None = None, key_of=None,
                   windows: Sequence[tuple[int, int, str]] | None = None) -> str:
    """The plan text, escaped, with a <mark> around every finding, coloured by its worst severity.

    Overlapping findings are split at every boundary; each piece is marked with the most severe
    finding covering it and its tooltip lists every code there. `numbers` maps id(finding) to the
    number shown in the findings list, shown after the marked words. Dismissed findings
    (`decisions[key_of(f)]["status"] == "dismissed"`) are drawn struck through. `windows`, a list
    of (start, end, title), shows only those parts of the text (for example the chosen sections).
    """
    numbers = numbers or {}
    decisions = decisions or {}
    spans = [f for f in findings if f.end > f.start]
    parts = []
    for start, end, title in windows or [(0, len(text), "")]:
        if title:
            parts.append(f'<div style="font-family:system-ui,sans-serif;font-weight:700;margin:0.6em 0 0.2em 0;'
                         f'color:#374151">{esc(title)}</div>')
        parts.append(_marked(text, spans, max(0, start), min(len(text), end), numbers, decisions, key_of))
    box = ("white-space:pre-wrap;font-family:Georgia,serif;font-size:0.95em;line-height:1.55;"
           "border:1px solid #d1d5db;border-radius:6px;padding:0.8em 1em;background:#fff;color:#111827")
    if height:
        box += f";max-height:{height}px;overflow-y:auto"
    return f'<div class="sendlens-plan" style="{box}">{"".join(parts)}</div>'


def _marked(text: str, spans: list, lo: int, hi: int, numbers: dict, decisions: dict, key_of) -> str:
    spans = [f for f in spans if f.end > lo and f.start < hi]
    cuts = sorted({lo, hi, *[max(lo, min(hi, f.start)) for f in spans], *[max(lo, min(hi, f.end)) for f in spans]})
    ends_here: dict[int, list] = {}
    for f in spans:
        ends_here.setdefault(max(lo, min(hi, f.end)), []).append(f)
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = esc(text[a:b])
        covering = [f for f in spans if f.start <= a and f.end >= b]
        if covering:
            worst = min(covering, key=lambda f: SEVERITY_ORDER.index(f.severity)
                        if f.severity in SEVERITY_ORDER else 9)
            bg, fg = SEVERITY_COLOURS.get(worst.severity, ("#e5e7eb", "#374151"))
            all_dismissed = key_of is not None and all(
                (decisions.get(key_of(f)) or {}).get("status") == "dismissed" for f in covering)
            deco = "line-through" if all_dismissed else "none"
            tip = esc("; ".join(f"{f.code} ({f.severity}): {f.message}" for f in covering))
            out.append(f'<mark title="{tip}" style="background:{bg};border-bottom:2px solid {fg};'
                       f'text-decoration:{deco};padding:0 1px">{piece}</mark>')
        else:
            out.append(piece)
        for f in ends_here.get(b, []):
            n = numbers.get(id(f))
            if n is not None:
                _, fg = SEVERITY_COLOURS.get(f.severity, ("", "#374151"))
                out.append(f'<sup style="color:{fg};font-weight:700" title="{esc(f.code)}">[{n}]</sup>')
    return "".join(out)


def scorecard_html(card, titles: dict[str, str] | None = None) -> str:
    """Per-section RAG grades with the rule that produced each, as a table."""
    titles = titles or {}
    rows = []
    absent = "; section not found in the plan"
    for s in card.sections:
        rows.append(
            "<tr>"
            f"<td style='font-weight:600'>{esc(s.section)}</td>"
            f"<td>{esc(titles.get(s.section, ''))}</td>"
            f"<td>{grade_chip(s.grade)}</td>"
            f"<td style='text-align:right'>{s.error}</td><td style='text-align:right'>{s.warning}</td>"
            f"<td style='text-align:right'>{s.suggestion}</td>"
            f"<td>{esc(s.rule)}{absent if not s.present and s.rule != 'section missing' else ''}</td>"
            "</tr>")
    head = ("<tr><th>Section</th><th></th><th>Grade</th><th>Errors</th><th>Warnings</th><th>Suggestions</th>"
            "<th>Rule</th></tr>")
    style = ("<style>.sl-card{border-collapse:collapse;width:100%;font-size:0.9em}"
             ".sl-card td,.sl-card th{border-bottom:1px solid #e5e7eb;padding:0.25em 0.5em;text-align:left}</style>")
    return f'{style}<table class="sl-card">{head}{"".join(rows)}</table>'


def scorecard_strip(card, titles: dict[str, str] | None = None) -> str:
    """One chip per section, coloured by its grade; the tooltip gives the rule and the counts."""
    titles = titles or {}
    cells = []
    for s in card.sections:
        bg, fg = GRADE_COLOURS.get(s.grade, ("#e5e7eb", "#374151"))
        tip = esc(f"Section {s.section} {titles.get(s.section, '')}: {s.grade} ({s.rule}); "
                  f"{s.error} errors, {s.warning} warnings, {s.suggestion} suggestions")
        cells.append(f'<span title="{tip}" style="display:inline-block;min-width:2.6em;text-align:center;'
                     f'background:{bg};color:{fg};border:1px solid {fg};border-radius:4px;margin:0 0.25em 0.25em 0;'
                     f'padding:0.15em 0.3em;font-weight:700">{esc(s.section)}<br>'
                     f'<span style="font-weight:400;font-size:0.75em">{esc(s.grade)}</span></span>')
    return '<div style="margin:0.2em 0 0.4em 0">' + "".join(cells) + "</div>"


def quote(text: str, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bullet_list(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>"


ALERT_COLOURS = {"error": ("#fef2f2", "#991b1b"), "warning": ("#fffbeb", "#92400e"), "info": ("#eff6ff", "#1e40af"),
                 "success": ("#f0fdf4", "#166534")}


def alert(text: object, kind: str = "error") -> str:
    """A message box whose text is shown exactly as given: a file name or error message can carry
    Markdown (links, images), so it never goes through st.error/st.warning, which render Markdown."""
    bg, fg = ALERT_COLOURS.get(kind, ALERT_COLOURS["info"])
    return (f'<div class="sl-alert sl-alert-{esc(kind)}" role="alert" style="background:{bg};color:{fg};'
            f'border-left:4px solid {fg};border-radius:4px;padding:0.6em 0.9em;margin:0.3em 0;'
            f'white-space:pre-wrap;overflow-wrap:anywhere">{esc(text)}</div>')


def heading(text: object, level: int = 3) -> str:
    """A heading showing a file name as plain text."""
    return f'<h{level} class="sl-heading" style="overflow-wrap:anywhere;margin:0.4em 0">{esc(text)}</h{level}>'


def plain(text: object, small: bool = False) -> str:
    style = "color:#4b5563;font-size:0.875rem" if small else ""
    return f'<div class="sl-plain" style="{style};overflow-wrap:anywhere">{esc(text)}</div>'


def code_tag(code: str) -> str:
    """A taxonomy code for analysts, in the one element the raw-code scan of the browser test allows."""
    return f'<code class="sl-code" title="taxonomy code">{esc(code)}</code>'


def fault_title(code: str) -> str:
    from nlp.taxonomy import taxonomy

    fault = taxonomy().faults.get(code)
    return fault.title if fault else str(code).replace("_", " ")


def explanation_html(f) -> str:
    """Why a finding fired and what softened or suppressed it. Uses `finding.explanation` when the
    checker provides one (its `to_json()` dict: check, source, pattern, original_score, score,
    original_severity, softened_by, note); otherwise what the finding itself shows (a severity
    below the taxonomy's default means context softened it)."""
    ex = getattr(f, "explanation", None)
    data = ex.to_json() if hasattr(ex, "to_json") else (ex if isinstance(ex, dict) else None)
    parts = []
    default = None
    from nlp.taxonomy import taxonomy

    fault = taxonomy().faults.get(f.code)
    if data:
        check, pattern = data.get("check"), data.get("pattern")
        if check or pattern:
            parts.append("found by the " + esc(check or "checker") + " check"
                         + (f", pattern \u201c{esc(pattern)}\u201d" if pattern else ""))
        before, after = data.get("original_score"), data.get("score")
        if isinstance(before, (int, float)) and isinstance(after, (int, float)) and abs(before - after) > 1e-9:
            parts.append(f"score {before:.2f} before context, {after:.2f} after")
        default = data.get("original_severity")
        softened = [str(x) for x in (data.get("softened_by") or []) if x]
        if softened:
            parts.append("softened by " + esc("; ".join(softened)) + " in the same item")
        if data.get("note"):
            parts.append(esc(data["note"]))
    default = default or (fault.severity if fault else None)
    if (default in SEVERITY_ORDER and f.severity in SEVERITY_ORDER
            and SEVERITY_ORDER.index(f.severity) > SEVERITY_ORDER.index(default)):
        def art(word):
            return "an" if word[:1] in "aeiou" else "a"

        parts.insert(0, f"{art(default)} {esc(default)} by default, shown as {art(f.severity)} {esc(f.severity)} "
                        "because of its context")
    if not parts:
        return ""
    return ("<div class='sl-why' style='color:#374151;font-size:0.85em;margin-top:0.2em'><b>Why:</b> "
            + "; ".join(parts) + ".</div>")
