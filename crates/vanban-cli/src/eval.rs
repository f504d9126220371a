//! `vanban eval GOLD_DIR`: score the parser against hand-made gold records.
//!
//! Per field: precision, recall and F1. Scalar fields count a true positive when the parser's value equals the
//! gold's (in matching form: case, tone placement and spacing ignored), a false positive when the parser gives a
//! value the gold does not have (or a wrong one), a false negative when the gold has a value the parser missed (or
//! got wrong). List fields (recipients, cc, references) are matched item by item as multisets.
//!
//! A run can be saved (`--save`) and compared with an earlier one (`--compare`), listing per document what was
//! gained and what was lost.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use vanban_core::normalize::match_form;

pub const SCALAR_FIELDS: &[&str] = &[
    "doc_type",
    "code",
    "number",
    "symbol",
    "issuer.name",
    "issuer.parent",
    "issuer.jurisdiction",
    "place",
    "date",
    "subject",
    "signer.authority",
    "signer.title",
    "signer.name",
];
pub const LIST_FIELDS: &[&str] = &["recipients", "cc", "references", "tasks"];
/// Identity of a task for scoring: its lead units (grouped: "UBND" = "Ủy ban nhân dân") and its deadline.
pub fn task_id(t: &Value) -> String {
    let mut lead = unit_keys(t, "lead");
    lead.sort();
    let deadline = t.get("deadline").and_then(|v| v.as_str()).unwrap_or("");
    format!("{}|{deadline}", lead.join("; "))
}

/// The grouping keys of a task's units in `field` ("lead", "support"): "UBND" = "Ủy ban nhân dân".
fn unit_keys(t: &Value, field: &str) -> Vec<String> {
    t.get(field)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|x| x.as_str()).map(vanban_core::units::unit_key).collect())
        .unwrap_or_default()
}

fn tasks(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().map(task_id).collect()).unwrap_or_default()
}

/// Attributes of references, scored on the pairs of gold and parsed references that match (kind + code + date).
pub const REFERENCE_ATTRS: &[&str] = &["role", "issuer", "pinpoint", "title", "text"];

#[derive(Debug, Default, Clone, Copy, Serialize, Deserialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub r#fn: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.r#fn)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            if self.tp + self.fp + self.r#fn == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.r#fn += o.r#fn;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// One field of one document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FieldResult {
    pub counts: Counts,
    pub gold: Value,
    pub pred: Value,
}

impl FieldResult {
    pub fn ok(&self) -> bool {
        self.counts.fp == 0 && self.counts.r#fn == 0
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Run {
    /// doc id -> field -> result
    pub docs: BTreeMap<String, BTreeMap<String, FieldResult>>,
    /// field -> totals
    pub totals: BTreeMap<String, Counts>,
    pub skipped: Vec<String>,
}

fn get<'a>(v: &'a Value, path: &str) -> &'a Value {
    let mut cur = v;
    for p in path.split('.') {
        cur = cur.get(p).unwrap_or(&Value::Null);
    }
    cur
}

/// Comparison form of a text value.
pub fn cmp_form(s: &str) -> String {
    let f = match_form(s);
    f.trim_end_matches(['.', ';', ',', ':']).trim().to_string()
}

fn scalar(gold: &Value, pred: &Value) -> Counts {
    let g = gold.as_str().map(cmp_form);
    let p = pred.as_str().map(cmp_form);
    match (g, p) {
        (None, None) => Counts::default(),
        (Some(_), None) => Counts { r#fn: 1, ..Default::default() },
        (None, Some(_)) => Counts { fp: 1, ..Default::default() },
        (Some(a), Some(b)) if a == b => Counts { tp: 1, ..Default::default() },
        _ => Counts { tp: 0, fp: 1, r#fn: 1 },
    }
}

fn multiset(gold: &[String], pred: &[String]) -> Counts {
    let mut bag: HashMap<&str, isize> = HashMap::new();
    for g in gold {
        *bag.entry(g).or_default() += 1;
    }
    let mut tp = 0;
    for p in pred {
        if let Some(n) = bag.get_mut(p.as_str()) {
            if *n > 0 {
                *n -= 1;
                tp += 1;
            }
        }
    }
    Counts { tp, fp: pred.len() - tp, r#fn: gold.len() - tp }
}

fn items(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str()).map(cmp_form).collect()).unwrap_or_default()
}

/// Identity of a reference for scoring: kind + code (or title for unnumbered laws) + date.
pub fn reference_id(r: &Value) -> String {
    let kind = r.get("kind").and_then(|v| v.as_str()).map(cmp_form).unwrap_or_default();
    let code = r.get("code").and_then(|v| v.as_str()).map(|c| cmp_form(&c.replace(char::is_whitespace, "")));
    let title = r.get("title").and_then(|v| v.as_str()).map(cmp_form);
    let date = r.get("date").and_then(|v| v.as_str()).unwrap_or("");
    match code {
        Some(c) => format!("{kind}|{c}|{date}"),
        None => format!("{kind}|{}|{date}", title.unwrap_or_default()),
    }
}

fn refs(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().map(reference_id).collect()).unwrap_or_default()
}

/// Types of normative texts (văn bản quy phạm pháp luật) with articles of duties and procedures.
const NORMATIVE_TYPES: &[&str] = &["Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch", "Văn bản hợp nhất"];

fn is_normative(gold: &Value) -> bool {
    gold.get("doc_type").and_then(|v| v.as_str()).is_some_and(|t| NORMATIVE_TYPES.contains(&t))
}

/// Score one document.
pub fn score_doc(gold: &Value, pred: &Value) -> BTreeMap<String, FieldResult> {
    let mut out = BTreeMap::new();
    for f in SCALAR_FIELDS {
        let (g, p) = (get(gold, f), get(pred, f));
        // a gold record may leave a field out: then it is not scored
        if gold_has(gold, f) {
            out.insert(f.to_string(), FieldResult { counts: scalar(g, p), gold: g.clone(), pred: p.clone() });
        }
    }
    for f in LIST_FIELDS {
        if !gold_has(gold, f) {
            continue;
        }
        let (g, p) = (get(gold, f), get(pred, f));
        let (gi, pi) = match *f {
            "references" => (refs(g), refs(p)),
            "tasks" => (tasks(g), tasks(p)),
            _ => (items(g), items(p)),
        };
        let counts = multiset(&gi, &pi);
        let (gv, pv) = if *f == "references" || *f == "tasks" {
            // keep the saved run small: only the identities that differ
            let mut gs = gi.clone();
            let mut ps = pi.clone();
            gs.sort();
            ps.sort();
            (Value::from(diff(&gs, &ps)), Value::from(diff(&ps, &gs)))
        } else {
            (g.clone(), p.clone())
        };
        if *f == "tasks" {
            // the same counts again by kind of text: tasks in administrative documents (plans, letters, directives)
            // and in normative ones (laws, decrees, circulars), which the task rules read differently
            let kind = if is_normative(gold) { "tasks.normative" } else { "tasks.administrative" };
            out.insert(kind.to_string(), FieldResult { counts: counts.clone(), gold: gv.clone(), pred: pv.clone() });
        }
        out.insert(f.to_string(), FieldResult { counts, gold: gv, pred: pv });
    }
    if gold_has(gold, "tasks") {
        out.insert("tasks.support".to_string(), score_task_support(get(gold, "tasks"), get(pred, "tasks")));
    }
    if gold_has(gold, "references") {
        for (attr, r) in score_reference_attrs(get(gold, "references"), get(pred, "references")) {
            out.insert(format!("references.{attr}"), r);
        }
    }
    out
}

/// The supporting units of tasks (phối hợp), on the pairs of gold and parsed tasks that match ([`task_id`]; in
/// order, the one of the same section first): each unit a counted item ("UBND" = "Ủy ban nhân dân").
fn score_task_support(gold: &Value, pred: &Value) -> FieldResult {
    let (Some(g), Some(p)) = (gold.as_array(), pred.as_array()) else { return FieldResult { counts: Counts::default(), gold: Value::Null, pred: Value::Null } };
    let mut used = vec![false; p.len()];
    let mut counts = Counts::default();
    let (mut wrong_g, mut wrong_p) = (Vec::new(), Vec::new());
    for gt in g {
        let id = task_id(gt);
        let cands: Vec<usize> = (0..p.len()).filter(|&j| !used[j] && task_id(&p[j]) == id).collect();
        let best = cands.iter().copied().find(|&j| get(&p[j], "section") == get(gt, "section")).or_else(|| cands.first().copied());
        let Some(j) = best else { continue };
        used[j] = true;
        let c = multiset(&unit_keys(gt, "support"), &unit_keys(&p[j], "support"));
        if c.fp + c.r#fn > 0 {
            wrong_g.push(get(gt, "support").clone());
            wrong_p.push(get(&p[j], "support").clone());
        }
        counts.add(c);
    }
    FieldResult { counts, gold: Value::from(wrong_g), pred: Value::from(wrong_p) }
}

/// Pair gold and parsed references by identity, in order, and score their attributes.
fn score_reference_attrs(gold: &Value, pred: &Value) -> Vec<(&'static str, FieldResult)> {
    let (Some(g), Some(p)) = (gold.as_array(), pred.as_array()) else { return vec![] };
    let mut used = vec![false; p.len()];
    let mut pairs = Vec::new();
    for gr in g {
        let id = reference_id(gr);
        // among the parsed references with the same identity, prefer the one with the same words and pinpoint
        let cands: Vec<usize> = (0..p.len()).filter(|&j| !used[j] && reference_id(&p[j]) == id).collect();
        let same = |j: usize, attr: &str| {
            let a = get(gr, attr).as_str().map(cmp_form);
            let b = get(&p[j], attr).as_str().map(cmp_form);
            a == b
        };
        let gpos = gr.get("_pos").and_then(|v| v.as_u64());
        let best = match gpos {
            // the one printed nearest to the gold's place in the document
            Some(gp) => cands.iter().copied().min_by_key(|&j| {
                p[j].get("_pos").and_then(|v| v.as_u64()).map_or(u64::MAX, |pp| pp.abs_diff(gp))
            }),
            None => cands
                .iter()
                .copied()
                .find(|&j| same(j, "text") && same(j, "pinpoint"))
                .or_else(|| cands.iter().copied().find(|&j| same(j, "text")))
                .or_else(|| cands.first().copied()),
        };
        if let Some(j) = best {
            used[j] = true;
            pairs.push((gr, &p[j]));
        }
    }
    REFERENCE_ATTRS
        .iter()
        .map(|attr| {
            let mut counts = Counts::default();
            let mut wrong_g = Vec::new();
            let mut wrong_p = Vec::new();
            for (gr, pr) in &pairs {
                // the cited words compare without layout: line breaks inside a code or a name do not count
                let c = if *attr == "text" {
                    let squash = |v: &Value| v.as_str().map(|t| Value::from(cmp_form(t).replace(' ', "")));
                    scalar(&squash(get(gr, attr)).unwrap_or(Value::Null), &squash(get(pr, attr)).unwrap_or(Value::Null))
                } else {
                    scalar(get(gr, attr), get(pr, attr))
                };
                if c.fp + c.r#fn > 0 {
                    wrong_g.push(get(gr, attr).clone());
                    wrong_p.push(get(pr, attr).clone());
                }
                counts.add(c);
            }
            (*attr, FieldResult { counts, gold: Value::from(wrong_g), pred: Value::from(wrong_p) })
        })
        .collect()
}

fn diff(a: &[String], b: &[String]) -> Vec<String> {
    let mut bag: HashMap<&str, isize> = HashMap::new();
    for x in b {
        *bag.entry(x).or_default() += 1;
    }
    let mut out = Vec::new();
    for x in a {
        match bag.get_mut(x.as_str()) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(x.clone()),
        }
    }
    out
}

fn gold_has(gold: &Value, path: &str) -> bool {
    let mut cur = gold;
    for p in path.split('.') {
        match cur.get(p) {
            Some(v) => cur = v,
            None => return false,
        }
    }
    true
}

/// Where `shared:` sources live: $VANBAN_SHARED, else a `shared` folder beside an ancestor of the gold dir.
pub fn shared_root(gold_dir: &Path) -> Option<PathBuf> {
    if let Ok(p) = std::env::var("VANBAN_SHARED") {
        return Some(PathBuf::from(p));
    }
    let abs = std::fs::canonicalize(gold_dir).ok()?;
    abs.ancestors().map(|a| a.join("shared")).find(|p| p.join("CONTRACT.md").exists())
}

/// The repo root: the nearest ancestor of the gold dir holding a Cargo.toml.
pub fn repo_root(gold_dir: &Path) -> PathBuf {
    let abs = std::fs::canonicalize(gold_dir).unwrap_or_else(|_| gold_dir.to_path_buf());
    abs.ancestors().find(|a| a.join("Cargo.toml").exists()).map(Path::to_path_buf).unwrap_or(abs)
}

/// Resolve a gold record's source to a path on disk, or None if it is not available here.
pub fn resolve_source(src: &str, gold_dir: &Path) -> Option<PathBuf> {
    if let Some(rest) = src.strip_prefix("shared:") {
        let p = shared_root(gold_dir)?.join(rest);
        return p.exists().then_some(p);
    }
    if let Some(rest) = src.strip_prefix("repo:") {
        let p = repo_root(gold_dir).join(rest);
        return p.exists().then_some(p);
    }
    let p = PathBuf::from(src);
    p.exists().then_some(p)
}

/// Run the evaluation over every gold record in `gold_dir` of the given split ("all", "dev", "eval") and source ("all",
/// "shared": the real documents of ../shared, "repo": the documents written for the repo).
pub fn run(gold_dir: &Path, split: &str, source: &str) -> Result<Run, String> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(gold_dir)
        .map_err(|e| format!("cannot read {}: {e}", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    let mut run = Run::default();
    for path in entries {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&path).map_err(|e| e.to_string())?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let id = gold.get("id").and_then(|v| v.as_str()).unwrap_or_default().to_string();
        let gsplit = gold.get("split").and_then(|v| v.as_str()).unwrap_or("dev");
        if split != "all" && split != gsplit {
            continue;
        }
        let src = gold.get("source").and_then(|v| v.as_str()).unwrap_or_default();
        if source != "all" && !src.starts_with(&format!("{source}:")) {
            continue;
        }
        let Some(doc_path) = resolve_source(src, gold_dir) else {
            run.skipped.push(id);
            continue;
        };
        let text = std::fs::read_to_string(&doc_path).map_err(|e| format!("{}: {e}", doc_path.display()))?;
        let parsed = vanban_core::parse(&text);
        let mut pred = parsed.to_json();
        let mut gold = gold;
        // positions in the normalized input, to pair gold and parsed references that share an identity
        let norm = vanban_core::normalize::normalize(&text).text;
        if let Some(refs) = pred.get_mut("references").and_then(|r| r.as_array_mut()) {
            for (r, rr) in refs.iter_mut().zip(&parsed.record.references) {
                r["_pos"] = Value::from(parsed.normalized_offset(rr.span[0]));
            }
        }
        if let Some(refs) = gold.get_mut("references").and_then(|r| r.as_array_mut()) {
            let mut cursor = 0;
            for r in refs.iter_mut() {
                let t = r.get("text").and_then(|t| t.as_str()).unwrap_or("").to_string();
                let found = norm[cursor..].find(&t).map(|i| i + cursor).or_else(|| norm.find(&t));
                if let Some(i) = found.filter(|_| !t.is_empty()) {
                    r["_pos"] = Value::from(i);
                    cursor = i;
                }
            }
        }
        let fields = score_doc(&gold, &pred);
        for (f, r) in &fields {
            run.totals.entry(f.clone()).or_default().add(r.counts);
        }
        run.docs.insert(id, fields);
    }
    Ok(run)
}

pub fn field_order() -> Vec<String> {
    let mut v: Vec<String> = SCALAR_FIELDS.iter().chain(LIST_FIELDS.iter()).map(|s| s.to_string()).collect();
    v.push("tasks.administrative".into());
    v.push("tasks.normative".into());
    v.push("tasks.support".into());
    v.extend(REFERENCE_ATTRS.iter().map(|a| format!("references.{a}")));
    v
}

/// The table of per-field scores.
pub fn report(run: &Run) -> String {
    let mut s = String::new();
    s.push_str(&format!("documents scored: {}", run.docs.len()));
    if !run.skipped.is_empty() {
        s.push_str(&format!(" (skipped, source not available: {})", run.skipped.len()));
    }
    s.push('\n');
    s.push_str(&format!("{:<22}{:>6}{:>6}{:>6}{:>9}{:>9}{:>9}\n", "field", "tp", "fp", "fn", "prec", "recall", "f1"));
    for f in field_order() {
        if let Some(c) = run.totals.get(&f) {
            s.push_str(&format!(
                "{:<22}{:>6}{:>6}{:>6}{:>9.3}{:>9.3}{:>9.3}\n",
                f,
                c.tp,
                c.fp,
                c.r#fn,
                c.precision(),
                c.recall(),
                c.f1()
            ));
        }
    }
    s
}

/// The documents where a field is wrong, with gold and predicted values.
pub fn errors(run: &Run, only: Option<&str>) -> String {
    let mut s = String::new();
    for f in field_order() {
        if only.is_some_and(|o| o != f) {
            continue;
        }
        let wrong: Vec<_> = run.docs.iter().filter_map(|(id, fs)| fs.get(&f).filter(|r| !r.ok()).map(|r| (id, r))).collect();
        if wrong.is_empty() {
            continue;
        }
        s.push_str(&format!("\n== {f}: wrong in {} document(s)\n", wrong.len()));
        for (id, r) in wrong {
            s.push_str(&format!("  {id}\n    gold: {}\n    pred: {}\n", short(&r.gold), short(&r.pred)));
        }
    }
    s
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 400 {
        format!("{}…", s.chars().take(400).collect::<String>())
    } else {
        s
    }
}

/// Gains and losses, document by document, against an earlier run.
pub fn compare(old: &Run, new: &Run) -> String {
    let mut gains = Vec::new();
    let mut losses = Vec::new();
    for (id, fields) in &new.docs {
        for (f, r) in fields {
            let before = old.docs.get(id).and_then(|d| d.get(f));
            let (was_tp, now_tp) = (before.map_or(0, |b| b.counts.tp) as isize, r.counts.tp as isize);
            let (was_err, now_err) = (
                before.map_or(0, |b| b.counts.fp + b.counts.r#fn) as isize,
                (r.counts.fp + r.counts.r#fn) as isize,
            );
            if now_tp > was_tp || now_err < was_err {
                gains.push(format!("  + {id} {f}: tp {was_tp}->{now_tp}, errors {was_err}->{now_err}"));
            }
            if now_tp < was_tp || now_err > was_err {
                losses.push(format!(
                    "  - {id} {f}: tp {was_tp}->{now_tp}, errors {was_err}->{now_err}; now {}",
                    short(&r.pred)
                ));
            }
        }
    }
    let mut s = String::new();
    s.push_str("field                  f1 before  f1 now\n");
    for f in field_order() {
        let (a, b) = (old.totals.get(&f), new.totals.get(&f));
        if let (Some(a), Some(b)) = (a, b) {
            let mark = if (b.f1() - a.f1()).abs() < 1e-9 { "" } else if b.f1() > a.f1() { "  up" } else { "  DOWN" };
            s.push_str(&format!("{f:<22}{:>10.3}{:>8.3}{mark}\n", a.f1(), b.f1()));
        }
    }
    s.push_str(&format!("\ngains ({}):\n{}\n", gains.len(), gains.join("\n")));
    s.push_str(&format!("\nlosses ({}):\n{}\n", losses.len(), losses.join("\n")));
    s
}

/// Fields whose F1 is below their floor.
pub fn check_floors(run: &Run, floors: &BTreeMap<String, f64>) -> Vec<String> {
    floors
        .iter()
        .filter_map(|(f, floor)| {
            let got = run.totals.get(f).map_or(0.0, |c| c.f1());
            (got + 1e-9 < *floor).then(|| format!("{f}: F1 {got:.3} is below its floor {floor:.3}"))
        })
        .collect()
}

/// New floors: each the higher of the old floor and this run's F1 rounded down to 3 decimals. Never lower.
pub fn raise_floors(run: &Run, floors: &BTreeMap<String, f64>) -> BTreeMap<String, f64> {
    let mut out = floors.clone();
    for f in field_order() {
        if let Some(c) = run.totals.get(&f) {
            let got = (c.f1() * 1000.0).floor() / 1000.0;
            let e = out.entry(f.clone()).or_insert(0.0);
            if got > *e {
                *e = got;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scalar_counts() {
        let c = scalar(&json!("Kế hoạch"), &json!("KẾ HOẠCH"));
        assert_eq!((c.tp, c.fp, c.r#fn), (1, 0, 0));
        let c = scalar(&json!("Văn hoá"), &json!("văn hóa"));
        assert_eq!(c.tp, 1);
        let c = scalar(&json!(null), &json!("x"));
        assert_eq!((c.tp, c.fp, c.r#fn), (0, 1, 0));
        let c = scalar(&json!("a"), &json!("b"));
        assert_eq!((c.tp, c.fp, c.r#fn), (0, 1, 1));
    }

    #[test]
    fn multiset_counts_duplicates() {
        let g = vec!["a".to_string(), "a".to_string(), "b".to_string()];
        let p = vec!["a".to_string(), "c".to_string()];
        let c = multiset(&g, &p);
        assert_eq!((c.tp, c.fp, c.r#fn), (1, 1, 2));
    }

    #[test]
    fn floors_only_go_up() {
        let mut run = Run::default();
        run.totals.insert("code".into(), Counts { tp: 9, fp: 1, r#fn: 0 });
        run.totals.insert("date".into(), Counts { tp: 1, fp: 1, r#fn: 1 });
        let floors: BTreeMap<String, f64> = [("code".to_string(), 0.5), ("date".to_string(), 0.9)].into();
        let raised = raise_floors(&run, &floors);
        assert_eq!(raised["code"], 0.947);
        assert_eq!(raised["date"], 0.9, "a lower score never lowers a floor");
        assert!(check_floors(&run, &raised).iter().any(|m| m.starts_with("date")));
    }

    #[test]
    fn support_is_scored_on_matched_tasks() {
        let gold = json!([
            {"section": "1", "lead": ["Sở Y tế"], "support": ["Sở Tài chính", "UBND các huyện"], "deadline": null},
            {"section": "2", "lead": ["Sở Nội vụ"], "support": ["Sở Tư pháp"], "deadline": null},
        ]);
        // the first task matched (its support half right, "UBND" = "Ủy ban nhân dân"), the second not found at all
        let pred = json!([
            {"section": "1", "lead": ["Sở Y tế"], "support": ["Ủy ban nhân dân các huyện", "Sở Xây dựng"], "deadline": null},
            {"section": "3", "lead": ["Sở Công Thương"], "support": ["Sở Tư pháp"], "deadline": null},
        ]);
        let r = score_task_support(&gold, &pred);
        assert_eq!((r.counts.tp, r.counts.fp, r.counts.r#fn), (1, 1, 1));
    }

    #[test]
    fn f1_of_perfect_and_empty() {
        assert_eq!(Counts { tp: 3, fp: 0, r#fn: 0 }.f1(), 1.0);
        assert_eq!(Counts::default().f1(), 1.0);
        assert_eq!(Counts { tp: 0, fp: 1, r#fn: 0 }.f1(), 0.0);
    }
}
