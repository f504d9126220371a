//! Inputs for the benches: the real corpus from ../shared when present, else the repo's own documents.

use std::path::{Path, PathBuf};

/// All bench documents as (name, normalized text); `LIMIT=n` only the first n.
pub fn corpus() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let shared = std::env::var("VANBAN_SHARED").map(PathBuf::from).unwrap_or_else(|_| root.join("../shared"));
    let mut dirs = vec![root.join("corpus/docs")];
    if let Ok(d) = std::env::var("BENCH_DOCS") {
        // another folder of .txt documents (its subfolders too), e.g. a synthetic archive written as files
        dirs = walk(Path::new(&d));
    } else if shared.join("corpus/text").exists() {
        dirs.push(shared.join("seeds"));
        dirs.push(shared.join("corpus/text"));
    }
    let limit: usize = std::env::var("LIMIT").ok().and_then(|l| l.parse().ok()).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        paths.sort();
        for p in paths {
            if out.len() >= limit {
                break;
            }
            if let Ok(t) = std::fs::read_to_string(&p) {
                let n = vanban_core::normalize::normalize(&t).text;
                out.push((p.file_name().unwrap().to_string_lossy().into_owned(), n));
            }
        }
    }
    out
}

/// The folder and its subfolders, sorted.
fn walk(d: &Path) -> Vec<PathBuf> {
    let mut out = vec![d.to_path_buf()];
    let mut subs: Vec<PathBuf> = std::fs::read_dir(d)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    subs.sort();
    for s in subs {
        out.extend(walk(&s));
    }
    out
}
