"""The error classes. Every failure on a document raises a subclass of :class:`VanbanError` that says which
document (``source``) and why (``kind``, a stable word, and ``message``, for people)."""

from __future__ import annotations

from typing import Any, Dict, Optional

__all__ = ["VanbanError", "InputError", "PdfError", "DocxError", "ParseError", "StoreError", "error_from_record"]


class VanbanError(Exception):
    """Base of vanban's errors.

    ``kind`` is the error record's kind ("empty", "binary", "encoding", "io", "too-large", "unsupported-format",
    "internal", or a PDF/DOCX kind), ``message`` the reason, ``source`` the document (a path, or "<text>").
    ``to_dict()`` gives the error record, as ``vanban parse`` prints it.
    """

    def __init__(self, kind: str, message: str, source: str = "", record: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(f"{source}: {kind}: {message}" if source else f"{kind}: {message}")
        self.kind = kind
        self.message = message
        self.source = source
        self._record = record

    @property
    def document(self) -> str:
        """The document that failed (same as ``source``)."""
        return self.source

    def to_dict(self) -> Dict[str, Any]:
        """The error record: ``{"schema", "source": {...}, "error": {"kind", "message"}}``."""
        if self._record is not None:
            return _copy(self._record)
        return {
            "schema": "vanban/1",
            "source": {"path": self.source, "sha256": "", "format": ""},
            "error": {"kind": self.kind, "message": self.message},
        }

    def __reduce__(self):
        return (type(self), (self.kind, self.message, self.source, self._record))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, VanbanError) or type(self) is not type(other):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = Exception.__hash__

    def __repr__(self) -> str:
        return f"{type(self).__name__}(kind={self.kind!r}, message={self.message!r}, source={self.source!r})"


class InputError(VanbanError):
    """The input is not a readable document: missing, empty, binary, not UTF-8, too large, a format not read."""


class PdfError(InputError):
    """A PDF that could not be read (encrypted, no text layer, broken cross-reference table, unknown font...)."""


class DocxError(InputError):
    """A Word file that could not be read: not-docx (not a zip, no document part, an old .doc), corrupt (broken zip
    or XML), limit-exceeded (a zip bomb, nesting too deep)."""


class ParseError(VanbanError):
    """The parser failed on this document: a bug in vanban. Please report it with the document."""


class StoreError(VanbanError):
    """An archive store (``vanban.index``, ``vanban.open``) that cannot be used: ``kind`` is "not-a-store" (not
    SQLite, or SQLite without vanban's tables), "schema-version" (written by a newer vanban) or "store" (SQLite
    failed: a locked, read-only or full disk, ...); ``source`` is the store's path."""


# kinds that say nothing about the format: a missing PDF is an InputError like a missing text file
_GENERIC = {"io", "too-large", "unsupported-format"}


def _class_for(kind: str, fmt: str) -> type:
    if kind == "internal":
        return ParseError
    if kind.startswith("pdf") or (fmt == "pdf" and kind not in _GENERIC):
        return PdfError
    if kind.startswith("docx") or kind == "not-docx" or (fmt == "docx" and kind not in _GENERIC):
        return DocxError
    return InputError


def error_from_record(record: Dict[str, Any]) -> VanbanError:
    """The exception for an error record (``{"source": ..., "error": {"kind", "message"}}``)."""
    err = record.get("error") or {}
    src = record.get("source") or {}
    kind = err.get("kind") or "internal"
    cls = _class_for(kind, src.get("format") or "")
    return cls(kind, err.get("message") or "", src.get("path") or "", record)


def _copy(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_copy(x) for x in v]
    return v
