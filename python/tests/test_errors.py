"""The error classes: a hierarchy under VanbanError, with the document and the reason; no Rust panic reaches
Python; bad input raises, it never crashes."""

import pickle

import pytest

import vanban
from vanban import _vanban
from test_api import LETTER


def test_hierarchy():
    assert issubclass(vanban.InputError, vanban.VanbanError)
    assert issubclass(vanban.PdfError, vanban.InputError)
    assert issubclass(vanban.DocxError, vanban.InputError)
    assert issubclass(vanban.ParseError, vanban.VanbanError)
    assert not issubclass(vanban.ParseError, vanban.InputError)
    assert issubclass(vanban.VanbanError, Exception)


def test_error_carries_document_and_reason(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n\t\n")
    with pytest.raises(vanban.InputError) as e:
        vanban.parse_file(p)
    err = e.value
    assert err.kind == "empty" and err.source == err.document == str(p) and err.message
    assert str(p) in str(err) and "empty" in str(err)
    rec = err.to_dict()
    assert rec["error"] == {"kind": "empty", "message": err.message}
    assert rec["source"]["path"] == str(p) and rec["source"]["format"] == "txt"
    assert "InputError(kind='empty'" in repr(err)


@pytest.mark.parametrize(
    "text,kind", [("", "empty"), ("  \n\n ", "empty"), ("Số: 1\x00\x00 abc", "binary"), ("\x01\x02\x03\x04", "binary")]
)
def test_bad_text_raises_input_error(text, kind):
    with pytest.raises(vanban.InputError) as e:
        vanban.parse(text)
    assert e.value.kind == kind and e.value.source == "<text>"


def test_files_that_are_not_documents(tmp_path):
    cases = {
        "dir": (tmp_path, "io"),
        "missing": (tmp_path / "nope.txt", "io"),
        "utf16-empty": (tmp_path / "u16.txt", "empty"),
        "not-utf8": (tmp_path / "bad.txt", "encoding"),
        "elf": (tmp_path / "a.out", "binary"),
    }
    (tmp_path / "u16.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "bad.txt").write_bytes(b"abc \x80\x81\x82 def \xc3\x28")
    (tmp_path / "a.out").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    for name, (path, kind) in cases.items():
        with pytest.raises(vanban.InputError) as e:
            vanban.parse_file(path)
        assert e.value.kind == kind, name


def test_utf16_and_bom_files_parse(tmp_path):
    p = tmp_path / "letter.txt"
    p.write_bytes(b"\xff\xfe" + LETTER.encode("utf-16-le"))
    assert vanban.parse_file(p).code == "1234/STTTT-TTBCXB"
    p.write_bytes(b"\xef\xbb\xbf" + LETTER.encode())
    assert vanban.parse_file(p).code == "1234/STTTT-TTBCXB"


def test_wrong_argument_types_are_type_errors():
    for bad in (b"bytes", None, 3, ["a"]):
        with pytest.raises(TypeError):
            vanban.parse(bad)
    with pytest.raises(TypeError):
        vanban.parse(LETTER, source=3)
    for bad in (None, 3, ["a.txt"]):
        with pytest.raises(TypeError):
            vanban.parse_file(bad)


def test_bytes_path_is_accepted(tmp_path):
    p = tmp_path / "l.txt"
    p.write_text(LETTER, encoding="utf-8")
    assert vanban.parse_file(bytes(str(p), "utf-8")).code == "1234/STTTT-TTBCXB"


def test_a_rust_panic_becomes_parse_error():
    ok, payload, text = _vanban._panic_for_test("boom at the boundary")
    assert not ok and text == ""
    err = vanban.error_from_record(__import__("json").loads(payload))
    assert isinstance(err, vanban.ParseError) and err.kind == "internal" and "boom at the boundary" in err.message


@pytest.mark.parametrize(
    "kind,fmt,cls",
    [
        ("internal", "txt", vanban.ParseError),
        ("empty", "txt", vanban.InputError),
        ("encrypted", "pdf", vanban.PdfError),
        ("no-text-layer", "pdf", vanban.PdfError),
        ("pdf-broken-xref", "", vanban.PdfError),
        ("io", "pdf", vanban.InputError),
        ("not-docx", "docx", vanban.DocxError),
        ("docx-xml", "txt", vanban.DocxError),
        ("unsupported-format", "docx", vanban.InputError),
    ],
)
def test_error_records_map_to_classes(kind, fmt, cls):
    rec = {"schema": "vanban/1", "source": {"path": "x", "sha256": "", "format": fmt}, "error": {"kind": kind, "message": "m"}}
    err = vanban.error_from_record(rec)
    assert type(err) is cls and err.kind == kind and err.source == "x" and err.to_dict() == rec


def test_errors_pickle(tmp_path):
    p = tmp_path / "e.txt"
    p.write_bytes(b"")
    (err,) = vanban.parse_many([p], errors="return")
    for e in (err, vanban.ParseError("internal", "x", "y"), vanban.PdfError("encrypted", "m", "a.pdf")):
        again = pickle.loads(pickle.dumps(e))
        assert type(again) is type(e) and again == e and str(again) == str(e) and again.to_dict() == e.to_dict()


def test_no_crash_on_hostile_text():
    # odd but valid text: every path of the parser runs, nothing escapes as a crash
    samples = [
        "Số:" * 5000,
        "\u0300" * 1000 + "Điều 1." * 200,
        "Căn cứ " * 3000,
        "\n" * 10000 + "x",
        "Số: 1/" + "A-" * 2000,
        "".join(chr(c) for c in range(0x20, 0x3000) if chr(c).isprintable()),
    ]
    for s in samples:
        try:
            doc = vanban.parse(s)
        except vanban.VanbanError:
            continue
        for r in doc.references:
            assert doc.text[r.start : r.end] == r.text
