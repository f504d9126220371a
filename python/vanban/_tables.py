"""Records as tables: documents (one row each) and long tables of references, tasks, task units, sections and
footnotes (one row per item, with the document's ``doc`` position, ``path`` and ``code``).

Columns are gathered straight from the records' dicts into Python lists, one list per column, and handed to
pyarrow, polars or pandas with their types: no JSON round trip, no per-row objects.
pandas, polars and pyarrow are imported only when asked for.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Dict, Iterable, List, Sequence, Tuple, Union

from . import _vanban  # type: ignore[attr-defined]
from ._errors import VanbanError
from ._records import Document

STR, INT, STRS = "str", "int", "strs"

TABLES = ("documents", "references", "tasks", "units", "sections", "footnotes")


def _g(key: str) -> Callable[[Dict[str, Any]], Any]:
    return lambda d: d.get(key)


def _sub(outer: str, key: str) -> Callable[[Dict[str, Any]], Any]:
    return lambda d: (d.get(outer) or {}).get(key)


def _n(key: str) -> Callable[[Dict[str, Any]], Any]:
    return lambda d: len(d.get(key) or ())


def _list(key: str) -> Callable[[Dict[str, Any]], Any]:
    return lambda d: list(d.get(key) or ())


# documents: (column, type, getter on the record dict)
_DOC_COLS: List[Tuple[str, str, Callable[[Dict[str, Any]], Any]]] = [
    ("path", STR, _sub("source", "path")),
    ("format", STR, _sub("source", "format")),
    ("sha256", STR, _sub("source", "sha256")),
    ("doc_type", STR, _g("doc_type")),
    ("code", STR, _g("code")),
    ("number", STR, _g("number")),
    ("symbol", STR, _g("symbol")),
    ("issuer", STR, _sub("issuer", "name")),
    ("issuer_parent", STR, _sub("issuer", "parent")),
    ("jurisdiction", STR, _sub("issuer", "jurisdiction")),
    ("place", STR, _g("place")),
    ("date", STR, _g("date")),
    ("subject", STR, _g("subject")),
    ("recipients", STRS, _list("recipients")),
    ("signer_authority", STR, _sub("signer", "authority")),
    ("signer_title", STR, _sub("signer", "title")),
    ("signer_name", STR, _sub("signer", "name")),
    ("cc", STRS, _list("cc")),
    ("n_references", INT, _n("references")),
    ("n_tasks", INT, _n("tasks")),
    ("n_footnotes", INT, _n("footnotes")),
    ("n_sections", INT, _n("sections")),
    ("warnings", STRS, _list("warnings")),
]

# the columns every long table starts with, read from the document
_KEY_COLS: List[Tuple[str, str, Callable[[Dict[str, Any]], Any]]] = [
    ("path", STR, _sub("source", "path")),
    ("doc_code", STR, _g("code")),
    ("doc_type", STR, _g("doc_type")),
    ("doc_date", STR, _g("date")),
]


def _start(d: Dict[str, Any]) -> Any:
    return (d.get("span") or (None, None))[0]


def _end(d: Dict[str, Any]) -> Any:
    return (d.get("span") or (None, None))[1]


# long tables: (field of the record holding the items, item columns)
_ITEM_COLS: Dict[str, Tuple[str, List[Tuple[str, str, Callable[[Dict[str, Any]], Any]]]]] = {
    "references": (
        "references",
        [(k, STR, _g(k)) for k in ("kind", "code", "number", "symbol", "date", "issuer", "title", "pinpoint", "role", "key")]
        + [("start", INT, _start), ("end", INT, _end), ("text", STR, _g("text"))],
    ),
    "tasks": (
        "tasks",
        [
            ("section", STR, _g("section")),
            ("lead", STRS, _list("lead")),
            ("support", STRS, _list("support")),
            ("deadline", STR, _g("deadline")),
            ("deadline_text", STR, _g("deadline_text")),
            ("start", INT, _start),
            ("end", INT, _end),
            ("text", STR, _g("text")),
        ],
    ),
    "sections": (
        "sections",
        [("label", STR, _g("label")), ("title", STR, _g("title")), ("level", INT, _g("level")),
         ("start", INT, _start), ("end", INT, _end)],
    ),  # fmt: skip
    "footnotes": (
        "footnotes",
        [("mark", STR, _g("mark")), ("text", STR, _g("text")), ("start", INT, _start), ("end", INT, _end)],
    ),
}

_UNIT_COLS: List[Tuple[str, str]] = [
    ("unit", STR), ("unit_key", STR), ("role", STR), ("section", STR), ("deadline", STR), ("deadline_text", STR),
    ("text", STR),
]  # fmt: skip


def schema(table: str = "documents") -> List[Tuple[str, str]]:
    """The columns of a table as ``(name, type)``, type one of "str", "int", "strs" (list of str)."""
    if table == "documents":
        return [("doc", INT)] + [(n, t) for n, t, _ in _DOC_COLS] + [("error", STR)]
    head = [("doc", INT)] + [(n, t) for n, t, _ in _KEY_COLS]
    if table == "units":
        return head + [("task", INT)] + _UNIT_COLS
    if table in _ITEM_COLS:
        idx = {"references": "reference", "tasks": "task", "sections": "section_index", "footnotes": "footnote"}[table]
        return head + [(idx, INT)] + [(n, t) for n, t, _ in _ITEM_COLS[table][1]]
    raise ValueError(f"unknown table {table!r}: one of {', '.join(TABLES)}")


def _items(docs: Any) -> Sequence[Union[Document, VanbanError]]:
    if isinstance(docs, (Document, VanbanError)):
        return [docs]
    if isinstance(docs, (str, bytes, dict)):
        raise TypeError("to_pandas/to_polars/to_arrow take Documents (from parse, parse_file or parse_many)")
    items = list(docs)
    for x in items:
        if not isinstance(x, (Document, VanbanError)):
            raise TypeError(f"expected vanban.Document items, got {type(x).__name__}")
    return items


def columns(docs: Iterable[Union[Document, VanbanError]], table: str = "documents") -> Dict[str, list]:
    """The table as a dict of column name to list of values (what the other converters are built on)."""
    names = [n for n, _ in schema(table)]
    cols: Dict[str, list] = {n: [] for n in names}
    items = _items(docs)
    if table == "documents":
        getters = [(cols[n], g) for n, _, g in _DOC_COLS]
        doc_col, err_col = cols["doc"], cols["error"]
        for i, item in enumerate(items):
            doc_col.append(i)
            if isinstance(item, VanbanError):
                rec = item.to_dict()
                for (col, g), (n, t, _) in zip(getters, _DOC_COLS):
                    col.append(g(rec) if n in ("path", "format", "sha256") else ([] if t == STRS else None))
                err_col.append(f"{item.kind}: {item.message}")
                continue
            d = item._d
            for col, g in getters:
                col.append(g(d))
            err_col.append(None)
        return cols
    key_getters = [(cols[n], g) for n, _, g in _KEY_COLS]
    doc_col = cols["doc"]
    if table == "units":
        task_col = cols["task"]
        unit_cols = [cols[n] for n, _ in _UNIT_COLS]
        for i, item in enumerate(items):
            if isinstance(item, VanbanError):
                continue
            d = item._d
            keys = [g(d) for _, g in key_getters]
            for j, t in enumerate(d.get("tasks") or ()):
                for role in ("lead", "support"):
                    for unit in t.get(role) or ():
                        doc_col.append(i)
                        for (col, _), k in zip(key_getters, keys):
                            col.append(k)
                        task_col.append(j)
                        values = (unit, _vanban.unit_key(unit), role, t.get("section"), t.get("deadline"),
                                  t.get("deadline_text"), t.get("text"))  # fmt: skip
                        for col, v in zip(unit_cols, values):
                            col.append(v)
        return cols
    field, item_cols = _ITEM_COLS[table]
    idx_col = cols[schema(table)[len(_KEY_COLS) + 1][0]]
    getters = [(cols[n], g) for n, _, g in item_cols]
    for i, item in enumerate(items):
        if isinstance(item, VanbanError):
            continue
        d = item._d
        keys = [g(d) for _, g in key_getters]
        for j, x in enumerate(d.get(field) or ()):
            doc_col.append(i)
            for (col, _), k in zip(key_getters, keys):
                col.append(k)
            idx_col.append(j)
            for col, g in getters:
                col.append(g(x))
    return cols


def _need(module: str, what: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as e:
        pip = {"pyarrow": "pyarrow", "polars": "polars", "pandas": "pandas"}[module]
        raise ImportError(f"vanban.{what}() needs {pip}, which is not installed: pip install {pip}") from e


def to_arrow(docs: Iterable[Union[Document, VanbanError]], table: str = "documents") -> Any:
    """A ``pyarrow.Table``: documents, or one row per reference / task / unit / section / footnote."""
    pa = _need("pyarrow", "to_arrow")
    types = {STR: pa.string(), INT: pa.int64(), STRS: pa.list_(pa.string())}
    sch = schema(table)
    cols = columns(docs, table)
    return pa.table(
        {n: pa.array(cols[n], type=types[t]) for n, t in sch},
        schema=pa.schema([(n, types[t]) for n, t in sch]),
    )


def to_polars(docs: Iterable[Union[Document, VanbanError]], table: str = "documents") -> Any:
    """A ``polars.DataFrame``: documents, or one row per reference / task / unit / section / footnote."""
    pl = _need("polars", "to_polars")
    types = {STR: pl.Utf8, INT: pl.Int64, STRS: pl.List(pl.Utf8)}
    sch = schema(table)
    cols = columns(docs, table)
    return pl.DataFrame([pl.Series(n, cols[n], dtype=types[t]) for n, t in sch])


def to_pandas(docs: Iterable[Union[Document, VanbanError]], table: str = "documents") -> Any:
    """A ``pandas.DataFrame``: documents, or one row per reference / task / unit / section / footnote.

    Text columns hold str or None (pandas' default string dtype), list columns hold Python lists, integer columns
    are int64 (``Int64`` where a value is missing, as in the counts of a failed document)."""
    pd = _need("pandas", "to_pandas")
    sch = schema(table)
    cols = columns(docs, table)
    data = {}
    for n, t in sch:
        v = cols[n]
        if t == INT:
            data[n] = pd.array(v, dtype="Int64") if any(x is None for x in v) else pd.array(v, dtype="int64")
        elif t == STR:
            data[n] = pd.Series(v, dtype=object).astype(_str_dtype(pd)) if v else pd.Series([], dtype=_str_dtype(pd))
        else:
            data[n] = pd.Series(v, dtype=object)
    return pd.DataFrame(data, columns=[n for n, _ in sch])


def _str_dtype(pd: Any) -> Any:
    # pandas >= 3 has a default string dtype ("str"); before it, strings live in object columns
    return "str" if int(pd.__version__.split(".")[0]) >= 3 else object
