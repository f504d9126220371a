//! Writes a synthetic archive from corpus/docs, deterministic by seed.
//!
//! cargo run --release -p vanban-index --example gen_archive -- --size 100M --seed 1 -o /tmp/a100m.zip
//! Options: --size N[K|M|G] (bytes of documents), --docs N (at most N documents), --seed S, --corrupt RATE (0.01),
//! --pdf SHARE, --docx SHARE (0), --extra N (most paragraphs added to a body, 12), --templates DIR,
//! --format zip|dir|jsonl (from the output name: .zip, .jsonl, else a folder), -o OUT.

use std::path::PathBuf;
use vanban_index::synth::{generate, OutFormat, SynthOptions};

fn size(s: &str) -> u64 {
    let (n, mult) = match s.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&s[..s.len() - 1], 1u64 << 10),
        Some('M') => (&s[..s.len() - 1], 1 << 20),
        Some('G') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    (n.parse::<f64>().unwrap_or_else(|_| panic!("bad size {s}")) * mult as f64) as u64
}

fn main() {
    let mut o = SynthOptions::default();
    let mut out: Option<PathBuf> = None;
    let mut format: Option<OutFormat> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--size" => o.target_bytes = size(&val()),
            "--docs" => o.max_docs = val().parse().expect("--docs N"),
            "--seed" => o.seed = val().parse().expect("--seed N"),
            "--corrupt" => o.corrupt_rate = val().parse().expect("--corrupt RATE"),
            "--pdf" => o.pdf_share = val().parse().expect("--pdf SHARE"),
            "--docx" => o.docx_share = val().parse().expect("--docx SHARE"),
            "--extra" => o.max_extra_paragraphs = val().parse().expect("--extra N"),
            "--templates" => o.templates = PathBuf::from(val()),
            "--format" => {
                format = Some(match val().as_str() {
                    "zip" => OutFormat::Zip,
                    "dir" => OutFormat::Dir,
                    "jsonl" => OutFormat::Jsonl,
                    f => panic!("unknown format {f}"),
                })
            }
            "-o" | "--out" => out = Some(PathBuf::from(val())),
            _ => {
                eprintln!("usage: gen_archive [--size 100M] [--docs N] [--seed 1] [--corrupt 0.01] [--pdf 0] [--docx 0] [--extra 12] [--format zip|dir|jsonl] -o OUT");
                std::process::exit(2);
            }
        }
    }
    let out = out.unwrap_or_else(|| {
        eprintln!("gen_archive: -o OUT is required");
        std::process::exit(2)
    });
    let format = format.unwrap_or(match out.extension().and_then(|e| e.to_str()) {
        Some("zip") => OutFormat::Zip,
        Some("jsonl") => OutFormat::Jsonl,
        _ => OutFormat::Dir,
    });
    let t = std::time::Instant::now();
    match generate(&o, &out, format) {
        Ok(st) => println!(
            "{}: {} documents, {} bytes ({} pdf, {} docx, {} corrupt) in {:.1} s",
            out.display(),
            st.docs,
            st.bytes,
            st.pdf,
            st.docx,
            st.corrupt.len(),
            t.elapsed().as_secs_f64()
        ),
        Err(e) => {
            eprintln!("gen_archive: {e}");
            std::process::exit(1);
        }
    }
}
