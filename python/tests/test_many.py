"""parse_many: texts or paths, in order, on rayon threads with the GIL released; errors raised, returned or
skipped."""

import os
import pathlib
import threading
import time

import pytest

import vanban
from test_api import LETTER


def test_paths_and_texts_give_the_records_of_parse_file_and_parse(corpus_paths):
    by_file = [vanban.parse_file(p) for p in corpus_paths]
    assert vanban.parse_many(corpus_paths) == by_file
    texts = [p.read_text(encoding="utf-8") for p in corpus_paths]
    by_text = vanban.parse_many(texts)
    assert by_text == [vanban.parse(t) for t in texts]
    for a, b in zip(by_file, by_text):  # the same but for source.path and format
        da, db = a.to_dict(), b.to_dict()
        assert db["source"]["path"] == "<text>"
        assert da.pop("source")["sha256"] == db.pop("source")["sha256"]
        assert da == db


@pytest.mark.parametrize("threads", [None, 1, 2, 3])
def test_threads_keep_order_and_records(corpus_paths, corpus_docs, threads):
    many = list(corpus_paths) * 3
    assert vanban.parse_many(many, threads=threads) == corpus_docs * 3


def test_accepts_iterables_and_pathlikes(corpus_paths, tmp_path):
    class MyPath(os.PathLike):
        def __init__(self, p):
            self.p = p

        def __fspath__(self):
            return str(self.p)

    p = corpus_paths[0]
    assert vanban.parse_many(MyPath(x) for x in [p]) == [vanban.parse_file(p)]
    assert vanban.parse_many((LETTER,)) == [vanban.parse(LETTER)]
    assert vanban.parse_many([]) == []
    assert vanban.parse_many(iter([])) == []


def test_sources_label_texts():
    a, b = vanban.parse_many([LETTER, LETTER], sources=["a.txt", "b.txt"])
    assert (a.source.path, b.source.path) == ("a.txt", "b.txt")
    assert vanban.parse(LETTER, source="a.txt") == a
    with pytest.raises(ValueError):
        vanban.parse_many([LETTER], sources=["a", "b"])
    with pytest.raises(TypeError):
        vanban.parse_many([pathlib.Path("x")], sources=["a"])


def test_a_str_is_never_a_path(corpus_paths):
    # a file name given as str is parsed as text (a one-line document), not read
    (doc,) = vanban.parse_many([str(corpus_paths[0])])
    assert doc.source.path == "<text>" and doc.code is None


@pytest.mark.parametrize(
    "bad,why",
    [
        (LETTER, "takes a list"),
        (pathlib.Path("a.txt"), "takes a list"),
        (b"abc", "takes a list"),
        ([LETTER, pathlib.Path("a.txt")], "both str and paths"),
        ([b"abc"], "decode bytes"),
        ([1, 2], "not int"),
        ([None], "not NoneType"),
    ],
)
def test_wrong_inputs_are_type_errors(bad, why):
    with pytest.raises(TypeError, match=why):
        vanban.parse_many(bad)


@pytest.mark.parametrize("threads", [0, -1, 1.5, "2", True])
def test_bad_threads(threads):
    with pytest.raises(ValueError):
        vanban.parse_many([LETTER], threads=threads)


def test_errors_raise_return_skip(tmp_path, corpus_paths):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    paths = [corpus_paths[0], empty, corpus_paths[1], missing]
    with pytest.raises(vanban.InputError) as e:
        vanban.parse_many(paths)
    assert e.value.kind == "empty" and e.value.source == str(empty)
    got = vanban.parse_many(paths, errors="return")
    assert [type(x).__name__ for x in got] == ["Document", "InputError", "Document", "InputError"]
    assert [getattr(x, "kind", None) for x in got] == [None, "empty", None, "io"]
    assert got[1].to_dict()["error"]["kind"] == "empty"
    assert vanban.parse_many(paths, errors="skip") == [got[0], got[2]]
    texts = vanban.parse_many([LETTER, "   \n ", "a\x00b"], errors="return")
    assert [getattr(x, "kind", None) for x in texts] == [None, "empty", "binary"]
    with pytest.raises(ValueError):
        vanban.parse_many(paths, errors="ignore")


def test_the_gil_is_released(corpus_paths):
    texts = [p.read_text(encoding="utf-8") for p in corpus_paths] * 20
    done = threading.Event()
    ticks = 0

    def work():
        vanban.parse_many(texts, threads=1)
        done.set()

    t = threading.Thread(target=work)
    start = time.perf_counter()
    t.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    t.join()
    elapsed = time.perf_counter() - start
    # had parse_many held the GIL, this loop would have run a handful of times at most
    assert elapsed < 0.05 or ticks > elapsed / 0.01, (ticks, elapsed)


def test_fork_after_parallel_parse(corpus_paths):
    # a forked child parses in parallel too: no thread pool survives between calls to be lost in the fork
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("no fork here")
    vanban.parse_many(corpus_paths, threads=2)
    ctx = mp.get_context("fork")
    with ctx.Pool(1) as pool:
        res = pool.apply_async(_child_parse, ([str(p) for p in corpus_paths],))
        assert res.get(timeout=120) == [d.code for d in vanban.parse_many(corpus_paths)]


def _child_parse(paths):
    return [d.code for d in vanban.parse_many([pathlib.Path(p) for p in paths])]
