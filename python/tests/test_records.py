"""The typed objects: attribute access, to_dict() equal to the JSON record, equality, hashing, pickling, repr,
spans in code points (NFD input included)."""

import copy
import json
import pickle
import subprocess
import unicodedata

import pytest

import vanban
from conftest import REPO_DOCS, SEEDS, cli_path
from test_api import LETTER

CLASSES = (vanban.Document, vanban.Reference, vanban.Task, vanban.Footnote, vanban.Section, vanban.Issuer,
           vanban.Signer, vanban.Source)  # fmt: skip


def all_objects(doc):
    yield doc
    yield doc.issuer
    yield doc.signer
    yield doc.source
    yield from doc.references
    yield from doc.tasks
    yield from doc.footnotes
    yield from doc.sections


def test_types_of_fields(corpus_docs):
    for doc in corpus_docs:
        assert isinstance(doc.issuer, vanban.Issuer)
        assert isinstance(doc.signer, vanban.Signer)
        assert isinstance(doc.source, vanban.Source)
        assert all(isinstance(r, vanban.Reference) for r in doc.references)
        assert all(isinstance(t, vanban.Task) for t in doc.tasks)
        assert all(isinstance(f, vanban.Footnote) for f in doc.footnotes)
        assert all(isinstance(s, vanban.Section) for s in doc.sections)
        assert all(isinstance(s, str) for s in doc.recipients + doc.cc + doc.warnings)
        for t in doc.tasks:
            assert isinstance(t.lead, list) and isinstance(t.support, list)
        for s in doc.sections:
            assert isinstance(s.level, int)
    assert any(d.footnotes for d in corpus_docs) or not SEEDS


def test_every_record_field_is_an_attribute(corpus_docs):
    doc = corpus_docs[0]
    for obj in all_objects(doc):
        d = obj.to_dict()
        for k, v in d.items():
            got = getattr(obj, k)
            if isinstance(got, vanban.Node):
                got = got.to_dict()
            elif isinstance(got, list):
                got = [x.to_dict() if isinstance(x, vanban.Node) else x for x in got]
            elif isinstance(got, tuple):
                got = list(got)
            assert got == v, (type(obj).__name__, k)
            assert obj[k] == getattr(obj, k)
        assert set(type(obj)._fields) <= set(d), type(obj).__name__


@pytest.mark.skipif(cli_path() is None, reason="the vanban CLI is not built")
def test_to_dict_equals_cli_json(corpus_paths):
    out = subprocess.run([str(cli_path()), "parse", *map(str, corpus_paths)], capture_output=True, text=True, check=True)
    cli = [json.loads(line) for line in out.stdout.splitlines()]
    mine = [d.to_dict() for d in vanban.parse_many(corpus_paths)]
    assert mine == cli


def test_to_dict_is_a_deep_copy_and_json_ready():
    doc = vanban.parse(LETTER)
    d = doc.to_dict()
    d["references"][0]["code"] = "changed"
    d["cc"].append("x")
    assert doc.references[0].code == "130/KH-TU"
    assert "x" not in doc.cc
    assert json.loads(doc.to_json()) == doc.to_dict()
    assert json.loads(json.dumps(doc.to_dict())) == doc.to_dict()


def test_lists_returned_are_copies():
    doc = vanban.parse(LETTER)
    doc.cc.append("x")
    doc.references.clear()
    assert "x" not in doc.cc and len(doc.references) == 1


def test_read_only_everywhere():
    doc = vanban.parse(LETTER)
    for obj in all_objects(doc):
        with pytest.raises(AttributeError):
            obj.foo = 1
        with pytest.raises(AttributeError):
            del obj.to_dict
    with pytest.raises(AttributeError):
        doc.text = "x"
    with pytest.raises(AttributeError):
        doc.references[0].code = "x"


def test_pickle_round_trip_every_object(corpus_docs):
    for doc in corpus_docs:
        for obj in all_objects(doc):
            for proto in (2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
                again = pickle.loads(pickle.dumps(obj, protocol=proto))
                assert type(again) is type(obj)
                assert again == obj
                assert again.to_dict() == obj.to_dict()
                assert repr(again) == repr(obj)
        again = pickle.loads(pickle.dumps(doc))
        assert again.text == doc.text
        assert again.references == doc.references
    docs = pickle.loads(pickle.dumps(corpus_docs))
    assert docs == corpus_docs


def test_copy_and_deepcopy():
    doc = vanban.parse(LETTER)
    assert copy.copy(doc) == doc
    assert copy.deepcopy(doc) == doc
    assert copy.deepcopy(doc.references[0]) == doc.references[0]


def test_equality_and_hash():
    a, b = vanban.parse(LETTER), vanban.parse(LETTER)
    assert a == b and hash(a) == hash(b)
    assert a.references[0] == b.references[0] and hash(a.references[0]) == hash(b.references[0])
    assert len({a, b}) == 1
    c = vanban.parse(LETTER.replace("1234", "1235"))
    assert a != c
    assert a.issuer != a.signer  # different types never compare equal
    assert a != a.to_dict()
    # same record, other text: not equal
    assert vanban.Document(a.to_dict(), "") != a


def test_repr_is_useful():
    doc = vanban.parse(LETTER)
    r = repr(doc)
    assert r.startswith("Document(") and "1234/STTTT-TTBCXB" in r and "Công văn" in r and "references=1" in r
    ref = repr(doc.references[0])
    assert ref.startswith("Reference(") and "130/KH-TU" in ref and "span=(" in ref
    assert "Mai Thoan" in repr(doc.signer)
    assert repr(doc.issuer).startswith("Issuer(name='SỞ")
    long = vanban.parse(LETTER.replace("đề nghị.", "đề nghị " + "rất " * 100 + "."))
    for t in long.tasks:
        assert len(repr(t)) < 400


def test_from_dict_and_unknown_fields():
    doc = vanban.parse(LETTER)
    rec = doc.to_dict()
    again = vanban.Document.from_dict(rec, doc.text)
    assert again == doc
    rec["references"][0]["extra_field"] = {"x": 1}  # a field a later schema adds
    rec["new_top"] = [1, 2]
    ext = vanban.Document.from_dict(rec)
    assert ext.new_top == [1, 2]
    assert ext.references[0].extra_field == {"x": 1}
    assert "new_top" in dir(ext) and "new_top" in ext.keys() and "new_top" in ext
    assert ext.get("nope", 3) == 3
    with pytest.raises(AttributeError):
        ext.nope
    with pytest.raises(KeyError):
        ext["nope"]
    with pytest.raises(TypeError):
        iter(ext)
    with pytest.raises(ValueError):
        vanban.Document.from_dict({"schema": "vanban/1", "source": {}, "error": {"kind": "empty", "message": ""}})


def test_cited_and_context():
    doc = vanban.parse(LETTER)
    (r,) = doc.cited()
    before, cited, after = doc.context(r, 20)
    assert cited == r.text == doc.text[r.start : r.end]
    assert before.endswith("Thực hiện ") and len(before) <= 20 and len(after) <= 20
    assert doc.context(r.span, 5)[1] == cited


LETTER_TAIL = "Căn cứ Nghị định số 45/2024/NĐ-CP ngày 05/5/2024 của Chính phủ; "


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_code_point_spans(form):
    # a letter whose text is long and full of combining marks before the reference: byte offsets would be far off
    text = LETTER.replace("Thực hiện", "Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành. " * 20 + LETTER_TAIL + "Thực hiện")
    text = unicodedata.normalize(form, text)
    doc = vanban.parse(text)
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    codes = [r.code for r in doc.references]
    assert "45/2024/NĐ-CP" in codes and "130/KH-TU" in codes
    for r in doc.references:
        assert doc.text[r.start : r.end] == r.text
        assert len(doc.text[: r.start].encode()) > r.start  # really code points, not bytes
    for s in doc.sections:
        assert doc.text[s.start : s.end].startswith(s.label)


@pytest.mark.parametrize("path", REPO_DOCS + SEEDS, ids=lambda p: p.name)
def test_nfd_input_gives_the_nfc_record(path):
    text = path.read_text(encoding="utf-8")
    a, b = vanban.parse(text), vanban.parse(unicodedata.normalize("NFD", text))
    da, db = a.to_dict(), b.to_dict()
    assert da.pop("source")["sha256"] != db.pop("source")["sha256"]
    assert da == db and a.text == b.text
    for r in b.references:
        assert b.text[r.start : r.end] == r.text
    for f in b.footnotes:
        assert 0 <= f.start <= f.end <= len(b.text)
