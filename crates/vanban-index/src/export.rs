//! `vanban export`: the store back out as records, one per source: the CONTRACT.md record of each indexed source
//! and an error record (`{"schema", "source", "error": {"kind", "message"}}`) for each failed one, in the order of
//! their labels. So the count of exported records equals the number of inputs.

use rusqlite::Connection;
use std::io::Write;
use std::path::Path;
use vanban_core::record::{ErrorInfo, ErrorRecord, Source, SCHEMA};

#[derive(Debug)]
pub enum ExportError {
    Store(rusqlite::Error),
    Io(std::io::Error),
    Format(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::Store(e) => write!(f, "store: {e}"),
            ExportError::Io(e) => write!(f, "{e}"),
            ExportError::Format(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ExportError {}

impl From<rusqlite::Error> for ExportError {
    fn from(e: rusqlite::Error) -> Self {
        ExportError::Store(e)
    }
}

impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> Self {
        ExportError::Io(e)
    }
}

/// One exported row.
pub struct Row {
    pub label: String,
    pub sha256: String,
    pub format: String,
    /// The record JSON of an indexed source.
    pub record: Option<String>,
    pub error_kind: Option<String>,
    pub error_message: Option<String>,
    /// The record's main fields, as the store's `documents` holds them (all `None` for a failed source).
    pub columns: crate::store::Columns,
}

impl Row {
    /// The line of JSONL: the stored record, or an error record.
    pub fn json(&self) -> String {
        match &self.record {
            Some(r) => r.clone(),
            None => serde_json::to_string(&ErrorRecord {
                schema: SCHEMA.to_string(),
                source: Source { path: self.label.clone(), sha256: self.sha256.clone(), format: self.format.clone() },
                error: ErrorInfo {
                    kind: self.error_kind.clone().unwrap_or_else(|| "unknown".into()),
                    message: self.error_message.clone().unwrap_or_default(),
                },
            })
            .expect("error record serializes"),
        }
    }
}

/// Calls `f` on each source of the store, in label order (a stable, diffable export), streaming.
pub fn for_each_row(conn: &Connection, mut f: impl FnMut(Row) -> Result<(), ExportError>) -> Result<u64, ExportError> {
    let columns = crate::store::Columns::NAMES.map(|c| format!("d.{c}")).join(", ");
    let mut stmt = conn.prepare(&format!(
        "SELECT s.label, s.sha256, s.format, s.status, s.error_kind, s.error_message, d.record, {columns}
         FROM sources s LEFT JOIN documents d ON d.id = s.id ORDER BY s.label"
    ))?;
    let mut rows = stmt.query([])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let status: String = r.get(3)?;
        let record: Option<String> = r.get(6)?;
        let (record, error_kind, error_message) = if status == "ok" && record.is_some() {
            (record, None, None)
        } else {
            let kind: Option<String> = r.get(4)?;
            (None, Some(kind.unwrap_or_else(|| "internal".into())), r.get(5)?)
        };
        f(Row {
            label: r.get(0)?,
            sha256: r.get(1)?,
            format: r.get(2)?,
            record,
            error_kind,
            error_message,
            columns: crate::store::Columns::from_row(r, 7)?,
        })?;
        n += 1;
    }
    Ok(n)
}

/// Writes JSONL to `out` ("-" for standard output). Returns the number of records.
pub fn jsonl(db: &Path, out: &Path) -> Result<u64, ExportError> {
    let conn = crate::store::open_read(db)?;
    let w: Box<dyn Write> = if out == Path::new("-") {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(out)?)
    };
    let mut w = std::io::BufWriter::with_capacity(1 << 20, w);
    let n = for_each_row(&conn, |row| {
        w.write_all(row.json().as_bytes())?;
        w.write_all(b"\n")?;
        Ok(())
    })?;
    w.flush()?;
    Ok(n)
}

/// Whether this build writes Parquet (the `parquet` feature).
pub const PARQUET: bool = cfg!(feature = "parquet");

/// Writes Parquet: one row per source with the main fields as columns, `error_kind`/`error_message` for a failed
/// source, and the whole record as JSON in `record`.
#[cfg(feature = "parquet")]
pub fn parquet(db: &Path, out: &Path) -> Result<u64, ExportError> {
    use arrow_array::builder::StringBuilder;
    use arrow_array::{ArrayRef, RecordBatch};
    use arrow_schema::{DataType, Field, Schema};
    use std::sync::Arc;

    // the source, its error, the record's main fields, the record
    let cols: Vec<&str> = ["path", "sha256", "format", "status", "error_kind", "error_message"]
        .into_iter()
        .chain(crate::store::Columns::NAMES)
        .chain(["record"])
        .collect();
    let nullable = |c: &str| !matches!(c, "path" | "sha256" | "format" | "status");
    let schema = Arc::new(Schema::new(cols.iter().map(|c| Field::new(*c, DataType::Utf8, nullable(c))).collect::<Vec<_>>()));
    let conn = crate::store::open_read(db)?;
    let file = std::fs::File::create(out)?;
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let pe = |e: parquet::errors::ParquetError| ExportError::Format(format!("parquet: {e}"));
    let mut writer = parquet::arrow::ArrowWriter::try_new(file, schema.clone(), Some(props)).map_err(pe)?;
    let mut builders: Vec<StringBuilder> = cols.iter().map(|_| StringBuilder::new()).collect();
    let mut in_batch = 0usize;
    let flush = |builders: &mut Vec<StringBuilder>, writer: &mut parquet::arrow::ArrowWriter<std::fs::File>| {
        let cols: Vec<ArrayRef> = builders.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef).collect();
        let batch = RecordBatch::try_new(schema.clone(), cols).map_err(|e| ExportError::Format(format!("arrow: {e}")))?;
        writer.write(&batch).map_err(pe)
    };
    let n = for_each_row(&conn, |row| {
        let status = if row.record.is_some() { "ok" } else { "error" };
        let source = [Some(row.label.as_str()), Some(&row.sha256), Some(&row.format), Some(status), row.error_kind.as_deref(), row.error_message.as_deref()];
        let vals = source.into_iter().chain(row.columns.values()).chain([row.record.as_deref()]);
        for (b, v) in builders.iter_mut().zip(vals) {
            b.append_option(v);
        }
        in_batch += 1;
        if in_batch == 8192 {
            flush(&mut builders, &mut writer)?;
            in_batch = 0;
        }
        Ok(())
    })?;
    if in_batch > 0 {
        flush(&mut builders, &mut writer)?;
    }
    writer.close().map_err(pe)?;
    Ok(n)
}

#[cfg(not(feature = "parquet"))]
pub fn parquet(_db: &Path, _out: &Path) -> Result<u64, ExportError> {
    Err(ExportError::Format(
        "this vanban was built without Parquet: rebuild with `cargo build --release -p vanban-cli --features parquet`".into(),
    ))
}

#[cfg(all(test, feature = "parquet"))]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn parquet_has_one_row_per_source() {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        let dir = std::env::temp_dir().join(format!("vanban-export-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("docs")).unwrap();
        let docs = crate::synth::default_templates();
        for (i, e) in std::fs::read_dir(&docs).unwrap().enumerate() {
            std::fs::copy(e.unwrap().path(), dir.join("docs").join(format!("{i}.txt"))).unwrap();
        }
        std::fs::write(dir.join("docs/junk.txt"), b"\x00\x01\x02").unwrap();
        let db = dir.join("v.db");
        let opts = crate::Options { progress: crate::ProgressMode::None, ..Default::default() };
        let s = crate::index(&[dir.join("docs")], &db, &opts).unwrap();
        assert_eq!(s.failed, 1);
        let out: PathBuf = dir.join("out.parquet");
        let n = super::parquet(&db, &out).unwrap();
        assert_eq!(n, s.indexed + 1);
        let r = SerializedFileReader::new(std::fs::File::open(&out).unwrap()).unwrap();
        assert_eq!(r.metadata().file_metadata().num_rows() as u64, n);
        let cols: Vec<String> = r.metadata().file_metadata().schema_descr().columns().iter().map(|c| c.name().to_string()).collect();
        assert!(cols.contains(&"code".to_string()) && cols.contains(&"record".to_string()) && cols.contains(&"error_kind".to_string()));
        // each row's columns are its record's fields; the failed source has its error and no record
        use arrow_array::cast::AsArray;
        use arrow_array::Array;
        let batches = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&out).unwrap())
            .unwrap()
            .build()
            .unwrap();
        let (mut ok, mut failed) = (0, 0);
        for batch in batches {
            let batch = batch.unwrap();
            let col = |name: &str| batch.column_by_name(name).unwrap().as_string::<i32>().clone();
            let (status, record, kind) = (col("status"), col("record"), col("error_kind"));
            for i in 0..batch.num_rows() {
                if status.value(i) == "error" {
                    failed += 1;
                    assert!(record.is_null(i) && !kind.is_null(i), "row {i}");
                    continue;
                }
                ok += 1;
                let rec: serde_json::Value = serde_json::from_str(record.value(i)).unwrap();
                for (c, field) in crate::store::Columns::NAMES.iter().zip(["doc_type", "code", "number", "symbol", "issuer", "jurisdiction", "date", "subject"]) {
                    let want = match field {
                        "issuer" => rec["issuer"]["name"].as_str(),
                        "jurisdiction" => rec["issuer"]["jurisdiction"].as_str(),
                        f => rec[f].as_str(),
                    };
                    let got = col(c);
                    assert_eq!(if got.is_null(i) { None } else { Some(got.value(i)) }, want, "column {c}, row {i}");
                }
                assert!(!col("code").is_null(i) || rec["code"].is_null());
            }
        }
        assert_eq!((ok, failed), (s.indexed, 1));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
