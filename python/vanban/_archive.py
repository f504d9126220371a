"""Archives: ``vanban.index(paths, db=...)`` fills a store with the Rust indexer (``crates/vanban-index``, the same
code as ``vanban index``); ``vanban.open(db)`` reads it back with Python's own sqlite3, read-only.

The run goes on a Rust thread (``_vanban.IndexRun``); this module polls its counters with short ``wait`` calls that
release the GIL, draws the progress (``tqdm.auto`` when installed, plain lines on stderr otherwise, or a callable of
the user's), and on Ctrl-C (or any exception raised by a progress callable) sets the run's stop flag, waits for the
writer's last commit, and re-raises: the store is left consistent, and the same call again resumes.
"""

from __future__ import annotations

import dataclasses
import errno
import importlib
import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from . import _vanban  # type: ignore[attr-defined]
from ._errors import StoreError, VanbanError, error_from_record
from ._records import Document, Reference, Task

__all__ = ["index", "open", "Archive", "IndexSummary", "IndexProgress", "SCHEMA_VERSION"]

#: The store's schema version (``PRAGMA user_version``) this package reads: 2 (``references`` and ``tasks`` are
#: views over the records) and 1 (the same columns as tables).
SCHEMA_VERSION = 2
_TABLES = ("sources", "documents", "references", "tasks")
_POLL = 0.1  # seconds between two looks at the counters
_LINE_EVERY = 5.0  # seconds between two plain progress lines

_PathLike = Union[str, bytes, "os.PathLike[str]"]


# ---------------------------------------------------------------------------------------------------- index


@dataclasses.dataclass(frozen=True)
class IndexProgress:
    """A snapshot of a running ``vanban.index``: what a progress callable receives (about every 0.1 s while the
    counts change, and once at the end)."""

    indexed: int
    skipped: int
    failed: int
    bytes: int
    #: Documents of the run, once a thread beside the run has counted them; None until then.
    total: Optional[int]
    seconds: float

    @property
    def done(self) -> int:
        """Documents done: indexed + skipped + failed."""
        return self.indexed + self.skipped + self.failed


@dataclasses.dataclass(frozen=True)
class IndexSummary:
    """What a ``vanban.index`` run did: the fields of the Rust ``Summary`` (as ``vanban index --json`` prints them)
    and the store's path. A field the Rust summary gains later is an attribute too (kept in ``extra``)."""

    db: str
    #: Sources parsed into records in this run.
    indexed: int
    #: Sources already in the store with the same content hash.
    skipped: int
    #: Sources that failed in this run (each is an error row: ``Archive.errors()``).
    failed: int
    #: Files and zip entries that are not documents (other extensions, hidden files).
    ignored: int
    #: Bytes of input read (documents parsed or failed, not skipped).
    bytes: int
    seconds: float
    threads: int
    #: Every source the store now holds, ok and error.
    store_sources: int
    store_errors: int
    #: The run was stopped (Ctrl-C) before it read all its inputs: run it again to resume.
    stopped: bool = False
    #: The documents that took longest to read and parse in this run, slowest first (at most 5): dicts with
    #: ``label`` and ``seconds``.
    slowest: List[Dict[str, Any]] = dataclasses.field(default_factory=list)
    #: Fields of the Rust summary not named above.
    extra: Dict[str, Any] = dataclasses.field(default_factory=dict, repr=False, compare=False)

    def __getattr__(self, name: str) -> Any:
        # only reached for names that are not fields
        if not name.startswith("_"):
            extra = self.__dict__.get("extra") or {}
            if name in extra:
                return extra[name]
        raise AttributeError(f"IndexSummary has no field {name!r}")

    @property
    def docs_per_sec(self) -> float:
        return (self.indexed + self.skipped + self.failed) / max(self.seconds, 1e-9)

    @property
    def mb_per_sec(self) -> float:
        return self.bytes / 1e6 / max(self.seconds, 1e-9)

    def to_dict(self) -> Dict[str, Any]:
        """The summary as a dict: ``db`` and the Rust summary's fields (``extra`` ones included, flat)."""
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "extra"}
        d.update(self.extra)
        return d

    def __str__(self) -> str:
        s = (
            f"{self.indexed} indexed, {self.skipped} skipped, {self.failed} failed, {self.ignored} ignored in "
            f"{self.seconds:.1f} s: {self.docs_per_sec:.0f} docs/s, {self.mb_per_sec:.2f} MB/s with {self.threads} "
            f"thread{'' if self.threads == 1 else 's'}; the store holds {self.store_sources} sources "
            f"({self.store_errors} errors)"
        )
        s += "; stopped early: run again to resume" if self.stopped else ""
        slow = self.slowest[0] if self.slowest else None
        if slow and slow["seconds"] >= 1.0:
            s += f"; slowest document {slow['label']} ({slow['seconds']:.1f} s)"
        return s


def _summary(db: str, payload: str) -> IndexSummary:
    d = json.loads(payload)
    names = {f.name for f in dataclasses.fields(IndexSummary)} - {"db", "extra"}
    known = {k: v for k, v in d.items() if k in names}
    return IndexSummary(db=db, **known, extra={k: v for k, v in d.items() if k not in names and k not in ("db", "extra")})


def _snapshot(run: Any) -> IndexProgress:
    indexed, skipped, failed, nbytes, total, seconds = run.snapshot()
    return IndexProgress(indexed, skipped, failed, nbytes, total, seconds)


def _wait(run: Any, timeout: float) -> bool:
    """One poll: True once the run has ended. (A seam for the tests: they make it raise KeyboardInterrupt.)"""
    return bool(run.wait(timeout))


def _rate_line(p: IndexProgress) -> str:
    secs = max(p.seconds, 1e-3)
    rate = p.done / secs
    if p.total:
        left = (p.total - p.done) / rate if rate > 0 else None
        eta = f"{left:.0f}s" if left is not None else "?"
        of = f"{p.done}/{p.total} docs ({100.0 * p.done / p.total:.1f}%), ETA {eta}"
    else:
        of = f"{p.done} docs"
    return (
        f"vanban index: {of}; {p.indexed} indexed, {p.skipped} skipped, {p.failed} failed; {rate:.0f} docs/s, "
        f"{p.bytes / 1e6 / secs:.2f} MB/s, {p.seconds:.0f}s elapsed"
    )


class _Silent:
    shows = False

    def update(self, p: IndexProgress) -> None:
        pass

    def close(self, p: IndexProgress, summary: Optional[IndexSummary]) -> None:
        pass


class _Callback(_Silent):
    def __init__(self, fn: Callable[[IndexProgress], Any]) -> None:
        self.fn = fn
        self.last: Optional[Tuple[int, int, int, int, Optional[int]]] = None

    def update(self, p: IndexProgress) -> None:
        key = (p.indexed, p.skipped, p.failed, p.bytes, p.total)
        if key != self.last:
            self.last = key
            self.fn(p)

    def close(self, p: IndexProgress, summary: Optional[IndexSummary]) -> None:
        self.fn(p)


class _Lines(_Silent):
    """Plain lines on stderr every few seconds (no tqdm), and the summary at the end."""

    shows = True

    def __init__(self) -> None:
        self.next = _LINE_EVERY

    def update(self, p: IndexProgress) -> None:
        if p.seconds >= self.next:
            self.next = p.seconds + _LINE_EVERY
            print(_rate_line(p), file=sys.stderr, flush=True)

    def close(self, p: IndexProgress, summary: Optional[IndexSummary]) -> None:
        if summary is not None and not summary.stopped:
            print(f"vanban index: {summary}", file=sys.stderr, flush=True)


class _Bar(_Silent):
    """A tqdm bar (``tqdm.auto``: a widget in Jupyter, text on a terminal). It is made once the number of documents
    is known, or after half a second without it (then its length is set when it comes)."""

    shows = True

    def __init__(self, tqdm: Any) -> None:
        self.tqdm = tqdm
        self.bar: Any = None
        self.postfix = ""

    def _make(self, p: IndexProgress) -> None:
        self.bar = self.tqdm(total=p.total, unit="doc", desc="vanban index", dynamic_ncols=True, smoothing=0.1)

    def update(self, p: IndexProgress) -> None:
        if self.bar is None:
            if p.total is None and p.seconds < 0.5:
                return
            self._make(p)
        bar = self.bar
        if p.total is not None and bar.total != p.total:
            n = bar.n
            bar.reset(total=p.total)
            bar.update(n)
        if p.done > bar.n:
            bar.update(p.done - bar.n)
        postfix = f"{p.failed} failed, {p.skipped} skipped, {p.bytes / 1e6 / max(p.seconds, 1e-3):.1f} MB/s"
        if postfix != self.postfix:
            self.postfix = postfix
            bar.set_postfix_str(postfix, refresh=False)

    def close(self, p: IndexProgress, summary: Optional[IndexSummary]) -> None:
        if self.bar is None:
            self._make(p)
        if summary is not None:
            done = summary.indexed + summary.skipped + summary.failed
            p = dataclasses.replace(
                p, indexed=summary.indexed, skipped=summary.skipped, failed=summary.failed, bytes=summary.bytes,
                total=p.total if (p.total is not None or summary.stopped) else done,
            )  # fmt: skip
        self.update(dataclasses.replace(p, seconds=max(p.seconds, 0.5)))
        self.bar.close()


def _tqdm() -> Any:
    try:
        return importlib.import_module("tqdm.auto").tqdm
    except ImportError:
        return None


def _reporter(progress: Any) -> _Silent:
    if progress is True:
        tqdm = _tqdm()
        return _Bar(tqdm) if tqdm is not None else _Lines()
    if progress is False or progress is None:
        return _Silent()
    if callable(progress):
        return _Callback(progress)
    raise TypeError(f"progress must be True, False or a callable taking a vanban.IndexProgress, not {progress!r}")


def _index_inputs(paths: Any) -> List[str]:
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    elif isinstance(paths, bytearray) or not isinstance(paths, Iterable):
        raise TypeError(f"vanban.index() takes a path or a list of paths, not {type(paths).__name__}")
    out = []
    for p in paths:
        if not isinstance(p, (str, bytes, os.PathLike)):
            raise TypeError(f"vanban.index() takes paths (str or os.PathLike), not {type(p).__name__}")
        s = os.fsdecode(p)
        if not os.path.exists(s):
            raise FileNotFoundError(errno.ENOENT, "vanban.index: no such file or folder", s)
        out.append(s)
    if not out:
        raise ValueError("vanban.index() needs at least one path (a folder, a .zip, a JSONL file or a document)")
    return out


def _positive(name: str, v: Any) -> Optional[int]:
    if v is None:
        return None
    if not isinstance(v, int) or isinstance(v, bool) or v < 1:
        raise ValueError(f"{name} must be a positive int or None, not {v!r}")
    return v


def index(
    paths: Union[_PathLike, Iterable[_PathLike]],
    db: _PathLike = "vanban.db",
    *,
    threads: Optional[int] = None,
    progress: Union[bool, Callable[[IndexProgress], Any]] = True,
    store_text: bool = True,
    batch: Optional[int] = None,
    window: Optional[int] = None,
) -> IndexSummary:
    """Index documents into the store ``db`` (SQLite; made if missing), as ``vanban index PATHS --db DB`` does.

    ``paths``: one path or a list: folders (read recursively), ``.zip`` archives, JSONL files of ``{"id", "text"}``,
    single documents (``.txt``, ``.md``, ``.pdf``, ``.docx``). Each document is a source labelled by its path as
    given (``archive.zip!entry.txt``, ``file.jsonl#id``); every source ends as one row, indexed or failed. Sources
    already stored with the same content are skipped, changed ones parsed again: running the same call again resumes.

    ``threads``: parse threads (default: all cores, or RAYON_NUM_THREADS). ``progress``: True shows a bar
    (``tqdm.auto``: a widget in Jupyter) or, without tqdm, a line on stderr every 5 s; False shows nothing; a callable
    is called with a :class:`IndexProgress` as the counts change and once at the end. ``store_text``: keep each
    document's normalized text (``Document.text`` of ``vanban.open``). ``batch``, ``window``: sources per
    transaction (500) and documents in flight (256).

    The run goes on Rust threads with the GIL released. Ctrl-C (or the notebook's stop button, or an exception
    raised by the progress callable) stops it cleanly: what was written is committed, and the exception is raised
    again once the store is consistent. Raises FileNotFoundError for a missing input or store folder, StoreError when
    ``db`` is not a vanban store or the store fails.
    """
    threads = _positive("threads", threads)
    batch = _positive("batch", batch)
    window = _positive("window", window)
    inputs = _index_inputs(paths)
    if not isinstance(db, (str, bytes, os.PathLike)):
        raise TypeError(f"db must be a path (str or os.PathLike), not {type(db).__name__}")
    db = os.fsdecode(db)
    _check_store(db, create=True)
    reporter = _reporter(progress)
    run = _vanban.IndexRun(inputs, db, threads, window, batch, bool(store_text))
    try:
        while not _wait(run, _POLL):
            reporter.update(_snapshot(run))
    except BaseException:
        # Ctrl-C, the notebook's stop, or the progress callable's exception: stop cleanly, then raise it again
        run.stop()
        while not run.wait(0.2):
            pass
        res = run.result()
        if reporter.shows and res is not None:
            if res[0]:
                s = _summary(db, res[1])
                print(
                    f"\nvanban index: stopped: {s}. The store is consistent; the same call again resumes.",
                    file=sys.stderr,
                    flush=True,
                )
            if isinstance(reporter, _Bar) and reporter.bar is not None:
                reporter.bar.close()
        raise
    res = run.result()
    last = _snapshot(run)
    if res is None or not res[0]:
        reporter.close(last, None)
        raise StoreError("store", res[1] if res else "the run ended without a result", db)
    summary = _summary(db, res[1])
    reporter.close(last, summary)
    return summary


# ---------------------------------------------------------------------------------------------------- open


def _connect(path: str) -> sqlite3.Connection:
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    try:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as e:
        raise StoreError("store", f"cannot open the store: {e}", path) from e


def _validate(conn: sqlite3.Connection, path: str) -> bool:
    """Checks that ``conn`` is a vanban store this package reads; returns whether it keeps texts."""
    try:
        # "references" and "tasks" are views since schema 2, tables before
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise StoreError("not-a-store", f"not a vanban store ({e})", path) from e
    missing = [t for t in _TABLES if t not in names]
    if missing:
        raise StoreError(
            "not-a-store",
            f"not a vanban store: an SQLite database without the table{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (vanban.index(paths, db=...) makes a store)",
            path,
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            "schema-version",
            f"store schema version {version}, written by a newer vanban; this one reads version {SCHEMA_VERSION}",
            path,
        )
    return "texts" in names


def _check_store(path: str, *, create: bool) -> bool:
    if os.path.isdir(path):
        raise StoreError("not-a-store", "a folder, not a store file", path)
    if not os.path.exists(path):
        if not create:
            raise FileNotFoundError(
                errno.ENOENT, "vanban.open: no store at this path (vanban.index(paths, db=...) makes one)", path
            )
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise FileNotFoundError(errno.ENOENT, f"vanban.index: the store's folder {folder} does not exist", path)
        return False
    if create and os.path.getsize(path) == 0:
        return False
    conn = _connect(path)
    try:
        return _validate(conn, path)
    finally:
        conn.close()


def _error(label: str, sha256: Optional[str], fmt: Optional[str], kind: Optional[str], message: Optional[str]) -> VanbanError:
    # the error record of `vanban export` for a failed source
    return error_from_record(
        {
            "schema": "vanban/1",
            "source": {"path": label, "sha256": sha256 or "", "format": fmt or ""},
            "error": {"kind": kind or "internal", "message": message or ""},
        }
    )


class Archive:
    """A vanban store opened read-only (``vanban.open(db)``): the documents, errors, references and tasks that
    ``vanban.index`` wrote, as the same objects and tables as ``parse_many`` gives.

    ``len(archive)`` and ``iter(archive)``: the indexed documents in label order; ``archive[label]`` one document by
    its label (the path given to ``index``: ``folder/a.txt``, ``x.zip!a.txt``, ``y.jsonl#id``), raising its
    VanbanError when it failed; ``.documents(code=...)``, ``.sources()``, ``.errors()``, ``.references(key=...)``,
    ``.tasks(unit=...)``, ``.to_pandas(table=...)``, ``.graph()``, ``.sql(query)``. A context manager.
    """

    def __init__(self, db: _PathLike) -> None:
        if not isinstance(db, (str, bytes, os.PathLike)):
            raise TypeError(f"vanban.open() takes a path (str or os.PathLike), not {type(db).__name__}")
        path = os.fsdecode(db)
        _check_store(path, create=False)
        self._path = path
        conn = _connect(path)
        try:
            has_text = _validate(conn, path)
        except BaseException:
            conn.close()
            raise
        self._conn: Optional[sqlite3.Connection] = conn
        self._text = "t.text" if has_text else "NULL"
        self._join = "LEFT JOIN texts t ON t.id = s.id" if has_text else ""

    # -- plumbing
    @property
    def path(self) -> str:
        """The store's path, as given."""
        return self._path

    @property
    def closed(self) -> bool:
        return self._conn is None

    def _c(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ValueError(f"the archive {self._path} is closed")
        return self._conn

    def _query(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._c().execute(sql, tuple(params))
        except sqlite3.DatabaseError as e:
            raise StoreError("store", str(e), self._path) from e

    def close(self) -> None:
        """Closes the connection (also done by ``with vanban.open(db) as archive:``)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def counts(self) -> Dict[str, int]:
        """Rows of the store: sources (ok and error), documents, errors, references, tasks."""
        q = lambda sql: self._query(sql).fetchone()[0]  # noqa: E731
        return {
            "sources": q("SELECT count(*) FROM sources"),
            "documents": q("SELECT count(*) FROM documents"),
            "errors": q("SELECT count(*) FROM sources WHERE status = 'error'"),
            "references": q('SELECT count(*) FROM "references"'),
            "tasks": q("SELECT count(*) FROM tasks"),
        }

    def __repr__(self) -> str:
        if self._conn is None:
            return f"<vanban.Archive {self._path!r} (closed)>"
        c = self.counts()
        return (
            f"<vanban.Archive {self._path!r}: {c['documents']} documents, {c['errors']} errors, "
            f"{c['references']} references, {c['tasks']} tasks>"
        )

    # -- documents
    def _docs(self, where: str = "", params: Iterable[Any] = (), limit: Optional[int] = None) -> Iterator[Document]:
        sql = (
            f"SELECT d.record, {self._text} FROM sources s JOIN documents d ON d.id = s.id {self._join} "
            f"{'WHERE ' + where if where else ''} ORDER BY s.label"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for record, text in self._query(sql, params):
            yield Document(json.loads(record), text or "")

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM documents").fetchone()[0])

    def __iter__(self) -> Iterator[Document]:
        return self._docs()

    def documents(
        self,
        *,
        code: Optional[str] = None,
        doc_type: Optional[str] = None,
        issuer: Optional[str] = None,
        jurisdiction: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        limit: Optional[int] = None,
    ) -> List[Document]:
        """The indexed documents in label order, those matching every filter given: ``code`` ("130/KH-TU": many
        provinces may have one), ``doc_type`` ("Kế hoạch"), ``issuer`` (the name as printed), ``jurisdiction``
        ("kon-tum"), each exact; ``date_from``/``date_to`` as ISO strings, bounds included ("2024" < "2024-01-01")."""
        where, params = [], []
        for col, v in (("code", code), ("doc_type", doc_type), ("issuer", issuer), ("jurisdiction", jurisdiction)):
            if v is not None:
                where.append(f"d.{col} = ?")
                params.append(v)
        if date_from is not None:
            where.append("d.date >= ?")
            params.append(date_from)
        if date_to is not None:
            where.append("d.date <= ?")
            params.append(date_to)
        if limit is not None:
            _positive("limit", limit)
        return list(self._docs(" AND ".join(where), params, limit))

    def _source_rows(self, where: str = "", params: Iterable[Any] = ()) -> Iterator[Union[Document, VanbanError]]:
        sql = (
            f"SELECT s.label, s.sha256, s.format, s.status, s.error_kind, s.error_message, d.record, {self._text} "
            f"FROM sources s LEFT JOIN documents d ON d.id = s.id {self._join} "
            f"{'WHERE ' + where if where else ''} ORDER BY s.label"
        )
        for label, sha, fmt, status, kind, message, record, text in self._query(sql, params):
            if status == "ok" and record is not None:
                yield Document(json.loads(record), text or "")
            else:
                yield _error(label, sha, fmt, kind, message)

    def sources(self) -> List[Union[Document, VanbanError]]:
        """One item per source in label order: its Document, or the VanbanError it failed with (as
        ``parse_many(..., errors="return")`` gives)."""
        return list(self._source_rows())

    def errors(self) -> List[VanbanError]:
        """The sources that failed, in label order, as the exceptions ``parse_file`` raises (``kind``, ``message``,
        ``source``); ``vanban.to_pandas(archive.errors())`` is a table of them."""
        return [e for e in self._source_rows("s.status = 'error'") if isinstance(e, VanbanError)]

    def labels(self) -> List[str]:
        """Every source's label (path), in order."""
        return [r[0] for r in self._query("SELECT label FROM sources ORDER BY label")]

    def get(self, label: _PathLike, default: Any = None) -> Any:
        """The source labelled ``label`` (its path as given to ``index``): its Document, its VanbanError if it
        failed, or ``default`` if the store has no such source."""
        if not isinstance(label, (str, bytes, os.PathLike)):
            raise TypeError(f"labels are paths (str or os.PathLike), not {type(label).__name__}")
        for item in self._source_rows("s.label = ?", (os.fsdecode(label),)):
            return item
        return default

    def __getitem__(self, label: _PathLike) -> Document:
        item = self.get(label, _MISSING)
        if item is _MISSING:
            raise KeyError(
                f"{os.fsdecode(label)!r} is not in {self._path}: labels are the paths as given to vanban.index() "
                "(see archive.labels())"
            )
        if isinstance(item, VanbanError):
            raise item
        return item  # type: ignore[no-any-return]

    def __contains__(self, label: object) -> bool:
        if not isinstance(label, (str, bytes, os.PathLike)):
            return False
        return self._query("SELECT 1 FROM sources WHERE label = ?", (os.fsdecode(label),)).fetchone() is not None

    # -- references and tasks
    def _items(self, table: str, where: List[str], params: List[Any]) -> Iterator[Tuple[Dict[str, Any], int, Any]]:
        """(record dict, seq, row) of each row of ``table`` matching, in label then text order; each record parsed
        once."""
        cols = "x.lead, x.support" if table == "tasks" else "NULL, NULL"
        sql = (
            f'SELECT x.doc_id, x.seq, {cols}, d.record FROM "{table}" x JOIN documents d ON d.id = x.doc_id '
            f"JOIN sources s ON s.id = x.doc_id {'WHERE ' + ' AND '.join(where) if where else ''} "
            "ORDER BY s.label, x.seq"
        )
        last_id, rec = None, {}
        for doc_id, seq, lead, support, record in self._query(sql, params):
            if doc_id != last_id:
                last_id, rec = doc_id, json.loads(record)
            yield rec, seq, (lead, support)

    def references(self, *, key: Optional[str] = None, code: Optional[str] = None, role: Optional[str] = None) -> List[Reference]:
        """The references of the indexed documents (label order, then text order), those matching every filter:
        ``key`` (the canonical key, ``45/2024/NĐ-CP``: who cites it), ``code``, ``role`` ("căn cứ"), each exact.
        With the citing document's columns: ``archive.to_pandas(table="references")``."""
        where, params = [], []
        for col, v in (("key", key), ("code", code), ("role", role)):
            if v is not None:
                where.append(f"x.{col} = ?")
                params.append(v)
        out = []
        for rec, seq, _ in self._items("references", where, params):
            refs = rec.get("references") or ()
            if 0 <= seq < len(refs):
                out.append(Reference(refs[seq]))
        return out

    def tasks(self, *, unit: Optional[str] = None) -> List[Task]:
        """The tasks of the indexed documents (label order, then text order); ``unit``: only those where it leads or
        supports, compared by grouping key (:func:`vanban.unit_key`: "UBND tỉnh" finds "Ủy ban nhân dân tỉnh", case
        aside). Tasks by unit as a table: ``archive.to_pandas(table="units")`` (with a ``unit_key`` column)."""
        want = None if unit is None else _vanban.unit_key(unit)
        out = []
        for rec, seq, (lead, support) in self._items("tasks", [], []):
            if want is not None:
                units = json.loads(lead or "[]") + json.loads(support or "[]")
                if want not in {_vanban.unit_key(u) for u in units}:
                    continue
            tasks = rec.get("tasks") or ()
            if 0 <= seq < len(tasks):
                out.append(Task(tasks[seq]))
        return out

    # -- tables, graph, SQL
    def to_pandas(self, table: str = "documents") -> Any:
        """``vanban.to_pandas(archive.sources(), table)``: one row per source (failed ones with ``error`` set), or
        per reference / task / unit / section / footnote of the indexed documents."""
        from ._tables import to_pandas

        return to_pandas(self.sources(), table)  # type: ignore[arg-type]

    def to_polars(self, table: str = "documents") -> Any:
        """``vanban.to_polars(archive.sources(), table)``."""
        from ._tables import to_polars

        return to_polars(self.sources(), table)  # type: ignore[arg-type]

    def to_arrow(self, table: str = "documents") -> Any:
        """``vanban.to_arrow(archive.sources(), table)``."""
        from ._tables import to_arrow

        return to_arrow(self.sources(), table)  # type: ignore[arg-type]

    def graph(self) -> Any:
        """The citation graph of the indexed documents: ``vanban.graph(archive.documents())``, a networkx
        MultiDiGraph."""
        from . import graph

        return graph(self.documents())

    def sql(self, query: str, params: Iterable[Any] = ()) -> List[Tuple[Any, ...]]:
        """Rows of a read-only SQL query over the store (tables ``sources``, ``documents``, ``"references"``,
        ``tasks``, ``texts``: see README.md)."""
        return self._query(query, params).fetchall()


_MISSING: Any = object()


def open(db: _PathLike) -> Archive:  # noqa: A001 - vanban.open, as the issue names it
    """Opens a store written by ``vanban.index`` or ``vanban index`` for reading. Raises FileNotFoundError when there
    is no such file, StoreError (a VanbanError) when it is not a vanban store or is from a newer vanban."""
    return Archive(db)
