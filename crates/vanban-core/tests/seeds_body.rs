//! Issue 5's acceptance on the real seeds (skipped where ../shared is absent): every footnote of seeds 001 and 003
//! is found, with its text out of the running text, and the sentences the notes cut are whole again.

use std::path::PathBuf;

fn seed(name: &str) -> Option<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = std::env::var("VANBAN_SHARED").map(PathBuf::from).unwrap_or_else(|_| root.join("../shared"));
    std::fs::read_to_string(shared.join("seeds").join(name)).ok()
}

fn check(name: &str, marks: &[&str], joined: &[&str]) {
    let Some(raw) = seed(name) else {
        eprintln!("skipped: ../shared is absent");
        return;
    };
    let p = vanban_core::parse(&raw);
    let notes = &p.record.footnotes;
    assert_eq!(notes.iter().map(|n| n.mark.as_str()).collect::<Vec<_>>(), marks, "{name}: every note, in order");
    let body_end = notes.first().map_or(p.text.len(), |n| n.span[0]);
    let body = &p.text[..body_end];
    for n in notes {
        assert!(n.text.len() > 20, "{name}: note {} has its text", n.mark);
        // no piece of a note left in the body: its first and last words are not there
        let head: String = n.text.chars().take(40).collect();
        let tail: String = n.text.chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
        assert!(!body.contains(&head), "{name}: the start of note {} is in the body", n.mark);
        assert!(!body.contains(&tail), "{name}: the end of note {} is in the body", n.mark);
        assert_eq!(&p.text[n.span[0]..n.span[1]], format!("{} {}", n.mark, n.text), "{name}: span of note {}", n.mark);
    }
    for j in joined {
        assert!(body.contains(j), "{name}: the cut sentence is joined again: {j}");
    }
    // references inside notes count, with spans in the note
    let in_notes = p.record.references.iter().filter(|r| r.span[0] >= body_end).count();
    assert!(in_notes > 0, "{name}: references in notes");
}

#[test]
fn seed_001_superscript_notes() {
    check(
        "001_a1fa60a055c0942b.txt",
        &["¹", "²", "³", "⁴"],
        &["tại các khu chung cư, nhà cao tầng", "từ nay đến Đại hội đại biểu toàn quốc lần thứ XIV của Đảng: Trước mắt"],
    );
}

#[test]
fn seed_003_pdf_notes() {
    check(
        "003_56bdbea5d1b1712c.txt",
        &["1", "2", "3", "4", "5", "6", "7"],
        &["Thông qua hoạt động và thành tựu, chính sách.", "bảo vệ môi trường trên địa bàn tỉnh: Tuyên truyền", "5. Truyền thông về nông nghiệp - lâm nghiệp và sản phẩm đặc trưng"],
    );
}
