//! The `vanban` command line (CONTRACT.md): `parse`, `text`, `eval`.

mod eval;

use clap::{Parser, Subcommand};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use vanban_io::{parse_path, read_path, Limits};

#[derive(Parser)]
#[command(name = "vanban", version, about = "Vietnamese administrative documents into structured records")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Parse each file and print one JSON record per line (an error record for a file that fails).
    Parse {
        /// Files (.txt, .md; "-" reads standard input).
        #[arg(required = true)]
        files: Vec<String>,
        /// Indented JSON.
        #[arg(long)]
        pretty: bool,
        /// Largest file accepted, in bytes.
        #[arg(long, default_value_t = 256 * 1024 * 1024)]
        max_bytes: u64,
    },
    /// Print the text vanban extracted and normalized from a file (what the parser reads).
    Text { file: String },
    /// Score the parser against gold records: per-field precision, recall, F1, and the documents in error.
    Eval {
        /// Folder of gold records (corpus/gold).
        gold_dir: PathBuf,
        /// Which gold records: all, dev or eval.
        #[arg(long, default_value = "all")]
        split: String,
        /// Fail (exit 1) when a field's F1 is below its floor in this JSON file ({"field": floor}).
        #[arg(long)]
        floors: Option<PathBuf>,
        /// Save this run (JSON) to compare with later.
        #[arg(long)]
        save: Option<PathBuf>,
        /// Compare with a saved run: gains and losses per document.
        #[arg(long)]
        compare: Option<PathBuf>,
        /// Raise the floors in the --floors file to this run's scores (never lowers a floor).
        #[arg(long, requires = "floors")]
        raise_floors: bool,
        /// List the documents where a field is wrong (all fields, or the one named).
        #[arg(long, num_args = 0..=1, default_missing_value = "*")]
        errors: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Parse { files, pretty, max_bytes } => cmd_parse(&files, pretty, max_bytes),
        Cmd::Text { file } => match read_path(&file, &Limits::default()) {
            Ok(input) => {
                let n = vanban_core::parse(&input.text);
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(n.text.as_bytes());
                let _ = out.write_all(b"\n");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("vanban: {file}: {e}");
                ExitCode::from(1)
            }
        },
        Cmd::Eval { gold_dir, split, floors, save, compare, errors, raise_floors } => {
            cmd_eval(&gold_dir, &split, floors, save, compare, errors, raise_floors)
        }
    }
}

fn cmd_parse(files: &[String], pretty: bool, max_bytes: u64) -> ExitCode {
    let limits = Limits { max_file_bytes: max_bytes };
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for f in files {
        let written = match parse_path(f, &limits) {
            Ok((_, record)) => write_json(&mut out, &record, pretty),
            Err(e) => {
                failed = true;
                write_json(&mut out, &e, pretty)
            }
        };
        if written.is_err() {
            // stdout closed (a pipe into `head`): stop quietly
            return ExitCode::from(if failed { 1 } else { 0 });
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// One JSON line, serialized straight to the writer (no intermediate tree: large records stay cheap).
fn write_json<W: Write, T: serde::Serialize>(out: &mut W, v: &T, pretty: bool) -> std::io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, v)?;
    } else {
        serde_json::to_writer(&mut *out, v)?;
    }
    out.write_all(b"\n")
}

fn cmd_eval(
    gold_dir: &std::path::Path,
    split: &str,
    floors: Option<PathBuf>,
    save: Option<PathBuf>,
    compare: Option<PathBuf>,
    errors: Option<String>,
    raise_floors: bool,
) -> ExitCode {
    let run = match eval::run(gold_dir, split) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("vanban eval: {e}");
            return ExitCode::from(2);
        }
    };
    print!("{}", eval::report(&run));
    if let Some(which) = errors {
        print!("{}", eval::errors(&run, (which != "*").then_some(which.as_str())));
    }
    if let Some(path) = compare {
        match std::fs::read_to_string(&path).map_err(|e| e.to_string()).and_then(|s| {
            serde_json::from_str::<eval::Run>(&s).map_err(|e| e.to_string())
        }) {
            Ok(old) => print!("\n{}", eval::compare(&old, &run)),
            Err(e) => {
                eprintln!("vanban eval: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    if let Some(path) = save {
        let s = serde_json::to_string_pretty(&run).expect("run serializes");
        if let Err(e) = std::fs::write(&path, s) {
            eprintln!("vanban eval: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if let Some(path) = floors {
        let floors: BTreeMap<String, f64> = match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
        {
            Ok(f) => f,
            Err(e) => {
                eprintln!("vanban eval: cannot read floors {}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        if raise_floors {
            if split != "all" || !run.skipped.is_empty() {
                eprintln!("vanban eval: floors are raised only from a run over all gold records with every source present");
                return ExitCode::from(2);
            }
            let raised = eval::raise_floors(&run, &floors);
            let s = serde_json::to_string_pretty(&raised).expect("floors serialize");
            if let Err(e) = std::fs::write(&path, s + "\n") {
                eprintln!("vanban eval: cannot write {}: {e}", path.display());
                return ExitCode::from(2);
            }
            println!("floors raised where this run scored higher ({})", path.display());
            return ExitCode::SUCCESS;
        }
        let below = eval::check_floors(&run, &floors);
        if !below.is_empty() {
            for b in &below {
                eprintln!("FLOOR: {b}");
            }
            return ExitCode::from(1);
        }
        println!("all fields at or above their floors ({})", path.display());
    }
    ExitCode::SUCCESS
}
