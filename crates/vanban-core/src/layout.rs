//! Lines and cells: the layout the header and footer parsers read.
//!
//! Headers and signature blocks are two columns. Flattened to text they come either interleaved line by line
//! ("UBND TỈNH KON TUM        CỘNG HÒA XÃ HỘI ...") or one column after the other. A line is split into *cells*
//! at runs of three or more spaces (or a tab), so both layouts become one sequence of cells, each with its column.
//! Gazette furniture (page headers "CÔNG BÁO/Số ...", page numbers, e-signature lines, rules of underscores) is
//! marked so that parsers can skip it.

/// One cell of a line.
#[derive(Debug, Clone, Copy)]
pub struct Cell<'a> {
    /// Trimmed text.
    pub text: &'a str,
    /// Byte offset of `text` in the document.
    pub start: usize,
    /// Index of the line in the document.
    pub line: usize,
    /// 0 for the first cell of a line, 1 for the next...
    pub col: usize,
    /// Number of cells on this line.
    pub ncols: usize,
    /// Furniture: page header, page number, e-signature, a rule. Not content.
    pub furniture: bool,
}

impl Cell<'_> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Split the text into cells. Blank lines produce no cell; `blank_before` can be derived from line numbers.
pub fn cells(text: &str) -> Vec<Cell<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut in_signature = false;
    // (the cells that are a number alone on a line, far from its left edge: page numbers, see below)
    let mut centred_numbers: Vec<usize> = Vec::new();
    // where the text has a run of three spaces or a tab, found in one search of the whole text (none is on a line
    // end): most lines have neither, and a search per line cost more than the rest of its reading
    let b = text.as_bytes();
    let mut gaps: Vec<usize> = memchr::memmem::find_iter(b, b"   ").chain(memchr::memchr_iter(b'\t', b)).collect();
    gaps.sort_unstable();
    let mut gaps = gaps.into_iter().peekable();
    for (li, line) in split_lines(text).enumerate() {
        let mut has_gap = false;
        while gaps.next_if(|&g| g < offset + line.len()).is_some() {
            has_gap = true;
        }
        let parts = split_cells_with(line, has_gap);
        let n = parts.len();
        for (ci, (s, e)) in parts.into_iter().enumerate() {
            let t = &line[s..e];
            let furniture = is_furniture(t, &mut in_signature);
            if n == 1 && s >= 20 && (1..=3).contains(&t.len()) && t.bytes().all(|x| x.is_ascii_digit()) {
                centred_numbers.push(out.len());
            }
            out.push(Cell { text: t, start: offset + s, line: li, col: ci, ncols: n, furniture });
        }
        offset += line.len() + 1;
    }
    mark_page_numbers(&mut out);
    // a page number centred on a line of its own between blank lines ("đoạn giếng" / "" / "        2" / "" / "tương
    // ứng ...", a PDF's page break without a gazette header): furniture too
    for k in centred_numbers {
        let line = out[k].line;
        let blank = |l: usize| out.binary_search_by_key(&l, |c| c.line).is_err();
        if line > 0 && blank(line - 1) && blank(line + 1) {
            out[k].furniture = true;
        }
    }
    out
}

/// `text.split('\n')`, the line ends found by memchr's vectorized search (the core's `str::split` searches from
/// each line's start again).
pub fn split_lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())).map(move |end| {
        let line = &text[start..end];
        start = end + 1;
        line
    })
}

/// A line of digits alone is a page number when a gazette page header ("CÔNG BÁO/...") is within two lines.
fn mark_page_numbers(cells: &mut [Cell]) {
    let headers: crate::tables::HashSet<usize> =
        cells.iter().filter(|c| c.text.starts_with("CÔNG BÁO")).map(|c| c.line).collect();
    for c in cells.iter_mut() {
        let t = c.text;
        if t.len() <= 4 && t.chars().all(|x| x.is_ascii_digit()) {
            let near = (c.line.saturating_sub(2)..=c.line + 2).any(|l| headers.contains(&l));
            if near {
                c.furniture = true;
            }
        }
    }
}

pub(crate) fn split_cells(line: &str) -> Vec<(usize, usize)> {
    split_cells_with(line, line.contains("   ") || line.as_bytes().contains(&b'\t'))
}

/// [`split_cells`] of a line of which the caller knows whether it has a run of three spaces or a tab (`gaps`).
fn split_cells_with(line: &str, gaps: bool) -> Vec<(usize, usize)> {
    // most lines have no tab and no run of three spaces: one cell, the line without its outer spaces (the loop below
    // goes byte by byte)
    if !gaps {
        let t = line.trim_start_matches(' ');
        let s = line.len() - t.len();
        let t = t.trim_end_matches(' ');
        return if t.is_empty() { Vec::new() } else { vec![(s, s + t.len())] };
    }
    let mut parts = Vec::new();
    let b = line.as_bytes();
    let mut i = 0;
    let mut cell_start: Option<usize> = None;
    let mut last_non_space = 0;
    while i < b.len() {
        // the text up to the next space or tab, byte by byte (no byte of a multi-byte character is either; the
        // words between spaces are short, shorter than a call of memchr2 is worth)
        let mut next = i;
        while next < b.len() && b[next] != b' ' && b[next] != b'\t' {
            next += 1;
        }
        if next > i {
            cell_start.get_or_insert(i);
            last_non_space = next;
            i = next;
            continue;
        }
        // measure the run of spaces and tabs
        let mut j = i;
        let mut tab = false;
        while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
            tab |= b[j] == b'\t';
            j += 1;
        }
        if (j - i >= 3 || tab) && cell_start.is_some() {
            parts.push((cell_start.take().unwrap(), last_non_space));
        }
        i = j;
    }
    if let Some(s) = cell_start {
        parts.push((s, last_non_space));
    }
    parts
}

fn is_furniture(t: &str, in_signature: &mut bool) -> bool {
    let trimmed = t.trim();
    if trimmed.starts_with("CÔNG BÁO/") || trimmed.starts_with("CÔNG BÁO /") {
        return true;
    }
    if ["VĂN BẢN QUY PHẠM PHÁP LUẬT", "VĂN BẢN HỢP NHẤT -", "VĂN BẢN KHÁC", "VĂN BẢN HỢP NHẤT"].contains(&trimmed) {
        // gazette section headings
        return true;
    }
    if !trimmed.is_empty() && trimmed.chars().all(|c| matches!(c, '_' | '-' | '–' | '—' | '=' | '.' | '*' | ' ')) {
        // rules; a lone "*" under a Party issuer is kept (it is not content either, but it is a marker)
        return trimmed != "*";
    }
    for p in ["Ký bởi:", "Cơ quan:", "Ngày ký:", "Người ký:", "Thời gian ký:", "Email:"] {
        if trimmed.starts_with(p) {
            *in_signature = true;
            return true;
        }
    }
    *in_signature = false;
    false
}

/// The national motto lines and the Party's line, which sit where the header's right column is.
pub fn is_motto(t: &str) -> bool {
    let u = t.to_uppercase();
    // (wrapped anywhere: "CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM")
    u.starts_with("CỘNG HÒA XÃ HỘI")
        || u.starts_with("CỘNG HOÀ XÃ HỘI")
        || u.starts_with("ĐỘC LẬP")
        || u.starts_with("ĐẢNG CỘNG SẢN VIỆT NAM")
        || t.trim() == "*"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `split_cells_with` for a line with gaps as it read the line up to session 11: one character at a time.
    fn split_cells_char_by_char(line: &str) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut cell_start: Option<usize> = None;
        let mut last_non_space = 0;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c == ' ' || c == '\t' {
                let (mut j, mut tab) = (i + 1, c == '\t');
                while let Some(&(k, d)) = chars.peek().filter(|(_, d)| *d == ' ' || *d == '\t') {
                    tab |= d == '\t';
                    j = k + 1;
                    chars.next();
                }
                if (j - i >= 3 || tab) && cell_start.is_some() {
                    parts.push((cell_start.take().unwrap(), last_non_space));
                }
                continue;
            }
            cell_start.get_or_insert(i);
            last_non_space = i + c.len_utf8();
        }
        if let Some(s) = cell_start {
            parts.push((s, last_non_space));
        }
        parts
    }

    #[test]
    fn cells_split_at_gaps_as_read_char_by_char() {
        let pieces = ["ỦY BAN NHÂN DÂN", "CỘNG HÒA", " ", "  ", "   ", "    ", "\t", " \t ", "Số: 12/KH-UBND", "ạ", "𝕏", "x", "Độc lập - Tự do"];
        let mut rng = crate::TestRng::new(0x9FB2_1C65_1E98_DF25);
        for _ in 0..20_000 {
            let n = rng.below(14);
            let line: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            assert_eq!(split_cells_with(&line, true), split_cells_char_by_char(&line), "{line:?}");
        }
    }

    #[test]
    fn split_lines_is_str_split() {
        for t in ["", "\n", "a", "a\n", "\na\n\nb", "Điều 1.\r\n  x\n\n\n"] {
            assert_eq!(split_lines(t).collect::<Vec<_>>(), t.split('\n').collect::<Vec<_>>(), "{t:?}");
        }
    }

    #[test]
    fn interleaved_header_splits_into_columns() {
        let t = "UBND TỈNH KON TUM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\tKon Tum, ngày 1 tháng 2 năm 2024";
        let c = cells(t);
        let texts: Vec<_> = c.iter().map(|c| (c.text, c.col)).collect();
        assert_eq!(
            texts,
            [
                ("UBND TỈNH KON TUM", 0),
                ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1),
                ("Số: 12/KH-UBND", 0),
                ("Kon Tum, ngày 1 tháng 2 năm 2024", 1)
            ]
        );
        assert_eq!(&t[c[3].start..c[3].end()], "Kon Tum, ngày 1 tháng 2 năm 2024");
    }

    #[test]
    fn a_centred_page_number_between_blank_lines() {
        // a PDF's page break without a gazette header: the number alone, centred, blank lines around it
        let c = cells("2. Vật liệu trám lấp gồm sét; đoạn giếng\n\n                                           2\n\ntương ứng với tầng chứa nước.\n");
        let f: Vec<_> = c.iter().map(|c| (c.text, c.furniture)).collect();
        assert_eq!(f, [("2. Vật liệu trám lấp gồm sét; đoạn giếng", false), ("2", true), ("tương ứng với tầng chứa nước.", false)]);
        // a number at a line's start (a table's row, a list), or with text right under it, is content
        let c = cells("\n2\n\n                                           3\nRà soát hồ sơ\n");
        assert!(c.iter().all(|c| !c.furniture), "{c:?}");
    }

    #[test]
    fn gazette_furniture() {
        let c = cells("CÔNG BÁO/Số 283/Ngày 25-05-2026\n110\n__________\nCHÍNH PHỦ\nKý bởi: CÔNG BÁO\n\n\n2024");
        let f: Vec<_> = c.iter().map(|c| c.furniture).collect();
        assert_eq!(f, [true, true, true, false, true, false]);
    }
}
