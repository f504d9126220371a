//! Fonts as text decoders: how a shown string splits into codes, each code's Unicode text and its width.
//!
//! - Simple fonts (Type1, TrueType, Type3): one byte per code; text from the ToUnicode map, else from the
//!   encoding (base encoding + Differences, or the built-in encoding of an embedded Type1 program) through glyph
//!   names; widths from /Widths (or the standard-font metrics).
//! - Type0 fonts: codes split by the encoding CMap (Identity-H/V: two bytes; an embedded CMap: its codespace);
//!   text from the ToUnicode map (or the code itself for the UCS-2 CMaps); widths from the CIDFont's /W and /DW.

use crate::cmap::{CMap, Piece};
use crate::document::{deref, get, get_dict, get_name, get_number, number, stream_data};
use crate::encoding::{glyph_to_unicode, std14_width, BaseEncoding};
use crate::filters::Budget;
use lopdf::{Dictionary, Document, Object};
use std::collections::HashMap;

enum Codes {
    One,
    Two,
    CMap(CMap),
}

enum Widths {
    Simple { first: i64, widths: Vec<f64>, missing: f64 },
    Cid { single: HashMap<u32, f64>, ranges: Vec<(u32, u32, f64)>, default: f64 },
}

pub(crate) struct Font {
    pub(crate) name: String,
    codes: Codes,
    to_unicode: Option<CMap>,
    /// Text of each one-byte code from the encoding and glyph names (simple fonts).
    simple: Vec<Option<String>>,
    /// A symbolic simple font with nothing else to go on: codes read as Latin-1.
    latin1_fallback: bool,
    /// The encoding CMap is a UCS-2/UTF-16 one: the code is the character.
    ucs2: bool,
    widths: Widths,
    /// Glyph space to text space (1/1000, or a Type3 font's FontMatrix).
    scale: f64,
    /// Width of a space in text space units at size 1.
    pub(crate) space_width: f64,
}

/// One code of a shown string.
pub(crate) struct Glyph<'a> {
    /// Advance in text space units at font size 1 (before Tc, Tw, Tz).
    pub(crate) width: f64,
    /// A one-byte code 32, to which word spacing applies.
    pub(crate) word_space: bool,
    pub(crate) text: Option<Piece<'a>>,
}

fn is_printable(c: char) -> bool {
    !c.is_control() && c != '\u{FFFD}' && c != '\u{FEFF}'
}

impl Font {
    /// A font from its dictionary. Never fails: what cannot be read decodes to nothing.
    pub(crate) fn load(doc: &Document, dict: &Dictionary, budget: &mut Budget) -> Font {
        let subtype = get_name(doc, dict, b"Subtype").unwrap_or(b"");
        let name = get_name(doc, dict, b"BaseFont").map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_default();
        let to_unicode = dict
            .get(b"ToUnicode")
            .ok()
            .and_then(|o| stream_data(doc, o, budget).ok().flatten())
            .map(|data| CMap::parse(&data))
            .filter(|m| !m.is_empty());
        if subtype == b"Type0" {
            Self::load_type0(doc, dict, name, to_unicode, budget)
        } else {
            Self::load_simple(doc, dict, subtype, name, to_unicode, budget)
        }
    }

    fn load_simple(doc: &Document, dict: &Dictionary, subtype: &[u8], name: String, to_unicode: Option<CMap>, budget: &mut Budget) -> Font {
        let descriptor = get_dict(doc, dict, b"FontDescriptor");
        let flags = descriptor.and_then(|d| get(doc, d, b"Flags")).and_then(|o| o.as_i64().ok()).unwrap_or(0);
        let symbolic = flags & 4 != 0 && flags & 32 == 0;
        let plain = name.rsplit('+').next().unwrap_or(&name).to_string();
        let std_symbol = plain.starts_with("Symbol") || plain.starts_with("ZapfDingbats");

        // Glyph names per code: base encoding, then Differences.
        let mut names: Vec<Option<String>> = vec![None; 256];
        let encoding = get(doc, dict, b"Encoding");
        let (base_name, differences) = match encoding {
            Some(Object::Name(n)) => (Some(n.as_slice()), None),
            Some(Object::Dictionary(d)) => (get_name(doc, d, b"BaseEncoding"), get(doc, d, b"Differences")),
            _ => (None, None),
        };
        let base = base_name.and_then(BaseEncoding::from_name).or_else(|| {
            if std_symbol || subtype == b"Type3" {
                None
            } else if subtype == b"TrueType" {
                (!symbolic).then_some(BaseEncoding::WinAnsi)
            } else {
                None
            }
        });
        match base {
            Some(b) => {
                for (code, slot) in names.iter_mut().enumerate() {
                    *slot = b.glyph_name(code as u8).map(str::to_string);
                }
            }
            None if subtype != b"TrueType" && subtype != b"Type3" && !std_symbol => {
                // A Type1 font without an encoding uses its built-in one: read it from the embedded program
                // when there is one, else StandardEncoding.
                let builtin = descriptor.and_then(|d| d.get(b"FontFile").ok()).and_then(|o| stream_data(doc, o, budget).ok().flatten());
                let from_program = builtin.map(|p| type1_builtin_encoding(&p)).filter(|m| m.iter().any(Option::is_some));
                match from_program {
                    Some(m) => names = m,
                    None => {
                        for (code, slot) in names.iter_mut().enumerate() {
                            *slot = BaseEncoding::Standard.glyph_name(code as u8).map(str::to_string);
                        }
                    }
                }
            }
            None => {}
        }
        if let Some(Object::Array(diffs)) = differences {
            let mut code: i64 = 0;
            for item in diffs {
                match deref(doc, item) {
                    Some(Object::Integer(c)) => code = *c,
                    Some(Object::Name(n)) => {
                        if let Some(slot) = usize::try_from(code).ok().and_then(|c| names.get_mut(c)) {
                            *slot = Some(String::from_utf8_lossy(n).into_owned());
                        }
                        code = code.saturating_add(1);
                    }
                    _ => {}
                }
            }
        }
        let simple: Vec<Option<String>> = names.iter().map(|n| n.as_deref().and_then(glyph_to_unicode)).collect();
        let latin1_fallback = to_unicode.is_none() && simple.iter().all(Option::is_none);

        // Widths.
        let scale = if subtype == b"Type3" {
            match get(doc, dict, b"FontMatrix") {
                Some(Object::Array(m)) => m.first().and_then(|o| deref(doc, o)).and_then(number).map(f64::abs).filter(|v| *v > 0.0 && *v < 1.0).unwrap_or(0.001),
                _ => 0.001,
            }
        } else {
            0.001
        };
        let first = get(doc, dict, b"FirstChar").and_then(|o| o.as_i64().ok()).unwrap_or(0);
        let missing = descriptor.and_then(|d| get_number(doc, d, b"MissingWidth")).unwrap_or(0.0);
        let widths = match get(doc, dict, b"Widths") {
            Some(Object::Array(w)) => w.iter().take(256).map(|o| deref(doc, o).and_then(number).unwrap_or(missing)).collect(),
            _ => {
                // A standard font named without widths: its metrics by glyph name.
                (0..256)
                    .map(|c| {
                        names.get(c).and_then(|n| n.as_deref()).and_then(|n| std14_width(&plain, n)).unwrap_or(if missing > 0.0 { missing } else { 500.0 })
                    })
                    .collect::<Vec<f64>>()
            }
        };
        let first = if get(doc, dict, b"Widths").is_some() { first } else { 0 };
        let widths = Widths::Simple { first, widths, missing };

        let mut font = Font { name, codes: Codes::One, to_unicode, simple, latin1_fallback, ucs2: false, widths, scale, space_width: 0.0 };
        font.space_width = font.find_space_width();
        font
    }

    fn load_type0(doc: &Document, dict: &Dictionary, name: String, to_unicode: Option<CMap>, budget: &mut Budget) -> Font {
        let mut ucs2 = false;
        let codes = match get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                let n = String::from_utf8_lossy(n);
                ucs2 = n.contains("UCS2") || n.contains("UTF16");
                Codes::Two
            }
            Some(Object::Stream(s)) => {
                let data = crate::filters::decode_stream(doc, s, budget).unwrap_or_default();
                let cmap = CMap::parse(&data);
                match cmap.uses.as_deref() {
                    Some(b"Identity-H" | b"Identity-V") => Codes::Two,
                    _ => Codes::CMap(cmap),
                }
            }
            _ => Codes::Two,
        };
        let descendant = match get(doc, dict, b"DescendantFonts") {
            Some(Object::Array(a)) => a.first().and_then(|o| deref(doc, o)).and_then(|o| match o {
                Object::Dictionary(d) => Some(d),
                _ => None,
            }),
            _ => None,
        };
        let mut single = HashMap::new();
        let mut ranges = Vec::new();
        let mut default = 1000.0;
        if let Some(cid) = descendant {
            default = get_number(doc, cid, b"DW").unwrap_or(1000.0);
            if let Some(Object::Array(w)) = get(doc, cid, b"W") {
                parse_w(doc, w, &mut single, &mut ranges);
            }
            if let Some(info) = get_dict(doc, cid, b"CIDSystemInfo") {
                if let Some(Object::String(ordering, _)) = get(doc, info, b"Ordering") {
                    ucs2 |= ordering.as_slice() == b"UCS";
                }
            }
        }
        let widths = Widths::Cid { single, ranges, default };
        let mut font = Font { name, codes, to_unicode, simple: Vec::new(), latin1_fallback: false, ucs2, widths, scale: 0.001, space_width: 0.0 };
        font.space_width = font.find_space_width();
        font
    }

    /// Whether any code of this font can be decoded at all.
    pub(crate) fn decodable(&self) -> bool {
        self.to_unicode.is_some() || self.latin1_fallback || self.ucs2 || self.simple.iter().any(Option::is_some)
    }

    fn width_of(&self, code: u32) -> f64 {
        let w = match &self.widths {
            Widths::Simple { first, widths, missing } => {
                let idx = i64::from(code).checked_sub(*first);
                idx.and_then(|i| usize::try_from(i).ok()).and_then(|i| widths.get(i)).copied().unwrap_or(*missing)
            }
            Widths::Cid { single, ranges, default } => {
                let cid = match &self.codes {
                    Codes::CMap(c) => c.cid(code).unwrap_or(code),
                    _ => code,
                };
                single
                    .get(&cid)
                    .copied()
                    .or_else(|| ranges.iter().find(|(lo, hi, _)| (*lo..=*hi).contains(&cid)).map(|r| r.2))
                    .unwrap_or(*default)
            }
        };
        w * self.scale
    }

    fn text_of(&self, code: u32) -> Option<Piece<'_>> {
        if let Some(m) = &self.to_unicode {
            if let Some(p) = m.lookup(code) {
                let ok = match p {
                    Piece::Char(c) => is_printable(c) || c == ' ',
                    Piece::Str(s) => !s.is_empty() && s.chars().any(|c| is_printable(c) || c == ' '),
                };
                if ok {
                    return Some(p);
                }
            }
        }
        if let Some(Some(t)) = usize::try_from(code).ok().and_then(|c| self.simple.get(c)) {
            return Some(Piece::Str(t));
        }
        if self.latin1_fallback {
            let c = char::from_u32(code).filter(|c| (' '..='~').contains(c) || ('\u{A0}'..='\u{FF}').contains(c));
            return c.map(Piece::Char);
        }
        if self.ucs2 {
            return char::from_u32(code).filter(|&c| is_printable(c)).map(Piece::Char);
        }
        None
    }

    fn find_space_width(&self) -> f64 {
        let mut w = 0.0;
        if let Codes::One = self.codes {
            if matches!(self.text_of(32), Some(Piece::Str(" ") | Piece::Char(' '))) {
                w = self.width_of(32);
            }
        } else if let Some(code) = self.to_unicode.as_ref().and_then(|m| m.code_of(" ")) {
            w = self.width_of(code);
        }
        if !(0.1..=0.6).contains(&w) {
            w = 0.25;
        }
        w
    }

    /// Calls `f` for each code of a shown string, in order.
    pub(crate) fn each_glyph(&self, bytes: &[u8], mut f: impl FnMut(Glyph<'_>)) {
        let mut i = 0usize;
        while i < bytes.len() {
            let rest = bytes.get(i..).unwrap_or(&[]);
            let n = match &self.codes {
                Codes::One => 1,
                Codes::Two => 2,
                Codes::CMap(c) => c.code_len(rest),
            }
            .clamp(1, 4)
            .min(rest.len());
            let code = rest.iter().take(n).fold(0u32, |acc, &b| acc << 8 | u32::from(b));
            f(Glyph { width: self.width_of(code), word_space: n == 1 && code == 32, text: self.text_of(code) });
            i += n;
        }
    }
}

/// The /W array of a CIDFont: `c [w1 w2 …]` and `c_first c_last w`.
fn parse_w(doc: &Document, w: &[Object], single: &mut HashMap<u32, f64>, ranges: &mut Vec<(u32, u32, f64)>) {
    let items: Vec<&Object> = w.iter().filter_map(|o| deref(doc, o)).collect();
    let mut i = 0usize;
    while let Some(first) = items.get(i) {
        let Some(c) = first.as_i64().ok().and_then(|c| u32::try_from(c).ok()) else {
            i += 1;
            continue;
        };
        match items.get(i + 1) {
            Some(Object::Array(ws)) => {
                for (k, wo) in ws.iter().enumerate() {
                    if let (Some(wv), Some(cid)) = (deref(doc, wo).and_then(number), u32::try_from(k).ok().and_then(|k| c.checked_add(k))) {
                        single.insert(cid, wv);
                    }
                }
                i += 2;
            }
            Some(last) => {
                let last = last.as_i64().ok().and_then(|c| u32::try_from(c).ok());
                let wv = items.get(i + 2).and_then(|o| number(o));
                if let (Some(last), Some(wv)) = (last, wv) {
                    if last >= c {
                        ranges.push((c, last, wv));
                    }
                }
                i += 3;
            }
            None => break,
        }
    }
}

/// The built-in encoding of a Type1 font program: its `dup <code> /<name> put` entries.
fn type1_builtin_encoding(program: &[u8]) -> Vec<Option<String>> {
    let mut names = vec![None; 256];
    // The encoding is in the clear-text part, before `eexec`.
    let end = program.windows(5).position(|w| w == b"eexec").unwrap_or(program.len());
    let clear = String::from_utf8_lossy(program.get(..end).unwrap_or(&[]));
    let mut words = clear.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if w != "dup" {
            continue;
        }
        let (Some(code), Some(name)) = (words.next(), words.next()) else { break };
        if let (Ok(code), Some(name)) = (code.parse::<usize>(), name.strip_prefix('/')) {
            if words.peek() == Some(&"put") {
                if let Some(slot) = names.get_mut(code) {
                    *slot = Some(name.to_string());
                }
            }
        }
    }
    names
}
