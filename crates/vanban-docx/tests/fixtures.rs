//! The DOCX fixtures of tests/fixtures/docx (made by scripts/make_fixtures_docx.py from corpus/docs/*.txt):
//! the extracted text carries the header lines and body text of the source, the footnotes of MANIFEST.tsv, and
//! the fields vanban parses from it equal those parsed from the source text. The malformed files fail with their
//! error kind.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use vanban_docx::{extract, ErrorKind, Limits};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Fixture {
    file: String,
    source: String,
    expect: String,
    notes: Vec<(String, String)>,
}

fn manifest() -> Vec<Fixture> {
    let text = std::fs::read_to_string(root().join("tests/fixtures/docx/MANIFEST.tsv")).expect("MANIFEST.tsv");
    let mut out: Vec<Fixture> = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let get = |i: usize| f.get(i).copied().unwrap_or("").to_string();
        let note = (get(3), get(4));
        match out.last_mut() {
            Some(last) if last.file == f[0] => last.notes.push(note),
            _ => out.push(Fixture {
                file: get(0),
                source: get(1),
                expect: get(2),
                notes: if note.0.is_empty() { vec![] } else { vec![note] },
            }),
        }
    }
    assert!(out.len() >= 8, "manifest lists {} files", out.len());
    out
}

const SUP: &str = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/// Cells of a text: lines split at runs of 3+ spaces or tabs, Markdown emphasis out, trimmed, empty ones dropped.
fn cells(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        // (a page number centred on a line of its own: the fixture script leaves it out, as a Word document keeps its
        // page numbers in the page footer)
        let t = line.trim();
        if line.len() - line.trim_start().len() >= 20 && (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let line = line.replace("***", "").replace("**", "");
        let mut cur = String::new();
        let mut spaces = 0;
        for c in line.chars() {
            if c == ' ' {
                spaces += 1;
                continue;
            }
            if c == '\t' {
                spaces += 3;
                continue;
            }
            if spaces >= 3 {
                out.push(std::mem::take(&mut cur));
            } else if spaces > 0 && !cur.is_empty() {
                cur.push(' ');
            }
            spaces = 0;
            cur.push(c);
        }
        out.push(cur);
    }
    out.into_iter().map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect()
}

/// The text before the line that opens an appendix ("Phụ lục", "PHỤ LỤC", maybe centred with spaces), and the
/// appendix (from that line's start).
fn split_appendix(text: &str) -> (&str, &str) {
    let opens = |l: &str| {
        let l = l.trim_start_matches(' ');
        l.starts_with("Phụ lục") || l.starts_with("PHỤ LỤC")
    };
    let at = text.match_indices('\n').map(|(i, _)| i + 1).find(|&i| opens(&text[i..])).unwrap_or(text.len());
    (&text[..at], &text[at..])
}

/// The extracted text split into body and the `made` note lines ("¹ note") the fixture made, with the marks taken
/// out of the body. Only that many: a source may print its own note as text after the signature ("_______________"
/// / "¹ Theo Báo cáo số ...", dienbien_ct_14), which the DOCX keeps as a paragraph of its body.
fn split_notes(text: &str, made: usize) -> (String, Vec<String>) {
    let mut lines: Vec<&str> = text.lines().collect();
    let mut notes = Vec::new();
    while let Some(l) = lines.last() {
        if l.trim().is_empty() {
            lines.pop();
        } else if notes.len() < made && l.starts_with(|c: char| SUP.contains(c)) {
            notes.push(l.to_string());
            lines.pop();
        } else {
            break;
        }
    }
    notes.reverse();
    let body: String = lines.join("\n").chars().filter(|c| !SUP.contains(*c)).collect();
    (body, notes)
}

fn sup(n: usize) -> String {
    n.to_string().chars().map(|d| SUP.chars().nth(d.to_digit(10).unwrap() as usize).unwrap()).collect()
}

#[test]
fn fixtures_carry_the_source_text() {
    for f in manifest().iter().filter(|f| f.expect == "ok") {
        let bytes = std::fs::read(root().join("tests/fixtures/docx").join(&f.file)).unwrap();
        let text = extract(&bytes, &Limits::default()).unwrap_or_else(|e| panic!("{}: {e}", f.file));
        let source = std::fs::read_to_string(root().join(&f.source)).unwrap();
        let (body, notes) = split_notes(&text, f.notes.len());

        // an appendix after the signature holds a table whose cells the source wraps over several lines
        // (pdftotext -layout style) and the DOCX table holds whole: there the same words, as multisets
        let (source_main, source_app) = split_appendix(&source);
        let (body_main, body_app) = split_appendix(&body);
        // (superscript marks a source prints in its text are not footnotes the DOCX made: compared without them, as
        // the body is)
        let words = |t: &str| {
            let mut w: Vec<String> = t.split_whitespace().map(|x| x.chars().filter(|c| !SUP.contains(*c)).collect::<String>()).filter(|x| !x.is_empty()).collect();
            w.sort();
            w
        };
        assert_eq!(words(source_app), words(body_app), "{}: the appendix's words differ", f.file);
        // same cells, as multisets: the header table interleaves what the source may give one column after another
        // (a source that prints superscript marks in its own text, a văn bản hợp nhất's, is compared without them, as
        // the DOCX body is)
        let source_main: String = source_main.chars().filter(|c| !SUP.contains(*c)).collect();
        let mut a = cells(&source_main);
        let mut b = cells(body_main);
        let (sa, sb) = (a.clone(), b.clone());
        a.sort();
        b.sort();
        if a != b {
            let only_src: Vec<_> = sa.iter().filter(|c| !sb.contains(c)).collect();
            let only_docx: Vec<_> = sb.iter().filter(|c| !sa.contains(c)).collect();
            panic!("{}: cells differ\nonly in source: {only_src:#?}\nonly in docx: {only_docx:#?}", f.file);
        }
        // body paragraphs in the same order
        let long = |v: &[String]| v.iter().filter(|c| c.chars().count() > 60).cloned().collect::<Vec<_>>();
        assert_eq!(long(&sa), long(&sb), "{}: paragraph order", f.file);

        // footnotes: marks glued to their anchors, notes at the end
        let want: Vec<String> = f.notes.iter().enumerate().map(|(i, (_, n))| format!("{} {n}", sup(i + 1))).collect();
        assert_eq!(notes, want, "{}: notes", f.file);
        for (i, (anchor, _)) in f.notes.iter().enumerate() {
            assert!(text.contains(&format!("{anchor}{}", sup(i + 1))), "{}: mark after {anchor:?}", f.file);
        }
        // hidden text and tracked deletions are not text (the words may stand in the source itself: "tàu cá đã giải bản
        // hoặc đã xóa đăng ký", quangninh_nq_12)
        for hidden in ["ghi chú ẩn", "đã xóa"] {
            assert!(text.matches(hidden).count() <= source.matches(hidden).count(), "{}: {hidden}", f.file);
        }
    }
}

#[test]
fn fixtures_parse_like_their_source() {
    let mut failures = Vec::new();
    for f in manifest().iter().filter(|f| f.expect == "ok") {
        let bytes = std::fs::read(root().join("tests/fixtures/docx").join(&f.file)).unwrap();
        let text = extract(&bytes, &Limits::default()).unwrap();
        let source = std::fs::read_to_string(root().join(&f.source)).unwrap();
        let a = vanban_core::parse(&source).record();
        let b = vanban_core::parse(&text).record();
        let refs = |r: &vanban_core::record::Record| {
            r.references
                .iter()
                .map(|x| format!("{:?} {:?} {:?} {:?} {:?}", x.kind, x.code, x.date, x.role, x.issuer))
                .collect::<Vec<_>>()
        };
        let sections = |r: &vanban_core::record::Record| {
            r.sections.iter().map(|s| format!("{} {} {}", s.level, s.label, s.title)).collect::<Vec<_>>()
        };
        let fields: BTreeMap<&str, (String, String)> = [
            ("doc_type", (format!("{:?}", a.doc_type), format!("{:?}", b.doc_type))),
            ("code", (format!("{:?}", a.code), format!("{:?}", b.code))),
            ("issuer", (format!("{:?}", a.issuer), format!("{:?}", b.issuer))),
            ("place", (format!("{:?}", a.place), format!("{:?}", b.place))),
            ("date", (format!("{:?}", a.date), format!("{:?}", b.date))),
            ("subject", (format!("{:?}", a.subject), format!("{:?}", b.subject))),
            ("recipients", (format!("{:?}", a.recipients), format!("{:?}", b.recipients))),
            ("signer", (format!("{:?}", a.signer), format!("{:?}", b.signer))),
            ("cc", (format!("{:?}", a.cc), format!("{:?}", b.cc))),
            ("references", (format!("{:?}", refs(&a)), format!("{:?}", refs(&b)))),
            ("sections", (format!("{:?}", sections(&a)), format!("{:?}", sections(&b)))),
            ("tasks", (format!("{}", a.tasks.len()), format!("{}", b.tasks.len()))),
        ]
        .into_iter()
        .collect();
        for (k, (x, y)) in fields {
            if x != y {
                failures.push(format!("{} {k}:\n  source: {x}\n  docx:   {y}", f.file));
            }
        }
        let notes: Vec<&str> = b.footnotes.iter().map(|n| n.text.as_str()).collect();
        let want: Vec<&str> = f.notes.iter().map(|(_, n)| n.as_str()).collect();
        if !want.iter().all(|w| notes.iter().any(|n| n.contains(w))) {
            failures.push(format!("{} footnotes: {notes:?}, want {want:?}", f.file));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn malformed_files_fail_with_their_kind() {
    let mut seen = 0;
    for f in manifest().iter().filter(|f| f.expect != "ok") {
        let bytes = std::fs::read(root().join("tests/fixtures/docx").join(&f.file)).unwrap();
        let err = extract(&bytes, &Limits::default()).expect_err(&f.file);
        assert_eq!(err.kind.as_str(), f.expect, "{}: {err}", f.file);
        seen += 1;
    }
    assert!(seen >= 6);
}

#[test]
fn limits_are_configurable() {
    let bytes = std::fs::read(root().join("tests/fixtures/docx/binhdinh_kh_318.docx")).unwrap();
    let few_entries = Limits { max_entries: 3, ..Limits::default() };
    assert_eq!(extract(&bytes, &few_entries).unwrap_err().kind, ErrorKind::LimitExceeded);
    let small = Limits { max_entry_bytes: 4096, ..Limits::default() };
    assert_eq!(extract(&bytes, &small).unwrap_err().kind, ErrorKind::LimitExceeded);
    let total = Limits { max_total_bytes: 10_000, ..Limits::default() };
    assert_eq!(extract(&bytes, &total).unwrap_err().kind, ErrorKind::LimitExceeded);
    let shallow = Limits { max_depth: 5, ..Limits::default() };
    assert_eq!(extract(&bytes, &shallow).unwrap_err().kind, ErrorKind::LimitExceeded);
    assert!(extract(&bytes, &Limits::default()).is_ok());
}
