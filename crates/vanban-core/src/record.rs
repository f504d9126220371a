//! The record of CONTRACT.md (`"schema": "vanban/1"`) as serde types.
//!
//! Inside Rust, spans are byte ranges into the normalized text ([`crate::Parsed::text`]). The JSON record carries
//! code-point ranges; [`crate::Parsed::record`] converts them.

use serde::{Deserialize, Serialize};
use crate::normalize::char_starts;

pub const SCHEMA: &str = "vanban/1";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub path: String,
    pub sha256: String,
    pub format: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issuer {
    pub name: Option<String>,
    pub parent: Option<String>,
    pub jurisdiction: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signer {
    pub authority: Option<String>,
    pub title: Option<String>,
    pub name: Option<String>,
}

/// A span: `[start, end)`. Bytes in Rust, code points in JSON.
pub type Span = [usize; 2];

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    pub kind: Option<String>,
    pub code: Option<String>,
    pub number: Option<String>,
    pub symbol: Option<String>,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub title: Option<String>,
    pub pinpoint: Option<String>,
    pub role: Option<String>,
    pub key: Option<String>,
    pub span: Span,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub text: String,
    pub section: Option<String>,
    pub lead: Vec<String>,
    pub support: Vec<String>,
    pub deadline: Option<String>,
    pub deadline_text: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    pub mark: String,
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub label: String,
    pub title: String,
    pub level: u32,
    pub span: Span,
}

/// The document record. Field order follows CONTRACT.md.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub schema: String,
    pub source: Source,
    pub doc_type: Option<String>,
    pub code: Option<String>,
    pub number: Option<String>,
    pub symbol: Option<String>,
    pub issuer: Issuer,
    pub place: Option<String>,
    pub date: Option<String>,
    pub subject: Option<String>,
    pub recipients: Vec<String>,
    pub signer: Signer,
    pub cc: Vec<String>,
    pub references: Vec<Reference>,
    pub tasks: Vec<Task>,
    pub footnotes: Vec<Footnote>,
    pub sections: Vec<Section>,
    pub warnings: Vec<String>,
}

impl Default for Record {
    fn default() -> Self {
        Record {
            schema: SCHEMA.to_string(),
            source: Source::default(),
            doc_type: None,
            code: None,
            number: None,
            symbol: None,
            issuer: Issuer::default(),
            place: None,
            date: None,
            subject: None,
            recipients: vec![],
            signer: Signer::default(),
            cc: vec![],
            references: vec![],
            tasks: vec![],
            footnotes: vec![],
            sections: vec![],
            warnings: vec![],
        }
    }
}

impl Record {
    /// Apply `f` to every span of the record.
    pub fn map_spans(&mut self, mut f: impl FnMut(usize) -> usize) {
        let mut g = |s: &mut Span| {
            s[0] = f(s[0]);
            s[1] = f(s[1]);
        };
        self.references.iter_mut().for_each(|r| g(&mut r.span));
        self.tasks.iter_mut().for_each(|r| g(&mut r.span));
        self.footnotes.iter_mut().for_each(|r| g(&mut r.span));
        self.sections.iter_mut().for_each(|r| g(&mut r.span));
    }
}

/// The error record printed for a source that failed: `{"source": ..., "error": {"kind": ..., "message": ...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorRecord {
    pub schema: String,
    pub source: Source,
    pub error: ErrorInfo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorInfo {
    pub kind: String,
    pub message: String,
}

/// Converts byte offsets of one text to code-point offsets, in O(log n) per call after an O(n / 64) index.
pub struct CharIndex<'a> {
    text: &'a str,
    /// chars before byte 64*k
    blocks: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let b = text.as_bytes();
        let mut blocks = Vec::with_capacity(b.len() / 64 + 1);
        let mut count = 0;
        for block in b.chunks(64) {
            blocks.push(count);
            count += char_starts(block);
        }
        CharIndex { text, blocks }
    }

    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = byte / 64;
        let Some(&base) = self.blocks.get(k) else {
            return self.text.chars().count();
        };
        base + char_starts(&self.text.as_bytes()[k * 64..byte])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_on_combining_text() {
        let t = "Hòa bình ".repeat(40) + "x";
        let idx = CharIndex::new(&t);
        let b = t.find('x').unwrap();
        assert_eq!(idx.char_offset(b), t[..b].chars().count());
        assert_eq!(idx.char_offset(0), 0);
        assert_eq!(idx.char_offset(t.len()), t.chars().count());
        // every char boundary of texts around the 64-byte blocks' sizes, with 1- to 4-byte characters
        for n in [0, 1, 63, 64, 65, 127, 128, 200] {
            let t: String = "aàế𝐀\u{301}".chars().cycle().take(n).collect();
            let idx = CharIndex::new(&t);
            for (k, (i, _)) in t.char_indices().enumerate() {
                assert_eq!(idx.char_offset(i), k, "{t:?} at {i}");
            }
            assert_eq!(idx.char_offset(t.len()), t.chars().count());
        }
    }
}
