//! End-to-end tests of the `vanban` binary.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn shared() -> Option<PathBuf> {
    let p = std::env::var("VANBAN_SHARED").map(PathBuf::from).unwrap_or_else(|_| repo().join("../shared"));
    p.join("CONTRACT.md").exists().then_some(p)
}

#[test]
fn bad_files_give_error_records_and_the_rest_is_parsed() {
    let dir = std::env::temp_dir().join(format!("vanban-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let junk = dir.join("junk.txt");
    std::fs::write(&junk, [0u8, 159, 146, 150, 0, 1, 2, 3, 255, 254]).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let latin = dir.join("tcvn3.txt");
    std::fs::write(&latin, b"UBND T\xabNH KON TUM\nS\xe8: 12/KH-UBND").unwrap();
    let good = repo().join("corpus/docs/gialai_kh_45.txt");
    let missing = dir.join("missing.txt");
    let out = bin()
        .arg("parse")
        .args([&junk, &good, &empty, &latin, &missing])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "exit status 1 when a file failed");
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5, "one record per input, in order");
    let kinds: Vec<Option<&str>> = lines.iter().map(|l| l["error"]["kind"].as_str()).collect();
    assert_eq!(kinds, [Some("binary"), None, Some("empty"), Some("encoding"), Some("io")]);
    assert_eq!(lines[1]["code"], "45-KH/TU");
    assert_eq!(lines[1]["schema"], "vanban/1");
    assert!(lines[0]["error"]["message"].as_str().unwrap().len() > 5);
    assert_eq!(lines[0]["source"]["path"], junk.to_str().unwrap());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn stdin_and_pretty() {
    use std::io::Write;
    let mut child = bin()
        .args(["parse", "--pretty", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("BỘ CÔNG AN\nSố: 13/2026/TT-BCA\nHà Nội, ngày 03 tháng 2 năm 2026\n".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("\n  \"code\": \"13/2026/TT-BCA\""), "{s}");
    let v: Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["date"], "2026-02-03");
    assert_eq!(v["doc_type"], "Thông tư");
}

/// Issue 3's acceptance: header and signature fields exactly as the gold on the five seeds.
#[test]
fn seeds_header_and_signature_exact() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is absent");
        return;
    };
    let fields = [
        "doc_type", "code", "number", "symbol", "place", "date", "subject", "recipients", "cc",
    ];
    let nested = [("issuer", "name"), ("issuer", "parent"), ("issuer", "jurisdiction"), ("signer", "authority"), ("signer", "title"), ("signer", "name")];
    let mut seeds: Vec<_> = std::fs::read_dir(shared.join("seeds")).unwrap().map(|e| e.unwrap().path()).collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5);
    for seed in seeds {
        let id = seed.file_stem().unwrap().to_str().unwrap();
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(repo().join(format!("corpus/gold/{id}.json"))).unwrap()).unwrap();
        let out = bin().arg("parse").arg(&seed).output().unwrap();
        assert!(out.status.success());
        let rec: Value = serde_json::from_slice(&out.stdout).unwrap();
        for f in fields {
            assert_eq!(rec[f], gold[f], "{id}: {f}");
        }
        for (a, b) in nested {
            assert_eq!(rec[a][b], gold[a][b], "{id}: {a}.{b}");
        }
    }
}

#[test]
fn eval_meets_floors() {
    let root = repo();
    let out = bin()
        .args(["eval", "corpus/gold", "--floors", "corpus/floors.json", "--save"])
        .arg(std::env::temp_dir().join(format!("vanban-run-{}.json", std::process::id())))
        .current_dir(&root)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    if shared().is_none() {
        // without ../shared only the repo's own documents are scored; floors are set on the whole corpus
        assert!(report.contains("skipped"), "{report}");
        return;
    }
    assert!(out.status.success(), "{report}\n{}", String::from_utf8_lossy(&out.stderr));
    let n = std::fs::read_dir(root.join("corpus/gold")).unwrap().filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "json")).count();
    assert!(n >= 30, "at least 30 gold records");
    assert!(report.contains(&format!("documents scored: {n}\n")), "every gold record scored: {report}");
}

#[test]
fn eval_by_source() {
    // --source repo scores only the documents written for the repo (present in any clone); the count is theirs
    let root = repo();
    let out = bin().args(["eval", "corpus/gold", "--source", "repo"]).current_dir(&root).output().unwrap();
    assert!(out.status.success());
    let n = std::fs::read_dir(root.join("corpus/gold"))
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .filter(|g| g.contains("\"source\": \"repo:"))
        .count();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(n > 0 && report.contains(&format!("documents scored: {n}\n")), "{report}");
    // and floors are raised only from a run over every source
    let out = bin().args(["eval", "corpus/gold", "--source", "repo", "--floors", "corpus/floors.json", "--raise-floors"]).current_dir(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn eval_compare_lists_gains_and_losses() {
    let root = repo();
    let saved = std::env::temp_dir().join(format!("vanban-run-cmp-{}.json", std::process::id()));
    let out = bin().args(["eval", "corpus/gold", "--split", "dev", "--save"]).arg(&saved).current_dir(&root).output().unwrap();
    assert!(out.status.success());
    // doctor the saved run: pretend an earlier run got one field wrong, so now it shows as a gain
    let mut run: Value = serde_json::from_str(&std::fs::read_to_string(&saved).unwrap()).unwrap();
    let doc = run["docs"]["gialai_kh_45"]["code"]["counts"].as_object_mut().unwrap();
    doc.insert("tp".into(), 0.into());
    doc.insert("fn".into(), 1.into());
    std::fs::write(&saved, run.to_string()).unwrap();
    let out = bin().args(["eval", "corpus/gold", "--split", "dev", "--compare"]).arg(&saved).current_dir(&root).output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("+ gialai_kh_45 code"), "{s}");
    assert!(s.contains("losses (0)"), "{s}");
    std::fs::remove_file(saved).ok();
}

fn parse_one(path: &Path) -> Value {
    let out = bin().arg("parse").arg(path).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const SAME_FIELDS: [&str; 8] = ["doc_type", "code", "issuer", "place", "date", "subject", "signer", "recipients"];

/// DOCX fixtures (made by scripts/make_fixtures_docx.py from corpus/docs) give the fields of their source text.
#[test]
fn docx_fixtures_give_the_fields_of_their_source() {
    let dir = repo().join("tests/fixtures/docx");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        if !name.ends_with(".docx") || name.starts_with("bad_") {
            continue;
        }
        let src = repo().join("corpus/docs").join(name.replace(".docx", ".txt"));
        let (a, b) = (parse_one(&p), parse_one(&src));
        assert_eq!(a["source"]["format"], "docx");
        for f in SAME_FIELDS {
            assert_eq!(a[f], b[f], "{name}: {f}");
        }
        let codes = |v: &Value| v["references"].as_array().unwrap().iter().map(|r| r["code"].clone()).collect::<Vec<_>>();
        assert_eq!(codes(&a), codes(&b), "{name}: references");
        n += 1;
    }
    assert!(n >= 8, "{n} fixtures");
    // malformed DOCX files: an error record each, with its kind
    for (file, kind) in [("bad_not_zip.docx", "not-docx"), ("bad_bomb.docx", "limit-exceeded"), ("bad_no_document.docx", "not-docx")] {
        let v = parse_one(&dir.join(file));
        assert_eq!(v["error"]["kind"], kind, "{file}");
    }
}

/// Legacy 8-bit encodings (TCVN3, VNI, VIQR; made by scripts/make_fixtures_legacy.py) give the fields of the source.
#[test]
fn legacy_encodings_give_the_fields_of_their_source() {
    let dir = repo().join("tests/fixtures/legacy");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_string();
        let Some(stem) = [".tcvn3.txt", ".vni.txt", ".viqr.txt"].iter().find_map(|s| name.strip_suffix(s)) else { continue };
        let (a, b) = (parse_one(&p), parse_one(&repo().join("corpus/docs").join(format!("{stem}.txt"))));
        assert!(a.get("error").is_none(), "{name}: {a}");
        for f in SAME_FIELDS {
            assert_eq!(a[f], b[f], "{name}: {f}");
        }
        n += 1;
    }
    assert!(n >= 20, "{n} fixtures");
}

/// The real Official Gazette PDFs of ../shared/corpus/pdf: the code and type parsed from the PDF equal the gold's.
#[test]
fn gazette_pdfs_give_the_gold_code_and_type() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is absent");
        return;
    };
    let mut n = 0;
    for e in std::fs::read_dir(repo().join("corpus/gold")).unwrap() {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap();
        let id = gold["id"].as_str().unwrap();
        let pdf = shared.join("corpus/pdf").join(format!("{id}.pdf"));
        if !id.starts_with("cb_") || !pdf.exists() {
            continue;
        }
        let rec = parse_one(&pdf);
        assert_eq!(rec["source"]["format"], "pdf");
        assert_eq!(rec["doc_type"], gold["doc_type"], "{id}: doc_type");
        assert_eq!(rec["code"], gold["code"], "{id}: code");
        n += 1;
    }
    assert!(n >= 10, "{n} gazette PDFs with gold");
}
