//! The cost of parsing by size: short texts (an empty one, one line, the first lines of a document) parsed many
//! times, to tell a per-document cost from a per-byte one.
use std::time::Instant;

fn main() {
    let docs = vanban_benches::corpus();
    let first = &docs[0].1;
    let cut = |n: usize| {
        let mut e = n.min(first.len());
        while !first.is_char_boundary(e) {
            e -= 1;
        }
        first[..e].to_string()
    };
    let texts = vec![String::new(), "Kính gửi: Sở Tài chính.".to_string(), cut(500), cut(2000), cut(4000), cut(8000)];
    for t in &texts {
        let n = 2000;
        let s = Instant::now();
        let mut k = 0;
        for _ in 0..n {
            k += vanban_core::parse(t).record.references.len();
        }
        let us = s.elapsed().as_secs_f64() * 1e6 / n as f64;
        println!("{:6} bytes: {:8.1} us per parse ({k})", t.len(), us);
    }
}
