//! Tasks (nhiệm vụ): who must do what by when.
//!
//! A task is an outline item (or a sentence) that names the units that must act: "Đơn vị thực hiện: ...",
//! "X chủ trì, phối hợp với Y", "Giao X ...", "X có trách nhiệm ...", "Đơn vị cung cấp thông tin: ...", or an item
//! headed by a unit ("1. Các cơ quan báo chí tỉnh: Đề cao ..."). Sub-items under a heading that only names units
//! are tasks of those units. Attribute lines ("- Đơn vị thực hiện: ...") belong to their parent item.

use crate::dates::{parse_date_prefix, parse_period};
use crate::normalize::{join_words, to_lower};
use crate::outline::{path, Item, LabelKind};
use crate::units::{clean_unit, split_units, starts_unit, unit_key};
use regex::Regex;
use std::sync::OnceLock;

/// A task is the record's [`crate::record::Task`]; its span is a byte range of the assembled text.
pub use crate::record::Task;

/// Units found in a piece of text.
#[derive(Debug, Default, Clone)]
struct Assign {
    lead: Vec<String>,
    support: Vec<String>,
}

impl Assign {
    fn is_empty(&self) -> bool {
        self.lead.is_empty()
    }
    fn merge(&mut self, o: Assign) {
        // keys computed once each (unit_key folds case and marks: not cheap)
        let mut lead_keys: Vec<String> = self.lead.iter().map(|u| unit_key(u)).collect();
        let mut support_keys: Vec<String> = self.support.iter().map(|u| unit_key(u)).collect();
        for u in o.lead {
            let k = unit_key(&u);
            if !lead_keys.contains(&k) {
                self.lead.push(u);
                lead_keys.push(k);
            }
        }
        for u in o.support {
            let k = unit_key(&u);
            if !support_keys.contains(&k) && !lead_keys.contains(&k) {
                self.support.push(u);
                support_keys.push(k);
            }
        }
    }
}

fn re_label_field() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"(?i)(?:đơn vị|cơ quan) (thực hiện|chủ trì|cung cấp thông tin|phối hợp thực hiện|phối hợp)\s*:\s*").unwrap()
    })
}

fn re_chu_tri() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    // "X chủ trì, phối hợp (với) Y ..." — X is the clause before "chủ trì" (at most 160 characters), Y the partners
    // (at most 200): the bounds are checked by chu_tri_matches, not written as {2,160}: a bounded repetition of a
    // Unicode class makes a regex of thousands of states, slow on every engine of the regex crate
    R.get_or_init(|| Regex::new(r"(?:^|[:;.(]\s*|,\s*)([^:;.(]{2,}?)\s+(?:chủ trì|chỉ trì)(?:\s*,?\s*phối hợp(?:\s+với)?\s+([^;.]{2,}?)(?:\s+(?:tổ chức|thực hiện|triển khai|xây dựng|định kỳ|ký|căn cứ|để)(?P<wend>\W|$)|[;.]|$))?").unwrap())
}

/// [`re_chu_tri`] up to the words: where a match of the whole pattern starts (its partners' part is optional: a match
/// starts wherever this one does), found without reading the partners to their end (with no stop after them, the
/// whole pattern's search ran to the text's end from every match: quadratic on a paragraph of table lines).
fn re_chu_tri_head() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"(?:^|[:;.(]\s*|,\s*)([^:;.(]{2,}?)\s+(?:chủ trì|chỉ trì)").unwrap())
}

/// Partners longer than this many characters are none (the match then ends after "chủ trì"): see [`re_chu_tri`].
const CHU_TRI_MAX_PARTNERS: usize = 200;

/// One "X chủ trì, phối hợp Y": X (the clause before the words), Y (the partners, if any: where they start and their
/// text) and where the match ends.
struct ChuTriMatch<'t> {
    clause: &'t str,
    partners: Option<(usize, &'t str)>,
    end: usize,
}

/// One match of a pattern whose groups are read by hand ([`re_chu_tri`], [`re_giao`]), as byte ranges: `start` and
/// `end` of the whole match, its first group (the clause; the units), its second (the partners; none in "Giao") and
/// where `wend` starts.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Groups {
    start: usize,
    end: usize,
    first: std::ops::Range<usize>,
    second: Option<std::ops::Range<usize>>,
    wend: Option<usize>,
}

impl Groups {
    /// The groups of the regex's own captures: group 1, group `second` if the pattern has one such, and `wend`.
    fn of(c: &regex::Captures<'_>, second: Option<usize>) -> Groups {
        let m = c.get(0).unwrap();
        Groups { start: m.start(), end: m.end(), first: c.get(1).unwrap().range(), second: second.and_then(|g| c.get(g)).map(|g| g.range()), wend: c.name("wend").map(|w| w.start()) }
    }

    /// The first match of `re` at or after `at`: the lazy DFA finds where it starts and ends (cheap), and `read` the
    /// groups from its start, in the pattern's order of preference; where that reading does not end the match where the
    /// DFA did, the regex's own captures (`second`: as for [`Groups::of`]).
    fn at(re: &Regex, t: &str, at: usize, read: impl Fn(&str, usize) -> Option<Groups>, second: Option<usize>) -> Option<Groups> {
        let m = re.find_at(t, at)?;
        match read(t, m.start()) {
            Some(c) if c.end == m.end() => Some(c),
            _ => re.captures_at(t, at).map(|c| Groups::of(&c, second)),
        }
    }
}

/// The matches of a pattern left to right (`caps_at`: its first match at or after a byte), with the bound it leaves to
/// its caller (see [`re_chu_tri`]): `refuse` tells of a match the pattern with its bound written in would not give
/// (`Some(at)`: the search resumes at `at`, past the match's start), `end_of` where an accepted match ends, where the
/// next search starts (before the character after its last word, for `(?P<wend>\W|$)`, which stands for `\b`: with a
/// Unicode `\b` anywhere the regex's lazy DFA gives up at the first non-ASCII byte). Each with that end.
fn bounded_matches(t: &str, caps_at: impl Fn(usize) -> Option<Groups>, refuse: impl Fn(&Groups) -> Option<usize>, end_of: impl Fn(&Groups) -> usize) -> Vec<(Groups, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at <= t.len() {
        let Some(c) = caps_at(at) else { break };
        if let Some(next) = refuse(&c) {
            at = next.max(next_char(t, c.start));
            continue;
        }
        let end = end_of(&c);
        // (an empty match cannot happen with these patterns; step over it all the same)
        at = if end > c.start { end } else { next_char(t, c.end) };
        out.push((c, end));
    }
    out
}

/// The matches of [`re_chu_tri`] left to right, as the same pattern with its bounds written in would find them: a
/// clause longer than 160 characters is no match from that start (the search goes on from the next character), and
/// partners longer than 200 are none (the match then ends after "chủ trì"). (One case differs: a text starting with a
/// comma, where the bounded pattern would also try the clause after that comma.)
fn chu_tri_matches(t: &str) -> Vec<ChuTriMatch<'_>> {
    chu_tri_matches_by(t, |at| chu_tri_caps_at(t, at), |c| clause_too_long(t, c.first.clone()))
}

/// [`chu_tri_matches`] with the match at or after a byte told by `caps_at` (the regex's own captures, or
/// [`chu_tri_caps_at`]'s) and `refuse` telling where the search goes on after a match whose clause is too long.
fn chu_tri_matches_by<'t>(t: &'t str, caps_at: impl Fn(usize) -> Option<Groups>, refuse: impl Fn(&Groups) -> Option<usize>) -> Vec<ChuTriMatch<'t>> {
    let partners = |c: &Groups| c.second.clone().filter(|p| t[p.clone()].chars().count() <= CHU_TRI_MAX_PARTNERS);
    let end_of = |c: &Groups| match partners(c) {
        Some(_) => c.wend.unwrap_or(c.end),
        // ("chủ trì" and "chỉ trì" are both 10 bytes)
        None => skip_ws(t, c.first.end) + "chủ trì".len(),
    };
    bounded_matches(t, caps_at, refuse, end_of)
        .into_iter()
        .map(|(c, end)| ChuTriMatch { clause: &t[c.first.clone()], partners: partners(&c).map(|p| (p.start, &t[p])), end })
        .collect()
}

/// The captures of [`re_chu_tri`]'s first match at or after `at`, its groups read by [`chu_tri_groups`] ([`Groups::at`]).
/// The backtracker the regex runs for the groups cost ~16 times the search (140 M against 8.5 M instructions over 2000
/// synthetic documents, the search's share counted by a build that ran it once more, not kept: a clause and its
/// partners are a few hundred bytes, the pattern's Unicode classes many states).
/// The start comes from [`re_chu_tri_head`] and the partners are read no further than [`CHU_TRI_MAX_PARTNERS`]
/// characters (longer ones are none: `second` is then `None` and the match ends after the words), so that each match
/// costs what it reads, not the rest of the text. Where the groups read by hand do not end the words where the head's
/// match does, the whole pattern's captures.
fn chu_tri_caps_at(t: &str, at: usize) -> Option<Groups> {
    let m = re_chu_tri_head().find_at(t, at)?;
    match chu_tri_groups_capped(t, m.start(), Some(CHU_TRI_MAX_PARTNERS)) {
        Some(c) if skip_ws(t, c.first.end) + "chủ trì".len() == m.end() => Some(c),
        _ => re_chu_tri().captures_at(t, at).map(|c| Groups::of(&c, Some(2))),
    }
}

/// The groups of a match of [`re_chu_tri`] that starts at `s`, read by hand: `(?:^|[:;.(]\s*|,\s*)` (the opening, in
/// that order), the clause `[^:;.(]{2,}?` (lazy: up to the first "chủ trì" / "chỉ trì" with whitespace before it),
/// `\s+`, the words, then the partners' part if it follows (see [`chu_tri_partners`]). `None`: no match starts there.
#[cfg(test)]
fn chu_tri_groups(t: &str, s: usize) -> Option<Groups> {
    chu_tri_groups_capped(t, s, None)
}

/// [`chu_tri_groups`]; with `cap`, partners longer than `cap` characters are read no further and given as none.
fn chu_tri_groups_capped(t: &str, s: usize, cap: Option<usize>) -> Option<Groups> {
    let is_delim = |c: char| matches!(c, ':' | ';' | '.' | '(');
    let first = t[s..].chars().next()?;
    // where the clause may start, in the pattern's order: "^" (no spaces skipped), then after the delimiter and as
    // many spaces as there are (`\s*` is greedy), then one space fewer at a time
    let mut starts = Vec::new();
    if s == 0 && !is_delim(first) {
        starts.push(0);
    }
    if is_delim(first) || first == ',' {
        let after = s + first.len_utf8();
        let mut k = skip_ws(t, after);
        loop {
            starts.push(k);
            if k == after {
                break;
            }
            k = prev_char(t, k);
        }
    }
    for c0 in starts {
        if let Some((clause_end, words)) = chu_tri_clause(t, c0) {
            let k_end = words + "chủ trì".len();
            let (partners, wend, end) = match chu_tri_partners(t, k_end, cap) {
                Ok(Some((p, wend, end))) => (Some(p), wend, end),
                Ok(None) | Err(TooLong) => (None, None, k_end),
            };
            return Some(Groups { start: s, end, first: c0..clause_end, second: partners, wend });
        }
    }
    None
}

/// The lazy clause from `c0`: where it ends and where the words "chủ trì" / "chỉ trì" after it start. The clause holds
/// no ":;.(", has 2 characters or more, and only whitespace (at least one) stands between it and the words.
fn chu_tri_clause(t: &str, c0: usize) -> Option<(usize, usize)> {
    let rest = &t[c0..];
    let mut chars = rest.char_indices();
    chars.next()?;
    // the end of the clause's first two characters
    let min_end = c0 + chars.next().map_or(rest.len(), |(i, ch)| i + ch.len_utf8());
    // the clause and the spaces after it stop at the first delimiter: the bytes up to each candidate are checked for
    // one as the search goes (not by a search for the first delimiter, which ran to the text's end on a text without)
    let mut clean = c0;
    for q in finder!(" trì").find_iter(&t.as_bytes()[c0..]) {
        let q = c0 + q;
        if t.as_bytes()[clean..q + " trì".len()].iter().any(|b| matches!(b, b':' | b';' | b'.' | b'(')) {
            return None;
        }
        clean = q + " trì".len();
        // (bytes compared: an ASCII "c" where they match is a character's start)
        let Some(p) = q.checked_sub("chủ".len()).filter(|&p| p >= c0 && ["chủ", "chỉ"].iter().any(|w| &t.as_bytes()[p..q] == w.as_bytes())) else { continue };
        // the whitespace before the words
        let before = &t[c0..p];
        let r = c0 + before.trim_end().len();
        if r == p {
            continue;
        }
        let clause_end = r.max(min_end);
        if clause_end < p {
            return Some((clause_end, p));
        }
    }
    None
}

/// The verbs that end the partners of [`re_chu_tri`], in its order.
const CHU_TRI_PARTNER_ENDS: [&str; 8] = ["tổ chức", "thực hiện", "triển khai", "xây dựng", "định kỳ", "ký", "căn cứ", "để"];

/// The partners' part of [`re_chu_tri`] at `k` (after "chủ trì"): `\s*,?\s*phối hợp(?:\s+với)?\s+([^;.]{2,}?)(?:\s+
/// (?:verbs)(?P<wend>\W|$)|[;.]|$)`, read in the pattern's order of preference: the partners' range, where `wend`
/// starts (if that way ended them) and where the match ends.
/// `Err(TooLong)`: the part matches, with partners longer than the `cap` given (read no further).
fn chu_tri_partners(t: &str, k: usize, cap: Option<usize>) -> Result<Option<(std::ops::Range<usize>, Option<usize>, usize)>, TooLong> {
    let mut i = skip_ws(t, k);
    if t[i..].starts_with(',') {
        i = skip_ws(t, i + 1);
    }
    let Some(i) = t[i..].strip_prefix("phối hợp").map(|_| i + "phối hợp".len()) else { return Ok(None) };
    // "với" taken if the rest then matches, else left to the partners
    let with = skip_ws(t, i);
    if with > i && t[with..].starts_with("với") {
        if let Some(r) = chu_tri_partners_from(t, with + "với".len(), cap)? {
            return Ok(Some(r));
        }
    }
    chu_tri_partners_from(t, i, cap)
}

/// `\s+([^;.]{2,}?)(?:...)` at `i`: the spaces greedy (then one fewer at a time), the partners lazy.
fn chu_tri_partners_from(t: &str, i: usize, cap: Option<usize>) -> Result<Option<(std::ops::Range<usize>, Option<usize>, usize)>, TooLong> {
    let mut g0 = skip_ws(t, i);
    while g0 > i {
        if let Some(r) = chu_tri_partners_at(t, g0, cap)? {
            return Ok(Some(r));
        }
        g0 = prev_char(t, g0);
    }
    Ok(None)
}

/// The lazy partners from `g0`: the first end, after 2 characters or more, where a verb of [`CHU_TRI_PARTNER_ENDS`]
/// after whitespace and before a non-word character (or the text's end), a ";" or "." or the text's end follows.
/// (Once 2 characters long the group always ends, at the next ";" or "." or the text's end if not before: so a group
/// past `cap` characters is a match too long, never a failure that would let a shorter reading be tried.)
fn chu_tri_partners_at(t: &str, g0: usize, cap: Option<usize>) -> Result<Option<(std::ops::Range<usize>, Option<usize>, usize)>, TooLong> {
    // (the three ends start with different characters: whitespace, ";" or ".", none)
    lazy_group(
        t,
        g0,
        &[';', '.'],
        |pos| match t[pos..].chars().next() {
            None => Some((None, pos)),
            Some(';' | '.') => Some((None, pos + 1)),
            // (not a verb that is part of a name: "phối hợp với Cục Giám định ... công trình xây dựng tổng hợp ...")
            Some(c) if c.is_whitespace() => {
                let ws = skip_ws(t, pos);
                verb_ending_word(t, ws, &CHU_TRI_PARTNER_ENDS)
                    .filter(|&(wend, _)| !in_name(&t[..pos], &t[ws..wend]))
                    .map(|(wend, end)| (Some(wend), end))
            }
            _ => None,
        },
        cap,
    )
}

/// A lazy group that would run past the cap its caller gave (see [`lazy_group`]).
#[derive(Debug)]
struct TooLong;

/// A lazy group of 2 characters or more from `g0`, none of them in `excluded` (`[^...]{2,}?`): its range at the first
/// end where `end_at` finds what follows it, with where `wend` starts (if that way ended it) and where the match ends.
/// `cap`: at an end past `cap` characters, or before reading the next character past them, `Err(TooLong)` (for a
/// caller whose group cannot fail once 2 characters long, so that the answer is only how long it is).
fn lazy_group(
    t: &str,
    g0: usize,
    excluded: &[char],
    end_at: impl Fn(usize) -> Option<(Option<usize>, usize)>,
    cap: Option<usize>,
) -> Result<Option<(std::ops::Range<usize>, Option<usize>, usize)>, TooLong> {
    let mut pos = g0;
    let mut count = 0;
    loop {
        if cap.is_some_and(|c| count > c) {
            return Err(TooLong);
        }
        if count >= 2 {
            if let Some((wend, end)) = end_at(pos) {
                return Ok(Some((g0..pos, wend, end)));
            }
        }
        let Some(ch) = t[pos..].chars().next() else { return Ok(None) };
        if excluded.contains(&ch) {
            return Ok(None);
        }
        pos += ch.len_utf8();
        count += 1;
    }
}

/// The byte after the whitespace that starts at `i` in `t` (`\s*`, greedy).
fn skip_ws(t: &str, i: usize) -> usize {
    let r = &t[i..];
    i + (r.len() - r.trim_start().len())
}

/// A verb of `verbs` at `at` that ends a word, `(?:verbs)(?P<wend>\W|$)` in the patterns' order: where `wend` starts
/// (after the verb) and where the match ends (after the non-word character, if any).
fn verb_ending_word(t: &str, at: usize, verbs: &[&str]) -> Option<(usize, usize)> {
    for v in verbs {
        if t[at..].starts_with(v) {
            let after = at + v.len();
            match t[after..].chars().next() {
                None => return Some((after, after)),
                Some(c) if !regex_syntax::is_word_character(c) => return Some((after, after + c.len_utf8())),
                _ => {}
            }
        }
    }
    None
}

/// The byte index of the character before `i` (`i` > 0, a char boundary).
fn prev_char(t: &str, i: usize) -> usize {
    t[..i].char_indices().next_back().map_or(0, |(k, _)| k)
}

/// For a match of [`re_chu_tri`] whose clause (group 1, the byte range `g`) is longer than 160 characters: where the
/// search for the next acceptable match may start. Every match that starts before the clause's end ends its clause at
/// the same place, the "chủ trì" found (the clause is lazy and holds no ":;.(" to stop it), so only a clause that
/// starts within 160 characters of that place is short enough: the search resumes at the delimiter and spaces before
/// that start (a long list of units cost a search from every comma in it, each over the whole clause). `None`: the
/// clause is short enough.
fn clause_too_long(t: &str, g: std::ops::Range<usize>) -> Option<usize> {
    let clause = &t[g.clone()];
    // the byte where the last 160 characters of the clause start (None: 160 or fewer)
    let (k, _) = clause.char_indices().rev().nth(159)?;
    if k == 0 {
        return None;
    }
    let from = g.start + k;
    let before = t[..from].trim_end();
    let before = before.strip_suffix([',', ':', ';', '.', '(']).unwrap_or(before);
    Some(before.len())
}

/// The verbs that may follow the units of "Giao X ...", in [`re_giao`]'s order.
const GIAO_VERBS: [&str; 28] = [
    "chủ trì", "thực hiện", "tổ chức", "triển khai", "xây dựng", "hướng dẫn", "theo dõi", "khẩn trương", "phối hợp", "nghiên cứu", "rà soát",
    "tham mưu", "kiểm tra", "tổng hợp", "đôn đốc", "chỉ đạo", "bố trí", "cung cấp", "hỗ trợ", "hoàn thành", "ban hành",
    // ("Giao Đảng ủy UBND tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng ...", "Giao Văn phòng Sở đăng tải Công văn này ...")
    "lãnh đạo", "đăng tải", "quán triệt", "phổ biến", "tuyên truyền", "cập nhật",
    // ("Giao Báo và Phát thanh, Truyền hình Lâm Đồng mở chuyên mục \"...\", đăng tải tin, bài ...": without it the units
    // ran to the comma after the quoted name, lamdong_kh_212 II.3.b)
    "mở",
];

fn re_giao() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    // (the units at most 160 characters: checked by the caller, see re_chu_tri)
    R.get_or_init(|| Regex::new(&format!(r"(?:^|[.;:]\s*|\s)Giao\s+([^:;.]{{2,}}?)(?:\s*:|\s+(?:{})(?P<wend>\W|$))", GIAO_VERBS.join("|"))).unwrap())
}

/// The units of each "Giao X <verb>" / "Giao X:" in `t`, left to right, as the pattern with its bound written in would
/// find them (units of more than 160 characters: no match from that start), the groups of each read by
/// [`giao_groups`] ([`Groups::at`]).
fn giao_matches(t: &str) -> Vec<std::ops::Range<usize>> {
    giao_matches_by(t, |at| Groups::at(re_giao(), t, at, giao_groups, None))
}

/// [`giao_matches`] with the match at or after a byte told by `caps_at` (the regex's own captures, or [`Groups::at`]'s).
fn giao_matches_by(t: &str, caps_at: impl Fn(usize) -> Option<Groups>) -> Vec<std::ops::Range<usize>> {
    let too_long = |c: &Groups| t[c.first.clone()].chars().nth(160).is_some().then(|| next_char(t, c.start));
    bounded_matches(t, caps_at, too_long, |c| c.wend.unwrap_or(c.end)).into_iter().map(|(c, _)| c.first).collect()
}

/// The groups of a match of [`re_giao`] that starts at `s`, read in the pattern's order of preference: the opening
/// (`^`, then a ".;:" and the spaces after it, then one space), "Giao", the spaces (greedy, then one fewer at a time),
/// the units (lazy, no ":;.") up to `\s*:` or a verb of [`GIAO_VERBS`] after spaces and before a non-word character.
fn giao_groups(t: &str, s: usize) -> Option<Groups> {
    let first = t[s..].chars().next()?;
    let mut giao = Vec::with_capacity(2);
    if s == 0 {
        giao.push(0);
    }
    if matches!(first, '.' | ';' | ':') {
        giao.push(skip_ws(t, s + 1));
    }
    if first.is_whitespace() {
        giao.push(s + first.len_utf8());
    }
    for g in giao {
        if !t[g..].starts_with("Giao") {
            continue;
        }
        let i = g + "Giao".len();
        let mut u0 = skip_ws(t, i);
        while u0 > i {
            if let Some((units, wend, end)) = giao_units_at(t, u0) {
                return Some(Groups { start: s, end, first: units, second: None, wend });
            }
            u0 = prev_char(t, u0);
        }
    }
    None
}

/// The lazy units of [`re_giao`] from `u0`: the first end, after 2 characters or more, where `\s*:` or spaces, a verb of
/// [`GIAO_VERBS`] and a non-word character (or the text's end) follow; with where `wend` starts and the match ends.
fn giao_units_at(t: &str, u0: usize) -> Option<(std::ops::Range<usize>, Option<usize>, usize)> {
    lazy_group(
        t,
        u0,
        &[':', ';', '.'],
        |pos| {
            let ws = skip_ws(t, pos);
            if t[ws..].starts_with(':') {
                return Some((None, ws + 1));
            }
            (ws > pos).then(|| verb_ending_word(t, ws, &GIAO_VERBS)).flatten().map(|(wend, end)| (Some(wend), end))
        },
        None,
    )
    .ok()
    .flatten()
}

/// The byte index after the character at `i` (`i + 1` at the end of `t`).
fn next_char(t: &str, i: usize) -> usize {
    i + t[i..].chars().next().map_or(1, char::len_utf8)
}

/// `text[..at].rfind(stops)` for offsets `at` that never go back (the keywords of a rule, left to right): each byte
/// is read once, where a search back to the start from each keyword made a long text without stops quadratic (a
/// paragraph of table lines with no period: 1200 lines took 15 times as long as 300).
struct LastStop<'t> {
    bytes: &'t [u8],
    stops: &'static [u8],
    /// the bytes before this are read
    scanned: usize,
    last: Option<usize>,
}

impl<'t> LastStop<'t> {
    /// `stops`: ASCII bytes (a byte of a multi-byte character is never one).
    fn new(text: &'t str, stops: &'static [u8]) -> Self {
        debug_assert!(stops.is_ascii());
        LastStop { bytes: text.as_bytes(), stops, scanned: 0, last: None }
    }

    /// The last stop before `at` (not before an earlier `at`: then the answer is that of the furthest `at` asked).
    fn before(&mut self, at: usize) -> Option<usize> {
        if at > self.scanned {
            if let Some(i) = self.bytes[self.scanned..at].iter().rposition(|b| self.stops.contains(b)) {
                self.last = Some(self.scanned + i);
            }
            self.scanned = at;
        }
        debug_assert_eq!(at, self.scanned, "LastStop asked back");
        self.last
    }
}

/// Where `needle` occurs in `text`, to ask of many ranges whether one holds it ([`holds`]).
fn occurrences(text: &str, needle: &str) -> Vec<usize> {
    memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes()).collect()
}

/// Does `text[from..to]` contain the needle of `at` (its [`occurrences`], `len` its length)?
fn holds(at: &[usize], len: usize, from: usize, to: usize) -> bool {
    let i = at.partition_point(|&p| p < from);
    at.get(i).is_some_and(|&p| p + len <= to)
}

/// The subjects of "X có trách nhiệm" / "X chịu trách nhiệm (thi hành)" in `flat`: byte ranges from the start of
/// the clause (after ".", ";" or ":") to the space before the words, 2 to 400 characters, left to right without
/// overlapping (a hand-written scan: the regex with a lazy 400-character group cost more than all of the task rules).
fn responsible_subjects(flat: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut pos = 0; // the next subject starts at or after this
    let mut from = 0; // where to look for the next keyword
    let words = [finder!(" có trách nhiệm"), finder!(" chịu trách nhiệm")];
    let mut stops = LastStop::new(flat, b".;:");
    // each word's next occurrence at or after the last `from` it was searched from (`Some(None)`: no more): searched
    // again only once `from` passes it (a word that never comes was searched for to the text's end at each keyword)
    let mut next: [Option<Option<usize>>; 2] = [None; 2];
    loop {
        for (f, n) in words.iter().zip(next.iter_mut()) {
            if n.is_none_or(|p| p.is_some_and(|p| p < from)) {
                *n = Some(f.find(&flat.as_bytes()[from..]).map(|i| from + i));
            }
        }
        let Some((k, klen)) = words
            .iter()
            .zip(next)
            .filter_map(|(f, n)| n.flatten().map(|i| (i, f.needle().len())))
            .min_by_key(|&(i, _)| i)
        else {
            break;
        };
        from = k + 1;
        if flat[k + klen..].chars().next().is_some_and(|c| crate::normalize::is_alnum(c) || c == '_') {
            continue;
        }
        // the clause: after the last ".", ";" or ":" before the words (which must not be before `pos`), or the start
        let mut start = match stops.before(k) {
            Some(p) if p >= pos => p + 1,
            Some(_) => continue,
            None if pos == 0 => 0,
            None => continue,
        };
        // "Chánh Văn phòng, Vụ trưởng Vụ Pháp chế ...; Chủ tịch Ủy ban nhân dân tỉnh ...; các cơ quan ... chịu trách
        // nhiệm thi hành": a list of units separated by semicolons is one subject
        loop {
            // the ";" that ends the segment before (spaces between it and this segment aside)
            let semi = flat[..start].trim_end().len();
            if semi <= pos || !flat[..semi].ends_with(';') || !starts_unit(&flat[start..]) {
                break;
            }
            let semi = semi - 1;
            // ("Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ; ...": a list head and its colon belong to
            // the segment)
            let seg_start = flat[..semi].rfind(['.', ';', ':']).map_or(0, |p| p + 1).max(pos);
            let seg_start = list_head_start(flat, seg_start).max(pos);
            let seg = flat[seg_start..semi].trim();
            if seg.is_empty() || first_verb(seg).is_some() {
                // "Trách nhiệm tổ chức thực hiện Chánh Văn phòng, ...": an article's title before its sentence
                // (not the issuer that ends a citation: "... theo quy định tại Thông tư số 27/2019/TT-BTC ... của Bộ Tài
                // chính; Ủy ban nhân dân cấp xã có trách nhiệm ...", btc_tt_44 Điều 13.3)
                if let Some(tail) = last_unit_phrase(seg).filter(|t| t.len() < seg.len() && first_verb(t).is_none() && t.starts_with(char::is_uppercase)) {
                    let tail_start = flat[..semi].trim_end().len() - tail.len();
                    if !flat[..tail_start].trim_end().ends_with("của") {
                        start = tail_start;
                    }
                }
                break;
            }
            if !starts_unit(seg) {
                break;
            }
            start = seg_start;
        }
        let rest = &flat[start..k];
        let subj_start = start + (rest.len() - rest.trim_start().len());
        let subj_end = flat[..k].trim_end().len().max(subj_start);
        // (counted to 801 at most: the answer is the same, and a long text costs no more than a short one)
        // (the closing list of those who execute a decision runs long: "Chánh Văn phòng ...; Giám đốc các Sở: ...;
        // Chỉ huy trưởng ...; ... chịu trách nhiệm thi hành Quyết định này", as in subject_units_at)
        let most = if flat[k + klen..].trim_start().starts_with("thi hành") { 800 } else { 400 };
        let n = flat[subj_start..subj_end].chars().take(801).count();
        if !(2..=most).contains(&n) {
            continue;
        }
        out.push(subj_start..subj_end);
        pos = k + klen;
        from = pos;
    }
    out
}

fn re_deadline() -> &'static Regex {
    // (no `\b` here: a Unicode word boundary on non-ASCII text stops the regex's lazy DFA, and this regex runs over
    // every task's text: a "\b" after the year-less day cost 2.7x the parser's instructions, session 22)
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"(?i)(?:(?:hoàn thành\s+)?(?:trước khi kết thúc|trước|chậm nhất|trong|đến|từ|hạn|vào)\s+(?:hết\s+|suốt\s+)?(?:(?:\d{1,2}\s*giờ(?:\s*\d{1,2})?\s*,?\s*)?ngày\s+\d{1,2}\s*(?:tháng\s+\d{1,2}\s+năm\s+\d{4}|[/-]\d{1,2}[/-]\d{4}|/\d{1,2}|tháng\s+\d{1,2})|\d{1,2}[/-]\d{1,2}[/-]\d{4}|(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}|tháng\s+\d{1,2}(?:\s*(?:và|đến|[-–])\s*(?:tháng\s+)?\d{1,2})?\s*(?:/|năm)\s*\d{4}|năm(?:\s+học)?\s+\d{4}(?:\s*[-–]\s*\d{4})?|mùa\s+(?:mưa(?:\s+bão|\s+lũ)?|khô|lũ|du\s+lịch(?:\s+hè)?)\s+năm\s+\d{4}|vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|mùa)\s+năm\s+\d{4}|tuần\s+(?:thứ\s+)?\d{1,2}(?:/|\s+năm\s+)\d{4})|(?:trong\s+)?quý\s+(?:I{1,3}|IV|[1-4])\s*(?:/|năm)\s*\d{4}|trong\s+giai đoạn\s+\d{4}\s*[-–]\s*\d{4})|(?:tổ chức|diễn ra)\s+(?:vào\s+)?ngày\s+\d{1,2}\s*(?:tháng\s+\d{1,2}\s+năm\s+\d{4}|[/-]\d{1,2}[/-]\d{4})|(?:quý\s+(?:I{1,3}|IV)\s+|định kỳ\s+(?:\d{1,2}\s+tháng,?\s+)?)?(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)|thường xuyên").unwrap()
    })
}

/// Does `before` end with the word `w` (spaces after it aside)?
fn b_ends(before: &str, w: &str) -> bool {
    let b = before.trim_end();
    b.ends_with(w) && b[..b.len() - w.len()].chars().next_back().map_or(true, |c| !crate::normalize::is_alnum(c))
}

/// The deadline in a task's text: ISO where a date or period is printed, and the words as printed. A date
/// counts only with its preposition ("trước ngày", "đến ngày", "trong quý"): a date in a citation is not a deadline,
/// nor is the date a document takes effect. "đến"/"trước" win over "từ".
pub fn deadline(t: &str) -> (Option<String>, Option<String>) {
    thread_local! {
        static DEADLINES: crate::memo::Cache<(Option<String>, Option<String>)> = Default::default();
    }
    crate::memo::cached(&DEADLINES, t, 256, || deadline_of(t))
}

fn deadline_of(t: &str) -> (Option<String>, Option<String>) {
    let mut best: Option<(u8, regex::Match)> = None;
    // whether the text recurs ("hằng năm", "định kỳ"): asked of a day without its year, below
    let mut recurs: Option<bool> = None;
    for m in re_deadline().find_iter(t) {
        let before = &t[crate::references::ceil_boundary(t, m.start().saturating_sub(40))..m.start()];
        let l = to_lower(m.as_str());
        // "có hiệu lực thi hành từ ngày ... đến hết ngày ...": when a text takes effect; but "ban hành Thông tư ...,
        // bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027" is the date to act by
        // ("... đã cấp trước ngày Thông tư này có hiệu lực thi hành, hoàn thành trước ngày 30 tháng 6 năm 2026": the work's
        // own date after the clause, bct_tt_27 Điều 13.4)
        if before.contains("hiệu lực") && !(l.starts_with("trước") || l.starts_with("chậm nhất") || l.starts_with("hoàn thành")) {
            continue;
        }
        // "thu nhập bình quân hàng tháng", "chi thường xuyên": a measure or a budget line, not a time to act
        if (l.starts_with("hàng") || l.starts_with("hằng")) && b_ends(before, "bình quân") || l == "thường xuyên" && (b_ends(before, "chi") || b_ends(before, "kinh phí")) {
            continue;
        }
        // "không cho tàu thuyền ra khơi kể từ 12 giờ 00 ngày 18/9/2024 ...": since when, not a date to act by
        if l.starts_with("từ") && b_ends(before, "kể") {
            continue;
        }
        // "quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050": a plan's horizon, part of its name
        if l.starts_with("đến") && b_ends(before, "tầm nhìn") {
            continue;
        }
        // "đối tượng ... được pháp luật quy định trước ngày 01 tháng 01 năm 2025", "... đã được cấp trước ngày ...": a
        // date that describes what the text is about, not a date to act by
        let b = before.trim_end();
        if l.starts_with("trước") && ["quy định", "được cấp", "phát sinh", "ký kết", "đã", "đã được"].iter().any(|w| b.ends_with(w)) {
            continue;
        }
        // a day without its year ("trong ngày 18/7": the document's year, read by the caller) only in a text where
        // nothing recurs: "Hằng năm, trước ngày 15 tháng 12, ...", "Định kỳ 6 tháng (trước ngày 10/6 và ngày 10/12)",
        // "... trước ngày 31 tháng 3 năm sau" give no date (GOLD.md)
        let has_year = l.len() >= 4 && l.as_bytes()[l.len() - 4..].iter().all(u8::is_ascii_digit);
        if !has_year && l.contains("ngày") && !l.contains("năm") {
            // (asked once a text: a text of many such days is not searched again for each)
            let recurs = *recurs.get_or_insert_with(|| ["hằng ", "Hằng ", "hàng năm", "Hàng năm", "hàng quý", "hàng tháng", "ịnh kỳ", "năm sau", "năm trước"].iter().any(|w| t.contains(w)));
            if recurs || t[m.end()..].trim_start().starts_with("và ngày") {
                continue;
            }
        }
        let rank = if l.starts_with("trước") || l.starts_with("chậm nhất") || l.starts_with("hoàn thành") || l.starts_with("hạn") {
            0
        } else if l.starts_with("quý") && b_ends(before, "từ") {
            // ("từ Quý IV/2024 đến hết tháng 7/2025": the start of a range, after which its "đến" wins)
            2
        } else if l.starts_with("đến") || l.starts_with("trong") || l.starts_with("quý") || l.starts_with("tổ chức") || l.starts_with("diễn ra") {
            1
        } else if l.starts_with("từ") {
            2
        } else {
            3
        };
        if best.as_ref().map_or(true, |(r, _)| rank < *r) {
            best = Some((rank, m));
        }
    }
    let Some((_, m)) = best else { return (None, None) };
    let words = m.as_str().trim().to_string();
    let lower = to_lower(&words);
    let iso = if let Some(i) = find_fixed!(lower, "ngày") {
        parse_date_prefix(&words[i..]).and_then(|d| d.date).map(|d| d.iso())
    } else if let Some(i) = find_fixed!(lower, " tháng đầu năm ").or_else(|| find_fixed!(lower, " tháng cuối năm ")) {
        // "trong 6 tháng đầu năm 2026": the half year's last month
        let year = lower[i..].rsplit(' ').next().filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
        year.map(|y| format!("{y}-{}", if lower[i..].contains("đầu") { "06" } else { "12" }))
    } else if let Some(m) = month_range_end(&lower) {
        // "trong tháng 01 và tháng 02/2026", "tháng 9 - 10/2025": the last month named (GOLD.md: a range gives its end)
        Some(m)
    } else if let Some(i) = words.find(|c: char| c.is_ascii_digit()).filter(|&i| words[i..].matches(['/', '-']).count() == 2) {
        // "trước 30/11/2026": a date without "ngày"
        parse_date_prefix(&format!("ngày {}", &words[i..])).and_then(|d| d.date).map(|d| d.iso())
    } else if let Some(i) = find_fixed!(lower, "tuần") {
        week_month(&words[i..])
    } else if let Some(p) = parse_period(&words) {
        Some(p.iso())
    } else if let Some(i) = find_fixed!(lower, "giai đoạn ") {
        // ("hoàn thành trong giai đoạn 2026 - 2027": the period's last year)
        last_year(&words[i + "giai đoạn ".len()..])
    } else {
        // ("trong năm 2025-2026": a range of years, its last; "trong năm học 2024 - 2025": the school year's last)
        find_fixed!(lower, "năm ").and_then(|i| {
            let rest = &words[i + "năm ".len()..];
            last_year(rest.strip_prefix("học ").unwrap_or(rest))
        })
    };
    (iso, Some(words))
}

/// "tháng 01 và tháng 02/2026", "tháng 9 - 10/2025", "tháng 3 đến tháng 5 năm 2026" (lower case): the last month of the
/// list or range, "2026-02"; None for one month.
fn month_range_end(lower: &str) -> Option<String> {
    let at = lower.find("tháng ")?;
    let rest = &lower[at..];
    if ![" và ", " đến ", "-", "–"].iter().any(|c| rest.contains(c)) {
        return None;
    }
    let nums: Vec<&str> = rest.split(|c: char| !c.is_ascii_digit()).filter(|x| !x.is_empty()).collect();
    let (m, y) = (nums.get(nums.len().checked_sub(2)?)?, nums.last()?);
    let month: u8 = m.parse().ok()?;
    (nums.len() >= 3 && y.len() == 4 && (1..=12).contains(&month)).then(|| format!("{y}-{month:02}"))
}

/// "2025", "2025-2026", "2025 - 2026" (what follows "năm"): the year, or the last of a range; None unless the text
/// opens with four digits.
fn last_year(t: &str) -> Option<String> {
    let year = |s: &str| s.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()) && !s[4..].starts_with(|c: char| c.is_ascii_digit())).map(String::from);
    let first = year(t)?;
    let rest = t[4..].trim_start();
    match rest.strip_prefix('-').or_else(|| rest.strip_prefix('–')).map(str::trim_start).and_then(year) {
        Some(last) if last > first => Some(last),
        _ => Some(first),
    }
}

/// "tuần 46/2024", "tuần thứ 46 năm 2024" -> the month the week falls in ("2024-11").
fn week_month(s: &str) -> Option<String> {
    let digits: Vec<u32> = s.split(|c: char| !c.is_ascii_digit()).filter(|x| !x.is_empty()).filter_map(|x| x.parse().ok()).collect();
    let (w, y) = (*digits.first()?, *digits.get(1)?);
    if !(1..=53).contains(&w) {
        return None;
    }
    // ISO week w: its Thursday is day 7*w - 3 + offset of the year's first Thursday; a close estimate by days
    let day = (w - 1) * 7 + 4;
    let cum = [31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
    let m = cum.iter().position(|&c| day <= c).unwrap_or(11) + 1;
    Some(format!("{y:04}-{m:02}"))
}

/// `t` without the outline label it opens with ("Điều 5a.", "IV.", "1.2.", "b)", "b1)", "-", "+", "•") and the spaces
/// around it. (Hand-written: the regex it replaces, `^\s*(?:Điều \d+[a-zđ]?\.|[IVXL]+\.|\d+(?:\.\d+)*\.|[a-zđ]\d{0,2}\)|
/// [-+•])\s*`, ran on every item and sentence, and a regex serves one thread at a time without a lock: the other parse
/// thread of `vanban index` waited on it.)
fn strip_label(t: &str) -> &str {
    let s = t.trim_start();
    let b = s.as_bytes();
    let digits = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let end: Option<usize> = if let Some(r) = s.strip_prefix("Điều ") {
        let at = s.len() - r.len();
        let d = digits(at);
        if d == 0 {
            None
        } else {
            let mut k = at + d;
            if let Some(c) = s[k..].chars().next().filter(|c| c.is_ascii_lowercase() || *c == 'đ') {
                if s[k + c.len_utf8()..].starts_with('.') {
                    k += c.len_utf8();
                }
            }
            s[k..].starts_with('.').then_some(k + 1)
        }
    } else if let Some(&c) = b.first() {
        if b"IVXL".contains(&c) {
            let run = b.iter().take_while(|x| b"IVXL".contains(x)).count();
            (b.get(run) == Some(&b'.')).then_some(run + 1)
        } else if c.is_ascii_digit() {
            // digits, then ".digits" as often as they come; the label ends at the last of those that a "." follows
            let mut k = digits(0);
            let mut best = None;
            loop {
                if b.get(k) == Some(&b'.') {
                    best = Some(k + 1);
                    let d = digits(k + 1);
                    if d > 0 {
                        k += 1 + d;
                        continue;
                    }
                }
                break;
            }
            best
        } else if c == b'-' || c == b'+' {
            Some(1)
        } else if s.starts_with(['•', '–']) {
            // (an en dash is a bullet too, as the outline reads it: "– Các sở, ban, ngành tỉnh, UBND các huyện ... có trách
            // nhiệm ...", longan_ctr_15 II.2)
            s.chars().next().map(char::len_utf8)
        } else {
            let first = s.chars().next().filter(|c| c.is_ascii_lowercase() || *c == 'đ');
            first.and_then(|f| {
                let k = f.len_utf8();
                let d = digits(k).min(3);
                // (up to two digits, then ")"; with three or more the label does not match)
                (0..=d.min(2)).rev().find(|&n| b.get(k + n) == Some(&b')')).map(|n| k + n + 1)
            })
        }
    } else {
        None
    };
    match end {
        Some(e) => s[e..].trim_start(),
        None => t,
    }
}

/// Words whose presence lets a rule of [`assignments`] run.
#[derive(Clone, Copy)]
enum Trigger {
    ChuTri = 0,
    Giao = 1,
    TrachNhiem = 2,
    Request = 3,
    DonVi = 4,
    CoQuan = 5,
}

/// The [`Trigger`]s a text holds, found in one pass.
struct Triggers(u8);

/// The trigger words: no two of them can overlap in a text (none holds another, no end of one begins another:
/// tested), so a search that resumes after each match finds every occurrence.
const TRIGGER_WORDS: [(&str, Trigger); 9] = [
    ("chủ trì", Trigger::ChuTri),
    ("chỉ trì", Trigger::ChuTri),
    ("Giao ", Trigger::Giao),
    ("trách nhiệm", Trigger::TrachNhiem),
    ("đề nghị", Trigger::Request),
    ("Đề nghị", Trigger::Request),
    ("êu cầu", Trigger::Request),
    ("ơn vị", Trigger::DonVi),
    ("ơ quan", Trigger::CoQuan),
];

impl Triggers {
    fn of(t: &str) -> Triggers {
        static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
        // (leftmost-first, the kind of search aho-corasick's vectorized prefilter runs: with words that cannot
        // overlap, the same matches as any other kind)
        let ac = AC.get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(TRIGGER_WORDS.iter().map(|w| w.0))
                .expect("fixed words")
        });
        let mut bits = 0u8;
        for m in ac.find_iter(t) {
            bits |= 1 << TRIGGER_WORDS[m.pattern().as_usize()].1 as u8;
        }
        Triggers(bits)
    }
    fn has(&self, w: Trigger) -> bool {
        self.0 & (1 << w as u8) != 0
    }
}

/// Units in one line or clause of a task. `strict`: in a normative text outside the articles about duties, a
/// sentence "X <verb> ..." is a task only with a word of obligation or delegation ("X phải ...", "X quy định chi
/// tiết ..."): elsewhere such a sentence describes a procedure ("Bộ Ngoại giao thông báo ... trong thời hạn 10 ngày").
fn assignments(t: &str, strict: bool) -> Assign {
    // (the same texts are asked again by later rules: an item's own text, its sentences, its paragraphs)
    thread_local! {
        static STRICT: crate::memo::Cache<Assign> = Default::default();
        static LOOSE: crate::memo::Cache<Assign> = Default::default();
    }
    crate::memo::cached(if strict { &STRICT } else { &LOOSE }, t, 256, || assignments_uncached(t, strict))
}

fn assignments_uncached(t: &str, strict: bool) -> Assign {
    let mut a = assignments_of(t, strict);
    // the units named after "phối hợp với" in the same sentence support the lead, whichever rule found it ("Bộ
    // trưởng, ... trong phạm vi chức năng, nhiệm vụ của mình, phối hợp với Bộ Công an chịu trách nhiệm theo dõi ...")
    if !a.lead.is_empty() && a.support.is_empty() {
        if let Some(k) = find_fixed!(t, "phối hợp với ").or_else(|| find_fixed!(t, "Phối hợp với ")) {
            let rest = &t[k + "phối hợp với ".len()..];
            // (a clause of partners is never longer: the search is bounded whatever the text)
            let rest = &rest[..crate::references::floor_boundary(rest, rest.len().min(600))];
            // (to the clause's end, over a line's wrap: "... phối hợp với Bưu điện tỉnh An\nGiang bảo đảm ..."; not into a
            // blank line or the next item)
            let wrap_ends = |i: usize| {
                let next = rest[i + 1..].trim_start_matches([' ', '\t']);
                next.is_empty() || next.starts_with('\n') || crate::outline::opens_item(next)
            };
            let upto = rest.match_indices(['.', ';', ':', '\n']).find(|&(i, m)| m != "\n" || wrap_ends(i)).map_or(rest.len(), |(i, _)| i);
            let keys: Vec<String> = a.lead.iter().map(|u| unit_key(u)).collect();
            a.support = partners(&join_words(&rest[..upto])).into_iter().filter(|u| !keys.contains(&unit_key(u))).collect();
        }
    }
    a
}

/// The rules of [`assignments`], before the support of the sentence is filled in.
fn assignments_of(t: &str, strict: bool) -> Assign {
    let mut a = Assign::default();
    // the text on one line with single spaces ("Ban Quản lý\nKhu kinh tế tỉnh" is one unit); most texts already are
    let spaced = memchr::memchr3(b'\n', b'\t', b'\r', t.as_bytes()).is_some()
        || finder!("  ").find(t.as_bytes()).is_some()
        || t.starts_with(char::is_whitespace)
        || t.ends_with(char::is_whitespace);
    let joined;
    let flat: &str = if spaced {
        joined = join_words(t);
        &joined
    } else {
        t
    };
    // the item's own label is not part of the sentence: "2. Ban Tuyên giáo Tỉnh ủy chỉ đạo ..."
    let flat = strip_label(flat);
    // "- Là cơ quan thường trực, chủ trì, phối hợp với Văn phòng UBND tỉnh ..." under "1. Sở Khoa học và Công nghệ:":
    // the role of the unit the heading names, not a unit of its own; the units it works with stay its support
    if let Some(role) = flat.strip_prefix("Là ") {
        let support = role.find(" phối hợp với ").map(|k| support_units(split_units(&role[k + " phối hợp với ".len()..role.find(['.', ';']).unwrap_or(role.len()).max(k + " phối hợp với ".len())]))).unwrap_or_default();
        return Assign { lead: vec![], support };
    }
    // which trigger words the text holds, in one pass: the rules below run only where their words are
    let found = Triggers::of(flat);
    let text_has = |w: Trigger| found.has(w);
    // fields ("Đơn vị thực hiện: ...") one bullet at a time
    let fields_here = (text_has(Trigger::DonVi) || text_has(Trigger::CoQuan)) && flat.contains(':');
    if fields_here {
        // (the bullets run together on one line; a piece without a colon is the rest of a name cut at its " - ": "Đơn vị
        // chủ trì: Sở Văn hóa, Thể thao và Du lịch; Sở Lao động - Thương binh và Xã hội.")
        let mut bullets: Vec<String> = Vec::new();
        for piece in flat.split(" - ") {
            match bullets.last_mut() {
                Some(last) if !piece.contains(':') => {
                    last.push_str(" - ");
                    last.push_str(piece);
                }
                _ => bullets.push(piece.to_string()),
            }
        }
        for line in bullets.iter().map(String::as_str).filter(|l| l.contains(':') && (l.contains("ơn vị") || l.contains("ơ quan"))) {
            // "Đơn vị chủ trì: Sở X; Đơn vị phối hợp: Sở Y.": each field's value runs to the next field or the period
            let fields: Vec<regex::Captures> = re_label_field().captures_iter(line).collect();
            for (k, c) in fields.iter().enumerate() {
                let from = c.get(0).unwrap().end();
                let to = fields.get(k + 1).map_or(line.len(), |n| n.get(0).unwrap().start());
                let value = &line[from..to];
                let value = &value[..value.find('.').unwrap_or(value.len())];
                // ("Đơn vị phối hợp: Chi cục Thủy lợi, các Hạt Quản lý đê; Thời gian thực hiện: ...": another field, not a
                // unit, after a semicolon)
                let value = value
                    .match_indices(';')
                    .find(|&(i, _)| value[i + 1..].split_once(':').is_some_and(|(h, _)| !h.contains(';') && !starts_unit(h.trim())))
                    .map_or(value, |(i, _)| &value[..i]);
                let units = split_units(value.trim_end_matches(['.', ';', ' ']));
                let units = strip_tail_clause(units);
                if to_lower(&c[1]).starts_with("phối hợp") {
                    a.merge(Assign { lead: vec![], support: units });
                } else {
                    // "Sở Ngoại vụ chủ trì, phối hợp với các địa phương" inside the field
                    let inner = chu_tri(value);
                    if !inner.is_empty() {
                        a.merge(inner);
                    } else {
                        a.merge(Assign { lead: units, support: vec![] });
                    }
                }
            }
        }
    }
    if !a.is_empty() || !a.support.is_empty() {
        return a;
    }
    if text_has(Trigger::ChuTri) {
        let c = chu_tri(flat);
        if !c.is_empty() {
            return c;
        }
    }
    // (the regex only where its word is: even on an empty text a search costs its set-up)
    // ("Giao Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh phối hợp ...": "xây dựng" in the board's name
    // is no verb; the mark keeps the byte length)
    // (looked for only where the regex runs)
    let masked;
    let giao_text = if text_has(Trigger::Giao) && flat.contains("đầu tư xây dựng") {
        masked = flat.replace("đầu tư xây dựng", "đầu tư xây_dựng");
        masked.as_str()
    } else {
        flat
    };
    // (units of more than 160 characters: no match at that "Giao")
    let giao_units = if text_has(Trigger::Giao) { giao_matches(giao_text) } else { Vec::new() };
    for r in giao_units {
        let mut units = split_units(&giao_text[r].replace("xây_dựng", "xây dựng"));
        // "Giao Bộ trưởng Bộ Công Thương quy định tiêu chí ..., kho lạnh đầu mối, ban hành ...": the units end where
        // a lower-case word follows a complete name (the verb the regex's list lacks); what follows is the work
        if let Some((k, e)) = units.iter().enumerate().find_map(|(k, u)| crate::units::name_end(u).map(|e| (k, e))) {
            units[k].truncate(e);
            units.truncate(k + 1);
        }
        if units.iter().any(|u| starts_unit(u)) {
            a.merge(Assign { lead: units, support: vec![] });
        }
    }
    // "Giao Sở Tài chính tổng hợp ...; giao Kho bạc Nhà nước ... phối hợp ...": with any verb after the units
    if a.is_empty() && flat.contains("iao ") {
        for units in giao_clauses(flat) {
            a.merge(Assign { lead: units, support: vec![] });
        }
    }
    // "Ủy quyền cho Ban Quản lý Khu kinh tế tỉnh thẩm định ...": a power delegated, the work of the unit named
    // (quangtri_qd_25 Điều 4.2), as "Giao X ..."
    if a.is_empty() {
        if let Some(rest) = ["Ủy quyền cho ", "Uỷ quyền cho "].iter().find_map(|p| flat.strip_prefix(p)) {
            // ("... Ban Quản lý Khu kinh tế tỉnh cấp, điều chỉnh, gia hạn ... giấy phép xây dựng": "cấp" the verb (to grant)
            // first in a list of verbs, not a level)
            let head = &rest[..crate::references::floor_boundary(rest, rest.len().min(240))];
            let units = match head.find(" cấp, ") {
                Some(k) => units_of(&rest[..k]),
                None => units_before_verb(rest),
            };
            if let Some(units) = units {
                a.merge(Assign { lead: units, support: vec![] });
            }
        }
    }
    if !a.is_empty() {
        return a;
    }
    // (a sentence whose "có trách nhiệm" is an applicant's step is no task by any other rule either)
    let mut applicant = false;
    for m in if text_has(Trigger::TrachNhiem) { responsible_subjects(flat) } else { Vec::new() } {
        let subj = flat[list_head_start(&flat, m.start)..m.end].trim();
        // "X được tăng cường quyền tự chủ, tự chịu trách nhiệm": self-responsibility, not a duty; "X không phải chịu
        // trách nhiệm": a duty denied
        let before = flat[..m.end].trim_end();
        // ("Tổ chức, cá nhân khởi xướng và có trách nhiệm đối với việc định hình ... (sau đây gọi là nhà sản xuất)":
        // who answers for a thing, in a definition, not a duty)
        let answers_for = flat[m.end..].trim_start().strip_prefix("có trách nhiệm").is_some_and(|r| r.starts_with(" đối với"));
        // ("Chủ tịch UBND cấp xã chịu trách nhiệm trước Chủ tịch UBND tỉnh khi để xảy ra ...", "... chịu trách nhiệm trước
        // pháp luật về tính chính xác ...": to whom one answers, not work)
        let answers_to = liability(flat[m.end..].trim_start());
        if answers_for || answers_to || before.ends_with(" tự") || flat[m.end..].trim_start().starts_with("tự ") || before.ends_with(" không phải") || before.ends_with(" không") {
            continue;
        }
        let whole_subj = subj;
        // the subject: cut at a pointer to where it is defined, at the scope of the work, at its own verb, then the
        // units after an opening clause ("Trường hợp số thu ... nhỏ hơn số chi ..., Bảo hiểm xã hội Việt Nam có trách
        // nhiệm ...", "Quá thời hạn trên, doanh nghiệp, ... có trách nhiệm ...")
        let cut = |s: &'_ str| -> usize {
            // ("Cơ quan, tổ chức được lấy ý kiến quy định tại khoản 2 Điều này có trách nhiệm": the pointer)
            let s1 = [" quy định tại", " theo quy định", " nêu tại"].iter().filter_map(|p| s.find(p)).min().unwrap_or(s.len());
            // ("Sở Khoa học và Công nghệ, Sở Nội vụ ... theo chức năng, nhiệm vụ được giao có trách nhiệm ...": the scope)
            let s2 = scope_start(&s[..s1]).unwrap_or(s1);
            let s2 = s[..s2].trim_end().len();
            subject_end(&s[..s2])
        };
        let unit_like = |s: &str| {
            let us = split_units(s);
            !us.is_empty() && us.iter().all(|u| starts_unit(u) && !is_head_word(u))
        };
        let mut subj = after_opener(&subj[..cut(subj)]);
        // (when the opener's own words were cut instead: "Trong thời hạn 10 ngày ... hồ sơ công bố quy định tại khoản 3
        // Điều 6 ..., cơ quan tiếp nhận hồ sơ có trách nhiệm ...": the opener first, then the cuts)
        if !unit_like(subj) {
            let after = after_opener(whole_subj);
            if after.len() < whole_subj.len() && unit_like(&after[..cut(after)]) {
                subj = &after[..cut(after)];
            }
        }
        // "Người sử dụng lao động có trách nhiệm đề nghị cấp giấy phép ...": an applicant's step, not a task
        let duty = flat[m.end..].trim_start();
        let duty = duty.strip_prefix("có trách nhiệm").or_else(|| duty.strip_prefix("chịu trách nhiệm")).unwrap_or(duty).trim_start();
        // (or named by its request: "Tổ chức, cá nhân đề nghị cấp giấy phép có trách nhiệm bảo đảm tính chính xác ...")
        if applicant_step(duty) || named_by_request(subj) {
            applicant = true;
            continue;
        }
        // the subject of "có trách nhiệm" must be a unit, not a clause ("... được giao có trách nhiệm")
        let mut units = split_units(subj);
        // "Trách nhiệm thi hành Bộ trưởng, Thủ trưởng ...": an article's title run into its sentence stands before
        // the first unit
        let titled = |u: &String| ["Trách nhiệm thi hành ", "Trách nhiệm tổ chức thực hiện ", "Tổ chức thực hiện ", "Điều khoản thi hành "].iter().any(|p| u.starts_with(p));
        if let Some(first) = units.first_mut().filter(|u| !starts_unit(u) && titled(u)) {
            if let Some(tail) = last_unit_phrase(first).filter(|t| t.starts_with(char::is_uppercase)) {
                *first = tail.to_string();
            }
        }
        // "Các cơ quan, đơn vị sau đây chịu trách nhiệm ...:": the list below names them, each item on its own
        let units: Vec<String> = units.into_iter().filter(|u| starts_unit(u) && !u.ends_with(" sau đây")).collect();
        if !units.is_empty() {
            a.merge(Assign { lead: units, support: vec![] });
        }
    }
    // (only when the applicant's sentence is the whole text: an item's other sentences may bind an authority)
    let one_sentence = || sentence_starts(flat.trim_end().trim_end_matches('.')).next().is_none();
    if !a.is_empty() || (applicant && one_sentence()) {
        return a;
    }
    // (in a normative text outside a duty article, "Chấp hành viên có thể đề nghị cơ quan chuyên môn ... phối hợp",
    // "Cơ quan thi hành án cấp quân khu đề nghị Ủy ban nhân dân cấp xã ... cử đại diện" are steps of a procedure: the
    // body asked is given no duty by the text)
    if text_has(Trigger::Request) && !strict {
        let d = de_nghi(flat);
        if !d.is_empty() {
            return d;
        }
    }
    // "Các đơn vị, địa phương chủ động ...", or after a heading: "Truyền thông trên báo chí: Sở X; UBND Y căn cứ ..."
    // (on the first line: a subject does not run into the next paragraph)
    let mut lines = t.trim_start().lines();
    let mut first = strip_label(lines.next().unwrap_or("")).to_string();
    // "Truyền thông trên báo chí trung ương: Sở Văn hóa, Thể thao và Du lịch;\nỦy ban nhân dân các huyện, thành phố
    // căn cứ ...": a list of units goes on on the next line
    if first.trim_end().ends_with([';', ',']) {
        if let Some(next) = lines.find(|l| !l.trim().is_empty()).filter(|l| starts_unit(l)) {
            first = format!("{} {}", first.trim_end(), next.trim());
        }
    }
    let first = first.as_str();
    // "Sở Kế hoạch và Đầu tư: Hướng dẫn trình tự, thủ tục đầu tư ...; kêu gọi ...": the units before the colon, their
    // duties after it
    let colon = first.split_once(':');
    if let Some((h, r)) = colon {
        let r = r.trim_start();
        // ("2. Giám đốc Sở Nông nghiệp và Môi trường: chủ trì, phối hợp với ...": the duty after the colon in lower case,
        // ninhbinh_ct_11)
        // ("3. Sở Xây dựng: khẩn trương thẩm định hồ sơ ...", binhphuoc_tb_318 II.3: any verb of work in lower case)
        // (not a kind's names: "Giám đốc các Sở: Xây dựng, Tài chính, ..." lists the Sở, "Xây dựng" is no verb there)
        let names_of_kind = h.trim_end().rsplit_once(' ').is_some_and(|(before, kind)| before.ends_with(" các") && kind.starts_with(char::is_uppercase));
        // ("b) Phòng Kế hoạch - Tài chính: Chủ trì, phối hợp với Chi cục Kiểm lâm hướng dẫn ...", daklak_kh_88 III.1.b: "chủ
        // trì" is no verb of VERBS, and printed with its capital after the colon)
        if (starts_with_verb(r) || r.starts_with("chủ trì") || r.starts_with("Chủ trì")) && starts_unit(h) && first_verb(h).is_none() && !names_of_kind {
            if let Some(units) = units_of(h.trim()) {
                a.lead = units;
                // (its partners as in a sentence: "...; phối hợp với các Bộ: Y tế, Công Thương, ... theo dõi ...")
                if let Some(i) = find_fixed!(r, " phối hợp với ") {
                    let rest = &r[i + " phối hợp với ".len()..];
                    a.support = partners(&rest[..rest.find([';', '.']).unwrap_or(rest.len())]);
                }
                return a;
            }
        }
    }
    // ("8. Bỏ cụm từ: “Trưởng phòng Giáo dục và Đào tạo” tại Phụ lục I ...": a phrase quoted to be struck out of a text,
    // no subject, vbpl_doc_000554)
    if colon.is_some_and(|(h, r)| h.trim_end().ends_with("cụm từ") && r.trim_start().starts_with(['“', '"'])) {
        return a;
    }
    let clause = colon.map_or(first, |(h, r)| if starts_unit(h) { first } else { r });
    let clause = clause.trim_start_matches(['-', '+', '•', ' ', '“', '"']);
    // "Riêng Ban Thường vụ Thành ủy Kon Tum lãnh đạo hoàn thành ...": as for that unit, its own work (a point under the
    // heading of a group it belongs to, kontum_tb_1245 2.6)
    let clause = clause.strip_prefix("Riêng ").filter(|r| r.starts_with(char::is_uppercase) && starts_unit(r)).unwrap_or(clause);
    if let Some(units) = subject_units_with(clause, strict) {
        a.lead = units;
        // "Sở X phối hợp với Hội Y tổ chức ...": the units it works with support it
        if let Some(i) = find_fixed!(clause, " phối hợp với ") {
            let rest = &clause[i + " phối hợp với ".len()..];
            // (to the clause's end: "các đơn vị, địa phương thực hiện ..." is one group, cut at its verb)
            let upto = rest.find([';', '.']).unwrap_or(rest.len());
            a.support = partners(&rest[..upto]);
        }
    }
    a
}

/// Where the sentences of `t` after its first start: after each ". " followed by a capital letter ("... báo cáo
/// trước ngày 15/12/2024. Sở Y tế phối hợp ..."). One rule for every reader of a text's sentences.
fn sentence_starts(t: &str) -> impl Iterator<Item = usize> + '_ {
    crate::normalize::pair_positions(t, b'.', b' ').map(|i| i + 2).filter(move |&k| t[k..].starts_with(char::is_uppercase))
}

/// Where a sentence may start in `t`: right after ". " or after a period that ends a line ("... năm 2026.\nĐịnh kỳ hằng
/// năm, ..."), not yet asked what follows (the readers of later sentences and of standing duties ask it their way).
fn period_breaks(t: &str) -> impl Iterator<Item = usize> + '_ {
    crate::normalize::pair_positions(t, b'.', b' ').chain(crate::normalize::pair_positions(t, b'.', b'\n')).map(|i| i + 2)
}

/// The length of the sentence that opens `t`: to its first period before a space or a line's end, that period
/// included; all of `t` when there is none.
fn sentence_len(t: &str) -> usize {
    [crate::normalize::find_pair(t, b'.', b' '), crate::normalize::find_pair(t, b'.', b'\n')].into_iter().flatten().min().map_or(t.len(), |e| e + 1)
}

/// Openers of a sentence whose subject comes after their clause: time ("Trong thời hạn 05 ngày làm việc, ..."), case
/// ("Trường hợp ..., ..."), recurrence ("Hằng tháng, ...").
const OPENERS: &[&str] = &[
    "Trường hợp", "Trong trường hợp", "Trước ngày", "Chậm nhất", "Khi ", "Sau khi", "Trước khi", "Trong thời hạn", "Trong thời gian",
    "Căn cứ", "Hằng năm", "Hàng năm", "Hằng quý", "Hàng quý", "Hằng tháng", "Hàng tháng", "Định kỳ", "Ngay sau khi", "Đối với", "Quá thời hạn",
    "Trước thời điểm", "Trong quá trình", "Riêng đối với", "Hết thời hạn", "Sau thời hạn",
    // ("Năm 2026, Sở Xây dựng hoàn thành việc rà soát ... trong tháng 10/2026": the year the work is for)
    "Năm 20", "Trong năm 20", "Trong quý",
    // ("Sau Tết, các đơn vị rà soát sĩ số học sinh ...", "Trong tháng 3/2027, Sở Y tế ...": when the work is done)
    "Sau Tết", "Trước Tết", "Trong dịp", "Trong tháng",
    // ("Trên cơ sở kết quả kiểm tra, Sở Nông nghiệp và Môi trường tổng hợp, đề xuất ...": what the work rests on,
    // quangnam_ct_11 2.a)
    "Trên cơ sở",
];

/// Does `t` open with one of [`OPENERS`]? (Asked of every subject read: the first byte, looked up in the openers'
/// first bytes, turns most texts away before any comparison.)
fn opens_with_opener(t: &str) -> bool {
    static FIRST: OnceLock<[bool; 256]> = OnceLock::new();
    let first = FIRST.get_or_init(|| {
        let mut f = [false; 256];
        for o in OPENERS {
            f[o.as_bytes()[0] as usize] = true;
        }
        f
    });
    t.as_bytes().first().is_some_and(|&b| first[b as usize]) && OPENERS.iter().any(|o| t.starts_with(o))
}

/// The subject of "có trách nhiệm" after an opening clause ([`OPENERS`]): the units after its last comma that starts
/// a unit ("Trường hợp số thu nhỏ hơn số chi, Bảo hiểm xã hội Việt Nam" -> "Bảo hiểm xã hội Việt Nam"); `subj` as
/// it is otherwise.
fn after_opener(subj: &str) -> &str {
    if starts_unit(subj) || !opens_with_opener(&subj) {
        return subj;
    }
    // ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở ...": the closing
    // request for feedback, GOLD.md)
    if subj.contains("vướng mắc") {
        return subj;
    }
    // ("Đối với công ty mẹ - Tập đoàn ..., Tổng công ty ... thì ...": the case's own list, no subject after it; a bound
    // step of handling a file is a task: "Sau khi nhận hồ sơ sửa đổi, bổ sung, cơ quan cấp giấy phép hoạt động có
    // trách nhiệm thực hiện trình tự ...", GOLD.md)
    if subj.contains(" thì ") {
        return subj;
    }
    let mut from = 0;
    while let Some(i) = crate::normalize::find_pair(&subj[from..], b',', b' ') {
        let rest = &subj[from + i + 2..];
        let units = split_units(rest);
        if !units.is_empty() && units.iter().all(|u| starts_unit(u)) && first_verb(rest).is_none() {
            return rest;
        }
        from += i + 2;
    }
    // "Khi phát hiện vi phạm ..., cơ quan kiểm tra có trách nhiệm chuyển hồ sơ ...": an authority named by its role
    // in the procedure (cơ quan + what it does), the last clause of the opener
    if let Some(i) = crate::normalize::rfind_pair(subj, b',', b' ') {
        let rest = &subj[i + 2..];
        if rest.starts_with("cơ quan ") && rest.split_whitespace().count() <= 8 {
            return rest;
        }
    }
    subj
}

/// The verbs that end the units asked in "đề nghị X <verb> ..." / "yêu cầu X <verb> ...".
const REQUEST_VERBS: &[&str] = &[
    "chỉ đạo", "triển khai", "thực hiện", "tổ chức", "quan tâm", "phối hợp", "tiếp tục", "khẩn trương", "đẩy mạnh",
    "tăng cường", "cung cấp", "báo cáo", "rà soát", "nghiêm túc", "chủ động", "tuyên truyền", "hướng dẫn", "xây dựng",
    "kiểm tra", "gửi", "cử", "bố trí", "đăng tải", "phổ biến", "quán triệt", "theo dõi", "vận động", "đẩy nhanh",
    // ("Đề nghị Huyện đoàn, Hội Liên hiệp Phụ nữ huyện duy trì, nhân rộng các mô hình ...")
    "duy trì", "nhân rộng", "lồng ghép", "phát động",
    // ("Đề nghị Sở Tài chính có ý kiến về mức độ tự chủ tài chính của các đơn vị này", hanoi_hd_38 II.2.c)
    "có ý kiến", "tham mưu",
];

/// A request in `flat` (one line, single spaces): the units asked (a byte range, 3 to 300 characters) and the verb
/// after them. Requests are found left to right without overlapping; the units end at the first request verb. (A
/// hand-written scan: a regex with a lazy 300-character gap before 26 alternatives was the slowest part of tasks.)
fn requests(flat: &str) -> Vec<(std::ops::Range<usize>, &'static str)> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < flat.len() {
        // the leftmost trigger ("kính đề nghị" holds "đề nghị": the longer one starts first)
        // (one search for all five: no two of them start at the same byte, so the leftmost is the one)
        static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
        let ac = AC.get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(["kính đề nghị", "Đề nghị", "đề nghị", "Yêu cầu", "yêu cầu"])
                .expect("fixed words")
        });
        let Some((t_start, t_len)) = ac.find(&flat[pos..]).map(|m| (pos + m.start(), m.len())) else {
            break;
        };
        let next_try = t_start + flat[t_start..].chars().next().map_or(1, char::len_utf8);
        let after = &flat[t_start + t_len..];
        let ws = after.len() - after.trim_start().len();
        if ws == 0 {
            pos = next_try;
            continue;
        }
        let units_start = t_start + t_len + ws;
        let mut found = None;
        for (n, (i, c)) in flat[units_start..].char_indices().enumerate() {
            if n > 300 {
                break;
            }
            if n < 3 || !c.is_whitespace() {
                continue;
            }
            let rest = flat[units_start + i..].trim_start();
            // (the first byte compared before the whole verb: this runs at every space after every request)
            let first = rest.as_bytes().first();
            if let Some(v) = REQUEST_VERBS.iter().find(|v| {
                first == v.as_bytes().first() && rest.starts_with(**v) && rest[v.len()..].chars().next().map_or(true, |c| !crate::normalize::is_alnum(c) && c != '_')
            }) {
                let verb_at = flat.len() - rest.len();
                found = Some((units_start..units_start + i, *v, verb_at + v.len()));
                break;
            }
        }
        match found {
            Some((units, verb, end)) => {
                out.push((units, verb));
                pos = end;
            }
            None => pos = next_try,
        }
    }
    out
}

const VERBS: &[&str] = &[
    "chỉ đạo", "triển khai", "thực hiện", "tổ chức", "quan tâm", "phối hợp", "tiếp tục", "khẩn trương", "đẩy mạnh",
    "tăng cường", "cung cấp", "báo cáo", "rà soát", "nghiêm túc", "chủ động", "tuyên truyền", "hướng dẫn", "xây dựng",
    "kiểm tra", "gửi", "cử", "bố trí", "đăng tải", "phổ biến", "quán triệt", "theo dõi", "căn cứ", "tạo điều kiện",
    "ban hành", "nghiên cứu", "lựa chọn", "tham mưu", "đôn đốc", "chịu trách nhiệm", "có trách nhiệm", "sử dụng",
    "quy định", "đưa", "lãnh đạo", "chịu sự", "giao", "bảo đảm", "đảm bảo", "hoàn thành", "trình", "tổng hợp",
    "cụ thể hóa", "chuẩn bị", "mở", "đẩy nhanh", "kiện toàn", "ưu tiên", "kiên quyết",
    // ("UBND các xã, thị trấn phát động phong trào ...", "Đề nghị Huyện đoàn, Hội Liên hiệp Phụ nữ huyện duy trì, nhân
    // rộng các mô hình ...", "... các tổ chức chính trị - xã hội huyện lồng ghép nội dung ...")
    "phát động", "duy trì", "nhân rộng", "lồng ghép",
    // ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh vận động hội viên ...",
    // tiengiang_cd_03 10)
    "vận động",
    // ("Chủ trì, phối hợp với UBND huyện Hớn Quản, UBND thị xã Chơn Thành di dời hạ tầng kỹ thuật ...")
    "di dời",
    // ("phối hợp với chủ tịch ủy ban nhân dân cùng cấp tiếp công dân khi ...", hatinh_qdi_07 Điều 6.1; "Ban Tiếp công
    // dân tỉnh" is a name, in capitals)
    "tiếp công dân",
    // ("... chủ trì, phối hợp với UBND huyện Lấp Vò quan trắc, đo đạc địa hình lòng sông ...", dongthap_tb_91 2.a;
    // "Trung tâm Quan trắc" is a name, in capitals)
    "quan trắc",
    // ("phối hợp với UBND các huyện, thị xã, thành phố ven biển thiết lập hành lang bảo vệ bờ biển", binhdinh_kl_45)
    "thiết lập",
];

/// A verb of [`VERBS`] after these words is part of a name, not a verb.
const NOT_VERB_BEFORE: &[(&str, &str)] = &[
    ("giao", "Ngoại "), ("giao", "ngoại "), ("thông báo", "cơ quan "), ("quyết định", "có "),
    // "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh": the board's name
    ("xây dựng", "đầu tư "),
    // "Cục Giám định nhà nước về chất lượng công trình xây dựng": construction works, a noun ("công trình", not the
    // verb "trình")
    ("xây dựng", "công trình "),
    ("trình", "công "),
    // "Công ty TNHH Nhà nước MTV Quản lý khai thác công trình thủy lợi Huế": the company's name (thuathienhue_cd_05 3)
    ("khai thác", "Quản lý "),
    // "Ủy ban kiểm tra các cấp có trách nhiệm ...": the Party's inspection committee (daklak_hd_05 II.3)
    ("kiểm tra", "Ủy ban "), ("kiểm tra", "ủy ban "),
    // ("... phối hợp với ban tổ chức cùng cấp ...": the committee's organization board; not "các sở, ban tổ chức thực
    // hiện ...", the boards' verb: [`in_name`])
    ("tổ chức", "ban "),
    // "Tổ chức, cá nhân vận chuyển chất thải rắn xây dựng phải ...", "Cơ sở xử lý chất thải rắn xây dựng có trách nhiệm
    // ...": construction waste, a noun (hcm_qd_25 Điều 6.1, 7.3)
    ("xây dựng", "chất thải rắn "), ("xây dựng", "chất thải "),
    // "Cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp huyện": the body the Luật Xây dựng names
    ("xây dựng", "chuyên môn về "),
    // "cơ quan cấp giấy phép có trách nhiệm ...": the licensing body; "Tổ chức, cá nhân đề nghị cấp giấy phép", "... được
    // cấp giấy phép khai thác cát": the applicant, the licensee
    ("cấp giấy phép", "cơ quan "), ("cấp giấy phép", "Cơ quan "), ("cấp giấy phép", "đề nghị "), ("cấp giấy phép", "được "),
    ("cấp giấy phép", "xin "), ("cấp giấy phép", "đã "),
    // "Chủ sở hữu hoặc người quản lý, sử dụng công trình có trách nhiệm ...": the works' manager and user, nouns
    // (quangtri_qd_25 Điều 8.1)
    ("quản lý", "hoặc người "), ("sử dụng", "hoặc người quản lý, "),
    // "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "đơn vị tự bảo đảm chi thường xuyên": names, not the
    // adverb before a verb
    ("thường xuyên", "giáo dục "), ("thường xuyên", "Giáo dục "), ("thường xuyên", "chi "),
    // "tổ chức đại diện người sử dụng lao động": the employer, a noun
    ("sử dụng", "người "),
    // "Ban Tổ chức Lễ phát động ...": the ceremony
    ("phát động", "Lễ "),
    ("phát động", "lễ "),
    // "... cơ quan ngang Sở và các tổ chức hành chính khác thuộc UBND Thành phố": the organizations, a noun
    ("tổ chức", "các "),
    ("tổ chức", "Các "),
    // "cuộc vận động": the campaign
    ("vận động", "cuộc "),
    ("vận động", "Cuộc "),
];

/// Is the verb `v` after `before` (the text up to the space before it) part of a name ([`NOT_VERB_BEFORE`]: "Bộ Ngoại
/// giao", "công trình xây dựng")? One table for every reader of a verb: the first verb, a subject's end, the end of a
/// chủ trì's partners, a unit list's tail.
fn in_name(before: &str, v: &str) -> bool {
    // ("các sở, ban tổ chức thực hiện ...": "ban" a kind in a list, then the verb)
    if v == "tổ chức" && before.ends_with(", ban") {
        return false;
    }
    NOT_VERB_BEFORE.iter().any(|(w, b)| v == *w && before.ends_with(b.trim_end()))
}

/// A verb of [`VERBS`] followed by these words is part of a compound noun, not a verb.
const NOT_VERB_AFTER: &[(&str, &str)] = &[
    ("giao", " thông"),
    ("giao", " dịch"),
    ("giao", " lưu"),
    ("giao", " nhận"),
    ("quy định", " pháp luật"),
    // "người đứng đầu tổ chức chính trị - xã hội": the noun
    ("tổ chức", " chính trị"),
    ("tổ chức", " đoàn thể"),
    // "cơ quan, tổ chức, doanh nghiệp", "tổ chức và cá nhân": a noun in a list
    ("tổ chức", ","),
    ("tổ chức", " và "),
    ("tổ chức", " có liên quan"),
    ("tổ chức", " liên quan"),
    ("tổ chức", " cá nhân"),
    ("tổ chức", " đảng"),
    ("tổ chức", " Đảng"),
    ("tổ chức", " xã hội"),
    ("tổ chức", " kinh tế"),
    ("tổ chức", " tín dụng"),
    // "cơ quan, tổ chức phải thi hành án": the party that owes a judgment
    ("tổ chức", " phải thi hành án"),
    ("tổ chức", " quốc tế"),
    ("tổ chức", " hội"),
    // "Cơ quan, tổ chức đang bảo quản vật chứng", "cơ quan, tổ chức nơi người phải thi hành án công tác": described
    ("tổ chức", " đang"),
    ("tổ chức", " nơi"),
    // "các đơn vị trực thuộc Bộ Quốc phòng đóng quân trên địa bàn ...": stationed, part of the unit's description
    ("đóng", " quân"),
    ("đóng", " trên địa bàn"),
    // ("Công an xã, phường nơi trường đóng trụ sở": where it sits)
    ("đóng", " trụ sở"),
];

/// For each item: does it stand in a normative text (with articles) outside an article or heading about duties
/// ("Trách nhiệm thi hành", "Nhiệm vụ, quyền hạn của ...", "Tổ chức thực hiện")? Then [`assignments`] is strict.
/// Parents come before their children, so one pass reads each title once.
pub fn strict_items(items: &[Item]) -> Vec<bool> {
    if !items.iter().any(|it| it.kind == LabelKind::Article) {
        return vec![false; items.len()];
    }
    let mut strict: Vec<bool> = Vec::with_capacity(items.len());
    for it in items {
        let clause = !matches!(it.kind, LabelKind::Article | LabelKind::Part | LabelKind::Chapter | LabelKind::SectionWord);
        // (a clause's first sentence is its title: "3. Đối với dịch vụ số hóa, Sở Nội vụ gửi văn bản lấy ý kiến Công an cấp
        // tỉnh .... Công an cấp tỉnh có trách nhiệm trả lời ..." binds the second unit, not the first; cp_nd_35 Điều 6.3)
        let title = if clause { &it.title[..crate::normalize::find_pair(&it.title, b'.', b' ').unwrap_or(it.title.len())] } else { it.title.as_str() };
        let t = to_lower(title);
        // (a chapter's title is broad: "CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, ..." holds powers too; a chapter "TỔ CHỨC THỰC
        // HIỆN" or "TRÁCH NHIỆM CỦA ..." is about duties)
        let words: &[&str] = match it.kind {
            LabelKind::Part | LabelKind::Chapter | LabelKind::SectionWord => &["trách nhiệm", "tổ chức thực hiện"],
            _ => &["trách nhiệm", "nhiệm vụ", "tổ chức thực hiện", "thi hành", "chức năng"],
        };
        // ("Hiệu lực thi hành" is when the text takes effect, not who carries it out)
        // ("thi hành án", judgment enforcement, is a field of work: "Cơ quan thi hành án cấp quân khu đề nghị ...")
        // ("... chưa có điều kiện thi hành": whether a judgment can be enforced, the subject matter of the article)
        // (a clause's title is its first line of running text: "Quyết định ủy thác thi hành án phải ghi rõ khoản phải
        // thi hành, khoản đã thi hành xong ..." speaks of what is owed; only "tổ chức thi hành" names a duty there)
        // (a chapter about several things, one of them duties, is read strictly: "ĐỐI TƯỢNG, MỨC ĐÓNG, TRÁCH NHIỆM VÀ
        // PHƯƠNG THỨC ĐÓNG BẢO HIỂM Y TẾ")
        let broad = !clause && it.kind != LabelKind::Article && !words.iter().any(|w| t.starts_with(w)) && !t.contains("trách nhiệm của");
        // (the two words searched with searchers built once: this runs for every item of every document)
        let duty = !broad && words.iter().any(|w| if *w == "thi hành" { finder!("thi hành").find_iter(t.as_bytes()).any(|i| !t[i + w.len()..].starts_with(" án") && !t[..i].ends_with("điều kiện ") && !(clause && !t[..i].ends_with("tổ chức "))) } else if *w == "nhiệm vụ" && clause {
            // ("c) Thành viên Tổ ... bị tai nạn khi thực hiện nhiệm vụ ... được hỗ trợ ...": the duty it was doing, not a
            // duty heading)
            finder!("nhiệm vụ").find_iter(t.as_bytes()).any(|i| !t[..i].ends_with("thực hiện ") && !t[..i].ends_with("giao "))
        } else { t.contains(w) })
            && !t.starts_with("hiệu lực");
        strict.push(!duty && it.parent.map_or(true, |p| strict[p]));
    }
    strict
}

/// For each item: is it inside an article about the text's scope or its terms (Phạm vi điều chỉnh, Đối tượng áp
/// dụng, Giải thích từ ngữ)? The nearest article at or above an item decides; parents come before their children, so
/// one pass reads each article's title once.
fn in_scope_articles(items: &[Item]) -> Vec<bool> {
    let mut scope: Vec<bool> = Vec::with_capacity(items.len());
    for it in items {
        let in_scope = if it.kind == LabelKind::Article {
            let t = to_lower(&it.title);
            ["phạm vi điều chỉnh", "đối tượng", "giải thích từ ngữ", "áp dụng pháp luật"]
                .iter()
                .any(|p| t.starts_with(p))
        } else {
            it.parent.is_some_and(|p| scope[p])
        };
        scope.push(in_scope);
    }
    scope
}

/// An article about rights only: "Quyền của người tham gia bảo hiểm y tế", "Quyền của tổ chức, cá nhân đóng ...",
/// not "Quyền và trách nhiệm của ...", "Quyền hạn, nhiệm vụ của ...".
fn rights_title(title: &str) -> bool {
    let t = title.to_lowercase();
    t.starts_with("quyền của") && !["trách nhiệm", "nhiệm vụ", "nghĩa vụ"].iter().any(|w| t.contains(w))
}

/// A heading that lists powers (thẩm quyền), not duties: "Chủ tịch Ủy ban nhân dân cấp tỉnh có quyền:". The items
/// under it ("a) Phạt cảnh cáo;") are what the official may do, not tasks.
fn powers_heading(first_line: &str) -> bool {
    let t = first_line.trim_end();
    ["có quyền:", "có thẩm quyền:", "có quyền sau đây:", "có các quyền sau đây:", "có quyền hạn sau đây:"].iter().any(|e| t.ends_with(e))
        // ("Cơ quan cấp giấy phép có thẩm quyền đình chỉ hoạt động ... hoặc thu hồi giấy phép trong các trường hợp sau
        // đây:": a power, over the cases it covers; "d) Tổ chức, cá nhân đề nghị chấm dứt hoạt động ..." is a case)
        || ([" có thẩm quyền ", " có quyền "].iter().any(|w| t.contains(w)) && ["trường hợp sau:", "trường hợp sau đây:"].iter().any(|e| t.ends_with(e)))
}

/// Does a title open with a verb ("Chỉ đạo ...", "Cử cán bộ ...", "Hướng dẫn ...")?
pub fn starts_with_verb(title: &str) -> bool {
    let t = title.trim_start_matches(|c: char| !crate::normalize::is_alnum(c));
    let mut cs = t.chars();
    let Some(c) = cs.next() else { return false };
    // (the first few words only, their first letter in lower case: a verb of VERBS is at most 21 bytes, and a title
    // may run on for a paragraph)
    let head = &cs.as_str()[..crate::references::floor_boundary(cs.as_str(), cs.as_str().len().min(40))];
    let lower: String = c.to_lowercase().chain(head.chars()).collect();
    VERBS.iter().any(|v| lower.starts_with(v) && lower[v.len()..].chars().next().map_or(true, |c| !crate::normalize::is_alnum(c)))
}

/// Where the first verb of [`VERBS`] stands in `t` (after a space). Verbs are matched as printed, in lower case:
/// mid-sentence a capitalized "Xây dựng" or "Tư pháp" is part of a unit's name ("Sở Xây dựng"), not a verb.
fn first_verb(t: &str) -> Option<usize> {
    first_verb_scan(t, true)
}

/// [`first_verb`]; `early`: stop reading once no later match can start before the best (false: every match read,
/// the definition the tests compare with).
fn first_verb_scan(t: &str, early: bool) -> Option<usize> {
    // all occurrences of all verbs in one pass (overlapping: "tổ chức" inside a longer match still counts)
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ac = AC.get_or_init(|| aho_corasick::AhoCorasick::new(VERBS).expect("fixed verbs"));
    let mut best: Option<usize> = None;
    for m in ac.find_overlapping_iter(t) {
        let (at, v) = (m.start(), VERBS[m.pattern().as_usize()]);
        if best.is_some_and(|b| b <= at) {
            // (matches come in the order of their ends: once one ends a longest verb past the best start, none after
            // it can start before it, and the rest of the text is not read)
            if early && best.is_some_and(|b| m.end() >= b + ac.max_pattern_len()) {
                break;
            }
            continue;
        }
        // "Bộ Ngoại giao": the name, not the verb "giao"
        let before_ok = t[..at].ends_with(' ') && !in_name(&t[..at - 1], v);
        let rest = &t[m.end()..];
        // "giao" the verb, not "giao thông", "giao dịch" in a name ("Cục Cảnh sát giao thông")
        let after_ok = rest.chars().next().map_or(true, |c| !crate::normalize::is_alnum(c))
            && !NOT_VERB_AFTER.iter().any(|(w, n)| v == *w && rest.starts_with(n));
        if before_ok && after_ok {
            best = Some(at);
        }
    }
    best
}

/// Verbs that end a subject but do not make a sentence a task by themselves ("Trưởng đoàn điều hành ...", "Bộ Nội vụ
/// lập dự toán ...", "Thư ký đoàn giúp trưởng đoàn ..."): a subject found up to a verb of [`VERBS`] or up to "có
/// trách nhiệm" is cut at the first of these. Matched in lower case after a space, as [`VERBS`].
const SUBJECT_END_VERBS: &[&str] = &[
    "quản lý điều hành", "điều hành", "giúp", "nộp", "phản ánh", "lập", "trích lập", "vào sổ", "xem xét", "trả lời", "tiếp nhận", "thẩm định",
    "phê duyệt", "đề xuất", "bàn giao", "thông báo", "công bố", "thành lập", "quyết định thành lập", "cập nhật", "phân bổ", "thu thập", "giải quyết", "chi trả",
    "ra quyết định", "quyết định", "phân công", "tham gia", "hỗ trợ", "duy trì", "tổng hợp", "gửi", "thực hiện", "báo cáo",
    "chủ trì", "ban hành", "hướng dẫn", "kiểm tra", "quy định", "phối hợp", "xây dựng", "chỉ đạo", "trình", "căn cứ",
    "ấn định", "làm việc theo", "ra một", "làm thủ tục", "kiểm soát", "định hướng", "tập trung", "xử lý", "dự toán", "quản lý", "đóng",
    "thực hiện việc",
    // ("Ủy ban nhân dân cấp tỉnh quyết toán kinh phí ...")
    "quyết toán",
    // ("Sở Xây dựng cấp giấy phép xây dựng đối với công trình cấp I, cấp II ...": to grant; "cơ quan cấp giấy phép" names
    // a body, NOT_VERB_BEFORE)
    "cấp giấy phép",
    // ("Văn phòng Điều phối nông thôn mới tỉnh thường xuyên theo dõi, đôn đốc ...": the adverb before the verb)
    "thường xuyên",

    "hoàn thiện", "vận hành", "kết nối", "hoạt động theo", "thống nhất quản lý", "yêu cầu", "tăng thời lượng",
    // ("Bộ Tư lệnh Quân khu gặp mặt, thông tin tình hình ...")
    "gặp mặt",
    // ("Báo Quảng Ngãi xuất bản số đặc biệt ...", "Đài Phát thanh - Truyền hình tỉnh phát sóng ...")
    "xuất bản", "phát sóng",
    // (a council's own vote: [`COUNCIL_VOTES`])
    "cơ bản tán thành", "tán thành", "nhất trí",
];

/// A council's own vote ("Hội đồng nhân dân xã cơ bản tán thành đánh giá ..."): it ends the subject (listed in
/// [`SUBJECT_END_VERBS`] too) and gives no work.
const COUNCIL_VOTES: [&str; 3] = ["cơ bản tán thành", "tán thành", "nhất trí"];

/// Words before a verb of [`SUBJECT_END_VERBS`] that make it part of a name ("đơn vị sự nghiệp công lập"), beside those of
/// [`NOT_VERB_BEFORE`] ("có quyết định", "công trình xây dựng"), which every reader of a verb asks.
const NOT_END_BEFORE: &[(&str, &str)] = &[
    ("lập", "thành "), ("lập", "công "), ("lập", "độc "), ("lập", "xác "), ("lập", "thiết "), ("quy định", "theo "), ("quy định", "có "), ("thực hiện", "để "),
    ("kiểm soát", "ban "), ("kiểm soát", "Ban "), ("tập trung", "nguyên tắc "), ("tập trung", "hàng hóa "), ("nộp", "hồ sơ "), ("dự toán", "lập "), ("dự toán", "giao "),
];

/// Heads that do not name a unit alone: the verb after them is part of the name ("Cơ quan tiếp nhận hồ sơ", "Tổ chức
/// thu phí", "Đơn vị báo cáo"). A person's title alone does ("Trưởng đoàn điều hành ...", "Giám đốc quyết định ...").
const GENERIC_HEADS: &[&str] = &["cơ quan", "đơn vị", "tổ chức", "doanh nghiệp", "thành viên", "lãnh đạo", "người đứng đầu", "hội đồng", "ban", "trung tâm", "cổng", "trang thông tin", "tổ hợp", "hạt nhân"];

/// Where a subject phrase ends: before the first verb of [`SUBJECT_END_VERBS`] that leaves a unit in front of it
/// (not a head word alone: "Cơ quan tiếp nhận hồ sơ", "Tổ chức thu phí" are names), else its length.
fn subject_end(subj: &str) -> usize {
    subject_end_scan(subj, true)
}

/// [`subject_end`]; `early` as in [`first_verb_scan`].
fn subject_end_scan(subj: &str, early: bool) -> usize {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ac = AC.get_or_init(|| aho_corasick::AhoCorasick::new(SUBJECT_END_VERBS).expect("fixed verbs"));
    let mut best = subj.len();
    for m in ac.find_overlapping_iter(subj) {
        let (at, v) = (m.start(), SUBJECT_END_VERBS[m.pattern().as_usize()]);
        // (as in first_verb: no match after one that ends a longest verb past the best can start before it)
        if early && m.end() >= best + ac.max_pattern_len() {
            break;
        }
        if at >= best || at == 0 || !subj[..at].ends_with(' ') {
            continue;
        }
        let rest = &subj[m.end()..];
        if rest.chars().next().is_some_and(|c| crate::normalize::is_alnum(c))
            // ("đơn vị sự nghiệp công lập", but "Phòng Người có công lập dự toán": the office for people of merit, then
            // its verb)
            || NOT_END_BEFORE.iter().any(|(w, b)| v == *w && subj[..at].ends_with(b) && !(v == "lập" && merit_before(&subj[..at])))
            || in_name(&subj[..at - 1], v)
            || NOT_VERB_AFTER.iter().any(|(w, n)| v == *w && rest.starts_with(n))
            || (v == "giúp" && rest.starts_with(" việc"))
            // "Hội đồng quản lý", "Cục Cảnh sát quản lý trại giam": names; "Bộ Quốc phòng (Cục Chính sách - Xã hội)
            // quản lý số lượng ...": the verb after a unit's bracketed department
            // ("Sở Công Thương quản lý, cập nhật Cơ sở dữ liệu ...", "X quản lý danh sách ...": the verb of a register)
            || (v == "quản lý" && !subj[..at].ends_with(") ") && !rest.starts_with(',') && !REGISTERS.iter().any(|r| rest.starts_with(&format!(" {r}"))))
            // "người đứng đầu tổ chức do Chính phủ thành lập", "Tổ hợp ... do Nhà nước dẫn dắt, định hướng": the verb
            // of a clause describing the unit
            || subj[..at].contains(" do ")
        {
            continue;
        }
        let head = subj[..at].trim_end().trim_end_matches(',');
        // "Cơ quan nhận báo cáo", "Đơn vị tham gia điều tra", "Tổ chức thu phí": a generic head described by what it
        // does (no name in capitals after it) is one name with its verb
        let lower = to_lower(head);
        // ("cơ quan bảo hiểm xã hội", "cơ quan thuế": bodies named by their field, not described by what they do)
        let field_body = ["cơ quan bảo hiểm xã hội", "cơ quan thuế", "cơ quan hải quan", "cơ quan công an", "cơ quan thi hành án dân sự"].contains(&lower.as_str());
        let described = !field_body && ["cơ quan", "đơn vị", "tổ chức", "doanh nghiệp"].iter().any(|g| {
            lower.strip_prefix(g).is_some_and(|r| r.is_empty() || (r.starts_with(' ') && !head.get(g.len()..).map_or(true, |h| h.chars().any(char::is_uppercase))))
        });
        // ("Hằng năm, cơ quan, đơn vị chủ trì tổ chức lễ tang ...": heads alone in a list are one described head)
        let generic_list = lower.split(", ").all(|h| GENERIC_HEADS.contains(&h));
        if head.is_empty() || !starts_unit(head) || described || generic_list {
            continue;
        }
        best = at;
    }
    best
}

/// "Các đơn vị, địa phương tổ chức triển khai ...": the units that are the subject of a clause.
fn subject_units(t: &str) -> Option<Vec<String>> {
    subject_units_with(t, false)
}

/// Words after a subject that make a sentence of a normative text a duty ([`assignments`] `strict`).
const OBLIGATIONS: &[&str] = &[
    "phải", "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "quy định chi tiết", "quy định cụ thể", "hướng dẫn",
    "chỉ đạo", "tổ chức thực hiện", "tổ chức triển khai", "triển khai thực hiện", "ban hành", "định kỳ", "trình",
    "thành lập", "quyết định thành lập", "xây dựng, ban hành",
    // ("Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với UBND cấp huyện ven biển bố trí lực
    // lượng ...": a coordination rule's duty, thuathienhue_qd_35 Điều 7.2)
    "phối hợp với",
];

fn subject_units_with(t: &str, strict: bool) -> Option<Vec<String>> {
    // (asked again of the same first lines by several rules: see crate::memo)
    thread_local! {
        static STRICT: crate::memo::Cache<Option<Vec<String>>> = Default::default();
        static LOOSE: crate::memo::Cache<Option<Vec<String>>> = Default::default();
    }
    crate::memo::cached(if strict { &STRICT } else { &LOOSE }, t, 256, || subject_units_with_of(t, strict))
}

fn subject_units_with_of(t: &str, strict: bool) -> Option<Vec<String>> {
    let t = t.trim();
    if !starts_unit(t) {
        // "Trường hợp ..., Chính phủ trình ...", "Căn cứ kế hoạch ..., Tổng cục trưởng ... quyết định ...": the
        // subject after an opening clause. "Định kỳ trước ngày 10 tháng 12 hằng năm báo cáo Ủy ban nhân dân A, Ủy ban
        // nhân dân B ...": a time opener with its own verb has no subject after it (the comma is in its object)
        if ["Định kỳ", "Hằng năm", "Hàng năm", "Hằng quý", "Hàng quý", "Hằng tháng", "Hàng tháng"].iter().any(|o| t.starts_with(o)) && first_verb(&t[..crate::normalize::find_pair(t, b',', b' ').unwrap_or(0)]).is_some() {
            return None;
        }
        if !opens_with_opener(&t) {
            return None;
        }
        // ("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về ...": the closing request for
        // feedback, GOLD.md)
        if t[..crate::normalize::rfind_pair(t, b',', b' ').unwrap_or(0)].contains("vướng mắc") {
            return None;
        }
        // "Đối với công ty đã phê duyệt quỹ tiền lương ... thì phải rà soát lại ...": the case names who must act;
        // "Đối với công ty mẹ ..., Tổng công ty ... thì đồng thời gửi ...": no subject of its own
        if let Some(case) = t.strip_prefix("Đối với ") {
            if let Some(k) = case.find(" thì ") {
                let (who, then) = (&case[..k], &case[k + " thì ".len()..]);
                if !then.starts_with("phải ") {
                    return None;
                }
                let units = split_units(who);
                return (!units.is_empty() && units.iter().all(|u| starts_unit(u)) && !has_verb(who)).then_some(units);
            }
        }
        // (a normative text names its duty-bearers in lower case after a time opener: "Trong thời hạn 05 ngày làm
        // việc ..., cơ quan bảo hiểm xã hội phải cấp thẻ ...", "Hằng tháng, người sử dụng lao động đóng ...")
        let normative = strict;
        // "Trước ngày 10 tháng 7 hằng năm, Ủy ban nhân dân cấp tỉnh tổng hợp ...": the date to act by is in the opener;
        // "Hằng năm, Ủy ban nhân dân cấp xã ... lập danh sách ...": a standing duty
        let opener_end = crate::normalize::find_pair(t, b',', b' ').unwrap_or(0);
        let strict = strict && !dated_duty(&t[..opener_end]) && !recurring(&t[..opener_end]);
        // "Sau khi được Thủ tướng Chính phủ, Chủ tịch ... giao dự toán, các đơn vị dự toán cấp I ... thực hiện ...":
        // the units of a passive opener are its agents; the subject comes after the opener's verb
        let passive = ["Sau khi được", "Khi được"].iter().any(|o| t.starts_with(o));
        // after a time opener, "các đơn vị ..." is a subject too
        let timed = !["Trường hợp", "Trong trường hợp", "Đối với", "Khi "].iter().any(|o| t.starts_with(o));
        // "Trường hợp chưa nhận được quyết định thi hành án thì trại giam, trại tạm giam, cơ quan thi hành án hình sự ...
        // phải ...": the bound subject after "thì", all of it (not from the first unit after a comma inside it)
        if !passive {
            let head = &t[..crate::references::floor_boundary(t, t.len().min(405))];
            if let Some(k) = find_fixed!(head, " thì ").filter(|&k| k < 400) {
                let then = &t[k + " thì ".len()..];
                if starts_unit(then) {
                    if let Some(units) = bound_subject(then) {
                        return Some(units);
                    }
                }
            }
        }
        // "Đối với Giám đốc sở, Thủ trưởng ban, ngành ... và Chủ tịch UBND các huyện, hồ sơ đánh giá gửi về Sở Nội vụ ...":
        // the units of the case are not the subject; the subject is the clause before the verb, after the case's last
        // comma (here a file, no unit: no task; yenbai_hd_19 II.3.b); a unit there is read as before, below
        if t.starts_with("Đối với ") {
            if let Some(c) = first_verb(t).and_then(|v| crate::normalize::rfind_pair(&t[..v], b',', b' ')) {
                if !starts_unit(&t[c + 2..]) {
                    return None;
                }
            }
        }
        let mut from = 0;
        while let Some(i) = crate::normalize::find_pair(&t[from..], b',', b' ') {
            let rest = &t[from + i + 2..];
            // a named unit (capitalized): "cơ quan có thẩm quyền", "doanh nghiệp" after "Trường hợp ..." are parties
            // to a procedure more often than units given work
            // (the staff who receive a file act in a procedure: "Trường hợp hồ sơ đạt yêu cầu, cán bộ tiếp nhận hồ sơ
            // ... phải thông báo ...")
            let staff = ["cán bộ tiếp nhận", "công chức tiếp nhận"].iter().any(|h| rest.starts_with(h));
            let named = rest.starts_with(char::is_uppercase) || (timed && (rest.starts_with("các ") || normative)) || staff;
            // "Căn cứ Thông tư liên tịch số 13/2014/TTLT-... của Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Nông nghiệp ..., Bộ trưởng
            // Bộ Công Thương hướng dẫn ...;": the comma goes on with the cited text's issuers (a unit of the same kind
            // after its "của"), no subject after it (binhduong_qd_42's preamble); "Căn cứ Kế hoạch ... của UBND tỉnh, Sở Y
            // tế xây dựng ..." has one
            // (only when the list runs on to the cited text's title, "... hướng dẫn ...": "Căn cứ Công văn ... của Bộ Tài chính,
            // Bộ Nội vụ tổng hợp ..." has its subject after the comma)
            let first_word = |s: &str| s.split_whitespace().next().unwrap_or("").to_string();
            let to_title = |r: &str| match first_verb(r) {
                Some(v) => r[..v].contains(", ") || crate::references::TITLE_VERBS.iter().any(|w| r[v..].starts_with(w)),
                None => true,
            };
            let issuers_go_on = t.starts_with("Căn cứ")
                && t[..from + i].rfind(" của ").map(|k| &t[k + " của ".len()..from + i]).is_some_and(|iss| starts_unit(iss) && first_word(iss) == first_word(rest))
                && to_title(rest);
            if issuers_go_on {
                from += i + 2;
                continue;
            }
            if starts_unit(rest) && named && (!passive || first_verb(&t[..from + i]).is_some()) {
                return subject_units_at(rest, strict);
            }
            // a bound step of a procedure, its subject in lower case: "Khi nhận bản án, quyết định, cơ quan thi hành án
            // dân sự phải kiểm tra ...", "Khi nhận được văn bản lấy ý kiến, cơ quan, tổ chức được lấy ý kiến phải trả lời
            // ..." (GOLD.md); the subject is read to its "phải", over words that are verbs elsewhere ("thi hành", "tổ chức")
            // (not inside the words after "thì", read whole above when they open with a unit: "... thì trại giam, trại
            // tạm giam, cơ quan thi hành án hình sự ... có trách nhiệm ..." is not the work of the last ones alone)
            if starts_unit(rest) && !passive && !t[..from + i].contains(" thì ") {
                if let Some(units) = bound_subject(rest) {
                    return Some(units);
                }
            }
            from += i + 2;
            if from > 400 {
                break;
            }
        }
        return None;
    }
    // "Ban Thường vụ Tỉnh ủy cơ bản thống nhất với Đề án do Đảng ủy Ủy ban nhân dân tỉnh trình: ...": a body that agrees,
    // notes or praises gives no one work (travinh_kl_09 1.2); the verb comes before any verb of work, after one subject
    let head = &t[..crate::references::floor_boundary(t, t.len().min(160))];
    // (the leftmost of them in one pass: asked of every subject read)
    static ASSESS: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ac = ASSESS.get_or_init(|| {
        aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build(ASSESSING).expect("fixed words")
    });
    let assesses = ac.find(head).map(|m| m.start());
    if assesses.is_some_and(|k| !t[..k].contains([',', ';']) && first_verb(head).map_or(true, |v| k < v)) {
        return None;
    }
    subject_units_at(t, strict)
}

/// The subject of a bound step in lower case after an opening clause: the words of `rest` (which opens with a unit)
/// up to its " phải " or " có trách nhiệm ", when they are a name's length and cross no clause ("cơ quan thi hành án
/// dân sự phải kiểm tra ..." -> "cơ quan thi hành án dân sự"). Not a negated or passive duty ("không phải", "phải
/// được ..."), nor an applicant's step ("phải nộp hồ sơ ...").
fn bound_subject(rest: &str) -> Option<Vec<String>> {
    // (a name's length: four units of a kind, "trại giam, trại tạm giam, cơ quan thi hành án hình sự công an cấp tỉnh,
    // cơ quan thi hành án hình sự cấp quân khu", are 160 bytes)
    // (looked for in the name's length only: a long text is not read to its end from every opener's comma)
    let head = &rest[..crate::references::floor_boundary(rest, rest.len().min(260))];
    let m = [find_modal(head), find_fixed!(head, " có trách nhiệm ")].into_iter().flatten().min().filter(|&m| m <= 240)?;
    let subj = &rest[..m];
    let after = rest[m..].trim_start();
    let after = after.strip_prefix("phải ").or_else(|| after.strip_prefix("có trách nhiệm ")).unwrap_or(after);
    if subj.contains(['.', ';', ':', '(', '"', '“', '\n']) || subj.contains(" thì ") {
        return None;
    }
    // ("không phải", "không nhất thiết phải"; "người giải quyết tố cáo vẫn phải tiếp tục ...": a duty that goes on,
    // not one given; the respondent of a survey: "đơn vị báo cáo hoặc đối tượng điều tra phải cập nhật ...")
    const NOT_BEFORE: [&str; 5] = [" không", " nhất thiết", " vẫn", " cũng", " đều"];
    // (nor a power with a limit: "Chấp hành viên có quyền không công nhận thỏa thuận ... nhưng phải ...")
    // (a business's standing duty is one, GOLD.md session 24: "Trong thời hạn 07 ngày ..., doanh nghiệp dịch vụ phải cập
    // nhật ...", NĐ 372/2025 Điều 1.4; "tổ chức, cá nhân" after an opener stays a step of the procedure: "Định kỳ 3 tháng,
    // ..., đại diện hộ gia đình, tổ chức, cá nhân đóng đủ số tiền ...")
    // ("Trường hợp lưu giữ chất thải ... tạm thời trên hè phố ..., tổ chức, cá nhân phải che chắn kín ...": the kind
    // alone is bound, hcm_qd_25 Điều 5.3)
    let regulated = (subj.starts_with("tổ chức, cá nhân") && subj.trim_end() != "tổ chức, cá nhân") || subj.contains("đối tượng");
    if NOT_BEFORE.iter().any(|w| subj.ends_with(w)) || regulated || subj.contains(" có quyền ") || subj.contains(" nhưng") {
        return None;
    }
    // (each piece between commas opens a unit or is a kind of one: "trại giam nơi đang quản lý, giam giữ người ..." is
    // a clause, not a list)
    if !subj.split(", ").all(|p| starts_unit(p) || crate::units::GROUP_KINDS.iter().any(|k| p.starts_with(k))) {
        return None;
    }
    if after.starts_with("được ") || applicant_step(after) {
        return None;
    }
    let units = split_units(subj);
    Some(if !units.is_empty() && units.iter().all(|u| starts_unit(u)) { units } else { vec![subj.trim().to_string()] })
}

/// Verbs of a body that agrees, notes or praises, after its name: no work for anyone (see [`subject_units_with_of`]).
const ASSESSING: &[&str] = &[" cơ bản thống nhất ", " thống nhất với ", " nhất trí ", " đánh giá cao ", " ghi nhận ", " biểu dương ", " hoan nghênh "];

/// "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quyết định danh sách ...", "... quy định chế độ thực phẩm chức năng ...":
/// a normative text leaves a decision or a rule to a named body (GOLD.md: a delegation is a task). "quy định tại ..."
/// ("provided in") and "quyết định số ..." (a decision cited) are not.
fn delegates(subj: &str, t: &str) -> bool {
    const NOT_AFTER: [&str; 9] = ["tại ", "ở ", "trong ", "của ", "số ", "này", "như ", "đó", "về "];
    // (a board or a chairman "quyết định ..." uses its powers; a minister or the Prime Minister is left a decision)
    let verbs: &[&str] = if ["Bộ trưởng", "Thủ tướng"].iter().any(|h| subj.starts_with(h)) { &["quyết định ", "quy định "] } else { &["quy định "] };
    // ("Chính phủ quy định về hồ sơ đăng ký ...", "Bộ trưởng Bộ Khoa học và Công nghệ quy định về ...": a rule-maker
    // is left the rules of a matter)
    let rule_maker = ["Chính phủ", "Thủ tướng", "Bộ trưởng"].iter().any(|h| subj.starts_with(h));
    verbs.iter().any(|v| t.strip_prefix(v).is_some_and(|r| !NOT_AFTER.iter().any(|n| r.starts_with(n) && !(rule_maker && *n == "về "))))
}

/// "Hằng năm, Ủy ban nhân dân cấp xã ... lập danh sách báo cáo ...", "... định kỳ (hằng quý, hằng năm) báo cáo ...": work
/// that comes back at fixed times is a standing duty, not a step of one procedure.
fn recurring(t: &str) -> bool {
    let l = t.to_lowercase();
    ["hằng năm", "hàng năm", "hằng quý", "hàng quý", "hằng tháng", "hàng tháng", "định kỳ"].iter().any(|w| l.contains(w))
}

/// "UBND cấp xã gửi báo cáo đến UBND cấp tỉnh trước ngày 03 tháng 10 hằng năm": a date to act by, with or without
/// a year, makes a sentence of a normative text a duty.
fn dated_duty(t: &str) -> bool {
    let t = &t[..crate::normalize::find_pair(t, b'.', b' ').unwrap_or(t.len())];
    ["trước ngày", "chậm nhất", "Trước ngày", "Chậm nhất"].iter().any(|w| t.contains(w))
}

/// What a body keeps as a standing duty: "Cục Quản lý Dược xây dựng, quản lý cơ sở dữ liệu ...", "X quản lý số
/// lượng, danh sách ..." (GOLD.md: a register kept is a standing duty).
const REGISTERS: [&str; 4] = ["cơ sở dữ liệu", "danh sách", "số lượng", "sổ theo dõi"];

fn keeps_register(t: &str) -> bool {
    let t = to_lower(&t[..t.find(['.', ';']).unwrap_or(t.len())]);
    ["quản lý", "xây dựng, quản lý"].iter().any(|v| t.starts_with(v)) && REGISTERS.iter().any(|r| t.contains(r))
}

/// Phrases of scope between a subject and its verb.
const SCOPES: [&str; 5] = [" theo chức năng", " trong phạm vi", " theo thẩm quyền", " căn cứ chức năng", " theo nhiệm vụ"];

/// Where the first phrase of [`SCOPES`] starts in `t` (the leftmost of all: no two of them start at the same byte and
/// read on alike), in one search.
fn scope_start(t: &str) -> Option<usize> {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ac = AC.get_or_init(|| aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build(SCOPES).expect("fixed words"));
    ac.find(t).map(|m| m.start())
}

/// "Chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy quân sự tỉnh xây dựng ...", a point whose units are its heading's:
/// the units it works with.
fn leading_support(t: &str) -> Vec<String> {
    let t = strip_label(t.trim_start());
    let Some(rest) = ["Chủ trì, phối hợp với ", "Chủ trì phối hợp với ", "Phối hợp với ", "Phối hợp chặt chẽ với "].iter().find_map(|p| t.strip_prefix(p)) else {
        return Vec::new();
    };
    let upto = rest.find([';', '.', '\n']).unwrap_or(rest.len());
    partners(&rest[..upto])
}

/// The units of a "phối hợp với ..." phrase (`s`: from after those words to the clause's end): [`support_units`] of
/// its list, each a unit's name.
fn partners(s: &str) -> Vec<String> {
    support_units(split_units(s)).into_iter().filter(|u| starts_unit(u)).collect()
}

/// Words that name a party by its request: "tổ chức, cá nhân đề nghị cấp giấy phép", "người nộp hồ sơ", and by its
/// wish ("Tổ chức, cá nhân có nhu cầu tổ chức sự kiện ... có trách nhiệm gửi văn bản đăng ký ...": the applicant,
/// thuathienhue_qd_35 Điều 6.4).
const APPLICANT_NAMES: [&str; 6] = [" đề nghị cấp", " nộp hồ sơ", " xin cấp", " có nhu cầu", " đề nghị gia hạn", " đề nghị điều chỉnh"];

/// Does the subject `subj` name its party by a request ([`APPLICANT_NAMES`]): the applicant, whose steps are no task?
fn named_by_request(subj: &str) -> bool {
    APPLICANT_NAMES.iter().any(|w| subj.contains(w))
}

/// What an applicant does in a procedure (GOLD.md: not a task, even with "có trách nhiệm"): "đề nghị cấp ...", "nộp hồ
/// sơ ...", "đăng ký ...".
fn applicant_step(t: &str) -> bool {
    // ("Tổ chức, cá nhân nhận kinh phí hỗ trợ có trách nhiệm ký nhận vào danh sách chi trả": a beneficiary's step)
    // ("Doanh nghiệp, hộ kinh doanh có trách nhiệm nộp phí thẩm định ...": the applicant's fee)
    // ("..., thương nhân phải gửi văn bản đề nghị cấp lại kèm theo tài liệu ...": the applicant's request, bct_tt_27 8.1)
    // ("Thương nhân phải nộp 01 bộ hồ sơ đề nghị cấp Giấy chứng nhận ...": the file counted, bct_tt_27 Điều 6.1; read
    // after its modal too)
    let t = t.trim_start();
    let t = t.strip_prefix("phải ").unwrap_or(t);
    let file_counted = t.strip_prefix("nộp ").is_some_and(|r| r.split(' ').take(3).any(|w| w == "bộ") && r.split(' ').take(5).any(|w| w == "hồ"));
    file_counted || ["đề nghị cấp", "nộp hồ sơ", "nộp đơn", "đăng ký", "làm thủ tục", "ký nhận", "nộp phí", "nộp lệ phí", "gửi văn bản đề nghị cấp", "gửi hồ sơ đề nghị", "gửi đơn đề nghị"].iter().any(|w| t.starts_with(w))
}

/// "... căn cứ Quyết định thi hành", "... chịu trách nhiệm thi hành": the closing article that makes units carry out
/// the text.
fn executes(t: &str) -> bool {
    let sentence = &t[..crate::normalize::find_pair(t, b'.', b' ').unwrap_or(t.len())];
    // ("Chấp hành viên căn cứ vào kết quả kinh doanh ... của người phải thi hành án": a judgment's enforcement, not
    // the text carried out)
    t.starts_with("căn cứ") && sentence.match_indices("thi hành").any(|(i, _)| !sentence[i..].starts_with("thi hành án"))
}

fn subject_units_at(t: &str, strict: bool) -> Option<Vec<String>> {
    // (no verb of VERBS but a modal: "cơ quan bảo hiểm xã hội phải cấp thẻ ...": the subject ends before it)
    // ("... phải được Thủ tướng Chính phủ ủy nhiệm": a passive; "... không nhất thiết phải ...": no duty)
    let best = first_verb(t).or_else(|| {
        find_modal(t)
            .filter(|&i| i > 0 && !t[..i].ends_with(" không") && !t[..i].ends_with(" không nhất thiết") && !t[i + " phải ".len()..].starts_with("được "))
            .map(|i| i + 1)
    });
    // "Cục Thông tin, Thống kê là cơ quan giúp Bộ trưởng ... thực hiện ...": the subject ends at "là"
    // (a role: "là cơ quan", "là đơn vị", "là đầu mối"; "X là cơ sở ...", "X là các tổ chức ..." define X)
    let role = |i: usize| ["cơ quan", "đơn vị", "đầu mối"].iter().any(|r| t[i + " là ".len()..].starts_with(r));
    if let Some(i) = t.find(" là ").filter(|&i| !strict && role(i) && best.map_or(true, |b| i < b) && starts_unit(&t[..i]) && !t[..i].contains('(')) {
        let units = split_units(&t[..i]);
        if !units.is_empty() && units.iter().all(|u| starts_unit(u) && !is_head_word(u)) && !has_verb(&t[..i]) {
            return Some(units);
        }
    }
    // no verb of VERBS: a verb that ends a subject ("Hiệu trưởng trường giáo dưỡng thành lập Hội đồng ...")
    let head = &t[..crate::references::floor_boundary(t, t.len().min(240))];
    // (or before it: "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quyết định danh mục ..." with "quy định" 300 bytes on)
    let end = Some(subject_end(head)).filter(|&e| e < head.len());
    let best = match (best, end) {
        (Some(b), Some(e)) => Some(b.min(e)),
        (b, e) => b.or(e),
    };
    // (the closing article's list of units runs long: "Chánh Văn phòng ..., Giám đốc các Sở, ...; Chủ tịch ...; Các
    // thành viên Ban Chỉ đạo ... và các đơn vị, tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành")
    let at = best.filter(|&a| a > 0 && (a < 240 || (a < 800 && executes(&t[a..]))))?;
    // "Trưởng đoàn kiểm tra ... có quyền xử phạt ...": a power, not a duty
    let sentence = &t[..crate::normalize::find_pair(t, b'.', b' ').unwrap_or(t.len())];
    if sentence.contains(" có quyền ") && !sentence.contains("trách nhiệm") && !sentence.contains(" phải ") {
        return None;
    }
    // "Ủy ban nhân dân đặc khu chịu sự giám sát của ...": being overseen is not a task; "Tổ chức, cá nhân vi phạm quy
    // định ... sẽ bị xử lý ...": nor is a sanction
    // "Người đứng đầu ... tham gia xây dựng ... được xem xét loại trừ, miễn hoặc giảm trách nhiệm ...": an
    // entitlement, not a duty, unless the sentence also binds ("được hưởng" is too often the object's: "quyết định
    // danh sách vận động viên được hưởng chế độ ...")
    let entitled = [" được xem xét", " được thanh toán", " được thanh, quyết toán", " được quyết toán", " tiếp tục được hưởng", " thì được hỗ trợ", " được trợ cấp"].iter().any(|w| sentence.contains(w))
        && !["có trách nhiệm", "chịu trách nhiệm", " phải "].iter().any(|w| sentence.contains(w));
    // "Ủy ban nhân dân đặc khu hoạt động theo chế độ tập thể, quyết định theo đa số", "Hội đồng làm việc theo nguyên tắc
    // ...": how a body works, not work it is given
    let how_it_works = ["hoạt động theo", "làm việc theo"].iter().any(|w| t[at..].starts_with(w))
        // ("Hội đồng nhân dân xã cơ bản tán thành đánh giá tình hình ...": a council's own vote, no work)
        || COUNCIL_VOTES.iter().any(|w| t[at..].starts_with(w));
    // "Ủy ban nhân dân tỉnh ... ban hành quyết định chuyển giao quyền sử dụng sáng chế ... đối với trường hợp quy định
    // tại ...": which body decides which case (thẩm quyền), not work it is given
    let competence = (t[at..].starts_with("ban hành quyết định") && sentence.contains("trường hợp quy định tại"))
        || t[at..].starts_with("có trách nhiệm đối với");
    // "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh như sau:": the document issuing
    // itself, not work given
    let issues_itself = t[at..].strip_prefix("ban hành ").is_some_and(|r| ["Kế hoạch", "Quy chế", "Quy định", "Chương trình", "Hướng dẫn"].iter().any(|k| r.starts_with(k)))
        && sentence.trim_end().ends_with("như sau:");
    // ("... chịu trách nhiệm trước Chủ tịch UBND tỉnh khi để xảy ra ...": to whom one answers, not work)
    if t[at..].starts_with("chịu sự") || liability(&t[at..]) || sentence.contains(" bị xử lý") || entitled || how_it_works || competence || issues_itself {
        return None;
    }
    // "Công ty phải xây dựng ...": the modal before the verb is an obligation and not part of the subject
    let subj = t[..at].trim();
    // "Giám đốc các sở, thủ trưởng các ban, ngành tỉnh theo chức năng, nhiệm vụ được giao chỉ đạo ...": the scope of
    // the work stands between the units and their verb
    let subj = scope_start(subj).map_or(subj, |i| subj[..i].trim_end());
    // "Trưởng đoàn điều hành các hoạt động của đoàn; chịu trách nhiệm ...": the subject ends at its own verb, which
    // is then the verb the obligation is read after
    let cut = subject_end(subj);
    let (subj, at) = if cut < subj.len() { (subj[..cut].trim(), t.len() - t.trim_start().len() + cut) } else { (subj, at) };
    let (subj, modal) = match subj.strip_suffix(" phải") {
        Some(s) => (s.trim_end(), true),
        None => (subj, false),
    };
    // "Cơ quan thi hành án dân sự không phải chịu trách nhiệm ...": a duty denied is no task
    // ("Sở Tài chính báo cáo: tổng nhu cầu vốn ...": what a unit reported at a meeting; "chủ đầu tư chưa hoàn thiện
    // hồ sơ ...": a state of affairs)
    let reported = ["báo cáo:", "cho biết:", "trình bày:"].iter().any(|w| t[at..].starts_with(w));
    // (how a body works, read again after the subject's own verb: "Hội đồng làm việc theo nguyên tắc ...")
    let works = ["hoạt động theo", "làm việc theo"].iter().any(|w| t[at..].starts_with(w));
    // ("Tổ chức, cá nhân cản trở ... thì phải bồi thường": a sanction, not a duty)
    // (but a sanctioned party's duty, "Doanh nghiệp, hộ kinh doanh bị thu hồi giấy phép phải chấm dứt hoạt động", "Tổ
    // chức, cá nhân nhận kinh phí hỗ trợ không đúng quy định phải hoàn trả số kinh phí đã nhận", is a regulated
    // party's standing duty, a task: GOLD.md, session 24)
    let sanction = ["phải bồi thường", "phải chịu trách nhiệm", "bị xử lý"].iter().any(|w| sentence.contains(w))
        && !["có trách nhiệm", "chịu trách nhiệm thi hành"].iter().any(|w| sentence.contains(w));
    // ("Tổ chức, cá nhân đề nghị hỗ trợ nộp 01 bộ hồ sơ ...": the party named by its request, cut before the verb of
    // what it asks, is the applicant; tuyenquang_nq_14 Điều 3.3.a)
    // (or inside it: "Chủ giấy phép đề nghị gia hạn giấy phép phải nộp hồ sơ ...", cp_nd_63 Điều 8.1)
    let requester = subj.ends_with(" đề nghị") || subj.ends_with(" xin") || named_by_request(subj);
    if applicant_step(&t[at..]) || requester || works || sanction || subj.ends_with(" không") || subj.ends_with(" không được") || subj.ends_with(" chưa") || reported {
        return None;
    }
    if strict && !modal && !recurring(sentence) && !keeps_register(&t[at..]) && !OBLIGATIONS.iter().any(|o| t[at..].starts_with(o)) && !delegates(subj, &t[at..]) && deadline(t).0.is_none() && !dated_duty(&t[at..]) && !executes(&t[at..]) {
        return None;
    }
    // "Công an tỉnh (Cơ quan thường trực Tổ công tác triển khai Đề án 06 tỉnh):": the verb inside a bracket is not the
    // subject's (the line is a heading)
    if subj.matches('(').count() > subj.matches(')').count() {
        return None;
    }
    let list_colon = ["các Sở:", "các Bộ:", "Các Bộ:", "Các Sở:", "các sở:", "Các sở:"].iter().any(|p| subj.contains(p));
    if has_verb(subj) || crate::normalize::find_pair(subj, b'.', b' ').is_some() || (subj.contains(':') && !list_colon) {
        return None;
    }
    let units = split_units(subj);
    // "Lãnh đạo, chỉ đạo việc ...": a head word alone is the verb of a duty list, not a unit
    (!units.is_empty() && units.iter().all(|u| starts_unit(u) && !is_head_word(u))).then_some(units)
}

/// An article that defines a body rather than gives it work: "Vị trí và chức năng", "Vị trí, chức năng", "Cơ cấu tổ
/// chức" (of a decision on a body's functions, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức).
/// Not a title that names duties too ("Vị trí, chức năng, nhiệm vụ và quyền hạn", "Cơ cấu tổ chức và trách nhiệm của
/// ...": those clauses are work).
fn defines_body(title: &str) -> bool {
    let t = to_lower(title.trim());
    (t.starts_with("vị trí và chức năng") || t.starts_with("vị trí, chức năng") || t.starts_with("cơ cấu tổ chức"))
        && !["nhiệm vụ", "trách nhiệm", "quyền hạn"].iter().any(|w| t.contains(w))
}

/// An article of duties titled without its body: "Nhiệm vụ và quyền hạn", "Nhiệm vụ, quyền hạn".
fn bare_duty_title(title: &str) -> bool {
    matches!(to_lower(title.trim().trim_end_matches('.')).as_str(), "nhiệm vụ và quyền hạn" | "nhiệm vụ, quyền hạn" | "nhiệm vụ, quyền hạn và trách nhiệm")
}

/// The body an article "Vị trí và chức năng" defines: the subject of its first sentence "X là cơ quan ...", in `body`
/// (the article's text after its title line, its first clause's label too), when it is units.
fn defined_body(body: &str) -> Option<Vec<String>> {
    let body = strip_label(body.trim_start());
    let k = find_fixed!(body, " là ")?;
    let subject = body[..k].trim();
    (k < 200 && !subject.contains(['.', ';', '\n'])).then(|| units_of(subject)).flatten()
}

/// "chịu trách nhiệm trước Chủ tịch UBND tỉnh khi để xảy ra ...", "chịu trách nhiệm trước pháp luật về tính chính xác
/// ...": a liability (to whom one answers if something goes wrong), not work; "Bộ Y tế chịu trách nhiệm trước Chính phủ
/// thực hiện quản lý nhà nước ..." answers for work, and is a duty.
fn liability(duty: &str) -> bool {
    // ("cơ quan chủ trì chịu trách nhiệm chính về kết quả thực hiện nhiệm vụ được giao": who answers for the result, a
    // principle of working together, hanam_qd_31 Quy chế Điều 3.2)
    // ("Thương nhân chịu trách nhiệm về tính chính xác, trung thực của thông tin, tài liệu trong hồ sơ": an applicant's
    // answering for its file, bct_tt_27 Điều 6.2)
    if duty.starts_with("chịu trách nhiệm chính về kết quả") || duty.starts_with("chịu trách nhiệm về tính chính xác") {
        return true;
    }
    let Some(rest) = duty.strip_prefix("chịu trách nhiệm trước ") else { return false };
    let clause = &rest[..rest.find(['.', ';']).unwrap_or(rest.len())];
    // ("... chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả thực hiện nhiệm vụ được phân cấp": answering for the
    // result, binhduong_qd_42 Quy định Điều 3.3)
    rest.starts_with("pháp luật") || clause.contains("để xảy ra") || clause.contains(" về kết quả")
}

/// A word that opens a unit's name, alone: "Lãnh đạo", "Cơ quan", "Sở".
fn is_head_word(u: &str) -> bool {
    let u = u.trim();
    crate::units::is_head_any_case(u)
}

/// "Sở ... đề nghị Báo Kiên Giang, Đài ... chỉ đạo ...": the units asked to act. "phối hợp với Y" gives support.
fn de_nghi(flat: &str) -> Assign {
    let mut a = Assign::default();
    let requests = requests(flat);
    if requests.is_empty() {
        return a;
    }
    // (each sentence's start and the words below found once for all the requests: see LastStop)
    let mut stops = LastStop::new(flat, b".;");
    let problems = occurrences(flat, "vướng mắc");
    for (range, verb) in requests {
        // "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị cơ quan, tổ chức phản ánh về Bộ X để ...": the closing
        // invitation to report problems, not a task
        let sentence_start = stops.before(range.start).map_or(0, |i| i + 1);
        if holds(&problems, "vướng mắc".len(), sentence_start, range.start) {
            continue;
        }
        // "Công ty ... có văn bản đề nghị cơ quan đại diện chủ sở hữu ...", "hồ sơ đề nghị ...": a paper that asks (an
        // applicant's step), not work given to the units it is sent to
        let before = flat[sentence_start..range.start].trim_end();
        let before = ["đề nghị", "Đề nghị", "yêu cầu", "Yêu cầu"].iter().find_map(|v| before.strip_suffix(v)).unwrap_or(before).trim_end();
        if ["văn bản", "hồ sơ", "Tờ trình", "tờ trình", "đơn"].iter().any(|n| before.ends_with(n)) {
            continue;
        }
        // "Đương sự ... có quyền yêu cầu cơ quan thi hành án dân sự xác nhận ...": a right to ask, not work given
        if before.ends_with("có quyền") || before.ends_with("được quyền") {
            continue;
        }
        // (each unit ends at its own verb: "Đề nghị Kho bạc Nhà nước khu vực XVII kiểm soát chi ..., phối hợp ...")
        // ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh: Hướng dẫn, chỉ đạo ...": the units
        // end at the colon)
        let asked = &flat[range.clone()];
        // (but "Yêu cầu Giám đốc các sở: Xây dựng, Tài chính, ...; Giám đốc Công an tỉnh; ...": the colon of a list of
        // names, which split_units expands)
        let colon = asked.find(':').filter(|&i| !["các sở", "các Sở", "các Bộ", "các bộ"].iter().any(|h| asked[..i].ends_with(h)));
        let asked = &asked[..colon.unwrap_or(asked.len())];
        // ("Đề nghị Ngân hàng Chính sách xã hội Chi nhánh tỉnh Quảng Ninh ưu tiên bố trí ...": a complete name, then its
        // verb: units::name_end)
        let each_to_its_verb = |units: Vec<String>| -> Vec<String> {
            units.into_iter().map(|u| u[..subject_end(&u).min(crate::units::name_end(&u).unwrap_or(u.len()))].trim().to_string()).collect()
        };
        let mut units: Vec<String> = each_to_its_verb(split_units(asked));
        let verb_end = flat[range.end..].find(verb).map_or(range.end, |i| range.end + i + verb.len());
        let after = &flat[verb_end..];
        if verb == "tổ chức" && NOT_VERB_AFTER.iter().any(|(w, n)| *w == "tổ chức" && after.starts_with(n)) {
            // "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền":
            // "tổ chức" was a noun; the subject runs to the next verb
            let from = range.start;
            // (read to 400 bytes past the noun at most: a list of units is never longer, and a search to the text's end
            // from every request made a text of many requests quadratic)
            let to = crate::references::floor_boundary(flat, (verb_end + 400).min(flat.len())).max(verb_end);
            if let Some(v) = first_verb(&flat[from..to]).filter(|&v| v > verb_end - from) {
                // (to the colon too: "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Hướng
                // dẫn, chỉ đạo ...", the capitalized verb after it no verb of first_verb's)
                let v = flat[from..from + v].find(':').unwrap_or(v);
                // (each to its own verb there too: "... và các tổ chức chính trị - xã hội tỉnh tham gia giám sát ...")
                units = each_to_its_verb(split_units(&flat[from..from + v]));
            }
        }
        if units.is_empty() || !units.iter().all(|u| starts_unit(u)) {
            continue;
        }
        let mut support = vec![];
        if verb == "phối hợp" {
            let rest = after;
            let rest = rest.trim_start().strip_prefix("với").unwrap_or(rest);
            // (to the clause's end, a list of groups with its commas: "... phối hợp với Công an tỉnh và UBND các huyện, thị
            // xã, thành phố hỗ trợ ..."; the partners' own verb ends them, and what is no unit is dropped)
            let upto = rest.find([';', '.', ':']).unwrap_or(rest.len());
            // ("phối hợp tuyên truyền ...": no unit to work with)
            support = partners(&rest[..upto]);
        }
        a.merge(Assign { lead: units, support });
    }
    a
}

/// Tasks in paragraphs outside the outline (the opening "Sở ... đề nghị X triển khai ... như sau:"), one per sentence.
/// A closing request ("... quan tâm triển khai thực hiện./.") is not a task.
pub fn paragraph_tasks(text: &str, from: usize, to: usize, strict: bool) -> Vec<Task> {
    let mut out = Vec::new();
    let region = &text[from..to];
    let mut start = 0;
    // the end of each line (after its '\n', or the region's end), and whether a '\n' ends it
    let newlines = memchr::memchr_iter(b'\n', region.as_bytes()).map(|i| (i + 1, true));
    let last = (!region.is_empty() && !region.ends_with('\n')).then_some((region.len(), false));
    for (end, newline) in newlines.chain(last) {
        // a list of units that goes on on the next line ("...: Sở Văn hóa, Thể thao và Du lịch;\nỦy ban nhân dân
        // các huyện, thành phố căn cứ ...") is one sentence
        let line = region[start..end].trim_end();
        if newline && line.ends_with([';', ',']) && starts_unit(region[end..].trim_start()) && !region[end..].starts_with('\n') {
            continue;
        }
        // a hard-wrapped paragraph is one text ("Sở Nội vụ đề nghị Chủ tịch Ủy ban nhân dân các xã, ..., Giám đốc Bưu điện
        // tỉnh An\nGiang và Thủ trưởng các đơn vị có liên quan quan tâm, phối hợp triển khai ...": the request's verb is on
        // the next line, angiang_cv_2871)
        // (a request's lines only: other wrapped paragraphs outside the outline are read line by line as before)
        if newline && end < region.len() && (find_fixed!(region[start..end], " đề nghị ").is_some()) && continues_sentence(text, from + end) {
            continue;
        }
        let sent = &region[start..end];
        let t = sent.trim();
        // (a directive's closing "Yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện nghiêm túc triển khai
        // thực hiện./." commands named heads: a task)
        // ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ... nghiêm túc triển khai thực hiện Chỉ thị này./."
        // too)
        // (and "Chánh Văn phòng ..., Chủ tịch ... căn cứ Quyết định thi hành./.": the units that carry the decision out)
        // (but "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công điện này; ... ./." gives a unit its work)
        // (asked only of a closing line: starts_unit for every line cost more than the rest of this test)
        let follows_up = || t.contains("theo dõi, đôn đốc") && starts_unit(t);
        // (and "Các Bộ trưởng, ... chịu trách nhiệm tổ chức thực hiện nghiêm Chỉ thị này./.": who carries it out)
        // (and "Sở Y tế đề nghị các đơn vị nghiêm túc triển khai thực hiện./.": the closing formula of a letter asks its
        // addressees to carry it out, GOLD.md; bacninh_cv_1420, binhthuan_cv_1187)
        let carry_out = || t.contains("nghiêm túc") && (t.contains(" đề nghị ") || t.starts_with("Đề nghị "));
        let closing = (t.ends_with("./.") && !t.starts_with("Yêu cầu") && !t.contains(" yêu cầu ") && !t.contains(". Yêu cầu ") && !t.contains(" thi hành") && !t.contains(" chịu trách nhiệm tổ chức thực hiện") && !follows_up() && !carry_out())
            || t.contains("kính đề nghị")
            || t.contains("Kính đề nghị")
            || notice_formula(t)
            || region[end..].trim_start().starts_with("Trân trọng");
        if !t.is_empty() && !closing && !t.starts_with("Kính gửi") && !enacting_formula(t) && !continues_sentence(text, from + start) {
            // the first sentence's units when it names its own ("Sở Y tế tổng hợp ..., gửi về Sở trước ngày 18/02/2027. Văn
            // phòng Sở có trách nhiệm tổng hợp ...": the later "có trách nhiệm" is Văn phòng Sở's, a task of its own
            // below), else the paragraph's
            let first_end = sentence_starts(t).next().map(|k| k - 1);
            let a = first_end.map(|e| assignments(&t[..e], strict)).filter(|a| !a.is_empty()).unwrap_or_else(|| assignments(t, strict));
            let line_keys: Vec<String> = a.lead.iter().map(|u| unit_key(u)).collect();
            if !a.is_empty() {
                // (a later sentence with a subject of its own keeps its date: `para_deadline`)
                let (deadline, deadline_text) = para_deadline(t);
                out.push(Task {
                    text: t.chars().take(120).collect(),
                    section: None,
                    lead: a.lead,
                    support: a.support,
                    deadline,
                    deadline_text,
                    span: [from + start, from + end],
                });
            }
            // "Mức chi phí quản lý bằng 1,7% .... Bộ trưởng Bộ Nội vụ đề xuất .... Hội đồng nhân dân cấp tỉnh quy
            // định ...": a later sentence of the paragraph that gives work to other units is a task of its own
            let lead_off = sent.len() - sent.trim_start().len();
            let mut cuts: Vec<usize> = sentence_starts(t).collect();
            cuts.push(t.len());
            for w in cuts.windows(2) {
                let s = &t[w[0]..w[1]];
                let sa = assignments(s, strict);
                if sa.is_empty() || sa.lead.iter().map(|u| unit_key(u)).collect::<Vec<_>>() == line_keys {
                    continue;
                }
                let (deadline, deadline_text) = deadline(s);
                let s_start = from + start + lead_off + w[0];
                out.push(Task {
                    text: s.trim().chars().take(120).collect(),
                    section: None,
                    lead: sa.lead,
                    support: sa.support,
                    deadline,
                    deadline_text,
                    span: [s_start, s_start + s.len()],
                });
            }
        }
        start = end;
    }
    out
}

/// Does the line at `at` go on with the sentence of the line before it (a hard-wrapped line of a PDF: "... tiền
/// thưởng của Ban điều hành, Thành viên\nHội đồng thành viên, Trưởng ban kiểm soát ... theo quy định.")? Then it is
/// not a sentence of its own: the line before does not end a sentence or a list item, and no blank line stands between.
fn continues_sentence(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let Some(b) = before.strip_suffix('\n') else { return false };
    let b = b.trim_end_matches([' ', '\t', '\r']);
    if b.ends_with('\n') || b.is_empty() {
        return false;
    }
    let prev = b[b.rfind('\n').map_or(0, |i| i + 1)..].trim();
    // a heading ends without a period too: "III. TỔ CHỨC THỰC HIỆN", "3. Sở Y tế", "Điều 5. Trách nhiệm thi hành"
    let heading = prev.chars().count() < 50
        || !prev.chars().any(|c| c.is_lowercase())
        || ["Điều ", "Chương ", "Mục ", "Phần "].iter().any(|w| prev.starts_with(w))
        || crate::normalize::find_pair(prev, b'.', b' ').is_some_and(|k| k > 0 && prev[..k].chars().all(|c| "IVXL".contains(c)));
    // (the body's own test of a finished sentence, or a list item's comma, or an ellipsis)
    !heading && !crate::body::ends_sentence(prev) && !prev.ends_with([',', '…'])
}

/// The closing formula of a notice ("Thường trực Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.", "Văn phòng
/// UBND tỉnh thông báo ý kiến kết luận của Chủ tịch UBND tỉnh để các cơ quan, đơn vị biết, thực hiện./."): the issuer
/// telling who reads it, not work given to a unit. One sentence, whose "thông báo ... để ... biết" is its whole point.
fn notice_formula(t: &str) -> bool {
    let Some(k) = find_fixed!(t, " thông báo ") else { return false };
    let rest = &t[k..];
    sentence_starts(t).next().is_none()
        && rest.len() < 300
        && find_fixed!(rest, " để ").is_some_and(|d| rest[d..].contains(" biết"))
        && !["giao ", "Giao ", "yêu cầu", "đề nghị", "trách nhiệm", "chủ trì"].iter().any(|w| t.contains(w))
}

/// The enacting formula of a normative text ("Theo đề nghị của ..., Bộ trưởng Bộ Tài chính ban hành Thông tư quy
/// định ..."): the issuer issuing this very text, not work given to a unit.
fn enacting_formula(t: &str) -> bool {
    // (the formula's words open with "ban hành": a line without "ban h" in any case has none of them and is not
    // lowercased; only İ and the Kelvin sign lowercase to ASCII letters, neither in "ban h")
    static BAN_H: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ban_h = BAN_H.get_or_init(|| aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(["ban h"]).expect("fixed words"));
    if !ban_h.is_match(t) {
        return false;
    }
    let l = to_lower(t);
    let issues_a_text = ["ban hành thông tư", "ban hành nghị định", "ban hành quyết định", "ban hành nghị quyết", "ban hành luật", "ban hành chỉ thị"]
        .iter()
        .any(|p| l.contains(p));
    // "giao" the verb (to assign), not "giao thông" in a field's name ("lĩnh vực hàng hải; giao thông đường bộ")
    let giao = l.match_indices("giao ").any(|(i, _)| {
        let rest = &l[i + "giao ".len()..];
        !["thông", "dịch", "lưu", "nhận"].iter().any(|w| rest.starts_with(w)) && !l[..i].ends_with("ngoại ")
    });
    issues_a_text && !giao && !l.contains("chủ trì") && !l.contains("trách nhiệm")
}

/// The units of each "Giao X <verb> ..." clause (at the start of a sentence or clause, "Giao" or "giao"), up to their
/// verb, whatever the verb: what [`re_giao`] leaves for want of one of its verbs.
fn giao_clauses(flat: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (i, _) in flat.match_indices("iao ") {
        if !(flat[..i].ends_with('G') || flat[..i].ends_with('g')) {
            continue;
        }
        let before = flat[..i - 1].trim_end();
        if !(before.is_empty() || before.ends_with(['.', ';', ':', ','])) {
            continue;
        }
        if let Some(units) = units_before_verb(&flat[i + "iao ".len()..]) {
            out.push(units);
        }
    }
    out
}

/// Where the first verb of `t` stands, one of [`VERBS`] or one that ends a subject ([`SUBJECT_END_VERBS`]): where the
/// units that open `t` end.
fn verb_at(t: &str) -> Option<usize> {
    [first_verb(t), Some(subject_end(t)).filter(|&e| e < t.len())].into_iter().flatten().min()
}

/// The units that open `rest` up to their verb, whatever the verb ("Sở Tài chính tổng hợp ..." -> "Sở Tài chính"),
/// when every piece is a unit: the one given work after "Giao" or "Ủy quyền cho".
fn units_before_verb(rest: &str) -> Option<Vec<String>> {
    let head = &rest[..crate::references::floor_boundary(rest, rest.len().min(240))];
    units_of(&head[..verb_at(head)?])
}

/// The units `t` lists ([`split_units`]), when it lists some and every piece opens a unit.
fn units_of(t: &str) -> Option<Vec<String>> {
    let units = split_units(t);
    (!units.is_empty() && units.iter().all(|u| starts_unit(u))).then_some(units)
}

fn chu_tri(t: &str) -> Assign {
    let mut a = Assign::default();
    for c in chu_tri_matches(t) {
        // "Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp ...": chairing a meeting is no task
        // (an event told with its date: "Ngày 06 tháng 6 năm 2025, ..."; a duty to chair stays a task)
        let after = &t[c.end..];
        let dated = ["Ngày ", "Sáng ngày ", "Chiều ngày ", "Vào ngày ", "Tối ngày "].iter().any(|d| c.clause.trim_start().starts_with(d));
        if dated && c.partners.is_none() && ["cuộc họp", "hội nghị", "buổi làm việc", "phiên họp", "cuộc làm việc"].iter().any(|m| after.trim_start().starts_with(m)) {
            continue;
        }
        let subj = bracket_role_subject(t, c.clause).unwrap_or(c.clause).trim();
        // ("1. Sở Khoa học và Công nghệ: là cơ quan thường trực, chủ trì, phối hợp với ...": the unit before its role, not
        // the role's noun, bacninh_kh_301 III.1)
        let subj = if subj.starts_with("là ") || subj.contains(": là ") {
            let head = strip_label(t.trim_start());
            head.find(": là ").map(|k| head[..k].trim()).filter(|u| u.len() < 160 && starts_unit(u) && !u.contains(['.', ';', '\n'])).unwrap_or(subj)
        } else {
            subj
        };
        // ("... công việc được giao chủ trì", "... soạn thảo văn bản ... hoặc chủ trì xây dựng ...": the verb of a
        // clause, not X leading; "... có đủ nguồn lực ... để chủ trì tổ chức nghiên cứu ...": a purpose, in a definition)
        if ["được giao", " giao", " hoặc", " và", " được", " để"].iter().any(|e| subj.ends_with(e)) {
            continue;
        }
        // "Cơ quan nhận báo cáo, cơ quan chủ trì điều tra có trách nhiệm ...": "cơ quan chủ trì" is a name (the
        // leading agency), not "X chủ trì"
        if ["cơ quan", "đơn vị", "Cơ quan", "Đơn vị"].iter().any(|h| subj == *h || (subj.ends_with(h) && subj[..subj.len() - h.len()].ends_with(' ') && !subj.ends_with(" là cơ quan"))) {
            continue;
        }
        // ("..., Sở Tài chính có trách nhiệm chủ trì, phối hợp với ...": the duty's words before "chủ trì")
        let subj = [" có trách nhiệm", " chịu trách nhiệm", " phải"].iter().find_map(|w| subj.strip_suffix(w)).unwrap_or(subj).trim_end();
        // ("Ban cán sự đảng UBND tỉnh chỉ đạo Sở Nội vụ chủ trì, phối hợp với ...": the unit directed leads, GOLD.md;
        // namdinh_hd_14 II.4)
        let subj = subj.rsplit_once(" chỉ đạo ").map(|(_, d)| d.trim()).filter(|d| starts_unit(d) && d.starts_with(char::is_uppercase)).unwrap_or(subj);
        // ("Trong thời hạn 10 ngày làm việc kể từ ngày nhận được danh sách của Ủy ban nhân dân cấp xã, Sở Nông nghiệp và Môi
        // trường chủ trì, ...": the subject after an opening clause, not the opener's own units)
        let subj = after_opener(subj);
        // the subject is the tail of the clause that names units: "Sở Văn hóa, Thể thao và Du lịch"
        let subj = last_unit_phrase(subj);
        let Some(subj) = subj else { continue };
        // "Bố trí kinh phí cho công tác giám định ... do Sở Xây dựng chủ trì": the agent of a clause that describes
        // the work ("done under X's lead"), not X given it
        let clause = c.clause.trim_end();
        if clause.strip_suffix(subj).is_some_and(|h| h.ends_with(" do ")) {
            continue;
        }
        let lead = split_units(subj);
        // ("phối hợp với Bộ Tài chính và các cơ quan, tổ chức có liên quan hướng dẫn ...": the pattern stops at ", tổ
        // chức", which is the noun of a list there; the partners then run to the clause's end and are cut there)
        let support = c
            .partners
            .map(|(start, text)| {
                let p = if text.trim_end().ends_with(',') {
                    let rest = &t[start..];
                    &rest[..rest.find([';', '.']).unwrap_or(rest.len())]
                } else {
                    text
                };
                support_units(split_units(p))
            })
            .unwrap_or_default();
        a.merge(Assign { lead, support });
    }
    a
}

/// The clause before the bracket when `clause` (a slice of `t`) is the inside of one, up to its closing bracket: the
/// clause of "chủ trì" holds no "(", so "Giao Sở Nông nghiệp và Môi trường (cơ quan thường trực Chương trình ...) chủ
/// trì, ..." gives the role in the bracket; the unit is before it (thaibinh_tb_57 II.2). Read back at most 300 bytes,
/// to the clause's start (after ":", ";", "." or a line's start).
fn bracket_role_subject<'t>(t: &'t str, clause: &'t str) -> Option<&'t str> {
    let inner = clause.trim_end();
    if !inner.ends_with(')') || inner.contains('(') {
        return None;
    }
    // (`clause` is a slice of `t`: where it starts in it)
    let off = (clause.as_ptr() as usize).checked_sub(t.as_ptr() as usize).filter(|&o| o + clause.len() <= t.len())?;
    let open = t.get(..off)?.trim_end().strip_suffix('(')?.trim_end();
    let from = crate::references::floor_boundary(open, open.len().saturating_sub(300));
    let head = &open[from..];
    let start = head.rfind([':', ';', '.', '\n']).map_or(0, |k| k + 1);
    let subj = head[start..].trim();
    (!subj.is_empty()).then_some(subj)
}

/// The unit phrase at the end of a clause: "Truyền thông trên báo chí tỉnh: Sở Văn hóa..." -> "Sở Văn hóa...".
fn last_unit_phrase(s: &str) -> Option<&str> {
    let s = s.rsplit(':').next().unwrap_or(s).trim();
    if starts_unit(s) {
        return Some(s);
    }
    // find the last word boundary where a unit starts
    let mut best = None;
    for (i, _) in s.char_indices() {
        if (i == 0 || s[..i].ends_with(' ')) && starts_unit(&s[i..]) {
            let before = s[..i].trim_end();
            if before.ends_with(',') || before.ends_with(':') || before.is_empty() || best.is_none() {
                best = Some(&s[i..]);
                break;
            }
        }
    }
    best
}

/// Where a subject starts when a list head and its colon stand before it: "Các Bộ: Y tế, Công Thương ..." (the regexes
/// stop at a colon).
fn list_head_start(flat: &str, start: usize) -> usize {
    let before = flat[..start].trim_end();
    // (longest first: "Giám đốc các Sở:" before "các Sở:")
    for head in ["Giám đốc các Sở:", "Giám đốc các sở:", "Bộ trưởng các Bộ:", "Các Bộ:", "các Bộ:", "Các Sở:", "các Sở:", "Các sở:", "các sở:"] {
        if let Some(b) = before.strip_suffix(head) {
            // "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Công Thương, ...": a unit before the head, in the
            // same segment, belongs to it too
            let bt = b.trim_end();
            if let Some(prev) = bt.strip_suffix(',') {
                let seg = prev.rfind(['.', ';', ':', '\n']).map_or(0, |p| p + 1);
                let phrase = prev[seg..].trim_start();
                if starts_unit(phrase) && first_verb(phrase).is_none() && phrase.len() < 200 {
                    return prev.len() - phrase.len();
                }
            }
            if b.is_empty() || b.ends_with([' ', '.', ';']) {
                return b.len();
            }
        }
    }
    start
}

/// The units a task works with ("phối hợp với ..."): [`strip_tail_clause`], and each cut where a verb that ends a
/// subject starts ("Sở Khoa học và Công nghệ nâng cấp hệ thống ...", "Sở Xây dựng thẩm định,"). Only for support:
/// a lead is cut by the rules that found it.
fn support_units(units: Vec<String>) -> Vec<String> {
    // (verbs that may follow a partner's name, beyond those that end a subject: "... phối hợp với Sở Khoa học và
    // Công nghệ đầu tư phát triển hạ tầng ...", "... với UBND các huyện có dịch khoanh vùng, tiêu hủy ...")
    // (" điều tra, xử lý ...": the verb in a list of verbs; "Cơ quan Cảnh sát điều tra" is a name)
    // (" tích hợp ", " bảo vệ ", " xác định ": "... phối hợp với Cục Hóa chất tích hợp thủ tục ...", "... với đơn vị quản lý
    // tài sản bảo vệ ...", "... với Sở Tài chính xác định giá trị thiệt hại")
    // (" tập huấn ", " vận động ", " trao đổi ", " khai thác ", " rà soát ": "... phối hợp với Bộ Nông nghiệp và Môi trường tập
    // huấn kỹ năng ...", "... với Công an tỉnh trao đổi thông tin ...", "... với Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh
    // vận động ..."; in lower case only: "Ban Vận động ..." is a name)
    // (" chia sẻ", " nâng cao ", " tuần tra", " xác minh", " lãnh đạo ", " đăng tải ": the same, in soctrang_kh_203,
    // sonla_qd_24, cp_nd_87, sonla_kh_312)
    // (" về các việc ", " về các nội dung ": what the work with them is about, "... phối hợp với cơ quan thi hành án dân sự về
    // các việc sau đây:", cb_nghi-dinh-so-152 Điều 107)
    // (" thông tin kịp thời": to inform, "... phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các huyện, thị xã,
    // thành phố thông tin kịp thời, chính xác về tình hình sạt lở ...", vinhlong_ct_05 7; not the noun, "cung cấp thông tin")
    // (" khảo sát ": "... phối hợp với ... Ủy ban nhân dân các huyện, thành phố khảo sát nhu cầu học nghề ...", hagiang_nq_08)
    const AFTER_PARTNER: [&str; 31] = [
        " đầu tư ", " nâng cấp ", " cân đối", " khoanh vùng", " ký kết ", " nhằm ", " giám sát", " tổng kết", " thanh tra", " điều tra, ",
        " thống nhất với ", " tích hợp ", " bảo vệ ", " xác định ", " tập huấn ", " vận động ", " trao đổi ", " khai thác ", " rà soát ",
        " thu hồi", " chia sẻ", " nâng cao ", " tuần tra", " xác minh", " lãnh đạo ", " đăng tải ", " huy động ", " về các việc ",
        " về các nội dung ", " thông tin kịp thời", " khảo sát ",
    ];
    // (the first place where any of them starts, the leftmost-first match: one search, not one per verb)
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ac = AC.get_or_init(|| aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build(AFTER_PARTNER).expect("fixed words"));
    strip_tail_clause(units)
        .into_iter()
        .map(|u| {
            let mut e = subject_end(&u);
            // (not a verb inside a name, [`in_name`]: "Công ty TNHH Nhà nước MTV Quản lý khai thác công trình thủy lợi Huế")
            if let Some(k) = ac.find_iter(&u).find(|m| m.start() > 0 && !in_name(&u[..m.start()], AFTER_PARTNER[m.pattern().as_usize()].trim())).map(|m| m.start()) {
                e = e.min(k);
            }
            // ("... phối hợp với UBND cấp xã quản lý hoạt động ...", "... với Bộ Công Thương bổ sung chỉ tiêu ...": a
            // complete name, then its own verb, whatever the verb)
            if let Some(k) = crate::units::name_end(&u) {
                e = e.min(k);
            }
            let u = u[..e].trim().trim_end_matches([',', ';']).trim_end();
            // ("... (Bộ X chủ trì, phối hợp với các bộ quản lý ngành, lĩnh vực)": the bracket the partners stood in)
            let u = if u.ends_with(')') && u.matches('(').count() < u.matches(')').count() { u[..u.len() - 1].trim_end() } else { u };
            u.to_string()
        })
        .filter(|u| !u.is_empty())
        .collect()
}

/// Drop what follows the units in a "phối hợp với ..." phrase ("các đơn vị liên quan tổ chức ...").
fn strip_tail_clause(units: Vec<String>) -> Vec<String> {
    const STOPS: [&str; 7] = [" tổ chức", " thực hiện", " triển khai", " xây dựng", " định kỳ", " để ", " căn cứ"];
    // (a unit holding none of them, most, is passed over in one search)
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ac = AC.get_or_init(|| aho_corasick::AhoCorasick::new(STOPS).expect("fixed words"));
    units
        .into_iter()
        .map(|u| {
            let mut u = u;
            for &stop in if ac.is_match(&u) { &STOPS[..] } else { &[] } {
                // (", tổ chức" in a list of kinds is the noun: "các cơ quan, tổ chức có liên quan"; a verb inside a name,
                // [`in_name`]: "công trình xây dựng", "Ban Quản lý dự án đầu tư xây dựng ...")
                if let Some(i) = u.match_indices(stop).map(|(i, _)| i).find(|&i| !(stop == " tổ chức" && u[..i].ends_with(',')) && !in_name(&u[..i], stop.trim_start())) {
                    if i > 0 {
                        u.truncate(i);
                    }
                }
            }
            // "các sở, ngành rà soát danh mục ...": the units end where a verb starts
            if let Some(i) = first_verb(&u).filter(|&i| i > 0) {
                u.truncate(i);
            }
            u.trim().to_string()
        })
        .filter(|u| !u.is_empty())
        .collect()
}

/// "Trách nhiệm của Bộ Tư pháp", "Nhiệm vụ, quyền hạn của Sở Y tế": the units whose duties the item lists.
fn duty_heading(title_line: &str) -> Option<Vec<String>> {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| {
        // ("Nhiệm vụ, quyền hạn, trách nhiệm của Ban Chỉ đạo ...", "Các nhiệm vụ, quyền hạn khác của Bộ Tư pháp theo quy
        // định tại ... bao gồm:")
        Regex::new(r"^(?:Các )?(?:Trách nhiệm|trách nhiệm|Nhiệm vụ|nhiệm vụ)(?:,? (?:quyền hạn|trách nhiệm))*(?: và (?:quyền hạn|trách nhiệm))?(?: khác| chung)?\s+(?:của|thuộc)\s+(.+?)(?: bao gồm)?\.?$").unwrap()
    });
    // "Tổ hợp công nghiệp an ninh quốc gia có chức năng, nhiệm vụ sau đây:", "Bộ Tài chính có các nhiệm vụ sau:"
    static R2: OnceLock<Regex> = OnceLock::new();
    let re2 = R2.get_or_init(|| {
        Regex::new(r"^(.+?) (?:có|thực hiện) (?:các |những )?(?:chức năng, )?(?:nhiệm vụ|trách nhiệm)(?:,? quyền hạn)?(?: (?:như )?sau(?: đây)?)?\s*:$").unwrap()
    });
    // (each regex only where it can match: the second ends with a colon, the first opens with its words)
    let line = title_line.trim().trim_start_matches(['“', '"']);
    if let Some(c) = Some(line).filter(|l| l.ends_with(':')).and_then(|l| re2.captures(l)) {
        let who = strip_label(c.get(1).unwrap().as_str()).trim();
        // "Trong phạm vi nhiệm vụ, quyền hạn của mình, Ủy ban nhân dân các cấp có trách nhiệm sau đây:": the scope
        // before the units
        // (and the time or case before them: "Khi chỉ đạo việc tổ chức cưỡng chế ..., Ủy ban nhân dân cấp tỉnh có nhiệm
        // vụ, quyền hạn:")
        // ("Trong công tác phát triển chợ, Ủy ban nhân dân cấp huyện có trách nhiệm:")
        let who = match ["Trong ", "Khi ", "Trường hợp "].iter().find_map(|p| who.strip_prefix(p)) {
            Some(r) => crate::normalize::pair_positions(r, b',', b' ').map(|i| &r[i + 2..]).find(|x| starts_unit(x) && x.starts_with(char::is_uppercase)).unwrap_or(who),
            None => who,
        };
        let units = split_units(who);
        if !units.is_empty() && units.iter().all(|u| starts_unit(u)) && first_verb(who).is_none() && !who.contains(['.', ':']) {
            return Some(units);
        }
    }
    // "Trách nhiệm của Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh: Triển khai ...": the heading ends at its colon
    let title_line = title_line.split_once(':').map_or(title_line, |(h, _)| h);
    let head = title_line.trim().trim_end_matches(':').trim_end();
    if !(head.starts_with("Trách nhiệm") || head.starts_with("Nhiệm vụ") || head.starts_with("Các nhiệm vụ") || head.starts_with("Các trách nhiệm")) {
        return None;
    }
    let c = re.captures(head)?;
    let mut who = c[1].to_string();
    for stop in [" trong ", " về ", " đối với ", " khi ", " theo quy định"] {
        // ("... các thành viên khác trong đoàn đánh giá": the body they belong to, not the field of the duty)
        // ("Cục Quản lý và Phát triển thị trường trong nước": "trong nước", domestic, is part of the name; bct_tt_27 Điều 11)
        let member_of = |i: usize| stop == " trong " && ["đoàn", "ban ", "hội đồng", "tổ ", "Hội đồng", "Ban ", "nước"].iter().any(|b| who[i + stop.len()..].starts_with(b));
        if let Some(i) = who.find(stop).filter(|&i| !member_of(i)) {
            who.truncate(i);
        }
    }
    if let Some(units) = units_of(&who) {
        return Some(units);
    }
    // "Nhiệm vụ của đoàn đánh giá", "Trách nhiệm của người đại diện phần vốn nhà nước tại công ty": whatever
    // follows "của" in such a heading is the one who must act, named or not
    let who = who.trim();
    let words = who.split_whitespace().count();
    if !(words >= 2 && words <= 20 && !has_verb(who) && !who.contains(':')) {
        return None;
    }
    // "Trách nhiệm của tổ chức đại diện người lao động và tổ chức đại diện người sử dụng lao động": two bodies
    if let Some((a, b)) = who.split_once(" và ") {
        let head = |x: &str| x.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        if a.split_whitespace().count() >= 2 && head(a) == head(b) {
            return Some(vec![a.to_string(), b.to_string()]);
        }
    }
    Some(vec![who.to_string()])
}

/// A heading that names units: "Các cơ quan báo chí tỉnh: Đề cao ..." -> its units.
fn heading_units(title_line: &str) -> Option<Vec<String>> {
    let (head, rest) = title_line.split_once(':')?;
    // ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh: Hướng dẫn, chỉ đạo ...": the units asked)
    let head = head.trim();
    let head = ["Đề nghị ", "Giao "].iter().find_map(|p| head.strip_prefix(p)).unwrap_or(head);
    let mut head = head.trim().to_string();
    // "Các Bộ: Y tế, Công Thương: ..." -> the list up to the second colon
    if ["Các Bộ", "các Bộ", "Các Sở", "các Sở", "Các sở", "các sở", "Giám đốc các Sở", "Giám đốc các sở"].contains(&head.as_str()) {
        let list = rest.split(':').next().unwrap_or(rest);
        head = format!("{head}: {}", list.trim());
    }
    // "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, ..., Nghệ An theo dõi chặt chẽ ...": the
    // places named after the colon are part of the unit, up to its verb (ttg_cd_45; GOLD.md: a group stays one unit)
    const PLACES: [&str; 6] = ["các tỉnh, thành phố", "các tỉnh", "các huyện, thị xã, thành phố", "các huyện, thành phố", "các huyện", "các xã, phường, thị trấn"];
    if PLACES.iter().any(|p| head.ends_with(p)) && rest.trim_start().starts_with(char::is_uppercase) && !starts_with_verb(rest.trim_start()) {
        let r = rest.trim_start();
        let r = r.split(':').next().unwrap_or(r);
        let end = verb_at(r).unwrap_or(r.len());
        let list = r[..end].trim().trim_end_matches([',', ';']).trim_end();
        if !list.is_empty() && list.split(", ").all(|n| n.starts_with(char::is_uppercase) && n.split_whitespace().count() <= 4) {
            head = format!("{head}: {list}");
        }
    }
    let mut head = head.as_str();
    // "1. Công an tỉnh (Cơ quan thường trực Tổ công tác triển khai Đề án 06 tỉnh):": the unit, without the bracket that
    // says its role (a bracket without a verb stays: "Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê)")
    if head.ends_with(')') {
        if let Some(k) = head.rfind('(').filter(|&k| k > 0) {
            let unit = head[..k].trim_end();
            // (or a description in lower case, "(chủ đầu tư)", "(chủ đầu tư 27 dự án với kế hoạch vốn 2.314 tỷ đồng, ...)",
            // where a part of the unit is named in capitals: "(Tổng cục Thống kê)")
            let described = head[k + 1..].starts_with(char::is_lowercase) || head[k..].contains(|c: char| c.is_ascii_digit());
            if (has_verb(head) || described) && !has_verb(unit) {
                head = unit;
            }
        }
    }
    // "c) Cơ quan quản lý nhà nước về quyền tác giả, quyền liên quan trong trường hợp sau: ...": which body it is in
    // which case, not a heading of its work
    if head.contains(" trong trường hợp") {
        return None;
    }
    // "Doanh nghiệp dịch vụ nộp 01 bộ hồ sơ ... tại https://...": a sentence with a verb (and a URL), not a heading
    // ("Các tổ chức, cá nhân được cấp giấy phép khai thác cát, sỏi lòng sông:" over its points: the licensed, a kind of
    // body, ninhbinh_ct_11 8; only as a heading: "Tổ chức, cá nhân được cấp giấy phép ... phải nộp ..." is an applicant's
    // duty, GOLD.md)
    let licensed;
    let verb_head = if head.contains(" được cấp giấy phép") {
        licensed = head.replace(" được cấp giấy phép", "");
        licensed.as_str()
    } else {
        head
    };
    if has_verb(verb_head) || rest.starts_with("//") || subject_end(head) < head.len() {
        return None;
    }
    // "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, ...": the colon opens a list of names, not a heading
    if ["Giám đốc các Sở", "Giám đốc các sở", "các Bộ", "các Sở", "các sở", "Bộ trưởng các Bộ"].iter().any(|p| head.ends_with(p) && head.len() > p.len()) {
        return None;
    }
    // (a list of many units runs long: "Bộ, cơ quan ngang Bộ, ..., Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương và
    // các cơ quan liên quan:" is 185 characters)
    if head.is_empty() || head.chars().count() > 300 || !starts_unit(head) {
        return None;
    }
    // "Cơ quan hợp tác truyền thông" is a field name, not a unit heading; "Cách thức ..." neither
    let lower = to_lower(head);
    if ["cơ quan hợp tác", "đơn vị ", "cách thức", "thời gian", "nội dung", "hình thức", "kinh phí"].iter().any(|p| lower.starts_with(p)) {
        return None;
    }
    Some(split_units(head))
}

/// A verb in what should be a list of units: then it is a clause, not a heading ("Chủ tịch ... có quyền").
fn has_verb(t: &str) -> bool {
    // (the same subjects and headings are asked again by several rules: see crate::memo)
    thread_local! {
        static VERBS: crate::memo::Cache<bool> = Default::default();
    }
    crate::memo::cached(&VERBS, t, 256, || has_verb_of(t))
}

fn has_verb_of(t: &str) -> bool {
    // a capital "Cấp" after a word is part of a name, not the verb: "Công ty Cổ phần Cấp thoát nước Tiền Giang",
    // "Xí nghiệp Cấp nước" (tiengiang_cd_03 2.)
    let named;
    // (after a letter: "... . Cấp giấy phép" opens a sentence with the verb)
    let after_word = |i: usize| t[..i].chars().next_back().is_some_and(char::is_alphabetic);
    let t = if t.match_indices(" Cấp ").any(|(i, _)| after_word(i)) {
        let mut out = String::with_capacity(t.len());
        let mut last = 0;
        for (i, _) in t.match_indices(" Cấp ").filter(|&(i, _)| after_word(i)) {
            out.push_str(&t[last..i]);
            out.push_str(" Cấp_");
            last = i + " Cấp ".len();
        }
        out.push_str(&t[last..]);
        named = out;
        named.as_str()
    } else {
        t
    };
    let mut t = format!(" {} ", to_lower(t));
    // "cơ quan, tổ chức phải thi hành án": the party that owes a judgment (a name, as in find_modal), not "must"
    if t.contains(" phải thi hành án") {
        t = t.replace(" phải thi hành án", " phải_thi_hành_án");
    }
    // "Ủy ban nhân dân cấp xã có cụm công nghiệp trên địa bàn", "UBND các huyện, thành phố có đê": what the unit has on
    // its territory names it (data/place_features.txt), after a level or a place
    if t.contains(" có ") {
        t = mask_place_features(&t);
    }
    // "cấp" the noun (level: "các cấp ủy", "Ủy ban nhân dân cấp xã"), not the verb (to grant)
    if t.contains(" cấp ") {
        // ("chủ tịch ủy ban nhân dân các cấp", "bí thư cấp ủy cùng cấp": every level, the same level)
        t = t.replace(" các cấp ", " các_cấp ").replace(" cùng cấp ", " cùng_cấp ");
        for lvl in ["ủy", "uỷ", "xã", "huyện", "tỉnh", "trung ương", "cơ sở", "trên", "dưới", "có thẩm quyền", "bộ"] {
            t = t.replace(&format!(" cấp {lvl}"), &format!(" cấp_{lvl}"));
        }
    }
    // "các Sở, ban, ngành, đoàn thể có liên quan", "cơ quan có thẩm quyền": part of a group's name, not a verb
    if t.contains(" có ") {
        // ("... có liên quan đến việc thành lập ...": a clause)
        t = t.replace(" có liên quan", " có_liên_quan").replace(" có_liên_quan đến", " có liên quan đến");
        // ("cơ quan có thẩm quyền" names a body; "Viện kiểm sát nhân dân có thẩm quyền kiểm sát ...": a power)
        let mut out = String::with_capacity(t.len());
        let mut rest = t.as_str();
        while let Some(i) = rest.find(" có thẩm quyền") {
            let after = &rest[i + " có thẩm quyền".len()..];
            let ends = after.trim_start().is_empty() || after.starts_with([',', ';', ')', '.']) || [" của", " theo", " cấp", " và"].iter().any(|w| after.starts_with(w));
            out.push_str(&rest[..i]);
            out.push_str(if ends { " có_thẩm_quyền" } else { " có thẩm quyền" });
            rest = after;
        }
        out.push_str(rest);
        t = out;
    }
    // "Phòng Người có công", "người có công với cách mạng": people of merit, a name, not "has"
    if t.contains(MERIT) {
        t = t.replace(MERIT, "người_có_công");
    }
    // "đơn vị sự nghiệp công lập", "trường công lập": public, not the verb "lập" ("Các đơn vị sự nghiệp công lập trực
    // thuộc UBND Thành phố" heads its points, hanoi_hd_38 III.3); "Phòng Người có công lập dự toán" was masked above
    if t.contains(" công lập") {
        t = t.replace(" công lập", " công_lập");
    }

    // "cán bộ tiếp nhận hồ sơ": the name of a role, not the verb
    if t.contains(" tiếp nhận") {
        for role in ["cán bộ", "công chức", "bộ phận"] {
            t = t.replace(&format!(" {role} tiếp nhận"), &format!(" {role}_tiếp_nhận"));
        }
    }
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::new([
            " có ", " được ", " phải ", " họp ", " cam kết", " đã ", " là ", " gồm", " thực hiện", " áp dụng", " cụ thể",
            // ("cơ quan thi hành án nên không thể yêu cầu ...", "Chấp hành viên hoặc cần ngăn chặn ...": a clause)
            " nên ", " cần ", " không thể",
            " sau đây", " như sau", " báo cáo", " quyết định", " xử lý", " tiếp nhận", " gửi", " lập ", " cấp ",
            " xử phạt", " đối với", " cho ",
        ])
        .expect("fixed words")
    })
    .is_match(&t)
}

/// "người có công": people of merit (the veterans' and martyrs' families a "Phòng Người có công" serves), where "có" is
/// no verb and "lập" after it is one (not "có công văn", an official letter).
const MERIT: &str = "người có công";

/// Does `before` (up to the space before a verb) end with "người có công" / "Người có công"?
fn merit_before(before: &str) -> bool {
    let b = before.trim_end();
    b.ends_with(MERIT) || b.ends_with("Người có công")
}

/// Words of a local level or place that a unit's name may end with before "có <feature>" ([`mask_place_features`]).
const PLACE_LEVELS: [&str; 14] = ["cấp xã", "cấp huyện", "cấp tỉnh", "xã", "huyện", "tỉnh", "thành phố", "thị xã", "thị trấn", "phường", "đặc khu", "địa phương", "nơi", "trực thuộc trung ương"];

/// `t` (lower case, spaced) with each " có " that qualifies a local unit's name by a feature of its territory
/// (data/place_features.txt) written " có_": not a verb to [`has_verb`].
fn mask_place_features(t: &str) -> String {
    static F: OnceLock<Vec<&'static str>> = OnceLock::new();
    let features = F.get_or_init(|| crate::tables::data_lines(include_str!("../data/place_features.txt")).collect());
    let mut out = String::with_capacity(t.len());
    let mut from = 0;
    for (i, _) in t.match_indices(" có ") {
        let (before, after) = (&t[..i], &t[i + " có ".len()..]);
        let whole = |w: &str| after.starts_with(w) && after[w.len()..].chars().next().map_or(true, |c| !crate::normalize::is_alnum(c));
        if PLACE_LEVELS.iter().any(|l| before.strip_suffix(l).is_some_and(|b| b.ends_with([' ', ',']))) && features.iter().any(|f| whole(f)) {
            out.push_str(&t[from..i]);
            out.push_str(" có_");
            from = i + " có ".len();
        }
    }
    out.push_str(&t[from..]);
    out
}

/// The deadline a time field gives: with a preposition as in running text, or a bare date or period ("Thời gian:
/// tháng 10/2024", "Thời hạn: 15/12/2024").
pub(crate) fn field_deadline(v: &str) -> (Option<String>, Option<String>) {
    let d = deadline(v);
    if d.1.is_some() {
        return d;
    }
    let words = v.trim().trim_end_matches(['.', ';']).trim();
    // "Năm 2025" alone in a time field: the year
    // ("Năm 2025-2026": the last year of the range)
    let year = || {
        let l = to_lower(words);
        // (or bare in a table's time cell: "2026 - 2028")
        // (or a season of it: "Mùa khô năm 2025", daklak_kh_88 Phụ lục.II.4)
        let l = ["mùa khô ", "mùa mưa bão ", "mùa mưa lũ ", "mùa mưa "].iter().find_map(|m| l.strip_prefix(m)).unwrap_or(&l);
        // (a school year, its last: "Năm học 2025 - 2026" in a table's time cell, bacninh_kh_301 Phụ lục.III.2)
        // (and a period: "giai đoạn 2027 - 2030", its last year)
        let y = l.strip_prefix("năm ").or_else(|| l.strip_prefix("trong năm ")).map(|r| r.strip_prefix("học ").unwrap_or(r)).or_else(|| l.strip_prefix("giai đoạn ")).unwrap_or(l).trim();
        let ok = y.len() == 4 || y.split(['-', '–']).map(str::trim).all(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()));
        ok.then(|| last_year(y)).flatten()
    };
    let iso = parse_date_prefix(words).and_then(|d| d.date).map(|d| d.iso()).or_else(|| parse_period(words).map(|p| p.iso())).or_else(year);
    match iso {
        Some(i) => (Some(i), Some(words.to_string())),
        None => (None, None),
    }
}

/// The value of a time field: "- Thời gian: định kỳ hằng tháng." -> "định kỳ hằng tháng."
fn time_field(line: &str) -> Option<&str> {
    let l = line.trim_start_matches(['-', '+', '•', ' ']);
    ["Thời gian thực hiện:", "Thời gian hoàn thành:", "Thời hạn hoàn thành:", "Thời gian:", "Thời hạn:"]
        .iter()
        .find_map(|f| l.strip_prefix(f))
}

fn is_attribute_line(t: &str) -> bool {
    // the field names as they open a line, capitalized or not (no lowercasing of the whole text)
    // ("cơ quan chủ trì" with its colon: "Cơ quan chủ trì soạn thảo có trách nhiệm ..." is a sentence)
    const FIELDS: [&str; 14] = [
        "đơn vị thực hiện",
        "đơn vị phối hợp",
        "đơn vị chủ trì",
        "đơn vị cung cấp thông tin",
        "cách thức",
        "cơ quan hợp tác",
        "thời gian",
        "cơ quan chủ trì:",
        "cơ quan phối hợp:",
        "cơ quan thực hiện:",
        "cơ quan chủ trì thực hiện:",
        "cơ quan phối hợp thực hiện:",
        "thời hạn:",
        "thời hạn hoàn thành:",
    ];
    let l = t.trim_start_matches(['-', '+', '•', ' ']);
    let mut cs = l.chars();
    let Some(first) = cs.next() else { return false };
    let rest = cs.as_str();
    // (the first character's lowercase once, a single character or none)
    let mut lower = first.to_lowercase();
    let Some(l0) = lower.next().filter(|_| lower.next().is_none()) else { return false };
    FIELDS.iter().any(|f| {
        let mut fc = f.chars();
        let f0 = fc.next().unwrap();
        l0 == f0 && rest.starts_with(fc.as_str())
    })
}

/// The direct sub-items of each item, in text order.
fn children_of(items: &[Item]) -> Vec<Vec<usize>> {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    for (j, it) in items.iter().enumerate() {
        if let Some(p) = it.parent {
            children[p].push(j);
        }
    }
    children
}

/// Extract the tasks of the assembled text from its outline. `limit` is where the footnotes begin.
pub fn extract(text: &str, items: &[Item], limit: usize) -> Vec<Task> {
    extract_with(text, items, limit, &strict_items(items))
}

/// [`extract`] with the items' strict flags ([`strict_items`]) computed by the caller.
pub fn extract_with(text: &str, items: &[Item], limit: usize, strict: &[bool]) -> Vec<Task> {
    extract_quoted(text, items, limit, strict, &consolidation_quotes(text, items, is_consolidated(text)))
}

/// [`extract_with`] with the items a consolidated text quotes ([`consolidation_quotes`]) computed by the caller, which
/// passes them to [`later_paragraphs_quoted`] too.
pub fn extract_quoted(text: &str, items: &[Item], limit: usize, strict: &[bool], quoted: &[bool]) -> Vec<Task> {
    let mut tasks = Vec::new();
    let n = items.len();
    let children = children_of(items);
    let own_end = |i: usize| children[i].first().map_or(items[i].end, |&c| items[c].start);
    let label_len = |i: usize| items[i].label.len();
    // each item's own text (capped: a sentence that assigns work is never longer), cut once for all the rules below
    let own_text = |i: usize| {
        let s = items[i].start;
        let e = own_end(i).min(limit).max(s);
        let own = &text[s..crate::references::floor_boundary(text, e.min(s + 2000)).max(s)];
        // the closing paragraph of a letter after the last item ("Yêu cầu Thủ trưởng các sở, ngành ... nghiêm túc
        // triển khai thực hiện./.") is not part of that item
        // (an article's last paragraph is its body: "Điều 10. Trách nhiệm tổ chức thực hiện\n\nChánh Văn phòng ...
        // chịu trách nhiệm thi hành Thông tư này./.")
        if items[i].kind == LabelKind::Article {
            return own;
        }
        match finder!("\n\n").find_iter(own.as_bytes()).find(|&k| own[k..].trim_start().lines().next().is_some_and(|l| l.trim_end().ends_with("./."))) {
            Some(k) => &own[..k],
            None => own,
        }
    };
    let own_texts: Vec<&str> = (0..n).map(own_text).collect();
    let own_text = |i: usize| own_texts[i];
    let attribute: Vec<bool> = (0..n).map(|i| items[i].parent.is_some() && is_attribute_line(own_text(i))).collect();
    // (an article titled by a duty, "Điều 12. Trách nhiệm của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", over a
    // sentence that names its units on the next line, "Các bộ, cơ quan ngang bộ, ... có trách nhiệm ...", is read from
    // that sentence: the title is not its start; a title run into its sentence on one line is read whole)
    // (an item's first line after its label: its title, or the start of its sentence)
    let first_line_of = |i: usize| &text[items[i].start + label_len(i)..items[i].line_end.min(text.len())];
    let assign_text = |i: usize| {
        let own = own_text(i);
        let body = own.get((items[i].line_end - items[i].start).min(own.len())..).unwrap_or("");
        if items[i].kind == LabelKind::Article && starts_unit(body.trim_start()) && duty_heading(first_line_of(i)).is_some() { body } else { own }
    };
    // (the first sentence's units when it names its own and a later sentence binds another: "Sở Y tế chỉ đạo Trung tâm
    // Kiểm soát bệnh tật tỉnh thực hiện .... Trung tâm Kiểm soát bệnh tật tỉnh có trách nhiệm gửi ...": the later one is
    // a task of its own, [`sentence_tasks`])
    let first_sentence_assign = |i: usize| {
        let t = assign_text(i);
        let whole = assignments(t, strict[i]);
        if whole.is_empty() {
            return whole;
        }
        let body = strip_label(t);
        // (a first sentence hard-wrapped over lines ends at its period before a line that opens the next: "4. Trước ngày
        // 15 tháng 7 hằng năm, Ủy ban nhân dân các huyện, ... tổng\nhợp nhu cầu kinh phí ..., gửi Sở Nông nghiệp và Phát
        // triển nông thôn.\nSở Tài chính chủ trì, ...", baclieu_nq_05 Điều 3.4; not one that runs over a blank line)
        let first_end = period_breaks(body)
            .filter(|&k| body[k..].starts_with(char::is_uppercase))
            .min()
            .map(|k| k - 1)
            .filter(|&e| !body[..e].contains('\n') || (!body[..e].contains("\n\n") && !body[..e].split('\n').skip(1).any(|l| crate::outline::opens_item(l.trim_start()))));
        match first_end.map(|e| assignments(&body[..e], strict[i])) {
            Some(first) if !first.is_empty() && !first.lead.iter().any(|u| whole.lead.iter().any(|w| unit_key(w) == unit_key(u))) => first,
            _ => whole,
        }
    };
    let mut item_assign: Vec<Assign> = (0..n).map(first_sentence_assign).collect();
    for i in 0..n {
        for &c in &children[i] {
            if attribute[c] {
                let ca = item_assign[c].clone();
                item_assign[i].merge(ca);
            }
        }
    }
    // does an item, or anything under it, name units of its own (bottom-up: children come after their parent)
    // (and a heading that is only units over points, "2.4. Ban Tuyên giáo Tỉnh ủy:" / "- Chủ trì, phối hợp với ...", names
    // its own: kontum_tb_1245)
    // "8. Đối với Ban Quản lý dự án đầu tư xây dựng tỉnh (chủ đầu tư 27 dự án với kế hoạch vốn 2.314 tỷ đồng, ...):" over
    // its points: the unit they are for (binhphuoc_tb_318); in a text read strictly "Đối với X:" opens a case, whose
    // points bind whoever they name (GOLD.md)
    let for_unit_heading = |i: usize| -> Option<Vec<String>> {
        let line = first_line_of(i).trim();
        if strict[i] || children[i].is_empty() {
            return None;
        }
        line.strip_prefix("Đối với ").filter(|l| l.ends_with(':')).and_then(heading_units)
    };
    let mut has_units = vec![false; n];
    for i in (0..n).rev() {
        has_units[i] = (!attribute[i] && !item_assign[i].is_empty())
            || children[i].iter().any(|&c| has_units[c] && !attribute[c])
            || (!children[i].is_empty() && first_line_of(i).trim_end().ends_with(':') && heading_units(first_line_of(i).trim()).is_some())
            || for_unit_heading(i).is_some();
    }
    let mut done: Vec<bool> = attribute.iter().zip(quoted).map(|(a, q)| *a || *q).collect();
    let in_scope = in_scope_articles(items);
    for i in 0..n {
        if done[i] {
            continue;
        }
        let it = &items[i];
        let mut a = item_assign[i].clone();
        let first_line = first_line_of(i);
        let task_children: Vec<usize> = children[i].iter().copied().filter(|&c| !done[c]).collect();
        // "Điều 36. Quyền của người tham gia bảo hiểm y tế": what a holder may ask ("5. Yêu cầu cơ quan bảo hiểm xã
        // hội ... giải thích ...") gives no one work
        if powers_heading(first_line) || (it.kind == LabelKind::Article && rights_title(&it.title)) {
            mark_subtree(&children, i, &mut done);
            continue;
        }
        // in an article on scope ("Đối tượng áp dụng: 1. Các đơn vị thuộc Bộ ...") units listed are those the text
        // applies to, not units given work: only a sentence with its own verb is a task there
        if in_scope[i] {
            if !a.is_empty() && !title_units(first_line).is_some_and(|u| u.len() == a.lead.len()) {
                tasks.push(make_task(text, items, i, a, limit));
            }
            continue;
        }
        // "Điều 1. Vị trí và chức năng" ("Sở X là cơ quan chuyên môn thuộc ...; tham mưu, giúp ...") and "Điều 3. Cơ cấu tổ
        // chức" (its offices) of a decision on a body's functions define the body: no work is given there (lamdong_qd_30;
        // vbpl_doc_000583 Điều 9)
        if it.kind == LabelKind::Article && defines_body(&it.title) {
            mark_subtree(&children, i, &mut done);
            continue;
        }
        let mut duty = duty_heading(first_line);
        // "Điều 2. Nhiệm vụ và quyền hạn" naming no body, after "Điều 1. Vị trí và chức năng" / "Sở Dân tộc và Tôn giáo là
        // cơ quan chuyên môn thuộc ...": the body defined there (lamdong_qd_30 Điều 2)
        if duty.is_none() && it.kind == LabelKind::Article && !task_children.is_empty() && bare_duty_title(&it.title) {
            duty = (0..i).rev().filter(|&j| items[j].kind == LabelKind::Article).take(3).find(|&j| defines_body(&items[j].title)).and_then(|j| {
                let (from, to) = (items[j].line_end.min(text.len()), items[j].end.min(limit).min(text.len()));
                defined_body(&text[from..crate::references::floor_boundary(text, to.min(from + 600)).max(from)])
            });
        }
        // "Điều 104. Nhiệm vụ, quyền hạn, trách nhiệm của Ban Chỉ đạo thi hành án dân sự cấp tỉnh" / "Ban Chỉ đạo thi
        // hành án dân sự có trách nhiệm giúp ... thực hiện những công việc sau:" / "1. ...": the sentence that opens
        // the list names who acts, as it says it
        if duty.is_some() && it.kind == LabelKind::Article && !task_children.is_empty() {
            let own = own_text(i);
            let intro = own[(it.line_end - it.start).min(own.len())..].trim();
            if intro.ends_with(':') && !intro.contains('\n') {
                if let Some(units) = subject_units(intro).filter(|u| u.iter().all(|x| starts_unit(x))) {
                    duty = Some(units);
                }
            }
        }
        // "1. Về lập hồ sơ ..." / "Đề nghị các phòng, đơn vị thuộc Sở:" / "- Rà soát ...": a request on the line before
        // the sub-items heads them
        // ("1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai ...; hằng năm báo cáo .... Trong quá trình triển khai, Ủy ban
        // nhân dân tỉnh có trách nhiệm:" / "a) Ban hành ...": the item's last sentence, hard-wrapped, heads its points,
        // ninhthuan_nq_12 Điều 7.1; the sentences before it are the item's own task; where that sentence starts)
        // (a later sentence of the item's own text, after its label: not an article's title)
        let later_duty: Option<(Vec<String>, usize)> = if task_children.is_empty() || it.kind == LabelKind::Article {
            None
        } else {
            let own = own_text(i).trim_end();
            if ["có trách nhiệm:", "có trách nhiệm sau:", "có trách nhiệm sau đây:"].iter().any(|e| own.ends_with(e)) {
                [crate::normalize::rfind_pair(own, b'.', b' '), crate::normalize::rfind_pair(own, b'.', b'\n')]
                    .into_iter()
                    .flatten()
                    .max()
                    .map(|k| k + 2)
                    .filter(|&from| from > label_len(i))
                    .and_then(|from| duty_heading(&join_words(&own[from..])).map(|u| (u, items[i].start + from)))
            } else if own.ends_with(". Đồng thời:") {
                // "a) Sở Nông nghiệp và Môi trường chủ trì, ..., hoàn thành trước ngày 15/7/2025. Đồng thời:" / "- Tham mưu
                // ...": the points go on with the same units' work, each a task (dongthap_tb_91 2.a)
                let at = own.len() - "Đồng thời:".len();
                let first = assignments(&own[..at], strict[i]);
                (!first.lead.is_empty()).then(|| (first.lead, items[i].start + at))
            } else {
                None
            }
        };
        // (the item's first sentences, before that heading, are a task of their own: their partners are not the points')
        let own_first_task = later_duty.is_some();
        let intro_request = if task_children.is_empty() {
            None
        } else {
            let own = own_text(i);
            let intro = &own[(it.line_end - it.start).min(own.len())..];
            intro.lines().rev().map(str::trim).find(|l| !l.is_empty()).filter(|l| l.starts_with("Đề nghị ") || l.starts_with("Giao ")).and_then(giao_heading)
                .or_else(|| later_duty.as_ref().map(|(u, _)| u.clone()))
        };
        // (the sentences before the heading's are a task when they give work: "1. Giao Ủy ban nhân dân tỉnh tổ chức triển
        // khai ...")
        if let Some((_, at)) = later_duty {
            let before = assignments(&text[items[i].start..at], strict[i]);
            if !before.is_empty() {
                tasks.push(make_task_span(text, items, i, before, items[i].start, at));
            }
        }
        let named = heading_units(first_line.trim()).or_else(|| for_unit_heading(i));
        let named_line = named.is_some();
        let giao_units = giao_heading(first_line);
        let giao_line = giao_units.is_some();
        let heading = named
            .or(giao_units)
            .or_else(|| intro_request.clone())
            .or_else(|| duty.clone())
            // an article named after a body ("Điều 45b. Hạt nhân tổ hợp công nghiệp an ninh quốc gia") defines it;
            // its clauses are not that body's tasks
            .or_else(|| if it.kind == LabelKind::Article { None } else { title_units(first_line) });
        // (else the subject of the item's own sentence, over sub-items)
        let sentence_heading = heading.is_none() && !task_children.is_empty();
        let heading = if sentence_heading { subject_units_with(first_line, strict[i]) } else { heading };
        // "2. Giao Bộ X:" or "2. Cổng thông tin điện tử và các sở, ban, ngành" over sub-items: the sub-items are the tasks
        // ("- Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Công an huyện kiểm tra, xử lý ...; định kỳ 6 tháng/lần."
        // over "+ UBND các xã, thị trấn thành lập Tổ tự quản ...": but a whole sentence that gives its own units work is a
        // task of its own, not a heading over its sub-items, when a sub-item names units of its own (vinhlong_kh_87
        // II.5); a line that opens a list, "... phối hợp với ... thực hiện các nội dung sau:", heads it)
        let own_sentence = sentence_heading && !a.lead.is_empty() && !first_line.trim_end().ends_with(':') && task_children.iter().any(|&c| has_units[c]);
        let mut giao = giao_line || intro_request.is_some() || duty.is_some() || (heading.is_some() && !named_line && !own_sentence);
        // a title that is only units, over no sub-items: the paragraph under it is the task (not an item of a list
        // of bodies: "d) Cổng, trang thông tin điện tử của cơ quan quản lý thi hành án dân sự;")
        let list_element = first_line.trim_end().ends_with([';', ',']) || (first_line.trim_end().ends_with('.') && own_text(i).trim_end() == first_line.trim_end());
        if a.is_empty() && task_children.is_empty() && heading.is_some() && !list_element {
            a.lead = heading.clone().unwrap();
        }
        // "... như sau:" before the sub-items: they are the content of this one task
        let own = own_text(i);
        let intro = &own[(it.line_end - it.start).min(own.len())..];
        // ("Thủ trưởng cơ quan thi hành án dân sự ra quyết định thi hành án ... trong các trường hợp sau:": the points
        // are the cases of one task, not tasks of their own)
        let content_end = |l: &str| {
            let l = l.trim_end();
            ["như sau:", "trường hợp sau:", "trường hợp sau đây:"].iter().any(|e| l.ends_with(e))
                // ("Hồ sơ đăng ký, chuyển quyền sở hữu, sử dụng gồm có:": the papers of a file, not tasks)
                || (["gồm:", "gồm có:", "sau:", "sau đây:"].iter().any(|e| l.ends_with(e)) && {
                    let last = &l[l.rfind(". ").map_or(0, |k| k + 2)..];
                    ["Hồ sơ", "hồ sơ", "Giấy tờ", "giấy tờ", "Tài liệu", "tài liệu"].iter().any(|w| last.contains(w))
                })
                // ("Bộ trưởng Bộ Y tế quy định các nội dung sau đây:": what a delegation covers, one task)
                || (["sau đây:", "sau:"].iter().any(|e| l.ends_with(e))
                    && [" quy định các ", " quy định những ", " quy định chi tiết các ", " quy định cụ thể các ", " hướng dẫn các "].iter().any(|v| l.contains(v))
                    && !l.contains("trách nhiệm"))
        };
        let content_list = content_end(intro) || content_end(first_line);
        if content_list && heading.is_some() {
            giao = false;
            a.merge(Assign { lead: heading.clone().unwrap(), support: vec![] });
        }
        if a.is_empty() || (giao && !task_children.is_empty()) {
            if let Some(units) = heading.clone() {
                if task_children.is_empty() {
                    if !list_element {
                        a.lead = units;
                    }
                } else {
                    // each sub-item is a task of the heading's units, unless it names its own
                    for &c in &task_children {
                        // "1. Nhiệm vụ, quyền hạn của Chủ tịch Hội đồng quản lý" under "Điều 13. Nhiệm vụ, quyền hạn
                        // của thành viên Hội đồng quản lý": a sub-heading of its own units is read on its own
                        let c_first = first_line_of(c);
                        // and so is "b) Cục Thông tin, Thống kê là cơ quan ..., bao gồm:" over its own points
                        let leads_list = c_first.trim_end().ends_with(':') && !item_assign[c].is_empty();
                        // and so is "1. Bộ Nội vụ:" over its own points, under "Trách nhiệm của các bộ, ngành, địa phương"
                        let own_heading = c_first.trim_end().ends_with(':') && heading_units(c_first.trim()).is_some();
                        if !children[c].is_empty() && (leads_list || own_heading || duty_heading(c_first).is_some() || giao_heading(c_first).is_some()) {
                            continue;
                        }
                        // "4. Về công tác theo dõi, thống kê:" over "a) Định kỳ hằng quý tổng hợp ...; b) Thường xuyên theo
                        // dõi ...": a topic of the heading's duties, whose points are the tasks, one each (bgtvt_tt_17
                        // Điều 10.4; GOLD.md: one task per point under "Trách nhiệm của X")
                        // (also a title with no colon, over its bullets: "a) Về xây dựng nông thôn mới nâng cao" / "- Tập trung
                        // rà soát ...", thaibinh_tb_57 II.1.a; not a sentence that ends with its stop)
                        let topic_title = c_first.trim_end().ends_with(':') || !c_first.trim_end().ends_with(['.', ';', ',']);
                        // (and a verb's intro over its points: "2. Chỉ đạo giải quyết khiếu nại, tố cáo ... thuộc thẩm quyền:" /
                        // "a) ban hành quyết định ..." / "b) chỉ đạo rà soát ...", hatinh_qdi_07 Điều 5.2: the points are the work)
                        // (points that go on the intro's sentence in lower case: where the points are lists of what the
                        // intro's verb covers in capitals, the intro is the task, angiang_cv_2871, vinhphuc_qd_890)
                        let verb_intro = c_first.trim_end().ends_with(':')
                            && starts_with_verb(strip_label(c_first.trim_start()))
                            && children[c].iter().all(|&g| strip_label(own_text(g).trim_start()).starts_with(|ch: char| ch.is_lowercase()));
                        // (a case of the heading's duties, not a unit's: "3. Đối với phương tiện vận chuyển chất thải rắn xây
                        // dựng:" / "a) Kiểm tra ...", hcm_qd_25 Điều 10.3)
                        let c_line = strip_label(c_first.trim_start()).trim_end();
                        let case_title = c_line.strip_prefix("Đối với ").is_some_and(|r| r.ends_with(':') && !starts_unit(r));
                        // (the heading's units directing others, each point the work: "2. Chỉ đạo Ủy ban nhân dân phường, xã,
                        // thị trấn:" / "- Tuyên truyền, phổ biến ...", hcm_qd_25 Điều 14.2; GOLD.md: "Chỉ đạo X <verb>" without
                        // "chủ trì" stays the heading's task)
                        // (and what the heading's body submits, each draft its own work: "1. Trình Ủy ban nhân dân tỉnh:" / "a)
                        // Dự thảo nghị quyết ...; b) Dự thảo kế hoạch ...", lamdong_qd_30 Điều 2.1)
                        let verb_over_units = |verb: &str| c_line.strip_prefix(verb).and_then(|r| r.strip_suffix(':')).is_some_and(|r| units_of(r).is_some());
                        let (directs, submits) = (verb_over_units("Chỉ đạo "), verb_over_units("Trình "));
                        if !children[c].is_empty() && item_assign[c].is_empty() && (c_first.trim_start().starts_with("Về ") && topic_title || verb_intro || case_title || directs || submits) {
                            for &g in &children[c] {
                                if done[g] {
                                    continue;
                                }
                                let mut ga = item_assign[g].clone();
                                if ga.lead.is_empty() || ga.lead.iter().all(|u| is_head_word(u)) {
                                    ga = Assign { lead: units.clone(), support: leading_support(own_text(g)) };
                                }
                                tasks.push(make_task(text, items, g, ga, limit));
                                mark_subtree(&children, g, &mut done);
                            }
                            mark_subtree(&children, c, &mut done);
                            continue;
                        }
                        // "- Mục lục hồ sơ, tài liệu nộp lưu (02 bản);", "- Biên bản giao nhận ...": the papers of a file
                        // listed under the request, not work
                        if paper_item(strip_label(own_text(c).trim_start())) {
                            mark_subtree(&children, c, &mut done);
                            continue;
                        }
                        // "13. Được quyền yêu cầu các cơ quan, tổ chức, cá nhân có liên quan cung cấp thông tin ...": a power of the
                        // heading's body, no one's task (lamdong_qd_30 Điều 2.13)
                        if ["Được quyền ", "Có quyền "].iter().any(|p| strip_label(own_text(c).trim_start()).starts_with(p)) {
                            mark_subtree(&children, c, &mut done);
                            continue;
                        }
                        let mut ca = item_assign[c].clone();
                        // "b) Hướng dẫn Ủy ban nhân dân cấp xã rà soát ..., hoàn thành trong quý III/2026. Ủy ban nhân dân
                        // các xã, phường có trách nhiệm gửi danh sách ...": units found only in a later sentence are that
                        // sentence's; the point itself is the heading's (vinhphuc_ct_09 5.b)
                        let later = later_sentences(text, &items[c], own_end(c).min(limit));
                        let first_end = later.first().map(|l| l.0);
                        if let Some(fe) = first_end {
                            let first = assignments(&text[items[c].start..fe], strict[c]);
                            if !ca.lead.is_empty() && first.lead.is_empty() {
                                ca = Assign::default();
                            } else if first.lead.len() < ca.lead.len() && !first.lead.is_empty() {
                                // ("3. Sở Khoa học và Công nghệ có trách nhiệm .... Sở Công Thương có trách nhiệm ...": each
                                // sentence its own units, the point the first sentence's; backan_nq_11 Điều 11.3)
                                ca = first;
                            }
                        }
                        // ("a) Quán triệt ...; người đứng đầu chịu trách nhiệm trước Thủ tướng Chính phủ nếu ...": a head
                        // word alone names no unit; the point is the heading's)
                        if !ca.lead.is_empty() && ca.lead.iter().all(|u| is_head_word(u)) {
                            ca.lead.clear();
                        }
                        // "2. Đề nghị Hội đồng thành viên ... chỉ đạo sửa đổi ..." under "Trách nhiệm của Trưởng ban
                        // kiểm soát": the heading's units make the request; the units asked are not leads
                        // (under a heading that names no body, "Trách nhiệm của các cơ quan, đơn vị", the unit asked is
                        // the one given the work: "5. Đề nghị Ngân hàng Chính sách xã hội Chi nhánh tỉnh ... ưu tiên ...")
                        let named_heading = units.iter().any(|u| u.chars().any(char::is_uppercase));
                        if named_heading && ["Đề nghị ", "Kiến nghị ", "Yêu cầu "].iter().any(|p| strip_label(own_text(c).trim_start()).starts_with(p)) {
                            ca = Assign::default();
                        }
                        // (and a request inside a point that opens with the heading unit's own verb: "a) Chủ trì, phối hợp
                        // với Công an tỉnh, Sở Xây dựng yêu cầu các doanh nghiệp ... hoàn thiện ...", vinhphuc_ct_09 3.a: the
                        // heading's unit asks, its point is its task)
                        if named_heading && !ca.lead.is_empty() && {
                            let body = strip_label(own_text(c).trim_start());
                            (starts_with_verb(body) || body.starts_with("Chủ trì")) && de_nghi(&join_words(body)).lead == ca.lead
                        } {
                            ca = Assign::default();
                        }
                        // under "Giao Bộ X:" a point that names its own subject ("c) Làng Văn hóa ... tiếp tục sử dụng
                        // kinh phí ...") is that subject's task, obligation word or not
                        if ca.is_empty() && strict[c] && giao_line {
                            ca = assignments(own_text(c), false);
                        }
                        // (a point that gives the heading's units no work: a power, "8. Ban Chỉ đạo được quyền yêu cầu ...";
                        // how the body works, "11. Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm ..."; and a
                        // body's funding that another body provides, "12. Kinh phí hoạt động của Ban Chỉ đạo do Sở Tài chính
                        // bố trí ...", that body's task; vinhphuc_qd_890 Điều 2)
                        let mut gives_none = false;
                        if ca.is_empty() {
                            let body = strip_label(own_text(c).trim_start());
                            let first_sent = &body[..sentence_len(body)];
                            gives_none = point_gives_no_work(first_sent);
                            if let Some(agent) = funding_agent(first_sent) {
                                ca.lead = agent;
                            }
                        }
                        if ca.is_empty() && !gives_none {
                            ca.lead = units.clone();
                            // (support found in the point itself stays: "Là cơ quan thường trực, chủ trì, phối hợp với X")
                            if ca.support.is_empty() {
                                ca.support = leading_support(own_text(c));
                            }
                            // "1. Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê) chủ trì, phối hợp với các cơ quan liên quan:"
                            // over its points: the heading's partners are theirs
                            if ca.support.is_empty() && !own_first_task {
                                ca.support = item_assign[i].support.iter().filter(|u| !units.contains(u)).cloned().collect();
                            }
                            // "Điều 6. Trách nhiệm của Bộ Y tế\nChủ trì, phối hợp với các bộ, cơ quan ngang bộ, cơ quan, tổ
                            // chức có liên quan thực hiện nhiệm vụ sau đây:" over its points: the intro's partners
                            if ca.support.is_empty() {
                                let own = own_text(i);
                                let intro = own[(items[i].line_end - items[i].start).min(own.len())..].trim();
                                if intro.ends_with(':') {
                                    ca.support = leading_support(intro).into_iter().filter(|u| !units.contains(u)).collect();
                                }
                            }
                        }
                        let child_keys: Vec<String> = ca.lead.iter().map(|u| unit_key(u)).collect();
                        // ("- Chỉ đạo Sở Y tế chủ trì, ... phòng, chống dịch bệnh ...; Sở Giáo dục và Đào tạo có trách nhiệm
                        // phối hợp tổ chức tiêm vắc xin ..., hoàn thành trước ngày 30 tháng 11 năm 2024.": a point of its own
                        // units whose clause binds another unit is a task per clause, each with its own date; kontum_tb_1245
                        // 2.1)
                        if !ca.lead.is_empty() && !units.iter().any(|u| child_keys.contains(&unit_key(u))) {
                            if let Some(split) = sentence_tasks(text, &items[c], &ca, strict[c]) {
                                tasks.extend(split_tasks(text, items, c, split, strict[c]));
                                mark_subtree(&children, c, &mut done);
                                continue;
                            }
                        }
                        let own_deadline = if !ca.lead.is_empty() {
                            let task = make_task(text, items, c, ca, limit);
                            let d = task.deadline.clone();
                            tasks.push(task);
                            d
                        } else {
                            None
                        };
                        // its later sentences that name other units, and its standing duties ("... trong tháng 7/2026.\nĐịnh
                        // kỳ hằng quý, Công an tỉnh tổng hợp ..."), are tasks of their own
                        // (and one that names the same unit again with a date of its own, GOLD.md: "... hoàn thành trong
                        // Quý II/2025. Trên cơ sở kết quả kiểm tra, Sở Nông nghiệp và Môi trường tổng hợp, đề xuất ..., báo cáo
                        // trước ngày 31/7/2025.", quangnam_ct_11 2.a)
                        for &(s0, e0) in &later {
                            let sa = assignments(&text[s0..e0], strict[c]);
                            // (the same unit read with its verb, "Trưởng đoàn ký các văn bản ...", is the same unit)
                            let same = |u: &String| {
                                let uk = unit_key(u);
                                child_keys.iter().any(|k| uk == *k || uk.strip_prefix(k.as_str()).is_some_and(|r| r.starts_with(' ')))
                            };
                            let other = !sa.lead.is_empty() && !sa.lead.iter().all(same);
                            let dated_again = !other && !sa.lead.is_empty() && own_deadline.is_some() && {
                                let d = deadline(&text[s0..e0]).0;
                                d.is_some() && d != own_deadline
                            };
                            if other || dated_again || standing_at(&text[s0..e0]) {
                                let lead = if sa.lead.is_empty() { continue } else { sa.lead };
                                tasks.push(make_task_span(text, items, c, Assign { lead, support: sa.support }, s0, e0));
                            }
                        }
                        mark_subtree(&children, c, &mut done);
                    }
                    continue;
                }
            }
        }
        if a.is_empty() {
            // "4. Người tham gia ... phải nộp phí. Bộ trưởng Bộ Tài chính quy định mức phí ...", "... do Tòa án quyết
            // định. Chính phủ quy định chi tiết khoản này.": a delegation in a later sentence of a normative clause
            if strict[i] {
                if let Some((lead, s, e)) = later_delegation(text, &items[i], own_end(i).min(limit)) {
                    tasks.push(make_task_span(text, items, i, Assign { lead, support: vec![] }, s, e));
                } else {
                    // "7.4 ... thì cơ quan thi hành án dân sự phải kiểm tra, vào sổ ...": a sentence of a procedure
                    // that binds an authority (GOLD.md: a bound step is a task)
                    let mut found = bound_sentences(text, &items[i], own_end(i).min(limit));
                    // ("... được cấp theo quý. Hằng quý, Ủy ban nhân dân cấp xã ... lập danh sách ...": a standing duty)
                    for st in standing_sentences(text, &items[i], own_end(i).min(limit)) {
                        if !found.iter().any(|f| f.1 == st.1) {
                            found.push(st);
                        }
                    }
                    for (lead, s, e) in found {
                        tasks.push(make_task_span(text, items, i, Assign { lead, support: vec![] }, s, e));
                    }
                }
            }
            continue;
        }
        // an item whose sub-items name their own units is not a task itself: they are
        let own_children_tasks = task_children.iter().any(|&c| has_units[c]);
        if own_children_tasks && a.lead.is_empty() {
            continue;
        }
        // "2. Thời gian tới, ..., Thường trực Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng, cơ quan, đơn vị tập trung thực hiện
        // tốt các nhiệm vụ trọng tâm sau:" over points that each name their units: the request opens the list, its
        // points are the tasks (kontum_tb_1245 2)
        if task_children.len() >= 2 && task_children.iter().all(|&c| has_units[c]) && own_text(i).trim_end().ends_with("sau:") {
            continue;
        }
        if let Some((subject, at)) = directing_subject(text, &items[i], &a) {
            // "Ban cán sự đảng ... lãnh đạo ..., hoàn thành trong quý I/2024; chỉ đạo Sở X chủ trì, ...": two tasks,
            // each with the deadline of its own clauses
            let end = items[i].end.min(limit).max(items[i].start);
            tasks.push(make_task_span(text, items, i, Assign { lead: subject, support: vec![] }, items[i].start, at));
            // ("...; chỉ đạo Sở Tài chính chủ trì, ...; chỉ đạo Công an tỉnh chủ trì, ...": a task per directed unit)
            let mut cuts: Vec<usize> = vec![at];
            let end = end.max(at);
            let region = &text[at..end];
            for (k, _) in region.match_indices("; chỉ đạo ").filter(|(k, _)| *k > 0) {
                let rest = &region[k + "; chỉ đạo ".len()..];
                let clause = &rest[..rest.find(';').unwrap_or(rest.len())];
                if starts_unit(rest) && clause.contains("chủ trì") {
                    cuts.push(at + k + 2);
                }
            }
            // ("...; chỉ đạo Công an tỉnh chủ trì, ..., hoàn thành trước ngày 30 tháng 9 năm 2026. Ủy ban nhân dân tỉnh
            // có trách nhiệm quy định ...": a later sentence that names its own units is a task of its own)
            // (a sentence also starts on a new line after a period: "... năm 2026.\nĐịnh kỳ hằng năm, Ủy ban nhân dân tỉnh
            // báo cáo ...")
            let region = &text[at..end];
            for k in period_breaks(region).filter(|&k| region[k..].starts_with(char::is_uppercase)) {
                // (a sentence that assigns work is never longer than 2000 bytes: the search for its end is bounded, and
                // a long item of many sentences is read in linear time)
                let rest = &region[k..];
                let rest = &rest[..crate::references::floor_boundary(rest, rest.len().min(2000))];
                let sent = &rest[..sentence_len(rest)];
                if !assignments(sent, false).lead.is_empty() {
                    cuts.push(at + k);
                }
            }
            cuts.sort_unstable();
            cuts.dedup();
            cuts.push(end);
            if cuts.len() > 2 {
                for w in cuts.windows(2) {
                    let ca = chu_tri(&join_words(&text[w[0]..w[1]]));
                    let ca = if ca.is_empty() { assignments(&text[w[0]..w[1]], false) } else { ca };
                    let ca = if ca.is_empty() { a.clone() } else { ca };
                    tasks.push(make_task_span(text, items, i, ca, w[0], w[1]));
                }
            } else {
                tasks.push(make_task_span(text, items, i, a, at, end));
            }
        } else if let Some(split) = sentence_tasks(text, &items[i], &a, strict[i]) {
            // "2. Các Bộ trưởng ... ban hành ... trước ngày 01 tháng 7 năm 2026. Bộ Khoa học và Công nghệ có trách
            // nhiệm phối hợp ...": a task per sentence that names its own units
            tasks.extend(split_tasks(text, items, i, split, strict[i]));
        } else {
            let item_keys: Vec<String> = a.lead.iter().map(|u| unit_key(u)).collect();
            let task = make_task(text, items, i, a, limit);
            // (the first sentence's end, after the item's label: "2. " is no sentence)
            let body0 = (items[i].start + label_len(i)).max(task.span[0]).min(task.span[1]);
            // (or before a line's end: "... phê duyệt danh sách và kinh phí hỗ trợ.\nTrường hợp hồ sơ không đủ điều kiện, ...")
            let first_end = body0
                + [crate::normalize::find_pair(&text[body0..task.span[1]], b'.', b' '), crate::normalize::find_pair(&text[body0..task.span[1]], b'.', b'\n')]
                    .into_iter()
                    .flatten()
                    .min()
                    .unwrap_or(task.span[1] - body0);
            tasks.push(task);
            // later sentences that bind other authorities ("... Chấp hành viên phải ... . Trại giam, trại tạm giam có
            // trách nhiệm ..."): tasks of their own
            // (also in a clause of a normative article that its own first line made a duty heading: "2. Trong thời hạn
            // 02 ngày ..., cơ quan tiếp nhận hồ sơ có trách nhiệm kiểm tra .... Trường hợp hồ sơ chưa đầy đủ thì cơ
            // quan tiếp nhận hồ sơ có trách nhiệm thông báo ...": a bound step per sentence, GOLD.md)
            let in_strict_article = items[i].kind != LabelKind::Article && items[i].parent.is_some_and(|p| strict[p]);
            let mut later: Vec<usize> = Vec::new();
            if strict[i] || in_strict_article {
                let bound = bound_sentences(text, &items[i], own_end(i).min(limit));
                // (a later step of the same unit is a task of its own when the first sentence is a bound step too: "2.
                // Trong thời hạn 05 ngày ..., cơ quan quản lý hồ sơ có trách nhiệm kiểm tra .... Trường hợp không điều
                // chỉnh, cơ quan quản lý hồ sơ phải trả lời ...", GOLD.md: one task per sentence)
                let same_unit = |lead: &[String]| lead.iter().all(|u| item_keys.contains(&unit_key(u)));
                // (or a task by itself: "3. Trong thời hạn 10 ngày ..., cơ quan chuyên môn về nông nghiệp cấp huyện chủ trì, phối
                // hợp với ... thẩm định hồ sơ .... Trường hợp hồ sơ không đủ điều kiện, cơ quan chuyên môn về nông nghiệp cấp
                // huyện phải trả lời ...", ninhthuan_nq_12 Điều 4.3)
                // (read only when a later step of the same unit asks it: most items have none)
                let first_bound = bound.iter().any(|(lead, s, _)| *s < first_end && same_unit(lead));
                let mut first_gives: Option<bool> = None;
                for (lead, s, e) in bound {
                    let other = !same_unit(&lead);
                    let same_after_opener = || opens_with_opener(&text[s..]);
                    let first_is_task = |memo: &mut Option<bool>| {
                        first_bound || *memo.get_or_insert_with(|| assignments(&text[body0..first_end], strict[i]).lead.iter().any(|u| item_keys.contains(&unit_key(u))))
                    };
                    if s > first_end && (other || (same_after_opener() && first_is_task(&mut first_gives))) {
                        later.push(s);
                        tasks.push(make_task_span(text, items, i, Assign { lead, support: vec![] }, s, e));
                    }
                }
            }
            // "2. Bộ Quốc phòng hướng dẫn .... Định kỳ 06 tháng, Bộ Quốc phòng thông báo cho Bộ Công Thương ...", "1. Giao Ủy
            // ban nhân dân tỉnh tổ chức triển khai ..., hoàn thành trước ngày 30 tháng 9 năm 2026. Định kỳ hằng năm, Ủy ban
            // nhân dân tỉnh báo cáo Hội đồng nhân dân tỉnh ...": a standing duty in a later sentence is a task of its own,
            // the item's units' or another's
            for (lead, s, e) in standing_sentences(text, &items[i], own_end(i).min(limit)) {
                if s > first_end && !later.contains(&s) {
                    tasks.push(make_task_span(text, items, i, Assign { lead, support: vec![] }, s, e));
                }
            }
        }
        // sub-items that are details of this task are not tasks of their own, unless they (or theirs) name units
        for &c in &task_children {
            if !has_units[c] {
                mark_subtree(&children, c, &mut done);
            }
        }
    }
    // a lead that is only a head word ("Hội đồng") may be the short name the text defined for a body ("Hội đồng thẩm
    // định kết quả đánh giá trường (sau đây viết tắt là Hội đồng)"): the body is the lead
    // (each short name is looked up once: a text with many such leads is searched once per name, not per lead)
    let mut names: crate::tables::HashMap<String, Option<String>> = crate::tables::HashMap::default();
    // (looked for in this region of the text only, from a little before its first item to its end: a text with many
    // attached texts, each its own region, searched the whole text from each, which grew with the square of the text)
    let lo = items.first().map_or(0, |i| crate::references::floor_boundary(text, i.start.saturating_sub(4000)));
    let window = &text[lo..crate::references::floor_boundary(text, limit.min(text.len())).max(lo)];
    // (whether the region defines any short name, asked once: a search of the whole text per lead was most of the work
    // on a long text)
    let defines = finder!("(sau đây").find(window.as_bytes()).is_some();
    for t in tasks.iter_mut() {
        for u in t.lead.iter_mut() {
            if defines && is_head_word(u) {
                let full = names.entry(u.clone()).or_insert_with(|| defined_name(window, u));
                if let Some(full) = full {
                    *u = full.clone();
                }
            }
        }
    }
    // a lead that is only a head word ("cơ quan", "thành viên") names no unit; "người đứng đầu", the head of any body,
    // is a person a Party Quy định binds by that name ("Điều 3. Trách nhiệm chung của người đứng đầu", hatinh_qdi_07)
    // (only where an article's title binds them so: elsewhere "người đứng đầu" alone is the rest of a clause cut short)
    let heads_bound = finder!("của người đứng đầu\n").find(window.as_bytes()).is_some();
    tasks.retain(|t| !t.lead.iter().all(|u| is_head_word(u) && !(heads_bound && u == "người đứng đầu")));
    tasks.sort_by_key(|t| t.span[0]);
    tasks
}

/// Is `text` a văn bản hợp nhất? It names itself at its top or only in its "XÁC THỰC VĂN BẢN HỢP NHẤT" block at the
/// end. Asked once per text: the regions of a text ([`consolidation_quotes`]) are given the answer.
pub fn is_consolidated(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), "VĂN BẢN HỢP NHẤT".as_bytes()).is_some()
}

/// For each item: is it inside an article a văn bản hợp nhất quotes from an amending text ("Các điều 23, 24 và 25 của
/// Luật Phí và lệ phí ... quy định như sau: “Điều 23. Hiệu lực thi hành ... Chính phủ quy định chi tiết ...”.")? Those
/// are the amending text's own provisions, not tasks of the consolidated text (GOLD.md: its notes are not tasks).
pub fn consolidation_quotes(text: &str, items: &[Item], consolidated: bool) -> Vec<bool> {
    let mut out = vec![false; items.len()];
    if !consolidated {
        return out;
    }
    let (Some(from), Some(to)) = (items.iter().map(|it| it.start).min(), items.iter().map(|it| it.end).max()) else { return out };
    // the quotations: from a '“' right after "... quy định như sau:" to the closing '”' ("67 Điều 5 Thông tư số
    // 08/2023/TT-BLĐTBXH ... quy định như sau:\n“1. ... 3. Vụ trưởng Vụ Pháp chế ... chịu trách nhiệm thi hành ...")
    // (in the items' region only: a text with attached texts is read one region at a time)
    let region = &text[from..crate::references::floor_boundary(text, to.min(text.len())).max(from)];
    let mut quotes: Vec<(usize, usize)> = Vec::new();
    for k in memchr::memmem::find_iter(region.as_bytes(), "như sau:".as_bytes()).map(|k| from + k) {
        let after = &text[k + "như sau:".len()..];
        let open = after.len() - after.trim_start().len();
        if after[open..].starts_with('“') {
            let from = k + "như sau:".len() + open;
            let to = text[from..].find('”').map_or(text.len(), |e| from + e);
            quotes.push((from, to));
        }
    }
    let quoted_at = |at: usize| {
        let i = quotes.partition_point(|&(f, _)| f <= at);
        i > 0 && at < quotes[i - 1].1
    };
    let mut quote_end = 0;
    for (k, it) in items.iter().enumerate() {
        if it.start < quote_end || quoted_at(it.start) {
            out[k] = true;
        } else if it.kind == LabelKind::Article && text[..it.start].trim_end_matches([' ', '\t']).ends_with('“') {
            quote_end = text[it.start..].find('”').map_or(text.len(), |e| it.start + e);
            out[k] = true;
        } else if it.kind == LabelKind::Article
            && (it.title.starts_with("của ") || it.title.starts_with("và Điều") || it.title.starts_with("Thông tư") || it.title.starts_with("Nghị định") || it.title.starts_with("Luật"))
            && text.get(it.start..crate::references::floor_boundary(text, it.end.min(it.start + 800))).is_some_and(|t| t.contains("như sau:"))
        {
            // ("Điều 2 của Luật số 46/2014/QH13 ..., có hiệu lực kể từ ngày 01 tháng 01 năm 2015 quy định như sau:", "Điều 3
            // và Điều 4 Thông tư số 02/2024/TT-BLĐTBXH ... quy định như sau:": the line that opens such a quotation, read
            // as an article)
            quote_end = it.end;
            out[k] = true;
        }
    }
    out
}

/// The body a text names `short` for: "1. Hội đồng thẩm định kết quả đánh giá trường (sau đây viết tắt là Hội đồng)
/// ..." -> "Hội đồng thẩm định kết quả đánh giá trường". The name is the unit phrase that ends before the parenthesis.
fn defined_name(text: &str, short: &str) -> Option<String> {
    for intro in ["(sau đây viết tắt là ", "(sau đây gọi tắt là ", "(sau đây gọi là "] {
        let pattern = format!("{intro}{short})");
        let Some(at) = memchr::memmem::find(text.as_bytes(), pattern.as_bytes()) else { continue };
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let before = strip_label(text[line_start..at].trim());
        let clause = &before[before.rfind(['.', ';', ':']).map_or(0, |i| i + 1)..];
        let name = last_unit_phrase(clause.trim())?;
        let name = clean_unit(name);
        if !name.is_empty() && !is_head_word(&name) && first_verb(&name).is_none() {
            return Some(name);
        }
    }
    None
}

/// Later paragraphs of an item that give work to other units than the item's tasks: tasks of their own ("3. Cử cán
/// bộ ...\nSở Giáo dục và Đào tạo tiếp tục thực hiện ..."). Run after the item tasks are all known (the opening
/// request's units included); returns `tasks` with them added, in text order.
pub fn later_paragraphs(text: &str, items: &[Item], limit: usize, strict: &[bool], tasks: Vec<Task>) -> Vec<Task> {
    later_paragraphs_quoted(text, items, limit, strict, &consolidation_quotes(text, items, is_consolidated(text)), tasks)
}

/// [`later_paragraphs`] with the quoted items of [`consolidation_quotes`] computed by the caller.
pub fn later_paragraphs_quoted(text: &str, items: &[Item], limit: usize, strict: &[bool], quoted: &[bool], mut tasks: Vec<Task>) -> Vec<Task> {
    let n = items.len();
    // the lead keys of the tasks, computed once
    let mut keys: Vec<Vec<String>> = tasks.iter().map(|t| t.lead.iter().map(|u| unit_key(u)).collect()).collect();
    let kids = children_of(items);
    let mut task_starts: Vec<usize> = tasks.iter().map(|t| t.span[0]).collect();
    task_starts.sort_unstable();
    for i in 0..n {
        if quoted[i] || (items[i].parent.is_some() && is_attribute_line(&text[items[i].start..items[i].line_end.min(text.len()).max(items[i].start)])) {
            continue;
        }
        // the item's own paragraphs after its first line, between its sub-items (a bullet ends with its paragraph:
        // "- Sản xuất các clip ...\n\nCửa khẩu Bờ Y ...: Sở Văn hóa ...; Ủy ban nhân dân ... căn cứ ...") and after
        // its last sub-item ("Đề nghị các sở, ban, ngành tỉnh phối hợp ..." closing a list of bullets)
        let mut from = items[i].line_end.min(text.len());
        // a first line that ends on ";" or "," goes on on the next line: that line is not a paragraph of its own
        if text[items[i].start..from].trim_end().ends_with([';', ',']) {
            let rest = &text[from..];
            let blank = rest.len() - rest.trim_start_matches('\n').len();
            from += rest[blank..].find('\n').map_or(rest.len(), |k| blank + k);
        }
        // a first line cut by the wrap in a word or a name ("Điều 3. Chánh Văn phòng ...; Giám đốc các Sở: ..., Khoa\nhọc
        // và Công nghệ, ...; Chỉ huy trưởng Bộ Chỉ huy\nQuân sự tỉnh; ... chịu trách nhiệm thi hành ...") goes on to its
        // paragraph's end: none of its lines is a paragraph of its own (a title is never cut before a lower-case word,
        // nor holds a list's semicolons)
        let own_to = items[i].end.min(limit).max(from);
        let first_line = text[items[i].start..items[i].line_end.min(text.len()).max(items[i].start)].trim_end();
        let cut = text[items[i].line_end.min(own_to)..own_to].strip_prefix('\n').is_some_and(|n| n.starts_with(char::is_lowercase) || (first_line.contains("; ") && n.starts_with(char::is_uppercase)));
        if !first_line.ends_with(['.', ';', ':', '!', '?', ',']) && cut {
            from = from.max(items[i].start + wrapped_paragraph(&text[items[i].start..own_to]).len());
        }
        let mut segments = Vec::new();
        let mut at = from;
        // a paragraph that opens the sub-items with a colon ("Ban Chỉ đạo ... có trách nhiệm giúp ... thực hiện những
        // công việc sau:") when they are tasks: the head of their list (GOLD.md: the sub-items, not the parent)
        // (a binary search in the starts of the tasks found before this pass: no scan of all tasks per item)
        let child_tasks = |c: usize| {
            let k = task_starts.partition_point(|&s| s < items[c].start);
            task_starts.get(k).is_some_and(|&s| s < items[c].end)
        };
        for (k, &c) in kids[i].iter().enumerate() {
            let seg = (at, items[c].start.min(limit));
            let heads_list = k == 0 && seg.0 < seg.1 && text[seg.0..seg.1].trim_end().ends_with(':') && child_tasks(c);
            if !heads_list {
                segments.push(seg);
            }
            at = at.max(items[c].end);
        }
        segments.push((at, items[i].end.min(limit)));
        // (the item's path is made only for an item that has such a task)
        let mut section: Option<Option<String>> = None;
        let mut added = 0;
        // (the paragraphs' tasks that the item's own task stood for: theirs again if that task goes below)
        let mut under_item: Vec<(Task, Vec<String>)> = Vec::new();
        for mut t in segments.into_iter().filter(|(f, t)| f < t).flat_map(|(f, t)| paragraph_tasks(text, f, t, strict[i])) {
            let leads: Vec<String> = t.lead.iter().map(|u| unit_key(u)).collect();
            let same_as = (0..tasks.len()).find(|&k| tasks[k].span[0] <= t.span[0] && t.span[0] < tasks[k].span[1] && keys[k] == leads);
            if let Some(k) = same_as {
                if tasks[k].span[0] == items[i].start && !is_attribute_line(&text[t.span[0]..t.span[1]]) && !t.lead.iter().all(|u| is_head_word(u)) {
                    under_item.push((t, leads));
                }
            } else if !is_attribute_line(&text[t.span[0]..t.span[1]]) && !t.lead.iter().all(|u| is_head_word(u)) {
                // (the closing paragraph of the text, "... nghiêm túc triển khai thực hiện./.", stands under no item)
                let closing = text[t.span[0]..t.span[1]].trim_end().ends_with("./.");
                t.section = if closing { None } else { section.get_or_insert_with(|| Some(path(items, i)).filter(|s| !s.is_empty())).clone() };
                tasks.push(t);
                keys.push(leads);
                added += 1;
            }
        }
        // "b) Trình tự giải quyết" over paragraphs that each give work to their own units: the paragraphs are the
        // tasks, not the titled item that gathers all their units
        let first = &text[items[i].start..items[i].line_end.min(text.len()).max(items[i].start)];
        let bare_title = {
            let t = strip_label(first.trim());
            // (at most 8 words: the ninth is not looked for past, on a first line that runs on for a paragraph)
            !t.ends_with([':', ';', '.', ',']) && t.split_whitespace().nth(8).is_none() && assignments(t, false).is_empty()
        };
        if added > 0 && bare_title {
            if let Some(k) = tasks.iter().position(|t| t.span[0] == items[i].start) {
                tasks.remove(k);
                keys.remove(k);
                // ("6. Chế độ thông tin, báo cáo" / "... Văn phòng Sở có trách nhiệm tổng hợp ...": the item's task was
                // read from that sentence; the sentence is a task of its own)
                for (mut t, leads) in under_item {
                    let closing = text[t.span[0]..t.span[1]].trim_end().ends_with("./.");
                    t.section = if closing { None } else { section.get_or_insert_with(|| Some(path(items, i)).filter(|s| !s.is_empty())).clone() };
                    tasks.push(t);
                    keys.push(leads);
                }
            }
        }
    }
    tasks.sort_by_key(|t| t.span[0]);
    tasks
}

/// "Việc bàn giao và tiếp nhận phải hoàn thành trước ngày 01 tháng 7 năm 2026.": a deadline the text gives once for
/// work it names; the tasks of the same article that do that work ("tổ chức bàn giao ...", "tổ chức tiếp nhận ...")
/// and have no deadline of their own take it.
pub fn carry_deadlines(text: &str, items: &[Item], tasks: &mut [Task]) {
    // (only the region the items cover: a text with attached texts is read one region at a time, and a search of the
    // whole text per region made its work grow with the square of the text)
    let (Some(from), Some(to)) = (items.iter().map(|it| it.start).min(), items.iter().map(|it| it.end).max()) else { return };
    let to = to.min(text.len());
    let Some(region) = text.get(from..to) else { return };
    if !region.contains("hoàn thành") {
        return;
    }
    // (the articles once, in text order: each lookup a binary search, not a pass over all items per task)
    let articles: Vec<(usize, usize)> = items.iter().filter(|it| it.kind == LabelKind::Article).map(|it| (it.start, it.end)).collect();
    let article_of = |at: usize| {
        let i = articles.partition_point(|&(s, _)| s <= at);
        articles[..i].iter().rev().find(|&&(s, e)| s <= at && at < e).copied()
    };
    // (the tasks in text order, so that the tasks after a sentence in its article are a slice: a pass over all tasks
    // per sentence made a long text's work grow with its square)
    let sorted = tasks.windows(2).all(|w| w[0].span[0] <= w[1].span[0]);
    for k in memchr::memmem::find_iter(region.as_bytes(), "Việc ".as_bytes()).map(|k| from + k) {
        // (a sentence that opens with "Việc": not the word inside a name, "Cục Việc làm có trách nhiệm: ...")
        if k > 0 && !text[..k].trim_end_matches([' ', '\t']).ends_with(['\n', '.', ';', ':', ')']) {
            continue;
        }
        // (the sentence ends at ". " or at a period that ends a line, within 1000 bytes: a search to the next ". " ran
        // far over lines that end with a bare period)
        let window = crate::references::floor_boundary(text, (k + 1000).min(text.len()));
        let sentence_end = [". ", ".\n"].iter().filter_map(|p| text[k..window].find(p)).min().map_or(window, |e| k + e);
        let sentence = &text[k..sentence_end];
        let Some(h) = sentence.find(" phải hoàn thành ").or_else(|| sentence.find(" hoàn thành ")) else { continue };
        let (iso, words) = deadline(&sentence[h..]);
        let (Some(iso), Some(words)) = (iso, words) else { continue };
        // the work named: "bàn giao và tiếp nhận" -> "bàn giao", "tiếp nhận"
        let work: Vec<String> = sentence["Việc ".len()..h]
            .split([',', ';'])
            .flat_map(|p| p.split(" và "))
            .map(|w| to_lower(w.trim()))
            .filter(|w| (1..=4).contains(&w.split_whitespace().count()))
            .collect();
        let Some(article) = article_of(k) else { continue };
        let (from, to) = if sorted {
            (tasks.partition_point(|t| t.span[0] <= k), tasks.partition_point(|t| t.span[0] < article.1))
        } else {
            (0, tasks.len())
        };
        for t in tasks[from..to.max(from)].iter_mut().filter(|t| t.deadline.is_none() && t.span[0] > k && article_of(t.span[0]) == Some(article)) {
            let tl = to_lower(&t.text);
            if work.iter().any(|w| tl.contains(w.as_str())) {
                t.deadline = Some(iso.clone());
                t.deadline_text = Some(words.clone());
            }
        }
    }
}

/// A title that is only a list of units (no colon, no sentence): "Cổng thông tin điện tử và các sở, ban, ngành".
fn title_units(first_line: &str) -> Option<Vec<String>> {
    let t = first_line.trim().trim_end_matches(['.', ':']);
    // a row of a table ("Chủ tịch Hội đồng thành viên 70 60"): figures after the names
    if t.split_whitespace().next_back().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')) {
        return None;
    }
    // ("4. Bộ trưởng Bộ Khoa học và Công nghệ quy định trình tự, thủ tục ...": a sentence, not a title of units)
    // ("2. Trung tâm dịch vụ việc làm cập nhật thông tin ...": a verb that ends a subject makes it a sentence too)
    // (starts_unit first: most first lines open with no unit, and counting words costs more)
    if t.contains(':') || !starts_unit(t) || t.split_whitespace().nth(24).is_some() || has_verb(t) || first_verb(t).is_some() || subject_end(t) < t.len() {
        return None;
    }
    let units = split_units(t);
    (!units.is_empty()).then_some(units)
}

/// "2. Giao Bộ Văn hoá, Thể thao và Du lịch:" as a heading of sub-items.
fn giao_heading(first_line: &str) -> Option<Vec<String>> {
    let t = first_line.trim();
    // (and "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện:" over bullets:
    // the units asked head them)
    let rest = ["Giao ", "Đề nghị ", "Kính đề nghị "].iter().find_map(|p| t.strip_prefix(p))?;
    // (or a heading line without its colon: "2. Đề nghị Bưu điện tỉnh An Giang" over bullets; no verb, no stop)
    let bare = || !rest.ends_with(['.', ';', ',']) && first_verb(rest).is_none() && subject_end(rest) == rest.len();
    let head = rest.strip_suffix(':').or_else(|| bare().then_some(rest))?;
    // ("a) Giao Ban Quản lý dự án ... chỉ đạo nhà thầu:" over its points: the unit given the work, up to its verb; whom
    // it directs is no lead, hatinh_tb_204 II.3)
    // (not a whole sentence that ends with a colon: "6. Giao Văn phòng Sở chủ trì, ... trong tháng 11/2025; kết quả
    // kiểm tra là .... Nội dung kiểm tra gồm:" over the points checked, tuyenquang_cv_2315)
    if head.contains([';', '.']) {
        return None;
    }
    units_of(&head[..first_verb(head).map_or(head.len(), |v| head[..v].trim_end().len())])
}

fn mark_subtree(children: &[Vec<usize>], i: usize, done: &mut [bool]) {
    done[i] = true;
    for &c in &children[i] {
        mark_subtree(children, c, done);
    }
}

/// A task for item `i` of the units `lead` (an item that takes its units from the request that opens its list).
pub fn task_of(text: &str, items: &[Item], i: usize, lead: Vec<String>, limit: usize) -> Task {
    make_task(text, items, i, Assign { lead, support: vec![] }, limit)
}

/// The sentences of an item's first paragraph, when two or more of them give work to different units, each with
/// its units and byte range (a sentence without units of its own belongs to the one before it). None when the
/// item is one task.
fn sentence_tasks(text: &str, it: &Item, a: &Assign, strict: bool) -> Option<Vec<(Vec<String>, usize, usize)>> {
    let start = it.start + it.label.len();
    let end = wrapped_end(text, it.line_end.min(text.len()).max(start), it.end.max(start)).min(it.end.max(start));
    let para = &text[start..end];
    // sentence ends: ". " before a capital letter; "; giao X ..." (a second assignment in the sentence); "; X có trách
    // nhiệm ..." (a second unit bound in it: "Giao Sở Tài chính chủ trì ...; Sở Xây dựng có trách nhiệm cung cấp ...")
    let mut cuts = vec![0];
    cuts.extend(sentence_starts(para));
    for i in finder!("; giao ").find_iter(para.as_bytes()) {
        cuts.push(i + 2);
    }
    // ("Ủy ban nhân dân tỉnh có trách nhiệm phê duyệt ..., hoàn thành trước ngày 30/6/2025; chỉ đạo Sở Nông nghiệp và Môi
    // trường chủ trì ... trong tháng 6 năm 2025; chỉ đạo Sở Khoa học và Công nghệ ưu tiên bố trí ... trong năm 2026": each
    // unit directed is given its clause, tuyenquang_nq_14 Điều 7.1)
    // (but in "4. Bộ Y tế: Chủ trì xây dựng ...; chỉ đạo Sở Y tế các tỉnh, thành phố kiểm tra ..." the unit before the
    // colon heads its duties, and directing without "chủ trì" is its own work, GOLD.md; ttg_qd_1530 V.4)
    let colon_heading = a.lead.iter().any(|u| para.trim_start().strip_prefix(u.as_str()).is_some_and(|r| r.trim_start().starts_with(':')));
    for i in finder!("; chỉ đạo ").find_iter(para.as_bytes()) {
        let rest = &para[i + "; chỉ đạo ".len()..];
        let clause = &rest[..rest.find([';', '.']).unwrap_or(rest.len())];
        if rest.starts_with(char::is_uppercase) && starts_unit(rest) && (!colon_heading || clause.contains("chủ trì")) {
            cuts.push(i + 2);
        }
    }
    for i in crate::normalize::pair_positions(para, b';', b' ') {
        let clause = &para[i + 2..];
        let clause = &clause[..clause.find([';', '.']).unwrap_or(clause.len())];
        // ("...; Giám đốc Sở Tài nguyên và Môi trường chỉ đạo Đài Khí tượng Thủy văn tỉnh theo dõi ...": a unit and its
        // own verb after a semicolon, outside a normative text's procedure; not a partner's clause, "...; Công an tỉnh
        // phối hợp xác thực thông tin công dân")
        let own_work = |c: &str| {
            let a = assignments(c, false);
            let flat = join_words(c);
            let after = a.lead.last().and_then(|u| flat.find(u.as_str()).map(|k| flat[k + u.len()..].trim_start().to_string()));
            // (and units that end where their names do: not "Sở Nội vụ chuyển kinh phí", a verb the lists lack)
            !a.lead.is_empty() && a.lead.iter().all(|u| crate::units::name_end(u).is_none()) && after.is_some_and(|r| !r.starts_with("phối hợp"))
        };
        if starts_unit(clause) && clause.starts_with(char::is_uppercase) && ([" có trách nhiệm ", " chịu trách nhiệm "].iter().any(|w| join_words(clause).contains(w)) || (!strict && own_work(clause))) {
            cuts.push(i + 2);
        }
    }
    cuts.sort_unstable();
    if cuts.len() < 2 {
        return None;
    }
    cuts.push(para.len());
    let mut out: Vec<(Vec<String>, usize, usize)> = Vec::new();
    for w in cuts.windows(2) {
        let sent = &para[w[0]..w[1]];
        let sa = match sent.strip_prefix("chỉ đạo ") {
            Some(directed) => assignments(directed, strict),
            None => assignments(sent, strict),
        };
        let keys = |v: &[String]| v.iter().map(|u| unit_key(u)).collect::<Vec<_>>();
        // a later sentence that names the same unit again as its subject, with a date of its own, is a second task of it
        // ("Giao Sở Tài chính chủ trì ... rà soát ..., báo cáo UBND tỉnh trước ngày 25/6/2025. Trên cơ sở kết quả rà
        // soát, Sở Tài chính tham mưu ... điều chuyển ..., hoàn thành trong tháng 7/2025.", binhphuoc_tb_318), also after
        // a sentence with no date ("Giao Văn phòng Tỉnh ủy ... theo dõi, ...; định kỳ hằng năm báo cáo .... Văn phòng Tỉnh
        // ủy tham mưu ... sơ kết 3 năm ... trong Quý IV/2028.", longan_ctr_15 III.7; tuyenquang_nq_14 Điều 7.1)
        let own_date = |last: &(Vec<String>, usize, usize)| {
            // (a date that comes back each year is one too: "Trước ngày 30 tháng 10 hằng năm, UBND cấp xã lập kế hoạch bảo
            // trì năm sau", quangtri_qd_25 Điều 8.2; its deadline is none, its text "hằng năm")
            names_subject_again(sent, &last.0) && {
                let here = para_deadline(sent);
                let dated = here.0.is_some() || dated_duty(sent);
                // (the last task's text read to 4000 bytes at most: it grows with each sentence joined to it, and a
                // paragraph of thousands of dated sentences must not be read again at each)
                dated && para_deadline(&text[last.1..crate::references::floor_boundary(text, last.2.min(last.1 + 4000)).max(last.1)]) != here
            }
        };
        let again = out.last().filter(|last| (sa.is_empty() || keys(&last.0) == keys(&sa.lead)) && own_date(last)).map(|last| last.0.clone());
        if let Some(lead) = again {
            out.push((lead, start + w[0], start + w[1]));
            continue;
        }
        match out.last_mut() {
            Some(last) if sa.is_empty() || keys(&last.0) == keys(&sa.lead) => last.2 = start + w[1],
            _ if sa.is_empty() => return None,
            _ => out.push((sa.lead, start + w[0], start + w[1])),
        }
    }
    if out.len() < 2 {
        return None;
    }
    // the item's own units are among them (else the sentences are not what made it a task)
    let item_keys: Vec<String> = a.lead.iter().map(|u| unit_key(u)).collect();
    out.iter().any(|(l, _, _)| l.iter().any(|u| item_keys.contains(&unit_key(u)))).then(|| {
        out[0].1 = it.start;
        out
    })
}

/// The tasks of item `i` from its sentences as [`sentence_tasks`] split them (leads, start, end), each with its own
/// partners ("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng ...; Sở Xây dựng có trách nhiệm ...").
fn split_tasks(text: &str, items: &[Item], i: usize, split: Vec<(Vec<String>, usize, usize)>, strict: bool) -> Vec<Task> {
    split
        .into_iter()
        .map(|(lead, s, e)| {
            let support = assignments(&text[s..e], strict).support;
            make_task_span(text, items, i, Assign { lead, support }, s, e)
        })
        .collect()
}

/// Does `sent` name one of `lead` again as the subject of its own verb, at its start or after an opening phrase ("Trên cơ
/// sở kết quả rà soát, Sở Tài chính tham mưu ...")? Not "Giao X ..." (the same assignment said again).
fn names_subject_again(sent: &str, lead: &[String]) -> bool {
    let st = sent.trim_start();
    // (the subject at the start, or after the opener's comma: the first whose words open with one of the units, the
    // opener maybe holding commas of its own, "Trên cơ sở đề xuất của các bộ, cơ quan và địa phương, Bộ Tài chính tổng
    // hợp ...", ttg_qd_1530 V.2)
    let names_at = |st: &str| {
        // (its verb one of VERBS or one that ends a subject: "Trước ngày 30 tháng 10 hằng năm, UBND cấp xã lập kế hoạch
        // ...")
        let head = &st[..crate::references::floor_boundary(st, st.len().min(240))];
        let verb = verb_at(head);
        lead.iter().any(|u| !u.is_empty() && st.starts_with(u.as_str()) && verb.is_some_and(|k| k >= u.len() && st[u.len()..k].trim().is_empty()))
    };
    if starts_unit(st) {
        return names_at(st);
    }
    crate::normalize::pair_positions(st, b',', b' ').take_while(|&i| i < 200).any(|i| names_at(&st[i + 2..]))
}

/// Does a point under a body's duties say a power or how the body works, not work ("Ban Chỉ đạo được quyền yêu cầu
/// ...", "Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm ...")? Not when it also binds ("có trách nhiệm",
/// "phải").
fn point_gives_no_work(sentence: &str) -> bool {
    const NONE: [&str; 5] = [" được quyền ", " có quyền ", " làm việc theo chế độ ", " hoạt động theo chế độ ", " được sử dụng con dấu"];
    // (one search of the printed text first: most points hold none of the words)
    if !["quyền", "chế độ", "con dấu"].iter().any(|w| sentence.contains(w)) {
        return false;
    }
    let s = join_words(sentence);
    NONE.iter().any(|w| s.contains(w)) && !s.contains("trách nhiệm") && find_modal(&s).is_none()
}

/// The body that provides what a sentence says is provided for ("Kinh phí hoạt động của Ban Chỉ đạo do Sở Tài chính
/// bố trí từ nguồn ngân sách tỉnh ..." -> "Sở Tài chính"): the agent after "do", before its verb of providing.
fn funding_agent(sentence: &str) -> Option<Vec<String>> {
    const PROVIDES: [&str; 4] = ["bố trí", "bảo đảm", "chi trả", "cấp kinh phí"];
    if !sentence.trim_start().starts_with("Kinh phí") {
        return None;
    }
    let s = join_words(sentence);
    let k = s.find(" do ")?;
    let rest = &s[k + " do ".len()..];
    let v = PROVIDES.iter().filter_map(|p| rest.find(&format!(" {p}"))).min()?;
    let units = split_units(&rest[..v]);
    (!units.is_empty() && units.iter().all(|u| starts_unit(u) && !is_head_word(u))).then_some(units)
}

/// The end of the paragraph whose first line ends at `line_end`: a hard-wrapped line goes on on the next
/// ([`continues_sentence`]); read up to `limit` at most (the end of the item: past it the answer is cut there, and
/// reading on made a long run of items with no stops quadratic).
fn wrapped_end(text: &str, mut line_end: usize, limit: usize) -> usize {
    while line_end < text.len().min(limit) && text.as_bytes()[line_end] == b'\n' && continues_sentence(text, line_end + 1) {
        line_end = text[line_end + 1..].find('\n').map_or(text.len(), |k| line_end + 1 + k);
    }
    line_end
}

/// The sentences of an item's own text after its first, as byte ranges: after ". " or a period that ends a line, before
/// a capital letter (read within 4000 bytes, as the other rules read an item).
fn later_sentences(text: &str, it: &Item, end: usize) -> Vec<(usize, usize)> {
    let start = (it.start + it.label.len()).min(end);
    let end = crate::references::floor_boundary(text, end.min(start + 4000)).max(start);
    let Some(own) = text.get(start..end) else { return Vec::new() };
    // (within the item's paragraph: a blank line ends it, and what follows, a letter's closing request, is not the item's)
    let own = &own[..finder!("\n\n").find(own.as_bytes()).unwrap_or(own.len())];
    let mut starts: Vec<usize> = period_breaks(own).filter(|&k| own[k..].trim_start_matches([' ', '\n']).starts_with(char::is_uppercase)).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut out = Vec::with_capacity(starts.len());
    for (j, &k) in starts.iter().enumerate() {
        let e = starts.get(j + 1).copied().unwrap_or(own.len());
        let k = k + (own[k..].len() - own[k..].trim_start_matches([' ', '\n']).len());
        if k < e {
            out.push((start + k, start + e));
        }
    }
    out
}

/// Does the sentence `t` open as a standing duty: a recurring time ([`RECURRING_OPENERS`]), or a date to act by that
/// comes back ("Trước ngày 20 hằng tháng, ...")?
fn standing_at(t: &str) -> bool {
    RECURRING_OPENERS.iter().any(|o| t.starts_with(o))
        || (["Trước ngày", "Chậm nhất"].iter().any(|o| t.starts_with(o)) && recurring(&t[..crate::normalize::find_pair(t, b',', b' ').unwrap_or(0)]))
}

/// Openers of a standing duty: work that comes back at fixed times ("Hằng quý, Ủy ban nhân dân cấp xã ... lập danh
/// sách báo cáo ...", "Định kỳ 06 tháng, Bộ Quốc phòng thông báo ...", GOLD.md).
const RECURRING_OPENERS: [&str; 7] = ["Hằng năm", "Hàng năm", "Hằng quý", "Hàng quý", "Hằng tháng", "Hàng tháng", "Định kỳ"];

/// The later sentences of an item's own text that give a body a standing duty: a sentence after the first that opens
/// with a recurring time ([`RECURRING_OPENERS`]) and names its subject ("... được cấp theo quý. Hằng quý, Ủy ban nhân
/// dân cấp xã căn cứ ... lập danh sách báo cáo ..."; vbpl_doc_000557, cp_nd_91), and the paragraphs under a recurring
/// intro that each name their unit ("Hằng năm, ... như sau:\nBộ Quốc phòng gặp mặt ...;"): units and byte ranges.
fn standing_sentences(text: &str, it: &Item, end: usize) -> Vec<(Vec<String>, usize, usize)> {
    let start = (it.start + it.label.len()).min(end);
    let end = crate::references::floor_boundary(text, end.min(start + 4000)).max(start);
    let Some(own) = text.get(start..end) else { return Vec::new() };
    // (most items have none: the openers' first words looked for first, each searcher built once)
    if find_fixed!(own, "Hằng ").is_none() && find_fixed!(own, "Hàng ").is_none() && find_fixed!(own, "Định kỳ").is_none() {
        return Vec::new();
    }
    let mut out: Vec<(Vec<String>, usize, usize)> = Vec::new();
    for k in period_breaks(own) {
        let rest = &own[k..];
        if !RECURRING_OPENERS.iter().any(|o| rest.starts_with(o)) {
            continue;
        }
        let len = sentence_len(rest);
        let sent = join_words(&rest[..len]);
        let a = assignments(&sent, true);
        if !a.lead.is_empty() {
            out.push((a.lead, start + k, start + k + len));
        }
    }
    // "a) Hằng năm, ..., các cơ quan, đơn vị, địa phương theo phân cấp tổ chức gặp mặt ... như sau:" over paragraphs
    // "Bộ Quốc phòng gặp mặt, thông tin tình hình ...;" (vbpl_doc_000557 Điều 6.2.a): a standing duty per paragraph
    // that names its unit
    let first_end = own.find('\n').unwrap_or(own.len());
    if RECURRING_OPENERS.iter().any(|o| own.trim_start().starts_with(o)) && own[..first_end].trim_end().ends_with(':') {
        let mut at = first_end;
        while at < own.len() {
            let line_end = own[at + 1..].find('\n').map_or(own.len(), |k| at + 1 + k);
            let line = &own[(at + 1).min(line_end)..line_end];
            if starts_unit(line) && line.starts_with(char::is_uppercase) {
                let a = assignments(line, false);
                if !a.lead.is_empty() {
                    out.push((a.lead, start + at + 1, start + line_end));
                }
            }
            at = line_end;
        }
    }
    out.sort_by_key(|o| o.1);
    out
}

/// A later sentence of an item's own text that leaves a rule to a body ("... phải nộp phí. Bộ trưởng Bộ Tài chính quy
/// định mức phí đổi thẻ."): its units and byte range (the first such sentence).
fn later_delegation(text: &str, it: &Item, end: usize) -> Option<(Vec<String>, usize, usize)> {
    let start = (it.start + it.label.len()).min(end);
    let end = crate::references::floor_boundary(text, end.min(start + 4000)).max(start);
    let para = text.get(start..end)?;
    let para = &para[..para.find('\n').unwrap_or(para.len())];
    for sent_start in sentence_starts(para) {
        let rest = &para[sent_start..];
        let sent = &rest[..crate::normalize::find_pair(rest, b'.', b' ').map_or(rest.len(), |k| k + 1)];
        let Some(units) = subject_units_at(sent, true) else { continue };
        let subj_len = sent.find(units.last()?.as_str()).map_or(0, |k| k + units.last().unwrap().len());
        let after = sent[subj_len..].trim_start();
        if ["quy định", "hướng dẫn"].iter().any(|v| after.starts_with(v)) && delegates(sent, after) {
            return Some((units, start + sent_start, start + sent_start + sent.len()));
        }
    }
    None
}

/// A list item that names a paper, not work: "Mục lục hồ sơ, tài liệu nộp lưu (02 bản);", "Biên bản giao nhận hồ sơ",
/// "Bản sao quyết định ...", "Hồ sơ, tài liệu đã được biên mục ..." (no verb of work).
fn paper_item(t: &str) -> bool {
    ["Mục lục", "Biên bản", "Bản sao", "Hồ sơ, tài liệu", "Tờ khai", "Giấy chứng nhận", "Danh mục hồ sơ"].iter().any(|p| t.starts_with(p)) && first_verb(t).is_none()
}

/// Where " phải " (must) stands in `t`, not in "phải thi hành án" (the party that owes a judgment: "cơ quan, tổ
/// chức phải thi hành án", "người phải thi hành án").
fn find_modal(t: &str) -> Option<usize> {
    t.match_indices(" phải ").map(|(i, _)| i).find(|&i| !t[i..].starts_with(" phải thi hành án"))
}

use crate::units::GROUP_KINDS;

/// Where the units that start at `at` in `s` (right after ", ") begin when the words before that comma are the
/// first kinds of the same group ("..., cơ quan, tổ chức phải thi hành án" -> "cơ quan, tổ chức phải thi hành án").
fn group_start(s: &str, mut at: usize) -> usize {
    while at >= 2 {
        let before = &s[..at - 2];
        let from = crate::normalize::rfind_pair(before, b',', b' ').map_or(0, |i| i + 2);
        if from == 0 || !GROUP_KINDS.contains(&&before[from..]) {
            break;
        }
        at = from;
    }
    at
}

/// The sentences of an item's own text (normative, read strictly) that bind an authority to act: "<units> phải ..." /
/// "<units> có trách nhiệm ...", the units standing after an opening clause ("Trường hợp ..., ", "... thì ") or
/// opening the sentence. Not a liability ("phải chịu trách nhiệm"), a sanction ("phải bồi thường"), a passive ("phải
/// được"), a duty denied, or a party's step (the parties of a procedure name no unit: "người phải thi hành án").
fn bound_sentences(text: &str, it: &Item, end: usize) -> Vec<(Vec<String>, usize, usize)> {
    let start = (it.start + it.label.len()).min(end);
    // (an item's own text, capped as the other rules cap it: a clause is never longer, and an item that runs on over
    // pages of unlabelled text must not make the work grow with the square of the text)
    let end = crate::references::floor_boundary(text, end.min(start + 4000)).max(start);
    let Some(own) = text.get(start..end) else { return Vec::new() };
    // (most clauses bind no one: one search for the two words first)
    let b = own.as_bytes();
    if finder!(" phải ").find(b).is_none() && finder!(" có trách nhiệm ").find(b).is_none() {
        return Vec::new();
    }
    let mut out: Vec<(Vec<String>, usize, usize)> = Vec::new();
    // sentences: ". " before a capital letter, and line breaks that end one (a hard-wrapped line of a PDF goes on
    // with its sentence: "... cơ quan, tổ chức phải thi hành án có\ntrách nhiệm lập báo cáo ...")
    let mut cuts = vec![0];
    cuts.extend(sentence_starts(own));
    for (i, _) in own.match_indices('\n') {
        if !continues_sentence(text, start + i + 1) {
            cuts.push(i + 1);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.push(own.len());
    for w in cuts.windows(2) {
        let sent = own[w[0]..w[1]].trim_end();
        let lead_ws = sent.len() - sent.trim_start().len();
        let joined;
        let sent_t = if sent.trim_start().contains('\n') {
            joined = join_words(sent.trim_start());
            joined.as_str()
        } else {
            sent.trim_start()
        };
        if sent_t.len() < 12 {
            continue;
        }
        // the obligation words in order: the first whose subject is a unit ("Trường hợp kết quả xét nghiệm dương tính
        // với bệnh thuộc Danh mục bệnh động vật phải công bố dịch, Cơ quan Thú y vùng phải thông báo ...": the first
        // "phải" is the list's, the second the authority's)
        let mut cands: Vec<(usize, &str)> = sent_t
            .match_indices(" phải ")
            .filter(|(i, _)| !sent_t[*i..].starts_with(" phải thi hành án"))
            .map(|(i, _)| (i, " phải "))
            .chain(sent_t.find(" có trách nhiệm ").map(|k| (k, " có trách nhiệm ")))
            .collect();
        cands.sort_unstable();
        cands.truncate(3);
        'cand: for (k, kw) in cands {
            let after = &sent_t[k + kw.len()..];
            if kw == " phải " && ["chịu trách nhiệm", "bồi thường", "được ", "hoàn trả", "nộp ", "chịu "].iter().any(|w| after.starts_with(w)) {
                continue 'cand;
            }
            // (an applicant's or a beneficiary's step: "... có trách nhiệm ký nhận vào danh sách chi trả")
            if applicant_step(after) {
                continue 'cand;
            }
            let before = &sent_t[..k];
            if before.ends_with(" không") || before.ends_with(" không được") || before.ends_with(" không nhất thiết") {
                continue 'cand;
            }
            // the subject: after "thì " or the last ", " of an opening clause, else the sentence's start
            // ("Trong thời hạn 30 ngày ..., cơ quan, tổ chức phải thi hành án có trách nhiệm ...": the last comma, or the
            // start of the group of kinds it stands in)
            // ("... thì trong thời hạn 03 ngày làm việc ..., cơ quan thi hành án dân sự phải gửi ...": an opener after "thì")
            let subj_from = before.rfind(" thì ").map(|i| i + " thì ".len()).map(|f| {
                let rest = &before[f..];
                let mut cs = rest.chars();
                let capital: String = cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default();
                match opens_with_opener(&capital).then(|| crate::normalize::rfind_pair(rest, b',', b' ')).flatten() {
                    Some(j) => group_start(before, f + j + 2),
                    None => f,
                }
            }).or_else(|| {
                opens_with_opener(&before).then(|| crate::normalize::rfind_pair(before, b',', b' ').map(|i| group_start(before, i + 2))).flatten()
            });
            let subj = match subj_from {
                Some(f) => &before[f..],
                None => before,
            };
            let subj = subj.trim();
            // (a party of the procedure, not an authority: "người phải thi hành án", "đương sự", "người yêu cầu")
            // ("Tổ chức, cá nhân đề nghị cấp giấy phép có trách nhiệm bảo đảm ...": the applicant, named by its request)
            // ("Doanh nghiệp, hộ kinh doanh bị thu hồi giấy phép phải chấm dứt hoạt động": a party sanctioned)
            let party = ["người ", "Người ", "đương sự", "Đương sự", "cá nhân", "Cá nhân"].iter().any(|p| subj.starts_with(p))
                || named_by_request(subj)
                || subj.contains(" bị thu hồi ");
            // "cơ quan tiếp nhận hồ sơ phải thông báo ...", "cơ quan cấp giấy phép hoạt động phải có văn bản ...": an
            // authority named by what it does in the procedure (a clause of its own, right before the modal)
            // (or before "có trách nhiệm": "..., cơ quan cấp giấy phép có trách nhiệm cấp lại ...", cp_nd_61 Điều 9.3)
            let by_role = ["cơ quan ", "Cơ quan "].iter().any(|h| subj.starts_with(h))
                && !subj.contains(',')
                // (a name of up to twelve syllables: "cơ quan kiểm tra nhà nước về thực phẩm nhập khẩu")
                && subj.split_whitespace().count() <= 12;
            if by_role && !party {
                let s0 = start + w[0] + lead_ws;
                out.push((vec![subj.to_string()], s0, start + w[0] + sent.len()));
                break;
            }
            if party || subj.is_empty() || subj.len() > 300 || !starts_unit(subj) || has_verb(subj) || first_verb(subj).is_some() {
                continue 'cand;
            }
            let units = split_units(subj);
            if units.is_empty() || !units.iter().all(|u| starts_unit(u) && !is_head_word(u)) {
                continue 'cand;
            }
            let s0 = start + w[0] + lead_ws;
            out.push((units, s0, start + w[0] + sent.len()));
            break;
        }
    }
    out
}

/// The subject of an item's sentence that directs another unit to lead ("X lãnh đạo ...; chỉ đạo Y chủ trì ..."),
/// when `a` holds Y: X's units and where the directing clause starts.
fn directing_subject(text: &str, it: &Item, a: &Assign) -> Option<(Vec<String>, usize)> {
    let para = &text[it.start..it.line_end.min(text.len()).max(it.start)];
    // (the first "chỉ đạo " after "; " or ", ": one search)
    let at = finder!("chỉ đạo ").find_iter(para.as_bytes()).filter_map(|k| k.checked_sub(2)).find(|&a| matches!(&para.as_bytes()[a..a + 2], b"; " | b", "))?;
    let rest = &para[at + 2 + "chỉ đạo ".len()..];
    if !starts_unit(rest) || !rest.contains("chủ trì") {
        return None;
    }
    let head = strip_label(&para[..at]);
    // ("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; chỉ đạo Sở Tài chính chủ trì, ...": the unit given
    // the text)
    let subject = subject_units(head).or_else(|| Some(giao_clauses(head).into_iter().flatten().collect::<Vec<_>>()).filter(|u| !u.is_empty()))?;
    let keys: Vec<String> = a.lead.iter().map(|u| unit_key(u)).collect();
    if subject.iter().any(|u| keys.contains(&unit_key(u))) {
        return None;
    }
    Some((subject, it.start + at + 2))
}

fn make_task(text: &str, items: &[Item], i: usize, a: Assign, limit: usize) -> Task {
    let it = &items[i];
    make_task_span(text, items, i, a, it.start, it.end.min(limit).max(it.start))
}

/// The task of item `i` read from `start..end` (the whole item, or one clause of it).
/// The deadline of a paragraph's task: the first sentence's, else a later sentence's unless that sentence names a
/// subject of its own ("Giao Phòng Nội vụ ... trong tháng 7/2025. Các cơ quan, đơn vị ... báo cáo ... trước ngày
/// 20/12/2025": the second date is theirs, not Phòng Nội vụ's; "... Hoàn thành trước ngày 30/11/2025." is this task's).
fn para_deadline(para: &str) -> (Option<String>, Option<String>) {
    para_deadline_of(para, &[])
}

/// [`para_deadline`] for a task whose leads are `lead`: a later sentence that opens with one of them is its own
/// ("Giữ vững quốc phòng, an ninh. Công an xã chủ trì, ..., hoàn thành trước ngày 31 tháng 3 năm 2026.").
fn para_deadline_of(para: &str, lead: &[String]) -> (Option<String>, Option<String>) {
    // (after the item's label: "3. Ban Tuyên giáo ..." is one sentence)
    let para = strip_label(para.trim_start());
    // "3. Tuyên truyền cổ động trực quan: .... Thời gian: đợt 1 từ ngày 20/01/2025 đến hết ngày 05/02/2025; .... Giao Sở
    // Văn hóa, Thể thao và Du lịch chủ trì ..., hoàn thành trước ngày 25/01/2025.": the sentence that gives the lead its
    // work, after the topic's own time, has the task's date (quangngai_hd_12 III.3)
    // (a later sentence opens after ". ": one search for ". Giao " first, most paragraphs have none)
    if let Some(u) = lead.first().filter(|u| !u.is_empty() && find_fixed!(para, ". Giao ").is_some()) {
        let giao = format!("Giao {u}");
        for k in sentence_starts(para) {
            let sent = &para[k..];
            if sent.starts_with(giao.as_str()) {
                let sent = &sent[..sentence_starts(sent).next().map_or(sent.len(), |e| e - 1)];
                let d = deadline(sent);
                if d.0.is_some() {
                    return d;
                }
            }
        }
    }
    let mut from = 0;
    let mut first = true;
    loop {
        // (the sentence ends at its period, before the next sentence's start)
        let end = sentence_starts(&para[from..]).next().map_or(para.len(), |k| from + k - 1);
        let sent = &para[from..end];
        let st = sent.trim_start();
        let own_subject = !first && starts_unit(st) && !lead.iter().any(|u| !u.is_empty() && st.starts_with(u.as_str()));
        if !own_subject {
            // ("...; Công an tỉnh phối hợp xác thực thông tin công dân. Thời gian thực hiện: năm 2025-2026.": a time
            // field closing the paragraph is the task's)
            // (or the field after a semicolon of the sentence: "...; thời gian thực hiện: tháng 3 - 4/2025.")
            // (one vectorized search for the words, the field's own shape checked where they are: four searches per
            // sentence cost 3% of a parse)
            // (or the bare field: "...; thời gian: tháng 5 - 6/2025.", daklak_kh_88 II.4.b)
            let inner_field = || {
                finder!("hời gian").find_iter(sent.as_bytes())
                    .filter(|&k| sent[..k].ends_with("; t") || sent[..k].ends_with("; T"))
                    .find_map(|k| [" thực hiện:", " hoàn thành:", ":"].iter().find_map(|f| sent[k + "hời gian".len()..].strip_prefix(f)))
                    .map(field_deadline)
                    .filter(|d| d.1.is_some())
            };
            // (or in brackets: "... tổ chức Hội chợ hàng Việt ... tại thành phố Tân An (thời gian: Tháng 7 - 8/2025).",
            // longan_ctr_15)
            let bracket_field = || {
                finder!("hời gian").find_iter(sent.as_bytes())
                    .filter(|&k| sent[..k].ends_with("(t") || sent[..k].ends_with("(T"))
                    .find_map(|k| {
                        let v = sent[k + "hời gian".len()..].trim_start_matches([' ']);
                        let v = ["thực hiện", "hoàn thành"].iter().find_map(|f| v.strip_prefix(f)).unwrap_or(v).trim_start().strip_prefix(':')?;
                        Some(field_deadline(&v[..v.find(')')?]))
                    })
                    .filter(|d| d.1.is_some())
            };
            // (or after the lead in brackets: "... được quốc tế thừa nhận (Bộ Khoa học và Công nghệ chủ trì;\ngiai đoạn 2027 -
            // 2030);", ttg_qd_2214 Điều 1.2.c: the time is the bracket's second field)
            let lead_bracket = || {
                // (most sentences hold none: one search with a searcher built once)
                finder!(" chủ trì;")
                    .find_iter(sent.as_bytes())
                    .filter(|&k| sent[..k].rfind('(').is_some_and(|o| sent[o..k].find(')').is_none()))
                    .find_map(|k| {
                        let v = sent[k + " chủ trì;".len()..].trim_start();
                        let v = &v[..v.find(')')?];
                        (v.len() <= 80).then(|| field_deadline(&join_words(v)))
                    })
                    .filter(|d| d.1.is_some())
            };
            let d = time_field(st).map(field_deadline).filter(|d| d.1.is_some()).or_else(inner_field).or_else(bracket_field).unwrap_or_else(|| deadline(sent));
            let d = if d.1.is_none() { lead_bracket().unwrap_or(d) } else { d };
            if d.1.is_some() {
                return d;
            }
        }
        if end >= para.len() {
            return (None, None);
        }
        from = end + 1;
        first = false;
    }
}

fn make_task_span(text: &str, items: &[Item], i: usize, a: Assign, start: usize, end: usize) -> Task {
    let it = &items[i];
    let body = &text[start..end];
    // the item's first paragraph first: a closing line under the last item ("Kết quả thực hiện báo cáo ... trong quý
    // IV/2024") is not this task's deadline when the task gives its own
    let first_para = &body[..body.find('\n').unwrap_or(body.len())];
    // a "Thời gian: ..." field under the item says it outright
    let field = body.lines().find_map(time_field).map(field_deadline).filter(|d| d.1.is_some());
    // (a date cut by a line's wrap: "... trong quý\nII/2025.": the first paragraph with its wrapped lines joined)
    let wrapped = || {
        let joined = wrapped_paragraph(body);
        if joined.len() > first_para.len() {
            para_deadline_of(&join_words(joined), &a.lead)
        } else {
            (None, None)
        }
    };
    let (deadline, deadline_text) = match field.unwrap_or_else(|| match para_deadline_of(first_para, &a.lead) {
        (None, None) => wrapped(),
        d => d,
    }) {
        // (then the paragraphs after the first, each read the same way: a later sentence that names its own subject
        // keeps its date)
        (None, None) => body[first_para.len()..].lines().map(para_deadline).find(|d| d.1.is_some()).unwrap_or((None, None)),
        d => d,
    };
    let from = if start == it.start { it.start + it.label.len() } else { start };
    let mut first = text[from..it.line_end.min(end).max(from)].trim();
    // "Điều 2." alone on its line, its sentence on the next: the sentence
    if first.is_empty() {
        let after = &text[it.line_end.min(end).max(from)..end];
        first = after.trim_start().lines().next().unwrap_or("").trim();
    }
    let section = {
        let p = match it.kind {
            LabelKind::Dash | LabelKind::Plus => it.parent.map(|p| path(items, p)),
            _ => Some(path(items, i)),
        };
        p.filter(|s| !s.is_empty())
    };
    let mut a = a;
    if a.support.is_empty() && !a.lead.is_empty() {
        // the item's own first sentence (not its sub-items'): "b) Bố trí quỹ đất ...; phối hợp với Sở Công Thương giải
        // quyết ...", "... theo phân cấp; phối hợp\nvới Sở Công Thương trong công tác thẩm định" under a heading that
        // names the lead
        let own_end = items.get(i + 1).map(|n| n.start).filter(|&s| s > start && s < end).unwrap_or(end);
        // (after the label: "Điều 4." is no sentence)
        a.support = sentence_partners(&text[from.min(own_end)..own_end], &a.lead);
    }
    Task { text: first.to_string(), section, lead: a.lead, support: a.support, deadline, deadline_text, span: [start, end] }
}

/// The first paragraph of `t` with the lines a wrap cut it into: on to a line that ends a sentence or clause (".", ";",
/// ":", "!", "?") or before a line that opens an item ("- ", "+ ", "a) ", "2. ").
fn wrapped_paragraph(t: &str) -> &str {
    let mut end = 0;
    for line in t.split_inclusive('\n') {
        let l = line.trim();
        if end > 0 && (l.is_empty() || crate::outline::opens_item(l)) {
            break;
        }
        end += line.len();
        if l.ends_with(['.', ';', ':', '!', '?']) || end > 2000 {
            break;
        }
    }
    t[..end].trim_end()
}

/// The units after "phối hợp (chặt chẽ) với" in the first sentence of `t` (its words may wrap), but the leads.
fn sentence_partners(t: &str, lead: &[String]) -> Vec<String> {
    // (a sentence that assigns work is never longer: the search is bounded whatever the span)
    let t = &t[..crate::references::floor_boundary(t, t.len().min(1200))];
    if find_fixed!(t, "hối hợp").is_none() {
        return Vec::new();
    }
    let flat = join_words(t);
    let sentence = &flat[..sentence_starts(&flat).next().unwrap_or(flat.len())];
    let Some(k) = ["phối hợp với ", "Phối hợp với ", "phối hợp chặt chẽ với ", "Phối hợp chặt chẽ với "].iter().filter_map(|p| sentence.find(p).map(|k| k + p.len())).min() else {
        return Vec::new();
    };
    // ("Chỉ đạo Trung tâm Y tế các huyện phối hợp với các trường học tổ chức ...": the partners of the unit directed)
    if sentence[..k].contains("hỉ đạo ") {
        return Vec::new();
    }
    let rest = &sentence[k..];
    // (the colon of a list of names, which split_units expands: "phối hợp với các Bộ: Y tế, Công Thương, Nông nghiệp và
    // Môi trường rà soát ...")
    let listed = |i: usize| ["các Bộ", "các bộ", "các Sở", "các sở"].iter().any(|h| rest[..i].ends_with(h));
    let upto = rest.match_indices(['.', ';', ':']).find(|&(i, m)| !(m == ":" && listed(i))).map_or(rest.len(), |(i, _)| i);
    let keys: Vec<String> = lead.iter().map(|u| unit_key(u)).collect();
    partners(&rest[..upto]).into_iter().filter(|u| !keys.contains(&unit_key(u))).collect()
}

/// The tasks of a whole text read as one outline (the tests' shorthand for [`crate::outline::parse`] then [`extract`]).
#[cfg(test)]
fn tasks_of(t: &str) -> Vec<Task> {
    let items = crate::outline::parse(t, t.len());
    extract(t, &items, t.len())
}

#[cfg(test)]
mod tests {
    /// [`responsible_subjects`] as it was written first: a search back from each keyword (the definition).
    fn responsible_subjects_by_rfind(flat: &str) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut pos = 0; // the next subject starts at or after this
        let mut from = 0; // where to look for the next keyword
        let words = [finder!(" có trách nhiệm"), finder!(" chịu trách nhiệm")];
        loop {
            let Some((k, klen)) = words
                .iter()
                .filter_map(|f| f.find(flat[from..].as_bytes()).map(|i| (from + i, f.needle().len())))
                .min_by_key(|&(i, _)| i)
            else {
                break;
            };
            from = k + 1;
            if flat[k + klen..].chars().next().is_some_and(|c| crate::normalize::is_alnum(c) || c == '_') {
                continue;
            }
            // the clause: after the last ".", ";" or ":" before the words (which must not be before `pos`), or the start
            let mut start = match flat[..k].rfind(['.', ';', ':']) {
                Some(p) if p >= pos => p + 1,
                Some(_) => continue,
                None if pos == 0 => 0,
                None => continue,
            };
            // "Chánh Văn phòng, Vụ trưởng Vụ Pháp chế ...; Chủ tịch Ủy ban nhân dân tỉnh ...; các cơ quan ... chịu trách
            // nhiệm thi hành": a list of units separated by semicolons is one subject
            loop {
                // the ";" that ends the segment before (spaces between it and this segment aside)
                let semi = flat[..start].trim_end().len();
                if semi <= pos || !flat[..semi].ends_with(';') || !starts_unit(&flat[start..]) {
                    break;
                }
                let semi = semi - 1;
                // ("Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ; ...": a list head and its colon belong to
                // the segment)
                let seg_start = flat[..semi].rfind(['.', ';', ':']).map_or(0, |p| p + 1).max(pos);
                let seg_start = list_head_start(flat, seg_start).max(pos);
                let seg = flat[seg_start..semi].trim();
                if seg.is_empty() || first_verb(seg).is_some() {
                    // "Trách nhiệm tổ chức thực hiện Chánh Văn phòng, ...": an article's title before its sentence
                    if let Some(tail) = last_unit_phrase(seg).filter(|t| t.len() < seg.len() && first_verb(t).is_none() && t.starts_with(char::is_uppercase)) {
                        let tail_start = flat[..semi].trim_end().len() - tail.len();
                        if !flat[..tail_start].trim_end().ends_with("của") {
                            start = tail_start;
                        }
                    }
                    break;
                }
                if !starts_unit(seg) {
                    break;
                }
                start = seg_start;
            }
            let rest = &flat[start..k];
            let subj_start = start + (rest.len() - rest.trim_start().len());
            let subj_end = flat[..k].trim_end().len().max(subj_start);
            let n = flat[subj_start..subj_end].chars().count();
            let most = if flat[k + klen..].trim_start().starts_with("thi hành") { 800 } else { 400 };
            if !(2..=most).contains(&n) {
                continue;
            }
            out.push(subj_start..subj_end);
            pos = k + klen;
            from = pos;
        }
        out
    }

    #[test]
    fn last_stop_and_holds_as_defined() {
        let pieces = ["Sở", ". ", ";", ":", " vướng mắc", "vướng", " mắc", "đ", "x", " "];
        let mut rng = crate::TestRng::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..2000 {
            let t = rng.text(&pieces, 30);
            let mut at: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i) && rng.below(3) == 0).collect();
            at.dedup();
            let mut stops = LastStop::new(&t, b".;");
            let found = occurrences(&t, "vướng mắc");
            let mut from = 0;
            for &k in &at {
                assert_eq!(stops.before(k), t[..k].rfind(['.', ';']), "{t:?} at {k}");
                assert_eq!(holds(&found, "vướng mắc".len(), from, k), t[from..k].contains("vướng mắc"), "{t:?} {from}..{k}");
                from = k.min(from + rng.below(5));
                while !t.is_char_boundary(from) {
                    from -= 1;
                }
            }
        }
    }

    #[test]
    fn responsible_subjects_as_defined() {
        let mut texts: Vec<String> = Vec::new();
        for t in crate::corpus_docs() {
            texts.extend(t.split("\n\n").map(crate::normalize::join_words));
            texts.push(crate::normalize::join_words(&t));
        }
        // random texts of the pieces the rules look at, delimiters and keywords among them
        let pieces = ["Sở Y tế", " có trách nhiệm", " chịu trách nhiệm", "; ", ". ", ": ", ", ", "các sở:", "Giám đốc các Sở:", " báo cáo", "x", " ", "trách nhiệmx", "Ủy ban nhân dân tỉnh", "thực hiện"];
        let mut rng = crate::TestRng::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            texts.push(rng.text(&pieces, 40));
        }
        let mut found = 0;
        for t in &texts {
            let want = responsible_subjects_by_rfind(t);
            found += want.len();
            assert_eq!(responsible_subjects(t), want, "{t:?}");
        }
        assert!(found > 500, "{found} subjects");
    }

    #[test]
    fn responsible_subjects_of_a_long_text_without_stops_is_linear() {
        // one "sentence" of 2,000 keywords and no ".", ";" or ":": each keyword searched back to the start before
        let line = "phạm vi chức năng, nhiệm vụ có trách nhiệm tổ chức triển khai, phổ biến Quy định này đến ";
        let t = line.repeat(2000);
        let at = std::time::Instant::now();
        let n = responsible_subjects(&t).len();
        assert!(n <= 1 && at.elapsed() < std::time::Duration::from_secs(2), "{n} subjects in {:?}", at.elapsed());
    }

    use super::*;
    use crate::outline;

    fn tasks(t: &str) -> Vec<Task> {
        let items = outline::parse(t, t.len());
        let strict = strict_items(&items);
        later_paragraphs(t, &items, t.len(), &strict, extract_with(t, &items, t.len(), &strict))
    }

    /// A task's units as `&str`s, to compare with literals.
    fn names(units: &[String]) -> Vec<&str> {
        units.iter().map(String::as_str).collect()
    }

    #[test]
    fn described_holders_head_their_duty_lists() {
        // NĐ 152/2026/NĐ-CP Điều 38: "Cơ quan, tổ chức đang bảo quản ..." (a described organization, not the verb
        // "tổ chức") and "Thủ kho vật chứng" head the points under them
        let t = "Điều 38. Trách nhiệm, quyền hạn của các cơ quan, tổ chức, cá nhân trong bảo quản vật chứng\n1. Cơ quan, tổ chức đang bảo quản vật chứng, tài sản tạm giữ có trách nhiệm, quyền hạn sau đây:\na) Bàn giao vật chứng, tài sản tạm giữ cho cơ quan thi hành án dân sự;\nb) Định kỳ 06 tháng, hàng năm phối hợp với cơ quan thi hành án dân sự rà soát, thống kê vật chứng.\n2. Thủ kho vật chứng có trách nhiệm sau đây:\na) Tiếp nhận, nhập, xuất, bảo quản vật chứng tại kho;\nb) Định kỳ 06 tháng, hàng năm tiến hành kiểm kê kho vật chứng.\n";
        let ts = tasks(t);
        let got: Vec<(&str, Vec<&str>)> = ts.iter().map(|t| (t.section.as_deref().unwrap_or(""), names(&t.lead))).collect();
        let holder = "Cơ quan, tổ chức đang bảo quản vật chứng, tài sản tạm giữ";
        assert_eq!(
            got,
            vec![
                ("Điều 38.1.a", vec![holder]),
                ("Điều 38.1.b", vec![holder]),
                ("Điều 38.2.a", vec!["Thủ kho vật chứng"]),
                ("Điều 38.2.b", vec!["Thủ kho vật chứng"]),
            ]
        );
    }

    #[test]
    fn requests_in_a_procedure_are_not_tasks() {
        let t = "Điều 47. Tổ chức cưỡng chế\n6. Cơ quan thi hành án cấp quân khu đề nghị Ủy ban nhân dân cấp xã nơi tổ chức cưỡng chế cử đại diện tham gia cưỡng chế.\nĐiều 50. Xác định mức tiền\n1. Trường hợp cần thiết, Chấp hành viên có thể đề nghị cơ quan chuyên môn có liên quan phối hợp để xác định mức tiền.\n";
        assert!(tasks(t).is_empty(), "{:?}", tasks(t));
        // a letter's request is the work it asks for
        let t = "1. Đề nghị Sở Y tế chỉ đạo các bệnh viện báo cáo kết quả.\n";
        assert_eq!(tasks(t)[0].lead, vec!["Sở Y tế"]);
    }

    #[test]
    fn delegations_in_later_sentences_and_of_a_matter() {
        // VBHN 40/VBHN-VPQH Điều 19.4; Luật 131/2025/QH15 (Điều 150 quoted): "quy định về" after a rule-maker
        let t = "Điều 19. Đổi thẻ bảo hiểm y tế\n4. Người tham gia bảo hiểm y tế đề nghị đổi thẻ phải nộp phí. Bộ trưởng Bộ Tài chính quy định mức phí đổi thẻ bảo hiểm y tế.\nĐiều 150. Hồ sơ đăng ký hợp đồng\n1. Chính phủ quy định về hồ sơ đăng ký hợp đồng sử dụng quyền sở hữu công nghiệp.\n2. Hợp đồng phải được lập thành văn bản. Việc chấm dứt hợp đồng do Tòa án quyết định.\n";
        let ts = tasks(t);
        let got: Vec<(&str, Vec<&str>)> = ts.iter().map(|t| (t.section.as_deref().unwrap_or(""), names(&t.lead))).collect();
        assert_eq!(got, vec![("Điều 19.4", vec!["Bộ trưởng Bộ Tài chính"]), ("Điều 150.1", vec!["Chính phủ"])]);
        assert!(ts[0].text.starts_with("Bộ trưởng Bộ Tài chính quy định"), "{}", ts[0].text);
    }

    #[test]
    fn duties_of_two_described_bodies() {
        // VBHN 40/VBHN-VPQH Điều 45 (17 words after "của"; "người sử dụng lao động" is the employer, no verb)
        let t = "Điều 45. Trách nhiệm của tổ chức đại diện người lao động và tổ chức đại diện người sử dụng lao động\n1. Tuyên truyền, phổ biến chính sách, pháp luật về bảo hiểm y tế.\n2. Tham gia thanh tra, kiểm tra việc thực hiện pháp luật về bảo hiểm y tế.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2);
        assert_eq!(ts[1].lead, ["tổ chức đại diện người lao động", "tổ chức đại diện người sử dụng lao động"]);
    }

    #[test]
    fn definitions_and_competences_are_not_tasks() {
        // Luật 131/2025/QH15 (quoted Điều 16.3, Điều 147.1)
        let t = "Điều 1. Sửa đổi, bổ sung\n8. Sửa đổi, bổ sung khoản 3 Điều 16 như sau:\n“3. Tổ chức, cá nhân khởi xướng và có trách nhiệm đối với việc định hình lần đầu âm thanh, hình ảnh của cuộc biểu diễn (sau đây gọi là nhà sản xuất bản ghi âm, ghi hình).”.\n9. Sửa đổi, bổ sung khoản 1 Điều 147 như sau:\n“1. Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương ban hành quyết định chuyển giao quyền sử dụng sáng chế trên cơ sở xem xét yêu cầu đối với trường hợp quy định tại các điểm b, c và d khoản 1 Điều 145 của Luật này.”.\n";
        assert!(tasks(t).is_empty(), "{:?}", tasks(t));
    }

    #[test]
    fn law_duty_bearers_cut_where_they_end() {
        // VBHN 40/VBHN-VPQH (Luật Bảo hiểm y tế) Điều 8, 15, 29, 21
        let t = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/law_duties.txt")).unwrap();
        let got: Vec<(String, Vec<String>)> = tasks(&t).into_iter().map(|t| (t.section.unwrap_or_default(), t.lead)).collect();
        let want: Vec<(&str, Vec<&str>)> = vec![
            ("Điều 8.2", vec!["Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"]),
            ("Điều 8.3.a", vec!["Ủy ban nhân dân xã, phường, thị trấn"]),
            ("Điều 8.3.b", vec!["Ủy ban nhân dân xã, phường, thị trấn"]),
            ("Điều 15.3", vec!["cơ quan bảo hiểm xã hội"]),
            ("Điều 29.3", vec!["Cơ quan bảo hiểm xã hội"]),
            ("Điều 21.2", vec!["Bộ trưởng Bộ Y tế"]),
            ("Điều 22.1", vec!["các đơn vị trực thuộc Bộ Quốc phòng đóng quân trên địa bàn thành phố Hà Nội (Cơ quan chính trị)"]),
        ];
        let want: Vec<(String, Vec<String>)> = want.into_iter().map(|(s, l)| (s.to_string(), l.into_iter().map(String::from).collect())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_long_closing_list_with_groups_of_concerned_units() {
        // a provincial decision's closing article (QĐ 1209/QĐ-UBND Hà Giang, 2013, as published): five units, 340 bytes
        let t = "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở, Ban, ngành, đoàn thể có liên quan; Chủ tịch Ủy ban nhân dân các huyện/thành phố; Các thành viên Ban Chỉ đạo công tác Dân số - KHHGĐ tỉnh Hà Giang và các đơn vị, tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 1);
        assert_eq!(ts[0].lead.len(), 5, "{:?}", ts[0].lead);
        assert_eq!(ts[0].lead[1], "Giám đốc các Sở, Ban, ngành, đoàn thể có liên quan");
    }

    #[test]
    fn an_article_label_alone_on_its_line() {
        // QĐ 1528/QĐ-UBND Bình Định (2021), as a web page lays it out: "Điều 2." / "Giao Sở ..."
        let t = "Điều 1.\nBan hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình.\nĐiều 2.\nGiao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị, địa phương liên quan tổ chức triển khai thực hiện Kế hoạch này.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 1);
        assert_eq!(ts[0].lead, ["Sở Lao động - Thương binh và Xã hội"]);
        assert!(ts[0].text.starts_with("Giao Sở Lao động"), "{:?}", ts[0].text);
    }

    #[test]
    fn a_body_named_by_its_role_opens_a_sentence() {
        // QĐ 1880/QĐ-BYT-like rules (a written variant), Điều 5.1, 7.4: "Đơn vị" at a sentence's start heads a unit as
        // "đơn vị" does inside one
        let t = "Điều 5. Trách nhiệm thi hành\n\n1. Đơn vị chủ trì soạn thảo có trách nhiệm đánh giá tác động của quy định.\n\n2. Đơn vị được giao xử lý phản ánh, kiến nghị có trách nhiệm nghiên cứu, xử lý.\n";
        let ts = tasks(t);
        let leads: Vec<_> = ts.iter().map(|t| t.lead.clone()).collect();
        assert_eq!(leads, [vec!["Đơn vị chủ trì soạn thảo".to_string()], vec!["Đơn vị được giao xử lý phản ánh, kiến nghị".to_string()]]);
    }

    #[test]
    fn fields_of_a_point_named_by_cơ_quan() {
        // a written plan (bacgiang_kh_245 II.1.b): "- Cơ quan chủ trì: ..." under a point is a field of its task, as "- Đơn vị
        // chủ trì: ..." is, not a task of its own
        let t = "1. Tuyên truyền\n\nb) Biên soạn tài liệu về bảo vệ dữ liệu cá nhân.\n\n- Cơ quan chủ trì: Sở Thông tin và Truyền thông.\n\n- Cơ quan phối hợp: Công an tỉnh, Sở Tư pháp.\n\n- Thời hạn: Quý III/2023.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["Sở Thông tin và Truyền thông"]);
        assert_eq!(ts[0].support, ["Công an tỉnh", "Sở Tư pháp"]);
        assert_eq!(ts[0].deadline.as_deref(), Some("2023-09"));
        // a sentence whose subject opens with the same words is no field
        assert!(!is_attribute_line("- Cơ quan chủ trì soạn thảo có trách nhiệm lấy ý kiến"));
    }

    #[test]
    fn a_letter_s_paragraphs_and_bullets_with_their_own_units() {
        // a written Công văn of a Sở (cantho_cv_3318, 3 and 6)
        let t = "3. Công tác chăm lo Tết\n\n- Đề nghị Công đoàn ngành Giáo dục thành phố phối hợp với Văn phòng Sở tổ chức thăm, tặng quà cán bộ trong tháng 01/2027.\n\n- Sau Tết, các đơn vị rà soát sĩ số học sinh, báo cáo về Sở trước ngày 19/02/2027.\n\n6. Chế độ thông tin, báo cáo\n\nCác đơn vị trực thuộc Sở báo cáo nhanh tình hình trước ngày 16/02/2027.\n\nỦy ban nhân dân các xã, phường tổng hợp tình hình, gửi về Sở trước ngày 18/02/2027. Văn phòng Sở có trách nhiệm tổng hợp, báo cáo trước ngày 22/02/2027.\n";
        let got: Vec<(String, Option<String>)> = tasks(t).into_iter().map(|t| (t.lead.join("; "), t.deadline)).collect();
        let want = [
            ("Công đoàn ngành Giáo dục thành phố", "2027-01"),
            ("các đơn vị", "2027-02-19"),
            ("Các đơn vị trực thuộc Sở", "2027-02-16"),
            ("Ủy ban nhân dân các xã, phường", "2027-02-18"),
            ("Văn phòng Sở", "2027-02-22"),
        ];
        assert_eq!(got, want.map(|(l, d)| (l.to_string(), Some(d.to_string()))));
    }

    #[test]
    fn a_unit_before_a_colon_and_a_later_sentence_of_another() {
        // a written Quy định (hoabinh_qd_18 Điều 11.1, 11.3)
        let t = "Điều 11. Trách nhiệm của các sở, ban, ngành khác\n\n1. Sở Kế hoạch và Đầu tư: Hướng dẫn trình tự, thủ tục đầu tư; phối hợp với các Bộ: Y tế, Công Thương theo dõi.\n\n3. Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh thực hiện ngoại kiểm chất lượng nước sạch. Trung tâm Kiểm soát bệnh tật tỉnh có trách nhiệm gửi kết quả kiểm tra cho UBND cấp huyện.\n";
        let got: Vec<(Vec<String>, Vec<String>)> = tasks(t).into_iter().map(|t| (t.lead, t.support)).collect();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            got,
            [
                (s(&["Sở Kế hoạch và Đầu tư"]), s(&["Bộ Y tế", "Bộ Công Thương"])),
                (s(&["Sở Y tế"]), vec![]),
                (s(&["Trung tâm Kiểm soát bệnh tật tỉnh"]), vec![]),
            ]
        );
    }

    #[test]
    fn a_port_authority_heads_its_duty_list() {
        // a written Nghị định (cp_nd_52 Điều 9.1): "Cảng vụ" names a unit
        let t = "Điều 9. Quản lý hoạt động tại cảng\n\n1. Cảng vụ đường thủy nội địa khu vực có trách nhiệm:\n\na) Kiểm tra giấy tờ của phương tiện;\n\nb) Phối hợp với Công an cấp xã xử lý phương tiện neo đậu trái phép.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert!(ts.iter().all(|t| t.lead == ["Cảng vụ đường thủy nội địa khu vực"]), "{ts:?}");
        assert_eq!(ts[1].support, ["Công an cấp xã"]);
    }

    #[test]
    fn youth_unions_federations_and_the_verbs_of_a_propaganda_plan() {
        // written documents (quangngai_hd_12 IV.3, IV.7, IV.8; vinhlong_kh_87 II.4): "Tỉnh đoàn", "Huyện đoàn" name a unit
        // alone; "Liên hiệp các Hội ..." opens one; "xuất bản", "phát động", "duy trì, nhân rộng", "lồng ghép" end the
        // units before them; units asked end at the colon before a capitalized verb
        let t = "1. Tỉnh đoàn chủ trì tổ chức hành trình \"Về nguồn\", hoàn thành trong tháng 3/2025.\n2. Liên hiệp các Hội Văn học nghệ thuật tỉnh có trách nhiệm tổ chức sáng tác trong Quý II/2025.\n3. Báo Quảng Ngãi, Đài Phát thanh - Truyền hình tỉnh\n- Mở chuyên mục tuyên truyền.\n- Báo Quảng Ngãi xuất bản số đặc biệt, phát hành trước ngày 24/3/2025.\n4. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Hướng dẫn, chỉ đạo hệ thống tổ chức mình tuyên truyền.\n5. Đề nghị Huyện đoàn, Hội Liên hiệp Phụ nữ huyện duy trì, nhân rộng các mô hình.\n6. UBND các xã, thị trấn phát động phong trào \"Ngày Chủ nhật xanh\"; hoàn thành trong quý IV/2025.\n7. Nhà xuất bản Chính trị quốc gia Sự thật tổ chức biên soạn tài liệu.\n8. Ban Tổ chức Lễ phát động tổ chức tổng duyệt chương trình.\n";
        let ts = tasks(t);
        let leads: Vec<(Vec<String>, Option<String>)> = ts.iter().map(|t| (t.lead.clone(), t.deadline.clone())).collect();
        let l = |u: &[&str], d: Option<&str>| (u.iter().map(|s| s.to_string()).collect::<Vec<_>>(), d.map(String::from));
        assert!(leads.contains(&l(&["Tỉnh đoàn"], Some("2025-03"))), "{leads:?}");
        assert!(leads.contains(&l(&["Liên hiệp các Hội Văn học nghệ thuật tỉnh"], Some("2025-06"))), "{leads:?}");
        assert!(leads.contains(&l(&["Báo Quảng Ngãi"], Some("2025-03-24"))), "{leads:?}");
        assert!(leads.contains(&l(&["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], None)), "{leads:?}");
        assert!(leads.contains(&l(&["Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện"], None)), "{leads:?}");
        assert!(leads.contains(&l(&["UBND các xã, thị trấn"], Some("2025-12"))), "{leads:?}");
        // (the publisher's name is not cut at "xuất bản")
        assert!(leads.contains(&l(&["Nhà xuất bản Chính trị quốc gia Sự thật"], None)), "{leads:?}");
        // (nor the ceremony's board at "phát động")
        assert!(leads.contains(&l(&["Ban Tổ chức Lễ phát động"], None)), "{leads:?}");
    }

    #[test]
    fn a_request_over_unit_headings_is_no_task_and_each_heading_keeps_its_points() {
        // kontum_tb_1245 2 (shortened): the request opens the list; "2.2. Ban Tuyên giáo Tỉnh ủy:" over points that name
        // no unit of their own gives a task per point
        let t = "2. Thời gian tới, Thường trực Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:\n2.1. Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh nắm tình hình dư luận, báo cáo trước ngày 25/12/2024.\n2.2. Ban Tuyên giáo Tỉnh ủy:\n- Chủ trì, phối hợp với Báo Kon Tum định hướng công tác tuyên truyền.\n- Tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận số 01-KL/TW, hoàn thành trong tháng 12/2024.\n";
        let ts = tasks(t);
        let got: Vec<(&str, Vec<&str>, Option<&str>)> =
            ts.iter().map(|t| (t.section.as_deref().unwrap_or(""), names(&t.lead), t.deadline.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                ("2.1", vec!["Ban Dân vận Tỉnh ủy"], Some("2024-12-25")),
                ("2.2", vec!["Ban Tuyên giáo Tỉnh ủy"], None),
                ("2.2", vec!["Ban Tuyên giáo Tỉnh ủy"], Some("2024-12")),
            ]
        );
    }

    #[test]
    fn a_heading_unit_whose_duty_after_the_colon_is_in_lower_case() {
        // ninhbinh_ct_11 item 2: "X: chủ trì, phối hợp với ..." is X's task; a later sentence binds another unit
        let t = "2. Giám đốc Sở Nông nghiệp và Môi trường: chủ trì, phối hợp với Công an tỉnh rà soát khu vực cấm, hoàn thành trước ngày 30/6/2025; kiểm tra việc chấp hành giấy phép. Sở Tài chính có trách nhiệm bố trí kinh phí cắm mốc giới.\n";
        let ts = tasks(t);
        let got: Vec<(Vec<&str>, Vec<&str>, Option<&str>)> =
            ts.iter().map(|t| (names(&t.lead), names(&t.support), t.deadline.as_deref())).collect();
        assert_eq!(
            got,
            vec![(vec!["Giám đốc Sở Nông nghiệp và Môi trường"], vec!["Công an tỉnh"], Some("2025-06-30")), (vec!["Sở Tài chính"], vec![], None)]
        );
    }

    #[test]
    fn each_unit_directed_after_a_semicolon_has_its_clause() {
        // tuyenquang_nq_14 Điều 7.1 (shortened; an item of a resolution, not read strictly): "...; chỉ đạo Sở X chủ trì
        // ...; chỉ đạo Sở Y chủ trì ..., thực hiện thường xuyên"
        let t = "III. TỔ CHỨC THỰC HIỆN\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này. Ủy ban nhân dân tỉnh có trách nhiệm phê duyệt danh mục vùng sản xuất, hoàn thành trước ngày 30/6/2025; chỉ đạo Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính ban hành hướng dẫn trong tháng 6 năm 2025; chỉ đạo Sở Công Thương chủ trì, phối hợp với Ủy ban nhân dân các huyện tổ chức xúc tiến thương mại, thực hiện thường xuyên.\n";
        let ts = tasks(t);
        let got: Vec<(Vec<&str>, Option<&str>)> = ts.iter().map(|t| (names(&t.lead), t.deadline.as_deref())).collect();
        assert_eq!(
            got,
            // (the gold's two tasks of the province: the sentence that gives it the resolution, and the one that names it
            // again with a date of its own)
            vec![
                (vec!["Ủy ban nhân dân tỉnh"], None),
                (vec!["Ủy ban nhân dân tỉnh"], Some("2025-06-30")),
                (vec!["Sở Nông nghiệp và Môi trường"], Some("2025-06")),
                (vec!["Sở Công Thương"], None),
            ]
        );
    }

    #[test]
    fn a_giao_sentence_after_a_topics_time_field_keeps_its_own_date() {
        // quangngai_hd_12 III.3: the topic's "Thời gian:" runs to 05/02; the unit given the work must finish by 25/01
        let t = "III. HÌNH THỨC TUYÊN TRUYỀN\n3. Tuyên truyền cổ động trực quan: treo cờ, băng rôn, khẩu hiệu. Thời gian: đợt 1 từ ngày 20/01/2025 đến hết ngày 05/02/2025. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban nhân dân thành phố trang trí khu vực trung tâm, hoàn thành trước ngày 25/01/2025.\n4. Sở Y tế tổ chức tập huấn. Thời gian: tháng 3/2025.\n";
        let ts = tasks(t);
        let got: Vec<(Vec<&str>, Option<&str>)> = ts.iter().map(|t| (names(&t.lead), t.deadline.as_deref())).collect();
        assert_eq!(got, vec![(vec!["Sở Văn hóa, Thể thao và Du lịch"], Some("2025-01-25")), (vec!["Sở Y tế"], Some("2025-03"))]);
    }

    #[test]
    fn a_coordination_rule_binds_its_partners_and_not_its_applicants() {
        // thuathienhue_qd_35 (a Quy chế phối hợp, read strictly): "X, Y phối hợp với Z <verb>" is X's and Y's duty, Z
        // named in full ("ven biển"); who wishes to hold an event is the applicant, not a unit given work
        let t = "Điều 6. Tổ chức sự kiện\n4. Tổ chức, cá nhân có nhu cầu tổ chức sự kiện tại khu du lịch có trách nhiệm gửi văn bản đến UBND cấp huyện.\nĐiều 7. Phối hợp bảo đảm an ninh\n2. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với UBND cấp huyện ven biển bố trí lực lượng tìm kiếm, cứu nạn.\n";
        let ts = tasks(t);
        let got: Vec<(Vec<&str>, Vec<&str>)> =
            ts.iter().map(|t| (names(&t.lead), names(&t.support))).collect();
        assert_eq!(got, vec![(vec!["Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], vec!["UBND cấp huyện ven biển"])]);
        // tuyenquang_nq_14 Điều 3.3.a: who asks for support files the papers; the commune's step after it is a task
        let t = "Điều 3. Hồ sơ, trình tự hỗ trợ\n3. Hồ sơ\na) Tổ chức, cá nhân đề nghị hỗ trợ nộp 01 bộ hồ sơ tại Ủy ban nhân dân cấp xã trước ngày 31 tháng 3 hằng năm.\nb) Ủy ban nhân dân cấp xã có trách nhiệm kiểm tra hồ sơ.\n";
        let leads: Vec<Vec<String>> = tasks(t).into_iter().map(|t| t.lead).collect();
        assert_eq!(leads, [["Ủy ban nhân dân cấp xã"]]);
    }

    #[test]
    fn the_points_of_a_topic_under_a_duty_heading_are_its_tasks() {
        // bgtvt_tt_17 Điều 10.4: "Về ...:" groups two duties of the article's unit; each point is a task
        let t = "Điều 10. Trách nhiệm của Cục Đường thủy nội địa Việt Nam\n1. Hướng dẫn, kiểm tra việc thực hiện Thông tư này.\n2. Về công tác theo dõi, thống kê:\na) Định kỳ hằng quý tổng hợp tình hình tai nạn, báo cáo Bộ trưởng;\nb) Thường xuyên theo dõi, đôn đốc các địa phương cập nhật dữ liệu.\n3. Phối hợp với Cục Cảnh sát giao thông chia sẻ dữ liệu.\n";
        let ts = tasks(t);
        let got: Vec<(&str, Vec<&str>)> = ts.iter().map(|t| (t.section.as_deref().unwrap_or(""), names(&t.lead))).collect();
        let cuc = vec!["Cục Đường thủy nội địa Việt Nam"];
        assert_eq!(got, vec![("Điều 10.1", cuc.clone()), ("Điều 10.2.a", cuc.clone()), ("Điều 10.2.b", cuc.clone()), ("Điều 10.3", cuc.clone())]);
    }

    #[test]
    fn a_whole_sentence_over_a_point_of_another_unit_is_a_task_too() {
        // vinhlong_kh_87 II.5: the "-" bullet gives its own unit work in a whole sentence; the "+" under it names another
        // unit. Both are tasks. A line that opens a list ("... chủ trì, phối hợp với ...:") still heads its points.
        let t = "5. Kiểm tra, giám sát\n- Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Công an huyện kiểm tra, xử lý các hành vi đổ rác không đúng nơi quy định; định kỳ 6 tháng/lần.\n+ UBND các xã, thị trấn thành lập Tổ tự quản về môi trường; báo cáo kết quả trước ngày 20 tháng 6 hằng năm.\n6. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với các xã:\n- Rà soát tuyến thu gom.\n- Đề xuất điểm tập kết.\n";
        let ts = tasks(t);
        let got: Vec<(Vec<&str>, Vec<&str>)> =
            ts.iter().map(|t| (names(&t.lead), names(&t.support))).collect();
        assert_eq!(
            got,
            vec![
                (vec!["Phòng Tài nguyên và Môi trường"], vec!["Công an huyện"]),
                (vec!["UBND các xã, thị trấn"], vec![]),
                (vec!["Phòng Kinh tế và Hạ tầng"], vec!["các xã"]),
                (vec!["Phòng Kinh tế và Hạ tầng"], vec!["các xã"]),
            ]
        );
    }

    #[test]
    fn bound_steps_of_a_procedure() {
        // NĐ 152/2026/NĐ-CP (Điều 7.4, 9.4, 34.1 as printed, shortened): an authority bound by "phải" / "có trách
        // nhiệm" after an opening clause; a party's duty ("người phải thi hành án") and a liability are not tasks
        let t = "Điều 7. Nhận bản án\n4. Khi nhận bản án, quyết định, cơ quan thi hành án dân sự phải kiểm tra, vào sổ nhận bản án, quyết định.\nĐiều 9. Yêu cầu thi hành án\n4. Người yêu cầu phải nộp đơn. Khi tiếp nhận yêu cầu thi hành án, cơ quan thi hành án dân sự phải cấp phiếu nhận yêu cầu.\nĐiều 34. Thu tiền của phạm nhân\n2. Người phải thi hành án phải nộp tiền. Chấp hành viên phải nộp báo cáo khi được yêu cầu, Người phải thi hành án phải nộp.\n";
        let ts = tasks(t);
        let got: Vec<(&str, Vec<&str>)> = ts.iter().map(|t| (t.section.as_deref().unwrap_or(""), names(&t.lead))).collect();
        assert_eq!(
            got,
            vec![
                ("Điều 7.4", vec!["cơ quan thi hành án dân sự"]),
                ("Điều 9.4", vec!["cơ quan thi hành án dân sự"]),
            ]
        );
    }

    #[test]
    fn the_papers_of_a_file_are_not_tasks() {
        // NĐ 152/2026/NĐ-CP Điều 69.1 (shortened): the duty, then the papers the file holds
        let t = "Điều 69. Đăng ký, chuyển quyền sở hữu, sử dụng tài sản\n1. Cơ quan nhà nước có thẩm quyền có trách nhiệm làm thủ tục đăng ký, chuyển quyền sở hữu tài sản cho người mua tài sản thi hành án. Hồ sơ đăng ký, chuyển quyền sở hữu, sử dụng gồm có:\na) Văn bản đề nghị của cơ quan thi hành án dân sự;\nb) Bản sao bản án, quyết định;\nc) Bản sao quyết định thi hành án.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].section.as_deref(), Some("Điều 69.1"));
        assert_eq!(ts[0].lead, ["Cơ quan nhà nước có thẩm quyền"]);
    }

    #[test]
    fn a_case_then_its_consequence() {
        // VBHN 6659/VBHN-BLĐTBXH Điều 20.2 (a case of the heading unit's duty) and a case that binds its own subject
        assert_eq!(subject_units_with("Đối với công ty mẹ - Tập đoàn kinh tế nhà nước, Tổng công ty Quản lý bay Việt Nam thì đồng thời gửi Bộ Lao động - Thương binh và Xã hội để theo dõi.", true), None);
        assert_eq!(subject_units_with("Đối với các doanh nghiệp nhà nước thì phải báo cáo Bộ Tài chính trước ngày 31 tháng 3.", true), Some(vec!["các doanh nghiệp nhà nước".to_string()]));
    }

    #[test]
    fn who_answers_for_the_result_is_no_task_and_applicants_send_requests() {
        // hanam_qd_31 Quy chế Điều 3.2: a principle of working together
        assert!(assignments("2. Xác định rõ cơ quan chủ trì, cơ quan phối hợp, nội dung và thời hạn phối hợp; cơ quan chủ trì chịu trách nhiệm chính về kết quả thực hiện nhiệm vụ được giao.", true).lead.is_empty());
        // bct_tt_27 Điều 8.1: the trader's request for a new certificate
        assert!(assignments("1. Trường hợp Giấy chứng nhận bị mất, hư hỏng, thương nhân phải gửi văn bản đề nghị cấp lại kèm theo tài liệu chứng minh đến cơ quan cấp Giấy chứng nhận.", true).lead.is_empty());
        // a boat's owner and master, the regulated parties of a rule on tourist boats (quangninh_qd_20 Điều 6)
        assert_eq!(split_units("chủ tàu, thuyền trưởng"), ["chủ tàu", "thuyền trưởng"]);
        assert_eq!(assignments("2. Trước khi cho tàu rời cảng, bến, thuyền trưởng phải kiểm tra số lượng khách, thuyền viên theo danh sách đã khai báo.", true).lead, ["thuyền trưởng"]);
        // an investor's standing duty after an opener, in lower case (btc_tt_44 Điều 9.2, GOLD.md); its filing step is
        // none (Điều 6.1)
        assert_eq!(assignments("2. Sau khi nghiệm thu, chủ đầu tư có trách nhiệm tổ chức quản lý, vận hành công trình, bảo đảm cung cấp nước liên tục.", true).lead, ["chủ đầu tư"]);
        assert!(assignments("1. Chủ đầu tư lập 01 bộ hồ sơ đề nghị hỗ trợ, gồm:", true).lead.is_empty());
        // regulated parties' standing duties (GOLD.md, session 24; variants of bct_tt_27 Điều 9.2, cp_nd_87 Điều 4.2 and 9.3,
        // vbpl_doc_000172 Điều 1.64, quangtri_qd_25 Điều 8.1, NĐ 372/2025 Điều 1.4), not their filing steps (bct_tt_27 Điều
        // 6.1, 6.2; cp_nd_63 Điều 8.1)
        assert_eq!(assignments("Thương nhân phải báo cáo kết quả khắc phục bằng văn bản gửi Sở Công Thương trước khi hết thời hạn khắc phục.", true).lead, ["Thương nhân"]);
        assert_eq!(assignments("2. Cơ sở kinh doanh phải duy trì các điều kiện an toàn về phòng cháy, chữa cháy trong suốt thời gian hoạt động.", true).lead, ["Cơ sở kinh doanh"]);
        assert_eq!(assignments("3. Doanh nghiệp, hộ kinh doanh bị thu hồi giấy phép phải chấm dứt hoạt động kinh doanh.", true).lead, ["Doanh nghiệp, hộ kinh doanh bị thu hồi giấy phép"]);
        assert_eq!(assignments("c) Chủ quản nền tảng số có trách nhiệm triển khai các biện pháp bảo vệ quyền sở hữu trí tuệ trên không gian mạng.", true).lead, ["Chủ quản nền tảng số"]);
        assert_eq!(assignments("1. Chủ sở hữu hoặc người quản lý, sử dụng công trình có trách nhiệm lập kế hoạch bảo trì công trình.", true).lead, ["Chủ sở hữu hoặc người quản lý, sử dụng công trình"]);
        assert_eq!(assignments("4. Trong thời hạn 07 ngày kể từ ngày có thay đổi về thông tin, doanh nghiệp dịch vụ phải cập nhật trên trang thông tin điện tử.", true).lead, ["doanh nghiệp dịch vụ"]);
        assert_eq!(assignments("3. Cơ sở xử lý chất thải rắn xây dựng có trách nhiệm lập sổ theo dõi khối lượng chất thải tiếp nhận, xử lý.", true).lead, ["Cơ sở xử lý chất thải rắn xây dựng"]);
        assert_eq!(subject_units_with("Trường hợp lưu giữ chất thải tạm thời trên hè phố để chờ vận chuyển, tổ chức, cá nhân phải che chắn kín.", true), Some(vec!["tổ chức, cá nhân".to_string()]));
        assert!(assignments("1. Thương nhân phải nộp 01 bộ hồ sơ đề nghị cấp Giấy chứng nhận đến cơ quan cấp Giấy chứng nhận.", true).lead.is_empty());
        assert!(assignments("2. Thương nhân chịu trách nhiệm về tính chính xác, trung thực của thông tin, tài liệu trong hồ sơ.", true).lead.is_empty());
        assert!(assignments("1. Chủ giấy phép đề nghị gia hạn giấy phép phải nộp hồ sơ chậm nhất 45 ngày trước ngày giấy phép hết hiệu lực.", true).lead.is_empty());
        // the army's commands (bqp_tt_15 Điều 11)
        assert_eq!(split_units("quân khu, Bộ Tư lệnh Thủ đô Hà Nội"), ["quân khu", "Bộ Tư lệnh Thủ đô Hà Nội"]);
        // a Party guide's generic committees (daklak_hd_05 II.3, II.4.d)
        for (t, lead) in [
            ("- Cấp ủy các cấp có trách nhiệm lãnh đạo, chỉ đạo chuẩn bị chu đáo báo cáo kiểm điểm.", "Cấp ủy các cấp"),
            ("- Ủy ban kiểm tra các cấp có trách nhiệm cung cấp thông tin về những vấn đề liên quan.", "Ủy ban kiểm tra các cấp"),
            ("d) Ban thường vụ huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy có trách nhiệm thẩm định kết quả.", "Ban thường vụ huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"),
        ] {
            assert_eq!(assignments(t, false).lead, [lead], "{t}");
        }
        // a unit directed in lower case leads its "chủ trì", and its partner is the organization board (daklak_hd_05 IV.1)
        let a = assignments("- Chỉ đạo ủy ban kiểm tra cùng cấp chủ trì, phối hợp với ban tổ chức cùng cấp xây dựng gợi ý kiểm điểm.", false);
        assert_eq!((a.lead, a.support), (vec!["ủy ban kiểm tra cùng cấp".to_string()], vec!["ban tổ chức cùng cấp".to_string()]));
        // ("ban" a kind in a list before the verb "tổ chức")
        assert!(!in_name("các sở, ban", "tổ chức"));
        assert!(in_name("với ban", "tổ chức"));
        // construction waste is a noun, not the verb "xây dựng" (hcm_qd_25 Điều 6.1)
        assert_eq!(
            assignments("1. Tổ chức, cá nhân vận chuyển chất thải rắn xây dựng phải sử dụng phương tiện có thùng kín hoặc có bạt che phủ kín.", true).lead,
            ["Tổ chức, cá nhân vận chuyển chất thải rắn xây dựng"]
        );
        // a historical archive, the institution (cp_nd_35 Điều 10.2)
        assert_eq!(assignments("2. Lưu trữ lịch sử có trách nhiệm tiếp nhận, bảo quản an toàn tài liệu được hiến tặng, ký gửi.", true).lead, ["Lưu trữ lịch sử"]);
        // the unit before its role leads, not the role's noun (bacninh_kh_301 III.1)
        let a = assignments("1. Sở Khoa học và Công nghệ: là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành tổ chức triển khai Kế hoạch này.", false);
        assert_eq!(a.lead, ["Sở Khoa học và Công nghệ"]);
        // a partner list ends at "khảo sát", and "Viễn thông Bắc Ninh" is a unit (hagiang_nq_08, bacninh_kh_301)
        let a = assignments("Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ, Ủy ban nhân dân các huyện, thành phố khảo sát nhu cầu học nghề.", false);
        assert_eq!(a.support, ["Sở Nội vụ", "Ủy ban nhân dân các huyện, thành phố"]);
        let a = assignments("Sở Khoa học và Công nghệ phối hợp với Viễn thông Bắc Ninh, Viettel Bắc Ninh tổ chức triển khai.", false);
        assert_eq!(a.support[0], "Viễn thông Bắc Ninh");
        // (but not at a verb inside a company's name: thuathienhue_cd_05 3)
        let a = assignments("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Công Thương, Công ty TNHH Nhà nước MTV Quản lý khai thác công trình thủy lợi Huế kiểm tra, giám sát việc vận hành các hồ chứa.", false);
        assert_eq!(a.support, ["Sở Công Thương", "Công ty TNHH Nhà nước MTV Quản lý khai thác công trình thủy lợi Huế"]);
        // a partner list ends at "thông tin kịp thời", to inform (vinhlong_ct_05 7)
        let a = assignments("7. Báo Vĩnh Long phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các huyện, thị xã, thành phố thông tin kịp thời, chính xác về tình hình sạt lở.", false);
        assert_eq!(a.support, ["Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các huyện, thị xã, thành phố"]);
        // a preamble's legal basis whose cited text has several issuers: no subject after the comma (binhduong_qd_42)
        assert!(assignments("Căn cứ Thông tư liên tịch số 13/2014/TTLT-BYT-BNNPTNT-BCT ngày 09 tháng 4 năm 2014 của Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Bộ trưởng Bộ Công Thương hướng dẫn việc phân công, phối hợp trong quản lý nhà nước về an toàn thực phẩm;", false).is_empty());
        // (a subject after the issuer of a cited plan still leads, of another kind or of the same)
        assert_eq!(assignments("Căn cứ Công văn số 123/BTC-NSNN ngày 12/3/2024 của Bộ Tài chính, Bộ Nội vụ tổng hợp nhu cầu kinh phí trước ngày 30/4/2024.", false).lead, ["Bộ Nội vụ"]);
        assert_eq!(assignments("Căn cứ Kế hoạch số 130/KH-UBND ngày 12/3/2024 của UBND tỉnh, Sở Y tế xây dựng kế hoạch triển khai trước ngày 30/4/2024.", false).lead, ["Sở Y tế"]);
        // answering for the result is no task (binhduong_qd_42 Quy định Điều 3.3)
        assert!(assignments("3. Cơ quan được phân cấp chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả thực hiện nhiệm vụ được phân cấp.", true).is_empty());
        // a school and its staff named alone in a Thông tư on schools (bgddt_tt_08 Điều 5)
        for (t, lead) in [
            ("1. Cơ sở giáo dục phải lập hồ sơ học sinh điện tử cho học sinh trên Hệ thống trong thời hạn 30 ngày kể từ ngày học sinh nhập học.", "Cơ sở giáo dục"),
            ("2. Giáo viên chủ nhiệm có trách nhiệm cập nhật kết quả học tập, rèn luyện của học sinh vào Hệ thống.", "Giáo viên chủ nhiệm"),
            ("3. Khi học sinh chuyển trường, cơ sở giáo dục nơi học sinh chuyển đi có trách nhiệm chuyển hồ sơ học sinh điện tử.", "cơ sở giáo dục nơi học sinh chuyển đi"),
        ] {
            assert_eq!(assignments(t, true).lead, [lead], "{t}");
        }
        // the trader alone, after a time opener: a standing report (bct_tt_27 Điều 10.1)
        assert_eq!(
            assignments("Trước ngày 10 tháng 01 hằng năm, thương nhân gửi báo cáo tình hình hoạt động của các cửa hàng bán lẻ xăng dầu đến Sở Công Thương nơi đặt cửa hàng.", true).lead,
            ["thương nhân"]
        );
        // a unit the list ends with, "thương nhân ..." (bct_tt_27 Điều 17.1)
        assert_eq!(
            split_units("Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc trung ương và thương nhân kinh doanh xăng dầu"),
            ["Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc trung ương", "thương nhân kinh doanh xăng dầu"]
        );
    }

    #[test]
    fn a_power_delegated_is_the_work_of_its_unit() {
        // quangtri_qd_25 Điều 4.2 and 6.2 (shortened)
        assert_eq!(assignments("2. Ủy quyền cho Ban Quản lý Khu kinh tế tỉnh thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng đối với dự án nhóm C.", true).lead, ["Ban Quản lý Khu kinh tế tỉnh"]);
        assert_eq!(assignments("2. Ủy quyền cho Ban Quản lý Khu kinh tế tỉnh cấp, điều chỉnh, gia hạn giấy phép xây dựng trong các khu kinh tế.", true).lead, ["Ban Quản lý Khu kinh tế tỉnh"]);
        // a power given to no unit
        assert!(assignments("Ủy quyền cho cấp dưới thực hiện một số nội dung.", true).lead.is_empty());
        // "cấp giấy phép" the verb (to grant), not in the licensing body's name nor the applicant's
        assert_eq!(assignments("1. Sở Xây dựng cấp giấy phép xây dựng đối với công trình cấp I, cấp II.", false).lead, ["Sở Xây dựng"]);
        assert_eq!(assignments("3. Trường hợp đề nghị tăng quy mô tiếp nhận, cơ quan cấp giấy phép phải tổ chức thẩm định thực tế tại cơ sở.", true).lead, ["cơ quan cấp giấy phép"]);
        assert!(assignments("2. Tổ chức, cá nhân đề nghị cấp giấy phép có trách nhiệm bảo đảm tính chính xác của hồ sơ.", true).lead.is_empty());
        // "xây dựng" in the name of the body the Luật Xây dựng names is no verb
        assert_eq!(assignments("3. Cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp huyện thẩm định báo cáo kinh tế - kỹ thuật.", false).lead, ["Cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp huyện"]);
    }

    #[test]
    fn a_role_in_brackets_before_chu_tri_is_not_the_lead() {
        // thaibinh_tb_57 II.2 (shortened)
        let a = assignments("2. Giao Sở Nông nghiệp và Môi trường (cơ quan thường trực Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh) chủ trì, phối hợp với Văn phòng Điều phối nông thôn mới tỉnh hướng dẫn UBND huyện Kiến Xương hoàn thiện hồ sơ.", false);
        assert_eq!(a.lead, ["Sở Nông nghiệp và Môi trường"]);
        assert_eq!(a.support, ["Văn phòng Điều phối nông thôn mới tỉnh"]);
    }

    #[test]
    fn an_adverb_before_the_verb_ends_the_subject() {
        // thaibinh_tb_57 II.9 (shortened); "thường xuyên" in a name stays
        assert_eq!(assignments("9. Văn phòng Điều phối nông thôn mới tỉnh thường xuyên theo dõi, đôn đốc tiến độ thực hiện các tiêu chí.", false).lead, ["Văn phòng Điều phối nông thôn mới tỉnh"]);
        assert_eq!(subject_end("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện tổng hợp"), "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện ".len());
    }

    #[test]
    fn a_power_over_cases_is_no_task_nor_are_its_cases() {
        // cp_nd_61 Điều 10.1 (shortened)
        let t = "1. Cơ quan cấp giấy phép có thẩm quyền đình chỉ hoạt động có thời hạn hoặc thu hồi giấy phép trong các trường hợp sau đây:\na) Cơ sở chăm sóc không bảo đảm một trong các điều kiện quy định tại Điều 5 Nghị định này;\nb) Tổ chức, cá nhân đề nghị chấm dứt hoạt động của cơ sở chăm sóc.\n2. Cơ quan cấp giấy phép có trách nhiệm công khai quyết định thu hồi giấy phép.\n";
        let tasks = tasks_of(t);
        assert_eq!(tasks.len(), 1, "{tasks:?}");
        assert_eq!(tasks[0].lead, ["Cơ quan cấp giấy phép"]);
        assert!(powers_heading("Cơ quan cấp giấy phép có thẩm quyền đình chỉ hoạt động trong các trường hợp sau:"));
        assert!(!powers_heading("Sở Y tế có trách nhiệm kiểm tra trong các trường hợp sau đây:"));
    }

    #[test]
    fn a_bound_step_per_sentence_of_an_authority_named_by_its_role() {
        // cp_nd_61 Điều 9.3 (shortened): "có trách nhiệm", then "phải", both of "cơ quan cấp giấy phép"
        let t = "Điều 9. Cấp lại, điều chỉnh giấy phép\n1. Giấy phép được cấp lại khi bị mất.\n3. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản đề nghị hợp lệ, cơ quan cấp giấy phép có trách nhiệm cấp lại hoặc điều chỉnh giấy phép. Trường hợp đề nghị tăng quy mô tiếp nhận từ 20% trở lên, cơ quan cấp giấy phép phải tổ chức thẩm định thực tế.\nĐiều 10. Báo cáo\n1. Cơ quan X có trách nhiệm báo cáo.\n";
        let got: Vec<(Option<String>, String)> = tasks_of(t).into_iter().map(|x| (x.section, x.lead.join("; "))).collect();
        let k = |s: &str, l: &str| (Some(s.to_string()), l.to_string());
        assert_eq!(got, vec![k("Điều 9.3", "cơ quan cấp giấy phép"), k("Điều 9.3", "cơ quan cấp giấy phép"), k("Điều 10.1", "Cơ quan X")]);
    }

    #[test]
    fn a_request_to_groups_ends_each_at_its_verb() {
        // ninhthuan_nq_12 Điều 7.3 (shortened): "tổ chức" a noun, then "tham gia" the verb of the last unit
        let a = de_nghi("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Thuận và các tổ chức chính trị - xã hội tỉnh tham gia giám sát việc thực hiện Nghị quyết này.");
        assert_eq!(a.lead, ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Thuận", "các tổ chức chính trị - xã hội tỉnh"]);
    }

    #[test]
    fn a_bound_step_after_a_first_sentence_that_ends_its_line() {
        // ninhthuan_nq_12 Điều 4.3 (shortened): the first sentence (a task by "chủ trì") ends at a line's end
        let t = "Điều 4. Trình tự, thủ tục hỗ trợ\n1. Hộ chuyển đổi nộp hồ sơ tại Ủy ban nhân dân cấp xã.\n3. Trong thời hạn 10 ngày làm việc kể từ ngày nhận được danh sách, cơ quan chuyên môn về nông nghiệp cấp huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch cấp huyện thẩm định hồ sơ.\nTrường hợp hồ sơ không đủ điều kiện, cơ quan chuyên môn về nông nghiệp cấp huyện phải trả lời bằng văn bản cho hộ chuyển đổi.\nĐiều 5. Kinh phí\n1. Cơ quan X có trách nhiệm báo cáo.\n";
        let got: Vec<(Option<String>, String)> = tasks_of(t).into_iter().map(|x| (x.section, x.lead.join("; ").to_lowercase())).collect();
        let k = |s: &str| (Some(s.to_string()), "cơ quan chuyên môn về nông nghiệp cấp huyện".to_string());
        assert_eq!(got.iter().filter(|g| **g == k("Điều 4.3")).count(), 2, "{got:?}");
    }

    #[test]
    fn a_committees_powers_and_ways_are_no_work() {
        // vinhphuc_qd_890 Điều 2 (shortened)
        let t = "Điều 2. Nhiệm vụ, quyền hạn của Ban Chỉ đạo\n1. Giúp Ủy ban nhân dân tỉnh chỉ đạo, tổ chức triển khai Tổng điều tra trên địa bàn tỉnh.\n8. Ban Chỉ đạo được quyền yêu cầu các sở, ban, ngành cung cấp thông tin, tài liệu phục vụ Tổng điều tra.\n11. Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm. Cục trưởng Cục Thống kê tỉnh quyết định thành lập Tổ Thường trực, hoàn thành trước ngày 10/6/2024.\n12. Kinh phí hoạt động của Ban Chỉ đạo do Sở Tài chính bố trí từ nguồn ngân sách tỉnh.\nĐiều 3. Hiệu lực\n1. Cơ quan X có trách nhiệm báo cáo.\n";
        let got: Vec<(Option<String>, String)> = tasks_of(t).into_iter().map(|x| (x.section, x.lead.join("; "))).collect();
        let k = |s: &str, l: &str| (Some(s.to_string()), l.to_string());
        assert_eq!(got, vec![k("Điều 2.1", "Ban Chỉ đạo"), k("Điều 2.11", "Cục trưởng Cục Thống kê tỉnh"), k("Điều 2.12", "Sở Tài chính"), k("Điều 3.1", "Cơ quan X")]);
    }

    #[test]
    fn a_unit_before_a_colon_then_chu_tri_with_its_capital() {
        // daklak_kh_88 III.1.b (shortened)
        let a = assignments("b) Phòng Kế hoạch - Tài chính: Chủ trì, phối hợp với Chi cục Kiểm lâm hướng dẫn các đơn vị lập dự toán.", false);
        assert_eq!(a.lead, ["Phòng Kế hoạch - Tài chính"]);
        assert_eq!(a.support, ["Chi cục Kiểm lâm"]);
        // ttg_qd_1530 V.4 (shortened): directing without "chủ trì" after the colon is the unit's own work, one task
        let t = "4. Bộ Y tế: Chủ trì xây dựng quy chuẩn kỹ thuật quốc gia, hoàn thành trước ngày 31 tháng 3 năm 2026; chỉ đạo Sở Y tế các tỉnh, thành phố kiểm tra, giám sát chất lượng nước.\n5. Bộ Tài chính: Bố trí kinh phí.\n";
        let got: Vec<String> = tasks_of(t).into_iter().map(|x| x.lead.join("; ")).collect();
        assert_eq!(got, ["Bộ Y tế", "Bộ Tài chính"]);
    }

    #[test]
    fn the_places_named_after_a_colon_are_part_of_the_unit() {
        // ttg_cd_45 1 and 2 (shortened)
        assert_eq!(heading_units("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Nghệ An theo dõi chặt chẽ diễn biến của bão, trong đó tập trung:"), Some(vec!["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Nghệ An".to_string()]));
        assert_eq!(heading_units("Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Tuyên Quang, Cao Bằng chỉ đạo:"), Some(vec!["Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Tuyên Quang, Cao Bằng".to_string()]));
        // a duty after the colon is no place
        assert_eq!(heading_units("Ủy ban nhân dân các huyện: Tăng cường kiểm tra các cơ sở."), Some(vec!["Ủy ban nhân dân các huyện".to_string()]));
    }

    #[test]
    fn a_body_directing_another_to_chu_tri_gives_it_the_lead() {
        // namdinh_hd_14 II.4 and III.2 (shortened)
        let a = assignments("4. Ban cán sự đảng UBND tỉnh chỉ đạo Sở Nội vụ chủ trì, phối hợp với Ban Dân vận Tỉnh ủy xây dựng tiêu chí.", false);
        assert_eq!(a.lead, ["Sở Nội vụ"]);
        assert_eq!(a.support, ["Ban Dân vận Tỉnh ủy"]);
        assert_eq!(split_units("Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh và các đảng đoàn tổ chức chính trị - xã hội tỉnh"), ["Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh", "các đảng đoàn tổ chức chính trị - xã hội tỉnh"]);
    }

    #[test]
    fn a_kinds_names_after_a_colon_are_no_duty() {
        // quangtri_qd_25 Điều 3 on one line: "Xây dựng" is a Sở, not the verb of a duty after "Giám đốc các Sở:"
        let a = assignments("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Xây dựng, Tài chính, Công Thương; Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.", false);
        assert_eq!(a.lead, ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Xây dựng", "Giám đốc Sở Tài chính", "Giám đốc Sở Công Thương", "Chủ tịch UBND các huyện, thị xã, thành phố"]);
        // a unit's duty after its colon stays one
        assert_eq!(assignments("3. Sở Xây dựng: Khẩn trương thẩm định hồ sơ các dự án.", false).lead, ["Sở Xây dựng"]);
    }

    #[test]
    fn a_bound_step_names_its_subject_in_lower_case_after_an_opener() {
        let v = |s: &str| Some(vec![s.to_string()]);
        // cp_nd_63 Điều 7.4; GOLD.md's example from NĐ 152/2026 ("tổ chức", "thi hành" inside the name are not its verb)
        assert_eq!(subject_units_with("Khi nhận được văn bản lấy ý kiến, cơ quan, tổ chức được lấy ý kiến phải trả lời bằng văn bản trong thời hạn 07 ngày làm việc.", true), v("cơ quan, tổ chức được lấy ý kiến"));
        assert_eq!(subject_units_with("Khi nhận bản án, quyết định, cơ quan thi hành án dân sự phải kiểm tra, vào sổ.", true), v("cơ quan thi hành án dân sự"));
        // after "thì": the words from there, when they open with a unit
        assert_eq!(subject_units_with("Trường hợp hồ sơ chưa đầy đủ thì cơ quan tiếp nhận hồ sơ có trách nhiệm hướng dẫn tổ chức bổ sung.", true), v("cơ quan tiếp nhận hồ sơ"));
        // a business's standing duty (GOLD.md, session 24)
        assert_eq!(subject_units_with("Khi có thay đổi về thông tin, doanh nghiệp dịch vụ phải thông báo cho Bộ Nội vụ.", true), v("doanh nghiệp dịch vụ"));
        // not: a duty that goes on, "tổ chức, cá nhân" in a procedure, a power with a limit, an applicant's step, a passive
        assert_eq!(subject_units_with("Trường hợp người tố cáo rút tố cáo thì người giải quyết tố cáo vẫn phải tiếp tục giải quyết tố cáo.", true), None);
        assert_eq!(subject_units_with("Định kỳ 3 tháng, đại diện hộ gia đình, tổ chức, cá nhân phải đóng đủ số tiền.", true), None);
        assert_eq!(subject_units_with("Trường hợp phát hiện thỏa thuận vi phạm điều cấm của luật, Chấp hành viên có quyền không công nhận thỏa thuận nhưng phải ghi rõ lý do.", false), None);
        assert_eq!(subject_units_with("Khi có nhu cầu, cơ quan, tổ chức phải nộp hồ sơ tại Bộ phận một cửa.", true), None);
        assert_eq!(subject_units_with("Khi được giao, cơ quan tiếp nhận hồ sơ phải được cấp kinh phí.", true), None);
    }

    #[test]
    fn a_passive_or_a_denied_must_is_no_task() {
        // Luật 108/2025 (vbpl_doc_000348), Điều 1.8 (quoted) and 1.23
        assert_eq!(subject_units_with("Trưởng đoàn tham dự hội nghị quốc tế phải được Thủ tướng Chính phủ ủy nhiệm bằng văn bản.", true), None);
        assert_eq!(subject_units_with("Cơ quan đề xuất không nhất thiết phải lấy ý kiến của Bộ Tư pháp.", true), None);
        assert_eq!(subject_units_with("Cơ quan bảo hiểm xã hội phải cấp thẻ bảo hiểm y tế.", true), Some(vec!["Cơ quan bảo hiểm xã hội".to_string()]));
    }

    #[test]
    fn a_duty_list_after_its_scope() {
        // VBHN 40/VBHN-VPQH Điều 8.1
        assert_eq!(duty_heading("Trong phạm vi nhiệm vụ, quyền hạn của mình, Ủy ban nhân dân các cấp có trách nhiệm sau đây:"), Some(vec!["Ủy ban nhân dân các cấp".to_string()]));
        // NĐ 152/2026 Điều 102.7, 97.1, 104 (shortened)
        let v = |s: &str| Some(vec![s.to_string()]);
        assert_eq!(duty_heading("Khi chỉ đạo việc tổ chức cưỡng chế thi hành các vụ án lớn, phức tạp, Ủy ban nhân dân cấp tỉnh có nhiệm vụ, quyền hạn:"), v("Ủy ban nhân dân cấp tỉnh"));
        assert_eq!(duty_heading("Các nhiệm vụ, quyền hạn khác của Bộ Tư pháp theo quy định tại điểm đ khoản 2 Điều 10 của Luật Thi hành án dân sự bao gồm:"), v("Bộ Tư pháp"));
        assert_eq!(duty_heading("Nhiệm vụ, quyền hạn, trách nhiệm của Ban Chỉ đạo thi hành án dân sự cấp tỉnh"), v("Ban Chỉ đạo thi hành án dân sự cấp tỉnh"));
        // corpus/docs/hanam_qd_05.txt, Điều 11.2
        assert_eq!(duty_heading("Trong công tác phát triển chợ, Ủy ban nhân dân cấp huyện có trách nhiệm:"), v("Ủy ban nhân dân cấp huyện"));
        // ... Điều 7.3: an authority named by its role after an opening clause
        let a = assignments("Khi phát hiện vi phạm thuộc thẩm quyền xử lý của cơ quan khác, cơ quan kiểm tra có trách nhiệm chuyển hồ sơ, tài liệu đến cơ quan có thẩm quyền.", true);
        assert_eq!(a.lead, ["cơ quan kiểm tra"]);
        // the sentence that opens an article's list names who acts, as it says it
        let t = "Điều 104. Nhiệm vụ, quyền hạn, trách nhiệm của Ban Chỉ đạo thi hành án dân sự cấp tỉnh\nBan Chỉ đạo thi hành án dân sự có trách nhiệm giúp Chủ tịch Ủy ban nhân dân cấp tỉnh thực hiện những công việc sau:\n1. Xây dựng dự thảo chương trình, kế hoạch về thi hành án dân sự.\n2. Kiến nghị cơ quan có thẩm quyền xử lý kịp thời những vi phạm pháp luật về thi hành án dân sự.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert!(ts.iter().all(|x| x.lead == ["Ban Chỉ đạo thi hành án dân sự"]), "{ts:?}");
    }

    #[test]
    fn powers_and_requests_of_an_officer() {
        // NĐ 152/2026 Điều 64.3, 44.3: a power ("có thẩm quyền kiểm sát"), a request inside a procedure
        assert!(has_verb("Viện kiểm sát nhân dân có thẩm quyền kiểm sát việc tuân theo pháp luật"));
        assert!(!has_verb("cơ quan nhà nước có thẩm quyền"));
        assert_eq!(subject_units_with("Khi trả lại tài sản, giấy tờ tạm giữ, Chấp hành viên yêu cầu người đến nhận xuất trình các giấy tờ.", true), None);
    }

    #[test]
    fn a_date_that_describes_is_no_deadline() {
        // VBHN 40/VBHN-VPQH Điều 12.7.a
        assert_eq!(deadline("a) Đối tượng được pháp luật quy định trước ngày 01 tháng 01 năm 2025;").0, None);
        assert_eq!(deadline("Báo cáo kết quả trước ngày 01 tháng 01 năm 2025.").0.as_deref(), Some("2025-01-01"));
        // VBHN 6659 Điều 20.2, 22.8; NĐ 152 Điều 38.1.e, 93.2
        assert_eq!(deadline("Quý I hàng năm, xây dựng quỹ tiền lương kế hoạch").1.as_deref(), Some("Quý I hàng năm"));
        assert_eq!(deadline("Định kỳ 06 tháng, hàng năm phối hợp rà soát").1.as_deref(), Some("Định kỳ 06 tháng, hàng năm"));
        assert_eq!(deadline("căn cứ thu nhập bình quân hàng tháng của người lao động").1, None);
        assert_eq!(deadline("từ nguồn chi thường xuyên của cơ quan").1, None);
        // a written Nghị định (cp_nd_52 Điều 15.3): a period of years, its last
        assert_eq!(deadline("rà soát, thông báo cho chủ bến; hoàn thành trong giai đoạn 2026 - 2027.").0.as_deref(), Some("2027"));
        // a written Quy định (hoabinh_qd_18 Điều 9.a): the horizon of a plan's name, then the date to act by
        assert_eq!(deadline("rà soát phương án trong quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, đề xuất điều chỉnh; hoàn thành trong quý IV/2024;").0.as_deref(), Some("2024-12"));
    }

    #[test]
    fn a_closing_list_wrapped_in_names_is_one_task() {
        // corpus/docs/sonla_qd_24.txt, Điều 3 (written for the repo): a list of 12 units over 430 characters, its lines
        // cut inside names ("Bộ Chỉ huy\nQuân sự tỉnh"), is the subject of one task, not of a task per line
        let t = "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính, Khoa\nhọc và Công nghệ, Văn hóa, Thể thao và Du lịch; Giám đốc Công an tỉnh; Chỉ huy trưởng Bộ Chỉ huy\nQuân sự tỉnh; Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Giám đốc Quỹ Bảo vệ và Phát\ntriển rừng tỉnh; Tổng Biên tập Báo và Phát thanh, Truyền hình Sơn La; Chủ tịch UBND các xã,\nphường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n";
        let t = crate::normalize::normalize(t).text;
        let items = crate::outline::parse(&t, t.len());
        let strict = strict_items(&items);
        let ts = later_paragraphs(&t, &items, t.len(), &strict, extract_with(&t, &items, t.len(), &strict));
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead.len(), 12, "{:?}", ts[0].lead);
        assert_eq!(ts[0].lead[6], "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh");
    }

    #[test]
    fn a_request_under_a_heading_that_names_no_body() {
        // written for the repo (quangninh_nq_12, Điều 10): the unit asked is given the work
        let t = "Điều 10. Trách nhiệm của các cơ quan, đơn vị\n1. Sở Nông nghiệp và Môi trường có trách nhiệm:\na) Hướng dẫn thực hiện.\n5. Đề nghị Ngân hàng Chính sách xã hội Chi nhánh tỉnh Quảng Ninh ưu tiên bố trí nguồn vốn cho vay; hằng quý phối hợp với Sở Tài chính xác định số tiền hỗ trợ.\n";
        let ts = tasks_of(t);
        let last = ts.last().unwrap();
        assert_eq!(last.lead, ["Ngân hàng Chính sách xã hội Chi nhánh tỉnh Quảng Ninh"]);
    }

    #[test]
    fn fields_of_a_task_on_one_line() {
        // written for the repo (thaibinh_kh_88): a field after the partners ends them; a board's name holds "xây dựng"
        let a = assignments("- Đơn vị chủ trì: UBND các huyện, thành phố; Đơn vị phối hợp: Chi cục Thủy lợi, các Hạt Quản lý đê; Thời gian thực hiện: hoàn thành trong quý III/2024.", false);
        assert_eq!(a.support, ["Chi cục Thủy lợi", "các Hạt Quản lý đê"]);
        let a = assignments("- Đơn vị chủ trì: Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh; Đơn vị phối hợp: Chi cục Thủy lợi.", false);
        assert_eq!(a.lead, ["Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh"]);
        // the time field after a semicolon of the task's own sentence
        assert_eq!(para_deadline("d) Thanh tra tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn thanh tra trách nhiệm quản lý nhà nước về đê điều; thời gian thực hiện: tháng 3 - 4/2025.").0.as_deref(), Some("2025-04"));
        // a school year alone in a time cell: its last year
        assert_eq!(field_deadline("giai đoạn 2027 - 2030").0.as_deref(), Some("2030"));
        assert_eq!(para_deadline("- Đầu tư nâng cấp các chuẩn đo lường quốc gia, phòng thí nghiệm chuẩn đo lường\ntheo hướng hiện đại (Bộ Khoa học và Công nghệ chủ trì;\ngiai đoạn 2027 - 2030);").0.as_deref(), Some("2030"));
        assert_eq!(field_deadline("Năm học 2025 - 2026").0.as_deref(), Some("2026"));
        // "vào tháng 02/2026": the month to act in (lamdong_kh_212 III.1, a variant)
        assert_eq!(deadline("Tham mưu UBND tỉnh tổ chức sơ kết 01 năm thực hiện Đề án vào tháng 02/2026.").0.as_deref(), Some("2026-02"));
        // the bare field (daklak_kh_88 II.4.b, a variant)
        assert_eq!(para_deadline("b) Trung tâm Khuyến nông có trách nhiệm hướng dẫn các cơ sở sản xuất giống chuẩn bị đủ cây giống; thời gian: tháng 5 - 6/2025.").0.as_deref(), Some("2025-06"));
    }

    #[test]
    fn a_request_heading_without_its_colon_heads_its_bullets() {
        // written for the repo (angiang_cv_2871): "2. Đề nghị Bưu điện tỉnh An Giang" over bullets that name no unit
        let t = "1. Ủy ban nhân dân các xã\na) Rà soát danh sách.\n2. Đề nghị Bưu điện tỉnh An Giang\n- Cung cấp danh sách chi trả cho Ủy ban nhân dân các xã trước ngày 15/12/2025.\n- Quyết toán kinh phí tặng quà với Sở Nội vụ trước ngày 15/3/2026.\n";
        let ts = tasks_of(t);
        let post: Vec<_> = ts.iter().filter(|t| t.section.as_deref() == Some("2")).map(|t| (t.lead.clone(), t.deadline.clone())).collect();
        assert_eq!(post, [(vec!["Bưu điện tỉnh An Giang".to_string()], Some("2025-12-15".to_string())), (vec!["Bưu điện tỉnh An Giang".to_string()], Some("2026-03-15".to_string()))]);
        // a partner's name wrapped over two lines is read whole
        let a = assignments("5. Đề nghị Công an tỉnh chỉ đạo Công an các xã phối hợp với Bưu điện tỉnh An\nGiang bảo đảm an ninh tại các điểm chi trả.", false);
        assert_eq!(a.support, ["Bưu điện tỉnh An Giang"]);
    }

    #[test]
    fn names_end_where_their_verb_starts() {
        // written for the repo (bxd_tt_16, ttg_qd_768, hatinh_qd_37): "công trình" is a noun, not the verb "trình"
        let a = assignments("Cục Giám định nhà nước về chất lượng công trình xây dựng chủ trì, phối hợp với Sở Xây dựng tổ chức giám định nguyên nhân sự cố.", false);
        assert_eq!(a.lead, ["Cục Giám định nhà nước về chất lượng công trình xây dựng"]);
        assert_eq!(a.support, ["Sở Xây dựng"]);
        // a ministry's known name, then its verb
        let a = assignments("Giao Bộ trưởng Bộ Công Thương quy định tiêu chí xác định trung tâm logistics lạnh cấp vùng, kho lạnh đầu mối, ban hành trước ngày 31/3/2027.", false);
        assert_eq!(a.lead, ["Bộ trưởng Bộ Công Thương"]);
        let a = assignments("Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương bổ sung chỉ tiêu thống kê về năng lực kho lạnh.", false);
        assert_eq!(a.support, ["Bộ Công Thương"]);
        // a level or a place ends a partner's name
        let a = assignments("Sở Công Thương chủ trì, phối hợp với UBND cấp xã quản lý hoạt động qua lại của cư dân biên giới.", false);
        assert_eq!(a.support, ["UBND cấp xã"]);
        let a = assignments("Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Quản lý Khu kinh tế tỉnh quảng bá sản phẩm du lịch.", false);
        assert_eq!(a.support, ["Ban Quản lý Khu kinh tế tỉnh"]);
        // a verb that is part of a partner's name does not end it
        let a = assignments("Cục Quản lý nhà và thị trường bất động sản chủ trì, phối hợp với Cục Giám định nhà nước về chất lượng công trình xây dựng tổng hợp danh mục nhà chung cư cũ.", false);
        assert_eq!(a.support, ["Cục Giám định nhà nước về chất lượng công trình xây dựng"]);
        // a border post and a customs office open units (hatinh_qd_37)
        let a = assignments("Ban Quản lý Khu kinh tế tỉnh chủ trì, phối hợp với Đồn Biên phòng cửa khẩu quốc tế Cầu Treo, Hải quan cửa khẩu quốc tế Cầu Treo điều hành chung hoạt động tại cửa khẩu.", false);
        assert_eq!(a.support, ["Đồn Biên phòng cửa khẩu quốc tế Cầu Treo", "Hải quan cửa khẩu quốc tế Cầu Treo"]);
        // to whom one answers is no work (hatinh_qd_37 Điều 16.3, sonla_qd_24)
        assert!(assignments("Chủ tịch UBND cấp xã chịu trách nhiệm trước Chủ tịch UBND tỉnh khi để xảy ra tụ điểm buôn lậu kéo dài trên địa bàn.", true).is_empty());
        // (answering for work is a duty: VBHN 40/VBHN-VPQH Điều 5.2)
        assert_eq!(assignments("Bộ Y tế chịu trách nhiệm trước Chính phủ thực hiện quản lý nhà nước về bảo hiểm y tế.", true).lead, ["Bộ Y tế"]);
        // "do X chủ trì": the agent of a clause describing the work, not a lead
        assert!(assignments("b) Bố trí kinh phí cho công tác giám định nguyên nhân sự cố do Sở Xây dựng chủ trì theo quy định.", false).lead.is_empty());
    }

    #[test]
    fn points_share_their_heading_partners() {
        // TT 10/2023/TT-BKHĐT Điều 2.1
        let t = "Điều 2. Tổ chức thực hiện\n1. Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê) chủ trì, phối hợp với các cơ quan liên quan:\na) Thu thập, tổng hợp thông tin thống kê;\nb) Xây dựng cơ sở dữ liệu thống kê.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê)"]);
        assert_eq!(ts[0].support, ["các cơ quan liên quan"]);
    }

    #[test]
    fn a_later_sentence_of_its_own_keeps_its_date() {
        // corpus/docs/namdinh_kh_21.txt, V.9
        let p = "Giao Phòng Nội vụ tham mưu UBND huyện sơ kết 6 tháng việc thực hiện Kế hoạch trong tháng 7/2025. Các cơ quan, đơn vị báo cáo kết quả về UBND huyện trước ngày 20/12/2025.";
        assert_eq!(para_deadline(p).0.as_deref(), Some("2025-07"));
        assert_eq!(para_deadline("3. Ban Tuyên giáo Tỉnh ủy đưa nội dung vào sinh hoạt chi bộ từ tháng 11/2024.").0.as_deref(), Some("2024-11"));
        assert_eq!(para_deadline("Xây dựng kế hoạch tuyên truyền. Hoàn thành trước ngày 30/11/2025.").0.as_deref(), Some("2025-11-30"));
        assert_eq!(assignments(p, false).lead, ["Phòng Nội vụ"]);
        // a later sentence opening with the task's own lead keeps its date for the task
        let p = "Giữ vững quốc phòng, an ninh. Công an xã chủ trì, phối hợp các ngành rà soát, hoàn thành trước ngày 31 tháng 3 năm 2026.";
        assert_eq!(para_deadline(p).0, None);
        assert_eq!(para_deadline_of(p, &["Công an xã".to_string()]).0.as_deref(), Some("2026-03-31"));
        // a time field closing the paragraph (corpus/docs/binhduong_qd_2150.txt, II.3)
        let p = "Các sở, ban, ngành chủ trì xây dựng cơ sở dữ liệu chuyên ngành; Công an tỉnh phối hợp xác thực thông tin công dân. Thời gian thực hiện: năm 2025-2026.";
        assert_eq!(para_deadline(p).0.as_deref(), Some("2026"));
        // a point that states the heading unit's role names no unit of its own; its partners stay its support
        let a = assignments("- Là cơ quan thường trực, chủ trì, phối hợp với Văn phòng UBND tỉnh hướng dẫn, theo dõi, đôn đốc triển khai Kế hoạch.", false);
        assert!(a.lead.is_empty(), "{a:?}");
        assert_eq!(a.support, ["Văn phòng UBND tỉnh"]);
        // corpus/docs/cp_nd_47.txt, 15.2 and 15.1.a; corpus/docs/daknong_ct_03.txt, 3
        let a = assignments("Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tài chính và các cơ quan, tổ chức có liên quan hướng dẫn, kiểm tra việc thực hiện Nghị định này.", false);
        assert_eq!(a.support, ["Bộ Tài chính", "các cơ quan, tổ chức có liên quan"]);
        assert_eq!(leading_support("a) Chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường cân đối, bố trí kinh phí từ ngân sách trung ương;"), ["Bộ Nông nghiệp và Môi trường"]);
        let a = assignments("Công an tỉnh chỉ đạo lực lượng nghiệp vụ phối hợp với Sở Nông nghiệp và Phát triển nông thôn điều tra, xử lý nghiêm các vụ phá rừng.", false);
        assert_eq!(a.support, ["Sở Nông nghiệp và Phát triển nông thôn"]);
        // NĐ 152/2026 Điều 38.3 (shortened)
        let a = assignments("Bộ Tư pháp chủ trì, phối hợp với Bộ Quốc phòng, Bộ Công an thống nhất với Tòa án nhân dân tối cao về việc tiêu hủy vật chứng.", false);
        assert_eq!(a.support, ["Bộ Quốc phòng", "Bộ Công an"]);
        // "phối hợp với" after a lead found by another rule (NQ 22/2026/NQ-CP, Điều 4.2, shortened)
        let a = assignments("Bộ trưởng, Thủ trưởng cơ quan ngang bộ có liên quan trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình, phối hợp với Bộ Công an chịu trách nhiệm theo dõi, đôn đốc việc thực hiện.", true);
        assert_eq!(a.support, ["Bộ Công an"], "{a:?}");
        // a partner's name ends where its own work starts (corpus/docs/hungyen_kh_186.txt, II.3 and II.5)
        let a = assignments("Đề nghị các doanh nghiệp viễn thông trên địa bàn tỉnh phối hợp với Sở Khoa học và Công nghệ đầu tư phát triển hạ tầng mạng 5G.", false);
        assert_eq!(a.support, ["Sở Khoa học và Công nghệ"]);
        let a = assignments("Văn phòng Tỉnh ủy chủ trì, phối hợp với Sở Khoa học và Công nghệ nâng cấp hệ thống quản lý văn bản.", false);
        assert_eq!(a.support, ["Sở Khoa học và Công nghệ"]);
        // corpus/docs/hungyen_kh_186.txt, II.1: two units, the second with "và" in its name
        let a = assignments("- Báo Hưng Yên và Đài Phát thanh và Truyền hình Hưng Yên mở chuyên trang, chuyên mục về khoa học, công nghệ.", false);
        assert_eq!(a.lead, ["Báo Hưng Yên", "Đài Phát thanh và Truyền hình Hưng Yên"]);
    }

    #[test]
    fn a_request_line_over_bullets() {
        // corpus/docs/tuyenquang_cv_2315.txt item 1 (shortened)
        let t = "1. Về lập hồ sơ và giao nộp hồ sơ, tài liệu vào Lưu trữ cơ quan\nĐề nghị các phòng, đơn vị thuộc Sở:\n- Rà soát, hoàn thiện việc lập hồ sơ công việc năm 2024;\n- Giao nộp hồ sơ, tài liệu năm 2023 vào Lưu trữ cơ quan trước ngày 30/11/2025.\nThành phần hồ sơ giao nộp gồm:\n- Mục lục hồ sơ, tài liệu nộp lưu (02 bản);\n- Biên bản giao nhận hồ sơ, tài liệu.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["các phòng, đơn vị thuộc Sở"]);
        assert_eq!(ts[1].deadline.as_deref(), Some("2025-11-30"));
    }

    #[test]
    fn a_cong_dien_s_orders() {
        // corpus/docs/quangbinh_cd_12.txt, thaibinh_hd_25.txt (shortened)
        assert_eq!(deadline("kiên quyết không cho tàu thuyền ra khơi kể từ 12 giờ 00 ngày 18/9/2024 cho đến khi thời tiết trở lại bình thường").0, None);
        assert_eq!(heading_units("Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh: Hướng dẫn, chỉ đạo"), Some(vec!["Ủy ban MTTQ Việt Nam tỉnh".to_string(), "các đoàn thể chính trị - xã hội tỉnh".to_string()]));
        assert_eq!(split_units("Các huyện ủy, Thành ủy, đảng ủy trực thuộc Tỉnh ủy"), ["Các huyện ủy, Thành ủy, đảng ủy trực thuộc Tỉnh ủy"]);
        let c = "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công điện này; kịp thời tham mưu, báo cáo Chủ tịch UBND tỉnh./.\n";
        let p = paragraph_tasks(c, 0, c.len(), false);
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn strip_label_as_its_regex_did() {
        // (the regex with the en dash that strip_label has read as a bullet since longan_ctr_15)
        let re = Regex::new(r"^\s*(?:Điều \d+[a-zđ]?\.|[IVXL]+\.|\d+(?:\.\d+)*\.|[a-zđ]\d{0,2}\)|[-+•–])\s*").unwrap();
        let old = |t: &str| -> String { re.find(t).map_or(t, |m| &t[m.end()..]).to_string() };
        let cases = [
            "Điều 5. Trách nhiệm", "Điều 5a. Xx", "Điều 5a Xx", "Điều 5 . X", "Điều a.", "  IV. Tổ chức", "IVX", "IV X", "1. Sở Y tế", "1.2. X",
            "1.2 X", "1.2.3.4. X", "12.a X", "1..2", "b) Giao", "b1) X", "b12) X", "b123) X", "đ) X", "- Sở", "+ X", "• X", "•X", "  \t- X", "x", "",
            " ", "Sở Y tế", "1", "1.", "a)", "Đ) X", "ab) X", "\u{a0}1. X", "1.20 Chỉ đạo", "2025. X", "I.", "L. X", "-", "5.1.b.b1) X", "– X", "–",
        ];
        for c in cases {
            assert_eq!(strip_label(c), old(c), "{c:?}");
        }
        // and every line of the repo's documents
        for text in crate::corpus_docs() {
            for l in text.lines() {
                assert_eq!(strip_label(l), old(l), "{l:?}");
            }
        }
    }

    #[test]
    fn enacting_formula_in_any_case() {
        assert!(enacting_formula("Theo đề nghị của Vụ trưởng, Bộ trưởng Bộ Tài chính ban hành Thông tư quy định ..."));
        assert!(enacting_formula("BỘ TRƯỞNG BỘ TÀI CHÍNH BAN HÀNH THÔNG TƯ QUY ĐỊNH"));
        assert!(enacting_formula("Chính phủ Ban Hành Nghị định"));
        assert!(!enacting_formula("Bộ trưởng ban hành Thông tư; giao Sở Tài chính hướng dẫn"));
        assert!(!enacting_formula("Bộ trưởng banhành Thông tư"));
    }

    #[test]
    fn trigger_words_never_overlap() {
        for (a, _) in TRIGGER_WORDS {
            for (b, _) in TRIGGER_WORDS {
                let (a, b) = (a.as_bytes(), b.as_bytes());
                assert!(a == b || !a.windows(b.len()).any(|w| w == b), "{a:?} holds {b:?}");
                assert!((1..a.len().min(b.len())).all(|k| a[a.len() - k..] != b[..k]), "{a:?} ends as {b:?} begins");
            }
        }
    }

    #[test]
    fn unit_fields_under_an_item() {
        // seed 003, III.5.b
        let t = "b) Thực hiện chuyên mục về xúc tiến đầu tư, thương mại tỉnh Kon Tum\n- Hằng tháng triển khai tối thiểu 01 chuyên mục.\n- Đơn vị thực hiện: Báo Kon Tum; Đài Phát thanh và Truyền hình.\n- Đơn vị phối hợp: Sở Kế hoạch và Đầu tư; Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["Báo Kon Tum", "Đài Phát thanh và Truyền hình"]);
        assert_eq!(ts[0].support, ["Sở Kế hoạch và Đầu tư", "Sở Công Thương", "Ban Quản lý Khu kinh tế tỉnh"]);
        assert_eq!(ts[0].deadline_text.as_deref(), Some("Hằng tháng"));
        assert_eq!(ts[0].deadline, None);
    }

    /// [`giao_matches`] with the regex's own captures: the oracle of the groups read by hand.
    fn giao_matches_regex(t: &str) -> Vec<std::ops::Range<usize>> {
        giao_matches_by(t, |at| re_giao().captures_at(t, at).map(|c| Groups::of(&c, None)))
    }

    #[test]
    fn giao_matches_read_by_hand_are_the_regex_captures() {
        let words = [
            "Giao", "Giao ", "giao", "Sở Y tế", "X", " ", "  ", "\u{a0}", "\n", ",", ".", ";", ":", " :", "thực hiện", " thực hiện", " chủ trì;",
            " tổ chứcx", " ban hành.", "hỗ trợ", "Ủy ban nhân dân", "đ", " xây dựng", "1",
        ];
        let mut rng = crate::TestRng::new(0x94D0_49BB_1331_11EB);
        let mut n_matches = 0;
        for _ in 0..6000 {
            let n = 1 + rng.below(24);
            let t: String = (0..n).map(|_| words[rng.below(words.len())]).collect();
            for at in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let want = re_giao().captures_at(&t, at).map(|c| Groups::of(&c, None));
                let got = re_giao().find_at(&t, at).and_then(|m| giao_groups(&t, m.start()));
                assert_eq!(got, want, "{t:?} from {at}");
                n_matches += usize::from(want.is_some());
            }
            // and the whole search, against the one with the regex's captures
            assert_eq!(giao_matches(&t), giao_matches_regex(&t), "{t:?}");
        }
        assert!(n_matches > 10_000, "{n_matches}");
        // units of more than 160 characters: no match from that start, the search goes on
        let t = format!("Giao {}thực hiện; Giao Sở Nội vụ chủ trì. Giao Sở Y tế:", "Sở Tài chính, ".repeat(14));
        let old = giao_matches_regex(&t);
        assert_eq!(giao_matches(&t), old);
        assert_eq!(old.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>(), ["Sở Nội vụ", "Sở Y tế"]);
    }

    #[test]
    fn chu_tri_matches_bounds() {
        // the character after a closing word ("triển khai;") is looked at, not taken: the next clause starts at ";"
        let t = "Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai; Sở Nội vụ chủ trì, phối hợp với Công an tỉnh xây dựng kế hoạch.";
        let ms = chu_tri_matches(t);
        assert_eq!(ms.iter().map(|m| m.clause).collect::<Vec<_>>(), ["Sở Y tế", "Sở Nội vụ"]);
        assert_eq!(ms.iter().map(|m| m.partners.unwrap().1).collect::<Vec<_>>(), ["Sở Tài chính", "Công an tỉnh"]);
        assert_eq!(&t[ms[0].end..ms[0].end + 1], ";");
        // a clause of more than 160 characters is no match from its start: the match starts at a later comma
        let long = format!("Để {}, Sở Y tế chủ trì thực hiện.", "bảo đảm an toàn ".repeat(12));
        let ms = chu_tri_matches(&long);
        assert_eq!(ms.len(), 1);
        assert_eq!(ms[0].clause, "Sở Y tế");
        // partners of more than 200 characters are none; the match ends after "chủ trì"
        let t = format!("Sở Y tế chủ trì, phối hợp với {} và các cơ quan.", "Sở Tài chính, ".repeat(16));
        let ms = chu_tri_matches(&t);
        assert!(ms[0].partners.is_none());
        assert!(t[..ms[0].end].ends_with("chủ trì"));
        // "Giao X thực hiện": the units of at most 160 characters
        let t = "Giao Sở Y tế thực hiện; Giao Sở Nội vụ tổ chức.";
        let g: Vec<&str> = giao_matches(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(g, ["Sở Y tế", "Sở Nội vụ"]);
    }

    /// The captures of the regex itself (its capture engine), the oracle of `chu_tri_caps_at`.
    fn chu_tri_caps_regex(t: &str, at: usize) -> Option<Groups> {
        re_chu_tri().captures_at(t, at).map(|c| Groups::of(&c, Some(2)))
    }

    /// The matches of `chu_tri_matches` with the regex's own captures and the search resumed one character after each
    /// refused match (as the bounded pattern would go on), the oracle of `clause_too_long`'s skip and of the groups
    /// read by hand.
    fn chu_tri_matches_stepwise(t: &str) -> Vec<(String, Option<String>, usize)> {
        chu_tri_matches_by(t, |at| chu_tri_caps_regex(t, at), |c| (t[c.first.clone()].chars().count() > 160).then(|| next_char(t, c.start)))
            .into_iter()
            .map(|m| (m.clause.to_string(), m.partners.map(|p| p.1.to_string()), m.end))
            .collect()
    }

    #[test]
    fn verb_scans_that_stop_early_agree_with_reading_every_match() {
        // texts of verbs of both lists, their look-alikes in names ("giao thông", "Bộ Ngoại giao", "đơn vị sự nghiệp
        // công lập"), units and spaces, often with many verbs after the first
        let words = ["Sở Y tế", " ", " ", "giao", " giao thông", "Bộ Ngoại giao", "chủ trì", "thực hiện", "tổ chức", "tổ chức thực hiện", "công lập", "thành lập", "quản lý", "quản lý điều hành", ", ", "có trách nhiệm", "Cơ quan", "do ", "hướng dẫn", "báo cáo", "giúp", " việc", "cơ quan thuế", "(Cục X) ", "tán thành", "cơ bản tán thành", "xây dựng", "Ủy ban nhân dân tỉnh"];
        let mut rng = crate::TestRng::new(0xD1B54A32D192ED03);
        let (mut stopped_verbs, mut stopped_ends) = (0, 0);
        for _ in 0..6000 {
            let n = 1 + rng.below(40);
            let t: String = (0..n).map(|_| words[rng.below(words.len())]).collect();
            let v = first_verb_scan(&t, true);
            assert_eq!(v, first_verb_scan(&t, false), "{t:?}");
            stopped_verbs += usize::from(v.is_some_and(|b| b + 40 < t.len()));
            let e = subject_end_scan(&t, true);
            assert_eq!(e, subject_end_scan(&t, false), "{t:?}");
            stopped_ends += usize::from(e + 40 < t.len());
        }
        // (the texts go on well past what the scans find)
        assert!(stopped_verbs > 1000 && stopped_ends > 300, "{stopped_verbs} {stopped_ends}");
    }

    #[test]
    fn chu_tri_skips_long_clauses_as_a_stepwise_search() {
        // (delimiters other than commas rare, so that many clauses run past 160 characters)
        let words = ["Sở Y tế", "Sở Nội vụ", "các đơn vị", ", ", ",  ", ", ", " ", "  ", " ", "bảo đảm an toàn thực phẩm", "và", " thực hiện", "xây dựng", "Ủy ban nhân dân", " chủ trì", " chỉ trì", ", phối hợp với "];
        let rare = ["; ", ". ", ": ", "(", "\n"];
        let mut rng = crate::TestRng::new(0x2545F4914F6CDD1D);
        let mut pick = |n: usize| rng.below(n);
        let (mut long, mut long_partners) = (0, 0);
        for _ in 0..3000 {
            let n = 5 + pick(160);
            let t: String = (0..n).map(|_| if pick(25) == 0 { rare[pick(rare.len())] } else { words[pick(words.len())] }).collect();
            let got: Vec<_> = chu_tri_matches(&t).into_iter().map(|m| (m.clause.to_string(), m.partners.map(|p| p.1.to_string()), m.end)).collect();
            assert_eq!(got, chu_tri_matches_stepwise(&t), "{t:?}");
            long += usize::from(re_chu_tri().captures_iter(&t).any(|c| c[1].chars().count() > 160));
            long_partners += usize::from(re_chu_tri().captures_iter(&t).any(|c| c.get(2).is_some_and(|p| p.as_str().chars().count() > CHU_TRI_MAX_PARTNERS)));
        }
        // (the texts have long clauses to skip, and partners too long to read to their end)
        assert!(long > 300 && long_partners > 100, "{long} {long_partners}");
        // a list of 3000 units before "chủ trì": the search resumes near its end, not at each of its commas
        let t = format!("{}Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện.", "Sở Nội vụ, ".repeat(3000));
        let ms = chu_tri_matches(&t);
        assert_eq!(ms.len(), 1);
        assert!(ms[0].clause.starts_with("Sở Nội vụ, ") && ms[0].clause.ends_with("Sở Y tế"), "{}", ms[0].clause);
        assert!(ms[0].clause.chars().count() <= 160);
        assert_eq!(ms[0].partners.map(|p| p.1), Some("Sở Tài chính"));
    }

    #[test]
    fn chu_tri_groups_read_by_hand_are_the_regex_captures() {
        // pieces that try each turn of the pattern: one-letter clauses, runs of (Unicode) spaces, "với" kept or not,
        // a closing verb before a word character, partners cut short by ";" or ".", the text's start and end
        let words = [
            "Sở Y tế", "X", "Y", " ", "  ", "\u{a0}", "\t", "\n", ",", ", ", ";", ".", ":", "(", "chủ trì", "chỉ trì", " chủ trì", "chủ  trì",
            "phối hợp", " phối hợp ", "với", " với ", "với,", "tổ chức", " tổ chức", "tổ chứcx", " thực hiện.", " ký", " kýa", " để", "để,",
            " căn cứ", "các cơ quan, tổ chức", "Ủy ban nhân dân", "đ", "ạ", "1",
        ];
        let mut rng = crate::TestRng::new(0x9E3779B97F4A7C15);
        let mut pick = |n: usize| rng.below(n);
        let (mut matches, mut with_partners) = (0, 0);
        for _ in 0..6000 {
            let n = 1 + pick(30);
            let t: String = (0..n).map(|_| words[pick(words.len())]).collect();
            // every start a search may resume at
            for at in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let want = chu_tri_caps_regex(&t, at);
                // (the groups read by hand, not the fallback to the regex's captures)
                let got = re_chu_tri().find_at(&t, at).and_then(|m| chu_tri_groups(&t, m.start()));
                assert_eq!(got, want, "{t:?} from {at}");
                if let Some(w) = want {
                    matches += 1;
                    with_partners += usize::from(w.second.is_some());
                }
            }
        }
        assert!(matches > 20_000 && with_partners > 2_000, "{matches} {with_partners}");
    }

    #[test]
    fn chu_tri_phoi_hop() {
        let t = "- Truyền thông trên báo chí tỉnh: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp các cơ quan báo chí tỉnh, định kỳ hằng tháng xây dựng 01 chuyên mục.\n";
        let ts = tasks(t);
        assert_eq!(ts[0].lead, ["Sở Văn hóa, Thể thao và Du lịch"]);
        assert_eq!(ts[0].support, ["các cơ quan báo chí tỉnh"]);
        assert_eq!(ts[0].deadline_text.as_deref(), Some("định kỳ hằng tháng"));
    }

    #[test]
    fn heading_unit_with_deadline() {
        let t = "V. TỔ CHỨC THỰC HIỆN\n1. Sở Thông tin và Truyền thông: Là cơ quan đầu mối, phối hợp với các đơn vị.\n2. Các đơn vị, địa phương và cơ quan báo chí tỉnh: báo cáo kết quả về Sở để tổng hợp (trước ngày 15 tháng 12 năm 2024).\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["Sở Thông tin và Truyền thông"]);
        assert_eq!(ts[1].lead, ["Các đơn vị, địa phương", "cơ quan báo chí tỉnh"]);
        assert_eq!(ts[1].deadline.as_deref(), Some("2024-12-15"));
        assert_eq!(ts[1].deadline_text.as_deref(), Some("trước ngày 15 tháng 12 năm 2024"));
        assert_eq!(ts[1].section.as_deref(), Some("V.2"));
    }

    #[test]
    fn bullets_under_a_unit_heading() {
        let t = "2. Cổng thông tin điện tử và các sở, ban, ngành, địa phương\n- Tổ chức tốt công tác tuyên truyền.\n- Kịp thời nắm bắt thông tin dư luận xã hội.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["Cổng thông tin điện tử", "các sở, ban, ngành, địa phương"]);
    }

    #[test]
    fn giao_with_sub_items() {
        let t = "2. Giao Bộ Văn hoá, Thể thao và Du lịch:\na) Chủ trì, phối hợp với Ủy ban nhân dân thành phố Hà Nội xây dựng Quyết định.\nb) Tổ chức bàn giao trước ngày 01 tháng 7 năm 2026.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[1].lead, ["Bộ Văn hoá, Thể thao và Du lịch"]);
        assert_eq!(ts[1].deadline.as_deref(), Some("2026-07-01"));
    }

    #[test]
    fn powers_are_not_tasks() {
        // vbpl 413, Điều 12: what an official may do; "Sở Xây dựng" is a name, not the verb "xây dựng"
        let t = "2. Giám đốc các Sở Văn hóa, Thể thao và Du lịch, Sở Du lịch, Sở Công Thương, Sở Xây dựng có quyền:\na) Phạt cảnh cáo;\nb) Phạt tiền đến 40.000.000 đồng;\n";
        assert!(tasks(t).is_empty(), "{:?}", tasks(t));
    }

    #[test]
    fn names_that_hold_a_verb() {
        assert_eq!(subject_units("Sở Xây dựng chủ động rà soát"), Some(vec!["Sở Xây dựng".to_string()]));
        assert_eq!(subject_units("Cục Cảnh sát giao thông tổ chức kiểm tra"), Some(vec!["Cục Cảnh sát giao thông".to_string()]));
        // being overseen is not a task
        assert_eq!(subject_units("Ủy ban nhân dân đặc khu chịu sự giám sát của Hội đồng nhân dân cấp tỉnh"), None);
        // a head word alone, as the first word of a duty list, is not a unit
        assert_eq!(subject_units("Lãnh đạo, chỉ đạo việc thực hiện các nhiệm vụ"), None);
    }

    #[test]
    fn a_later_paragraph_for_another_unit() {
        // Lâm Đồng 2156: the closing paragraph under the last item gives work to another unit
        let t = "3. Sở Y tế cử cán bộ tham gia tập huấn.\nSở Giáo dục và Đào tạo tiếp tục thực hiện các nội dung đã thống nhất.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[1].lead, ["Sở Giáo dục và Đào tạo"]);
        assert_eq!(ts[1].section.as_deref(), Some("3"));
    }

    #[test]
    fn a_list_head_before_the_subject() {
        // Nghị quyết 15/2026, Điều 3.4
        let t = "4. Trách nhiệm phối hợp trong tổ chức thực hiện\nCác Bộ: Y tế, Công Thương, Tài chính và Ủy ban nhân dân tỉnh, thành phố có trách nhiệm hoàn thiện việc kết nối.\n";
        let ts = tasks(t);
        assert_eq!(ts[0].lead, ["Bộ Y tế", "Bộ Công Thương", "Bộ Tài chính", "Ủy ban nhân dân tỉnh, thành phố"], "{ts:?}");
    }

    #[test]
    fn a_time_field_gives_the_deadline() {
        // Bình Định 318, II.1: the field wins over a start date in the item's sentence
        let t = "1. Tổ chức chiến dịch diệt lăng quăng, đợt 1 bắt đầu từ tuần 46/2024.\n- Đơn vị thực hiện: Trung tâm Kiểm soát bệnh tật tỉnh.\n- Thời gian: định kỳ hằng tháng.\n";
        let ts = tasks(t);
        assert_eq!(ts[0].deadline_text.as_deref(), Some("định kỳ hằng tháng"), "{ts:?}");
        let t = "1. Rà soát hồ sơ.\n- Đơn vị thực hiện: Sở Tư pháp.\n- Thời hạn: 15/12/2024.\n";
        assert_eq!(tasks(t)[0].deadline.as_deref(), Some("2024-12-15"));
        let t = "1. Rà soát hồ sơ.\n- Đơn vị thực hiện: Sở Tư pháp.\n- Thời gian: Quý IV/2024.\n";
        assert_eq!(tasks(t)[0].deadline.as_deref(), Some("2024-12"));
    }

    #[test]
    fn a_subject_that_directs_another_unit() {
        // Kiên Giang 23-NQ/TU, III.1: two tasks, each with the deadline of its own clauses
        let t = "1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch, hoàn thành trong quý I/2024; chỉ đạo Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành rà soát danh mục dự án.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]);
        assert_eq!(ts[0].deadline.as_deref(), Some("2024-03"));
        assert_eq!(ts[1].lead, ["Sở Kế hoạch và Đầu tư"]);
        assert_eq!(ts[1].deadline, None);
        assert!(ts[1].text.starts_with("chỉ đạo Sở Kế hoạch"), "{}", ts[1].text);
    }

    #[test]
    fn a_closing_paragraph_after_the_bullets() {
        // seed 004: the request after the last bullet of item 2
        // (a paragraph of its own after the list: the request's task, with no section, GOLD.md)
        let t = "2. Giai đoạn từ năm 2025\n- Tiếp tục đẩy mạnh tuyên truyền.\n- Thông tin đối ngoại.\n\nĐề nghị các sở, ban, ngành tỉnh phối hợp với Ban Tuyên giáo Tỉnh ủy, cung cấp nội dung.\n";
        let ts = crate::parse(t).record().tasks;
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["các sở, ban, ngành tỉnh"]);
        assert_eq!(ts[0].section, None);
    }

    #[test]
    fn a_long_title_of_units() {
        // seed 000, item 1: 19 words, only units
        let t = "1. Các cơ quan báo chí, truyền thông; Cổng/Trang thông tin điện tử các cơ quan hành chính Nhà nước\nThông tin, tuyên truyền sâu rộng đến ngày 14 tháng 10 năm 2024.\n";
        let ts = tasks(t);
        assert_eq!(ts[0].lead, ["Các cơ quan báo chí, truyền thông", "Cổng/Trang thông tin điện tử các cơ quan hành chính Nhà nước"], "{ts:?}");
        assert_eq!(ts[0].deadline.as_deref(), Some("2024-10-14"));
        assert!(starts_with_verb("Cử cán bộ tham gia tập huấn"));
        assert!(!starts_with_verb("Giai đoạn từ nay đến hết năm 2024"));
    }

    #[test]
    fn normative_procedure_steps_are_not_tasks() {
        // a step of a procedure in a decree is not a task; the same words under an article of duties are
        let t = "Điều 9. Trình tự tiếp nhận\n1. Bộ Ngoại giao thông báo cho Bộ Tư pháp.\n2. Chính phủ quy định chi tiết Điều này.\nĐiều 10. Trách nhiệm của Bộ Ngoại giao\n1. Bộ Ngoại giao thông báo cho Bộ Tư pháp.\n";
        let ts = tasks(t);
        let got: Vec<(&str, &str)> = ts.iter().map(|t| (t.section.as_deref().unwrap_or(""), t.lead[0].as_str())).collect();
        assert_eq!(got, [("Điều 9.2", "Chính phủ"), ("Điều 10.1", "Bộ Ngoại giao")], "{ts:?}");
    }

    #[test]
    fn a_subject_after_an_opening_clause() {
        let t = "Điều 17. Trách nhiệm thi hành\n1. Trường hợp cần thiết phải sửa đổi, Chính phủ trình Ủy ban Thường vụ Quốc hội xem xét.\n";
        assert_eq!(tasks(t)[0].lead, ["Chính phủ"]);
    }

    #[test]
    fn responsibility_of_a_unit_named_with_a_passive() {
        // Luật (vbpl 348): "được lấy ý kiến" names the unit; "tự chịu trách nhiệm" is no duty (vbpl 583)
        let t = "Điều 13. Trách nhiệm\n2. Cơ quan, tổ chức được lấy ý kiến quy định tại khoản 1 Điều này có trách nhiệm trả lời bằng văn bản.\n3. Ủy ban nhân dân đặc khu được tăng cường quyền tự chủ, tự chịu trách nhiệm.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["Cơ quan, tổ chức được lấy ý kiến"]);
    }

    #[test]
    fn a_paragraph_between_bullets_and_a_wrapped_unit_list() {
        // seed 003, III.4: a paragraph between two bullets gives work; the bullet whose unit list wraps after ";" is
        // one task, not two
        let t = "4. Hoạt động truyền thông\n- Truyền thông trên báo chí trung ương: Sở Văn hóa, Thể thao và Du lịch;\nỦy ban nhân dân các huyện, thành phố căn cứ chức năng phối hợp.\n- Sản xuất các clip\n\nCửa khẩu Bờ Y: Sở Văn hóa, Thể thao và Du lịch; Ủy ban nhân dân các huyện, thành phố căn cứ chức năng thực hiện.\n\n- Các hình thức khác.\n";
        let ts = tasks(t);
        let leads: Vec<Vec<String>> = ts.iter().map(|t| t.lead.clone()).collect();
        let both = vec!["Sở Văn hóa, Thể thao và Du lịch".to_string(), "Ủy ban nhân dân các huyện, thành phố".to_string()];
        assert_eq!(leads, [both.clone(), both], "{ts:?}");
    }

    #[test]
    fn a_task_per_sentence_for_other_units() {
        // Nghị quyết 66.17/2026, Điều 4.2
        let t = "Điều 4. Tổ chức thực hiện\n2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành tiêu chuẩn trước ngày 01 tháng 7 năm 2026. Bộ Khoa học và Công nghệ có trách nhiệm phối hợp với các bộ, ngành.\n";
        let ts = tasks(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ"]);
        assert_eq!(ts[0].deadline.as_deref(), Some("2026-07-01"));
        assert_eq!(ts[1].lead, ["Bộ Khoa học và Công nghệ"]);
        assert_eq!(ts[1].deadline, None);
    }

    #[test]
    fn deadlines() {
        assert_eq!(deadline("hoàn thành trong quý IV/2024").0.as_deref(), Some("2024-12"));
        assert_eq!(deadline("báo cáo trước ngày 15/12/2024").0.as_deref(), Some("2024-12-15"));
        assert_eq!(deadline("định kỳ hằng tháng").1.as_deref(), Some("định kỳ hằng tháng"));
        assert_eq!(deadline("không có hạn"), (None, None));
        // a range of years: its last (GOLD.md, as "Tháng 9 - 10/2025")
        assert_eq!(deadline("mỗi năm tối thiểu 02 lớp, thực hiện trong năm 2025-2026.").0.as_deref(), Some("2026"));
        // a school year gives its last year (vinhlong_kh_87 III.4)
        assert_eq!(deadline("lồng ghép vào hoạt động ngoại khóa trong năm học 2024 - 2025.").0.as_deref(), Some("2025"));
        assert_eq!(deadline("trong năm học 2024 - 2025.").1.as_deref(), Some("trong năm học 2024 - 2025"));
        // ("hoàn thành trước khi kết thúc năm học 2024 - 2025", haugiang_kh_74 IV.8)
        assert_eq!(deadline("diệt lăng quăng tại trường học, hoàn thành trước khi kết thúc năm học 2024 - 2025.").0.as_deref(), Some("2025"));
        // a season of a named year gives the year (ninhbinh_ct_11 4); "hằng năm" none
        assert_eq!(deadline("có phương án di dời, hoàn thành trước mùa mưa bão năm 2025.").0.as_deref(), Some("2025"));
        assert!(deadline("hoàn thành trước mùa mưa bão năm 2025.").1.is_some_and(|t| t.ends_with("trước mùa mưa bão năm 2025")));
        assert_eq!(deadline("kiểm tra đê trước mùa mưa bão hằng năm.").0, None);
        assert_eq!(deadline("thực hiện trong năm 2025").0.as_deref(), Some("2025"));
        assert_eq!(field_deadline("Năm 2025-2026").0.as_deref(), Some("2026"));
        assert_eq!(field_deadline("Năm 2025 - 2026").1.as_deref(), Some("Năm 2025 - 2026"));
        assert_eq!(field_deadline("Năm 2025").0.as_deref(), Some("2025"));
        // a table's time cell with the years alone
        assert_eq!(field_deadline("2026 - 2028").0.as_deref(), Some("2028"));
        assert_eq!(field_deadline("2027").0.as_deref(), Some("2027"));
        assert_eq!(field_deadline("Bộ Công an").0, None);
        assert_eq!(last_year("2026-2025"), Some("2026".to_string()));
    }
}

#[cfg(test)]
mod subject_tests {
    use super::*;

    #[test]
    fn subject_ends_at_its_own_verb() {
        // cb_thong-tu-so-35-2021, Điều 14.2 / 14.3: the subject is the title before the verb
        let a = assignments("Trưởng đoàn điều hành các hoạt động của đoàn; chịu trách nhiệm báo cáo kết quả đánh giá.", false);
        assert_eq!(a.lead, ["Trưởng đoàn"]);
        let a = assignments("Thư ký đoàn giúp trưởng đoàn triển khai các hoạt động và chuẩn bị các báo cáo của đoàn.", false);
        assert_eq!(a.lead, ["Thư ký đoàn"]);
        // a generic head and the verb after it are one name: "Cơ quan tiếp nhận hồ sơ"
        let a = assignments("Cơ quan tiếp nhận hồ sơ có trách nhiệm kiểm tra hồ sơ.", false);
        assert_eq!(a.lead, ["Cơ quan tiếp nhận hồ sơ"]);
        // no verb of VERBS: the subject ends at a verb of SUBJECT_END_VERBS (vbpl_doc_000189, a quoted clause: strict)
        let a = assignments("Hiệu trưởng trường giáo dưỡng thành lập Hội đồng xét duyệt, đề nghị giảm thời hạn chấp hành.", true);
        assert_eq!(a.lead, ["Hiệu trưởng trường giáo dưỡng"]);
        // "công lập" is not the verb "lập"
        let a = assignments("Người đứng đầu đơn vị sự nghiệp công lập quản lý điều hành hoạt động của đơn vị và chịu trách nhiệm về kết quả.", false);
        assert_eq!(a.lead, ["Người đứng đầu đơn vị sự nghiệp công lập"]);
        // but "Phòng Người có công" (people of merit) is a name, and "lập" after it its partner's verb (angiang_cv_2871 4.b,
        // 4.c); "có công văn" is still a verb
        let a = assignments("Phòng Người có công phối hợp với Văn phòng Sở tổ chức kiểm tra việc tặng quà.", false);
        assert_eq!(a.lead, ["Phòng Người có công"]);
        let a = assignments("Giao Phòng Kế hoạch - Tài chính phối hợp với Phòng Người có công lập dự toán kinh phí tặng quà của tỉnh.", false);
        assert_eq!((a.lead, a.support), (vec!["Phòng Kế hoạch - Tài chính".to_string()], vec!["Phòng Người có công".to_string()]));
        assert!(has_verb("Ủy ban nhân dân tỉnh có công văn"));
    }
}

#[cfg(test)]
mod list_subject_tests {
    use super::*;

    #[test]
    fn semicolon_list_is_one_subject() {
        // vbpl_doc_000554, Điều 10
        let t = "Điều 10. Trách nhiệm tổ chức thực hiện\n\nChánh Văn phòng, Vụ trưởng Vụ Pháp chế, Thủ trưởng các đơn vị có liên quan thuộc Bộ Giáo dục và Đào tạo; Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; Giám đốc Sở Giáo dục và Đào tạo; Chủ tịch Ủy ban nhân dân xã, phường, đặc khu; các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này./.\n";
        let a = assignments(t, false);
        assert_eq!(a.lead.len(), 7, "{:?}", a.lead);
        assert_eq!(a.lead[0], "Chánh Văn phòng");
        assert_eq!(a.lead[6], "các cơ quan, tổ chức và cá nhân có liên quan");
    }
}

#[cfg(test)]
mod strict_tests {
    use super::*;

    #[test]
    fn a_date_to_act_by_makes_a_duty() {
        // vbpl_doc_000554, Điều 7 (a quoted amendment: strict)
        let a = assignments("- UBND cấp xã gửi báo cáo đến UBND cấp tỉnh trước ngày 03 tháng 10 hằng năm.", true);
        assert_eq!(a.lead, ["UBND cấp xã"]);
        // a procedure step without one is not
        let a = assignments("Bộ Ngoại giao thông báo cho cơ quan đề xuất trong thời hạn 10 ngày.", true);
        assert!(a.lead.is_empty(), "{:?}", a.lead);
    }

    #[test]
    fn a_written_request_is_not_work_given_to_its_addressee() {
        // VBHN 6659/VBHN-BLĐTBXH, Điều 6.2.b: the company asks; the units it writes to are given nothing
        let a = assignments("Công ty đủ các điều kiện trên có văn bản đề nghị cơ quan đại diện chủ sở hữu để thống nhất với Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính trước khi báo cáo Thủ tướng Chính phủ xem xét, quyết định.", true);
        assert!(a.lead.iter().all(|u| !u.contains("trước khi")), "{:?}", a.lead);
        assert!(!a.lead.iter().any(|u| u == "cơ quan đại diện chủ sở hữu"), "{:?}", a.lead);
        // a right to ask (NĐ 152/2026, Điều 32.3)
        assert!(assignments("3. Đương sự và thân nhân của họ có quyền yêu cầu cơ quan thi hành án dân sự xác nhận kết quả thi hành án.", true).is_empty());
        // under a duty article, "Đề nghị X ..." is the heading units' request
        let t = "Điều 21. Trách nhiệm của Trưởng ban kiểm soát, Kiểm soát viên\n1. Kiểm tra, giám sát và định kỳ báo cáo cơ quan đại diện chủ sở hữu.\n2. Đề nghị Hội đồng thành viên hoặc Chủ tịch công ty chỉ đạo sửa đổi, điều chỉnh nếu phát hiện nội dung không đúng quy định.\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[1].lead, ["Trưởng ban kiểm soát", "Kiểm soát viên"]);
    }

    #[test]
    fn a_case_or_a_direction_over_points_gives_a_task_per_point() {
        // hcm_qd_25 Điều 10.3 and 14.2: the points are the heading unit's work, the intro line is none
        let t = "Điều 10. Trách nhiệm của Sở Xây dựng\n1. Hướng dẫn chủ đầu tư tính toán khối lượng.\n3. Đối với phương tiện vận chuyển chất thải rắn xây dựng:\na) Kiểm tra việc chấp hành quy định về tải trọng của phương tiện;\nb) Cung cấp danh sách phương tiện được cấp phép hoạt động cho Sở Nông nghiệp và Môi trường trước ngày 31/7/2025.\nĐiều 14. Trách nhiệm của Ủy ban nhân dân các quận, huyện\n2. Chỉ đạo Ủy ban nhân dân phường, xã, thị trấn:\n- Tuyên truyền, phổ biến Quy định này đến hộ gia đình, cá nhân;\n- Tiếp nhận đăng ký khối lượng chất thải rắn xây dựng của chủ nguồn thải.\n";
        let ts = tasks_of(t);
        let got: Vec<(String, String)> = ts.iter().map(|x| (x.section.clone().unwrap_or_default(), x.lead.join("; "))).collect();
        assert_eq!(
            got,
            [
                ("Điều 10.1", "Sở Xây dựng"),
                ("Điều 10.3.a", "Sở Xây dựng"),
                ("Điều 10.3.b", "Sở Xây dựng"),
                ("Điều 14.2", "Ủy ban nhân dân các quận, huyện"),
                ("Điều 14.2", "Ủy ban nhân dân các quận, huyện")
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
    }

    #[test]
    fn a_decision_on_a_body_s_functions_gives_the_body_its_duties() {
        // lamdong_qd_30 (shortened): the duties' article names no body; the article before it defines it
        let t = "Điều 1. Vị trí và chức năng\n1. Sở Dân tộc và Tôn giáo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác dân tộc.\n2. Sở Dân tộc và Tôn giáo có tư cách pháp nhân.\nĐiều 2. Nhiệm vụ và quyền hạn\n1. Trình Ủy ban nhân dân tỉnh:\na) Dự thảo quyết định về công tác dân tộc;\nb) Dự thảo kế hoạch về công tác dân tộc.\n2. Tổ chức thực hiện các văn bản quy phạm pháp luật về công tác dân tộc.\n3. Được quyền yêu cầu các cơ quan, tổ chức, cá nhân có liên quan cung cấp thông tin.\nĐiều 3. Cơ cấu tổ chức\n1. Văn phòng.\n2. Phòng Quản lý tôn giáo.\n";
        let ts = tasks_of(t);
        let got: Vec<(String, String)> = ts.iter().map(|x| (x.section.clone().unwrap_or_default(), x.lead.join("; "))).collect();
        let want = [("Điều 2.1.a", "Sở Dân tộc và Tôn giáo"), ("Điều 2.1.b", "Sở Dân tộc và Tôn giáo"), ("Điều 2.2", "Sở Dân tộc và Tôn giáo")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
        // (an article that names duties with the functions is work: "Vị trí, chức năng, nhiệm vụ và quyền hạn")
        assert!(!defines_body("Vị trí, chức năng, nhiệm vụ và quyền hạn"));
        assert!(!defines_body("Cơ cấu tổ chức và trách nhiệm của các thành viên"));
        assert!(defines_body("Cơ cấu tổ chức"));
    }

    #[test]
    fn a_clause_title_is_its_first_sentence() {
        // a plain step of a procedure, then a bound one: only the second binds (cp_nd_35 Điều 6.3)
        let t = "Điều 6. Trình tự, thủ tục cấp Giấy chứng nhận\n3. Đối với dịch vụ số hóa, Sở Nội vụ gửi văn bản lấy ý kiến Công an cấp tỉnh về bảo đảm an toàn thông tin. Công an cấp tỉnh có trách nhiệm trả lời bằng văn bản trong thời hạn 05 ngày làm việc.\n";
        let items = crate::outline::parse(t, t.len());
        let strict = strict_items(&items);
        assert_eq!(strict, [true, true]);
        let ts = extract_with(t, &items, t.len(), &strict);
        assert_eq!(ts.iter().map(|t| t.lead.clone()).collect::<Vec<_>>(), [["Công an cấp tỉnh"]], "{ts:?}");
    }

    #[test]
    fn rights_give_no_one_work() {
        // VBHN 40/VBHN-VPQH (Luật Bảo hiểm y tế), Điều 36 and Điều 6
        let t = "Điều 36. Quyền của người tham gia bảo hiểm y tế\n1. Được cấp thẻ bảo hiểm y tế.\n2. Yêu cầu cơ quan bảo hiểm xã hội, cơ sở khám bệnh, chữa bệnh bảo hiểm y tế giải thích, cung cấp thông tin.\nĐiều 37. Trách nhiệm của Bộ Y tế\n1. Thanh tra, kiểm tra, xử lý vi phạm về bảo hiểm y tế;\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["Bộ Y tế"]);
        assert!(rights_title("Quyền của tổ chức, cá nhân đóng bảo hiểm y tế"));
        assert!(!rights_title("Quyền và trách nhiệm của cơ quan bảo hiểm xã hội"));
    }

    #[test]
    fn work_at_fixed_times_is_a_standing_duty() {
        // vbpl_doc_000557 (Nghị định 343/2025), Điều 4.1.e and 8.2.c
        let a = assignments("e) Hằng năm, Ủy ban nhân dân cấp xã căn cứ số lượng sĩ quan Quân đội nghỉ hưu trên địa bàn, rà soát, lập danh sách báo cáo Bộ Chỉ huy quân sự cấp tỉnh.", true);
        assert_eq!(a.lead, ["Ủy ban nhân dân cấp xã"]);
        let a = assignments("c) Bộ Tư lệnh Thủ đô Hà Nội (Cục Chính trị) quản lý số lượng, danh sách sĩ quan Quân đội nghỉ hưu thường trú trên địa bàn thành phố Hà Nội; định kỳ (hằng quý, hằng năm) hoặc đột xuất tổng hợp, báo cáo danh sách quản lý.", true);
        assert_eq!(a.lead, ["Bộ Tư lệnh Thủ đô Hà Nội (Cục Chính trị)"]);
        // a step of one procedure is not
        assert!(assignments("Bộ Ngoại giao thông báo cho cơ quan đề xuất trong thời hạn 10 ngày.", true).is_empty());
    }

    #[test]
    fn a_titled_point_over_paragraphs_of_their_own() {
        // vbpl_doc_000557, Điều 5.4.b: each paragraph names its own units; the title gathers none of its own
        let t = "Điều 5. Chế độ chăm sóc\n4. Hồ sơ, trình tự giải quyết\nb) Trình tự giải quyết\nSĩ quan Quân đội nghỉ hưu nộp 01 bộ hồ sơ cho Ủy ban nhân dân cấp xã.\nỦy ban nhân dân cấp xã trong thời gian 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ có trách nhiệm tổng hợp, đề nghị Bộ Chỉ huy quân sự cấp tỉnh.\nBộ Chỉ huy quân sự cấp tỉnh có trách nhiệm kiểm tra hồ sơ.\n";
        let items = crate::outline::parse(t, t.len());
        let strict = strict_items(&items);
        let ts = later_paragraphs(t, &items, t.len(), &strict, extract_with(t, &items, t.len(), &strict));
        let leads: Vec<&str> = ts.iter().map(|t| t.lead[0].as_str()).collect();
        assert_eq!(leads, ["Ủy ban nhân dân cấp xã", "Bộ Chỉ huy quân sự cấp tỉnh"], "{ts:?}");
    }

    #[test]
    fn members_of_a_delegation_and_schools_head_duty_lists() {
        // TT 35/2021/TT-BLĐTBXH, Điều 14 and 20.3
        assert_eq!(
            duty_heading("Nhiệm vụ của trưởng đoàn, thư ký đoàn và các thành viên khác trong đoàn đánh giá"),
            Some(vec!["trưởng đoàn".to_string(), "thư ký đoàn".to_string(), "các thành viên khác trong đoàn đánh giá".to_string()])
        );
        assert_eq!(
            duty_heading("3. Trường cao đẳng được đánh giá theo tiêu chí trường cao đẳng chất lượng cao có trách nhiệm:"),
            Some(vec!["Trường cao đẳng được đánh giá theo tiêu chí trường cao đẳng chất lượng cao".to_string()])
        );
        // "trong việc ..." still ends the one who acts
        assert_eq!(duty_heading("Trách nhiệm của Sở Y tế trong việc kiểm tra"), Some(vec!["Sở Y tế".to_string()]));
    }

    #[test]
    fn a_deadline_given_once_for_the_work_it_names() {
        // NQ 126/NQ-CP, Điều 1: "Việc bàn giao và tiếp nhận phải hoàn thành trước ngày ..." reaches the points that do
        // that work, and only them
        let t = "Điều 1.\n1. Đồng ý chủ trương chuyển giao. Việc bàn giao và tiếp nhận phải hoàn thành trước ngày 01 tháng 7 năm 2026. Từ ngày 01 tháng 7 năm 2026, Ủy ban nhân dân thành phố Hà Nội trực tiếp quản lý.\n2. Giao Bộ Văn hoá, Thể thao và Du lịch:\na) Chủ trì xây dựng, trình Thủ tướng Chính phủ ban hành Quyết định.\nb) Chủ trì tổ chức bàn giao nguyên trạng tổ chức bộ máy.\nĐiều 2. Hiệu lực\n1. Sở Y tế tổ chức tiếp nhận hồ sơ.\n";
        let items = crate::outline::parse(t, t.len());
        let strict = strict_items(&items);
        let mut ts = extract_with(t, &items, t.len(), &strict);
        carry_deadlines(t, &items, &mut ts);
        let got: Vec<(Option<&str>, Option<&str>)> = ts.iter().map(|t| (t.section.as_deref(), t.deadline.as_deref())).collect();
        assert!(got.contains(&(Some("Điều 1.2.b"), Some("2026-07-01"))), "{got:?}");
        assert!(got.contains(&(Some("Điều 1.2.a"), None)), "{got:?}");
        assert!(!got.iter().any(|g| g.0.is_some_and(|s| s.starts_with("Điều 2")) && g.1.is_some()), "{got:?}");
        // written for the repo (bnv_tt_08): "Việc" inside a name ("Cục Việc làm có trách nhiệm:") opens no sentence
        let t = "Điều 9. Trách nhiệm\n1. Cục Việc làm có trách nhiệm:\na) Hướng dẫn, kiểm tra, đôn đốc các địa phương thực hiện Thông tư này;\nb) Xây dựng phân hệ quản lý đối tượng, hoàn thành trước ngày 30 tháng 9 năm 2026;\nc) Chủ trì kiểm tra việc quản lý kinh phí.\n";
        let items = crate::outline::parse(t, t.len());
        let strict = strict_items(&items);
        let mut ts = extract_with(t, &items, t.len(), &strict);
        carry_deadlines(t, &items, &mut ts);
        let got: Vec<(Option<&str>, Option<&str>)> = ts.iter().map(|t| (t.section.as_deref(), t.deadline.as_deref())).collect();
        assert_eq!(got, [(Some("Điều 9.1.a"), None), (Some("Điều 9.1.b"), Some("2026-09-30")), (Some("Điều 9.1.c"), None)]);
    }

    #[test]
    fn an_authority_named_by_its_role_in_a_procedure() {
        // corpus/docs/btc_tt_58.txt, Điều 6 (shortened): "cơ quan tiếp nhận" binds itself in a bound step; the
        // beneficiary's signature is no task
        let t = "Điều 6. Trình tự, thủ tục\n1. Trường hợp hồ sơ chưa hợp lệ, cơ quan tiếp nhận phải thông báo bằng văn bản cho tổ chức, cá nhân trong thời hạn 02 ngày làm việc.\n2. Ủy ban nhân dân cấp xã phải chi trả kinh phí hỗ trợ. Tổ chức, cá nhân nhận kinh phí hỗ trợ có trách nhiệm ký nhận vào danh sách chi trả.\n";
        let items = crate::outline::parse(t, t.len());
        let strict = strict_items(&items);
        let ts = later_paragraphs(t, &items, t.len(), &strict, extract_with(t, &items, t.len(), &strict));
        let leads: Vec<&str> = ts.iter().map(|t| t.lead[0].as_str()).collect();
        assert_eq!(leads, ["cơ quan tiếp nhận", "Ủy ban nhân dân cấp xã"], "{ts:?}");
    }

    #[test]
    fn enforcement_conditions_in_a_title_are_no_duty_article() {
        // NĐ 152/2026 Điều 23 (shortened): "chưa có điều kiện thi hành" is the matter of the article, whose clauses
        // are read strictly (bound steps); "Trách nhiệm thi hành" names who carries the text out
        let t = "Điều 22. Phạm vi\nĐiều 23. Công khai thông tin của người phải thi hành án chưa có điều kiện thi hành\n1. Cơ quan thi hành án dân sự phải chấm dứt việc công khai thông tin.\nĐiều 24. Trách nhiệm thi hành\n1. Các Bộ trưởng thi hành Nghị định này.\n";
        let items = crate::outline::parse(t, t.len());
        let strict = strict_items(&items);
        let by_label: Vec<(&str, bool)> = items.iter().zip(&strict).map(|(it, s)| (it.label.as_str(), *s)).collect();
        assert!(by_label.contains(&("Điều 23.", true)), "{by_label:?}");
        assert!(by_label.contains(&("Điều 24.", false)), "{by_label:?}");
    }

    #[test]
    fn a_point_heading_its_own_points_under_a_duty_article() {
        // corpus/docs/cp_nd_88.txt, Điều 3.2 and 5
        let t = "Điều 3. Cập nhật dữ liệu\n2. Trung tâm dịch vụ việc làm cập nhật thông tin người lao động vào cơ sở dữ liệu.\nĐiều 5. Trách nhiệm của các bộ, ngành, địa phương\n1. Bộ Nội vụ:\na) Chủ trì xây dựng cơ sở dữ liệu;\nb) Hướng dẫn, kiểm tra việc cập nhật dữ liệu.\n2. Bộ Tài chính bố trí kinh phí.\n";
        let ts = tasks_of(t);
        let got: Vec<(Option<&str>, &str)> = ts.iter().map(|t| (t.section.as_deref(), t.lead[0].as_str())).collect();
        assert_eq!(got, [(Some("Điều 5.1.a"), "Bộ Nội vụ"), (Some("Điều 5.1.b"), "Bộ Nội vụ"), (Some("Điều 5.2"), "Bộ Tài chính")]);
    }

    #[test]
    fn deadlines_without_ngay_with_an_hour_or_a_half_year() {
        assert_eq!(deadline("Tổng hợp, báo cáo trước 30/11/2026.").0.as_deref(), Some("2026-11-30"));
        assert_eq!(deadline("gửi về Sở trước 15 giờ ngày 20/10/2026").0.as_deref(), Some("2026-10-20"));
        assert_eq!(deadline("hoàn thành trong 6 tháng đầu năm 2026").0.as_deref(), Some("2026-06"));
        assert_eq!(deadline("Hoàn thành trong tháng 12/2026.").0.as_deref(), Some("2026-12"));
        assert_eq!(deadline("theo Nghị định số 12/2026/NĐ-CP").0, None);
    }

    #[test]
    fn effect_dates_and_entitlements() {
        // NQ 22/2026/NQ-CP, Điều 4: a text to issue "bảo đảm có hiệu lực trước ngày ..." has that date to act by;
        // "có hiệu lực thi hành từ ngày ..." is when a text takes effect
        let (iso, words) = deadline("Chủ động xây dựng, ban hành Thông tư để cắt giảm thủ tục hành chính, bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027;");
        assert_eq!((iso.as_deref(), words.as_deref()), (Some("2027-03-01"), Some("trước ngày 01 tháng 3 năm 2027")));
        assert_eq!(deadline("Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 12 năm 2023.").0, None);
        // those who drafted it "được xem xét loại trừ, miễn hoặc giảm trách nhiệm": an entitlement, not a task
        let a = assignments("3. Người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức tham gia xây dựng, ban hành Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trách nhiệm theo quy định.", false);
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn a_rule_or_a_decision_left_to_a_minister_is_a_duty() {
        // vbpl_doc_000333 (Nghị định 349/2025), Điều 6.5 and 5.6
        let a = assignments("5. Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quyết định danh sách huấn luyện viên, vận động viên được hưởng chế độ quy định tại khoản 1 Điều này.", true);
        assert_eq!(a.lead, ["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"]);
        let a = assignments("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quy định chế độ thực phẩm chức năng theo tính chất đặc thù của từng môn thể thao.", true);
        assert_eq!(a.lead, ["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"]);
        // a board deciding uses its powers; "quy định tại" is "provided in"; a sanction is not a duty
        assert!(assignments("Hội đồng quản lý quyết định các vấn đề về tổ chức và hoạt động.", true).is_empty());
        assert!(assignments("Cơ quan sử dụng quy định tại khoản 1 Điều 2 được hưởng chế độ.", true).is_empty());
        assert!(assignments("Tổ chức, cá nhân vi phạm quy định về cung cấp thông tin thống kê sẽ bị xử lý theo quy định hiện hành.", false).is_empty());
        // how a body works is not work it is given (vbpl_doc_000583, Điều 8.1)
        assert!(assignments("1. Ủy ban nhân dân đặc khu hoạt động theo chế độ tập thể, quyết định theo đa số.", false).is_empty());
        // a council's own vote is no work given (a commune HĐND resolution)
        assert!(assignments("Hội đồng nhân dân xã cơ bản tán thành đánh giá tình hình kinh tế - xã hội năm 2025.", false).is_empty());
        // "dự toán" is a verb after a unit: the subject ends before it
        let a = assignments("Hàng năm, các Bộ, Ủy ban nhân dân các tỉnh, thành phố dự toán và bố trí kinh phí cho hoạt động thống kê.", false);
        assert_eq!(a.lead.last().map(String::as_str), Some("Ủy ban nhân dân các tỉnh, thành phố"), "{:?}", a.lead);
    }
}

#[cfg(test)]
mod wrap_tests {
    use super::*;

    #[test]
    fn a_wrapped_line_is_not_a_sentence() {
        // cb_van-ban-hop-nhat-so-1166, Điều 16.1.c as the Gazette PDF wraps it
        let t = "c) Công khai tiền lương, thù lao, tiền thưởng của Ban điều hành, Thành viên\nHội đồng thành viên, Trưởng ban kiểm soát, Kiểm soát viên theo quy định.\n";
        let at = t.find("Hội đồng").unwrap();
        assert!(continues_sentence(t, at));
        // after a heading or a finished sentence, a line is a sentence of its own
        let t = "III. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì, phối hợp với các đơn vị.\nSở Tài chính bố trí kinh phí.\n";
        assert!(!continues_sentence(t, t.find("Sở Y tế").unwrap()));
        assert!(!continues_sentence(t, t.find("Sở Tài chính").unwrap()));
    }
}

#[cfg(test)]
mod alias_tests {
    use super::*;

    #[test]
    fn a_defined_short_name_leads_as_the_body() {
        // cb_thong-tu-so-35-2021, Điều 18
        let t = "Điều 18. Hội đồng thẩm định kết quả đánh giá trường\n1. Hội đồng thẩm định kết quả đánh giá trường (sau đây viết tắt là Hội đồng) do Tổng cục trưởng quyết định thành lập.\n2. Nhiệm vụ của Hội đồng\na) Thẩm định kết quả đánh giá trường;\nb) Báo cáo kết quả thẩm định với Tổng cục trưởng.\n";
        let ts = tasks_of(t);
        let leads: Vec<&str> = ts.iter().flat_map(|t| t.lead.iter().map(String::as_str)).collect();
        assert_eq!(leads, ["Hội đồng thẩm định kết quả đánh giá trường", "Hội đồng thẩm định kết quả đánh giá trường"], "{ts:?}");
        assert_eq!(defined_name(t, "Ban"), None);
    }
}

#[cfg(test)]
mod duty_list_tests {
    use super::*;

    #[test]
    fn a_body_with_duties_over_points() {
        // vbpl_doc_000125 (Luật 2025), Điều 1.5: a quoted clause, its duties as points
        let t = "5. Sửa đổi, bổ sung khoản 2 Điều 42 như sau:\n“2. Tổ hợp công nghiệp quốc phòng có chức năng, nhiệm vụ sau đây:\na) Nghiên cứu, ứng dụng khoa học, công nghệ;\nb) Huy động nguồn lực quốc gia phát triển công nghiệp quốc phòng.”\n";
        let items = crate::outline::parse(t, t.len());
        assert_eq!(items[1].label, "2.");
        let ts = extract(t, &items, t.len());
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert!(ts.iter().all(|t| t.lead == ["Tổ hợp công nghiệp quốc phòng"]));
        assert_eq!(duty_heading("Bộ Tài chính có các nhiệm vụ sau:"), Some(vec!["Bộ Tài chính".to_string()]));
        // a power is not a duty
        assert!(assignments("Trưởng đoàn kiểm tra do Bộ trưởng thành lập có quyền xử phạt vi phạm hành chính.", true).lead.is_empty());
    }
}

#[cfg(test)]
mod paragraph_sentence_tests {
    use super::*;

    #[test]
    fn later_sentences_of_a_paragraph() {
        // vbpl_doc_000197, Điều 1.3.a (a quoted clause: strict)
        let t = "Mức chi phí quản lý bằng 1,7% tổng kinh phí. Bộ trưởng Bộ Nội vụ đề xuất phân bổ tỷ lệ chi phí quản lý gửi Bộ Tài chính trước ngày 15 tháng 7 hằng năm. Hội đồng nhân dân cấp tỉnh quy định chi tiết tỷ lệ chi phí quản lý.\n";
        let ts = paragraph_tasks(t, 0, t.len(), true);
        let leads: Vec<&str> = ts.iter().map(|t| t.lead[0].as_str()).collect();
        assert_eq!(leads, ["Bộ trưởng Bộ Nội vụ", "Hội đồng nhân dân cấp tỉnh"], "{ts:?}");
        assert!(t[ts[1].span[0]..ts[1].span[1]].starts_with("Hội đồng nhân dân cấp tỉnh"));
    }
}

#[cfg(test)]
mod event_date_tests {
    use super::*;

    #[test]
    fn an_event_date_is_the_deadline_and_a_citation_date_is_not() {
        // corpus/docs/lamdong_cv_2156, item 3
        let d = deadline("Cử cán bộ tham gia tập huấn công tác y tế trường học dự kiến tổ chức ngày 20/11/2024 tại Trường THPT Bùi Thị Xuân.");
        assert_eq!(d.0.as_deref(), Some("2024-11-20"));
        let d = deadline("Hướng dẫn các trường rà soát theo Công văn số 1532/BYT-DP ngày 01-10-2024 của Bộ Y tế.");
        assert_eq!(d, (None, None));
        // corpus/docs/quangnam_qd_1234, Điều 3: the closing article of a decision
        let a = assignments("Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Thông tin và Truyền thông, Tài chính; Giám đốc Kho bạc Nhà nước Quảng Nam căn cứ Quyết định thi hành.", true);
        assert_eq!(a.lead.len(), 4, "{:?}", a.lead);
    }
}

#[cfg(test)]
mod closing_tests {
    use super::*;

    #[test]
    fn a_directive_closing_is_its_own_task_not_the_last_item_s() {
        // corpus/docs/thanhhoa_cv_4871, item 5 and the closing
        let t = "5. UBND các huyện, thị xã, thành phố:\na) Thành lập các chốt kiểm dịch tạm thời tại các ổ dịch.\nb) Báo cáo tình hình dịch bệnh về Sở Nông nghiệp và Phát triển nông thôn định kỳ hằng tuần.\n\nYêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc triển khai thực hiện./.\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 2);
        assert_eq!(ts[1].lead, ["UBND các huyện, thị xã, thành phố"]);
        let closing = paragraph_tasks(t, t.find("Yêu cầu").unwrap(), t.len(), false);
        assert_eq!(closing.len(), 1);
        assert_eq!(closing[0].lead, ["Thủ trưởng các sở, ngành", "Chủ tịch UBND các huyện, thị xã, thành phố"]);
        // a polite closing request is not a task
        let t = "Đề nghị các đơn vị quan tâm triển khai thực hiện./.\n";
        assert!(paragraph_tasks(t, 0, t.len(), false).is_empty());
    }
}

#[cfg(test)]
mod applicant_tests {
    use super::*;

    #[test]
    fn an_applicant_s_step_is_not_a_task() {
        // vbpl_doc_000571, Điều 5.2 (GOLD.md: not a task even with "có trách nhiệm")
        assert!(assignments("Người sử dụng lao động có trách nhiệm đề nghị cấp giấy xác nhận không thuộc diện cấp giấy phép lao động.", false).is_empty());
        assert!(!assignments("Người sử dụng lao động có trách nhiệm báo cáo tình hình sử dụng lao động.", false).is_empty());
    }
}

#[cfg(test)]
mod title_run_in_tests {
    use super::*;

    #[test]
    fn an_article_title_run_into_its_sentence() {
        // vbpl_doc_000333 (Nghị định 349/2025), Điều 23
        let t = "Điều 23. Trách nhiệm thi hành\n\nBộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này.\n";
        let items = crate::outline::parse(t, t.len());
        let strict = strict_items(&items);
        let ts = later_paragraphs(t, &items, t.len(), &strict, extract_with(t, &items, t.len(), &strict));
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead.len(), 4);
        assert_eq!(ts[0].lead[0], "Bộ trưởng");
        // a duty heading ends at its colon; a subject ends at "quyết định" before a later verb of VERBS
        assert_eq!(duty_heading("Trách nhiệm của Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh: Triển khai thực hiện Nghị định này"),
            Some(vec!["Hội đồng nhân dân cấp tỉnh".to_string(), "Ủy ban nhân dân cấp tỉnh".to_string()]));
        let a = assignments("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quyết định danh mục các môn thể thao thuộc các nhóm I, II, III; đối tượng huấn luyện viên, vận động viên được thưởng bằng tiền khi lập thành tích tại các giải thi đấu thể thao quốc tế quy định tại Điều 17 Nghị định này;", false);
        assert_eq!(a.lead, ["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"]);
        // a duty denied (NĐ 152/2026)
        assert!(assignments("Trường hợp giao cho tổ chức bảo quản, Cơ quan thi hành án dân sự không phải chịu trách nhiệm về tài sản.", true).is_empty());
    }
}

#[cfg(test)]
mod support_tests {
    use super::*;

    #[test]
    fn the_units_a_subject_works_with() {
        // corpus/docs/quangngai_qd_512, Điều 2.4 and 2.5
        let a = assignments("Sở Lao động - Thương binh và Xã hội phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức các hoạt động hưởng ứng.", false);
        assert_eq!(a.lead, ["Sở Lao động - Thương binh và Xã hội"]);
        assert_eq!(a.support, ["Hội Liên hiệp Phụ nữ tỉnh"]);
        let a = assignments("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh phối hợp tuyên truyền, giám sát việc thực hiện.", false);
        assert!(a.support.is_empty(), "{:?}", a.support);
        // seed 003, III.2: a group, to its verb
        let a = assignments("Các cơ quan báo chí tỉnh thực hiện theo nhiệm vụ được giao; phối hợp với các đơn vị, địa phương thực hiện nhiệm vụ truyền thông.", false);
        assert_eq!(a.support, ["các đơn vị, địa phương"]);
        // the longest head opens a unit: "Ban vì sự tiến bộ phụ nữ", not "Ban" (which wants a capital after it)
        assert!(starts_unit("Ban vì sự tiến bộ phụ nữ các sở, ban, ngành"));
    }
}

#[cfg(test)]
mod conclusion_tests {
    use super::*;

    #[test]
    fn a_meeting_s_conclusions() {
        // a Thông báo kết luận: the dated account of the meeting gives no task; "Giao X <any verb>"; "; giao Y ..."
        // is a task of its own; "Các chủ đầu tư" are units
        let t = "Ngày 06 tháng 6 năm 2025, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ giải ngân. Phó Chủ tịch kết luận như sau:\n\n1. Giao Sở Tài chính tổng hợp danh mục dự án chậm giải ngân, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/6/2025; giao Kho bạc Nhà nước khu vực XVII phối hợp rà soát hồ sơ thanh toán.\n\n2. Các chủ đầu tư khẩn trương hoàn thiện thủ tục nghiệm thu, thanh toán khối lượng hoàn thành.\n";
        let ts = tasks_of(t);
        let leads: Vec<&str> = ts.iter().map(|t| t.lead[0].as_str()).collect();
        assert_eq!(leads, ["Sở Tài chính", "Kho bạc Nhà nước khu vực XVII", "Các chủ đầu tư"], "{ts:?}");
        assert_eq!(ts[0].deadline.as_deref(), Some("2025-06-20"));
        assert_eq!(ts[1].deadline, None);
        assert!(paragraph_tasks(t, 0, t.find("1. Giao").unwrap(), false).is_empty());
    }

    #[test]
    fn a_second_unit_bound_after_a_semicolon_in_wrapped_text() {
        // a conclusion copied from a PDF (lines wrapped): "Giao X chủ trì, phối hợp với Y ...; Z có trách nhiệm ..." is
        // two tasks, each with its own partners; "Yêu cầu các chủ đầu tư ... đẩy nhanh ..." is a request
        let t = "b) Đối với kiến nghị của Công ty cổ phần Đầu tư Phát triển nhà Lam Sơn: Giao Sở Tài chính chủ trì, phối hợp với Sở\nXây dựng, Sở Nông nghiệp và Môi trường nghiên cứu, báo cáo, đề xuất UBND\ntỉnh trước ngày 10/12/2026; Sở Xây dựng có trách nhiệm cung cấp đầy đủ hồ sơ,\ntài liệu liên quan cho Sở Tài chính.\nc) Yêu cầu các chủ đầu tư dự án nhà ở xã hội đẩy nhanh tiến độ thi công, bảo\nđảm chất lượng công trình.\n";
        let ts = tasks_of(t);
        let leads: Vec<&str> = ts.iter().map(|t| t.lead[0].as_str()).collect();
        assert_eq!(leads, ["Sở Tài chính", "Sở Xây dựng", "các chủ đầu tư dự án nhà ở xã hội"], "{ts:?}");
        assert_eq!(ts[0].support, ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường"]);
        assert_eq!(ts[0].deadline.as_deref(), Some("2026-12-10"));
        assert_eq!(ts[1].deadline, None);
    }

    #[test]
    fn reports_and_states_at_a_meeting_are_no_tasks() {
        // the account of a meeting: what a unit reported, a state of affairs; a scope between units and their duty
        assert!(assignments("Sở Tài chính báo cáo: tổng nhu cầu vốn cho công tác bồi thường khoảng 1.450 tỷ đồng.", false).is_empty());
        assert!(assignments("Dự án nhà ở xã hội tại phường Đông Quang: chủ đầu tư chưa hoàn thiện hồ sơ đề nghị cấp giấy phép xây dựng.", false).is_empty());
        let a = assignments("Sở Khoa học và Công nghệ, Sở Nội vụ theo chức năng, nhiệm vụ được giao có trách nhiệm hướng dẫn các doanh nghiệp.", true);
        assert_eq!(a.lead, ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]);
        // a register kept is a standing duty (GOLD.md); updating a record once is a step
        let a = assignments("Sở Công Thương quản lý, cập nhật Cơ sở dữ liệu cụm công nghiệp của tỉnh.", true);
        assert_eq!(a.lead, ["Sở Công Thương"]);
        assert!(assignments("Trung tâm dịch vụ việc làm cập nhật thông tin người lao động vào cơ sở dữ liệu.", true).is_empty());
        // an opener holding "quy định tại": the subject after it, not cut inside it
        let a = assignments("Trong thời hạn 10 ngày làm việc kể từ ngày ghi trên phiếu tiếp nhận hồ sơ công bố quy định tại khoản 3 Điều 6 Nghị định số 96/2023/NĐ-CP, cơ quan tiếp nhận hồ sơ có trách nhiệm đăng tải thông tin.", false);
        assert_eq!(a.lead, ["cơ quan tiếp nhận hồ sơ"]);
        // a sanction, how a body works, a clause for a subject
        assert!(assignments("Tổ chức, cá nhân cản trở, can thiệp trái pháp luật dẫn đến việc chậm giao tài sản mà gây thiệt hại thì phải bồi thường.", true).is_empty());
        assert!(assignments("Hội đồng làm việc theo nguyên tắc thảo luận tập thể và quyết định theo đa số.", true).is_empty());
        assert!(has_verb("cơ quan thi hành án nên không thể yêu cầu thi hành án đúng hạn"));
        // an applicant named by its request
        assert!(assignments("Tổ chức, cá nhân đề nghị cấp giấy phép có trách nhiệm bảo đảm tính chính xác của thông tin.", true).is_empty());
    }

    #[test]
    fn a_list_or_range_of_months_gives_its_last() {
        // angiang_cv_2871 4.c; GOLD.md: a range gives its end
        assert_eq!(deadline("tổ chức kiểm tra trong tháng 01 và tháng 02/2026; kịp thời chấn chỉnh").0.as_deref(), Some("2026-02"));
        assert_eq!(deadline("hoàn thành trong tháng 9 - 10/2025.").0.as_deref(), Some("2025-10"));
        assert_eq!(deadline("trong tháng 3 đến tháng 5 năm 2026").0.as_deref(), Some("2026-05"));
        assert_eq!(deadline("trong tháng 10/2024").0.as_deref(), Some("2024-10"));
    }

    #[test]
    fn points_under_a_unit_s_heading_and_their_later_sentences() {
        // vinhphuc_ct_09 (a Chỉ thị written for the repo): the point's first sentence is the heading unit's; a later
        // sentence that names another unit, or a standing duty of the same unit, is a task of its own; a request inside
        // a point that opens with the heading unit's verb is the heading unit's work
        let t = "2. Công an tỉnh:\na) Chủ trì, phối hợp với Sở Công Thương, Sở Xây dựng yêu cầu các doanh nghiệp hạ tầng hoàn thiện hệ thống cấp nước chữa cháy, hoàn thành trong tháng 6/2026.\nb) Hướng dẫn Ủy ban nhân dân cấp xã rà soát các công trình vi phạm, hoàn thành trong quý III/2026. Ủy ban nhân dân các xã, phường có trách nhiệm gửi danh sách công trình vi phạm về Công an tỉnh trước ngày 20/4/2026.\nc) Tham mưu Ủy ban nhân dân tỉnh sơ kết 06 tháng thực hiện Chỉ thị này trong tháng 7/2026.\nĐịnh kỳ hằng quý, Công an tỉnh tổng hợp tình hình, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.\n3. Sở Tài chính bố trí kinh phí.\n";
        let ts = tasks_of(t);
        let got: Vec<(Option<&str>, Vec<&str>, Option<&str>)> = ts.iter().map(|t| (t.section.as_deref(), t.lead.iter().map(String::as_str).collect(), t.deadline.as_deref())).collect();
        assert_eq!(
            got,
            [
                (Some("2.a"), vec!["Công an tỉnh"], Some("2026-06")),
                (Some("2.b"), vec!["Công an tỉnh"], Some("2026-09")),
                (Some("2.b"), vec!["Ủy ban nhân dân các xã, phường"], Some("2026-04-20")),
                (Some("2.c"), vec!["Công an tỉnh"], Some("2026-07")),
                (Some("2.c"), vec!["Công an tỉnh"], None),
                (Some("3"), vec!["Sở Tài chính"], None),
            ]
        );
        assert_eq!(ts[0].support, ["Sở Công Thương", "Sở Xây dựng"]);
        // backan_nq_11 Điều 11.3: two sentences, each with its own unit, under a heading that names no body
        let t = "Điều 11. Trách nhiệm của các sở, ngành, đơn vị khác\n3. Sở Khoa học và Công nghệ có trách nhiệm ưu tiên bố trí nhiệm vụ khoa học cấp tỉnh. Sở Công Thương có trách nhiệm phối hợp với Sở Nông nghiệp và Môi trường kết nối tiêu thụ sản phẩm.\n";
        let ts = tasks_of(t);
        let got: Vec<(Vec<&str>, Vec<&str>)> = ts.iter().map(|t| (t.lead.iter().map(String::as_str).collect(), t.support.iter().map(String::as_str).collect())).collect();
        assert_eq!(got, [(vec!["Sở Khoa học và Công nghệ"], vec![]), (vec!["Sở Công Thương"], vec!["Sở Nông nghiệp và Môi trường"])]);
        // backan_nq_11 Điều 8.2: the units of a time opener are not the subject of "chủ trì"
        let a = assignments("Trong thời hạn 10 ngày làm việc kể từ ngày nhận được danh sách của Ủy ban nhân dân cấp xã, Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính thẩm định.", true);
        assert_eq!((a.lead, a.support), (vec!["Sở Nông nghiệp và Môi trường".to_string()], vec!["Sở Tài chính".to_string()]));
    }

    #[test]
    fn an_article_titled_by_a_duty_is_read_from_its_sentence() {
        // cp_nd_118 Điều 12: the title is not the start of the sentence under it (one task, its units as the sentence
        // names them)
        let t = "Điều 12. Trách nhiệm của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ\nCác bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ có trách nhiệm tổ chức giao tài sản cho đơn vị quản lý và gửi báo cáo trước ngày 28 tháng 02 hằng năm.\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["Các bộ", "cơ quan ngang bộ", "cơ quan thuộc Chính phủ"]);
        // vbpl_doc_000125 Điều 45b.1: "để chủ trì" is a purpose in a definition, no one given work
        assert!(assignments("Hạt nhân tổ hợp công nghiệp an ninh quốc gia là cơ sở công nghiệp an ninh nòng cốt có đủ nguồn lực, tiềm lực khoa học và công nghệ để chủ trì tổ chức nghiên cứu, thiết kế, chế tạo sản phẩm.", true).is_empty());
        // cb_nghi-dinh-so-152 Điều 107: the partners of an intro over points end before what the work is about
        let t = "Điều 107. Nhiệm vụ, quyền hạn của cơ quan, tổ chức được giao theo dõi người chấp hành án\nCơ quan, tổ chức được giao theo dõi người chấp hành án có trách nhiệm phối hợp với cơ quan thi hành án dân sự về các việc sau đây:\n1. Giáo dục người đang chấp hành án tự nguyện thi hành án.\n2. Cung cấp thông tin về người đang chấp hành án.\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert!(ts.iter().all(|t| t.support == ["cơ quan thi hành án dân sự"]), "{ts:?}");
    }

    #[test]
    fn a_second_unit_and_its_verb_after_a_semicolon() {
        // quangbinh_cd_12 item 8: two directors, each with their own work, in one sentence
        let t = "8. Giám đốc Sở Xây dựng hướng dẫn các địa phương có biện pháp bảo đảm an toàn cho các công trình đang thi công; Giám đốc Sở Tài nguyên và Môi trường chỉ đạo Đài Khí tượng Thủy văn tỉnh theo dõi chặt chẽ diễn biến mưa lũ.\n9. Công an tỉnh bố trí lực lượng.\n";
        let leads: Vec<Vec<String>> = tasks_of(t).iter().map(|t| t.lead.clone()).collect();
        assert_eq!(leads, [vec!["Giám đốc Sở Xây dựng"], vec!["Giám đốc Sở Tài nguyên và Môi trường"], vec!["Công an tỉnh"]]);
        // not a partner's clause (binhduong_qd_2150), nor a unit whose name runs into a verb the lists lack (bnv_tt_08)
        let t = "3. Các sở, ban, ngành cập nhật dữ liệu dân cư vào hệ thống; Công an tỉnh phối hợp xác thực thông tin công dân.\n";
        assert_eq!(tasks_of(t).len(), 1);
        let t = "4. Sở Tài chính có trách nhiệm cấp kinh phí cho Sở Nội vụ trong thời hạn 05 ngày làm việc; Sở Nội vụ chuyển kinh phí hỗ trợ cho người sử dụng lao động.\n";
        assert_eq!(tasks_of(t).len(), 1);
    }

    #[test]
    fn an_authority_named_by_its_role_after_a_case() {
        // hatinh_qd_37 Điều 7.2: "Đối với <goods> phải kiểm tra ..., cơ quan kiểm tra nhà nước về thực phẩm nhập khẩu phải
        // thông báo ...": the first "phải" is the goods', the second binds the authority, an eleven-word name
        let t = "Điều 7. Phối hợp tại cửa khẩu\n1. Cơ quan hải quan cửa khẩu có trách nhiệm bố trí địa điểm kiểm tra.\n2. Đối với lô hàng thực phẩm nhập khẩu phải kiểm tra nhà nước theo quy định tại Điều 15 Nghị định\nsố 15/2018/NĐ-CP của Chính phủ, cơ quan kiểm tra nhà nước về thực phẩm nhập khẩu phải thông báo kết\nquả kiểm tra cho cơ quan hải quan cửa khẩu chậm nhất 01 ngày làm việc kể từ khi có kết quả.\n";
        let ts = tasks_of(t);
        let got: Vec<(Option<&str>, Vec<&str>)> = ts.iter().map(|t| (t.section.as_deref(), t.lead.iter().map(String::as_str).collect())).collect();
        assert_eq!(got, [(Some("Điều 7.1"), vec!["Cơ quan hải quan cửa khẩu"]), (Some("Điều 7.2"), vec!["cơ quan kiểm tra nhà nước về thực phẩm nhập khẩu"])]);
    }

    #[test]
    fn a_standing_duty_in_a_later_sentence() {
        // vbpl_doc_000557 Điều 6.1.b: the point's first sentence names no one; its later recurring sentence does
        let t = "Điều 6. Chế độ báo chí\n1. Chế độ báo chí\na) Đối tượng quy định tại khoản 1 Điều 2 được cấp tiền mua báo.\nb) Mức tiền mua báo được tính theo giá quý I hằng năm; tiền mua báo được cấp theo quý. Hằng quý, Ủy ban nhân dân cấp xã lập danh sách báo cáo Bộ Chỉ huy quân sự cấp tỉnh làm cơ sở lập dự toán. Sĩ quan nghỉ hưu thuộc quý nào thì được hưởng từ quý đó.\nĐiều 7. Hiệu lực thi hành\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["Ủy ban nhân dân cấp xã"]);
        assert_eq!(ts[0].section.as_deref(), Some("Điều 6.1.b"));
        assert!(ts[0].text.starts_with("Hằng quý") && ts[0].text.trim_end().ends_with("lập dự toán."), "{:?}", ts[0].text);
        // cp_nd_91 Điều 1.13: the same unit's standing duty after its first task, on a wrapped line (an article on no duty:
        // read strictly)
        let t = "Điều 18. Vật liệu nổ công nghiệp tại doanh nghiệp quân đội\n2. Bộ Quốc phòng hướng dẫn việc quản lý vật liệu nổ công nghiệp tại các doanh nghiệp thuộc Bộ Quốc phòng. Định kỳ 06 tháng, Bộ Quốc phòng thông báo cho\nBộ Công Thương danh sách doanh nghiệp được cấp Giấy phép.\n";
        let ts = tasks_of(t);
        let texts: Vec<&str> = ts.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(ts.len(), 2, "{texts:?}");
        assert!(ts[1].text.starts_with("Định kỳ 06 tháng") && ts[1].lead == ["Bộ Quốc phòng"], "{:?}", ts[1]);
        // vbpl_doc_000557 Điều 6.2.a: a recurring intro "... như sau:" over paragraphs that each name their unit
        let t = "Điều 6. Chế độ thông tin\n2. Chế độ cung cấp thông tin\na) Hằng năm, nhân dịp tết Nguyên đán, các cơ quan, đơn vị, địa phương theo phân cấp tổ chức gặp mặt đối tượng quy định tại Điều 2, như sau:\nBộ Quốc phòng gặp mặt, thông tin tình hình đối tượng quy định tại khoản 1 Điều 2 trong phạm vi toàn quốc;\nBộ Tư lệnh Quân khu gặp mặt, thông tin tình hình đối tượng thường trú trên địa bàn Quân khu;\nỦy ban nhân dân cấp xã gặp mặt đối tượng thường trú trên địa bàn xã.\nb) Mức quà gặp mặt do các đơn vị, địa phương quyết định.\n";
        let ts = tasks_of(t);
        let leads: Vec<Vec<String>> = ts.iter().map(|t| t.lead.clone()).collect();
        assert_eq!(leads, [vec!["Bộ Quốc phòng"], vec!["Bộ Tư lệnh Quân khu"], vec!["Ủy ban nhân dân cấp xã"]], "{ts:?}");
        assert!(ts.iter().all(|t| t.section.as_deref() == Some("Điều 6.2.a")));
        // quangninh_nq_12 Điều 2.1: after an administrative item's first task too (an article on implementation)
        let t = "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này, hoàn thành trước ngày 30 tháng 9 năm 2026. Định kỳ hằng\nnăm, Ủy ban nhân dân tỉnh báo cáo Hội đồng nhân dân tỉnh kết quả thực hiện.\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].deadline.as_deref(), Some("2026-09-30"));
        assert!(ts[1].text.starts_with("Định kỳ hằng") && ts[1].deadline.is_none(), "{:?}", ts[1]);
        // a recurring sentence that names no subject is no task of its own
        let t = "Điều 18. Vật liệu nổ công nghiệp tại doanh nghiệp quân đội\n2. Bộ Quốc phòng hướng dẫn việc quản lý vật liệu nổ công nghiệp. Định kỳ 06 tháng, thông báo cho Bộ Công Thương danh sách doanh nghiệp.\n";
        assert_eq!(tasks_of(t).len(), 1);
    }

    #[test]
    fn a_local_unit_named_by_what_its_territory_has() {
        // nghean_qd_38 Điều 8.1, thaibinh_kh_88: "có <feature>" after a level or a place is part of the unit's name
        let t = "Định kỳ 6 tháng, trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm, Ủy ban nhân dân cấp xã có cụm công nghiệp trên địa bàn báo cáo Sở Công Thương tình hình đầu tư.";
        assert_eq!(assignments(t, true).lead, ["Ủy ban nhân dân cấp xã có cụm công nghiệp trên địa bàn"]);
        assert_eq!(assignments("Trước ngày 30 tháng 4 hằng năm, UBND các huyện, thành phố có đê tổ chức kiểm tra đê.", false).lead, ["UBND các huyện, thành phố có đê"]);
        // a landing (bgtvt_tt_17 Điều 8.2, a bound step)
        let t = "Điều 8. Xóa đăng ký\n2. Khi phát hiện phương tiện không còn an toàn, Ủy ban nhân dân cấp xã nơi có bến khách ngang sông phải thông báo bằng văn bản cho cơ quan đăng ký.\n";
        assert_eq!(tasks_of(t).iter().map(|t| t.lead.clone()).collect::<Vec<_>>(), [["Ủy ban nhân dân cấp xã nơi có bến khách ngang sông"]]);
        // elsewhere "có" is a verb: the subject is not "UBND cấp xã có văn bản"
        assert!(has_verb("Ủy ban nhân dân cấp xã có văn bản"));
        assert!(has_verb("Ủy ban nhân dân cấp xã có đề án"), "a whole word of the table only");
        assert!(!has_verb("Ủy ban nhân dân các xã có rừng"));
        // ttg_qd_768 Điều 1.II.2: after "trực thuộc trung ương", and "tập trung" the adjective of the goods
        let t = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có vùng sản xuất nông sản hàng hóa tập trung rà soát, bố trí quỹ đất phát triển trung tâm logistics.";
        assert_eq!(assignments(t, false).lead, ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có vùng sản xuất nông sản hàng hóa tập trung"]);
    }

    #[test]
    fn a_resolution_s_implementation_article() {
        // NQ-HĐND Điều 2: "Giao X ...; chỉ đạo Y chủ trì ...; chỉ đạo Z chủ trì ..., hoàn thành trước ..." is a task
        // per unit, each with its own partners and date; "Đề nghị ... và các hiệp hội ..." two units
        let t = "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; chỉ đạo Sở Tài chính chủ trì, phối hợp với Công an tỉnh tham mưu bố trí kinh phí; chỉ đạo Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường rà soát, kiện toàn tổ chức, hoàn thành trước ngày 30 tháng 9 năm 2026.\n2. Đề nghị Liên đoàn Thương mại và Công nghiệp Việt Nam và các hiệp hội doanh nghiệp vận động hội viên tuân thủ pháp luật.\n";
        let ts = tasks_of(t);
        let leads: Vec<Vec<String>> = ts.iter().map(|t| t.lead.clone()).collect();
        assert_eq!(leads, [vec!["Ủy ban nhân dân tỉnh"], vec!["Sở Tài chính"], vec!["Công an tỉnh"], vec!["Liên đoàn Thương mại và Công nghiệp Việt Nam", "các hiệp hội doanh nghiệp"]], "{ts:?}");
        assert_eq!(ts[1].support, ["Công an tỉnh"]);
        assert_eq!(ts[1].deadline, None);
        assert_eq!(ts[2].deadline.as_deref(), Some("2026-09-30"));
        // later sentences after the directed units that name their own (on the same line or the next): tasks of their own
        let t = "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; chỉ đạo Sở Y tế chủ trì, phối hợp với Sở Tài chính hướng dẫn thủ tục, hoàn thành trước ngày 30 tháng 6 năm 2026. Ủy ban nhân dân tỉnh có trách nhiệm ban hành mẫu hồ sơ trước ngày 31 tháng 7 năm 2026.\nHằng năm, Ủy ban nhân dân tỉnh báo cáo Hội đồng nhân dân tỉnh kết quả thực hiện.\n2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện.\n";
        let ts = tasks_of(t);
        let leads: Vec<Vec<String>> = ts.iter().map(|t| t.lead.clone()).collect();
        let ubnd = vec!["Ủy ban nhân dân tỉnh"];
        assert_eq!(leads, [ubnd.clone(), vec!["Sở Y tế"], ubnd.clone(), ubnd, vec!["Thường trực Hội đồng nhân dân tỉnh"]], "{ts:?}");
        assert_eq!(ts[1].deadline.as_deref(), Some("2026-06-30"));
        assert_eq!(ts[2].deadline.as_deref(), Some("2026-07-31"));
        assert!(ts[3].text.starts_with("Hằng năm") && ts[3].deadline.is_none(), "{:?}", ts[3]);
        // a plan's point with its units in brackets at the end; a role the text names bodies by
        let a = assignments("Rà soát, sửa đổi các văn bản quy phạm pháp luật, tạo thuận lợi cho doanh nghiệp (Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Tư pháp; hoàn thành trong năm 2027).", false);
        assert_eq!(a.lead, ["Bộ Khoa học và Công nghệ"]);
        assert_eq!(a.support, ["Bộ Tư pháp"]);
        assert!(assignments("Chịu trách nhiệm trước Bộ trưởng về nội dung, tiến độ của công việc được giao chủ trì.", false).lead.is_empty());
        assert_eq!(clean_unit("đơn vị chủ trì"), "đơn vị chủ trì");
        // partners cut where their own work starts, and out of the bracket they stood in
        assert_eq!(support_units(vec!["Cục Hóa chất tích hợp thủ tục đăng ký lên Cổng Dịch vụ công".into()]), ["Cục Hóa chất"]);
        assert_eq!(support_units(vec!["các bộ quản lý ngành, lĩnh vực)".into()]), ["các bộ quản lý ngành, lĩnh vực"]);
        // (ttg_qd_1520, ttg_ct_18, quangninh_kh_77, btc_tt_31: the partner's own verb; a name in capitals keeps its word)
        let a = assignments("Bộ Y tế chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường tập huấn kỹ năng sơ cấp cứu cho người dân.", false);
        assert_eq!(a.support, ["Bộ Nông nghiệp và Môi trường"]);
        assert_eq!(support_units(vec!["Công an tỉnh trao đổi thông tin về doanh nghiệp".into()]), ["Công an tỉnh"]);
        assert_eq!(support_units(vec!["Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh vận động các".into()]), ["Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh"]);
        assert_eq!(support_units(vec!["Ban Vận động quỹ Vì người nghèo tỉnh".into()]), ["Ban Vận động quỹ Vì người nghèo tỉnh"]);
        // a point under its lead's heading names partners in a later clause, its words wrapped (hanam_qd_05, nghean_qd_38);
        // a list of ministries after a colon (cb_nghi-quyet-so-15-2026); not the partners of a unit it directs
        // (lamdong_cv_2156)
        let lead = vec!["Ủy ban nhân dân cấp huyện".to_string()];
        assert_eq!(sentence_partners("Bố trí quỹ đất xây dựng, di dời chợ; phối hợp\nvới Sở Công Thương giải quyết dứt điểm tình trạng chợ tạm. Sở Xây dựng phối hợp với Sở Tài chính.", &lead), ["Sở Công Thương"]);
        assert_eq!(sentence_partners("Tăng cường kiểm tra; phối hợp với các Bộ: Y tế, Công Thương rà soát tiêu chuẩn.", &lead), ["Bộ Y tế", "Bộ Công Thương"]);
        assert!(sentence_partners("Chỉ đạo Trung tâm Y tế các huyện phối hợp với các trường học tổ chức khám sức khỏe.", &lead).is_empty());
        assert!(sentence_partners("Phối hợp với Ủy ban nhân dân cấp huyện kiểm tra.", &lead).is_empty());
        // fields run together on one line: a name cut at its " - " is not a bullet (soctrang_kh_203)
        let a = assignments("Lĩnh vực văn hóa, lao động - xã hội:\n- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch; Sở Lao động - Thương binh và Xã hội.\n- Đơn vị phối hợp: Sở Nội vụ, Sở Tài chính.\n- Nội dung: sắp xếp các đơn vị sự nghiệp.", false);
        assert_eq!(a.lead, ["Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội"]);
        assert_eq!(a.support, ["Sở Nội vụ", "Sở Tài chính"]);
        // a head's title with a capital, a force (cb_nghi-dinh-so-152-2026); "Trưởng phòng" is left to the amending
        // texts that quote it (vbpl_doc_000554)
        assert_eq!(assignments("Trưởng Ban Chỉ đạo thi hành án dân sự cấp tỉnh có trách nhiệm chỉ đạo cơ quan công an cùng cấp phối hợp.", true).lead, ["Trưởng Ban Chỉ đạo thi hành án dân sự cấp tỉnh"]);
        assert_eq!(assignments("Lực lượng công an có trách nhiệm bảo đảm trật tự an toàn xã hội.", true).lead, ["Lực lượng công an"]);
        // (cp_nd_47) "quyết toán" is the subject's verb
        assert_eq!(assignments("Ủy ban nhân dân cấp tỉnh quyết toán kinh phí hỗ trợ theo quy định của Luật Ngân sách nhà nước.", false).lead, ["Ủy ban nhân dân cấp tỉnh"]);
        assert_eq!(support_units(vec!["cơ quan thi hành án dân sự, huy động lực lượng tại chỗ".into()]), ["cơ quan thi hành án dân sự"]);
        // (corpus/pending, session 14) the verb after "Giao X"; the plan issuing itself; an applicant's fee; a subject
        // sanctioned, not a list of those sanctioned after the verb
        assert_eq!(assignments("Giao Đảng ủy UBND tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện.", false).lead, ["Đảng ủy UBND tỉnh"]);
        // (the units end at "mở", before a quoted name and its comma: lamdong_kh_212 II.3.b)
        assert_eq!(
            assignments("b) Giao Báo và Phát thanh, Truyền hình Lâm Đồng mở chuyên mục \"Du lịch xanh - Nông nghiệp xanh\", đăng tải tin, bài.", false).lead,
            ["Báo và Phát thanh, Truyền hình Lâm Đồng"]
        );
        assert!(assignments("Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh như sau:", false).is_empty());
        assert_eq!(assignments("Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND trước ngày 30/6/2026.", false).lead, ["Ủy ban nhân dân tỉnh"]);
        assert!(assignments("Doanh nghiệp, hộ kinh doanh có trách nhiệm nộp phí thẩm định theo quy định.", true).is_empty());
        // (a sanctioned party's duty is a task since session 24, GOLD.md: see the test
        // who_answers_for_the_result_is_no_task_and_applicants_send_requests)
        let a = assignments("Cục Quản lý Dược xây dựng, quản lý cơ sở dữ liệu; cập nhật danh sách cơ sở được cấp, bị thu hồi Giấy chứng nhận trong thời hạn 02 ngày làm việc.", true);
        assert_eq!(a.lead, ["Cục Quản lý Dược"]);
        // an article whose title names the lead, its one paragraph the partner
        let t = "Điều 4. Trách nhiệm của Ủy ban nhân dân các xã, phường\nỦy ban nhân dân các xã, phường có trách nhiệm phối hợp với Sở Công Thương kiểm tra việc chấp hành pháp luật.\n";
        let ts = tasks_of(t);
        assert_eq!(ts[0].support, ["Sở Công Thương"], "{ts:?}");
        // a request over a list of directors named after "các sở:" (the colon is the list's)
        let a = assignments("Yêu cầu Giám đốc các sở: Xây dựng, Tài chính; Giám đốc Công an tỉnh và Thủ trưởng các đơn vị liên quan nghiêm túc triển khai thực hiện.", false);
        assert_eq!(a.lead, ["Giám đốc Sở Xây dựng", "Giám đốc Sở Tài chính", "Giám đốc Công an tỉnh", "Thủ trưởng các đơn vị liên quan"]);
        // the duty's words before "chủ trì" are not part of the unit
        let a = assignments("Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ, Sở Tài chính có trách nhiệm chủ trì, phối hợp với Sở Xây dựng thẩm định.", true);
        assert_eq!(a.lead, ["Sở Tài chính"]);
    }

    #[test]
    fn a_heading_with_its_role_in_brackets_and_telecom_branches() {
        // corpus/pending/docs/yenbai_kh_56.txt (session 14): the verb inside the bracket is not the heading's
        let t = "IV. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh (Cơ quan thường trực Tổ công tác triển khai Đề án 06 tỉnh):\n- Chủ trì, phối hợp với Sở Khoa học và Công nghệ theo dõi, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch này.\n- Tham mưu UBND tỉnh tổng kết việc thực hiện Đề án 06 năm 2025, hoàn thành trước ngày 15/12/2025.\n2. Đề nghị Viettel Yên Bái, VNPT Yên Bái, Bưu điện tỉnh Yên Bái phối hợp với Công an tỉnh hỗ trợ người dân kích hoạt tài khoản định danh điện tử.\n";
        let ts = tasks_of(t);
        let leads: Vec<Vec<String>> = ts.iter().map(|t| t.lead.clone()).collect();
        assert_eq!(leads, [vec!["Công an tỉnh"], vec!["Công an tỉnh"], vec!["Viettel Yên Bái", "VNPT Yên Bái", "Bưu điện tỉnh Yên Bái"]], "{ts:?}");
        assert_eq!(ts[0].support, ["Sở Khoa học và Công nghệ"]);
        assert_eq!(ts[1].deadline.as_deref(), Some("2025-12-15"));
        assert_eq!(ts[2].support, ["Công an tỉnh"]);
        // a date cut by a line's wrap (soctrang_kh_203); a wrap stops at the next item's label
        let t = "3. Chuyển đổi số\n- Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ triển khai phần mềm quản lý hồ sơ\nviên chức dùng chung trong quý\nII/2025.\n- Sở Nội vụ cập nhật dữ liệu\nthường xuyên.\n- Sở Tài chính bố trí kinh phí trước ngày\n30/9/2025.\n";
        let ts = tasks_of(t);
        let deadlines: Vec<Option<&str>> = ts.iter().map(|t| t.deadline.as_deref()).collect();
        assert_eq!(deadlines, [Some("2025-06"), None, Some("2025-09-30")], "{ts:?}");
        assert_eq!(wrapped_paragraph("a\nb\n- c"), "a\nb");
        assert_eq!(wrapped_paragraph("a;\nb"), "a;");
        // a bracket without a verb stays part of the heading's unit
        assert_eq!(heading_units("Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê):"), Some(vec!["Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê)".to_string()]));
    }

    #[test]
    fn a_directive_s_points() {
        // a Chỉ thị: the scope between the units and their verb; a point's support under its unit heading
        let t = "1. Giám đốc các sở, thủ trưởng các ban, ngành tỉnh theo chức năng, nhiệm vụ được giao chỉ đạo triển khai các biện pháp phòng cháy.\n2. Sở Nông nghiệp và Môi trường:\na) Chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy quân sự tỉnh xây dựng phương án chữa cháy rừng, trình Ủy ban nhân dân tỉnh trước ngày 31/3/2025.\n";
        let ts = tasks_of(t);
        assert_eq!(ts[0].lead, ["Giám đốc các sở, thủ trưởng các ban, ngành tỉnh"], "{ts:?}");
        assert_eq!(ts[1].lead, ["Sở Nông nghiệp và Môi trường"]);
        assert_eq!(ts[1].support, ["Công an tỉnh", "Bộ Chỉ huy quân sự tỉnh"]);
        assert_eq!(ts[1].deadline.as_deref(), Some("2025-03-31"));
    }
}

#[cfg(test)]
mod procedure_tests {
    use super::*;

    #[test]
    fn a_bound_step_over_wrapped_lines() {
        // NĐ 152/2026 Điều 94: "có\ntrách nhiệm" across a hard line break, the party that owes a judgment as the
        // unit ("phải thi hành án" is its name, not "must"); the first clause binds no one (no obligation word)
        let t = "Điều 94. Thanh toán tiền thi hành án trong trường hợp bảo đảm tài \nchính để thi hành án  \n1. Trong thời hạn 10 ngày kể từ ngày hoàn thành việc lập hồ sơ bảo đảm \ntài chính, cơ quan, tổ chức phải thi hành án sử dụng kinh phí để tiến hành các thủ tục. \n2. Trong thời hạn 30 ngày kể từ ngày thực hiện xong việc thanh toán tiền \nthi hành án cho người được thi hành án, cơ quan, tổ chức phải thi hành án có \ntrách nhiệm lập báo cáo bằng văn bản, gửi cơ quan quản lý cấp trên trực tiếp.  \n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["cơ quan, tổ chức phải thi hành án"]);
        assert!(ts[0].text.starts_with("Trong thời hạn 30 ngày"), "{:?}", ts[0].text);
    }

    #[test]
    fn an_article_intro_s_partners_support_its_points() {
        let t = "Điều 6. Trách nhiệm của Bộ Y tế về bảo hiểm y tế\nChủ trì, phối hợp với các bộ, cơ quan ngang bộ, cơ quan, tổ chức có liên quan thực hiện nhiệm vụ sau đây:\n1. Ban hành theo thẩm quyền chính sách, pháp luật về bảo hiểm y tế.\n2. Chỉ đạo, hướng dẫn tổ chức thực hiện chính sách, pháp luật về bảo hiểm y tế.\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert_eq!(ts[0].lead, ["Bộ Y tế"]);
        assert_eq!(ts[1].support, ["các bộ", "cơ quan ngang bộ", "cơ quan, tổ chức có liên quan"]);
    }

    #[test]
    fn a_clause_about_work_done_is_read_strictly() {
        // "khi thực hiện nhiệm vụ" (while on duty) makes no duty heading of the clause: its entitlements are no tasks
        let t = "Điều 1. Mức hỗ trợ\n5. Chế độ đối với thành viên Tổ bảo vệ an ninh, trật tự:\nc) Thành viên Tổ bảo vệ an ninh, trật tự bị tai nạn khi thực hiện nhiệm vụ mà chưa tham gia bảo hiểm y tế thì được hỗ trợ chi phí khám bệnh, chữa bệnh.\n";
        assert!(tasks_of(t).is_empty(), "{:?}", tasks_of(t));
    }

    #[test]
    fn the_authority_s_modal_after_another_one() {
        // the first "phải" is in the case ("bệnh ... phải công bố dịch"), the second binds the authority
        let t = "Điều 6. Xét nghiệm\n2. Trong thời hạn 03 ngày làm việc kể từ ngày nhận mẫu, Cơ quan Thú y vùng phải trả kết quả xét nghiệm. Trường hợp kết quả xét nghiệm dương tính với bệnh thuộc Danh mục bệnh động vật phải công bố dịch, Cơ quan Thú y vùng phải thông báo ngay cho Cục Chăn nuôi và Thú y.\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert!(ts[1].text.starts_with("Trường hợp kết quả"), "{:?}", ts[1].text);
    }

    #[test]
    fn sentences_start_after_a_period_and_a_capital() {
        let t = "Sở Y tế báo cáo trước ngày 15/12/2024. Sở Tài chính phối hợp. theo quy định tại khoản 2 Điều 5.";
        let starts: Vec<usize> = sentence_starts(t).collect();
        assert_eq!(starts.len(), 1);
        assert!(t[starts[0]..].starts_with("Sở Tài chính"));
    }

    #[test]
    fn a_consolidated_text_s_quotes_of_amending_laws_are_no_tasks() {
        // the closing provisions of an amending law that a văn bản hợp nhất quotes
        let t = "Điều 48. Hiệu lực\n1. Chính phủ quy định chi tiết Điều này.\nĐiều 2 của Luật số 46/2014/QH13 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế, có hiệu lực kể từ ngày 01 tháng 01 năm 2015 quy định như sau:\n“1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2015.\n2. Chính phủ quy định chi tiết những điều, khoản được giao trong Luật.”.\n\nXÁC THỰC VĂN BẢN HỢP NHẤT\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].section.as_deref(), Some("Điều 48.1"));
        // a note quoting an amending circular's closing clauses, and an intro naming two of its articles
        let t = "Điều 16. Hiệu lực thi hành\n1. Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định chi tiết Điều này.\n67 Điều 5 Thông tư số 08/2023/TT-BLĐTBXH có hiệu lực kể từ ngày 12 tháng 10 năm 2023 quy định như sau:\n“1. Thông tư này có hiệu lực thi hành kể từ ngày 12 tháng 10 năm 2023.\n3. Vụ trưởng Vụ Pháp chế và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.”\nĐiều 3 và Điều 4 Thông tư số 02/2024/TT-BLĐTBXH ngày 23 tháng 02 năm 2024 của Bộ trưởng\nBộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung một số điều của Thông tư số 21/2021/TT-BLĐTBXH quy định như sau:\n“Điều 3. Điều khoản chuyển tiếp\n1. Bộ Lao động - Thương binh và Xã hội có trách nhiệm hướng dẫn.”\n\nXÁC THỰC VĂN BẢN HỢP NHẤT\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].section.as_deref(), Some("Điều 16.1"));
    }

    #[test]
    fn a_list_of_bodies_is_no_task() {
        // the points of a list of channels or people (each ends with ";") name bodies but give them no work
        let t = "Điều 5. Công khai thông tin\n1. Thông tin được công khai trên các phương tiện sau đây:\na) Cổng Dịch vụ công quốc gia;\nb) Cổng, trang thông tin điện tử của cơ quan quản lý thi hành án dân sự;\n";
        assert!(tasks_of(t).is_empty(), "{:?}", tasks_of(t));
    }

    #[test]
    fn two_bound_steps_of_one_unit_in_a_clause() {
        // one task per sentence when both bind the unit (GOLD.md); a first sentence that binds no one does not make
        // the later step a second task
        let t = "Điều 7. Điều chỉnh thông tin\n1. Trường hợp phát hiện thông tin chưa chính xác, cán bộ, công chức gửi văn bản đề nghị điều chỉnh.\n2. Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản đề nghị, cơ quan quản lý hồ sơ có trách nhiệm kiểm tra, đối chiếu với hồ sơ gốc. Trường hợp không điều chỉnh, cơ quan quản lý hồ sơ phải trả lời bằng văn bản và nêu rõ lý do.\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 2, "{ts:?}");
        assert!(ts[1].text.starts_with("Trường hợp không điều chỉnh"), "{:?}", ts[1].text);
    }

    #[test]
    fn a_step_after_a_time_opener_and_the_closing_request() {
        // "Trước thời điểm ..., X phải ..." is a bound step; "Trong quá trình thực hiện, nếu có vướng mắc, các cơ
        // quan, đơn vị phản ánh về ..." is the closing request for feedback (GOLD.md), no task
        let t = "Điều 47. Phối hợp thực hiện cưỡng chế\n1. Trước thời điểm cưỡng chế ít nhất 01 ngày làm việc, cơ quan thi hành án dân sự phải tổ chức cuộc họp với cơ quan công an.\nĐiều 50. Tổ chức thực hiện\nTrong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Công Thương để tổng hợp, báo cáo.\n";
        let ts = tasks_of(t);
        assert_eq!(ts.len(), 1, "{ts:?}");
        assert_eq!(ts[0].lead, ["cơ quan thi hành án dân sự"]);
        assert!(!has_verb("cơ quan, tổ chức phải thi hành án"));
        // a clause whose first line speaks of what is owed ("khoản phải thi hành") is read strictly: its later
        // sentence binds the authority; an opener after "thì" is read as an opener
        let t = "Điều 26. Ủy thác thi hành án\n3. Quyết định ủy thác thi hành án phải ghi rõ khoản phải thi hành, khoản đã thi hành xong.\nKhi gửi quyết định ủy thác thi hành án, cơ quan thi hành án dân sự phải gửi kèm theo bản án, quyết định.\n4. Trường hợp phạm nhân đề nghị thì trong thời hạn 05 ngày làm việc kể từ ngày nhận được đơn, Chấp hành viên phải lập biên bản.\n";
        let ts = tasks_of(t);
        let leads: Vec<&str> = ts.iter().map(|t| t.lead[0].as_str()).collect();
        assert_eq!(leads, ["cơ quan thi hành án dân sự", "Chấp hành viên"], "{ts:?}");
        // a plain step of a procedure: "căn cứ vào" with "người phải thi hành án" in it is no "căn cứ ... thi hành"
        let t = "Điều 50. Thu tiền của người phải thi hành án\n1. Khi thu tiền của người phải thi hành án, Chấp hành viên thu tiền theo định kỳ hằng tháng.\nChấp hành viên căn cứ vào kết quả kinh doanh thực tế để xác định mức tiền thu của người phải thi hành án.\n";
        assert!(tasks_of(t).is_empty(), "{:?}", tasks_of(t));
        assert!(executes("căn cứ Quyết định thi hành"));
        assert_eq!(group_start("Khi nhận, cơ quan, tổ chức phải thi hành án", "Khi nhận, cơ quan, ".len()), "Khi nhận, ".len());
    }
}

#[cfg(test)]
mod same_unit_again_tests {
    use super::*;

    #[test]
    fn a_later_sentence_of_the_same_unit_with_its_own_date_is_a_second_task() {
        // binhphuoc_tb_318 II.1 (shortened)
        let t = "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các chủ đầu tư rà soát toàn bộ danh mục dự án, báo cáo UBND tỉnh trước ngày\n25/6/2025. Trên cơ sở kết quả rà soát, Sở Tài chính tham mưu UBND tỉnh điều chuyển\nkế hoạch vốn từ các dự án chậm giải ngân, hoàn thành trong tháng 7/2025.\n\n2. Giao Sở Xây dựng hướng dẫn các chủ đầu tư.\n";
        let tasks = tasks_of(t);
        let got: Vec<(String, Option<String>)> = tasks.iter().map(|x| (x.lead.join("; "), x.deadline.clone())).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0], ("Sở Tài chính".to_string(), Some("2025-06-25".to_string())));
        assert_eq!(got[1], ("Sở Tài chính".to_string(), Some("2025-07".to_string())));
        // longan_ctr_15 III.7 (shortened): the first sentence's duty recurs, the second has a date
        let t = "7. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện; định kỳ hằng năm báo cáo Ban Thường vụ Tỉnh ủy. Văn phòng Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Chương trình trong Quý IV/2028.\n";
        let got: Vec<Option<String>> = tasks_of(t).into_iter().map(|x| x.deadline).collect();
        assert_eq!(got, vec![None, Some("2028-12".to_string())]);
        // a sentence that says the same date again is not a second task
        let t = "7. Giao Sở Y tế kiểm tra các cơ sở, hoàn thành trước ngày 30/6/2025. Sở Y tế tổng hợp kết quả, hoàn thành trước ngày 30/6/2025.\n";
        assert_eq!(tasks_of(t).len(), 1);
        // ttg_qd_1530 V.2 (shortened): an opener with commas of its own before the unit named again
        let t = "2. Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan bố trí vốn sự nghiệp, hoàn thành trước ngày 31/12/2025. Trên cơ sở đề xuất của các bộ, cơ quan và địa phương, Bộ Tài chính tổng hợp, trình cấp có thẩm quyền bổ sung danh mục dự án trong Quý IV/2026.\n";
        let got: Vec<Option<String>> = tasks_of(t).into_iter().map(|x| x.deadline).collect();
        assert_eq!(got, vec![Some("2025-12-31".to_string()), Some("2026-12".to_string())]);
        // quangtri_qd_25 Điều 8.2 (shortened): a date that comes back each year, after an opener, its verb one that ends a
        // subject ("lập")
        let t = "2. UBND cấp xã có trách nhiệm thường xuyên kiểm tra, bảo trì các công trình hạ tầng kỹ thuật do cấp xã quản lý. Trước ngày 30 tháng 10 hằng năm, UBND cấp xã lập kế hoạch bảo trì năm sau, gửi UBND cấp huyện để tổng hợp.\n";
        let got: Vec<Option<String>> = tasks_of(t).into_iter().map(|x| x.deadline_text).collect();
        assert_eq!(got, vec![Some("thường xuyên".to_string()), Some("hằng năm".to_string())]);
    }

    #[test]
    fn a_later_sentence_x_co_trach_nhiem_heads_the_points() {
        // ninhthuan_nq_12 Điều 7.1 (shortened), hard-wrapped as printed
        let t = "1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này; hằng năm báo\ncáo kết quả thực hiện tại kỳ họp cuối năm. Trong\nquá trình triển khai, Ủy ban nhân dân tỉnh có trách nhiệm:\na) Ban hành quy định mẫu hồ sơ, hoàn thành trước ngày 15/5/2025;\nb) Tổ chức sơ kết 03 năm thực hiện chính sách.\n2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.\n";
        let got: Vec<(Option<String>, String)> = tasks_of(t).into_iter().map(|x| (x.section, x.lead.join("; "))).collect();
        let k = |s: &str, l: &str| (Some(s.to_string()), l.to_string());
        // the sentences before it are the item's own task
        assert_eq!(got.iter().filter(|g| **g == k("1", "Ủy ban nhân dân tỉnh")).count(), 1, "{got:?}");
        assert!(got.contains(&k("1.a", "Ủy ban nhân dân tỉnh")), "{got:?}");
        assert!(got.contains(&k("1.b", "Ủy ban nhân dân tỉnh")), "{got:?}");
        assert!(got.contains(&k("2", "Thường trực Hội đồng nhân dân tỉnh")), "{got:?}");
    }

    #[test]
    fn a_range_that_starts_with_a_quarter_ends_where_it_ends() {
        // vinhphuc_qd_890 Điều 2.13.b (shortened)
        assert_eq!(deadline("xây dựng chuyên mục, tin bài tuyên truyền từ Quý IV/2024 đến hết tháng 7/2025;").0.as_deref(), Some("2025-07"));
        assert_eq!(deadline("hoàn thành trong Quý IV/2024;").0.as_deref(), Some("2024-12"));
    }

    #[test]
    fn a_crop_season_of_a_year_is_a_deadline() {
        // ninhthuan_nq_12 Điều 7.1.c (shortened)
        assert_eq!(deadline("Chỉ đạo Công ty điều chỉnh kế hoạch cấp nước, hoàn thành trước vụ Hè Thu năm 2025;"), (Some("2025".to_string()), Some("hoàn thành trước vụ Hè Thu năm 2025".to_string())));
        // daklak_kh_88: the dry season, in a sentence and alone in a table's time cell
        assert_eq!(deadline("duy trì lực lượng trực cháy từ nay đến hết mùa khô năm 2025;").0.as_deref(), Some("2025"));
        assert_eq!(field_deadline("Mùa khô năm 2025").0.as_deref(), Some("2025"));
        // bacninh_cv_1420 1 (shortened): "suốt" (all through) the season
        assert_eq!(deadline("duy trì đội phun hóa chất trong suốt mùa mưa năm 2025;").0.as_deref(), Some("2025"));
        // the flood season, the tourist season (dongthap_tb_91, binhdinh_kl_45)
        assert_eq!(deadline("gia cố các điểm sạt lở, hoàn thành trước mùa lũ năm 2025.").0.as_deref(), Some("2025"));
        assert_eq!(deadline("nâng cấp hạ tầng bãi tắm trước mùa du lịch hè năm 2025.").0.as_deref(), Some("2025"));
    }

    #[test]
    fn a_day_without_its_year_is_a_deadline_unless_it_recurs() {
        // ttg_cd_45 (shortened): the words, the year from the document's date (crate::parse fills it in)
        assert_eq!(deadline("Tổ chức sơ tán người dân trên lồng bè, hoàn thành trong ngày 18/7."), (None, Some("hoàn thành trong ngày 18/7".to_string())));
        assert_eq!(deadline("báo cáo kết quả trước ngày 5 tháng 8.").1.as_deref(), Some("trước ngày 5 tháng 8"));
        // a full date is still read whole
        assert_eq!(deadline("hoàn thành trước ngày 18/7/2026.").0.as_deref(), Some("2026-07-18"));
        // the work's date after a clause on when the text takes effect (bct_tt_27 Điều 13.4)
        assert_eq!(deadline("Rà soát Giấy chứng nhận đã cấp trước ngày Thông tư này có hiệu lực thi hành, hoàn thành trước ngày 30 tháng 6 năm 2026.").0.as_deref(), Some("2026-06-30"));
        // recurring: "hằng năm" before or after, "Định kỳ", a pair of days, "năm sau" (cp_nd_61, quangtri_qd_25, vinhlong_kh_87)
        for t in [
            "Hằng năm, trước ngày 15 tháng 12, Sở Y tế tổng hợp tình hình cấp giấy phép.",
            "hằng năm tổng hợp, báo cáo UBND tỉnh trước ngày 20 tháng 12.",
            "Định kỳ 6 tháng (trước ngày 15 tháng 6 và trước ngày 15 tháng 12), Ban Quản lý báo cáo.",
            "báo cáo định kỳ 6 tháng (trước ngày 25/6) và năm (trước ngày 25/12).",
        ] {
            assert!(!deadline(t).1.is_some_and(|w| w.contains("ngày")), "{t}");
        }
    }

    #[test]
    fn a_topic_title_without_a_colon_heads_its_bullets() {
        // thaibinh_tb_57 II.1 (shortened): "a) Về ..." over bullets, no colon after the title
        let t = "1. UBND huyện Kiến Xương:\na) Về xây dựng nông thôn mới nâng cao\n- Tập trung rà soát từng tiêu chí; hoàn thành trước ngày 31/3/2025.\n- Khẩn trương hoàn thành tuyến ĐH.37, đưa vào sử dụng trong Quý III/2025.\nb) Về bảo vệ môi trường\n- Chỉ đạo UBND các xã, thị trấn thực hiện nghiêm Chỉ thị số 03/CT-UBND.\n";
        let got: Vec<(String, Option<String>)> = tasks_of(t).into_iter().map(|x| (x.lead.join("; "), x.deadline)).collect();
        let k = |d: Option<&str>| ("UBND huyện Kiến Xương".to_string(), d.map(str::to_string));
        assert_eq!(got, vec![k(Some("2025-03-31")), k(Some("2025-09")), k(None)]);
    }

    #[test]
    fn a_point_under_a_heading_unit_splits_at_a_clause_that_binds_another_unit() {
        // kontum_tb_1245 2.1 (shortened): the point directs Sở Y tế; its clause after ';' binds Sở Giáo dục và Đào tạo,
        // and the date is that clause's
        let t = "2.1. Ban cán sự đảng UBND tỉnh:\n- Chỉ đạo Sở Tài chính chủ trì rà soát, tham mưu điều chuyển vốn; báo cáo UBND tỉnh trước ngày 15/11/2024.\n- Chỉ đạo Sở Y tế chủ trì, phối hợp với UBND các huyện, thành phố chủ động phòng, chống dịch bệnh; Sở Giáo dục và Đào tạo có trách nhiệm phối hợp tổ chức tiêm vắc xin cho học sinh, hoàn thành trước ngày 30 tháng 11 năm 2024.\n";
        let tasks = tasks_of(t);
        let got: Vec<(String, Option<String>)> = tasks.iter().map(|x| (x.lead.join("; "), x.deadline.clone())).collect();
        assert!(got.contains(&("Sở Y tế".to_string(), None)), "{got:?}");
        assert!(got.contains(&("Sở Giáo dục và Đào tạo".to_string(), Some("2024-11-30".to_string()))), "{got:?}");
        assert!(got.contains(&("Sở Tài chính".to_string(), Some("2024-11-15".to_string()))), "{got:?}");
    }

    #[test]
    fn a_capital_cap_inside_a_name_is_no_verb() {
        // tiengiang_cd_03 2. (shortened)
        let t = "2. Công ty Cổ phần Cấp thoát nước Tiền Giang:\n- Vận hành các trạm bơm nước thô theo lịch triều, bảo đảm cấp nước sinh hoạt an toàn.\n- Triển khai ngay các điểm cấp nước miễn phí bằng xe bồn, hoàn thành trước 17 giờ ngày 15/3/2025.\n";
        let got: Vec<(String, Option<String>)> = tasks_of(t).iter().map(|x| (x.lead.join("; "), x.deadline.clone())).collect();
        let unit = "Công ty Cổ phần Cấp thoát nước Tiền Giang".to_string();
        assert_eq!(got, vec![(unit.clone(), None), (unit, Some("2025-03-15".to_string()))]);
        // the verb after a sentence's end is still a verb
        assert!(has_verb_of("Hồ sơ hợp lệ. Cấp giấy phép"));
    }

    #[test]
    fn a_time_field_in_brackets_is_the_deadline() {
        // longan_ctr_15 II.4 (shortened)
        let t = "tổ chức Hội chợ hàng Việt và kết nối cung cầu tại thành phố Tân An (thời gian: Tháng 7 - 8/2025). Trung tâm Xúc tiến Đầu tư tỉnh có trách nhiệm xây dựng cơ sở dữ liệu.";
        assert_eq!(para_deadline(t), (Some("2025-08".to_string()), Some("Tháng 7 - 8/2025".to_string())));
        // a bracket that is no time field gives none
        assert_eq!(para_deadline("tổ chức hội chợ (thời gian tổ chức do Sở quyết định)."), (None, None));
    }

    #[test]
    fn an_en_dash_bullet_is_a_label() {
        // longan_ctr_15 II.2 (shortened): the group before the en dash's first unit is kept
        assert_eq!(strip_label("– Các sở, ban"), "Các sở, ban");
        let t = "2. Hoàn thiện cơ chế\n- Sở Tài chính chủ trì đẩy mạnh cải cách thủ tục hành chính.\n– Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố có trách nhiệm công khai, minh bạch thông tin.\n";
        let leads: Vec<Vec<String>> = tasks_of(t).into_iter().map(|x| x.lead).collect();
        assert_eq!(leads[1], vec!["Các sở, ban, ngành tỉnh".to_string(), "UBND các huyện, thị xã, thành phố".to_string()]);
    }

    #[test]
    fn hanoi_hd_38_units_and_requests() {
        // II.1.a: a list of the bodies in scope, "các tổ chức" a noun, no verb: no task
        let t = "1. Phạm vi, đối tượng rà soát\na) Văn phòng UBND Thành phố, các Sở, cơ quan ngang Sở và các tổ chức hành chính khác thuộc UBND Thành phố; các phòng, ban chuyên môn thuộc UBND các quận, huyện, thị xã.\n";
        assert!(tasks_of(t).is_empty(), "{:?}", tasks_of(t));
        // III.3: "công lập" is no verb, so the title heads its points
        let t = "3. Các đơn vị sự nghiệp công lập trực thuộc UBND Thành phố\n- Xây dựng đề án điều chỉnh vị trí việc làm; gửi Sở Nội vụ trước ngày 05/4/2024.\n";
        let got: Vec<(Vec<String>, Option<String>)> = tasks_of(t).into_iter().map(|x| (x.lead, x.deadline)).collect();
        assert_eq!(got, vec![(vec!["Các đơn vị sự nghiệp công lập trực thuộc UBND Thành phố".to_string()], Some("2024-04-05".to_string()))]);
        assert!(has_verb_of("Phòng Người có công lập dự toán"));
        // II.2.c: a request to give an opinion
        assert_eq!(assignments("Đề nghị Sở Tài chính có ý kiến về mức độ tự chủ tài chính của các đơn vị này.", false).lead, vec!["Sở Tài chính".to_string()]);
    }

    #[test]
    fn van_dong_is_a_verb_that_ends_the_units_asked() {
        // tiengiang_cd_03 10: "các tổ chức" is a noun; the units run to "vận động"
        let s = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh vận động hội viên sử dụng nước tiết kiệm.";
        assert_eq!(assignments(s, false).lead, vec!["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh".to_string(), "các tổ chức chính trị - xã hội tỉnh".to_string()]);
        // "cuộc vận động" is the campaign
        assert!(in_name("đẩy mạnh cuộc", "vận động"));
    }

    #[test]
    fn rieng_names_a_unit_of_the_heading_s_group() {
        // kontum_tb_1245 2.6 (shortened)
        let t = "2.6. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy:\n- Lãnh đạo, chỉ đạo hoàn thành các chỉ tiêu kinh tế - xã hội.\n- Riêng Ban Thường vụ Thành ủy Kon Tum lãnh đạo hoàn thành việc chỉnh trang đô thị trước ngày 31/01/2025.\n";
        let leads: Vec<Vec<String>> = tasks_of(t).into_iter().map(|x| x.lead).collect();
        assert_eq!(leads, vec![vec!["Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy".to_string()], vec!["Ban Thường vụ Thành ủy Kon Tum".to_string()]]);
    }

    #[test]
    fn doi_voi_a_unit_heads_its_points_outside_a_normative_text() {
        // binhphuoc_tb_318 II.8 (shortened): the bracket of figures is no part of the name
        let t = "8. Đối với Ban Quản lý dự án đầu tư xây dựng tỉnh (chủ đầu tư 27 dự án, chiếm 33,8% tổng kế hoạch vốn):\na) Tập trung hoàn thành các hạng mục còn lại, đưa vào sử dụng trước ngày 31/8/2025.\nb) Chủ trì, phối hợp với UBND huyện Hớn Quản, UBND thị xã Chơn Thành di dời hạ tầng kỹ thuật (điện, cấp nước), hoàn thành trong tháng 7/2025.\n";
        let ts = tasks_of(t);
        let got: Vec<(Vec<String>, Vec<String>, Option<String>)> = ts.into_iter().map(|t| (t.lead, t.support, t.deadline)).collect();
        let unit = || vec!["Ban Quản lý dự án đầu tư xây dựng tỉnh".to_string()];
        let partners = vec!["UBND huyện Hớn Quản".to_string(), "UBND thị xã Chơn Thành".to_string()];
        assert_eq!(got, vec![(unit(), vec![], Some("2025-08-31".to_string())), (unit(), partners, Some("2025-07".to_string()))]);
        // a bracket that names a part of the unit stays
        assert_eq!(heading_units("Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê):"), Some(vec!["Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê)".to_string()]));
    }

    #[test]
    fn a_body_that_agrees_gives_no_work() {
        // travinh_kl_09 1.2 (shortened)
        assert!(subject_units("Ban Thường vụ Tỉnh ủy cơ bản thống nhất với Đề án do Đảng ủy Ủy ban nhân dân tỉnh trình: sau sắp xếp, tỉnh có 31 đơn vị hành chính cấp xã.").is_none());
        assert!(subject_units("Thường trực Tỉnh ủy ghi nhận, biểu dương kết quả các địa phương đã đạt được.").is_none());
        // work after it still is work, and so is a list of partners that agree with another body
        assert!(subject_units("Sở Y tế triển khai kế hoạch đã thống nhất với các huyện.").is_some());
        // and a town's Party committee is a unit of its own in a pair
        assert_eq!(subject_units("Thành ủy Trà Vinh và Thị ủy Duyên Hải chỉ đạo xây dựng phương án sử dụng trụ sở."), Some(vec!["Thành ủy Trà Vinh".to_string(), "Thị ủy Duyên Hải".to_string()]));
    }

    #[test]
    fn a_unit_s_duty_after_its_colon_in_lower_case() {
        // binhphuoc_tb_318 II.3 (shortened): the colon's unit leads; the later sentence binds another unit
        let t = "3. Sở Xây dựng: khẩn trương thẩm định hồ sơ thiết kế xây dựng, dự toán; kịp thời công bố giá vật liệu xây dựng. Ban Quản lý dự án đầu tư xây dựng tỉnh có trách nhiệm bổ sung đầy đủ hồ sơ.\n";
        let leads: Vec<Vec<String>> = tasks_of(t).into_iter().map(|x| x.lead).collect();
        assert_eq!(leads, vec![vec!["Sở Xây dựng".to_string()], vec!["Ban Quản lý dự án đầu tư xây dựng tỉnh".to_string()]]);
    }

    #[test]
    fn a_closing_request_wrapped_over_lines_names_its_units() {
        // angiang_cv_2871 (shortened): the request's verb is on the next line
        let t = "Sở Nội vụ đề nghị Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu, Giám đốc Bưu điện tỉnh An\nGiang và Thủ trưởng các đơn vị có liên quan quan tâm, phối hợp triển khai thực hiện, bảo đảm mọi\nngười có công đều được nhận quà đầy đủ, kịp thời.\n";
        let p = paragraph_tasks(t, 0, t.len(), false);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].lead.len(), 3, "{:?}", p[0].lead);
        assert_eq!(p[0].span, [0, t.len()]);
    }

    #[test]
    fn a_point_names_its_heading_unit_again_with_a_date_of_its_own() {
        // quangnam_ct_11 2.a (shortened): a second task of the same unit, after "Trên cơ sở ..., "
        let doc = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 11/CT-UBND\n\nCHỈ THỊ\nVề tăng cường bảo vệ rừng\n\n2. Sở Nông nghiệp và Môi trường:\na) Chủ trì, phối hợp với Công an tỉnh tổ chức kiểm tra công tác bảo vệ rừng, hoàn thành trong Quý II/2025. Trên cơ sở kết quả kiểm tra, Sở Nông nghiệp và Môi trường tổng hợp, đề xuất Ủy ban nhân dân tỉnh thu hồi đất, báo cáo trước ngày 31/7/2025.\nb) Hướng dẫn các chủ rừng xây dựng phương án phòng cháy.\n";
        let tasks: Vec<(String, Option<String>)> = crate::parse(doc).record().tasks.into_iter().map(|x| (x.lead.join("; "), x.deadline)).collect();
        let unit = "Sở Nông nghiệp và Môi trường".to_string();
        assert_eq!(tasks, [(unit.clone(), Some("2025-06".to_string())), (unit.clone(), Some("2025-07-31".to_string())), (unit, None)]);
    }

    #[test]
    fn the_units_of_a_case_are_not_its_subject() {
        // yenbai_hd_19 II.3.b: after "Đối với <units>," the subject is a file, no unit
        let t = "- Đối với Giám đốc sở, Thủ trưởng ban, ngành thuộc UBND tỉnh và Chủ tịch UBND các huyện, thị xã, thành phố, hồ sơ đánh giá gửi về Sở Nội vụ trước ngày 10/12/2025 để tổng hợp.";
        assert!(assignments(t, false).lead.is_empty(), "{:?}", assignments(t, false));
        // a unit there is the subject
        let t = "Đối với công trình cấp III, Ủy ban nhân dân cấp huyện tổ chức kiểm tra công tác nghiệm thu.";
        assert_eq!(assignments(t, false).lead, ["Ủy ban nhân dân cấp huyện"]);
    }

    #[test]
    fn points_after_dong_thoi_go_on_with_the_same_units_work() {
        // dongthap_tb_91 2.a (shortened): the sentence's partners are its own, not the points'
        let doc = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 91/TB-VPUBND\n\nTHÔNG BÁO\nKết luận cuộc họp\n\n2. Nhiệm vụ trong thời gian tới:\na) Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các huyện, thành phố rà soát bản đồ phân vùng sạt lở; hoàn thành trước ngày 15/7/2025. Đồng thời:\n- Tham mưu UBND tỉnh ban hành Kế hoạch di dời dân cư, trình trong tháng 7 năm 2025.\n- Chỉ đạo Chi cục Thủy lợi chủ trì, phối hợp với UBND huyện Lấp Vò quan trắc, đo đạc địa hình lòng sông.\n";
        let tasks: Vec<(String, Vec<String>, Option<String>)> = crate::parse(doc).record().tasks.into_iter().map(|x| (x.lead.join("; "), x.support, x.deadline)).collect();
        let want = [
            ("Sở Nông nghiệp và Môi trường", vec!["UBND các huyện, thành phố"], Some("2025-07-15")),
            ("Sở Nông nghiệp và Môi trường", vec![], Some("2025-07")),
            ("Chi cục Thủy lợi", vec!["UBND huyện Lấp Vò"], None),
        ];
        assert_eq!(tasks, want.map(|(l, s, d)| (l.to_string(), s.into_iter().map(String::from).collect(), d.map(String::from))));
    }

    #[test]
    fn a_districts_forest_rangers_are_a_unit_by_their_name() {
        // laichau_qd_18 Điều 8.2 (shortened)
        let doc = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 18/2025/QĐ-UBND\n\nQUYẾT ĐỊNH\nQuy định chi tiết một số nội dung\n\nĐiều 8. Bảo vệ rừng cộng đồng\n2. Hạt Kiểm lâm chủ trì, phối hợp với Công an xã điều tra, xử lý các vụ vi phạm.\n";
        let leads: Vec<Vec<String>> = crate::parse(doc).record().tasks.into_iter().map(|x| x.lead).collect();
        assert_eq!(leads, [["Hạt Kiểm lâm"]]);
    }

    #[test]
    fn a_party_rule_binds_heads_and_chairs_by_their_titles() {
        // hatinh_qdi_07 (shortened): "người đứng đầu" and "chủ tịch ủy ban nhân dân các cấp" under duty articles (one
        // "chung", one naming every level), a verb's intro over points that go on its sentence in lower case, and a
        // Party committee whose name holds a comma
        let doc = "ĐẢNG BỘ TỈNH HÀ TĨNH\nTỈNH ỦY\nSố 07-QĐi/TU\n\nQUY ĐỊNH\nvề trách nhiệm của người đứng đầu\n\nĐiều 3. Trách nhiệm chung của người đứng đầu\n1. Bố trí địa điểm tiếp công dân thuận tiện.\nĐiều 5. Trách nhiệm của chủ tịch ủy ban nhân dân các cấp\n1. Trực tiếp tiếp công dân định kỳ.\n2. Chỉ đạo giải quyết khiếu nại, tố cáo thuộc thẩm quyền:\na) ban hành quyết định giải quyết khiếu nại đúng thời hạn;\nb) chỉ đạo rà soát các vụ việc tồn đọng.\n";
        let tasks: Vec<(String, String)> = crate::parse(doc).record().tasks.into_iter().map(|x| (x.section.unwrap_or_default(), x.lead.join("; "))).collect();
        let want = [
            ("Điều 3.1", "người đứng đầu"),
            ("Điều 5.1", "chủ tịch ủy ban nhân dân các cấp"),
            ("Điều 5.2.a", "chủ tịch ủy ban nhân dân các cấp"),
            ("Điều 5.2.b", "chủ tịch ủy ban nhân dân các cấp"),
        ];
        assert_eq!(tasks, want.map(|(s, l)| (s.to_string(), l.to_string())));
        // partners named by their titles in lower case, to the verb of their work (Điều 5.1, 6.1)
        let doc2 = doc.replace("1. Trực tiếp tiếp công dân định kỳ.", "1. Trực tiếp tiếp công dân định kỳ; phối hợp với bí thư cấp ủy cùng cấp tiếp công dân khi cần thiết.");
        let support: Vec<Vec<String>> = crate::parse(&doc2).record().tasks.into_iter().map(|x| x.support).collect();
        assert_eq!(support[1], ["bí thư cấp ủy cùng cấp"]);
        // Điều 7.4: one committee, then the units it leads
        assert_eq!(split_units("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"), ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"]);
        assert_eq!(split_units("Ban Tuyên giáo Tỉnh ủy, các đoàn thể tỉnh"), ["Ban Tuyên giáo Tỉnh ủy", "các đoàn thể tỉnh"]);
    }

    #[test]
    fn a_letters_closing_formula_asks_its_addressees() {
        // bacninh_cv_1420, binhthuan_cv_1187 (shortened): the closing request to carry the letter out is a task (GOLD.md)
        let leads = |t: &str| paragraph_tasks(t, 0, t.len(), false).into_iter().map(|x| x.lead).collect::<Vec<_>>();
        assert_eq!(leads("\nSở Y tế đề nghị các đơn vị nghiêm túc triển khai thực hiện./.\n"), [["các đơn vị"]]);
        assert_eq!(leads("\nSở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện, bảo đảm chi trả đúng đối tượng. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Kế hoạch - Tài chính để được hướng dẫn./.\n"), [["Thủ trưởng các đơn vị"]]);
        // a head of office is asked by title
        assert_eq!(assignments("Sở Y tế đề nghị Trưởng phòng Y tế các quận, huyện, Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.", false).lead, ["Trưởng phòng Y tế các quận, huyện", "Thủ trưởng các đơn vị"]);
        // the courtesy to a superior is still none
        assert!(leads("\nSở Y tế kính đề nghị Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.\n").is_empty());
        // a phrase quoted to be struck out names no one (vbpl_doc_000554)
        assert!(assignments("8. Bỏ cụm từ: “Trưởng phòng Giáo dục và Đào tạo” tại Phụ lục I và Phụ lục II.", true).lead.is_empty());
    }

    #[test]
    fn a_hard_wrapped_first_sentence_keeps_its_own_units() {
        // baclieu_nq_05 Điều 3.4 (shortened): a standing duty of the districts, then the department's work
        let t = "Điều 3. Nguồn kinh phí\n4. Trước ngày 15 tháng 7 hằng năm, Ủy ban nhân dân các huyện, thị xã, thành phố tổng\nhợp nhu cầu kinh phí hỗ trợ của năm sau, gửi Sở Nông nghiệp và Phát triển nông thôn.\nSở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn thẩm định,\ntham mưu Ủy ban nhân dân tỉnh bố trí kinh phí trong dự toán ngân sách địa phương.\n";
        // (as the parser reads it, a whole document: its body's hard wraps joined first)
        let doc = format!("ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: 05/2025/NQ-HĐND\n\nNGHỊ QUYẾT\nVề chính sách hỗ trợ\n\n{t}");
        let leads: Vec<Vec<String>> = crate::parse(&doc).record().tasks.into_iter().map(|x| x.lead).collect();
        assert_eq!(leads, vec![vec!["Ủy ban nhân dân các huyện, thị xã, thành phố".to_string()], vec!["Sở Tài chính".to_string()]]);
    }

    #[test]
    fn the_licensed_head_their_points() {
        // ninhbinh_ct_11 8 (shortened)
        let t = "8. Các tổ chức, cá nhân được cấp giấy phép khai thác cát, sỏi lòng sông:\n- Khai thác đúng vị trí, phạm vi, công suất được cấp phép.\n- Lắp đặt camera giám sát, hoàn thành trước ngày 31/8/2025.\n";
        let got: Vec<(Vec<String>, Option<String>)> = tasks_of(t).into_iter().map(|x| (x.lead, x.deadline)).collect();
        let unit = || vec!["Các tổ chức, cá nhân được cấp giấy phép khai thác cát, sỏi lòng sông".to_string()];
        assert_eq!(got, vec![(unit(), None), (unit(), Some("2025-08-31".to_string()))]);
    }

    #[test]
    fn a_heading_unit_with_its_role_in_brackets_or_its_verb() {
        // hatinh_tb_204 II.2.d and II.3.a (shortened)
        assert_eq!(
            heading_units("Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh (chủ đầu tư):"),
            Some(vec!["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh".to_string()])
        );
        assert_eq!(
            giao_heading("Giao Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh chỉ đạo nhà thầu:"),
            Some(vec!["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh".to_string()])
        );
        // a whole sentence that ends with a colon heads nothing (tuyenquang_cv_2315 6)
        assert_eq!(giao_heading("Giao Văn phòng Sở chủ trì kiểm tra trong tháng 11/2025; kết quả kiểm tra là tiêu chí thi đua. Nội dung kiểm tra gồm:"), None);
    }

    #[test]
    fn a_citation_s_issuer_before_a_semicolon_is_no_subject() {
        // btc_tt_44 Điều 13.3 (shortened)
        let t = "Đối với công trình đã có quyết định hỗ trợ thì tiếp tục thực hiện theo quy định tại Thông tư số 27/2019/TT-BTC của Bộ Tài chính; Ủy ban nhân dân cấp xã có trách nhiệm hoàn thành việc thanh toán trước ngày 30 tháng 6 năm 2026.";
        let subjects: Vec<&str> = responsible_subjects(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(subjects, vec!["Ủy ban nhân dân cấp xã"]);
    }

    #[test]
    fn drug_businesses_are_a_kind_of_body() {
        // byt_tt_22 Điều 12.5
        assert_eq!(
            duty_heading("Cơ sở khám bệnh, chữa bệnh, cơ sở kinh doanh dược có trách nhiệm:"),
            Some(vec!["Cơ sở khám bệnh, chữa bệnh".to_string(), "cơ sở kinh doanh dược".to_string()])
        );
    }

    #[test]
    fn a_notice_closing_formula_is_no_task() {
        // kontum_tb_1245's closing line, after its last numbered item
        for t in ["Thường trực Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.", "Văn phòng UBND tỉnh thông báo ý kiến kết luận của Chủ tịch UBND tỉnh để các cơ quan, đơn vị biết, thực hiện./."] {
            assert!(notice_formula(t), "{t}");
            assert!(paragraph_tasks(t, 0, t.len(), false).is_empty(), "{t}");
        }
        // work given in the same words is still work
        let t = "Văn phòng UBND tỉnh thông báo để các cơ quan biết; giao Sở Y tế chủ trì triển khai.";
        assert!(!notice_formula(t));
    }
}
