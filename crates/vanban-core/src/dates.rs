//! Dates as printed in Vietnamese documents, with reduced precision.
//!
//! "ngày 12 tháng 3 năm 2024", "ngày 12/3/2024", "12/03/2024", "ngày 01-10-2024", "tháng 10/2024",
//! "quý IV/2024", "năm 2024", and blanks left for signing: "ngày    tháng    năm 2024" (the year only),
//! "ngày tháng năm" (nothing).

use regex::Regex;
use std::sync::OnceLock;

/// A date with optional month and day ("2024", "2024-11", "2024-11-05").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn ymd(year: u16, month: u8, day: u8) -> Option<Self> {
        valid(year, month, day).then_some(PartialDate { year, month: Some(month), day: Some(day) })
    }

    /// ISO 8601 with reduced precision.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid(year: u16, month: u8, day: u8) -> bool {
    (1900..=2100).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// A date found in text: the value (None for a fully blank "ngày tháng năm") and its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    pub date: Option<PartialDate>,
    pub start: usize,
    pub end: usize,
}

// "ngày 12 tháng 3 năm 2024" with optional numbers (blanks), line breaks allowed between words
const LONG: &str = r"(?i)ngày[\s.…_]*(\d{1,2})?[\s.…_]*tháng[\s.…_]*(\d{1,2})?[\s.…_]*năm[\s.…_]*(\d{4})?";
// "ngày 12/3/2024", "12/03/2024", "01-10-2024", "12.3.2024"
const NUMERIC: &str = r"(?i)(?:ngày\s*)?\b(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*([/.-])\s*(\d{4})\b";

fn re_long() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(LONG).unwrap())
}

/// The two forms anchored at the start of the text: what [`parse_date_prefix`] asks (the unanchored forms searched
/// the whole rest of a text for a date that had to start at its first byte; the match at the start is the same).
fn re_prefix() -> &'static [Regex; 2] {
    static R: OnceLock<[Regex; 2]> = OnceLock::new();
    R.get_or_init(|| [LONG, NUMERIC].map(|p| Regex::new(&format!("^(?:{p})")).unwrap()))
}

fn re_numeric() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(NUMERIC).unwrap())
}

/// The groups of the long form at the start of a text (byte ranges; `end`: where the match ends).
#[derive(Debug, PartialEq, Eq)]
struct LongGroups {
    day: Option<(usize, usize)>,
    month: Option<(usize, usize)>,
    year: Option<(usize, usize)>,
    end: usize,
}

/// The groups of the numeric form at the start of a text: day, separator, month, separator, year (byte ranges).
#[derive(Debug, PartialEq, Eq)]
struct NumericGroups {
    groups: [(usize, usize); 5],
    end: usize,
}

/// A digit other than 0-9 where the patterns test for one (`\d` is any decimal digit of Unicode): the hand-written
/// readers below leave such a text to the regexes.
struct Unsure;

/// The length of the run of digits 0-9 at `i`, counted up to `max + 1`; Unsure if another kind of digit stands
/// within those places.
fn ascii_digits(t: &str, i: usize, max: usize) -> Result<usize, Unsure> {
    let mut n = 0;
    for c in t[i..].chars().take(max + 1) {
        if c.is_ascii_digit() {
            n += 1;
        } else if !c.is_ascii() && c.is_numeric() {
            return Err(Unsure);
        } else {
            break;
        }
    }
    Ok(n)
}

/// The end of `word` (lowercase) at `i`, matched without case as `(?i)` does for these letters.
fn keyword(t: &str, i: usize, word: &str) -> Option<usize> {
    let mut end = i;
    let mut cs = t[i..].chars();
    for w in word.chars() {
        let c = cs.next()?;
        if c != w && !c.to_lowercase().eq(std::iter::once(w)) {
            return None;
        }
        end += c.len_utf8();
    }
    Some(end)
}

fn skip_while(t: &str, i: usize, f: impl Fn(char) -> bool) -> usize {
    i + t[i..].find(|c: char| !f(c)).unwrap_or(t.len() - i)
}

fn date_sep(c: char) -> bool {
    c.is_whitespace() || c == '.' || c == '…' || c == '_'
}

/// [`LONG`] anchored at the start of `t`, read by hand: what the regex captures, without its backtracking engine
/// (this runs for every date of every reference and deadline).
fn long_groups(t: &str) -> Result<Option<LongGroups>, Unsure> {
    // an optional number of at most `max` digits: more is no match
    let number = |i: usize, max: usize| -> Result<Option<Option<(usize, usize)>>, Unsure> {
        let n = ascii_digits(t, i, max)?;
        Ok(match n {
            0 => Some(None),
            n if n <= max => Some(Some((i, i + n))),
            _ => None,
        })
    };
    let Some(i) = keyword(t, 0, "ngày") else { return Ok(None) };
    let i = skip_while(t, i, date_sep);
    let Some(day) = number(i, 2)? else { return Ok(None) };
    let i = skip_while(t, day.map_or(i, |d| d.1), date_sep);
    let Some(i) = keyword(t, i, "tháng") else { return Ok(None) };
    let i = skip_while(t, i, date_sep);
    let Some(month) = number(i, 2)? else { return Ok(None) };
    let i = skip_while(t, month.map_or(i, |m| m.1), date_sep);
    let Some(i) = keyword(t, i, "năm") else { return Ok(None) };
    let i = skip_while(t, i, date_sep);
    // (the year: its first four digits; fewer are none, and the match ends before them)
    let year = (ascii_digits(t, i, 4)? >= 4).then_some((i, i + 4));
    Ok(Some(LongGroups { day, month, year, end: year.map_or(i, |y| y.1) }))
}

/// [`NUMERIC`] anchored at the start of `t`, read by hand (see [`long_groups`]).
fn numeric_groups(t: &str) -> Result<Option<NumericGroups>, Unsure> {
    // "ngày" must be followed by a space: "ngày12/3/2024" has no word boundary before the day
    let mut i = 0;
    if let Some(e) = keyword(t, 0, "ngày") {
        i = skip_while(t, e, char::is_whitespace);
        if i == e {
            return Ok(None);
        }
    }
    let mut groups = [(0, 0); 5];
    for (k, max) in [(0, 2), (2, 2)] {
        let n = ascii_digits(t, i, max)?;
        if !(1..=max).contains(&n) {
            return Ok(None);
        }
        groups[k] = (i, i + n);
        i = skip_while(t, i + n, char::is_whitespace);
        if !t[i..].starts_with(['/', '.', '-']) {
            return Ok(None);
        }
        groups[k + 1] = (i, i + 1);
        i = skip_while(t, i + 1, char::is_whitespace);
    }
    if ascii_digits(t, i, 4)? != 4 {
        return Ok(None);
    }
    groups[4] = (i, i + 4);
    // (and a word boundary after the year)
    if t[i + 4..].chars().next().is_some_and(regex_syntax::is_word_character) {
        return Ok(None);
    }
    Ok(Some(NumericGroups { groups, end: i + 4 }))
}

/// The anchored regexes' captures in the same shape: what the readers fall back on, and their test's oracle.
fn long_groups_re(t: &str) -> Option<LongGroups> {
    let c = re_prefix()[0].captures(t)?;
    let g = |k: usize| c.get(k).map(|m| (m.start(), m.end()));
    Some(LongGroups { day: g(1), month: g(2), year: g(3), end: c.get(0).unwrap().end() })
}

fn numeric_groups_re(t: &str) -> Option<NumericGroups> {
    let c = re_prefix()[1].captures(t)?;
    let g = |k: usize| c.get(k).map(|m| (m.start(), m.end())).unwrap();
    Some(NumericGroups { groups: [g(1), g(2), g(3), g(4), g(5)], end: c.get(0).unwrap().end() })
}

/// Parse a date at the very start of `s` (after optional spaces). Returns the match with offsets into `s`.
pub fn parse_date_prefix(s: &str) -> Option<DateMatch> {
    let lead = s.len() - s.trim_start().len();
    let t = &s[lead..];
    if let Some(g) = long_groups(t).unwrap_or_else(|_| long_groups_re(t)) {
        let num = |r: Option<(usize, usize)>| r.map(|(a, b)| &t[a..b]);
        let day = num(g.day).and_then(|x| x.parse::<u8>().ok());
        let month = num(g.month).and_then(|x| x.parse::<u8>().ok());
        let year = num(g.year).and_then(|x| x.parse::<u16>().ok());
        let date = match (year, month, day) {
            (Some(y), Some(mo), Some(d)) => PartialDate::ymd(y, mo, d),
            (Some(y), Some(mo), None) if (1..=12).contains(&mo) => Some(PartialDate { year: y, month: Some(mo), day: None }),
            (Some(y), _, _) if (1900..=2100).contains(&y) => Some(PartialDate { year: y, month: None, day: None }),
            _ => None,
        };
        // a long form with a day but no year is not a date we can use, but it is still "the date slot"
        let end = trim_match_end(t, g.end);
        return Some(DateMatch { date, start: lead, end: lead + end });
    }
    if let Some(g) = numeric_groups(t).unwrap_or_else(|_| numeric_groups_re(t)) {
        let part = |k: usize| &t[g.groups[k].0..g.groups[k].1];
        if part(1) == part(3) {
            let d: u8 = part(0).parse().ok()?;
            let mo: u8 = part(2).parse().ok()?;
            let y: u16 = part(4).parse().ok()?;
            let date = PartialDate::ymd(y, mo, d)?;
            return Some(DateMatch { date: Some(date), start: lead, end: lead + g.end });
        }
    }
    None
}

/// A day and month printed without their year in a deadline's words ("trong ngày 18/7", "trước ngày 5 tháng 8"), in a
/// document dated `doc` (ISO "2026-07-17"): that day in the document's year, or in the next year when it is already
/// past on the document's date (a deadline is never before its document; GOLD.md). None when the words print a year or
/// no such day.
pub fn yearless_day(words: &str, doc: &str) -> Option<String> {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| Regex::new(r"(?i)ngày\s+(\d{1,2})\s*(?:/|tháng\s+)(\d{1,2})(?:\s*(?:/|năm)\s*\d)?").unwrap());
    let c = re.captures(words)?;
    // (a year after the month: a full date, read elsewhere)
    if c.get(0)?.as_str().ends_with(|ch: char| ch.is_ascii_digit()) && c.get(0)?.end() > c.get(2)?.end() {
        return None;
    }
    let (day, month): (u8, u8) = (c[1].parse().ok()?, c[2].parse().ok()?);
    let year: u16 = doc.get(..4)?.parse().ok()?;
    let on = |y: u16| PartialDate::ymd(y, month, day);
    let this = on(year)?;
    let doc_date = (doc.get(5..7).and_then(|m| m.parse::<u8>().ok()), doc.get(8..10).and_then(|d| d.parse::<u8>().ok()));
    let past = match doc_date {
        (Some(m), Some(d)) => (month, day) < (m, d),
        _ => false,
    };
    if past { on(year + 1) } else { Some(this) }.map(|d| d.iso())
}

fn trim_match_end(t: &str, end: usize) -> usize {
    t[..end].trim_end_matches(|c: char| c.is_whitespace() || c == '.' || c == '…' || c == '_').len()
}

/// Find the first date in `s` (any form above).
pub fn find_date(s: &str) -> Option<DateMatch> {
    let mut best: Option<DateMatch> = None;
    for re in [re_long(), re_numeric()] {
        for m in re.find_iter(s) {
            if let Some(mut dm) = parse_date_prefix(&s[m.start()..]) {
                dm.start += m.start();
                dm.end += m.start();
                if best.as_ref().map_or(true, |b| dm.start < b.start) {
                    best = Some(dm);
                }
                break;
            }
        }
    }
    best
}

fn re_month() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    // (a range of months, "Tháng 9 - 10/2025", "tháng 9 đến tháng 10/2025", first: its last month)
    R.get_or_init(|| {
        Regex::new(r"(?i)\btháng\s*\d{1,2}\s*(?:-|–|đến)\s*(?:tháng\s*)?(\d{1,2})\s*[/-]\s*(\d{4})\b|\btháng\s*(\d{1,2})\s*[/-]\s*(\d{4})\b|\btháng\s+(\d{1,2})\s+năm\s+(\d{4})\b").unwrap()
    })
}

fn re_quarter() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"(?i)\bquý\s*(I{1,3}|IV|[1-4])\s*(?:/|năm)\s*(\d{4})\b").unwrap())
}

/// Period expressions used for deadlines: "tháng 10/2024" -> 2024-10, "quý IV/2024" -> the quarter's last month.
pub fn parse_period(s: &str) -> Option<PartialDate> {
    if let Some(c) = re_quarter().captures(s) {
        let q = match &c[1].to_uppercase()[..] {
            "I" | "1" => 1,
            "II" | "2" => 2,
            "III" | "3" => 3,
            _ => 4,
        };
        let y: u16 = c[2].parse().ok()?;
        return Some(PartialDate { year: y, month: Some(q * 3), day: None });
    }
    if let Some(c) = re_month().captures(s) {
        let (m, y) = [(1, 2), (3, 4), (5, 6)].iter().find_map(|&(a, b)| Some((c.get(a)?.as_str(), c.get(b)?.as_str())))?;
        let m: u8 = m.parse().ok()?;
        let y: u16 = y.parse().ok()?;
        if (1..=12).contains(&m) {
            return Some(PartialDate { year: y, month: Some(m), day: None });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse_date_prefix(s).and_then(|m| m.date).map(|d| d.iso())
    }

    #[test]
    fn printed_forms() {
        assert_eq!(iso("ngày 12 tháng 3 năm 2024"), Some("2024-03-12".into()));
        assert_eq!(iso("ngày 27 tháng 02 năm\n2024 của Chính phủ"), Some("2024-02-27".into()));
        assert_eq!(iso("ngày 12/3/2024"), Some("2024-03-12".into()));
        assert_eq!(iso("12/03/2024"), Some("2024-03-12".into()));
        assert_eq!(iso("ngày 01-10-2024"), Some("2024-10-01".into()));
        assert_eq!(iso("Ngày 03 tháng 2 năm 2026"), Some("2026-02-03".into()));
    }

    #[test]
    fn blanks_keep_what_is_printed() {
        assert_eq!(iso("ngày    tháng    năm 2024"), Some("2024".into()));
        assert_eq!(iso("ngày …. tháng …. năm 2024"), Some("2024".into()));
        let m = parse_date_prefix("ngày tháng năm").unwrap();
        assert_eq!(m.date, None);
    }

    #[test]
    fn invalid_dates_rejected() {
        assert_eq!(iso("ngày 31/02/2024"), None);
        assert_eq!(iso("ngày 12/13/2024"), None);
        assert_eq!(iso("12/3-2024"), None);
    }

    #[test]
    fn hand_readers_capture_as_the_regexes() {
        // random texts of the forms' pieces, cases, separators, other digits and letters: the hand-written readers
        // give the regexes' captures, or leave the text to them (Unsure)
        let pieces = [
            "ngày", "Ngày", "NGÀY", "nGàY", "tháng", "THÁNG", "Tháng", "năm", "NĂM", "Năm", " ", "  ", "\n", ".", "…", "_", "\u{A0}", "\u{2003}",
            "1", "12", "123", "2024", "20245", "202", "/", "-", "x", "y", "ạ", "é", "\u{663}", "\u{FF11}", "_", "A", "\u{301}", ",",
        ];
        let mut rng = crate::TestRng::new(0x9E3779B97F4A7C15);
        let mut next = |n: usize| rng.below(n);
        let (mut long_sure, mut numeric_sure) = (0, 0);
        for round in 0..60_000 {
            let len = next(12);
            let mut t = String::new();
            // half the texts start as a date does
            if round % 2 == 0 {
                t.push_str(["ngày ", "Ngày ", "12/", "ngày 5 tháng ", ""][next(5)]);
            } else if round % 4 == 1 {
                // a numeric date with one piece changed
                let mut parts = vec!["ngày ", "12", "/", "3", "/", "2024"];
                let k = next(parts.len());
                parts[k] = pieces[next(pieces.len())];
                if next(2) == 0 {
                    parts[0] = "";
                }
                t.push_str(&parts.concat());
            }
            for _ in 0..len {
                t.push_str(pieces[next(pieces.len())]);
            }
            match long_groups(&t) {
                Ok(g) => {
                    long_sure += g.is_some() as usize;
                    assert_eq!(g, long_groups_re(&t), "{t:?}");
                }
                Err(Unsure) => {}
            }
            match numeric_groups(&t) {
                Ok(g) => {
                    numeric_sure += g.is_some() as usize;
                    assert_eq!(g, numeric_groups_re(&t), "{t:?}");
                }
                Err(Unsure) => {}
            }
        }
        // (the texts reach both forms' matches, not only their failures)
        assert!(long_sure > 100 && numeric_sure > 100, "{long_sure} {numeric_sure}");
    }

    #[test]
    fn find_first() {
        let s = "Kon Tum, ngày 05 tháng 10 năm 2024";
        let m = find_date(s).unwrap();
        assert_eq!(&s[m.start..m.end], "ngày 05 tháng 10 năm 2024");
        assert_eq!(m.date.unwrap().iso(), "2024-10-05");
    }

    #[test]
    fn periods() {
        assert_eq!(parse_period("trong quý IV/2024").unwrap().iso(), "2024-12");
        assert_eq!(parse_period("tháng 10/2024").unwrap().iso(), "2024-10");
        assert_eq!(parse_period("tháng 5 năm 2025").unwrap().iso(), "2025-05");
        // a range of months: its last (a time cell wrapped "Tháng 9 -" / "10/2025")
        assert_eq!(parse_period("Tháng 9 - 10/2025").unwrap().iso(), "2025-10");
        assert_eq!(parse_period("tháng 9 đến tháng 10/2025").unwrap().iso(), "2025-10");
        assert_eq!(parse_period("hằng tháng"), None);
    }

    #[test]
    fn a_day_without_its_year_takes_the_documents() {
        // ttg_cd_45, dated 17 July 2026: "... hoàn thành trong ngày 18/7"
        assert_eq!(yearless_day("trong ngày 18/7", "2026-07-17").as_deref(), Some("2026-07-18"));
        assert_eq!(yearless_day("trước ngày 5 tháng 8", "2026-07-17").as_deref(), Some("2026-08-05"));
        // already past on the document's date: the next year's
        assert_eq!(yearless_day("trước ngày 10/01", "2025-12-20").as_deref(), Some("2026-01-10"));
        // a year printed, or no valid day: not this reading's
        assert_eq!(yearless_day("trước ngày 18/7/2026", "2026-07-17"), None);
        assert_eq!(yearless_day("trước ngày 5 tháng 8 năm 2026", "2026-07-17"), None);
        assert_eq!(yearless_day("trong ngày 31/2", "2026-01-17"), None);
        assert_eq!(yearless_day("thường xuyên", "2026-01-17"), None);
    }
}
