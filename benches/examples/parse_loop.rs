//! Parses the bench corpus N times (default 5) and prints MB/s: a fixed workload for profilers
//! (`perf record`, `valgrind --tool=callgrind`), e.g.
//! `cargo build --release -p vanban-benches --example parse_loop && perf record -g target/release/examples/parse_loop 20`.

use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let docs = vanban_benches::corpus();
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for (_, text) in &docs {
            n += vanban_core::parse(text).record.references.len();
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} documents, {} bytes, {rounds} rounds: {:.2} s, {:.1} MiB/s ({n} references)",
        docs.len(),
        bytes,
        s,
        (bytes * rounds) as f64 / s / 1048576.0
    );
}
