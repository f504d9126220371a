//! Inputs of an index run: folders (recursive), `.zip` archives and JSONL files, streamed one document at a time.
//!
//! Every document gets a stable label: its path as given ("archive/a/b.txt"), "archive.zip!entry/name.txt" for a
//! zip entry, "file.jsonl#id" for a JSONL document ("file.jsonl#L12" when the line has no id). Names inside an
//! archive are only labels: nothing is ever written to a path derived from them, so "../../x" or "/etc/passwd" in
//! a zip is harmless; a symbolic link entry is an error row and its target is never read.
//!
//! A document that cannot be read (a zip entry over the limits, a corrupt entry, a JSONL line that is not JSON)
//! still comes out, with its error, so that the store holds one row per input.
//!
//! Zip archives are read in constant memory whatever their number of entries (`zipread.rs`: the central directory
//! is walked one record at a time and each entry inflated with flate2), with the limits of [`Limits`].
//!
//! # One label, one document: duplicates in a run
//!
//! The store keeps one row per label, so two documents of one run must not share a label. The labels handed out in
//! a run are remembered (in a private temporary SQLite file that SQLite deletes itself, so memory does not grow
//! with the number of documents: [`RunLabels`]), and when a label comes again:
//!
//! - with the same content (the same file given twice on the command line, the same entry twice in a zip, the
//!   same JSONL line twice), the second occurrence is skipped and counted in [`Walked::duplicates`] (the summary's
//!   `duplicates`): one document, one row, counted once;
//! - with other content (two zip entries of the same name, two JSONL lines with the same id but different text),
//!   it gets the first free label among "label#2", "label#3", ... ("a.zip!x.txt#2", "f.jsonl#7#2"): each document
//!   keeps its own row. Inputs are walked in a fixed order, so a re-run gives the same documents the same labels.
//!
//! "Content" is the bytes read, or for a document that could not be read its error (and, for a zip entry, the CRC-32
//! and sizes its archive declares: two entries of one name over the same limit are two documents). A top-level input that
//! lies inside a folder also given (`vanban index docs docs/a.txt`, or `./docs/a.txt`, or an absolute path) is
//! labelled through that folder ("docs/a.txt"), so it is the same label and counted once; when several folders
//! hold it, the outermost gives the label. Two different files with the same bytes are two documents (two rows).

mod zipread;

use std::fs::File;
use std::hash::Hasher;
use std::io::{BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

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

/// What a walk did besides handing out documents.
#[derive(Debug, Clone, Default)]
pub struct Walked {
    /// Files and zip entries that are not documents.
    pub ignored: u64,
    /// Documents met again under a label already handed out in the run, with the same content: skipped.
    pub duplicates: u64,
    /// Every input was walked to its end (`f` never returned `Break`).
    pub complete: bool,
    /// The top-level inputs as labelled (every label of the run is one of them or starts with one and a separator).
    pub roots: Vec<String>,
}

/// Walks the inputs and hands each document to `f`, in a deterministic order (folders sorted by name, zip entries
/// in archive order, JSONL lines in file order), each label once in the run (see the module's documentation on
/// duplicates; `seen` remembers the labels). `f` returns `Break` to stop. Fails only when `seen` does.
pub fn walk(
    inputs: &[impl AsRef<Path>],
    limits: &Limits,
    seen: &mut RunLabels,
    f: &mut dyn FnMut(Doc) -> ControlFlow<()>,
) -> rusqlite::Result<Walked> {
    let roots = top_level(inputs);
    let mut w = Walker { limits: *limits, f, ignored: 0, count_only: false, seen: Some(seen), duplicates: 0, failure: None };
    let mut complete = true;
    for p in &roots {
        if w.top(p).is_break() {
            complete = false;
            break;
        }
    }
    if let Some(e) = w.failure {
        return Err(e);
    }
    Ok(Walked { ignored: w.ignored, duplicates: w.duplicates, complete, roots: roots.iter().map(|p| label_of(p)).collect() })
}

/// Counts the documents the inputs hold, without reading them (zip central directories, folder listings, JSONL
/// lines): the length of the progress bar.
pub fn count(inputs: &[impl AsRef<Path>], limits: &Limits) -> u64 {
    let mut n = 0u64;
    let mut f = |_d: Doc| {
        n += 1;
        ControlFlow::Continue(())
    };
    let mut w = Walker { limits: *limits, f: &mut f, ignored: 0, count_only: true, seen: None, duplicates: 0, failure: None };
    for p in top_level(inputs) {
        let _ = w.top(&p);
    }
    n
}

/// The top-level inputs as they are walked: one that lies inside a folder also given (compared as canonical paths)
/// is spelled through the outermost such folder, so that its documents get the labels the folder gives them.
fn top_level(inputs: &[impl AsRef<Path>]) -> Vec<PathBuf> {
    let canon: Vec<Option<PathBuf>> = inputs.iter().map(|p| std::fs::canonicalize(p.as_ref()).ok()).collect();
    let dirs: Vec<usize> = (0..inputs.len()).filter(|&i| canon[i].is_some() && inputs[i].as_ref().is_dir()).collect();
    inputs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let p = p.as_ref();
            let Some(c) = &canon[i] else { return p.to_path_buf() };
            // the outermost folder holding it (the earliest given among equals)
            let cover = dirs
                .iter()
                .filter_map(|&j| canon[j].as_ref().map(|cj| (j, cj)))
                .filter(|(_, cj)| c.starts_with(cj))
                .min_by_key(|(j, cj)| (cj.components().count(), *j));
            match cover {
                Some((j, cj)) if j != i => {
                    let rel = c.strip_prefix(cj).unwrap_or(Path::new(""));
                    let base = inputs[j].as_ref();
                    if rel.as_os_str().is_empty() {
                        base.to_path_buf()
                    } else {
                        base.join(rel)
                    }
                }
                _ => p.to_path_buf(),
            }
        })
        .collect()
}

/// Whether `label` is `root` or a label under it (a file of a folder, an entry of a zip, a line of a JSONL file, a
/// duplicate's "#2").
pub fn is_under(label: &str, root: &str) -> bool {
    match label.strip_prefix(root) {
        Some("") => true,
        Some(rest) => rest.starts_with(['/', '\\', '!', '#']) || root.ends_with(['/', '\\']),
        None => false,
    }
}

/// The labels handed out in a run and the contents seen under each, in a private temporary SQLite database (a file
/// SQLite deletes itself; at most a few MB of it in memory), so that a run of millions of documents does not hold
/// them all in memory.
pub struct RunLabels {
    conn: rusqlite::Connection,
}

/// What a label gets in a run.
#[derive(Debug, PartialEq, Eq)]
enum Admit {
    /// This label (the one asked, or "label#N" when the label was taken by other content).
    Label(String),
    /// The same label with the same content was handed out already.
    Duplicate,
}

impl RunLabels {
    pub fn new() -> rusqlite::Result<RunLabels> {
        // "" is a temporary database on disk, private to the connection and deleted when it closes; in memory
        // only when no temporary file can be made
        let conn = rusqlite::Connection::open("").or_else(|_| rusqlite::Connection::open_in_memory())?;
        conn.execute_batch(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -4096;
             CREATE TABLE labels (label TEXT PRIMARY KEY, next INTEGER NOT NULL, fp INTEGER) WITHOUT ROWID;
             CREATE TABLE contents (base TEXT NOT NULL, fp INTEGER NOT NULL, PRIMARY KEY (base, fp)) WITHOUT ROWID;
             BEGIN;",
        )?;
        Ok(RunLabels { conn })
    }

    /// Whether `label` was handed out in this run.
    pub fn contains(&self, label: &str) -> rusqlite::Result<bool> {
        use rusqlite::OptionalExtension;
        Ok(self.conn.prepare_cached("SELECT 1 FROM labels WHERE label = ?1")?.query_row([label], |_| Ok(())).optional()?.is_some())
    }

    fn next_of(&self, label: &str) -> rusqlite::Result<Option<i64>> {
        use rusqlite::OptionalExtension;
        self.conn.prepare_cached("SELECT next FROM labels WHERE label = ?1")?.query_row([label], |r| r.get(0)).optional()
    }

    /// The label a document with label `base` and content fingerprint `fp` gets.
    ///
    /// A label met for the first time (nearly every document) costs one statement: its row in `labels` keeps the
    /// fingerprint of that first content (`fp`; NULL on a row of a label handed out as "base#N"), and `contents` only
    /// the other contents met under the same label.
    fn admit(&mut self, base: &str, fp: u64) -> rusqlite::Result<Admit> {
        let fp = fp as i64;
        let new = self
            .conn
            .prepare_cached("INSERT INTO labels (label, next, fp) VALUES (?1, 2, ?2) ON CONFLICT (label) DO NOTHING")?
            .execute(rusqlite::params![base, fp])?;
        if new == 1 {
            return Ok(Admit::Label(base.to_string()));
        }
        use rusqlite::OptionalExtension;
        let (mut k, first): (i64, Option<i64>) = self
            .conn
            .prepare_cached("SELECT next, fp FROM labels WHERE label = ?1")?
            .query_row([base], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .unwrap_or((2, None));
        if first == Some(fp) {
            return Ok(Admit::Duplicate);
        }
        let added = self.conn.prepare_cached("INSERT OR IGNORE INTO contents (base, fp) VALUES (?1, ?2)")?.execute(rusqlite::params![base, fp])?;
        if added == 0 {
            return Ok(Admit::Duplicate);
        }
        loop {
            let cand = format!("{base}#{k}");
            k += 1;
            if self.next_of(&cand)?.is_none() {
                self.conn.prepare_cached("INSERT INTO labels (label, next) VALUES (?1, 2)")?.execute([&cand])?;
                self.conn.prepare_cached("UPDATE labels SET next = ?2 WHERE label = ?1")?.execute(rusqlite::params![base, k])?;
                return Ok(Admit::Label(cand));
            }
        }
    }
}

/// A fingerprint of a document's content (its bytes, or its read error and what its container says of it: a zip
/// entry's CRC-32 and sizes), to tell a duplicate from another document under the same label.
fn fingerprint(bytes: &Result<Vec<u8>, ReadError>, declared: u64) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    match bytes {
        Ok(b) => {
            h.write_u8(0);
            h.write(b);
        }
        Err(e) => {
            h.write_u8(1);
            h.write(e.kind.as_bytes());
            h.write_u8(0);
            h.write(e.message.as_bytes());
            h.write_u64(declared);
        }
    }
    h.finish()
}

struct Walker<'a> {
    limits: Limits,
    f: &'a mut dyn FnMut(Doc) -> ControlFlow<()>,
    ignored: u64,
    /// Documents are handed out without their bytes (for counting).
    count_only: bool,
    /// The labels of the run (none when counting).
    seen: Option<&'a mut RunLabels>,
    duplicates: u64,
    /// The run-label store failed: the walk stops.
    failure: Option<rusqlite::Error>,
}

fn label_of(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

impl Walker<'_> {
    fn emit(&mut self, label: String, format: String, bytes: Result<Vec<u8>, ReadError>) -> ControlFlow<()> {
        self.emit_declared(label, format, bytes, 0)
    }

    /// `declared`: what the container says of the document's content, told apart when it cannot be read (two zip
    /// entries of one name over the same limit are two documents).
    fn emit_declared(&mut self, label: String, format: String, bytes: Result<Vec<u8>, ReadError>, declared: u64) -> ControlFlow<()> {
        let label = match self.seen.as_deref_mut().map(|s| s.admit(&label, fingerprint(&bytes, declared))) {
            None => label,
            Some(Ok(Admit::Label(l))) => l,
            Some(Ok(Admit::Duplicate)) => {
                self.duplicates += 1;
                return ControlFlow::Continue(());
            }
            Some(Err(e)) => {
                self.failure = Some(e);
                return ControlFlow::Break(());
            }
        };
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
        let mut archive = match zipread::Archive::open(p) {
            Ok(a) => a,
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData || e.kind() == std::io::ErrorKind::UnexpectedEof => {
                return self.emit(zlabel.clone(), "zip".into(), Err(rerr("archive", format!("not a readable zip archive: {e}"))))
            }
            Err(e) => return self.emit(zlabel.clone(), "zip".into(), Err(rerr("io", format!("cannot read {zlabel}: {e}")))),
        };
        let limits = self.limits;
        let mut total: u64 = 0;
        // one buffer of inflated bytes for all the entries (not 64 KiB allocated and zeroed per document)
        let mut chunk = vec![0u8; 64 * 1024];
        // one decompressor for the small entries (see `zipread::Archive::inflate_small`)
        let mut inflater = libdeflater::Decompressor::new();
        while let Some(next) = archive.next_entry() {
            let entry = match next {
                Ok(e) => e,
                Err(e) => {
                    // the entries before it are read; the rest of the directory cannot be
                    let msg = format!("corrupt central directory at entry {}: {e}", archive.last_index());
                    return self.emit(zlabel.clone(), "zip".into(), Err(rerr("archive", msg)));
                }
            };
            if entry.is_dir() {
                continue;
            }
            match kind_of(&entry.name) {
                Kind::Document => {}
                _ => {
                    self.ignored += 1;
                    continue;
                }
            }
            let label = format!("{zlabel}!{}", entry.name);
            let format = vanban_io::format_of(&entry.name);
            let bytes = read_entry(&mut archive, &entry, &limits, &mut total, &mut chunk, &mut inflater);
            let declared = (entry.crc32 as u64) ^ entry.size.rotate_left(32) ^ entry.compressed_size.rotate_left(13);
            self.emit_declared(label, format, bytes, declared)?;
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
/// checked first, then the bytes actually inflated (headers can lie); at the end its size and CRC-32.
fn read_entry(
    archive: &mut zipread::Archive,
    entry: &zipread::Entry,
    limits: &Limits,
    total: &mut u64,
    chunk: &mut [u8],
    inflater: &mut libdeflater::Decompressor,
) -> Result<Vec<u8>, ReadError> {
    if entry.symlink {
        return Err(rerr("archive", "a symbolic link entry: links are not followed"));
    }
    if entry.encrypted() {
        return Err(rerr("archive", "encrypted entry"));
    }
    let size = entry.size;
    let csize = entry.compressed_size.max(1);
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
    // A small deflated entry, the common case, in one call: its declared size is within the limits (checked above;
    // under the ratio floor the ratio is not checked while inflating), and the fast path gives it only when it
    // inflates to exactly that size with the right CRC-32. Anything else is read again below, which tells why.
    if size <= limits.ratio_floor {
        if let Some(buf) = archive.inflate_small(entry, inflater) {
            *total += size;
            return Ok(buf);
        }
    }
    let mut reader = match archive.open_entry(entry) {
        Ok(r) => r,
        Err(e) if e.kind() == std::io::ErrorKind::Unsupported => return Err(rerr("archive", format!("cannot read entry: {e}"))),
        Err(e) => return Err(rerr("archive", format!("corrupt entry: {e}"))),
    };
    let mut crc = zipread::Crc::new();
    let mut buf = Vec::with_capacity(size.min(limits.max_entry_bytes) as usize);
    loop {
        let n = match reader.read(chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(rerr("archive", format!("corrupt entry: {e}"))),
        };
        buf.extend_from_slice(&chunk[..n]);
        crc.update(&chunk[..n]);
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
        if got > size {
            // the header lied: a bomb when the bytes so far are already over the ratio
            let kind = if got / csize >= limits.max_ratio { "zip-bomb" } else { "archive" };
            return Err(rerr(kind, format!("corrupt entry: inflates past its declared {size} bytes")));
        }
    }
    if buf.len() as u64 != size {
        return Err(rerr("archive", format!("corrupt entry: {} bytes where {size} are declared", buf.len())));
    }
    if crc.sum() != entry.crc32 {
        return Err(rerr("archive", "corrupt entry: CRC-32 mismatch"));
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
        let mut seen = RunLabels::new().unwrap();
        let w = walk(inputs, limits, &mut seen, &mut |d| {
            docs.push(d);
            ControlFlow::Continue(())
        })
        .unwrap();
        assert!(w.complete);
        (docs, w.ignored)
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

    fn collect_w(inputs: &[&Path]) -> (Vec<Doc>, Walked) {
        let mut docs = vec![];
        let mut seen = RunLabels::new().unwrap();
        let w = walk(inputs, &Limits::default(), &mut seen, &mut |d| {
            docs.push(d);
            ControlFlow::Continue(())
        })
        .unwrap();
        (docs, w)
    }

    #[test]
    fn one_label_per_document_in_a_run() {
        let d = tmp("dups");
        let zp = d.join("a.zip");
        {
            let mut z = zip::ZipWriter::new(File::create(&zp).unwrap());
            let o = zip::write::SimpleFileOptions::default();
            // the zip crate refuses a name twice: "do0".."do3" are renamed "doc" in the bytes below (a name without
            // an extension is a text document, so "doc#2" is one too)
            for (name, text) in [("do0", "A"), ("do1", "B"), ("do2", "A"), ("doc#2", "C"), ("do3", "D"), ("y.txt", "A")] {
                z.start_file(name, o).unwrap();
                z.write_all(text.as_bytes()).unwrap();
            }
            z.finish().unwrap();
        }
        let mut bytes = std::fs::read(&zp).unwrap();
        for i in 0..bytes.len() - 3 {
            if bytes[i..i + 2] == *b"do" && (b'0'..=b'3').contains(&bytes[i + 2]) {
                bytes[i + 2] = b'c';
            }
        }
        std::fs::write(&zp, &bytes).unwrap();
        let z = zp.to_string_lossy().into_owned();
        let (docs, w) = collect_w(&[zp.as_path(), zp.as_path()]);
        let got: Vec<(String, &[u8])> = docs.iter().map(|d| (d.label.clone(), d.bytes.as_ref().unwrap().as_slice())).collect();
        let want: Vec<(String, &[u8])> = vec![
            (format!("{z}!doc"), b"A"),
            (format!("{z}!doc#2"), b"B"),
            // the entry literally named "doc#2" finds its label taken by other content
            (format!("{z}!doc#2#2"), b"C"),
            (format!("{z}!doc#3"), b"D"),
            (format!("{z}!y.txt"), b"A"),
        ];
        assert_eq!(got, want);
        // the third doc (A again) and the whole second pass over the archive are duplicates
        assert_eq!(w.duplicates, 1 + 6);
        assert!(w.complete);
        // two entries of one name that both fail the same way are still two documents (their CRCs differ)
        let small = Limits { max_entry_bytes: 0, ..Limits::default() };
        let mut seen = RunLabels::new().unwrap();
        let mut failed = vec![];
        let w2 = walk(&[zp.as_path()], &small, &mut seen, &mut |d| {
            failed.push((d.label.clone(), d.bytes.unwrap_err().kind));
            ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(failed.len(), 5, "{failed:?}");
        assert_eq!((failed[1].0.as_str(), failed[1].1, w2.duplicates), (format!("{z}!doc#2").as_str(), "too-large", 1));
        // a re-run gives the same labels
        let (again, _) = collect_w(&[zp.as_path()]);
        assert_eq!(again.iter().map(|d| d.label.clone()).collect::<Vec<_>>(), want.iter().map(|x| x.0.clone()).collect::<Vec<_>>());

        // a file given beside its folder, spelled otherwise: labelled through the folder, read once
        let docs_dir = d.join("docs");
        std::fs::create_dir_all(docs_dir.join("sub")).unwrap();
        std::fs::write(docs_dir.join("sub/a.txt"), "Số: 1/KH-UBND").unwrap();
        std::fs::write(docs_dir.join("b.txt"), "Số: 2/KH-UBND").unwrap();
        let odd = d.join("docs/sub/../sub/a.txt");
        let (docs, w) = collect_w(&[odd.as_path(), docs_dir.as_path(), docs_dir.join("sub").as_path()]);
        let labels: Vec<String> = docs.iter().map(|d| d.label.clone()).collect();
        let dd = docs_dir.to_string_lossy();
        assert_eq!(labels, [format!("{dd}/sub/a.txt"), format!("{dd}/b.txt")]);
        assert_eq!(w.duplicates, 2, "a.txt twice more");
        assert_eq!(w.roots, [format!("{dd}/sub/a.txt"), dd.to_string(), format!("{dd}/sub")]);
        // a read error is content too: the same missing file twice is one row
        let missing = d.join("missing.txt");
        let (docs, w) = collect_w(&[missing.as_path(), missing.as_path()]);
        assert_eq!((docs.len(), w.duplicates), (1, 1));
        assert_eq!(docs[0].bytes.as_ref().unwrap_err().kind, "io");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn labels_under_a_root() {
        assert!(is_under("a.zip", "a.zip"));
        assert!(is_under("a.zip!x/y.txt", "a.zip"));
        assert!(is_under("f.jsonl#L3", "f.jsonl"));
        assert!(is_under("d/x.txt", "d"));
        assert!(is_under("d/x.txt", "d/"));
        assert!(is_under("x.txt#2", "x.txt"));
        assert!(!is_under("d2/x.txt", "d"));
        assert!(!is_under("a.zipper", "a.zip"));
    }

    #[test]
    fn zip_links_and_corrupt_entries_are_errors() {
        let d = tmp("zipbad");
        let zp = d.join("a.zip");
        {
            let mut z = zip::ZipWriter::new(File::create(&zp).unwrap());
            let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
            z.add_symlink("link.txt", "/etc/passwd", o).unwrap();
            z.start_file("ok.txt", o).unwrap();
            z.write_all(b"Kon Tum, ngay 1 thang 2 nam 2024 ZZZZ").unwrap();
            z.start_file("deflated.txt", o.compression_method(zip::CompressionMethod::Deflated)).unwrap();
            z.write_all("Số: 12/KH-UBND ".repeat(100).as_bytes()).unwrap();
            z.finish().unwrap();
        }
        let (docs, _) = collect_w(&[zp.as_path()]);
        assert_eq!(docs.len(), 3);
        let e = docs[0].bytes.as_ref().unwrap_err();
        assert_eq!(e.kind, "archive");
        assert!(e.message.contains("symbolic link"), "{}", e.message);
        assert!(docs[1].bytes.as_ref().unwrap().ends_with(b"ZZZZ"));
        assert_eq!(docs[2].bytes.as_ref().unwrap(), "Số: 12/KH-UBND ".repeat(100).as_bytes());
        // one byte of the stored entry changed: its CRC-32 no longer matches; the other entries still read
        let mut bytes = std::fs::read(&zp).unwrap();
        let at = bytes.windows(4).position(|w| w == b"ZZZZ").unwrap();
        bytes[at] = b'Y';
        std::fs::write(&zp, &bytes).unwrap();
        let (docs, _) = collect_w(&[zp.as_path()]);
        let e = docs[1].bytes.as_ref().unwrap_err();
        assert_eq!((e.kind, e.message.contains("CRC")), ("archive", true), "{}", e.message);
        assert!(docs[2].bytes.is_ok());
        // a cut archive: no end record
        std::fs::write(&zp, &bytes[..bytes.len() - 30]).unwrap();
        let (docs, _) = collect_w(&[zp.as_path()]);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].label, zp.to_string_lossy());
        assert_eq!(docs[0].bytes.as_ref().unwrap_err().kind, "archive");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn zip_lying_sizes_and_a_stub_before_the_archive() {
        let d = tmp("ziplie");
        let zp = d.join("a.zip");
        {
            let mut z = zip::ZipWriter::new(File::create(&zp).unwrap());
            let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            z.start_file("small.txt", o).unwrap();
            z.write_all("Số: 1/KH-UBND".as_bytes()).unwrap();
            z.start_file("liar.txt", o).unwrap();
            z.write_all(&vec![b' '; 8 << 20]).unwrap();
            z.finish().unwrap();
        }
        let mut bytes = std::fs::read(&zp).unwrap();
        // a stub before the archive (as in a self-extracting one): offsets are read from where the directory is
        let mut stubbed = vec![b'#'; 1000];
        stubbed.extend_from_slice(&bytes);
        let sp = d.join("stub.zip");
        std::fs::write(&sp, &stubbed).unwrap();
        let (docs, _) = collect_w(&[sp.as_path()]);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].bytes.as_ref().unwrap(), "Số: 1/KH-UBND".as_bytes());
        assert_eq!(docs[1].bytes.as_ref().unwrap_err().kind, "zip-bomb");
        // the liar's central directory record says 100 bytes: it stops at the first chunk past them
        let cd = bytes.windows(4).rposition(|w| w == b"PK\x01\x02").unwrap();
        assert_eq!(&bytes[cd + 46..cd + 46 + 8], b"liar.txt");
        bytes[cd + 24..cd + 28].copy_from_slice(&100u32.to_le_bytes());
        std::fs::write(&zp, &bytes).unwrap();
        let (docs, _) = collect_w(&[zp.as_path()]);
        let e = docs[1].bytes.as_ref().unwrap_err();
        assert_eq!(e.kind, "archive", "{e:?}");
        assert!(e.message.contains("past its declared 100 bytes"), "{}", e.message);
        assert!(docs[0].bytes.is_ok());
        let _ = std::fs::remove_dir_all(&d);
    }

    /// A small deflated entry is inflated in one call (`inflate_small`) to the bytes the stream gives; a stored entry,
    /// and one whose bytes do not match its CRC-32, are left to the stream path, which gives the same error as before.
    #[test]
    fn small_entries_inflate_in_one_call() {
        let d = tmp("zipsmall");
        let zp = d.join("a.zip");
        let text = "Số: 12/KH-UBND\nKẾ HOẠCH\n".repeat(50);
        {
            let mut z = zip::ZipWriter::new(File::create(&zp).unwrap());
            let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            z.start_file("deflated.txt", o).unwrap();
            z.write_all(text.as_bytes()).unwrap();
            z.start_file("stored.txt", o.compression_method(zip::CompressionMethod::Stored)).unwrap();
            z.write_all(text.as_bytes()).unwrap();
            z.finish().unwrap();
        }
        let mut a = zipread::Archive::open(&zp).unwrap();
        let mut inflater = libdeflater::Decompressor::new();
        let deflated = a.next_entry().unwrap().unwrap();
        assert_eq!(a.inflate_small(&deflated, &mut inflater).as_deref(), Some(text.as_bytes()));
        let stored = a.next_entry().unwrap().unwrap();
        assert_eq!(a.inflate_small(&stored, &mut inflater), None);
        let (docs, _) = collect(&[zp.as_path()], &Limits::default());
        assert!(docs.iter().all(|doc| doc.bytes.as_deref().ok() == Some(text.as_bytes())));
        // a wrong CRC-32 in the central directory: not through the fast path, and the stream path's error
        let mut bytes = std::fs::read(&zp).unwrap();
        let cd = bytes.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
        bytes[cd + 16] ^= 1;
        std::fs::write(&zp, &bytes).unwrap();
        let mut a = zipread::Archive::open(&zp).unwrap();
        let bad = a.next_entry().unwrap().unwrap();
        assert_eq!(a.inflate_small(&bad, &mut inflater), None);
        let (docs, _) = collect(&[zp.as_path()], &Limits::default());
        let e = docs[0].bytes.as_ref().unwrap_err();
        assert_eq!((e.kind, e.message.as_str()), ("archive", "corrupt entry: CRC-32 mismatch"));
        let _ = std::fs::remove_dir_all(&d);
    }

    /// Peak memory of walking a zip in a child process (this test binary run again on `zip_walk_child`): the walk
    /// of 200k entries must not take more than a few MB over that of 2k (the `zip` crate's ZipArchive held ~350
    /// bytes per entry: 70 MB here). The entries are tiny documents, so each one also goes through the run's labels.
    #[test]
    fn zip_walk_memory_does_not_grow_with_entries() {
        if !Path::new("/proc/self/status").exists() {
            return;
        }
        let d = tmp("zipmem");
        let mut peaks = vec![];
        for n in [2_000u32, 200_000] {
            let zp = d.join(format!("{n}.zip"));
            {
                let mut z = zip::ZipWriter::new(std::io::BufWriter::new(File::create(&zp).unwrap()));
                let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
                for i in 0..n {
                    z.start_file(format!("d{}/{i:07}.txt", i % 100), o).unwrap();
                    z.write_all(format!("Số: {i}/KH").as_bytes()).unwrap();
                }
                z.finish().unwrap();
            }
            let out = std::process::Command::new(std::env::current_exe().unwrap())
                .args(["inputs::tests::zip_walk_child", "--exact", "--nocapture", "--test-threads=1"])
                .env("VANBAN_ZIP_CHILD", &zp)
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let line = stdout.lines().find_map(|l| l.split_once("child:")).unwrap_or_else(|| panic!("{stdout}\n{stderr}")).1;
            let v: Vec<u64> = line.split_whitespace().map(|x| x.parse().unwrap()).collect();
            assert_eq!(v[0], n as u64, "every entry walked");
            peaks.push(v[1]);
        }
        let grown_kb = peaks[1] as i64 - peaks[0] as i64;
        eprintln!("zip walk: peak RSS {} kB for 2k entries, {} kB for 200k", peaks[0], peaks[1]);
        assert!(grown_kb < 10 * 1024, "peak RSS {} kB for 2k entries, {} kB for 200k", peaks[0], peaks[1]);
        let _ = std::fs::remove_dir_all(&d);
    }

    /// The child of `zip_walk_memory_does_not_grow_with_entries` (does nothing without its variable).
    #[test]
    fn zip_walk_child() {
        let Some(zp) = std::env::var_os("VANBAN_ZIP_CHILD") else { return };
        let mut n = 0u64;
        let mut seen = RunLabels::new().unwrap();
        let w = walk(&[Path::new(&zp)], &Limits::default(), &mut seen, &mut |d| {
            assert!(d.bytes.is_ok(), "{}", d.label);
            n += 1;
            ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(w.duplicates, 0);
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let hwm = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
        let kb: u64 = hwm.split_whitespace().nth(1).unwrap().parse().unwrap();
        println!("child: {n} {kb}");
    }
}
