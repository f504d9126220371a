//! Fuzz-ish robustness: the DOCX fixtures broken inside (their XML parts cut short, stretches lost or repeated,
//! stray markup inserted: unclosed and unmatched tags, deep nesting, entities, a DOCTYPE, bytes that are not UTF-8)
//! and as archives (bytes flipped, cut short) must give text or a typed error, quickly, and never a panic.
//!
//! `extract` turns a panic of the zip or XML readers into a `corrupt` error with a fixed message: that message here
//! is a failure. Deterministic (a fixed seed), so a failure names its case and repeats.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use vanban_docx::{extract, Limits};

/// The message of a panic `extract` caught (lib.rs).
const CAUGHT_PANIC: &str = "the DOCX reader failed on this file";

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Markup that real and broken WordprocessingML carries, and worse.
const SNIPPETS: &[&str] = &[
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:t xml:space=\"preserve\">", "<w:tbl>", "</w:tbl>",
    "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:tab/>", "<w:br/>", "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"-1\"/></w:numPr>",
    "<w:footnoteReference w:id=\"999999\"/>", "<w:fldChar w:fldCharType=\"begin\"/>", "<w:fldChar w:fldCharType=\"end\"/>",
    "<w:instrText>", "&amp;", "&amp", "&#xFFFF;", "&#0;", "&#x110000;", "&lt;", "&bogus;", "<![CDATA[x]]>", "<!-- -->",
    "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;", "<?pi?>", "\u{0}",
    "Số: 12/KH-UBND", "Điều 1.", "<w:abstractNum w:abstractNumId=\"0\">", "<w:lvl w:ilvl=\"0\"><w:lvlText w:val=\"%1.%2.%9\"/></w:lvl>",
    "<w:style w:styleId=\"x\"><w:basedOn w:val=\"x\"/></w:style>", "<mc:AlternateContent>", "<w:txbxContent>",
    "xmlns:w=\"urn:other\"", "\"", "'", "<", ">", "/>",
];

/// Deep nesting: a table in a cell of a table, many times over.
fn nested_tables(depth: usize) -> String {
    let mut s = String::new();
    for _ in 0..depth {
        s.push_str("<w:tbl><w:tr><w:tc>");
    }
    s.push_str("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
    for _ in 0..depth {
        s.push_str("</w:tc></w:tr></w:tbl>");
    }
    s
}

fn mutate_xml(base: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = base.to_vec();
    for _ in 0..1 + rng.below(4) {
        let n = out.len();
        let at = rng.below(n + 1);
        match rng.below(7) {
            0 => out.truncate(at),
            1 => {
                let end = (at + rng.below(400)).min(n);
                out.drain(at..end);
            }
            2 => {
                let end = (at + rng.below(400)).min(n);
                let piece = out[at..end].to_vec();
                out.splice(end..end, piece);
            }
            3 | 4 => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())].as_bytes().to_vec();
                out.splice(at..at, s);
            }
            5 => {
                let s = nested_tables(1 + rng.below(3000)).into_bytes();
                out.splice(at..at, s);
            }
            _ => {
                // bytes that are not UTF-8, or a lone byte of a character cut in two
                let s: &[u8] = [&b"\xff\xfe"[..], b"\xc3", b"\xe1\xba", b"\x80"][rng.below(4)];
                out.splice(at..at, s.iter().copied());
            }
        }
    }
    out
}

/// The parts of a DOCX package, in order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().to_string(), b)
        })
        .collect()
}

fn rezip(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zw = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in parts {
        zw.start_file(name.as_str(), opts).unwrap();
        zw.write_all(body).unwrap();
    }
    zw.finish().unwrap().into_inner()
}

/// The good fixtures (not the `bad_*` ones made to fail).
fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/docx");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/docx")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "docx") && !p.file_name().unwrap().to_string_lossy().starts_with("bad_"))
        .collect();
    v.sort();
    assert!(v.len() >= 10, "{} DOCX fixtures", v.len());
    v
}

/// Cases per fixture: `VANBAN_FUZZ_SCALE=10` for a longer hunt.
fn scale() -> usize {
    std::env::var("VANBAN_FUZZ_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1)
}

/// Extracts `bytes`: a failure line if it panicked, took too long or gave far more text than its bytes allow.
fn check(bytes: &[u8], what: &str, ok: &mut usize, err: &mut usize, failures: &mut Vec<String>) {
    let t = Instant::now();
    let r = extract(bytes, &Limits::default());
    let took = t.elapsed();
    match r {
        Err(e) if e.message == CAUGHT_PANIC => failures.push(format!("{what}: panicked")),
        Err(_) => *err += 1,
        Ok(text) => {
            *ok += 1;
            // (entities are never expanded into more text than the package holds, many times over)
            let inflated: usize = unzip_len(bytes);
            if text.len() > 4 * inflated + 1024 {
                failures.push(format!("{what}: {} bytes of text from {inflated} bytes of parts", text.len()));
            }
        }
    }
    if took > Duration::from_secs(5) {
        failures.push(format!("{what}: {took:?}"));
    }
}

/// The parts' total size (0 when the archive does not open).
fn unzip_len(bytes: &[u8]) -> usize {
    zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map(|mut z| (0..z.len()).filter_map(|i| z.by_index(i).ok().map(|f| f.size() as usize)).sum())
        .unwrap_or(0)
}

#[test]
fn broken_xml_parts_give_text_or_an_error() {
    let mut rng = Rng(0x5eed_d0c5);
    let (mut ok, mut err, mut failures) = (0, 0, Vec::new());
    for path in fixtures() {
        let parts = unzip(&std::fs::read(&path).unwrap());
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let xml: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].0.ends_with(".xml") || parts[i].0.ends_with(".rels")).collect();
        for case in 0..6 * scale() {
            let mut broken = parts.clone();
            // the main document most often, the other parts too
            let k = if rng.below(2) == 0 { parts.iter().position(|p| p.0 == "word/document.xml").unwrap_or(xml[0]) } else { xml[rng.below(xml.len())] };
            broken[k].1 = mutate_xml(&parts[k].1, &mut rng);
            check(&rezip(&broken), &format!("{name} case {case}: {}", broken[k].0), &mut ok, &mut err, &mut failures);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // both ways out were taken
    assert!(ok > 10 && err > 10, "{ok} texts, {err} errors");
}

#[test]
fn broken_archives_give_text_or_an_error() {
    let mut rng = Rng(0xa5c1_1d0c);
    let (mut ok, mut err, mut failures) = (0, 0, Vec::new());
    for path in fixtures() {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for case in 0..4 * scale() {
            let mut b = bytes.clone();
            if rng.below(3) == 0 {
                b.truncate(rng.below(b.len()));
            } else {
                for _ in 0..1 + rng.below(8) {
                    let i = rng.below(b.len());
                    b[i] ^= 1 << rng.below(8);
                }
            }
            check(&b, &format!("{name} case {case}"), &mut ok, &mut err, &mut failures);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(err > 10, "{ok} texts, {err} errors");
}
