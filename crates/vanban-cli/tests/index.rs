//! `vanban index` and `vanban export` end to end: a run killed with SIGKILL and resumed loses and doubles nothing;
//! corrupt inputs (junk, truncated PDF and DOCX, a zip bomb, entries named ../../x) become error rows while every
//! good document is indexed, and nothing is written outside the output.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use vanban_index::rusqlite;
use vanban_index::synth::{self, OutFormat, SynthOptions};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("vanban-index-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn sources_committed(db: &Path) -> i64 {
    let Ok(conn) = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY) else { return 0 };
    conn.query_row("SELECT count(*) FROM sources", [], |r| r.get(0)).unwrap_or(0)
}

fn export_jsonl(db: &Path, out: &Path) -> Vec<Value> {
    let st = bin().args(["export", "--db"]).arg(db).args(["--format", "jsonl", "-o"]).arg(out).status().unwrap();
    assert!(st.success());
    std::fs::read_to_string(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn label(v: &Value) -> String {
    v["source"]["path"].as_str().unwrap().to_string()
}

/// The store's own consistency: one document per ok source, no orphan rows, SQLite's integrity check.
fn check_store(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let q = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0)).unwrap(), "ok");
    assert_eq!(q("SELECT count(*) FROM sources WHERE status = 'ok'"), q("SELECT count(*) FROM documents"));
    assert_eq!(q("SELECT count(*) FROM documents d LEFT JOIN sources s ON s.id = d.id WHERE s.status IS NOT 'ok'"), 0);
    assert_eq!(q(r#"SELECT count(*) FROM "references" WHERE doc_id NOT IN (SELECT id FROM documents)"#), 0);
    assert_eq!(q("SELECT count(*) FROM tasks WHERE doc_id NOT IN (SELECT id FROM documents)"), 0);
    assert_eq!(q("SELECT count(*) - count(DISTINCT label) FROM sources"), 0);
}

#[test]
fn killed_with_sigkill_and_resumed_every_document_once() {
    let dir = tmp("kill");
    let zip = dir.join("archive.zip");
    let opts = SynthOptions { seed: 42, max_docs: 3000, target_bytes: u64::MAX, max_extra_paragraphs: 0, ..Default::default() };
    let st = synth::generate(&opts, &zip, OutFormat::Zip).unwrap();
    assert_eq!(st.docs, 3000);
    assert!(!st.corrupt.is_empty());
    let db = dir.join("store.db");
    let run = || {
        let mut c = bin();
        c.arg("index").arg(&zip).arg("--db").arg(&db).args(["--threads", "2", "--batch", "50", "--progress", "none"]);
        c
    };

    // kill it three times, each time after more rows are committed
    let mut kills = 0;
    for round in 1..=3 {
        let before = sources_committed(&db);
        let mut child = run().stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        let start = Instant::now();
        let killed = loop {
            if child.try_wait().unwrap().is_some() {
                break false;
            }
            if sources_committed(&db) >= before + 150 {
                child.kill().unwrap(); // SIGKILL
                child.wait().unwrap();
                break true;
            }
            assert!(start.elapsed() < Duration::from_secs(300), "round {round}: no progress");
            std::thread::sleep(Duration::from_millis(20));
        };
        if !killed {
            break;
        }
        kills += 1;
        let after = sources_committed(&db);
        assert!(after > before && after < st.docs as i64, "round {round}: killed part-way ({before} -> {after})");
        check_store(&db);
    }
    assert!(kills >= 1, "the run was never killed part-way");

    // resume to the end
    let committed = sources_committed(&db);
    let out = run().arg("--json").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(summary["skipped"].as_i64().unwrap() > 0, "{summary}");
    assert!(summary["skipped"].as_i64().unwrap() <= committed);
    assert_eq!(summary["store_sources"].as_i64().unwrap(), st.docs as i64, "{summary}");
    check_store(&db);

    // exactly one record or error record per input document
    let records = export_jsonl(&db, &dir.join("export.jsonl"));
    assert_eq!(records.len() as u64, st.docs);
    let z = zip.to_string_lossy().into_owned();
    let labels: BTreeSet<String> = records.iter().map(label).collect();
    assert_eq!(labels.len() as u64, st.docs, "no document twice");
    let expected: BTreeSet<String> = {
        let mut a = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
        (0..a.len()).map(|i| format!("{z}!{}", a.by_index(i).unwrap().name())).collect()
    };
    assert_eq!(labels, expected);
    let failed: BTreeSet<String> = records.iter().filter(|r| r.get("error").is_some()).map(label).collect();
    let corrupt: BTreeSet<String> = st.corrupt.iter().map(|n| format!("{z}!{n}")).collect();
    assert_eq!(failed, corrupt, "the corrupt files and only they failed");
    assert!(records.iter().filter(|r| r.get("error").is_none()).all(|r| r["schema"] == "vanban/1"));

    // a third run changes nothing
    let out = run().arg("--json").output().unwrap();
    let again: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(again["indexed"], 0, "{again}");
    assert_eq!(again["skipped"].as_u64().unwrap() + again["failed"].as_u64().unwrap(), st.docs);
    assert_eq!(again["store_sources"].as_u64().unwrap(), st.docs);
    std::fs::remove_dir_all(&dir).ok();
}

/// Every file under `root` with its size, except under `except`.
fn tree(root: &Path, except: &Path) -> BTreeMap<PathBuf, u64> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.starts_with(except) {
                continue;
            }
            if p.is_dir() {
                stack.push(p.clone());
                out.insert(p, 0);
            } else {
                out.insert(p.clone(), p.metadata().unwrap().len());
            }
        }
    }
    out
}

#[test]
fn corrupt_inputs_are_error_rows_and_nothing_escapes() {
    let root = tmp("corrupt");
    let input = root.join("in");
    let work = input.join("a").join("b"); // the working directory: ../../x from here would be `in/x`
    let out_dir = root.join("out");
    std::fs::create_dir_all(&work).unwrap();
    std::fs::create_dir_all(&out_dir).unwrap();
    let docs: Vec<String> = ["gialai_kh_45.txt", "phuyen_qd_1876.txt", "daklak_cv_1520.txt"]
        .iter()
        .map(|n| std::fs::read_to_string(repo().join("corpus/docs").join(n)).unwrap())
        .collect();
    let pdf = synth::pdf_bytes(&docs[0]);
    let docx = synth::docx_bytes(&docs[1]);
    let junk: Vec<u8> = (0..3000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).chain([0]).collect();

    // loose files
    std::fs::write(input.join("good.txt"), &docs[0]).unwrap();
    std::fs::write(input.join("junk.txt"), &junk).unwrap();
    std::fs::write(input.join("truncated.pdf"), &pdf[..pdf.len() / 3]).unwrap();
    std::fs::write(input.join("truncated.docx"), &docx[..docx.len() / 2]).unwrap();
    std::fs::write(input.join("picture.png"), b"\x89PNG not a document").unwrap();
    std::fs::write(input.join("not-a-zip.zip"), b"PK\x03\x04 this is not an archive").unwrap();
    let jsonl = format!(
        "{}\n{{\"id\": \"cut\", \"text\": \"Số: 1\n{}\n",
        serde_json::json!({"id": "j1", "text": docs[2]}),
        serde_json::json!({"id": "j2", "text": docs[1]}),
    );
    std::fs::write(input.join("docs.jsonl"), jsonl).unwrap();

    // the archive
    let zpath = input.join("archive.zip");
    {
        let mut z = zip::ZipWriter::new(std::fs::File::create(&zpath).unwrap());
        let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let mut add = |name: &str, bytes: &[u8]| {
            z.start_file(name, o).unwrap();
            z.write_all(bytes).unwrap();
        };
        add("ok/one.txt", docs[0].as_bytes());
        add("ok/two.md", docs[1].as_bytes());
        add("../../x", docs[2].as_bytes());
        add("../../../../../../tmp/vanban-escape.txt", docs[2].as_bytes());
        add("/abs/y.txt", docs[0].as_bytes());
        add("bomb.txt", &vec![b'a'; 40 << 20]); // 40 MiB of one byte: a ratio near 1000:1
        add("junk.txt", &junk);
        add("truncated.pdf", &pdf[..pdf.len() / 2]);
        add("truncated.docx", &docx[..docx.len() / 3]);
        add("empty.txt", b"");
        z.finish().unwrap();
    }
    let before = tree(&root, &out_dir);
    let db = out_dir.join("v.db");
    let out = bin()
        .current_dir(&work)
        .arg("index")
        .arg(&input)
        .arg("--db")
        .arg(&db)
        .args(["--threads", "2", "--progress", "lines", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["ignored"], 1, "the picture: {summary}");
    assert_eq!(tree(&root, &out_dir), before, "nothing written outside the output");
    assert!(!Path::new("/tmp/vanban-escape.txt").exists());
    check_store(&db);

    let records = export_jsonl(&db, &out_dir.join("export.jsonl"));
    let by_label: BTreeMap<String, &Value> = records.iter().map(|r| (label(r), r)).collect();
    assert_eq!(by_label.len(), records.len());
    let i = input.to_string_lossy().into_owned();
    let z = zpath.to_string_lossy().into_owned();
    let good = [
        format!("{i}/good.txt"),
        format!("{z}!ok/one.txt"),
        format!("{z}!ok/two.md"),
        format!("{z}!../../x"),
        format!("{z}!../../../../../../tmp/vanban-escape.txt"),
        format!("{z}!/abs/y.txt"),
        format!("{i}/docs.jsonl#j1"),
        format!("{i}/docs.jsonl#j2"),
    ];
    let bad = [
        (format!("{i}/junk.txt"), Some("binary")),
        (format!("{i}/truncated.pdf"), None),
        (format!("{i}/truncated.docx"), None),
        (format!("{i}/not-a-zip.zip"), Some("archive")),
        (format!("{i}/docs.jsonl#L2"), Some("bad-jsonl")),
        (format!("{z}!bomb.txt"), Some("zip-bomb")),
        (format!("{z}!junk.txt"), Some("binary")),
        (format!("{z}!truncated.pdf"), None),
        (format!("{z}!truncated.docx"), None),
        (format!("{z}!empty.txt"), Some("empty")),
    ];
    assert_eq!(records.len(), good.len() + bad.len(), "{:#?}", by_label.keys().collect::<Vec<_>>());
    for g in &good {
        let r = by_label.get(g).unwrap_or_else(|| panic!("{g} missing"));
        assert!(r.get("error").is_none(), "{g}: {r}");
        assert!(r["code"].is_string(), "{g}: {}", r["code"]);
    }
    assert_eq!(by_label[&format!("{z}!../../x")]["code"], by_label[&format!("{i}/docs.jsonl#j1")]["code"]);
    for (b, kind) in &bad {
        let r = by_label.get(b).unwrap_or_else(|| panic!("{b} missing"));
        let k = r["error"]["kind"].as_str().unwrap_or_else(|| panic!("{b}: no error: {r}"));
        assert!(!r["error"]["message"].as_str().unwrap().is_empty());
        if let Some(kind) = kind {
            assert_eq!(k, *kind, "{b}");
        }
    }
    // a re-run skips everything it can and keeps one row per input
    let again = bin().arg("index").arg(&input).arg("--db").arg(&db).args(["--progress", "none", "--json"]).output().unwrap();
    let again: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(again["indexed"], 0, "{again}");
    assert_eq!(again["store_sources"].as_u64().unwrap() as usize, good.len() + bad.len());
    std::fs::remove_dir_all(&root).ok();
}

#[test]
fn a_changed_document_is_parsed_again_and_replaces_its_rows() {
    let dir = tmp("changed");
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let a = std::fs::read_to_string(repo().join("corpus/docs/gialai_kh_45.txt")).unwrap();
    let b = std::fs::read_to_string(repo().join("corpus/docs/phuyen_qd_1876.txt")).unwrap();
    std::fs::write(docs.join("a.txt"), &a).unwrap();
    std::fs::write(docs.join("b.txt"), &a).unwrap();
    let db = dir.join("v.db");
    let run = || {
        let out = bin().arg("index").arg(&docs).arg("--db").arg(&db).args(["--progress", "none", "--json"]).output().unwrap();
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let s = run();
    assert_eq!((s["indexed"].as_u64(), s["skipped"].as_u64()), (Some(2), Some(0)));
    std::fs::write(docs.join("b.txt"), &b).unwrap();
    let s = run();
    assert_eq!((s["indexed"].as_u64(), s["skipped"].as_u64()), (Some(1), Some(1)));
    std::fs::write(docs.join("b.txt"), b"\x00\x01junk").unwrap();
    let s = run();
    assert_eq!((s["failed"].as_u64(), s["skipped"].as_u64(), s["store_sources"].as_u64()), (Some(1), Some(1), Some(2)));
    check_store(&db);
    let records = export_jsonl(&db, &dir.join("e.jsonl"));
    assert_eq!(records.len(), 2);
    assert!(records[0]["source"]["path"].as_str().unwrap().ends_with("a.txt"), "in label order");
    assert_eq!(records[0]["code"], "45-KH/TU");
    assert_eq!(records[1]["error"]["kind"], "binary");
    std::fs::remove_dir_all(&dir).ok();
}

fn short_doc(n: u32) -> String {
    format!("UBND TỈNH KON TUM\nSỞ Y TẾ\n\nSố: {n}/KH-SYT\nKon Tum, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nThử nghiệm số {n}\n")
}

fn index_json(cwd: &Path, args: &[&str]) -> Value {
    let out = bin().current_dir(cwd).arg("index").args(args).args(["--progress", "none", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A zip whose entries may share a name (the zip crate refuses to write a name twice: the names are written as
/// "x.tx0", "x.tx1"... and renamed "x.txt" in the bytes).
fn zip_with_same_names(path: &Path, entries: &[(&str, &str)]) {
    {
        let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
        let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (i, (name, text)) in entries.iter().enumerate() {
            let name = if *name == "x.txt" { format!("x.tx{i}") } else { name.to_string() };
            z.start_file(name, o).unwrap();
            z.write_all(text.as_bytes()).unwrap();
        }
        z.finish().unwrap();
    }
    let mut bytes = std::fs::read(path).unwrap();
    for i in 0..bytes.len() - 5 {
        if bytes[i..i + 4] == *b"x.tx" && bytes[i + 4].is_ascii_digit() {
            bytes[i + 4] = b't';
        }
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_label_twice_in_one_run_keeps_one_row_per_document() {
    let dir = tmp("dups");
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let a = std::fs::read_to_string(repo().join("corpus/docs/gialai_kh_45.txt")).unwrap();
    let b = std::fs::read_to_string(repo().join("corpus/docs/phuyen_qd_1876.txt")).unwrap();
    std::fs::write(docs.join("a.txt"), &a).unwrap();
    std::fs::write(docs.join("b.txt"), &b).unwrap();
    // two entries named x.txt with other contents, and the first once more
    zip_with_same_names(&dir.join("z.zip"), &[("x.txt", &a), ("x.txt", &b), ("x.txt", &a)]);
    let line = |id: &str, t: &str| serde_json::json!({"id": id, "text": t}).to_string();
    std::fs::write(dir.join("f.jsonl"), format!("{}\n{}\n{}\n", line("k", &a), line("k", &b), line("k", &a))).unwrap();
    let b_abs = docs.join("b.txt").to_string_lossy().into_owned();
    // the folder, a file of it spelled otherwise, another by its absolute path, the zip twice, the JSONL file
    let args = ["docs", "./docs/a.txt", &b_abs, "z.zip", "z.zip", "f.jsonl", "--db", "v.db", "--threads", "2"];
    let s = index_json(&dir, &args);
    assert_eq!(s["indexed"], 6, "{s}");
    assert_eq!(s["failed"], 0, "{s}");
    // a.txt, b.txt, the third x.txt, the second pass over the zip (3 entries), the third JSONL line
    assert_eq!(s["duplicates"], 7, "{s}");
    assert_eq!(s["store_sources"], 6, "{s}");
    let db = dir.join("v.db");
    check_store(&db);
    let records = export_jsonl(&db, &dir.join("e.jsonl"));
    let by: BTreeMap<String, &Value> = records.iter().map(|r| (label(r), r)).collect();
    let labels: Vec<&str> = by.keys().map(|s| s.as_str()).collect();
    assert_eq!(labels, ["docs/a.txt", "docs/b.txt", "f.jsonl#k", "f.jsonl#k#2", "z.zip!x.txt", "z.zip!x.txt#2"]);
    let code = |l: &str| by[l]["code"].as_str().unwrap().to_string();
    assert_ne!(code("docs/a.txt"), code("docs/b.txt"));
    for (l, same_as) in [("z.zip!x.txt", "docs/a.txt"), ("z.zip!x.txt#2", "docs/b.txt"), ("f.jsonl#k", "docs/a.txt"), ("f.jsonl#k#2", "docs/b.txt")] {
        assert_eq!(code(l), code(same_as), "{l}");
    }

    // the same command again: the same labels, every document skipped, nothing added
    let s = index_json(&dir, &args);
    assert_eq!((s["indexed"].as_u64(), s["skipped"].as_u64(), s["duplicates"].as_u64()), (Some(0), Some(6), Some(7)), "{s}");
    assert_eq!(s["store_sources"], 6);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_failed_document_fixed_is_indexed_on_the_rerun_and_its_error_row_goes() {
    let dir = tmp("fixed");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let big = std::fs::read_to_string(repo().join("corpus/docs/gialai_kh_45.txt")).unwrap();
    assert!(big.len() > 1500);
    let junk: &[u8] = b"\x00\x01\x02\x03 junk \xff\xfe\x00";
    std::fs::write(input.join("big.txt"), &big).unwrap(); // over the limit of the first run
    std::fs::write(input.join("junk.txt"), junk).unwrap(); // binary: fixed below
    std::fs::write(input.join("stay.txt"), junk).unwrap(); // binary, left as it is
    std::fs::write(input.join("ok.txt"), short_doc(1)).unwrap();
    std::fs::write(input.join("broken.zip"), b"PK\x03\x04 a download cut short").unwrap();
    let good_line = serde_json::json!({"id": "j1", "text": short_doc(2)}).to_string();
    std::fs::write(input.join("lines.jsonl"), format!("{good_line}\n{{\"id\": \"j2\", \"text\": \"Số: 1\n")).unwrap();

    let s = index_json(&dir, &["in", "--db", "v.db", "--max-entry-bytes", "1500"]);
    assert_eq!((s["indexed"].as_u64(), s["failed"].as_u64()), (Some(2), Some(5)), "{s}");
    let db = dir.join("v.db");
    let errors = |db: &Path| -> BTreeMap<String, String> {
        let conn = rusqlite::Connection::open(db).unwrap();
        let mut st = conn.prepare("SELECT label, error_kind FROM sources WHERE status = 'error'").unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(|r| r.unwrap()).collect()
    };
    let e: Vec<(String, String)> = errors(&db).into_iter().collect();
    let want = [
        ("in/big.txt", "too-large"),
        ("in/broken.zip", "archive"),
        ("in/junk.txt", "binary"),
        ("in/lines.jsonl#L2", "bad-jsonl"),
        ("in/stay.txt", "binary"),
    ];
    assert_eq!(e, want.map(|(l, k)| (l.to_string(), k.to_string())));

    // fixed: the limit back to its default, the junk replaced, the zip downloaded again, the JSONL line completed
    std::fs::write(input.join("junk.txt"), short_doc(3)).unwrap();
    {
        let mut z = zip::ZipWriter::new(std::fs::File::create(input.join("broken.zip")).unwrap());
        z.start_file("one.txt", zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(short_doc(4).as_bytes()).unwrap();
        z.finish().unwrap();
    }
    let j2 = serde_json::json!({"id": "j2", "text": short_doc(5)}).to_string();
    std::fs::write(input.join("lines.jsonl"), format!("{good_line}\n{j2}\n")).unwrap();
    let s = index_json(&dir, &["in", "--db", "v.db"]);
    // big, junk, the zip's entry, the JSONL line j2; ok.txt and j1 unchanged; stay.txt tried again and failing
    assert_eq!((s["indexed"].as_u64(), s["skipped"].as_u64(), s["failed"].as_u64()), (Some(4), Some(2), Some(1)), "{s}");
    // the rows of the zip that did not open and of the line that had no readable id are gone
    assert_eq!(s["removed"], 2, "{s}");
    assert_eq!((s["store_sources"].as_u64(), s["store_errors"].as_u64()), (Some(7), Some(1)), "{s}");
    assert_eq!(errors(&db).into_iter().collect::<Vec<_>>(), [("in/stay.txt".to_string(), "binary".to_string())]);
    check_store(&db);
    let records = export_jsonl(&db, &dir.join("e.jsonl"));
    let labels: Vec<String> = records.iter().map(label).collect();
    assert_eq!(
        labels,
        ["in/big.txt", "in/broken.zip!one.txt", "in/junk.txt", "in/lines.jsonl#j1", "in/lines.jsonl#j2", "in/ok.txt", "in/stay.txt"]
    );
    let by: BTreeMap<String, &Value> = records.iter().map(|r| (label(r), r)).collect();
    assert_eq!(by["in/big.txt"]["code"], "45-KH/TU");
    assert_eq!(by["in/junk.txt"]["code"], "3/KH-SYT");
    assert_eq!(by["in/broken.zip!one.txt"]["code"], "4/KH-SYT");
    assert_eq!(by["in/lines.jsonl#j2"]["code"], "5/KH-SYT");

    // once more: nothing to do but the error tried again
    let s = index_json(&dir, &["in", "--db", "v.db"]);
    assert_eq!((s["indexed"].as_u64(), s["skipped"].as_u64(), s["failed"].as_u64(), s["removed"].as_u64()), (Some(0), Some(6), Some(1), Some(0)), "{s}");

    // files gone: the error row of stay.txt goes with it, the indexed ok.txt stays
    std::fs::remove_file(input.join("stay.txt")).unwrap();
    std::fs::remove_file(input.join("ok.txt")).unwrap();
    let s = index_json(&dir, &["in", "--db", "v.db"]);
    assert_eq!((s["removed"].as_u64(), s["store_sources"].as_u64(), s["store_errors"].as_u64()), (Some(1), Some(6), Some(0)), "{s}");
    check_store(&db);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn texts_are_kept_unless_no_text() {
    let dir = tmp("no-text");
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::copy(repo().join("corpus/docs/gialai_kh_45.txt"), docs.join("a.txt")).unwrap();
    let count = |db: &Path, table: &str| -> i64 {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
    };
    let with = dir.join("with.db");
    let s = index_json(&dir, &["docs", "--db", with.to_str().unwrap()]);
    assert_eq!(s["indexed"].as_u64(), Some(1));
    assert_eq!((count(&with, "documents"), count(&with, "texts")), (1, 1));
    let without = dir.join("without.db");
    let s = index_json(&dir, &["docs", "--db", without.to_str().unwrap(), "--no-text"]);
    assert_eq!(s["indexed"].as_u64(), Some(1));
    assert_eq!((count(&without, "documents"), count(&without, "texts")), (1, 0));
    std::fs::remove_dir_all(&dir).ok();
}
