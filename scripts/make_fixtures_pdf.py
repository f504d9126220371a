#!/usr/bin/env python3
"""Build the PDF fixtures of tests/fixtures/pdf/ from the repo's own documents, corpus/docs/*.txt, with two
different producers:

- <doc>.lo.pdf: LibreOffice headless (`libreoffice --headless --convert-to pdf`) from the DOCX fixtures of
  tests/fixtures/docx/ (made by scripts/make_fixtures_docx.py from the same texts: a two-column header table,
  footnotes, list numbering). Debian's packages: `apt-get install -y --no-install-recommends libreoffice-writer
  fonts-dejavu-core`. Its Times New Roman is Liberation Serif, whose 1.x version (fonts-liberation) has no
  precomposed Vietnamese letters: those glyphs come from a fallback font in runs of their own, drawn after the
  rest of the line at their positions, as LibreOffice does on many desktops.
- <doc>.rl.pdf: reportlab (`.venv/bin/pip install reportlab`) drawing the text itself in DejaVu Serif (embedded
  TrueType subsets with ToUnicode maps; fonts-dejavu-core) on A5 pages, so that every document takes two pages
  or more: the two-column header (issuer block left, motto right, their lines at the same heights, a short rule
  under each), the type heading and trích yếu centred, body paragraphs wrapped to the page width and justified
  word by word (no space glyphs between the words of a justified line), footnotes (a superscript mark drawn
  with a text rise after the anchor word, the note at the bottom of the same page under a rule), page numbers
  at the top of pages 2 and after, and the Nơi nhận list beside the signature block at the end.

Run from anywhere: `.venv/bin/python scripts/make_fixtures_pdf.py [--only lo|rl] [--doc STEM ...]` (--doc: only
those documents' files are made; the MANIFEST keeps the rows of the others). Output is deterministic: the
reportlab files are written in invariant mode (fixed dates and ID); in the LibreOffice files, the creation date
and the file ID (the only parts that change from run to run) are overwritten in place with fixed values of the
same length. Also writes tests/fixtures/pdf/MANIFEST.tsv: file, source, producer, pages, footnotes.
"""

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from fixture_layout import (DATE_RE, MOTTO_RE, add_doc_filter, cells_of, footer_blocks, group_lines, header_end,
                            is_two_col, selected, strip_md, two_col_footer)

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "corpus" / "docs"
DOCX = ROOT / "tests" / "fixtures" / "docx"
OUT = ROOT / "tests" / "fixtures" / "pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# Footnotes of the reportlab fixtures: (source stem, anchor text in the body, note). The first four are those of
# the DOCX fixtures (so of the LibreOffice ones too); every document gets at least one. The notes carry no codes,
# dates, numbers or document names, so that the fields parsed from the PDF equal those parsed from the source.
FOOTNOTES = [
    ("binhdinh_kh_318", "Trung tâm Kiểm soát bệnh tật tỉnh", "Đơn vị đầu mối tổng hợp số liệu giám sát hằng tuần."),
    ("binhdinh_kh_318", "đường dây nóng của Sở Y tế", "Đường dây nóng hoạt động cả ngày nghỉ và ngày lễ."),
    ("gialai_kh_45", "Hội trường Tỉnh ủy", "Thời gian cụ thể có giấy mời riêng."),
    ("quangnam_qd_1234", "tổ chức lựa chọn nhà thầu", "Bảo đảm công khai, minh bạch."),
    ("daklak_cv_1520", "chữ ký số trong các cơ quan đảng", "Tính trên tổng số văn bản đi của các cơ quan đảng."),
    ("kiengiang_nq_23", "kinh tế hàng hải", "Gồm cảng biển, vận tải biển và dịch vụ hậu cần."),
    ("lamdong_cv_2156", "tiêm bù vắc xin sởi - rubella", "Theo danh sách do trạm y tế xã, phường cung cấp."),
    ("ninhthuan_cv_3305", "thỏa ước lao động tập thể", "Kể cả thỏa ước được ký kết lại trong năm."),
    ("phuyen_qd_1876", "kèm theo Quyết định này Quy chế quản lý, sử dụng lao động hợp đồng", "Văn bản được đăng trên cổng thông tin điện tử của tỉnh."),
    ("quangtri_kh_142", "cơ sở dữ liệu dùng chung", "Gồm dữ liệu do các hợp tác xã và nông hộ cung cấp."),
    ("thanhhoa_cv_4871", "khoanh vùng", "Phạm vi khoanh vùng do cơ quan thú y xác định."),
    ("bentre_ct_07", "độ mặn 4‰", "Đo tại các trạm quan trắc trên các sông chính."),
    ("hagiang_tb_215", "mô hình homestay", "Ưu tiên hộ gia đình có nhà sàn truyền thống."),
]

LABEL_RE = re.compile(r"^([IVXL]+\.|\d+\.|[a-zđ]\)|-|\+|Điều \d+\.)\s")


# ---------------------------------------------------------------------------------------------------------------
# The source's structure (as scripts/make_fixtures_docx.py reads it, with scripts/fixture_layout.py)


def aligned_columns(lines):
    """Two-column source lines to (left, right) lists of (text, bold), aligned line by line; blank lines kept as
    ("", False) on both sides."""
    left, right = [], []
    for line in lines:
        lt, rt = ("", False), ("", False)
        for col, text in cells_of(line):
            if col < 20:
                lt = strip_md(text)
            else:
                rt = strip_md(text)
        left.append(lt)
        right.append(rt)
    while left and not left[-1][0] and not right[-1][0]:
        left.pop()
        right.pop()
    return left, right


# the title of a regulation attached after the signature ("QUY CHẾ" / "(Ban hành kèm theo Quyết định số ...)"), after a
# blank line: where a two-column footer ends and the attached text goes on in one column (a Phụ lục table after such a
# footer stays in the footer's columns, as the fixtures of hatinh_kh_215, phutho_kh_1876, quangninh_kh_77 were made)
ATTACHED_RE = re.compile(r"^(QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ)\b")


def structure(text):
    """The document as blocks: header rows, body paragraphs, footer rows, and the paragraphs of a text attached
    after a two-column footer (a Quyết định's Quy chế)."""
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    he = header_end(lines)
    header = lines[: he + 1]
    if any(is_two_col(l) for l in header):
        left, right = aligned_columns(header)
        # one source line is one row; rows of two blank sides are dropped
        rows = [([l], [r]) for l, r in zip(left, right) if l[0] or r[0]]
    else:
        groups = [g for g in group_lines(header) if g is not None]
        # (a văn bản hợp nhất has no "Số:" line in its header: all of its left side is the issuer's)
        so_i = next((i for i, (t, _) in enumerate(groups) if re.match(r"^Số\b", t)), len(groups))
        left1, right1, left2, right2 = [], [], [], []
        for i, g in enumerate(groups):
            for part in g[0].split("\n"):
                item = (part, g[1])
                if MOTTO_RE.match(g[0]) or DATE_RE.search(g[0]):
                    (right2 if DATE_RE.search(g[0]) else right1).append(item)
                else:
                    (left1 if i < so_i else left2).append(item)
        rows = [(left1, right1), (left2, right2)]

    body_end = len(lines)
    footer = None
    two_col_from = two_col_footer(lines, he + 1)
    tail = []
    if two_col_from is not None:
        body_end = two_col_from
        footer_end = next(
            (i for i in range(two_col_from + 1, len(lines)) if not lines[i - 1].strip() and ATTACHED_RE.match(lines[i].strip())),
            len(lines),
        )
        left, right = aligned_columns(lines[two_col_from:footer_end])
        footer = ("aligned", left, right)
        tail = group_lines(lines[footer_end:])
    else:
        fb = footer_blocks(lines, he + 1, blank_after_label=True)
        if fb:
            body_end = fb[0]
            _, cc, sg = fb
            # (the signature block ends at its first blank line after the name: what follows, an appendix with its own
            # header and text, "PHỤ LỤC" / "Mẫu số 03" / ..., flows on as paragraphs of its own, not in the right cell)
            first = next((i for i, l in enumerate(sg) if l.strip()), len(sg))
            cut = next((i for i in range(first, len(sg)) if not sg[i].strip()), len(sg))
            if any(l.strip() for l in sg[cut:]):
                tail = group_lines(sg[cut:])
                sg = sg[:cut]
            left = [strip_md(l.strip()) for l in cc if l.strip()]
            right = [strip_md(l.strip()) for l in sg]
            footer = ("blocks", left, right)
    body = group_lines(lines[he + 1 : body_end])
    return rows, body, footer, tail


# ---------------------------------------------------------------------------------------------------------------
# reportlab


class Fonts:
    def __init__(self):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        self.metrics = pdfmetrics
        for name, file in [("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf")]:
            path = FONT_DIR / file
            if not path.exists():
                sys.exit(f"{path} is missing: apt-get install -y --no-install-recommends fonts-dejavu-core")
            pdfmetrics.registerFont(TTFont(name, str(path)))

    def width(self, text, bold, size):
        return self.metrics.stringWidth(text, "Serif-Bold" if bold else "Serif", size)


PAGE_W, PAGE_H = 419.53, 595.28  # A5
LEFT, RIGHT, TOP, BOTTOM = 48.0, 34.0, 42.0, 40.0
TEXT_W = PAGE_W - LEFT - RIGHT
BODY_SIZE = 10.0
LEAD = 1.35
HEAD_SIZE = 8.5
NOTE_SIZE = 7.5
MARK_SIZE = 5.5
MARK_RISE = 3.3
INDENT = 18.0
# Room kept free on each side of a header or signature line that is fitted to its column: the columns stay well
# apart (the extractor tells columns from words by the width of the gap between them).
GUTTER = 10.0
# The header's columns: the issuer block on the left 42 % of the text width, the motto on the rest.
SPLIT = 0.42
# The widest word gap of a justified line, in ems; a line that needs more is set ragged (as word processors keep
# gaps within bounds): the extractor reads a wider gap as a column boundary.
MAX_JUSTIFY_GAP = 0.9


def wrap(fonts, words, bold, size, width, first_width=None):
    """Greedy line breaking of words [(text, mark or None)] (a mark is drawn small after its word): the words of
    each line; the first line may be narrower (first_width, for an indent)."""
    space = fonts.width(" ", bold, size)
    lines, cur, cur_w = [], [], 0.0
    for w in words:
        ww = fonts.width(w[0], bold, size) + (fonts.width(w[1], False, MARK_SIZE) if w[1] else 0.0)
        limit = first_width if (first_width is not None and not lines) else width
        if cur and cur_w + space + ww > limit:
            lines.append(cur)
            cur, cur_w = [], 0.0
        cur_w = ww if not cur else cur_w + space + ww
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def glue_dashes(words):
    """A dash standing alone ("2019 - 2023") stays at the end of the line with the word before it: a line does not
    start with a dash that would read as a list item."""
    out = []
    for w in words:
        if w in ("-", "–") and out:
            out[-1] = out[-1] + " " + w
        else:
            out.append(w)
    return out


class Item:
    """A vertical piece of the page: a line of body text, a header or footer row, a gap."""

    def __init__(self, height, draw=None, notes=()):
        self.height = height
        self.draw = draw  # draw(canvas, y_top); None for a gap, which is dropped at the top of a page
        self.notes = list(notes)  # footnotes (number, text) whose marks this item draws


class RlDoc:
    def __init__(self, stem, fonts):
        self.stem = stem
        self.fonts = fonts
        self.items = []
        self.notes = [(a, n) for s, a, n in FOOTNOTES if s == stem]
        self.pending = list(self.notes)
        self.note_no = 0

    # -- drawing helpers -----------------------------------------------------------------------------------------

    def text_at(self, c, x, y, text, bold, size):
        c.setFont("Serif-Bold" if bold else "Serif", size)
        c.drawString(x, y, text)

    def centred(self, c, cx, y, text, bold, size):
        self.text_at(c, cx - self.fonts.width(text, bold, size) / 2, y, text, bold, size)

    def word_with_mark(self, c, x, y, word, mark, bold, size):
        """A word, then its footnote mark raised (a text rise, Ts) and smaller; returns the x after it."""
        t = c.beginText(x, y)
        t.setFont("Serif-Bold" if bold else "Serif", size)
        t.textOut(word)
        if mark:
            t.setFont("Serif", MARK_SIZE)
            t.setRise(MARK_RISE)
            t.textOut(mark)
            t.setRise(0)
        c.drawText(t)
        return x + self.fonts.width(word, bold, size) + (self.fonts.width(mark, False, MARK_SIZE) if mark else 0.0)

    def fit(self, text, bold, size, width):
        """The size at which a single line fits its column (never under 7 pt)."""
        while size > 7.0 and self.fonts.width(text, bold, size) > width:
            size -= 0.25
        return size

    # -- words and footnote marks ------------------------------------------------------------------------------

    def words_of(self, text):
        """Words of a paragraph, each (text, mark, tail): a footnote mark (number, note) goes right after the last
        letter of its anchor; the tail is what follows the mark in the same word (punctuation)."""
        found = sorted((text.find(a), a, n) for a, n in self.pending if text.find(a) >= 0)
        marks = {}
        for at, anchor, note in found:
            self.pending.remove((anchor, note))
            self.note_no += 1
            marks[at + len(anchor)] = (str(self.note_no), note)
        words = []
        for m in re.finditer(r"\S+", text):
            w, mark, tail = m.group(0), None, ""
            for end, note in marks.items():
                if m.start() < end <= m.end():
                    cut = end - m.start()
                    w, tail, mark = w[:cut], w[cut:], note
            if w in ("-", "–") and words and not mark:
                # see glue_dashes
                pw, pm, pt = words[-1]
                words[-1] = (pw, pm, pt + " " + w) if (pm or pt) else (pw + " " + w, pm, pt)
                continue
            words.append((w, mark, tail))
        return words

    # -- blocks --------------------------------------------------------------------------------------------------

    def paragraph(self, text, bold=False, size=BODY_SIZE, align="justify", indent=INDENT, space_after=5.0):
        fonts = self.fonts
        for part_i, part in enumerate(text.split("\n")):
            words = self.words_of(part)
            widths = [(w + tail, m[0] if m else None) for w, m, tail in words]
            first_indent = indent if (align == "justify" and part_i == 0) else 0.0
            lines = wrap(fonts, widths, bold, size, TEXT_W, TEXT_W - first_indent)
            k = 0
            for li, line in enumerate(lines):
                segs = words[k : k + len(line)]
                k += len(line)
                last = li == len(lines) - 1
                x0 = LEFT + (first_indent if li == 0 else 0.0)
                width = TEXT_W - (first_indent if li == 0 else 0.0)
                notes = [m for _, m, _ in segs if m]
                self.items.append(
                    Item(size * LEAD, self._line_drawer(segs, bold, size, align, x0, width, last), notes=notes)
                )
        self.items.append(Item(space_after))

    def _line_drawer(self, segs, bold, size, align, x0, width, last):
        fonts = self.fonts

        def seg_width(s):
            w, m, tail = s
            return fonts.width(w, bold, size) + (fonts.width(m[0], False, MARK_SIZE) if m else 0) + (
                fonts.width(tail, bold, size) if tail else 0
            )

        total = sum(seg_width(s) for s in segs)
        space = fonts.width(" ", bold, size)
        gaps = len(segs) - 1
        justify = align == "justify" and not last and gaps > 0
        gap = space
        if justify:
            gap = (width - total) / gaps
            if gap > MAX_JUSTIFY_GAP * size:
                justify, gap = False, space
        plain = not any(m for _, m, _ in segs) and not justify

        def draw(c, y):
            base = y - size
            if plain:
                line = " ".join(w + t for w, _, t in segs)
                if align == "center":
                    self.centred(c, LEFT + TEXT_W / 2, base, line, bold, size)
                else:
                    self.text_at(c, x0, base, line, bold, size)
                return
            x = x0
            if align == "center":
                x = LEFT + (TEXT_W - (total + gaps * space)) / 2
            for w, m, tail in segs:
                x = self.word_with_mark(c, x, base, w, m[0] if m else None, bold, size)
                if tail:
                    self.text_at(c, x, base, tail, bold, size)
                    x += fonts.width(tail, bold, size)
                x += gap

        return draw

    def header(self, rows):
        """Rows of (left lines, right lines), each line (text, bold); the lines of a row at the same heights. Caps
        lines and the right column's lines are fitted to their column, other lines (V/v) wrapped in it; a short rule
        under the issuer and under the motto's last line."""
        fonts = self.fonts
        lw = TEXT_W * SPLIT
        rw = TEXT_W - lw
        lcx, rcx = LEFT + lw / 2, LEFT + lw + rw / 2
        size = HEAD_SIZE
        lead = size * 1.3

        def side_lines(items, width, right):
            out = []
            for text, bold in items:
                if not text:
                    out.append(("", False, size))
                    continue
                caps = text == text.upper() and text != text.lower()
                bold = bold or caps or bool(MOTTO_RE.match(text))
                # (a caps line too long for its column even at the smallest size, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
                # wraps in it as a word processor's cell does: drawn past the column it would run into the motto)
                too_long = caps and not right and fonts.width(text, bold, 7.0) > width - 2 * GUTTER
                if (caps or right or fonts.width(text, bold, size) <= width - 2 * GUTTER) and not too_long:
                    out.append((text, bold, self.fit(text, bold, size, width - 2 * GUTTER)))
                else:
                    for line in wrap(fonts, [(w, None) for w in glue_dashes(text.split())], bold, size,
                                     width - 2 * GUTTER):
                        out.append((" ".join(w for w, _ in line), bold, size))
            return out

        all_left = [t for left, _ in rows for t, _ in left]
        so = next((i for i, t in enumerate(all_left) if re.match(r"^Số\b", t)), len(all_left))
        issuer_last = max((i for i, t in enumerate(all_left[:so]) if t and t.strip("* ")), default=None)
        if issuer_last is not None and issuer_last + 1 < so and all_left[issuer_last + 1].strip() == "*":
            issuer_last = None  # the Party's star stands under the issuer instead of a rule
        seen_left = 0
        for ri, (left, right) in enumerate(rows):
            ls, rs = side_lines(left, lw, False), side_lines(right, rw, True)
            n = max(len(ls), len(rs))
            rule_left = None
            if issuer_last is not None and seen_left <= issuer_last < seen_left + len(left):
                # the wrapped line index of that source line
                rule_left = issuer_last - seen_left
            seen_left += len(left)

            def draw(c, y, ls=ls, rs=rs, rule_left=rule_left):
                for side, cx in ((ls, lcx), (rs, rcx)):
                    for i, (text, bold, sz) in enumerate(side):
                        if text:
                            self.centred(c, cx, y - size - i * lead, text, bold, sz)
                rules = []
                if rule_left is not None:
                    rules.append((lcx, rule_left, 25))
                for i, (text, _, _) in enumerate(rs):
                    if re.match(r"^(Độc lập|ĐỘC LẬP|ĐẢNG CỘNG SẢN)", text):
                        rules.append((rcx, i, 50))
                for cx, i, half in rules:
                    yy = y - size - i * lead - 3.0
                    c.setLineWidth(0.5)
                    c.line(cx - half, yy, cx + half, yy)

            self.items.append(Item(n * lead + (8.0 if ri < len(rows) - 1 else 14.0), draw))

    def footer(self, footer):
        """The Nơi nhận list (left, small) beside the signature block (right, bold, centred). Aligned: the source's
        rows kept (a wrapped list item pushes the rows under it down); blocks: the two columns top-aligned, with
        room for the signature where the source has a blank line."""
        mode, left, right = footer
        fonts = self.fonts
        lw = TEXT_W * 0.52
        rw = TEXT_W - lw
        rcx = LEFT + lw + rw / 2
        cc_size, sig_size = 7.5, 9.0
        lead = 11.0

        def cc_lines(text):
            nn = text.startswith("Nơi nhận")
            lines = wrap(fonts, [(w, None) for w in glue_dashes(text.split())], nn, cc_size, lw - GUTTER)
            return [(" ".join(w for w, _ in line), nn) for line in lines]

        rows = []  # (left text, bold, right text)
        if mode == "aligned":
            for (lt, _), (rt, _) in zip(left, right):
                parts = cc_lines(lt) if lt else [("", False)]
                rows.append((parts[0][0], parts[0][1], rt))
                rows += [(t, b, "") for t, b in parts[1:]]
        else:
            ls = [p for t, _ in left if t for p in cc_lines(t)]
            rs = []
            for text, _ in right:
                rs += [""] * 3 if not text else [text]
            while rs and not rs[-1]:
                rs.pop()
            n = max(len(ls), len(rs))
            ls += [("", False)] * (n - len(ls))
            rs += [""] * (n - len(rs))
            rows = [(l[0], l[1], r) for l, r in zip(ls, rs)]

        def draw(c, y):
            for i, (lt, lb, rt) in enumerate(rows):
                base = y - sig_size - i * lead
                if lt:
                    self.text_at(c, LEFT, base, lt, lb, cc_size)
                if rt:
                    self.centred(c, rcx, base, rt, True, self.fit(rt, True, sig_size, rw - 2 * GUTTER))

        self.items.append(Item(12.0))
        self.items.append(Item(len(rows) * lead + 4, draw))

    def body(self, paragraphs):
        first_block = True
        in_heading = False
        for g in paragraphs:
            if g is None:
                in_heading = False
                first_block = False
                continue
            text, bold = g
            caps = text == text.upper() and text != text.lower()
            if first_block and (caps or in_heading) and not text.startswith(("Kính gửi", "V/v")):
                # the type heading and the trích yếu under it
                self.paragraph(text, bold=True, size=BODY_SIZE + (1.0 if caps else 0.0), align="center", indent=0,
                               space_after=1.0)
                in_heading = True
                continue
            first_block = False
            if caps and len(text) < 80 and not LABEL_RE.match(text):
                self.paragraph(text, bold=True, align="center", indent=0)
            elif caps and len(text) < 80:
                self.paragraph(text, bold=True, align="left", indent=INDENT)
            else:
                self.paragraph(text, bold=bold)
        if self.pending:
            raise SystemExit(f"{self.stem}: footnote anchors not found: {self.pending}")

    # -- pages ---------------------------------------------------------------------------------------------------

    def notes_height(self, notes):
        if not notes:
            return 0.0
        h = 8.0
        for _, note in notes:
            lines = wrap(self.fonts, [(w, None) for w in note.split()], False, NOTE_SIZE, TEXT_W - 10)
            h += len(lines) * NOTE_SIZE * 1.25 + 1.0
        return h

    def render(self, path):
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
        c.setAuthor("vanban fixtures")
        c.setTitle(self.stem)
        c.setSubject(f"corpus/docs/{self.stem}.txt")
        c.setCreator("scripts/make_fixtures_pdf.py")
        pages = 1
        y = PAGE_H - TOP
        page_notes = []

        def finish_page():
            if page_notes:
                yb = BOTTOM + self.notes_height(page_notes) - 4.0
                c.setLineWidth(0.4)
                c.line(LEFT, yb, LEFT + TEXT_W / 3, yb)
                yy = yb - 3.0
                for no, note in page_notes:
                    lines = wrap(self.fonts, [(w, None) for w in note.split()], False, NOTE_SIZE, TEXT_W - 10)
                    for i, line in enumerate(lines):
                        base = yy - NOTE_SIZE
                        if i == 0:
                            t = c.beginText(LEFT, base)
                            t.setFont("Serif", MARK_SIZE)
                            t.setRise(MARK_RISE * NOTE_SIZE / BODY_SIZE)
                            t.textOut(no)
                            t.setRise(0)
                            c.drawText(t)
                        self.text_at(c, LEFT + 6, base, " ".join(w for w, _ in line), False, NOTE_SIZE)
                        yy -= NOTE_SIZE * 1.25
                    yy -= 1.0

        items = self.items
        i = 0
        while i < len(items):
            it = items[i]
            new_notes = it.notes
            need = it.height + self.notes_height(page_notes + new_notes)
            at_top = y >= PAGE_H - TOP - 1e-6
            if y - need < BOTTOM and not at_top:
                finish_page()
                c.showPage()
                pages += 1
                page_notes = []
                y = PAGE_H - TOP
                # the page number, centred in the top margin from the second page on
                self.centred(c, LEFT + TEXT_W / 2, PAGE_H - TOP + 14, str(pages), False, 9.0)
                if it.draw is None:  # no gap at the top of a page
                    i += 1
                    continue
            if it.draw:
                it.draw(c, y)
            page_notes += new_notes
            y -= it.height
            i += 1
        finish_page()
        c.showPage()
        c.save()
        return pages


def make_rl(stem, text, fonts):
    rows, body, footer, tail = structure(text)
    doc = RlDoc(stem, fonts)
    doc.header(rows)
    doc.body(body)
    if footer:
        doc.footer(footer)
    if tail:
        doc.body(tail)
    path = OUT / f"{stem}.rl.pdf"
    pages = doc.render(path)
    if pages < 2:
        raise SystemExit(f"{path.name}: {pages} page; the fixtures must take two pages or more")
    return path, pages, len(doc.notes)


# ---------------------------------------------------------------------------------------------------------------
# LibreOffice


def libreoffice():
    for name in ("libreoffice", "soffice"):
        p = shutil.which(name)
        if p:
            return p
    return None


def fix_lo_pdf(data):
    """Fixed values for what changes from run to run: /CreationDate (and /ModDate) in the document information
    and the file /ID, overwritten in place with strings of the same length so the cross-reference offsets hold."""

    def date(m):
        s = m.group(2)
        fixed = "20240101000000"
        body = re.sub(rb"\d{14}", fixed.encode(), s, count=1)
        return m.group(1) + body

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)", date, data)
    spans = []
    for m in re.finditer(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", data):
        spans += [m.span(1), m.span(2)]
    # LibreOffice's trailer also has a /DocChecksum of the run
    spans += [m.span(1) for m in re.finditer(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", data)]
    blank = bytearray(data)
    for a, b in spans:
        blank[a:b] = b"0" * (b - a)
    digest = hashlib.md5(bytes(blank)).hexdigest().upper().encode()
    for a, b in spans:
        blank[a:b] = (digest * 4)[: b - a]
    return bytes(blank)


def final_view(docx, tmp):
    """A copy of a DOCX fixture set to show the final text (w:revisionView without markup, as Word's "No Markup"):
    one fixture has a tracked deletion, which LibreOffice would otherwise print struck through. The document's
    content is not changed."""
    out = tmp / docx.name
    with zipfile.ZipFile(docx) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            body = z.read(info.filename)
            if info.filename == "word/settings.xml" and b"<w:revisionView" not in body:
                body = re.sub(rb"(<w:settings\b[^>]*>)", rb'\1<w:revisionView w:markup="false" w:insDel="false"/>', body,
                              count=1)
            w.writestr(info, body)
    return out


def pdf_pages(data):
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def make_lo(stems):
    lo = libreoffice()
    if not lo:
        print("LibreOffice is not installed: the .lo.pdf fixtures are not made "
              "(apt-get install -y --no-install-recommends libreoffice-writer fonts-dejavu-core)")
        return []
    made = []
    with tempfile.TemporaryDirectory(prefix="vanban-lo-") as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        missing = [s for s in stems if not (DOCX / f"{s}.docx").exists()]
        if missing:
            sys.exit(f"DOCX fixtures missing (run scripts/make_fixtures_docx.py): {missing}")
        srcs = [final_view(DOCX / f"{s}.docx", Path(tmp)) for s in stems]
        env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8", SAL_USE_VCLPLUGIN="svp")
        cmd = [lo, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf",
               "--outdir", str(outdir)] + [str(p) for p in srcs]
        r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
        for s in stems:
            got = outdir / f"{s}.pdf"
            if not got.exists():
                sys.exit(f"LibreOffice did not convert {s}.docx:\n{r.stdout}\n{r.stderr}")
            data = fix_lo_pdf(got.read_bytes())
            path = OUT / f"{s}.lo.pdf"
            path.write_bytes(data)
            notes = sum(1 for st, _, _ in FOOTNOTES[:4] if st == s)
            made.append((path, pdf_pages(data), notes))
    return made


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=["lo", "rl"], help="one producer only")
    add_doc_filter(ap)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    stems = selected([p.stem for p in sorted(SRC.glob("*.txt"))], args.doc)
    made = []
    if args.only in (None, "rl"):
        try:
            fonts = Fonts()
        except ImportError:
            sys.exit("reportlab is needed: .venv/bin/pip install reportlab")
        for s in stems:
            made.append(("reportlab", *make_rl(s, (SRC / f"{s}.txt").read_text(encoding="utf-8"), fonts)))
    if args.only in (None, "lo"):
        made += [("libreoffice", *m) for m in make_lo(stems)]
    manifest = OUT / "MANIFEST.tsv"
    rows = {}
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines()[1:]:
            rows[line.split("\t")[0]] = line
    for producer, path, pages, notes in made:
        stem = path.name.split(".")[0]
        rows[path.name] = f"{path.name}\tcorpus/docs/{stem}.txt\t{producer}\t{pages}\t{notes}"
        print(f"{path.name:28s} {producer:11s} {pages} pages  {notes} footnotes  {path.stat().st_size:6d} bytes")
    head = "# file\tsource\tproducer\tpages\tfootnotes"
    manifest.write_text("\n".join([head] + [rows[k] for k in sorted(rows)]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
