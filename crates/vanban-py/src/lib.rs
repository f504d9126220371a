//! The pyo3 layer: thin on purpose. It moves strings across the boundary and nothing else; the Python package
//! (`python/vanban`) builds the objects users see: `json.loads` and the objects cost 8-12% of `parse_many` on one
//! thread (`benches/py_bench.py`), while the JSON is written here in parallel with the GIL released. Batches
//! (`parse_texts`, `parse_files`) run on rayon threads.
//!
//! `IndexRun` runs `vanban_index::index` (the `vanban index` of the CLI) on a thread of its own; Python polls its
//! counters with short `wait` calls that release the GIL, draws the progress bar, and sets its stop flag on Ctrl-C.
//!
//! No Rust panic crosses into Python: every document is parsed under `catch_unwind`, and a panic comes back as an
//! error record of kind "internal" (the Python side raises `vanban.ParseError`).

// pyo3 0.22's #[pyfunction] expansion trips this lint on every PyResult return
#![allow(clippy::useless_conversion)]

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use vanban_io::{error_record, parse_path, Limits};

// mimalloc, as in the CLI (crates/vanban-cli/src/main.rs): `parse_many` and `vanban.index` free on one thread what
// another allocated, which glibc's malloc serializes on an arena lock, and the parser allocates many small strings.
// Rust's allocations only: Python's objects keep Python's allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Outcome of one document: (ok, record or error record as JSON, normalized text).
type Outcome = (bool, String, String);

fn panic_message(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

fn internal(path: &str, message: &str) -> Outcome {
    let rec = error_record(path, None, "internal", message);
    let json = serde_json::to_string(&rec).unwrap_or_else(|_| {
        // cannot happen for these plain strings; keep a valid error record all the same
        r#"{"schema":"vanban/1","source":{"path":"","sha256":"","format":""},"error":{"kind":"internal","message":"serialization failed"}}"#.into()
    });
    (false, json, String::new())
}

fn to_json<T: serde::Serialize>(path: &str, ok: bool, v: &T, text: String) -> Outcome {
    match serde_json::to_string(v) {
        Ok(json) => (ok, json, text),
        Err(e) => internal(path, &format!("record serialization failed: {e}")),
    }
}

/// Run `f` for one document; a panic becomes an "internal" error record.
fn guarded(path: &str, f: impl FnOnce() -> Outcome) -> Outcome {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|p| internal(path, &format!("parser failure: {}", panic_message(p))))
}

/// A text from Python goes through the same decoding as a file's bytes (empty and binary refused, a byte-order mark
/// dropped, ASCII VIQR converted), so that `parse(text)` and `parse_file(path)` give the same record.
fn text_outcome(text: &str, path: &str) -> Outcome {
    guarded(path, || {
        let source = vanban_core::record::Source {
            path: path.to_string(),
            sha256: vanban_io::sha256_hex(text.as_bytes()),
            format: "txt".into(),
        };
        let decoded = match vanban_io::decode_text(text.as_bytes()) {
            Ok(t) => t,
            Err(e) => {
                let rec = error_record(path, Some(&source), e.kind.as_str(), &e.message);
                return to_json(path, false, &rec, String::new());
            }
        };
        let parsed = vanban_core::parse(&decoded);
        let rec = vanban_core::with_source(parsed.record(), source);
        to_json(path, true, &rec, parsed.text)
    })
}

fn file_outcome(path: &str) -> Outcome {
    guarded(path, || match parse_path(path, &Limits::default()) {
        Ok((parsed, rec)) => to_json(path, true, &rec, parsed.text),
        Err(e) => to_json(path, false, &e, String::new()),
    })
}

/// How many threads `threads=None` means: RAYON_NUM_THREADS when set, else the cores available.
fn default_threads() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))
}

/// Map `f` over `items` on `threads` threads (None: [`default_threads`]), order kept.
///
/// Each call builds its own rayon pool and drops it at the end, instead of using rayon's global pool: a global pool's
/// threads would not survive a `fork()` (multiprocessing, Dask's or Jupyter's workers), and a forked child that used
/// it would hang. Starting a few threads costs microseconds against milliseconds of parsing per document.
fn run_many<T: Sync>(items: &[T], threads: Option<usize>, f: impl Fn(&T) -> Outcome + Sync + Send) -> PyResult<Vec<Outcome>> {
    let n = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        None => default_threads(),
    }
    .min(items.len().max(1));
    if n == 1 {
        return Ok(items.iter().map(f).collect());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("vanban-{i}"))
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?;
    // one document per task: documents differ in size by 100x, so rayon's splitting balances them
    Ok(pool.install(|| items.par_iter().with_max_len(1).map(&f).collect()))
}

/// Parse a document's text. Returns (ok, JSON, normalized text).
#[pyfunction]
#[pyo3(signature = (text, path=None))]
fn parse_text(py: Python<'_>, text: String, path: Option<String>) -> Outcome {
    let path = path.unwrap_or_else(|| "<text>".to_string());
    py.allow_threads(|| text_outcome(&text, &path))
}

/// Parse a file. Returns (ok, JSON record or error record, normalized text).
#[pyfunction]
fn parse_file(py: Python<'_>, path: String) -> Outcome {
    py.allow_threads(|| file_outcome(&path))
}

/// Parse many texts in parallel, GIL released. `paths` labels each text (`source.path`), "<text>" by default.
#[pyfunction]
#[pyo3(signature = (texts, paths=None, threads=None))]
fn parse_texts(py: Python<'_>, texts: Vec<String>, paths: Option<Vec<String>>, threads: Option<usize>) -> PyResult<Vec<Outcome>> {
    if let Some(p) = &paths {
        if p.len() != texts.len() {
            return Err(PyValueError::new_err("paths and texts differ in length"));
        }
    }
    py.allow_threads(|| {
        let items: Vec<(usize, &String)> = texts.iter().enumerate().collect();
        run_many(&items, threads, |(i, t)| {
            let label = paths.as_ref().map(|p| p[*i].as_str()).unwrap_or("<text>");
            text_outcome(t, label)
        })
    })
}

/// Parse many files in parallel, GIL released.
#[pyfunction]
#[pyo3(signature = (paths, threads=None))]
fn parse_files(py: Python<'_>, paths: Vec<String>, threads: Option<usize>) -> PyResult<Vec<Outcome>> {
    py.allow_threads(|| run_many(&paths, threads, |p| file_outcome(p)))
}

/// The citation graph of records (their JSON): `{"nodes", "edges", "ambiguous"}` as JSON. GIL released; a panic is a
/// ValueError, never a crash.
#[pyfunction]
fn graph_json(py: Python<'_>, records: Vec<String>) -> PyResult<String> {
    py.allow_threads(|| {
        catch_unwind(AssertUnwindSafe(|| {
            let recs: Result<Vec<vanban_core::record::Record>, _> = records.iter().map(|r| serde_json::from_str(r)).collect();
            recs.map(|r| vanban_graph::Graph::build(&r).to_json().to_string()).map_err(|e| format!("not a vanban record: {e}"))
        }))
        .unwrap_or_else(|_| Err("graph build failed (a bug: please report it)".to_string()))
    })
    .map_err(PyValueError::new_err)
}

/// The end of an index run: Ok(summary as JSON) or Err(the store's error, or a panic's message).
type RunResult = Result<String, String>;

/// One `vanban_index::index` run on its own thread: counters to read while it goes, a stop flag, its result.
#[pyclass(module = "vanban._vanban", frozen)]
struct IndexRun {
    counters: Arc<vanban_index::progress::Counters>,
    stop: Arc<AtomicBool>,
    done: Arc<(Mutex<Option<RunResult>>, Condvar)>,
    start: Instant,
}

#[pymethods]
impl IndexRun {
    /// Starts indexing `inputs` (folders, .zip, JSONL, files) into the store `db`; returns at once.
    #[new]
    #[pyo3(signature = (inputs, db, threads=None, window=None, batch=None, store_text=true))]
    fn new(
        inputs: Vec<String>,
        db: String,
        threads: Option<usize>,
        window: Option<usize>,
        batch: Option<usize>,
        store_text: bool,
    ) -> PyResult<Self> {
        if threads == Some(0) || window == Some(0) || batch == Some(0) {
            return Err(PyValueError::new_err("threads, window and batch must be at least 1"));
        }
        let counters = Arc::new(vanban_index::progress::Counters::default());
        let stop = Arc::new(AtomicBool::new(false));
        let mut opts = vanban_index::Options {
            threads: threads.unwrap_or_else(default_threads),
            progress: vanban_index::ProgressMode::None,
            counters: Some(counters.clone()),
            stop: Some(stop.clone()),
            store_text,
            ..Default::default()
        };
        if let Some(w) = window {
            opts.window = w;
        }
        if let Some(b) = batch {
            opts.batch = b;
        }
        let done: Arc<(Mutex<Option<RunResult>>, Condvar)> = Arc::new((Mutex::new(None), Condvar::new()));
        let inputs: Vec<PathBuf> = inputs.into_iter().map(PathBuf::from).collect();
        let db = PathBuf::from(db);
        {
            let done = done.clone();
            std::thread::Builder::new()
                .name("vanban-index".into())
                .spawn(move || {
                    let r = catch_unwind(AssertUnwindSafe(|| vanban_index::index(&inputs, &db, &opts)));
                    let r: RunResult = match r {
                        Ok(Ok(summary)) => serde_json::to_string(&summary).map_err(|e| e.to_string()),
                        Ok(Err(e)) => Err(e.to_string()),
                        Err(p) => Err(format!("indexer failure (a bug: please report it): {}", panic_message(p))),
                    };
                    let (lock, cv) = &*done;
                    *lock.lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
                    cv.notify_all();
                })
                .map_err(|e| PyValueError::new_err(format!("cannot start the index thread: {e}")))?;
        }
        Ok(IndexRun { counters, stop, done, start: Instant::now() })
    }

    /// (indexed, skipped, failed, bytes, total or None until counted, seconds since the start).
    fn snapshot(&self) -> (u64, u64, u64, u64, Option<u64>, f64) {
        let c = &self.counters;
        (
            c.indexed.load(Ordering::Relaxed),
            c.skipped.load(Ordering::Relaxed),
            c.failed.load(Ordering::Relaxed),
            c.bytes.load(Ordering::Relaxed),
            c.total(),
            self.start.elapsed().as_secs_f64(),
        )
    }

    /// Asks the run to stop: the reader stops, queued documents are dropped, the writer commits what it has.
    fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }

    /// Whether `stop()` was called.
    #[getter]
    fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// Waits up to `timeout` seconds (GIL released) for the run to end; True once it has.
    fn wait(&self, py: Python<'_>, timeout: f64) -> bool {
        let timeout = Duration::from_secs_f64(timeout.clamp(0.0, 3600.0));
        py.allow_threads(|| {
            let (lock, cv) = &*self.done;
            let guard = lock.lock().unwrap_or_else(|e| e.into_inner());
            let (guard, _) = cv.wait_timeout_while(guard, timeout, |r| r.is_none()).unwrap_or_else(|e| e.into_inner());
            guard.is_some()
        })
    }

    /// None while running; then (True, the summary as JSON) or (False, the error's message).
    fn result(&self) -> Option<(bool, String)> {
        let (lock, _) = &*self.done;
        lock.lock().unwrap_or_else(|e| e.into_inner()).as_ref().map(|r| match r {
            Ok(s) => (true, s.clone()),
            Err(e) => (false, e.clone()),
        })
    }
}

impl Drop for IndexRun {
    /// A run whose Python object goes away (an exception elsewhere, interpreter exit) is asked to stop; it ends on
    /// its own thread with a commit.
    fn drop(&mut self) {
        let finished = self.done.0.lock().map(|r| r.is_some()).unwrap_or(true);
        if !finished {
            self.stop.store(true, Ordering::Relaxed);
        }
    }
}

/// For the tests of the boundary: panics inside the guard, as a parser bug would.
/// The grouping key of a unit's name ("UBND tỉnh" and "Ủy ban nhân dân tỉnh" give the same key).
#[pyfunction]
fn unit_key(name: &str) -> String {
    vanban_core::units::unit_key(name)
}

#[pyfunction]
fn _panic_for_test(py: Python<'_>, message: String) -> Outcome {
    py.allow_threads(|| guarded("<test>", || panic!("{message}")))
}

#[pymodule]
fn _vanban(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse_text, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add_function(wrap_pyfunction!(parse_texts, m)?)?;
    m.add_function(wrap_pyfunction!(parse_files, m)?)?;
    m.add_function(wrap_pyfunction!(graph_json, m)?)?;
    m.add_function(wrap_pyfunction!(unit_key, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_test, m)?)?;
    m.add_class::<IndexRun>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("_debug_build", cfg!(debug_assertions))?;
    Ok(())
}
