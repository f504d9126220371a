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
