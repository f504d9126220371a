//! PDF fixtures (made by scripts/make_fixtures_pdf.py from corpus/docs with two producers: LibreOffice from the
//! DOCX fixtures, `<doc>.lo.pdf`, and reportlab drawing the text itself, `<doc>.rl.pdf`) give the fields of their
//! source text through `vanban parse`.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const SAME_FIELDS: [&str; 8] = ["doc_type", "code", "issuer", "place", "date", "subject", "signer", "recipients"];
const PRODUCERS: [&str; 2] = ["lo", "rl"];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn parse_one(path: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_vanban")).arg("parse").arg(path).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{}: {e}\nstderr: {}", path.display(), String::from_utf8_lossy(&out.stderr))
    })
}

fn reference_codes(v: &Value) -> Vec<Value> {
    v["references"].as_array().map(|a| a.iter().map(|r| r["code"].clone()).collect()).unwrap_or_default()
}

/// The documents of corpus/docs, by stem.
fn documents() -> Vec<String> {
    let mut stems: Vec<String> = std::fs::read_dir(repo().join("corpus/docs"))
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "txt").then(|| p.file_stem().unwrap().to_str().unwrap().to_string())
        })
        .collect();
    stems.sort();
    stems
}

/// Every document has a fixture from each producer, and every fixture parses to the fields of its source. All
/// differences are gathered before failing, so one run shows them all.
#[test]
fn pdf_fixtures_give_the_fields_of_their_source() {
    let dir = repo().join("tests/fixtures/pdf");
    let docs = documents();
    assert!(docs.len() >= 8, "{} documents in corpus/docs", docs.len());
    let mut diffs: Vec<String> = Vec::new();
    let mut n = 0;
    for stem in &docs {
        let src = parse_one(&repo().join("corpus/docs").join(format!("{stem}.txt")));
        assert!(src.get("error").is_none(), "{stem}.txt: {src}");
        for producer in PRODUCERS {
            let name = format!("{stem}.{producer}.pdf");
            let path = dir.join(&name);
            assert!(path.exists(), "{name} is missing: run scripts/make_fixtures_pdf.py");
            let pdf = parse_one(&path);
            n += 1;
            if let Some(e) = pdf.get("error") {
                diffs.push(format!("{name}: error record {e}"));
                continue;
            }
            assert_eq!(pdf["source"]["format"], "pdf", "{name}");
            for f in SAME_FIELDS {
                if pdf[f] != src[f] {
                    diffs.push(format!("{name}: {f}\n    pdf: {}\n    txt: {}", pdf[f], src[f]));
                }
            }
            let (a, b) = (reference_codes(&pdf), reference_codes(&src));
            if a != b {
                diffs.push(format!("{name}: reference codes\n    pdf: {a:?}\n    txt: {b:?}"));
            }
        }
    }
    assert_eq!(n, docs.len() * PRODUCERS.len());
    assert!(diffs.is_empty(), "{} differences in {n} PDF fixtures:\n{}", diffs.len(), diffs.join("\n"));
}
