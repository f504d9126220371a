//! Any bytes as a PDF: object reading (lopdf), content streams, fonts and CMaps, layout. Small limits keep each run
//! short; errors are fine, panics and hangs are not.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = vanban_pdf::Limits::default();
    let _ = vanban_pdf::extract(data, &limits);
});
