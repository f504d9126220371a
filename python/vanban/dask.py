"""Parse with Dask: a bag or a dataframe of paths or texts across the workers of a cluster.

>>> from distributed import Client, LocalCluster
>>> import dask.bag as db, vanban.dask
>>> client = Client(LocalCluster(n_workers=2, processes=True, threads_per_worker=1))
>>> docs = vanban.dask.parse_bag(db.from_sequence(paths, npartitions=8), input="path").compute()
>>> refs = vanban.dask.parse_frame(ddf, column="path", input="path", table="references").compute()

Each partition is parsed by ``vanban.parse_many`` in the worker (one Rust thread per partition by default: Dask
gives the parallelism), and Documents travel back pickled, so a cluster run gives the records a local run gives.
Paths are read by the workers: on a cluster of several machines they must name the same files on every machine.
Here, unlike ``parse_many``, a str is taken as a path when ``input="path"``: a bag or column says what it holds.
"""

from __future__ import annotations

import os
from typing import Any, List, Optional

try:
    import dask.bag as _db
except ImportError as _missing:  # pragma: no cover - exercised by test_tables' missing-library test
    raise ImportError("vanban.dask needs dask: pip install 'dask[dataframe]' distributed") from _missing

from . import _tables, parse_many

__all__ = ["parse_bag", "parse_frame", "records"]

_INPUTS = ("text", "path")


def _check(input: str) -> None:
    if input not in _INPUTS:
        raise ValueError(f"input must be 'text' or 'path', not {input!r}")


def _parse_partition(items: Any, input: str, errors: str, threads: int) -> List[Any]:
    items = list(items)
    if input == "path":
        items = [x if isinstance(x, os.PathLike) else _as_path(x) for x in items]
    return parse_many(items, threads=threads, errors=errors)  # type: ignore[call-overload]


class _Path(os.PathLike):
    """A path given as str, kept exactly as written (pathlib.Path would turn "./a.txt" into "a.txt", and the
    record's source.path would differ from the CLI's)."""

    __slots__ = ("_s",)

    def __init__(self, s: str) -> None:
        self._s = s

    def __fspath__(self) -> str:
        return self._s


def _as_path(x: Any) -> "os.PathLike[str]":
    if isinstance(x, (str, bytes)):
        return _Path(os.fsdecode(x))
    raise TypeError(f"a path is a str or os.PathLike, not {type(x).__name__}")


def parse_bag(bag: "_db.Bag", input: str = "path", *, errors: str = "raise", threads: int = 1) -> "_db.Bag":
    """A bag of ``vanban.Document`` (and of VanbanError with ``errors="return"``) from a bag of paths or texts.

    ``input`` says what the elements are: "path" (str or os.PathLike, read by the worker) or "text".
    ``threads``: Rust threads per partition (1: let Dask's workers give the parallelism)."""
    _check(input)
    if not isinstance(bag, _db.Bag):
        raise TypeError(f"parse_bag() takes a dask.bag.Bag, not {type(bag).__name__}")
    return bag.map_partitions(_parse_partition, input, errors, threads)


def records(bag: "_db.Bag") -> "_db.Bag":
    """The JSON records (dicts) of a bag of Documents; error records for failures kept with ``errors="return"``."""
    return bag.map(lambda d: d.to_dict())


def _frame_partition(part: Any, column: str, input: str, table: str, errors: str, threads: int) -> Any:
    docs = _parse_partition(part[column].tolist(), input, "return", threads)
    index = part.index
    if errors == "raise":
        for d in docs:
            if not isinstance(d, _tables.Document):
                raise d
    elif errors == "skip":
        keep = [i for i, d in enumerate(docs) if isinstance(d, _tables.Document)]
        docs = [docs[i] for i in keep]
        index = index[keep]
    df = _tables.to_pandas(docs, table=table)
    # rows carry the index of the input row they come from (the "doc" column is the position in the partition)
    df.index = index[df["doc"].to_numpy()] if len(df) else index[:0]
    return df.drop(columns=["doc"])


def parse_frame(
    frame: Any,
    column: Optional[str] = None,
    input: str = "path",
    table: str = "documents",
    *,
    errors: str = "raise",
    threads: int = 1,
) -> Any:
    """A dask DataFrame of parsed documents (``table="documents"``) or of their references, tasks, units,
    sections or footnotes (long tables), from a dask DataFrame column (or Series) of paths or texts.

    Columns are those of ``vanban.to_pandas(docs, table)`` less ``doc``: each row is indexed by the input row it
    comes from instead. ``errors="return"`` keeps failed documents as rows with ``error`` set (documents table)."""
    import dask.dataframe as dd

    _check(input)
    if table not in _tables.TABLES:
        raise ValueError(f"unknown table {table!r}: one of {', '.join(_tables.TABLES)}")
    if isinstance(frame, dd.Series):
        column = frame.name if frame.name is not None else "input"
        frame = frame.to_frame(name=column)
    if not isinstance(frame, dd.DataFrame):
        raise TypeError(f"parse_frame() takes a dask DataFrame or Series, not {type(frame).__name__}")
    if column is None:
        if len(frame.columns) != 1:
            raise ValueError("name the column of paths or texts: parse_frame(frame, column=...)")
        column = frame.columns[0]
    meta = _tables.to_pandas([], table=table).drop(columns=["doc"])
    meta.index = frame._meta.index[:0]
    return frame.map_partitions(_frame_partition, column, input, table, errors, threads, meta=meta)
