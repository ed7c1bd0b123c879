"""The Streamlit app, driven headless with streamlit.testing.v1.AppTest: every page, uploads through
the file uploader, the annotated Word download read back with python-docx, decisions carried into
every export, the dashboard on the bundled decisions, the training page, bad input, and sessions
that must not share state. Only bundled fictional samples are used."""
from __future__ import annotations

import builtins
import csv
import io
import json
import os
import re
import threading
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
pytest.importorskip("altair")
docx = pytest.importorskip("docx")

from streamlit.testing.v1 import AppTest

os.environ.setdefault("SENDLENS_RAISE", "1")  # a bug in a page fails the test instead of showing a polite message

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app" / "ui" / "streamlit_app.py"
PLANS = ROOT / "corpus_samples" / "plans"
DOCX_PLAN = PLANS / "plan01_maya_okafor.docx"
PDF_PLAN = PLANS / "plan07_sophie_lindqvist.pdf"
TXT_PLAN = PLANS / "plan08_ethan_mbeki_shaw.txt"
MIME = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pdf": "application/pdf", ".txt": "text/plain", ".md": "text/markdown"}
TIMEOUT = 120


def new_app() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader(key="plan_upload").set_value((name, data, MIME.get(Path(name).suffix, "application/octet-stream")))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def html_of(at: AppTest) -> str:
    return "\n".join(h.value for h in at.get("html"))


def alerts(at: AppTest, kind: str = "error") -> list[str]:
    """The text of the page's plain-text message boxes (render.alert), unescaped."""
    import html

    return [html.unescape(m) for m in re.findall(rf'<div class="sl-alert sl-alert-{kind}"[^>]*>(.*?)</div>',
                                                 html_of(at), re.DOTALL)]


def code_tag(code: str) -> str:
    return f'<code class="sl-code" title="taxonomy code">{code}</code>'


def markdown_texts(at: AppTest) -> list[str]:
    """Every element whose text Streamlit renders as Markdown."""
    out = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "subheader", "title", "header"):
        out += [str(e.value) for e in at.get(kind)]
    return out


def comment_codes(data: bytes) -> list[str]:
    comments = list(docx.Document(io.BytesIO(data)).comments)
    return [re.search(r"\[(?:error|warning|suggestion)\] (\w+):", c.text).group(1) for c in comments]


def comment_texts(data: bytes) -> list[str]:
    return [c.text for c in docx.Document(io.BytesIO(data)).comments]


@pytest.fixture(scope="module")
def docx_app() -> AppTest:
    return upload(new_app(), DOCX_PLAN.name, DOCX_PLAN.read_bytes())


# ---------------------------------------------------------------- review a draft

def test_docx_upload_shows_findings_and_exports_word_comments(docx_app):
    at = docx_app
    result = at.session_state["review_plan"]
    assert result.error is None and result.filename == DOCX_PLAN.name
    findings = at.session_state["review_report"].findings
    assert len(findings) >= 10
    shown = html_of(at)
    from app.ui.render import fault_title

    for f in findings:  # every finding is listed by its name, with its code for analysts, and the text is marked
        assert code_tag(f.code) in shown and fault_title(f.code) in shown
    assert shown.count("<mark ") >= len({(f.start, f.end) for f in findings if f.end > f.start})
    assert any(f"Showing {len(findings)} of {len(findings)} findings." == c.value for c in at.caption)
    labels = {b.label for b in at.download_button}
    assert {"Annotated Word file", "Findings (CSV)", "Findings (JSON)", "Printable summary (HTML)"} <= labels

    exported = at.session_state["review_exports"]
    assert exported["docx_name"] == "plan01_maya_okafor_sendlens.docx"
    codes = comment_codes(exported["docx"])
    assert len(codes) == len(findings)
    assert Counter(codes) == Counter(f.code for f in findings)
    # the author's own file comes back: same paragraphs, same text
    before = [p.text for p in docx.Document(io.BytesIO(DOCX_PLAN.read_bytes())).paragraphs]
    after = [p.text for p in docx.Document(io.BytesIO(exported["docx"])).paragraphs]
    assert before == after


def test_scorecard_sections_and_provision_table(docx_app):
    at = docx_app
    report = at.session_state["review_report"]
    card = report.scorecard()
    shown = html_of(at)
    assert card.grade.upper() in shown and card.rule in shown
    for s in card.sections:
        assert f"Section {s.section} " in shown  # the chip strip's tooltips name every section
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Section F enforceability"] == f"{card.enforceability:.0%}"
    assert metrics["Errors"] == str(report.counts()["error"])
    frames = [df.value for df in at.dataframe]
    rows = re.findall(r"<tr class='sl-(?:pass|fail)'>(.*?)</tr>", shown, re.DOTALL)
    assert len(rows) == len(report.provisions)
    amounts = [re.findall(r"<td[^>]*>(.*?)</td>", r, re.DOTALL)[3] for r in rows]
    failing = [p for p in report.provisions if "amount" in p.missing]
    assert amounts.count("✗ missing") == len(failing)
    # the table wraps to the page rather than overflowing it
    assert "table-layout:fixed" in shown and "overflow-wrap:anywhere" in shown
    sections = next(v for v in frames if "Heading found" in v.columns)
    assert set(report.sections.present) <= set(sections["Section"])


def test_pdf_upload_builds_an_annotated_word_copy():
    at = upload(new_app(), PDF_PLAN.name, PDF_PLAN.read_bytes())
    result = at.session_state["review_plan"]
    assert result.error is None and result.doc.format == "pdf"
    findings = at.session_state["review_report"].findings
    assert findings
    data = at.session_state["review_exports"]["docx"]
    codes = comment_codes(data)
    assert len(codes) == len(findings)
    assert Counter(codes) == Counter(f.code for f in findings)
    assert "unquantified_support" in codes


def test_bundled_sample_can_be_opened():
    at = new_app()
    at.selectbox(key="plan_sample").set_value(TXT_PLAN.name).run()
    assert not at.exception
    result = at.session_state["review_plan"]
    assert result.filename == TXT_PLAN.name and result.report.findings
    assert comment_codes(at.session_state["review_exports"]["docx"])


def test_markdown_upload():
    text = "\n".join(("## " + line) if re.match(r"^Section [A-K]\d?\b", line) else line
                     for line in TXT_PLAN.read_text(encoding="utf-8").splitlines())
    at = upload(new_app(), "plan.md", text.encode("utf-8"))
    result = at.session_state["review_plan"]
    assert result.error is None and result.doc.format == "md" and result.report.findings
    assert len(comment_codes(at.session_state["review_exports"]["docx"])) == len(at.session_state["review_report"].findings)


def test_accept_and_dismiss_are_carried_into_every_export():
    at = upload(new_app(), DOCX_PLAN.name, DOCX_PLAN.read_bytes())
    findings = at.session_state["review_report"].findings
    radios = [r for r in at.radio if r.key and r.key.startswith("dec::")]
    assert len(radios) == len(findings)
    accept_key, dismiss_key = radios[0].key, radios[1].key
    at.radio(key=accept_key).set_value("accept").run()
    at.radio(key=dismiss_key).set_value("dismiss").run()
    at.text_input(key=dismiss_key.replace("dec::", "why::")).set_value("term of art in this plan").run()
    assert not at.exception
    decisions = next(iter(at.session_state["review_decisions"].values()))
    f_acc, f_dis = findings[0], findings[1]
    from app.annotate import finding_key

    assert decisions[finding_key(f_acc)] == {"status": "accepted", "reason": ""}
    assert decisions[finding_key(f_dis)] == {"status": "dismissed", "reason": "term of art in this plan"}

    ex = at.session_state["review_exports"]
    texts = comment_texts(ex["docx"])
    assert len(texts) == len(findings)
    assert sum(t.startswith(f"[accepted] [{f_acc.severity}] {f_acc.code}:") for t in texts) == 1
    assert sum(t.startswith(f"[dismissed: term of art in this plan] [{f_dis.severity}] {f_dis.code}:")
               for t in texts) == 1
    rows = list(csv.DictReader(io.StringIO(ex["csv"])))
    assert len(rows) == len(findings)
    by_key = {r["key"]: r for r in rows}
    assert by_key[finding_key(f_acc)]["decision"] == "accepted"
    assert by_key[finding_key(f_dis)]["reason"] == "term of art in this plan"
    js = json.loads(ex["json"])
    reviews = {f["key"]: f["review"] for f in js["findings"]}
    assert reviews[finding_key(f_dis)] == {"status": "dismissed", "reason": "term of art in this plan"}
    assert js["provisions"] and js["scorecard"]["grade"]
    assert "dismissed: term of art in this plan" in ex["html"] and "1 accepted and 1 dismissed" in ex["html"]

    # the dismissed finding is struck through in the text, and can be left out of the Word file
    assert "line-through" in html_of(at)
    at.checkbox(key="exp_leave_out_dismissed").check().run()
    assert len(comment_texts(at.session_state["review_exports"]["docx"])) == len(findings) - 1

    # decisions survive filtering the finding away and back
    at.multiselect(key="flt_code").set_value([findings[-1].code]).run()
    at.multiselect(key="flt_code").set_value([]).run()
    assert at.radio(key=dismiss_key).value == "dismiss"
    assert len(next(iter(at.session_state["review_decisions"].values()))) == 2


def test_filters_narrow_the_findings(docx_app):
    at = docx_app
    findings = at.session_state["review_report"].findings
    errors = [f for f in findings if f.severity == "error"]
    at.multiselect(key="flt_severity").set_value(["error"]).run()
    try:
        assert any(c.value == f"Showing {len(errors)} of {len(findings)} findings." for c in at.caption)
        assert len([r for r in at.radio if r.key and r.key.startswith("dec::")]) == len(errors)
        at.multiselect(key="flt_section").set_value(["F"]).run()
        f_errors = [f for f in errors if f.section == "F"]
        assert any(c.value == f"Showing {len(f_errors)} of {len(findings)} findings." for c in at.caption)
        assert "Section F" in html_of(at)
    finally:
        at.multiselect(key="flt_severity").set_value([]).run()
        at.multiselect(key="flt_section").set_value([]).run()


@pytest.mark.parametrize("name,data", [
    ("x.pdf", bytes(range(256)) * 8),
    ("broken.docx", b"PK\x03\x04 this is not really a zip archive" * 10),
    ("empty.txt", b"   \n"),
])
def test_bad_upload_shows_the_ingest_message_not_a_traceback(name, data):
    at = upload(new_app(), name, data)
    assert not at.exception
    messages = alerts(at)
    assert len(messages) == 1
    message = messages[0]
    assert message.startswith(f"{name}: ") and "Traceback" not in message
    assert at.session_state["review_plan"].data is None  # a bad upload is not kept
    assert not at.download_button


def test_plan_text_is_escaped():
    text = TXT_PLAN.read_text(encoding="utf-8").replace(
        "Section F", "Section F\n- <script>alert('x')</script> Access to a sensory room as required.\n", 1)
    at = upload(new_app(), "hostile.txt", text.encode("utf-8"))
    shown = html_of(at)
    assert "<script>" not in shown and "&lt;script&gt;" in shown


def test_golden_thread_matrix_and_its_suggestions():
    at = upload(new_app(), "plan04.docx", (PLANS / "plan04_leo_marchetti.docx").read_bytes())
    full = at.session_state["review_plan"].report
    gt = full.golden_thread
    assert gt is not None and gt.uncovered  # this sample has needs the matcher finds no provision for
    assert "Golden thread" in [t.label for t in at.tabs]
    table = next(df.value for df in at.dataframe if "Need (Section B)" in df.value.columns)
    assert len(table) == len(gt.needs)
    assert (table["Covered"] == "GAP").sum() == len(gt.uncovered)
    # its suggestions are kept out of the findings (and exports) unless the reviewer asks for them
    thread = [f for f in full.findings if f.source.startswith("golden-thread")]
    shown = at.session_state["review_report"].findings
    assert thread and not any(f.source.startswith("golden-thread") for f in shown)
    assert len(shown) == len(full.findings) - len(thread)
    at.toggle(key="gt_findings").set_value(True).run()
    assert len(at.session_state["review_report"].findings) == len(full.findings)
    assert len(comment_codes(at.session_state["review_exports"]["docx"])) == len(full.findings)


def test_uploads_are_never_written_to_disk(monkeypatch):
    """Opening any file for writing while a plan is uploaded, checked and exported fails the test."""
    writes: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def guarded_open(file, mode="r", *args, **kwargs):
        if any(ch in mode for ch in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            writes.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    at = new_app()
    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)  # pathlib opens files through io.open
    monkeypatch.setattr(os, "open", guarded_os_open)
    upload(at, PDF_PLAN.name, PDF_PLAN.read_bytes())
    upload(at, DOCX_PLAN.name, DOCX_PLAN.read_bytes())
    monkeypatch.undo()
    assert at.session_state["review_exports"]["docx"]
    assert writes == []


# ---------------------------------------------------------------- sessions and shared resources

def test_sessions_do_not_share_state():
    a = upload(new_app(), DOCX_PLAN.name, DOCX_PLAN.read_bytes())
    b = upload(new_app(), PDF_PLAN.name, PDF_PLAN.read_bytes())
    key = next(r.key for r in a.radio if r.key and r.key.startswith("dec::"))
    a.radio(key=key).set_value("accept").run()
    assert a.session_state["review_plan"].filename == DOCX_PLAN.name
    assert b.session_state["review_plan"].filename == PDF_PLAN.name
    assert len(next(iter(a.session_state["review_decisions"].values()))) == 1
    assert all(not v for v in b.session_state["review_decisions"].values())
    b.run()
    assert "[accepted]" not in " ".join(comment_texts(b.session_state["review_exports"]["docx"]))
    # ...while the checker itself is built once and shared
    assert a.session_state["review_plan"].report is not b.session_state["review_plan"].report


def test_checker_is_shared_and_parallel_pdf_checks_agree():
    from app.ui import engine

    assert engine.engine() is engine.engine()
    data = PDF_PLAN.read_bytes()
    expected = [(f.code, f.start, f.end) for f in engine.review_plan(data, PDF_PLAN.name).report.findings]
    results, errors = [], []

    def work():
        try:
            r = engine.review_plan(data, PDF_PLAN.name)
            results.append([(f.code, f.start, f.end) for f in r.report.findings])
        except Exception as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and len(results) == 4
    assert all(r == expected for r in results)


# ---------------------------------------------------------------- disputes dashboard

@pytest.fixture(scope="module")
def dash_app() -> AppTest:
    at = new_app()
    at.switch_page("dashboard_page.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def charts(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def view(at: AppTest, name: str) -> AppTest:
    """Switch the dashboard's view: drivers (the default), overview or timeline."""
    at.button_group(key="dash_view").set_value(name).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_dashboard_renders_charts_for_the_bundled_decisions(dash_app):
    at = dash_app
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Decisions"] == "82"
    titles = []
    for name in ("drivers", "overview", "timeline"):
        view(at, name)
        titles += [json.dumps(s.get("title", "")) + json.dumps(s.get("layer", "")) for s in charts(at)]
        if name == "drivers":
            assert len(charts(at)) == 1  # one view at a time keeps the first paint light
    for title in ("Appeal types", "Outcomes", "Drafting issues", "Sections in dispute", "by year",
                  "by local authority", "Days from", "mediation"):
        assert any(title in t for t in titles), title
    assert any(s.value == "Timeline" for s in at.subheader)
    metrics = {m.label: m.value for m in at.metric}
    # no reference line by default: the statutory 20 weeks measures a span no decision gives
    assert not any(label.startswith("Over ") for label in metrics)
    spec = next(s for s in charts(at) if "Days from" in json.dumps(s.get("title", "")))
    assert '"datum"' not in json.dumps(spec)
    # count axes are whole numbers
    view(at, "overview")
    types = next(s for s in charts(at) if "Appeal types" in json.dumps(s.get("title", "")))
    assert types["encoding"]["x"]["axis"]["tickMinStep"] == 1 and types["encoding"]["x"]["axis"]["format"] == "d"
    view(at, "drivers")


def test_dashboard_timeline_reference_and_grouping(dash_app):
    at = dash_app
    from app.ui import disputes

    view(at, "timeline")
    at.selectbox(key="dash_measure").set_value("days_registration_to_hearing").run()
    at.selectbox(key="dash_ref").select_index(1).run()  # my own figure: drawn only with its source
    at.number_input(key="dash_reference").set_value(154).run()
    assert "Over 154 days" not in {m.label for m in at.metric}
    at.text_input(key="dash_ref_source").set_value("listing target noted on 1 May").run()
    at.selectbox(key="dash_group").set_value("la").run()
    assert not at.exception
    assert "Over 154 days" in {m.label for m in at.metric}
    spec = next(s for s in charts(at) if "Days from" in json.dumps(s.get("title", "")))
    assert "by local authority" in json.dumps(spec["title"])
    assert "reference: 154 days (listing target noted on 1 May)" in json.dumps(spec)
    table = next(df.value for df in at.dataframe if "% over reference" in df.value.columns)
    assert table["cases"].sum() >= 1
    assert all(r.days is None for refs in disputes.REFERENCES.values() for r in refs)  # nothing drawn unasked
    at.selectbox(key="dash_ref").select_index(0).run()
    at.selectbox(key="dash_group").set_value("appeal_type").run()
    at.selectbox(key="dash_measure").set_value("days_la_decision_to_hearing").run()
    view(at, "drivers")


def test_dashboard_filters_and_click_through(dash_app):
    at = dash_app
    at.multiselect(key="dash_f_outcome").set_value(["allowed"]).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Allowed"] == "100%" and int(metrics["Decisions"]) < 82
    at.multiselect(key="dash_f_outcome").set_value([]).run()
    at.selectbox(key="dash_pick").set_value("dec_024.txt").run()
    assert not at.exception
    labels = next(df.value for df in at.dataframe if "evidence" in df.value.columns)
    assert {"appeal type", "outcome", "section in dispute"} <= set(labels["label"])
    assert "None" not in labels.astype(str).to_numpy().ravel().tolist()  # blanks, not None
    shown = html_of(at)
    assert "Evidence" in shown and "The appeal is allowed in respect of Sections B and F." in shown
    at.selectbox(key="dash_pick").set_value(None).run()


def test_dashboard_drivers_table_and_issue_filter(dash_app):
    from app import drivers as dr
    from app.ui import engine

    at = dash_app
    tables = engine.sample_decision_tables()
    cases = dr.cases_from_tables(tables["documents"].to_pylist(), tables["labels"].to_pylist())
    expected = dr.drivers(cases, "all")
    table = next(df.value for df in at.dataframe if "lift (points)" in df.value.columns)
    assert list(table["code"]) == [r.issue for r in expected]
    assert list(table["drafting issue"]) == [r.title for r in expected]
    top = expected[0]
    row = table.iloc[0]
    assert (row["with: decisions"], row["without: decisions"]) == (top.n_with, top.n_without)
    assert row["lift (points)"] == round(100 * top.lift) and row["95% low"] == round(100 * top.low)
    assert set(table.loc[[r.thin for r in expected], "read"]) <= {"too few decisions"}
    reading = next(h.value for h in at.get("html") if "sl-reading" in h.value)
    assert "baseline" in reading and top.title in reading
    assert not any(r.issue in reading for r in expected)  # names, not codes
    spec = next(s for s in charts(at) if "Drafting issues" in json.dumps(s.get("title", "")))
    assert "issue_pick" in json.dumps(spec)  # the bars are clickable
    # by appeal type: one block per appeal type, named
    at.selectbox(key="dash_drivers_by").set_value("appeal_type").run()
    table = next(df.value for df in at.dataframe if "lift (points)" in df.value.columns)
    assert "group" in table.columns and "Contents of a plan (Sections B, F and/or I)" in set(table["group"])
    at.selectbox(key="dash_drivers_by").set_value("all").run()
    # what a bar click does: the decision table shows only the decisions that found the issue
    at.selectbox(key="dash_issue").set_value(top.issue).run()
    assert not at.exception
    decisions = next(df.value for df in at.dataframe if "days LA decision to hearing" in df.value.columns)
    assert {Path(c.path).name for c in cases if top.issue in c.issues} <= set(decisions["file"])
    wanted = {Path(r["path"]).name for r in tables["labels"].to_pylist()
              if r["label_type"] == "drafting_issue" and r["value"] == top.issue}
    assert set(decisions["file"]) == wanted
    assert "None" not in decisions.astype(str).to_numpy().ravel().tolist()
    at.selectbox(key="dash_issue").set_value(None).run()
    everything = next(df.value for df in at.dataframe if "days LA decision to hearing" in df.value.columns)
    assert len(everything) == 82 and (everything["days LA decision to hearing"] == "").any()
    assert not everything.isna().to_numpy().any()  # blanks, not None


def test_dashboard_loads_a_store_by_path_and_by_upload(tmp_path, monkeypatch):
    from app.batch import run_batch

    files = sorted(str(p) for p in (ROOT / "corpus_samples" / "decisions").glob("dec_00*.txt"))
    out = tmp_path / "few.duckdb"
    run_batch(files, out, kind="decision", progress=False)
    journal = Path(str(out) + ".journal.jsonl")
    at = new_app()
    at.switch_page("dashboard_page.py").run()
    # the path box is off unless the server names a folder for it
    assert "A results store on this server" not in at.radio(key="dash_source").options
    monkeypatch.setenv("SENDLENS_STORE_DIR", str(tmp_path))
    at.run()
    at.radio(key="dash_source").set_value("A results store on this server").run()
    at.text_input(key="dash_path").set_value("few.duckdb").run()
    assert not at.exception and not alerts(at)
    assert {m.label: m.value for m in at.metric}["Decisions"] == str(len(files))
    assert any(h.value.startswith("Drivers") for h in at.subheader)
    view(at, "overview")
    assert len(charts(at)) >= 6
    view(at, "drivers")
    at.text_input(key="dash_path").set_value("missing.duckdb").run()
    assert alerts(at) and "no such file" in alerts(at)[0]
    for outside in ("/etc/passwd", "../x.duckdb", str(ROOT / "README.md")):  # nothing outside the folder, not even
        at.text_input(key="dash_path").set_value(outside).run()               # whether it exists
        assert alerts(at) and "only stores inside the folder" in alerts(at)[0]
    monkeypatch.delenv("SENDLENS_STORE_DIR")

    at.run()
    at.radio(key="dash_source").set_value("Upload a results store").run()
    at.file_uploader(key="dash_upload").set_value([("few.jsonl", journal.read_bytes(), "application/json")]).run()
    assert not at.exception and not alerts(at)
    assert {m.label: m.value for m in at.metric}["Decisions"] == str(len(files))
    at.file_uploader(key="dash_upload").set_value([("few.duckdb", out.read_bytes(), "application/octet-stream")])
    at.run()
    assert not at.exception and not alerts(at)
    assert {m.label: m.value for m in at.metric}["Decisions"] == str(len(files))
    folder = tmp_path / "few_parquet"
    run_batch(files, folder, kind="decision", progress=False)
    at.file_uploader(key="dash_upload").set_value(
        [(p.name, p.read_bytes(), "application/octet-stream") for p in sorted(folder.glob("*.parquet"))]).run()
    assert not at.exception and not alerts(at)
    assert {m.label: m.value for m in at.metric}["Decisions"] == str(len(files))
    at.file_uploader(key="dash_upload").set_value([("junk.jsonl", b"not json at all\n", "application/json")]).run()
    assert not at.exception and alerts(at) and "no JSON records" in alerts(at)[0]
    # a store whose table is a view over a server file is refused, and the file is never shown
    import duckdb

    evil = tmp_path / "evil.duckdb"
    con = duckdb.connect(str(evil))
    secret = tmp_path / "secret.csv"
    secret.write_text("path,outcome\nTOP-SECRET-LINE,allowed\n")
    con.execute(f"CREATE VIEW documents AS SELECT * FROM read_csv('{secret}')")
    con.execute("CREATE TABLE labels (path VARCHAR)")
    con.execute("CREATE TABLE findings (path VARCHAR)")
    con.close()
    at.file_uploader(key="dash_upload").set_value([("evil.duckdb", evil.read_bytes(), "application/octet-stream")])
    at.run()
    assert not at.exception and alerts(at) and "sendlens batch" in alerts(at)[0]
    assert "TOP-SECRET-LINE" not in html_of(at) + json.dumps([str(df.value) for df in at.dataframe])


# ---------------------------------------------------------------- training

@pytest.fixture(scope="module")
def training_app() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.session_state["ex_seed"] = 20240611
    at.run()
    at.switch_page("training_page.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_training_gallery_covers_every_fault(training_app):
    from nlp.taxonomy import taxonomy

    at = training_app
    faults = taxonomy().faults
    labels = [e.label for e in at.expander]
    assert len([x for x in labels if "·" in x]) == len(faults)
    shown = html_of(at)
    for code in faults:
        assert code_tag(code) in shown
    assert not any(code in label for label in labels for code in faults)  # names in the headings, not codes
    assert "Rewrite template:" in shown and "Ellie will have access to a quiet workspace." in shown
    at.text_input(key="gal_query").set_value("therapy").run()
    assert 0 < len([e for e in at.expander if "·" in e.label]) < len(faults)
    at.text_input(key="gal_query").set_value("").run()


def test_training_exercise_marks_the_answer(training_app):
    from app.ui import trainer

    at = training_app
    item = trainer.exercise_item(20240611, 0)
    assert item["text"] in html_of(at)
    if item["label"] == "specific":
        at.checkbox(key="ex_none_0").check().run()
    else:
        at.multiselect(key="ex_picks_0").set_value([item["fault"]]).run()
    # only faults one sentence can show are offered, never whole-plan ones
    options = at.multiselect(key="ex_picks_0").options
    from app.ui.render import fault_title

    for whole_plan in ("missing_section", "need_without_provision", "provision_without_need"):
        assert fault_title(whole_plan) not in options
    assert fault_title("access_to") in options
    at.button(key="ex_check").click().run()
    assert not at.exception
    assert alerts(at, "success") and alerts(at, "success")[0].startswith("Right")
    shown = html_of(at)
    assert "<b>Labelled answer:</b> " + item["label"] in shown
    assert "<b>sendlens on this sentence:</b>" in shown
    if item["label"] == "vague":  # the right answer explained from the taxonomy
        from nlp.taxonomy import taxonomy

        fault = taxonomy().faults[item["fault"]]
        assert f"<b>Why: {fault.title}.</b>" in shown.replace("&#x27;", "'")

    at.button(key="ex_next").click().run()
    nxt = trainer.exercise_item(20240611, 1)
    assert at.session_state["ex_round"] == 1 and nxt["text"] in html_of(at)
    # a wrong answer is marked wrong, with the label
    if nxt["label"] == "specific":
        at.multiselect(key="ex_picks_1").set_value(["access_to"]).run()
    else:
        at.checkbox(key="ex_none_1").check().run()
    at.button(key="ex_check").click().run()
    assert alerts(at, "error") and not alerts(at, "success")


def test_training_checks_typed_wording_live(training_app):
    at = training_app
    at.text_area(key="own_text").set_value("Ava will have access to speech and language therapy as required.").run()
    assert not at.exception
    shown = html_of(at)
    verdict = next(v for v in re.findall(r"<div class='sl-verdict'><b>sendlens:</b>.*?</div>", shown, re.DOTALL))
    assert code_tag("access_to") in verdict and code_tag("as_required") in verdict
    assert "<mark " in shown and "CoP 9.69 test:</b> fails" in shown
    at.text_area(key="own_text").set_value(
        "Speech and language therapy, 3 x 30 minutes each week, delivered by a qualified speech and language "
        "therapist.").run()
    verdict = re.findall(r"<div class='sl-verdict'>(<b>sendlens:</b>.*?)</div>", html_of(at), re.DOTALL)
    assert verdict == ["<b>sendlens:</b> no findings"]


# ---------------------------------------------------------------- launcher

def test_launch_command_turns_usage_statistics_off():
    from app.launch import APP as LAUNCHED
    from app.launch import command, parse

    cmd = command(parse(["--port", "8611"]))
    assert Path(cmd[cmd.index("run") + 1]) == LAUNCHED == APP
    assert cmd[1:3] == ["-m", "app.ui.serve"]  # warms the caches, then runs Streamlit's own CLI
    for flag in ("--browser.gatherUsageStats=false", "--server.headless=true", "--server.maxUploadSize=50",
                 "--server.fileWatcherType=none", "--client.showErrorDetails=none", "--client.toolbarMode=minimal"):
        assert flag in cmd
    assert cmd[cmd.index("--server.port") + 1] == "8611"
    assert cmd[cmd.index("--server.address") + 1] == "localhost"
    with pytest.raises(SystemExit):
        parse(["--port", "0"])


# ---------------------------------------------------------------- reviewer comforts and hostile text

def test_findings_sorted_and_grouped_by_severity_section_and_fault(docx_app):
    from app.ui.render import SEVERITY_ORDER, fault_title

    at = docx_app
    findings = at.session_state["review_report"].findings
    numbers = {id(f): n for n, f in enumerate(findings, 1)}

    def card_numbers():
        return [int(n) for n in re.findall(r"<div><b class='sl-card-n'>(\d+)\.</b>", html_of(at))]

    assert card_numbers() == list(range(1, len(findings) + 1))  # plan order by default
    try:
        at.selectbox(key="flt_order").set_value("severity").run()
        by_sev = sorted(findings, key=lambda f: (SEVERITY_ORDER.index(f.severity), f.start))
        assert card_numbers() == [numbers[id(f)] for f in by_sev]
        groups = re.findall(r"<div class='sl-group'[^>]*>(.*?) \((\d+)\)</div>", html_of(at))
        assert [g for g, _ in groups] == [{"error": "Errors", "warning": "Warnings", "suggestion": "Suggestions"}[s]
                                          for s in SEVERITY_ORDER if any(f.severity == s for f in findings)]
        assert sum(int(n) for _, n in groups) == len(findings)
        at.selectbox(key="flt_order").set_value("code").run()
        groups = [g for g, _ in re.findall(r"<div class='sl-group'[^>]*>(.*?) \((\d+)\)</div>", html_of(at))]
        import html as _html

        assert [_html.unescape(g) for g in groups] == sorted({fault_title(f.code) for f in findings}, key=str.lower)
        at.selectbox(key="flt_order").set_value("section").run()
        groups = [g for g, _ in re.findall(r"<div class='sl-group'[^>]*>(.*?) \((\d+)\)</div>", html_of(at))]
        assert groups[0].startswith("Section ") and len(groups) == len({f.section for f in findings})
    finally:
        at.selectbox(key="flt_order").set_value("plan").run()


def test_softened_finding_says_why():
    import dataclasses

    from app.ui.render import explanation_html
    from ingest import load
    from nlp.checker import Checker

    report = Checker(thread="off").check(load(DOCX_PLAN.read_bytes(), DOCX_PLAN.name))
    f = next(f for f in report.findings if f.code == "as_appropriate" or f.severity == "error")
    assert explanation_html(f) == "" or "Why:" in explanation_html(f)
    softened = dataclasses.replace(f, severity="suggestion")
    assert "an error by default, shown as a suggestion because of its context" in explanation_html(softened)

    class Why:  # the checker's Explanation: to_json() with the elements that softened the match
        def to_json(self):
            return {"check": "wording", "source": "core/as-appropriate", "pattern": "as appropriate",
                    "original_score": 1.0, "score": 0.4, "original_severity": "error",
                    "softened_by": ["frequency stated in the same row"], "note": "read as a suggestion"}

    from types import SimpleNamespace  # works before and after Finding gains its `explanation`

    shown = explanation_html(SimpleNamespace(code=f.code, severity="suggestion", explanation=Why()))
    assert "softened by frequency stated in the same row in the same item" in shown
    assert "score 1.00 before context, 0.40 after" in shown and "an error by default" in shown


HOSTILE = "[click me](http://evil.example/x) ![img](http://evil.example/pixel.png) <img src=x onerror=alert(1)>"


def _no_markup(at: AppTest) -> None:
    """Nothing a file says became a link or an image."""
    for text in markdown_texts(at):
        assert "evil.example" not in text, text  # file-derived text never goes through Markdown
    assert not re.search(r"<a\b|<img\b", html_of(at))


def test_hostile_file_names_and_messages_are_plain_text():
    # a bad file whose name is Markdown and HTML: the error names it, as text
    at = upload(new_app(), HOSTILE + ".pdf", b"%PDF-1.4 not really a pdf" * 20)
    assert not at.exception
    _no_markup(at)
    assert alerts(at) and alerts(at)[0].startswith(HOSTILE + ".pdf")
    # a good plan under the same kind of name: the heading shows the name as text
    at = upload(new_app(), HOSTILE + ".txt", TXT_PLAN.read_bytes())
    assert not at.exception and at.session_state["review_plan"].error is None
    _no_markup(at)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html_of(at)
    # a results store upload with the same kind of name
    at = new_app()
    at.switch_page("dashboard_page.py").run()
    at.radio(key="dash_source").set_value("Upload a results store").run()
    at.file_uploader(key="dash_upload").set_value([(HOSTILE + ".jsonl", b"{}\n", "application/json")]).run()
    assert not at.exception
    _no_markup(at)
