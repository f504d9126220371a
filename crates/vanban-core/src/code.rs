//! Document codes (số, ký hiệu): `1234/QĐ-UBND`, `45/2024/NĐ-CP`, `22/2023/QH15`, `23-NQ/TU`, and how they are
//! misprinted: `255/KH- BCD` (stray space), `155KH/TU` (missing hyphen), `1438-\nCV/VPTU` (broken across lines),
//! `/STTTT-TTBCXB` (number left blank until signing).

use crate::tables::{issuer_for_abbrev, type_for_abbrev, Scope};
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// A parsed code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// số: the number; None when left blank.
    pub number: Option<String>,
    /// The year printed inside normative codes (`45/2024/NĐ-CP`).
    pub year: Option<u16>,
    /// ký hiệu: what follows the number (and year): `NĐ-CP`, `NQ/TU`, `STTTT-TTBCXB`.
    pub symbol: String,
    /// Printed Party-style, number joined by a hyphen (`23-NQ/TU`).
    pub hyphen_style: bool,
}

/// Mixed-case tokens allowed inside a symbol (the rest are uppercase letters and digits).
const MIXED_CASE: &[&str] = &["CTr", "QyĐ", "QĐi", "TTg", "TTr", "TTh", "TrS", "ThU", "SNgV", "ĐUK"];

impl Code {
    /// Normalized printed form: no spaces, Party codes with their hyphen (`155KH/TU` -> `155-KH/TU`).
    pub fn normalized(&self) -> String {
        let num = self.number.as_deref().unwrap_or("");
        match (self.hyphen_style, self.year) {
            (true, _) => format!("{num}-{}", self.symbol),
            (false, Some(y)) => format!("{num}/{y}/{}", self.symbol),
            (false, None) => format!("{num}/{}", self.symbol),
        }
    }

    fn tokens(&self) -> Vec<&str> {
        self.symbol.split(['-', '/']).collect()
    }

    /// The type abbreviation in the symbol, if any (`KH` in `130/KH-TU`, `NQ` in `23-NQ/TU`).
    pub fn type_abbrev(&self) -> Option<&str> {
        // (the tokens read in place: scope, key_form and is_party ask this of every code, several times)
        let first = self.symbol.split(['-', '/']).next()?;
        type_for_abbrev(first).map(|_| first)
    }

    /// Canonical document type named by the symbol ("Kế hoạch" for `KH-TU`, "Văn bản hợp nhất" for `VBHN-...`).
    pub fn doc_type(&self) -> Option<&'static str> {
        self.type_abbrev().and_then(type_for_abbrev)
    }

    /// The issuer abbreviation: the token after the type (`TU` in `KH-TU` and `NQ/TU`), or the first token when the
    /// symbol has no type part (công văn: `UBND` in `UBND-KGVX`, `STTTT` in `STTTT-TTBCXB`).
    pub fn issuer_abbrev(&self) -> Option<&str> {
        let mut t = self.symbol.split(['-', '/']);
        if self.type_abbrev().is_some() {
            t.nth(1)
        } else {
            t.next()
        }
    }

    /// Where the number is unique.
    pub fn scope(&self) -> Scope {
        if let Some((_, s)) = self.issuer_abbrev().and_then(issuer_for_abbrev) {
            return s;
        }
        let sym = &self.symbol;
        if sym.starts_with("QH") || self.year.is_some() {
            return Scope::National;
        }
        if self.hyphen_style {
            Scope::PartyLocal
        } else {
            Scope::Local
        }
    }

    /// A Party document, whichever way it is printed (`130/KH-TU` is `130-KH/TU`).
    pub fn is_party(&self) -> bool {
        matches!(self.scope(), Scope::PartyNational | Scope::PartyLocal) || self.hyphen_style
    }

    /// The code in the form used for keys: Party codes in their hyphen form (`130/KH-TU` -> `130-KH/TU`).
    pub fn key_form(&self) -> String {
        self.key_form_in(self.scope())
    }

    /// [`Code::key_form`] for a code whose [`Code::scope`] the caller has (it looks up two tables).
    pub fn key_form_in(&self, scope: Scope) -> String {
        let party = matches!(scope, Scope::PartyNational | Scope::PartyLocal) || self.hyphen_style;
        if party && !self.hyphen_style && self.year.is_none() {
            let t = self.tokens();
            if t.len() == 2 {
                let num = self.number.as_deref().unwrap_or("");
                return format!("{num}-{}/{}", t[0], t[1]);
            }
        }
        self.normalized()
    }
}

const TOK: &str = r"[A-ZĐƯ][A-Za-zĐđƯư0-9&]{0,11}";

fn re_code() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        let pat = format!(
            r"(?x)
            (?P<num>\d{{1,6}}(?:\.\d{{1,3}})?[a-z]?)?
            (?:
                [\ \t]*//?[\ \t]*(?:(?P<year>(?:19|20)\d{{2}})[\ \t]*//?[\ \t]*)?
                (?P<ssym>{TOK}(?:[\ \t]?-(?:[\ \t]*\n[\ \t]*|[\ \t]?){TOK}|/{TOK})*)
              |
                (?P<hy>-[\ \t]*\n?[\ \t]*\n?[\ \t]*)?
                (?P<psym>{TOK}/[\ \t]?{TOK}(?:[-/]{TOK})*)
            )"
        );
        Regex::new(&pat).unwrap()
    })
}

/// A code found in text with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeMatch {
    pub code: Code,
    pub start: usize,
    pub end: usize,
}

fn valid_symbol(sym: &str) -> bool {
    let mut upper = 0;
    for tok in sym.split(['-', '/']) {
        if tok.is_empty() {
            return false;
        }
        if tok.chars().any(|c| c.is_lowercase()) {
            let base = tok.trim_end_matches(|c: char| c.is_ascii_digit());
            if !MIXED_CASE.contains(&base) {
                return false;
            }
        }
        upper += tok.chars().filter(|c| c.is_uppercase()).count();
    }
    upper >= 2
}

/// The groups of a match of [`re_code`] as byte ranges (`end`: where the match ends).
#[derive(Debug, Clone, PartialEq, Eq)]
struct CodeCaps {
    end: usize,
    num: Option<Range<usize>>,
    year: Option<Range<usize>>,
    ssym: Option<Range<usize>>,
    psym: Option<Range<usize>>,
}

impl CodeCaps {
    fn of(c: &regex::Captures<'_>) -> CodeCaps {
        let g = |n: &str| c.name(n).map(|m| m.range());
        CodeCaps { end: c.get(0).unwrap().end(), num: g("num"), year: g("year"), ssym: g("ssym"), psym: g("psym") }
    }
}

/// The groups of the match of [`re_code`] that the lazy DFA found at `start..end`: read by hand ([`code_groups`]),
/// or, where that reading does not end the match at `end`, by the regex's own capture engine. (Its backtracker, run
/// for every code of a text, cost 2.5% of parsing: about what the search over the whole text costs, for a few bytes
/// of each.)
fn code_caps(t: &str, start: usize, end: usize) -> Option<CodeCaps> {
    match code_groups(t, start) {
        Some(c) if c.end == end => Some(c),
        _ => re_code().captures_at(t, start).map(|c| CodeCaps::of(&c)),
    }
}

/// The groups of a match of [`re_code`] that starts at `s`, read in the pattern's order of preference: the number
/// (greedy; ASCII digits only: any other digit gives `None` here and the regex's reading), then the form with "/"
/// (year, symbol), else the Party form (hyphen, symbol). `None`: no match read there.
fn code_groups(t: &str, s: usize) -> Option<CodeCaps> {
    let b = t.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let digit = |i: usize| at(i).is_ascii_digit();
    let blank = |i: usize| matches!(at(i), b' ' | b'\t');
    let skip_blanks = |mut i: usize| {
        while blank(i) {
            i += 1;
        }
        i
    };
    // (?P<num>\d{1,6}(?:\.\d{1,3})?[a-z]?)?
    let mut i = s;
    let num = if digit(i) {
        while i < s + 6 && digit(i) {
            i += 1;
        }
        if at(i) == b'.' && digit(i + 1) {
            let d = i + 1;
            i = d;
            while i < d + 3 && digit(i) {
                i += 1;
            }
        }
        if at(i).is_ascii_lowercase() {
            i += 1;
        }
        Some(s..i)
    } else {
        None
    };
    // [ \t]*//?[ \t]*(?:(?P<year>(?:19|20)\d{2})[ \t]*//?[ \t]*)?(?P<ssym>TOK(?:[ \t]?-(?:[ \t]*\n[ \t]*|[ \t]?)TOK|/TOK)*)
    let slashes = |mut j: usize| {
        if at(j) != b'/' {
            return None;
        }
        j += 1;
        if at(j) == b'/' {
            j += 1;
        }
        Some(skip_blanks(j))
    };
    if let Some(mut j) = slashes(skip_blanks(i)) {
        let mut year = None;
        if (b.get(j..j + 2) == Some(b"19") || b.get(j..j + 2) == Some(b"20")) && digit(j + 2) && digit(j + 3) {
            if let Some(k) = slashes(skip_blanks(j + 4)).filter(|&k| tok_end(b, k).is_some()) {
                year = Some(j..j + 4);
                j = k;
            }
        }
        if let Some(mut p) = tok_end(b, j) {
            loop {
                let q = if blank(p) { p + 1 } else { p };
                if at(q) == b'-' {
                    let r = skip_blanks(q + 1);
                    if let Some(e) = (at(r) == b'\n').then(|| tok_end(b, skip_blanks(r + 1))).flatten() {
                        p = e;
                        continue;
                    }
                    if let Some(e) = tok_end(b, if blank(q + 1) { q + 2 } else { q + 1 }) {
                        p = e;
                        continue;
                    }
                }
                if at(p) == b'/' {
                    if let Some(e) = tok_end(b, p + 1) {
                        p = e;
                        continue;
                    }
                }
                break;
            }
            return Some(CodeCaps { end: p, num, year, ssym: Some(j..p), psym: None });
        }
    }
    // (?P<hy>-[ \t]*\n?[ \t]*\n?[ \t]*)?(?P<psym>TOK/[ \t]?TOK(?:[-/]TOK)*)
    let mut j = i;
    if at(j) == b'-' {
        j = skip_blanks(j + 1);
        for _ in 0..2 {
            if at(j) == b'\n' {
                j += 1;
            }
            j = skip_blanks(j);
        }
    }
    let first = tok_end(b, j)?;
    if at(first) != b'/' {
        return None;
    }
    let mut p = tok_end(b, if blank(first + 1) { first + 2 } else { first + 1 })?;
    while matches!(at(p), b'-' | b'/') {
        let Some(e) = tok_end(b, p + 1) else { break };
        p = e;
    }
    Some(CodeCaps { end: p, num, year: None, ssym: None, psym: Some(j..p) })
}

/// Where a token of a symbol ([`TOK`]) that starts at `i` ends: a capital (or Đ, Ư) and up to 11 more letters, digits,
/// "&" (greedy). `None`: no token starts there.
fn tok_end(b: &[u8], i: usize) -> Option<usize> {
    // the length of the character at `j` if it is one of Đ đ Ư ư (`lower`: đ, ư too)
    let viet = |j: usize, lower: bool| match (b.get(j), b.get(j + 1)) {
        (Some(0xC4), Some(0x90)) | (Some(0xC6), Some(0xAF)) => Some(2),
        (Some(0xC4), Some(0x91)) | (Some(0xC6), Some(0xB0)) if lower => Some(2),
        _ => None,
    };
    let mut j = i + match b.get(i) {
        Some(x) if x.is_ascii_uppercase() => 1,
        _ => viet(i, false)?,
    };
    for _ in 0..11 {
        match b.get(j) {
            Some(x) if x.is_ascii_alphanumeric() || *x == b'&' => j += 1,
            _ => match viet(j, true) {
                Some(n) => j += n,
                None => break,
            },
        }
    }
    Some(j)
}

fn build(t: &str, c: &CodeCaps, allow_blank: bool) -> Option<Code> {
    let number = c.num.clone().map(|r| t[r].to_string());
    if number.is_none() && !allow_blank {
        return None;
    }
    if let Some(s) = c.ssym.clone() {
        let symbol: String = t[s].chars().filter(|c| !c.is_whitespace()).collect();
        if !valid_symbol(&symbol) {
            return None;
        }
        let year = c.year.clone().and_then(|y| t[y].parse().ok());
        return Some(Code { number, year, symbol, hyphen_style: false });
    }
    let p = c.psym.clone()?;
    number.as_ref()?;
    let symbol: String = t[p].chars().filter(|c| !c.is_whitespace()).collect();
    if !valid_symbol(&symbol) {
        return None;
    }
    // a Party symbol is TYPE/ISSUER: the first token must be a type abbreviation
    let first = symbol.split(['-', '/']).next().unwrap_or("");
    type_for_abbrev(first)?;
    Some(Code { number, year: None, symbol, hyphen_style: true })
}

fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let bad_before = before.is_some_and(|c| crate::normalize::is_alnum(c) || c == '/' || c == '.' || c == '-');
    let bad_after = after.is_some_and(|c| crate::normalize::is_alnum(c) || c == '/');
    !bad_before && !bad_after
}

fn placeholder_before(before: &str) -> bool {
    let t = before.trim_end_matches(|c: char| c == '…' || c == '.' || c == '_' || c == ' ');
    t.len() < before.len() && before.ends_with(['…', '.', '_']) && t.ends_with("số")
}

/// Find every code in `text` (numbers required; see [`parse_code_blank_ok`] for header lines).
pub fn find_codes(text: &str) -> Vec<CodeMatch> {
    let mut out = Vec::new();
    // (the lazy DFA finds each code; its groups are read by `code_caps`)
    for m in re_code().find_iter(text) {
        let Some(c) = code_caps(text, m.start(), m.end()) else { continue };
        let blank = c.num.is_none();
        // a number left blank in a form: "Nghị định số …/2025/NĐ-CP", "Giấy phép số ……/LĐTBXH-GP"
        if blank && !placeholder_before(&text[..m.start()]) {
            continue;
        }
        if !blank && !boundary_ok(text, m.start(), m.end()) {
            continue;
        }
        if let Some(code) = build(text, &c, blank) {
            out.push(CodeMatch { code, start: m.start(), end: m.end() });
        }
    }
    out
}

/// Parse a code at the start of `s`, accepting a blank number (`/STTTT-TTBCXB`), as printed after "Số:".
pub fn parse_code_blank_ok(s: &str) -> Option<CodeMatch> {
    let lead = s.len() - s.trim_start().len();
    let t = &s[lead..];
    let m = re_code().find(t)?;
    if m.start() != 0 || !boundary_ok(t, 0, m.end()) {
        return None;
    }
    let c = code_caps(t, 0, m.end())?;
    let code = build(t, &c, true)?;
    Some(CodeMatch { code, start: lead, end: lead + m.end() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> Vec<String> {
        find_codes(s).into_iter().map(|m| m.code.normalized()).collect()
    }

    #[test]
    fn printed_forms() {
        assert_eq!(norm("Kế hoạch số 130/KH-TU ngày"), ["130/KH-TU"]);
        assert_eq!(norm("Nghị định số 45/2024/NĐ-CP;"), ["45/2024/NĐ-CP"]);
        assert_eq!(norm("Luật số 22/2023/QH15"), ["22/2023/QH15"]);
        assert_eq!(norm("Nghị quyết số 23-NQ/TU ngày"), ["23-NQ/TU"]);
        assert_eq!(norm("Kế hoạch số 255/KH- BCD ngày"), ["255/KH-BCD"]);
        assert_eq!(norm("Kế hoạch số 155KH/TU, ngày"), ["155-KH/TU"]);
        assert_eq!(norm("Văn bản số 1438-\n\nCV/VPTU ngày"), ["1438-CV/VPTU"]);
        assert_eq!(norm("Chương trình 32-CTr/TU ngày"), ["32-CTr/TU"]);
        assert_eq!(norm("Thông tư số 24/2009/TT-BLĐTBXH"), ["24/2009/TT-BLĐTBXH"]);
        assert_eq!(norm("các Nghị quyết số 08-NQ/TU, 12-NQ/TU"), ["08-NQ/TU", "12-NQ/TU"]);
        assert_eq!(norm("Thông tư số 08/2023/TT-\nBLĐTBXH ngày"), ["08/2023/TT-BLĐTBXH"]);
        assert_eq!(norm("Thông tư số 33/2005/TT-BGD&ĐT ngày"), ["33/2005/TT-BGD&ĐT"]);
        assert_eq!(norm("Nghị quyết số 66.17/2026/NQ-CP"), ["66.17/2026/NQ-CP"]);
        assert_eq!(norm("Nghị định số 64//2023/NĐ-CP ngày"), ["64/2023/NĐ-CP"]);
    }

    #[test]
    fn groups_read_by_hand_are_the_regex_captures() {
        // pieces that try each turn of the pattern: numbers of 1 to 7 digits, with ".5" and a letter, years, "//",
        // blanks, hyphens over line breaks, tokens of 1 to 14 characters with Đ đ Ư ư and "&", lowercase tokens
        let nums = ["", "1", "12", "123456", "1234567", "66.17", "5.1234", "12a", "3b"];
        let gaps = ["/", "//", " /", "/ ", "\t/", "-", "- ", "-\n", "- \n ", " -", "- \n\n", "", " ", "/\n", "."];
        let years = ["", "", "2024", "1999", "2100", "19", "2024/", "2024 /"];
        let toks = ["UBND", "KH", "TU", "NĐ", "CP", "Đ", "Ư", "ĐƯđư", "BGD&ĐT", "BLĐTBXH", "ABCDEFGHIJKLMN", "QH15", "ab", "x", "Sở", "TT", "A"];
        let noise = ["số ", ",", ";", "…", "đ", "Ánh", " ", "\n", "1", "ngày 12/3/2024"];
        let mut rng = crate::TestRng::new(0xD1B54A32D192ED03);
        let mut pick = |n: usize| rng.below(n);
        let mut matches = 0;
        let mut forms = [0usize; 3];
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..1 + pick(3) {
                t += noise[pick(noise.len())];
                t += nums[pick(nums.len())];
                t += gaps[pick(gaps.len())];
                t += years[pick(years.len())];
                t += gaps[pick(gaps.len())];
                for _ in 0..1 + pick(4) {
                    t += toks[pick(toks.len())];
                    t += gaps[pick(gaps.len())];
                }
            }
            for m in re_code().find_iter(&t) {
                let want = CodeCaps::of(&re_code().captures_at(&t, m.start()).unwrap());
                assert_eq!(want.end, m.end());
                // (read by hand: no fallback to the regex)
                assert_eq!(code_groups(&t, m.start()).as_ref(), Some(&want), "{t:?} at {}", m.start());
                matches += 1;
                forms[usize::from(want.year.is_some()) + 2 * usize::from(want.psym.is_some())] += 1;
            }
        }
        assert!(matches > 20_000 && forms.iter().all(|&f| f > 500), "{matches} {forms:?}");
        // a digit other than ASCII is read by the regex (the fallback)
        let t = "Số ١٢/UBND và 3٤/2024/NĐ-CP";
        let got: Vec<_> = re_code().find_iter(t).map(|m| code_caps(t, m.start(), m.end())).collect();
        let want: Vec<_> = re_code().captures_iter(t).map(|c| Some(CodeCaps::of(&c))).collect();
        assert_eq!(got, want);
        assert!(want.iter().flatten().any(|c| c.num.as_ref().is_some_and(|r| !t[r.clone()].is_ascii())));
    }

    #[test]
    fn not_codes() {
        assert!(norm("ngày 12/3/2024").is_empty());
        assert!(norm("số 12/3 đường Trần Phú").is_empty());
        assert!(norm("tuần 46/2024").is_empty());
        assert!(norm("điện thoại 0260.3862.123").is_empty());
        assert!(norm("tỷ lệ 3/4 số hộ").is_empty());
        assert!(norm("Lưu: VT, TTBCXB, BCVT& CNTT.").is_empty());
        assert!(norm("12/Các sở").is_empty());
    }

    #[test]
    fn parts() {
        let c = &find_codes("130/KH-TU")[0].code;
        assert_eq!(c.doc_type(), Some("Kế hoạch"));
        assert_eq!(c.issuer_abbrev(), Some("TU"));
        assert!(c.is_party());
        assert_eq!(c.key_form(), "130-KH/TU");
        let c = &find_codes("3222/UBND-KGVX")[0].code;
        assert_eq!(c.doc_type(), None);
        assert_eq!(c.issuer_abbrev(), Some("UBND"));
        assert_eq!(c.scope(), Scope::Local);
        let c = &find_codes("45/2024/NĐ-CP")[0].code;
        assert_eq!((c.number.as_deref(), c.year, c.symbol.as_str()), (Some("45"), Some(2024), "NĐ-CP"));
        assert_eq!(c.scope(), Scope::National);
    }

    #[test]
    fn placeholder_numbers_in_forms() {
        assert_eq!(norm("Nghị định số …/2025/NĐ-CP ngày"), ["/2025/NĐ-CP"]);
        assert_eq!(norm("Giấy phép số ……/LĐTBXH-GP"), ["/LĐTBXH-GP"]);
        assert!(norm("tỷ lệ …/KH").is_empty());
    }

    #[test]
    fn blank_number() {
        let m = parse_code_blank_ok("  /STTTT-TTBCXB").unwrap();
        assert_eq!(m.code.number, None);
        assert_eq!(m.code.symbol, "STTTT-TTBCXB");
        assert_eq!(m.code.normalized(), "/STTTT-TTBCXB");
    }
}
