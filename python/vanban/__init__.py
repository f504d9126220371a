"""vanban: Vietnamese administrative documents into structured records.

>>> import vanban
>>> doc = vanban.parse(text)
>>> doc.code, doc.issuer.name, doc.date, doc.signer.name
>>> doc.to_dict()          # the JSON record of CONTRACT.md ("schema": "vanban/1")

Spans (``reference.span``) are code-point offsets into ``doc.text``: ``doc.text[s:e]`` gives the cited words.
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, List, Union

from . import _vanban

__version__ = _vanban.__version__
__all__ = ["parse", "parse_file", "Document", "Node", "VanbanError", "InputError", "ParseError"]


class VanbanError(Exception):
    """Base of vanban's errors. ``kind`` is the error record's kind, ``source`` the path."""

    def __init__(self, kind: str, message: str, source: str = "") -> None:
        super().__init__(f"{source}: {kind}: {message}" if source else f"{kind}: {message}")
        self.kind = kind
        self.message = message
        self.source = source


class InputError(VanbanError):
    """The input could not be read as a document (empty, binary, not UTF-8, too large, unsupported format)."""


class ParseError(VanbanError):
    """The parser failed on this document (a bug: please report it with the document)."""


class Node:
    """A part of a record with attribute access: ``doc.issuer.name``, ``doc.references[0].code``."""

    __slots__ = ("_data",)

    def __init__(self, data: Dict[str, Any]) -> None:
        object.__setattr__(self, "_data", data)

    def __getattr__(self, name: str) -> Any:
        try:
            return _wrap(self._data[name])
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("vanban records are read-only; use to_dict() for a mutable copy")

    def __getitem__(self, name: str) -> Any:
        return _wrap(self._data[name])

    def __dir__(self):
        return list(self._data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Node) and type(self) is type(other) and self._data == other._data

    def __hash__(self) -> int:
        return hash(json.dumps(self._data, sort_keys=True, ensure_ascii=False))

    def __getstate__(self):
        return self._data

    def __setstate__(self, state):
        object.__setattr__(self, "_data", state)

    def to_dict(self) -> Dict[str, Any]:
        """A deep copy as plain dicts and lists (JSON-ready)."""
        return json.loads(json.dumps(self._data, ensure_ascii=False))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._data.items() if not isinstance(v, (list, dict)))
        return f"{type(self).__name__}({inner})"


def _wrap(v: Any) -> Any:
    if isinstance(v, dict):
        return Node(v)
    if isinstance(v, list):
        return [_wrap(x) for x in v]
    return v


class Document(Node):
    """A parsed document: the record's fields as attributes, plus ``text``, the normalized text spans point into."""

    __slots__ = ("text",)

    def __init__(self, data: Dict[str, Any], text: str) -> None:
        super().__init__(data)
        object.__setattr__(self, "text", text)

    def __getstate__(self):
        return {"data": self._data, "text": self.text}

    def __setstate__(self, state):
        object.__setattr__(self, "_data", state["data"])
        object.__setattr__(self, "text", state["text"])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Document) and self._data == other._data and self.text == other.text

    __hash__ = Node.__hash__

    def cited(self) -> List[Node]:
        """Each distinct cited document once (by canonical key), in order of first citation."""
        seen = set()
        out = []
        for r in self._data.get("references", []):
            k = r.get("key") or r.get("text")
            if k not in seen:
                seen.add(k)
                out.append(Node(r))
        return out

    def __repr__(self) -> str:
        d = self._data
        return (
            f"Document(doc_type={d.get('doc_type')!r}, code={d.get('code')!r}, date={d.get('date')!r}, "
            f"issuer={d.get('issuer', {}).get('name')!r}, references={len(d.get('references', []))})"
        )


def _result(ok: bool, payload: str, text: str) -> Document:
    data = json.loads(payload)
    if not ok:
        err = data.get("error", {})
        kind = err.get("kind", "internal")
        cls = ParseError if kind == "internal" else InputError
        raise cls(kind, err.get("message", ""), data.get("source", {}).get("path", ""))
    return Document(data, text)


def parse(text: str) -> Document:
    """Parse the text of one document."""
    if not isinstance(text, str):
        raise TypeError(f"parse() takes the document's text as str, not {type(text).__name__}; use parse_file() for paths")
    return _result(*_vanban.parse_text(text, None))


def parse_file(path: Union[str, "os.PathLike[str]"]) -> Document:
    """Parse a file (.txt, .md). Raises InputError for input that is not a readable document."""
    return _result(*_vanban.parse_file(os.fspath(path)))
