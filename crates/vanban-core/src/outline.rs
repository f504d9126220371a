//! The outline (bố cục): Phần/Chương/Mục/Điều in normative texts; I./II. (La Mã), 1./2., 1.1., a)/b), "-", "+" in
//! plans and letters. Levels come from nesting, not from a fixed table: the first kind of label seen is level 1, a
//! new kind nests under the current item, a kind already open closes what was opened after it.

use regex::Regex;
use std::sync::OnceLock;

/// The kind of a label; two items of the same kind are siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LabelKind {
    Part,
    Chapter,
    SectionWord,
    Article,
    Roman,
    /// "1.", "1.1.", "1.1.1.": the number of dotted parts
    Decimal(u8),
    Letter,
    /// "b1)", "c2)": points under a lettered point (điểm b1)
    LetterNumber,
    Dash,
    Plus,
}

/// One item of the outline, with byte offsets into the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: LabelKind,
    /// As printed, without trailing spaces: "II.", "1.1.", "a)", "-", "Điều 5."
    pub label: String,
    /// The rest of the label's line, up to a colon that ends a heading ("1. Mục đích" -> "Mục đích").
    pub title: String,
    pub level: u32,
    /// From the label to the start of the next item of the same or a higher level.
    pub start: usize,
    pub end: usize,
    /// Where the label's line ends.
    pub line_end: usize,
    /// Index of the parent item, if any.
    pub parent: Option<usize>,
}

fn re_label() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r"^(?:(?P<part>Phần (?:thứ \p{L}+|[IVXLC]+|\d+))|(?P<chapter>Chương [IVXLC]+[a-z]?|Chương \d+)|(?P<mucword>Mục \d+|Mục [IVXLC]+)|(?P<article>Điều \d+[a-zđ]?[.:]?)|(?P<roman>[IVXL]+\.)|(?P<dec>\d{1,2}(?:\.\d{1,2}){0,3}\.)|(?P<letter>[a-zđ]\))|(?P<letternum>[a-zđ]\d{1,2}\))|(?P<dash>[-–•])|(?P<plus>\+))(?:\s|$)",
        )
        .unwrap()
    })
}

/// Whether the line `t` opens an item with a label ("2. ", "a) ", "- ", "Điều 5.").
pub fn opens_item(t: &str) -> bool {
    may_start_label(t) && re_label().is_match(t)
}

/// Whether `t` can start with a label at all, from its first bytes: most lines cannot, and are passed over without
/// running the label regex. Non-ASCII first characters (Đ, –, •, and digits of other scripts, which `\d` takes) are
/// left to the regex.
fn may_start_label(t: &str) -> bool {
    let b = t.as_bytes();
    match b.first() {
        Some(b'P' | b'C' | b'M' | b'I' | b'V' | b'X' | b'L' | b'0'..=b'9' | b'-' | b'+' | 0x80..=0xFF) => true,
        // "a)", "b1)" (`\d` also takes the digits of other scripts, non-ASCII)
        Some(b'a'..=b'z') => b.get(1).is_some_and(|&x| x == b')' || x.is_ascii_digit() || x >= 0x80),
        _ => false,
    }
}

/// The groups of [`re_label`], in order: a label's kind is the one group that took part, looked up by its index
/// (a lookup by name hashes the name, for every label of every line).
const LABEL_GROUPS: [&str; 10] = ["part", "chapter", "mucword", "article", "roman", "dec", "letter", "letternum", "dash", "plus"];

/// The group of [`re_label`] that a match of it took (1-based, as in [`LABEL_GROUPS`]) and that group's text, read
/// from the match (the regex's capture engine, run for every label of every line, was 1.5% of parsing): the
/// alternatives start with different characters (Phần, Chương, Mục, Điều, a Roman numeral, a letter, a dash, "+", and
/// a digit, which `\d` takes in any script, for what is left), and each group is its match but the space after it.
fn label_group(m: regex::Match<'_>) -> (usize, &str) {
    let s = m.as_str();
    let mut cs = s.chars();
    let group = match cs.next() {
        Some('P') => 1,
        Some('C') => 2,
        Some('M') => 3,
        Some('Đ') => 4,
        Some('I' | 'V' | 'X' | 'L') => 5,
        Some('a'..='z' | 'đ') => match cs.next() {
            Some(')') => 7,
            _ => 8,
        },
        Some('-' | '–' | '•') => 9,
        Some('+') => 10,
        _ => 6,
    };
    // (no group ends with a space: the one a match ends with is the pattern's `(?:\s|$)`)
    let text = match s.chars().next_back() {
        Some(c) if c.is_whitespace() => &s[..s.len() - c.len_utf8()],
        _ => s,
    };
    (group, text)
}

/// The kind of label of group `group` of [`re_label`] (1-based), whose text is `s`.
fn kind_of(group: usize, s: &str) -> Option<LabelKind> {
    Some(match LABEL_GROUPS[group - 1] {
        "part" => LabelKind::Part,
        "chapter" => LabelKind::Chapter,
        "mucword" => LabelKind::SectionWord,
        "article" => LabelKind::Article,
        "roman" => LabelKind::Roman,
        "dec" => {
            let parts = s.trim_end_matches('.').split('.').count() as u8;
            // "1" alone (no dot) is not a label, "2024." neither
            if !s.contains('.') {
                return None;
            }
            LabelKind::Decimal(parts)
        }
        "letter" => LabelKind::Letter,
        "letternum" => LabelKind::LetterNumber,
        "dash" => LabelKind::Dash,
        _ => LabelKind::Plus,
    })
}

/// Where the character after the first `n` of `s` starts (`s.len()` if `s` has `n` or fewer): what
/// `s.char_indices().nth(n)` tells, by counting the bytes that start a character.
fn nth_char_start(s: &str, n: usize) -> usize {
    // (a text of at most n bytes has at most n characters)
    if s.len() <= n {
        return s.len();
    }
    use crate::normalize::{char_starts, is_char_start};
    let b = s.as_bytes();
    let (mut seen, mut from) = (0, 0);
    // blocks of 64 bytes whose characters all come before the n-th, counted whole
    while let Some(block) = b.get(from..from + 64) {
        let here = char_starts(block);
        if seen + here > n {
            break;
        }
        seen += here;
        from += 64;
    }
    for (i, &x) in b.iter().enumerate().skip(from) {
        if is_char_start(x) {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    s.len()
}

/// Parse the outline of `text` (the assembled body). Stops at `limit` (where the notes begin).
pub fn parse(text: &str, limit: usize) -> Vec<Item> {
    parse_range(text, 0, limit)
}

/// Parse the outline of `text[from..limit]` (offsets stay those of `text`); `from` must start a line.
pub fn parse_range(text: &str, from: usize, limit: usize) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut stack: Vec<(LabelKind, usize)> = Vec::new(); // open kinds with the item index
    let limit = limit.min(text.len());
    let from = from.min(limit);
    let mut off = from;
    // a quoted passage of an amending text ("“Điều 39. ...” ... ”."): its items nest under the item that quotes it,
    // and when the quote closes the amending text's own list goes on (the stack goes back to where the quote
    // opened). `floor`: the stack depth the quoted items may not pop below; `quote`: (that depth, lines left).
    let mut floor = 0usize;
    let mut quote: Option<usize> = None;
    let mut quote_lines = 0usize;
    let mut close_pending = false;
    for line in crate::layout::split_lines(&text[from..limit]) {
        let start_of_line = off;
        off += line.len() + 1;
        if close_pending {
            if let Some(base) = quote.take() {
                stack.truncate(base);
            }
            floor = 0;
            close_pending = false;
        }
        let trimmed = line.trim();
        if trimmed.starts_with('“') && quote.is_none() {
            quote = Some(stack.len());
            floor = stack.len();
            quote_lines = 0;
        }
        if quote.is_some() {
            quote_lines += 1;
            // the quote closes at the end of a line ("... như sau.”", "”.", "”;"); a quote that never closes
            // (a lost character) stops holding the list after 400 lines
            close_pending = trimmed.trim_end_matches(['.', ';', ',', '/', ' ']).ends_with('”') || quote_lines > 400;
        }
        let mut lead = line.len() - line.trim_start().len();
        // a quoted amendment opens with its quote: "“2. Tổ hợp công nghiệp quốc phòng có ...:" is clause 2 of the
        // quoted text (the label starts after the quote)
        if let Some(r) = line[lead..].strip_prefix(['“', '"']) {
            lead = line.len() - r.len();
        }
        let t = &line[lead..];
        // "c. Triển khai ..." after "b) ...": the next letter of the list printed with a period
        let dotted = dotted_letter(t, &stack, &items);
        let (mut kind, label, rest) = if let Some(k) = dotted {
            (LabelKind::Letter, t[..k].to_string(), t[k..].trim())
        } else {
            if !may_start_label(t) {
                continue;
            }
            let Some(m) = re_label().find(t) else { continue };
            let (group, group_text) = label_group(m);
            let Some(kind) = kind_of(group, group_text) else { continue };
            (kind, m.as_str().trim().to_string(), t[m.end()..].trim())
        };
        // a "+" after a finished "-" point, itself a point of work, is one more point of the list, printed with the
        // wrong bullet ("- Đôn đốc nhà thầu ..., bảo đảm giải ngân ... trước ngày 30/9/2025;\n+ Kiên quyết xử lý, thay
        // thế các nhà thầu ..."; "- Tiếp xúc, làm việc với các nhà đầu tư ....\n+ Báo cáo kết quả ..."); a "+" under a
        // "-" that opens it (":"), or a "+" that is no work ("+ Người làm việc theo hợp đồng ..."), is its sub-point
        if kind == LabelKind::Plus {
            if let Some(&(LabelKind::Dash, d)) = stack.last() {
                let dash = text[items[d].start..start_of_line].trim_end();
                let dash_body = dash[items[d].label.len().min(dash.len())..].trim_start();
                // (verbs of work that are not in the task rules' list, where they would end units' names: "Quản lý",
                // "Lưu trữ" open many names; at a bullet's start they are the work: "+ Lưu trữ đầy đủ hồ sơ thẩm định
                // ...", quangtri_qd_25 Điều 12.1, "+ Quản lý danh sách tài khoản ...", cp_nd_117 Điều 21.2, "+ Lập danh sách các
                // điểm thường xuyên bị đổ thải trái phép ...", hcm_qd_25 Điều 14.2)
                const MORE_WORK: [&str; 5] = ["Quản lý ", "Lưu trữ ", "Cập nhật ", "Công khai ", "Lập "];
                let work = crate::tasks::starts_with_verb(rest) || MORE_WORK.iter().any(|w| rest.starts_with(w));
                if dash.ends_with(['.', ';']) && !dash_body.is_empty() && work {
                    kind = LabelKind::Dash;
                }
            }
        }
        // a heading ends at its colon: "1. Các cơ quan báo chí tỉnh: Đề cao ..." -> title "Các cơ quan báo chí tỉnh"
        // (the colon looked for in the first 160 bytes only; the first 200 characters found by their first bytes)
        let title = match memchr::memchr(b':', &rest.as_bytes()[..rest.len().min(160)]) {
            Some(i) => rest[..i].trim().to_string(),
            None => rest[..nth_char_start(rest, 200)].trim().to_string(),
        };
        // Phần/Chương/Mục/Điều are never inside a numbered list: a list opened before them (in a preamble or a
        // consolidation note) is closed, so that the article's own "1." nests under the article
        if matches!(kind, LabelKind::Part | LabelKind::Chapter | LabelKind::SectionWord | LabelKind::Article) {
            while stack.len() > floor && stack.last().is_some_and(|&(k, _)| !matches!(k, LabelKind::Part | LabelKind::Chapter | LabelKind::SectionWord | LabelKind::Article)) {
                stack.pop();
            }
        }
        // Phần > Chương > Mục > Điều: a part, chapter or section closes the article (and any lower part) open before
        // it ("Điều 23. ..." / "Mục 6 / ĐIỀU KHOẢN THI HÀNH": the section is not inside article 23)
        let rank = |k: LabelKind| match k {
            LabelKind::Part => Some(0),
            LabelKind::Chapter => Some(1),
            LabelKind::SectionWord => Some(2),
            LabelKind::Article => Some(3),
            _ => None,
        };
        if let Some(r) = rank(kind).filter(|&r| r < 3) {
            while stack.len() > floor && stack.last().is_some_and(|&(k, _)| rank(k).is_some_and(|x| x > r)) {
                stack.pop();
            }
        }
        // bullets ("-", "+") hold no numbered or lettered items: a structural label closes them
        if !matches!(kind, LabelKind::Dash | LabelKind::Plus) {
            while stack.len() > floor && stack.last().is_some_and(|&(k, _)| matches!(k, LabelKind::Dash | LabelKind::Plus)) {
                stack.pop();
            }
        }
        // a decimal list inside a roman or chapter part nests; a new decimal depth nests under the shallower one
        while stack.len() > floor {
            let Some(&(k, _)) = stack.last() else { break };
            if k == kind {
                stack.pop();
                break;
            }
            if stack[floor..].iter().any(|&(x, _)| x == kind) {
                stack.pop();
                continue;
            }
            break;
        }
        let level = stack.len() as u32 + 1;
        let parent = stack.last().map(|&(_, i)| i);
        let idx = items.len();
        items.push(Item {
            kind,
            label,
            title,
            level,
            start: start_of_line + lead,
            end: 0,
            line_end: start_of_line + line.len(),
            parent,
        });
        stack.push((kind, idx));
    }
    // ends: the next item at the same or a higher level; a bullet ends with its paragraph. The next such item is
    // found for all items in one pass with a stack of the items still open (their levels rise from bottom to top),
    // not by a search forward from each item
    let n = items.len();
    let mut next_start = vec![limit; n];
    let mut open: Vec<usize> = Vec::new();
    for j in 0..n {
        while let Some(&i) = open.last().filter(|&&i| items[i].level >= items[j].level) {
            next_start[i] = items[j].start;
            open.pop();
        }
        open.push(j);
    }
    for i in 0..n {
        let mut end = next_start[i];
        if matches!(items[i].kind, LabelKind::Dash | LabelKind::Plus) {
            if let Some(p) = text[items[i].start..end].find("\n\n") {
                end = items[i].start + p + 1;
            }
        }
        items[i].end = end.max(items[i].line_end.min(limit));
    }
    // the closing request of a letter after its last item, a paragraph of its own, is not part of that item
    if !items.iter().any(|it| it.kind == LabelKind::Article) {
        for it in items.iter_mut().filter(|it| it.end == limit) {
            // (an item whose first line is a sentence of its own, "d) Văn phòng Sở đăng tải Công văn này ...": its work is
            // said; not a title over the paragraphs that are its content, "6. Chế độ thông tin, báo cáo")
            let said = text[it.start..it.line_end.min(limit)].trim_end().ends_with(['.', ';']);
            if let Some(k) = closing_request(&text[it.line_end.min(limit)..limit], said) {
                it.end = it.line_end + k;
            }
        }
    }
    title_below(text, &mut items, limit);
    items
}

/// The letters of a list of points, in order (Vietnamese: "đ" after "d", no f, j, w, z).
const LETTERS: &str = "abcdđeghiklmnopqrstuvxy";

/// "c. Triển khai ..." where the list open on `stack` has its last letter point "b)": the label's length ("c."), for
/// a single letter, a period, a space and a capital, the next letter after that point's. Not any "x. " (a wrapped
/// line may start so): only the letter that goes on the list.
fn dotted_letter(t: &str, stack: &[(LabelKind, usize)], items: &[Item]) -> Option<usize> {
    let mut cs = t.char_indices();
    let (_, c) = cs.next()?;
    let (k, dot) = cs.next()?;
    if dot != '.' || !LETTERS.contains(c) || !t[k + 1..].starts_with(' ') || !t[k + 1..].trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    // the nearest letter point open on the stack (a "-" under it may be on top)
    let &(_, last) = stack.iter().rev().find(|(kind, _)| *kind == LabelKind::Letter)?;
    let prev = items[last].label.chars().next()?;
    let mut order = LETTERS.chars();
    order.find(|&x| x == prev)?;
    (order.next() == Some(c)).then_some(k + 1)
}

/// Where the closing request of a letter starts in `t` (after the blank line before it; `said`: the item's first line is
/// a sentence of its own): a paragraph whose subject is the issuing body and whose verb asks ("Sở Nội vụ đề nghị Chủ
/// tịch Ủy ban nhân dân các xã, ... quan tâm, phối hợp triển khai thực hiện ...", "Ủy ban nhân dân tỉnh yêu cầu ...").
fn closing_request(t: &str, said: bool) -> Option<usize> {
    const ASKS: [&str; 2] = [" đề nghị ", " yêu cầu "];
    for (p, _) in t.match_indices("\n\n") {
        let para = t[p..].trim_start();
        let first = &para[..para.find('\n').unwrap_or(para.len())];
        // ("Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công điện này; ..." after the last item: the
        // follow-up given to another unit, a paragraph of its own, tiengiang_cd_03)
        // ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố ... vận động Nhân dân ..." after the last item: a request to
        // other bodies, thuathienhue_cd_05)
        if ["Giao ", "Đề nghị "].iter().any(|w| first.strip_prefix(w).is_some_and(crate::units::starts_unit)) {
            return Some(p + 1);
        }
        // ("Các đơn vị tổng hợp kết quả triển khai thực hiện, báo cáo kết quả về Sở Y tế ... trước ngày 15/7/2025 ..." after
        // the last item: work of all the addressees, not of the last item's unit, bacninh_cv_1420)
        // ("Các sở, ngành, địa phương báo cáo kết quả thực hiện Kế hoạch ... về Sở ...", lamdong_kh_212 III)
        const ALL: [&str; 7] = ["Các đơn vị ", "Các cơ quan, đơn vị ", "Các cơ quan ", "Các địa phương ", "Các sở, ngành", "Các sở, ban, ngành", "Các Sở, ban, ngành"];
        if said && ALL.iter().any(|g| first.starts_with(g)) {
            return Some(p + 1);
        }
        let Some(k) = ASKS.iter().filter_map(|a| first.find(a)).min() else { continue };
        let subject = &first[..k];
        if k <= 120 && first.starts_with(char::is_uppercase) && crate::units::starts_unit(subject) && !subject.contains([',', ';', ':']) {
            return Some(p + 1);
        }
    }
    None
}

/// "Chương VII" / "TỔ CHỨC THỰC HIỆN": a part, chapter or Mục printed alone on its line has its title on the next
/// line (the next non-blank line inside the item, when it is not a label itself).
fn title_below(text: &str, items: &mut [Item], limit: usize) {
    for it in items.iter_mut() {
        if !it.title.is_empty() || !matches!(it.kind, LabelKind::Part | LabelKind::Chapter | LabelKind::SectionWord) {
            continue;
        }
        let Some(rest) = text.get(it.line_end.min(limit)..it.end.min(limit)) else { continue };
        let Some(line) = rest.split('\n').map(str::trim).find(|l| !l.is_empty()) else { continue };
        if may_start_label(line) && re_label().is_match(line) {
            continue;
        }
        it.title = line[..line.char_indices().nth(200).map_or(line.len(), |(i, _)| i)].to_string();
    }
}

/// The chain of labels from the root to item `i`, joined with "." ("III", "5", "a" -> "III.5.a").
pub fn path(items: &[Item], i: usize) -> String {
    let mut parts = Vec::new();
    let mut cur = Some(i);
    while let Some(k) = cur {
        // ("Điều 2:" in older texts is "Điều 2")
        let l = items[k].label.trim_end_matches(['.', ')', ':']).to_string();
        if !matches!(items[k].kind, LabelKind::Dash | LabelKind::Plus) {
            parts.push(l);
        }
        cur = items[k].parent;
    }
    parts.reverse();
    // in normative texts the path starts at the article: "Điều 17.2", not "Chương IV.Điều 17.2"
    if let Some(a) = parts.iter().position(|p| p.starts_with("Điều ")) {
        parts.drain(..a);
    }
    // "1" then "1.1": keep the longer one only
    let mut out: Vec<String> = Vec::new();
    for p in parts {
        if let Some(last) = out.last() {
            // p starts with "{last}."
            if p.strip_prefix(last.as_str()).is_some_and(|r| r.starts_with('.')) {
                out.pop();
            }
        }
        out.push(p);
    }
    out.join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_giao_paragraph_is_not_the_last_item_s() {
        // tiengiang_cd_03 (shortened): after item 10, the follow-up given to the office
        let t = "10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động hội viên sử dụng nước tiết kiệm.\n\nGiao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công điện này.\n";
        let items = parse(t, t.len());
        assert!(t[items[0].start..items[0].end].trim_end().ends_with("tiết kiệm."), "{:?}", &t[items[0].start..items[0].end]);
        // "Giao" that opens no unit's name stays in the item
        let t = "10. Đề nghị Sở Y tế kiểm tra.\n\nGiao nhận hồ sơ theo quy định.\n";
        assert_eq!(parse(t, t.len())[0].end, t.len());
    }

    #[test]
    fn a_closing_paragraph_of_all_the_units_is_not_the_last_item_s() {
        // bacninh_cv_1420 (shortened): the report asked of every addressee after the last point
        let t = "d) Văn phòng Sở đăng tải Công văn này trên Cổng thông tin điện tử Sở Y tế.\n\nCác đơn vị tổng hợp kết quả, báo cáo về Sở Y tế trước ngày 15/7/2025.\n";
        let items = parse(t, t.len());
        assert!(t[items[0].start..items[0].end].trim_end().ends_with("Sở Y tế."), "{:?}", &t[items[0].start..items[0].end]);
        // lamdong_kh_212 III (shortened)
        let t = "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động Nhân dân.\n\nCác sở, ngành, địa phương báo cáo kết quả thực hiện Kế hoạch về Sở Văn hóa, Thể thao và Du lịch.\n";
        let items = parse(t, t.len());
        assert!(t[items[0].start..items[0].end].trim_end().ends_with("Nhân dân."), "{:?}", &t[items[0].start..items[0].end]);
    }

    #[test]
    fn a_letter_printed_with_a_period_goes_on_its_list() {
        // bentre_qd_2210 Điều 2.6 (shortened)
        let t = "6. Trung tâm Xúc tiến Đầu tư:\na) Biên dịch ấn phẩm giới thiệu Danh mục dự án.\nb) Cập nhật thông tin các dự án;\nthực hiện thường xuyên.\nc. Triển khai Kế hoạch số 62/KH-UBND, dự kiến tổ chức trong tháng 9/2025.\n";
        let items = parse(t, t.len());
        assert_eq!(items.iter().map(|i| (i.level, path(&items, items.iter().position(|x| x.start == i.start).unwrap()))).collect::<Vec<_>>(),
            vec![(1, "6".to_string()), (2, "6.a".to_string()), (2, "6.b".to_string()), (2, "6.c".to_string())]);
        // not a letter out of order, nor one with no list open
        for t in ["a) Một.\nd. Không phải điểm.\n", "1. Một.\nc. Không phải điểm.\n", "a) Một.\nb. việc thường.\n"] {
            assert!(parse(t, t.len()).iter().all(|i| i.kind != LabelKind::Letter || i.label.ends_with(')')), "{t}");
        }
    }

    #[test]
    fn a_plus_after_a_finished_dash_point_of_work_is_one_more_point() {
        // binhphuoc_tb_318 II.2 (shortened): the "+" is printed with the wrong bullet
        let t = "2. Các chủ đầu tư:\n- Đôn đốc nhà thầu bố trí đủ nhân lực, hoàn thành trước ngày 30/9/2025;\n+ Kiên quyết xử lý, thay thế các nhà thầu vi phạm tiến độ.\n";
        let items = parse(t, t.len());
        assert_eq!(items.iter().map(|i| i.level).collect::<Vec<_>>(), vec![1, 2, 2]);
        // (a verb of work the task rules leave out of their list, "Quản lý", "Lưu trữ": cp_nd_117 Điều 21.2)
        let t = "2. Sở Tài chính có trách nhiệm:\n- Rà soát dữ liệu giá, hoàn thành trước ngày 30 tháng 6 năm 2026;\n+ Quản lý danh sách tài khoản khai thác đã cấp.\n";
        assert_eq!(parse(t, t.len()).iter().map(|i| i.level).collect::<Vec<_>>(), vec![1, 2, 2]);
        // ("Lập": hcm_qd_25 Điều 14.2)
        let t = "2. Chỉ đạo Ủy ban nhân dân phường, xã:\n- Tiếp nhận đăng ký khối lượng chất thải của chủ nguồn thải;\n+ Lập danh sách các điểm thường xuyên bị đổ thải trái phép.\n";
        assert_eq!(parse(t, t.len()).iter().map(|i| i.level).collect::<Vec<_>>(), vec![1, 2, 2]);
        // under a point that opens it, or when it is no work itself, a "+" is a sub-point
        for t in [
            "2. Các chủ đầu tư:\n- Thực hiện các nội dung sau:\n+ Kiên quyết xử lý các nhà thầu vi phạm.\n",
            "2. Đối tượng:\n- Người lao động theo hợp đồng;\n+ Người làm việc theo hợp đồng từ 01 tháng.\n",
        ] {
            let items = parse(t, t.len());
            assert_eq!(items.iter().map(|i| i.level).collect::<Vec<_>>(), vec![1, 2, 3], "{t}");
        }
    }

    #[test]
    fn a_letter_s_closing_request_is_not_its_last_item() {
        // angiang_cv_2871: "6. Đề nghị Kho bạc ..." then, after a blank line, the department's closing request
        let t = "5. Đề nghị Công an tỉnh chỉ đạo bảo đảm an ninh.\n6. Đề nghị Kho bạc Nhà nước khu vực XX phối hợp kiểm soát chi,\nthanh toán kịp thời kinh phí.\n\nSở Nội vụ đề nghị Chủ tịch Ủy ban nhân dân các xã, phường quan tâm, phối hợp triển khai thực hiện.\n\nTrân trọng./.\n";
        let items = parse(t, t.len());
        assert_eq!(items.len(), 2);
        assert!(t[items[1].start..items[1].end].trim_end().ends_with("kinh phí."), "{:?}", &t[items[1].start..items[1].end]);
        // a paragraph that goes on with the item's work stays in it; so does anything in a text of articles
        let t = "6. Đề nghị Kho bạc Nhà nước phối hợp kiểm soát chi.\n\nKho bạc Nhà nước thanh toán kịp thời kinh phí tặng quà.\n";
        assert_eq!(parse(t, t.len())[0].end, t.len());
        let t = "Điều 3. Tổ chức thực hiện\n1. Giao Sở Y tế hướng dẫn.\n\nSở Nội vụ đề nghị các sở phối hợp.\n";
        assert_eq!(parse(t, t.len()).last().unwrap().end, t.len());
        // a request to other bodies after the last item (thuathienhue_cd_05)
        let t = "6. Văn phòng UBND thành phố theo dõi, đôn đốc việc thực hiện Công điện này.\n\nĐề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố vận động Nhân dân chấp hành nghiêm việc sơ tán.\n";
        let items = parse(t, t.len());
        assert!(t[items[0].start..items[0].end].trim_end().ends_with("Công điện này."), "{:?}", &t[items[0].start..items[0].end]);
    }

    #[test]
    fn article_labels_with_a_colon() {
        // older decisions: "Điều 1: Ban hành ...", "Điều 2: Các Ông (Bà) ..."
        let t = "Điều 1: Ban hành kèm theo quyết định này Đề án.\nĐiều 2: Các Ông (Bà) Chánh Văn phòng chịu trách nhiệm thi hành quyết định này.\n";
        let items = parse(t, t.len());
        assert_eq!(items.len(), 2);
        assert_eq!(path(&items, 1), "Điều 2");
    }

    #[test]
    fn a_section_closes_the_article_before_it() {
        // VBHN 6659 (shortened): a text with articles before its first "Mục", then "Mục 5", "Mục 6"
        let t = "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn chế độ tiền lương.\nMục 5\nTRÁCH NHIỆM TỔ CHỨC THỰC HIỆN\nĐiều 23. Trách nhiệm của Bộ\n1. Hướng dẫn thực hiện.\nMục 6\nĐIỀU KHOẢN THI HÀNH\nĐiều 25. Hiệu lực thi hành\n";
        let items = parse(t, t.len());
        let level = |label: &str| items.iter().find(|i| i.label == label).map(|i| i.level);
        assert_eq!(level("Mục 6"), level("Mục 5"));
        assert_eq!(path(&items, items.iter().position(|i| i.label == "Điều 25.").unwrap()), "Điều 25");
        let m6 = items.iter().position(|i| i.label == "Mục 6").unwrap();
        assert!(items[m6].parent.map_or(true, |p| items[p].kind != LabelKind::Article), "{:?}", items[m6]);
    }

    #[test]
    fn nth_char_start_is_char_indices_nth() {
        for s in ["", "a", "ạ", "Sở Y tế", "ế\u{301}x", "𝕏y", "abc"] {
            for n in 0..10 {
                assert_eq!(nth_char_start(s, n), s.char_indices().nth(n).map_or(s.len(), |(i, _)| i), "{s:?} {n}");
            }
        }
        // texts past the 64-byte blocks, with 1- to 4-byte characters, and every n up to past their end
        for len in [63, 64, 65, 100, 128, 200, 300, 700] {
            let s: String = "aế 𝕏ạ\u{301}bĐ".chars().cycle().take(len).collect();
            for n in 0..len + 3 {
                assert_eq!(nth_char_start(&s, n), s.char_indices().nth(n).map_or(s.len(), |(i, _)| i), "{len} {n}");
            }
        }
    }

    #[test]
    fn label_groups_are_the_regex_groups() {
        let names: Vec<&str> = re_label().capture_names().flatten().collect();
        assert_eq!(names, LABEL_GROUPS);
        assert_eq!(re_label().captures_len(), LABEL_GROUPS.len() + 1);
        // the group read from the match is the one the regex's captures give, with its text: every line of the repo's
        // documents, and label-like lines of every kind
        let mut lines: Vec<String> = crate::corpus_docs().iter().flat_map(|t| t.lines().map(|l| l.trim_start().to_string())).collect();
        let labels = [
            "Phần thứ hai", "Phần II", "Phần 3", "Chương IV", "Chương IIa", "Chương 12", "Mục 2", "Mục III", "Điều 5.", "Điều 45b.", "Điều 7:",
            "Điều 12", "IV.", "XII.", "1.", "1.2.", "1.2.3.4.", "12.3", "2024.", "a)", "đ)", "b12)", "-", "–", "•", "+", "١.", "٣.٤.",
        ];
        let ends = ["", " ", "\u{a0}", "\t", " Tổ chức thực hiện", "\u{2003}x"];
        for l in labels {
            for e in ends {
                lines.push(format!("{l}{e}"));
            }
        }
        let mut seen = [0usize; 10];
        for l in &lines {
            let Some(c) = re_label().captures(l) else { continue };
            let g = (1..=LABEL_GROUPS.len()).find(|&g| c.get(g).is_some()).unwrap();
            assert_eq!(label_group(c.get(0).unwrap()), (g, c.get(g).unwrap().as_str()), "{l:?}");
            seen[g - 1] += 1;
        }
        assert!(seen.iter().all(|&n| n > 0), "{seen:?}");
    }

    #[test]
    fn an_article_closes_a_list_opened_before_it() {
        // a consolidated text (VBHN 111): a numbered note before the first article must not swallow the articles
        let t = "1. Luật số 27/2008/QH12 có hiệu lực.\n2. Luật số 70/2014/QH13 có hiệu lực.\nĐiều 6. Giá tính thuế\n1. Giá bán ra.\n4. Chính phủ quy định chi tiết Điều này.\nĐiều 7. Thời điểm\n1. Thời điểm chuyển giao.\n";
        let items = parse(t, t.len());
        let got: Vec<(&str, u32)> = items.iter().map(|i| (i.label.as_str(), i.level)).collect();
        assert_eq!(got, [("1.", 1), ("2.", 1), ("Điều 6.", 1), ("1.", 2), ("4.", 2), ("Điều 7.", 1), ("1.", 2)]);
        assert_eq!(path(&items, 4), "Điều 6.4");
    }

    #[test]
    fn numbered_points_nest_under_a_point() {
        // Thông tư (vbpl 444), Điều 9.1.b: "b1)", "b2)" under "b)"
        let t = "Điều 9. Trách nhiệm\n1. Bộ Khoa học và Công nghệ\nb) Cục Thông tin, Thống kê:\nb1) Chủ trì xây dựng;\nb2) Tổ chức thu thập;\nc) Các đơn vị:\n";
        let items = parse(t, t.len());
        let got: Vec<(&str, u32)> = items.iter().map(|i| (i.label.as_str(), i.level)).collect();
        assert_eq!(got, [("Điều 9.", 1), ("1.", 2), ("b)", 3), ("b1)", 4), ("b2)", 4), ("c)", 3)]);
        assert_eq!(path(&items, 3), "Điều 9.1.b.b1");
    }

    #[test]
    fn plan_outline_levels() {
        let t = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tăng cường quảng bá\n- Nâng cao nhận thức\n2. Yêu cầu\nII. NỘI DUNG\n1. Hợp tác: với báo chí\n1.1. Luật Cảnh vệ: Tăng cường\na) Một\n+ cộng\nb) Hai\n";
        let items = parse(t, t.len());
        let got: Vec<(&str, u32)> = items.iter().map(|i| (i.label.as_str(), i.level)).collect();
        assert_eq!(
            got,
            [("I.", 1), ("1.", 2), ("-", 3), ("-", 3), ("2.", 2), ("II.", 1), ("1.", 2), ("1.1.", 3), ("a)", 4), ("+", 5), ("b)", 4)]
        );
        assert_eq!(items[0].title, "MỤC ĐÍCH, YÊU CẦU");
        assert_eq!(items[6].title, "Hợp tác");
        // spans: "I." runs to "II."
        assert_eq!(&t[items[0].start..items[0].end], "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tăng cường quảng bá\n- Nâng cao nhận thức\n2. Yêu cầu\n");
        assert_eq!(path(&items, 8), "II.1.1.a");
    }

    #[test]
    fn normative_outline() {
        let t = "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Khoản một.\na) Điểm a.\nĐiều 2. Đối tượng\nChương II\nĐiều 3. Hiệu lực\n";
        let items = parse(t, t.len());
        let got: Vec<(&str, u32)> = items.iter().map(|i| (i.label.as_str(), i.level)).collect();
        assert_eq!(got, [("Chương I", 1), ("Điều 1.", 2), ("1.", 3), ("a)", 4), ("Điều 2.", 2), ("Chương II", 1), ("Điều 3.", 2)]);
        // a chapter's title is the line under its label; a chapter without one keeps an empty title
        assert_eq!(items[0].title, "QUY ĐỊNH CHUNG");
        assert_eq!(items[5].title, "");
    }

    #[test]
    fn years_and_numbers_are_not_labels() {
        let items = parse("2024 là năm\n12 tháng\n3.5 triệu đồng\n", 100);
        assert!(items.iter().all(|i| i.label != "2024" && i.label != "12"), "{items:?}");
    }
}

#[cfg(test)]
mod quote_tests {
    use super::*;

    #[test]
    fn a_quoted_article_nests_under_the_clause_that_quotes_it() {
        // Nghị định 372/2025, Điều 1: clause 13 quotes Điều 39; clause 14 is the amending decree's own again
        let t = "Điều 1. Sửa đổi, bổ sung một số điều\n13. Sửa đổi khoản 7 Điều 39 như sau:\n“Điều 39. Trách nhiệm của Bộ Nội vụ\n7. Duy trì và thường xuyên cập nhật trên trang thông tin điện tử.”\n14. Thay thế một số cụm từ như sau:\na) Thay cụm từ “Bộ Lao động” bằng cụm từ “Bộ Nội vụ”.\n";
        let items = parse(t, t.len());
        let path_of = |label: &str| items.iter().position(|i| i.label == label).map(|i| path(&items, i)).unwrap();
        assert_eq!(path_of("7."), "Điều 1.13.Điều 39.7");
        assert_eq!(path_of("14."), "Điều 1.14");
        assert_eq!(path_of("a)"), "Điều 1.14.a");
    }
}
