//! Why a PDF gave no text, each case with a stable kind string.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// No `%PDF-` header in the first kilobyte.
    NotPdf,
    /// Encrypted with a password we do not have, or with a scheme we cannot read.
    Encrypted { detail: String },
    /// Pages, but no text drawn on any of them: a scan (OCR is out of scope) or drawings only.
    NoTextLayer { pages: usize, images: usize },
    /// The cross-reference table is unusable and rebuilding it from the objects failed too.
    BrokenXref { detail: String },
    /// Text is drawn, but no glyph of any font could be mapped to Unicode.
    UnknownFontEncoding { fonts: Vec<String> },
    /// A configured limit (see `Limits`) was reached.
    LimitExceeded { limit: &'static str, max: u64 },
    /// The reader failed inside on this file (a damaged file outside the cases above).
    Malformed { detail: String },
}

impl PdfError {
    /// A stable, short name for the kind of error.
    pub fn kind(&self) -> &'static str {
        match self {
            PdfError::NotPdf => "not-pdf",
            PdfError::Encrypted { .. } => "encrypted",
            PdfError::NoTextLayer { .. } => "no-text-layer",
            PdfError::BrokenXref { .. } => "broken-xref",
            PdfError::UnknownFontEncoding { .. } => "unknown-font-encoding",
            PdfError::LimitExceeded { .. } => "limit-exceeded",
            PdfError::Malformed { .. } => "malformed",
        }
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::NotPdf => write!(f, "not a PDF file (no %PDF- header)"),
            PdfError::Encrypted { detail } => write!(f, "encrypted PDF: {detail}"),
            PdfError::NoTextLayer { pages, images } => write!(
                f,
                "no text layer: {pages} page(s) with no text drawn ({images} image(s)); a scanned document needs OCR, which is out of scope"
            ),
            PdfError::BrokenXref { detail } => {
                write!(f, "broken cross-reference table, and the objects could not be recovered: {detail}")
            }
            PdfError::UnknownFontEncoding { fonts } => {
                write!(f, "text is drawn but no font's encoding could be mapped to Unicode (fonts: {})", fonts.join(", "))
            }
            PdfError::LimitExceeded { limit, max } => write!(f, "limit exceeded: {limit} (max {max})"),
            PdfError::Malformed { detail } => write!(f, "malformed PDF: {detail}"),
        }
    }
}

impl std::error::Error for PdfError {}
