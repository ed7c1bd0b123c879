"""Bad input: each case raises its typed error naming the file with a hint; the CLI exits 2 cleanly."""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from conftest import (
    PLAN_TXT,
    build_encrypted_pdf,
    build_image_only_pdf,
    build_shapes_only_pdf,
    build_table_pdf,
    docx_bytes,
    png_bytes,
    write_zip_bomb_docx,
    xlsx_like_bytes,
    xxe_docx_bytes,
)

import ingest
import ingest.docx_reader
from app.cli import main
from ingest import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    IngestError,
    NoTextLayer,
    UnsafeFile,
    UnsupportedType,
    load,
)

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _random_binary() -> bytes:
    import random

    rng = random.Random(7)
    return bytes(rng.randrange(256) for _ in range(4096))


def _first_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _simple_docx() -> bytes:
    return docx_bytes(lambda d: d.add_paragraph("Section F: Speech therapy for Ines Carrow, weekly."))


def _simple_pdf() -> bytes:
    from conftest import build_plan_pdf

    return build_plan_pdf()


# (file name, content builder, error type, fragment of the problem, fragment of the hint)
CASES = [
    ("png-renamed.pdf", png_bytes, UnsupportedType, "PNG image", "OCR"),
    ("random.docx", _random_binary, UnsupportedType, "binary", "save the file in one of those formats"),
    ("sheet.docx", xlsx_like_bytes, UnsupportedType, "Excel workbook", "sendlens reads PDF"),
    ("legacy.doc", lambda: OLE2 + b"\0" * 4000, UnsupportedType, "Word 97-2003", "save it as .docx"),
    ("empty.txt", lambda: b"", EmptyFile, "is empty", "saved completely"),
    ("blank.txt", lambda: b"  \n\t\r\n   \n", EmptyFile, "is empty", "saved completely"),
    ("garbage.pdf", lambda: b"%PDF-1.7\n" + _random_binary(), CorruptFile, "not a readable PDF", "re-save"),
    ("half.pdf", lambda: _first_half(_simple_pdf()), CorruptFile, "PDF", "partly downloaded"),
    ("half.docx", lambda: _first_half(_simple_docx()), CorruptFile, "damaged or truncated", "partly downloaded"),
    ("locked.pdf", build_encrypted_pdf, EncryptedFile, "password-protected PDF", "Remove the password"),
    ("locked.docx", lambda: OLE2 + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64,
     EncryptedFile, "password-protected Office", "Remove the password"),
    ("scan.pdf", build_image_only_pdf, NoTextLayer, "no extractable text", "OCR"),
    ("shapes.pdf", build_shapes_only_pdf, NoTextLayer, "no extractable text", "OCR"),
    ("xxe.docx", xxe_docx_bytes, UnsafeFile, "DTD or XML entities", "not opened for safety"),
]
IDS = [c[0] for c in CASES]


@pytest.fixture(scope="module")
def built():
    """Each bad file's bytes, built once."""
    return {name: make() for name, make, *_ in CASES}


@pytest.mark.parametrize("name,make,error,problem,hint", CASES, ids=IDS)
def test_bad_input_raises_typed_error(write, built, name, make, error, problem, hint):
    path = write(name, built[name])
    with pytest.raises(error) as info:
        load(path)
    err = info.value
    message = str(err)
    assert type(err) is error
    assert err.filename == str(path) and message.startswith(f"{path}: ")
    assert problem in message, message
    assert hint in message and err.hint_text and err.hint_text in message
    assert err.kind == error.__name__
    # the same bytes without a path give the same type, named after the given filename
    with pytest.raises(error) as from_bytes:
        load(built[name], name)
    assert str(from_bytes.value).startswith(f"{name}: ")


@pytest.mark.parametrize("name,make,error,problem,hint", CASES, ids=IDS)
def test_cli_exits_2_with_message_and_no_traceback(write, built, capsys, name, make, error, problem, hint):
    path = write(name, built[name])
    code = main(["check", str(path), "--no-model"])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"sendlens: {path}: ")
    assert problem in err and hint in err
    assert "Traceback" not in err and "Traceback" not in out


def test_no_text_layer_mentions_ocr(write):
    with pytest.raises(NoTextLayer) as info:
        load(write("scan.pdf", build_image_only_pdf()))
    assert "OCR" in str(info.value) and "ocrmypdf" in str(info.value)


def test_missing_path_and_folder(tmp_path):
    with pytest.raises(IngestError) as missing:
        load(tmp_path / "nowhere.pdf")
    assert "does not exist" in str(missing.value) and "nowhere.pdf" in str(missing.value)
    with pytest.raises(UnsupportedType) as folder:
        load(tmp_path)
    assert "is a folder" in str(folder.value) and "sendlens batch" in str(folder.value)


def test_rtf_is_unsupported():
    with pytest.raises(UnsupportedType, match="Rich Text"):
        load(b"{\\rtf1\\ansi Section F for Remy Oak}", "plan.rtf")


def test_other_zip_archives_are_unsupported():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes/plan.txt", PLAN_TXT)
    with pytest.raises(UnsupportedType, match="zip archive"):
        load(buf.getvalue(), "bundle.docx")


# ---------------------------------------------------------------- size limits

def test_over_size_limit_from_path_and_bytes(write):
    path = write("big.txt", PLAN_TXT)
    assert path.stat().st_size > 1000
    with pytest.raises(FileTooLarge) as info:
        load(path, max_bytes=1000)
    assert str(path) in str(info.value) and "--max-size-mb" in str(info.value)
    with pytest.raises(FileTooLarge):
        load(PLAN_TXT.encode(), "big.txt", max_bytes=1000)
    assert load(path, max_bytes=len(PLAN_TXT.encode())).text == PLAN_TXT  # exactly at the limit is fine


def test_size_limit_from_environment(write, monkeypatch):
    path = write("big.txt", PLAN_TXT)
    monkeypatch.setenv("SENDLENS_MAX_MB", "0.0005")
    with pytest.raises(FileTooLarge):
        load(path)
    monkeypatch.setenv("SENDLENS_MAX_MB", "1")
    assert load(path).text == PLAN_TXT


def test_cli_max_size_mb(write, capsys):
    path = write("big.txt", PLAN_TXT * 2)
    assert path.stat().st_size > 0.001 * 1024 * 1024
    assert main(["check", str(path), "--no-model", "--max-size-mb", "0.001"]) == 2
    _out, err = capsys.readouterr()
    assert f"sendlens: {path}: " in err and "--max-size-mb" in err and "Traceback" not in err


def test_size_message_states_a_meaningful_limit(write):
    with pytest.raises(FileTooLarge) as info:
        load(write("big.txt", PLAN_TXT), max_bytes=1000)
    sizes = re.findall(r"(\d+(?:\.\d+)?) ?(?:MB|KB|kB|bytes)", str(info.value))
    assert len(sizes) == 2 and all(float(s) > 0 for s in sizes), str(info.value)


# ---------------------------------------------------------------- hostile DOCX

def test_zip_bomb_docx_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.docx"
    write_zip_bomb_docx(path, megabytes=400)
    assert path.stat().st_size < 5 * 1024 * 1024
    with pytest.raises(UnsafeFile) as info:
        load(path)
    assert "zip bomb" in str(info.value) and str(path) in str(info.value)


def test_uncompressed_limit_is_enforced(monkeypatch):
    data = _simple_docx()
    assert "speech therapy" in load(data, "ok.docx").text.lower()
    monkeypatch.setenv("SENDLENS_MAX_UNPACKED_MB", "0.01")  # the limit is configured, no longer a module constant
    with pytest.raises(ingest.LimitExceeded, match="SENDLENS_MAX_UNPACKED_MB"):
        load(data, "ok.docx")


def test_compression_ratio_limit_is_enforced(monkeypatch):
    monkeypatch.setattr(ingest.docx_reader, "MAX_RATIO", 2)
    with pytest.raises(UnsafeFile):
        load(_simple_docx(), "ratio.docx")


def test_xxe_docx_never_expands_the_entity(write):
    path = write("xxe.docx", xxe_docx_bytes())
    with pytest.raises(UnsafeFile) as info:
        load(path)
    assert "word/document.xml" in str(info.value)
    assert "root:" not in str(info.value)


def _corrupt_deflate(data: bytes, member: str) -> bytes:
    """Sets the first byte of a member's deflate stream to a reserved block type (invalid deflate)."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    offset = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    out[offset] = 0x07  # BFINAL=1, BTYPE=11 (reserved)
    return bytes(out)


@pytest.mark.parametrize("member", ["word/document.xml", "docProps/thumbnail.jpeg"])
def test_damaged_deflate_stream_is_corrupt_file(member):
    data = _corrupt_deflate(docx_bytes(lambda d: d.add_paragraph("Plan for Odile Fenn.")), member)
    with pytest.raises(CorruptFile):
        load(data, "damaged.docx")


def test_damaged_table_pdf_is_typed_error():
    data = build_table_pdf()
    m = re.search(rb"/Info \d+ 0 R", data)
    data = data[:m.start()] + b"/Info" + b" " * (m.end() - m.start() - 5) + data[m.end():]
    try:
        load(data, "damaged.pdf")
    except IngestError:
        pass  # a typed error, or reading it despite the damage, are both fine


def test_fuzzed_files_raise_only_typed_errors(plan_docx_bytes, plan_pdf_bytes):
    """Truncated real files (and a text PDF with runs of 0xFF bytes): every failure is an IngestError."""
    import random

    rng = random.Random(2024)
    variants = []
    for name, data in (("f.pdf", plan_pdf_bytes), ("f.docx", plan_docx_bytes)):
        variants += [(name, data[: rng.randrange(10, len(data))]) for _ in range(25)]
    for _ in range(25):
        pdf = bytearray(plan_pdf_bytes)
        pos = rng.randrange(len(pdf))
        pdf[pos:pos + 8] = b"\xff" * 8
        variants.append(("f.pdf", bytes(pdf)))
    for name, data in variants:
        try:
            load(data, name)
        except IngestError:
            pass


def test_random_bytes_never_crash_sniffing():
    import random

    rng = random.Random(99)
    for n in range(60):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
        try:
            load(data, f"r{n}.txt")
        except IngestError:
            pass
