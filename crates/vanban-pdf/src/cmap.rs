//! CMaps: ToUnicode maps (`bfchar`, `bfrange` with a start value or an array, UTF-16BE targets with surrogate
//! pairs) and embedded encoding CMaps (`codespacerange`, `cidchar`, `cidrange`).
//!
//! Codes are looked up by value; small ranges are expanded into the table, large ones stay ranges.

use crate::lexer::{Lexer, Tok};
use lopdf::Object;
use std::collections::HashMap;

/// Ranges up to this many codes are expanded into the table.
const EXPAND_RANGE: u32 = 256;
/// Upper bound on the entries one CMap may hold (a guard against absurd maps).
const MAX_ENTRIES: usize = 1 << 20;

/// Text for one code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    Str(&'a str),
    Char(char),
}

#[derive(Clone, Debug)]
struct Codespace {
    len: usize,
    lo: [u8; 4],
    hi: [u8; 4],
}

#[derive(Clone, Debug)]
struct UniRange {
    lo: u32,
    hi: u32,
    /// The target of `lo` as UTF-16 code units; the last unit is incremented across the range.
    base: Vec<u16>,
}

#[derive(Clone, Debug)]
struct CidRange {
    lo: u32,
    hi: u32,
    cid: u32,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct CMap {
    codespaces: Vec<Codespace>,
    uni: HashMap<u32, String>,
    uni_ranges: Vec<UniRange>,
    cids: HashMap<u32, u32>,
    cid_ranges: Vec<CidRange>,
    /// The `usecmap` name, if any (only the Identity maps are known).
    pub(crate) uses: Option<Vec<u8>>,
    /// Byte lengths of the source codes seen, for maps without a codespace.
    seen_lens: [bool; 5],
}

fn code_value(bytes: &[u8]) -> Option<(u32, usize)> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    let v = bytes.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b));
    Some((v, bytes.len()))
}

/// UTF-16BE bytes to text; a one-byte target (seen in broken maps) is read as Latin-1.
pub(crate) fn utf16be(bytes: &[u8]) -> String {
    if bytes.len() == 1 {
        return bytes.first().map(|&b| char::from(b).to_string()).unwrap_or_default();
    }
    let units: Vec<u16> = bytes.chunks(2).map(|c| u16::from_be_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)])).collect();
    char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect()
}

fn units_of(bytes: &[u8]) -> Vec<u16> {
    if bytes.len() == 1 {
        return bytes.iter().map(|&b| u16::from(b)).collect();
    }
    bytes.chunks(2).map(|c| u16::from_be_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)])).collect()
}

impl CMap {
    /// Parses a CMap program. Never fails: what cannot be read is left out.
    pub(crate) fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let mut lexer = Lexer::new(data);
        let mut operands: Vec<Object> = Vec::new();
        while let Some(tok) = lexer.next_tok() {
            match tok {
                Tok::Obj(o) => {
                    // Sections hold at most 100 entries by the spec; keep a generous bound on what we buffer.
                    if operands.len() < 1 << 16 {
                        operands.push(o);
                    }
                }
                Tok::Op(op) => {
                    match op {
                        b"endcodespacerange" => cmap.codespace_section(&operands),
                        b"endbfchar" => cmap.bfchar_section(&operands),
                        b"endbfrange" => cmap.bfrange_section(&operands),
                        b"endcidchar" => cmap.cidchar_section(&operands),
                        b"endcidrange" => cmap.cidrange_section(&operands),
                        b"usecmap" => {
                            if let Some(Object::Name(n)) = operands.last() {
                                cmap.uses = Some(n.clone());
                            }
                        }
                        _ => {}
                    }
                    operands.clear();
                }
            }
        }
        cmap
    }

    fn full(&self) -> bool {
        self.uni.len() + self.cids.len() >= MAX_ENTRIES
    }

    fn codespace_section(&mut self, ops: &[Object]) {
        for pair in ops.chunks(2) {
            if let [Object::String(lo, _), Object::String(hi, _)] = pair {
                if lo.len() == hi.len() && (1..=4).contains(&lo.len()) {
                    let mut cs = Codespace { len: lo.len(), lo: [0; 4], hi: [0; 4] };
                    for (i, (&l, &h)) in lo.iter().zip(hi.iter()).enumerate() {
                        if let (Some(a), Some(b)) = (cs.lo.get_mut(i), cs.hi.get_mut(i)) {
                            *a = l;
                            *b = h;
                        }
                    }
                    self.codespaces.push(cs);
                }
            }
        }
    }

    fn note_len(&mut self, len: usize) {
        if let Some(slot) = self.seen_lens.get_mut(len) {
            *slot = true;
        }
    }

    fn bfchar_section(&mut self, ops: &[Object]) {
        for pair in ops.chunks(2) {
            let [Object::String(src, _), dst] = pair else { continue };
            let Some((code, len)) = code_value(src) else { continue };
            let text = match dst {
                Object::String(d, _) => utf16be(d),
                Object::Name(n) => match crate::encoding::glyph_to_unicode(&String::from_utf8_lossy(n)) {
                    Some(t) => t,
                    None => continue,
                },
                _ => continue,
            };
            if self.full() {
                return;
            }
            self.note_len(len);
            self.uni.insert(code, text);
        }
    }

    fn bfrange_section(&mut self, ops: &[Object]) {
        for triple in ops.chunks(3) {
            let [Object::String(lo, _), Object::String(hi, _), dst] = triple else { continue };
            let (Some((lo, len)), Some((hi, _))) = (code_value(lo), code_value(hi)) else { continue };
            if hi < lo {
                continue;
            }
            self.note_len(len);
            match dst {
                Object::String(d, _) => {
                    let base = units_of(d);
                    if base.is_empty() {
                        continue;
                    }
                    if hi - lo < EXPAND_RANGE {
                        for (i, code) in (lo..=hi).enumerate() {
                            if self.full() {
                                return;
                            }
                            if let Some(t) = range_text(&base, i as u32) {
                                self.uni.insert(code, t);
                            }
                        }
                    } else {
                        self.uni_ranges.push(UniRange { lo, hi, base });
                    }
                }
                Object::Array(items) => {
                    for (code, item) in (lo..=hi).zip(items.iter()) {
                        if self.full() {
                            return;
                        }
                        if let Object::String(d, _) = item {
                            self.uni.insert(code, utf16be(d));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn cidchar_section(&mut self, ops: &[Object]) {
        for pair in ops.chunks(2) {
            if let [Object::String(src, _), Object::Integer(cid)] = pair {
                if let (Some((code, len)), Ok(cid)) = (code_value(src), u32::try_from(*cid)) {
                    if self.full() {
                        return;
                    }
                    self.note_len(len);
                    self.cids.insert(code, cid);
                }
            }
        }
    }

    fn cidrange_section(&mut self, ops: &[Object]) {
        for triple in ops.chunks(3) {
            if let [Object::String(lo, _), Object::String(hi, _), Object::Integer(cid)] = triple {
                if let (Some((lo, len)), Some((hi, _)), Ok(cid)) = (code_value(lo), code_value(hi), u32::try_from(*cid)) {
                    if hi >= lo {
                        self.note_len(len);
                        self.cid_ranges.push(CidRange { lo, hi, cid });
                    }
                }
            }
        }
    }

    /// The text of a code, if the map gives one.
    pub(crate) fn lookup(&self, code: u32) -> Option<Piece<'_>> {
        if let Some(t) = self.uni.get(&code) {
            return Some(Piece::Str(t.as_str()));
        }
        for r in &self.uni_ranges {
            if (r.lo..=r.hi).contains(&code) {
                let t = range_text(&r.base, code - r.lo)?;
                let mut chars = t.chars();
                return match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(Piece::Char(c)),
                    _ => None,
                };
            }
        }
        None
    }

    /// The smallest code whose text is `text`, among the codes listed one by one.
    pub(crate) fn code_of(&self, text: &str) -> Option<u32> {
        self.uni.iter().filter(|(_, t)| t.as_str() == text).map(|(&c, _)| c).min()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.uni.is_empty() && self.uni_ranges.is_empty()
    }

    /// The CID of a code in an encoding CMap, if the map gives one.
    pub(crate) fn cid(&self, code: u32) -> Option<u32> {
        if let Some(&c) = self.cids.get(&code) {
            return Some(c);
        }
        self.cid_ranges.iter().find(|r| (r.lo..=r.hi).contains(&code)).and_then(|r| r.cid.checked_add(code - r.lo))
    }

    /// The length in bytes of the code starting `bytes`, by the codespace ranges (or the source codes seen).
    pub(crate) fn code_len(&self, bytes: &[u8]) -> usize {
        if self.codespaces.is_empty() {
            let lens = &self.seen_lens;
            let only = (1..=4).filter(|&n| lens.get(n).copied().unwrap_or(false)).collect::<Vec<_>>();
            return match only.as_slice() {
                [n] => *n,
                _ => 2,
            };
        }
        for cs in &self.codespaces {
            if bytes.len() < cs.len {
                continue;
            }
            let fits = (0..cs.len).all(|i| match (bytes.get(i), cs.lo.get(i), cs.hi.get(i)) {
                (Some(b), Some(l), Some(h)) => l <= b && b <= h,
                _ => false,
            });
            if fits {
                return cs.len;
            }
        }
        // No range matches: take the shortest length of the ranges.
        self.codespaces.iter().map(|c| c.len).min().unwrap_or(1)
    }
}

fn range_text(base: &[u16], offset: u32) -> Option<String> {
    let mut units = base.to_vec();
    let last = units.last_mut()?;
    *last = u16::try_from(u32::from(*last).checked_add(offset)?).ok()?;
    let s: String = char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect();
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar
<0003> <0020>
<01A1> <01A1>
<0102> <D835DC00>
endbfchar
3 beginbfrange
<0010> <0012> <0041>
<0020> <0021> [<0078> <00660069>]
<1000> <2000> <4E00>
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn tounicode() {
        let m = CMap::parse(MAP);
        assert_eq!(m.lookup(3), Some(Piece::Str(" ")));
        assert_eq!(m.lookup(0x1A1), Some(Piece::Str("ơ")));
        assert_eq!(m.lookup(0x102), Some(Piece::Str("\u{1D400}")));
        assert_eq!(m.lookup(0x12), Some(Piece::Str("C")));
        assert_eq!(m.lookup(0x21), Some(Piece::Str("fi")));
        assert_eq!(m.lookup(0x1001), Some(Piece::Char('\u{4E01}')));
        assert_eq!(m.lookup(0x5000), None);
        assert_eq!(m.code_len(&[0, 3]), 2);
    }

    #[test]
    fn codespaces_of_mixed_lengths() {
        let m = CMap::parse(b"2 begincodespacerange <00> <80> <8140> <FEFE> endcodespacerange");
        assert_eq!(m.code_len(&[0x41, 0x81]), 1);
        assert_eq!(m.code_len(&[0x81, 0x41]), 2);
    }

    #[test]
    fn garbage_is_harmless() {
        let _ = CMap::parse(b"beginbfrange <00> endbfrange <FFFFFFFF> <00000000> <0041> endbfrange [[[[ (");
        let m = CMap::parse(b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange");
        assert_eq!(m.lookup(0), Some(Piece::Char('A')));
        assert_eq!(m.lookup(0xFFFF_FFFF), None);
    }
}
