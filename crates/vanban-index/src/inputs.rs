//! Inputs of an index run: folders (recursive), `.zip` archives and JSONL files, streamed one document at a time.
//!
//! Every document gets a stable label: its path as given ("archive/a/b.txt"), "archive.zip!entry/name.txt" for a
//! zip entry, "file.jsonl#id" for a JSONL document ("file.jsonl#L12" when the line has no id). Names inside an
//! archive are only labels: nothing is ever written to a path derived from them, so "../../x" or "/etc/passwd" in
//! a zip is harmless.
//!
//! A document that cannot be read (a zip entry over the limits, a corrupt entry, a JSONL line that is not JSON)
//! still comes out, with its error, so that the store holds one row per input.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::Path;

/// Limits on what is read out of containers.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest document (a file, an uncompressed zip entry, a JSONL line), in bytes.
    pub max_entry_bytes: u64,
    /// Largest ratio of uncompressed to compressed size of a zip entry, checked once an entry is past
    /// `ratio_floor` bytes (small entries may compress very well and are harmless).
    pub max_ratio: u64,
    pub ratio_floor: u64,
    /// Most bytes uncompressed out of one archive; past it the remaining entries are error rows.
    pub max_archive_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_entry_bytes: 64 * 1024 * 1024,
            max_ratio: 100,
            ratio_floor: 1024 * 1024,
            max_archive_bytes: 64 * 1024 * 1024 * 1024,
        }
    }
}

/// Why a document could not be read out of its container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// "io", "too-large", "zip-bomb", "archive-limit", "archive", "bad-jsonl".
    pub kind: &'static str,
    pub message: String,
}

fn rerr(kind: &'static str, message: impl Into<String>) -> ReadError {
    ReadError { kind, message: message.into() }
}

/// One document read from the inputs.
#[derive(Debug)]
pub struct Doc {
    pub label: String,
    /// "txt", "md", "pdf", "docx", ... (vanban_io::format_of of the name; "txt" for JSONL text).
    pub format: String,
    pub bytes: Result<Vec<u8>, ReadError>,
}

/// What kind of thing a name inside a folder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Document,
    Zip,
    Jsonl,
    /// Not a document vanban reads (images, spreadsheets, hidden files): not an input, counted as ignored.
    Other,
}

/// Extensions read as documents. A name without an extension is read as text (vanban_io::format_of).
pub const DOC_EXTENSIONS: &[&str] = &["txt", "md", "pdf", "docx", "doc"];

pub fn kind_of(name: &str) -> Kind {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    if base.is_empty() || base.starts_with('.') {
        return Kind::Other;
    }
    match base.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()) {
        None => Kind::Document,
        Some(e) if DOC_EXTENSIONS.contains(&e.as_str()) => Kind::Document,
        Some(e) if e == "zip" => Kind::Zip,
        Some(e) if e == "jsonl" || e == "ndjson" => Kind::Jsonl,
        Some(_) => Kind::Other,
    }
}

/// Walks the inputs and hands each document to `f`, in a deterministic order (folders sorted by name, zip entries
/// in archive order, JSONL lines in file order). `f` returns `Break` to stop. Returns the number of files or
/// entries ignored (not documents).
pub fn walk(inputs: &[impl AsRef<Path>], limits: &Limits, f: &mut dyn FnMut(Doc) -> ControlFlow<()>) -> u64 {
    let mut w = Walker { limits: *limits, f, ignored: 0, count_only: false };
    for p in inputs {
        if w.top(p.as_ref()).is_break() {
            break;
        }
    }
    w.ignored
}

/// Counts the documents the inputs hold, without reading them (zip central directories, folder listings, JSONL
/// lines): the length of the progress bar.
pub fn count(inputs: &[impl AsRef<Path>], limits: &Limits) -> u64 {
    let mut n = 0u64;
    let mut f = |_d: Doc| {
        n += 1;
        ControlFlow::Continue(())
    };
    let mut w = Walker { limits: *limits, f: &mut f, ignored: 0, count_only: true };
    for p in inputs {
        let _ = w.top(p.as_ref());
    }
    n
}

struct Walker<'a> {
    limits: Limits,
    f: &'a mut dyn FnMut(Doc) -> ControlFlow<()>,
    ignored: u64,
    /// Documents are handed out without their bytes (for counting).
    count_only: bool,
}

fn label_of(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

impl Walker<'_> {
    fn emit(&mut self, label: String, format: String, bytes: Result<Vec<u8>, ReadError>) -> ControlFlow<()> {
        (self.f)(Doc { label, format, bytes })
    }

    /// An argument of the command line: a folder, a zip, a JSONL file or a document (any extension).
    fn top(&mut self, p: &Path) -> ControlFlow<()> {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => self.dir(p),
            Ok(_) => match kind_of(&label_of(p)) {
                Kind::Zip => self.zip(p),
                Kind::Jsonl => self.jsonl(p),
                _ => self.file(p),
            },
            Err(e) => {
                let label = label_of(p);
                let format = vanban_io::format_of(&label);
                self.emit(label.clone(), format, Err(rerr("io", format!("cannot read {label}: {e}"))))
            }
        }
    }

    fn dir(&mut self, p: &Path) -> ControlFlow<()> {
        let mut entries: Vec<_> = match std::fs::read_dir(p) {
            Ok(rd) => rd.filter_map(|e| e.ok()).collect(),
            Err(e) => {
                let label = label_of(p);
                return self.emit(label.clone(), "txt".into(), Err(rerr("io", format!("cannot list {label}: {e}"))));
            }
        };
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let path = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            // file_type does not follow symbolic links: linked folders are not walked (no cycles)
            let Ok(ft) = e.file_type() else { continue };
            if name.starts_with('.') {
                self.ignored += 1;
                continue;
            }
            let flow = if ft.is_dir() {
                self.dir(&path)
            } else if ft.is_file() || (ft.is_symlink() && path.is_file()) {
                match kind_of(&name) {
                    Kind::Document => self.file(&path),
                    Kind::Zip => self.zip(&path),
                    Kind::Jsonl => self.jsonl(&path),
                    Kind::Other => {
                        self.ignored += 1;
                        ControlFlow::Continue(())
                    }
                }
            } else {
                self.ignored += 1;
                ControlFlow::Continue(())
            };
            flow?;
        }
        ControlFlow::Continue(())
    }

    fn file(&mut self, p: &Path) -> ControlFlow<()> {
        let label = label_of(p);
        let format = vanban_io::format_of(&label);
        if self.count_only {
            return self.emit(label, format, Ok(vec![]));
        }
        let bytes = read_file(p, self.limits.max_entry_bytes);
        self.emit(label, format, bytes)
    }

    fn jsonl(&mut self, p: &Path) -> ControlFlow<()> {
        let file_label = label_of(p);
        let file = match File::open(p) {
            Ok(f) => f,
            Err(e) => {
                return self.emit(file_label.clone(), "jsonl".into(), Err(rerr("io", format!("cannot read {file_label}: {e}"))))
            }
        };
        let mut r = BufReader::with_capacity(1 << 20, file);
        let mut line = Vec::new();
        let mut lineno = 0u64;
        loop {
            line.clear();
            lineno += 1;
            let (n, complete) = match read_line_limited(&mut r, &mut line, self.limits.max_entry_bytes) {
                Ok(x) => x,
                Err(e) => {
                    let label = format!("{file_label}#L{lineno}");
                    self.emit(label, "txt".into(), Err(rerr("io", format!("cannot read {file_label}: {e}"))))?;
                    return ControlFlow::Continue(());
                }
            };
            if n == 0 {
                break;
            }
            if complete && line.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            if self.count_only {
                self.emit(String::new(), String::new(), Ok(vec![]))?;
                continue;
            }
            if !complete {
                let label = format!("{file_label}#L{lineno}");
                let msg = format!("line {lineno} is over the limit of {} bytes", self.limits.max_entry_bytes);
                self.emit(label, "txt".into(), Err(rerr("too-large", msg)))?;
                continue;
            }
            let (label, format, bytes) = jsonl_doc(&file_label, lineno, &line);
            self.emit(label, format, bytes)?;
        }
        ControlFlow::Continue(())
    }

    fn zip(&mut self, p: &Path) -> ControlFlow<()> {
        let zlabel = label_of(p);
        if self.count_only {
            // the number of entries from the end of the central directory: no copy of the directory in memory
            // (folders and other files included: the bar's length is a close estimate for a zip)
            let n = zip_entry_count(p).unwrap_or(1).max(1);
            for _ in 0..n {
                self.emit(String::new(), String::new(), Ok(vec![]))?;
            }
            return ControlFlow::Continue(());
        }
        let file = match File::open(p) {
            Ok(f) => f,
            Err(e) => return self.emit(zlabel.clone(), "zip".into(), Err(rerr("io", format!("cannot read {zlabel}: {e}")))),
        };
        let mut archive = match zip::ZipArchive::new(BufReader::new(file)) {
            Ok(a) => a,
            Err(e) => return self.emit(zlabel.clone(), "zip".into(), Err(rerr("archive", format!("not a readable zip archive: {e}")))),
        };
        let limits = self.limits;
        let mut total: u64 = 0;
        for i in 0..archive.len() {
            let name = match archive.name_for_index(i) {
                Some(n) => n.to_string(),
                None => format!("#{i}"),
            };
            if name.ends_with('/') {
                continue; // a folder entry
            }
            match kind_of(&name) {
                Kind::Document => {}
                _ => {
                    self.ignored += 1;
                    continue;
                }
            }
            let label = format!("{zlabel}!{name}");
            let format = vanban_io::format_of(&name);
            if self.count_only {
                self.emit(label, format, Ok(vec![]))?;
                continue;
            }
            let bytes = match archive.by_index(i) {
                Err(e) => Err(rerr("archive", format!("cannot read entry: {e}"))),
                Ok(entry) => read_entry(entry, &limits, &mut total),
            };
            self.emit(label, format, bytes)?;
        }
        ControlFlow::Continue(())
    }
}

/// The number of entries of a zip archive, read from its end-of-central-directory record (zip64 too).
pub fn zip_entry_count(p: &Path) -> Option<u64> {
    use std::io::{Seek, SeekFrom};
    let mut f = File::open(p).ok()?;
    let len = f.metadata().ok()?.len();
    let tail_len = len.min(65_557);
    f.seek(SeekFrom::Start(len - tail_len)).ok()?;
    let mut tail = vec![0u8; tail_len as usize];
    f.read_exact(&mut tail).ok()?;
    let eocd = (0..tail.len().saturating_sub(21)).rev().find(|&i| tail[i..].starts_with(b"PK\x05\x06"))?;
    let n = u16::from_le_bytes([tail[eocd + 10], tail[eocd + 11]]) as u64;
    if n != 0xFFFF {
        return Some(n);
    }
    // zip64: the locator sits just before the record and points to the zip64 end record
    let loc = eocd.checked_sub(20)?;
    if !tail[loc..].starts_with(b"PK\x06\x07") {
        return Some(n);
    }
    let off = u64::from_le_bytes(tail[loc + 8..loc + 16].try_into().ok()?);
    let mut rec = [0u8; 40];
    f.seek(SeekFrom::Start(off)).ok()?;
    f.read_exact(&mut rec).ok()?;
    if !rec.starts_with(b"PK\x06\x06") {
        return Some(n);
    }
    Some(u64::from_le_bytes(rec[32..40].try_into().ok()?))
}

fn read_file(p: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let label = label_of(p);
    let f = File::open(p).map_err(|e| rerr("io", format!("cannot read {label}: {e}")))?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    if len > max {
        return Err(rerr("too-large", format!("{len} bytes, over the limit of {max}")));
    }
    let mut buf = Vec::with_capacity(len as usize);
    f.take(max + 1).read_to_end(&mut buf).map_err(|e| rerr("io", format!("cannot read {label}: {e}")))?;
    if buf.len() as u64 > max {
        return Err(rerr("too-large", format!("over the limit of {max} bytes")));
    }
    Ok(buf)
}

/// Reads one zip entry, streamed in chunks, stopping as soon as it goes over a limit: the declared sizes are
/// checked first, then the bytes actually inflated (headers can lie).
fn read_entry<R: Read>(mut entry: zip::read::ZipFile<'_, R>, limits: &Limits, total: &mut u64) -> Result<Vec<u8>, ReadError> {
    if entry.encrypted() {
        return Err(rerr("archive", "encrypted entry"));
    }
    let size = entry.size();
    let csize = entry.compressed_size().max(1);
    let ratio_exceeded = |n: u64| n > limits.ratio_floor && n / csize >= limits.max_ratio;
    if size > limits.max_entry_bytes {
        return Err(rerr("too-large", format!("entry of {size} bytes, over the limit of {}", limits.max_entry_bytes)));
    }
    if ratio_exceeded(size) {
        return Err(rerr("zip-bomb", format!("compression ratio over {}:1 ({size} bytes from {csize})", limits.max_ratio)));
    }
    if *total + size > limits.max_archive_bytes {
        return Err(rerr("archive-limit", format!("the archive is over the limit of {} uncompressed bytes", limits.max_archive_bytes)));
    }
    let mut buf = Vec::with_capacity(size.min(limits.max_entry_bytes) as usize);
    let mut chunk = [0u8; 64 * 1024];
    loop {
        let n = match entry.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(rerr("archive", format!("corrupt entry: {e}"))),
        };
        buf.extend_from_slice(&chunk[..n]);
        let got = buf.len() as u64;
        *total += n as u64;
        if got > limits.max_entry_bytes {
            return Err(rerr("too-large", format!("entry inflates past the limit of {} bytes", limits.max_entry_bytes)));
        }
        if ratio_exceeded(got) {
            return Err(rerr("zip-bomb", format!("compression ratio over {}:1 (declared {size} bytes from {csize})", limits.max_ratio)));
        }
        if *total > limits.max_archive_bytes {
            return Err(rerr("archive-limit", format!("the archive is over the limit of {} uncompressed bytes", limits.max_archive_bytes)));
        }
    }
    Ok(buf)
}

/// Reads a line (with its newline) into `buf`, at most `max` bytes; the rest of a longer line is skipped.
/// Returns (bytes consumed, whether the line fit).
fn read_line_limited<R: BufRead>(r: &mut R, buf: &mut Vec<u8>, max: u64) -> std::io::Result<(usize, bool)> {
    let n = r.by_ref().take(max + 1).read_until(b'\n', buf)?;
    if (n as u64) <= max || buf.last() == Some(&b'\n') {
        return Ok((n, true));
    }
    // too long: skip to the end of the line
    let mut skipped = n;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            break;
        }
        match avail.iter().position(|&b| b == b'\n') {
            Some(i) => {
                r.consume(i + 1);
                skipped += i + 1;
                break;
            }
            None => {
                let l = avail.len();
                r.consume(l);
                skipped += l;
            }
        }
    }
    buf.clear();
    Ok((skipped, false))
}

#[derive(serde::Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<String>,
    format: Option<String>,
}

fn jsonl_doc(file_label: &str, lineno: u64, line: &[u8]) -> (String, String, Result<Vec<u8>, ReadError>) {
    let at_line = || format!("{file_label}#L{lineno}");
    match serde_json::from_slice::<JsonDoc>(line) {
        Err(e) => (at_line(), "txt".into(), Err(rerr("bad-jsonl", format!("line {lineno}: {e}")))),
        Ok(d) => {
            let label = match &d.id {
                Some(serde_json::Value::String(s)) if !s.is_empty() => format!("{file_label}#{s}"),
                Some(serde_json::Value::Number(n)) => format!("{file_label}#{n}"),
                _ => at_line(),
            };
            let format = d.format.filter(|f| f == "md").unwrap_or_else(|| "txt".into());
            match d.text {
                Some(t) => (label, format, Ok(t.into_bytes())),
                None => (label, format, Err(rerr("bad-jsonl", format!("line {lineno}: no \"text\" field")))),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn collect(inputs: &[&Path], limits: &Limits) -> (Vec<Doc>, u64) {
        let mut docs = vec![];
        let ignored = walk(inputs, limits, &mut |d| {
            docs.push(d);
            ControlFlow::Continue(())
        });
        (docs, ignored)
    }

    fn tmp(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("vanban-inputs-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn kinds() {
        assert_eq!(kind_of("a/b.TXT"), Kind::Document);
        assert_eq!(kind_of("../../x"), Kind::Document);
        assert_eq!(kind_of("a.zip"), Kind::Zip);
        assert_eq!(kind_of("a.jsonl"), Kind::Jsonl);
        assert_eq!(kind_of("a.png"), Kind::Other);
        assert_eq!(kind_of("d/.hidden"), Kind::Other);
    }

    #[test]
    fn zip_limits_and_labels() {
        let d = tmp("zip");
        let zp = d.join("a.zip");
        {
            let mut z = zip::ZipWriter::new(File::create(&zp).unwrap());
            let o = zip::write::SimpleFileOptions::default();
            z.start_file("ok.txt", o).unwrap();
            z.write_all("Số: 1/KH-UBND".as_bytes()).unwrap();
            z.start_file("../../x", o).unwrap();
            z.write_all(b"hello").unwrap();
            z.start_file("bomb.txt", o).unwrap();
            z.write_all(&vec![b' '; 8 << 20]).unwrap();
            z.start_file("pic.png", o).unwrap();
            z.write_all(b"png").unwrap();
            z.add_directory("sub/", o).unwrap();
            z.finish().unwrap();
        }
        let (docs, ignored) = collect(&[zp.as_path()], &Limits::default());
        assert_eq!(ignored, 1);
        let labels: Vec<&str> = docs.iter().map(|d| d.label.as_str()).collect();
        let z = zp.to_string_lossy();
        assert_eq!(labels, [format!("{z}!ok.txt"), format!("{z}!../../x"), format!("{z}!bomb.txt")]);
        assert!(docs[0].bytes.is_ok());
        assert_eq!(docs[1].bytes.as_ref().unwrap(), b"hello");
        assert_eq!(docs[2].bytes.as_ref().unwrap_err().kind, "zip-bomb");
        let small = Limits { max_entry_bytes: 4, ..Limits::default() };
        let (docs, _) = collect(&[zp.as_path()], &small);
        assert_eq!(docs[0].bytes.as_ref().unwrap_err().kind, "too-large");
        assert_eq!(zip_entry_count(&zp), Some(5));
        assert_eq!(count(&[zp.as_path()], &Limits::default()), 5, "every entry of a zip, estimated from its end record");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn jsonl_lines() {
        let d = tmp("jsonl");
        let p = d.join("a.jsonl");
        std::fs::write(&p, "{\"id\": \"x1\", \"text\": \"abc\"}\n\nnot json\n{\"id\": 7, \"text\": \"d\"}\n{\"text\": \"e\"}").unwrap();
        let (docs, _) = collect(&[p.as_path()], &Limits::default());
        let pl = p.to_string_lossy();
        let labels: Vec<String> = docs.iter().map(|d| d.label.clone()).collect();
        assert_eq!(labels, [format!("{pl}#x1"), format!("{pl}#L3"), format!("{pl}#7"), format!("{pl}#L5")]);
        assert_eq!(docs[1].bytes.as_ref().unwrap_err().kind, "bad-jsonl");
        assert_eq!(count(&[p.as_path()], &Limits::default()), 4);
        let small = Limits { max_entry_bytes: 20, ..Limits::default() };
        let (docs, _) = collect(&[p.as_path()], &small);
        assert_eq!(docs[0].bytes.as_ref().unwrap_err().kind, "too-large");
        assert_eq!(docs.len(), 4);
        let _ = std::fs::remove_dir_all(&d);
    }
}
