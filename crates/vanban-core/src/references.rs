//! Legal references (căn cứ, thực hiện, ...): each citation of another document with its kind, code, date,
//! issuer, role, pinpoint, span and canonical key.
//!
//! Two kinds of citation are found: by code ("Nghị định số 45/2024/NĐ-CP", "các Nghị quyết số 08-NQ/TU,
//! 12-NQ/TU") and by name ("Luật Đấu thầu", "Bộ luật Lao động", "Hiến pháp").

use crate::code::{find_codes, Code};
use crate::dates::parse_date_prefix;
use crate::normalize::{is_alnum, join_words, match_form, to_lower};
use crate::record::Reference;
use crate::tables::{canonical_type, tables, Scope};
use regex::Regex;
use std::sync::OnceLock;

/// Role words, as printed before a reference, and the role they give. Longest first.
const ROLES: &[(&str, &str)] = &[
    ("hướng dẫn thi hành", "hướng dẫn"),
    ("được sửa đổi, bổ sung", "sửa đổi"),
    ("sửa đổi, bổ sung", "sửa đổi"),
    ("hướng dẫn thực hiện", "hướng dẫn"),
    ("triển khai thực hiện", "thực hiện"),
    ("ban hành kèm theo", "kèm theo"),
    ("kèm theo", "kèm theo"),
    ("thực hiện", "thực hiện"),
    ("triển khai", "triển khai"),
    ("căn cứ", "căn cứ"),
    ("sửa đổi", "sửa đổi"),
    ("bổ sung", "sửa đổi"),
    ("thay thế", "thay thế"),
    ("bãi bỏ", "bãi bỏ"),
    ("bỏ", "bãi bỏ"),
    ("hướng dẫn", "hướng dẫn"),
    ("theo", "theo"),
];

/// What [`extract`] keeps of the code reference before: its kind, role, the end of its span and the issuer its list's
/// head named.
type Prev = (Option<String>, Option<String>, usize, Option<String>);

/// Extract the references of a document. `jurisdiction` is the citing document's, used for local keys;
/// `own_code` is the document's own code, never a reference.
pub fn extract(text: &str, jurisdiction: Option<&str>, own_code: Option<&str>) -> Vec<Reference> {
    let mut out: Vec<Reference> = Vec::new();
    let codes = find_codes(text);
    // the previous code reference: (kind, role, end of its span, the issuer its list's head named)
    let mut prev: Option<Prev> = None;
    // for each code reference pushed: its code, and whether it goes on the list of the one before
    let mut listed: Vec<(&Code, bool)> = Vec::new();
    for m in codes.iter() {
        let code_str = m.code.normalized();
        if Some(code_str.as_str()) == own_code {
            continue;
        }
        // kind: the type word before the code ("Nghị định số ", "Kế hoạch ")
        let before = &text[ceil_boundary(text, m.start.saturating_sub(120))..m.start];
        if is_form_number(before) {
            continue;
        }
        let law = if is_law_code(&m.code) { law_before(text, m.start) } else { None };
        let direct = law
            .as_ref()
            .map(|l| (l.kind, l.start))
            .or_else(|| kind_before(before).map(|(k, off)| (k, m.start - (before.len() - off))));
        // a list sharing one type and role: "các Nghị quyết số 08-NQ/TU, 12-NQ/TU", "... ngày 11/5/2026, số 192/TTr-X"
        let continues = prev.as_ref().filter(|p| {
            p.2 <= m.start && {
                let gap = &text[p.2..m.start];
                gap.len() < 16 && is_list_gap(gap)
            }
        });
        let on_list = continues.is_some();
        // (the items of a list under a head with a colon: "Căn cứ các Nghị định của Chính phủ: số 156/2018/NĐ-CP ...; số
        // 91/2024/NĐ-CP ...", "tại các văn bản: Số 202/TTr-X ..., số 192/TTr-X ...": each item's text starts at its "số",
        // the head gives the kind and, when it names one, the issuer)
        let (kind, kind_start, role, head_issuer) = match (direct, continues) {
            (Some((k, st)), _) => {
                let st = if text[st..m.start].contains(':') { number_word_start(text, m.start).unwrap_or(st) } else { st };
                (Some(k.to_string()), st, role_before(text, st), None)
            }
            // (an item after one that cited a document of its own keeps the head's issuer: "Căn cứ các Nghị định của Chính
            // phủ: ...; số 124/2011/NĐ-CP ... sửa đổi ... của Nghị định số 117/2007/NĐ-CP; số 43/2022/NĐ-CP ...")
            (None, Some(p)) => (
                p.0.clone(),
                number_word_start(text, m.start).unwrap_or(m.start),
                p.1.clone(),
                p.3.clone().or_else(|| list_head(text, m.start).and_then(|h| h.1)),
            ),
            (None, None) => {
                let head = list_head(text, m.start);
                let k = head.as_ref().map(|h| h.0).or_else(|| list_head_kind(before)).or_else(|| m.code.doc_type());
                let st = head.as_ref().map_or(m.start, |h| h.2);
                (k.map(String::from), st, role_before(text, st), head.and_then(|h| h.1))
            }
        };
        // date and issuer after the code
        let after = &text[m.end..floor_boundary(text, m.end + 400)];
        let (date, after_date) = date_after(after);
        let issuer = issuer_after(&after[after_date..]).or_else(|| head_issuer.clone());
        let end = m.end + after_date;
        prev = Some((kind.clone(), role.clone(), end, head_issuer));
        let pinpoint = pinpoint_before(text, kind_start);
        let named = issuer.as_deref().and_then(jurisdiction_named);
        let key = key_for(&m.code, date.as_deref(), named.as_deref().or(jurisdiction));
        // "các Nghị quyết số 08-NQ/TU, 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh", "các Nghị định số 02/2017/NĐ-CP ngày
        // 09 tháng 01 năm 2017, 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ": the issuer after a list is
        // that of the codes before it with the same issuer's abbreviation and none of their own
        if let Some(iss) = issuer.as_deref() {
            let mut j = out.len();
            let mut on_list = on_list;
            while on_list && j > 0 && out[j - 1].issuer.is_none() {
                let (code, goes_on) = listed[j - 1];
                if code.issuer_abbrev().is_none() || code.issuer_abbrev() != m.code.issuer_abbrev() {
                    break;
                }
                let r = &mut out[j - 1];
                r.issuer = Some(iss.to_string());
                r.key = key_for(code, r.date.as_deref(), named.as_deref().or(jurisdiction));
                on_list = goes_on;
                j -= 1;
            }
        }
        listed.push((&m.code, on_list));
        out.push(Reference {
            kind,
            code: Some(code_str),
            number: m.code.number.clone(),
            symbol: Some(m.code.symbol.clone()),
            date,
            issuer,
            title: law.map(|l| l.title),
            pinpoint,
            role,
            key,
            span: [kind_start, end],
            text: text[kind_start..end].to_string(),
        });
    }
    // named laws without a number
    let spans = Spans::new(&out);
    let mut last_law_end = 0;
    for m_start in law_starts(text) {
        // inside a code reference, or inside the previous law's name ("Luật sửa đổi ... của Luật X")
        if covered(&spans, m_start) || m_start < last_law_end {
            continue;
        }
        let Some(law) = law_at(text, m_start) else { continue };
        // "Quốc hội ban hành Luật X.": the enacting formula names the document itself
        let lead = &text[ceil_boundary(text, m_start.saturating_sub(40))..m_start];
        if lead.trim_end().ends_with("Quốc hội ban hành") {
            continue;
        }
        // "Luật Đấu thầu số 22/2023/QH15" was taken with its code above
        let rest = text[law.end..floor_boundary(text, law.end + 16)].trim_start();
        let next_code = codes.partition_point(|c| c.start < law.end);
        if rest.starts_with("số") && codes.get(next_code).is_some_and(|c| c.start < law.end + 16) {
            continue;
        }
        let after = &text[law.end..floor_boundary(text, law.end + 200)];
        let (date, dlen) = date_after(after);
        last_law_end = law.end;
        let key = Some(format!("luat:{}", match_form(&law.title)));
        out.push(Reference {
            kind: Some(law.kind.into()),
            title: Some(law.title.clone()),
            date,
            role: role_before(text, m_start),
            pinpoint: pinpoint_before(text, m_start),
            key,
            span: [m_start, law.end + dlen],
            text: text[m_start..law.end + dlen].to_string(),
            ..Reference::default()
        });
    }
    out.sort_by_key(|r| r.span[0]);
    out
}

/// The largest char boundary at or below `i` (clamped to the text).
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i` (clamped to the text).
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The words that open a law's name, in the order a match prefers them.
const LAW_WORDS: [&str; 8] = ["Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Điều lệ Đảng", "LUẬT", "BỘ LUẬT", "PHÁP LỆNH"];

/// The starts of the law words in `hay`, as `\b(?:Hiến pháp|Bộ luật|...)\b` finds them (leftmost first, not
/// overlapping, word boundaries in the regex's Unicode sense), by an aho-corasick search for the words and a test of
/// the characters around each: with Unicode word boundaries the regex engines leave their DFAs on any non-ASCII text
/// and run the slow NFA simulation. No word begins another, so at most one stands at any place; one that fails its
/// boundaries may still hold a later one ("BỘ LUẬT" holds "LUẬT"), so the search goes on from the next byte.
fn law_starts(hay: &str) -> impl Iterator<Item = usize> + '_ {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    // (leftmost-first: the kind of search aho-corasick's vectorized prefilter runs)
    let ac = AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build(LAW_WORDS).expect("fixed words")
    });
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(m) = ac.find(aho_corasick::Input::new(hay).span(i..hay.len())) {
            let word_before = hay[..m.start()].chars().next_back().is_some_and(regex_syntax::is_word_character);
            let word_after = hay[m.end()..].chars().next().is_some_and(regex_syntax::is_word_character);
            if !word_before && !word_after {
                i = m.end();
                return Some(m.start());
            }
            i = m.start() + 1;
        }
        i = hay.len();
        None
    })
}

/// The spans of the references found so far, sorted, with the running maximum of their ends.
struct Spans {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Spans {
    fn new(refs: &[Reference]) -> Self {
        let mut v: Vec<(usize, usize)> = refs.iter().map(|r| (r.span[0], r.span[1])).collect();
        v.sort_unstable();
        let mut max_end = Vec::with_capacity(v.len());
        let mut m = 0;
        for &(_, e) in &v {
            m = m.max(e);
            max_end.push(m);
        }
        Spans { starts: v.into_iter().map(|x| x.0).collect(), max_end }
    }
}

/// Whether `at` falls inside one of the spans: a binary search.
fn covered(spans: &Spans, at: usize) -> bool {
    let i = spans.starts.partition_point(|&s| s <= at);
    i > 0 && at < spans.max_end[i - 1]
}

/// Codes of laws and ordinances: `22/2023/QH15`, `02/2020/UBTVQH14`.
fn is_law_code(c: &Code) -> bool {
    let s = c.symbol.trim_end_matches(|x: char| x.is_ascii_digit());
    s == "QH" || s == "UBTVQH"
}

/// A law named in running text.
#[derive(Debug, Clone)]
struct Law {
    kind: &'static str,
    title: String,
    start: usize,
    end: usize,
}

/// Words that end a law's name.
const NAME_STOPS: &[&str] = &[
    "số", "ngày", "năm", "của", "về", "quy", "hướng", "được", "đã", "thì", "có", "để", "khi", "đối", "như", "cho",
    "này", "là", "ban", "sau", "với", "gồm", "hoặc", "nhưng", "mà", "nêu", "phải", "không", "từ", "đến",
    "thuộc", "trừ", "theo", "tại", "bao", "do",
    // ("theo Luật Giao dịch điện tử, hoàn thành trong 6 tháng ...": the sentence goes on)
    "hoàn",
    // ("theo quy định tại Điều 59 Luật Nhà ở trên địa bàn, gửi ...": where, not the name)
    "trên",
];
/// Lower-case words after a comma that start the sentence's next part, not more of a law's name ("... của Luật An
/// toàn thực phẩm, cơ quan kiểm tra nhà nước ... phải thông báo ...", "..., các cơ quan ...", "..., gửi Sở ...").
const COMMA_STOPS: &[&str] = &["cơ", "các", "gửi"];
/// Words that may follow "theo"/"tại" inside a name ("... theo hợp đồng", "... tại doanh nghiệp").
const NAME_TAILS: &[&str] = &["hợp", "doanh"];
const STRUCTURE_WORDS: &[&str] = &["Điều", "Chương", "Mục", "Phần", "Phụ", "Khoản", "Điểm"];
const TYPE_WORDS: &[&str] = &["Luật", "Bộ", "Nghị", "Thông", "Pháp", "Quyết", "Hiến", "Chỉ", "Kế", "Công", "Văn"];

/// The length of " nước Cộng hòa xã hội chủ nghĩa Việt Nam" at the start of `rest` (after "Hiến pháp"; one space or
/// a line break between words, any case), else 0.
fn constitution_tail(rest: &str) -> usize {
    const WORDS: [&str; 9] = ["nước", "cộng", "hòa", "xã", "hội", "chủ", "nghĩa", "việt", "nam"];
    let mut at = 0;
    for w in WORDS {
        let gap = rest[at..].len() - rest[at..].trim_start_matches([' ', '\n']).len();
        if gap == 0 || gap > 3 {
            return 0;
        }
        let word_at = at + gap;
        let word = rest[word_at..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // (one tone placement and any case: "Hoà", "HÒA")
        if crate::normalize::match_form(word) != crate::normalize::match_form(w) {
            return 0;
        }
        at = word_at + word.len();
    }
    at
}

/// Read a law's name starting at `start` ("Luật Đấu thầu", "Bộ luật Lao động", "Luật Phòng, chống tác hại của
/// rượu, bia" stops at "của"; "Luật sửa đổi, bổ sung một số điều của Luật X" is one name).
fn law_at(text: &str, start: usize) -> Option<Law> {
    let rest = &text[start..floor_boundary(text, start + 400)];
    if rest.starts_with("LUẬT") || rest.starts_with("BỘ LUẬT") || rest.starts_with("PHÁP LỆNH") {
        // capitals (a subject line): only a known name, never a guess
        let kind = if rest.starts_with("BỘ") { "Bộ luật" } else if rest.starts_with("PHÁP") { "Pháp lệnh" } else { "Luật" };
        let end = known_name_at(text, start)?;
        let title = join_words(&text[start..end]);
        return Some(Law { kind, title, start, end });
    }
    let (kind, head) = if rest.starts_with("Hiến pháp") {
        ("Hiến pháp", "Hiến pháp")
    } else if rest.starts_with("Bộ luật") {
        ("Bộ luật", "Bộ luật")
    } else if rest.starts_with("Pháp lệnh") {
        ("Pháp lệnh", "Pháp lệnh")
    } else if rest.starts_with("Điều lệ Đảng") {
        return Some(Law { kind: "Điều lệ", title: "Điều lệ Đảng".into(), start, end: start + "Điều lệ Đảng".len() });
    } else {
        ("Luật", "Luật")
    };
    if kind == "Hiến pháp" {
        // the whole name as printed: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" (its words may wrap)
        let end = start + head.len() + constitution_tail(&rest[head.len()..]);
        return Some(Law { kind, title: "Hiến pháp".into(), start, end });
    }
    // "Luật sửa đổi, bổ sung một số điều của Luật X [và Luật Y]": one name
    let after_head = rest[head.len()..].trim_start();
    let opening: String = after_head.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    if kind == "Luật" && opening.starts_with("sửa đổi") {
        let win = &rest[..floor_boundary(rest, 120)];
        let cua = win.find(" của")?;
        let after_cua = &win[cua + " của".len()..];
        let ws = after_cua.len() - after_cua.trim_start().len();
        if ws == 0 {
            return None;
        }
        let inner_at = start + cua + " của".len() + ws;
        if !text[inner_at..].starts_with("Luật") && !text[inner_at..].starts_with("Bộ luật") {
            return None;
        }
        let inner = law_at(text, inner_at)?;
        let mut end = inner.end;
        // the laws it amends, listed: "... của Luật Chứng khoán, Luật Kế toán, ..., Luật Dự trữ quốc gia và Luật Xử lý vi
        // phạm hành chính" (Luật số 56/2024/QH15 amends nine; at most 20 read)
        for _ in 0..20 {
            let tail = &text[end..floor_boundary(text, end + 16)];
            let t2 = tail.trim_start();
            let next = match t2.strip_prefix(',') {
                Some(v) => {
                    let v = v.trim_start();
                    v.strip_prefix("và").map_or(v, str::trim_start)
                }
                None => match t2.strip_prefix("và") {
                    Some(v) => v.trim_start(),
                    None => break,
                },
            };
            if !next.starts_with("Luật") {
                break;
            }
            match law_at(text, end + (tail.len() - next.len())) {
                Some(next_law) if next_law.end > end => end = next_law.end,
                _ => break,
            }
        }
        let title = join_words(&text[start..end]);
        return Some(Law { kind, title, start, end });
    }
    if let Some(end) = known_name_at(text, start) {
        let title = join_words(&text[start..end]);
        return Some(Law { kind, title, start, end });
    }
    let amending = false;
    let mut words: Vec<(usize, usize)> = Vec::new(); // byte ranges in `rest`
    let mut pos = head.len();
    let mut seen_inner_law = false;
    loop {
        // next word
        let tail = &rest[pos..];
        let ws = tail.len() - tail.trim_start().len();
        if ws > 3 || tail[..ws].matches('\n').count() > 1 {
            break;
        }
        let t = &tail[ws..];
        let wlen = t.find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '(' | ')' | '"' | '“' | '”')).unwrap_or(t.len());
        if wlen == 0 {
            // punctuation: a comma continues only before a lowercase word that is not a stop word
            if let Some(after) = t.strip_prefix(',') {
                let nxt = after.trim_start();
                let nw: String = nxt.chars().take_while(|&c| crate::normalize::is_alpha(c)).collect();
                let lower = nw.chars().next().is_some_and(|c| c.is_lowercase());
                if lower && !NAME_STOPS.contains(&nw.as_str()) && !COMMA_STOPS.contains(&nw.as_str()) && !words.is_empty() {
                    pos += ws + 1;
                    continue;
                }
            }
            // "Luật An toàn thực phẩm (sửa đổi)"
            if t.starts_with("(sửa đổi)") && !words.is_empty() {
                let s0 = pos + ws;
                words.push((s0, s0 + "(sửa đổi)".len()));
                // the name ends here
            }
            break;
        }
        let w = &t[..wlen];
        let first = words.is_empty();
        let upper = w.chars().next().is_some_and(|c| c.is_uppercase());
        if first && !upper && !amending {
            return None; // "luật" in running text, "Luật này"
        }
        if first && (w == "này" || w == "số") {
            return None;
        }
        if w.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        if amending && (w == "của" || w == "Luật") {
            if w == "Luật" {
                seen_inner_law = true;
            }
            words.push((pos + ws, pos + ws + wlen));
            pos += ws + wlen;
            continue;
        }
        if (w == "theo" || w == "tại") && !first {
            let nxt: String = t[wlen..].trim_start().chars().take_while(|&c| crate::normalize::is_alpha(c)).collect();
            if NAME_TAILS.contains(&nxt.as_str()) {
                words.push((pos + ws, pos + ws + wlen));
                pos += ws + wlen;
                continue;
            }
            break;
        }
        if NAME_STOPS.contains(&w) && !(amending && !seen_inner_law) {
            break;
        }
        if w == "và" {
            let nxt: String = t[wlen..].trim_start().chars().take_while(|&c| crate::normalize::is_alpha(c)).collect();
            let capital = nxt.chars().next().is_some_and(|c| c.is_uppercase());
            if !capital || TYPE_WORDS.contains(&nxt.as_str()) || STRUCTURE_WORDS.contains(&nxt.as_str()) {
                break;
            }
        }
        if TYPE_WORDS.contains(&w) && !first && !(amending && w == "Luật") {
            break;
        }
        words.push((pos + ws, pos + ws + wlen));
        pos += ws + wlen;
        if words.len() > 22 {
            break;
        }
    }
    while let Some(&(a, b)) = words.last() {
        let w = &rest[a..b];
        if w == "và" || w == "của" || w == "Luật" && words.len() > 1 {
            words.pop();
        } else {
            break;
        }
    }
    let &(_, last) = words.last()?;
    let title = join_words(&rest[..last]);
    Some(Law { kind, title, start, end: start + last })
}

/// The end of a known law name starting at `start` (data/law_names.txt), compared in matching form.
fn known_name_at(text: &str, start: usize) -> Option<usize> {
    let win = &text[start..floor_boundary(text, start + 300)];
    // the window's first 24 words (split at whitespace, as split_whitespace does) as byte ranges, in one pass
    let mut toks: Vec<(usize, usize)> = Vec::with_capacity(24);
    let mut word_start = None;
    for (i, c) in win.char_indices() {
        if !c.is_whitespace() {
            word_start.get_or_insert(i);
        } else if let Some(s) = word_start.take() {
            toks.push((s, i));
            if toks.len() == 24 {
                break;
            }
        }
    }
    if let Some(s) = word_start.filter(|_| toks.len() < 24) {
        toks.push((s, win.len()));
    }
    // matching forms of the window's tokens, each computed once and only when a name reaches it (most names
    // fail on the first or second token); the last token of a name is also compared without trailing punctuation
    let (&(a0, b0), _) = toks.split_first()?;
    let mut forms: Vec<Option<String>> = vec![None; toks.len()];
    let first = match_form(&win[a0..b0]);
    'names: for name in &tables().law_names {
        if name.len() > toks.len() || name[0] != first {
            continue;
        }
        let mut end = 0;
        for (k, nt) in name.iter().enumerate() {
            let (a, b) = toks[k];
            if k + 1 == name.len() {
                let tok = win[a..b].trim_end_matches([';', '.', ',', ':', ')', '"', '”']);
                if match_form(tok) != *nt {
                    continue 'names;
                }
                end = a + tok.len();
            } else if *forms[k].get_or_insert_with(|| match_form(&win[a..b])) != *nt {
                continue 'names;
            }
        }
        return Some(start + end);
    }
    None
}

/// The law named just before a law code: "Luật Tổ chức Chính phủ số 63/2025/QH15".
fn law_before(text: &str, code_start: usize) -> Option<Law> {
    let from = ceil_boundary(text, code_start.saturating_sub(300));
    let window = &text[from..code_start];
    let ends_at_code = |law: &Law| {
        let gap = text[law.end..code_start].trim();
        gap.strip_suffix("số:").or_else(|| gap.strip_suffix("số")).unwrap_or(gap).trim().is_empty()
    };
    let starts: Vec<usize> = law_starts(window).collect();
    // ("Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều số 60/2020/QH14": the code of
    // an amending law of several laws is its own, not the last law's; after one law, "Luật sửa đổi, bổ sung một số điều
    // của Luật Điều ước quốc tế số 108/2016/QH13", it is the amended law's, as the enacting formula reads)
    let amends_several = |l: &Law| l.title.contains(" và Luật ") || l.title.contains(" và Bộ luật ");
    if let Some(law) = starts.iter().filter(|&&m| text[from + m..].starts_with("Luật sửa đổi")).find_map(|&m| law_at(text, from + m).filter(|l| ends_at_code(l) && amends_several(l))) {
        return Some(law);
    }
    let law = law_at(text, from + *starts.last()?)?;
    ends_at_code(&law).then_some(law)
}

/// The words that make the number after them (and "số") a form's: "Mẫu số 04/SS-CTĐT", "Biểu số 01/BC".
const FORM_WORDS: [&str; 8] = ["mẫu", "biểu", "biểu mẫu", "phụ lục", "mã", "tài khoản", "giấy chứng nhận", "hộ chiếu"];

/// "Mẫu số 04/SS-CTĐT", "Biểu số 01/BC": a form's number, not a document.
fn is_form_number(before: &str) -> bool {
    let t = before.trim_end();
    // only the end of the text is asked: its last 48 bytes lowercased (a character's lowercase does not depend on
    // what stands before it, but for a final sigma, which no word here holds) answer as the whole would when what
    // is left of them after "số" and the spaces is at least as long as the longest word; else the whole is read
    let tail = &t[floor_boundary(t, t.len().saturating_sub(48))..];
    let answer = |t: &str| {
        let l = to_lower(t);
        let l = l.strip_suffix("số").unwrap_or(&l).trim_end();
        (FORM_WORDS.iter().any(|w| l.ends_with(w)), l.len())
    };
    let longest = FORM_WORDS.iter().map(|w| w.len()).max().unwrap_or(0);
    match answer(tail) {
        (found, left) if tail.len() == t.len() || left >= longest => found,
        _ => answer(t).0,
    }
}

/// What may stand between two items of a list of references: commas, "và", "số".
fn is_list_gap(gap: &str) -> bool {
    let mut t = gap.trim();
    loop {
        let before = t;
        t = t.trim_start_matches([',', ';']).trim_start();
        for w in ["và", "số:", "số", "Số:", "Số"] {
            if let Some(r) = t.strip_prefix(w) {
                t = r.trim_start();
            }
        }
        if t == before {
            break;
        }
    }
    t.is_empty()
}

/// Where the word "số" (any case) printed right before the code at `at` starts ("số \n191/BC-X": spaces and a line
/// break between).
fn number_word_start(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].trim_end_matches([' ', '\n', '\t']);
    if before.len() == at {
        return None;
    }
    let start = before.len().checked_sub("số".len()).filter(|&k| before.is_char_boundary(k))?;
    let word = &before[start..];
    let boundary = before[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    (boundary && ["số", "Số", "SỐ"].contains(&word)).then_some(start)
}

/// The head of a list of numbers the code at `at` is an item of, on its line: "Căn cứ các Nghị định của Chính phủ:
/// số 156/2018/NĐ-CP ...; số 91/2024/NĐ-CP ..." -> ("Nghị định", Some("Chính phủ"), where the item's "số" starts).
/// Every item between the colon and the code opens with "số", after a comma or semicolon.
fn list_head(text: &str, at: usize) -> Option<(&'static str, Option<String>, usize)> {
    let from = ceil_boundary(text, at.saturating_sub(600));
    let line = &text[from..at];
    let line = &line[line.rfind(['\n', '.']).map_or(0, |k| k + 1)..];
    let colon = line.rfind(':')?;
    let items = &line[colon + 1..];
    // (each item after the colon opens with "số": "số 156/...; số 91/...", "Số 202/..., số 192/...")
    if !items.split(';').filter(|p| !p.trim().is_empty()).all(|p| {
        let p = p.trim_start();
        p.starts_with("số") || p.starts_with("Số")
    }) {
        return None;
    }
    let item_start = number_word_start(text, at)?;
    let head = line[..colon].trim_end();
    let (head, issuer) = match head.rfind(" của ") {
        Some(k) => (&head[..k], issuer_after(&head[k + 1..])),
        None => (head, None),
    };
    // (the head names a plural type: "các Nghị định", "các văn bản", "các Tờ trình")
    let (kind, start) = kind_before(head)?;
    head[..start].trim_end().ends_with("các").then_some((kind, issuer, item_start))
}

/// The type named by a list head before a colon: "tại các văn bản: Số 202/TTr-X" -> "Văn bản".
fn list_head_kind(before: &str) -> Option<&'static str> {
    let clause = before.rsplit([';', '.']).next().unwrap_or(before);
    let colon = clause.rfind(':')?;
    kind_before(&clause[..colon]).map(|(k, _)| k)
}

fn re_pinpoint() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        // a unit word and its label(s): "điểm a, b và c", "khoản 1", "Điều 29", "mục II", "Phụ lục IA"
        let unit = r"(?i:điểm|khoản|điều|mục|phần|chương|tiết|phụ lục)";
        let label = r"(?:\d+[a-zđ]?|[IVXLC]+[A-Z]?|[a-zđ])";
        let item = format!(r"{unit}\s+{label}(?:\s*,\s*{label}|\s+và\s+{label})*");
        Regex::new(&format!(r"((?:{item}(?:\s*,\s*|\s+và\s+|\s+))+)(?i:của\s+|tại\s+|(?:ban hành\s+)?kèm theo\s+)?$")).unwrap()
    })
}

/// The pinpoint printed right before a reference: "điểm e, khoản 1 Điều 29 Luật Đấu thầu" -> "điểm e, khoản 1 Điều 29".
fn pinpoint_before(text: &str, start: usize) -> Option<String> {
    let from = ceil_boundary(text, start.saturating_sub(240));
    let before = &text[from..start];
    // most citations have none: look for a unit word before running the regex, and start there
    const UNITS: [&str; 23] = [
        "điểm", "Điểm", "khoản", "Khoản", "điều", "Điều", "mục", "Mục", "phần", "Phần", "chương", "Chương", "tiết", "Tiết",
        "Phụ lục", "phụ lục", "ĐIỀU", "KHOẢN", "ĐIỂM", "MỤC", "PHẦN", "CHƯƠNG", "PHỤ LỤC",
    ];
    // where the first of them starts, in one aho-corasick pass (the leftmost match starts at the first place any
    // of them does; a test of the first byte, then of each word, cost ~8,000 instructions a citation)
    static FIRST_UNIT: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ac = FIRST_UNIT.get_or_init(|| {
        aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build(UNITS).expect("fixed words")
    });
    let first = ac.find(before)?.start();
    let before = &before[first..];
    let c = re_pinpoint().captures(before)?;
    let p = c.get(1)?.as_str();
    let p = p.trim().trim_end_matches([',', ' ']).trim();
    let p = p.strip_suffix(" và").unwrap_or(p);
    let p = join_words(p);
    (!p.is_empty()).then_some(p)
}

fn kind_before(before: &str) -> Option<(&'static str, usize)> {
    let t = before.trim_end();
    let t = t.strip_suffix("số:").or_else(|| t.strip_suffix("số")).or_else(|| t.strip_suffix("Số")).or_else(|| t.strip_suffix("SỐ")).unwrap_or(t).trim_end();
    let t = t.strip_suffix(':').unwrap_or(t).trim_end();
    if let Some((k, start)) = type_at_end(t) {
        // "Thông báo kết luận số ...": the type is the outer word
        return Some(type_at_end(t[..start].trim_end()).unwrap_or((k, start)));
    }
    // "Báo cáo thẩm tra số ...", "Báo cáo thẩm định số ...": a word of what the document does between its type and
    // its number (data/type_qualifiers.txt)
    for q in type_qualifiers() {
        if let Some(qstart) = ends_with_name(t, q) {
            let head = t[..qstart].trim_end();
            if head.len() < t[..qstart].len() {
                if let Some(found) = type_at_end(head) {
                    return Some(found);
                }
            }
        }
    }
    None
}

/// The type name that ends `t` (longest names first) and where it starts.
fn type_at_end(t: &str) -> Option<(&'static str, usize)> {
    let found = |n: &&'static str| ends_with_name(t, n).and_then(|start| canonical_type(&t[start..]).map(|k| (k, start)));
    // only the names whose last character is the text's, without case ([`ends_with_name`] compares the last
    // characters first); a text that ends in a space is asked of all
    match (t.chars().next_back(), type_names_by_last()) {
        (Some(c), Some(by_last)) if !c.is_whitespace() => by_last.get(&lower_first(c))?.iter().find_map(found),
        _ => tables().type_names.iter().find_map(found),
    }
}

/// The first character of `c`'s lowercase.
fn lower_first(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// The type names (longest first, as in the table) grouped by the lowercase of their last character; None if a name
/// ends in a space (none does), which [`ends_with_name`] would read as any run of spaces.
fn type_names_by_last() -> Option<&'static crate::tables::HashMap<char, Vec<&'static str>>> {
    static M: OnceLock<Option<crate::tables::HashMap<char, Vec<&'static str>>>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m: crate::tables::HashMap<char, Vec<&'static str>> = crate::tables::HashMap::default();
        for &n in &tables().type_names {
            let last = n.chars().next_back()?;
            if last.is_whitespace() {
                return None;
            }
            m.entry(lower_first(last)).or_default().push(n);
        }
        Some(m)
    })
    .as_ref()
}

/// Words between a type and its number that belong to the document's name ("thẩm tra" in "Báo cáo thẩm tra số
/// 18/BC-BKTNS"), longest first.
fn type_qualifiers() -> &'static [&'static str] {
    static Q: OnceLock<Vec<&'static str>> = OnceLock::new();
    Q.get_or_init(|| {
        let mut q: Vec<&'static str> = crate::tables::data_lines(include_str!("../data/type_qualifiers.txt")).map(str::trim).collect();
        q.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        q
    })
}

/// Where `name` ends `t`, case-insensitively and with any run of whitespace in `t` for a space of `name`
/// ("văn \nbản" ends with "Văn bản"). Returns the byte offset in `t` where it starts, at a word boundary.
fn ends_with_name(t: &str, name: &str) -> Option<usize> {
    // the last characters first when both are ASCII: most names fail there, before the iterators below are set up
    if let (Some(&a), Some(&b)) = (t.as_bytes().last(), name.as_bytes().last()) {
        if a.is_ascii() && b.is_ascii() && b != b' ' && !a.eq_ignore_ascii_case(&b) {
            return None;
        }
    }
    let mut ti = t.char_indices().rev().peekable();
    let mut start = t.len();
    for nc in name.chars().rev() {
        if nc == ' ' {
            let mut any = false;
            while let Some(&(_, c)) = ti.peek() {
                if c.is_whitespace() {
                    ti.next();
                    any = true;
                } else {
                    break;
                }
            }
            if !any {
                return None;
            }
            continue;
        }
        let (i, c) = ti.next()?;
        if !crate::normalize::same_lower(c, nc) {
            return None;
        }
        start = i;
    }
    // a word boundary before the name
    match t[..start].chars().next_back() {
        Some(c) if crate::normalize::is_alnum(c) => None,
        _ => Some(start),
    }
}

fn date_after(after: &str) -> (Option<String>, usize) {
    let t = after.trim_start_matches([',', ' ', '\n']);
    let skipped = after.len() - t.len();
    if let Some(y) = t.strip_prefix("năm ") {
        let digits: String = y.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.len() == 4 && !y[4..].starts_with(['/', '-']) {
            return (Some(digits), skipped + 4 + "năm ".len());
        }
    }
    if t.starts_with("ngày") || t.starts_with("Ngày") || t.starts_with("NGÀY") {
        if let Some(m) = parse_date_prefix(t) {
            if let Some(d) = m.date {
                return (Some(d.iso()), skipped + m.end);
            }
        }
    }
    (None, 0)
}

fn issuer_after(after: &str) -> Option<String> {
    let t = after.trim_start_matches([',', ' ', '\n']);
    // ("SỬA ĐỔI ... THÔNG TƯ SỐ 44/2022/TT-BTC NGÀY 21 THÁNG 7 NĂM 2022 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH QUY ĐỊNH ...": a
    // title in capitals, where only a name of `data/issuer_ends.tsv` says where the issuer ends)
    let (rest, capitals) = match (t.strip_prefix("của "), t.strip_prefix("CỦA ")) {
        (Some(r), _) => (r, false),
        (None, Some(r)) => (r, true),
        (None, None) => return None,
    };
    // (a joint text's three ministers' titles run to ~150 bytes)
    let mut end = rest.len().min(240);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &rest[..end];
    // (a name opens with a capital: "của chính phủ số" names no issuer)
    // (read over its line breaks: "... ngày 09 tháng 4 năm 2014 của Bộ\ntrưởng Bộ Y tế, ...")
    let flat = if rest.contains('\n') { std::borrow::Cow::Owned(join_words(rest)) } else { std::borrow::Cow::Borrowed(rest) };
    if let Some(e) = Some(&*flat).filter(|r| r.starts_with(char::is_uppercase)).and_then(closed_issuer_end) {
        return Some(join_words(&flat[..e]));
    }
    let rest = &rest[..rest.len().min(crate::references::floor_boundary(rest, 120))];
    if capitals {
        return None;
    }
    // ("... theo Báo cáo số 95/BC-UBND ... của Ủy ban nhân dân xã và quyết nghị mục tiêu ...": the sentence's own verb)
    // (":" too: "... tại Công văn số 1256/UBND-TCKH ngày 06/6/2025 của UBND thành phố Đồng Xoài: Giao Sở Tài chính ...",
    // binhphuoc_tb_318 10)
    // (")" too: the bracket round the citation closes after its issuer, "(Tờ trình số 118-TTr/ĐU ngày 19/4/2025 của Đảng ủy
    // Ủy ban nhân dân tỉnh), ...", travinh_kl_09)
    // (" chưa ", " đã ", " được ": the sentence's own verb after the issuer, "... Thông báo số 112/TB-VP ... của Văn phòng
    // UBND tỉnh chưa được thực hiện dứt điểm", hatinh_tb_204)
    const STOPS: [&str; 31] = [
        " chưa ", " đã ", " được ",
        " về ", " v/v", " V/v", " quy định", " Quy định", " hướng dẫn", " ban hành", " phê duyệt", "“", "”", "\"", ";", ",", ".", "(", ")", ":",
        " tại ", " thực hiện", " đối với", " sửa đổi", " và theo", " và căn cứ", " và quyết nghị", " và quyết định", " và thống nhất",
        " và đề nghị",
        // ("Nghị định số 156/2018/NĐ-CP ... của Chính phủ và các văn bản hướng dẫn": the texts that go with it)
        " và các văn bản",
    ];
    // "của Bộ Nông nghiệp và Phát triển nông thôn và Chỉ thị số 19/CT-TTg ...": the next cited document starts
    const NEXT_KINDS: [&str; 14] = [
        "Chỉ thị", "Quyết định", "Nghị quyết", "Công văn", "Kế hoạch", "Thông tư", "Nghị định", "Luật", "Kết luận", "Thông báo",
        "Công điện", "Hướng dẫn", "văn bản", "Văn bản",
    ];
    // the first place where a stop or " và {kind}" starts: one pass over the bytes where one can start (a space, “
    // and punctuation), not a substring search per stop
    let rb = rest.as_bytes();
    let starts_next_kind =
        |r: &[u8]| r.strip_prefix(" và ".as_bytes()).is_some_and(|r| NEXT_KINDS.iter().any(|k| r.starts_with(k.as_bytes())));
    let cut = (0..rb.len())
        .find(|&i| {
            matches!(rb[i], b' ' | b'"' | b';' | b',' | b'.' | b'(' | b')' | b':' | 0xE2)
                && (STOPS.iter().any(|s| rb[i..].starts_with(s.as_bytes())) || starts_next_kind(&rb[i..]))
                && !(rb[i] == b',' && comma_inside_name(rest, i))
        })
        .unwrap_or(rest.len());
    let named = &rest[..cut];
    let named = &named[..local_level_end(named).unwrap_or(named.len())];
    let s = join_words(named);
    (!s.is_empty()).then_some(s)
}

/// The lists of `data/issuer_ends.tsv`, lowercased (for [`starts_ci`]).
struct IssuerEnds {
    names: Names,
    titles: Names,
    after: Names,
    local: Names,
    levels: Names,
    commas: Vec<&'static str>,
}

fn issuer_ends() -> &'static IssuerEnds {
    static E: OnceLock<IssuerEnds> = OnceLock::new();
    E.get_or_init(|| {
        let rows: Vec<(&str, &'static str)> =
            crate::tables::data_lines(include_str!("../data/issuer_ends.tsv")).filter_map(|l| l.split_once('\t')).collect();
        let raw = |kind: &str| rows.iter().filter(|r| r.0 == kind).map(|r| r.1).collect::<Vec<&'static str>>();
        let of = |kind: &str| Names::new(raw(kind).into_iter().map(to_lower));
        IssuerEnds {
            names: of("name"),
            titles: of("title"),
            after: of("after"),
            local: of("local"),
            levels: of("level"),
            commas: raw("comma"),
        }
    })
}

/// Names (lowercased) grouped by their first word: a text's first word is compared with each group's once, then only
/// the rest of that group's names with what follows it ("bộ" / " tài chính", " y tế", ...).
struct Names {
    /// (first word, the rest of each name from the space after it, longest first; "" for the word alone)
    groups: Vec<(String, Vec<String>)>,
}

impl Names {
    fn new(names: impl Iterator<Item = String>) -> Names {
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for n in names {
            let k = n.find([' ', ',']).unwrap_or(n.len());
            let (first, rest) = n.split_at(k);
            match groups.iter_mut().find(|g| g.0 == first) {
                Some(g) => g.1.push(rest.to_string()),
                None => groups.push((first.to_string(), vec![rest.to_string()])),
            }
        }
        for g in &mut groups {
            g.1.sort_by_key(|r| std::cmp::Reverse(r.len()));
        }
        Names { groups }
    }

    /// The longest name that opens `t` ([`starts_ci`]) and ends at a word's end: the bytes of `t` it takes.
    fn longest_at(&self, t: &str) -> Option<usize> {
        let t0 = *t.as_bytes().first()?;
        let ends_word = |k: usize| !t[k..].chars().next().is_some_and(is_alnum);
        self.groups.iter().find_map(|(first, rests)| {
            // (the first byte before the whole word, for a word that opens with an ASCII letter: most fail there)
            let f0 = first.as_bytes()[0];
            if f0 < 0x80 && t0 != f0 && t0.to_ascii_lowercase() != f0 {
                return None;
            }
            let k = starts_ci(t, first).filter(|&k| ends_word(k))?;
            rests.iter().find_map(|r| if r.is_empty() { Some(k) } else { starts_ci(&t[k..], r).map(|m| k + m).filter(|&e| ends_word(e)) })
        })
    }
}

/// Whether `t` starts with `name` (written in lowercase), whatever the case of `t`'s letters: the bytes of `t` it
/// takes. Spaces match spaces only (a name of the table is matched within a line of the assembled text).
fn starts_ci(t: &str, name: &str) -> Option<usize> {
    let (tb, nb) = (t.as_bytes(), name.as_bytes());
    let (mut i, mut j) = (0, 0);
    while j < nb.len() {
        let (x, y) = (*tb.get(i)?, nb[j]);
        if y < 0x80 {
            if x == y || (x.is_ascii_uppercase() && x.to_ascii_lowercase() == y) {
                i += 1;
                j += 1;
                continue;
            }
            return None;
        }
        // (whole characters: both stand at a character's start here)
        if x < 0x80 {
            return None;
        }
        let c = t[i..].chars().next()?;
        let n = name[j..].chars().next()?;
        if c != n && !crate::normalize::same_lower(c, n) {
            return None;
        }
        i += c.len_utf8();
        j += n.len_utf8();
    }
    Some(i)
}

/// The verbs that open a cited text's title after its issuers ("... của Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Công Thương
/// hướng dẫn ..."): a list of issuers of one kind runs on to them (here and in the task rules' reading of a preamble).
pub(crate) const TITLE_VERBS: [&str; 5] = ["hướng dẫn", "quy định", "ban hành", "sửa đổi", "phê duyệt"];

/// Where an issuer that opens `rest` with a whole name ends: "Chính phủ", "Bộ trưởng Bộ Tài chính", "Ban Chấp hành
/// Trung ương Đảng khóa XII", "Bộ Tài chính và Bộ Y tế". None when `rest` does not open with such a name.
fn closed_issuer_end(rest: &str) -> Option<usize> {
    let e = issuer_ends();
    let mut at = 0;
    if let Some(n) = e.titles.longest_at(rest) {
        if rest[n..].starts_with(' ') && e.names.longest_at(&rest[n + 1..]).is_some() {
            at = n + 1;
        }
    }
    let mut end = at + e.names.longest_at(&rest[at..])?;
    // "Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Bộ trưởng Bộ Công Thương": the issuers of a
    // joint text (Thông tư liên tịch), names of the same kind after commas (binhduong_qd_42), when the cited text's title
    // or the sentence's stop follows them ("... của Bộ Tài chính, Bộ Nội vụ tổng hợp ...": the next clause's subject)
    let first_word = rest.split(' ').next().unwrap_or("");
    let title_follows = |tail: &str| {
        tail.is_empty()
            || tail.starts_with([';', '.', ')', ':', '\n'])
            || tail.strip_prefix(' ').is_some_and(|r| TITLE_VERBS.iter().any(|w| r.starts_with(w)))
            || [" về ", " và "].iter().any(|w| tail.starts_with(w))
    };
    loop {
        let Some(r) = rest[end..].strip_prefix(", ").filter(|r| r.split(' ').next() == Some(first_word)) else { break };
        let Some(n) = closed_issuer_end(r).filter(|&n| title_follows(&r[n..])) else { break };
        end += ", ".len() + n;
    }
    while rest[end..].starts_with(' ') {
        let r = &rest[end + 1..];
        // "khóa XII": the word and the one after it
        if let Some(a) = e.after.longest_at(r).filter(|&a| r[a..].starts_with(' ')) {
            let w = r[a + 1..].find(|c: char| !is_alnum(c)).unwrap_or(r.len() - a - 1);
            if w > 0 {
                end += 1 + a + 1 + w;
                continue;
            }
        }
        // "Bộ Tài chính và Bộ Y tế", "Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính": two issuers of one document
        let joined = r.strip_prefix("và ").or_else(|| r.strip_prefix("- "));
        if let Some(n) = joined.filter(|j| j.starts_with(char::is_uppercase)).and_then(closed_issuer_end) {
            end += 1 + (r.len() - joined.map_or(0, str::len)) + n;
            continue;
        }
        break;
    }
    Some(end)
}

/// Whether the comma at `i` of `rest` is inside a name's phrase ("Ban Chỉ đạo phòng, chống dịch bệnh tỉnh").
fn comma_inside_name(rest: &str, i: usize) -> bool {
    issuer_ends().commas.iter().any(|p| {
        let k = p.find(',').unwrap_or(0);
        i >= k
            && rest.get(i - k..).is_some_and(|r| r.starts_with(p))
            && !rest[..i - k].chars().next_back().is_some_and(is_alnum)
    })
}

/// Where a local body's name that opens `rest` ends at its level, when what follows the level is not a place's name:
/// "UBND tỉnh" of "UBND tỉnh chưa hoàn thành đúng thời hạn" (but "Ủy ban nhân dân tỉnh Quảng Ninh", "HĐND tỉnh khóa X"
/// go on).
fn local_level_end(rest: &str) -> Option<usize> {
    let e = issuer_ends();
    let h = e.local.longest_at(rest)?;
    let l = e.levels.longest_at(rest[h..].strip_prefix(' ')?)?;
    let end = h + 1 + l;
    let next = rest[end..].strip_prefix(' ')?;
    (next.starts_with(char::is_lowercase) && e.after.longest_at(next).is_none()).then_some(end)
}

/// The role of a reference: the role words nearest before it in the same sentence ("Căn cứ A; B" gives both
/// "căn cứ"), unless a bare "quy định tại" stands nearer (then none). An item of a list whose head ends on a colon
/// and whose items end on semicolons takes the head's role when its own item has no role words ("... theo quy định
/// tại các văn bản: A; Nghị định B được sửa đổi, bổ sung bởi Nghị định C; Nghị định D": D is "theo", C "sửa đổi").
fn role_before(text: &str, start: usize) -> Option<String> {
    let from = ceil_boundary(text, start.saturating_sub(600));
    let window = &text[from..start];
    // the sentence: after the last full stop or blank line
    // (the last of ". ", ".\n", "\n\n", "./")
    let wb = window.as_bytes();
    // (the '.' and '\n' found by memrchr2, vectorized: a byte-by-byte scan back over up to 600 bytes was half of
    // this function's cost)
    // (and the end of a caption in brackets on its own line, "(Kèm theo Kế hoạch số ... của UBND tỉnh)": a PDF or a
    // DOCX table has no blank line under it, and its "kèm theo" is not the role of the table's first citation)
    let caption_end = |i: usize| {
        i > 0 && wb[i - 1] == b')' && {
            let line = &window[..i];
            line[line.rfind('\n').map_or(0, |k| k + 1)..].trim_start().starts_with('(')
        }
    };
    let cut = memchr::memrchr2_iter(b'.', b'\n', &wb[..wb.len().saturating_sub(1)])
        .find(|&i| matches!((wb[i], wb[i + 1]), (b'.', b' ' | b'\n' | b'/') | (b'\n', b'\n')) || (wb[i] == b'\n' && caption_end(i)))
        .map_or(0, |i| i + 1);
    let sentence = to_lower(&window[cut..]);
    if let Some(semi) = sentence.rfind(';') {
        match scan_role(&sentence[semi + 1..]) {
            Some(found) => return found,
            None => {
                let first = sentence.find(';').unwrap_or(semi);
                if let Some(colon) = sentence[..first].rfind(':') {
                    return scan_role(&sentence[..colon]).flatten();
                }
                // no colon: the role the nearest item before it opens with ("Căn cứ A được sửa đổi bởi B; C": C is
                // "căn cứ"; "Căn cứ A; Thực hiện B; C": C is "thực hiện")
                // (or a clause of it after a comma: "- Trên cơ sở kết quả ..., Thực hiện Nghị quyết A; B"; role words
                // inside a cited document's title, "Kế hoạch ... về triển khai các nhiệm vụ ...", open nothing)
                // ("sửa đổi, bổ sung": the comma inside the phrase opens no clause)
                let opener = |item: &str| {
                    opening_role(item).or_else(|| {
                        let mut clauses = item.rsplit(',');
                        let _first = clauses.next_back();
                        clauses.find_map(opening_role).filter(|r| *r != Some("sửa đổi"))
                    })
                };
                if let Some(r) = sentence[..semi].rsplit(';').find_map(opener) {
                    return r.map(String::from);
                }
            }
        }
    }
    match scan_role(&sentence) {
        Some(found) => found,
        None => list_head_role(text, start),
    }
}

/// The kind of item label a paragraph opens with: 'a' for "a)", '1' for "1." or "1)", '-' for "-", "+", "•".
fn item_label(line: &str) -> Option<char> {
    let t = line.trim_start();
    let mut cs = t.chars();
    let c0 = cs.next()?;
    if matches!(c0, '-' | '+' | '•') {
        return Some('-');
    }
    let rest = cs.as_str();
    if c0.is_lowercase() && c0.is_alphabetic() && rest.starts_with(')') {
        return Some('a');
    }
    let digits = t.bytes().take_while(|b| b.is_ascii_digit()).count();
    ((1..=3).contains(&digits) && t[digits..].starts_with(['.', ')'])).then_some('1')
}

/// The role of a list's head for a reference that opens an item of it with no role words of its own ("2. Nghị quyết
/// này thay thế các Nghị quyết sau:" / "a) Nghị quyết số 27/2024/NQ-HĐND ..."): the item's label and at most its
/// type word before the reference, its siblings passed over, and a head that ends on a colon or announces a list
/// ("sau", "sau đây").
fn list_head_role(text: &str, start: usize) -> Option<String> {
    // (the label, then at most a few words: "a) ", "- Nghị quyết số "; the line's start looked for in those bytes
    // only, not back over a text without line breaks)
    let near = ceil_boundary(text, start.saturating_sub(41));
    let line_start = match memchr::memrchr(b'\n', &text.as_bytes()[near..start]) {
        Some(i) => near + i + 1,
        None if near == 0 => 0,
        None => return None,
    };
    let prefix = &text[line_start..start];
    let kind = item_label(prefix)?;
    let from = ceil_boundary(text, line_start.saturating_sub(4000));
    let role_of = |line: &str| {
        // ("... cho đến khi Luật An toàn thực phẩm (sửa đổi) có hiệu lực ... đối với các văn bản sau đây:": a law's
        // name, not a role word)
        let head = to_lower(line.trim_end()).replace("(sửa đổi)", "");
        let announces = head.ends_with(':') || head.split(|c: char| !is_alnum(c)).any(|w| w == "sau");
        if !announces {
            return None;
        }
        // the head's own verb: its first words after its label ("2. Bãi bỏ các văn bản ... sau đây"), or a role phrase
        // right before "các" ("Nghị quyết này thay thế các Nghị quyết sau:"), not a role word of a title it names
        let body = match item_label(&head) {
            Some('1' | '-') => head.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '+' | '•')),
            _ => head.as_str(),
        };
        if let Some(r) = opening_role(body) {
            return r.map(String::from);
        }
        // ("được thực hiện theo quy định tại các văn bản:": "theo")
        ROLES
            .iter()
            .filter_map(|(p, r)| {
                ["", "quy định tại ", "quy định của "]
                    .iter()
                    .filter_map(|mid| head.rfind(&format!(" {p} {mid}các ")))
                    .max()
                    .map(|i| (i, p.len(), *r))
            })
            .max_by_key(|&(i, len, _)| (i, len))
            .map(|(_, _, r)| r.to_string())
    };
    // going up: a sibling's label line takes the lines below it as its own (an item wrapped: "a) Nghị quyết ... của
    // Hội đồng nhân dân tỉnh" / "Ninh Bình quy định ..."); a line of another label, or the last line of a block of
    // unlabelled lines above a blank line, is the head
    let mut below: Option<&str> = None;
    for line in text[from..line_start].lines().rev().take(40) {
        if line.trim().is_empty() {
            if let Some(h) = below {
                return role_of(h);
            }
            continue;
        }
        match item_label(line) {
            Some(k) if k == kind => below = None,
            Some(_) => return role_of(line),
            None => below = below.or(Some(line)),
        }
    }
    below.and_then(role_of)
}

/// The role phrase an item of a list opens with (lowercase; the longest that fits): "thực hiện kế hoạch số ..." ->
/// `Some(Some("thực hiện"))`; "xét tờ trình số ..." -> `Some(None)` (what is considered has no role); None when the
/// item opens with neither.
fn opening_role(item: &str) -> Option<Option<&'static str>> {
    let t = item.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '+' | ',' | ';'));
    let t = t.strip_prefix("và ").unwrap_or(t);
    if t.starts_with("xét ") {
        return Some(None);
    }
    ROLES
        .iter()
        .filter(|(p, _)| t.starts_with(p) && word_end(t, p.len()) && !t[p.len()..].starts_with(" số "))
        .max_by_key(|(p, _)| p.len())
        .map(|(_, r)| Some(*r))
}

/// The nearest role phrase or blocker from the end of `sentence` (lowercase): `Some(Some(role))`, `Some(None)` for a
/// blocker ("quy định tại", "xét", "sau đây gọi là"), `None` when there is neither.
fn scan_role(sentence: &str) -> Option<Option<String>> {
    // the words from the last one back, read as the scan below needs them (it stops at the nearest role phrase or
    // blocker, most often a few words back): `back[j]` is the j-th word from the end
    let mut back = BackWords { rev: RevWords::new(&sentence), seen: Vec::new() };
    // the first words of role phrases and blockers: any other word is passed over at once
    const STARTS: &[&str] = &["hướng", "được", "sửa", "triển", "ban", "kèm", "thực", "căn", "thay", "bãi", "bỏ", "bổ", "theo"];
    let opens = |w: &str| STARTS.contains(&w);
    let phrase_at = |at: usize, longer_than: usize| -> Option<&'static str> {
        let rest = &sentence[at..];
        ROLES
            .iter()
            // (the prefix test first: it rejects almost every phrase at once)
            // ("Thực hiện Hướng dẫn số 148-HD/BTGTW ...; Kế hoạch số ...": a type and its number, not the role word)
            .find(|(p, _)| rest.starts_with(p) && p.split(' ').count() > longer_than && word_end(rest, p.len()) && !rest[p.len()..].starts_with(" số "))
            .map(|(_, r)| *r)
    };
    // scan from the end for the nearest role phrase or blocker (`k` words from the end)
    let mut k = 0;
    while let Some((at, w)) = back.get(k) {
        // a longer phrase that ends on this word wins ("hướng dẫn thực hiện", four words, over "thực hiện")
        for b in [3usize, 2, 1] {
            if let Some((b_at, _)) = back.get(k + b).filter(|x| opens(x.1)) {
                if let Some(role) = phrase_at(b_at, b) {
                    return Some(Some(role.to_string()));
                }
            }
        }
        // "Xét đề nghị của Sở ... tại Tờ trình số ...", "Xét Tờ trình số ...": what is considered has no role, and the
        // role of the Căn cứ lines above does not reach over it
        if w == "xét" {
            return Some(None);
        }
        if w == "quy" || w == "sau" || w == "gọi" {
            let rest = &sentence[at..];
            if rest.starts_with("quy định tại") || rest.starts_with("quy định của") {
                let prev = back.get(k + 1).map_or("", |x| x.1);
                // ("theo đúng quy định tại ...": "theo" still)
                let prev2 = back.get(k + 2).map_or("", |x| x.1);
                if prev != "theo" && !(prev == "đúng" && prev2 == "theo") {
                    return Some(None);
                }
            }
            if rest.starts_with("sau đây gọi") || rest.starts_with("gọi tắt là") || rest.starts_with("sau đây viết tắt") {
                return Some(None);
            }
        }
        k += 1;
        if !opens(w) {
            continue;
        }
        if w == "theo" {
            let next = sentence[at + "theo".len()..].trim_start();
            if next.starts_with("dõi") || next.starts_with("đó") || next.starts_with("hướng") && !next.starts_with("hướng dẫn") {
                continue;
            }
            // "kèm theo", "ban hành kèm theo" are read from their first word
            if back.get(k).is_some_and(|x| x.1 == "kèm") {
                continue;
            }
        }
        if let Some(role) = phrase_at(at, 0) {
            return Some(Some(role.to_string()));
        }
    }
        None
}

/// The words of a text from its end, each read once: `get(j)` is the j-th word from the end.
struct BackWords<'a> {
    rev: RevWords<'a>,
    seen: Vec<(usize, &'a str)>,
}

impl<'a> BackWords<'a> {
    fn get(&mut self, j: usize) -> Option<(usize, &'a str)> {
        while self.seen.len() <= j {
            let w = self.rev.next()?;
            self.seen.push(w);
        }
        Some(self.seen[j])
    }
}

/// The words of `s` (runs of letters and digits, as [`word_starts`] cuts them) from the last one back.
struct RevWords<'a> {
    s: &'a str,
    chars: std::iter::Rev<std::str::CharIndices<'a>>,
}

impl<'a> RevWords<'a> {
    fn new(s: &'a str) -> Self {
        RevWords { s, chars: s.char_indices().rev() }
    }
}

impl<'a> Iterator for RevWords<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let mut end: Option<usize> = None;
        let mut start = 0;
        for (i, c) in self.chars.by_ref() {
            if is_alnum(c) {
                end.get_or_insert(i + c.len_utf8());
                start = i;
            } else if let Some(e) = end {
                return Some((start, &self.s[start..e]));
            }
        }
        end.map(|e| (start, &self.s[start..e]))
    }
}

/// The words of `s` from the first one on (what [`RevWords`] reads backwards; kept as its test's reference).
#[cfg(test)]
fn word_starts(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut in_word = false;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let w = is_alnum(c);
        if w && !in_word {
            start = i;
        }
        if !w && in_word {
            out.push((start, &s[start..i]));
        }
        in_word = w;
    }
    if in_word {
        out.push((start, &s[start..]));
    }
    out
}

fn word_end(s: &str, len: usize) -> bool {
    s[len..].chars().next().map_or(true, |c| !is_alnum(c))
}

/// The province a reference's issuer names: "Tỉnh ủy Kiên Giang" -> "kien-giang"; none for "Tỉnh ủy".
pub fn jurisdiction_named(issuer: &str) -> Option<String> {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| {
        Regex::new(r"(?:[Tt]ỉnh ủy|[Tt]ỉnh uỷ|[Tt]hành ủy|[Tt]hành uỷ|[Tt]ỉnh|[Tt]hành phố|TP\.)\s+(\p{Lu}\p{Ll}*(?:[ -]\p{Lu}\p{Ll}*){0,3})").unwrap()
    });
    re.captures(issuer).map(|c| crate::normalize::slug(&c[1]))
}

/// Each distinct cited document once, in order of first citation (by key; references without a key by text).
pub fn cited(refs: &[Reference]) -> Vec<&Reference> {
    let mut seen = crate::tables::HashSet::default();
    refs.iter()
        .filter(|r| seen.insert(r.key.clone().unwrap_or_else(|| match_form(&r.text))))
        .collect()
}

/// The canonical key of CONTRACT.md: local codes carry the jurisdiction and the year.
pub fn key_for(code: &Code, date: Option<&str>, citing_jurisdiction: Option<&str>) -> Option<String> {
    let year = date.and_then(|d| d.get(..4)).map(String::from).or_else(|| code.year.map(|y| y.to_string()));
    let scope = code.scope();
    let k = code.key_form_in(scope);
    Some(match scope {
        Scope::National | Scope::PartyNational => {
            if code.year.is_some() || scope == Scope::PartyNational {
                k
            } else {
                match year {
                    Some(y) => format!("{k}:{y}"),
                    None => k,
                }
            }
        }
        Scope::Local | Scope::PartyLocal => {
            let j = citing_jurisdiction.unwrap_or("?");
            match year {
                Some(y) => format!("{j}:{k}:{y}"),
                None => format!("{j}:{k}"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_form_number` by the letter of its definition: the whole text lowercased.
    fn is_form_number_whole(before: &str) -> bool {
        let t = to_lower(before.trim_end());
        let t = t.strip_suffix("số").unwrap_or(&t).trim_end();
        FORM_WORDS.iter().any(|w| t.ends_with(w))
    }

    #[test]
    fn form_numbers_read_from_the_end_agree_with_the_whole() {
        let pieces = ["Mẫu", "mẫu", "BIỂU", "biểu", "Giấy chứng nhận", "GIẤY CHỨNG NHẬN", "hộ", "chiếu", "số", "Số", " ", "  ", "\n", "\t", "Σ", "İ", "x", "tại", "Kế hoạch", "mã", "tài khoản", "Phụ lục"];
        let mut rng = crate::TestRng::new(0x5DEECE66D);
        for _ in 0..30_000 {
            let n = rng.below(40);
            let t: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect::<Vec<_>>().join(if rng.below(3) == 0 { "" } else { " " });
            assert_eq!(is_form_number(&t), is_form_number_whole(&t), "{t:?}");
        }
        assert!(is_form_number("theo Mẫu số "));
        // the longest word cut by the 48 bytes at each place
        for k in 0..60 {
            let t = format!("{} Giấy chứng nhận{} số", "x".repeat(100), " ".repeat(k));
            assert!(is_form_number(&t), "{t:?}");
        }
        assert!(!is_form_number("Căn cứ Kế hoạch số "));
    }

    #[test]
    fn words_from_the_end_are_the_words_reversed() {
        for t in ["", " ", "căn cứ Luật số 12/2024/QH15, theo đề nghị", "  a", "b  ", "Điều 5. (x) ạ-ư_y z9 ", "…“Kế hoạch”", "a\u{301}b c"] {
            let mut fwd = word_starts(t);
            fwd.reverse();
            assert_eq!(RevWords::new(t).collect::<Vec<_>>(), fwd, "{t:?}");
        }
    }

    #[test]
    fn whole_names_before_the_number() {
        // vbpl_doc_000125, vbpl_doc_000348: the constitution's whole name, also wrapped and with the old tone placement
        let r = extract("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", None, None);
        assert_eq!(r[0].text, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam");
        assert_eq!(r[0].title.as_deref(), Some("Hiến pháp"));
        let r = extract("Căn cứ Hiến pháp nước Cộng hoà xã hội\nchủ nghĩa Việt Nam năm 2013;", None, None);
        // (its year read on as a reference's date is)
        assert_eq!(r[0].text, "Hiến pháp nước Cộng hoà xã hội\nchủ nghĩa Việt Nam năm 2013");
        // not another country's, nor a word run on ("Việt Namese" is no word here, "nước" alone is not the name)
        let r = extract("tuân theo Hiến pháp nước ngoài và Hiến pháp, pháp luật", None, None);
        assert!(r.iter().all(|x| x.text == "Hiến pháp"), "{r:?}");
        // gialai_kh_45, hungyen_kh_186: "Chương trình hành động số ..."
        let r = extract("gắn với việc thực hiện Chương trình\nhành động số 32-CTr/TU ngày 12/5/2022 của Tỉnh ủy.", None, None);
        assert_eq!(r[0].text, "Chương trình\nhành động số 32-CTr/TU ngày 12/5/2022");
        assert_eq!(r[0].kind.as_deref(), Some("Chương trình"));
        // vbpl_doc_000554: a title in capitals
        let r = extract("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 10/2025/TT-BGDĐT NGÀY 12 THÁNG 6 NĂM 2025", None, None);
        assert_eq!(r[0].text, "THÔNG TƯ SỐ 10/2025/TT-BGDĐT NGÀY 12 THÁNG 6 NĂM 2025");
        assert_eq!(r[0].kind.as_deref(), Some("Thông tư"));
    }

    #[test]
    fn a_caption_in_brackets_gives_no_role_to_the_table_under_it() {
        // an appendix's caption then its table, one cell per line, no blank line between (a PDF's or a DOCX table's
        // text; bacgiang_kh_245, written)
        let t = "PHỤ LỤC\n(Kèm theo Kế hoạch số 245/KH-UBND ngày 26/6/2023 của UBND tỉnh)\nSTT\nNhiệm vụ\n1\nTổ chức hội nghị quán triệt Nghị định số 13/2023/NĐ-CP\n";
        let r = extract(t, None, None);
        let nd = r.iter().find(|x| x.code.as_deref() == Some("13/2023/NĐ-CP")).expect("the decree");
        assert_eq!(nd.role, None, "{r:?}");
        // (a bracket that closes a sentence's line keeps its clause: "Thực hiện Kế hoạch ... (đợt 2)\n" is no caption)
        let r = extract("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2026 (đợt 2)\nvà Công văn số 5/UBND-VX ngày 06/3/2026;", None, None);
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r.iter().all(|x| x.role.as_deref() == Some("thực hiện")), "{r:?}");
    }

    #[test]
    fn items_of_a_list_head_with_a_colon() {
        // sonla_qd_24 (corpus/pending): the head gives the kind and the issuer; each item's text starts at its "số"
        let r = extract("Căn cứ các Nghị định của Chính phủ: số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 quy định chi tiết thi hành một số điều của Luật Lâm nghiệp; số 91/2024/NĐ-CP ngày 18 tháng 7 năm 2024 sửa đổi, bổ sung một số điều;", None, None);
        let codes: Vec<_> = r.iter().filter(|x| x.code.is_some()).map(|x| (x.kind.as_deref(), x.issuer.as_deref(), x.text.as_str())).collect();
        assert_eq!(codes, [(Some("Nghị định"), Some("Chính phủ"), "số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018"), (Some("Nghị định"), Some("Chính phủ"), "số 91/2024/NĐ-CP ngày 18 tháng 7 năm 2024")]);
        // cb_nghi-quyet-so-126-nq-cp: a list of numbers, the first after the head's colon, one broken after "số"
        let r = extract("Theo đề nghị của Bộ trưởng tại các văn \nbản: Số 202/TTr-BVHTTDL ngày 11 tháng 5 năm 2026, số \n192/TTr-BVHTTDL ngày 06 tháng 5 năm 2026;", None, None);
        let texts: Vec<&str> = r.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(texts, ["Số 202/TTr-BVHTTDL ngày 11 tháng 5 năm 2026", "số \n192/TTr-BVHTTDL ngày 06 tháng 5 năm 2026"]);
        assert!(r.iter().all(|x| x.kind.as_deref() == Some("Văn bản") && x.role.as_deref() == Some("theo")), "{r:?}");
        // (hoabinh_qd_18, written) an item after one that cites a document of its own keeps the head's issuer
        let r = extract("Căn cứ các Nghị định của Chính phủ: số 117/2007/NĐ-CP ngày 11 tháng 7 năm 2007 về nước sạch; số 124/2011/NĐ-CP ngày 28 tháng 12 năm 2011 sửa đổi, bổ sung một số điều của Nghị định số 117/2007/NĐ-CP; số 43/2022/NĐ-CP ngày 24 tháng 6 năm 2022 quy định việc quản lý;", None, None);
        let issuers: Vec<_> = r.iter().map(|x| (x.code.as_ref().map(|c| c.to_string()), x.issuer.as_deref())).collect();
        assert_eq!(issuers.last().unwrap().1, Some("Chính phủ"), "{issuers:?}");
        assert_eq!(r.len(), 4, "{issuers:?}");
        // a head without "các" is a sentence's colon, not a list's
        let r = extract("Nội dung như sau: số 12/KH-UBND ngày 05/3/2026 của UBND tỉnh", None, None);
        assert_eq!(r[0].text, "12/KH-UBND ngày 05/3/2026");
    }

    #[test]
    fn a_proposal_considered_has_no_role() {
        // corpus/docs/quangtri_qd_412.txt: the role of the Căn cứ lines above does not reach "Xét đề nghị ..."
        let t = "Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 được sửa đổi, bổ sung bởi Luật số 60/2020/QH14;\nXét đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 88/TTr-SNNMT ngày 18 tháng 02 năm 2026.";
        let r = extract(t, Some("quang-tri"), None);
        let roles: Vec<Option<&str>> = r.iter().map(|x| x.role.as_deref()).collect();
        assert_eq!(roles, [Some("căn cứ"), Some("sửa đổi"), None]);
        // corpus/docs/angiang_nq_15.txt: "Xét Tờ trình số ..."
        let r = extract("Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\nXét Tờ trình số 512/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh.", Some("an-giang"), None);
        assert_eq!(r.last().and_then(|x| x.role.as_deref()), None);
    }

    #[test]
    fn a_review_report_and_the_sentence_verb_after_its_issuer() {
        // corpus/docs/laocai_nq_15.txt (a commune HĐND resolution)
        let t = "Xét Tờ trình số 112/TTr-UBND ngày 05 tháng 12 năm 2025 của Ủy ban nhân dân xã; Báo cáo thẩm tra số 18/BC-BKTNS ngày 12 tháng 12 năm 2025 của Ban Kinh tế - Ngân sách Hội đồng nhân dân xã.\nHội đồng nhân dân xã cơ bản tán thành đánh giá theo Báo cáo số 95/BC-UBND ngày 05 tháng 12 năm 2025 của Ủy ban nhân dân xã và quyết nghị mục tiêu năm 2026 như sau:";
        let r = extract(t, None, None);
        assert_eq!(r[1].text, "Báo cáo thẩm tra số 18/BC-BKTNS ngày 12 tháng 12 năm 2025");
        assert_eq!(r[1].kind.as_deref(), Some("Báo cáo"));
        assert_eq!(r[2].issuer.as_deref(), Some("Ủy ban nhân dân xã"));
        let r = extract("Quán triệt Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ và các văn bản hướng dẫn;", None, None);
        assert_eq!(r[0].issuer.as_deref(), Some("Chính phủ"));
        // a qualifier alone is no type
        let r = extract("theo nội dung thẩm tra số 18/BC-BKTNS", None, None);
        assert!(!r[0].text.starts_with("thẩm tra"), "{:?}", r[0].text);
    }

    #[test]
    fn theo_dung_quy_dinh_tai() {
        // corpus/docs/tuyenquang_cv_2315.txt item 4
        let r = extract("Thủ trưởng các đơn vị có trách nhiệm quản lý con dấu theo đúng quy định tại Nghị định số 30/2020/NĐ-CP.", None, None);
        assert_eq!(r[0].role.as_deref(), Some("theo"));
        let r = extract("Hồ sơ quy định tại Nghị định số 30/2020/NĐ-CP.", None, None);
        assert_eq!(r[0].role, None);
    }

    #[test]
    fn a_type_word_in_a_list_is_no_role() {
        // corpus/docs/thaibinh_hd_25.txt
        let r = extract("Thực hiện Hướng dẫn số 148-HD/BTGTW ngày 10/10/2024 của Ban Tuyên giáo Trung ương; Kế hoạch số 301-KH/TU ngày 15/10/2024 của Ban Thường vụ Tỉnh ủy,", Some("thai-binh"), None);
        let roles: Vec<Option<&str>> = r.iter().map(|x| x.role.as_deref()).collect();
        assert_eq!(roles, [Some("thực hiện"), Some("thực hiện")]);
    }

    /// The issuers of a text's references, in order.
    fn issuers(t: &str) -> Vec<Option<String>> {
        extract(t, None, None).into_iter().map(|r| r.issuer).collect()
    }

    /// The roles of a text's references, in order.
    fn roles(t: &str) -> Vec<Option<String>> {
        extract(t, None, None).into_iter().map(|r| r.role).collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn a_list_item_after_a_semicolon_takes_the_lists_role() {
        // the head before the colon gives the role of an item with no role words of its own; an item's own words win
        assert_eq!(
            roles("được thực hiện theo quy định tại các văn bản: Nghị định số 126/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 91/2022/NĐ-CP; Nghị định số 347/2025/NĐ-CP ngày 29 tháng 12 năm 2025; Nghị định số 123/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 70/2025/NĐ-CP."),
            [s("theo"), s("sửa đổi"), s("theo"), s("theo"), s("sửa đổi")]
        );
        // no colon: the role the nearest item before it opens with; none after a "Xét ..." item
        assert_eq!(
            roles("Căn cứ Nghị định số 1/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 2/2022/NĐ-CP; Nghị định số 3/2023/NĐ-CP;"),
            [s("căn cứ"), s("sửa đổi"), s("căn cứ")]
        );
        assert_eq!(
            roles("Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007; Thực hiện Kế hoạch số 255/KH-BCĐ ngày 23/01/2024 của Ban Chỉ đạo tỉnh; Công văn số 1256/BYT-DP ngày 05/3/2024 của Bộ Y tế,"),
            [s("căn cứ"), s("thực hiện"), s("thực hiện")]
        );
        assert_eq!(
            roles("Căn cứ Nghị định số 1/2020/NĐ-CP được sửa đổi bởi Nghị định số 2/2022/NĐ-CP; Nghị định số 3/2023/NĐ-CP; Nghị định số 4/2024/NĐ-CP;"),
            [s("căn cứ"), s("sửa đổi"), s("căn cứ"), s("căn cứ")]
        );
        // an item with role words that does not open with them: the nearest role words
        assert_eq!(
            roles("- Trên cơ sở kết quả, thực hiện Nghị quyết số 27-NQ/TU ngày 02/03/2019 của Tỉnh ủy; Kế hoạch số 185-KH/TU ngày 12/10/2022 của Ban Thường vụ Tỉnh ủy"),
            [s("thực hiện"), s("thực hiện")]
        );
        assert_eq!(
            roles("Căn cứ Nghị quyết số 38/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh;\nXét Tờ trình số 112/TTr-UBND ngày 05/12/2025 của Ủy ban nhân dân xã; Báo cáo thẩm tra số 18/BC-BKTNS ngày 12/12/2025 của Ban Kinh tế - Ngân sách;"),
            [s("căn cứ"), None, None]
        );
    }

    #[test]
    fn an_item_under_a_heading_takes_the_headings_verb() {
        // items wrapped over two lines, a blank line between them, the head ending on a colon
        assert_eq!(
            roles("2. Nghị quyết này thay thế các Nghị quyết sau:\n\na) Nghị quyết số 12/2024/NQ-HĐND ngày 1 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh\nHà Nam quy định mức hỗ trợ;\n\nb) Nghị quyết số 13/2024/NQ-HĐND ngày 2 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh\nNam Định quy định mức chi.\n"),
            [s("thay thế"), s("thay thế")]
        );
        // a head that announces its list with "sau đây", no colon; its verb first
        assert_eq!(
            roles("3. Bãi bỏ các văn bản sau đây kể từ ngày Thông tư này có hiệu lực thi hành\na) Thông tư số 35/2016/TT-BTTTT ngày 26 tháng 12 năm 2016;\nb) Thông tư số 3/2018/TT-BKHCN ngày 15 tháng 5 năm 2018.\n"),
            [s("bãi bỏ"), s("bãi bỏ")]
        );
        // "theo quy định tại các văn bản:"
        assert_eq!(
            roles("được thực hiện theo quy định tại các văn bản:\n\na) Nghị định số 11/2020/NĐ-CP ngày 20 tháng 01 năm 2020 của Chính phủ;\n"),
            [s("theo")]
        );
        // a head whose role words belong to a title it names, or that announces no list: none
        let r = roles("Tạm ngưng hiệu lực cho đến khi Luật An toàn thực phẩm (sửa đổi) có hiệu lực đối với các văn bản sau đây:\n1. Nghị định số 46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 của Chính phủ.\n");
        assert_eq!(r.last(), Some(&None), "{r:?}");
        assert_eq!(roles("Các văn bản liên quan sửa đổi\n\n- Nghị định số 1/2020/NĐ-CP ngày 1 tháng 2 năm 2020;\n"), [None]);
    }

    #[test]
    fn a_four_word_role_phrase_wins_over_its_last_two_words() {
        // "hướng dẫn thực hiện" is "hướng dẫn", not the "thực hiện" it ends on; "ban hành kèm theo" stays "kèm theo"
        let r = extract("Thông tư số 32/2025/TT-BTC của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện một số điều của Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020", None, None);
        assert_eq!(r[1].role.as_deref(), Some("hướng dẫn"));
        let r = extract("Quy chế ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 1/2/2024", None, None);
        assert_eq!(r[0].role.as_deref(), Some("kèm theo"));
        let r = extract("Triển khai thực hiện Kế hoạch số 12/KH-UBND ngày 1/2/2024", None, None);
        assert_eq!(r[0].role.as_deref(), Some("thực hiện"));
    }

    #[test]
    fn code_reference_with_date_and_issuer() {
        let t = "Thực hiện Kế hoạch số 130/KH-TU, ngày 12/03/2024 của Ban Thường vụ Tỉnh ủy \"Tổ chức Giải\";";
        let r = extract(t, Some("kon-tum"), None);
        assert_eq!(r.len(), 1);
        let r = &r[0];
        assert_eq!(r.kind.as_deref(), Some("Kế hoạch"));
        assert_eq!(r.code.as_deref(), Some("130/KH-TU"));
        assert_eq!(r.date.as_deref(), Some("2024-03-12"));
        assert_eq!(r.issuer.as_deref(), Some("Ban Thường vụ Tỉnh ủy"));
        assert_eq!(r.role.as_deref(), Some("thực hiện"));
        assert_eq!(r.key.as_deref(), Some("kon-tum:130-KH/TU:2024"));
        assert_eq!(&t[r.span[0]..r.span[1]], "Kế hoạch số 130/KH-TU, ngày 12/03/2024");
    }

    #[test]
    fn issuer_that_is_a_whole_name_ends_with_it() {
        let one = |x: &str| vec![s(x)];
        // a clause after a national body's name, on the same line or the next
        assert_eq!(
            issuers("thay thế Nghị quyết số 09/2026/NQ-CP ngày 04 tháng 02 năm 2026 của Chính phủ tạm ngưng hiệu \nlực"),
            one("Chính phủ")
        );
        assert_eq!(
            issuers("Căn cứ Nghị định số 10/2025/NĐ-CP ngày 01 tháng 01 năm 2025 của Chính phủ\nCăn cứ đề nghị của Bộ trưởng"),
            one("Chính phủ")
        );
        assert_eq!(
            issuers("a) Thông tư số 35/2016/TT-BTTTT ngày 26 tháng 12 năm 2016 của Bộ trưởng Bộ Thông tin và Truyền thông chế độ báo cáo thống kê"),
            one("Bộ trưởng Bộ Thông tin và Truyền thông")
        );
        // ttg_cd_45 (shortened): a national committee's name with its comma
        assert_eq!(
            issuers("theo hướng dẫn tại Văn bản số 318/UBQG-VP ngày 16 tháng 7 năm 2026 của Ủy ban Quốc gia ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn, chủ động"),
            one("Ủy ban Quốc gia ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn")
        );
        // a title in two parts, wrapped; a name with its comma; two issuers; a term of office
        assert_eq!(
            issuers("Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn"),
            one("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
        );
        assert_eq!(
            issuers("theo Thông tư số 5/2021/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch quy định"),
            one("Bộ Văn hóa, Thể thao và Du lịch")
        );
        assert_eq!(
            issuers("Thông tư liên tịch số 7/2005/TTLT-BLĐTBXH-BTC ngày 1/3/2005 của Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính hướng dẫn"),
            one("Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính")
        );
        assert_eq!(
            issuers("Quyết định số 190-QĐ/TW, ngày 10/10/2024 của Ban Chấp hành Trung ương Đảng khóa XIII cho đội ngũ cán bộ"),
            one("Ban Chấp hành Trung ương Đảng khóa XIII")
        );
        assert_eq!(issuers("theo Kết luận số 21-KL/TW của Bộ Chính trị”."), one("Bộ Chính trị"));
        // a title in capitals: only a whole name ends it
        assert_eq!(
            issuers("SỬA ĐỔI THÔNG TƯ SỐ 44/2022/TT-BTC NGÀY 21 THÁNG 7 NĂM 2022 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH QUY ĐỊNH QUẢN LÝ"),
            one("BỘ TRƯỞNG BỘ TÀI CHÍNH")
        );
        assert_eq!(issuers("THỰC HIỆN KẾ HOẠCH SỐ 12/KH-UBND CỦA ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH VỀ"), vec![None]);
        // a name that only starts like a whole one goes on by the other rules
        assert_eq!(
            issuers("theo Quyết định số 12/QĐ-BCĐ của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
            one("Ban Chỉ đạo Trung ương")
        );
        assert_eq!(
            issuers("theo Công văn số 12/CV-BCT của Bộ Công Thương Hà Nội về"),
            one("Bộ Công Thương")
        );
    }

    #[test]
    fn names_match_in_any_case_and_longest_first() {
        assert_eq!(starts_ci("BỘ TÀI CHÍNH QUY ĐỊNH", "bộ tài chính"), Some("BỘ TÀI CHÍNH".len()));
        assert_eq!(starts_ci("Bộ Tài Chính,", "bộ tài chính"), Some("Bộ Tài Chính".len()));
        assert_eq!(starts_ci("Bộ Tài\nchính", "bộ tài chính"), None);
        assert_eq!(starts_ci("Bộ Tư pháp", "bộ tài chính"), None);
        assert_eq!(starts_ci("Bộ", "bộ tài chính"), None);
        let e = issuer_ends();
        let t = "Bộ Nông nghiệp và Phát triển nông thôn và Chỉ thị";
        assert_eq!(e.names.longest_at(t), Some("Bộ Nông nghiệp và Phát triển nông thôn".len()));
        assert_eq!(e.names.longest_at("Bộ Nông nghiệp và Môi trường;"), Some("Bộ Nông nghiệp và Môi trường".len()));
        // at a word's end only: "Bộ Y tếx" is no name
        assert_eq!(e.names.longest_at("Bộ Y tếx"), None);
        assert_eq!(e.names.longest_at("Ban Bí thư Trung ương Đảng về"), Some("Ban Bí thư Trung ương Đảng".len()));
        assert_eq!(e.titles.longest_at("Bộ trưởng, Chủ nhiệm Văn phòng"), Some("Bộ trưởng, Chủ nhiệm".len()));
    }

    #[test]
    fn a_joint_text_has_its_issuers_after_commas() {
        // binhduong_qd_42's legal basis: three ministers, the title wrapped after "Bộ"
        for a in [
            " của Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Bộ trưởng Bộ Công Thương hướng dẫn việc phân công;",
            " của Bộ\ntrưởng Bộ Y tế, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Bộ trưởng Bộ Công Thương\nhướng dẫn việc phân công;",
        ] {
            assert_eq!(
                issuer_after(a).as_deref(),
                Some("Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Bộ trưởng Bộ Công Thương"),
                "{a:?}"
            );
        }
        // (a subject after the comma is not an issuer, of another kind or of the same: "của Bộ Tài chính, Sở Tài chính tổng
        // hợp ...", "của Bộ Tài chính, Bộ Nội vụ tổng hợp ...")
        assert_eq!(issuer_after(" của Bộ Tài chính, Sở Tài chính tổng hợp nhu cầu;").as_deref(), Some("Bộ Tài chính"));
        assert_eq!(issuer_after(" của Bộ Tài chính, Bộ Nội vụ tổng hợp nhu cầu;").as_deref(), Some("Bộ Tài chính"));
    }

    #[test]
    fn local_issuer_ends_at_its_level_before_a_lowercase_word() {
        assert_eq!(
            issuers("được giao tại Thông báo số 96/TB-UBND ngày 12/8/2026 của UBND tỉnh chưa hoàn thành đúng thời hạn; công tác"),
            vec![s("UBND tỉnh")]
        );
        assert_eq!(
            issuers("theo Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh Quảng Ninh; "),
            vec![s("Ủy ban nhân dân tỉnh Quảng Ninh")]
        );
        assert_eq!(
            issuers("theo Nghị quyết số 12/NQ-HĐND của HĐND tỉnh khóa X; "),
            vec![s("HĐND tỉnh khóa X")]
        );
        // a name whose comma is not its end
        assert_eq!(
            issuers("Thực hiện Kế hoạch số 255/KH-BCĐ ngày 23/01/2024 của Ban Chỉ đạo phòng, chống dịch bệnh tỉnh; Công văn"),
            vec![s("Ban Chỉ đạo phòng, chống dịch bệnh tỉnh")]
        );
        // binhphuoc_tb_318 10: the issuer ends at the colon that opens the conclusion
        assert_eq!(
            issuers("10. Về đề xuất tại Công văn số\n1256/UBND-TCKH ngày 06/6/2025 của UBND thành phố Đồng Xoài: Giao Sở Tài chính xem xét."),
            vec![s("UBND thành phố Đồng Xoài")]
        );
    }

    #[test]
    fn issuer_after_a_list_of_codes_is_each_ones() {
        let refs = |t: &str| extract(t, None, None).into_iter().map(|r| (r.code.unwrap(), r.issuer)).collect::<Vec<_>>();
        assert_eq!(
            refs("Trên cơ sở kết quả thực hiện các Nghị quyết số 08-NQ/TU, 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh,"),
            [("08-NQ/TU".into(), s("Ban Chấp hành Đảng bộ tỉnh")), ("12-NQ/TU".into(), s("Ban Chấp hành Đảng bộ tỉnh"))]
        );
        assert_eq!(
            refs("theo quy định tại các Nghị định số\n02/2017/NĐ-CP ngày 09 tháng 01 năm 2017, 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021\ncủa Chính phủ."),
            [("02/2017/NĐ-CP".into(), s("Chính phủ")), ("66/2021/NĐ-CP".into(), s("Chính phủ"))]
        );
        // another issuer's abbreviation, or a code that is not on the list: not given the issuer
        assert_eq!(
            refs("các Kế hoạch số 5/KH-UBND, 7/KH-SYT của Sở Y tế."),
            [("5/KH-UBND".into(), None), ("7/KH-SYT".into(), s("Sở Y tế"))]
        );
        assert_eq!(
            refs("Kế hoạch số 5/KH-SYT. Theo Kế hoạch số 7/KH-SYT của Sở Y tế."),
            [("5/KH-SYT".into(), None), ("7/KH-SYT".into(), s("Sở Y tế"))]
        );
    }

    #[test]
    fn issuer_ends_where_the_next_document_starts() {
        let t = "Thực hiện Quyết định số 1184/QĐ-BNN-TL ngày 22/4/2024 của Bộ Nông nghiệp và Phát triển nông thôn và Chỉ thị số 19/CT-TTg ngày 11/10/2024 của Thủ tướng Chính phủ và theo đề nghị của Sở Tài chính,";
        let r = extract(t, None, None);
        assert_eq!(r[0].issuer.as_deref(), Some("Bộ Nông nghiệp và Phát triển nông thôn"));
        assert_eq!(r[1].issuer.as_deref(), Some("Thủ tướng Chính phủ"));
    }

    #[test]
    fn issuer_ends_at_the_citation_s_bracket_and_a_joint_issuer_is_whole() {
        // travinh_kl_09 (shortened)
        let t = "báo cáo Đề án (Tờ trình số 118-TTr/ĐU ngày 19/4/2025 của Đảng ủy Ủy ban nhân dân tỉnh), ý kiến tham gia";
        assert_eq!(issuers(t), vec![Some("Đảng ủy Ủy ban nhân dân tỉnh".to_string())]);
        let t = "Thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư về Đề án sắp xếp";
        assert_eq!(issuers(t), vec![Some("Bộ Chính trị, Ban Bí thư".to_string())]);
        // the sentence's own verb after the issuer ends it (hatinh_tb_204)
        let t = "một số nội dung tại Thông báo số 112/TB-VP ngày 02/4/2025 của Văn phòng UBND tỉnh chưa được thực hiện dứt điểm.";
        assert_eq!(issuers(t), vec![Some("Văn phòng UBND tỉnh".to_string())]);
        // a bracket inside the name stays
        let t = "theo Công văn số 12/TCTK ngày 02/01/2025 của Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê) về";
        assert_eq!(issuers(t), vec![Some("Bộ Kế hoạch và Đầu tư".to_string())]);
    }

    #[test]
    fn list_shares_kind() {
        let r = extract("các Nghị quyết số 08-NQ/TU, 12-NQ/TU của Tỉnh ủy", Some("gia-lai"), None);
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].kind.as_deref(), Some("Nghị quyết"));
    }

    #[test]
    fn named_law() {
        let r = extract("quy định tại điểm e, khoản 1 Điều 29 Luật Đấu thầu và Điều 83", None, None);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].title.as_deref(), Some("Luật Đấu thầu"));
        assert_eq!(r[0].code, None);
        // a comma before the sentence's own words ends the name (corpus/docs/hungyen_kh_186.txt)
        let r = extract("được ký số, có giá trị pháp lý theo Luật Giao dịch điện tử, hoàn thành trong 6 tháng đầu năm 2025.", None, None);
        assert_eq!(r[0].title.as_deref(), Some("Luật Giao dịch điện tử"));
        // known names (data/law_names.txt): a code before the sentence's words, a name that holds "và"
        let r = extract("xử lý nghiêm theo quy định của Bộ luật Hình sự, đưa ra xét xử lưu động một số vụ án.", None, None);
        assert_eq!(r[0].title.as_deref(), Some("Bộ luật Hình sự"));
        let r = extract("thực hiện theo quy định của Luật Quy hoạch đô thị và nông thôn.", None, None);
        assert_eq!(r[0].title.as_deref(), Some("Luật Quy hoạch đô thị và nông thôn"));
        // where, or the next clause's subject, after the name (bxd_tt_16, hatinh_qd_37)
        let r = extract("theo quy định tại Điều 59 Luật Nhà ở trên địa bàn, gửi Cục Quản lý nhà trong tháng 10/2026.", None, None);
        assert_eq!(r[0].title.as_deref(), Some("Luật Nhà ở"));
        let r = extract("quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm, cơ quan kiểm tra nhà nước phải thông báo.", None, None);
        assert_eq!(r[0].title.as_deref(), Some("Luật An toàn thực phẩm"));
        // an amending law's whole name before its code (thaibinh_kh_88)
        let r = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều số 60/2020/QH14 ngày 17 tháng 6 năm 2020;", None, None);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].title.as_deref(), Some("Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"));
        // (after one law the code is the amended law's: Luật 108/2016's amendment, vbpl_doc_000348)
        // the laws it amends, listed (Luật số 56/2024/QH15): one reference, its whole name
        let r = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Quản lý, sử dụng tài sản công, Luật Dự trữ quốc gia và Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024;", None, None);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].title.as_deref(), Some("Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Quản lý, sử dụng tài sản công, Luật Dự trữ quốc gia và Luật Xử lý vi phạm hành chính"));
        assert_eq!(r[0].date.as_deref(), Some("2024-11-29"));
        // (a list of laws after the amending law's date is a list of references)
        let r = extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 29 tháng 6 năm 2024, Luật Nhà ở ngày 27 tháng 11 năm 2023;", None, None);
        assert_eq!(r.len(), 2, "{r:?}");
        let r = extract("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Điều ước quốc tế số 108/2016/QH13.", None, None);
        assert_eq!(r[0].title.as_deref(), Some("Luật Điều ước quốc tế"));
    }

    #[test]
    fn keys_for_party_codes_both_ways_and_named_provinces() {
        let a = extract("Thực hiện Kế hoạch số 130/KH-TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy", Some("kon-tum"), None);
        let b = extract("Kế hoạch số 130-KH/TU ngày 12/3/2024 của Tỉnh ủy", Some("kon-tum"), None);
        assert_eq!(a[0].key, b[0].key);
        assert_eq!(a[0].key.as_deref(), Some("kon-tum:130-KH/TU:2024"));
        let c = extract("Nghị quyết số 23-NQ/TU ngày 05/12/2023 của Tỉnh ủy Kiên Giang", Some("kon-tum"), None);
        assert_eq!(c[0].key.as_deref(), Some("kien-giang:23-NQ/TU:2023"));
        let d = extract("Nghị quyết số 10-NQ/TW của Bộ Chính trị", Some("kon-tum"), None);
        assert_eq!(d[0].key.as_deref(), Some("10-NQ/TW"));
    }

    #[test]
    fn cited_lists_each_key_once() {
        let r = extract(
            "Căn cứ Nghị định số 24/2024/NĐ-CP; Luật Đấu thầu; theo Nghị định số 24/2024/NĐ-CP và Luật Đấu thầu.",
            None,
            None,
        );
        assert_eq!(r.len(), 4);
        let c = cited(&r);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].code.as_deref(), Some("24/2024/NĐ-CP"));
        assert_eq!(c[1].title.as_deref(), Some("Luật Đấu thầu"));
    }

    #[test]
    fn no_false_positives_on_code_lookalikes() {
        let t = "Trụ sở tại số 12/3 đường Trần Phú, điện thoại 0260.3862.123; từ tuần 46/2024, ngày 12/3/2024, tỷ lệ 3/4; \
                 theo Mẫu số 04/SS-CTĐT.";
        assert!(extract(t, Some("kon-tum"), None).is_empty());
        let own = extract("Số: 45/KH-UBND\nKế hoạch số 45/KH-UBND", Some("kon-tum"), Some("45/KH-UBND"));
        assert!(own.is_empty(), "the document's own number is not a reference");
    }

    #[test]
    fn no_law_word_begins_another() {
        for a in LAW_WORDS {
            assert!(LAW_WORDS.iter().all(|b| a == *b || !b.starts_with(a)), "{a}");
        }
    }

    #[test]
    fn law_starts_are_the_regex_matches() {
        let re = Regex::new(r"\b(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Điều lệ Đảng|LUẬT|BỘ LUẬT|PHÁP LỆNH)\b").unwrap();
        for s in [
            "Căn cứ Hiến pháp nước; Bộ luật Lao động, Luật Đấu thầu và BỘ LUẬT HÌNH SỰ; PHÁP LỆNH X, Pháp lệnh Y",
            "xLuật Luật_ Luật2 _Luật LuậtĐ ĐLuật Luật\u{301} Luật² ²Luật Điều lệ Đảng Điều lệ Đảngx BỘ LUẬTA LUẬT",
            "Bộ luậtLuật LUẬTLUẬT BBộ luật PPháp lệnh HHiến pháp Luật",
            "xBỘ LUẬT, BỘ LUẬTx LUẬT; đLuật Đảng Luật; Bộ Luật BỘ LUẬT",
        ] {
            let want: Vec<usize> = re.find_iter(s).map(|m| m.start()).collect();
            assert_eq!(law_starts(s).collect::<Vec<_>>(), want, "{s}");
        }
    }

    #[test]
    fn national_key_has_no_jurisdiction() {
        let r = extract("Căn cứ Nghị định số 45/2024/NĐ-CP ngày 12 tháng 3 năm 2024", Some("kon-tum"), None);
        assert_eq!(r[0].key.as_deref(), Some("45/2024/NĐ-CP"));
        assert_eq!(r[0].role.as_deref(), Some("căn cứ"));
    }
}
