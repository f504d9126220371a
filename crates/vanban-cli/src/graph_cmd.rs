//! `vanban graph`: citation-graph queries over an archive's records (CONTRACT.md).

use clap::Subcommand;
use serde_json::json;
use std::io::Write;
use vanban_graph::{Filter, Graph};

#[derive(Subcommand, Debug)]
pub enum Query {
    /// What a document cites.
    Cites { key: String },
    /// Who cites a document (optionally through one role: "thực hiện").
    CitedBy {
        key: String,
        #[arg(long)]
        role: Option<String>,
    },
    /// What a document rests on, transitively.
    Ancestors {
        key: String,
        #[arg(long, default_value_t = 5)]
        depth: usize,
    },
    /// What rests on a document, transitively.
    Descendants {
        key: String,
        #[arg(long, default_value_t = 5)]
        depth: usize,
    },
    /// A shortest chain of citations from one document to another.
    Path {
        from: String,
        to: String,
        #[arg(long, default_value_t = 10)]
        depth: usize,
    },
    /// The most cited documents (with --missing: among those not in the archive).
    TopCited {
        #[arg(long, default_value_t = 20)]
        n: usize,
        #[arg(long)]
        missing: bool,
    },
    /// Cited documents missing from the archive, and citations that stay ambiguous.
    Unresolved,
    /// Whether documents of the archive replace, repeal or amend a document.
    Status { key: String },
    /// Documents of the archive by issuer, type and date range.
    Find {
        /// Issuer name containing this, any case and tone marks ("tỉnh ủy kon tum")
        #[arg(long)]
        issuer: Option<String>,
        /// Document type ("Kế hoạch", "Nghị quyết", any case)
        #[arg(long = "type")]
        kind: Option<String>,
        /// Signed on or after this date (ISO: 2024, 2024-03, 2024-03-12)
        #[arg(long)]
        from: Option<String>,
        /// Signed on or before this date (ISO)
        #[arg(long)]
        to: Option<String>,
    },
    /// The whole graph as GraphML, DOT or JSON.
    Export {
        #[arg(long, default_value = "graphml")]
        format: String,
    },
}

fn node_json(g: &Graph, n: usize) -> serde_json::Value {
    serde_json::to_value(&g.nodes[n]).unwrap_or_default()
}

/// The nodes a key names; else, a code as printed names the nodes of that code when they are one document (of any
/// years), and otherwise the error lists their keys to choose from ("23-NQ/TU" in three provinces).
fn find(g: &Graph, key: &str) -> Result<Vec<usize>, String> {
    let ns = g.nodes_for(key);
    if !ns.is_empty() {
        return Ok(ns);
    }
    let by_code = g.nodes_for_code(key);
    let mut stems: Vec<&str> = by_code.iter().map(|&n| vanban_graph::stem(&g.nodes[n].key)).collect();
    stems.sort_unstable();
    stems.dedup();
    match stems.len() {
        0 => Err(format!("no document or citation with key {key:?} (a key is a code with its jurisdiction and year, as `vanban graph find` and `top-cited` print them: \"kon-tum:23-NQ/TU:2023\", \"45/2024/NĐ-CP\")")),
        1 => Ok(by_code),
        _ => {
            let list: Vec<String> = by_code
                .iter()
                .map(|&n| {
                    let x = &g.nodes[n];
                    let about = [x.issuer.as_deref(), x.date.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
                    let missing = if x.is_placeholder() { "; not in the archive" } else { "" };
                    format!("  {}{}{missing}", x.key, if about.is_empty() { String::new() } else { format!(" ({about})") })
                })
                .collect();
            Err(format!("{} documents have the code {key:?}; give one of their keys:\n{}", by_code.len(), list.join("\n")))
        }
    }
}

/// Run one query, printing JSON lines. Returns an error message for an unknown key.
pub fn run(g: &Graph, q: &Query, out: &mut dyn Write) -> Result<(), String> {
    let mut emit = |v: serde_json::Value| writeln!(out, "{v}").map_err(|e| e.to_string());
    match q {
        Query::Cites { key } => {
            for n in find(g, key)? {
                for e in g.cites(n) {
                    emit(json!({"from": g.nodes[e.from].key, "to": node_json(g, e.to), "role": e.role, "pinpoint": e.pinpoint, "text": e.text}))?;
                }
            }
        }
        Query::CitedBy { key, role } => {
            for n in find(g, key)? {
                let edges: Vec<_> = match role {
                    Some(r) => g.cited_by_role(n, r).collect(),
                    None => g.cited_by(n).collect(),
                };
                for e in edges {
                    emit(json!({"by": node_json(g, e.from), "to": g.nodes[e.to].key, "role": e.role, "pinpoint": e.pinpoint, "text": e.text}))?;
                }
            }
        }
        Query::Ancestors { key, depth } | Query::Descendants { key, depth } => {
            let up = matches!(q, Query::Ancestors { .. });
            for n in find(g, key)? {
                let found = if up { g.ancestors(n, *depth) } else { g.descendants(n, *depth) };
                for (m, d) in found {
                    emit(json!({"distance": d, "node": node_json(g, m)}))?;
                }
            }
        }
        Query::Path { from, to, depth } => {
            let (a, b) = (find(g, from)?[0], find(g, to)?[0]);
            match g.path(a, b, *depth) {
                Some(p) => emit(json!({"path": p.iter().map(|&n| g.nodes[n].key.clone()).collect::<Vec<_>>()}))?,
                None => emit(json!({"path": null}))?,
            }
        }
        Query::TopCited { n, missing } => {
            for (m, c) in g.top_cited(*n, *missing) {
                emit(json!({"cited_by": c, "node": node_json(g, m)}))?;
            }
        }
        Query::Unresolved => {
            for (_, n) in g.unresolved() {
                emit(json!({"missing": n}))?;
            }
            for a in &g.ambiguous {
                emit(json!({"ambiguous": a.key, "from": g.nodes[a.from].key, "candidates": a.candidates.iter().map(|&c| g.nodes[c].key.clone()).collect::<Vec<_>>(), "text": a.text}))?;
            }
        }
        Query::Status { key } => {
            for n in find(g, key)? {
                emit(json!({"key": g.nodes[n].key, "status": g.status(n)}))?;
            }
        }
        Query::Find { issuer, kind, from, to } => {
            let f = Filter { issuer: issuer.clone(), kind: kind.clone(), date_from: from.clone(), date_to: to.clone() };
            for n in g.filter(&f) {
                emit(node_json(g, n))?;
            }
        }
        Query::Export { format } => {
            let s = match format.as_str() {
                "graphml" => g.to_graphml(),
                "dot" => g.to_dot(),
                "json" => g.to_json().to_string(),
                other => return Err(format!("unknown export format {other:?}: graphml, dot or json")),
            };
            out.write_all(s.as_bytes()).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Records from a JSONL file (`vanban parse` or `vanban export` output); error records are skipped.
pub fn records_from_jsonl(path: &str) -> Result<Vec<vanban_core::record::Record>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        if v.get("error").is_some() {
            continue;
        }
        out.push(serde_json::from_value(v).map_err(|e| format!("{path}:{}: not a vanban record: {e}", i + 1))?);
    }
    Ok(out)
}
