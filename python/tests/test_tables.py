"""Tables: documents and long tables of references, tasks, units, sections and footnotes, the same in pandas,
polars and pyarrow; imports only when asked for, with a clear error when missing."""

import subprocess
import sys

import pytest

import vanban
from vanban import _tables

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")

ALL = list(_tables.TABLES)


def na(v):
    """A pandas cell as Python: missing text is NA in pandas' string dtype."""
    return None if not isinstance(v, (list, tuple)) and pd.isna(v) else v


def expected_rows(docs, table):
    if table == "documents":
        return len(docs)
    if table == "units":
        return sum(len(t.lead) + len(t.support) for d in docs for t in d.tasks)
    return sum(len(getattr(d, table)) for d in docs)


@pytest.mark.parametrize("table", ALL)
def test_three_backends_agree(corpus_docs, table):
    a = vanban.to_arrow(corpus_docs, table=table)
    p = vanban.to_pandas(corpus_docs, table=table)
    o = vanban.to_polars(corpus_docs, table=table)
    names = [n for n, _ in _tables.schema(table)]
    assert a.column_names == list(p.columns) == o.columns == names
    assert a.num_rows == len(p) == o.height == expected_rows(corpus_docs, table)
    assert a.num_rows > 0
    assert o.to_dicts() == a.to_pylist()
    assert pl.from_arrow(a).equals(o)
    # pandas holds the same values (missing text as NA)
    back = p.astype(object).where(p.notna(), None).to_dict("records")
    assert [{k: v for k, v in r.items()} for r in back] == a.to_pylist()


def test_documents_table_values(corpus_docs):
    t = vanban.to_pandas(corpus_docs)
    for i, d in enumerate(corpus_docs):
        row = t.iloc[i]
        assert row["doc"] == i and row["path"] == d.source.path and na(row["code"]) == d.code
        assert na(row["issuer"]) == d.issuer.name and na(row["signer_name"]) == d.signer.name
        assert row["n_references"] == len(d.references) and row["n_tasks"] == len(d.tasks)
        assert list(row["cc"]) == d.cc
    assert t["n_references"].dtype == "int64"
    assert t["error"].isna().all()


def test_long_tables_carry_the_document(corpus_docs):
    refs = vanban.to_pandas(corpus_docs, table="references")
    for row in refs.itertuples():
        d = corpus_docs[row.doc]
        r = d.references[row.reference]
        assert na(row.doc_code) == d.code and row.path == d.source.path
        assert (row.start, row.end) == r.span and row.text == r.text == d.text[row.start : row.end]
        assert r.code == na(row.code) and r.role == na(row.role)
    units = vanban.to_polars(corpus_docs, table="units")
    assert set(units["role"].unique()) <= {"lead", "support"}
    first = units.row(0, named=True)
    task = corpus_docs[first["doc"]].tasks[first["task"]]
    assert first["unit"] in task.lead + task.support and first["text"] == task.text
    assert first["unit_key"] == vanban.unit_key(first["unit"])
    tasks = vanban.to_arrow(corpus_docs, table="tasks")
    assert tasks.schema.field("lead").type == pa.list_(pa.string())


def test_unit_key_groups_printed_forms():
    assert vanban.unit_key("UBND tỉnh") == vanban.unit_key("Ủy ban nhân dân tỉnh") == vanban.unit_key("Uỷ ban nhân dân tỉnh")
    assert vanban.unit_key("Sở Y tế") != vanban.unit_key("Sở Tài chính")


def test_error_rows_in_documents_table(tmp_path, corpus_paths):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    docs = vanban.parse_many([corpus_paths[0], bad], errors="return")
    p = vanban.to_pandas(docs)
    assert p["error"].tolist()[1].startswith("empty:") and pd.isna(p["error"].tolist()[0])
    assert p["path"].tolist()[1] == str(bad) and pd.isna(p["code"].tolist()[1])
    assert str(p["n_references"].dtype) == "Int64"  # nullable: no count for a failed document
    assert vanban.to_arrow(docs).num_rows == 2 and vanban.to_polars(docs).height == 2
    assert len(vanban.to_pandas(docs, table="references")) == len(docs[0].references)


@pytest.mark.parametrize("table", ALL)
def test_empty_input_keeps_the_schema(table):
    names = [n for n, _ in _tables.schema(table)]
    assert list(vanban.to_pandas([], table=table).columns) == names
    assert vanban.to_polars([], table=table).columns == names
    assert vanban.to_arrow([], table=table).column_names == names


def test_single_document_and_bad_arguments(corpus_docs):
    assert len(vanban.to_pandas(corpus_docs[0])) == 1
    with pytest.raises(ValueError, match="unknown table"):
        vanban.to_pandas(corpus_docs, table="nope")
    with pytest.raises(TypeError):
        vanban.to_arrow(["text"])
    with pytest.raises(TypeError):
        vanban.to_arrow("text")


def test_missing_library_is_a_clear_import_error():
    code = (
        "import sys; sys.modules['polars'] = None; sys.modules['pyarrow'] = None; sys.modules['pandas'] = None\n"
        "import vanban\n"
        "doc = vanban.parse('Số: 1/KH-UBND\\nKế hoạch')\n"
        "for f in (vanban.to_polars, vanban.to_arrow, vanban.to_pandas):\n"
        "    try:\n        f([doc])\n    except ImportError as e:\n        print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "needs polars" in out and "pip install pyarrow" in out and "needs pandas" in out
    code = "import sys; sys.modules['dask'] = None\nimport vanban\ntry:\n    vanban.dask\nexcept ImportError as e:\n    print(e)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "vanban.dask needs dask" in out


def test_importing_vanban_imports_no_dataframe_library():
    code = "import sys, vanban; print(sorted(m for m in ('pandas', 'polars', 'pyarrow', 'dask') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
