//! `cargo run --release -p vanban-graph --example graph_bench [DOCS] [REFS_PER_DOC]`
//!
//! A synthetic archive (records built directly, no parsing): DOCS documents in 20 provinces, each citing
//! REFS_PER_DOC documents — earlier documents of its province, national decrees and laws, some missing from the
//! archive. Prints the graph build time and the median time of cited-by, top-cited and ancestors to depth 5.

use std::time::Instant;
use vanban_core::record::{Issuer, Record, Reference};
use vanban_graph::Graph;

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let docs = *args.first().unwrap_or(&100_000);
    let per = *args.get(1).unwrap_or(&10);
    let provinces = 20;
    let mut seed = 0x9E3779B97F4A7C15u64;
    let mut rnd = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n.max(1) as u64) as usize
    };
    let t0 = Instant::now();
    let mut recs = Vec::with_capacity(docs);
    for i in 0..docs {
        let p = i % provinces;
        let year = 2015 + (i / provinces) % 10;
        let number = i / provinces + 1;
        let mut r = Record::default();
        r.code = Some(format!("{number}/KH-UBND"));
        r.doc_type = Some("Kế hoạch".into());
        r.date = Some(format!("{year}-03-01"));
        r.issuer = Issuer { name: Some("ỦY BAN NHÂN DÂN".into()), parent: None, jurisdiction: Some(format!("tinh-{p}")) };
        r.source.path = format!("doc{i}");
        for k in 0..per {
            let key = match rnd(10) {
                // an earlier document of the same province (in the archive)
                0..=5 if i >= provinces => {
                    let j = rnd(i / provinces) * provinces + p;
                    let y = 2015 + (j / provinces) % 10;
                    format!("tinh-{p}:{}/KH-UBND:{y}", j / provinces + 1)
                }
                // a national decree (2,000 of them, none in the archive)
                6..=8 => format!("{}/20{:02}/NĐ-CP", rnd(2000) + 1, 10 + rnd(15)),
                // a Party resolution of the province, missing
                _ => format!("tinh-{p}:{}-NQ/TU:2023", rnd(50) + 1),
            };
            r.references.push(Reference { key: Some(key), role: Some(if k == 0 { "căn cứ" } else { "thực hiện" }.into()), span: [k, k + 1], text: String::new(), ..Default::default() });
        }
        recs.push(r);
    }
    let gen = t0.elapsed();
    let t = Instant::now();
    let g = Graph::build(&recs);
    let build = t.elapsed();
    println!(
        "synthetic archive: {docs} documents, {} references (generated in {:.2?}); graph: {} nodes, {} edges, {} placeholders",
        docs * per,
        gen,
        g.nodes.len(),
        g.edges.len(),
        g.unresolved().count()
    );
    println!("graph build: {:.2?}", build);
    let keys: Vec<usize> = (0..200).map(|_| rnd(g.nodes.len())).collect();
    let median = |mut v: Vec<f64>| {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[v.len() / 2]
    };
    let time = |f: &dyn Fn(usize) -> usize| {
        median(keys.iter().map(|&k| {
            let t = Instant::now();
            std::hint::black_box(f(k));
            t.elapsed().as_secs_f64() * 1000.0
        }).collect())
    };
    println!("median cited-by:            {:.4} ms", time(&|k| g.cited_by(k).count()));
    println!("median top-cited (n=20):    {:.4} ms", time(&|_| g.top_cited(20, false).len()));
    println!("median top-cited missing:   {:.4} ms", time(&|_| g.top_cited(20, true).len()));
    println!("median ancestors depth 5:   {:.4} ms", time(&|k| g.ancestors(k, 5).len()));
    println!("median descendants depth 5: {:.4} ms", time(&|k| g.descendants(k, 5).len()));
}
