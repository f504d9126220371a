//! The body as the parser reads it: gazette furniture taken out, footnotes (chú thích) taken out of the running text
//! and kept with their marks, sentences that a page bottom or a hard wrap cut in two joined again.
//!
//! Footnotes come in two forms:
//! - superscript marks (¹ ² ³, Word exports) with note lines that start with the same superscript;
//! - PDF text, where the mark is a digit glued to a word ("chính sách1.") and the note text, a line starting with the
//!   bare number ("1 Các nghị quyết ..."), sits at the page bottom and splits a sentence.
//!
//! [`assemble`] returns the new text (body, then the notes, each on its own line) and an [`OffsetMap`] back to the
//! input text, so spans found in the assembled text still point to the original.

use crate::layout::Cell;
use crate::normalize::OffsetMap;

/// A footnote: its mark, and byte ranges in the assembled text of the mark and of the note (mark included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub mark: String,
    /// Where the mark stood in the body (byte offset in the assembled text, the mark itself is removed).
    pub anchor: usize,
    /// The note line, "¹ Kế hoạch số ...", in the assembled text.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub struct Assembled {
    pub text: String,
    /// Assembled offsets -> input offsets.
    pub map: OffsetMap,
    pub notes: Vec<Note>,
}

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// The number a run of superscript digits writes; None past three digits (no document has a thousand notes, and
/// a long run of superscripts must not overflow).
fn superscript_value(s: &str) -> Option<u32> {
    let mut v = 0u32;
    let mut digits = 0;
    for c in s.chars() {
        let d = SUPERSCRIPTS.iter().position(|&x| x == c)? as u32;
        v = v * 10 + d;
        digits += 1;
        if digits > 3 {
            return None;
        }
    }
    (digits > 0).then_some(v)
}

/// A line of the input: byte range without the newline.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut s = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        out.push(Line { start: s, end: i });
        s = i + 1;
    }
    out.push(Line { start: s, end: text.len() });
    out
}

/// A mark found in the body: value, byte range of the mark, and whether it is a superscript.
#[derive(Debug, Clone, Copy)]
struct Mark {
    value: u32,
    start: usize,
    end: usize,
    sup: bool,
}

/// The first byte at or after `from` that may start a mark (an ASCII digit, 0xC2, 0xE2; [`marks`]), or `b.len()`:
/// 32 bytes at a time while none of them can (most of a text; each block tested in one pass the compiler
/// vectorizes), then byte by byte.
fn next_candidate(b: &[u8], from: usize) -> usize {
    let candidate = |x: u8| matches!(x, b'0'..=b'9' | 0xC2 | 0xE2);
    // (one at `from` itself, as after a mark's digits, without the word test)
    if b.get(from).is_some_and(|&x| candidate(x)) {
        return from;
    }
    let mut i = from;
    while let Some(w) = b.get(i..i + 32) {
        // (every byte looked at, no early exit: a branch-free test of the block)
        if w.iter().fold(false, |any, &x| any | candidate(x)) {
            break;
        }
        i += 32;
    }
    while i < b.len() && !candidate(b[i]) {
        i += 1;
    }
    i
}

/// Candidate marks: superscript runs anywhere, and 1-2 digits glued to a lowercase letter ("sách1.", "Tum6").
fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    // Only digits and superscripts can be marks: jump from one candidate byte to the next (ASCII digits, and 0xC2
    // and 0xE2, the lead bytes of ¹²³ and ⁰⁴..⁹) and read the two characters before a candidate where it stands,
    // instead of decoding every character of the text. (The two characters before are what a character-by-character
    // pass would carry; after a run of digits it would carry the character before the run as the second one, but
    // that one is only asked after a punctuation mark, never right after a run.)
    let b = text.as_bytes();
    let consolidated = memchr::memmem::find(b, "HỢP NHẤT".as_bytes()).is_some() || memchr::memmem::find(b, b"/VBHN-").is_some();
    let mut i = 0;
    loop {
        i = next_candidate(b, i);
        if i >= b.len() {
            break;
        }
        let off = i;
        let c = text[off..].chars().next().expect("char boundary");
        let mut back = text[..off].chars().rev();
        let prev = back.next().unwrap_or('\n');
        let prev2 = back.next().unwrap_or('\n');
        if SUPERSCRIPTS.contains(&c) {
            let end = off + text[off..].chars().take_while(|n| SUPERSCRIPTS.contains(n)).map(char::len_utf8).sum::<usize>();
            // a note line starts with its superscript: that is not a mark
            if prev != '\n' {
                if let Some(v) = superscript_value(&text[off..end]) {
                    out.push(Mark { value: v, start: off, end, sup: true });
                }
            }
            i = end;
            continue;
        }
        // glued to a lowercase letter, or to the punctuation right after one ("như sau:1"), or to the label that opens
        // a line ("1.20 Chỉ đạo ...": clause 1 with note 20, in a consolidated text)
        let glued = prev.is_lowercase() || (matches!(prev, ':' | '.' | ';' | ',' | ')' | '”' | '"') && prev2.is_lowercase()) || (consolidated && glued_to_label(text, off));
        if c.is_ascii_digit() && glued {
            let end = off + b[off..].iter().take_while(|x| x.is_ascii_digit()).count();
            let next = text[end..].chars().next();
            let ok_next = next.map_or(true, |n| n.is_whitespace() || matches!(n, '.' | ',' | ';' | ':' | ')' | '”' | '"'));
            // (three digits in a long consolidated text: "khoản 35 Điều 1105", "7.105 Lập bảng kê ...", VBHN 40 has
            // notes 1 to 114)
            let width_ok = end - off <= 2 || (consolidated && end - off == 3 && b[off] != b'0');
            if width_ok && ok_next {
                if let Ok(v) = text[off..end].parse() {
                    out.push(Mark { value: v, start: off, end, sup: false });
                }
            }
            i = end;
            continue;
        }
        i = off + c.len_utf8();
    }
    out
}

/// Digits at `off` right after a clause number that opens a line ("\n1.20 Chỉ đạo"): "1." is the label, "20" a mark.
/// Asked only in a consolidated text (văn bản hợp nhất), whose notes say where each clause was amended: elsewhere
/// "1.2 Nhiệm vụ" opens a decimal sub-clause (and "1 điểm" lines of a score table would pass for its notes).
fn glued_to_label(text: &str, off: usize) -> bool {
    let b = text.as_bytes();
    if off < 2 || b[off - 1] != b'.' {
        return false;
    }
    let digits = b[..off - 1].iter().rev().take_while(|x| x.is_ascii_digit()).count();
    let label_start = off - 1 - digits;
    let mark = b[off..].iter().take_while(|x| x.is_ascii_digit()).count();
    (1..=2).contains(&digits) && (label_start == 0 || b[label_start - 1] == b'\n') && (1..=3).contains(&mark) && b[off] != b'0' && b.get(off + mark) == Some(&b' ')
}

/// The line that starts note `n` after byte `after`: "n Text" (bare number, a space, then a letter) or "ⁿ Text".
fn find_note_line(text: &str, ls: &[Line], from_line: usize, n: u32, sup: bool, limit: usize) -> Option<usize> {
    let bare = n.to_string();
    let sup_mark: String = bare.chars().map(|d| SUPERSCRIPTS[d.to_digit(10).unwrap() as usize]).collect();
    for (k, l) in ls.iter().enumerate().skip(from_line) {
        if l.start > limit {
            break;
        }
        let t = text[l.start..l.end].trim_start();
        let rest = if sup { t.strip_prefix(sup_mark.as_str()) } else { t.strip_prefix(bare.as_str()) };
        if let Some(r) = rest {
            let r0 = r.chars().next();
            let r1 = r.trim_start().chars().next();
            if r0.is_some_and(|c| c == ' ' || c == '\u{a0}') && r1.is_some_and(|c| crate::normalize::is_alpha(c) || c == '(' || c == '“') {
                return Some(k);
            }
        }
    }
    None
}

pub(crate) fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end();
    t.ends_with(['.', ';', '!', '?', ':', '”', '"', ')']) || t.ends_with("./.")
}

fn starts_outline(t: &str) -> bool {
    let t = t.trim_start();
    let b = t.as_bytes();
    if t.starts_with("- ") || t.starts_with("+ ") || t.starts_with("Điều ") || t.starts_with("Chương ") {
        return true;
    }
    // "1.", "1.1.", "IV.", "a)"
    let digits = b.iter().take_while(|c| c.is_ascii_digit() || **c == b'.').count();
    if digits >= 2 && b[digits - 1] == b'.' {
        return true;
    }
    // "1.2 Tổ chức ...": a decimal label written without its last dot (or a consolidated text's "1.20 Chỉ đạo": clause
    // 1 with note 20), then a capital
    if digits >= 3 && b[..digits].contains(&b'.') && b.get(digits) == Some(&b' ') && t[digits + 1..].starts_with(char::is_uppercase) {
        return true;
    }
    let roman = b.iter().take_while(|c| b"IVXL".contains(c)).count();
    if roman >= 1 && b.get(roman) == Some(&b'.') {
        return true;
    }
    let first = t.chars().next();
    if first.is_some_and(|c| c.is_lowercase()) && t.chars().nth(1) == Some(')') {
        return true;
    }
    // "c. Định kỳ 6 tháng, báo cáo ...": a point's letter printed with a period (after "b) ...;", laichau_qd_18 Điều
    // 10.5; the outline reads it as a point only after its list's letter before it)
    if first.is_some_and(|c| c.is_ascii_lowercase() || c == 'đ') && t[first.map_or(0, char::len_utf8)..].starts_with(". ") {
        let after = &t[first.map_or(0, char::len_utf8) + 2..];
        if after.starts_with(char::is_uppercase) {
            return true;
        }
    }
    // "b1)", "c2)": numbered points under a lettered point
    let mut cs = t.chars();
    if cs.next().is_some_and(|c| c.is_lowercase()) {
        let rest = cs.as_str();
        let digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
        if (1..=2).contains(&digits) && rest[digits..].starts_with(')') {
            return true;
        }
    }
    false
}

/// Where the note that starts at line `k` ends (exclusive line index).
fn note_end(text: &str, ls: &[Line], k: usize, next_note_line: Option<usize>) -> usize {
    let mut last_text = k; // last non-empty line of the note
    let mut j = k + 1;
    while j < ls.len() {
        if Some(j) == next_note_line {
            return j;
        }
        let t = &text[ls[j].start..ls[j].end];
        if t.trim().is_empty() {
            j += 1;
            continue;
        }
        // (the page's number and the Gazette's page header between a note and the next page's text are not the note's)
        let tt = t.trim();
        if tt.starts_with("CÔNG BÁO/") || (tt.len() <= 4 && tt.bytes().all(|b| b.is_ascii_digit())) {
            j += 1;
            continue;
        }
        // (an article's heading never goes on a note: "Điều 8. Báo cáo định kỳ" on the next page)
        if article_heading(tt) {
            return j;
        }
        let prev = &text[ls[last_text].start..ls[last_text].end];
        let leading_space = t.starts_with(' ');
        let first = t.trim_start().chars().next().unwrap_or(' ');
        if ends_sentence(prev) {
            // after a full sentence, a new body paragraph, the body's cut sentence, an outline item
            if leading_space || first.is_lowercase() || starts_outline(t) || first.is_uppercase() {
                return j;
            }
        } else if leading_space && starts_outline(t) {
            return j;
        }
        last_text = j;
        j += 1;
    }
    ls.len()
}

/// "Điều 8. Báo cáo định kỳ", "Điều 12a. ...": an article's heading (a number, a period, a title in capitals).
fn article_heading(t: &str) -> bool {
    let Some(r) = t.strip_prefix("Điều ") else { return false };
    let digits = r.bytes().take_while(|b| b.is_ascii_digit()).count();
    let r = &r[digits..];
    let r = r.trim_start_matches(|c: char| c.is_ascii_lowercase());
    digits > 0 && r.strip_prefix(". ").is_some_and(|title| title.starts_with(char::is_uppercase))
}

/// Builds the assembled text and its map.
struct Builder<'a> {
    src: &'a str,
    out: String,
    map: OffsetMap,
}

impl<'a> Builder<'a> {
    fn push_src(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        self.map.push_point(self.out.len(), start);
        self.out.push_str(&self.src[start..end]);
        self.map.push_point(self.out.len(), end);
    }
    fn push_lit(&mut self, s: &str, at: usize) {
        self.map.push_point(self.out.len(), at);
        self.out.push_str(s);
        self.map.push_point(self.out.len(), at);
    }
}

/// Where the output's last line starts, kept as the output grows: within the lines' loop of [`assemble`] lines are only
/// added to it, and what is cut from its end is spaces, never a line break. (A search back from the end at each line
/// read a paragraph joined into one line again at each of its wrapped lines: quadratic in the paragraph's length.)
#[derive(Default)]
struct LastLine {
    /// the bytes of the output before this are read
    scanned: usize,
    /// the last line break among them
    last_break: Option<usize>,
}

impl LastLine {
    /// The byte where the last line of `out` starts.
    fn start(&mut self, out: &str) -> usize {
        debug_assert!(self.last_break.is_none_or(|k| out.as_bytes().get(k) == Some(&b'\n')), "a line break was cut");
        if out.len() > self.scanned {
            if let Some(k) = memchr::memrchr(b'\n', &out.as_bytes()[self.scanned..]) {
                self.last_break = Some(self.scanned + k);
            }
        }
        self.scanned = out.len();
        self.last_break.map_or(0, |k| k + 1)
    }
}

/// Is `line` a signer's name (two to five syllables, each capitalized, letters only: "Phạm Văn Lộc") under a title in
/// capitals ("PHÓ CHỦ TỊCH", alone or as the last cell of a line beside the cc list) among the last three lines of
/// `before`? (A PDF's signature block beside the cc list.)
fn signer_name_after_title(before: &str, line: &str) -> bool {
    // (a name is short: a long line is none, and is not read: the line a paragraph's joined lines make grows with it)
    if line.len() > 60 {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let name = (2..=5).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase));
    if !name {
        return false;
    }
    // (at most 300 bytes back: the title is on one of the lines just above the name)
    let from = crate::references::ceil_boundary(before, before.len().saturating_sub(300));
    before[from..].trim_end().rsplit('\n').take(3).any(|l| {
        let cell = l.rsplit("   ").next().unwrap_or("").trim();
        cell.split_whitespace().count() >= 2 && cell.len() <= 60 && cell.chars().any(char::is_alphabetic) && !cell.chars().any(char::is_lowercase)
    })
}

/// Where the last word of the output, its trailing spaces aside, starts (after its last space), kept as the output
/// grows as [`LastLine`] is: a search back for a space at each line ran to the start of an output without spaces
/// (a paragraph of "đồng/người/đêm;" lines: quadratic).
#[derive(Default)]
struct LastSpace {
    /// the bytes of the output before this are read
    scanned: usize,
    /// the last space followed by a character other than a space
    confirmed: Option<usize>,
    /// the last space read, when no other character has followed it yet
    pending: Option<usize>,
}

impl LastSpace {
    /// The byte where the last word of `out.trim_end_matches(' ')` starts: what `rsplit(' ').next()` gives.
    fn word_start(&mut self, out: &str) -> usize {
        let b = out.as_bytes();
        if b.len() < self.scanned {
            // (only spaces are cut from the end: a space not yet followed by another character may be among them)
            debug_assert!(self.confirmed.is_none_or(|k| k < b.len()), "a word was cut");
            self.pending = self.pending.filter(|&p| p < b.len());
            self.scanned = b.len();
        }
        // the bytes added since: their last character other than a space, and the last space before it (memchr's
        // vectorized searches, from the end: most of a line is read only when it has no space)
        let new = &b[self.scanned..];
        match new.iter().rposition(|&c| c != b' ') {
            Some(q) => {
                match memchr::memrchr(b' ', &new[..q]) {
                    Some(k) => self.confirmed = Some(self.scanned + k),
                    None => {
                        if let Some(p) = self.pending {
                            self.confirmed = Some(p);
                        }
                    }
                }
                self.pending = (q + 1 < new.len()).then(|| b.len() - 1);
            }
            None if !new.is_empty() => self.pending = Some(b.len() - 1),
            None => {}
        }
        self.scanned = b.len();
        self.confirmed.map_or(0, |k| k + 1)
    }
}

/// Assemble the body of `text` (the normalized text). `cells` marks gazette furniture.
pub fn assemble(text: &str, cells: &[Cell], rules: &[usize]) -> Assembled {
    let ls = lines(text);
    // furniture lines: every cell of the line is furniture
    let mut furniture = vec![false; ls.len()];
    let mut has_content = vec![false; ls.len()];
    for c in cells {
        if c.furniture {
            furniture[c.line] = true;
        } else {
            has_content[c.line] = true;
        }
    }
    for i in 0..ls.len() {
        furniture[i] &= !has_content[i];
    }

    // footnotes: sequential marks with their note lines
    let mut removed = vec![false; ls.len()];
    let mut found: Vec<(Mark, usize, usize)> = Vec::new(); // mark, first line, end line (exclusive)
    let ms = marks(text);
    let line_of = |off: usize| ls.partition_point(|l| l.end < off);
    for sup in [true, false] {
        let mut expect = 1;
        for m in ms.iter().filter(|m| m.sup == sup) {
            if m.value != expect {
                continue;
            }
            let from = line_of(m.start);
            if let Some(k) = find_note_line(text, &ls, from + 1, m.value, sup, m.start + 12_000) {
                if removed[k] {
                    continue;
                }
                found.push((*m, k, 0));
                expect += 1;
            }
        }
    }
    found.sort_by_key(|f| f.1);
    let note_lines: Vec<usize> = found.iter().map(|f| f.1).collect();
    for idx in 0..found.len() {
        let k = found[idx].1;
        let next = note_lines.iter().copied().find(|&x| x > k);
        let e = note_end(text, &ls, k, next);
        found[idx].2 = e;
        for r in removed.iter_mut().take(e).skip(k) {
            *r = true;
        }
    }
    // under a page's footnote rule (a line of spaces in pdftotext's output) every line down to the page's next
    // anchored note (or its page header) is note text: a note that runs on from the page before, without a mark
    // ("b) Tham gia ý kiến ..."), belongs to the last note before the rule; a line that opens with a number no
    // anchored note has ("3 Khoản này được bổ sung ...", whose mark the text lost) opens a note of its own
    let mut extra: Vec<Vec<(usize, usize)>> = vec![Vec::new(); found.len()];
    // notes found only under a rule: their number, the rule's line, their line ranges
    let mut loose: Vec<(String, usize, Vec<(usize, usize)>)> = Vec::new();
    let found_values: crate::tables::HashSet<u32> = found.iter().map(|f| f.0.value).collect();
    // lookups by line, so that the scan stays linear however many rules and notes a text has (each rule's scan ends
    // at the next rule)
    let mut is_rule = vec![false; ls.len()];
    for &r in rules.iter().filter(|&&r| r < ls.len()) {
        is_rule[r] = true;
    }
    let mut is_note_line = vec![false; ls.len()];
    for &k in &note_lines {
        is_note_line[k] = true;
    }
    let mut loose_numbers: crate::tables::HashSet<String> = crate::tables::HashSet::default();
    for &r in rules.iter().filter(|&&r| r < ls.len()) {
        let stop = (r + 1..ls.len()).find(|&j| furniture[j] || is_note_line[j] || is_rule[j]).unwrap_or(ls.len());
        if !(r + 1..stop).any(|j| !removed[j] && !text[ls[j].start..ls[j].end].trim().is_empty()) {
            continue;
        }
        // the note the first lines continue: the last one (anchored or loose) that starts before the rule
        let last_found = found.iter().rposition(|f| f.1 < r);
        let last_loose = loose.len().checked_sub(1).filter(|&i| last_found.map_or(true, |f| loose[i].2.first().is_some_and(|x| x.0 > found[f].1)));
        enum Owner {
            Found(usize),
            Loose(usize),
            None,
        }
        let mut owner = match (last_loose, last_found) {
            (Some(i), _) => Owner::Loose(i),
            (None, Some(f)) => Owner::Found(f),
            _ => Owner::None,
        };
        let mut seg = r + 1;
        let close = |owner: &Owner, a: usize, z: usize, extra: &mut Vec<Vec<(usize, usize)>>, loose: &mut Vec<(String, usize, Vec<(usize, usize)>)>| {
            if a < z {
                match owner {
                    Owner::Found(f) => extra[*f].push((a, z)),
                    Owner::Loose(i) => loose[*i].2.push((a, z)),
                    Owner::None => {}
                }
            }
        };
        for j in r + 1..stop {
            let t = text[ls[j].start..ls[j].end].trim_start();
            let digits = t.bytes().take_while(|b| b.is_ascii_digit()).count();
            let number = (1..=3).contains(&digits) && t[digits..].starts_with(' ') && !t[digits..].trim_start().starts_with(|c: char| c.is_ascii_digit());
            if number {
                let v: u32 = t[..digits].parse().unwrap_or(0);
                if !found_values.contains(&v) && !loose_numbers.contains(&t[..digits]) {
                    close(&owner, seg, j, &mut extra, &mut loose);
                    loose_numbers.insert(t[..digits].to_string());
                    loose.push((t[..digits].to_string(), r, Vec::new()));
                    owner = Owner::Loose(loose.len() - 1);
                    seg = j;
                }
            }
        }
        // lines before any note ("b) Tham gia ...") with no note before the rule stay in the body
        if matches!(owner, Owner::None) {
            continue;
        }
        close(&owner, seg, stop, &mut extra, &mut loose);
        let first_kept = if matches!((last_found, last_loose), (None, None)) { seg } else { r + 1 };
        for x in removed.iter_mut().take(stop).skip(first_kept) {
            *x = true;
        }
    }
    loose.retain(|l| !l.2.is_empty());
    let mark_at: crate::tables::HashMap<usize, &Mark> = found.iter().map(|f| (f.0.start, &f.0)).collect();

    // body: lines that are neither furniture nor note, joined where a sentence continues
    let mut b = Builder { src: text, out: String::with_capacity(text.len()), map: OffsetMap::default() };
    let mut anchors: Vec<(usize, usize)> = Vec::new(); // (found index by mark start, anchor offset)
    let mut last_line = LastLine::default();
    let mut last_space = LastSpace::default();
    let mut pending_break: Option<usize> = None; // source offset of the last line end not yet written
    let mut blank_run = 0;
    let mut heading_so_far = UpperSoFar::default();
    let mut table_mode = false; // the last line written was a line of a table laid out in columns
    let columns = columns_lines(text, &ls);
    let mut rule_at: crate::tables::HashMap<usize, usize> = crate::tables::HashMap::default(); // rule line -> where the body stood there
    for (i, l) in ls.iter().enumerate() {
        if furniture[i] || removed[i] {
            continue;
        }
        let t = &text[l.start..l.end];
        if t.trim().is_empty() {
            if is_rule[i] {
                rule_at.insert(i, b.out.len());
            }
            blank_run += 1;
            continue;
        }
        if let Some(at) = pending_break.take() {
            let prev = b.out.trim_end_matches(' ');
            let first = t.trim_start().chars().next().unwrap_or(' ');
            // "1438-\nCV/VPTU", "22/2026/NĐ-\nCP": a code cut at its hyphen
            let last_word = &prev[last_space.word_start(&b.out)..];
            let code_break = prev.ends_with('-')
                && (prev[..prev.len() - 1].ends_with(|c: char| c.is_ascii_digit())
                    || (last_word.contains('/') && last_word.starts_with(|c: char| c.is_ascii_digit())))
                && t.trim_start().split(|c: char| c == '/' || c.is_whitespace() || ",.;)".contains(c)).next().is_some_and(|w| !w.is_empty() && w.len() <= 8 && w.chars().all(|c| c.is_uppercase()));
            // a line cannot end on "của", "và", "các", ...: the phrase goes on whatever the case of the next word
            // (its last word, after a space, is one of them: "đối với" ends on "với")
            // ("số" dangles before its number: "Văn bản số\n1438/..."; "nền tảng số" / "Thuế tỉnh ...", a table's next
            // cell, does not)
            let dangling_word = prev.len() > last_word.len() && DANGLING.contains(&last_word) && (last_word != "số" || first.is_ascii_digit());
            // (an article's title that ends on a unit's name is complete: "Điều 12. Trách nhiệm của các bộ, cơ quan ngang
            // bộ, cơ quan thuộc Chính phủ" / "Các bộ, ... có trách nhiệm ...", its first paragraph)
            let line_start = last_line.start(&b.out);
            let prev_line = &prev[line_start..];
            let title_done = article_heading(prev_line) && first.is_uppercase();
            let dangling = dangling_word || (ends_on_unit_head(prev, last_word) && !title_done);
            // a line that ends on a comma goes on, whatever the case of the next word: "Trách nhiệm của Ủy ban nhân
            // dân cấp xã, Công an cấp xã,\nTrưởng thôn, Tổ trưởng tổ dân phố"
            // "... quy định tại khoản 1\nĐiều 10 của Luật ...": a pinpoint goes on with its article
            let pinpoint = article_citation(t) && ends_on_pinpoint(prev);
            // "Giám đốc các Sở: Lao động\n- Thương binh và Xã hội, Nội vụ ...": a name with " - " cut at its hyphen,
            // not a line and a bullet
            let hyphen = hyphen_name_cut(prev, t);
            let table = columns[i] || table_mode;
            // "... các sản phẩm" / "OCOP và thuê đơn vị thiết kế logo, ...": an acronym opening a wrapped line's next
            // line (a long line that ends on a lower-case word), then a lower-case word, goes on with it
            let acronym = {
                let mut ws = t.trim_start().split(' ');
                let w0 = ws.next().unwrap_or("");
                let w1 = ws.next().unwrap_or("");
                // (the same `prev_line` as above)
                (2..=8).contains(&w0.chars().count())
                    && w0.chars().all(|c| c.is_uppercase())
                    && w1.starts_with(char::is_lowercase)
                    && prev.ends_with(char::is_lowercase)
                    // (60 characters or more: counted to the 60th, not over a whole joined paragraph at each line)
                    && prev_line.chars().nth(59).is_some()
            };
            // "- Cục Kiểm tra VBQPPL (Bộ Tư" / "Phạm Văn Lộc" / "pháp);": a PDF's signature block beside the cc list puts
            // the signer's name between a cc item and its wrapped end; the item does not go on after the name
            let signer_name = first.is_lowercase() && signer_name_after_title(&b.out[..line_start], prev_line);
            let continues = !signer_name && hyphen
                || (!signer_name && !table && !ends_sentence(prev) && acronym && !starts_outline(t))
                // ("... hoàn thành trước ngày 30/6/2025;" / "kiểm tra việc chấp hành ...": a clause of the same item
                // after a semicolon that a hard wrap put at a line's start, ninhbinh_ct_11 item 2)
                || (!table && !signer_name && prev.ends_with(';') && first.is_lowercase() && !starts_outline(t) && prev_line.chars().nth(59).is_some())
                || (!table
                    && !signer_name
                    && !ends_sentence(prev)
                    && (first.is_lowercase() || first.is_ascii_digit() || dangling || pinpoint || prev.ends_with(','))
                    && (!starts_outline(t) || ((dangling || pinpoint) && article_citation(t)))
                    && !heading_so_far.is_upper(prev));
            if code_break {
                // "1438-" + "CV/VPTU": one code
                let trimmed = b.out.trim_end_matches(' ').len();
                b.out.truncate(trimmed);
            } else if continues && blank_run <= 8 {
                let trimmed = b.out.trim_end_matches(' ').len();
                b.out.truncate(trimmed);
                b.push_lit(" ", at);
            } else {
                b.push_lit(if blank_run > 0 { "\n\n" } else { "\n" }, at);
            }
        }
        blank_run = 0;
        // a table goes on over the wrapped lines of its cells, indented to their column ("        tử tại các bệnh")
        let indented = t.starts_with("   ") || t.starts_with('\t');
        table_mode = columns[i] || (table_mode && indented);
        // copy the line, taking out footnote marks that stand in it
        let mut s = l.start;
        // marks are sorted by position: only those on this line
        let first_mark = ms.partition_point(|m| m.start < l.start);
        for m in ms[first_mark..].iter().take_while(|m| m.end <= l.end) {
            if mark_at.contains_key(&m.start) {
                b.push_src(s, m.start);
                anchors.push((m.start, b.out.len()));
                s = m.end;
            }
        }
        let line_start_in_out = b.out.len();
        b.push_src(s, l.end);
        if b.out.len() == line_start_in_out && s == l.start {
            // empty after trimming: nothing
        }
        pending_break = Some(l.end);
    }
    // notes at the end, one per line, their wrapped lines joined
    let mut notes = Vec::new();
    // (first line, ranges, mark, anchor): the anchored notes and the loose ones in the order of their lines
    let mut all: Vec<(usize, Vec<(usize, usize)>, String, Option<usize>)> = Vec::new();
    for (idx, (m, k, e)) in found.iter().enumerate() {
        let ranges = std::iter::once((*k, *e)).chain(extra[idx].iter().copied()).collect();
        let anchor = anchors.iter().find(|a| a.0 == m.start).map(|a| a.1);
        all.push((*k, ranges, text[m.start..m.end].to_string(), anchor));
    }
    for (mark, r, ranges) in loose {
        // a loose note's mark was lost: it is anchored where the page's text ends, at its rule
        let anchor = rule_at.get(&r).copied();
        all.push((ranges[0].0, ranges, mark, anchor));
    }
    all.sort_by_key(|n| n.0);
    for (k, ranges, mark, anchor) in all {
        b.push_lit("\n\n", ls[k].start);
        let start = b.out.len();
        let mut first = true;
        for l in ranges.iter().flat_map(|&(a, z)| ls[a..z].iter()) {
            let t = &text[l.start..l.end];
            if t.trim().is_empty() {
                continue;
            }
            if !first {
                let trimmed = b.out.trim_end_matches(' ').len();
                b.out.truncate(trimmed);
                b.push_lit(" ", l.start);
            }
            let lead = t.len() - t.trim_start().len();
            b.push_src(l.start + lead, l.end);
            first = false;
        }
        let end = b.out.trim_end().len();
        b.out.truncate(end);
        notes.push(Note { mark, anchor: anchor.unwrap_or(start), start, end });
    }
    b.map.push_point(b.out.len(), text.len());
    Assembled { text: b.out, map: b.map, notes }
}

/// A line laid out in columns: two cells or more, three spaces or a tab apart ("1      Rà soát ...     Sở Y tế").
#[cfg(test)]
fn in_columns(t: &str) -> bool {
    let t = t.trim();
    t.contains("   ") || t.contains('\t')
}

/// [`in_columns`] for every line, from one search of the text for runs of three spaces and tabs (most lines have
/// neither; a search per line cost more than the rest of the line's handling).
fn columns_lines(text: &str, ls: &[Line]) -> Vec<bool> {
    let mut out = vec![false; ls.len()];
    let b = text.as_bytes();
    let line_of = |at: usize| ls.partition_point(|l| l.end < at).min(ls.len().saturating_sub(1));
    let mut mark = |at: usize, len: usize| {
        if ls.is_empty() {
            return;
        }
        let k = line_of(at);
        // (a line already marked: its other gaps need no look)
        if out[k] {
            return;
        }
        let l = ls[k];
        // a gap between two cells: text before it and after it on the same line
        let before = text[l.start..at.min(l.end)].trim();
        let after = text[(at + len).min(l.end)..l.end].trim();
        if !before.is_empty() && !after.is_empty() {
            out[k] = true;
        }
    };
    // (one look a run of spaces: every "   " inside a run sees the same text before and after it, once trimmed)
    let mut run_end = 0;
    for at in memchr::memmem::find_iter(b, b"   ") {
        if at < run_end {
            continue;
        }
        mark(at, 3);
        run_end = at + b[at..].iter().take_while(|&&x| x == b' ').count();
    }
    for at in memchr::memchr_iter(b'\t', b) {
        mark(at, 1);
    }
    // a row of a pipe table printed without its outer bars ("1 | Ban hành Bộ tiêu chí ... | Sở Văn hóa, ... | Quý
    // III/2025"): two inner bars on a line (lamdong_kh_212's appendix); its rows are lines of their own
    let mut last: Option<usize> = None;
    for at in memchr::memmem::find_iter(b, b" | ") {
        if ls.is_empty() {
            break;
        }
        let k = line_of(at);
        if last == Some(k) {
            out[k] = true;
        }
        last = Some(k);
    }
    out
}

const DANGLING: &[&str] = &["của", "và", "các", "với", "cho", "về", "tại", "theo", "số", "ngày", "những", "trong", "thuộc"];

/// "Điều 8 Thông tư này" at a line start after "quy định tại": an article cited, not an article's heading ("Điều 8.").
fn article_citation(t: &str) -> bool {
    let Some(r) = t.trim_start().strip_prefix("Điều ") else { return false };
    let digits = r.bytes().take_while(|b| b.is_ascii_digit()).count();
    // ("... tại khoản 3\nĐiều 19. \n": the sentence's end, not an article with no title)
    digits > 0 && (!r[digits..].starts_with('.') || r[digits + 1..].trim().is_empty())
}

/// A line that ends on the first part of a name printed with " - " ("Lao động") and a line that opens with "- " and
/// its second part ("- Thương binh và Xã hội"): `data/hyphen_names.tsv`.
fn hyphen_name_cut(prev: &str, t: &str) -> bool {
    static PAIRS: std::sync::OnceLock<Vec<(&'static str, &'static str)>> = std::sync::OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        crate::tables::data_lines(include_str!("../data/hyphen_names.tsv")).filter_map(|l| l.split_once('\t')).collect()
    });
    let Some(rest) = t.trim_start().strip_prefix("- ") else { return false };
    pairs.iter().any(|(a, b)| prev.ends_with(a) && prev[..prev.len() - a.len()].ends_with([' ', ':']) && rest.starts_with(b))
}

/// "... tại khoản 1", "... tại điểm a khoản 2": a line that ends on a clause or point number, whose article follows.
fn ends_on_pinpoint(prev: &str) -> bool {
    let mut words = prev.rsplit(' ');
    let (Some(n), Some(w)) = (words.next(), words.next()) else { return false };
    // ("... quy định tại khoản 2,\nĐiều 20 Thông tư này.": a comma after the number, as printed in VBHN 6659)
    let n = n.strip_suffix(',').unwrap_or(n);
    matches!(w, "khoản" | "điểm") && !n.is_empty() && n.chars().all(|c| crate::normalize::is_alnum(c)) && n.chars().count() <= 3
}

/// "... chủ trì: Sở\nThông tin và Truyền thông": a line cannot end on the words that open a unit's name.
/// `last`: `prev`'s last word (after its last space), which the caller has read. (The heads of two words, "Ủy ban",
/// "Trung tâm", were compared with the last word alone up to session 11, and never matched.)
fn ends_on_unit_head(prev: &str, last: &str) -> bool {
    (matches!(last, "Sở" | "Bộ" | "Ban" | "Cục") && prev.len() > last.len())
        || ["Ủy ban", "Chi cục", "Tổng cục", "Trung tâm", "Văn phòng"].iter().any(|h| prev.strip_suffix(h).is_some_and(|p| p.ends_with(' ')))
}

/// Whether the body written so far reads as a heading ([`crate::normalize::is_upper_line`] of the whole of it, as
/// the line join asks), kept up to date as the body grows instead of scanned from its start at every line: the
/// body only grows (only trailing spaces, which hold no letter, are cut), so the letters counted stay counted and
/// once a lowercase letter is written the answer stays no.
#[derive(Default)]
struct UpperSoFar {
    scanned: usize,
    letters: usize,
    lower: bool,
}

impl UpperSoFar {
    /// `written`: the body so far without its trailing spaces.
    fn is_upper(&mut self, written: &str) -> bool {
        if !self.lower {
            if !written.is_char_boundary(self.scanned) {
                // not a continuation of what was scanned (cannot happen in `assemble`): start again
                *self = UpperSoFar::default();
            }
            for c in written[self.scanned..].chars() {
                if c.is_lowercase() {
                    self.lower = true;
                    break;
                }
                if crate::normalize::is_alpha(c) {
                    self.letters += 1;
                }
            }
            self.scanned = written.len();
        }
        !self.lower && self.letters >= 2
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn last_line_and_last_space_follow_the_output_as_defined() {
        // an output grown and trimmed of trailing spaces as assemble does, asked after each step
        let pieces = ["Sở", " ", "  ", "\n", "\n\n", "đồng/người/đêm;", "x", "Ủy ban", "- "];
        let mut rng = crate::TestRng::new(0x1234_5678_9abc_def1);
        for _ in 0..2000 {
            let (mut out, mut line, mut space) = (String::new(), LastLine::default(), LastSpace::default());
            for _ in 0..rng.below(40) {
                if rng.below(4) == 0 {
                    let n = out.trim_end_matches(' ').len();
                    out.truncate(n);
                } else {
                    out.push_str(pieces[rng.below(pieces.len())]);
                }
                let prev = out.trim_end_matches(' ');
                assert_eq!(&prev[space.word_start(&out)..], prev.rsplit(' ').next().unwrap(), "{out:?}");
                assert_eq!(line.start(&out), memchr::memrchr(b'\n', prev.as_bytes()).map_or(0, |k| k + 1), "{out:?}");
            }
        }
    }

    use super::*;

    #[test]
    fn next_candidate_is_the_first_candidate_byte() {
        let pieces: [&[u8]; 12] = [b"a", b" ", b"0", b"9", b"/", b":", "ạ".as_bytes(), "¹".as_bytes(), "“".as_bytes(), "đ".as_bytes(), &[0xC1], &[0xE3]];
        let mut rng = crate::TestRng::new(0x3C6E_F372_FE94_F82B);
        for _ in 0..20_000 {
            let n = rng.below(40);
            let b: Vec<u8> = (0..n).flat_map(|_| pieces[rng.below(pieces.len())].iter().copied()).collect();
            for from in 0..=b.len() {
                let want = (from..b.len()).find(|&i| matches!(b[i], b'0'..=b'9' | 0xC2 | 0xE2)).unwrap_or(b.len());
                assert_eq!(next_candidate(&b, from), want, "{b:?} from {from}");
            }
        }
        // every byte value, alone among other bytes, in the first block of 32 and in the second
        for x in 0..=255u8 {
            for at in [11, 45] {
                let mut b = vec![b'a'; 70];
                b[at] = x;
                let want = if matches!(x, b'0'..=b'9' | 0xC2 | 0xE2) { at } else { 70 };
                assert_eq!(next_candidate(&b, 0), want, "{x:#x} at {at}");
            }
        }
    }
    use crate::layout::cells;

    #[test]
    fn a_mark_glued_to_a_clause_number_in_a_consolidated_text() {
        // VBHN 40/VBHN-VPQH: "1.20 Chỉ đạo ..." is clause 1 with note 20; "1.2 Nhiệm vụ" elsewhere is a sub-clause
        let t = "VĂN BẢN HỢP NHẤT\nĐiều 7c. Trách nhiệm của Bộ Quốc phòng và Bộ Công an\n1.1 Chỉ đạo, quản lý, hướng dẫn việc lập danh sách.\n2. Lập danh sách đề nghị cấp thẻ.\n\n1 Khoản này được sửa đổi theo quy định tại khoản 2 Điều 1 của Luật số 51/2024/QH15.\n";
        let a = asm(t);
        assert_eq!(a.notes.len(), 1, "{:?}", a.text);
        assert!(a.text.contains("\n1. Chỉ đạo, quản lý"), "{}", a.text);
        let plain = "Điều 3. Nhiệm vụ\n1.1 Chỉ đạo, quản lý, hướng dẫn việc lập danh sách.\n\n1 điểm - Đánh giá nhu cầu của đối tượng.\n";
        assert!(asm(plain).notes.is_empty());
    }

    #[test]
    fn an_article_title_ending_on_a_unit_stays_a_line() {
        let a = asm("Điều 12. Trách nhiệm của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ\nCác bộ, cơ quan ngang bộ có trách nhiệm báo cáo.\nĐiều 13. Trách nhiệm của\nỦy ban nhân dân cấp tỉnh\n");
        assert!(a.text.contains("cơ quan thuộc Chính phủ\nCác bộ"), "{}", a.text);
        assert!(a.text.contains("Trách nhiệm của Ủy ban nhân dân cấp tỉnh"), "{}", a.text);
    }

    #[test]
    fn a_point_lettered_with_a_period_after_a_semicolon_is_a_line() {
        // laichau_qd_18 Điều 10.5 (shortened): "c." printed for "c)" after a long "b) ...;" line
        let a = asm("b) Chỉ đạo Ủy ban nhân dân cấp xã rà soát quỹ rừng chưa giao, lập phương án giao rừng, hoàn thành trước ngày 30/6/2025;\nc. Định kỳ 6 tháng, báo cáo kết quả về Sở Nông nghiệp và Môi trường.\n");
        assert!(a.text.contains("30/6/2025;\nc. Định kỳ"), "{}", a.text);
        // a clause in lower case after the semicolon still goes on
        let a = asm("b) Chỉ đạo Ủy ban nhân dân cấp xã rà soát quỹ rừng chưa giao, lập phương án giao rừng, hoàn thành trước ngày 30/6/2025;\nc. và các nội dung khác.\n");
        assert!(a.text.contains("30/6/2025; c. và"), "{}", a.text);
    }

    #[test]
    fn a_line_ending_on_so_goes_on_only_with_its_number() {
        // "Văn bản số\n1438/..." is one line; a table cell ending "nền tảng số" and the next cell "Thuế tỉnh ..." are two
        let a = asm("Thực hiện Văn bản số\n1438/UBND-KT của UBND tỉnh.\n");
        assert!(a.text.contains("Văn bản số 1438/UBND-KT"), "{}", a.text);
        let a = asm("10\nThanh tra, kiểm tra thuế đối với hoạt động\nkinh doanh trên nền tảng số\nThuế tỉnh Quảng Ninh\n");
        assert!(a.text.contains("nền tảng số\nThuế tỉnh"), "{}", a.text);
    }

    #[test]
    fn a_note_ends_before_the_next_page_s_article() {
        // a note at a page bottom, the page number and the Gazette's header, then the next page's article heading
        let t = "⁵ Điều này được sửa đổi, bổ sung theo quy định tại khoản 3 Điều 1 của Thông tư số 09/2025/TT-BNNMT, có\nhiệu lực kể từ ngày 01 tháng 7 năm 2025\n\n44\nCÔNG BÁO/Số 95 + 96/Ngày 30-01-2026\n \nĐiều 8. Báo cáo định kỳ\n1. Trước ngày 05 hằng tháng, Ủy ban nhân dân cấp xã tổng hợp tình hình.\n";
        let ls = lines(t);
        let end = note_end(t, &ls, 0, None);
        assert_eq!(&t[ls[end].start..ls[end].end], "Điều 8. Báo cáo định kỳ");
        assert!(article_heading("Điều 12a. Trách nhiệm của Cục Thú y") && !article_heading("Điều 8 của Luật này"));
    }

    #[test]
    fn three_digit_marks_in_a_consolidated_text() {
        // VBHN 40/VBHN-VPQH has notes 1 to 114: "7.105 Lập bảng kê ..." is clause 7 with note 105
        let mut t = String::from("VĂN BẢN HỢP NHẤT\nĐiều 43. Trách nhiệm của cơ sở khám bệnh, chữa bệnh\n");
        for k in 1..=99 {
            t += &format!("- Lập bảng kê chi phí lần thứ nhất của việc{k}.\n");
        }
        t += "8.100 Cung cấp bảng kê.\n\n";
        for k in 1..=100 {
            t += &format!("{k} Điểm này được bổ sung theo quy định tại khoản {k} Điều 1 của Luật số 51/2024/QH15.\n");
        }
        let a = asm(&t);
        assert_eq!(a.notes.len(), 100, "{:?}", a.text);
        assert!(a.text.contains("\n8. Cung cấp bảng kê"), "{}", a.text);
    }

    fn asm(t: &str) -> Assembled {
        assemble(t, &cells(t), &[])
    }

    /// The character-by-character pass that [`marks`] replaced, kept to check it.
    fn marks_char_by_char(text: &str) -> Vec<Mark> {
        let mut out = Vec::new();
        // one pass with the two previous characters; no copy of the text
        let mut prev2 = '\n';
        let mut prev = '\n';
        let mut it = text.char_indices().peekable();
        while let Some((off, c)) = it.next() {
            // (superscript digits are U+00B2 and up: ASCII is answered by the first comparison)
            if c >= '\u{B2}' && SUPERSCRIPTS.contains(&c) {
                let mut end = off + c.len_utf8();
                while let Some(&(o, n)) = it.peek() {
                    if !SUPERSCRIPTS.contains(&n) {
                        break;
                    }
                    end = o + n.len_utf8();
                    it.next();
                }
                // a note line starts with its superscript: that is not a mark
                if prev != '\n' {
                    if let Some(v) = superscript_value(&text[off..end]) {
                        out.push(Mark { value: v, start: off, end, sup: true });
                    }
                }
                prev2 = prev;
                prev = text[..end].chars().next_back().unwrap_or(c);
                continue;
            }
            // glued to a lowercase letter, or to the punctuation right after one ("như sau:1")
            // (asked of digits only)
            let glued = || prev.is_lowercase() || (":.;,)”\"".contains(prev) && prev2.is_lowercase());
            if c.is_ascii_digit() && glued() {
                let mut end = off + 1;
                let mut last = c;
                while let Some(&(o, n)) = it.peek() {
                    if !n.is_ascii_digit() {
                        break;
                    }
                    end = o + 1;
                    last = n;
                    it.next();
                }
                let next = text[end..].chars().next();
                let ok_next = next.map_or(true, |n| n.is_whitespace() || ".,;:)”\"".contains(n));
                if end - off <= 2 && ok_next {
                    if let Ok(v) = text[off..end].parse() {
                        out.push(Mark { value: v, start: off, end, sup: false });
                    }
                }
                prev2 = prev;
                prev = last;
                continue;
            }
            prev2 = prev;
            prev = c;
        }
        out
    }

    #[test]
    fn marks_agree_with_the_character_pass() {
        let cases = [
            "chính sách1. tỉnh2: như sau:1 và:12 m2 đất, CO2 x123 a1b Tum6\n1 Các\n¹ Kế hoạch¹²³⁴ x⁹⁹ “trích”3 ạ7,",
            "¹x\n²y z³\na:⁴ b.5 c)6 đ”7 (8) ế\"9 10",
            "",
            "1",
            "a1",
        ];
        for t in cases {
            let a: Vec<_> = marks(t).iter().map(|m| (m.value, m.start, m.end, m.sup)).collect();
            let b: Vec<_> = marks_char_by_char(t).iter().map(|m| (m.value, m.start, m.end, m.sup)).collect();
            assert_eq!(a, b, "{t:?}");
        }
    }

    #[test]
    fn pdf_footnote_cuts_a_sentence() {
        // seed 003's layout: a glued mark, the note at the page bottom, the sentence going on after it
        let t = "- Chủ động, đổi mới: Thông qua hoạt động và thành\n\ntựu, chính sách1.\n\n4. Truyền thông nâng cao nhận thức trên địa\nbàn tỉnh2: Tuyên truyền pháp luật\n\nđất đai; bảo vệ đất công.\n\n\n1 Các nghị quyết ban hành trong năm 2023; Nghị quyết số\n\n23-NQ/TU ngày 05/12/2023 của Ban Chấp hành Đảng bộ tỉnh.\n2 Chương trình 32-CTr/TU ngày 12/5/2022 của Ban Thường vụ Tỉnh ủy Kon Tum.\n 5. Truyền thông về nông nghiệp";
        let a = asm(t);
        assert_eq!(a.notes.len(), 2);
        let body_end = a.text.find("\n\n1 Các").unwrap();
        let body = &a.text[..body_end];
        assert!(body.contains("thành tựu, chính sách."), "{body}");
        assert!(body.contains("trên địa bàn tỉnh: Tuyên truyền pháp luật đất đai"), "{body}");
        assert!(body.contains("5. Truyền thông về nông nghiệp"), "{body}");
        assert!(!body.contains("Các nghị quyết ban hành"), "no note text in the body");
        let n1 = &a.notes[0];
        assert_eq!(n1.mark, "1");
        assert_eq!(&a.text[n1.start..n1.end], "1 Các nghị quyết ban hành trong năm 2023; Nghị quyết số 23-NQ/TU ngày 05/12/2023 của Ban Chấp hành Đảng bộ tỉnh.");
        // the map leads back to the input
        let i = a.text.find("Chương trình 32").unwrap();
        assert_eq!(&t[a.map.to_original(i)..a.map.to_original(i) + 10], &a.text[i..i + 10]);
    }

    #[test]
    fn superscript_footnotes() {
        let t = "Thực hiện các văn bản của Ban Tuyên giáo Tỉnh ủy¹. Từ tuần thứ 46\n\n1.3. Phòng cháy tại các khu\n\n¹ Kế hoạch số 3929/KH-UBND ngày 01/11/2024 của UBND tỉnh Kon Tum.\n\nchung cư, nhà cao tầng.\n\n2. Tuyên truyền theo chuyên đề²\n\n² Theo Công văn số 2731-CV/BTGTU.\n\n3. Khác";
        let a = asm(t);
        assert_eq!(a.notes.iter().map(|n| n.mark.as_str()).collect::<Vec<_>>(), ["¹", "²"]);
        assert!(a.text.contains("tại các khu chung cư, nhà cao tầng."), "{}", a.text);
        assert!(a.text.contains("Tỉnh ủy. Từ tuần"));
        assert!(a.text.contains("2. Tuyên truyền theo chuyên đề\n\n3. Khác"), "{}", a.text);
    }

    #[test]
    fn gazette_page_header_inside_a_sentence() {
        let t = "trước ngày 01 tháng 7 năm\nCÔNG BÁO/Số 283/Ngày 25-05-2026\n111\n\n2026 và tiếp tục.";
        let a = asm(t);
        assert_eq!(a.text, "trước ngày 01 tháng 7 năm 2026 và tiếp tục.");
    }

    #[test]
    fn comma_and_unit_head_line_ends_go_on() {
        // Nghị định 158/2026 Điều 20; seed 003 III.7.b
        let a = asm("Điều 20. Trách nhiệm của Ủy ban nhân dân cấp xã, Công an cấp xã,\nTrưởng thôn, Tổ trưởng tổ dân phố\nỦy ban nhân dân cấp xã phối hợp.");
        assert_eq!(a.text, "Điều 20. Trách nhiệm của Ủy ban nhân dân cấp xã, Công an cấp xã, Trưởng thôn, Tổ trưởng tổ dân phố\nỦy ban nhân dân cấp xã phối hợp.");
        let a = asm("- Thực hiện truyền thông: Sở\n\nThông tin và Truyền thông chủ trì.");
        assert_eq!(a.text, "- Thực hiện truyền thông: Sở Thông tin và Truyền thông chủ trì.");
        // heads of two words too (seed 003 II: "...; Trung tâm \n\nTruyền hình Việt Nam khu vực ..."; Thông tư
        // 35/2021/TT-BLĐTBXH: "... Tổng cục trưởng Tổng cục\nGiáo dục nghề nghiệp xem xét ...")
        let a = asm("Cơ quan Thường trực Báo Nhân Dân tại Đà Nẵng; Trung tâm \n\nTruyền hình Việt Nam khu vực Miền Trung.");
        assert_eq!(a.text, "Cơ quan Thường trực Báo Nhân Dân tại Đà Nẵng; Trung tâm Truyền hình Việt Nam khu vực Miền Trung.");
        let a = asm("Căn cứ báo cáo của Hội đồng, Tổng cục trưởng Tổng cục\nGiáo dục nghề nghiệp xem xét, quyết định.");
        assert_eq!(a.text, "Căn cứ báo cáo của Hội đồng, Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp xem xét, quyết định.");
        assert_eq!(asm("Báo cáo gửi Tổng cục\nThống kê tổng hợp.").text, "Báo cáo gửi Tổng cục Thống kê tổng hợp.");
        // a sentence that ends is not joined, whatever its last word
        assert_eq!(asm("Gửi về Sở.\nThông tin liên hệ").text, "Gửi về Sở.\nThông tin liên hệ");
        // seed 003 III.6.c: a wrapped line's next line opens with an acronym
        let a = asm("- Lựa chọn các sản phẩm nông nghiệp chủ lực của tỉnh, các sản phẩm\n\nOCOP và thuê đơn vị thiết kế logo, xây dựng hệ thống nhận diện.");
        assert_eq!(a.text, "- Lựa chọn các sản phẩm nông nghiệp chủ lực của tỉnh, các sản phẩm OCOP và thuê đơn vị thiết kế logo, xây dựng hệ thống nhận diện.");
        // ... but a short line does not run into one ("Kính gửi: Sở Y tế" / "UBND huyện ...")
        assert_eq!(asm("Nơi nhận bản sao\nUBND huyện lưu hồ sơ.").text, "Nơi nhận bản sao\nUBND huyện lưu hồ sơ.");
        // ninhbinh_ct_11 item 2: a hard wrap right after a semicolon, the item's next clause in lower case
        let a = asm("2. Giám đốc Sở Nông nghiệp và Môi trường: chủ trì rà soát, cắm mốc giới, hoàn thành trước ngày 30/6/2025;\nkiểm tra việc chấp hành giấy phép. Sở Tài chính có trách nhiệm bố trí kinh phí.");
        assert!(a.text.contains("30/6/2025; kiểm tra"), "{:?}", a.text);
        // (a short line's semicolon, a list's item, and a lettered point after it stay lines of their own)
        assert_eq!(asm("- Như trên;\nlưu hồ sơ.").text, "- Như trên;\nlưu hồ sơ.");
        let t = "a) Rà soát, quản lý chặt chẽ các bến thủy nội địa, bến bãi tập kết, kinh doanh cát, sỏi;\nb) Công bố danh sách.";
        assert_eq!(asm(t).text, t);
        // tests/fixtures/pdf/thuathienhue_qd_35.lo.pdf: the signer's name, under its title, between a cc item and the
        // item's wrapped end, is a line of its own (the item's end is not joined to the name)
        let a = asm("- Bộ Văn hóa, Thể thao và Du   PHÓ CHỦ TỊCH\nlịch;\n- Cục Kiểm tra VBQPPL (Bộ Tư\nPhạm Văn Lộc\npháp);\n- Lưu: VT.");
        assert!(a.text.contains("\nPhạm Văn Lộc\n"), "{:?}", a.text);
        // (a line of capitalized words with no title above it goes on as before: a place wrapped in a sentence)
        assert!(asm("Giao Ủy ban nhân dân tỉnh\nThừa Thiên Huế\nchủ trì thực hiện.").text.ends_with("\nThừa Thiên Huế chủ trì thực hiện."));
    }

    #[test]
    fn an_article_cited_at_a_line_start() {
        // Thông tư 07/2024, Điều 13.1.a
        let a = asm("a) Điều hành Hội đồng quản lý thực hiện nhiệm vụ, quyền hạn quy định tại\nĐiều 8 Thông tư này;\nb) Tổ chức việc giám sát;");
        assert_eq!(a.text, "a) Điều hành Hội đồng quản lý thực hiện nhiệm vụ, quyền hạn quy định tại Điều 8 Thông tư này;\nb) Tổ chức việc giám sát;");
        // a heading stays a heading
        // a name with " - " cut at its hyphen: one line, not a bullet
        let a = asm("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động\n- Thương binh và Xã hội, Nội vụ, Tài chính chịu trách nhiệm thi hành.\n- Như Điều 3;");
        assert_eq!(a.text, "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ, Tài chính chịu trách nhiệm thi hành.\n- Như Điều 3;");
        // Nghị định 372/2025, Điều 1.1: a clause number at a line end, its article on the next line
        let a = asm("quy định tại khoản 1\nĐiều 10 của Luật Người lao động.\n2. Giấy phép được cấp.");
        assert_eq!(a.text, "quy định tại khoản 1 Điều 10 của Luật Người lao động.\n2. Giấy phép được cấp.");
        // VBHN 6659/VBHN-BLĐTBXH Điều 23.3, VBHN 2007/VBHN-BLĐTBXH Điều 17.2
        let a = asm("quy định tại khoản 2,\nĐiều 20 Thông tư này.\n4. Phối hợp với cơ quan đại diện chủ sở hữu.");
        assert_eq!(a.text, "quy định tại khoản 2, Điều 20 Thông tư này.\n4. Phối hợp với cơ quan đại diện chủ sở hữu.");
        let a = asm("2. Nội dung theo quy định tại khoản 3\nĐiều 19. \n3. Tài liệu chứng minh.");
        assert!(a.text.starts_with("2. Nội dung theo quy định tại khoản 3 Điều 19.") && a.text.contains("\n3. Tài liệu"), "{}", a.text);
        let a = asm("quy định tại\nĐiều 8. Hiệu lực thi hành");
        assert_eq!(a.text, "quy định tại\nĐiều 8. Hiệu lực thi hành");
    }

    #[test]
    fn symbol_broken_at_a_hyphen() {
        let a = asm("khoản 4 Điều 67 Nghị định số 22/2026/NĐ-\nCP ngày 16 tháng 01 năm 2026");
        assert_eq!(a.text, "khoản 4 Điều 67 Nghị định số 22/2026/NĐ-CP ngày 16 tháng 01 năm 2026");
    }

    #[test]
    fn code_broken_at_a_hyphen() {
        let a = asm("tại Văn bản số 1438-\n\nCV/VPTU ngày 28 tháng 7 năm 2021");
        assert_eq!(a.text, "tại Văn bản số 1438-CV/VPTU ngày 28 tháng 7 năm 2021");
    }

    #[test]
    fn long_superscript_runs_do_not_overflow() {
        // found by fuzzing (fuzz/artifacts/decode_bytes): a run of superscript digits overflowed a u32
        let t = format!("x{}\n{} note", "⁹".repeat(40), "⁹".repeat(40));
        let a = asm(&t);
        assert!(a.notes.is_empty());
        assert_eq!(superscript_value("¹²"), Some(12));
    }

    #[test]
    fn square_metres_are_not_marks() {
        let a = asm("diện tích 100 m2 đất.\n\nHết.");
        assert!(a.notes.is_empty());
        assert!(a.text.contains("100 m2 đất"));
    }
}

#[cfg(test)]
mod columns_tests {
    use super::*;

    #[test]
    fn columns_lines_agrees_with_in_columns() {
        let t = "STT   Nhiệm vụ   Cơ quan\n   thụt lề đầu dòng\ncuối dòng   \nmột\ttab\n\ta\nbình thường\n1      Rà soát     Sở Y tế";
        let ls = lines(t);
        let got = columns_lines(t, &ls);
        let want: Vec<bool> = ls.iter().map(|l| in_columns(&t[l.start..l.end])).collect();
        assert_eq!(got, want);
        assert_eq!(want, [true, false, false, true, false, false, true]);
    }
}

#[cfg(test)]
mod rule_tests {
    use super::*;
    use crate::layout::cells;
    use crate::normalize::normalize;

    #[test]
    fn a_note_runs_on_under_the_next_page_s_rule() {
        // cb_van-ban-hop-nhat-so-1166 (Gazette PDF): note 4 quotes an amending decree and runs on to the next page,
        // where it goes on under the footnote rule (a line of spaces) without a mark, before note 5
        let rule = " ".repeat(42);
        let raw = format!(
            "Điều 20. Hiệu lực thi hành\nChương VI\nĐIỀU KHOẢN THI HÀNH4\n{rule}\n4 Điều 2 của Nghị định số 87/2021/NĐ-CP quy định như sau:\n“Điều 2. Trách nhiệm tổ chức thực hiện\n1. Người đại diện vốn nhà nước có trách nhiệm:\nCÔNG BÁO/Số 497 + 498/Ngày 10-4-2024\n94\nĐiều 21. Tổ chức thực hiện\n1. Hội đồng thành viên quyết định thực hiện thí điểm đối với các công ty con do\n{rule}\nb) Tham gia ý kiến, biểu quyết trong Hội đồng quản trị.\n2. Ủy ban Quản lý vốn nhà nước tại doanh nghiệp có trách nhiệm báo cáo.”\n5 Cụm từ “đến hết ngày 31 tháng 12 năm 2020” được bãi bỏ.\nCÔNG BÁO/Số 497 + 498/Ngày 10-4-2024\n95\ncông ty mẹ sở hữu từ 51% vốn điều lệ trở lên.\n"
        );
        let n = normalize(&raw);
        assert_eq!(n.rules.len(), 2);
        let a = assemble(&n.text, &cells(&n.text), &n.rules);
        let marks: Vec<&str> = a.notes.iter().map(|x| x.mark.as_str()).collect();
        assert_eq!(marks, ["4", "5"], "{}", a.text);
        let note4 = &a.text[a.notes[0].start..a.notes[0].end];
        assert!(note4.ends_with("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp có trách nhiệm báo cáo.”"), "{note4}");
        // the body goes on across the page: the note's lines are out of it
        let body = &a.text[..a.notes[0].start];
        assert!(body.contains("các công ty con do công ty mẹ sở hữu"), "{body}");
        assert!(!body.contains("Tham gia ý kiến"));
        // without the rules (a text whose separators were not spaces) the run-on lines stay where they are
        let b = assemble(&n.text, &cells(&n.text), &[]);
        assert!(b.text[..b.notes.first().map_or(b.text.len(), |x| x.start)].contains("Tham gia ý kiến"));
    }
}
