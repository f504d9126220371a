"""vanban: Vietnamese administrative documents into structured records.

>>> import vanban
>>> doc = vanban.parse(text)                       # or vanban.parse_file("cong_van.txt")
>>> doc.code, doc.issuer.name, doc.date, doc.signer.name
>>> doc.to_dict()                                  # the JSON record of CONTRACT.md ("schema": "vanban/1")
>>> docs = vanban.parse_many(paths)                # a list of pathlib.Path: files; a list of str: texts
>>> vanban.to_pandas(docs, table="references")     # one row per reference, with the document's code
>>> vanban.index("archive.zip", db="archive.db")  # a store of many documents (progress bar; Ctrl-C resumable)
>>> with vanban.open("archive.db") as archive:      # read it back: documents, errors, references, tasks, graph
...     archive.documents(code="130/KH-TU")

Spans (``reference.span``) are code-point offsets into ``doc.text``: ``doc.text[s:e]`` gives the cited words.
"""

from __future__ import annotations

import json
import os
from typing import Any, Iterable, List, Optional, Sequence, Tuple, Union

from . import _vanban
from ._errors import DocxError, InputError, ParseError, PdfError, StoreError, VanbanError, error_from_record
from ._records import Document, Footnote, Issuer, Node, Reference, Section, Signer, Source, Task
from ._tables import TABLES, to_arrow, to_pandas, to_polars
from ._archive import Archive, IndexProgress, IndexSummary, index, open

__version__: str = _vanban.__version__
__all__ = [
    "parse", "parse_file", "parse_many", "unit_key",
    "Document", "Reference", "Task", "Footnote", "Section", "Issuer", "Signer", "Source", "Node",
    "VanbanError", "InputError", "PdfError", "DocxError", "ParseError", "StoreError", "error_from_record",
    "to_pandas", "to_polars", "to_arrow", "TABLES", "graph",
    "index", "open", "Archive", "IndexSummary", "IndexProgress",
]  # fmt: skip

for _cls in (Document, Reference, Task, Footnote, Section, Issuer, Signer, Source, Node,
             VanbanError, InputError, PdfError, DocxError, ParseError, StoreError,
             Archive, IndexSummary, IndexProgress):  # fmt: skip
    _cls.__module__ = "vanban"  # reprs, pickles and docs name the public path
del _cls

_PathLike = Union[str, bytes, "os.PathLike[str]"]
_ERRORS = ("raise", "return", "skip")


def unit_key(name: str) -> str:
    """The key that groups the printed forms of one unit's name: abbreviations spelled out, one tone placement,
    lower case ("UBND tỉnh" and "Ủy ban nhân dân tỉnh" give the same key). The records keep the printed form."""
    return _vanban.unit_key(name)


def _result(ok: bool, payload: str, text: str) -> Union[Document, VanbanError]:
    data = json.loads(payload)
    if not ok:
        return error_from_record(data)
    return Document(data, text)


def _one(outcome: Tuple[bool, str, str]) -> Document:
    r = _result(*outcome)
    if isinstance(r, VanbanError):
        raise r
    return r


def parse(text: str, *, source: Optional[str] = None) -> Document:
    """Parse the text of one document. ``source`` labels it in ``doc.source.path`` ("<text>" by default).

    Raises InputError for text that is no document (empty, binary), ParseError on a parser failure."""
    if not isinstance(text, str):
        raise TypeError(
            f"parse() takes the document's text as str, not {type(text).__name__}; use parse_file() for a path"
        )
    if source is not None and not isinstance(source, str):
        raise TypeError("source must be a str")
    return _one(_vanban.parse_text(text, source))


def parse_file(path: _PathLike) -> Document:
    """Parse a file (.txt, .md; .pdf and .docx as vanban reads them). Raises InputError (PdfError, DocxError) for
    input that is not a readable document, ParseError on a parser failure."""
    if isinstance(path, bytearray):
        path = bytes(path)
    if not isinstance(path, (str, bytes, os.PathLike)):
        raise TypeError(f"parse_file() takes a path (str or os.PathLike), not {type(path).__name__}")
    return _one(_vanban.parse_file(os.fsdecode(path)))


def _inputs(items: Any) -> Tuple[str, List[str]]:
    """("texts" | "paths", strings). A list of str is texts; a list of os.PathLike is paths; nothing is guessed."""
    if isinstance(items, (str, bytes, bytearray, os.PathLike)):
        raise TypeError(
            "parse_many() takes a list: of str (texts) or of pathlib.Path / os.PathLike (files); "
            "use parse() or parse_file() for one document"
        )
    items = list(items)
    if not items:
        return "texts", []
    if all(isinstance(x, str) for x in items):
        return "texts", items
    if all(isinstance(x, os.PathLike) for x in items):
        return "paths", [os.fsdecode(x) for x in items]
    bad = next((x for x in items if not isinstance(x, (str, os.PathLike))), None)
    if bad is not None or any(x is None for x in items):
        raise TypeError(
            f"parse_many() takes str texts or os.PathLike paths, not {type(bad).__name__}"
            + ("; decode bytes first, or wrap file names in pathlib.Path" if isinstance(bad, bytes) else "")
        )
    raise TypeError(
        "parse_many() got both str and paths: a list of str is parsed as texts, a list of pathlib.Path as files; "
        "for file names in str, pass [pathlib.Path(p) for p in names]"
    )


def parse_many(
    items: Union[Iterable[str], Iterable["os.PathLike[str]"]],
    threads: Optional[int] = None,
    *,
    errors: str = "raise",
    sources: Optional[Sequence[str]] = None,
) -> List[Any]:
    """Parse many documents in parallel (rayon threads in Rust, the GIL released), in input order.

    ``items`` is a list of **str, each the text of a document**, or a list of **pathlib.Path / os.PathLike, each a
    file**; a str is never taken for a file name (wrap names in ``pathlib.Path``). ``threads``: how many threads
    (default: all cores, or RAYON_NUM_THREADS). ``errors``: "raise" raises the first failure (after all are
    parsed), "return" puts the VanbanError in the failed document's place, "skip" leaves failures out.
    ``sources`` labels texts in ``source.path`` (texts only; "<text>" by default).
    """
    if errors not in _ERRORS:
        raise ValueError(f"errors must be one of {', '.join(_ERRORS)}, not {errors!r}")
    if threads is not None and (not isinstance(threads, int) or isinstance(threads, bool) or threads < 1):
        raise ValueError(f"threads must be a positive int or None, not {threads!r}")
    kind, strings = _inputs(items)
    if sources is not None:
        if kind != "texts":
            raise TypeError("sources= labels texts; files are labelled by their path")
        sources = [os.fspath(s) for s in sources]
        if len(sources) != len(strings):
            raise ValueError(f"{len(sources)} sources for {len(strings)} texts")
    if kind == "texts":
        outcomes = _vanban.parse_texts(strings, sources, threads)
    else:
        outcomes = _vanban.parse_files(strings, threads)
    out: List[Any] = []
    for o in outcomes:
        r = _result(*o)
        if isinstance(r, VanbanError):
            if errors == "raise":
                raise r
            if errors == "skip":
                continue
        out.append(r)
    return out


def graph(docs: Iterable[Any]) -> Any:
    """The citation graph of parsed documents as a ``networkx.MultiDiGraph``.

    Nodes are canonical keys (``kon-tum:23-NQ/TU:2023``, ``45/2024/NĐ-CP``) with ``kind``, ``code``, ``title`` (a
    document's subject, or the title a citation gives a missing one), ``date``, ``issuer``, ``jurisdiction``, ``path``
    and ``placeholder`` (True for a cited document missing from ``docs``);
    edges go from the citing to the cited document with ``role``, ``pinpoint``, ``span`` and ``text``. Citations that
    match several documents are not guessed: they are listed in ``G.graph["ambiguous"]``. Networkx gives the queries:
    ``G.in_edges(key)`` (cited by), ``networkx.ancestors``/``descendants`` (mind the direction: an edge points from
    a document to what it rests on), ``networkx.shortest_path``.
    """
    try:
        import networkx as nx
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("vanban.graph needs networkx: pip install networkx") from e
    records = []
    for d in docs:
        if isinstance(d, VanbanError):
            continue
        records.append(json.dumps(d.to_dict() if hasattr(d, "to_dict") else d, ensure_ascii=False))
    data = json.loads(_vanban.graph_json(records))
    g = nx.MultiDiGraph()
    for n in data["nodes"]:
        g.add_node(n["key"], **{k: v for k, v in n.items() if k not in ("key", "doc")}, placeholder=n["doc"] is None)
    for e in data["edges"]:
        g.add_edge(e["source"], e["target"], role=e["role"], pinpoint=e["pinpoint"], span=tuple(e["span"]), text=e["text"])
    g.graph["ambiguous"] = data["ambiguous"]
    return g


def __getattr__(name: str) -> Any:
    # vanban.dask is imported on first use, so that importing vanban never needs dask
    if name == "dask":
        import importlib

        return importlib.import_module(".dask", __name__)
    raise AttributeError(f"module 'vanban' has no attribute {name!r}")
