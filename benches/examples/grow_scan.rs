//! Which lines of the corpus make the parser's work grow faster than its input: each distinct line of corpus/docs
//! (every STEP-th, default 7) repeated N and 4N times (N=2000 by default), joined by SEP ("\n" by default: one
//! paragraph of lines run together; "\n\n", " "), parsed (best of two); prints the 12 largest ratios of time, with
//! both times. A linear parse gives ~4x; the quadratic searches found in session 12 gave 12-16x. The test
//! `corpus_lines_run_together_grow_linearly` (crates/vanban-core/tests/adversarial.rs) checks a sample in CI.
//!
//! `cargo build --release -p vanban-benches --example grow_scan && STEP=3 SEP='\n\n' target/release/examples/grow_scan`
//! `LINE='đồng/người/đêm;' N=8000 target/release/examples/grow_scan`: that line alone (the README's figures of
//! session 12 are the second time, of 4N lines, before and after each fix). LINE may be a block of lines ("\n" in it
//! breaks a line), after HEAD given once: `HEAD='Phụ lục\nSTT\nNhiệm vụ\nCơ quan chủ trì\n' LINE='1\nRà soát\nSở Y tế'`.
use std::time::Instant;
fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/docs");
    // (LINE and HEAD read "\\n" as a line break: a block of lines repeated, after a heading given once)
    let only: Vec<String> = std::env::var("LINE").into_iter().map(|l| l.replace("\\n", "\n")).collect();
    let mut lines: Vec<String> = only.clone();
    let mut paths: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for p in paths.iter().filter(|_| only.is_empty()) {
        let t = std::fs::read_to_string(&p).unwrap();
        for l in t.lines() {
            let l = l.trim();
            if l.len() > 15 && !lines.iter().any(|x| x == l) {
                lines.push(l.to_string());
            }
        }
    }
    let step: usize = std::env::var("STEP").ok().and_then(|s| s.parse().ok()).unwrap_or(if lines.len() == 1 { 1 } else { 7 });
    let sep = std::env::var("SEP").unwrap_or("\n".into()).replace("\\n", "\n");
    let n: usize = std::env::var("N").ok().and_then(|s| s.parse().ok()).unwrap_or(2000);
    let head = format!(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 12/KH-UBND\nKon Tum, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nabc\n\n{}",
        std::env::var("HEAD").unwrap_or_default().replace("\\n", "\n")
    );
    let best = |t: &str| {
        (0..2)
            .map(|_| {
                let s = Instant::now();
                std::hint::black_box(vanban_core::parse(t));
                s.elapsed().as_secs_f64()
            })
            .fold(f64::MAX, f64::min)
    };
    let mut worst: Vec<(f64, f64, f64, String)> = vec![];
    for l in lines.iter().step_by(step) {
        let one = format!("{head}{}", vec![l.as_str(); n].join(&sep));
        let four = format!("{head}{}", vec![l.as_str(); 4 * n].join(&sep));
        let (a, b) = (best(&one), best(&four));
        worst.push((b / a, a, b, l.clone()));
    }
    worst.sort_by(|x, y| y.0.partial_cmp(&x.0).unwrap());
    for (r, a, b, l) in worst.iter().take(12) {
        println!("{r:.1}x {a:.3}s -> {b:.3}s  {l}");
    }
    println!("{} lines", worst.len());
}
