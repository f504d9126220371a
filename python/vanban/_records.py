"""The typed, read-only objects of a record: Document, Reference, Task, Footnote, Section, Issuer, Signer, Source.

Each wraps the plain dict of the JSON record (CONTRACT.md, ``"schema": "vanban/1"``) without copying it: fields are
properties read from that dict, so ``to_dict()`` is the JSON record exactly, objects are cheap to make, and a field
added to the record later is still reachable as an attribute (``__getattr__`` falls back to the dict).
Spans are code-point ``(start, end)`` pairs into ``Document.text``; ``to_dict()`` keeps them as JSON lists.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar, Dict, Iterator, List, Optional, Tuple, Union

from ._errors import _copy

__all__ = ["Node", "Source", "Issuer", "Signer", "Reference", "Task", "Footnote", "Section", "Document"]


def _freeze(v: Any) -> Any:
    if isinstance(v, dict):
        return tuple((k, _freeze(x)) for k, x in v.items())
    if isinstance(v, list):
        return tuple(_freeze(x) for x in v)
    return v


def _short(s: Optional[str], n: int = 60) -> Optional[str]:
    if s is None or len(s) <= n:
        return s
    return s[: n - 1] + "…"


class Node:
    """Base of the record's objects: read-only attribute access over the record's dict.

    ``obj.field`` and ``obj["field"]`` read a field; ``to_dict()`` returns a deep copy as plain JSON-ready data;
    objects compare equal when their records are equal, hash, and pickle.
    """

    __slots__ = ("_d",)
    _fields: ClassVar[Tuple[str, ...]] = ()
    _repr_fields: ClassVar[Tuple[str, ...]] = ()

    def __init__(self, data: Dict[str, Any]) -> None:
        if not isinstance(data, dict):
            raise TypeError(f"{type(self).__name__} wraps a dict, not {type(data).__name__}")
        object.__setattr__(self, "_d", data)

    @classmethod
    def from_dict(cls, data: Dict[str, Any]):
        """Build from a record dict (copied: later changes to ``data`` do not show)."""
        return cls(_copy(data))

    def __getattr__(self, name: str) -> Any:
        # only reached for names that are not properties: fields added to the record after this version
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            d = object.__getattribute__(self, "_d")
            return _copy(d[name])
        except (KeyError, AttributeError):
            raise AttributeError(f"{type(self).__name__} has no field {name!r}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("vanban records are read-only; use to_dict() for a mutable copy")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("vanban records are read-only; use to_dict() for a mutable copy")

    def __getitem__(self, name: str) -> Any:
        if name not in self._d:
            raise KeyError(name)
        return getattr(self, name)

    def __contains__(self, name: object) -> bool:
        return name in self._d

    def __iter__(self) -> Iterator[str]:
        raise TypeError(f"{type(self).__name__} is not iterable; use keys() or to_dict()")

    def get(self, name: str, default: Any = None) -> Any:
        """A field, or ``default`` when the record does not have it."""
        return getattr(self, name) if name in self._d else default

    def keys(self) -> List[str]:
        """The record's field names, in record order."""
        return list(self._d)

    def __dir__(self) -> List[str]:
        return sorted(set(object.__dir__(self)) | set(self._d))

    def to_dict(self) -> Dict[str, Any]:
        """A deep copy as plain dicts and lists: the JSON record (spans as ``[start, end]`` lists)."""
        return _copy(self._d)

    def to_json(self, **kwargs: Any) -> str:
        """The record as JSON (``ensure_ascii=False`` unless given)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self._d, **kwargs)

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other):
            return NotImplemented
        return self._d == other._d  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, _freeze(self._d)))

    def __reduce__(self):
        return (type(self), (self._d,))

    def __repr__(self) -> str:
        parts = []
        for f in self._repr_fields or self._fields:
            v = getattr(self, f)
            if v is None or v == [] or v == "":
                continue
            if isinstance(v, str):
                v = _short(v)
            parts.append(f"{f}={v!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


# property factories: one per kind of field
def _scalar(name: str, doc: str) -> property:
    return property(lambda self: self._d.get(name), doc=doc)


def _strs(name: str, doc: str) -> property:
    return property(lambda self: list(self._d.get(name) or ()), doc=doc)


def _span_prop() -> property:
    return property(
        lambda self: tuple(self._d.get("span") or (0, 0)),
        doc="(start, end) in code points into Document.text: doc.text[start:end] is the text covered.",
    )


def _obj(name: str, cls: type, doc: str) -> property:
    return property(lambda self: cls(self._d.get(name) or {}), doc=doc)


class Source(Node):
    """Where a record came from: ``path`` (or "<text>"), ``sha256`` of the input, ``format`` ("txt", "pdf", ...)."""

    __slots__ = ()
    _fields = ("path", "sha256", "format")
    path = _scalar("path", "The path given, or '<text>' for a text parsed from memory.")
    sha256 = _scalar("sha256", "SHA-256 of the input bytes (hex).")
    format = _scalar("format", "'txt', 'md', 'pdf', 'docx', ...")


class Issuer(Node):
    """The issuing body (cơ quan ban hành): ``name``, ``parent`` (cơ quan chủ quản), ``jurisdiction`` slug."""

    __slots__ = ()
    _fields = ("name", "parent", "jurisdiction")
    name = _scalar("name", "Issuer as printed: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'.")
    parent = _scalar("parent", "The body above it: 'UBND TỈNH KON TUM'.")
    jurisdiction = _scalar("jurisdiction", "Slug of the province where local: 'kon-tum'; None for national bodies.")


class Signer(Node):
    """Who signed: ``authority`` ("KT. CHỦ TỊCH"), ``title`` ("PHÓ CHỦ TỊCH"), ``name`` ("Y Ngọc")."""

    __slots__ = ()
    _fields = ("authority", "title", "name")
    authority = _scalar("authority", "TM./KT./TL./TUQ./Q. lines: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH'.")
    title = _scalar("title", "The signer's title: 'PHÓ CHỦ TỊCH'.")
    name = _scalar("name", "The signer's name, without rank.")


class _Spanned(Node):
    __slots__ = ()
    span = _span_prop()

    @property
    def start(self) -> int:
        """Start of ``span``."""
        return self.span[0]

    @property
    def end(self) -> int:
        """End of ``span``."""
        return self.span[1]


class Reference(_Spanned):
    """A legal reference: a document cited by code or by name, with its role and canonical ``key``."""

    __slots__ = ()
    _fields = ("kind", "code", "number", "symbol", "date", "issuer", "title", "pinpoint", "role", "key", "span", "text")
    _repr_fields = ("kind", "code", "title", "date", "role", "pinpoint", "key", "span")
    kind = _scalar("kind", "Type of the cited document: 'Nghị định', 'Luật', 'Kế hoạch', ...")
    code = _scalar("code", "Số, ký hiệu as normalized: '45/2024/NĐ-CP'.")
    number = _scalar("number", "The number part: '45'.")
    symbol = _scalar("symbol", "The symbol part: 'NĐ-CP'.")
    date = _scalar("date", "Date of the cited document, ISO 8601 (reduced precision allowed).")
    issuer = _scalar("issuer", "Issuer of the cited document where the text gives it.")
    title = _scalar("title", "Title: 'Luật Đấu thầu', or the trích yếu where the text gives it.")
    pinpoint = _scalar("pinpoint", "Part cited: 'điểm e, khoản 1, Điều 29'.")
    role = _scalar("role", "'căn cứ', 'thực hiện', 'kèm theo', 'sửa đổi', 'thay thế', 'bãi bỏ', ...")
    key = _scalar("key", "Canonical graph key: '45/2024/NĐ-CP', 'kon-tum:130-KH/TU:2024'.")
    text = _scalar("text", "The words of the citation: Document.text[start:end].")


class Task(_Spanned):
    """A task: who must do what (``lead``, ``support`` units) by when (``deadline``)."""

    __slots__ = ()
    _fields = ("text", "section", "lead", "support", "deadline", "deadline_text", "span")
    _repr_fields = ("lead", "support", "deadline", "deadline_text", "section", "text")
    text = _scalar("text", "The task as written.")
    section = _scalar("section", "The outline path of the item the task sits in, where there is one.")
    lead = _strs("lead", "Units in charge (chủ trì).")
    support = _strs("support", "Supporting units (phối hợp).")
    deadline = _scalar("deadline", "ISO 8601 date (reduced precision allowed) where the deadline is a date.")
    deadline_text = _scalar("deadline_text", "The deadline as written: 'Hằng tháng', 'trước ngày 15/12/2024'.")


class Footnote(_Spanned):
    """A footnote moved after the body: its ``mark`` ("1", "¹") and ``text``."""

    __slots__ = ()
    _fields = ("mark", "text", "span")
    mark = _scalar("mark", "The footnote mark.")
    text = _scalar("text", "The footnote's text.")


class Section(_Spanned):
    """A part of the outline: ``label`` ("Điều 3", "II.", "a)"), ``title``, nesting ``level`` (0 = top)."""

    __slots__ = ()
    _fields = ("label", "title", "level", "span")
    label = _scalar("label", "'Chương I', 'Điều 3', 'II.', '1.1.', 'a)', '-'.")
    title = _scalar("title", "The heading's words after the label.")
    level = _scalar("level", "Nesting level from the outline (0 is the top).")


def _objs(name: str, cls: type, doc: str) -> property:
    def get(self: "Document") -> list:
        cache = self._cache
        got = cache.get(name)
        if got is None:
            got = cache[name] = tuple(cls(x) for x in self._d.get(name) or ())
        return list(got)

    return property(get, doc=doc)


class Document(Node):
    """A parsed document: the record's fields as attributes, plus ``text``, the normalized text spans point into.

    >>> doc = vanban.parse(text)
    >>> doc.code, doc.issuer.name, doc.date, doc.signer.name
    >>> for r in doc.references: print(r.code, doc.text[r.start:r.end])
    """

    __slots__ = ("text", "_cache")
    _fields = (
        "schema", "source", "doc_type", "code", "number", "symbol", "issuer", "place", "date", "subject",
        "recipients", "signer", "cc", "references", "tasks", "footnotes", "sections", "warnings",
    )  # fmt: skip

    def __init__(self, data: Dict[str, Any], text: str = "") -> None:
        super().__init__(data)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_cache", {})

    @classmethod
    def from_dict(cls, data: Dict[str, Any], text: str = "") -> "Document":  # type: ignore[override]
        """A Document from a JSON record (for example a line of ``vanban parse``) and, if known, its text."""
        if "error" in data and "doc_type" not in data:
            raise ValueError("this is an error record; vanban.error_from_record() gives its exception")
        return cls(_copy(data), text)

    schema = _scalar("schema", "'vanban/1'.")
    source = _obj("source", Source, "Where the record came from (path, sha256, format).")
    doc_type = _scalar("doc_type", "Full type name: 'Công văn', 'Kế hoạch', 'Quyết định', 'Nghị quyết', ...")
    code = _scalar("code", "Số, ký hiệu: '130/KH-TU', '45/2024/NĐ-CP', '23-NQ/TU'.")
    number = _scalar("number", "'130'; None where the number is left blank.")
    symbol = _scalar("symbol", "Ký hiệu: 'KH-TU', 'NĐ-CP'.")
    issuer = _obj("issuer", Issuer, "The issuing body.")
    place = _scalar("place", "Place of issue: 'Kon Tum'.")
    date = _scalar("date", "Date of issue, ISO 8601, reduced precision allowed: '2024-03-12', '2024-11', '2024'.")
    subject = _scalar("subject", "Trích yếu (V/v ... without 'V/v', or the line under the type name).")
    recipients = _strs("recipients", "Kính gửi.")
    signer = _obj("signer", Signer, "Who signed.")
    cc = _strs("cc", "Nơi nhận.")
    references = _objs("references", Reference, "Legal references, in text order.")
    tasks = _objs("tasks", Task, "Tasks with their units and deadlines.")
    footnotes = _objs("footnotes", Footnote, "Footnotes, moved after the body.")
    sections = _objs("sections", Section, "The outline.")
    warnings = _strs("warnings", "What the parser was unsure of.")

    def cited(self) -> List[Reference]:
        """Each distinct cited document once (by canonical key), in order of first citation."""
        seen = set()
        out = []
        for r in self.references:
            k = r.key or r.text
            if k not in seen:
                seen.add(k)
                out.append(r)
        return out

    def context(self, item: Union[_Spanned, Tuple[int, int]], width: int = 60) -> Tuple[str, str, str]:
        """``(before, covered, after)``: the words a span covers with up to ``width`` code points each side."""
        s, e = item.span if isinstance(item, _Spanned) else item
        return self.text[max(0, s - width) : s], self.text[s:e], self.text[e : e + width]

    def __eq__(self, other: object) -> bool:
        if type(other) is not Document:
            return NotImplemented
        return self._d == other._d and self.text == other.text

    def __hash__(self) -> int:
        return hash(("Document", _freeze(self._d), self.text))

    def __reduce__(self):
        return (Document, (self._d, self.text))

    def __repr__(self) -> str:
        d = self._d
        issuer = (d.get("issuer") or {}).get("name")
        return (
            f"Document(doc_type={d.get('doc_type')!r}, code={d.get('code')!r}, date={d.get('date')!r}, "
            f"issuer={issuer!r}, references={len(d.get('references') or ())}, tasks={len(d.get('tasks') or ())}, "
            f"source={(d.get('source') or {}).get('path')!r})"
        )

    def _repr_html_(self) -> str:
        from ._html import document_card

        return document_card(self)
