//! `vanban graph` over an indexed store (issue 8 on the corpus; skipped where ../shared is absent).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn cited_by_kon_tum_23_nq_tu_through_the_store() {
    let shared = std::env::var("VANBAN_SHARED").map(PathBuf::from).unwrap_or_else(|_| repo().join("../shared"));
    if !shared.join("seeds").exists() {
        eprintln!("skipped: ../shared is absent");
        return;
    }
    let dir = std::env::temp_dir().join(format!("vanban-graph-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("v.db");
    let st = bin()
        .args(["index", "--progress", "none", "--db"])
        .arg(&db)
        .arg(shared.join("seeds"))
        .arg(repo().join("corpus/docs"))
        .status()
        .unwrap();
    assert!(st.success());
    let out = bin().args(["graph", "--db"]).arg(&db).args(["cited-by", "kon-tum:23-NQ/TU:2023"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut by: Vec<String> = lines(&out.stdout)
        .iter()
        .map(|v| Path::new(v["by"]["path"].as_str().unwrap()).file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    by.sort();
    by.dedup();
    assert_eq!(by, ["001_a1fa60a055c0942b", "003_56bdbea5d1b1712c"]);
    // Kiên Giang's 23-NQ/TU is another node: a document of the archive, not cited by Kon Tum's letters
    let out = bin().args(["graph", "--db"]).arg(&db).args(["cited-by", "kien-giang:23-NQ/TU:2023"]).output().unwrap();
    assert!(out.status.success());
    assert!(lines(&out.stdout).iter().all(|v| v["by"]["jurisdiction"] == "kien-giang"));
    // an unknown key is an error, not an empty answer
    let out = bin().args(["graph", "--db"]).arg(&db).args(["cites", "no-such:1/X-Y:2024"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    // a code as printed: several provinces' 23-NQ/TU, so an error that lists their keys ...
    let out = bin().args(["graph", "--db"]).arg(&db).args(["cited-by", "23-NQ/TU"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kon-tum:23-NQ/TU:2023") && err.contains("kien-giang:23-NQ/TU:2023"), "{err}");
    // ... and a code of one document only, the answer for that document's key
    let by_code = bin().args(["graph", "--db"]).arg(&db).args(["cited-by", "26-NQ/TU"]).output().unwrap();
    let by_key = bin().args(["graph", "--db"]).arg(&db).args(["cited-by", "kon-tum:26-NQ/TU:2024"]).output().unwrap();
    assert!(by_code.status.success(), "{}", String::from_utf8_lossy(&by_code.stderr));
    assert!(!lines(&by_code.stdout).is_empty());
    assert_eq!(by_code.stdout, by_key.stdout);
    // exports: GraphML has one <node> per node of the JSON export
    let gm = bin().args(["graph", "--db"]).arg(&db).args(["export", "--format", "graphml"]).output().unwrap();
    let js = bin().args(["graph", "--db"]).arg(&db).args(["export", "--format", "json"]).output().unwrap();
    let j: Value = serde_json::from_slice(&js.stdout).unwrap();
    let gm = String::from_utf8(gm.stdout).unwrap();
    assert_eq!(gm.matches("<node ").count(), j["nodes"].as_array().unwrap().len());
    assert_eq!(gm.matches("<edge ").count(), j["edges"].as_array().unwrap().len());
    std::fs::remove_dir_all(&dir).ok();
}
