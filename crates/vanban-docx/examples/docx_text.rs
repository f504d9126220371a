//! Print the text vanban reads from DOCX files: `cargo run -p vanban-docx --example docx_text -- FILE.docx...`
fn main() {
    let limits = vanban_docx::Limits::default();
    for path in std::env::args().skip(1) {
        match std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|b| vanban_docx::extract(&b, &limits).map_err(|e| e.to_string()))
        {
            Ok(text) => print!("{text}"),
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}
