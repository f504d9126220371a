//! `cargo bench -p vanban-benches`: reference extraction alone, and the whole parse, over the corpus.
//! Throughput is in bytes of normalized text, so criterion prints MB/s (MiB/s).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn benches(c: &mut Criterion) {
    let docs = vanban_benches::corpus();
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    eprintln!("bench corpus: {} documents, {} bytes", docs.len(), bytes);
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("references", |b| {
        b.iter(|| {
            let mut n = 0;
            for (_, t) in &docs {
                n += vanban_core::references::extract(t, Some("kon-tum"), None).len();
            }
            n
        })
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            let mut n = 0;
            for (_, t) in &docs {
                n += vanban_core::parse(t).record.references.len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(parse, benches);
criterion_main!(parse);
