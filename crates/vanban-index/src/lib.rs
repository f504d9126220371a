//! vanban-index: archives of documents into an SQLite store, in parallel, resumable, in bounded memory.
//!
//! The pipeline of [`index`]:
//!
//! ```text
//! producer thread ──bounded channel──▶ rayon workers ──bounded channel──▶ writer thread ──▶ SQLite (WAL)
//! (walk folders, zips,  (window docs)   (hash, skip if    (window docs)     (batched transactions,
//!  JSONL; look up the                    unchanged, decode,                  progress)
//!  stored hash)                          parse, serialize)
//! ```
//!
//! Documents go through both channels in chunks (up to 64 documents or 1 MiB; fewer when the workers have nothing
//! queued or the chunk has waited 20 ms): one message, one wake-up of the other side and one release of the byte
//! budget per chunk, not per document.
//!
//! The channel to the writer holds a window of documents too. When the WAL reaches its checkpoint size (every 32 MB
//! of pages), the writer's commit folds it into the database file with two syncs and stalls, ~0.1 s at first and up
//! to ~0.3 s once the disk writes back the run's first gigabytes: what the workers parse meanwhile waits in the
//! channel. Four windows there (up to session 8) let them parse on through the longer stalls, but the parsed records
//! waiting there were the peak memory of a long run (1 GB archive, 2 threads: 75 MB, 63-65 MB with one window), for
//! little time (100 MB: 4.57-4.75 s with four, 4.62-4.66 with one; 1 GB: ~2-3%, the workers waiting for the writer
//! during its longer stalls: 185-188% CPU instead of 190-191%).
//!
//! Memory is bounded by the window (a number of documents and a number of bytes in flight), not by the size of the
//! archive. Every input document ends as exactly one row of `sources` (label unique): `ok` with its record, or
//! `error` with a kind and a message. Re-running skips an indexed source whose label and content hash are already
//! stored, re-parses a changed one (replacing its rows in the same transaction) and tries every error row again
//! (see `store.rs` on re-runs).
//!
//! An observer (the Python binding) can follow a run through shared [`progress::Counters`] (`Options::counters`) and
//! stop it with a flag (`Options::stop`): the reader stops reading, the workers drop what is queued, the writer
//! commits what it has, and the store is as after any commit: a re-run resumes.

pub mod export;
pub mod inputs;
pub mod progress;
pub mod store;
pub mod synth;
pub mod texts;

pub use rusqlite;

use inputs::{Doc, Limits};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use store::{SourceRow, Written};

/// How progress is shown on standard error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressMode {
    /// A bar when standard error is a terminal, plain lines otherwise.
    Auto,
    Bar,
    /// A plain line every `interval`.
    Lines,
    None,
}

#[derive(Debug, Clone)]
pub struct Options {
    /// Parsing threads (rayon workers); the reader and the writer have a thread each besides.
    pub threads: usize,
    /// Documents in flight from the reader to the workers, at most; the channel from the workers to the writer holds
    /// as many ([`OUT_WINDOWS`]).
    pub window: usize,
    /// Bytes of input in flight, at most (a single larger document still goes, alone).
    pub window_bytes: u64,
    /// Sources per transaction.
    pub batch: usize,
    /// A commit at least this often, whatever the batch.
    pub commit_every: Duration,
    pub limits: Limits,
    pub progress: ProgressMode,
    /// The interval of plain progress lines.
    pub progress_interval: Duration,
    /// Counters kept up to date for an observer (besides the bar or lines of `progress`).
    pub counters: Option<Arc<progress::Counters>>,
    /// Set it to stop the run early and cleanly: what is written so far is committed, the rest is left for a re-run.
    pub stop: Option<Arc<AtomicBool>>,
    /// Keep each document's normalized text (what spans point into) in the `texts` table.
    pub store_text: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threads: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            window: 256,
            window_bytes: 256 * 1024 * 1024,
            batch: 500,
            commit_every: Duration::from_secs(2),
            limits: Limits::default(),
            progress: ProgressMode::Auto,
            progress_interval: Duration::from_secs(5),
            counters: None,
            stop: None,
            store_text: true,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Summary {
    /// Sources parsed into records in this run.
    pub indexed: u64,
    /// Sources already in the store with the same content hash.
    pub skipped: u64,
    /// Sources that failed in this run (each has an error row).
    pub failed: u64,
    /// Files and zip entries that are not documents (other extensions, hidden files).
    pub ignored: u64,
    /// Documents met twice under one label with the same content (the same file given twice): read once.
    pub duplicates: u64,
    /// Error rows of earlier runs that this complete run no longer produces (the input is gone, or is now read
    /// under another label: a zip that opens now, a JSONL line whose id can now be read): removed.
    pub removed: u64,
    /// Bytes of input read (documents parsed or failed, not skipped).
    pub bytes: u64,
    pub seconds: f64,
    pub threads: usize,
    /// Every source the store now holds, ok and error.
    pub store_sources: i64,
    pub store_errors: i64,
    /// The run was stopped through `Options::stop` before it read all its inputs.
    pub stopped: bool,
    /// CPU time of each part of the pipeline in this run, where the platform tells it (Linux); for benches.
    pub cpu_seconds: Option<ThreadCpu>,
    /// The documents that took longest to read and parse in this run (at most [`SLOWEST`], slowest first): where an
    /// archive's time went, and the files to look at when a run is slower than its size says.
    pub slowest: Vec<Slow>,
}

/// How many of the slowest documents a [`Summary`] keeps.
pub const SLOWEST: usize = 5;

/// A document and the seconds its worker spent reading and parsing it (wall-clock, in the worker).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Slow {
    pub label: String,
    pub seconds: f64,
}

impl Summary {
    /// Keeps `label` among the slowest documents if it took longer than the last of them.
    fn note_time(&mut self, label: &str, seconds: f64) {
        if self.slowest.len() == SLOWEST && self.slowest.last().is_some_and(|x| x.seconds >= seconds) {
            return;
        }
        let at = self.slowest.partition_point(|x| x.seconds >= seconds);
        self.slowest.insert(at, Slow { label: label.to_string(), seconds });
        self.slowest.truncate(SLOWEST);
    }
}

/// CPU-seconds (user + system, from `/proc/thread-self/schedstat`) spent by each thread of a run: the reader, the
/// parse workers (together), the writer (with its closing checkpoint) and the counter of the progress bar.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct ThreadCpu {
    pub read: f64,
    pub parse: f64,
    pub write: f64,
    pub count: f64,
}

/// The CPU time the calling thread has used so far, in seconds (Linux; None elsewhere).
fn thread_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}

impl Summary {
    pub fn docs_per_sec(&self) -> f64 {
        (self.indexed + self.failed + self.skipped) as f64 / self.seconds.max(1e-9)
    }
    pub fn mb_per_sec(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds.max(1e-9)
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} indexed, {} skipped, {} failed, {} ignored, {} duplicates in {:.1} s: {:.0} docs/s, {:.2} MB/s with {} thread{}; the store holds {} sources ({} errors)",
            self.indexed,
            self.skipped,
            self.failed,
            self.ignored,
            self.duplicates,
            self.seconds,
            self.docs_per_sec(),
            self.mb_per_sec(),
            self.threads,
            if self.threads == 1 { "" } else { "s" },
            self.store_sources,
            self.store_errors
        )?;
        if self.removed > 0 {
            write!(f, "; {} stale error rows removed", self.removed)?;
        }
        if self.stopped {
            write!(f, "; stopped early: run again to resume")?;
        }
        // (a document of a second or more is worth naming: the ordinary ones take milliseconds)
        if let Some(x) = self.slowest.first().filter(|x| x.seconds >= 1.0) {
            write!(f, "; slowest document {} ({:.1} s)", x.label, x.seconds)?;
        }
        Ok(())
    }
}

#[derive(Debug)]
pub enum IndexError {
    Store(rusqlite::Error),
    Threads(String),
}

impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IndexError::Store(e) => write!(f, "store: {e}"),
            IndexError::Threads(e) => write!(f, "threads: {e}"),
        }
    }
}

impl std::error::Error for IndexError {}

impl From<rusqlite::Error> for IndexError {
    fn from(e: rusqlite::Error) -> Self {
        IndexError::Store(e)
    }
}

/// One document on its way to the workers, with what the store held for its label.
struct Work {
    doc: Doc,
    stored_sha: Option<String>,
}

/// What a worker hands the writer (with the normalized text of a parsed document when it is to be stored).
enum Outcome {
    Skipped { bytes: u64 },
    /// `seconds`: reading and parsing it, in its worker
    Done { src: SourceRow, what: Written, text: Option<String>, seconds: f64 },
}

/// Whether the run is to end early: aborted on a failure, or stopped by the caller.
#[derive(Clone)]
struct Cancel {
    abort: Arc<AtomicBool>,
    stop: Option<Arc<AtomicBool>>,
}

impl Cancel {
    fn is_set(&self) -> bool {
        self.abort.load(Ordering::Relaxed) || self.stop.as_ref().is_some_and(|s| s.load(Ordering::Relaxed))
    }
    fn stopped(&self) -> bool {
        self.stop.as_ref().is_some_and(|s| s.load(Ordering::Relaxed))
    }
}

/// Bytes in flight, bounded: the reader waits while the window is full.
struct Budget {
    used: Mutex<u64>,
    freed: Condvar,
    max: u64,
}

impl Budget {
    fn acquire(&self, n: u64, cancel: &Cancel) {
        let mut used = self.used.lock().unwrap();
        while *used > 0 && *used + n > self.max && !cancel.is_set() {
            used = self.freed.wait_timeout(used, Duration::from_millis(200)).unwrap().0;
        }
        *used += n;
    }
    /// Takes `n` bytes if that does not wait (or nothing is in flight).
    fn try_acquire(&self, n: u64) -> bool {
        let mut used = self.used.lock().unwrap();
        if *used > 0 && *used + n > self.max {
            return false;
        }
        *used += n;
        true
    }
    fn release(&self, n: u64) {
        let mut used = self.used.lock().unwrap();
        *used = used.saturating_sub(n);
        self.freed.notify_all();
    }
}

/// Indexes `inputs` (folders, zip archives, JSONL files, documents) into the store at `db`.
pub fn index(inputs: &[PathBuf], db: &Path, opts: &Options) -> Result<Summary, IndexError> {
    let start = Instant::now();
    let mut conn = store::open(db)?;
    texts::ensure(&conn)?;
    store::defer_indexes(&conn)?;
    let threads = opts.threads.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("vanban-parse-{i}"))
        .build()
        .map_err(|e| IndexError::Threads(e.to_string()))?;
    let window = opts.window.max(1);
    // Documents travel in chunks (one channel message, one wake-up of the thread on the other side, per chunk), so
    // that the reader and the writer do not spend their time waking each other for every small document; the
    // window counts documents, so each channel holds window / chunk chunks.
    let chunk = CHUNK_DOCS.min(window);
    let chunk_bytes = CHUNK_BYTES.min(opts.window_bytes.max(1) / 4).max(1);
    let (work_tx, work_rx) = sync_channel::<Vec<Work>>((window / chunk).max(1));
    // chunks sent to the workers and not yet taken: none, and the reader sends what it has at once (workers idle)
    let queued = Arc::new(AtomicUsize::new(0));
    let (out_tx, out_rx) = sync_channel::<Vec<Outcome>>((window / chunk).max(1) * OUT_WINDOWS);
    let abort = Arc::new(AtomicBool::new(false));
    let cancel = Cancel { abort: abort.clone(), stop: opts.stop.clone() };
    let budget = Arc::new(Budget { used: Mutex::new(0), freed: Condvar::new(), max: opts.window_bytes.max(1) });
    let progress = progress::Progress::with_counters(opts.progress, opts.progress_interval, opts.counters.clone());
    let ignored = Arc::new(AtomicU64::new(0));
    let duplicates = Arc::new(AtomicU64::new(0));
    let stale = Arc::new(Mutex::new(Vec::<String>::new()));
    // set by the reader once it has read all its input: the writer then folds most of the WAL into the database
    // file beside the parsing of the last documents (see `write_all`)
    let input_read = Arc::new(AtomicBool::new(false));

    // the length of the progress bar, counted beside the run
    let counter = {
        let inputs = inputs.to_vec();
        let limits = opts.limits;
        let progress = progress.clone();
        let cancel = cancel.clone();
        std::thread::Builder::new()
            .name("vanban-count".into())
            .spawn(move || {
                if !cancel.is_set() {
                    progress.set_total(inputs::count(&inputs, &limits));
                }
                thread_cpu()
            })
            .expect("spawn counter")
    };

    // the reader
    let reader = {
        let inputs = inputs.to_vec();
        let limits = opts.limits;
        let cancel = cancel.clone();
        let abort = abort.clone();
        let budget = budget.clone();
        let ignored = ignored.clone();
        let (duplicates, stale) = (duplicates.clone(), stale.clone());
        let db = db.to_path_buf();
        let queued = queued.clone();
        let input_read = input_read.clone();
        std::thread::Builder::new()
            .name("vanban-read".into())
            .spawn(move || -> (Result<(), IndexError>, Option<f64>) {
                let r = (|| -> Result<(), IndexError> {
                let conn = store::open_read(&db)?;
                // A store without an indexed source when the run starts (a first run) has nothing to skip: no look-up
                // per document. (Only this run writes the labels it reads, once each, so none of them can appear
                // in the store before the reader meets it; and a look-up only ever saves work.)
                let any_ok = conn
                    .query_row("SELECT EXISTS (SELECT 1 FROM sources WHERE status = 'ok')", [], |r| r.get::<_, bool>(0))?;
                let mut err = None;
                let mut seen = inputs::RunLabels::new()?;
                let mut pending: Vec<Work> = Vec::with_capacity(chunk);
                let mut pending_bytes = 0u64;
                let mut opened = Instant::now();
                let walked = inputs::walk(&inputs, &limits, &mut seen, &mut |doc| {
                    if cancel.is_set() {
                        return ControlFlow::Break(());
                    }
                    // only an indexed source is skipped when unchanged: an error row is tried again
                    let stored_sha = match any_ok.then(|| store::lookup(&conn, &doc.label)) {
                        None => None,
                        Some(Ok(s)) => s.filter(|(_, status)| status == "ok").map(|(sha, _)| sha),
                        Some(Err(e)) => {
                            err = Some(e);
                            return ControlFlow::Break(());
                        }
                    };
                    let n = doc_bytes(&doc);
                    if !budget.try_acquire(n) {
                        // the window is full: what this thread holds goes first (it may be what fills the window)
                        if !pending.is_empty() {
                            queued.fetch_add(1, Ordering::Relaxed);
                            if work_tx.send(std::mem::take(&mut pending)).is_err() {
                                return ControlFlow::Break(());
                            }
                        }
                        pending_bytes = 0;
                        budget.acquire(n, &cancel);
                    }
                    if pending.is_empty() {
                        opened = Instant::now();
                    }
                    pending.push(Work { doc, stored_sha });
                    pending_bytes += n;
                    // a chunk goes when full, when the workers have nothing queued, or when it has waited long
                    // enough (inputs slow to read: parsing does not wait for a whole chunk)
                    if pending.len() >= chunk
                        || pending_bytes >= chunk_bytes
                        || queued.load(Ordering::Relaxed) == 0
                        || opened.elapsed() >= CHUNK_WAIT
                    {
                        pending_bytes = 0;
                        queued.fetch_add(1, Ordering::Relaxed);
                        if work_tx.send(std::mem::replace(&mut pending, Vec::with_capacity(chunk))).is_err() {
                            return ControlFlow::Break(());
                        }
                    }
                    ControlFlow::Continue(())
                });
                if !pending.is_empty() && !cancel.is_set() {
                    queued.fetch_add(1, Ordering::Relaxed);
                    let _ = work_tx.send(pending);
                }
                input_read.store(true, Ordering::Relaxed);
                // work_tx lives to the end of this thread: the writer takes `stale` once its input has ended
                let walked = walked?;
                ignored.store(walked.ignored, Ordering::Relaxed);
                duplicates.store(walked.duplicates, Ordering::Relaxed);
                if walked.complete && err.is_none() {
                    *stale.lock().unwrap() = store::stale_errors(&conn, &walked.roots, |l| seen.contains(l))?;
                }
                match err {
                    Some(e) => {
                        abort.store(true, Ordering::Relaxed);
                        Err(e.into())
                    }
                    None => Ok(()),
                }
                })();
                (r, thread_cpu())
            })
            .expect("spawn reader")
    };

    // the writer: runs on this thread's side while the pool parses
    let writer = {
        let abort = abort.clone();
        let budget = budget.clone();
        let progress = progress.clone();
        let batch = opts.batch.max(1);
        let commit_every = opts.commit_every;
        let stale = stale.clone();
        let input_read = input_read.clone();
        let db = db.to_path_buf();
        std::thread::Builder::new()
            .name("vanban-write".into())
            .spawn(move || -> Result<Summary, IndexError> {
                let io = WriteIo { budget: &budget, progress: &progress, input_read: &input_read, db: &db };
                let mut s = write_run(&mut conn, out_rx, batch, commit_every, &io, &abort, &stale)?;
                s.cpu_seconds = thread_cpu().map(|write| ThreadCpu { write, ..Default::default() });
                Ok(s)
            })
            .expect("spawn writer")
    };
    let io_limits = vanban_io::Limits { max_file_bytes: opts.limits.max_entry_bytes };
    let queued = &queued;
    let store_text = opts.store_text;
    {
        // each of the pool's threads takes the next chunk from the reader's channel, blocking while there is none (a
        // thread waiting for the receiver's lock sleeps: `par_bridge` had the idle worker poll the lock and yield, CPU
        // taken from the reader and the writer on two cores)
        let cancel = cancel.clone();
        let work_rx = Mutex::new(work_rx);
        pool.broadcast(|_| {
            let tx = out_tx.clone();
            loop {
                // (the lock is held while waiting for a chunk: the other workers wait for the lock instead)
                let Ok(ws) = work_rx.lock().unwrap_or_else(|e| e.into_inner()).recv() else { break };
                queued.fetch_sub(1, Ordering::Relaxed);
                let mut out = Vec::with_capacity(ws.len());
                for w in ws {
                    if cancel.is_set() {
                        break;
                    }
                    out.push(process(w, &io_limits, store_text));
                }
                if tx.send(out).is_err() {
                    break;
                }
            }
        });
        // (the writer ends once every sender is gone)
        drop(out_tx);
    }
    // each parse worker's CPU time so far (the pool's threads end after the run)
    let parse_cpu: Option<f64> = pool.broadcast(|_| thread_cpu()).into_iter().sum();
    let (read, read_cpu) = reader.join().expect("reader thread");
    let written = writer.join().expect("writer thread");
    let stopped = cancel.stopped();
    abort.store(true, Ordering::Relaxed);
    // Counting a huge archive can outlast a stopped run: then the counter is left to end on its own (it only reads).
    let mut count_cpu = None;
    if !stopped || counter.is_finished() {
        count_cpu = counter.join().ok().flatten();
    }
    let mut summary = written?;
    if let Some(c) = &mut summary.cpu_seconds {
        c.read = read_cpu.unwrap_or(0.0);
        c.parse = parse_cpu.unwrap_or(0.0);
        c.count = count_cpu.unwrap_or(0.0);
    }
    read?;
    summary.stopped = stopped;
    summary.ignored = ignored.load(Ordering::Relaxed);
    summary.duplicates = duplicates.load(Ordering::Relaxed);
    summary.seconds = start.elapsed().as_secs_f64();
    summary.threads = threads;
    progress.finish();
    Ok(summary)
}

/// Documents per chunk between the threads, at most. 64 rather than 16: a quarter of the messages and wake-ups
/// between the reader, the workers and the writer (100 MB archive, `--threads 2`: context switches ~11,000 ->
/// ~4,500, the writer's and the reader's CPU ~0.1 s less); a worker's last chunk is still only ~25 ms of parsing.
const CHUNK_DOCS: usize = 64;
/// Bytes of input per chunk, at most (a larger document goes alone).
const CHUNK_BYTES: u64 = 1 << 20;
/// The channel from the workers to the writer holds this many windows of documents (see the module's doc: four
/// windows were up to 10 MB more memory at the end of a 1 GB run, for ~2-3% of its time). What it holds is bounded
/// like the rest by `window_bytes`.
pub const OUT_WINDOWS: usize = 1;
/// A chunk that is not full goes after this long (inputs that are slow to read), or at once when the workers have
/// nothing queued.
const CHUNK_WAIT: Duration = Duration::from_millis(20);

fn doc_bytes(d: &Doc) -> u64 {
    d.bytes.as_ref().map(|b| b.len() as u64).unwrap_or(0)
}

/// A worker's job: hash, skip if unchanged, decode, parse, serialize. Never panics (parse_input catches the
/// parser's panics).
fn process(w: Work, io_limits: &vanban_io::Limits, keep_text: bool) -> Outcome {
    let Work { doc, stored_sha } = w;
    let Doc { label, format, bytes } = doc;
    let bytes = match bytes {
        Err(e) => {
            let src = SourceRow { label, sha256: String::new(), format, bytes: 0 };
            return Outcome::Done { src, what: Written::Error { kind: e.kind.to_string(), message: e.message }, text: None, seconds: 0.0 };
        }
        Ok(b) => b,
    };
    let n = bytes.len() as u64;
    let sha = vanban_io::sha256_hex(&bytes);
    if stored_sha.as_deref() == Some(sha.as_str()) {
        return Outcome::Skipped { bytes: n };
    }
    let mut text = None;
    let started = Instant::now();
    // the hash is the record's source.sha256 too: computed once
    let input = vanban_io::read_bytes_hashed(&label, &bytes, &format, io_limits, sha.clone());
    drop(bytes);
    let src = SourceRow { label, sha256: sha, format, bytes: n };
    let what = match input {
        Err(e) => Written::Error { kind: e.kind.as_str().to_string(), message: e.message },
        Ok(input) => {
            match vanban_io::parse_input_owned(input) {
                Err(er) => Written::Error { kind: er.error.kind, message: er.error.message },
                Ok((parsed_text, record)) => match serde_json::to_string(&record) {
                    Ok(json) => {
                        if keep_text {
                            text = Some(parsed_text);
                        }
                        Written::Ok { columns: store::Columns::from(record), json }
                    }
                    Err(e) => Written::Error { kind: "internal".into(), message: format!("record does not serialize: {e}") },
                },
            }
        }
    };
    Outcome::Done { src, what, text, seconds: started.elapsed().as_secs_f64() }
}

/// The writer thread's work: every outcome written, then the stale error rows removed, the store's sources counted
/// and the WAL folded into the database file.
fn write_run(
    conn: &mut rusqlite::Connection,
    rx: Receiver<Vec<Outcome>>,
    batch: usize,
    commit_every: Duration,
    io: &WriteIo<'_>,
    abort: &AtomicBool,
    stale: &Mutex<Vec<String>>,
) -> Result<Summary, IndexError> {
    let mut early = None;
    let r = write_all(conn, rx, batch, commit_every, io, &mut early);
    if let Some(h) = early {
        let _ = h.join();
    }
    if r.is_err() {
        abort.store(true, Ordering::Relaxed);
    }
    let mut s = r?;
    // the reader has listed them before its end, which ended the workers and so this writer's input
    s.removed = store::remove_errors(conn, &std::mem::take(&mut *stale.lock().unwrap()))?;
    (s.store_sources, s.store_errors) = store::source_counts(conn)?;
    store::build_indexes(conn)?;
    // fold the WAL into the database file so that it is one file at rest
    let _ = conn.pragma_update(None, "wal_checkpoint", "TRUNCATE");
    Ok(s)
}

/// What the writer shares with the rest of the run.
struct WriteIo<'a> {
    budget: &'a Budget,
    progress: &'a progress::Progress,
    /// The reader has read all its input.
    input_read: &'a AtomicBool,
    db: &'a Path,
}

/// A checkpoint of the WAL on a connection of its own, on a thread of its own: PASSIVE, so it copies what is committed
/// without ever waiting for the writer (nor making it wait), and gives up if another checkpoint is running.
fn checkpoint_beside(db: &Path) -> Option<std::thread::JoinHandle<()>> {
    let db = db.to_path_buf();
    std::thread::Builder::new()
        .name("vanban-ckpt".into())
        .spawn(move || {
            if let Ok(c) = rusqlite::Connection::open(&db) {
                let _ = c.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
            }
        })
        .ok()
}

/// Writes every outcome. Once the reader has read all its input (what is left is at most the window, being parsed),
/// the transaction is committed at the next chunk and a checkpoint of the WAL so far starts beside (`early`): the
/// closing checkpoint of `write_run` then has only the last pages to copy and sync (it was ~60 ms at the end of a
/// 100 MB run with the cores idle, with up to 32 MB of WAL to fold in).
fn write_all(
    conn: &mut rusqlite::Connection,
    rx: Receiver<Vec<Outcome>>,
    batch: usize,
    commit_every: Duration,
    io: &WriteIo<'_>,
    early: &mut Option<std::thread::JoinHandle<()>>,
) -> Result<Summary, IndexError> {
    let WriteIo { budget, progress, input_read, db } = *io;
    let mut checkpoint_started = false;
    let mut s = Summary::default();
    let mut first = match rx.recv() {
        Ok(o) => Some(o),
        Err(_) => return Ok(s),
    };
    let mut done = false;
    while !done {
        let tx = conn.transaction()?;
        let opened = Instant::now();
        let mut in_tx = 0usize;
        let mut checkpoint_now = false;
        // a transaction ends between chunks: `batch` sources or a little more
        while in_tx < batch {
            let chunk = match first.take() {
                Some(o) => o,
                None => match rx.recv_timeout(commit_every.saturating_sub(opened.elapsed())) {
                    Ok(o) => o,
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => {
                        done = true;
                        break;
                    }
                },
            };
            let (mut indexed, mut skipped, mut failed, mut bytes, mut released) = (0u64, 0u64, 0u64, 0u64, 0u64);
            for o in chunk {
                match o {
                    Outcome::Skipped { bytes: n } => {
                        released += n;
                        skipped += 1;
                    }
                    Outcome::Done { src, what, text, seconds } => {
                        s.note_time(&src.label, seconds);
                        let stored = store::write_source(&tx, &src, &what)?;
                        // also when texts are not kept: a replaced source's old text goes
                        texts::put_stored(&tx, stored, text.as_deref())?;
                        released += src.bytes;
                        bytes += src.bytes;
                        if matches!(what, Written::Error { .. }) {
                            failed += 1;
                        } else {
                            indexed += 1;
                        }
                        in_tx += 1;
                    }
                }
            }
            budget.release(released);
            s.skipped += skipped;
            s.indexed += indexed;
            s.failed += failed;
            s.bytes += bytes;
            // failed bytes count as read: they were (the counters' `bytes` are the bytes of input parsed or failed)
            progress.add(indexed, skipped, failed, bytes);
            if !checkpoint_started && input_read.load(Ordering::Relaxed) {
                checkpoint_now = true;
                break;
            }
        }
        tx.commit()?;
        if checkpoint_now {
            checkpoint_started = true;
            *early = checkpoint_beside(db);
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/docs")
    }

    fn tmp_db(name: &str) -> PathBuf {
        let p = std::env::temp_dir().join(format!("vanban-lib-{name}-{}.db", std::process::id()));
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", p.display()));
        }
        p
    }

    fn cleanup(p: &Path) {
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", p.display()));
        }
    }

    #[test]
    fn counters_follow_the_run_and_texts_are_kept() {
        let db = tmp_db("counters");
        let counters = Arc::new(progress::Counters::default());
        let opts = Options { threads: 2, progress: ProgressMode::None, counters: Some(counters.clone()), ..Default::default() };
        let s = index(&[corpus()], &db, &opts).unwrap();
        assert!(s.indexed >= 8 && !s.stopped, "{s}");
        assert_eq!(counters.indexed.load(Ordering::Relaxed), s.indexed);
        assert_eq!(counters.failed.load(Ordering::Relaxed), s.failed);
        assert_eq!(counters.bytes.load(Ordering::Relaxed), s.bytes);
        assert_eq!(counters.total(), Some(s.indexed + s.failed));
        // the slowest documents: the run's own, slowest first
        assert_eq!(s.slowest.len(), SLOWEST);
        assert!(s.slowest.windows(2).all(|w| w[0].seconds >= w[1].seconds), "{:?}", s.slowest);
        assert!(s.slowest.iter().all(|x| x.seconds > 0.0 && x.label.starts_with(&corpus().display().to_string())));
        let conn = store::open_read(&db).unwrap();
        let n: i64 = conn.query_row("SELECT count(*) FROM texts t JOIN documents d ON d.id = t.id", [], |r| r.get(0)).unwrap();
        assert_eq!(n, store::counts(&conn).unwrap().documents);
        // the stored text is the text the record's spans point into
        let label = corpus().join("kiengiang_nq_23.txt").display().to_string();
        let (parsed, _) = vanban_io::parse_path(&label, &vanban_io::Limits::default()).unwrap();
        assert_eq!(texts::get(&conn, &label).unwrap().as_deref(), Some(parsed.text.as_str()));
        drop(conn);
        cleanup(&db);
    }

    #[test]
    fn the_slowest_are_kept_in_order_and_named_when_slow() {
        let mut s = Summary::default();
        for (i, t) in [0.5, 0.1, 2.0, 0.3, 0.2, 0.05, 1.0, 0.2].iter().enumerate() {
            s.note_time(&format!("d{i}"), *t);
        }
        let got: Vec<(&str, f64)> = s.slowest.iter().map(|x| (x.label.as_str(), x.seconds)).collect();
        assert_eq!(got, [("d2", 2.0), ("d6", 1.0), ("d0", 0.5), ("d3", 0.3), ("d4", 0.2)]);
        assert!(s.to_string().ends_with("; slowest document d2 (2.0 s)"), "{s}");
        // a run of fast documents names none
        let mut fast = Summary::default();
        fast.note_time("a", 0.01);
        assert!(!fast.to_string().contains("slowest"));
    }

    fn has_code_index(db: &Path) -> bool {
        let conn = store::open_read(db).unwrap();
        conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'documents_code'", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap()
            == 1
    }

    #[test]
    fn the_code_index_is_built_at_the_end_and_kept_by_a_store_with_documents() {
        let db = tmp_db("code-index");
        let opts = Options { threads: 1, progress: ProgressMode::None, ..Default::default() };
        index(&[corpus()], &db, &opts).unwrap();
        assert!(has_code_index(&db));
        // queries by code use it
        let conn = store::open_read(&db).unwrap();
        let plan: String = conn
            .query_row("EXPLAIN QUERY PLAN SELECT id FROM documents WHERE code = '23-NQ/TU'", [], |r| r.get(3))
            .unwrap();
        assert!(plan.contains("documents_code"), "{plan}");
        drop(conn);
        // a store with documents keeps it before a run; an empty one drops it until the run's end
        let conn = store::open(&db).unwrap();
        assert!(!store::defer_indexes(&conn).unwrap());
        drop(conn);
        assert!(has_code_index(&db));
        let empty = tmp_db("code-index-empty");
        let conn = store::open(&empty).unwrap();
        store::build_indexes(&conn).unwrap();
        assert!(store::defer_indexes(&conn).unwrap());
        drop(conn);
        assert!(!has_code_index(&empty));
        // a run killed before its end leaves a store without it (the documents are there): the next run builds it
        let conn = store::open(&db).unwrap();
        conn.execute_batch("DROP INDEX documents_code").unwrap();
        drop(conn);
        let s = index(&[corpus()], &db, &opts).unwrap();
        assert!(s.skipped > 0 && s.indexed == 0, "{s}");
        assert!(has_code_index(&db));
        cleanup(&db);
        cleanup(&empty);
    }

    #[test]
    fn a_stopped_run_commits_what_it_wrote_and_a_rerun_completes() {
        let db = tmp_db("stop");
        let stop = Arc::new(AtomicBool::new(true));
        let opts = Options { threads: 1, progress: ProgressMode::None, stop: Some(stop.clone()), ..Default::default() };
        // one row per document of corpus/docs (the .txt files), however many the folder holds
        let n = std::fs::read_dir(corpus()).unwrap().filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt")).count() as i64;
        assert!(n >= 8);
        let s = index(&[corpus()], &db, &opts).unwrap();
        assert!(s.stopped);
        assert!(s.store_sources < n, "{s}");
        stop.store(false, Ordering::Relaxed);
        let s2 = index(&[corpus()], &db, &opts).unwrap();
        assert!(!s2.stopped);
        assert_eq!(s2.store_sources, n);
        assert_eq!(s2.skipped as i64, s.store_sources);
        cleanup(&db);
    }
}
