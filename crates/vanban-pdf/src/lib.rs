//! PDF to text for vanban.
//!
//! lopdf reads the objects; everything about text is done here: content streams are interpreted
//! ([`interp`](crate::interp)), fonts decoded through ToUnicode CMaps, standard encodings, Differences and glyph
//! names ([`font`](crate::font), [`cmap`](crate::cmap), [`encoding`](crate::encoding)), and glyph runs put in
//! reading order ([`layout`](crate::layout)). Pages are kept apart.
//!
//! ```no_run
//! let bytes = std::fs::read("cong_bao.pdf").unwrap();
//! match vanban_pdf::extract(&bytes, &vanban_pdf::Limits::default()) {
//!     Ok(pdf) => println!("{} pages\n{}", pdf.page_count, pdf.text()),
//!     Err(e) => eprintln!("{}: {e}", e.kind()),
//! }
//! ```
//!
//! Nothing here panics on bad input: indexing is checked, arithmetic on file values is checked or saturating,
//! recursion is bounded. The load runs on its own thread with a large stack, because lopdf's object parser
//! recurses once per nested array or dictionary; files nested deeper than [`Limits::max_nesting`] are refused
//! before lopdf sees them. Should lopdf itself panic all the same, that thread's panic is reported as a
//! `malformed` error instead of unwinding into the caller.
#![forbid(unsafe_code)]

mod cmap;
mod document;
mod encoding;
mod error;
mod filters;
mod font;
mod interp;
mod layout;
mod lexer;
pub mod quality;

pub use error::PdfError;

/// Bounds on the work and memory one file may take. Exceeding one gives [`PdfError::LimitExceeded`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of decoded stream data in all (content streams, fonts' CMaps, object streams); a Form XObject
    /// counts again each time it is drawn, so this also bounds the interpreter's work.
    pub max_stream_bytes: usize,
    /// Objects in the file.
    pub max_objects: usize,
    /// Pages in the file.
    pub max_pages: usize,
    /// Form XObjects drawn inside one another (at most 256 whatever is set; a form drawing itself is skipped,
    /// not an error).
    pub max_depth: usize,
    /// Arrays and dictionaries nested inside one another in the file's objects (at most 1000 whatever is set:
    /// lopdf's parser recurses per level).
    pub max_nesting: usize,
    /// Characters of extracted text.
    pub max_output_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_stream_bytes: 512 << 20,
            max_objects: 2_000_000,
            max_pages: 20_000,
            max_depth: 16,
            max_nesting: 256,
            max_output_chars: 50_000_000,
        }
    }
}

/// The text of a PDF, page by page, with some metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfText {
    /// Each page's text in reading order; lines end with '\n' between them (none after the last).
    pub pages: Vec<String>,
    /// Pages in the file (equal to `pages.len()`).
    pub page_count: usize,
    /// The document information's /Producer, if present.
    pub producer: Option<String>,
    /// The document information's /Creator, if present.
    pub creator: Option<String>,
    /// The version in the header (`1.7`).
    pub version: String,
    /// The cross-reference table was unusable and was rebuilt from the objects found in the file.
    pub repaired_xref: bool,
}

impl PdfText {
    /// All pages, separated by a form feed ('\u{0C}').
    pub fn text(&self) -> String {
        self.pages.join("\u{0C}")
    }
}

/// Stack of the thread that loads and interprets a file.
const STACK_BYTES: usize = 64 << 20;

/// Extracts the text of a PDF held in memory.
pub fn extract(bytes: &[u8], limits: &Limits) -> Result<PdfText, PdfError> {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("vanban-pdf".into())
            .stack_size(STACK_BYTES)
            .spawn_scoped(scope, || extract_here(bytes, limits));
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(|panic| {
                let detail = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "the PDF reader failed".to_string());
                Err(PdfError::Malformed { detail })
            }),
            // No thread to be had: run here.
            Err(_) => extract_here(bytes, limits),
        }
    })
}

fn extract_here(bytes: &[u8], limits: &Limits) -> Result<PdfText, PdfError> {
    let mut budget = filters::Budget::new(limits.max_stream_bytes);
    let loaded = document::load(bytes, limits, &mut budget)?;
    let doc = &loaded.doc;
    let pages = document::pages(doc, limits)?;
    if pages.is_empty() {
        return Err(PdfError::BrokenXref { detail: "no page could be found".into() });
    }
    let mut fonts = interp::FontCache::default();
    let mut texts = Vec::with_capacity(pages.len());
    let (mut glyphs, mut decoded, mut images, mut chars) = (0usize, 0usize, 0usize, 0usize);
    let mut undecodable: Vec<String> = Vec::new();
    for page in &pages {
        let content = interp::page(doc, page, limits, &mut budget, &mut fonts)?;
        glyphs += content.glyphs;
        decoded += content.decoded;
        images += content.images;
        for f in content.undecodable_fonts {
            if !undecodable.contains(&f) {
                undecodable.push(f);
            }
        }
        let text = layout::page_text(content.spans, content.annot_spans);
        chars = chars.saturating_add(text.chars().count());
        if chars > limits.max_output_chars {
            return Err(PdfError::LimitExceeded { limit: "output characters", max: limits.max_output_chars as u64 });
        }
        texts.push(text);
    }
    if glyphs == 0 {
        return Err(PdfError::NoTextLayer { pages: pages.len(), images });
    }
    if decoded == 0 {
        return Err(PdfError::UnknownFontEncoding { fonts: undecodable });
    }
    Ok(PdfText {
        page_count: texts.len(),
        pages: texts,
        producer: document::info_string(doc, b"Producer"),
        creator: document::info_string(doc, b"Creator"),
        version: doc.version.clone(),
        repaired_xref: loaded.repaired,
    })
}
