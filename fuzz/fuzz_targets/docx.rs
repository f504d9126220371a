//! Any bytes as a .docx: zip reading with limits, XML, tables, footnotes, numbering.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = vanban_docx::extract(data, &vanban_docx::Limits::default());
});
