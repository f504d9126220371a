//! Text normalization: what the parser reads.
//!
//! Two forms live here:
//! - [`normalize`]: the *reading form* kept in the record. Unicode NFC, `\r\n`/`\r` to `\n`, no trailing spaces,
//!   no zero-width characters or BOM, non-breaking spaces as spaces, Markdown emphasis markers (`**`, `*x*`) and
//!   heading marks (`## `) removed, since exports of Word files carry them and they are never content.
//!   Runs of spaces inside a line are kept: they separate the two columns of a flattened header.
//!   A sparse [`OffsetMap`] maps every byte offset of the result back to the input.
//! - [`match_form`]: the *matching form* used for keys and comparisons: NFC, one tone placement ("hoà" -> "hòa",
//!   "thuỷ" -> "thủy"), lowercase, single spaces.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Text in reading form with a map back to the original byte offsets.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    pub map: OffsetMap,
    /// Lines (0-based) that held nothing but a long run of spaces (twenty or more): how `pdftotext` renders the
    /// rule above a page's footnotes. The reading form keeps them as empty lines; the body assembly wants to know
    /// where they were ([`crate::body::assemble`]).
    pub rules: Vec<usize>,
}

/// Sparse map from normalized byte offsets to original byte offsets.
///
/// Stores only the points where the difference between the two changes, so memory grows with the number of
/// edits, not with the size of the text.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// (normalized offset, original offset) at each point where the delta changes; sorted by the first member.
    points: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Record that output offset `norm` comes from input offset `orig` (points must come in output order).
    pub fn push_point(&mut self, norm: usize, orig: usize) {
        self.push(norm, orig)
    }

    fn push(&mut self, norm: usize, orig: usize) {
        if let Some(&(n, o)) = self.points.last() {
            if orig as isize - norm as isize == o as isize - n as isize {
                return;
            }
            if n == norm {
                self.points.pop();
            }
        }
        self.points.push((norm, orig));
    }

    /// Original byte offset of a normalized byte offset.
    pub fn to_original(&self, norm: usize) -> usize {
        let i = self.points.partition_point(|&(n, _)| n <= norm);
        if i == 0 {
            return norm;
        }
        let (n, o) = self.points[i - 1];
        o + (norm - n)
    }
}

/// Normalize raw text into the reading form. Pure and linear in the input size.
pub fn normalize(raw: &str) -> Normalized {
    let mut out = String::with_capacity(raw.len());
    let mut map = OffsetMap::default();
    let mut line_start_out = 0usize;
    let bytes = raw.as_bytes();
    let mut i = 0usize;
    // Pass 1 over lines: line endings, trailing spaces, markdown markers. NFC is applied per cluster.
    let mut rules = Vec::new();
    let mut line_no = 0usize;
    while i < raw.len() {
        let line_end = memchr_newline(bytes, i);
        let line = &raw[i..line_end];
        if line.len() >= 20 && line.bytes().all(|b| b == b' ' || b == b'\t') {
            rules.push(line_no);
        }
        line_no += 1;
        // a header laid out as a web page's table: "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "|" alone
        // between cells: the bars are column gaps (same length, so offsets stay). Not a Markdown table ("| STT | ...").
        let web_cells = line_no <= 40 && memchr::memchr(b'|', line.as_bytes()).is_some() && (line.trim() == "|" || !line.trim_start().starts_with('|'));
        // a text flattened to one line by a scraper ("UBND TỈNH X CỘNG HÒA XÃ HỘI ... Số : 2917 /SGDĐT-VP Phan Rang,
        // ngày ... V/v ... Kính gửi: - ...; - .... Vừa qua, ..."): its header lines and paragraphs are cut again at
        // spaces (each cut a line break in place of a space: offsets stay)
        let cuts = if line_no == 1 { flattened_cuts(line) } else { Vec::new() };
        // a page number alone on the first or last line of a page (a PDF's pages are joined by form feeds): furniture,
        // kept as an empty line; read as text it was glued to the line before by the body's assembly ("TM. ỦY BAN NHÂN
        // DÂN" / "3" / "KT. CHỦ TỊCH", a signature block cut by a page break)
        let page_edge = (i > 0 && bytes[i - 1] == 0x0C) || bytes.get(line_end) == Some(&0x0C);
        let page_number = page_edge && {
            let t = line.trim_matches([' ', '\t']);
            (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
        };
        if page_number {
        } else if web_cells {
            let spaced = line.replace('|', " ");
            emit_line(&spaced, i, &mut out, &mut map);
        } else if !cuts.is_empty() {
            let mut from = 0;
            for &c in &cuts {
                emit_line(&line[from..c], i + from, &mut out, &mut map);
                let t = out[line_start_out..].trim_end_matches([' ', '\t']).len();
                out.truncate(line_start_out + t);
                map.push(out.len(), i + c);
                out.push('\n');
                map.push(out.len(), i + c + 1);
                line_start_out = out.len();
                from = c + 1;
            }
            emit_line(&line[from..], i + from, &mut out, &mut map);
        } else {
            emit_line(line, i, &mut out, &mut map);
        }
        // strip trailing whitespace of the emitted line
        let trimmed_len = out[line_start_out..].trim_end_matches([' ', '\t']).len();
        out.truncate(line_start_out + trimmed_len);
        // newline handling
        let mut next = line_end;
        if next < raw.len() {
            map.push(out.len(), next);
            out.push('\n');
            if bytes[next] == b'\r' && next + 1 < raw.len() && bytes[next + 1] == b'\n' {
                next += 2;
            } else {
                next += 1;
            }
            map.push(out.len(), next);
        }
        line_start_out = out.len();
        i = next;
    }
    map.push(out.len(), raw.len());
    Normalized { text: out, map, rules }
}

/// Where to cut a first line that holds a whole document (a text flattened by a scraper): byte offsets of spaces
/// that end its header lines (before "CỘNG HÒA ...", "Độc lập ...", "Số", the place, "V/v", "Kính gửi", each "- "
/// recipient) and its paragraphs (after ". " before a capital, before "I. ", "1. ", "a) " labels). Empty for any other
/// line.
fn flattened_cuts(line: &str) -> Vec<usize> {
    const REPUBLIC: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    if line.len() < 300 || !line[..crate::references::floor_boundary(line, line.len().min(400))].contains(REPUBLIC) || !line.contains("Độc lập") {
        return Vec::new();
    }
    let b = line.as_bytes();
    let mut cuts: Vec<usize> = Vec::new();
    let space_before = |at: usize, cuts: &mut Vec<usize>| {
        if at > 0 && at <= b.len() && b[at - 1] == b' ' {
            cuts.push(at - 1);
        }
    };
    if let Some(i) = line.find(REPUBLIC) {
        space_before(i, &mut cuts);
        space_before(i + REPUBLIC.len() + 1, &mut cuts);
    }
    if let Some(i) = line.find("Độc lập") {
        space_before(i, &mut cuts);
        if let Some(j) = line[i..].find("Hạnh phúc").map(|j| i + j + "Hạnh phúc".len()) {
            space_before(j + 1, &mut cuts);
        }
    }
    // "Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày ...": the code line ends after its token with a slash
    if let Some(i) = line.find(" Số").map(|i| i + 1).filter(|&i| line[i + "Số".len()..].trim_start().starts_with(':')) {
        space_before(i, &mut cuts);
        let mut at = i + "Số".len();
        at += line[at..].find(':').map_or(0, |k| k + 1);
        for (k, w) in line[at..].split(' ').scan(at, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        }) {
            if w.contains('/') {
                space_before(k + w.len() + 1, &mut cuts);
                break;
            }
            if k > at + 40 {
                break;
            }
        }
    }
    for m in ["V/v ", "Về việc ", "Kính gửi", "Nơi nhận"] {
        if let Some(i) = line.find(m) {
            space_before(i, &mut cuts);
        }
    }
    // recipients ("Kính gửi: - A; - B.") and paragraphs
    let kg = line.find("Kính gửi").unwrap_or(line.len());
    // (the recipients end at the first ". " after "Kính gửi")
    let recipients_end = find_pair(&line[kg..], b'.', b' ').map_or(line.len(), |k| kg + k);
    for (i, _) in line[..recipients_end].match_indices(" - ").filter(|&(i, _)| i > kg) {
        cuts.push(i);
    }
    let body_from = line.find("Kính gửi").or_else(|| line.find("Căn cứ")).unwrap_or(0);
    for i in pair_positions(line, b'.', b' ').filter(|&i| i > body_from) {
        let after = &line[i + 2..];
        let before_digit = line[..i].chars().next_back().is_some_and(|c| c.is_ascii_digit() || "IVX".contains(c));
        if after.starts_with(char::is_uppercase) && !before_digit {
            cuts.push(i + 1);
        }
    }
    // labels: " I. ", " 12. ", " a) " after the header
    for (i, _) in line.match_indices(' ').filter(|&(i, _)| i > body_from) {
        let rest = &line[i + 1..];
        let label = rest.split(' ').next().unwrap_or("");
        let roman = label.len() > 1 && label.ends_with('.') && label[..label.len() - 1].bytes().all(|c| b"IVX".contains(&c));
        let dec = label.len() > 1 && label.len() <= 4 && label.ends_with('.') && label[..label.len() - 1].bytes().all(|c| c.is_ascii_digit());
        let letter = label.chars().count() == 2 && label.ends_with(')') && label.starts_with(|c: char| c.is_lowercase());
        if roman || dec || letter {
            cuts.push(i);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    memchr::memchr3(b'\n', b'\r', 0x0C, &bytes[from..]).map_or(bytes.len(), |p| from + p)
}

/// Emit one line (without its terminator) into `out`, recording offsets.
fn emit_line(line: &str, base: usize, out: &mut String, map: &mut OffsetMap) {
    // Markdown heading marks at line start: "## **2. ...**"
    let mut start = 0;
    let lb = line.as_bytes();
    let mut hashes = 0;
    while hashes < lb.len() && lb[hashes] == b'#' {
        hashes += 1;
    }
    if (1..=6).contains(&hashes) && lb.get(hashes) == Some(&b' ') {
        start = hashes + 1;
    }
    // one pass over the line by byte offsets: no copy of the line (a 100 MB line stays 100 MB)
    let mut pos = start;
    let mut prev: Option<char> = None;
    while pos < line.len() {
        // Fast path: most of a line is characters copied as they are (no marker, no control or zero-width
        // character, no space to rewrite, no combining mark to compose); copy the whole run at once. Inside the
        // run the offset delta does not change, so one map point at its start is what the per-character pushes
        // below would have left.
        let run_end = plain_run(line, pos);
        if run_end > pos {
            map.push(out.len(), base + pos);
            out.push_str(&line[pos..run_end]);
            prev = line[..run_end].chars().next_back();
            pos = run_end;
            continue;
        }
        let Some(c) = line[pos..].chars().next() else { break };
        let off = pos;
        // Markdown emphasis: a run of '*' that touches a non-space on one side and is not a lone "*" line.
        if c == '*' {
            let run_end = pos + lb[pos..].iter().take_while(|&&b| b == b'*').count();
            let next = line[run_end..].chars().next();
            let lone = prev.map_or(true, |p| p.is_whitespace()) && next.map_or(true, |x| x.is_whitespace());
            let len = run_end - pos;
            if (!lone && (len >= 2 || is_emphasis_single(prev, next))) || (lone && len >= 2) {
                // "**" alone (an empty bold run) is noise too
                prev = Some('*');
                pos = run_end;
                continue;
            }
        }
        // zero-width characters, BOM, and control characters (NUL, BEL, ...; tabs are kept as spaces below)
        if matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' | '\u{7F}')
            || (c < ' ' && c != '\t')
        {
            pos += c.len_utf8();
            continue;
        }
        // a cluster: a starter and its combining marks, composed together
        let mut end = pos + c.len_utf8();
        let mut last = c;
        // combining marks start at U+0300: a cheap test first
        while let Some(m) = line[end..].chars().next().filter(|&m| m >= '\u{300}' && is_combining_mark(m)) {
            end += m.len_utf8();
            last = m;
        }
        map.push(out.len(), base + off);
        if end == pos + c.len_utf8() {
            let c = match c {
                '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\t' => ' ',
                c => c,
            };
            out.push(c);
        } else {
            // map points inside a composed cluster all go to its start; the end maps to the cluster's end
            out.extend(line[off..end].nfc());
            map.push(out.len(), base + end);
        }
        prev = Some(last);
        pos = end;
    }
}

/// The end of the run of characters from `from` that [`emit_line`] copies unchanged: not '*', not a control,
/// zero-width, BOM or soft hyphen, not a space to rewrite (tab, no-break spaces), and not the starter of a
/// cluster (a character followed by a combining mark).
fn plain_run(line: &str, from: usize) -> usize {
    /// How far `plain_run` steps at a character's first byte without decoding it: 1 (printable ASCII but '*'), 2
    /// (C3..CB: U+00C0..U+02FF, "à", "ơ", "ư", "đ", no mark nor character to drop or rewrite among them), or 0: an
    /// ASCII control, '*' or DEL (the run ends) or a character to decode (U+00A0 and U+00AD under C2, marks, and the
    /// 3-byte characters; E1 B8..BB, "ế", "ộ" and the rest of U+1E00..U+1EFF, is stepped over by the loop itself).
    const STEP: [u8; 256] = {
        let mut t = [0; 256];
        let mut x = 0x20;
        while x < 0x7F {
            t[x] = if x == b'*' as usize { 0 } else { 1 };
            x += 1;
        }
        let mut x = 0xC3;
        while x <= 0xCB {
            t[x] = 2;
            x += 1;
        }
        t
    };
    /// Bytes that make [`plain_run`] look at a character more closely: those STEP gives 0 (but continuation bytes,
    /// which a 16-byte window may start with) and E1 (checked with its next byte).
    const CLOSER: [bool; 256] = {
        let mut t = [false; 256];
        let mut x = 0;
        while x < 256 {
            t[x] = STEP[x] == 0 && !(x >= 0x80 && x < 0xC0) && x != 0xE1;
            x += 1;
        }
        t
    };
    let b = line.as_bytes();
    // Windows in which every character is stepped over (printable ASCII but '*', C3..CB, E1 B8..BB) are skipped
    // whole: the loop below waits for each character's step before it can read the next
    let mut i = skip_windows(b, from, |x, next| !CLOSER[x as usize] & !((x == 0xE1) & (next & 0xFC != 0xB8)));
    // (the windows may have ended inside a character: back to its start, and the character before it is the last
    // taken, whose start a mark after it ends the run at)
    while !line.is_char_boundary(i) {
        i -= 1;
    }
    let mut last_start = if i > from { crate::references::floor_boundary(line, i - 1) } else { from };
    while i < b.len() {
        let x = b[i];
        // the step read without a branch on the kind of character (in Vietnamese text ASCII, 2-byte and 3-byte
        // letters alternate without pattern): the Vietnamese letters of Latin Extended Additional (E1 B8..BB) step 3
        let second = b.get(i + 1).copied().unwrap_or(0);
        let vietnamese = (x == 0xE1) & (second & 0xFC == 0xB8);
        let step = if vietnamese { 3 } else { STEP[x as usize] };
        if step != 0 {
            last_start = i;
            i += step as usize;
            continue;
        }
        if x < 0x80 {
            // a control, '*' or DEL
            return i;
        }
        let c = line[i..].chars().next().expect("char boundary");
        if i > from && is_mark(c) {
            // the previous character starts a cluster: the run ends before it
            return last_start;
        }
        if matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' | '\u{00A0}' | '\u{2007}' | '\u{202F}') {
            return i;
        }
        last_start = i;
        i += c.len_utf8();
    }
    b.len()
}

/// Where a run of bytes for which `plain(byte, next byte)` holds stops being read 16 bytes at a time, from `from`: the
/// start of the first window of 16 with a byte that fails (or whose next byte is past the text). Each window's bytes
/// are tested independently of each other, without a branch per byte; the caller reads on from there one by one.
#[inline(always)]
fn skip_windows(b: &[u8], from: usize, plain: impl Fn(u8, u8) -> bool) -> usize {
    let mut i = from;
    while let Some(w) = b.get(i..i + 17) {
        let mut all = true;
        for k in 0..16 {
            all &= plain(w[k], w[k + 1]);
        }
        if !all {
            break;
        }
        i += 16;
    }
    i
}

/// Whether a character starts at byte `x` of UTF-8 text: every byte but a continuation byte (0b10xx_xxxx, below -64
/// read as a signed byte).
pub(crate) fn is_char_start(x: u8) -> bool {
    (x as i8) >= -0x40
}

/// The characters that start in `b` (a piece of UTF-8 text, cut anywhere), counted in one pass the compiler
/// vectorizes.
pub(crate) fn char_starts(b: &[u8]) -> usize {
    b.iter().filter(|&&x| is_char_start(x)).count()
}

/// A combining mark, as `emit_line` tests it; Vietnamese precomposed letters (U+1E00..U+1EFF) answer at once.
fn is_mark(c: char) -> bool {
    c >= '\u{300}' && !('\u{1E00}'..='\u{1EFF}').contains(&c) && is_combining_mark(c)
}

fn is_emphasis_single(prev: Option<char>, next: Option<char>) -> bool {
    // "*word" opening or "word*" closing, but not "a * b" nor "*" glued between digits (3*4)
    let p_ws = prev.map_or(true, |p| p.is_whitespace() || matches!(p, '(' | '[' | '“' | '"' | '\''));
    let n_ws = next.map_or(true, |x| x.is_whitespace() || matches!(x, ')' | ']' | '.' | ',' | ';' | ':' | '”' | '"' | '\''));
    let p_digit = prev.is_some_and(|p| p.is_ascii_digit());
    let n_digit = next.is_some_and(|x| x.is_ascii_digit());
    if p_digit && n_digit {
        return false;
    }
    p_ws != n_ws
}

/// Characters whose tone mark moves in old-style placement. Vowel pairs `oa`, `oe`, `uy` at the end of a syllable.
fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

const TONE_MARKS: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

/// Matching form: NFC, tone on the first vowel of a final `oa`/`oe`/`uy` ("hoà" -> "hòa", "thuỷ" -> "thủy",
/// but "quý" and "hoàn" unchanged), lowercase, whitespace runs as one space, trimmed.
pub fn match_form(s: &str) -> String {
    match_form_quick(s).unwrap_or_else(|| match_form_full(s))
}

/// [`match_form`] by the letter of its definition: NFD, lowercase, tone moved, NFC.
fn match_form_full(s: &str) -> String {
    let lower: String = s.nfd().flat_map(char::to_lowercase).collect();
    let mut chars: Vec<char> = Vec::with_capacity(lower.len());
    let mut last_space = true;
    for c in lower.chars() {
        if c.is_whitespace() {
            if !last_space {
                chars.push(' ');
            }
            last_space = true;
        } else {
            chars.push(c);
            last_space = false;
        }
    }
    while chars.last() == Some(&' ') {
        chars.pop();
    }
    // Move tone marks: pattern V1 V2 [other marks of V2] TONE (end of syllable) -> V1 TONE V2 [marks]
    let n = chars.len();
    let mut i = 0;
    while i + 1 < n {
        let (a, b) = (chars[i], chars[i + 1]);
        let pair = matches!((a, b), ('o', 'a') | ('o', 'e') | ('u', 'y'));
        let after_q = i > 0 && chars[i - 1] == 'q' && a == 'u';
        // o + a with breve (oă) is a different vowel and never ends a syllable; fine to ignore.
        if pair && !after_q {
            // collect marks after b
            let mut j = i + 2;
            while j < n && is_combining_mark(chars[j]) {
                j += 1;
            }
            let end_of_syllable = j >= n || !is_letter(chars[j]);
            if end_of_syllable {
                if let Some(tpos) = (i + 2..j).find(|&p| TONE_MARKS.contains(&chars[p])) {
                    let tone = chars.remove(tpos);
                    chars.insert(i + 1, tone);
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    chars.into_iter().collect::<String>().nfc().collect()
}

/// Letters whose NFD form lowercases to the NFD form of their lowercase, and which are NFC as they stand: ASCII, the
/// Latin-1 to Latin Extended-B letters up to "ư" and the Vietnamese block. Text made only of these needs no
/// decomposition for [`match_form`].
fn simple_letter(c: char) -> bool {
    c.is_ascii() || ('\u{C0}'..='\u{1B0}').contains(&c) || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
}

/// [`match_form`] without NFD/NFC for the usual text: precomposed letters (see [`simple_letter`]) and no tone to
/// move. With precomposed letters a tone can only move in a bare o/u followed by a non-ASCII letter that ends the
/// syllable ("hoà", "thuỷ"); such text takes the general path ("hoạch", "Luật" go on with a letter). Lowercasing
/// per character and collapsing whitespace then give the same string. None: take the general path.
fn match_form_quick(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    // the previous character is a bare o/u; the last two are a bare o/u and a non-ASCII letter
    let (mut after_ou, mut pair) = (false, false);
    for c in s.chars() {
        if !simple_letter(c) || (pair && !c.is_alphabetic()) {
            return None;
        }
        pair = after_ou && !c.is_ascii();
        after_ou = matches!(c, 'o' | 'O' | 'u' | 'U');
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            // (Vietnamese letters by lower_of's table, not the Unicode tables' search)
            match lower_of(c) {
                Lower::Same => out.push(c),
                Lower::One(l) => out.push(l),
                Lower::Other => out.extend(c.to_lowercase()),
            }
            last_space = false;
        }
    }
    if pair {
        return None;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    Some(out)
}

/// ASCII slug of a place name: "Kon Tum" -> "kon-tum", "Đắk Lắk" -> "dak-lak".
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// `c.is_alphanumeric()`, answered without the Unicode tables for ASCII and for the Latin blocks Vietnamese is
/// written in (U+00C0..U+024F but × and ÷, U+1E00..U+1EFF: letters all). Word scans call it on every character.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if latin_letter(c) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// `c.is_alphabetic()`, with the same fast paths as [`is_alnum`].
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if latin_letter(c) {
        true
    } else {
        c.is_alphabetic()
    }
}

fn latin_letter(c: char) -> bool {
    (('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷') || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// `s.to_lowercase()`, faster on Vietnamese text: runs of characters that are their own lowercase are copied whole,
/// and ASCII, the Vietnamese block (U+1EA0..U+1EFF, capital and small letters in pairs) and the other Vietnamese
/// letters (Latin-1, ă đ ĩ ũ ơ ư) are mapped without the Unicode tables. Σ, the one letter whose lowercase depends on
/// its neighbours, sends the whole string to the standard function.
pub fn to_lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // the start of the run of characters not yet copied, all their own lowercase
    let mut run = 0;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // (ASCII read as bytes: most of the characters of a Vietnamese text, none of them decoded)
        let x = b[i];
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                out.push_str(&s[run..i]);
                out.push(x.to_ascii_lowercase() as char);
                run = i + 1;
            }
            i += 1;
            continue;
        }
        // (the letters of Vietnamese text by their bytes, not decoded: U+1EA0..U+1EFF, a capital the even one of each
        // pair; Latin-1 À..Þ but ×; U+2000..U+207F, general punctuation, has no case)
        match x {
            0xE1 if i + 2 < b.len() && (b[i + 1] == 0xBB || (b[i + 1] == 0xBA && b[i + 2] >= 0xA0)) => {
                if b[i + 2] & 1 == 0 {
                    let cp = 0x1000 | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
                    out.push_str(&s[run..i]);
                    out.push(char::from_u32(cp + 1).expect("a letter of U+1EA0..U+1EFF"));
                    run = i + 3;
                }
                i += 3;
                continue;
            }
            0xC3 if i + 1 < b.len() => {
                let y = b[i + 1];
                if (0x80..=0x9E).contains(&y) && y != 0x97 {
                    out.push_str(&s[run..i]);
                    out.push(char::from_u32(0xC0 + u32::from(y - 0x80) + 0x20).expect("a letter of U+00E0..U+00FE"));
                    run = i + 2;
                }
                i += 2;
                continue;
            }
            0xE2 if i + 2 < b.len() && (b[i + 1] == 0x80 || b[i + 1] == 0x81) => {
                i += 3;
                continue;
            }
            _ => {}
        }
        let c = s[i..].chars().next().expect("char boundary");
        let start = i;
        i += c.len_utf8();
        let lower = match lower_of(c) {
            Lower::Same => continue,
            Lower::Other if c == 'Σ' => return s.to_lowercase(),
            Lower::Other if c.to_lowercase().eq(std::iter::once(c)) => continue,
            lower => lower,
        };
        out.push_str(&s[run..start]);
        match lower {
            Lower::One(l) => out.push(l),
            _ => out.extend(c.to_lowercase()),
        }
        run = i;
    }
    out.push_str(&s[run..]);
    out
}

/// Where the two ASCII bytes `a` `b` (different, so no two places overlap) stand in `t`, left to right: what
/// `t.match_indices` of that two-byte string gives, found by memchr on the first byte (a str search builds a Two-Way
/// searcher on every call, which for ". " or ", " costs more than the search).
pub fn pair_positions(t: &str, a: u8, b: u8) -> impl Iterator<Item = usize> + '_ {
    debug_assert!(a != b && a.is_ascii() && b.is_ascii());
    let bytes = t.as_bytes();
    memchr::memchr_iter(a, bytes).filter(move |&i| bytes.get(i + 1) == Some(&b))
}

/// The first of [`pair_positions`]: `t.find` of the two-byte string.
pub fn find_pair(t: &str, a: u8, b: u8) -> Option<usize> {
    pair_positions(t, a, b).next()
}

/// The last of [`pair_positions`]: `t.rfind` of the two-byte string.
pub fn rfind_pair(t: &str, a: u8, b: u8) -> Option<usize> {
    let bytes = t.as_bytes();
    memchr::memrchr_iter(a, bytes).find(|&i| bytes.get(i + 1) == Some(&b))
}

/// Whether `a` and `b` have the same lowercase (`a.to_lowercase().eq(b.to_lowercase())`), without the Unicode
/// tables for the letters of Vietnamese text.
pub fn same_lower(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    let one = |c: char| match lower_of(c) {
        Lower::Same => Some(c),
        Lower::One(l) => Some(l),
        Lower::Other => None,
    };
    match (one(a), one(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a.to_lowercase().eq(b.to_lowercase()),
    }
}

/// The lowercase of a character, where it is known without the Unicode tables.
enum Lower {
    /// The character is its own lowercase.
    Same,
    /// This one character.
    One(char),
    /// Ask the tables.
    Other,
}

fn lower_of(c: char) -> Lower {
    match c {
        'A'..='Z' => Lower::One(c.to_ascii_lowercase()),
        '\0'..='\u{7F}' => Lower::Same,
        // Latin-1: À..Þ (but ×) are the capitals of à..þ
        '\u{C0}'..='\u{DE}' if c != '×' => Lower::One(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        '\u{DF}'..='\u{FF}' => Lower::Same,
        'Ă' | 'Đ' | 'Ĩ' | 'Ũ' | 'Ơ' => Lower::One(char::from_u32(c as u32 + 1).unwrap_or(c)),
        'Ư' => Lower::One('ư'),
        'ă' | 'đ' | 'ĩ' | 'ũ' | 'ơ' | 'ư' => Lower::Same,
        '\u{1EA0}'..='\u{1EFF}' if (c as u32) % 2 == 0 => Lower::One(char::from_u32(c as u32 + 1).unwrap_or(c)),
        '\u{1EA0}'..='\u{1EFF}' => Lower::Same,
        _ => Lower::Other,
    }
}

/// `t.split_whitespace().collect::<Vec<_>>().join(" ")` in one pass over the bytes: the words of `t` with one space
/// between them. Only a byte that starts a character can start a space: ASCII spaces are read as bytes, and the
/// few lead bytes of the other Unicode spaces (U+0085, U+00A0, U+1680, U+2000..U+3000) send that character to
/// `char::is_whitespace`.
pub fn join_words(t: &str) -> String {
    // what a byte may be: 0 part of a word; 1 an ASCII space or control space; 2 the lead byte of a character that may
    // be a Unicode space (U+0085, U+00A0, U+1680, U+2000..U+3000: read as a char then)
    const CLASS: [u8; 256] = {
        let mut c = [0u8; 256];
        c[b' ' as usize] = 1;
        c[b'\t' as usize] = 1;
        c[b'\n' as usize] = 1;
        c[0x0B] = 1;
        c[0x0C] = 1;
        c[b'\r' as usize] = 1;
        c[0xC2] = 2;
        c[0xE1] = 2;
        c[0xE2] = 2;
        c[0xE3] = 2;
        c
    };
    let b = t.as_bytes();
    // the length of the space at `i`, 0 if none
    #[inline(always)]
    fn space_at(t: &str, b: &[u8], i: usize) -> usize {
        match CLASS[b[i] as usize] {
            0 => 0,
            1 => 1,
            // (0xE1 leads every letter of the Vietnamese block, U+1E00..U+1EFF; its one space is U+1680, E1 9A 80)
            _ if b[i] == 0xE1 && b.get(i + 1) != Some(&0x9A) => 0,
            _ => t[i..].chars().next().filter(|c| c.is_whitespace()).map_or(0, char::len_utf8),
        }
    }
    let space_at = |i: usize| space_at(t, b, i);
    let mut out = String::with_capacity(t.len());
    let mut i = 0;
    // runs of words with single ASCII spaces between them are copied whole: most of a text
    loop {
        // the spaces before the next word
        while i < b.len() {
            let n = space_at(i);
            if n == 0 {
                break;
            }
            i += n;
        }
        if i >= b.len() {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        // the run from this word: on over word bytes, and over a single " " that a word byte follows
        let run = i;
        while i < b.len() {
            // windows where each byte is a word's or a single ASCII space before a word's byte, without a branch per
            // byte (a Vietnamese text has a space every four or five bytes, where the loop below branches)
            i = skip_windows(b, i, |x, next| {
                let single = (x == b' ') & (CLASS[next as usize] == 0);
                let letter = (x == 0xE1) & (next != 0x9A);
                (CLASS[x as usize] == 0) | single | letter
            });
            if i >= b.len() {
                break;
            }
            let x = b[i];
            if CLASS[x as usize] == 0 {
                i += 1;
            } else if x == b' ' && i + 1 < b.len() && space_at(i + 1) == 0 {
                i += 2;
            } else if space_at(i) == 0 {
                i += 1;
            } else {
                break;
            }
        }
        out.push_str(&t[run..i]);
    }
    out
}

/// `t.to_uppercase().contains(needle)` for an uppercase `needle` that starts with 'X' ("XÁC THỰC ..."): only 'x' and
/// 'X' uppercase to a string that holds an 'X' (and to that one letter alone), so the needle can only be found where
/// an x/X stands before a character whose uppercase starts with the needle's second character. Text without such a
/// pair is passed over without building its uppercase (the signature and header scans ask this of every cell, and
/// "xã", "xây dựng" are common).
pub fn upper_contains_x(t: &str, needle: &str) -> bool {
    debug_assert!(needle.starts_with('X'));
    let second = needle[1..].chars().next();
    // x/X found with memchr2 (vectorized), not a char-by-char search
    let pair = memchr::memchr2_iter(b'x', b'X', t.as_bytes()).any(|i| match second {
        Some(s) => t[i + 1..].chars().next().is_some_and(|c| c.to_uppercase().next() == Some(s)),
        None => true,
    });
    pair && t.to_uppercase().contains(needle)
}

/// Uppercase test for Vietnamese lines: at least two letters and no lowercase letter.
pub fn is_upper_line(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if is_alpha(c) {
            letters += 1;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_number_at_a_page_break_is_dropped() {
        // a signature block cut by a page break, the next page numbered at its top (a PDF's pages joined by form feeds)
        let t = "- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\u{c}3\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nQuách Văn Lực\n";
        let n = normalize(t);
        assert_eq!(n.text, "- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nQuách Văn Lực\n");
        // (a number at the bottom of a page too; a number inside a page, a table's cell, stays)
        assert_eq!(normalize("điều này.\n12\u{c}Điều 5.").text, "điều này.\n\nĐiều 5.");
        assert_eq!(normalize("STT\n1\nSở Y tế").text, "STT\n1\nSở Y tế");
        let r = crate::parse(&format!("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 18/2024/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc abc\n\nĐiều 1. Ban hành.\n\nNơi nhận:\n{t}")).record;
        assert_eq!(r.signer.authority.as_deref(), Some("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"));
    }

    #[test]
    fn a_text_flattened_to_one_line() {
        // Công văn 2917/SGDĐT-VP (Ninh Thuận, 2010) as a document site serves it, all on one line
        let t = "UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010 V/v báo cáo nhanh tình hình thiệt hại do lũ lụt. Kính gửi: - Ủy ban nhân dân tỉnh Ninh Thuận; - Bộ Giáo dục và Đào tạo. Vừa qua, tỉnh Ninh Thuận bị ảnh hưởng của không khí lạnh. Sở Giáo dục và Đào tạo báo cáo như sau: I. TÌNH HÌNH THIỆT HẠI: 1. Đối với thành phố Phan Rang-Tháp Chàm: tổng thiệt hại khoảng 6.050 triệu đồng.";
        let n = normalize(t);
        assert_eq!(n.text.len(), t.len(), "a cut is a line break in place of a space");
        let lines: Vec<&str> = n.text.lines().collect();
        assert!(lines.contains(&"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "{lines:?}");
        assert!(lines.contains(&"Số : 2917 /SGDĐT-VP"), "{lines:?}");
        assert!(lines.contains(&"- Bộ Giáo dục và Đào tạo."), "{lines:?}");
        assert!(lines.iter().any(|l| l.starts_with("I. TÌNH HÌNH")), "{lines:?}");
        let r = crate::parse(t).record;
        assert_eq!(r.code.as_deref(), Some("2917/SGDĐT-VP"));
        assert_eq!(r.date.as_deref(), Some("2010-11-05"));
        assert_eq!(r.recipients, ["Ủy ban nhân dân tỉnh Ninh Thuận", "Bộ Giáo dục và Đào tạo"]);
        // any prefix of it, cut anywhere, does not panic
        for k in (0..t.len()).filter(|&k| t.is_char_boundary(k)).step_by(7) {
            let _ = normalize(&t[..k]);
        }
    }

    #[test]
    fn nfc_and_offsets() {
        // "Hòa" written decomposed: o + combining grave
        let raw = "Ho\u{0300}a bi\u{0300}nh\r\nx";
        let n = normalize(raw);
        assert_eq!(n.text, "Hòa bình\nx");
        // "bình" starts at byte 5 in normalized text ("Hòa " is H(1)+ò(2)+a(1)+space(1))
        assert_eq!(&n.text[5..], "bình\nx");
        assert_eq!(n.map.to_original(5), 6);
        // the "x" after CRLF
        let x = n.text.find('x').unwrap();
        assert_eq!(n.map.to_original(x), raw.find('x').unwrap());
        assert_eq!(n.map.to_original(n.text.len()), raw.len());
    }

    #[test]
    fn markdown_markers_removed() {
        let n = normalize("## **2. Các sở, ngành**\n***Nơi nhận:***\n(*khóa IX*)\nTỈNH ỦY\n*\n3*4");
        assert_eq!(n.text, "2. Các sở, ngành\nNơi nhận:\n(khóa IX)\nTỈNH ỦY\n*\n3*4");
        let i = n.text.find("Nơi").unwrap();
        assert_eq!(n.map.to_original(i), "## **2. Các sở, ngành**\n***".len());
    }

    #[test]
    fn trailing_spaces_and_nbsp() {
        let n = normalize("UBND TỈNH KON TUM  \n\u{FEFF}Số:\u{00A0}12  ");
        assert_eq!(n.text, "UBND TỈNH KON TUM\nSố: 12");
    }

    #[test]
    fn match_form_tone_placement() {
        assert_eq!(match_form("Văn hoá"), match_form("văn hóa"));
        assert_eq!(match_form("thuỷ  lợi"), "thủy lợi");
        assert_eq!(match_form("HOÀ"), "hòa");
        assert_eq!(match_form("quý"), "quý");
        assert_eq!(match_form("hoàn thành"), "hoàn thành");
        assert_eq!(match_form("khoẻ"), "khỏe");
        // decomposed input gives the same form
        assert_eq!(match_form("ho\u{0061}\u{0300}"), "hòa");
    }

    #[test]
    fn quick_match_form_agrees_with_the_full_one() {
        let simple: Vec<char> = ('\0'..='\u{1EFF}').filter(|&c| simple_letter(c)).collect();
        for &c in &simple {
            let forms = [c.to_string(), format!("x{c}"), format!("{c}a"), format!("o{c}"), format!("u{c} "), format!(" O{c}Y\t")];
            for s in forms.iter().chain(&[format!("ho{c}n"), format!("qu{c}"), format!("qu{c},"), format!("U{c}1")]) {
                assert_eq!(match_form_quick(&s).unwrap_or_else(|| match_form_full(&s)), match_form_full(&s), "{s:?}");
            }
        }
        for s in ["Luật Đấu thầu", "  HOÀ  BÌNH ", "Thuỷ lợi", "khoẻ", "QUÝ", "Văn hoá", "Quốc hội\n", "İstanbul", "Kế hoạch", "hoà."] {
            assert_eq!(match_form(s), match_form_full(s), "{s:?}");
        }
        assert!(match_form_quick("Luật Đấu thầu").is_some(), "the usual text takes the quick path");
    }

    #[test]
    fn plain_runs_stop_before_a_cluster() {
        let line = "ab\u{301}c\u{A0}d";
        assert_eq!(plain_run(line, 0), 1);
        assert_eq!(plain_run(line, 1), 1);
        assert_eq!(plain_run(line, 4), 5);
    }

    /// `plain_run` by the letter of its definition: every character decoded.
    fn plain_run_decoded(line: &str, from: usize) -> usize {
        let mut last_start = from;
        for (k, c) in line[from..].char_indices() {
            let i = from + k;
            if c < ' ' || c == '*' || c == '\u{7F}' {
                return i;
            }
            if i > from && is_mark(c) {
                return last_start;
            }
            if matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' | '\u{00A0}' | '\u{2007}' | '\u{202F}') {
                return i;
            }
            last_start = i;
        }
        line.len()
    }

    #[test]
    fn plain_runs_by_first_bytes_agree_with_decoding() {
        // every character up to U+2FFF and those of the blocks read by their first bytes, alone, before a mark,
        // before a no-break space and between Vietnamese letters
        for c in ('\0'..='\u{2FFF}').chain(['\u{FEFF}', '\u{FE20}', '\u{1F600}']) {
            // (and after runs longer than plain_run's 16-byte windows, with the character at each place of a window)
            let long = ["Ủy ban nhân dân tỉnh", "Kế hoạch số 130/KH-UBND", "Điều 5. Trách nhiệm"][c as usize % 3];
            let cut = c as usize % 7;
            let long = &long[..long.char_indices().nth(cut + 12).map_or(long.len(), |(k, _)| k)];
            for line in [format!("a{c}"), format!("ạ{c}\u{301}x"), format!("ư{c}\u{A0}"), format!("ế{c}ộ"), format!("{c}\u{323}"), format!("{long}{c}\u{301}{long}"), format!("{long}{c}ợ{long}{c}")] {
                for from in (0..line.len()).filter(|&i| line.is_char_boundary(i)) {
                    assert_eq!(plain_run(&line, from), plain_run_decoded(&line, from), "{line:?} from {from}");
                }
            }
        }
    }

    #[test]
    fn fast_character_classes_agree_with_std() {
        for c in ('\0'..='\u{2FFF}').chain(['Σ', 'ς', 'İ', '\u{10400}']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            let s = format!("{c}");
            assert_eq!(to_lower(&s), s.to_lowercase(), "{c:?}");
            // (lower_of's own answers, which match_form_quick takes as they are)
            match lower_of(c) {
                Lower::Same => assert!(c.to_lowercase().eq([c]), "{c:?}"),
                Lower::One(l) => assert!(c.to_lowercase().eq([l]), "{c:?}"),
                Lower::Other => {}
            }
            for s in [format!("A{c}Σ {c}"), format!("Ạ{c}b {c}")] {
                assert_eq!(to_lower(&s), s.to_lowercase(), "{s:?}");
            }
        }
        assert_eq!(to_lower("CĂN CỨ Luật ĐẤU THẦU"), "căn cứ luật đấu thầu");
        // the bytes that start a character: those char_indices gives, in text of 1- to 4-byte characters
        let t = "aàế𝐀\u{301} Sở";
        let starts: Vec<usize> = (0..t.len()).filter(|&i| is_char_start(t.as_bytes()[i])).collect();
        assert_eq!(starts, t.char_indices().map(|(i, _)| i).collect::<Vec<_>>());
        assert_eq!(char_starts(t.as_bytes()), t.chars().count());
        // same_lower against the definition: every character to U+2FFF (and some beyond) with its neighbours, the
        // letters whose lowercase is another letter ('K' Kelvin, 'Ω' Ohm, 'İ'), and pairs of Vietnamese letters
        let others = ['k', 'K', '\u{212A}', 'ω', 'Ω', '\u{2126}', 'i', 'İ', 'ạ', 'Ạ', 'đ', 'Đ', 'ư', 'Ư', 'σ', 'ς', 'Σ', 'ß', 'ẞ'];
        for a in ('\0'..='\u{2FFF}').chain(['\u{10400}', '\u{10428}']) {
            let near = [char::from_u32(a as u32 + 1), char::from_u32(a as u32 + 32), char::from_u32((a as u32).wrapping_sub(1))];
            for b in others.iter().copied().chain(near.into_iter().flatten()).chain([a]) {
                assert_eq!(same_lower(a, b), a.to_lowercase().eq(b.to_lowercase()), "{a:?} {b:?}");
            }
        }
        // long ASCII runs with capitals anywhere in them, and bytes at the edges of the
        // capitals' range
        let pieces = ["a", "Z", "A", "z", "@", "[", "`", "{", " ", "abcdefgh", "ABCDEFGH", "Sở", "Ư", "\u{7F}", "\0"];
        let mut rng = crate::TestRng::new(0x8EBC6AF09C88C6E3);
        for _ in 0..20_000 {
            let n = rng.below(24);
            let s: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            assert_eq!(to_lower(&s), s.to_lowercase(), "{s:?}");
        }
        // every character, alone and between letters that are and are not their own lowercase
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("aĐ{c}ưB");
            assert_eq!(to_lower(&s), s.to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn pair_positions_are_match_indices() {
        let pieces = [".", " ", ". ", ", ", ",", "..", "  ", "ạ", "Sở", "\n", ";", "; "];
        let mut rng = crate::TestRng::new(0x1405_7B7E_F767_814F);
        for _ in 0..5_000 {
            let n = rng.below(16);
            let t: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
            for (a, b) in [(b'.', b' '), (b',', b' '), (b';', b' ')] {
                let pat = format!("{}{}", a as char, b as char);
                let want: Vec<usize> = t.match_indices(pat.as_str()).map(|(i, _)| i).collect();
                assert_eq!(pair_positions(&t, a, b).collect::<Vec<_>>(), want, "{t:?}");
                assert_eq!(find_pair(&t, a, b), t.find(pat.as_str()));
                assert_eq!(rfind_pair(&t, a, b), t.rfind(pat.as_str()));
            }
        }
    }

    #[test]
    fn join_words_is_split_whitespace_joined() {
        let spaces: Vec<char> = (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| c.is_whitespace()).collect();
        let mut texts: Vec<String> = vec![String::new(), " ".into(), "a".into(), "  Sở  Y tế\n\nvà\tBộ  ".into(), "ạ\u{A0}ư\u{3000}".into()];
        for &c in &spaces {
            texts.push(format!("Ban{c}Quản lý{c}{c} Khu\u{1EA1}{c}"));
            texts.push(format!("{c}đ\u{2000}ư{c}"));
        }
        // lead bytes of the spaces with other continuations: letters, not spaces
        texts.push("\u{A9}\u{1E00}\u{1680}x\u{2010}\u{3001}\u{2060}".into());
        // and random texts of words, single and repeated spaces of every kind
        let pieces = ["Sở", "Y", "tế", "ạ", "“Ư”", "–", " ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u{A0}", "\u{1680}", "\u{2003}", "\u{3000}", "\u{B}"];
        let mut rng = crate::TestRng::new(0xA0761D6478BD642F);
        for _ in 0..20_000 {
            // (long ones too: join_words reads 16 bytes at once)
            let most = if rng.below(2) == 0 { 12 } else { 60 };
            let n = rng.below(most);
            texts.push((0..n).map(|_| pieces[rng.below(pieces.len())]).collect());
        }
        for t in texts {
            assert_eq!(join_words(&t), t.split_whitespace().collect::<Vec<_>>().join(" "), "{t:?}");
        }
    }

    #[test]
    fn upper_contains_x_is_the_uppercase_test() {
        for t in ["xác thực văn bản hợp nhất", "Xã hội; XÁC THỰC", "x", "", "xÁc thực", "ẍác", "X", "bà xã Xác Thực"] {
            for n in ["XÁC THỰC", "XÁC THỰC VĂN BẢN HỢP NHẤT", "X"] {
                assert_eq!(upper_contains_x(t, n), t.to_uppercase().contains(n), "{t:?} {n:?}");
            }
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Kon Tum"), "kon-tum");
        assert_eq!(slug("Đắk Lắk"), "dak-lak");
        assert_eq!(slug("Bà Rịa - Vũng Tàu"), "ba-ria-vung-tau");
    }
}
