//! The pyo3 layer: thin on purpose. It moves strings across the boundary and nothing else; the Python package
//! (`python/vanban`) builds the objects users see. No Rust panic crosses into Python: each call runs under
//! `catch_unwind` and a panic comes back as an error record of kind "internal".

use pyo3::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use vanban_io::{error_record, parse_path, Limits};

/// Outcome of one call: (ok, record or error record as JSON, normalized text).
type Outcome = (bool, String, String);

fn guarded(path: &str, f: impl FnOnce() -> Outcome) -> Outcome {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let rec = error_record(path, None, "internal", &format!("parser failure: {msg}"));
        (false, serde_json::to_string(&rec).unwrap_or_default(), String::new())
    })
}

/// Parse a document's text. Returns (ok, JSON, normalized text).
#[pyfunction]
#[pyo3(signature = (text, path=None))]
fn parse_text(py: Python<'_>, text: String, path: Option<String>) -> Outcome {
    py.allow_threads(|| {
        let path = path.unwrap_or_else(|| "<text>".to_string());
        guarded(&path.clone(), move || {
            let parsed = vanban_core::parse(&text);
            let source = vanban_core::record::Source {
                path,
                sha256: vanban_io::sha256_hex(text.as_bytes()),
                format: "txt".into(),
            };
            let rec = vanban_core::with_source(parsed.record(), source);
            (true, serde_json::to_string(&rec).unwrap_or_default(), parsed.text)
        })
    })
}

/// Parse a file. Returns (ok, JSON record or error record, normalized text).
#[pyfunction]
fn parse_file(py: Python<'_>, path: String) -> Outcome {
    py.allow_threads(|| {
        guarded(&path.clone(), || match parse_path(&path, &Limits::default()) {
            Ok((parsed, rec)) => (true, serde_json::to_string(&rec).unwrap_or_default(), parsed.text),
            Err(e) => (false, serde_json::to_string(&e).unwrap_or_default(), String::new()),
        })
    })
}

#[pymodule]
fn _vanban(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse_text, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
