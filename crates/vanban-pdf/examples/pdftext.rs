//! Extracts the text of PDF files with vanban-pdf.
//!
//! ```text
//! pdftext FILE...                 text of each file to stdout (pages separated by form feeds)
//! pdftext --out DIR FILE...       text of each file to DIR/<name>.txt; one line per file on stderr:
//!                                 "<file>\t<pages>\t<seconds>" or "<file>\terror\t<kind>: <message>"
//! pdftext --cer REF HYP           character error rate of HYP against REF (two text files)
//! ```
use std::path::Path;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--cer") {
        let (Some(r), Some(h)) = (args.get(1), args.get(2)) else {
            eprintln!("usage: pdftext --cer REF HYP");
            std::process::exit(2);
        };
        let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| {
            eprintln!("{p}: {e}");
            std::process::exit(2)
        });
        println!("{:.6}", vanban_pdf::quality::char_error_rate(&read(r), &read(h)));
        return;
    }
    let (out_dir, files) = match args.first().map(String::as_str) {
        Some("--out") => (args.get(1).cloned(), args.get(2..).unwrap_or(&[]).to_vec()),
        _ => (None, args.clone()),
    };
    if files.is_empty() {
        eprintln!("usage: pdftext [--out DIR] FILE... | pdftext --cer REF HYP");
        std::process::exit(2);
    }
    let limits = vanban_pdf::Limits::default();
    let mut failed = false;
    for file in &files {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{file}\terror\tio: {e}");
                failed = true;
                continue;
            }
        };
        let start = Instant::now();
        let result = vanban_pdf::extract(&bytes, &limits);
        let secs = start.elapsed().as_secs_f64();
        match result {
            Ok(pdf) => match &out_dir {
                Some(dir) => {
                    let stem = Path::new(file).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                    let path = Path::new(dir).join(format!("{stem}.txt"));
                    if let Err(e) = std::fs::write(&path, pdf.text()) {
                        eprintln!("{}: {e}", path.display());
                        failed = true;
                    }
                    eprintln!("{file}\t{}\t{secs:.6}", pdf.page_count);
                }
                None => {
                    print!("{}", pdf.text());
                    println!();
                }
            },
            Err(e) => {
                eprintln!("{file}\terror\t{}: {e}", e.kind());
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
