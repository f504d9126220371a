//! The 25 signed Official Gazette PDFs of ../shared/corpus/pdf against the text taken from each
//! (../shared/corpus/text). Skips when the shared corpus is absent.
//!
//! Measured (`bash benches/pdf_compare.sh` prints the table, pdftotext beside it): character error rate after NFC
//! and white-space collapsing, mean 2.15 % (pdftotext 2.99 %), 22 of 25 documents under 5 %, worst 8.1 % (a
//! statistics circular whose tables and formulas the source text reads cell by cell while vanban reads them row
//! by row). The thresholds below sit just above those numbers so that a regression shows.

mod common;

use vanban_pdf::{extract, quality::char_error_rate, Limits};

/// Mean character error rate over the 25 documents must stay below this.
const MEAN_CER_MAX: f64 = 0.025;
/// No document may be worse than this.
const DOC_CER_MAX: f64 = 0.09;

/// The document's code as printed after "Số:" in its source text ("126/NQ-CP").
fn code_of(text: &str) -> Option<String> {
    let at = text.find("Số:")?;
    let rest = text.get(at + "Số:".len()..)?.trim_start();
    let code: String = rest.chars().take_while(|c| !c.is_whitespace() && *c != ',' && *c != ';').collect();
    (code.contains('/') && code.starts_with(|c: char| c.is_ascii_digit())).then_some(code)
}

#[test]
fn gazette_pdfs_match_their_text() {
    let pairs = common::corpus_pairs();
    if pairs.is_empty() {
        eprintln!("skipped: no shared corpus (set VANBAN_SHARED or put shared/ beside the repository)");
        return;
    }
    let mut total = 0.0;
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for (pdf, txt) in &pairs {
        let name = pdf.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let bytes = std::fs::read(pdf).expect("readable corpus PDF");
        let reference = std::fs::read_to_string(txt).expect("readable corpus text");
        let got = match extract(&bytes, &Limits::default()) {
            Ok(got) => got,
            Err(e) => {
                failures.push(format!("{name}: {}: {e}", e.kind()));
                continue;
            }
        };
        assert_eq!(got.pages.len(), got.page_count);
        let text = got.text();
        assert_eq!(text.matches('\u{0C}').count() + 1, got.page_count, "{name}: one form feed between pages");
        let cer = char_error_rate(&reference, &text);
        total += cer;
        report.push(format!("{cer:.4}  {name} ({} pages)", got.page_count));
        if cer > DOC_CER_MAX {
            failures.push(format!("{name}: CER {cer:.4} > {DOC_CER_MAX}"));
        }
        let code = code_of(&reference).unwrap_or_else(|| panic!("{name}: no 'Số:' code in the source text"));
        if !text.contains(&code) {
            failures.push(format!("{name}: code {code} not in the extracted text"));
        }
    }
    let mean = total / pairs.len() as f64;
    eprintln!("{}\nmean CER {mean:.4} over {} PDFs", report.join("\n"), pairs.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(mean < MEAN_CER_MAX, "mean CER {mean:.4} >= {MEAN_CER_MAX}");
}

#[test]
fn header_columns_become_cells() {
    let Some(bytes) = common::small_real_pdf() else {
        eprintln!("skipped: no shared corpus");
        return;
    };
    let got = extract(&bytes, &Limits::default()).expect("the resolution extracts");
    let first = got.pages.first().expect("a first page");
    // The two header columns side by side, three spaces apart, as vanban's layout module splits them.
    assert!(first.contains("CHÍNH PHỦ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "{first}");
    assert!(first.contains("Số: 126/NQ-CP   Hà Nội, ngày 11 tháng 5 năm 2026"), "{first}");
    // The e-signature stamp (an annotation appearance) follows the page's text.
    assert!(first.trim_end().ends_with("Ngày ký: 2026-05-25 08:00:52 +07:00"), "{first}");
    assert_eq!(got.page_count, 3);
    assert!(got.producer.as_deref().is_some_and(|p| p.contains("iText")));
    assert!(!got.repaired_xref);
}
