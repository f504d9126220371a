//! Tasks in a table (bảng phân công nhiệm vụ): "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
//! thành", most often the appendix of a plan ("Phụ lục ... DANH MỤC NHIỆM VỤ"). One task per numbered row.
//!
//! Two layouts are read:
//! - columns of text three spaces or more apart, as `pdftotext -layout` and the DOCX reader write a table: a cell
//!   that wraps goes on on the next lines at the same column ([`crate::body`] keeps such lines apart); a row whose
//!   cells are not at the heading's columns but as many as its cells is read cell by cell;
//! - Markdown pipe tables (`| STT | Nhiệm vụ | ... |`), one row per line.
//!
//! The heading row says which column is which (`data/task_table_columns.tsv`); a heading may wrap too ("Thời gian" /
//! "hoàn thành"). A row whose number is a Roman numeral and that names no unit is a group ("I   Hạ tầng thanh toán"):
//! it is not a task, and its numeral prefixes the section of the rows under it ("Phụ lục.I.1").

use crate::record::Task;
use crate::tables::data_lines;
use crate::tasks::field_deadline;
use crate::units::split_units;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    No,
    Task,
    Lead,
    Support,
    Deadline,
    Other,
}

fn column_words() -> &'static Vec<(Kind, &'static str)> {
    static W: OnceLock<Vec<(Kind, &'static str)>> = OnceLock::new();
    W.get_or_init(|| {
        data_lines(include_str!("../data/task_table_columns.tsv"))
            .filter_map(|l| {
                let (k, w) = l.split_once('\t')?;
                let kind = match k {
                    "no" => Kind::No,
                    "task" => Kind::Task,
                    "lead" => Kind::Lead,
                    "support" => Kind::Support,
                    "deadline" => Kind::Deadline,
                    _ => Kind::Other,
                };
                Some((kind, w.trim()))
            })
            .collect()
    })
}

/// The kind of a heading cell, or None for a cell that is not a heading.
fn heading_kind(cell: &str) -> Option<Kind> {
    let l = cell.trim().trim_matches(|c: char| c == '*' || c == ':').to_lowercase();
    if l.is_empty() || l.chars().count() > 40 {
        return None;
    }
    column_words().iter().find(|(k, w)| if *k == Kind::No { l == *w || l == format!("{w}.") } else { l.contains(w) }).map(|(k, _)| *k)
}

/// A cell of a line: its column (in characters from the line start, or the cell's index in a pipe table), its bytes.
#[derive(Debug, Clone, Copy)]
struct Cell {
    col: usize,
    start: usize,
    end: usize,
}

/// The cells of a line at `offset`: runs of text three spaces or a tab apart, or the cells of a pipe table.
fn cells(line: &str, offset: usize) -> (Vec<Cell>, bool) {
    let t = line.trim_start();
    if t.starts_with('|') {
        // (the pieces after the outer bar, each a column)
        return (pipe_cells(&t[1..], offset + line.len() - t.len() + 1), true);
    }
    // the cells of the header and signature layout ([`crate::layout`]), with their columns in characters
    let mut out = Vec::new();
    let (mut chars_before, mut counted_to) = (0, 0);
    for (start, end) in crate::layout::split_cells(line) {
        chars_before += line[counted_to..start].chars().count();
        counted_to = start;
        out.push(Cell { col: chars_before, start: offset + start, end: offset + end });
    }
    (out, false)
}

/// A row of a pipe table printed without its outer bars ("TT | Nội dung nhiệm vụ | Cơ quan chủ trì | ..."), as a
/// DOCX or web table pasted as text gives it: two inner bars or more.
fn bare_pipe_row(l: &str) -> bool {
    !l.trim_start().starts_with('|') && memchr::memmem::find_iter(l.as_bytes(), b" | ").nth(1).is_some()
}

/// The cells of a pipe row from `line` at `offset` on (after its outer bar, if it has one): every piece between bars is
/// a column, the first before the first bar ("   | tại các điểm ... |  |  |", a row without outer bars that goes on
/// the task cell of the row above, its number cell empty); empty pieces give no cell.
fn pipe_cells(line: &str, offset: usize) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut pos = 0;
    for (k, part) in line.split('|').enumerate() {
        let lead = part.len() - part.trim_start().len();
        let text = part.trim();
        if !text.is_empty() {
            out.push(Cell { col: k, start: offset + pos + lead, end: offset + pos + lead + text.len() });
        }
        pos += part.len() + 1;
    }
    out
}

/// A row number: "1", "12", "1.2", "I", "IV", "a".
fn row_number(s: &str) -> bool {
    let s = s.trim_end_matches('.');
    !s.is_empty()
        && s.len() <= 6
        && (s.chars().all(|c| c.is_ascii_digit() || c == '.') && s.starts_with(|c: char| c.is_ascii_digit()) || roman(s) || (s.len() == 1 && s.chars().all(|c| c.is_ascii_lowercase())))
}

fn roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| "IVXL".contains(c))
}

struct Row {
    no: String,
    /// lines read before the row's number came (a cell centred vertically puts the number on its middle line)
    pending: bool,
    start: usize,
    end: usize,
    fields: Vec<(Kind, String)>,
}

impl Row {
    fn text(&self, kind: Kind) -> String {
        let mut out = String::new();
        for (k, t) in &self.fields {
            if *k == kind {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(t);
            }
        }
        out
    }
}

/// A table of tasks: its byte range (heading to last row) and a task per row that names units.
#[derive(Debug, Clone)]
pub struct TaskTable {
    pub span: [usize; 2],
    pub tasks: Vec<Task>,
}

/// The tasks of the tables of tasks in `text[from..to]`, each with the span of its row.
pub fn extract(text: &str, from: usize, to: usize) -> Vec<Task> {
    tables(text, from, to).into_iter().flat_map(|t| t.tasks).collect()
}

/// The tables of tasks in `text[from..to]`.
pub fn tables(text: &str, from: usize, to: usize) -> Vec<TaskTable> {
    let mut out = columned(text, from, to);
    // tables written one cell per line (text taken from a Gazette PDF without its layout), where no table laid out in
    // columns was found
    for t in stacked(text, from, to) {
        if !out.iter().any(|o| o.span[0] < t.span[1] && t.span[0] < o.span[1]) {
            out.push(t);
        }
    }
    out.sort_by_key(|t| t.span[0]);
    out
}

/// Tables laid out in columns or with pipes.
fn columned(text: &str, from: usize, to: usize) -> Vec<TaskTable> {
    let region = &text[from..to];
    // cheap test first: a table of tasks names its "chủ trì" (or "thực hiện") column, "trì" maybe on a line of its
    // own under "Cơ quan chủ"
    if !region.contains("trì") && !region.contains("TRÌ") && !region.contains("thực hiện") && !region.contains("Thực hiện") {
        return Vec::new();
    }
    // ... on a line laid out in columns (or a pipe row), or on the line after one ("Cơ quan chủ" / "trì"): the lines
    // with a run of three spaces, a tab or a leading pipe are found with one search each, so that a text without a
    // table is not split into lines at all
    let tabular = |l: &str| l.contains("   ") || l.contains('\t') || l.trim_start().starts_with('|') || bare_pipe_row(l);
    let names_lead = |l: &str| l.contains("trì") || l.contains("TRÌ") || l.contains("hực hiện") || l.contains("HỰC HIỆN");
    let b = region.as_bytes();
    let line_bounds = |at: usize| {
        let s = memchr::memrchr(b'\n', &b[..at]).map_or(0, |i| i + 1);
        let e = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |i| at + i);
        (s, e)
    };
    let heading_near = |at: usize| {
        let (s, e) = line_bounds(at);
        let next = (e < b.len()).then(|| line_bounds(e + 1));
        names_lead(&region[s..e]) || next.is_some_and(|(ns, ne)| names_lead(&region[ns..ne]))
    };
    let mut candidate = region.starts_with('|') && heading_near(0);
    for needle in ["   ", "\t", "\n|", " | "] {
        let mut from = 0;
        while !candidate {
            let Some(k) = memchr::memmem::find(&b[from..], needle.as_bytes()) else { break };
            let at = from + k + needle.len() - 1;
            candidate = heading_near(at);
            from = line_bounds(at).1.max(at + 1);
        }
    }
    if !candidate {
        return Vec::new();
    }
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut off = from;
    for l in region.split('\n') {
        lines.push((off, l));
        off += l.len() + 1;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (off, line) = lines[i];
        // a heading row is laid out in columns or is a pipe row, and names its "chủ trì" (or "thực hiện") column on
        // its line or the next ("Cơ quan chủ" / "trì"): most lines are none of these
        if !tabular(line) || !(names_lead(line) || lines.get(i + 1).is_some_and(|(_, l)| names_lead(l)))
        {
            i += 1;
            continue;
        }
        // (a pipe table without its outer bars: every row read so)
        let bare = bare_pipe_row(line);
        let (cs, pipe) = if bare { (pipe_cells(line, off), true) } else { cells(line, off) };
        if cs.len() < 3 {
            i += 1;
            continue;
        }
        // the heading's cells, with the words a wrapped heading adds under them on the next lines ("Cơ quan chủ"
        // / "trì", "Thời gian" / "hoàn thành"): lines whose cells all start in lower case
        let mut heading: Vec<(usize, String)> = cs.iter().map(|c| (c.col, text[c.start..c.end].to_string())).collect();
        let mut j = i + 1;
        if !pipe {
            // (a heading wraps over a few lines at most: the look-ahead is bounded, so that lines that all look like
            // headings cost linear work)
            while j < lines.len() && j <= i + 4 {
                let (o, l) = lines[j];
                let (more, _) = cells(l, o);
                if more.is_empty() || !more.iter().all(|c| text[c.start..c.end].starts_with(char::is_lowercase)) {
                    break;
                }
                for c in &more {
                    let k = heading.iter().rposition(|h| h.0 <= c.col + 2).unwrap_or(0);
                    heading[k].1.push(' ');
                    heading[k].1.push_str(&text[c.start..c.end]);
                }
                j += 1;
            }
        }
        let kinds: Vec<Option<Kind>> = heading.iter().map(|h| heading_kind(&h.1)).collect();
        let has = |k: Kind| kinds.contains(&Some(k));
        if !has(Kind::Lead) || !(has(Kind::Task) || has(Kind::No)) || kinds.iter().filter(|k| k.is_some()).count() < 3 {
            i += 1;
            continue;
        }
        let mut cols: Vec<(usize, Kind)> = heading.iter().zip(&kinds).map(|(h, k)| (h.0, k.unwrap_or(Kind::Other))).collect();
        let section_prefix = appendix_name(text, from, off);
        // the task column, when the heading names none: the widest text column after the number
        if !cols.iter().any(|c| c.1 == Kind::Task) {
            if let Some(k) = cols.iter().position(|c| c.1 == Kind::Other) {
                cols[k].1 = Kind::Task;
            }
        }
        let no_col = cols.iter().position(|c| c.1 == Kind::No);
        // rows
        let mut rows: Vec<Row> = Vec::new();
        let mut blanks = 0;
        while j < lines.len() {
            let (o, l) = lines[j];
            if l.trim().is_empty() {
                blanks += 1;
                if blanks >= 2 {
                    break;
                }
                j += 1;
                continue;
            }
            let rc = if bare { pipe_cells(l, o) } else { cells(l, o).0 };
            let rc = if pipe { rc } else { split_at_columns(text, rc, &cols) };
            if pipe && !(l.trim_start().starts_with('|') || bare && l.contains('|')) {
                break;
            }
            // a pipe table's rule ("|---|---|")
            if pipe && rc.iter().all(|c| text[c.start..c.end].chars().all(|x| "-:= ".contains(x))) {
                j += 1;
                continue;
            }
            // a line outside the table: one cell at no column of the heading, after a blank line or long
            if !pipe && rc.len() == 1 && (blanks > 0 || !cols.iter().any(|c| c.0.abs_diff(rc[0].col) <= 2)) {
                break;
            }
            blanks = 0;
            // cells three spaces apart but not padded to the heading's columns (the DOCX reader's one-line rows):
            // a line with as many cells as the heading, or a short line of a number and a title, is read cell by cell
            let by_index = pipe
                || rc.len() == cols.len()
                || (rc.len() == 2 && row_number(&text[rc[0].start..rc[0].end]) && rc[1].col < cols.get(1).map_or(0, |c| c.0).saturating_sub(2));
            let column_of_cell = |col: usize| if by_index { col.min(cols.len().saturating_sub(1)) } else { column_of(&cols, col) };
            let rc: Vec<Cell> = if by_index && !pipe { rc.iter().enumerate().map(|(k, c)| Cell { col: k, ..*c }).collect() } else { rc };
            let first_no = no_col.and_then(|n| rc.iter().find(|c| column_of_cell(c.col) == n)).map(|c| text[c.start..c.end].to_string());
            let starts_row = match &first_no {
                Some(n) => row_number(n),
                None => no_col.is_none() && rows.last().map_or(true, |r| !r.fields.is_empty()) && rc.first().is_some_and(|c| column_of_cell(c.col) == 0),
            };
            // a line with units or a time under a group's title ("I   Triển khai ...") opens the next row, whose
            // number comes on a later line: the row's cells are centred vertically ("Rà soát ...   Trung tâm Kiểm
            // soát" / "1   lập hồ sơ ...   bệnh tật tỉnh")
            let under_group = !starts_row
                && rows.last().is_some_and(|r| !r.pending && roman(r.no.trim_end_matches('.')))
                && rc.iter().any(|c| {
                    let k = column_of_cell(c.col);
                    Some(k) != no_col && matches!(cols[k].1, Kind::Lead | Kind::Support | Kind::Deadline)
                });
            if starts_row && rows.last().is_some_and(|r| r.pending) {
                let r = rows.last_mut().unwrap();
                r.no = first_no.unwrap_or_default();
                r.pending = false;
            } else if starts_row || rows.is_empty() || under_group {
                rows.push(Row { no: if under_group { String::new() } else { first_no.unwrap_or_default() }, pending: under_group, start: o, end: o + l.len(), fields: Vec::new() });
            }
            let row = rows.last_mut().unwrap();
            row.end = o + l.len();
            for c in &rc {
                let k = column_of_cell(c.col);
                if Some(k) == no_col {
                    continue;
                }
                row.fields.push((cols[k].1, text[c.start..c.end].to_string()));
            }
            j += 1;
        }
        let mut table = TaskTable { span: [off, rows.last().map_or(off + line.len(), |r| r.end)], tasks: Vec::new() };
        let mut group: Option<String> = None;
        for r in &rows {
            let lead = r.text(Kind::Lead);
            if lead.trim().is_empty() {
                // "I   Hạ tầng thanh toán": a group of rows
                if roman(r.no.trim_end_matches('.')) {
                    group = Some(r.no.trim_end_matches('.').to_string());
                }
                continue;
            }
            let lead = split_units(&lead);
            if lead.is_empty() {
                continue;
            }
            // (a cell holds units only: no clause to strip, "các tổ chức tín dụng" is a group)
            let support = split_units(&r.text(Kind::Support));
            let (deadline, deadline_text) = field_deadline(&r.text(Kind::Deadline));
            let no = r.no.trim_end_matches('.');
            let path: Vec<&str> = [section_prefix.as_deref(), group.as_deref(), (!no.is_empty()).then_some(no)].into_iter().flatten().collect();
            table.tasks.push(Task {
                text: r.text(Kind::Task),
                section: (!path.is_empty()).then(|| path.join(".")),
                lead,
                support,
                deadline,
                deadline_text,
                span: [r.start, r.end],
            });
        }
        out.push(table);
        i = j.max(i + 1);
    }
    out
}

/// A line alone that numbers a row of a table written one cell per line: "1.", "12", "01".
fn stacked_row_number(l: &str) -> Option<u32> {
    let t = l.trim().trim_end_matches('.');
    (!t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
}

/// "02 1.2", "... thông vận tải 05 2.3", "... 17 2.15 0814" -> (what stands before, the row number): a two- or
/// three-digit row number, then a code "d.d" (and a four-digit code) ending the line.
fn row_and_code(t: &str) -> Option<(&str, &str)> {
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let mut rest = t.trim_end();
    if let Some((b, w)) = rest.rsplit_once(' ') {
        if w.len() == 4 && digits(w) {
            rest = b;
        }
    }
    let (b, code) = rest.rsplit_once(' ')?;
    let is_code = code.split_once('.').is_some_and(|(x, y)| (1..=2).contains(&x.len()) && (1..=2).contains(&y.len()) && digits(x) && digits(y));
    let no = b.rsplit_once(' ').map_or(b, |(_, n)| n);
    if !is_code || !(2..=3).contains(&no.len()) || !digits(no) {
        return None;
    }
    let at = b.len() - no.len();
    Some((&t[..at], &t[at..b.len()]))
}

/// "... Đào tạo 2": a row number glued to the end of a cell's line (not "Điều 2", "khoản 3", "số 1", "năm 2"; but
/// "... trọng điểm 9": a citation's "điểm" takes a letter, "điểm a").
fn glued_row_number(before: &str, n: &str) -> bool {
    const REF_WORDS: [&str; 14] = ["Điều", "điều", "khoản", "Khoản", "mục", "Mục", "số", "Số", "năm", "tháng", "ngày", "lục", "Chương", "nhóm"];
    let prev = before.rsplit(' ').next().unwrap_or(before);
    // ("Hằng năm" / "7": a time cell in words, whole, then the next row's number; not "năm 7" of a date)
    let whole_time = time_words(before.trim()) && before.trim().split_whitespace().count() <= 2;
    (1..=3).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
        && !before.trim().is_empty()
        && (whole_time || !REF_WORDS.contains(&prev))
        && !prev.ends_with(',')
}

/// A time cell in words, without a date: "Hằng năm", "Thường xuyên", "Định kỳ hằng quý".
fn time_words(l: &str) -> bool {
    const TIMES: [&str; 8] = ["Hằng năm", "Hàng năm", "Hằng quý", "Hàng quý", "Hằng tháng", "Hàng tháng", "Thường xuyên", "Định kỳ"];
    TIMES.iter().any(|w| l.strip_prefix(w).is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.', ';'])))
}

/// Where a range of years glued to the end of a line starts (the space before it): "... Công nghệ 2027 - 2028",
/// "... liên quan 2026-2030" (not "giai đoạn 2026 - 2030", "nhiệm kỳ 2025 - 2030", "từ năm 2026 - 2030").
fn glued_years(t: &str) -> Option<usize> {
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let b = t.as_bytes();
    // the range's shape from the end: four digits, a dash with or without spaces, four digits
    let (head, last) = t.rsplit_once(|c: char| c == '-' || c == '–')?;
    let first = head.trim_end();
    if !year(last.trim_start()) || last.len() - last.trim_start().len() > 1 || head.len() - first.len() > 1 || first.len() < 4 {
        return None;
    }
    let at = first.len() - 4;
    // (four bytes that are not four ASCII digits may end inside a character: no year there)
    if !first.is_char_boundary(at) || !year(&first[at..]) || at == 0 || b[at - 1] != b' ' {
        return None;
    }
    let before = t[..at - 1].trim_end();
    let prev = before.rsplit(' ').next().unwrap_or(before);
    (!before.is_empty() && !["đoạn", "kỳ", "năm", "từ", "Năm", "Giai", "giai"].contains(&prev)).then_some(at - 1)
}

/// Where a time cell glued to the end of a line starts (the space before it): "Các phòng, đơn vị thuộc Sở Tháng 6/2025"
/// (the partners' last line and the last row's time cell, joined by the text's assembly, daklak_kh_88 Phụ lục.IV.10),
/// "... Sở Y tế Quý III/2025". The cell opens with a capital ("Tháng", "Quý") in the middle of the line and runs, a date
/// and nothing else, to its end.
fn glued_time(t: &str) -> Option<usize> {
    // (asked of every line of a table: most end in no digit, and hold no "/")
    if !t.ends_with(|c: char| c.is_ascii_digit()) || memchr::memchr(b'/', t.as_bytes()).is_none() {
        return None;
    }
    let at = [" Tháng ", " Quý "].iter().filter_map(|w| t.rfind(w)).max()?;
    let cell = &t[at + 1..];
    let word_end = cell.find(' ')? + 1;
    // (the rest a month, a range of months or a quarter with its year: digits, Roman numerals, "/", "-", spaces)
    let shape = cell[word_end..].bytes().all(|b| b.is_ascii_digit() || b"IVX/- ".contains(&b)) && cell.contains('/');
    (shape && !t[..at].trim().is_empty() && field_deadline(cell).0.is_some()).then_some(at)
}

/// A line that opens a group of rows or ends the table's rows: "I", "II. Lĩnh vực năng lượng", "Mục tiêu 2: ...".
fn stacked_group(l: &str) -> bool {
    let t = l.trim();
    let first = t.split([' ', '.']).next().unwrap_or("");
    (roman(first) && (t.len() == first.len() || t[first.len()..].starts_with(". ") || t[first.len()..].starts_with(' ')))
        || t.starts_with("Mục tiêu ")
}

/// A line that is not part of a table: page furniture ("CÔNG BÁO/Số 275/Ngày ...", a page number).
fn furniture(l: &str) -> bool {
    let t = l.trim();
    t.starts_with("CÔNG BÁO/") || (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
}

/// A line that ends a table written one cell per line: the next part, article or the cc list (the next appendix is
/// told by the title under it).
fn stacked_end(l: &str) -> bool {
    let t = l.trim();
    // ("Điều 5. Hiệu lực thi hành", not a cell "Điều 20, Điều 21, khoản 4 Điều 25")
    let article = t.strip_prefix("Điều ").is_some_and(|r| {
        let d = r.bytes().take_while(|b| b.is_ascii_digit()).count();
        d > 0 && r[d..].starts_with(". ")
    });
    // ("Ghi chú: ...": the notes under a table)
    t.starts_with("Nơi nhận") || t.starts_with("Ghi chú") || article
        || (t.len() > 3 && t.as_bytes()[1] == b'.' && t.as_bytes()[0].is_ascii_uppercase() && t.as_bytes()[2] == b' ' && !roman(&t[..1]))
}

/// Tables of tasks written one cell per line, as a Gazette PDF's text often is: a heading ("STT" on its line, then the
/// heading cells, wrapped, one piece per line, naming a "chủ trì" column), then rows, each opened by its number on a
/// line of its own ("1.", "01"). Without columns, a row's cells are told apart by what they hold: the units of the
/// "chủ trì" (and "phối hợp") cells are runs of lines that open with a unit's name ("Bộ Tài" / "nguyên và" / "Môi
/// trường"), a run going on over a line that ends with a comma ("Bộ Công" / "Thương, Bộ" / "Xây dựng,"); the text
/// before the first run is the task.
fn stacked(text: &str, from: usize, to: usize) -> Vec<TaskTable> {
    let region = &text[from..to];
    let heading_word = ["STT", "TT", "Số TT"].iter().any(|h| region.starts_with(h)) || region.contains("\nSTT") || region.contains("\nTT") || region.contains("\nSố TT");
    if !heading_word || !(region.contains("trì") || region.contains("TRÌ")) {
        return Vec::new();
    }
    // (the text's assembly may have joined a row number alone on its line to the cell before it: "Bộ Giáo dục và Đào
    // tạo 2", "NGHỊ QUYẾT 1": such a number is a line of its own again)
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut off = from;
    for l in region.split('\n') {
        let t = l.trim_end();
        // "Ủy ban nhân dân tỉnh; STT Mã số ...": the heading repeated on a new page, joined to the cell before it
        let t = match t.find(" STT ") {
            Some(k) if k > 0 => {
                lines.push((off, &t[..k]));
                let r = &t[k + 1..];
                lines.push((off + k + 1, r));
                off += l.len() + 1;
                continue;
            }
            _ => t,
        };
        // "02 1.2", "I. Lĩnh vực năng lượng 03 2.1", "... nông thôn 17 2.15 0814": a row number and the row's code
        // (with a national code) at a line's end, the code's cells not read (TT 10/2023/TT-BKHĐT, Phụ lục I)
        if let Some((before, n)) = row_and_code(t) {
            if !before.trim().is_empty() {
                lines.push((off, before));
            }
            lines.push((off + before.len(), n));
            off += l.len() + 1;
            continue;
        }
        // "Bộ Khoa học và Công nghệ 2027 - 2028": a time cell of years glued to the cell above (the text's assembly
        // joins a line that opens with a digit)
        // ("Bộ Khoa học và Công nghệ; Bộ Công an 2026 - 2028 5": and the next row's number after them)
        let (body, row) = match t.rsplit_once(' ').filter(|(before, n)| glued_row_number(before, n)) {
            Some((before, n)) => (before, Some(n)),
            None => (t, None),
        };
        match glued_years(body).or_else(|| glued_time(body)) {
            Some(at) => {
                lines.push((off, &body[..at]));
                lines.push((off + at + 1, &body[at + 1..]));
            }
            None if row.is_some() => lines.push((off, body)),
            None => lines.push((off, l)),
        }
        if let Some(n) = row {
            lines.push((off + body.len() + 1, n));
        }
        off += l.len() + 1;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let h = lines[i].1.trim();
        // ("STT Mã" / "số" / ...: the first heading cell and a piece of the next on one line, TT 10/2023/TT-BKHĐT)
        let first_cell = h.strip_prefix("STT ").is_some_and(|r| r.chars().count() <= 80 && !r.chars().any(|c| c.is_ascii_digit()));
        if !(h == "STT" || h == "TT" || h == "Số TT" || first_cell) {
            i += 1;
            continue;
        }
        // the heading: the lines up to the first row number or group, at most 24
        let mut j = i + 1;
        let mut heading: Vec<&str> = Vec::new();
        while j < lines.len() && j <= i + 24 {
            let l = lines[j].1.trim();
            if stacked_row_number(l).is_some() || stacked_group(l) {
                break;
            }
            if !l.is_empty() {
                heading.push(l);
            }
            j += 1;
        }
        let joined = heading.join(" ").to_lowercase();
        let Some(lead_at) = joined.find("chủ trì") else {
            i += 1;
            continue;
        };
        let support_col = joined[lead_at..].contains("phối hợp");
        let deadline_col = ["thời gian", "thời hạn", "tiến độ"].iter().any(|w| joined[lead_at..].contains(w));
        let section_prefix = appendix_name(text, from, lines[i].0);
        // rows: (group, number, content lines)
        let mut rows: Vec<(Option<String>, u32, usize, usize, Vec<&str>)> = Vec::new();
        let mut group: Option<String> = None;
        let mut in_group_title = false;
        let mut last_no = 0u32;
        let mut since_row = 0usize;
        while j < lines.len() {
            let (o, raw) = lines[j];
            let l = raw.trim();
            // (an appendix opens with its title in capitals on the next line: "Phụ lục II" / "CẮT GIẢM, ..."; a cell
            // "Phụ lục I" is followed by more cells)
            let next_caps = lines[j + 1..].iter().map(|x| x.1.trim()).find(|x| !x.is_empty()).is_some_and(|x| x.chars().any(char::is_alphabetic) && !x.chars().any(char::is_lowercase));
            let appendix = (l.starts_with("Phụ lục") || l.starts_with("PHỤ LỤC")) && next_caps;
            if appendix || stacked_end(l) || since_row > 60 {
                break;
            }
            // (the next row's number first: "1" alone is also how a page number looks; a number beside the Gazette's
            // page header is the page's)
            let near = |k: usize| lines.get(k).is_some_and(|x| x.1.trim().starts_with("CÔNG BÁO/"));
            let page_no = j > 0 && (near(j - 1) || near(j + 1));
            let row_no = stacked_row_number(l).filter(|&n| (n == last_no + 1 || n == 1) && !page_no);
            if row_no.is_none() && (l.is_empty() || furniture(l) || heading.contains(&l) || l == "STT" || l == "TT" || l == h) {
                j += 1;
                continue;
            }
            if let Some(n) = row_no {
                rows.push((group.clone(), n, o, o + raw.len(), Vec::new()));
                last_no = n;
                in_group_title = false;
                since_row = 0;
            } else if stacked_group(l) {
                let numeral = l.split([' ', '.']).next().unwrap_or("");
                if roman(numeral) {
                    group = Some(numeral.to_string());
                }
                in_group_title = true;
            } else if !in_group_title {
                if let Some(r) = rows.last_mut() {
                    r.3 = o + raw.len();
                    r.4.push(l);
                }
                since_row += 1;
            }
            j += 1;
        }
        let mut table = TaskTable { span: [lines[i].0, rows.last().map_or(lines[i].0, |r| r.3)], tasks: Vec::new() };
        for (group, no, start, end, cells) in &rows {
            // the runs of lines that name units, after the first line (the task's)
            let mut runs: Vec<(usize, usize)> = Vec::new();
            let mut k = 1;
            while k < cells.len() {
                if !crate::units::starts_unit(cells[k]) {
                    k += 1;
                    continue;
                }
                let s = k;
                k += 1;
                while k < cells.len() {
                    let prev = cells[k - 1];
                    let l = cells[k];
                    let joins = prev.ends_with(',') || prev.ends_with(';') || prev.ends_with(" và");
                    let unit_like = !l.chars().any(|c| c.is_ascii_digit())
                        && !["Điều", "Điểm", "Khoản", "Phụ lục", "Mục"].iter().any(|w| l.starts_with(w))
                        // (the time cell after the units: "Các bộ, ngành; các" / "hiệp hội ngành hàng" / "Hằng năm")
                        && !(deadline_col && time_words(l));
                    if (crate::units::starts_unit(l) && !joins) || !unit_like {
                        break;
                    }
                    k += 1;
                }
                runs.push((s, k));
            }
            let Some(&(ls, le)) = runs.first() else { continue };
            let lead = split_units(&cells[ls..le].join(" "));
            if lead.is_empty() {
                continue;
            }
            let support = match runs.get(1) {
                Some(&(ss, se)) if support_col => split_units(&cells[ss..se].join(" ")),
                _ => Vec::new(),
            };
            let (deadline, deadline_text) = if deadline_col {
                // (after the lead's and the partners' cells: a "Sản phẩm" cell may name a unit too, "Thông tư của Bộ
                // trưởng" / "Bộ Khoa học và Công nghệ")
                let after = runs.get(usize::from(support_col)).or(runs.last()).map_or(cells.len(), |r| r.1);
                // (the time cell first: a "Sản phẩm" column may follow it, "Năm 2027" / "Nghị định của Chính phủ"; a
                // time wrapped over two lines, "Trước ngày" / "15/12/2026", is read whole)
                let first = cells.get(after).map(|c| field_deadline(c)).filter(|d| d.0.is_some());
                let two = (after + 1 < cells.len()).then(|| field_deadline(&cells[after..after + 2].join(" "))).filter(|d| d.0.is_some());
                first.or(two).unwrap_or_else(|| field_deadline(&cells[after..].join(" ")))
            } else {
                (None, None)
            };
            let no = no.to_string();
            let path: Vec<&str> = [section_prefix.as_deref(), group.as_deref(), Some(no.as_str())].into_iter().flatten().collect();
            // (a lone "A" / "B" after the task's cells is a column of its own: "Lộ trình thực hiện")
            let text_end = if ls > 1 && cells[ls - 1].len() == 1 && cells[ls - 1].chars().all(|c| c.is_ascii_uppercase()) { ls - 1 } else { ls };
            table.tasks.push(Task {
                text: cells[..text_end].join(" "),
                section: Some(path.join(".")),
                lead,
                support,
                deadline,
                deadline_text,
                span: [*start, *end],
            });
        }
        if !table.tasks.is_empty() {
            out.push(table);
        }
        i = j.max(i + 1);
    }
    out
}

/// Cells that run across a heading column's start, cut there at two spaces: a converter that left only two spaces
/// between columns ("Công an tỉnh; Sở Y tế;  Năm 2025" under "Cơ quan phối hợp" and "Thời gian", "Sở Nông nghiệp và
/// Môi  Công an tỉnh; UBND"). The two spaces must end within two characters of the column's start.
fn split_at_columns(text: &str, cells: Vec<Cell>, cols: &[(usize, Kind)]) -> Vec<Cell> {
    let mut out = Vec::with_capacity(cells.len());
    for c in cells {
        let t = &text[c.start..c.end];
        if !t.contains("  ") {
            out.push(c);
            continue;
        }
        let mut cur = Cell { ..c };
        let mut prev_space = 0;
        for (chars, (i, ch)) in t.char_indices().enumerate() {
            let at_col = c.col + chars;
            if ch == ' ' {
                prev_space += 1;
                continue;
            }
            if prev_space >= 2 && c.start + i > cur.start && cols.iter().any(|h| h.0 > c.col + 2 && h.0.abs_diff(at_col) <= 2) {
                let gap_start = c.start + i - prev_space;
                out.push(Cell { col: cur.col, start: cur.start, end: gap_start });
                cur = Cell { col: at_col, start: c.start + i, end: c.end };
            }
            prev_space = 0;
        }
        out.push(cur);
    }
    out
}

/// The heading column a cell at character column `col` falls under: the last heading cell starting at or before it
/// (two characters of slack: a centred heading starts a little right of its column).
fn column_of(cols: &[(usize, Kind)], col: usize) -> usize {
    cols.iter().rposition(|c| c.0 <= col + 2).unwrap_or(0)
}

/// "Phụ lục", "Phụ lục II": the appendix a table stands in, from the nearest line that opens one before it.
fn appendix_name(text: &str, from: usize, at: usize) -> Option<String> {
    let before = &text[from..at];
    let line = before.lines().rev().take(12).find(|l| {
        let t = l.trim();
        t.starts_with("Phụ lục") || t.starts_with("PHỤ LỤC")
    })?;
    let t = line.trim();
    let rest = t.strip_prefix("Phụ lục").or_else(|| t.strip_prefix("PHỤ LỤC")).unwrap_or("").trim();
    let num: String = rest.split_whitespace().next().filter(|w| roman(w.trim_end_matches(['.', ':'])) || w.chars().all(|c| c.is_ascii_digit())).map(|w| w.trim_end_matches(['.', ':']).to_string()).unwrap_or_default();
    Some(if num.is_empty() { "Phụ lục".to_string() } else { format!("Phụ lục {num}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "Phụ lục\nDANH MỤC NHIỆM VỤ\n\nSTT    Nhiệm vụ                                 Cơ quan chủ trì          Cơ quan phối hợp           Thời gian\n                                                                                                    hoàn thành\n\nI      Hạ tầng thanh toán\n1      Rà soát, nâng cấp hạ tầng thanh toán     Sở Y tế; Sở Giáo dục     Ngân hàng Nhà nước Khu     Quý II/2025\n       điện tử tại các bệnh viện                và Đào tạo               vực 6; các tổ chức tín\n                                                                         dụng\n2      Thu phí, lệ phí không dùng tiền mặt      Văn phòng UBND tỉnh      Sở Tài chính               Trước ngày\n                                                                                                    30/6/2025\n";

    #[test]
    fn a_table_laid_out_in_columns() {
        let ts = extract(TABLE, 0, TABLE.len());
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].text, "Rà soát, nâng cấp hạ tầng thanh toán điện tử tại các bệnh viện");
        assert_eq!(ts[0].lead, ["Sở Y tế", "Sở Giáo dục và Đào tạo"]);
        assert_eq!(ts[0].support, ["Ngân hàng Nhà nước Khu vực 6", "các tổ chức tín dụng"]);
        assert_eq!(ts[0].deadline.as_deref(), Some("2025-06"));
        assert_eq!(ts[0].section.as_deref(), Some("Phụ lục.I.1"));
        assert_eq!(ts[1].lead, ["Văn phòng UBND tỉnh"]);
        assert_eq!(ts[1].deadline.as_deref(), Some("2025-06-30"));
        assert!(TABLE[ts[1].span[0]..ts[1].span[1]].starts_with("2      Thu phí"));
    }

    #[test]
    fn columns_two_spaces_apart() {
        // corpus/docs/yenbai_kh_56.txt (shortened): a converter left two spaces between a cell and the next column
        let t = "STT   Nội dung nhiệm vụ                       Cơ quan chủ trì        Cơ quan phối hợp        Thời gian\n5     Thực hiện liên thông điện tử 02 nhóm      Sở Tư pháp             Công an tỉnh; Sở Y tế;  Năm 2025\n      thủ tục hành chính                                               Sở Nội vụ\n11    Xác thực thông tin người sử dụng đất,     Sở Nông nghiệp và Môi  Công an tỉnh; UBND      Quý IV/2025\n      chủ sở hữu tài sản gắn liền với đất       trường                 các huyện, thị xã,\n                                                                       thành phố\n";
        let ts = extract(t, 0, t.len());
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].support, ["Công an tỉnh", "Sở Y tế", "Sở Nội vụ"]);
        assert_eq!(ts[0].deadline.as_deref(), Some("2025"));
        assert_eq!(ts[1].lead, ["Sở Nông nghiệp và Môi trường"]);
        assert_eq!(ts[1].support, ["Công an tỉnh", "UBND các huyện, thị xã, thành phố"]);
        // two spaces inside a cell, away from any column's start, stay (the words of one cell)
        let cells = split_at_columns("Sở Tư  pháp", vec![Cell { col: 0, start: 0, end: "Sở Tư  pháp".len() }], &[(0, Kind::Lead), (30, Kind::Support)]);
        assert_eq!(cells.len(), 1);
    }

    #[test]
    fn a_row_centred_under_a_group() {
        // corpus/docs/phutho_kh_1876.txt (shortened): row 1's cells start on the line above its number
        let t = "STT    Nội dung nhiệm vụ                            Đơn vị chủ trì            Đơn vị phối hợp           Thời gian\n\nI      Triển khai hồ sơ sức khỏe điện tử\n       Rà soát, chuẩn hóa dữ liệu khám sức khỏe,    Trung tâm Kiểm soát       Công an tỉnh              Trước ngày\n1      lập hồ sơ sức khỏe điện tử                   bệnh tật tỉnh                                       31/10/2025\n2      Triển khai bệnh án điện tử                   Phòng Nghiệp vụ Y                                   Tháng 9 -\n                                                                                                        10/2025\n";
        let ts = extract(t, 0, t.len());
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].text, "Rà soát, chuẩn hóa dữ liệu khám sức khỏe, lập hồ sơ sức khỏe điện tử");
        assert_eq!(ts[0].lead, ["Trung tâm Kiểm soát bệnh tật tỉnh"]);
        assert_eq!(ts[0].section.as_deref(), Some("I.1"));
        assert_eq!(ts[0].deadline.as_deref(), Some("2025-10-31"));
        assert_eq!(ts[1].deadline.as_deref(), Some("2025-10"));
    }

    #[test]
    fn a_pipe_table() {
        let t = "| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n| 1 | Ban hành kế hoạch | Sở Nội vụ | Sở Tư pháp | Tháng 9/2025 |\n| 2 | Kiểm tra | UBND các huyện | | Hằng quý |\n";
        let ts = extract(t, 0, t.len());
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["Sở Nội vụ"]);
        assert_eq!(ts[0].support, ["Sở Tư pháp"]);
        assert_eq!(ts[0].deadline.as_deref(), Some("2025-09"));
        assert_eq!(ts[1].lead, ["UBND các huyện"]);
        assert_eq!(ts[1].deadline_text.as_deref(), Some("Hằng quý"));
    }

    #[test]
    fn cells_not_padded_to_columns() {
        // how the DOCX reader writes a table whose cells hold one line each
        let t = "STT   Nhiệm vụ   Cơ quan chủ trì   Cơ quan phối hợp   Thời gian hoàn thành\nI   Hạ tầng thanh toán\n1   Rà soát, nâng cấp hạ tầng thanh toán điện tử   Sở Y tế; Sở Giáo dục và Đào tạo   Ngân hàng Nhà nước Khu vực 6   Quý II/2025\n2   Thu phí, lệ phí không dùng tiền mặt   Văn phòng UBND tỉnh   Sở Tài chính   Trước ngày 30/6/2025\n";
        let tables = tables(t, 0, t.len());
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].span[0], 0);
        let ts = &tables[0].tasks;
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["Sở Y tế", "Sở Giáo dục và Đào tạo"]);
        assert_eq!(ts[0].section.as_deref(), Some("I.1"));
        assert_eq!(ts[1].support, ["Sở Tài chính"]);
        assert_eq!(ts[1].deadline.as_deref(), Some("2025-06-30"));
    }

    #[test]
    fn a_table_one_cell_per_line() {
        // a Gazette text of NQ 22/2026/NQ-CP, Phụ lục II: the rows' cells one per line, the drafting body last
        let t = "Phụ lục II\nDANH MỤC VĂN BẢN ĐƯỢC ĐỀ XUẤT SỬA ĐỔI, BỔ SUNG\nSTT\nCÁC NGHỊ ĐỊNH CẨN SỬA ĐỔI, BỔ SUNG\nĐIỀU, KHOẢN, ĐIỂM\nCẦN SỬA ĐỔI, BỔ SUNG, BÃI BỎ\nCƠ QUAN CHỦ TRÌ\nSOẠN THẢO\n1.\nNghị định số 151/2024/NĐ-CP ngày 15/11/2024 của Chính phủ\nĐiều 20, Điều 21, Điều 33, khoản 4 Điều 25\nBộ Công an\nCÔNG BÁO/Số 275/Ngày 15-05-2026\n69\n2.\nNghị định số 70/2024/NĐ-CP ngày 25/6/2024 của Chính phủ\nĐiều 13, Điều 20\nBộ Tài\nnguyên và\nMôi trường\n";
        let ts = extract(t, 0, t.len());
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["Bộ Công an"]);
        assert!(ts[0].text.starts_with("Nghị định số 151/2024/NĐ-CP"), "{}", ts[0].text);
        assert_eq!(ts[0].section.as_deref(), Some("Phụ lục II.1"));
        assert_eq!(ts[1].lead, ["Bộ Tài nguyên và Môi trường"]);
        // NQ 23/2026/NQ-CP: groups ("I" / "NGHỊ QUYẾT"), the body in the middle of a row (a merged cell), a row
        // number glued to the cell before it ("NGHỊ ĐỊNH 1", "Bộ Giáo dục và Đào tạo 2"), a cell "Phụ lục I"
        let t = "TT\nCác văn bản cần sửa đổi, bổ sung\nĐiều, khoản, điểm cần sửa đổi\nCơ quan chủ trì soạn thảo\nI\nNGHỊ QUYẾT\n1.\nNghị quyết số 66.16/2026/NQ-CP\nKhoản A.III, mục 1, Phụ lục I.3\nBộ Tư pháp\nKhoản A.VII, mục 1, Phụ lục I.3\nII\nNGHỊ ĐỊNH 1\nNghị định số 142/2025/NĐ-CP\nĐiểm c khoản 2 Điều 3\nPhụ lục I\nBộ Giáo dục và Đào tạo 2\nNghị định số 91/2026/NĐ-CP\nĐiều 9\nBộ Giáo dục và Đào tạo\nPhụ lục II\nCẮT GIẢM THỦ TỤC HÀNH CHÍNH\n1.\nBộ Y tế\n";
        let ts = extract(t, 0, t.len());
        let got: Vec<(Option<&str>, &str)> = ts.iter().map(|t| (t.section.as_deref(), t.lead[0].as_str())).collect();
        assert_eq!(got, [(Some("I.1"), "Bộ Tư pháp"), (Some("II.1"), "Bộ Giáo dục và Đào tạo"), (Some("II.2"), "Bộ Giáo dục và Đào tạo")]);
        // a support column after the lead: the second run of units
        let t = "STT\nNhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nThời gian\nhoàn thành\n1.\nXây dựng cơ sở dữ liệu\nSở Y tế\nSở Tài chính,\nSở Nội vụ\nQuý IV/2025\n";
        let ts = extract(t, 0, t.len());
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["Sở Y tế"]);
        assert_eq!(ts[0].support, ["Sở Tài chính", "Sở Nội vụ"]);
        assert_eq!(ts[0].deadline.as_deref(), Some("2025-12"));
    }

    #[test]
    fn gazette_rows_numbered_with_their_codes() {
        // TT 10/2023/TT-BKHĐT, Phụ lục I as the Gazette's text is assembled: the row number and the indicator's code
        // end the line before the row ("... GDP 01 1.1", "02 1.2", "... nông thôn 17 2.15 0814")
        assert_eq!(row_and_code("02 1.2"), Some(("", "02")));
        assert_eq!(row_and_code("I. Lĩnh vực năng lượng 03 2.1"), Some(("I. Lĩnh vực năng lượng ", "03")));
        assert_eq!(row_and_code("Bộ Nông nghiệp và Phát triển nông thôn 17 2.15 0814"), Some(("Bộ Nông nghiệp và Phát triển nông thôn ", "17")));
        assert_eq!(row_and_code("theo quy định tại khoản 2.1"), None);
        assert_eq!(row_and_code("năm 2024 1.2"), None);
        let t = "Phụ lục I\nDANH MỤC CHỈ TIÊU\nSTT Mã số Mã số chỉ tiêu thống kê quốc gia tương ứng\nMục tiêu, tên chỉ tiêu\nLộ trình thực hiện\nCơ quan chủ trì\nCơ quan phối hợp\n\nMục tiêu 1: Giảm cường độ phát thải khí nhà kính trên GDP 01 1.1\n\nCường độ phát thải khí nhà kính\nA\nBộ Tài nguyên và Môi trường\nBộ Kế hoạch và Đầu tư\n(Tổng cục\nThống kê)\n02 1.2\n\nTổng lượng phát thải khí nhà kính\nA\nBộ Tài nguyên và Môi trường\nBộ Công\nThương, Bộ Xây dựng.\n";
        let ts = extract(t, 0, t.len());
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].text, "Cường độ phát thải khí nhà kính");
        assert_eq!(ts[0].lead, ["Bộ Tài nguyên và Môi trường"]);
        assert_eq!(ts[0].support, ["Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê)"]);
        assert_eq!(ts[1].support, ["Bộ Công Thương", "Bộ Xây dựng"]);
        assert_eq!(ts[1].deadline, None);
    }

    #[test]
    fn a_product_column_after_the_time() {
        // QĐ-TTg appendix, one cell per line: "Sản phẩm" after "Thời gian thực hiện", a product that names a ministry
        let t = "STT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nthực hiện\nSản phẩm\nI\nHoàn thiện thể chế\n1\nXây dựng Thông tư sửa đổi, bổ sung một số\nđiều của Thông tư số 28/2012/TT-BKHCN\nBộ Khoa học và Công\nnghệ\nCác bộ quản lý ngành,\nlĩnh vực\nQuý IV/2027\nThông tư của Bộ trưởng\nBộ Khoa học và Công nghệ\n2\nHướng dẫn cơ chế tài chính\nBộ Tài chính\nBộ Khoa học và Công\nnghệ\nNăm 2027\nThông tư của Bộ trưởng\nBộ Tài chính\n";
        let ts = extract(t, 0, t.len());
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].deadline.as_deref(), Some("2027-12"));
        assert_eq!(ts[1].deadline.as_deref(), Some("2027"));
        assert_eq!(ts[1].lead, ["Bộ Tài chính"]);
    }

    /// A plan's appendix copied from a PDF one cell per line, read through the whole parse (the body's assembly joins
    /// a line that opens with a digit to the line before it).
    const STACKED_DOC: &str = "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 99/QĐ-TTg\n\nHà Nội, ngày 04 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch\n\nĐiều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Văn A\n\nPhụ lục\nDANH MỤC NHIỆM VỤ\nSTT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\nthực hiện\nSản phẩm\nI\nTiêu chuẩn, đo lường\n1\nRà soát, sửa đổi quy chuẩn kỹ\nthuật quốc gia\nCác bộ quản lý ngành,\nlĩnh vực\nBộ Khoa học và Công\nnghệ\n2027 - 2028\nQuy chuẩn kỹ thuật quốc\ngia\n2\nXây dựng mới tiêu chuẩn quốc gia\nBộ Khoa học và Công\nnghệ\nCác bộ, ngành; các\nhiệp hội ngành hàng\nHằng năm\nTiêu chuẩn quốc gia\n3\nXây dựng mạng lưới phòng thử nghiệm trọng\nđiểm\nBộ Khoa học và Công\nnghệ\nBộ Y tế\nQuý IV/2029\nMạng lưới phòng thử\nnghiệm trọng điểm\n4\nĐàm phán thỏa thuận thừa nhận lẫn nhau\nBộ Khoa học và Công\nnghệ\nBộ Ngoại giao\nThường xuyên\nThỏa thuận được ký kết\n";

    #[test]
    fn a_table_one_cell_per_line_through_the_parse() {
        let p = crate::parse(STACKED_DOC);
        let rows: Vec<_> = p.record.tasks.iter().filter(|t| t.section.as_deref().is_some_and(|s| s.starts_with("Phụ lục"))).collect();
        let got: Vec<(&str, Vec<&str>, Vec<&str>, Option<&str>)> = rows
            .iter()
            .map(|t| {
                (
                    t.section.as_deref().unwrap(),
                    t.lead.iter().map(String::as_str).collect(),
                    t.support.iter().map(String::as_str).collect(),
                    t.deadline.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                // a range of years glued to the partners' cell: its own cell again, the range's last year
                ("Phụ lục.I.1", vec!["Các bộ quản lý ngành, lĩnh vực"], vec!["Bộ Khoa học và Công nghệ"], Some("2028")),
                // a time in words ends the partners' cell
                ("Phụ lục.I.2", vec!["Bộ Khoa học và Công nghệ"], vec!["Các bộ, ngành", "các hiệp hội ngành hàng"], None),
                ("Phụ lục.I.3", vec!["Bộ Khoa học và Công nghệ"], vec!["Bộ Y tế"], Some("2029-12")),
                // the row's number after "... trọng điểm" (a cell, not a citation's "điểm 4")
                ("Phụ lục.I.4", vec!["Bộ Khoa học và Công nghệ"], vec!["Bộ Ngoại giao"], None),
            ]
        );
    }

    #[test]
    fn a_pipe_table_without_outer_bars_through_the_parse() {
        // lamdong_kh_212 Phụ lục (shortened): rows "1 | ... | ... |", a group row, a row that goes on the task cell above
        // (past the first 40 lines, where bars are a header's web-table cells)
        let body: String = (1..=40).map(|k| format!("{k}. Nội dung thứ {k} của Kế hoạch.\n")).collect();
        let doc = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 212/KH-UBND\n\nKẾ HOẠCH\nTriển khai Đề án\n\nI. MỤC ĐÍCH\nBODY\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Minh Khoa\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\nTT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\nI | Cơ chế, chính sách |  |  |  \n1 | Ban hành Bộ tiêu chí công nhận điểm du lịch | Sở Văn hóa, Thể thao và Du lịch | Sở Tư pháp | Quý III/2025\n2 | Đầu tư, nâng cấp bãi đỗ xe | UBND các huyện, thành phố | Sở Xây dựng; Sở Tài chính | Năm 2026\n   | tại các điểm du lịch được công nhận |  |  |  \n";
        let p = crate::parse(&doc.replace("BODY", &body));
        let rows: Vec<(String, String, Vec<String>, Option<String>, String)> = p
            .record
            .tasks
            .into_iter()
            .filter(|t| t.section.as_deref().is_some_and(|s| s.starts_with("Phụ lục")))
            .map(|t| (t.section.unwrap(), t.lead.join("; "), t.support, t.deadline, t.text))
            .collect();
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!((rows[0].0.as_str(), rows[0].1.as_str(), rows[0].3.as_deref()), ("Phụ lục.I.1", "Sở Văn hóa, Thể thao và Du lịch", Some("2025-09")));
        assert_eq!((rows[1].0.as_str(), rows[1].2.clone(), rows[1].3.as_deref()), ("Phụ lục.I.2", vec!["Sở Xây dựng".to_string(), "Sở Tài chính".to_string()], Some("2026")));
        assert!(rows[1].4.ends_with("tại các điểm du lịch được công nhận"), "{}", rows[1].4);
    }

    #[test]
    fn years_and_the_next_row_s_number_glued_to_the_partners_cell() {
        // ttg_qd_1520 Phụ lục: no product column, so the text's assembly joins "2026 - 2028" and the next row's "2" to the
        // partners' last line ("Bộ Khoa học và Công nghệ 2027 - 2028 2"): three cells again
        let doc = STACKED_DOC
            .replace("\nSản phẩm\n", "\n")
            .replace("2027 - 2028\nQuy chuẩn kỹ thuật quốc\ngia\n", "2027 - 2028\n")
            .replace("\nTiêu chuẩn quốc gia\n", "\n")
            .replace("\nMạng lưới phòng thử\nnghiệm trọng điểm\n", "\n")
            .replace("\nThỏa thuận được ký kết\n", "\n");
        let p = crate::parse(&doc);
        let row1 = p.record.tasks.iter().find(|t| t.section.as_deref() == Some("Phụ lục.I.1")).expect("row 1");
        assert_eq!(row1.support, ["Bộ Khoa học và Công nghệ"]);
        assert_eq!(row1.deadline.as_deref(), Some("2028"));
        assert!(p.record.tasks.iter().any(|t| t.section.as_deref() == Some("Phụ lục.I.2")), "{:?}", p.record.tasks);
    }

    #[test]
    fn glued_years_and_time_words() {
        assert_eq!(glued_years("Bộ Khoa học và Công nghệ 2027 - 2028"), Some("Bộ Khoa học và Công nghệ".len()));
        assert_eq!(glued_years("các bộ liên quan 2026-2030"), Some("các bộ liên quan".len()));
        assert_eq!(glued_years("trong giai đoạn 2026 - 2030"), None);
        assert_eq!(glued_years("nhiệm kỳ 2025 - 2030"), None);
        assert_eq!(glued_years("2027 - 2028"), None);
        assert_eq!(glued_years("Bộ Y tế 12027 - 2028"), None);
        assert_eq!(glued_years("Bộ Y tế 2027 -- 2028"), None);
        assert!(time_words("Hằng năm") && time_words("Thường xuyên.") && time_words("Định kỳ hằng quý"));
        assert!(!time_words("Thường xuyênx") && !time_words("Bộ Y tế"));
        // four bytes before the dash that are not four characters: no range, and no slice inside a character
        assert_eq!(glued_years("ađ€ - 2028"), None);
        assert_eq!(glued_years("Sở Y tế ế€ - 2028"), None);
        // a month or a quarter glued so (daklak_kh_88 Phụ lục.IV.10); not one inside a cell's words
        assert_eq!(glued_time("Các phòng, đơn vị thuộc Sở Tháng 6/2025"), Some("Các phòng, đơn vị thuộc Sở".len()));
        assert_eq!(glued_time("Sở Y tế Quý III/2025"), Some("Sở Y tế".len()));
        assert_eq!(glued_time("Tháng 6/2025"), None);
        assert_eq!(glued_time("Tổng kết Tháng hành động vì môi trường"), None);
        assert_eq!(glued_time("Sở Y tế Tháng 13/2025"), None);
        // "điểm" before a row number: a cell's word ("trọng điểm 9"), not a citation
        assert!(glued_row_number("Xây dựng mạng lưới phòng thử nghiệm trọng điểm", "9"));
        assert!(!glued_row_number("theo quy định tại khoản", "3"));
        // a time cell in words then the next row's number (bacgiang_kh_245's appendix, written); not a date's year
        assert!(glued_row_number("Hằng năm", "7"));
        assert!(!glued_row_number("trong tháng 3 năm", "7"));
    }

    #[test]
    fn text_without_a_heading_row_gives_nothing() {
        let t = "Sở Y tế chủ trì, phối hợp với Sở Tài chính   thực hiện   trong tháng 9.\n1   a   b\n";
        assert!(extract(t, 0, t.len()).is_empty());
    }
}
