//! Property test: the repo's real-layout documents (corpus/docs), each broken the ways real files break (cut short,
//! a block lost or repeated, lines swapped, a stretch decomposed to NFD, stray characters: combining marks, control
//! and zero-width characters, non-breaking spaces, CR, digits and slashes), still parse without a panic into a
//! record whose spans are sound:
//!
//! - byte spans (Rust) inside the text, on character boundaries, start <= end;
//! - a reference's `text` is the text its span covers, in bytes and, after [`vanban_core::Parsed::record`], in code
//!   points (the JSON record's offsets);
//! - every span's first and last printed characters map back into the raw input, in order (`source_offset`).

use proptest::prelude::*;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;
use vanban_core::record::{Record, Span};

fn docs() -> &'static Vec<String> {
    static DOCS: OnceLock<Vec<String>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/docs");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("corpus/docs")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        let docs: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
        assert!(docs.len() >= 10, "corpus/docs has {} documents", docs.len());
        docs
    })
}

/// The character boundary at or before the fraction `f` (0..=1) of `s`.
fn at(s: &str, f: f64) -> usize {
    let mut i = ((s.len() as f64) * f.clamp(0.0, 1.0)) as usize;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Clone)]
enum Mutation {
    /// the file cut short at a fraction of its length
    Truncate(f64),
    /// a stretch lost (from, length as fractions)
    Delete(f64, f64),
    /// a stretch written twice
    Repeat(f64, f64),
    /// a string inserted
    Insert(f64, String),
    /// a stretch decomposed (NFD): what some Word and PDF exports write
    Decompose(f64, f64),
    /// two lines swapped
    SwapLines(f64, f64),
}

fn apply(s: &str, m: &Mutation) -> String {
    let span = |from: f64, len: f64| {
        let a = at(s, from);
        let b = at(s, from + len).max(a);
        (a, b)
    };
    match m {
        Mutation::Truncate(f) => s[..at(s, *f)].to_string(),
        Mutation::Delete(f, l) => {
            let (a, b) = span(*f, *l);
            format!("{}{}", &s[..a], &s[b..])
        }
        Mutation::Repeat(f, l) => {
            let (a, b) = span(*f, *l);
            format!("{}{}{}", &s[..b], &s[a..b], &s[b..])
        }
        Mutation::Insert(f, ins) => {
            let a = at(s, *f);
            format!("{}{}{}", &s[..a], ins, &s[a..])
        }
        Mutation::Decompose(f, l) => {
            let (a, b) = span(*f, *l);
            format!("{}{}{}", &s[..a], s[a..b].nfd().collect::<String>(), &s[b..])
        }
        Mutation::SwapLines(x, y) => {
            let mut lines: Vec<&str> = s.split('\n').collect();
            let n = lines.len();
            if n > 1 {
                let (i, j) = (((n - 1) as f64 * x) as usize, ((n - 1) as f64 * y) as usize);
                lines.swap(i, j);
            }
            lines.join("\n")
        }
    }
}

/// Characters real files carry that the parser must take in its stride, and pieces of the text's own vocabulary.
fn junk() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "\u{0301}", "\u{0300}", "\u{0323}", "\u{0309}", "\u{0303}", "\u{00a0}", "\u{200b}", "\u{feff}", "\r", "\t",
        "\u{000c}", "\u{0000}", "\u{2028}", "\n", "\n\n", " ", "/", "-", "1", "2024", "Số:", "số ", "ngày ", "tháng ",
        "năm ", "Điều 1.", "1.", "a)", "- ", "QĐ-UBND", "Nghị định", "Ủy ban nhân dân tỉnh", "chủ trì, phối hợp với ",
        "(", ")", "\"", "“", "”", ":", ";", ".", "./.", "Nơi nhận:", "KT. CHỦ TỊCH", "Đ", "đ", "ư", "ơ", "ộ",
    ]);
    prop::collection::vec(piece, 1..8).prop_map(|v| v.concat())
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let f = 0.0f64..1.0;
    let len = 0.0f64..0.3;
    prop_oneof![
        f.clone().prop_map(Mutation::Truncate),
        (f.clone(), len.clone()).prop_map(|(a, l)| Mutation::Delete(a, l)),
        (f.clone(), len.clone()).prop_map(|(a, l)| Mutation::Repeat(a, l)),
        (f.clone(), junk()).prop_map(|(a, s)| Mutation::Insert(a, s)),
        (f.clone(), len).prop_map(|(a, l)| Mutation::Decompose(a, l)),
        (f.clone(), f).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
    ]
}

/// Every span of a record with what it must cover, if anything: (span, the text it covers).
fn spans(r: &Record) -> Vec<(Span, Option<&str>)> {
    let mut out: Vec<(Span, Option<&str>)> = r.references.iter().map(|x| (x.span, Some(x.text.as_str()))).collect();
    out.extend(r.tasks.iter().map(|t| (t.span, None)));
    out.extend(r.footnotes.iter().map(|n| (n.span, None)));
    out.extend(r.sections.iter().map(|s| (s.span, None)));
    out
}

fn check(raw: &str) -> Result<(), TestCaseError> {
    let parsed = vanban_core::parse(raw);
    let text = &parsed.text;
    for ([s, e], covered) in spans(&parsed.record) {
        prop_assert!(s <= e && e <= text.len(), "span {s}..{e} outside a text of {} bytes", text.len());
        prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} splits a character");
        if let Some(c) = covered {
            prop_assert_eq!(&text[s..e], c);
        }
        // (the span's first and last printed characters: an end offset where the body meets the footnotes moved after
        // it is the start of a note, which stood earlier in the raw input, and so are the line breaks the body's
        // assembly puts before the notes, which a section's span takes in)
        let kept = text[s..e].trim_end();
        if let Some(last) = kept.chars().next_back() {
            let (rs, rl) = (parsed.source_offset(s), parsed.source_offset(s + kept.len() - last.len_utf8()));
            prop_assert!(rs <= rl && rl < raw.len(), "span {s}..{e} maps to {rs}..{rl} (last character) in a raw input of {} bytes", raw.len());
        }
    }
    // the JSON record's code-point spans cover the same text
    let chars: Vec<char> = text.chars().collect();
    let record = parsed.record();
    for ([s, e], covered) in spans(&record) {
        prop_assert!(s <= e && e <= chars.len(), "code-point span {s}..{e} outside {} characters", chars.len());
        if let Some(c) = covered {
            prop_assert_eq!(chars[s..e].iter().collect::<String>(), c);
        }
    }
    serde_json::to_string(&record).expect("the record serializes");
    Ok(())
}

#[test]
fn the_documents_as_they_are() {
    for d in docs() {
        check(d).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn mutated_documents_parse_with_sound_spans(doc in 0usize..1000, muts in prop::collection::vec(mutation(), 1..4)) {
        let docs = docs();
        let mut text = docs[doc % docs.len()].clone();
        for m in &muts {
            text = apply(&text, m);
        }
        check(&text)?;
    }
}
