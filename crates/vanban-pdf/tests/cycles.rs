//! PDFs whose objects reference each other in a cycle: a page tree that contains itself, and a form XObject that
//! draws itself. Extraction ends (with text or a clear error) instead of looping or overflowing the stack.

use std::time::{Duration, Instant};
use vanban_pdf::{extract, Limits};

/// Assemble a PDF from object bodies (1-based numbers), with a correct cross-reference table.
fn pdf(objects: &[String]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes());
    out
}

fn stream(dict: &str, content: &str) -> String {
    format!("<< {dict} /Length {} >>\nstream\n{content}\nendstream", content.len())
}

#[test]
fn page_tree_and_forms_in_a_cycle() {
    let form = "BT /F 12 Tf 10 10 Td (loop) Tj ET /F1 Do";
    let page = "BT /F 12 Tf 10 150 Td (Hello) Tj ET /F1 Do";
    let objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        // the page tree lists itself among its kids
        "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /F1 4 0 R >> /Font << /F 5 0 R >> >> /Contents 6 0 R >>".to_string(),
        // the form draws itself
        stream("/Type /XObject /Subtype /Form /BBox [0 0 200 200] /Resources << /XObject << /F1 4 0 R >> /Font << /F 5 0 R >> >>", form),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        stream("", page),
    ];
    let bytes = pdf(&objects);
    let t = Instant::now();
    let r = extract(&bytes, &Limits::default());
    assert!(t.elapsed() < Duration::from_secs(10), "took {:?}", t.elapsed());
    match r {
        Ok(text) => {
            let s = text.text();
            assert!(s.contains("Hello"), "{s:?}");
            // the self-drawing form is cut at the depth limit, not followed forever
            assert!(s.matches("loop").count() <= 64, "{} loops", s.matches("loop").count());
        }
        Err(e) => assert!(["limit-exceeded", "malformed", "broken-xref"].contains(&e.kind()), "{e}"),
    }
}

#[test]
fn resources_that_reference_themselves() {
    // a resource dictionary that contains itself, and a font whose descendant is the font
    let objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources 4 0 R /Contents 6 0 R >>".to_string(),
        "<< /Font << /F 5 0 R >> /Self 4 0 R >>".to_string(),
        "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [5 0 R] >>".to_string(),
        stream("", "BT /F 12 Tf 10 150 Td <00410042> Tj ET"),
    ];
    let t = Instant::now();
    let r = extract(&pdf(&objects), &Limits::default());
    assert!(t.elapsed() < Duration::from_secs(10));
    // either some text or a clear error: never a hang or a panic
    if let Err(e) = r {
        assert!(!e.kind().is_empty());
    }
}
