//! Parses the bench corpus N times (default 5) and prints MB/s: a fixed workload for profilers
//! (`perf record`, `valgrind --tool=callgrind`), e.g.
//! `cargo build --release -p vanban-benches --example parse_loop && perf record -g target/release/examples/parse_loop 20`.
//! `THREADS=2 parse_loop 10`: the same rounds on each of 2 threads of one process (what two parse threads of
//! `vanban index` share: the compiled rules and their caches), to compare with two processes side by side.

use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let docs = vanban_benches::corpus();
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    if std::env::var("PER_DOC").is_ok() {
        // `PER_DOC=1 parse_loop`: the documents that cost most per byte (best of `rounds` runs each), then the share of
        // all parse time the costliest tenth takes: is the cost spread evenly or held by a few documents?
        let mut rows: Vec<(f64, usize, &str)> = docs
            .iter()
            .map(|(name, text)| {
                let best = (0..rounds.max(1))
                    .map(|_| {
                        let t = Instant::now();
                        std::hint::black_box(vanban_core::parse(text));
                        t.elapsed().as_secs_f64()
                    })
                    .fold(f64::MAX, f64::min);
                (best, text.len(), name.as_str())
            })
            .collect();
        let total: f64 = rows.iter().map(|r| r.0).sum();
        rows.sort_by(|a, b| (b.0 / b.1 as f64).total_cmp(&(a.0 / a.1 as f64)));
        for (s, len, name) in rows.iter().take(25) {
            println!("{name}\t{len} bytes\t{:.2} ms\t{:.1} MiB/s", s * 1e3, *len as f64 / s / 1048576.0);
        }
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        let top: f64 = rows.iter().take(rows.len() / 10).map(|r| r.0).sum();
        println!("costliest tenth of the documents: {:.0}% of {:.2} s", 100.0 * top / total, total);
        return;
    }
    let threads: usize = std::env::var("THREADS").ok().and_then(|t| t.parse().ok()).unwrap_or(1).max(1);
    let work = |docs: &[(String, String)]| {
        let mut n = 0;
        for _ in 0..rounds {
            for (_, text) in docs {
                n += vanban_core::parse(text).record.references.len();
            }
        }
        n
    };
    let t = Instant::now();
    let n: usize = std::thread::scope(|s| {
        let hs: Vec<_> = (0..threads).map(|_| s.spawn(|| work(&docs))).collect();
        hs.into_iter().map(|h| h.join().unwrap()).sum()
    });
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} documents, {} bytes, {rounds} rounds on {threads} thread(s): {:.2} s, {:.1} MiB/s in all ({n} references)",
        docs.len(),
        bytes,
        s,
        (bytes * rounds * threads) as f64 / s / 1048576.0
    );
}
