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

/// Parse a date at the very start of `s` (after optional spaces). Returns the match with offsets into `s`.
pub fn parse_date_prefix(s: &str) -> Option<DateMatch> {
    let lead = s.len() - s.trim_start().len();
    let t = &s[lead..];
    if let Some(c) = re_prefix()[0].captures(t) {
        let m = c.get(0).unwrap();
        {
            let day = c.get(1).and_then(|x| x.as_str().parse::<u8>().ok());
            let month = c.get(2).and_then(|x| x.as_str().parse::<u8>().ok());
            let year = c.get(3).and_then(|x| x.as_str().parse::<u16>().ok());
            let date = match (year, month, day) {
                (Some(y), Some(mo), Some(d)) => PartialDate::ymd(y, mo, d),
                (Some(y), Some(mo), None) if (1..=12).contains(&mo) => {
                    Some(PartialDate { year: y, month: Some(mo), day: None })
                }
                (Some(y), _, _) if (1900..=2100).contains(&y) => Some(PartialDate { year: y, month: None, day: None }),
                _ => None,
            };
            // a long form with a day but no year is not a date we can use, but it is still "the date slot"
            let end = trim_match_end(t, m.end());
            return Some(DateMatch { date, start: lead, end: lead + end });
        }
    }
    if let Some(c) = re_prefix()[1].captures(t) {
        let m = c.get(0).unwrap();
        if c.get(2).map(|x| x.as_str()) == c.get(4).map(|x| x.as_str()) {
            let d: u8 = c[1].parse().ok()?;
            let mo: u8 = c[3].parse().ok()?;
            let y: u16 = c[5].parse().ok()?;
            let date = PartialDate::ymd(y, mo, d)?;
            return Some(DateMatch { date: Some(date), start: lead, end: lead + m.end() });
        }
    }
    None
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
}
