//! Helpers shared by the integration tests: where the shared corpus is, and building small PDFs with lopdf.
#![allow(dead_code)]

use lopdf::{dictionary, Document, Object, Stream};
use std::path::PathBuf;

/// `shared/corpus` from $VANBAN_SHARED, or `../shared` beside the repository; None when absent (a user's
/// machine), and the tests that need it skip.
pub fn shared_corpus() -> Option<PathBuf> {
    let mut candidates = Vec::new();
    if let Some(dir) = std::env::var_os("VANBAN_SHARED") {
        candidates.push(PathBuf::from(dir));
    }
    // crates/vanban-pdf → repo → its parent.
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    candidates.push(repo.join("../shared"));
    candidates.into_iter().map(|d| d.join("corpus")).find(|c| c.join("pdf").is_dir())
}

/// The corpus PDFs with their source texts, sorted by name.
pub fn corpus_pairs() -> Vec<(PathBuf, PathBuf)> {
    let Some(corpus) = shared_corpus() else { return Vec::new() };
    let mut out: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(corpus.join("pdf"))
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .filter_map(|pdf| {
            let stem = pdf.file_stem()?.to_string_lossy().into_owned();
            let txt = corpus.join("text").join(format!("{stem}.txt"));
            txt.is_file().then_some((pdf, txt))
        })
        .collect();
    out.sort();
    out
}

/// The smallest corpus PDF (a 3-page resolution), for the malformed-file tests.
pub fn small_real_pdf() -> Option<Vec<u8>> {
    let corpus = shared_corpus()?;
    std::fs::read(corpus.join("pdf/cb_nghi-quyet-so-126-nq-cp-469505.pdf")).ok()
}

/// A one-page document whose content is `content`, with `resources` as the page's resources.
pub fn one_page(content: &[u8], resources: lopdf::Dictionary, extra: impl FnOnce(&mut Document)) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "Resources" => resources,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    extra(&mut doc);
    save(&mut doc)
}

pub fn save(doc: &mut Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("lopdf writes to memory");
    out
}

/// Helvetica with WinAnsiEncoding, as resources naming it /F1.
pub fn helvetica_resources() -> lopdf::Dictionary {
    dictionary! {
        "Font" => dictionary! {
            "F1" => dictionary! {
                "Type" => "Font",
                "Subtype" => "Type1",
                "BaseFont" => "Helvetica",
                "Encoding" => "WinAnsiEncoding",
            },
        },
    }
}
