//! Any text through the whole parser: no panic, and the record serializes with spans inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let p = vanban_core::parse(&text);
    for r in &p.record.references {
        assert!(r.span[0] <= r.span[1] && r.span[1] <= p.text.len());
        assert!(p.text.is_char_boundary(r.span[0]) && p.text.is_char_boundary(r.span[1]));
    }
    let _ = p.to_json();
});
