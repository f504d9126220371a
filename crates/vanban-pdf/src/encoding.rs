//! Simple-font encodings and glyph names, read from the tables in `data/` (data, not code):
//! `encodings.tsv` (StandardEncoding, MacRomanEncoding, WinAnsiEncoding), `glyphlist.txt` (glyph name →
//! Unicode, the Adobe Glyph List for Latin with Vietnamese, Greek, Cyrillic, punctuation and symbols) and
//! `std14_widths.tsv` (widths of the standard fonts that files name without /Widths).

use std::collections::HashMap;
use std::sync::OnceLock;

const ENCODINGS: &str = include_str!("../data/encodings.tsv");
const GLYPHLIST: &str = include_str!("../data/glyphlist.txt");
const STD14_WIDTHS: &str = include_str!("../data/std14_widths.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BaseEncoding {
    Standard,
    MacRoman,
    WinAnsi,
}

impl BaseEncoding {
    pub(crate) fn from_name(name: &[u8]) -> Option<Self> {
        match name {
            b"StandardEncoding" => Some(Self::Standard),
            b"MacRomanEncoding" | b"MacExpertEncoding" => Some(Self::MacRoman),
            b"WinAnsiEncoding" | b"PDFDocEncoding" => Some(Self::WinAnsi),
            _ => None,
        }
    }

    fn column(self) -> usize {
        match self {
            Self::Standard => 0,
            Self::MacRoman => 1,
            Self::WinAnsi => 2,
        }
    }

    /// The glyph name of a code, if the encoding defines it.
    pub(crate) fn glyph_name(self, code: u8) -> Option<&'static str> {
        let tables = encoding_tables();
        tables.get(self.column()).and_then(|t| t.get(usize::from(code)).copied().flatten())
    }
}

type Table = [Option<&'static str>; 256];

fn encoding_tables() -> &'static [Table; 3] {
    static TABLES: OnceLock<[Table; 3]> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut tables = [[None; 256]; 3];
        for line in ENCODINGS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let Some(code) = cols.next().and_then(|c| c.parse::<u8>().ok()) else { continue };
            for table in tables.iter_mut() {
                match cols.next() {
                    Some("-") | None => {}
                    Some(name) => {
                        if let Some(slot) = table.get_mut(usize::from(code)) {
                            *slot = Some(name);
                        }
                    }
                }
            }
        }
        tables
    })
}

fn glyph_list() -> &'static HashMap<&'static str, String> {
    static LIST: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut map = HashMap::with_capacity(2100);
        for line in GLYPHLIST.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((name, codes)) = line.split_once(';') else { continue };
            let text: String = codes
                .split(' ')
                .filter_map(|h| u32::from_str_radix(h, 16).ok())
                .filter_map(char::from_u32)
                .collect();
            if !text.is_empty() {
                map.insert(name, text);
            }
        }
        map
    })
}

/// A glyph name's text, from the glyph list or by the naming rules (`uniXXXX…`, `uXXXX[XX]`, `name.suffix`,
/// `f_f_i`). `None` when the name says nothing about the character (`g123`, `cid45`, `.notdef`).
pub(crate) fn glyph_to_unicode(name: &str) -> Option<String> {
    if let Some(t) = glyph_list().get(name) {
        return Some(t.clone());
    }
    // Suffixes name variants of the same character: "a.sc", "one.oldstyle".
    let base = name.split('.').next().unwrap_or("");
    if base.is_empty() {
        return None;
    }
    if base.contains('_') {
        let parts: Option<String> = base.split('_').map(single_component).collect();
        return parts.filter(|s| !s.is_empty());
    }
    single_component(base)
}

fn single_component(name: &str) -> Option<String> {
    if let Some(t) = glyph_list().get(name) {
        return Some(t.clone());
    }
    if let Some(hex) = name.strip_prefix("uni") {
        if hex.len() >= 4 && hex.len() % 4 == 0 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            let mut out = String::new();
            let mut i = 0;
            while let Some(chunk) = hex.get(i..i + 4) {
                let v = u32::from_str_radix(chunk, 16).ok()?;
                // Surrogates are not characters here.
                out.push(char::from_u32(v)?);
                i += 4;
            }
            return Some(out);
        }
    }
    if let Some(hex) = name.strip_prefix('u') {
        if (4..=6).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            let v = u32::from_str_radix(hex, 16).ok()?;
            return char::from_u32(v).map(String::from);
        }
    }
    None
}

/// The standard 14 fonts whose widths `std14_widths.tsv` gives, by column.
fn std14_column(base_font: &str) -> Option<usize> {
    // Subset prefixes ("ABCDEF+") and style suffixes after a comma ("Arial,Bold") are dropped.
    let name = base_font.rsplit('+').next().unwrap_or(base_font);
    let lower = name.to_ascii_lowercase();
    let bold = lower.contains("bold");
    let italic = lower.contains("italic") || lower.contains("oblique");
    let times = lower.starts_with("times");
    let helv = lower.starts_with("helvetica") || lower.starts_with("arial");
    let col = match (times, helv) {
        (true, _) => 0,
        (false, true) => 4,
        _ => return None,
    };
    Some(col + usize::from(bold) + 2 * usize::from(italic))
}

/// Width (1/1000 em) of a glyph in a standard font named without widths; Courier is fixed at 600.
pub(crate) fn std14_width(base_font: &str, glyph: &str) -> Option<f64> {
    if base_font.to_ascii_lowercase().contains("courier") {
        return Some(600.0);
    }
    let col = std14_column(base_font)?;
    static WIDTHS: OnceLock<HashMap<&'static str, [u16; 8]>> = OnceLock::new();
    let table = WIDTHS.get_or_init(|| {
        let mut map = HashMap::new();
        for line in STD14_WIDTHS.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let Some(name) = cols.next() else { continue };
            let mut w = [0u16; 8];
            for slot in w.iter_mut() {
                *slot = cols.next().and_then(|c| c.parse().ok()).unwrap_or(0);
            }
            map.insert(name, w);
        }
        map
    });
    table.get(glyph).and_then(|w| w.get(col)).map(|&w| f64::from(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names() {
        assert_eq!(glyph_to_unicode("Adotbelow").as_deref(), Some("\u{1EA0}"));
        assert_eq!(glyph_to_unicode("ohornhookabove").as_deref(), Some("\u{1EDF}"));
        assert_eq!(glyph_to_unicode("dcroat").as_deref(), Some("đ"));
        assert_eq!(glyph_to_unicode("uni1EA1").as_deref(), Some("ạ"));
        assert_eq!(glyph_to_unicode("uni00410042").as_deref(), Some("AB"));
        assert_eq!(glyph_to_unicode("u1EF9").as_deref(), Some("ỹ"));
        assert_eq!(glyph_to_unicode("a.sc").as_deref(), Some("a"));
        assert_eq!(glyph_to_unicode("f_i").as_deref(), Some("fi"));
        assert_eq!(glyph_to_unicode("g123"), None);
        assert_eq!(glyph_to_unicode(".notdef"), None);
        assert_eq!(glyph_to_unicode("uniD800"), None);
    }

    #[test]
    fn base_encodings() {
        assert_eq!(BaseEncoding::WinAnsi.glyph_name(0x80), Some("Euro"));
        assert_eq!(BaseEncoding::WinAnsi.glyph_name(0xE0), Some("agrave"));
        assert_eq!(BaseEncoding::MacRoman.glyph_name(0x8A), Some("adieresis"));
        assert_eq!(BaseEncoding::Standard.glyph_name(0x27), Some("quoteright"));
        assert_eq!(BaseEncoding::Standard.glyph_name(0x10), None);
    }

    #[test]
    fn standard_widths() {
        assert_eq!(std14_width("Helvetica", "a"), Some(556.0));
        assert_eq!(std14_width("Times-Bold", "space"), Some(250.0));
        assert_eq!(std14_width("Courier", "anything"), Some(600.0));
        assert_eq!(std14_width("Symbol", "alpha"), None);
    }
}
