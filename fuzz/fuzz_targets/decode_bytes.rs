//! Any bytes as a text file: UTF-8/UTF-16 decoding, legacy encodings (TCVN3, VNI, VIQR) detection and conversion.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = vanban_io::decode_text(data) {
        let _ = vanban_core::parse(&text);
    }
});
