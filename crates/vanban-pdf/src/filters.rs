//! Stream filters with a byte budget: FlateDecode (with PNG/TIFF predictors), LZWDecode, ASCIIHexDecode,
//! ASCII85Decode, RunLengthDecode. Every decoded byte is charged to the [`Budget`], so a decompression bomb
//! stops at the limit instead of filling memory.

use crate::document::{deref, get};
use lopdf::{Dictionary, Document, Object, Stream};
use std::io::{Read, Write};

/// What is left of the decoded-bytes allowance of one extraction.
#[derive(Debug)]
pub(crate) struct Budget {
    pub(crate) remaining: usize,
    pub(crate) exceeded: bool,
}

impl Budget {
    pub(crate) fn new(max: usize) -> Self {
        Budget { remaining: max, exceeded: false }
    }

    /// Charges `n` bytes; false (and marked) when they do not fit.
    pub(crate) fn charge(&mut self, n: usize) -> bool {
        if n > self.remaining {
            self.exceeded = true;
            self.remaining = 0;
            false
        } else {
            self.remaining -= n;
            true
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum DecodeError {
    Limit,
    Unsupported,
}

/// The decoded data of a stream. Corrupt compressed data yields what could be decoded before the damage.
pub(crate) fn decode_stream(doc: &Document, stream: &Stream, budget: &mut Budget) -> Result<Vec<u8>, DecodeError> {
    let filters: Vec<Vec<u8>> = match get(doc, &stream.dict, b"Filter") {
        None => Vec::new(),
        Some(Object::Name(n)) => vec![n.clone()],
        Some(Object::Array(items)) => items
            .iter()
            .filter_map(|o| match deref(doc, o) {
                Some(Object::Name(n)) => Some(n.clone()),
                _ => None,
            })
            .collect(),
        Some(_) => return Err(DecodeError::Unsupported),
    };
    let params: Vec<Option<&Dictionary>> = match get(doc, &stream.dict, b"DecodeParms").or_else(|| get(doc, &stream.dict, b"DP")) {
        Some(Object::Dictionary(d)) => vec![Some(d)],
        Some(Object::Array(items)) => items
            .iter()
            .map(|o| match deref(doc, o) {
                Some(Object::Dictionary(d)) => Some(d),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if filters.is_empty() {
        if !budget.charge(stream.content.len()) {
            return Err(DecodeError::Limit);
        }
        return Ok(stream.content.clone());
    }
    let mut data: Option<Vec<u8>> = None;
    for (i, filter) in filters.iter().enumerate() {
        let input: &[u8] = data.as_deref().unwrap_or(&stream.content);
        let param = params.get(i).copied().flatten();
        let out = decode_one(doc, filter, input, param, budget)?;
        data = Some(out);
    }
    Ok(data.unwrap_or_default())
}

fn decode_one(doc: &Document, filter: &[u8], input: &[u8], params: Option<&Dictionary>, budget: &mut Budget) -> Result<Vec<u8>, DecodeError> {
    let out = match filter {
        b"FlateDecode" | b"Fl" => {
            let raw = inflate(input, budget.remaining)?;
            predict(doc, raw, params)?
        }
        b"LZWDecode" | b"LZW" => {
            let early = params.and_then(|p| get(doc, p, b"EarlyChange")).and_then(|o| o.as_i64().ok()).unwrap_or(1) != 0;
            let raw = lzw(input, early, budget.remaining)?;
            predict(doc, raw, params)?
        }
        b"ASCIIHexDecode" | b"AHx" => ascii_hex(input),
        b"ASCII85Decode" | b"A85" => ascii85(input),
        b"RunLengthDecode" | b"RL" => run_length(input, budget.remaining)?,
        b"Crypt" => input.to_vec(),
        _ => return Err(DecodeError::Unsupported),
    };
    if !budget.charge(out.len()) {
        return Err(DecodeError::Limit);
    }
    Ok(out)
}

/// zlib data (or raw deflate, which some writers produce), at most `max` bytes.
pub(crate) fn inflate(input: &[u8], max: usize) -> Result<Vec<u8>, DecodeError> {
    let cap = (max as u64).saturating_add(1);
    let mut out = Vec::with_capacity(input.len().saturating_mul(3).min(max).min(1 << 24));
    let zlib_header = input.len() >= 2 && input.first().is_some_and(|b| b & 0x0F == 8);
    if zlib_header {
        // Errors keep the bytes decoded before the damage.
        let _ = flate2::read::ZlibDecoder::new(input).take(cap).read_to_end(&mut out);
    }
    if out.is_empty() {
        out.clear();
        let _ = flate2::read::DeflateDecoder::new(input).take(cap).read_to_end(&mut out);
    }
    if out.len() > max {
        return Err(DecodeError::Limit);
    }
    Ok(out)
}

struct CappedWriter<'a> {
    out: &'a mut Vec<u8>,
    max: usize,
}

impl Write for CappedWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.out.len().saturating_add(buf.len()) > self.max {
            return Err(std::io::Error::other("limit"));
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn lzw(input: &[u8], early_change: bool, max: usize) -> Result<Vec<u8>, DecodeError> {
    use weezl::{decode::Decoder, BitOrder};
    let mut decoder = if early_change { Decoder::with_tiff_size_switch(BitOrder::Msb, 8) } else { Decoder::new(BitOrder::Msb, 8) };
    let mut out = Vec::new();
    let result = decoder.into_stream(CappedWriter { out: &mut out, max }).decode_all(input);
    if let Err(e) = result.status {
        if e.kind() == std::io::ErrorKind::Other && e.to_string() == "limit" {
            return Err(DecodeError::Limit);
        }
    }
    Ok(out)
}

fn int_param(doc: &Document, params: Option<&Dictionary>, key: &[u8], default: i64) -> i64 {
    params.and_then(|p| get(doc, p, key)).and_then(|o| o.as_i64().ok()).unwrap_or(default)
}

/// Undoes the PNG (10–15) and TIFF (2, 8-bit) predictors.
fn predict(doc: &Document, data: Vec<u8>, params: Option<&Dictionary>) -> Result<Vec<u8>, DecodeError> {
    let predictor = int_param(doc, params, b"Predictor", 1);
    if predictor <= 1 {
        return Ok(data);
    }
    let colors = int_param(doc, params, b"Colors", 1).clamp(1, 32) as usize;
    let bpc = int_param(doc, params, b"BitsPerComponent", 8).clamp(1, 16) as usize;
    let columns = int_param(doc, params, b"Columns", 1).clamp(1, 1 << 20) as usize;
    let bpp = (colors * bpc).div_ceil(8).max(1);
    let row_len = (colors * bpc * columns).div_ceil(8);
    if row_len == 0 {
        return Ok(data);
    }
    if predictor == 2 {
        if bpc != 8 {
            return Ok(data);
        }
        let mut out = data;
        for row in out.chunks_mut(row_len) {
            for i in bpp..row.len() {
                let left = row.get(i - bpp).copied().unwrap_or(0);
                if let Some(b) = row.get_mut(i) {
                    *b = b.wrapping_add(left);
                }
            }
        }
        return Ok(out);
    }
    if predictor < 10 {
        return Err(DecodeError::Unsupported);
    }
    let mut out = Vec::with_capacity(data.len());
    let mut prev = vec![0u8; row_len];
    let mut cur = vec![0u8; row_len];
    for chunk in data.chunks(row_len + 1) {
        let Some((&kind, row)) = chunk.split_first() else { break };
        cur.fill(0);
        for (i, &raw) in row.iter().enumerate() {
            let left = if i >= bpp { cur.get(i - bpp).copied().unwrap_or(0) } else { 0 };
            let up = prev.get(i).copied().unwrap_or(0);
            let up_left = if i >= bpp { prev.get(i - bpp).copied().unwrap_or(0) } else { 0 };
            let v = match kind {
                1 => raw.wrapping_add(left),
                2 => raw.wrapping_add(up),
                3 => raw.wrapping_add(((u16::from(left) + u16::from(up)) / 2) as u8),
                4 => raw.wrapping_add(paeth(left, up, up_left)),
                _ => raw,
            };
            if let Some(slot) = cur.get_mut(i) {
                *slot = v;
            }
        }
        out.extend_from_slice(cur.get(..row.len()).unwrap_or(&[]));
        std::mem::swap(&mut prev, &mut cur);
    }
    Ok(out)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = ((p - i16::from(a)).abs(), (p - i16::from(b)).abs(), (p - i16::from(c)).abs());
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

fn ascii_hex(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() / 2);
    let mut hi: Option<u8> = None;
    for &c in input {
        if c == b'>' {
            break;
        }
        let v = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => continue,
        };
        match hi.take() {
            Some(h) => out.push(h << 4 | v),
            None => hi = Some(v),
        }
    }
    if let Some(h) = hi {
        out.push(h << 4);
    }
    out
}

fn ascii85(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut group = [0u8; 5];
    let mut n = 0usize;
    let data = input.strip_prefix(b"<~").unwrap_or(input);
    for &c in data {
        match c {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0, 0, 0, 0]),
            b'!'..=b'u' => {
                if let Some(slot) = group.get_mut(n) {
                    *slot = c - b'!';
                }
                n += 1;
                if n == 5 {
                    let v = group.iter().fold(0u64, |acc, &d| acc * 85 + u64::from(d));
                    out.extend_from_slice(&(v as u32).to_be_bytes());
                    n = 0;
                }
            }
            _ => {}
        }
    }
    if n > 1 {
        for slot in group.iter_mut().skip(n) {
            *slot = 84;
        }
        let v = group.iter().fold(0u64, |acc, &d| acc * 85 + u64::from(d));
        let bytes = (v as u32).to_be_bytes();
        out.extend_from_slice(bytes.get(..n - 1).unwrap_or(&[]));
    }
    out
}

fn run_length(input: &[u8], max: usize) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::new();
    let mut i = 0usize;
    while let Some(&len) = input.get(i) {
        i += 1;
        match len {
            128 => break,
            0..=127 => {
                let n = usize::from(len) + 1;
                let end = (i + n).min(input.len());
                out.extend_from_slice(input.get(i..end).unwrap_or(&[]));
                i = end;
            }
            _ => {
                let n = 257 - usize::from(len);
                if let Some(&b) = input.get(i) {
                    out.resize(out.len() + n, b);
                }
                i += 1;
            }
        }
        if out.len() > max {
            return Err(DecodeError::Limit);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::ZlibEncoder;
    use flate2::Compression;

    #[test]
    fn inflate_limits() {
        let mut enc = ZlibEncoder::new(Vec::new(), Compression::best());
        enc.write_all(&vec![b'a'; 1_000_000]).unwrap();
        let z = enc.finish().unwrap();
        assert_eq!(inflate(&z, 2_000_000).unwrap().len(), 1_000_000);
        assert_eq!(inflate(&z, 1000), Err(DecodeError::Limit));
        // Truncated data: what was decoded before the cut.
        let cut = z.get(..z.len() / 2).unwrap();
        assert!(inflate(cut, 2_000_000).is_ok());
    }

    #[test]
    fn ascii_filters() {
        assert_eq!(ascii_hex(b"48 65 6C6C6F>"), b"Hello");
        assert_eq!(ascii85(b"<~87cURDZ~>"), b"Hello");
        assert_eq!(run_length(&[2, b'a', b'b', b'c', 254, b'x', 128], 100).unwrap(), b"abcxxx");
    }
}
