//! vanban-io: from files to the text the core parses, with typed errors.
//!
//! Every failure is an [`InputError`] with a stable `kind` (used in error records) and a message for people.
//! Nothing here panics on bad input: empty files, binary junk, text that is not UTF-8, formats not yet supported.

pub mod legacy;

use sha2::{Digest, Sha256};
use std::fmt;
use std::io::Read;
use std::path::Path;
use vanban_core::record::{ErrorInfo, ErrorRecord, Record, Source, SCHEMA};

/// Limits on what is read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest input file accepted, in bytes.
    pub max_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_file_bytes: 256 * 1024 * 1024 }
    }
}

/// Why an input could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file could not be read (missing, a directory, permissions).
    Io,
    /// The file is empty or holds only whitespace.
    Empty,
    /// Bytes that are not text (NUL bytes, control characters).
    Binary,
    /// Text that is not valid UTF-8 (nor UTF-16 with a byte-order mark).
    Encoding,
    /// Larger than [`Limits::max_file_bytes`].
    TooLarge,
    /// A format vanban does not read (yet).
    UnsupportedFormat,
    /// A .docx that is not a Word document (not a zip, no word/document.xml; an encrypted one too).
    NotDocx,
    /// An archive over a limit against bombs (entries, sizes, compression ratio, depth).
    LimitExceeded,
    /// A damaged file whose structure cannot be read.
    Corrupt,
    /// A PDF that cannot give its text, with the PDF reader's kind: "encrypted", "no-text-layer" (scanned: OCR is
    /// out of scope), "broken-xref", "unknown-font-encoding", "limit-exceeded", "not-pdf", "malformed".
    Pdf(&'static str),
}

impl ErrorKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::Io => "io",
            ErrorKind::Empty => "empty",
            ErrorKind::Binary => "binary",
            ErrorKind::Encoding => "encoding",
            ErrorKind::TooLarge => "too-large",
            ErrorKind::UnsupportedFormat => "unsupported-format",
            ErrorKind::NotDocx => "not-docx",
            ErrorKind::LimitExceeded => "limit-exceeded",
            ErrorKind::Corrupt => "corrupt",
            ErrorKind::Pdf(k) => k,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub kind: ErrorKind,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.as_str(), self.message)
    }
}

impl std::error::Error for InputError {}

fn err(kind: ErrorKind, message: impl Into<String>) -> InputError {
    InputError { kind, message: message.into() }
}

/// A decoded input: its text and where it came from.
#[derive(Debug, Clone)]
pub struct Input {
    pub text: String,
    pub source: Source,
}

/// The format of a path, from its extension: "txt", "md", "pdf", "docx", ...
pub fn format_of(path: &str) -> String {
    Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_else(|| "txt".to_string())
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let d = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in d {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    s
}

/// Read a file (or standard input for "-") into text.
pub fn read_path(path: &str, limits: &Limits) -> Result<Input, InputError> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(limits.max_file_bytes + 1)
            .read_to_end(&mut buf)
            .map_err(|e| err(ErrorKind::Io, format!("cannot read standard input: {e}")))?;
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|e| err(ErrorKind::Io, format!("cannot read {path}: {e}")))?;
        if meta.is_dir() {
            return Err(err(ErrorKind::Io, format!("{path} is a directory")));
        }
        if meta.len() > limits.max_file_bytes {
            return Err(err(
                ErrorKind::TooLarge,
                format!("{path} is {} bytes, over the limit of {}", meta.len(), limits.max_file_bytes),
            ));
        }
        std::fs::read(path).map_err(|e| err(ErrorKind::Io, format!("cannot read {path}: {e}")))?
    };
    let format = if path == "-" { "txt".to_string() } else { format_of(path) };
    read_bytes(path, &bytes, &format, limits)
}

/// Turn the bytes of one input (a file, a zip entry, a JSONL document) into text. `label` names it in the
/// record's source; `format` is "txt", "md", "pdf", "docx", ... (see [`format_of`]).
pub fn read_bytes(label: &str, bytes: &[u8], format: &str, limits: &Limits) -> Result<Input, InputError> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(err(ErrorKind::TooLarge, format!("input over the limit of {} bytes", limits.max_file_bytes)));
    }
    read_bytes_hashed(label, bytes, format, limits, sha256_hex(bytes))
}

/// [`read_bytes`] for a caller that has hashed the bytes already (`sha256` = [`sha256_hex`] of `bytes`).
pub fn read_bytes_hashed(label: &str, bytes: &[u8], format: &str, limits: &Limits, sha256: String) -> Result<Input, InputError> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(err(ErrorKind::TooLarge, format!("input over the limit of {} bytes", limits.max_file_bytes)));
    }
    let source = Source { path: label.to_string(), sha256, format: format.to_string() };
    let text = match format {
        "docx" => vanban_docx::extract(bytes, &vanban_docx::Limits::default()).map_err(|e| {
            let kind = match e.kind {
                vanban_docx::ErrorKind::NotDocx => ErrorKind::NotDocx,
                vanban_docx::ErrorKind::LimitExceeded => ErrorKind::LimitExceeded,
                vanban_docx::ErrorKind::Corrupt => ErrorKind::Corrupt,
            };
            err(kind, format!("{label}: {}", e.message))
        })?,
        "pdf" => {
            let pdf = vanban_pdf::extract(bytes, &vanban_pdf::Limits::default())
                .map_err(|e| err(ErrorKind::Pdf(e.kind()), format!("{label}: {e}")))?;
            pdf.text()
        }
        "doc" => {
            return Err(err(
                ErrorKind::UnsupportedFormat,
                "a .doc (Word 97-2003) file is not read: save it as .docx or PDF".to_string(),
            ))
        }
        _ => decode_text(bytes)?,
    };
    Ok(Input { text, source })
}

/// Decode bytes of a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM. Rejects binary data.
pub fn decode_text(bytes: &[u8]) -> Result<String, InputError> {
    let text = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) })
            .collect();
        String::from_utf16(&units).map_err(|_| err(ErrorKind::Encoding, "invalid UTF-16 text"))?
    } else {
        let b = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        // real TCVN3 puts some capitals (Ú, Ụ, Ừ...) on control bytes: test for it before calling the bytes binary
        if looks_binary(b) && legacy::detect(b).is_none() {
            return Err(err(ErrorKind::Binary, "binary data, not text (NUL or control bytes)"));
        }
        // the fast check first; std's only for the position of an invalid byte
        let utf8 = match simdutf8::basic::from_utf8(b) {
            Ok(s) => Ok(s),
            Err(_) => std::str::from_utf8(b),
        };
        match utf8 {
            // plain ASCII may be VIQR ("Vie^.t Nam")
            Ok(s) if s.is_ascii() => legacy::decode_auto(b).map(|(_, t)| t).unwrap_or_else(|| s.to_string()),
            Ok(s) => s.to_string(),
            // not UTF-8: an 8-bit Vietnamese encoding (TCVN3/ABC, VNI), or an error
            Err(e) => match legacy::decode_auto(b) {
                Some((_, text)) => text,
                None => {
                    return Err(err(
                        ErrorKind::Encoding,
                        format!(
                            "not UTF-8 (invalid byte at offset {}), nor Vietnamese in TCVN3 or VNI",
                            e.valid_up_to()
                        ),
                    ))
                }
            },
        }
    };
    if text.trim().is_empty() {
        return Err(err(ErrorKind::Empty, "empty document"));
    }
    Ok(text)
}

/// NUL bytes, or more than 1% of control bytes in the first 64 KiB.
fn looks_binary(b: &[u8]) -> bool {
    let head = &b[..b.len().min(65536)];
    if head.contains(&0) {
        return true;
    }
    let ctrl = head.iter().filter(|&&c| c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    ctrl * 100 > head.len().max(1)
}

/// Parse one path into a record, or an error record. Never panics: a panic in the parser becomes an error record
/// of kind "internal".
pub fn parse_path(path: &str, limits: &Limits) -> Result<(vanban_core::Parsed, Record), ErrorRecord> {
    let input = read_path(path, limits).map_err(|e| error_record(path, None, e.kind.as_str(), &e.message))?;
    parse_input(input)
}

/// Parse a decoded input into a record, or an error record; a panic in the parser becomes an error record.
pub fn parse_input(input: Input) -> Result<(vanban_core::Parsed, Record), ErrorRecord> {
    let Input { text, source } = input;
    let path = source.path.clone();
    let path = path.as_str();
    let parsed = parse_guarded(&text, path, &source)?;
    let record = vanban_core::with_source(parsed.record(), source);
    Ok((parsed, record))
}

/// The parse of `text`, a panic in it made an `internal` error record (it must never cross a batch or the Python
/// boundary as a panic).
fn parse_guarded(text: &str, path: &str, source: &Source) -> Result<vanban_core::Parsed, ErrorRecord> {
    std::panic::catch_unwind(|| vanban_core::parse(text)).map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        error_record(path, Some(source), "internal", &format!("parser failure: {msg}"))
    })
}

/// [`parse_input`] for a caller that keeps only the record and the text its spans point into
/// ([`vanban_core::Parsed::text`]): the record is not copied out of the parse.
pub fn parse_input_owned(input: Input) -> Result<(String, Record), ErrorRecord> {
    let Input { text, source } = input;
    let parsed = parse_guarded(&text, &source.path, &source)?;
    let (text, record) = parsed.into_record();
    Ok((text, vanban_core::with_source(record, source)))
}

/// An error record for `path`.
pub fn error_record(path: &str, source: Option<&Source>, kind: &str, message: &str) -> ErrorRecord {
    let source = source.cloned().unwrap_or_else(|| Source {
        path: path.to_string(),
        sha256: std::fs::read(path).map(|b| sha256_hex(&b)).unwrap_or_default(),
        format: format_of(path),
    });
    ErrorRecord {
        schema: SCHEMA.to_string(),
        source,
        error: ErrorInfo { kind: kind.to_string(), message: message.to_string() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_errors_have_kinds() {
        assert_eq!(decode_text(b"").unwrap_err().kind, ErrorKind::Empty);
        assert_eq!(decode_text(b"  \n ").unwrap_err().kind, ErrorKind::Empty);
        assert_eq!(decode_text(b"\x00\x01\x02ELF").unwrap_err().kind, ErrorKind::Binary);
        // TCVN3 bytes are read as TCVN3; bytes that are neither UTF-8 nor Vietnamese are an error
        assert_eq!(decode_text(b"S\xe8 12/KH-UBND ng\xb5y 5 th\xb8ng 3").unwrap(), "Số 12/KH-UBND ngày 5 tháng 3");
        assert_eq!(decode_text(b"abc \x80\x81\x82 def \xc3\x28").unwrap_err().kind, ErrorKind::Encoding);
        assert_eq!(decode_text("Số: 1".as_bytes()).unwrap(), "Số: 1");
        assert_eq!(decode_text(b"\xEF\xBB\xBFabc").unwrap(), "abc");
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Số".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert_eq!(decode_text(&utf16).unwrap(), "Số");
    }
}
