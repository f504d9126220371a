//! The `vanban` command line (CONTRACT.md): `parse`, `text`, `eval`, `index`, `export`, `graph`.

mod eval;
mod graph_cmd;

use clap::{Parser, Subcommand};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use vanban_io::{parse_path, read_path, Limits};

// mimalloc instead of the system allocator: `vanban index` frees each record on the writer thread that a parse
// thread allocated, which glibc's malloc serializes on the parse thread's arena lock, and the parser allocates many
// small strings. Without transparent huge pages (`no_thp`), so that the peak RSS stays that of glibc's malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        /// Which documents: all, shared (the real documents of ../shared) or repo (those written for the repo).
        #[arg(long, default_value = "all", value_parser = ["all", "shared", "repo"])]
        source: String,
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
    /// Index folders, .zip archives and JSONL files of documents into an SQLite store, in parallel; re-running
    /// resumes (sources already indexed with the same content hash are skipped, changed ones re-parsed).
    Index {
        /// Folders (walked recursively), .zip archives, .jsonl files of {"id", "text"}, or documents.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The store (SQLite).
        #[arg(long, default_value = "vanban.db")]
        db: PathBuf,
        /// Parsing threads (default: the number of cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Documents in flight from reading to parsing, 4 times as many from parsing to writing (memory is bounded by it,
        /// not by the archive).
        #[arg(long, default_value_t = 256)]
        window: usize,
        /// Sources per transaction.
        #[arg(long, default_value_t = 500)]
        batch: usize,
        /// Largest document (a file, an uncompressed zip entry, a JSONL line), in bytes.
        #[arg(long, default_value_t = 64 * 1024 * 1024)]
        max_entry_bytes: u64,
        /// Largest compression ratio of a zip entry (entries past 1 MiB).
        #[arg(long, default_value_t = 100)]
        max_ratio: u64,
        /// Most bytes uncompressed out of one zip archive.
        #[arg(long, default_value_t = 64 * 1024 * 1024 * 1024)]
        max_archive_bytes: u64,
        /// Progress: auto (a bar on a terminal, lines otherwise), bar, lines, none.
        #[arg(long, default_value = "auto")]
        progress: String,
        /// Seconds between plain progress lines.
        #[arg(long, default_value_t = 5.0)]
        progress_interval: f64,
        /// Print the summary as JSON on standard output.
        #[arg(long)]
        json: bool,
        /// Do not keep each document's normalized text in the store (the `texts` table: spans point into it, and
        /// `vanban.open(db)` gives documents with their text); a smaller store and less writing.
        #[arg(long)]
        no_text: bool,
    },
    /// Citation-graph queries over an indexed archive (or a JSONL file of records): cites, cited-by, ancestors,
    /// descendants, path, top-cited, unresolved, status, find, export.
    Graph {
        /// The store written by `vanban index`.
        #[arg(long, default_value = "vanban.db", conflicts_with = "records")]
        db: PathBuf,
        /// A JSONL file of records (from `vanban parse` or `vanban export`) instead of a store.
        #[arg(long)]
        records: Option<String>,
        #[command(subcommand)]
        query: graph_cmd::Query,
    },
    /// Write the indexed records: one per indexed source, an error record for each failed one.
    Export {
        /// The store written by `vanban index`.
        #[arg(long, default_value = "vanban.db")]
        db: PathBuf,
        /// jsonl or parquet (parquet needs a build with `--features parquet`).
        #[arg(long, default_value = "jsonl")]
        format: String,
        /// Output file ("-": standard output, jsonl only).
        #[arg(short, long, default_value = "-")]
        output: PathBuf,
    },
}

fn cmd_graph(db: &std::path::Path, records: Option<&str>, query: &graph_cmd::Query) -> ExitCode {
    let recs = match records {
        Some(path) => graph_cmd::records_from_jsonl(path),
        None => records_from_store(db),
    };
    let recs = match recs {
        Ok(r) => r,
        Err(e) => {
            eprintln!("vanban graph: {e}");
            return ExitCode::from(2);
        }
    };
    let g = vanban_graph::Graph::build(&recs);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match graph_cmd::run(&g, query, &mut out) {
        Ok(()) => {
            let _ = out.flush();
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = out.flush();
            eprintln!("vanban graph: {e}");
            ExitCode::from(1)
        }
    }
}

/// The records of an indexed store (error rows are not documents of the graph).
fn records_from_store(db: &std::path::Path) -> Result<Vec<vanban_core::record::Record>, String> {
    if !db.exists() {
        return Err(format!("no store at {} (run `vanban index ... --db {}` first)", db.display(), db.display()));
    }
    let conn = vanban_index::store::open_read(db).map_err(|e| format!("{}: {e}", db.display()))?;
    let mut out = Vec::new();
    vanban_index::export::for_each_row(&conn, |row| {
        if let Some(r) = row.record {
            match serde_json::from_str(&r) {
                Ok(rec) => out.push(rec),
                Err(e) => eprintln!("vanban graph: skipping {}: {e}", row.label),
            }
        }
        Ok(())
    })
    .map_err(|e| format!("{}: {e}", db.display()))?;
    Ok(out)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Graph { db, records, query } => cmd_graph(&db, records.as_deref(), &query),
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
        Cmd::Eval { gold_dir, split, source, floors, save, compare, errors, raise_floors } => {
            cmd_eval(&gold_dir, &split, &source, floors, save, compare, errors, raise_floors)
        }
        Cmd::Index {
            inputs,
            db,
            threads,
            window,
            batch,
            max_entry_bytes,
            max_ratio,
            max_archive_bytes,
            progress,
            progress_interval,
            json,
            no_text,
        } => {
            let progress = match progress.as_str() {
                "auto" => vanban_index::ProgressMode::Auto,
                "bar" => vanban_index::ProgressMode::Bar,
                "lines" => vanban_index::ProgressMode::Lines,
                "none" => vanban_index::ProgressMode::None,
                p => {
                    eprintln!("vanban index: unknown --progress {p} (auto, bar, lines, none)");
                    return ExitCode::from(2);
                }
            };
            let mut opts = vanban_index::Options {
                window,
                batch,
                progress,
                progress_interval: std::time::Duration::from_secs_f64(progress_interval.max(0.1)),
                store_text: !no_text,
                ..Default::default()
            };
            if let Some(t) = threads {
                opts.threads = t.max(1);
            }
            opts.limits.max_entry_bytes = max_entry_bytes;
            opts.limits.max_ratio = max_ratio;
            opts.limits.max_archive_bytes = max_archive_bytes;
            cmd_index(&inputs, &db, &opts, json)
        }
        Cmd::Export { db, format, output } => cmd_export(&db, &format, &output),
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
    source: &str,
    floors: Option<PathBuf>,
    save: Option<PathBuf>,
    compare: Option<PathBuf>,
    errors: Option<String>,
    raise_floors: bool,
) -> ExitCode {
    let run = match eval::run(gold_dir, split, source) {
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
            if split != "all" || source != "all" || !run.skipped.is_empty() {
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

fn cmd_index(inputs: &[PathBuf], db: &std::path::Path, opts: &vanban_index::Options, json: bool) -> ExitCode {
    match vanban_index::index(inputs, db, opts) {
        Ok(summary) => {
            eprintln!("vanban index: {summary}");
            if json {
                let mut v = serde_json::to_value(&summary).expect("summary serializes");
                v["docs_per_sec"] = summary.docs_per_sec().into();
                v["mb_per_sec"] = summary.mb_per_sec().into();
                println!("{v}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vanban index: {}: {e}", db.display());
            ExitCode::from(2)
        }
    }
}

fn cmd_export(db: &std::path::Path, format: &str, output: &std::path::Path) -> ExitCode {
    if !db.exists() {
        eprintln!("vanban export: no store at {}", db.display());
        return ExitCode::from(2);
    }
    let r = match format {
        "jsonl" => vanban_index::export::jsonl(db, output),
        "parquet" if output == std::path::Path::new("-") => {
            eprintln!("vanban export: parquet needs an output file (-o OUT)");
            return ExitCode::from(2);
        }
        "parquet" => vanban_index::export::parquet(db, output),
        f => {
            eprintln!("vanban export: unknown --format {f} (jsonl, parquet)");
            return ExitCode::from(2);
        }
    };
    match r {
        Ok(n) => {
            eprintln!("vanban export: {n} records");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vanban export: {e}");
            ExitCode::from(2)
        }
    }
}
