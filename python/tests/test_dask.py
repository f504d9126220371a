"""vanban.dask on a distributed.LocalCluster of 2 worker processes: a bag or a dataframe of paths or texts gives
the records of a local run."""

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import vanban  # noqa: E402
import vanban.dask as vd  # noqa: E402
from conftest import SHARED_TEXTS  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


@pytest.fixture(scope="module")
def inputs(corpus_paths):
    paths = [str(p) for p in list(corpus_paths) + SHARED_TEXTS[:12]]
    texts = [open(p, encoding="utf-8").read() for p in paths]
    return paths, texts


def test_cluster_has_two_worker_processes(client):
    import os

    info = client.scheduler_info()
    assert len(info["workers"]) == 2
    pids = set(client.run(os.getpid).values())
    assert len(pids) == 2 and os.getpid() not in pids


def test_bag_of_paths_gives_the_local_records(client, inputs):
    paths, _ = inputs
    bag = db.from_sequence(paths, npartitions=5)
    got = vd.parse_bag(bag, input="path").compute()
    local = vanban.parse_many([vd._Path(p) for p in paths])
    assert [d.to_dict() for d in got] == [d.to_dict() for d in local]
    assert got == local  # text included
    assert [d.source.path for d in got] == paths
    # the work really went to the workers
    assert vd.records(bag.map(lambda p: vanban.parse_file(p))).compute() == [d.to_dict() for d in local]


def test_bag_of_texts(client, inputs):
    _, texts = inputs
    got = vd.parse_bag(db.from_sequence(texts, npartitions=4), input="text").compute()
    assert got == vanban.parse_many(texts)


def test_errors_travel_back(client, inputs, tmp_path):
    paths, _ = inputs
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    bag = db.from_sequence([paths[0], str(bad)], npartitions=2)
    with pytest.raises(vanban.InputError) as e:
        vd.parse_bag(bag).compute()
    assert e.value.kind == "empty" and e.value.source == str(bad)
    got = vd.parse_bag(bag, errors="return").compute()
    assert isinstance(got[1], vanban.InputError) and got[0] == vanban.parse_file(paths[0])
    assert vd.records(vd.parse_bag(bag, errors="return")).compute()[1]["error"]["kind"] == "empty"


@pytest.mark.parametrize("table", ["documents", "references", "tasks", "units"])
def test_dataframe_of_paths(client, inputs, table):
    paths, _ = inputs
    frame = dd.from_pandas(pd.DataFrame({"path": paths, "n": range(len(paths))}), npartitions=3)
    got = vd.parse_frame(frame, column="path", table=table).compute()
    local = vanban.to_pandas(vanban.parse_many([vd._Path(p) for p in paths]), table=table)
    assert list(got.columns) == [c for c in local.columns if c != "doc"]
    assert got.index.tolist() == local["doc"].tolist()  # rows indexed by the input row they come from
    pd.testing.assert_frame_equal(got.reset_index(drop=True), local.drop(columns=["doc"]), check_dtype=False)


def test_series_of_texts(client, inputs):
    _, texts = inputs
    s = dd.from_pandas(pd.Series(texts, name="text"), npartitions=2)
    got = vd.parse_frame(s, input="text").compute()
    local = vanban.to_pandas(vanban.parse_many(texts))
    assert got["code"].tolist() == local["code"].tolist() and len(got) == len(texts)


def test_bad_arguments():
    with pytest.raises(ValueError):
        vd.parse_bag(db.from_sequence(["a"]), input="file")
    with pytest.raises(TypeError):
        vd.parse_bag(["a"])
    frame = dd.from_pandas(pd.DataFrame({"a": ["x"], "b": ["y"]}), npartitions=1)
    with pytest.raises(ValueError, match="name the column"):
        vd.parse_frame(frame)
    with pytest.raises(ValueError, match="unknown table"):
        vd.parse_frame(frame, "a", table="x")
