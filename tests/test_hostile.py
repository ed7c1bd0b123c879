"""Hostile files, tampered artefacts and hostile stores (issue 15): each is refused with a typed,
one-line error naming the file, and the CLI exits 2. Every file is generated here, on the fly.
Time and memory bounds are measured in bench/bench_hostile.py, not asserted here."""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from conftest import PLAN_TXT, docx_bytes

from app.cli import main
from ingest import LimitExceeded, NotARegularFile, UnsafeFile, UnsupportedType, load
from models import manifest, skops_io
from models.manifest import ArtefactError
from models.textfeatures import TfidfModel

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "models" / "artifacts"
DECISIONS = ROOT / "corpus_samples" / "decisions"


def _one_line_error(capsys, code: int, expected_code: int = 2) -> str:
    err = capsys.readouterr().err.strip()
    assert code == expected_code, err
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    return err


# ------------------------------------------------------------------ tampered data-only artefacts

@pytest.fixture
def artefacts(tmp_path) -> Path:
    """A copy of a shipped TF-IDF artefact (the decision model), and of the provision model, with the manifest."""
    folder = tmp_path / "artifacts"
    folder.mkdir()
    for name in ("decision_tfidf.json", "decision_tfidf.npz", "provision_static.json", "provision_static.npz",
                 "MANIFEST.json"):
        shutil.copy(ARTIFACTS / name, folder / name)
    return folder


def test_shipped_manifest_matches_the_shipped_files():
    """Retraining without rewriting the manifest would make every load fail: catch it here."""
    assert manifest.read_manifest(ARTIFACTS) == manifest.describe(ARTIFACTS)
    for stem in manifest.read_manifest(ARTIFACTS)["artefacts"]:
        meta, arrays = manifest.load_verified(ARTIFACTS / stem)
        assert meta and arrays


def test_untampered_copy_loads(artefacts):
    model = TfidfModel.load(artefacts / "decision_tfidf")
    scores = model.scores(["The appeal is allowed."], "appeal_types")
    assert scores.shape[0] == 1 and scores.shape[1] == model.arrays["appeal_types_coef"].shape[0]


def _load_error(stem: Path) -> ArtefactError:
    with pytest.raises(ArtefactError) as info:
        TfidfModel.load(stem)
    assert len(str(info.value).splitlines()) == 1
    return info.value


def test_edited_json_is_refused(artefacts):
    meta_path = artefacts / "decision_tfidf.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["threshold"] = 0.0  # would flag every provision
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    err = _load_error(artefacts / "decision_tfidf")
    assert str(meta_path) in str(err) and "SHA-256" in str(err)


def test_swapped_npz_is_refused(artefacts):
    npz = artefacts / "decision_tfidf.npz"
    with np.load(npz) as original:
        arrays = {k: original[k] for k in original.files}
    arrays["appeal_types_intercept"] = arrays["appeal_types_intercept"] + 50.0
    np.savez_compressed(npz, **arrays)
    err = _load_error(artefacts / "decision_tfidf")
    assert str(npz) in str(err)


def test_wrong_shape_is_refused_even_with_a_rewritten_manifest(artefacts):
    """An attacker who also rewrites the manifest still cannot feed a mis-shaped array to NumPy."""
    npz = artefacts / "decision_tfidf.npz"
    with np.load(npz) as original:
        arrays = {k: original[k] for k in original.files}
    arrays["drafting_issues_coef"] = arrays["drafting_issues_coef"][:, :100]
    np.savez_compressed(npz, **arrays)
    manifest.write_manifest(artefacts)
    err = _load_error(artefacts / "decision_tfidf")
    assert str(npz) in str(err) and "drafting_issues_coef" in str(err)


def test_pickled_array_is_refused(artefacts):
    npz = artefacts / "decision_tfidf.npz"
    with np.load(npz) as original:
        arrays = {k: original[k] for k in original.files}
    arrays["idf"] = np.array([{"x": 1}], dtype=object)
    np.savez(npz, **arrays)
    with pytest.raises(ValueError, match="Python objects"):  # nor can such an array be put in a manifest
        manifest.write_manifest(artefacts)
    err = _load_error(artefacts / "decision_tfidf")
    assert str(npz) in str(err)


@pytest.mark.parametrize("part", ["decision_tfidf.npz", "decision_tfidf.json", "MANIFEST.json"])
def test_missing_part_is_refused(artefacts, part):
    (artefacts / part).unlink()
    err = _load_error(artefacts / "decision_tfidf")
    assert part in str(err)


def test_bad_json_is_refused_when_manifest_rewritten(artefacts):
    (artefacts / "decision_tfidf.json").write_text('{"vocabulary": "not a list"}', encoding="utf-8")
    manifest.write_manifest(artefacts)
    err = _load_error(artefacts / "decision_tfidf")
    assert "decision_tfidf.json" in str(err)


def test_cli_check_with_a_tampered_model_is_one_line_exit_2(artefacts, tmp_path):
    (artefacts / "provision_static.npz").write_bytes(b"PK\x03\x04 not an archive")
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN_TXT, encoding="utf-8")
    script = ("import sys; import models.provision_model as pm; from pathlib import Path; "
              f"pm.STATIC_ARTIFACT = Path({str(artefacts / 'provision_static')!r}); "
              "from app.cli import main; sys.exit(main(sys.argv[1:]))")
    run = subprocess.run([sys.executable, "-c", script, "check", str(plan)], capture_output=True, text=True, check=False,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 2, run.stderr
    err = run.stderr.strip()
    assert len(err.splitlines()) == 1 and "provision_static.npz" in err and "Traceback" not in err


def test_batch_with_a_tampered_model_stops_before_starting(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "models"
    shutil.copytree(ARTIFACTS, folder)
    (folder / "provision_static.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(manifest, "ARTIFACTS", folder)
    monkeypatch.setattr(manifest.verify_all, "__defaults__", (folder,))
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(min(DECISIONS.glob("*.txt")), src / "d.txt")
    err = _one_line_error(capsys, main(["batch", str(src), "--out", str(tmp_path / "r.jsonl"), "--no-progress"]))
    assert "provision_static.json" in err and "SHA-256" in err
    assert not (tmp_path / "r.jsonl").exists()


# ------------------------------------------------------------------ tampered skops files

def _evil_skops(path: Path, marker: Path) -> Path:
    """A skops file whose schema asks skops to call builtins.eval on a string that writes `marker`."""
    clean = path.with_name("clean.skops")
    skops_io.dump({"a": 1, "b": "x"}, clean)
    schema = json.loads(zipfile.ZipFile(clean).read("schema.json"))
    code = f"open({str(marker)!r}, 'w').write('ran')"
    schema["content"]["b"] = {
        "__class__": "eval", "__module__": "builtins", "__loader__": "ConstructorFromReduceNode", "__id__": 3,
        "content": {"__class__": "tuple", "__module__": "builtins", "__loader__": "TupleNode", "__id__": 2,
                    "content": [{"__class__": "str", "__module__": "builtins", "__loader__": "JsonNode",
                                 "content": json.dumps(code), "is_json": True, "__id__": 1}]}}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("schema.json", json.dumps(schema))
    return path


def test_skops_payload_never_runs_even_with_a_matching_manifest(tmp_path):
    marker = tmp_path / "marker"
    evil = _evil_skops(tmp_path / "decision_tfidf.skops", marker)
    manifest.write_manifest(tmp_path)  # the attacker rewrote the manifest too: the type check must hold
    with pytest.raises(ArtefactError) as info:
        skops_io.load(evil)
    assert "builtins.eval" in str(info.value) and str(evil) in str(info.value)
    assert len(str(info.value).splitlines()) == 1
    assert not marker.exists()


def test_skops_payload_refused_by_checksum_before_parsing(tmp_path):
    marker = tmp_path / "marker"
    skops_io.dump({"a": 1}, tmp_path / "decision_tfidf.skops")  # writes the manifest for the clean file
    _evil_skops(tmp_path / "decision_tfidf.skops", marker)
    with pytest.raises(ArtefactError, match="SHA-256"):
        skops_io.load(tmp_path / "decision_tfidf.skops")
    assert not marker.exists()


# ------------------------------------------------------------------ hostile stores

def _store(path: Path, *statements: str) -> Path:
    import duckdb

    con = duckdb.connect(str(path))
    try:
        for sql in statements:
            con.execute(sql)
    finally:
        con.close()
    return path


_GOOD_TABLES = ("CREATE TABLE documents(path VARCHAR, status VARCHAR, kind VARCHAR)",
                "CREATE TABLE findings(path VARCHAR, code VARCHAR)",
                "CREATE TABLE labels(path VARCHAR, value VARCHAR)")


@pytest.mark.parametrize("name,statements", [
    ("view", [("CREATE VIEW documents AS SELECT column0 AS path, column0 AS status, column0 AS kind "
               "FROM read_csv('{secret}', header=false)"), *_GOOD_TABLES[1:]]),
    ("macro", [*_GOOD_TABLES, "CREATE MACRO leak() AS TABLE SELECT * FROM read_csv('{secret}')"]),
    ("default", ["CREATE TABLE documents(path VARCHAR DEFAULT 'x', status VARCHAR, kind VARCHAR)",
                 *_GOOD_TABLES[1:]]),
    ("missing_table", list(_GOOD_TABLES[:2])),
    ("wrong_columns", ["CREATE TABLE documents(name VARCHAR)", *_GOOD_TABLES[1:]]),
])
def test_hostile_store_is_refused(tmp_path, capsys, name, statements):
    secret = tmp_path / "server_secret.csv"
    secret.write_text("root:x:0:0:SECRET-LINE\n", encoding="utf-8")
    store = _store(tmp_path / f"{name}.duckdb", *[s.format(secret=secret) for s in statements])
    err = _one_line_error(capsys, main(["stats", str(store)]))
    assert str(store) in err and "SECRET-LINE" not in err
    assert "SECRET-LINE" not in capsys.readouterr().out


def test_real_store_opens_with_external_access_off(tmp_path):
    from app.store import load_tables, open_duckdb

    secret = tmp_path / "secret.csv"
    secret.write_text("a,b\n1,2\n", encoding="utf-8")
    store = _store(tmp_path / "ok.duckdb", *_GOOD_TABLES,
                   "INSERT INTO documents VALUES ('a.txt', 'ok', 'decision')")
    assert load_tables(store)["documents"].num_rows == 1
    con = open_duckdb(store)
    try:
        with pytest.raises(Exception, match="(?i)permission|disabled"):
            con.execute(f"SELECT * FROM read_csv('{secret}')").fetchall()
        with pytest.raises(Exception, match="(?i)lock|configuration"):
            con.execute("SET enable_external_access = true")
    finally:
        con.close()


def test_server_store_path_is_off_by_default_and_confined(tmp_path, monkeypatch):
    from app.store import StoreError, resolve_server_store

    monkeypatch.delenv("SENDLENS_STORE_DIR", raising=False)
    (tmp_path / "stores").mkdir()
    store = _store(tmp_path / "stores" / "ok.duckdb", *_GOOD_TABLES)
    with pytest.raises(StoreError, match="off"):
        resolve_server_store(str(store))
    monkeypatch.setenv("SENDLENS_STORE_DIR", str(tmp_path / "stores"))
    assert resolve_server_store("ok.duckdb") == store.resolve()
    messages = set()
    for probe in ("/etc/passwd", "../stores/../../etc", str(tmp_path), "missing.duckdb", "/no/such/dir/x.duckdb"):
        with pytest.raises(StoreError) as info:
            resolve_server_store(probe)
        messages.add(str(info.value))
    assert len(messages) == 1  # the same words whether a path exists or not: nothing to learn from them


# ------------------------------------------------------------------ hostile input files

def test_fifo_named_txt_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)
    run = subprocess.run([sys.executable, "-m", "app.cli", "check", str(fifo)], capture_output=True, text=True, check=False,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 2
    err = run.stderr.strip()
    assert len(err.splitlines()) == 1 and "named pipe" in err and str(fifo) in err


def test_device_is_refused(capsys):
    with pytest.raises(NotARegularFile, match="character device"):
        load("/dev/zero")
    err = _one_line_error(capsys, main(["check", "/dev/zero"]))
    assert "/dev/zero" in err


def _docx_with(part: str, transform) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(docx_bytes(lambda d: d.add_paragraph("Speech therapy for Ines Carrow."))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info)
            zf.writestr(info.filename, transform(data) if info.filename == part else data)
    return out.getvalue()


def test_dtd_after_a_long_comment_is_found(write, capsys):
    def late_dtd(data: bytes) -> bytes:
        decl_end = data.index(b"?>") + 2
        return (data[:decl_end] + b"<!--" + b"x" * 5000 + b"-->"
                + b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + data[decl_end:])

    path = write("late.docx", _docx_with("word/document.xml", late_dtd))
    with pytest.raises(UnsafeFile, match="word/document.xml"):
        load(path)
    assert str(path) in _one_line_error(capsys, main(["check", str(path)]))


def test_dtd_deep_in_a_part_past_the_first_megabyte(write):
    def deep_dtd(data: bytes) -> bytes:
        return data + b"<!--" + b"y" * (3 << 20) + b"--><!ENTITY late 'x'>"

    with pytest.raises(UnsafeFile, match="DTD"):
        load(_docx_with("word/styles.xml", deep_dtd), "deep.docx")


def test_utf16_xml_part_is_refused():
    def utf16(data: bytes) -> bytes:
        return data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")

    with pytest.raises(UnsafeFile, match="UTF-16"):
        load(_docx_with("word/document.xml", utf16), "u16.docx")


@pytest.mark.parametrize("name,content,what", [
    ("page.pdf", b"<!DOCTYPE html><html><body><a href='http://x.test'>EHC plan</a></body></html>", "HTML"),
    ("page.docx", b"\xef\xbb\xbf  <html lang='en'><head><title>Plan</title></head></html>", "HTML"),
    ("page.txt", b"<!-- saved from url -->\n<HTML><BODY>Section F</BODY></HTML>", "HTML"),
    ("image.pdf", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG"),
    ("data.txt", b'{"section": "F", "text": "speech therapy"}', "JSON"),
    ("feed.md", b'<?xml version="1.0"?><rss><channel/></rss>', "XML"),
])
def test_markup_is_refused_by_content(write, capsys, name, content, what):
    path = write(name, content)
    with pytest.raises(UnsupportedType, match=what):
        load(path)
    assert str(path) in _one_line_error(capsys, main(["check", str(path)]))


def test_plain_text_mentioning_html_still_reads(write):
    doc = load(write("plan.txt", "Section F\nThe <b>school</b> will provide speech therapy weekly.\n"))
    assert "speech therapy" in doc.text


def test_paragraph_limit(write, monkeypatch, capsys):
    data = docx_bytes(lambda d: [d.add_paragraph(f"Paragraph {i} for Ines Carrow.") for i in range(300)])
    monkeypatch.setenv("SENDLENS_MAX_PARAGRAPHS", "200")
    with pytest.raises(LimitExceeded, match="SENDLENS_MAX_PARAGRAPHS"):
        load(data, "many.docx")
    path = write("many.docx", data)
    assert "over 200 paragraphs" in _one_line_error(capsys, main(["check", str(path)]))
    monkeypatch.setenv("SENDLENS_MAX_PARAGRAPHS", "400")
    assert "Paragraph 299" in load(data, "many.docx").text


def test_unpacked_xml_limit(monkeypatch):
    """A small package whose XML unpacks far beyond its size (under the zip-bomb ratio) is refused."""
    body = b"<w:p><w:r><w:t>" + b"filler text " * 200_000 + b"</w:t></w:r></w:p>"
    data = _docx_with("word/document.xml", lambda d: d.replace(b"<w:body>", b"<w:body>" + body, 1))
    monkeypatch.setenv("SENDLENS_MAX_XML_MB", "1")
    with pytest.raises(LimitExceeded, match="SENDLENS_MAX_XML_MB"):
        load(data, "big.docx")


def test_part_count_limit(monkeypatch):
    src = zipfile.ZipFile(io.BytesIO(docx_bytes(lambda d: d.add_paragraph("Plan for Ines Carrow."))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, src.read(info))
        for i in range(60):
            zf.writestr(f"customXml/extra{i}.xml", "<a/>")
    monkeypatch.setenv("SENDLENS_MAX_PARTS", "40")
    with pytest.raises(LimitExceeded, match="SENDLENS_MAX_PARTS"):
        load(out.getvalue(), "parts.docx")


def test_page_limit(monkeypatch):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for i in range(5):
        pdf.add_page()
        pdf.cell(0, 10, f"Section F page {i}: speech therapy weekly for Ines Carrow.")
    data = bytes(pdf.output())
    monkeypatch.setenv("SENDLENS_MAX_PAGES", "3")
    with pytest.raises(LimitExceeded, match="5 pages.*SENDLENS_MAX_PAGES"):
        load(data, "long.pdf")


def test_text_line_limit(monkeypatch):
    monkeypatch.setenv("SENDLENS_MAX_PARAGRAPHS", "50")
    with pytest.raises(LimitExceeded):
        load(("speech therapy weekly\n" * 100).encode(), "long.txt")


def test_empty_folder_named_pdf_exits_2(tmp_path, capsys):
    folder = tmp_path / "x.pdf"
    folder.mkdir()
    assert str(folder) in _one_line_error(capsys, main(["check", str(folder)]))
    assert str(folder) in _one_line_error(capsys, main(["batch", str(folder), "--out", str(tmp_path / "r.jsonl"),
                                                        "--no-progress"]))


def test_missing_batch_folder_exits_2(tmp_path, capsys):
    missing = tmp_path / "no_such_folder"
    err = _one_line_error(capsys, main(["batch", str(missing), "--out", str(tmp_path / "r.jsonl"), "--no-progress"]))
    assert str(missing) in err and "no such folder" in err


def test_batch_exits_2_when_no_file_could_be_read(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"<html><body>not a plan</body></html>")
    (folder / "b.docx").write_bytes(b"")
    code = main(["batch", str(folder), "--out", str(tmp_path / "r.jsonl"), "--no-progress"])
    assert code == 2
    assert "2 failed" in capsys.readouterr().err
