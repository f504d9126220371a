"""Archives: vanban.index (the Rust indexer, with progress and a clean stop) and vanban.open (the store read back)."""

import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

import vanban
from vanban import _archive

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
CITE = "\n\nCăn cứ Nghị định số 45/2024/NĐ-CP ngày 01/02/2024 của Chính phủ về thử nghiệm;\n"


def make_extra(folder: Path) -> dict:
    """A folder of inputs beside the corpus: a junk file, an empty file, a zip entry, two JSONL documents, an image
    (ignored). Returns the labels that must end as rows, by outcome."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with zipfile.ZipFile(folder / "box.zip", "w") as z:
        z.writestr("inner/plan.txt", DOCS[0].read_text(encoding="utf-8"))
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "a", "text": DOCS[1].read_text(encoding="utf-8")}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "b", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    return {
        "ok": {f"{folder}/box.zip!inner/plan.txt", f"{folder}/lines.jsonl#a"},
        "error": {f"{folder}/junk.txt", f"{folder}/empty.txt", f"{folder}/lines.jsonl#b"},
    }


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """The corpus and the extra folder indexed once: (db, summary, labels by outcome, parsed corpus documents)."""
    tmp = tmp_path_factory.mktemp("archive")
    expect = make_extra(tmp / "extra")
    db = tmp / "store.db"
    summary = vanban.index(DOCS + [tmp / "extra"], db=db, threads=2, progress=False)
    docs = vanban.parse_many(DOCS)
    return db, summary, expect, docs


def test_summary_counts_every_input(indexed):
    db, s, expect, _ = indexed
    assert isinstance(s, vanban.IndexSummary)
    n_ok, n_err = len(DOCS) + len(expect["ok"]), len(expect["error"])
    assert (s.indexed, s.skipped, s.failed, s.ignored) == (n_ok, 0, n_err, 1)
    assert (s.store_sources, s.store_errors) == (n_ok + n_err, n_err)
    assert s.bytes >= sum(p.stat().st_size for p in DOCS) and s.seconds > 0 and s.threads == 2
    assert not s.stopped and s.db == str(db)
    assert "indexed" in str(s) and s.to_dict()["failed"] == n_err
    # the slowest documents of the run, slowest first
    assert 1 <= len(s.slowest) <= 5 and [x["seconds"] for x in s.slowest] == sorted((x["seconds"] for x in s.slowest), reverse=True)
    assert all(isinstance(x["label"], str) and x["seconds"] >= 0 for x in s.slowest)
    with pytest.raises(AttributeError):
        s.no_such_field


def test_summary_keeps_fields_the_rust_summary_adds():
    s = _archive._summary("x.db", json.dumps({"indexed": 1, "skipped": 2, "failed": 0, "ignored": 0, "bytes": 5,
                                               "seconds": 0.5, "threads": 1, "store_sources": 3, "store_errors": 0,
                                               "stopped": False, "duplicates": 4}))  # fmt: skip
    assert (s.indexed, s.skipped, s.duplicates) == (1, 2, 4) and s.to_dict()["duplicates"] == 4
    assert s.to_dict()["db"] == "x.db" and "extra" not in s.to_dict()


def test_documents_equal_parse_file(indexed):
    db, _, expect, docs = indexed
    with vanban.open(db) as archive:
        assert len(archive) == len(DOCS) + len(expect["ok"])
        for path, doc in zip(DOCS, docs):
            got = archive[path]
            assert got == doc  # the record and the normalized text
            assert got.text and got.text == doc.text
            assert archive[str(path)] == doc and path in archive and str(path) in archive
        # the zip entry holds the same bytes as DOCS[0]: same record but for its label
        entry = archive[next(iter(l for l in expect["ok"] if "!" in l))]
        assert entry.code == docs[0].code and entry.text == docs[0].text
        assert entry.source.sha256 == docs[0].source.sha256 and entry.source.path.endswith("box.zip!inner/plan.txt")
        # iteration: every document once, in label order
        listed = list(archive)
        assert [d.source.path for d in listed] == sorted(d.source.path for d in listed)
        assert listed == archive.documents()
        assert {d.source.path for d in listed} == {str(p) for p in DOCS} | expect["ok"]


def test_error_rows_with_kinds(indexed):
    db, _, expect, _ = indexed
    with vanban.open(db) as archive:
        errors = archive.errors()
        assert {e.source for e in errors} == expect["error"]
        kinds = {Path(e.source).name: e.kind for e in errors}
        assert kinds["junk.txt"] == "binary" and kinds["empty.txt"] == "empty"
        assert all(isinstance(e, vanban.InputError) for e in errors)
        junk = next(e for e in errors if e.source.endswith("junk.txt"))
        # the same exception parse_file raises for the same file
        with pytest.raises(vanban.InputError) as raised:
            vanban.parse_file(junk.source)
        assert (raised.value.kind, raised.value.message) == (junk.kind, junk.message)
        with pytest.raises(vanban.InputError):
            archive[junk.source]
        assert archive.get(junk.source) == junk
        # sources: one item per input, documents and errors
        src = archive.sources()
        assert len(src) == archive.counts()["sources"] == len(DOCS) + len(expect["ok"]) + len(expect["error"])
        assert sum(isinstance(x, vanban.VanbanError) for x in src) == len(expect["error"])
        assert archive.labels() == sorted(archive.labels()) and len(archive.labels()) == len(src)


def test_lookup_by_label_and_code(indexed):
    db, _, _, docs = indexed
    with vanban.open(db) as archive:
        with pytest.raises(KeyError, match="not in"):
            archive["nowhere.txt"]
        assert archive.get("nowhere.txt") is None and "nowhere.txt" not in archive and 3 not in archive
        d = docs[2]
        by_code = archive.documents(code=d.code)
        assert d in by_code and all(x.code == d.code for x in by_code)
        plans = archive.documents(doc_type="Kế hoạch")
        assert plans and all(x.doc_type == "Kế hoạch" for x in plans)
        assert len(plans) == sum(1 for x in archive if x.doc_type == "Kế hoạch")
        dated = [x for x in archive if x.date and x.date >= "2024"]
        assert archive.documents(date_from="2024") == dated
        assert archive.documents(code="no/such-CODE") == []
        assert len(archive.documents(limit=2)) == 2


def test_references_and_tasks_one_row_each(indexed):
    db, _, _, _ = indexed
    with vanban.open(db) as archive:
        docs = archive.documents()
        refs = [r for d in docs for r in d.references]
        tasks = [t for d in docs for t in d.tasks]
        assert refs and tasks
        assert archive.references() == refs
        assert archive.tasks() == tasks
        c = archive.counts()
        assert (c["references"], c["tasks"]) == (len(refs), len(tasks))
        key = next(r.key for r in refs if r.key)
        assert archive.references(key=key) == [r for r in refs if r.key == key]
        assert archive.references(role="căn cứ") == [r for r in refs if r.role == "căn cứ"]
        unit = next(u for t in tasks for u in t.lead)
        key_of = vanban.unit_key
        want = [t for t in tasks if key_of(unit) in {key_of(u) for u in t.lead + t.support}]
        assert archive.tasks(unit=unit.upper()) == want and want
        # by grouping key: the abbreviated and the spelled-out name find the same tasks
        ubnd = [t for t in tasks if any(key_of(u) == key_of("Ủy ban nhân dân tỉnh") for u in t.lead + t.support)]
        assert archive.tasks(unit="UBND tỉnh") == archive.tasks(unit="Ủy ban nhân dân tỉnh") == ubnd
        assert archive.sql('SELECT count(*) FROM "references" WHERE key = ?', (key,))[0][0] == len(
            archive.references(key=key)
        )


def test_tables_are_the_tables_of_the_documents(indexed):
    pd = pytest.importorskip("pandas")
    db, _, expect, _ = indexed
    with vanban.open(db) as archive:
        docs = archive.documents()
        src = archive.sources()
        for table, n in (
            ("references", sum(len(d.references) for d in docs)),
            ("tasks", sum(len(d.tasks) for d in docs)),
        ):
            got = archive.to_pandas(table=table)
            assert len(got) == n > 0
            pd.testing.assert_frame_equal(got, vanban.to_pandas(src, table=table))
            assert archive.to_arrow(table=table).num_rows == archive.to_polars(table=table).height == n
        t = archive.to_pandas()
        assert len(t) == len(src) and t["error"].notna().sum() == len(expect["error"])


def expected_documents(expect):
    """What parsing the same inputs one by one gives, in label order: the corpus files with parse_file, the zip entry
    and the JSONL document with parse(text, source=label)."""
    docs = vanban.parse_many(DOCS)
    for label in expect["ok"]:
        src = DOCS[0] if "!" in label else DOCS[1]
        docs.append(vanban.parse(src.read_text(encoding="utf-8"), source=label))
    return sorted(docs, key=lambda d: d.source.path)


def test_zip_and_jsonl_documents_equal_parsing_their_text(indexed):
    db, _, expect, _ = indexed
    with vanban.open(db) as archive:
        assert archive.documents() == expected_documents(expect)


def edges(g):
    return sorted((u, v, json.dumps(d, sort_keys=True, ensure_ascii=False)) for u, v, d in g.edges(data=True))


def test_graph_equals_graph_of_parsed_documents(indexed):
    nx = pytest.importorskip("networkx")
    db, _, expect, docs = indexed
    want = vanban.graph(expected_documents(expect))
    with vanban.open(db) as archive:
        got = archive.graph()
        corpus_only = vanban.graph([d for d in archive if d.source.path in {str(p) for p in DOCS}])
    assert isinstance(got, nx.MultiDiGraph) and want.number_of_edges() > 10
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert edges(got) == edges(want)
    assert got.graph["ambiguous"] == want.graph["ambiguous"]
    # and on the corpus alone, the graph of parse_many's documents
    g = vanban.graph(docs)
    assert dict(corpus_only.nodes(data=True)) == dict(g.nodes(data=True)) and edges(corpus_only) == edges(g)


def test_rerun_skips_and_a_changed_file_is_parsed_again(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in DOCS[:4]:
        shutil.copy(p, folder / p.name)
    db = tmp_path / "s.db"
    first = vanban.index(str(folder), db=str(db), threads=1, progress=False)  # a single str is one path
    assert (first.indexed, first.failed) == (4, 0)
    again = vanban.index([folder], db=db, progress=False)
    assert (again.indexed, again.skipped, again.failed, again.bytes) == (0, 4, 0, 0)
    changed = folder / DOCS[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + CITE, encoding="utf-8")
    third = vanban.index(folder, db=db, progress=False)
    assert (third.indexed, third.skipped, third.store_sources) == (1, 3, 4)
    with vanban.open(db) as archive:
        doc = archive[changed]
        assert doc == vanban.parse_file(changed)
        assert "45/2024/NĐ-CP" in {r.key for r in doc.references}
        assert archive.counts()["references"] == sum(len(d.references) for d in vanban.parse_many(sorted(folder.iterdir())))


def test_store_text_false_keeps_the_records(tmp_path):
    db = tmp_path / "s.db"
    vanban.index(DOCS[:2], db=db, progress=False, store_text=False)
    with vanban.open(db) as archive:
        d = archive[DOCS[0]]
    assert d.text == "" and d.to_dict() == vanban.parse_file(DOCS[0]).to_dict()


# copies of the documents in the tests that stop a run part-way: enough that a run outlasts a few progress polls
# (0.1 s) however fast the parser gets
STOP_COPIES = 20


def many_inputs(folder: Path, copies: int) -> list:
    folder.mkdir()
    paths = []
    for k in range(copies):
        for p in DOCS:
            q = folder / f"{k}_{p.name}"
            q.write_text(p.read_text(encoding="utf-8") + f"\n{k}\n", encoding="utf-8")
            paths.append(q)
    return paths


def test_progress_callable_sees_increasing_counts(tmp_path, monkeypatch):
    monkeypatch.setattr(_archive, "_POLL", 0.005)
    paths = many_inputs(tmp_path / "in", 3)
    seen = []
    s = vanban.index(tmp_path / "in", db=tmp_path / "s.db", threads=1, progress=seen.append)
    assert all(isinstance(p, vanban.IndexProgress) for p in seen)
    assert len(seen) >= 2
    done = [p.done for p in seen]
    assert done == sorted(done) and done[-1] == s.indexed == len(paths)
    assert seen[-1].bytes == s.bytes and seen[-1].total == len(paths)
    assert any(0 < d < len(paths) for d in done), done  # seen while running, not only at the end


def test_plain_lines_without_tqdm(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(_archive, "_tqdm", lambda: None)
    monkeypatch.setattr(_archive, "_LINE_EVERY", 0.0)
    s = vanban.index(DOCS[:3], db=tmp_path / "s.db", progress=True)
    err = capsys.readouterr().err
    assert "vanban index: " in err and f"{s.indexed} indexed" in err
    assert "docs/s" in err


def test_a_bar_with_tqdm(tmp_path, capsys):
    pytest.importorskip("tqdm")
    vanban.index(DOCS[:3], db=tmp_path / "s.db", progress=True)
    err = capsys.readouterr().err
    assert "vanban index" in err and "3/3" in err


def test_progress_false_is_silent(tmp_path, capfd):
    vanban.index(DOCS[:2], db=tmp_path / "s.db", progress=False)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def assert_consistent(db: Path):
    con = sqlite3.connect(db)
    try:
        orphans = con.execute(
            "SELECT count(*) FROM sources s LEFT JOIN documents d ON d.id = s.id WHERE s.status = 'ok' AND d.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        for record, n_refs in con.execute(
            'SELECT d.record, (SELECT count(*) FROM "references" r WHERE r.doc_id = d.id) FROM documents d'
        ):
            assert len(json.loads(record)["references"]) == n_refs
    finally:
        con.close()


def test_ctrl_c_from_a_callback_stops_cleanly_and_a_rerun_completes(tmp_path, monkeypatch):
    monkeypatch.setattr(_archive, "_POLL", 0.005)  # the callable is asked early, long before the run could end
    paths = many_inputs(tmp_path / "in", STOP_COPIES)
    (tmp_path / "in" / "junk.txt").write_bytes(b"\x00\x01\x02" * 100)
    n = len(paths) + 1
    db = tmp_path / "s.db"
    calls = []

    def interrupt(p):
        calls.append(p)
        if p.done >= 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        vanban.index(tmp_path / "in", db=db, threads=1, batch=1, progress=interrupt)
    assert calls and calls[-1].done >= 1
    assert_consistent(db)
    with vanban.open(db) as archive:
        c = archive.counts()
        stored, stored_ok = c["sources"], c["documents"]
    assert 1 <= stored < n, stored  # stopped early, with what it had written committed
    s = vanban.index(tmp_path / "in", db=db, threads=2, progress=False)
    assert not s.stopped
    # what was indexed is skipped (an error row may be tried again), the rest is read now
    assert stored_ok <= s.skipped <= stored and s.indexed + s.failed + s.skipped == n
    assert s.store_sources == n
    with vanban.open(db) as archive:
        assert sorted(archive.labels()) == sorted([str(p) for p in paths] + [str(tmp_path / "in" / "junk.txt")])
        assert len(archive) == len(paths) and [e.kind for e in archive.errors()] == ["binary"]
    assert_consistent(db)


def test_interrupted_wait_stops_the_run(tmp_path, monkeypatch, capsys):
    paths = many_inputs(tmp_path / "in", STOP_COPIES)
    db = tmp_path / "s.db"
    calls = {"n": 0}

    def wait(run, timeout):
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyboardInterrupt  # as Ctrl-C lands while Python polls (the first poll: the run is under way)
        return bool(run.wait(timeout))

    monkeypatch.setattr(_archive, "_wait", wait)
    monkeypatch.setattr(_archive, "_tqdm", lambda: None)
    with pytest.raises(KeyboardInterrupt):
        vanban.index([tmp_path / "in"], db=db, threads=1, batch=1, progress=True)
    assert "stopped" in capsys.readouterr().err
    assert_consistent(db)
    with vanban.open(db) as archive:
        stored = archive.counts()["sources"]
    assert stored < len(paths)
    monkeypatch.undo()
    s = vanban.index([tmp_path / "in"], db=db, progress=False)
    assert (s.skipped, s.indexed, s.store_sources) == (stored, len(paths) - stored, len(paths))


def test_bad_store_paths(tmp_path):
    missing = tmp_path / "nope.db"
    with pytest.raises(FileNotFoundError, match="nope.db"):
        vanban.open(missing)
    text = tmp_path / "notes.db"
    text.write_text("not a database at all, just some words " * 100)
    with pytest.raises(vanban.StoreError, match="notes.db") as e:
        vanban.open(text)
    assert isinstance(e.value, vanban.VanbanError) and e.value.kind == "not-a-store" and e.value.source == str(text)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE people (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(vanban.StoreError, match="other.db.*sources"):
        vanban.open(other)
    # index refuses to write its tables into somebody else's database
    with pytest.raises(vanban.StoreError, match="other.db"):
        vanban.index(DOCS[:1], db=other, progress=False)
    con = sqlite3.connect(other)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["people"]
    con.close()
    with pytest.raises(vanban.StoreError, match="folder"):
        vanban.open(tmp_path)
    newer = tmp_path / "newer.db"
    vanban.index(DOCS[:1], db=newer, progress=False)
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    with pytest.raises(vanban.StoreError, match="version 99") as e:
        vanban.open(newer)
    assert e.value.kind == "schema-version"
    with pytest.raises(FileNotFoundError, match="no_such_folder"):
        vanban.index(DOCS[:1], db=tmp_path / "no_such_folder" / "s.db", progress=False)
    with pytest.raises(FileNotFoundError, match="ghost.txt"):
        vanban.index([DOCS[0], tmp_path / "ghost.txt"], db=tmp_path / "s.db", progress=False)
    assert not (tmp_path / "s.db").exists()  # nothing started


def test_bad_arguments(tmp_path):
    with pytest.raises(TypeError):
        vanban.index(3, db=tmp_path / "s.db")
    with pytest.raises(TypeError):
        vanban.index([DOCS[0], 3], db=tmp_path / "s.db")
    with pytest.raises(ValueError):
        vanban.index([], db=tmp_path / "s.db")
    with pytest.raises(ValueError):
        vanban.index(DOCS[:1], db=tmp_path / "s.db", threads=0)
    with pytest.raises(TypeError):
        vanban.index(DOCS[:1], db=tmp_path / "s.db", progress="yes please")
    with pytest.raises(TypeError):
        vanban.open(None)


def test_archive_object(indexed):
    db, _, _, _ = indexed
    archive = vanban.open(str(db))
    r = repr(archive)
    assert str(db) in r and f"{len(archive)} documents" in r and "errors" in r
    assert archive.path == str(db) and not archive.closed
    archive.close()
    assert archive.closed and "closed" in repr(archive)
    with pytest.raises(ValueError, match="closed"):
        len(archive)
    with vanban.open(db) as a2:
        # read-only: the store cannot be changed through the archive
        with pytest.raises(vanban.StoreError):
            a2.sql("DELETE FROM sources")
        assert a2.counts()["sources"] > 0


def test_the_rust_run_object_is_safe_to_misuse(tmp_path):
    run = vanban._vanban.IndexRun([str(DOCS[0])], str(tmp_path / "s.db"))
    assert run.wait(30.0) is True and run.wait(0.0) is True
    ok, payload = run.result()
    assert ok and json.loads(payload)["indexed"] == 1
    run.stop()  # after the end: nothing happens
    assert run.stopping and run.result()[0]
    with pytest.raises(ValueError):
        vanban._vanban.IndexRun([str(DOCS[0])], str(tmp_path / "s.db"), threads=0)
    # a store SQLite cannot open comes back as an error result, not a crash
    bad = vanban._vanban.IndexRun([str(DOCS[0])], str(tmp_path / "no" / "dir" / "s.db"))
    assert bad.wait(30.0)
    ok, message = bad.result()
    assert not ok and "store" in message


def test_an_exception_in_the_progress_callable_stops_the_run_and_is_raised(tmp_path, monkeypatch):
    monkeypatch.setattr(_archive, "_POLL", 0.005)  # the callable is asked early, long before the run could end
    paths = many_inputs(tmp_path / "in", STOP_COPIES)
    db = tmp_path / "s.db"

    def broken(p):
        if p.done >= 1:
            raise ValueError("my callback broke")

    with pytest.raises(ValueError, match="my callback broke"):
        vanban.index(tmp_path / "in", db=db, threads=1, batch=1, progress=broken)
    assert_consistent(db)
    with vanban.open(db) as archive:
        assert 1 <= len(archive) < len(paths)
