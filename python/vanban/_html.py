"""Document._repr_html_: a compact card for Jupyter. Everything printed is escaped."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from ._records import Document

MAX_REFERENCES = 30
CONTEXT = 45

_CARD = (
    "border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;margin:4px 0;max-width:64em;"
    "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:13px;line-height:1.4"
)
_TH = "text-align:left;padding:2px 6px;border-bottom:1px solid #d0d7de;font-weight:600"
_TD = "text-align:left;padding:2px 6px;vertical-align:top;border-bottom:1px solid #eee"
_NOWRAP = ";white-space:nowrap"
_MARK = "background:#fff3b0;padding:0 1px"
_MUTED = "color:#57606a"


def _e(v: Optional[object]) -> str:
    return "" if v is None else escape(str(v))


def _clip_left(s: str) -> str:
    s = " ".join(s.split())
    return ("…" + s[-CONTEXT:]) if len(s) > CONTEXT else s


def _clip_right(s: str) -> str:
    s = " ".join(s.split())
    return (s[:CONTEXT] + "…") if len(s) > CONTEXT else s


def document_card(doc: "Document") -> str:
    issuer = doc.issuer
    signer = doc.signer
    head = " / ".join(_e(x) for x in (issuer.parent, issuer.name) if x)
    title = f"<b>{_e(doc.doc_type) or 'Văn bản'}</b>"
    if doc.code:
        title += f" số <code>{_e(doc.code)}</code>"
    when = ", ".join(_e(x) for x in (doc.place, doc.date) if x)
    if when:
        title += f" <span style='{_MUTED}'>· {when}</span>"
    refs = doc.references
    counts = f"{len(refs)} references · {len(doc.tasks)} tasks · {len(doc.sections)} sections"
    if doc.footnotes:
        counts += f" · {len(doc.footnotes)} footnotes"
    sig = " ".join(_e(x) for x in (signer.authority, signer.title, signer.name) if x)
    parts = [f"<div class='vanban-document' style=\"{_CARD}\">"]
    if head:
        parts.append(f"<div style='{_MUTED};font-size:12px'>{head}</div>")
    parts.append(f"<div style='font-size:15px'>{title}</div>")
    if doc.subject:
        parts.append(f"<div style='font-style:italic;margin:2px 0'>{_e(doc.subject)}</div>")
    line = counts + (f" · ký: {sig}" if sig else "")
    parts.append(f"<div style='{_MUTED};font-size:12px'>{line} · <code>{_e(doc.source.path)}</code></div>")
    if refs:
        cols = ("kind", "code / title", "date", "role", "pinpoint", "in context")
        parts.append("<table style='border-collapse:collapse;margin-top:6px;font-size:12px'><thead><tr>")
        parts.extend(f"<th style='{_TH}'>{c}</th>" for c in cols)
        parts.append("</tr></thead><tbody>")
        for r in refs[:MAX_REFERENCES]:
            before, cited, after = doc.context(r, CONTEXT * 2)
            if not doc.text:  # a Document built from a record alone: show the reference's own text
                cited = r.text or ""
            ctx = (
                f"<span style='{_MUTED}'>{_e(_clip_left(before))}</span> <mark style='{_MARK}'>{_e(cited)}</mark> "
                f"<span style='{_MUTED}'>{_e(_clip_right(after))}</span>"
            )
            cells = ((r.kind, _NOWRAP), (r.code or r.title, _NOWRAP if r.code else ""), (r.date, _NOWRAP),
                     (r.role, _NOWRAP), (r.pinpoint, ""))  # fmt: skip
            parts.append("<tr>" + "".join(f"<td style='{_TD}{extra}'>{_e(c)}</td>" for c, extra in cells))
            parts.append(f"<td style='{_TD}'>{ctx}</td></tr>")
        parts.append("</tbody></table>")
        if len(refs) > MAX_REFERENCES:
            parts.append(f"<div style='{_MUTED};font-size:12px'>… and {len(refs) - MAX_REFERENCES} more references</div>")
    parts.append("</div>")
    return "".join(parts)
