//! The citation graph of an archive: documents and what they cite.
//!
//! - **Nodes** are the archive's documents, each with its canonical key (CONTRACT.md: `kon-tum:130-KH/TU:2024`,
//!   `45/2024/NĐ-CP`), and *placeholders* for cited documents that are not in the archive, with what the citations
//!   tell of them (kind, code, date, issuer).
//! - **Edges** go from the citing document to the cited one and carry the role ("căn cứ", "thực hiện", "thay thế"),
//!   the pinpoint and the citing span.
//! - **Resolution**: a reference's key names a document of the archive when the keys are equal. A key without a year
//!   (the citation printed no date) matches the documents with the same jurisdiction and code; the citation's issuer
//!   tells them apart where it can; what stays ambiguous is kept with its candidates, never guessed silently.
//! - Traversals use plain adjacency lists (`Vec<Vec<usize>>`): a breadth-first walk over them is as fast as it gets
//!   for these queries and needs no dependency.

use serde::Serialize;
use std::collections::{HashMap, HashSet, VecDeque};
use vanban_core::code::parse_code_blank_ok;
use vanban_core::normalize::match_form;
use vanban_core::record::Record;
use vanban_core::references::key_for;

/// A node: a document of the archive or a placeholder for a cited one.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Node {
    pub key: String,
    /// Index of the document in the archive (the order records were added); None for a placeholder.
    pub doc: Option<usize>,
    pub kind: Option<String>,
    pub code: Option<String>,
    /// What the document is about: an archive document's subject (trích yếu); for a placeholder, the title its
    /// citations give ("Luật Tổ chức Chính phủ", a plan's trích yếu), when one does.
    pub title: Option<String>,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub jurisdiction: Option<String>,
    /// The source path of an archive document.
    pub path: Option<String>,
}

impl Node {
    pub fn is_placeholder(&self) -> bool {
        self.doc.is_none()
    }
}

/// An edge from a citing node to a cited node.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub role: Option<String>,
    pub pinpoint: Option<String>,
    /// Code-point span of the citation in the citing document's text.
    pub span: [usize; 2],
    pub text: String,
}

/// A citation whose key matches several documents of the archive.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Ambiguous {
    pub from: usize,
    pub key: String,
    pub candidates: Vec<usize>,
    pub text: String,
}

/// The graph.
#[derive(Debug, Default, Clone)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub ambiguous: Vec<Ambiguous>,
    by_key: HashMap<String, usize>,
    /// key without its year ("kon-tum:23-NQ/TU") -> archive documents
    by_stem: HashMap<String, Vec<usize>>,
    out: Vec<Vec<usize>>,
    inc: Vec<Vec<usize>>,
    /// nodes by number of distinct citing documents, most first (computed once at build)
    by_citations: Vec<(usize, usize)>,
}

/// The key of a document of the archive, from its own code, date and jurisdiction.
pub fn document_key(r: &Record) -> Option<String> {
    let code = r.code.as_deref()?;
    let cm = parse_code_blank_ok(code)?;
    if cm.code.number.is_none() {
        return None; // "Số: /STTTT-TTBCXB": not yet numbered, nothing can cite it by number
    }
    key_for(&cm.code, r.date.as_deref(), r.issuer.jurisdiction.as_deref())
}

/// Other keys a document answers to: a law to its name ("luat:luật đấu thầu").
fn alias_keys(r: &Record) -> Vec<String> {
    match (r.doc_type.as_deref(), r.subject.as_deref()) {
        (Some(t @ ("Luật" | "Bộ luật" | "Pháp lệnh")), Some(subject)) => {
            vec![format!("luat:{}", match_form(&format!("{t} {subject}")))]
        }
        _ => vec![],
    }
}

/// "kon-tum:23-NQ/TU:2023" -> "kon-tum:23-NQ/TU"; keys without a year stay as they are.
pub fn stem(key: &str) -> &str {
    match key.rsplit_once(':') {
        Some((head, year)) if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) => head,
        _ => key,
    }
}

impl Graph {
    /// Build the graph of `records` (the archive). Error records are not given here.
    pub fn build(records: &[Record]) -> Graph {
        let mut g = Graph::default();
        // 1. archive documents
        for (i, r) in records.iter().enumerate() {
            let key = document_key(r).unwrap_or_else(|| format!("doc:{}", r.source.path));
            let n = Node {
                key: key.clone(),
                doc: Some(i),
                kind: r.doc_type.clone(),
                code: r.code.clone(),
                title: r.subject.clone(),
                date: r.date.clone(),
                issuer: r.issuer.name.clone(),
                jurisdiction: r.issuer.jurisdiction.clone(),
                path: Some(r.source.path.clone()),
            };
            let id = g.nodes.len();
            g.nodes.push(n);
            // two documents with one key are two nodes; the key then names both (ambiguous on resolution)
            g.by_key.entry(key.clone()).or_insert(id);
            g.by_stem.entry(stem(&key).to_string()).or_default().push(id);
            for a in alias_keys(r) {
                g.by_stem.entry(a.clone()).or_default().push(id);
                g.by_key.entry(a).or_insert(id);
            }
        }
        // 2. citations
        for (i, r) in records.iter().enumerate() {
            for rf in &r.references {
                let Some(key) = rf.key.clone() else { continue };
                let targets = g.resolve(&key, rf.issuer.as_deref());
                let to = match targets.as_slice() {
                    [one] => *one,
                    [] => g.placeholder(&key, rf),
                    many => {
                        g.ambiguous.push(Ambiguous { from: i, key: key.clone(), candidates: many.to_vec(), text: rf.text.clone() });
                        continue;
                    }
                };
                if to == i {
                    continue; // a document citing itself
                }
                g.edges.push(Edge {
                    from: i,
                    to,
                    role: rf.role.clone(),
                    pinpoint: rf.pinpoint.clone(),
                    span: rf.span,
                    text: rf.text.clone(),
                });
            }
        }
        g.index();
        g
    }

    /// Archive documents a key names: by the exact key, else by its stem; the citation's issuer decides between
    /// several candidates when it names one of them.
    fn resolve(&self, key: &str, issuer: Option<&str>) -> Vec<usize> {
        let exact: Vec<usize> = self.by_stem.get(stem(key)).map_or(vec![], |v| {
            v.iter().copied().filter(|&n| self.nodes[n].key == key || self.nodes[n].doc.is_some() && alias_match(&self.nodes[n], key)).collect()
        });
        if exact.len() == 1 {
            return exact;
        }
        let cands: Vec<usize> = if exact.is_empty() {
            // a key without a year matches the documents of any year; a key with a year only its own year
            if stem(key) == key {
                self.by_stem.get(key).cloned().unwrap_or_default().into_iter().filter(|&n| self.nodes[n].doc.is_some()).collect()
            } else {
                vec![]
            }
        } else {
            exact
        };
        if cands.len() > 1 {
            if let Some(iss) = issuer {
                let f = match_form(iss);
                let by_issuer: Vec<usize> = cands
                    .iter()
                    .copied()
                    .filter(|&n| self.nodes[n].issuer.as_deref().is_some_and(|x| match_form(x).contains(&f) || f.contains(&match_form(x))))
                    .collect();
                if by_issuer.len() == 1 {
                    return by_issuer;
                }
            }
        }
        cands
    }

    fn placeholder(&mut self, key: &str, rf: &vanban_core::record::Reference) -> usize {
        if let Some(&n) = self.by_key.get(key) {
            // fill what a later citation knows
            let node = &mut self.nodes[n];
            if node.is_placeholder() {
                node.date = node.date.take().or_else(|| rf.date.clone());
                node.issuer = node.issuer.take().or_else(|| rf.issuer.clone());
                node.title = node.title.take().or_else(|| rf.title.clone());
            }
            return n;
        }
        let id = self.nodes.len();
        self.nodes.push(Node {
            key: key.to_string(),
            doc: None,
            kind: rf.kind.clone(),
            code: rf.code.clone().or_else(|| rf.title.clone()),
            title: rf.title.clone(),
            date: rf.date.clone(),
            issuer: rf.issuer.clone(),
            jurisdiction: key.split_once(':').filter(|(j, _)| !j.contains('/') && *j != "luat").map(|(j, _)| j.to_string()),
            path: None,
        });
        self.by_key.insert(key.to_string(), id);
        id
    }

    fn index(&mut self) {
        self.out = vec![Vec::new(); self.nodes.len()];
        self.inc = vec![Vec::new(); self.nodes.len()];
        for (e, edge) in self.edges.iter().enumerate() {
            self.out[edge.from].push(e);
            self.inc[edge.to].push(e);
        }
        let mut counts: Vec<(usize, usize)> = (0..self.nodes.len())
            .map(|i| {
                let mut citing: Vec<usize> = self.inc[i].iter().map(|&e| self.edges[e].from).collect();
                citing.sort_unstable();
                citing.dedup();
                (i, citing.len())
            })
            .filter(|x| x.1 > 0)
            .collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| self.nodes[a.0].key.cmp(&self.nodes[b.0].key)));
        self.by_citations = counts;
    }

    /// The node a key names (exact key, or the only document with that stem).
    pub fn node(&self, key: &str) -> Option<usize> {
        if let Some(&n) = self.by_key.get(key) {
            return Some(n);
        }
        match self.by_stem.get(key).map(|v| v.as_slice()) {
            Some([one]) => Some(*one),
            _ => None,
        }
    }

    /// Every node a key could name (several when a stem matches documents of several years).
    pub fn nodes_for(&self, key: &str) -> Vec<usize> {
        match self.node(key) {
            Some(n) => vec![n],
            None => self.by_stem.get(key).cloned().unwrap_or_default(),
        }
    }

    /// The nodes whose code is `code` as printed ("23-NQ/TU", "23/NQ-TU" as Party codes are also printed, "45/2024/NĐ-CP"),
    /// whatever their jurisdiction and year: what a user who knows a code but not its key asks about (a Party or
    /// local code names one document in each province).
    pub fn nodes_for_code(&self, code: &str) -> Vec<usize> {
        // (the form codes take in keys: a Party code printed state-style, "23/NQ-TU", is "23-NQ/TU")
        let norm = |c: &str| parse_code_blank_ok(c.trim()).map_or_else(|| c.trim().to_string(), |m| m.code.key_form());
        let want = norm(code);
        (0..self.nodes.len()).filter(|&n| self.nodes[n].code.as_deref().is_some_and(|c| norm(c) == want)).collect()
    }

    /// Edges out of a node: what it cites.
    pub fn cites(&self, n: usize) -> impl Iterator<Item = &Edge> {
        self.out[n].iter().map(move |&e| &self.edges[e])
    }

    /// Edges into a node: who cites it.
    pub fn cited_by(&self, n: usize) -> impl Iterator<Item = &Edge> {
        self.inc[n].iter().map(move |&e| &self.edges[e])
    }

    /// Who cites `n` through `role` ("thực hiện": the documents implementing it).
    pub fn cited_by_role<'a>(&'a self, n: usize, role: &'a str) -> impl Iterator<Item = &'a Edge> {
        let r = match_form(role);
        self.cited_by(n).filter(move |e| e.role.as_deref().is_some_and(|x| match_form(x) == r))
    }

    fn walk(&self, n: usize, depth: usize, forward: bool) -> Vec<(usize, usize)> {
        let mut seen = HashSet::from([n]);
        let mut q = VecDeque::from([(n, 0usize)]);
        let mut out = Vec::new();
        while let Some((x, d)) = q.pop_front() {
            if d == depth {
                continue;
            }
            let edges = if forward { &self.out[x] } else { &self.inc[x] };
            for &e in edges {
                let y = if forward { self.edges[e].to } else { self.edges[e].from };
                if seen.insert(y) {
                    out.push((y, d + 1));
                    q.push_back((y, d + 1));
                }
            }
        }
        out
    }

    /// What `n` rests on, transitively, to `depth` (node, distance).
    pub fn ancestors(&self, n: usize, depth: usize) -> Vec<(usize, usize)> {
        self.walk(n, depth, true)
    }

    /// What rests on `n`, transitively, to `depth` (node, distance).
    pub fn descendants(&self, n: usize, depth: usize) -> Vec<(usize, usize)> {
        self.walk(n, depth, false)
    }

    /// A shortest chain of citations from `a` to `b` (following what cites what), if any, within `max_depth`.
    pub fn path(&self, a: usize, b: usize, max_depth: usize) -> Option<Vec<usize>> {
        let mut prev: HashMap<usize, usize> = HashMap::new();
        let mut q = VecDeque::from([(a, 0usize)]);
        let mut seen = HashSet::from([a]);
        while let Some((x, d)) = q.pop_front() {
            if x == b {
                let mut p = vec![b];
                let mut c = b;
                while let Some(&pp) = prev.get(&c) {
                    p.push(pp);
                    c = pp;
                }
                p.reverse();
                return Some(p);
            }
            if d == max_depth {
                continue;
            }
            for &e in &self.out[x] {
                let y = self.edges[e].to;
                if seen.insert(y) {
                    prev.insert(y, x);
                    q.push_back((y, d + 1));
                }
            }
        }
        None
    }

    /// The most cited nodes: (node, number of distinct citing documents), most first; only placeholders if
    /// `missing_only` (what the archive lacks).
    pub fn top_cited(&self, n: usize, missing_only: bool) -> Vec<(usize, usize)> {
        self.by_citations.iter().copied().filter(|&(i, _)| !missing_only || self.nodes[i].is_placeholder()).take(n).collect()
    }

    /// Placeholders: the cited documents missing from the archive.
    pub fn unresolved(&self) -> impl Iterator<Item = (usize, &Node)> {
        self.nodes.iter().enumerate().filter(|(_, n)| n.is_placeholder())
    }

    /// Validity: the documents of the archive that replace, repeal or amend `n`, with the date they were signed.
    pub fn status(&self, n: usize) -> Status {
        let mut s = Status::default();
        for e in self.cited_by(n) {
            let by = &self.nodes[e.from];
            let act = Act { by: by.key.clone(), date: by.date.clone(), pinpoint: e.pinpoint.clone() };
            match e.role.as_deref() {
                Some("thay thế") => s.replaced_by.push(act),
                Some("bãi bỏ") => s.repealed_by.push(act),
                Some("sửa đổi") => s.amended_by.push(act),
                _ => {}
            }
        }
        s.in_force = s.replaced_by.iter().all(|a| a.pinpoint.is_some()) && s.repealed_by.iter().all(|a| a.pinpoint.is_some());
        s
    }

    /// Nodes whose documents match a filter (issuer contains, type equals, date within [from, to]).
    pub fn filter<'a>(&'a self, f: &'a Filter) -> impl Iterator<Item = usize> + 'a {
        (0..self.nodes.len()).filter(move |&i| f.accepts(&self.nodes[i]))
    }

    /// GraphML (networkx, Gephi).
    pub fn to_graphml(&self) -> String {
        let mut s = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
        );
        for (id, name) in [("kind", "kind"), ("code", "code"), ("title", "title"), ("date", "date"), ("issuer", "issuer"), ("placeholder", "placeholder"), ("path", "path")] {
            s.push_str(&format!("  <key id=\"{id}\" for=\"node\" attr.name=\"{name}\" attr.type=\"string\"/>\n"));
        }
        for (id, name) in [("role", "role"), ("pinpoint", "pinpoint"), ("text", "text")] {
            s.push_str(&format!("  <key id=\"{id}\" for=\"edge\" attr.name=\"{name}\" attr.type=\"string\"/>\n"));
        }
        s.push_str("  <graph id=\"citations\" edgedefault=\"directed\">\n");
        for n in &self.nodes {
            s.push_str(&format!("    <node id=\"{}\">", xml(&n.key)));
            for (k, v) in [("kind", &n.kind), ("code", &n.code), ("title", &n.title), ("date", &n.date), ("issuer", &n.issuer), ("path", &n.path)] {
                if let Some(v) = v {
                    s.push_str(&format!("<data key=\"{k}\">{}</data>", xml(v)));
                }
            }
            s.push_str(&format!("<data key=\"placeholder\">{}</data></node>\n", n.is_placeholder()));
        }
        for (i, e) in self.edges.iter().enumerate() {
            s.push_str(&format!(
                "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
                xml(&self.nodes[e.from].key),
                xml(&self.nodes[e.to].key)
            ));
            for (k, v) in [("role", &e.role), ("pinpoint", &e.pinpoint)] {
                if let Some(v) = v {
                    s.push_str(&format!("<data key=\"{k}\">{}</data>", xml(v)));
                }
            }
            s.push_str(&format!("<data key=\"text\">{}</data></edge>\n", xml(&e.text)));
        }
        s.push_str("  </graph>\n</graphml>\n");
        s
    }

    /// Graphviz DOT.
    pub fn to_dot(&self) -> String {
        let mut s = String::from("digraph citations {\n");
        for n in &self.nodes {
            let style = if n.is_placeholder() { ", style=dashed" } else { "" };
            s.push_str(&format!("  \"{}\" [label=\"{}\"{style}];\n", dot(&n.key), dot(n.code.as_deref().unwrap_or(&n.key))));
        }
        for e in &self.edges {
            s.push_str(&format!(
                "  \"{}\" -> \"{}\" [label=\"{}\"];\n",
                dot(&self.nodes[e.from].key),
                dot(&self.nodes[e.to].key),
                dot(e.role.as_deref().unwrap_or(""))
            ));
        }
        s.push_str("}\n");
        s
    }

    /// JSON: {"nodes": [...], "edges": [{"source": key, "target": key, ...}]}.
    pub fn to_json(&self) -> serde_json::Value {
        let edges: Vec<serde_json::Value> = self
            .edges
            .iter()
            .map(|e| {
                serde_json::json!({
                    "source": self.nodes[e.from].key, "target": self.nodes[e.to].key,
                    "role": e.role, "pinpoint": e.pinpoint, "span": e.span, "text": e.text,
                })
            })
            .collect();
        serde_json::json!({"nodes": self.nodes, "edges": edges, "ambiguous": self.ambiguous})
    }
}

fn alias_match(n: &Node, key: &str) -> bool {
    key.starts_with("luat:") && n.doc.is_some() && n.kind.as_deref().is_some_and(|k| k == "Luật" || k == "Bộ luật" || k == "Pháp lệnh")
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn dot(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', " ")
}

/// Validity of a document as the archive tells it.
#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct Status {
    /// False when a document of the archive replaces or repeals it as a whole (no pinpoint).
    pub in_force: bool,
    pub replaced_by: Vec<Act>,
    pub repealed_by: Vec<Act>,
    pub amended_by: Vec<Act>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Act {
    pub by: String,
    pub date: Option<String>,
    /// The part concerned ("Điều 5"); None for the whole document.
    pub pinpoint: Option<String>,
}

/// A filter on nodes.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub issuer: Option<String>,
    pub kind: Option<String>,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
}

impl Filter {
    pub fn accepts(&self, n: &Node) -> bool {
        if let Some(i) = &self.issuer {
            if !n.issuer.as_deref().is_some_and(|x| match_form(x).contains(&match_form(i))) {
                return false;
            }
        }
        if let Some(k) = &self.kind {
            if !n.kind.as_deref().is_some_and(|x| match_form(x) == match_form(k)) {
                return false;
            }
        }
        let d = n.date.as_deref().unwrap_or("");
        if let Some(f) = &self.date_from {
            if d.is_empty() || d < f.as_str() {
                return false;
            }
        }
        if let Some(t) = &self.date_to {
            if d.is_empty() || &d[..d.len().min(t.len())] > t.as_str() {
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(path: &str, text: &str) -> Record {
        let mut r = vanban_core::parse(text).record();
        r.source.path = path.into();
        r
    }

    const PLAN: &str = "UBND TỈNH KON TUM\nSỞ Y TẾ\n\nSố: 12/KH-SYT\nKon Tum, ngày 02 tháng 4 năm 2024\n\nKẾ HOẠCH\nThực hiện Nghị quyết\n\nThực hiện Nghị quyết số 23-NQ/TU ngày 05/12/2023 của Tỉnh ủy; căn cứ Nghị định số 24/2024/NĐ-CP ngày 27/02/2024 của Chính phủ.\n";
    const RESOLUTION: &str = "TỈNH ỦY KON TUM\n*\nSố 23-NQ/TU\nKon Tum, ngày 05 tháng 12 năm 2023\n\nNGHỊ QUYẾT\nvề phát triển\n\nCăn cứ Điều lệ Đảng;\n";
    const OTHER: &str = "TỈNH ỦY KIÊN GIANG\n*\nSố 23-NQ/TU\nRạch Giá, ngày 12 tháng 12 năm 2023\n\nNGHỊ QUYẾT\nvề kinh tế biển\n";
    const REPEAL: &str = "UBND TỈNH KON TUM\nSỞ Y TẾ\n\nSố: 40/KH-SYT\nKon Tum, ngày 02 tháng 9 năm 2024\n\nKẾ HOẠCH\nMới\n\nKế hoạch này thay thế Kế hoạch số 12/KH-SYT ngày 02/4/2024 của Sở Y tế.\n";

    #[test]
    fn local_codes_stay_in_their_province() {
        let recs = vec![rec("plan", PLAN), rec("kt", RESOLUTION), rec("kg", OTHER)];
        let g = Graph::build(&recs);
        let kt = g.node("kon-tum:23-NQ/TU:2023").unwrap();
        let kg = g.node("kien-giang:23-NQ/TU:2023").unwrap();
        assert_ne!(kt, kg);
        let citing: Vec<&str> = g.cited_by(kt).map(|e| g.nodes[e.from].path.as_deref().unwrap()).collect();
        assert_eq!(citing, ["plan"]);
        assert_eq!(g.cited_by(kg).count(), 0);
        // the decree is not in the archive: a placeholder with what the citation says
        let nd = g.node("24/2024/NĐ-CP").unwrap();
        assert!(g.nodes[nd].is_placeholder());
        assert_eq!(g.nodes[nd].date.as_deref(), Some("2024-02-27"));
        assert_eq!(g.top_cited(5, true)[0].0, nd);
        assert_eq!(g.cited_by_role(kt, "thực hiện").count(), 1);
        // the plan rests on the resolution and the decree, and through the resolution on the Party's statutes
        let anc = g.ancestors(g.node("kon-tum:12/KH-SYT:2024").unwrap(), 5);
        assert_eq!(anc.len(), 3);
        assert_eq!(anc.iter().filter(|(_, d)| *d == 2).count(), 1);
        assert_eq!(g.ancestors(g.node("kon-tum:12/KH-SYT:2024").unwrap(), 1).len(), 2);
    }

    #[test]
    fn a_code_as_printed_names_its_documents_in_every_province() {
        let recs = vec![rec("plan", PLAN), rec("kt", RESOLUTION), rec("kg", OTHER)];
        let g = Graph::build(&recs);
        let mut keys: Vec<&str> = g.nodes_for_code("23-NQ/TU").iter().map(|&n| g.nodes[n].key.as_str()).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["kien-giang:23-NQ/TU:2023", "kon-tum:23-NQ/TU:2023"]);
        // a Party code printed state-style, or without its hyphen; a national code (a placeholder here)
        assert_eq!(g.nodes_for_code(" 23/NQ-TU ").len(), 2);
        assert_eq!(g.nodes_for_code("23NQ/TU").len(), 2);
        assert_eq!(g.nodes_for_code("24/2024/NĐ-CP"), vec![g.node("24/2024/NĐ-CP").unwrap()]);
        assert!(g.nodes_for_code("99/2024/NĐ-CP").is_empty());
        // titles: a document's subject; a placeholder's from its citations where they give one
        assert_eq!(g.nodes[g.node("kien-giang:23-NQ/TU:2023").unwrap()].title.as_deref(), Some("về kinh tế biển"));
        let law = "UBND TỈNH KON TUM\n\nSố: 7/QĐ-UBND\nKon Tum, ngày 1 tháng 4 năm 2024\n\nQUYẾT ĐỊNH\nVề x\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n";
        let g = Graph::build(&[rec("law", law)]);
        let n = g.node("63/2025/QH15").unwrap();
        assert_eq!(g.nodes[n].title.as_deref(), Some("Luật Tổ chức Chính phủ"));
        assert!(g.to_graphml().contains("<data key=\"title\">Luật Tổ chức Chính phủ</data>"));
    }

    #[test]
    fn status_and_exports() {
        let recs = vec![rec("plan", PLAN), rec("repeal", REPEAL)];
        let g = Graph::build(&recs);
        let plan = g.node("kon-tum:12/KH-SYT:2024").unwrap();
        let st = g.status(plan);
        assert!(!st.in_force);
        assert_eq!(st.replaced_by[0].by, "kon-tum:40/KH-SYT:2024");
        assert_eq!(st.replaced_by[0].date.as_deref(), Some("2024-09-02"));
        let gm = g.to_graphml();
        assert_eq!(gm.matches("<node ").count(), g.nodes.len());
        assert_eq!(gm.matches("<edge ").count(), g.edges.len());
        assert!(g.to_dot().contains("->"));
        assert_eq!(g.path(g.node("kon-tum:40/KH-SYT:2024").unwrap(), g.node("24/2024/NĐ-CP").unwrap(), 5).unwrap().len(), 3);
    }

    #[test]
    fn ambiguous_without_a_year_is_kept_with_candidates() {
        let a = RESOLUTION.to_string();
        let b = RESOLUTION.replace("05 tháng 12 năm 2023", "10 tháng 3 năm 2016");
        let citing = "UBND TỈNH KON TUM\nSỞ Y TẾ\n\nSố: 5/CV-SYT\nKon Tum, ngày 1 tháng 4 năm 2024\n\nV/v x\n\nThực hiện Nghị quyết số 23-NQ/TU của Tỉnh ủy.\n";
        let g = Graph::build(&[rec("a", &a), rec("b", &b), rec("c", citing)]);
        assert_eq!(g.ambiguous.len(), 1);
        assert_eq!(g.ambiguous[0].candidates.len(), 2);
        let c = g.nodes.iter().position(|n| n.path.as_deref() == Some("c")).unwrap();
        assert_eq!(g.cites(c).count(), 0, "never guessed silently");
        // a date in the citation tells them apart
        let d = citing.replace("của Tỉnh ủy", "ngày 10/3/2016 của Tỉnh ủy");
        let g = Graph::build(&[rec("a", &a), rec("b", &b), rec("d", &d)]);
        assert!(g.ambiguous.is_empty());
    }
}
