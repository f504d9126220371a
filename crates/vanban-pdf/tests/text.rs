//! Text decoding on small PDFs built here: encodings with Differences and glyph names, ToUnicode maps (bfrange
//! arrays, surrogate pairs, mixed-length codespaces through an embedded encoding CMap), /ActualText, word gaps
//! from widths and TJ adjustments, rotated pages and rotated text, two-column lines, page boundaries.

mod common;

use common::{helvetica_resources, one_page, save};
use lopdf::{dictionary, Dictionary, Document, Object, Stream};
use vanban_pdf::{extract, Limits};

fn text_of(bytes: &[u8]) -> String {
    extract(bytes, &Limits::default()).expect("extracts").text()
}

fn with_font(font: Dictionary) -> impl FnOnce(&mut Document) {
    move |doc: &mut Document| {
        let font_id = doc.add_object(font);
        let page_id = doc.page_iter().next().expect("one page");
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
            page.set("Resources", dictionary! { "Font" => dictionary! { "F1" => font_id } });
        }
    }
}

#[test]
fn differences_with_vietnamese_glyph_names() {
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Times-Roman",
        "Encoding" => dictionary! {
            "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![128.into(), "Adotbelow".into(), "ohornhookabove".into(), "dcroat".into(), "uni1EC7".into(), "g77".into()],
        },
    };
    let bytes = one_page(b"BT /F1 12 Tf 72 700 Td (\\200\\201\\202\\203\\204 \\351) Tj ET", Dictionary::new(), with_font(font));
    // The unnamed glyph (g77) is dropped; WinAnsi's é stays.
    assert_eq!(text_of(&bytes), "Ạởđệ é");
}

#[test]
fn tounicode_arrays_surrogates_and_mixed_codespaces() {
    let tounicode = b"1 begincodespacerange <00> <FF> endcodespacerange
2 beginbfchar <01> <D835DC00> <02> <0020> endbfchar
1 beginbfrange <10> <12> [<0074> <1EAD> <0070>] endbfrange";
    let font = |doc: &mut Document| {
        let cmap = doc.add_object(Stream::new(dictionary! {}, tounicode.to_vec()));
        with_font(dictionary! { "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => "X", "FirstChar" => 0, "Widths" => vec![500.into(); 32], "ToUnicode" => cmap })(doc)
    };
    assert_eq!(text_of(&one_page(b"BT /F1 12 Tf 72 700 Td <1011120201> Tj ET", Dictionary::new(), font)), "tập 𝐀");

    // A Type0 font whose encoding CMap mixes one-byte and two-byte codes.
    let encoding = b"2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
2 begincidrange <00> <7F> 0 <8000> <FFFF> 128 endcidrange";
    let tounicode = b"1 begincodespacerange <00> <FFFF> endcodespacerange
3 beginbfchar <41> <0041> <20> <0020> <8001> <1EA1> endbfchar";
    let bytes = one_page(b"BT /F1 12 Tf 72 700 Td <41800120418001> Tj ET", Dictionary::new(), |doc| {
        let enc = doc.add_object(Stream::new(dictionary! { "Type" => "CMap" }, encoding.to_vec()));
        let tu = doc.add_object(Stream::new(dictionary! {}, tounicode.to_vec()));
        with_font(dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "Y", "Encoding" => enc, "ToUnicode" => tu,
            "DescendantFonts" => vec![Object::Dictionary(dictionary! { "Type" => "Font", "Subtype" => "CIDFontType2", "DW" => 500 })],
        })(doc)
    });
    assert_eq!(text_of(&bytes), "Aạ Aạ");
}

#[test]
fn actual_text_replaces_glyphs() {
    let bytes = one_page(
        b"BT /F1 12 Tf 72 700 Td (Chi) Tj /Span <</ActualText (\\376\\377\\036\\241)>> BDC (x) Tj EMC (u) Tj ET",
        helvetica_resources(),
        |_| {},
    );
    assert_eq!(text_of(&bytes), "Chiạu");
}

#[test]
fn widths_and_adjustments_make_word_gaps() {
    // Helvetica without /Widths: its metrics place "world" right after "Hello"; a TJ gap of a quarter em is a space.
    let bytes = one_page(b"BT /F1 12 Tf 72 700 Td (Hello) Tj (world) Tj [(, ) -20 (Vi) -250 (Nam)] TJ ET", helvetica_resources(), |_| {});
    assert_eq!(text_of(&bytes), "Helloworld, Vi Nam");
}

#[test]
fn columns_lines_and_pages() {
    let content = b"BT /F1 13 Tf 80 770 Td (CHINH PHU) Tj 220 0 Td (CONG HOA XA HOI) Tj ET
        BT /F1 13 Tf 80 750 Td (So: 126/NQ-CP) Tj 220 0 Td (Ha Noi, ngay 11) Tj ET
        BT /F1 13 Tf 80 700 Td (Dieu 1.) Tj ET BT /F1 8 Tf 118 706 Td (1) Tj ET";
    let mut doc = Document::load_mem(&one_page(content, helvetica_resources(), |_| {})).expect("built");
    // A second page: the same page object again under the page tree.
    let page_id = doc.page_iter().next().expect("one page");
    let pages_id = doc.catalog().and_then(|c| c.get(b"Pages")).and_then(Object::as_reference).expect("pages");
    if let Ok(Object::Dictionary(pages)) = doc.get_object_mut(pages_id) {
        pages.set("Kids", vec![page_id.into(), page_id.into()]);
        pages.set("Count", 2);
    }
    let got = extract(&save(&mut doc), &Limits::default()).expect("extracts");
    assert_eq!(got.page_count, 1, "a page listed twice is one page");

    let got = extract(&one_page(content, helvetica_resources(), |_| {}), &Limits::default()).expect("extracts");
    assert_eq!(got.pages, vec!["CHINH PHU   CONG HOA XA HOI\nSo: 126/NQ-CP   Ha Noi, ngay 11\nDieu 1.1".to_string()]);
}

#[test]
fn rotated_pages_and_text() {
    // /Rotate 90 with text drawn along the page's long side: read as a normal line.
    let bytes = one_page(b"BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Bang 1) Tj 0 1 -1 0 320 100 Tm (Bang 2) Tj ET", helvetica_resources(), |doc| {
        let page_id = doc.page_iter().next().expect("one page");
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
            page.set("Rotate", 90);
        }
    });
    assert_eq!(text_of(&bytes), "Bang 1\nBang 2");

    // Upright page: horizontal text first, then a rotated table read in its own frame.
    let bytes = one_page(
        b"BT /F1 12 Tf 72 800 Td (Header) Tj ET BT /F1 12 Tf 0 1 -1 0 100 100 Tm (Cot A) Tj 0 1 -1 0 100 200 Tm (Cot B) Tj ET",
        helvetica_resources(),
        |_| {},
    );
    assert_eq!(text_of(&bytes), "Header\nCot A   Cot B");
}
