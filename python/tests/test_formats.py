"""Inputs other than UTF-8 text, as vanban-io reads them: DOCX (tests/fixtures/docx) and legacy Vietnamese encodings
(tests/fixtures/legacy), through parse_file and parse_many; their failures as DocxError with the kind."""

import csv
from pathlib import Path

import pytest

import vanban
from conftest import ROOT

DOCX = ROOT / "tests" / "fixtures" / "docx"
LEGACY = ROOT / "tests" / "fixtures" / "legacy"


def manifest():
    if not (DOCX / "MANIFEST.tsv").exists():
        return []
    rows = [r for r in csv.reader((DOCX / "MANIFEST.tsv").open(encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")]
    seen, out = set(), []
    for r in rows:
        if r[0] not in seen:
            seen.add(r[0])
            out.append((r[0], r[1], r[2]))
    return out


@pytest.mark.parametrize("name,source,expect", manifest(), ids=lambda x: x if isinstance(x, str) else None)
def test_docx_fixtures(name, source, expect):
    path = DOCX / name
    if expect == "ok":
        doc = vanban.parse_file(path)
        text = vanban.parse_file(ROOT / source)
        assert doc.source.format == "docx"
        assert (doc.code, doc.doc_type, doc.date, doc.issuer.name) == (text.code, text.doc_type, text.date, text.issuer.name)
        for r in doc.references:
            assert doc.text[r.start : r.end] == r.text
    else:
        with pytest.raises(vanban.DocxError) as e:
            vanban.parse_file(path)
        assert e.value.kind == expect and e.value.source == str(path)
        assert isinstance(e.value, vanban.InputError)


@pytest.mark.skipif(not DOCX.exists(), reason="no DOCX fixtures")
def test_docx_in_parse_many_with_errors_returned():
    paths = sorted(DOCX.glob("*.docx"))
    got = vanban.parse_many(paths, errors="return")
    assert len(got) == len(paths)
    for p, g in zip(paths, got):
        assert isinstance(g, vanban.DocxError if p.name.startswith("bad_") else vanban.Document), p.name
    table = vanban.to_pandas(got) if _has("pandas") else None
    if table is not None:
        assert table["error"].notna().sum() == sum(p.name.startswith("bad_") for p in paths)


def _has(mod):
    try:
        __import__(mod)
        return True
    except ImportError:
        return False


@pytest.mark.parametrize("path", sorted(LEGACY.glob("*.txt")) if LEGACY.exists() else [], ids=lambda p: p.name)
def test_legacy_encodings_give_the_fields_of_the_source(path):
    source = ROOT / "corpus" / "docs" / (path.name.split(".")[0] + ".txt")
    if not source.exists():
        pytest.skip("no source for this fixture")
    doc, text = vanban.parse_file(path), vanban.parse_file(source)
    assert (doc.code, doc.doc_type, doc.date) == (text.code, text.doc_type, text.date)


@pytest.mark.parametrize("path", sorted(LEGACY.glob("*.viqr.txt")) if LEGACY.exists() else [], ids=lambda p: p.name)
def test_text_and_file_agree_on_viqr(path):
    # an ASCII text may be VIQR: parse(text) decodes it as parse_file does
    text = path.read_text(encoding="ascii")
    a, b = vanban.parse(text), vanban.parse_file(path)
    da, db = a.to_dict(), b.to_dict()
    assert da.pop("source")["sha256"] == db.pop("source")["sha256"]
    assert da == db and a.text == b.text
