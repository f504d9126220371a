//! Each error kind with a real malformed file, made here from a real Gazette PDF (skipped without the shared
//! corpus) or built with lopdf: truncated, encrypted, without a text layer, with a broken cross-reference table,
//! not a PDF, with fonts that cannot be decoded, and over each limit.

mod common;

use common::{helvetica_resources, one_page, save, small_real_pdf};
use lopdf::{dictionary, Document, Object, ObjectId, Stream, StringFormat};
use md5::{Digest, Md5};
use vanban_pdf::{extract, Limits, PdfError, PdfText};

fn kind(r: &Result<PdfText, PdfError>) -> &'static str {
    match r {
        Ok(_) => "ok",
        Err(e) => e.kind(),
    }
}

const CODE: &str = "126/NQ-CP";

#[test]
fn not_a_pdf() {
    let docx_like = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml".to_vec();
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    let text = "CHÍNH PHỦ\nSố: 126/NQ-CP\n".as_bytes().to_vec();
    for bytes in [Vec::new(), b"%PD".to_vec(), docx_like, png, text, vec![0u8; 4096]] {
        let r = extract(&bytes, &Limits::default());
        assert_eq!(kind(&r), "not-pdf", "{:?}", bytes.get(..8));
    }
    // A header and nothing else is a PDF whose structure is missing.
    assert_eq!(kind(&extract(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\ngarbage\n", &Limits::default())), "broken-xref");
}

#[test]
fn truncated_files_are_recovered_or_refused() {
    let Some(real) = small_real_pdf() else { return eprintln!("skipped: no shared corpus") };
    for percent in [1usize, 5, 30, 50, 70, 90, 99] {
        let cut = real.get(..real.len() * percent / 100).unwrap_or(&[]);
        let r = extract(cut, &Limits::default());
        match &r {
            Ok(pdf) => {
                assert!(pdf.repaired_xref, "{percent}%: the cross-reference table is cut off, so it was rebuilt");
                if percent >= 30 {
                    assert!(pdf.text().contains(CODE), "{percent}%: the first page survives");
                }
            }
            Err(e) => assert!(matches!(e.kind(), "broken-xref" | "no-text-layer"), "{percent}%: {e}"),
        }
    }
    // Cut inside the header: nothing to recover.
    let r = extract(real.get(..200).unwrap_or(&[]), &Limits::default());
    assert_eq!(kind(&r), "broken-xref");
}

#[test]
fn broken_cross_reference_table() {
    let Some(real) = small_real_pdf() else { return eprintln!("skipped: no shared corpus") };
    // 1. The last startxref points nowhere: lopdf cannot load; the table is rebuilt from the objects.
    let at = rfind(&real, b"startxref").expect("a startxref");
    let mut bad = real.clone();
    bad.truncate(at);
    bad.extend_from_slice(b"startxref\n999999999\n%%EOF\n");
    let pdf = extract(&bad, &Limits::default()).expect("rebuilt from the objects");
    assert!(pdf.repaired_xref);
    assert!(pdf.text().contains(CODE));
    assert_eq!(pdf.page_count, 3);

    // 2. Every offset in every xref table shifted: lopdf loads, loses the objects, and the table is rebuilt.
    let mut shifted = real.clone();
    let mut count = 0;
    for entry_start in xref_entry_offsets(&real) {
        if let Some(digit) = shifted.get_mut(entry_start + 9) {
            *digit = if *digit == b'9' { b'0' } else { *digit + 1 };
            count += 1;
        }
    }
    assert!(count > 50, "the file has classic xref tables ({count} entries)");
    let pdf = extract(&shifted, &Limits::default()).expect("rebuilt from the objects");
    assert!(pdf.repaired_xref);
    assert!(pdf.text().contains(CODE));

    // 3. Table and objects both unreadable ("obj" keywords gone): a broken-xref error.
    let mut hopeless = bad.clone();
    replace_all(&mut hopeless, b" obj", b" 0bj");
    let r = extract(&hopeless, &Limits::default());
    assert_eq!(kind(&r), "broken-xref", "{:?}", r.err());
}

#[test]
fn no_text_layer() {
    // A "scan": one page with an image and a frame drawn around it, and no text.
    let image = Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 2, "Height" => 2,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        vec![0, 255, 255, 0],
    );
    let bytes = one_page(b"q 500 0 0 700 40 60 cm /Im1 Do Q 40 60 500 700 re S", dictionary! {}, |doc| {
        let image_id = doc.add_object(image);
        let page_id = doc.page_iter().next().expect("one page");
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
            page.set("Resources", dictionary! { "XObject" => dictionary! { "Im1" => image_id } });
        }
    });
    let r = extract(&bytes, &Limits::default());
    match r {
        Err(PdfError::NoTextLayer { pages: 1, images: 1 }) => {}
        other => panic!("expected no-text-layer, got {other:?}"),
    }
    let message = extract(&bytes, &Limits::default()).unwrap_err().to_string();
    assert!(message.contains("OCR"), "{message}");

    // Only vector drawing, no image at all.
    let r = extract(&one_page(b"0 0 m 100 100 l S", dictionary! {}, |_| {}), &Limits::default());
    assert_eq!(kind(&r), "no-text-layer");
}

#[test]
fn text_drawn_with_undecodable_fonts() {
    // A Type0 font with Identity-H and neither a ToUnicode map nor a Unicode CMap: glyph ids only.
    let resources = dictionary! {
        "Font" => dictionary! {
            "F1" => dictionary! {
                "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+Unknown",
                "Encoding" => "Identity-H",
                "DescendantFonts" => vec![Object::Dictionary(dictionary! {
                    "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+Unknown",
                    "CIDSystemInfo" => dictionary! {
                        "Registry" => Object::string_literal("Adobe"),
                        "Ordering" => Object::string_literal("Identity"),
                        "Supplement" => 0,
                    },
                })],
            },
        },
    };
    let bytes = one_page(b"BT /F1 12 Tf 72 700 Td <00260031002A> Tj ET", resources, |_| {});
    match extract(&bytes, &Limits::default()) {
        Err(PdfError::UnknownFontEncoding { fonts }) => assert_eq!(fonts, vec!["ABCDEF+Unknown".to_string()]),
        other => panic!("expected unknown-font-encoding, got {other:?}"),
    }
    // A font missing from the resources: text is drawn, nothing can be decoded.
    let missing = one_page(b"BT /F9 12 Tf 72 700 Td (abc) Tj ET", dictionary! {}, |_| {});
    assert_eq!(kind(&extract(&missing, &Limits::default())), "unknown-font-encoding");
    // With a standard font beside it, what can be decoded is kept and the rest dropped.
    let mut resources = helvetica_resources();
    if let Ok(Object::Dictionary(fonts)) = resources.get_mut(b"Font") {
        fonts.set("F2", dictionary! { "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "X", "Encoding" => "Identity-H" });
    }
    let bytes = one_page(b"BT /F1 12 Tf 72 700 Td (Chuong I) Tj /F2 12 Tf <0026> Tj ET", resources, |_| {});
    assert_eq!(extract(&bytes, &Limits::default()).expect("partly decodable").text(), "Chuong I");
}

#[test]
fn limits() {
    let Some(real) = small_real_pdf() else { return eprintln!("skipped: no shared corpus") };
    let cases = [
        Limits { max_pages: 2, ..Limits::default() },
        Limits { max_stream_bytes: 20_000, ..Limits::default() },
        Limits { max_output_chars: 1000, ..Limits::default() },
        Limits { max_objects: 50, ..Limits::default() },
    ];
    for limits in cases {
        let r = extract(&real, &limits);
        assert_eq!(kind(&r), "limit-exceeded", "{limits:?}");
    }
    assert_eq!(kind(&extract(&real, &Limits::default())), "ok");
}

#[test]
fn decompression_bomb() {
    use flate2::{write::ZlibEncoder, Compression};
    use std::io::Write;
    // 64 MB of content stream from a few tens of kilobytes.
    let mut enc = ZlibEncoder::new(Vec::new(), Compression::best());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..64 {
        enc.write_all(&chunk).expect("in memory");
    }
    let bomb = enc.finish().expect("in memory");
    assert!(bomb.len() < 200_000);
    let bytes = one_page(b"", helvetica_resources(), |doc| {
        let page_id = doc.page_iter().next().expect("one page");
        let stream = Stream::new(dictionary! { "Filter" => "FlateDecode" }, bomb.clone()).with_compression(false);
        let content = doc.add_object(stream);
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
            page.set("Contents", content);
        }
    });
    let limits = Limits { max_stream_bytes: 8 << 20, ..Limits::default() };
    let r = extract(&bytes, &limits);
    assert_eq!(kind(&r), "limit-exceeded", "{:?}", r.err());
}

#[test]
fn nested_forms_and_deep_objects() {
    // Forms drawing forms, 40 deep: over the default depth of 16.
    let deep = one_page(b"/X0 Do", dictionary! {}, |doc| {
        let mut next: Option<ObjectId> = None;
        for i in (0..40).rev() {
            let (content, resources) = match next {
                Some(id) => (format!("/X{} Do", i + 1).into_bytes(), dictionary! { "XObject" => dictionary! { format!("X{}", i + 1) => id } }),
                None => (b"BT /F1 12 Tf 72 700 Td (deep) Tj ET".to_vec(), helvetica_resources()),
            };
            let form = Stream::new(dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()], "Resources" => resources }, content);
            next = Some(doc.add_object(form));
        }
        let page_id = doc.page_iter().next().expect("one page");
        if let (Some(first), Ok(Object::Dictionary(page))) = (next, doc.get_object_mut(page_id)) {
            page.set("Resources", dictionary! { "XObject" => dictionary! { "X0" => first } });
        }
    });
    assert_eq!(kind(&extract(&deep, &Limits::default())), "limit-exceeded");
    assert_eq!(extract(&deep, &Limits { max_depth: 64, ..Limits::default() }).expect("within 64").text(), "deep");

    // A form that draws itself is drawn once.
    let looped = one_page(b"/X Do", dictionary! {}, |doc| {
        let id = doc.new_object_id();
        let mut resources = helvetica_resources();
        resources.set("XObject", dictionary! { "X" => id });
        let form = Stream::new(dictionary! { "Type" => "XObject", "Subtype" => "Form", "Resources" => resources }, b"BT /F1 12 Tf 72 700 Td (loop) Tj ET /X Do".to_vec());
        doc.objects.insert(id, Object::Stream(form));
        let page_id = doc.page_iter().next().expect("one page");
        if let Ok(Object::Dictionary(page)) = doc.get_object_mut(page_id) {
            page.set("Resources", dictionary! { "XObject" => dictionary! { "X" => id } });
        }
    });
    assert_eq!(extract(&looped, &Limits::default()).expect("a loop is not an error").text(), "loop");

    // Arrays nested 5000 deep in an object: refused before lopdf's recursive parser sees them.
    let mut nested = one_page(b"BT /F1 12 Tf 72 700 Td (x) Tj ET", helvetica_resources(), |_| {});
    let at = rfind(&nested, b"xref").expect("an xref table");
    let mut bomb = b"99 0 obj\n".to_vec();
    bomb.extend_from_slice(&[b'['; 5000]);
    bomb.extend_from_slice(&[b']'; 5000]);
    bomb.extend_from_slice(b"\nendobj\n");
    nested.splice(at..at, bomb);
    assert_eq!(kind(&extract(&nested, &Limits::default())), "limit-exceeded");
}

// ---- Encryption: the standard security handler, revision 2 (RC4, 40-bit key), done here by the book. ----

const PAD: [u8; 32] = [
    0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00,
    0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
];

fn rc4(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut s: Vec<u8> = (0..=255).collect();
    let mut j = 0u8;
    for i in 0..256 {
        j = j.wrapping_add(s[i]).wrapping_add(key[i % key.len()]);
        s.swap(i, j as usize);
    }
    let (mut i, mut j) = (0u8, 0u8);
    data.iter()
        .map(|&b| {
            i = i.wrapping_add(1);
            j = j.wrapping_add(s[i as usize]);
            s.swap(i as usize, j as usize);
            b ^ s[(s[i as usize].wrapping_add(s[j as usize])) as usize]
        })
        .collect()
}

fn padded(password: &[u8]) -> Vec<u8> {
    let mut p: Vec<u8> = password.iter().take(32).copied().collect();
    p.extend_from_slice(&PAD[..32 - p.len()]);
    p
}

fn encrypt_strings(obj: &mut Object, key: &[u8]) {
    match obj {
        Object::String(s, _) => *s = rc4(key, s),
        Object::Array(items) => items.iter_mut().for_each(|o| encrypt_strings(o, key)),
        Object::Dictionary(d) => d.iter_mut().for_each(|(_, o)| encrypt_strings(o, key)),
        Object::Stream(st) => {
            st.dict.iter_mut().for_each(|(_, o)| encrypt_strings(o, key));
            let content = rc4(key, &st.content);
            st.set_content(content);
        }
        _ => {}
    }
}

/// The real PDF, re-saved encrypted with these passwords.
fn encrypted_copy(real: &[u8], user: &[u8], owner: &[u8]) -> Vec<u8> {
    let mut doc = Document::load_mem(real).expect("lopdf loads the corpus PDF");
    // Objects are written one by one (no object streams, whose contents lopdf reads before decrypting).
    doc.objects.retain(|_, o| !matches!(o, Object::Stream(s) if s.dict.type_is(b"ObjStm") || s.dict.type_is(b"XRef")));
    let o_key = &Md5::digest(padded(owner))[..5];
    let o = rc4(o_key, &padded(user));
    let p: i32 = -3904;
    let id0: Vec<u8> = (0u8..16).map(|i| i.wrapping_mul(37).wrapping_add(11)).collect();
    let mut h = Md5::new();
    h.update(padded(user));
    h.update(&o);
    h.update(p.to_le_bytes());
    h.update(&id0);
    let key = h.finalize()[..5].to_vec();
    let u = rc4(&key, &PAD);
    let ids: Vec<ObjectId> = doc.objects.keys().copied().collect();
    for id in ids {
        let mut k = key.clone();
        k.extend_from_slice(&id.0.to_le_bytes()[..3]);
        k.extend_from_slice(&id.1.to_le_bytes()[..2]);
        let obj_key = Md5::digest(&k)[..10].to_vec();
        if let Some(obj) = doc.objects.get_mut(&id) {
            encrypt_strings(obj, &obj_key);
        }
    }
    let enc = doc.add_object(dictionary! {
        "Filter" => "Standard", "V" => 1, "R" => 2, "Length" => 40,
        "O" => Object::String(o, StringFormat::Hexadecimal),
        "U" => Object::String(u, StringFormat::Hexadecimal),
        "P" => p,
    });
    doc.trailer.set("Encrypt", enc);
    doc.trailer.set("ID", vec![Object::String(id0.clone(), StringFormat::Hexadecimal), Object::String(id0, StringFormat::Hexadecimal)]);
    doc.trailer.remove(b"Prev");
    save(&mut doc)
}

#[test]
fn encrypted() {
    let Some(real) = small_real_pdf() else { return eprintln!("skipped: no shared corpus") };
    let plain = extract(&real, &Limits::default()).expect("the plain file");

    // A user password: refused as encrypted.
    let locked = encrypted_copy(&real, b"secret", b"owner");
    match extract(&locked, &Limits::default()) {
        Err(PdfError::Encrypted { detail }) => assert!(detail.contains("password"), "{detail}"),
        other => panic!("expected encrypted, got {:?}", other.map(|p| p.page_count)),
    }

    // Only an owner password (copy/print restrictions): opens with the empty user password, same text.
    let restricted = encrypted_copy(&real, b"", b"owner");
    let opened = extract(&restricted, &Limits::default()).expect("opens with the empty password");
    assert_eq!(opened.pages, plain.pages);

    // AES (V 4) is refused as encrypted with the reason.
    let mut aes = Document::load_mem(&restricted).expect("lopdf loads it");
    if let Ok(enc_id) = aes.trailer.get(b"Encrypt").and_then(Object::as_reference) {
        if let Ok(Object::Dictionary(d)) = aes.get_object_mut(enc_id) {
            d.set("V", 4);
            d.set("R", 4);
        }
    }
    match extract(&save(&mut aes), &Limits::default()) {
        Err(PdfError::Encrypted { detail }) => assert!(detail.contains("not supported"), "{detail}"),
        other => panic!("expected encrypted, got {:?}", other.map(|p| p.page_count)),
    }
}

// ---- byte helpers ----

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn replace_all(buf: &mut Vec<u8>, from: &[u8], to: &[u8]) {
    assert_eq!(from.len(), to.len());
    let mut i = 0;
    while i + from.len() <= buf.len() {
        if buf.get(i..i + from.len()) == Some(from) {
            buf.splice(i..i + from.len(), to.iter().copied());
            i += from.len();
        } else {
            i += 1;
        }
    }
}

/// Start offsets of the "nnnnnnnnnn ggggg n" entries of every classic xref table.
fn xref_entry_offsets(buf: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 20 <= buf.len() {
        let e = &buf[i..i + 20];
        let digits = |r: std::ops::Range<usize>| e[r].iter().all(u8::is_ascii_digit);
        let at_line_start = i == 0 || matches!(buf[i - 1], b'\n' | b'\r');
        if at_line_start && digits(0..10) && e[10] == b' ' && digits(11..16) && e[16] == b' ' && e[17] == b'n' {
            out.push(i);
            i += 20;
        } else {
            i += 1;
        }
    }
    out
}
