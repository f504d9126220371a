//! DOCX to the text vanban parses.
//!
//! The package is a zip archive (read with limits against bombs); the main document part is found through the
//! package relationships (`word/document.xml` by default) and read with quick-xml:
//! - paragraphs (`w:p`) become lines; runs give their text (`w:t`), `w:tab` a tab, `w:br`/`w:cr` a line break;
//!   hidden runs, deleted text and field instructions are left out, `w:caps` runs are upper-cased;
//! - tables (`w:tbl`): each row's cells are put side by side on one line, separated by three or more spaces (how
//!   vanban's layout splits cells); cells of several paragraphs interleave line by line, so a two-column header
//!   table reads "ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI ..." then "TỈNH BÌNH ĐỊNH   Độc lập - Tự do - Hạnh phúc";
//! - footnotes and endnotes: the reference becomes a superscript number glued to the previous word ("tỉnh¹") and
//!   the notes follow the text as lines "¹ note text", the form vanban's body module reads;
//! - numbering (`w:numPr`, direct or from the paragraph style): the list label is computed from
//!   `word/numbering.xml` ("1.", "a)", "I.", "-") with one counter per (numId, level), so the outline is kept.
//!
//! Errors have a stable kind: `not-docx`, `limit-exceeded`, `corrupt` ([`ErrorKind::as_str`]).

#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::fmt;
use std::io::{Cursor, Read};

mod flow;
mod numbering;

/// Limits against zip and XML bombs. All sizes are of decompressed data actually read: declared sizes in the
/// archive are not trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most entries the archive may hold.
    pub max_entries: usize,
    /// Most bytes read from one entry.
    pub max_entry_bytes: u64,
    /// Most bytes read from all entries together.
    pub max_total_bytes: u64,
    /// Largest ratio of decompressed to compressed size of an entry, checked once an entry has given more than
    /// [`Limits::ratio_floor`] bytes (small parts may compress very well).
    pub max_ratio: u64,
    /// See [`Limits::max_ratio`].
    pub ratio_floor: u64,
    /// Deepest XML element nesting.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_entries: 10_000,
            max_entry_bytes: 64 * 1024 * 1024,
            max_total_bytes: 256 * 1024 * 1024,
            max_ratio: 200,
            ratio_floor: 1024 * 1024,
            max_depth: 256,
        }
    }
}

/// Why a DOCX could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Not a zip archive, or a zip archive without a Word main document.
    NotDocx,
    /// Over one of the [`Limits`].
    LimitExceeded,
    /// A zip or XML structure that cannot be read (truncated archive, bad checksum, malformed XML).
    Corrupt,
}

impl ErrorKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::NotDocx => "not-docx",
            ErrorKind::LimitExceeded => "limit-exceeded",
            ErrorKind::Corrupt => "corrupt",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxError {
    pub kind: ErrorKind,
    pub message: String,
}

impl DocxError {
    /// The stable kind string: "not-docx", "limit-exceeded", "corrupt".
    pub fn kind_str(&self) -> &'static str {
        self.kind.as_str()
    }
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.as_str(), self.message)
    }
}

impl std::error::Error for DocxError {}

pub(crate) fn error(kind: ErrorKind, message: impl Into<String>) -> DocxError {
    DocxError { kind, message: message.into() }
}

/// Extract the text of a DOCX file. Never panics on bad input: a panic inside the zip or XML readers becomes a
/// `corrupt` error.
pub fn extract(bytes: &[u8], limits: &Limits) -> Result<String, DocxError> {
    match std::panic::catch_unwind(|| extract_inner(bytes, limits)) {
        Ok(r) => r,
        Err(_) => Err(error(ErrorKind::Corrupt, "the DOCX reader failed on this file")),
    }
}

fn extract_inner(bytes: &[u8], limits: &Limits) -> Result<String, DocxError> {
    let mut pkg = Package::open(bytes, limits)?;
    let main = pkg.main_document()?;
    let doc_xml = pkg
        .read(&main)?
        .ok_or_else(|| error(ErrorKind::NotDocx, format!("no main document part ({main}) in the archive")))?;
    let rels = pkg.part_rels(&main)?;
    let find = |suffix: &str, default: &str| -> String {
        rels.iter().find(|(t, _)| t.ends_with(suffix)).map(|(_, p)| p.clone()).unwrap_or_else(|| default.to_string())
    };
    let dir = main.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    let joined = |n: &str| if dir.is_empty() { n.to_string() } else { format!("{dir}/{n}") };
    let styles_xml = pkg.read(&find("/styles", &joined("styles.xml")))?;
    let numbering_xml = pkg.read(&find("/numbering", &joined("numbering.xml")))?;
    let footnotes_xml = pkg.read(&find("/footnotes", &joined("footnotes.xml")))?;
    let endnotes_xml = pkg.read(&find("/endnotes", &joined("endnotes.xml")))?;

    let styles = match styles_xml {
        Some(b) => numbering::Styles::parse(&xml_text(&b, "styles")?, limits)?,
        None => numbering::Styles::default(),
    };
    let numbering = match numbering_xml {
        Some(b) => numbering::Numbering::parse(&xml_text(&b, "numbering")?, limits)?,
        None => numbering::Numbering::default(),
    };
    let mut ctx = flow::Context::new(styles, numbering, *limits);
    let blocks = flow::parse_document(&xml_text(&doc_xml, "document")?, &mut ctx)?;
    let footnotes = match footnotes_xml {
        Some(b) => flow::parse_notes(&xml_text(&b, "footnotes")?, &mut ctx, flow::NoteKind::Foot)?,
        None => HashMap::new(),
    };
    let endnotes = match endnotes_xml {
        Some(b) => flow::parse_notes(&xml_text(&b, "endnotes")?, &mut ctx, flow::NoteKind::End)?,
        None => HashMap::new(),
    };
    Ok(flow::render(&blocks, &ctx, &footnotes, &endnotes))
}

/// XML bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
fn xml_text(b: &[u8], part: &str) -> Result<String, DocxError> {
    if b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF]) {
        let le = b[0] == 0xFF;
        let units: Vec<u16> = b[2..]
            .chunks_exact(2)
            .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) })
            .collect();
        return String::from_utf16(&units).map_err(|_| error(ErrorKind::Corrupt, format!("{part} part: bad UTF-16")));
    }
    let b = b.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(b);
    String::from_utf8(b.to_vec()).map_err(|e| {
        error(ErrorKind::Corrupt, format!("{part} part is not UTF-8 (byte {})", e.utf8_error().valid_up_to()))
    })
}

/// The zip package, with part names looked up case-insensitively and every read capped.
struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    names: HashMap<String, usize>,
    limits: Limits,
    total: u64,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8], limits: &Limits) -> Result<Self, DocxError> {
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return Err(error(
                ErrorKind::NotDocx,
                "an OLE compound file, not a zip archive: a legacy .doc, or an encrypted (password-protected) Office file",
            ));
        }
        if !(bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") || bytes.starts_with(b"PK\x07\x08")) {
            return Err(error(ErrorKind::NotDocx, "not a zip archive (a DOCX file is a zip package)"));
        }
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| match e {
            zip::result::ZipError::InvalidArchive(m) => error(ErrorKind::Corrupt, format!("broken zip archive: {m}")),
            zip::result::ZipError::UnsupportedArchive(m) => {
                error(ErrorKind::Corrupt, format!("unsupported zip archive: {m}"))
            }
            other => error(ErrorKind::Corrupt, format!("broken zip archive: {other}")),
        })?;
        if zip.len() > limits.max_entries {
            return Err(error(
                ErrorKind::LimitExceeded,
                format!("{} entries in the archive, over the limit of {}", zip.len(), limits.max_entries),
            ));
        }
        let mut names = HashMap::new();
        for i in 0..zip.len() {
            if let Some(n) = zip.name_for_index(i) {
                names.entry(n.trim_start_matches('/').to_ascii_lowercase()).or_insert(i);
            }
        }
        Ok(Package { zip, names, limits: *limits, total: 0 })
    }

    /// The bytes of a part, or None when the archive has no such entry.
    fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, DocxError> {
        let Some(&index) = self.names.get(&name.trim_start_matches('/').to_ascii_lowercase()) else {
            return Ok(None);
        };
        let limits = self.limits;
        let mut file = self.zip.by_index(index).map_err(|e| match e {
            zip::result::ZipError::UnsupportedArchive(m) => {
                error(ErrorKind::Corrupt, format!("{name}: unsupported zip entry ({m})"))
            }
            other => error(ErrorKind::Corrupt, format!("{name}: {other}")),
        })?;
        if file.is_dir() {
            return Ok(None);
        }
        let compressed = file.compressed_size().max(1);
        let mut out = Vec::new();
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = match file.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(error(ErrorKind::Corrupt, format!("{name}: damaged entry ({e})"))),
            };
            out.extend_from_slice(&buf[..n]);
            let len = out.len() as u64;
            if len > limits.max_entry_bytes {
                return Err(error(
                    ErrorKind::LimitExceeded,
                    format!("{name} decompresses to more than {} bytes", limits.max_entry_bytes),
                ));
            }
            if self.total + len > limits.max_total_bytes {
                return Err(error(
                    ErrorKind::LimitExceeded,
                    format!("the parts read decompress to more than {} bytes", limits.max_total_bytes),
                ));
            }
            if len > limits.ratio_floor && len / compressed > limits.max_ratio {
                return Err(error(
                    ErrorKind::LimitExceeded,
                    format!(
                        "{name} decompresses more than {} times its compressed size ({compressed} bytes): a zip bomb?",
                        limits.max_ratio
                    ),
                ));
            }
        }
        self.total += out.len() as u64;
        Ok(Some(out))
    }

    /// Relationships of a part: (type, resolved target part name), internal targets only.
    fn part_rels(&mut self, part: &str) -> Result<Vec<(String, String)>, DocxError> {
        let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
        let rels_name = if dir.is_empty() { format!("_rels/{file}.rels") } else { format!("{dir}/_rels/{file}.rels") };
        let Some(b) = self.read(&rels_name)? else { return Ok(vec![]) };
        let text = xml_text(&b, &rels_name)?;
        let rels =
            parse_rels(&text, &self.limits).map_err(|m| error(ErrorKind::Corrupt, format!("{rels_name}: {m}")))?;
        Ok(rels.into_iter().map(|(t, target)| (t, resolve_target(dir, &target))).collect())
    }

    /// The main document part: the officeDocument relationship of the package, else `word/document.xml`.
    fn main_document(&mut self) -> Result<String, DocxError> {
        let rels = self.part_rels("")?;
        if let Some((_, p)) = rels.iter().find(|(t, _)| t.ends_with("/officeDocument")) {
            if self.names.contains_key(&p.to_ascii_lowercase()) {
                return Ok(p.clone());
            }
        }
        if self.names.contains_key("word/document.xml") {
            return Ok("word/document.xml".to_string());
        }
        let hint = if self.names.contains_key("xl/workbook.xml") {
            " (an Excel workbook)"
        } else if self.names.contains_key("ppt/presentation.xml") {
            " (a PowerPoint presentation)"
        } else if self.names.contains_key("content.xml") {
            " (an OpenDocument file)"
        } else {
            ""
        };
        Err(error(ErrorKind::NotDocx, format!("a zip archive without word/document.xml{hint}")))
    }
}

/// Resolve a relationship target against the folder of its source part.
fn resolve_target(dir: &str, target: &str) -> String {
    let target = target.split('#').next().unwrap_or("");
    let mut parts: Vec<&str> = if target.starts_with('/') || dir.is_empty() {
        vec![]
    } else {
        dir.split('/').filter(|s| !s.is_empty()).collect()
    };
    for seg in target.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

fn parse_rels(text: &str, limits: &Limits) -> Result<Vec<(String, String)>, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut out = Vec::new();
    let mut depth = 0usize;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            ev @ (Event::Start(_) | Event::Empty(_)) => {
                let (e, empty) = match ev {
                    Event::Start(e) => (e, false),
                    Event::Empty(e) => (e, true),
                    _ => unreachable!(),
                };
                if !empty {
                    depth += 1;
                }
                if depth > limits.max_depth {
                    return Err("XML nested too deep".into());
                }
                if e.local_name().as_ref() == b"Relationship" {
                    let mut ty = String::new();
                    let mut target = String::new();
                    let mut external = false;
                    for a in e.attributes().flatten() {
                        let v = a.unescape_value().map(|v| v.into_owned()).unwrap_or_default();
                        match a.key.local_name().as_ref() {
                            b"Type" => ty = v,
                            b"Target" => target = v,
                            b"TargetMode" => external = v.eq_ignore_ascii_case("External"),
                            _ => {}
                        }
                    }
                    if !external && !target.is_empty() {
                        out.push((ty, target));
                    }
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve() {
        assert_eq!(resolve_target("word", "footnotes.xml"), "word/footnotes.xml");
        assert_eq!(resolve_target("word", "/word/numbering.xml"), "word/numbering.xml");
        assert_eq!(resolve_target("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve_target("word/sub", "../styles.xml"), "word/styles.xml");
    }
}
