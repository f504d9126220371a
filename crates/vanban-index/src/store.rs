//! The SQLite store: one row per source (indexed or failed), the record of each indexed source with its main fields
//! as columns, and its references and tasks as views over the record (schema 2; schema 1 wrote them again as rows,
//! which was half of the writer's CPU).
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

/// 2: `references` and `tasks` are views over `documents.record` (1: tables of rows written beside the record; a
/// store of schema 1 is brought to 2 when it is opened for writing, see [`open`]).
pub const SCHEMA_VERSION: i64 = 2;

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
-- documents_code (INDEXES) is built by the run's end, not here: see `defer_indexes`.
-- A document's references and tasks are those of its record: views over the record's JSON, not rows written beside
-- it (writing them as rows was half of the writer's work: ~2 µs a row; see README.md, "Speed of indexing"). The
-- columns are those of the tables of schema 1.
CREATE VIEW IF NOT EXISTS "references" (doc_id, seq, kind, code, date, issuer, title, role, pinpoint, key, span_start,
    span_end, text) AS
SELECT d.id, r.key, json_extract(r.value, '$.kind'), json_extract(r.value, '$.code'), json_extract(r.value, '$.date'),
    json_extract(r.value, '$.issuer'), json_extract(r.value, '$.title'), json_extract(r.value, '$.role'),
    json_extract(r.value, '$.pinpoint'), json_extract(r.value, '$.key'), json_extract(r.value, '$.span[0]'),
    json_extract(r.value, '$.span[1]'), json_extract(r.value, '$.text')
FROM documents d, json_each(d.record, '$.references') r;
CREATE VIEW IF NOT EXISTS tasks (doc_id, seq, text, section, lead, support, deadline, deadline_text, span_start,
    span_end) AS
SELECT d.id, t.key, json_extract(t.value, '$.text'), json_extract(t.value, '$.section'),
    json_extract(t.value, '$.lead'), json_extract(t.value, '$.support'), json_extract(t.value, '$.deadline'),
    json_extract(t.value, '$.deadline_text'), json_extract(t.value, '$.span[0]'), json_extract(t.value, '$.span[1]')
FROM documents d, json_each(d.record, '$.tasks') t;
"#;

/// The store's indexes on `documents`: for users' queries (by code); the writer itself never reads them.
const INDEXES: &str = "CREATE INDEX IF NOT EXISTS documents_code ON documents(code);";

/// Before a run: on a store with no documents yet, the indexes of [`INDEXES`] are dropped (returns `true`), and
/// [`build_indexes`] makes them at the run's end in one sorted pass. Kept up row by row, `documents_code` took a
/// random leaf of its B-tree for every document: a transaction of 500 documents rewrote most of the index's
/// pages (32 KiB each) into the WAL, and by the end of a 1 GB archive that was as many bytes as the records
/// themselves (the writer's CPU over a 1 GB archive: 11.6-12.9 s with it, 8.9-9.3 s without in runs side by side;
/// README, "Speed of indexing"). A store that
/// already holds documents keeps its indexes: rebuilding them would read every record again for a few new ones.
/// A run killed before its end leaves a store without them: its queries by code scan, and the next run that
/// completes builds them.
pub fn defer_indexes(conn: &Connection) -> rusqlite::Result<bool> {
    let empty: bool = conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM documents)", [], |r| r.get(0))?;
    if empty {
        conn.execute_batch("DROP INDEX IF EXISTS documents_code")?;
    }
    Ok(empty)
}

/// Builds the indexes of [`INDEXES`] that are missing (after a run; a no-op where they exist).
pub fn build_indexes(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(INDEXES)
}

/// Opens (creating if needed) a store for writing: WAL journal, schema in place.
pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    // 32 KiB pages for a new store (an existing one keeps its own): records of several KB fit a page instead of a
    // chain of overflow pages, and the WAL and its checkpoints move a third fewer pages (writer thread: -20% CPU on
    // a 20 MB archive). Only takes effect before the first table is created, so it comes before the WAL switch.
    conn.pragma_update(None, "page_size", 32768)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // A 16 MiB page cache, but a transaction's dirty pages stay in memory up to 64 MiB before they spill to the file:
    // a batch's pages stay in memory until its commit, and the clean pages after it, seldom read again (records and
    // texts), are not kept in a cache that had to grow to 64 MiB of freshly allocated memory (page faults: the
    // writer +13% with a 64 MiB cache).
    conn.pragma_update(None, "cache_size", -16384)?;
    let page: i64 = conn.pragma_query_value(None, "page_size", |r| r.get(0))?;
    conn.pragma_update(None, "cache_spill", (64 << 20) / page.max(512))?;
    // In WAL mode NORMAL keeps the store consistent after a crash (the last commits may be lost on power failure).
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if v > SCHEMA_VERSION {
        return Err(newer_schema(v));
    }
    let tx = conn.unchecked_transaction()?;
    // schema 1 kept each reference and task as a row besides the record: the record holds them all, so the tables
    // go and the views take their names (the store's records, and so `vanban export`, are unchanged)
    let old_tables: i64 = tx.query_row(
        r#"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('references', 'tasks')"#,
        [],
        |r| r.get(0),
    )?;
    if old_tables > 0 {
        tx.execute_batch(r#"DROP TABLE IF EXISTS "references"; DROP TABLE IF EXISTS tasks;"#)?;
    }
    tx.execute_batch(SCHEMA)?;
    if v < SCHEMA_VERSION {
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    }
    tx.commit()?;
    Ok(conn)
}

fn newer_schema(v: i64) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_MISMATCH),
        Some(format!("store schema version {v}, written by a newer vanban; this one writes version {SCHEMA_VERSION}")),
    )
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
    /// The record as JSON, and its main fields for the columns of `documents`.
    Ok { columns: Columns, json: String },
    Error { kind: String, message: String },
}

/// The main fields of a record: the columns of `documents`. Taken out of the record by the parse worker, so that the
/// record is freed by the thread that made it, not by the writer (its drop was ~10% of the writer's CPU).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    pub doc_type: Option<String>,
    pub code: Option<String>,
    pub number: Option<String>,
    pub symbol: Option<String>,
    pub issuer: Option<String>,
    pub jurisdiction: Option<String>,
    pub date: Option<String>,
    pub subject: Option<String>,
}

impl Columns {
    /// The columns' names in `documents`, in the order of [`Columns::values`] (and of `vanban export`'s Parquet).
    pub const NAMES: [&'static str; 8] = ["doc_type", "code", "number", "symbol", "issuer", "jurisdiction", "date", "subject"];

    /// The values, in the order of [`Columns::NAMES`].
    pub fn values(&self) -> [Option<&str>; 8] {
        [
            self.doc_type.as_deref(),
            self.code.as_deref(),
            self.number.as_deref(),
            self.symbol.as_deref(),
            self.issuer.as_deref(),
            self.jurisdiction.as_deref(),
            self.date.as_deref(),
            self.subject.as_deref(),
        ]
    }

    /// The columns read from a query's row, [`Columns::NAMES`] in order from its column `first` on.
    pub fn from_row(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Columns> {
        Ok(Columns {
            doc_type: r.get(first)?,
            code: r.get(first + 1)?,
            number: r.get(first + 2)?,
            symbol: r.get(first + 3)?,
            issuer: r.get(first + 4)?,
            jurisdiction: r.get(first + 5)?,
            date: r.get(first + 6)?,
            subject: r.get(first + 7)?,
        })
    }
}

impl From<Record> for Columns {
    fn from(r: Record) -> Columns {
        Columns {
            doc_type: r.doc_type,
            code: r.code,
            number: r.number,
            symbol: r.symbol,
            issuer: r.issuer.name,
            jurisdiction: r.issuer.jurisdiction,
            date: r.date,
            subject: r.subject,
        }
    }
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
        tx.prepare_cached("DELETE FROM documents WHERE id = ?1")?.execute([id])?;
        tx.prepare_cached(
            "UPDATE sources SET sha256 = ?2, format = ?3, status = ?4, error_kind = ?5, error_message = ?6, bytes = ?7 WHERE id = ?1",
        )?
        .execute(params![id, src.sha256, src.format, status, ek, em, src.bytes as i64])?;
        Stored { id, replaced: true }
    };
    let id = stored.id;
    let Written::Ok { columns: r, json } = what else { return Ok(stored) };
    tx.prepare_cached(
        "INSERT INTO documents (id, doc_type, code, number, symbol, issuer, jurisdiction, date, subject, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![id, r.doc_type, r.code, r.number, r.symbol, r.issuer, r.jurisdiction, r.date, r.subject, json])?;
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
        let ok = Written::Ok { json: serde_json::to_string(&rec).unwrap(), columns: Columns::from(rec.clone()) };
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

    fn tmp(name: &str) -> std::path::PathBuf {
        let p = std::env::temp_dir().join(format!("vanban-store-{name}-{}.db", std::process::id()));
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", p.display()));
        }
        p
    }

    fn write(conn: &mut Connection, label: &str, rec: &Record) {
        let src = SourceRow {
            label: label.into(),
            sha256: "1".into(),
            format: "txt".into(),
            bytes: 3,
        };
        let ok = Written::Ok {
            json: serde_json::to_string(rec).unwrap(),
            columns: Columns::from(rec.clone()),
        };
        let tx = conn.transaction().unwrap();
        write_source(&tx, &src, &ok).unwrap();
        tx.commit().unwrap();
    }

    /// A record with references (some fields null) and tasks (units, deadlines, a quote and a backslash to escape).
    fn sample() -> Record {
        let text = "UBND TỈNH KON TUM\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nabc\n\nCăn cứ Nghị định số 45/2024/NĐ-CP ngày 1/2/2024 của Chính phủ;\nCăn cứ Luật Đấu thầu;\n\n1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ xây dựng \"kế hoạch\" \\ trước ngày 30/6/2024.\n";
        let mut rec = vanban_core::parse(text).record();
        if rec.tasks.is_empty() {
            rec.tasks.push(vanban_core::record::Task {
                text: "x".into(),
                ..Default::default()
            });
        }
        rec.tasks[0].lead = vec!["Sở \"Tài\" chính\\".into(), "Ủy ban".into()];
        rec.tasks[0].deadline = Some("2024-06-30".into());
        rec
    }

    #[test]
    fn the_views_give_the_references_and_tasks_of_the_records() {
        let p = tmp("views");
        let mut conn = open(&p).unwrap();
        let rec = sample();
        assert!(
            rec.references.len() >= 2 && !rec.tasks.is_empty(),
            "{rec:?}"
        );
        write(&mut conn, "a.txt", &rec);
        write(&mut conn, "b.txt", &Record::default());
        let refs: Vec<(i64, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, i64, i64, String)> = conn
            .prepare(r#"SELECT seq, kind, code, date, issuer, title, role, pinpoint, key, span_start, span_end, text FROM "references" ORDER BY doc_id, seq"#)
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let want: Vec<_> = rec
            .references
            .iter()
            .enumerate()
            .map(|(i, x)| {
                (
                    i as i64,
                    x.kind.clone(),
                    x.code.clone(),
                    x.date.clone(),
                    x.issuer.clone(),
                    x.title.clone(),
                    x.role.clone(),
                    x.pinpoint.clone(),
                    x.key.clone(),
                    x.span[0] as i64,
                    x.span[1] as i64,
                    x.text.clone(),
                )
            })
            .collect();
        assert_eq!(refs, want);
        let tasks: Vec<(i64, String, Option<String>, String, String, Option<String>, Option<String>, i64, i64)> = conn
            .prepare("SELECT seq, text, section, lead, support, deadline, deadline_text, span_start, span_end FROM tasks ORDER BY doc_id, seq")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        // lead and support as the JSON arrays schema 1 stored (serde_json's text)
        let want: Vec<_> = rec
            .tasks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                (
                    i as i64,
                    t.text.clone(),
                    t.section.clone(),
                    serde_json::to_string(&t.lead).unwrap(),
                    serde_json::to_string(&t.support).unwrap(),
                    t.deadline.clone(),
                    t.deadline_text.clone(),
                    t.span[0] as i64,
                    t.span[1] as i64,
                )
            })
            .collect();
        assert_eq!(tasks, want);
        // the view finds a document's rows through its id
        let n: i64 = conn
            .query_row(
                r#"SELECT count(*) FROM "references" WHERE doc_id = 1 AND key = ?1"#,
                [rec.references[0].key.as_deref()],
                |r| r.get(0),
            )
            .unwrap();
        assert!(n >= 1);
        drop(conn);
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", p.display()));
        }
    }

    #[test]
    fn a_store_of_schema_1_is_brought_to_2_with_its_records() {
        let p = tmp("schema1");
        let conn = Connection::open(&p).unwrap();
        // the tables of schema 1, with a source, its document and one row of each
        conn.execute_batch(SCHEMA_1).unwrap();
        conn.execute_batch(
            r#"PRAGMA user_version = 1;
            INSERT INTO sources VALUES (1, 'a.txt', 'h', 'txt', 'ok', NULL, NULL, 3);
            INSERT INTO documents (id, code, record) VALUES (1, '1/KH', '{"references":[{"key":"k","span":[0,1],"text":"t"}],"tasks":[]}');
            INSERT INTO "references" (doc_id, seq, key, span_start, span_end, text) VALUES (1, 0, 'k', 0, 1, 't');
            INSERT INTO tasks (doc_id, seq, text, lead, support, span_start, span_end) VALUES (1, 0, 'x', '[]', '[]', 0, 1);"#,
        )
        .unwrap();
        drop(conn);
        let conn = open(&p).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        let kinds: Vec<(String, String)> = conn
            .prepare("SELECT name, type FROM sqlite_master WHERE name IN ('references', 'tasks', 'references_key') ORDER BY name")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            kinds,
            [
                ("references".to_string(), "view".to_string()),
                ("tasks".to_string(), "view".to_string())
            ]
        );
        let c = counts(&conn).unwrap();
        assert_eq!(
            (c.sources, c.documents, c.references, c.tasks),
            (1, 1, 1, 0)
        );
        drop(conn);
        // opened again: nothing to change
        drop(open(&p).unwrap());
        // a store of a newer schema is refused with a message that says so
        let conn = Connection::open(&p).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        drop(conn);
        let e = open(&p).unwrap_err().to_string();
        assert!(e.contains("newer vanban"), "{e}");
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", p.display()));
        }
    }

    /// The references and tasks tables of schema 1.
    const SCHEMA_1: &str = r#"
CREATE TABLE sources (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, format TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')), error_kind TEXT, error_message TEXT, bytes INTEGER NOT NULL);
CREATE TABLE documents (id INTEGER PRIMARY KEY REFERENCES sources(id), doc_type TEXT, code TEXT, number TEXT,
    symbol TEXT, issuer TEXT, jurisdiction TEXT, date TEXT, subject TEXT, record TEXT NOT NULL);
CREATE INDEX documents_code ON documents(code);
CREATE TABLE "references" (doc_id INTEGER NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL, kind TEXT,
    code TEXT, date TEXT, issuer TEXT, title TEXT, role TEXT, pinpoint TEXT, key TEXT, span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (doc_id, seq)) WITHOUT ROWID;
CREATE INDEX references_key ON "references"(key);
CREATE TABLE tasks (doc_id INTEGER NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL, text TEXT NOT NULL,
    section TEXT, lead TEXT NOT NULL, support TEXT NOT NULL, deadline TEXT, deadline_text TEXT,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, PRIMARY KEY (doc_id, seq)) WITHOUT ROWID;
"#;
}
