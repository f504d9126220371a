//! The SQLite store: one row per source (indexed or failed), the record of each indexed source with its main fields
//! as columns, its references and its tasks.
//!
//! Writes go in batched transactions: a source row and the rows that hang from it are committed together, so a run
//! killed at any moment leaves the store as of its last commit, and a re-run picks up from there.
//!
//! # Re-runs
//!
//! - An `ok` source whose label and content hash (`sha256` of the bytes read) are stored is skipped: same bytes,
//!   same record.
//! - A changed source is parsed again and replaces its rows.
//! - An `error` row is always tried again, whatever its hash: a reading error (`io`, `archive`, `too-large`,
//!   `zip-bomb`, `archive-limit`: no hash, `''`) may be gone because the file was fixed or the limits raised, and a
//!   parse error of unchanged bytes (a PDF or DOCX this version could not read, a limit of vanban-io) may be gone
//!   with a newer vanban. Failures are few and usually fail fast, so trying them again costs little; the
//!   summary's `failed` counts the documents that failed in this run.
//! - After a complete run (not stopped), the error rows under the run's inputs (the input itself, a file of its
//!   folder, an entry of its zip, a line of its JSONL file) whose label the run did not produce are removed
//!   ([`stale_errors`], [`remove_errors`]): the zip that could not be opened and now opens (its entries have their
//!   own rows), the JSONL line that was not JSON and now has an id ("f.jsonl#L3" becomes "f.jsonl#x"), the file
//!   that is gone. Rows of indexed documents are never removed this way: a document once indexed stays until its
//!   label is indexed again.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::path::Path;
use vanban_core::record::Record;

pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS sources (
    id            INTEGER PRIMARY KEY,
    label         TEXT NOT NULL UNIQUE,   -- path, "archive.zip!entry" or "file.jsonl#id"
    sha256        TEXT NOT NULL,          -- of the input bytes; '' when they could not be read
    format        TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    error_kind    TEXT,
    error_message TEXT,
    bytes         INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id           INTEGER PRIMARY KEY REFERENCES sources(id),   -- the source's id
    doc_type     TEXT,
    code         TEXT,
    number       TEXT,
    symbol       TEXT,
    issuer       TEXT,
    jurisdiction TEXT,
    date         TEXT,
    subject      TEXT,
    record       TEXT NOT NULL                                 -- the CONTRACT.md record, JSON
);
CREATE INDEX IF NOT EXISTS documents_code ON documents(code);
CREATE TABLE IF NOT EXISTS "references" (
    doc_id     INTEGER NOT NULL REFERENCES documents(id),
    seq        INTEGER NOT NULL,
    kind       TEXT,
    code       TEXT,
    date       TEXT,
    issuer     TEXT,
    title      TEXT,
    role       TEXT,
    pinpoint   TEXT,
    key        TEXT,
    span_start INTEGER NOT NULL,   -- code points into the record's text
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS references_key ON "references"(key);
CREATE TABLE IF NOT EXISTS tasks (
    doc_id        INTEGER NOT NULL REFERENCES documents(id),
    seq           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    section       TEXT,
    lead          TEXT NOT NULL,   -- JSON array of units
    support       TEXT NOT NULL,   -- JSON array of units
    deadline      TEXT,
    deadline_text TEXT,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
"#;

/// Opens (creating if needed) a store for writing: WAL journal, schema in place.
pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    // 32 KiB pages for a new store (an existing one keeps its own): records of several KB fit a page instead of a
    // chain of overflow pages, and the WAL and its checkpoints move a third fewer pages (writer thread: -20% CPU on
    // a 20 MB archive). Only takes effect before the first table is created, so it comes before the WAL switch.
    conn.pragma_update(None, "page_size", 32768)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // a 64 MiB page cache: a batch's pages stay in memory until its commit
    conn.pragma_update(None, "cache_size", -65536)?;
    // In WAL mode NORMAL keeps the store consistent after a crash (the last commits may be lost on power failure).
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.execute_batch(SCHEMA)?;
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if v == 0 {
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    }
    Ok(conn)
}

/// Opens an existing store for reading only.
pub fn open_read(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    Ok(conn)
}

/// What the store holds about a label: (sha256, status).
pub fn lookup(conn: &Connection, label: &str) -> rusqlite::Result<Option<(String, String)>> {
    conn.prepare_cached("SELECT sha256, status FROM sources WHERE label = ?1")?
        .query_row([label], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
}

/// The row of one source as it is written.
#[derive(Debug)]
pub struct SourceRow {
    pub label: String,
    pub sha256: String,
    pub format: String,
    pub bytes: u64,
}

/// What parsing one source gave.
#[derive(Debug)]
pub enum Written {
    Ok { record: Box<Record>, json: String },
    Error { kind: String, message: String },
}

/// Where [`write_source`] put a source: its id, and whether it replaced a row of the same label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub replaced: bool,
}

/// Writes one source and its rows inside `tx`, replacing whatever the store held for the same label.
pub fn write_source(tx: &Transaction<'_>, src: &SourceRow, what: &Written) -> rusqlite::Result<Stored> {
    let (status, ek, em) = match what {
        Written::Ok { .. } => ("ok", None, None),
        Written::Error { kind, message } => ("error", Some(kind.as_str()), Some(message.as_str())),
    };
    // a new label (the common case) in one statement: the label's unique index is searched once
    let inserted = tx
        .prepare_cached(
            "INSERT INTO sources (label, sha256, format, status, error_kind, error_message, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (label) DO NOTHING",
        )?
        .execute(params![src.label, src.sha256, src.format, status, ek, em, src.bytes as i64])?;
    let stored = if inserted == 1 {
        Stored { id: tx.last_insert_rowid(), replaced: false }
    } else {
        let id: i64 = tx.prepare_cached("SELECT id FROM sources WHERE label = ?1")?.query_row([&src.label], |r| r.get(0))?;
        tx.prepare_cached(r#"DELETE FROM "references" WHERE doc_id = ?1"#)?.execute([id])?;
        tx.prepare_cached("DELETE FROM tasks WHERE doc_id = ?1")?.execute([id])?;
        tx.prepare_cached("DELETE FROM documents WHERE id = ?1")?.execute([id])?;
        tx.prepare_cached(
            "UPDATE sources SET sha256 = ?2, format = ?3, status = ?4, error_kind = ?5, error_message = ?6, bytes = ?7 WHERE id = ?1",
        )?
        .execute(params![id, src.sha256, src.format, status, ek, em, src.bytes as i64])?;
        Stored { id, replaced: true }
    };
    let id = stored.id;
    let Written::Ok { record, json } = what else { return Ok(stored) };
    let r = record;
    tx.prepare_cached(
        "INSERT INTO documents (id, doc_type, code, number, symbol, issuer, jurisdiction, date, subject, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![id, r.doc_type, r.code, r.number, r.symbol, r.issuer.name, r.issuer.jurisdiction, r.date, r.subject, json])?;
    let mut ins = tx.prepare_cached(
        r#"INSERT INTO "references" (doc_id, seq, kind, code, date, issuer, title, role, pinpoint, key, span_start, span_end, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"#,
    )?;
    for (i, x) in r.references.iter().enumerate() {
        ins.execute(params![
            id, i as i64, x.kind, x.code, x.date, x.issuer, x.title, x.role, x.pinpoint, x.key, x.span[0] as i64, x.span[1] as i64, x.text
        ])?;
    }
    let mut ins = tx.prepare_cached(
        "INSERT INTO tasks (doc_id, seq, text, section, lead, support, deadline, deadline_text, span_start, span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (i, t) in r.tasks.iter().enumerate() {
        let lead = serde_json::to_string(&t.lead).unwrap_or_default();
        let support = serde_json::to_string(&t.support).unwrap_or_default();
        ins.execute(params![
            id, i as i64, t.text, t.section, lead, support, t.deadline, t.deadline_text, t.span[0] as i64, t.span[1] as i64
        ])?;
    }
    Ok(stored)
}

/// The labels of the error rows under `roots` (see [`crate::inputs::is_under`]) that `produced` says this run did
/// not give: stale after a complete run. Reads the error rows one at a time; only the stale labels are kept.
pub fn stale_errors(
    conn: &Connection,
    roots: &[String],
    produced: impl Fn(&str) -> rusqlite::Result<bool>,
) -> rusqlite::Result<Vec<String>> {
    let mut out = vec![];
    let mut st = conn.prepare("SELECT label FROM sources WHERE status = 'error'")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let label: String = r.get(0)?;
        if roots.iter().any(|root| crate::inputs::is_under(&label, root)) && !produced(&label)? {
            out.push(label);
        }
    }
    Ok(out)
}

/// Removes the error rows of these labels (a label whose row is `ok` by now is left alone), in one transaction.
/// Returns the number of rows removed.
pub fn remove_errors(conn: &mut Connection, labels: &[String]) -> rusqlite::Result<u64> {
    if labels.is_empty() {
        return Ok(0);
    }
    let tx = conn.transaction()?;
    let mut n = 0;
    {
        let mut del = tx.prepare("DELETE FROM sources WHERE label = ?1 AND status = 'error'")?;
        for l in labels {
            n += del.execute([l])? as u64;
        }
    }
    tx.commit()?;
    Ok(n)
}

/// Row counts: (sources, ok sources, error sources, documents, references, tasks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub sources: i64,
    pub ok: i64,
    pub errors: i64,
    pub documents: i64,
    pub references: i64,
    pub tasks: i64,
}

/// The number of sources and of error sources: what a run's summary tells (two index-free counts of `sources`, not
/// a scan of every table as [`counts`] does: `tasks` alone took 0.1 s at the end of a 100 MB run).
pub fn source_counts(conn: &Connection) -> rusqlite::Result<(i64, i64)> {
    conn.query_row("SELECT count(*), count(*) FILTER (WHERE status = 'error') FROM sources", [], |r| Ok((r.get(0)?, r.get(1)?)))
}

pub fn counts(conn: &Connection) -> rusqlite::Result<Counts> {
    let q = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    Ok(Counts {
        sources: q("SELECT count(*) FROM sources")?,
        ok: q("SELECT count(*) FROM sources WHERE status = 'ok'")?,
        errors: q("SELECT count(*) FROM sources WHERE status = 'error'")?,
        documents: q("SELECT count(*) FROM documents")?,
        references: q(r#"SELECT count(*) FROM "references""#)?,
        tasks: q("SELECT count(*) FROM tasks")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_source_replaces_its_rows() {
        let p = std::env::temp_dir().join(format!("vanban-store-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&p);
        let mut conn = open(&p).unwrap();
        let text = "UBND TỈNH KON TUM\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nabc\n\nCăn cứ Nghị định số 45/2024/NĐ-CP ngày 1/2/2024 của Chính phủ;\n";
        let rec = vanban_core::parse(text).record();
        assert!(!rec.references.is_empty());
        let src = SourceRow { label: "a.txt".into(), sha256: "1".into(), format: "txt".into(), bytes: 3 };
        let ok = Written::Ok { json: serde_json::to_string(&rec).unwrap(), record: Box::new(rec.clone()) };
        for _ in 0..2 {
            let tx = conn.transaction().unwrap();
            write_source(&tx, &src, &ok).unwrap();
            tx.commit().unwrap();
        }
        let c = counts(&conn).unwrap();
        assert_eq!((c.sources, c.documents, c.references as usize), (1, 1, rec.references.len()));
        let tx = conn.transaction().unwrap();
        let src2 = SourceRow { sha256: "2".into(), ..src };
        write_source(&tx, &src2, &Written::Error { kind: "binary".into(), message: "x".into() }).unwrap();
        tx.commit().unwrap();
        let c = counts(&conn).unwrap();
        assert_eq!((c.sources, c.errors, c.documents, c.references), (1, 1, 0, 0));
        assert_eq!(lookup(&conn, "a.txt").unwrap(), Some(("2".into(), "error".into())));
        drop(conn);
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", p.display()));
        }
    }
}
