//! The normalized text of each indexed document (what the record's spans point into), in a table of its own beside
//! the tables of `store.rs`: `texts(id, text)`, `id` being the source's. Readers that need the text (the Python
//! `vanban.open`: `Document.text`, `doc.context()`, the Jupyter card) join it on `sources.id`; a store written before
//! this table existed simply has no text for its documents.
//!
//! The table has no foreign key on purpose: the writer replaces a source's row here in the same transaction as the
//! source itself (`put`), so it never outlives the source's current content.

use rusqlite::{params, Connection, Transaction};

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL)";

/// Creates the table if the store does not have it.
pub fn ensure(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA)
}

/// Sets the text of the source labelled `label` (written just before in `tx`), or removes it (`None`: a failed
/// source, or texts not kept).
pub fn put(tx: &Transaction<'_>, label: &str, text: Option<&str>) -> rusqlite::Result<()> {
    match text {
        Some(t) => tx
            .prepare_cached("INSERT OR REPLACE INTO texts (id, text) SELECT id, ?2 FROM sources WHERE label = ?1")?
            .execute(params![label, t])?,
        None => tx
            .prepare_cached("DELETE FROM texts WHERE id = (SELECT id FROM sources WHERE label = ?1)")?
            .execute([label])?,
    };
    Ok(())
}

/// Sets the text of the source `stored` (just written in `tx` by [`crate::store::write_source`]), or removes it
/// (`None`); a new source has no text to remove.
pub fn put_stored(tx: &Transaction<'_>, stored: crate::store::Stored, text: Option<&str>) -> rusqlite::Result<()> {
    match text {
        Some(t) => {
            let sql = if stored.replaced {
                "INSERT OR REPLACE INTO texts (id, text) VALUES (?1, ?2)"
            } else {
                "INSERT INTO texts (id, text) VALUES (?1, ?2)"
            };
            tx.prepare_cached(sql)?.execute(params![stored.id, t])?;
        }
        None if stored.replaced => {
            tx.prepare_cached("DELETE FROM texts WHERE id = ?1")?.execute([stored.id])?;
        }
        None => {}
    }
    Ok(())
}

/// The text of the source labelled `label`, if the store keeps it.
pub fn get(conn: &Connection, label: &str) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT t.text FROM texts t JOIN sources s ON s.id = t.id WHERE s.label = ?1",
        [label],
        |r| r.get(0),
    )
    .optional()
}
