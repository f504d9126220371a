//! Progress on standard error: an indicatif bar with rate and ETA on a terminal, a plain line every few seconds
//! otherwise (logs, CI, pipes). An observer (the Python binding) can also read the counters of a run as it goes:
//! [`Counters`], shared through `Options::counters`.

use crate::ProgressMode;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Live counters of a run, updated by the writer as it writes each source, readable from any
/// thread at any time (each counter on its own: a snapshot may be a few documents apart between fields).
#[derive(Debug)]
pub struct Counters {
    pub indexed: AtomicU64,
    pub skipped: AtomicU64,
    pub failed: AtomicU64,
    /// Bytes of input parsed or failed (not skipped).
    pub bytes: AtomicU64,
    /// The number of documents of the run once counted (a thread counts them beside the run), `u64::MAX` until then.
    total: AtomicU64,
}

impl Default for Counters {
    fn default() -> Self {
        Counters {
            indexed: AtomicU64::new(0),
            skipped: AtomicU64::new(0),
            failed: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            total: AtomicU64::new(u64::MAX),
        }
    }
}

impl Counters {
    /// The number of documents of the run, once known.
    pub fn total(&self) -> Option<u64> {
        match self.total.load(Ordering::Relaxed) {
            u64::MAX => None,
            n => Some(n),
        }
    }
    /// Documents done: indexed + skipped + failed.
    pub fn done(&self) -> u64 {
        self.indexed.load(Ordering::Relaxed) + self.skipped.load(Ordering::Relaxed) + self.failed.load(Ordering::Relaxed)
    }
}

#[derive(Clone)]
pub struct Progress {
    inner: Arc<Inner>,
}

struct Inner {
    bar: Option<ProgressBar>,
    lines: bool,
    interval: Duration,
    start: Instant,
    state: Mutex<State>,
    counters: Option<Arc<Counters>>,
}

#[derive(Default)]
struct State {
    total: Option<u64>,
    indexed: u64,
    skipped: u64,
    failed: u64,
    bytes: u64,
    last_line: Option<Instant>,
}

impl State {
    fn done(&self) -> u64 {
        self.indexed + self.skipped + self.failed
    }
}

fn fmt_secs(s: f64) -> String {
    let s = s.max(0.0) as u64;
    if s >= 3600 {
        format!("{}h{:02}m", s / 3600, s / 60 % 60)
    } else if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}

impl Progress {
    pub fn new(mode: ProgressMode, interval: Duration) -> Self {
        Self::with_counters(mode, interval, None)
    }

    /// Like [`Progress::new`], also keeping `counters` up to date for an observer.
    pub fn with_counters(mode: ProgressMode, interval: Duration, counters: Option<Arc<Counters>>) -> Self {
        let tty = std::io::stderr().is_terminal();
        let (bar, lines) = match mode {
            ProgressMode::Auto if tty => (true, false),
            ProgressMode::Auto => (false, true),
            ProgressMode::Bar => (true, false),
            ProgressMode::Lines => (false, true),
            ProgressMode::None => (false, false),
        };
        let bar = bar.then(|| {
            let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
            b.set_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} docs  {per_sec}  ETA {eta}  {msg}",
                )
                .expect("template")
                .progress_chars("=> "),
            );
            b
        });
        Progress {
            inner: Arc::new(Inner {
                bar,
                lines,
                interval,
                start: Instant::now(),
                state: Mutex::new(State::default()),
                counters,
            }),
        }
    }

    /// The number of documents of the run, once counted.
    pub fn set_total(&self, n: u64) {
        self.inner.state.lock().unwrap().total = Some(n);
        if let Some(c) = &self.inner.counters {
            c.total.store(n.min(u64::MAX - 1), Ordering::Relaxed);
        }
        if let Some(b) = &self.inner.bar {
            b.set_length(n);
        }
    }

    pub fn add(&self, indexed: u64, skipped: u64, failed: u64, bytes: u64) {
        if let Some(c) = &self.inner.counters {
            c.indexed.fetch_add(indexed, Ordering::Relaxed);
            c.skipped.fetch_add(skipped, Ordering::Relaxed);
            c.failed.fetch_add(failed, Ordering::Relaxed);
            c.bytes.fetch_add(bytes, Ordering::Relaxed);
        }
        let mut s = self.inner.state.lock().unwrap();
        let before = s.done();
        s.indexed += indexed;
        s.skipped += skipped;
        s.failed += failed;
        s.bytes += bytes;
        if let Some(b) = &self.inner.bar {
            b.inc(indexed + skipped + failed);
            if failed > 0 || skipped > 0 || s.done() / 64 != before / 64 {
                b.set_message(format!(
                    "{:.1} MB/s  {} failed  {} skipped",
                    s.bytes as f64 / 1e6 / self.inner.start.elapsed().as_secs_f64().max(1e-3),
                    s.failed,
                    s.skipped
                ));
            }
        }
        if self.inner.lines {
            let now = Instant::now();
            let due = match s.last_line {
                None => now.duration_since(self.inner.start) >= self.inner.interval,
                Some(t) => now.duration_since(t) >= self.inner.interval,
            };
            if due {
                s.last_line = Some(now);
                eprintln!("{}", self.line(&s));
            }
        }
    }

    fn line(&self, s: &State) -> String {
        let secs = self.inner.start.elapsed().as_secs_f64().max(1e-3);
        let done = s.done();
        let rate = done as f64 / secs;
        let of = match s.total {
            Some(t) => {
                let eta = if rate > 0.0 { fmt_secs(t.saturating_sub(done) as f64 / rate) } else { "?".into() };
                format!("{done}/{t} docs ({:.1}%), ETA {eta}", 100.0 * done as f64 / t.max(1) as f64)
            }
            None => format!("{done} docs"),
        };
        format!(
            "vanban index: {of}; {} indexed, {} skipped, {} failed; {:.0} docs/s, {:.2} MB/s, {} elapsed",
            s.indexed,
            s.skipped,
            s.failed,
            rate,
            s.bytes as f64 / 1e6 / secs,
            fmt_secs(secs)
        )
    }

    pub fn finish(&self) {
        if let Some(b) = &self.inner.bar {
            b.finish_and_clear();
        }
    }
}
