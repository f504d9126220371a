//! Fuzz-ish robustness: truncated and mutated copies of PDFs must give text or a typed error, never a panic.
//!
//! `extract` runs on its own thread and turns a panic there into a `malformed` error (a last guard around
//! lopdf), so a panic anywhere shows here as that kind: the test fails on it. Inputs: a real Gazette PDF (when
//! the shared corpus is present), the same with its content streams and CMaps stored uncompressed (so that the
//! mutations reach the content lexer and the CMap parser), and small PDFs built here.

mod common;

use common::{helvetica_resources, one_page, save, small_real_pdf};
use lopdf::{dictionary, Document, Object, Stream};
use vanban_pdf::{extract, Limits};

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

const TOKENS: &[&[u8]] = &[
    b"[", b"]", b"<<", b">>", b"(", b")", b"<", b">", b"obj", b"endobj", b" 0 R ", b"-", b"99999999999999999999",
    b"-1e308", b"stream\n", b"endstream", b"BT", b"ET", b"Tj", b"TJ", b"'", b"Do", b"q", b"Q", b"cm", b"Tf", b"Tm",
    b"BI", b"ID", b"EI", b"beginbfrange", b"endbfrange", b"<FFFFFFFF>", b"/Identity-H", b"xref", b"trailer",
    b"startxref", b"%%EOF", b"\\", b"%", b"\x00", b"\xff", b"1 0 obj", b"/Type /Page", b"/Kids [", b"/Length 999999",
];

fn mutate(base: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = base.to_vec();
    for _ in 0..1 + rng.below(8) {
        if out.is_empty() {
            break;
        }
        let at = rng.below(out.len());
        match rng.below(6) {
            0 => {
                if let Some(b) = out.get_mut(at) {
                    *b ^= 1 << rng.below(8);
                }
            }
            1 => {
                if let Some(b) = out.get_mut(at) {
                    *b = rng.next() as u8;
                }
            }
            2 | 3 => {
                let tok = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, tok.iter().copied());
            }
            4 => {
                let end = (at + 1 + rng.below(64)).min(out.len());
                out.drain(at..end);
            }
            _ => {
                let end = (at + 1 + rng.below(256)).min(out.len());
                let piece: Vec<u8> = out[at..end].to_vec();
                let to = rng.below(out.len());
                out.splice(to..to, piece);
            }
        }
    }
    out
}

/// The content streams, forms and CMaps of a PDF stored uncompressed (fonts and images stay as they are).
fn uncompressed(real: &[u8]) -> Vec<u8> {
    let mut doc = Document::load_mem(real).expect("lopdf loads the corpus PDF");
    doc.objects.retain(|_, o| !matches!(o, Object::Stream(s) if s.dict.type_is(b"ObjStm") || s.dict.type_is(b"XRef")));
    for obj in doc.objects.values_mut() {
        if let Object::Stream(s) = obj {
            let form = s.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) == Some(&b"Form"[..]);
            let plain = !s.dict.has(b"Subtype") && !s.dict.has(b"Length1") && !s.dict.has(b"Length2");
            if form || plain {
                s.decompress();
            }
        }
    }
    doc.trailer.remove(b"Prev");
    save(&mut doc)
}

fn built_samples() -> Vec<Vec<u8>> {
    let tounicode = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0003> <0020> <0026> <0043> endbfchar
1 beginbfrange <0030> <0040> <1EA0> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"
        .to_vec();
    let type0 = one_page(
        b"BT /F1 12 Tf 72 700 Td [<0026003000310003> -250 <0032>] TJ 0 -14 Td <0033> Tj ET q 0.5 0 0 0.5 0 0 cm /X Do Q",
        dictionary! {},
        |doc| {
            let cmap = doc.add_object(Stream::new(dictionary! {}, tounicode.clone()));
            let font = doc.add_object(dictionary! {
                "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "F", "Encoding" => "Identity-H", "ToUnicode" => cmap,
                "DescendantFonts" => vec![Object::Dictionary(dictionary! {
                    "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "F", "DW" => 500,
                    "W" => vec![3.into(), vec![250.into()].into(), 38.into(), 64.into(), 600.into()],
                })],
            });
            let mut resources = helvetica_resources();
            if let Ok(Object::Dictionary(fonts)) = resources.get_mut(b"Font") {
                fonts.set("F1", font);
            }
            let form = doc.add_object(Stream::new(
                dictionary! { "Type" => "XObject", "Subtype" => "Form", "Resources" => resources.clone() },
                b"BT /F1 10 Tf 1 0 0 1 50 50 Tm <0031> Tj ET".to_vec(),
            ));
            resources.set("XObject", dictionary! { "X" => form });
            let page_id = doc.page_iter().next().expect("one page");
            if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
                page.set("Resources", resources);
            }
        },
    );
    let simple = one_page(
        b"BT /F1 12 Tf 14 TL 72 700 Td (CH\\315NH PH\\332) Tj T* (S\\363: 126/NQ-CP) ' 2 Tc 1 Tw 90 Tz 3 Ts ( x y) Tj ET",
        helvetica_resources(),
        |_| {},
    );
    vec![type0, simple]
}

fn check(bytes: &[u8], what: &str, failures: &mut Vec<String>) {
    match extract(bytes, &Limits::default()) {
        Err(e) if e.kind() == "malformed" => failures.push(format!("{what}: {e}")),
        Ok(pdf) => assert_eq!(pdf.pages.len(), pdf.page_count),
        Err(_) => {}
    }
}

/// `VANBAN_FUZZ_SCALE=10` runs ten times as many cases (the defaults keep `cargo test` short in debug builds).
fn scale() -> usize {
    std::env::var("VANBAN_FUZZ_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1).max(1)
}

fn run(name: &str, base: &[u8], truncations: usize, mutations: usize, seed: u64, failures: &mut Vec<String>) {
    let (truncations, mutations) = (truncations * scale(), mutations * scale());
    let mut rng = Rng(seed);
    for k in 0..truncations {
        let cut = if k < 8 { k * 7 } else { rng.below(base.len()) };
        check(base.get(..cut).unwrap_or(base), &format!("{name} cut at {cut}"), failures);
    }
    for k in 0..mutations {
        let bytes = mutate(base, &mut rng);
        check(&bytes, &format!("{name} mutation {k}"), failures);
    }
}

#[test]
fn built_pdfs_survive_mutation() {
    let mut failures = Vec::new();
    for (i, base) in built_samples().iter().enumerate() {
        // The originals read as intended.
        let text = extract(base, &Limits::default()).expect("the built sample extracts").text();
        assert!(text.contains("C") && !text.is_empty(), "{text}");
        run(&format!("built {i}"), base, 40, 300, 0x5EED + i as u64, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn built_samples_decode() {
    let samples = built_samples();
    let type0 = extract(&samples[0], &Limits::default()).expect("type0 sample").text();
    // <0026> → C, <0030>… → U+1EA0…, <0003> → space, the TJ adjustment of -250 is a gap too.
    assert_eq!(type0, "CẠạ Ả\nả\nạ", "{type0:?}");
    let simple = extract(&samples[1], &Limits::default()).expect("simple sample").text();
    assert_eq!(simple, "CHÍNH PHÚ\nSó: 126/NQ-CP x y", "{simple:?}");
}

#[test]
fn real_pdf_survives_mutation() {
    let Some(real) = small_real_pdf() else { return eprintln!("skipped: no shared corpus") };
    let mut failures = Vec::new();
    run("real", &real, 10, 30, 0xC0FFEE, &mut failures);
    let plain = uncompressed(&real);
    assert!(extract(&plain, &Limits::default()).expect("uncompressed copy").text().contains("126/NQ-CP"));
    run("uncompressed", &plain, 10, 60, 0xBADC0DE, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
