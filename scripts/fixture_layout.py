"""How the fixture scripts read the layout of a source document (corpus/docs/*.txt): Markdown emphasis, columns
set with runs of spaces, paragraphs, the end of the header and the Nơi nhận / signature blocks at the end.
Shared by scripts/make_fixtures_docx.py and scripts/make_fixtures_pdf.py (standard library only; imported from
the scripts' own folder, so the scripts run from anywhere). Also: the --doc filter of the fixture scripts.
"""

import re

DATE_RE = re.compile(r",\s*ngày\s+\d")
MOTTO_RE = re.compile(r"^(CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP|ĐẢNG CỘNG SẢN)")
SIGN_RE = re.compile(r"^(TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|T\.M\.)")


def strip_md(s):
    """Markdown emphasis markers out: returns (text, bold)."""
    bold = "**" in s
    return re.sub(r"\*{2,3}", "", s), bold


def cells_of(line):
    """(start column, text) of each cell of a line split at runs of 3+ spaces."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: {1,2}\S+)*", line)]


def is_two_col(line):
    return len(cells_of(line)) > 1 or (line.strip() and len(line) - len(line.lstrip(" ")) >= 3)


def group_lines(lines):
    """Source lines to paragraphs: (text with '\\n' for hard breaks, bold); None for a blank line."""
    out = []
    buf = None
    for raw in lines:
        # a page number centred on a line of its own (a PDF's page break in the source text): a Word document keeps
        # its page numbers in the page footer, not in the text
        if re.fullmatch(r" {20,}[0-9]{1,3} *", raw):
            continue
        if not raw.strip():
            if buf is not None:
                out.append(buf)
                buf = None
            if out and out[-1] is not None:
                out.append(None)
            continue
        hard = raw.endswith("  ")
        text, bold = strip_md(raw.strip())
        buf = (text, bold) if buf is None else (buf[0] + "\n" + text, buf[1] or bold)
        if not hard:
            out.append(buf)
            buf = None
    if buf is not None:
        out.append(buf)
    while out and out[-1] is None:
        out.pop()
    return out


def header_end(lines):
    """Index of the last header line: the place-and-date line, and the V/v block right after it."""
    # (a văn bản hợp nhất prints no place and date in its header, but in the XÁC THỰC block at its end: the motto
    # line ends its header)
    date_i = next((i for i, l in enumerate(lines[:30]) if DATE_RE.search(l)), None)
    if date_i is None:
        date_i = next((i for i, l in enumerate(lines[:30]) if "Độc lập - Tự do - Hạnh phúc" in l), 0)
    end = date_i
    j = date_i + 1
    # ("V/v tăng cường công tác bảo đảm an        Hà Nội, ngày 16 tháng 7 năm 2026" / "toàn người bệnh ...": the V/v
    # block opens on the date's line and goes on under it)
    if lines[date_i].lstrip().startswith("V/v"):
        while j < len(lines) and lines[j].strip():
            end = j
            j += 1
        return end
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j < len(lines) and lines[j].lstrip().startswith("V/v"):
        while j < len(lines) and lines[j].strip():
            end = j
            j += 1
    return end


def footer_blocks(lines, start, blank_after_label=False):
    """The Nơi nhận list and the signature block at the end: (first line index, cc lines, signature lines), or
    None when they are not found side by side. The list is the "Nơi nhận" line and the "-" lines under it; with
    blank_after_label (the PDF script), one blank line right under "Nơi nhận" is part of it too; the DOCX script
    stops there (so for lamdong_cv_2156, whose list starts after a blank line, the DOCX fixture has no footer
    table and the PDF fixtures have the two blocks side by side, as they were made)."""
    n = len(lines)
    nn = next((i for i in range(start, n) if strip_md(lines[i].strip())[0].startswith("Nơi nhận")), None)
    sig = next((i for i in range(start, n) if SIGN_RE.match(strip_md(lines[i].strip())[0])), None)
    if nn is None or sig is None:
        return None
    j = nn + 1
    while j < n and (
        lines[j].strip().startswith("-") or (blank_after_label and not lines[j].strip() and j == nn + 1)
    ):
        j += 1
    cc = (nn, j)
    # signature: authority lines, titles, blank, name; ends at the Nơi nhận block or the end
    stop = nn if nn > sig else n
    last = k = sig
    while k < stop:
        if lines[k].strip():
            last = k
        k += 1
    sg = (sig, last + 1)
    first = min(cc[0], sg[0])
    if any(lines[i].strip() for i in range(max(cc[1], sg[1]), n)):
        return None
    if any(lines[i].strip() for i in range(min(cc[1], sg[1]), max(cc[0], sg[0]))):
        return None
    return first, lines[cc[0] : cc[1]], lines[sg[0] : sg[1]]


def signature_end(sg):
    """Index in the signature block's lines `sg` (from footer_blocks) just after the signer's name: the runs of
    lines up to the first run with a name in it (authority, titles, "(Đã ký)" stand before it). What follows the
    name when the Nơi nhận list is printed before the signer, a footnote rule and its notes (dienbien_ct_14) or a
    report form with its table (cantho_cv_3318), is not part of the signature: a Word document has it after the
    footer's table, not in its right cell. All of `sg` when no run has a name (the signature and the cc list
    interleaved line by line, thanhhoa_cv_4871: one run)."""
    def is_name(line):
        t = strip_md(line.strip())[0]
        return bool(t) and not (SIGN_RE.match(t) or t.startswith(("(", "-")) or t == t.upper())

    i, n = 0, len(sg)
    while i < n:
        while i < n and not sg[i].strip():
            i += 1
        end = i
        while end < n and sg[end].strip():
            end += 1
        if any(is_name(l) for l in sg[i:end]):
            return end
        i = end
    return n


def two_col_footer(lines, start):
    """Index of the first line of a footer set in two columns (the Nơi nhận list beside the signature block, as
    the source lays them out with spaces), or None: the first two-column line from the Nơi nhận line or the first
    signature line on (from `start` when there is neither), so that a title centred with leading spaces in the
    body (hagiang_tb_215's "THÔNG BÁO") does not start the footer."""
    n = len(lines)
    marks = [
        i
        for i in range(start, n)
        if strip_md(lines[i].strip())[0].startswith("Nơi nhận") or SIGN_RE.match(strip_md(lines[i].strip())[0])
    ]
    first = min(marks, default=start)
    return next((i for i in range(first, n) if is_two_col(lines[i])), None)


def add_doc_filter(parser):
    """--doc STEM (repeatable): make the fixtures of these documents only (the new ones), leaving the others'
    files as they are."""
    parser.add_argument("--doc", action="append", metavar="STEM",
                        help="only the document corpus/docs/STEM.txt (repeatable); the other fixtures are kept")


def selected(stems, wanted):
    """The stems to make: all without a filter; an unknown stem is an error."""
    if not wanted:
        return list(stems)
    unknown = sorted(set(wanted) - set(stems))
    if unknown:
        raise SystemExit(f"no such document in corpus/docs: {unknown}")
    return [s for s in stems if s in set(wanted)]


def appendix_start(lines, start):
    """Index of the line that opens an appendix after the footer ("Phụ lục", on a line of its own or with its
    number), or None: what follows is laid out after the signature, tables included."""
    for i in range(start, len(lines)):
        t = strip_md(lines[i].strip())[0]
        if re.match(r"^(Phụ lục|PHỤ LỤC)\b", t) and len(t) < 30:
            return i
    return None


def column_starts(line):
    """Character columns where the cells of a line laid out in columns start (three spaces or more apart)."""
    return [m.start() for m in re.finditer(r"(?:^|(?<=   ))\S", line) if m.start() == 0 or line[m.start() - 3 : m.start()] == "   "]


def table_rows(lines):
    """An aligned-columns table (a heading line of three cells or more, then rows whose wrapped lines continue at
    the same columns) as rows of cell texts: the heading first. A row starts where its first column has text."""
    head = lines[0]
    starts = column_starts(head)
    def split(line):
        # (a word across a column's start, a merged cell's text running on, "Nhóm nhiệm vụ về vùng nguyên liệu, sản
        # xuất": the cut moves to the end of that run of text, the next gap of two spaces or more)
        cuts = []
        for s in starts[1:]:
            c = max(s, cuts[-1] if cuts else 0)
            # (or one space before the column's start: "... thương mại, truyền thông" runs on as well)
            runs_on = c < len(line) and not line[c].isspace() and (
                (c >= 1 and not line[c - 1].isspace()) or (c >= 2 and line[c - 1] == " " and not line[c - 2].isspace())
            )
            if runs_on:
                gap = line.find("  ", c)
                c = len(line) if gap < 0 else gap
            cuts.append(c)
        bounds = [starts[0]] + cuts + [None]
        return [line[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    rows = [split(head)]
    heading = True
    # a row whose cells are centred vertically has its number on a middle line: under a group's title ("I   Triển
    # khai ..."), a line with text in the unit or time columns opens the next row before its number comes
    pending = False
    roman = re.compile(r"^[IVX]+\.?$")
    for line in lines[1:]:
        if not line.strip():
            heading = False
            continue
        cells = split(line)
        if cells[0] and not heading and pending:
            rows[-1] = [cells[0]] + [(a + " " + b).strip() if b else a for a, b in zip(rows[-1][1:], cells[1:])]
            pending = False
        elif cells[0] and not heading:
            rows.append(cells)
        elif not heading and not pending and roman.match(rows[-1][0]) and any(cells[2:]):
            rows.append(cells)
            pending = True
        else:
            # a wrapped line: its words go on the cells of the row above (or of the heading)
            rows[-1] = [(a + " " + b).strip() if b else a for a, b in zip(rows[-1], cells)]
        heading = heading and not cells[0]
    return rows
