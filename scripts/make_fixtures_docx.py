#!/usr/bin/env python3
"""Build the DOCX fixtures of tests/fixtures/docx/ from the repo's own documents, corpus/docs/*.txt.

Needs python-docx (`.venv/bin/pip install python-docx`). Run from anywhere: `.venv/bin/python scripts/make_fixtures_docx.py [--doc STEM ...]`
(--doc: only those documents' fixtures are written, the MANIFEST in full).

Each document becomes a DOCX laid out as Word users lay them out:
- the header block as a two-column table (issuer, số/ký hiệu, V/v on the left; the national motto or the Party's
  line and the place and date on the right): two rows when the source is one column, one row of multi-paragraph
  cells aligned line by line when the source is already two columns;
- the Nơi nhận list and the signature block side by side in a two-column table; what a source prints after the
  signer's name (a footnote rule and its notes, a report form) as paragraphs after that table;
- body paragraphs, one per source line; lines ending in two spaces (Markdown hard breaks) joined with a line break;
- list labels ("I.", "1.", "a)", "-") made Word numbering (w:numPr) wherever the numbering reproduces the printed
  label, through a multi-level list or, in one document, through the "List Number" paragraph style;
- real footnotes (a footnotes part and w:footnoteReference runs) in three documents, with neutral notes;
- Markdown bold as bold runs, all-caps lines of one document stored lowercase with the caps property, one hidden
  run and one tracked deletion (both must not be extracted).

It also writes malformed files for the error tests (not a zip, no document part, an OLE file, truncated, bad CRC,
malformed XML, a decompression bomb, an XML nesting bomb) and MANIFEST.tsv: one row per fixture and footnote
(file, source, expected result, footnote anchor,
footnote text). Output is deterministic (fixed zip timestamps and properties).
"""

import argparse
import datetime
import io
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

from fixture_layout import (DATE_RE, column_starts, MOTTO_RE, add_doc_filter, appendix_start, cells_of, footer_blocks, group_lines,
                            header_end, is_two_col, selected, signature_end, strip_md, table_rows, two_col_footer)

try:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt
except ImportError:
    sys.exit("python-docx is needed: .venv/bin/pip install python-docx")

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "corpus" / "docs"
OUT = ROOT / "tests" / "fixtures" / "docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

# Footnotes added to the fixtures: (source stem, anchor text in the body, note). The notes carry no codes, dates
# or numbers, so that the fields parsed from the DOCX equal those parsed from the source text.
FOOTNOTES = [
    ("binhdinh_kh_318", "Trung tâm Kiểm soát bệnh tật tỉnh", "Đơn vị đầu mối tổng hợp số liệu giám sát hằng tuần."),
    ("binhdinh_kh_318", "đường dây nóng của Sở Y tế", "Đường dây nóng hoạt động cả ngày nghỉ và ngày lễ."),
    ("gialai_kh_45", "Hội trường Tỉnh ủy", "Thời gian cụ thể có giấy mời riêng."),
    ("quangnam_qd_1234", "tổ chức lựa chọn nhà thầu", "Bảo đảm công khai, minh bạch."),
]
# Documents whose all-caps lines are stored lowercase with the caps run property.
CAPS_DOCS = {"phuyen_qd_1876"}
# Documents whose decimal items use the "List Number" style (style numbering) instead of direct numbering.
STYLE_LIST_DOCS = {"daklak_cv_1520"}
# Documents given a hidden run and a tracked deletion.
REVISION_DOCS = {"gialai_kh_45"}
# The document whose fixture the broken files (truncated, bad CRC, ...) are made from: a fixed one, so that adding
# documents that sort before it does not change them.
MALFORMED_FROM = "binhdinh_kh_318"

LABEL_RES = [
    (0, "upperRoman", re.compile(r"^([IVXL]+)\.\s+")),
    (1, "decimal", re.compile(r"^(\d+)\.\s+")),
    (2, "lowerLetter", re.compile(r"^([a-z])\)\s+")),
    (3, "bullet", re.compile(r"^-\s+")),
]


def roman(n):
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    s = ""
    for v, r in vals:
        while n >= v:
            s += r
            n -= v
    return s


def fmt_label(fmt, n):
    if fmt == "upperRoman":
        return roman(n) + "."
    if fmt == "decimal":
        return f"{n}."
    if fmt == "lowerLetter":
        return chr(ord("a") + n - 1) + ")"
    return "-"


class Lists:
    """Word's list counters, simulated so that a paragraph is numbered only where Word prints its label."""

    def __init__(self):
        self.counters = {}

    def would_be(self, num, lvl, fmt):
        c = self.counters.get(num, [None] * 9)
        return fmt_label(fmt, (c[lvl] or 0) + 1)

    def take(self, num, lvl):
        c = self.counters.setdefault(num, [None] * 9)
        c[lvl] = (c[lvl] or 0) + 1
        for i in range(lvl + 1, 9):
            c[i] = None


def add_outline_list(doc):
    """A multi-level list: I. / 1. / a) / - ; returns its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abs_id = max(ids + [0]) + 1
    levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (f, t) in enumerate(levels)
    )
    absnum = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abs_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    return numbering.add_num(abs_id).numId


def set_num(p, num_id, lvl):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = lvl
    numPr.get_or_add_numId().val = num_id


def add_runs(p, text, bold=False, caps=False):
    """Text with Markdown hard breaks ("  \\n") as line breaks."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if caps and part == part.upper() and part != part.lower():
            run = p.add_run(part.lower())
            run.font.all_caps = True
        else:
            run = p.add_run(part)
        run.bold = bold or None
        if i + 1 < len(parts):
            run.add_break()


def aligned_columns(lines):
    """Two-column source lines to (left, right) paragraph lists aligned line by line."""
    left, right = [], []
    for line in lines:
        if not line.strip():
            continue
        lt, rt = "", ""
        for col, text in cells_of(line):
            text, _ = strip_md(text)
            if col < 20:
                lt = text
            else:
                rt = text
        left.append(lt)
        right.append(rt)
    return left, right


def fill_cell(cell, paras, caps=False, center=False):
    """paras: list of (text, bold) or plain strings."""
    first = True
    for item in paras:
        text, bold = item if isinstance(item, tuple) else (item, False)
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p, text, bold=bold, caps=caps)


def build(stem, text):
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    caps = stem in CAPS_DOCS
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    cp = doc.core_properties
    cp.author = "vanban fixtures"
    cp.created = cp.modified = datetime.datetime(2024, 1, 1)
    cp.last_modified_by = "vanban fixtures"
    cp.revision = 1

    # a gazette's section label above the header ("VĂN BẢN QUY PHẠM PHÁP LUẬT" / "BỘ NỘI VỤ", bnv_tt_08) spans the
    # page, as the Công báo prints it: paragraphs above the header's table, with the page header before it
    label = next((i for i, l in enumerate(lines[:8]) if l.strip() in ("VĂN BẢN QUY PHẠM PHÁP LUẬT", "VĂN BẢN HỢP NHẤT", "VĂN BẢN KHÁC")), None)
    if label is not None:
        name = next((i for i in range(label + 1, len(lines)) if lines[i].strip()), label)
        for l in lines[: name + 1]:
            if l.strip():
                add_runs(doc.add_paragraph(), l.strip())
        lines = lines[name + 1 :]
        while lines and not lines[0].strip():
            lines.pop(0)
    he = header_end(lines)
    header = lines[: he + 1]
    two_col = any(is_two_col(l) for l in header)
    table = doc.add_table(rows=1, cols=2)
    if two_col:
        left, right = aligned_columns(header)
        fill_cell(table.cell(0, 0), left, caps=caps, center=True)
        fill_cell(table.cell(0, 1), right, caps=caps, center=True)
    else:
        groups = [g for g in group_lines(header) if g is not None]
        # (a văn bản hợp nhất has no "Số:" line in its header: all of its left side is the issuer's)
        so_i = next((i for i, (t, _) in enumerate(groups) if re.match(r"^Số\b", t)), len(groups))
        left1, right1, left2, right2 = [], [], [], []
        for i, g in enumerate(groups):
            is_right = MOTTO_RE.match(g[0]) or DATE_RE.search(g[0])
            if is_right:
                (right2 if DATE_RE.search(g[0]) else right1).append(g)
            else:
                (left1 if i < so_i else left2).append(g)
        fill_cell(table.cell(0, 0), left1, caps=caps, center=True)
        fill_cell(table.cell(0, 1), right1, caps=caps, center=True)
        row = table.add_row()
        fill_cell(row.cells[0], left2, caps=caps, center=True)
        fill_cell(row.cells[1], right2, caps=caps, center=True)

    # an appendix after the signature (hatinh_kh_215's table of tasks): written after the footer table
    app = appendix_start(lines, he + 1)
    appendix = lines[app:] if app is not None else []
    if app is not None:
        lines = lines[:app]
    # footer: two-column source lines at the end, or the Nơi nhận list beside the signature
    body_end = len(lines)
    footer = None
    # what follows the signer's name when the Nơi nhận list is printed first: paragraphs after the footer's table
    tail = []
    two_col_from = two_col_footer(lines, he + 1)
    if two_col_from is not None:
        body_end = two_col_from
        footer = ("aligned", lines[two_col_from:])
    else:
        fb = footer_blocks(lines, he + 1)
        if fb:
            body_end = fb[0]
            cut = signature_end(fb[2])
            footer = ("blocks", fb[1], fb[2][:cut])
            tail = fb[2][cut:]

    outline = add_outline_list(doc)
    style_list = stem in STYLE_LIST_DOCS
    lists = Lists()
    notes = [(a, n) for s, a, n in FOOTNOTES if s == stem]
    pending_notes = list(notes)
    note_elems = []
    revision_done = False
    for g in group_lines(lines[he + 1 : body_end]):
        p = doc.add_paragraph()
        if g is None:
            continue
        t, bold = g
        label_set = False
        for lvl, fmt, rx in LABEL_RES:
            m = rx.match(t)
            if not m:
                continue
            label = t[: m.end()].strip()
            if style_list and fmt == "decimal":
                # "List Number" is numId 5 of python-docx's template: single level, decimal "%1."
                if lists.would_be("style", 0, "decimal") == label:
                    lists.take("style", 0)
                    p.style = doc.styles["List Number"]
                    t = t[m.end() :]
                    label_set = True
            elif lists.would_be(outline, lvl, fmt) == label:
                lists.take(outline, lvl)
                set_num(p, outline, lvl)
                t = t[m.end() :]
                label_set = True
            break
        if t == t.upper() and t != t.lower() and len(t) < 80 and not label_set:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            bold = True
        # footnote anchors in this paragraph
        pieces = [t]
        for anchor, note in list(pending_notes):
            last = pieces[-1]
            at = last.find(anchor)
            if at >= 0:
                pending_notes.remove((anchor, note))
                pieces[-1:] = [last[: at + len(anchor)], ("NOTE", note), last[at + len(anchor) :]]
        for piece in pieces:
            if isinstance(piece, tuple):
                note_id = len(note_elems) + 1
                note_elems.append(piece[1])
                run = p.add_run()
                run._r.append(parse_xml(f'<w:rPr xmlns:w="{W_NS}"><w:vertAlign w:val="superscript"/></w:rPr>'))
                run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{note_id}"/>'))
            elif piece:
                add_runs(p, piece, bold=bold, caps=caps)
        if stem in REVISION_DOCS and not revision_done and len(t) > 100:
            # a hidden run and a tracked deletion: neither is text of the document
            hidden = p.add_run(" [ghi chú ẩn]")
            hidden.font.hidden = True
            p._p.append(
                parse_xml(
                    f'<w:del xmlns:w="{W_NS}" w:id="901" w:author="vanban" w:date="2024-01-01T00:00:00Z">'
                    f'<w:r><w:delText xml:space="preserve"> nội dung đã xóa</w:delText></w:r></w:del>'
                )
            )
            revision_done = True
    if pending_notes:
        raise SystemExit(f"{stem}: footnote anchors not found: {pending_notes}")

    if footer:
        doc.add_paragraph()
        ft = doc.add_table(rows=1, cols=2)
        if footer[0] == "aligned":
            left, right = aligned_columns(footer[1])
            fill_cell(ft.cell(0, 0), left)
            fill_cell(ft.cell(0, 1), right, center=True)
        else:
            _, cc, sg = footer
            cc_groups = [g for g in group_lines(cc) if g is not None]
            sg_groups = [g if g is not None else ("", False) for g in group_lines(sg)]
            fill_cell(ft.cell(0, 0), cc_groups)
            fill_cell(ft.cell(0, 1), sg_groups, caps=caps, center=True)
    if tail:
        add_tail(doc, tail, caps)

    if appendix:
        add_appendix(doc, appendix)
    if note_elems:
        add_footnotes_part(doc, note_elems)
    return doc, notes


def add_tail(doc, lines, caps):
    """Lines after the signer's name (a footnote rule and its notes, a report form to fill in) as the body's
    paragraphs are written: a blank line an empty paragraph, a short all-caps line centred and bold, a Markdown
    table's rows as they stand (as angiang_cv_2871's body has them); no list numbering."""
    for g in group_lines(lines):
        p = doc.add_paragraph()
        if g is None:
            continue
        t, bold = g
        if t == t.upper() and t != t.lower() and len(t) < 80:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            bold = True
        add_runs(p, t, bold=bold, caps=caps)


def add_appendix(doc, lines):
    """The appendix: its title lines as centred paragraphs, a block laid out in columns as a Word table, a table
    written one cell per line as paragraphs set apart from the title by an empty one."""
    doc.add_paragraph()
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(cells_of(line)) >= 3:
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or "   " in lines[j].strip() or lines[j].startswith("    ")):
                j += 1
            rows = table_rows(lines[i:j])
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = doc.styles["Table Grid"]
            # columns as wide as the source lays them out (a task column wider than a number's), as a real
            # appendix's table is drawn: equal columns would wrap a code such as "13/2025/TT-BYT" inside a word
            starts = column_starts(line)
            longest = max(len(l) for l in lines[i:j])
            chars = [b - a for a, b in zip(starts, starts[1:] + [max(longest, starts[-1] + 12)])]
            # (room for "STT" and for "31/10/2025" on one line)
            chars = [max(c, 8 if k == 0 else 18) for k, c in enumerate(chars)]
            sec = doc.sections[-1]
            usable = sec.page_width - sec.left_margin - sec.right_margin
            t.autofit = False
            for k, col in enumerate(t.columns):
                w = int(usable * chars[k] / sum(chars))
                col.width = w
                for cell in col.cells:
                    cell.width = w
            for r, row in zip(t.rows, rows):
                for c, text in zip(r.cells, row):
                    c.text = text
            i = j
            continue
        if line.strip():
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, line.strip(), bold=line.strip() == line.strip().upper())
        elif next((l.strip() for l in lines[i + 1 :] if l.strip()), None) == "STT":
            # a table the source writes one cell per line stays paragraphs (its rows cannot always be told apart: a
            # heading or a cell wrapped over lines, quangninh_kh_77), but the blank line that sets it apart from the
            # caption above is kept, an empty paragraph, where a Word table would stand apart: without it the caption
            # "(Kèm theo Kế hoạch số ...)" ran on into the table's first cells (bacgiang_kh_245)
            doc.add_paragraph()
        i += 1


def add_footnotes_part(doc, notes):
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {n}</w:t></w:r></w:p></w:footnote>'
        for i, n in enumerate(notes, 1)
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:footnote>{body}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), CT_FOOTNOTES, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def prune_styles(styles_xml, document_xml):
    """The template's styles part is 350 KB of latent and table styles: keep the defaults, the styles the
    document uses and the styles they are based on."""
    from lxml import etree

    root = etree.fromstring(styles_xml)
    used = set(re.findall(rb'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', document_xml))
    used = {u.decode() for u in used} | {"ListNumber"}
    by_id = {st.get(qn("w:styleId")): st for st in root.findall(qn("w:style"))}
    keep = set()
    todo = [i for i in used if i in by_id]
    todo += [i for i, st in by_id.items() if st.get(qn("w:default")) == "1"]
    while todo:
        i = todo.pop()
        if i in keep or i not in by_id:
            continue
        keep.add(i)
        for ref in ("w:basedOn", "w:next", "w:link"):
            el = by_id[i].find(qn(ref))
            if el is not None:
                todo.append(el.get(qn("w:val")))
    for i, st in by_id.items():
        if i not in keep:
            root.remove(st)
    for ls in root.findall(qn("w:latentStyles")):
        root.remove(ls)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def deterministic(data, drop=("docProps/thumbnail.jpeg", "word/stylesWithEffects.xml")):
    """Rewrite a zip with fixed timestamps, without the template's thumbnail and Word 2010 style copy, and with
    the unused styles pruned: the fixtures stay small."""
    src = zipfile.ZipFile(io.BytesIO(data))
    document_xml = src.read("word/document.xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in src.infolist():
            if info.filename in drop:
                continue
            body = src.read(info.filename)
            if info.filename.endswith(".rels") or info.filename == "[Content_Types].xml":
                for d in drop:
                    name = d.rsplit("/", 1)[-1].encode()
                    body = re.sub(rb"<(?:Relationship|Override) [^>]*" + re.escape(name) + rb"[^>]*/>", b"", body)
            if info.filename == "word/styles.xml":
                body = prune_styles(body, document_xml)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def zip_of(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, body in entries:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def malformed(good):
    """Broken files for the error tests: name -> (bytes, expected kind)."""
    ct = (
        b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
    )
    doc_head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'.encode()
    out = {}
    out["bad_not_zip.docx"] = ((SRC / "binhdinh_kh_318.txt").read_bytes(), "not-docx")
    out["bad_no_document.docx"] = (zip_of([("[Content_Types].xml", ct), ("word/styles.xml", b"<w:styles/>")]), "not-docx")
    out["bad_ole.docx"] = (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504), "not-docx")
    out["bad_truncated.docx"] = (good[: len(good) * 6 // 10], "corrupt")
    # flip bytes inside the compressed document part: the inflater or the CRC check fails
    z = zipfile.ZipFile(io.BytesIO(good))
    info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    broken = bytearray(good)
    for k in range(start + 40, start + 60):
        broken[k] ^= 0x5A
    out["bad_deflate.docx"] = (bytes(broken), "corrupt")
    # the document part stored uncompressed with one byte changed: only the CRC check can tell
    entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stored = io.BytesIO()
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_DEFLATED) as zz:
        for name, body in entries:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "word/document.xml" else zipfile.ZIP_DEFLATED
            zz.writestr(zi, body)
    data = bytearray(stored.getvalue())
    at = data.find("Độc lập".encode())
    data[at + len("Độc lập".encode()) + 3] ^= 0x01
    out["bad_crc.docx"] = (bytes(data), "corrupt")
    out["bad_xml.docx"] = (
        zip_of([("[Content_Types].xml", ct), ("word/document.xml", doc_head + b"<w:p><w:r><w:t>So: 1</w:r></w:p>")]),
        "corrupt",
    )
    # 12 MB of spaces in one text run: about 12 KB compressed, over the ratio limit
    bomb = doc_head + b"<w:p><w:r><w:t>" + b" " * (12 * 1024 * 1024) + b"</w:t></w:r></w:p></w:body></w:document>"
    out["bad_bomb.docx"] = (zip_of([("[Content_Types].xml", ct), ("word/document.xml", bomb)]), "limit-exceeded")
    deep = doc_head + b"<w:sdt>" * 5000 + b"</w:sdt>" * 5000 + b"</w:body></w:document>"
    out["bad_deep.docx"] = (zip_of([("[Content_Types].xml", ct), ("word/document.xml", deep)]), "limit-exceeded")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_doc_filter(ap)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    rows = ["# file\tsource\texpect (ok or an error kind)\tfootnote anchor\tfootnote text (one row per footnote)"]
    srcs = sorted(SRC.glob("*.txt"))
    make = set(selected([p.stem for p in srcs], args.doc))
    good = None
    for src in srcs:
        stem = src.stem
        if stem in make:
            doc, notes = build(stem, src.read_text(encoding="utf-8"))
            buf = io.BytesIO()
            doc.save(buf)
            data = deterministic(buf.getvalue())
            (OUT / f"{stem}.docx").write_bytes(data)
            print(f"{stem}.docx  {len(data):6d} bytes  {len(notes)} footnotes")
        else:
            # kept as it is; its MANIFEST rows are written again all the same (a document with no fixture yet must
            # be made first: its row would name a file that is not there)
            notes = [(a, n) for s, a, n in FOOTNOTES if s == stem]
            path = OUT / f"{stem}.docx"
            if not path.exists():
                sys.exit(f"{path} is missing: make it too (--doc {stem})")
            data = path.read_bytes() if stem == MALFORMED_FROM else None
        if stem == MALFORMED_FROM:
            good = data
        rel = f"corpus/docs/{src.name}"
        if notes:
            rows += [f"{stem}.docx\t{rel}\tok\t{a}\t{n}" for a, n in notes]
        else:
            rows.append(f"{stem}.docx\t{rel}\tok\t\t")
    for name, (data, kind) in malformed(good).items():
        if not args.doc:
            (OUT / name).write_bytes(data)
            print(f"{name}  {len(data):6d} bytes  expect {kind}")
        rows.append(f"{name}\t\t{kind}\t\t")
    (OUT / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
