//! vanban-core: Vietnamese administrative documents, text in, record out.
//!
//! The crate does no I/O. [`parse`] takes the text of one document and returns a [`Parsed`]: the normalized text
//! and the [`record::Record`] of CONTRACT.md. Modules follow the parts of a document:
//!
//! - [`normalize`]: reading form (NFC, line endings, markers) with an offset map, and the matching form for keys.
//! - [`layout`]: lines split into cells so that two-column headers and footers read the same in any flattening.
//! - [`header`]: issuer, số/ký hiệu, place, date, type, subject, Kính gửi.
//! - [`footer`]: signature block and Nơi nhận.
//! - [`references`]: citations of other documents.
//! - [`code`]: the grammar of document codes; [`dates`]: dates; [`tables`]: abbreviations as data.
#![forbid(unsafe_code)]

/// The searcher of a fixed needle (a literal), built once: a str search builds a Two-Way searcher on every call,
/// which for the parser's short texts cost more than the search.
macro_rules! finder {
    ($needle:literal) => {{
        static F: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
        F.get_or_init(|| memchr::memmem::Finder::new($needle))
    }};
}

/// `hay.find(needle)` for a fixed needle, with its searcher built once ([`finder!`]).
macro_rules! find_fixed {
    ($hay:expr, $needle:literal) => {
        finder!($needle).find(($hay).as_bytes())
    };
}

pub mod body;
pub mod code;
pub mod dates;
pub mod footer;
pub mod header;
pub mod layout;
pub mod normalize;
pub mod outline;
pub mod record;
pub mod references;
pub mod tables;
pub mod task_table;
pub mod tasks;
mod memo;
pub mod units;

/// A small deterministic generator for the tests that build random texts from pieces (xorshift64).
#[cfg(test)]
pub(crate) struct TestRng(u64);

#[cfg(test)]
impl TestRng {
    pub(crate) fn new(seed: u64) -> Self {
        TestRng(seed)
    }
    /// A number below `n`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
    /// Fewer than `max` of `pieces`, each drawn at random, run together.
    pub(crate) fn text(&mut self, pieces: &[&str], max: usize) -> String {
        let n = self.below(max);
        (0..n).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}

/// The texts of the repo's documents (corpus/docs), for the tests that run a rule over every one of them.
#[cfg(test)]
pub(crate) fn corpus_docs() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/docs");
    let mut paths: Vec<_> = std::fs::read_dir(root).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

use record::{CharIndex, Issuer, Record, Signer, Source};

/// The result of parsing one document.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The text every span points into: normalized, gazette furniture out, footnotes moved after the body.
    pub text: String,
    /// The record with byte spans.
    pub record: Record,
    /// `text` offsets -> offsets in the normalized input.
    body_map: normalize::OffsetMap,
    /// normalized offsets -> offsets in the raw input.
    norm_map: normalize::OffsetMap,
}

impl Parsed {
    /// The byte offset in the raw input of a byte offset in [`Parsed::text`]: of the character that starts there.
    /// For the end of a span, map its last character instead: the text is not in the raw input's order everywhere
    /// (footnotes are moved after the body, so a span that ends where the notes begin has an end offset that maps to
    /// the first note's place, earlier in the raw input).
    pub fn source_offset(&self, byte: usize) -> usize {
        self.norm_map.to_original(self.body_map.to_original(byte))
    }

    /// The byte offset in the normalized input (before body assembly) of a byte offset in [`Parsed::text`].
    pub fn normalized_offset(&self, byte: usize) -> usize {
        self.body_map.to_original(byte)
    }

    /// Each distinct cited document once, in order of first citation.
    pub fn cited(&self) -> Vec<&record::Reference> {
        references::cited(&self.record.references)
    }

    /// The record as CONTRACT.md defines it: spans in code points.
    pub fn record(&self) -> Record {
        let mut r = self.record.clone();
        let idx = CharIndex::new(&self.text);
        r.map_spans(|b| idx.char_offset(b));
        r
    }

    /// The text and the record as CONTRACT.md defines it ([`Parsed::record`]), without copying the record.
    pub fn into_record(self) -> (String, Record) {
        let mut r = self.record;
        let idx = CharIndex::new(&self.text);
        r.map_spans(|b| idx.char_offset(b));
        (self.text, r)
    }

    /// The contract JSON of the record.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self.record()).expect("record serializes")
    }
}

/// Limits on the input the parser accepts.
pub const MAX_TEXT_BYTES: usize = 256 * 1024 * 1024;

/// Parse the text of one document. Never panics on any `&str`.
pub fn parse(raw: &str) -> Parsed {
    let norm = normalize::normalize(raw);
    let cells = layout::cells(&norm.text);
    let mut record = parse_header_footer(&norm.text, &cells);
    let body = body::assemble(&norm.text, &cells, &norm.rules);
    let text = body.text;
    let jurisdiction = record.issuer.jurisdiction.clone();
    record.references = references::extract(&text, jurisdiction.as_deref(), record.code.as_deref());
    let notes_start = body.notes.first().map_or(text.len(), |n| n.start);
    let (body_from, mut body_to) = body_range(&text, notes_start);
    // the body ends at the signature: what follows (annexes, forms) assigns no work
    if let Some(first) = record.signer.authority.as_deref().and_then(|a| a.split(" / ").next()).or(record.signer.title.as_deref()) {
        let region = &text[body_from..body_to];
        // (alone on its line, or at the end of the Nơi nhận column's first line: the two columns of a table flattened
        // side by side, "Nơi nhận:          KT. BỘ TRƯỞNG")
        let alone = memchr::memmem::find(region.as_bytes(), format!("\n{first}\n").as_bytes()).map(|i| i + 1);
        let beside = || {
            let i = memchr::memmem::find(region.as_bytes(), format!("  {first}\n").as_bytes())?;
            let line = region[..i].rfind('\n').map_or(0, |j| j + 1);
            region[line..i].trim_start().starts_with("Nơi nhận").then_some(line)
        };
        if let Some(i) = alone.or_else(beside) {
            // a Nơi nhận list printed right before the signature is not the body either ("Nơi nhận:" / "- Như Điều 14;"
            // / ... / "KT. BỘ TRƯỞNG"): the body ends where the list starts, as it does beside the signature
            let before = &region[..i];
            let list = rfind(before, "\nNơi nhận").map(|j| j + 1).filter(|&j| {
                before[j..].lines().skip(1).all(|l| {
                    let l = l.trim_start();
                    l.is_empty() || l.starts_with(['-', '+', '•'])
                })
            });
            body_to = body_from + list.unwrap_or(i);
        }
    }
    let consolidated = tasks::is_consolidated(&text);
    let (items, mut task_list) = region_tasks(&text, body_from, body_to, consolidated);
    // a text attached after the signature ("QUY CHẾ ... (Ban hành kèm theo Quyết định số ...)", a Kế hoạch, Quy định,
    // Chương trình, Đề án, Điều lệ): the decision's content, read like the body
    let mut items = items;
    for (from, to) in attached_texts(&text, body_to, notes_start) {
        let (more_items, more_tasks) = region_tasks(&text, from, to, consolidated);
        items.extend(more_items);
        task_list.extend(more_tasks);
        task_list.sort_by_key(|t| t.span[0]);
    }
    record.sections = items
        .iter()
        .map(|i| record::Section { label: i.label.clone(), title: i.title.clone(), level: i.level, span: [i.start, i.end] })
        .collect();
    // tables of tasks, in the body or in an appendix after the signature: their rows are read by column, and the
    // rules above do not read them again
    let tables = task_table::tables(&text, body_from, notes_start.max(body_from));
    if !tables.is_empty() {
        let in_table = |at: usize| tables.iter().any(|t| t.span[0] <= at && at < t.span[1]);
        task_list.retain(|t| !in_table(t.span[0]));
        task_list.extend(tables.into_iter().flat_map(|t| t.tasks));
        task_list.sort_by_key(|t| t.span[0]);
    }
    // a deadline whose day is printed without its year ("trong ngày 18/7") is in the document's year (GOLD.md)
    if let Some(doc) = record.date.as_deref() {
        for t in task_list.iter_mut().filter(|t| t.deadline.is_none()) {
            t.deadline = t.deadline_text.as_deref().and_then(|w| dates::yearless_day(w, doc));
        }
    }
    record.tasks = task_list;
    record.footnotes = body
        .notes
        .iter()
        .map(|n| {
            let note = &text[n.start..n.end];
            let body_start = n.start + n.mark.len();
            let skip = note[n.mark.len()..].len() - note[n.mark.len()..].trim_start().len();
            record::Footnote { mark: n.mark.clone(), text: text[body_start + skip..n.end].to_string(), span: [n.start, n.end] }
        })
        .collect();
    Parsed { text, record, body_map: body.map, norm_map: norm.map }
}

/// The outline and the tasks of `text[body_from..body_to]`: the body, or a text attached after the signature.
fn region_tasks(text: &str, body_from: usize, body_to: usize, consolidated: bool) -> (Vec<outline::Item>, Vec<record::Task>) {
    let items = outline::parse_range(text, body_from, body_to);
    let strict = tasks::strict_items(&items);
    let quoted = tasks::consolidation_quotes(text, &items, consolidated);
    let mut task_list = tasks::extract_quoted(text, &items, body_to, &strict, &quoted);
    // paragraphs before the outline (and after it, up to Nơi nhận)
    let first_item = items.first().map_or(body_to, |i| i.start);
    // outside the outline a normative text's sentences are read strictly too (no article of duties holds them)
    let normative = items.iter().any(|i| i.kind == outline::LabelKind::Article);
    let opening = tasks::paragraph_tasks(text, body_from, first_item, normative);
    // an opening request over a list is a task when part of the list names no unit of its own
    let level1: Vec<&outline::Item> = items.iter().filter(|i| i.level == 1).collect();
    // (the tasks' starts sorted, each item's range looked up in them: a scan of every task for every item grew with
    // the square of a long list)
    let mut starts: Vec<usize> = task_list.iter().map(|t| t.span[0]).collect();
    starts.sort_unstable();
    let uncovered: Vec<usize> = (0..items.len()).filter(|&i| items[i].level == 1 && !starts_within(&starts, &items[i])).collect();
    let opens_list = opening.len() == 1 && text[opening[0].span[0]..opening[0].span[1]].trim_end().ends_with(':');
    let mut list_opening: Option<[usize; 2]> = None;
    // ... and when the items are actions ("1. Chỉ đạo ...", "2. Hướng dẫn ..."): items that are periods or topics
    // ("1. Giai đoạn từ nay đến hết năm 2024") are the content of the one task the request gives
    let actions = level1.iter().all(|l| tasks::starts_with_verb(&l.title));
    if opens_list && !level1.is_empty() && uncovered.len() == level1.len() && actions {
        // "Sở X đề nghị Sở Y phối hợp thực hiện một số nội dung sau:" over items naming no unit: each item is a task
        // of the units asked
        let lead = opening[0].lead.clone();
        for i in uncovered {
            task_list.push(tasks::task_of(text, &items, i, lead.clone(), body_to));
        }
    } else if !uncovered.is_empty() || level1.is_empty() {
        // (a request that opens the list, "... đề nghị các cơ quan, đơn vị triển khai thực hiện một số nội dung sau:", is
        // looked at again once the items' paragraphs are read)
        if opens_list {
            list_opening = Some(opening[0].span);
        }
        task_list.extend(opening);
    }
    let last_end = items.iter().map(|i| i.end).max().unwrap_or(body_from).max(first_item);
    if last_end < body_to {
        task_list.extend(tasks::paragraph_tasks(text, last_end, body_to, normative));
    }
    task_list.sort_by_key(|t| t.span[0]);
    let mut task_list = tasks::later_paragraphs_quoted(text, &items, body_to, &strict, &quoted, task_list);
    // ... and is no task when every item of the list names its units, in a paragraph under its title too ("1. Thời gian
    // nghỉ Tết" / "... Thủ trưởng các đơn vị chủ động điều chỉnh ...")
    // (looked up in the tasks' sorted starts, as above: not a scan of every task for every item)
    if let Some(span) = list_opening {
        let mut starts: Vec<usize> = task_list.iter().filter(|t| t.span != span).map(|t| t.span[0]).collect();
        starts.sort_unstable();
        if !level1.is_empty() && level1.iter().all(|l| starts_within(&starts, l)) {
            task_list.retain(|t| t.span != span);
        }
    }
    tasks::carry_deadlines(text, &items, &mut task_list);
    // a heading in capitals ("THANH TRA, KHIẾU NẠI, TỐ CÁO ...", "ĐIỀU KHOẢN THI HÀNH") under a duty heading is a title
    // met on the way, not work
    task_list.retain(|t| t.text.chars().any(|c| c.is_lowercase()));
    (items, task_list)
}

/// Does a task start inside `item`? `starts` are the tasks' starts, sorted.
fn starts_within(starts: &[usize], item: &outline::Item) -> bool {
    starts.get(starts.partition_point(|&s| s < item.start)).is_some_and(|&s| s < item.end)
}

/// Texts attached after the signature: a line "QUY CHẾ", "QUY ĐỊNH", "KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "ĐIỀU LỆ"
/// (alone, in capitals) with "(Kèm theo ..." or "(Ban hành kèm theo ..." within the next lines; each runs to the next
/// one or to the notes.
fn attached_texts(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    const HEADS: [&str; 6] = ["QUY CHẾ", "QUY ĐỊNH", "KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "ĐIỀU LỆ"];
    let to = to.min(text.len());
    let Some(region) = text.get(from..to) else { return Vec::new() };
    if !region.contains("kèm theo") && !region.contains("Kèm theo") {
        return Vec::new();
    }
    let mut starts = Vec::new();
    // (an appendix after the attached text, "PHỤ LỤC" / "Phụ lục II" on a line of its own, maybe centred, ends it: its
    // tables are read as tables of tasks)
    let mut appendices = Vec::new();
    let mut off = from;
    let lines: Vec<&str> = region.split('\n').collect();
    for (k, l) in lines.iter().enumerate() {
        let t = l.trim();
        if (t.starts_with("PHỤ LỤC") || t.starts_with("Phụ lục")) && t.chars().count() <= 20 {
            appendices.push(off);
        }
        if HEADS.contains(&t) && lines[k + 1..].iter().take(4).any(|n| {
            let n = n.trim_start();
            n.starts_with("(Kèm theo") || n.starts_with("(Ban hành kèm theo") || n.starts_with("(kèm theo")
        }) {
            starts.push(off);
        }
        off += l.len() + 1;
    }
    let mut out = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(to);
        let end = appendices.iter().copied().find(|&a| a > s && a < end).unwrap_or(end);
        out.push((s, end));
    }
    out
}

/// Where the body's outline and tasks are read: after the Kính gửi list, before Nơi nhận (or the notes).
fn body_range(text: &str, limit: usize) -> (usize, usize) {
    let head = &text[..limit];
    let mut from = 0;
    // the Kính gửi of the letter itself, in its opening (a form in an annex has one too)
    // (or a Công điện's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" over its addressees)
    let addressees = || {
        let i = memchr::memmem::find(head[..references::floor_boundary(head, 5000.min(head.len()))].as_bytes(), " điện:\n".as_bytes())?;
        let line_start = head[..i].rfind('\n').map_or(0, |j| j + 1);
        header::addressee_line(&head[line_start..i + " điện:".len()]).then_some(line_start)
    };
    if let Some(k) = memchr::memmem::find(head.as_bytes(), "Kính gửi".as_bytes()).filter(|&k| k < 5000).or_else(addressees) {
        // skip the recipients: the Kính gửi line and the "- ..." lines after it
        let mut pos = k + head[k..].find('\n').unwrap_or(head.len() - k);
        loop {
            let rest = &head[pos..];
            // (recipients on a hanging indent: "Kính gửi: - A;" / "          - B;")
            let t = rest.trim_start_matches(['\n', ' ']);
            if t.starts_with('-') || t.starts_with('+') {
                pos = head.len() - t.len() + t.find('\n').unwrap_or(t.len());
            } else {
                break;
            }
        }
        from = (pos + 1).min(limit);
    }
    let mut to = rfind(head, "\nNơi nhận").map_or(limit, |i| i + 1).max(from);
    // the closing courtesy ("Trân trọng./.", "... kính đề nghị ... triển khai thực hiện./.") is not part of the body
    if let Some(i) = rfind(&head[from..to], "\nTrân trọng") {
        to = from + i + 1;
    }
    let tail = &head[from..to];
    // (a text without blank lines: its last line; an article is never the courtesy: "Điều 3. ... thi hành./.")
    let trimmed = tail.trim_end();
    let last_para = trimmed.rfind("\n\n").map(|i| i + 2).or_else(|| trimmed.rfind('\n').map(|i| i + 1)).unwrap_or(0);
    let para = &tail[last_para..];
    // (nor a last chapter after a blank line: "Chương V\nĐIỀU KHOẢN THI HÀNH\nĐiều 21. ... thi hành Nghị định này./.")
    let article = para.starts_with("Điều ") || para.starts_with("Chương ") || para.contains("\nĐiều ");
    // (but the closing formula that asks the addressees to carry the letter out is their task, GOLD.md: "Sở Y tế đề nghị
    // các đơn vị nghiêm túc triển khai thực hiện./.", bacninh_cv_1420)
    let carry_out = para.contains("nghiêm túc") && para.contains("thực hiện");
    if !article && !carry_out && (para.contains("đề nghị") && para.trim_end().ends_with("./.") || para.contains("kính đề nghị")) {
        to = from + last_para;
    }
    (from, to)
}

/// `hay.rfind(needle)` for a needle whose occurrences cannot overlap (no end of it begins it): the last match of
/// memchr's vectorized forward search, faster over a whole text than a search from its end.
fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    debug_assert!((1..n.len()).all(|k| n[n.len() - k..] != n[..k]), "{needle:?} overlaps itself");
    memchr::memmem::find_iter(hay.as_bytes(), n).last()
}

/// Parse already-normalized text: header, footer and references with spans into `text` itself (no body assembly).
pub fn parse_normalized(text: &str) -> Record {
    let cells = layout::cells(text);
    let mut r = parse_header_footer(text, &cells);
    r.references = references::extract(text, r.issuer.jurisdiction.as_deref(), r.code.as_deref());
    r
}

/// The fields of the header and the footer (no spans).
fn parse_header_footer(text: &str, cells: &[layout::Cell]) -> Record {
    let h = header::parse_header(cells);
    let sig_from = h.body_start;
    let sig = footer::parse_signature(cells, sig_from);
    let cc = footer::parse_cc(cells, sig.as_ref().map(|s| s.at));

    let code = h.code.as_ref();
    let mut issuer_name = h.issuer_name.clone();
    let mut warnings = Vec::new();
    if issuer_name.is_none() {
        issuer_name = issuer_from_text(text).or_else(|| code.and_then(header::issuer_from_code));
        if issuer_name.is_some() {
            warnings.push("issuer not printed in the header; taken from the text or the code".to_string());
        }
    }
    let mut place = h.place.clone();
    let date = h.date.or_else(|| {
        // laws print no date in the header: "... thông qua ngày 10 tháng 12 năm 2025"
        let i = rfind(text, "thông qua ngày")?;
        dates::parse_date_prefix(&text[i + "thông qua ".len()..]).and_then(|m| m.date)
    });
    if place.as_deref() == Some("") {
        place = None;
    }
    let jurisdiction = header::jurisdiction(issuer_name.as_deref(), h.issuer_parent.as_deref(), place.as_deref(), code)
        .or_else(|| {
            // a local body named in the text ("Ủy ban nhân dân tỉnh") with no place printed: the province the
            // document names most
            // (and a commune's document, whose header names the commune only: "ỦY BAN NHÂN DÂN / XÃ TÂN THÀNH")
            issuer_name.as_deref().filter(|n| n.to_lowercase().ends_with("tỉnh") || header::is_commune_body(n)).and_then(|_| province_in_text(text))
        });
    Record {
        doc_type: h.doc_type.clone(),
        code: code.map(|c| c.normalized()),
        number: code.and_then(|c| c.number.clone()),
        symbol: code.map(|c| c.symbol.clone()),
        issuer: Issuer { name: issuer_name, parent: h.issuer_parent.clone(), jurisdiction },
        place,
        date: date.map(|d| d.iso()),
        subject: h.subject.clone(),
        recipients: h.recipients.clone(),
        signer: sig.map_or_else(Signer::default, |s| Signer { authority: s.authority, title: s.title, name: s.name }),
        cc,
        warnings,
        ..Record::default()
    }
}

/// The body that the text names as issuing it: "Ủy ban nhân dân tỉnh ban hành Kế hoạch ...",
/// "Sở Thông tin và Truyền thông đề nghị ...".
fn issuer_from_text(text: &str) -> Option<String> {
    use regex::Regex;
    use std::sync::OnceLock;
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| {
        Regex::new(r"(?:^|[,;:.]\s*)((?:Ủy ban nhân dân|UBND|Sở|Ban Thường vụ|Ban Chấp hành|Tỉnh ủy|Ban|Bộ|Hội đồng nhân dân)(?: [\p{L}&]+){0,8}?)\s+(?:\([^)]{1,20}\)\s+)?(?:ban hành|đề nghị|kính đề nghị|yêu cầu|hướng dẫn)\b").unwrap()
    });
    let head = &text[..references::floor_boundary(text, 6000)];
    re.captures(head).map(|c| c[1].trim().to_string())
}

fn province_in_text(text: &str) -> Option<String> {
    use regex::Regex;
    use std::sync::OnceLock;
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| Regex::new(r"tỉnh ((?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){0,3})").unwrap());
    let mut counts: crate::tables::HashMap<&str, usize> = Default::default();
    for c in re.captures_iter(&text[..references::floor_boundary(text, 20000)]) {
        *counts.entry(c.get(1).unwrap().as_str()).or_default() += 1;
    }
    // a name cut by a line break ("tỉnh Lào" / "Cai;" in a narrow cc column) counts for the whole name found
    // elsewhere in the text, when one name only starts so
    let names: Vec<&str> = counts.keys().copied().collect();
    for k in &names {
        let longer: Vec<&&str> = names.iter().filter(|n| n.len() > k.len() && n.starts_with(k) && n[k.len()..].starts_with(' ')).collect();
        if let [whole] = longer[..] {
            let c = counts.remove(k).unwrap_or(0);
            *counts.entry(whole).or_default() += c;
        }
    }
    counts.into_iter().max_by_key(|(k, v)| (*v, std::cmp::Reverse(*k))).map(|(k, _)| normalize::slug(k))
}

/// Fill the source of a record (done by the I/O layer, kept here so every caller builds it the same way).
pub fn with_source(mut r: Record, source: Source) -> Record {
    r.source = source;
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_chapter_after_a_blank_line_is_body() {
        // a decree whose last chapter follows a blank line and ends "... thi hành Nghị định này./.": not the closing
        // courtesy of a letter ("... đề nghị ... ./."), its articles are read
        let t = "Điều 20. Trách nhiệm của Ủy ban nhân dân cấp xã\n1. Phối hợp kiểm tra hồ sơ đề nghị cấp giấy phép.\n\nChương V\nĐIỀU KHOẢN THI HÀNH\nĐiều 23. Trách nhiệm thi hành\nCác Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị định này./.\n\nNơi nhận:\n- Như trên;\n";
        let (_, to) = body_range(t, t.len());
        assert!(t[..to].contains("Điều 23."), "{:?}", &t[..to]);
        // a letter's closing request stays out
        let t = "1. Sở Y tế triển khai thực hiện.\n\nSở Y tế đề nghị các đơn vị quan tâm phối hợp thực hiện./.\n\nNơi nhận:\n- Như trên;\n";
        let (_, to) = body_range(t, t.len());
        assert!(!t[..to].contains("đề nghị các đơn vị"), "{:?}", &t[..to]);
    }

    #[test]
    fn a_heading_in_capitals_is_no_task() {
        // VBHN 6659 (shortened): a section's title with a footnote mark, met under an article of duties
        let t = "Mục 5\nTRÁCH NHIỆM CỦA CÁC CƠ QUAN\n\nĐiều 23. Trách nhiệm của Bộ Lao động - Thương binh và Xã hội\n1. Hướng dẫn thực hiện chế độ tiền lương.\n2. Thanh tra, kiểm tra việc thực hiện Thông tư này.\nĐiều 24.78 (được bãi bỏ)\n\nMục 6\nĐIỀU KHOẢN THI HÀNH79\n\nĐiều 25. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 10 năm 2016.\n";
        let p = parse(t);
        assert!(p.record.tasks.iter().all(|x| x.text.chars().any(|c| c.is_lowercase())), "{:?}", p.record.tasks);
        assert_eq!(p.record.tasks.len(), 2, "{:?}", p.record.tasks);
    }

    #[test]
    fn an_opening_request_over_items_that_name_their_units_is_no_task() {
        // a written Công văn (cantho_cv_3318): item 1 names its unit in the paragraph under its title
        let letter = |item1: &str| {
            format!("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/SGDĐT-VP\nV/v nghỉ Tết\n\nKính gửi: Các đơn vị.\n\nSở Giáo dục và Đào tạo đề nghị các cơ quan, đơn vị triển khai thực hiện một số nội dung sau:\n\n1. Thời gian nghỉ Tết\n\n{item1}\n\n2. Văn phòng Sở đăng tải Công văn này trên Cổng Thông tin điện tử của Sở.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
        };
        let leads = |t: &str| parse(t).record.tasks.into_iter().map(|x| x.lead.join("; ")).collect::<Vec<_>>();
        assert_eq!(leads(&letter("Thủ trưởng các đơn vị chủ động điều chỉnh kế hoạch giáo dục.")), ["Thủ trưởng các đơn vị", "Văn phòng Sở"]);
        // (an item that names no one keeps the request: its units are asked)
        assert_eq!(leads(&letter("Học sinh nghỉ Tết từ ngày 01/02/2027.")), ["các cơ quan, đơn vị", "Văn phòng Sở"]);
    }

    #[test]
    fn the_body_ends_at_the_notes_beside_or_before_the_signature() {
        // a Thông tư with a report form after the signature, the form with items and a Nơi nhận of its own: the body
        // ends at the document's Nơi nhận, printed before the signature or beside it (a DOCX table flattened)
        let doc = |notes_and_signature: &str| {
            format!("BỘ XÂY DỰNG\nSố: 12/2025/TT-BXD\n\nTHÔNG TƯ\nHướng dẫn báo cáo\n\nĐiều 1. Trách nhiệm thi hành\n1. Sở Xây dựng tổng hợp, báo cáo Bộ Xây dựng trước ngày 15/12/2025.\n\n{notes_and_signature}\n\nPHỤ LỤC\nMẫu số 02\nI. TÌNH HÌNH CHUNG\n1. Sở Xây dựng báo cáo số lượng nhà chung cư.\n\nNơi nhận:\n- Như trên;\n")
        };
        let before = doc("Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn A");
        let beside = doc("Nơi nhận:                              KT. BỘ TRƯỞNG\n- Như Điều 1;                          THỨ TRƯỞNG\n- Lưu: VT.\n                                       Trần Văn A");
        for t in [before, beside] {
            let r = parse(&t).record;
            let labels: Vec<&str> = r.sections.iter().map(|s| s.label.as_str()).collect();
            assert_eq!(labels, ["Điều 1.", "1."], "{t}");
            assert_eq!(r.tasks.len(), 1, "{:?}", r.tasks);
        }
    }

    #[test]
    fn a_province_name_cut_by_a_line_break() {
        // a commune's resolution as a PDF's narrow cc column gives it (corpus/docs/laocai_nq_15.txt)
        let t = "Căn cứ Nghị quyết số 38/NQ-HĐND của Hội đồng nhân dân tỉnh Lào Cai;\n- Thường trực HĐND tỉnh Lào\nCai;\n- Ủy ban nhân dân tỉnh Lào\nCai;\n";
        assert_eq!(province_in_text(t).as_deref(), Some("lao-cai"));
    }

    #[test]
    fn a_header_laid_out_as_a_web_table() {
        // QĐ 14/2001/QĐ-UB Lâm Đồng as a legal-database page prints it: cells split by bars
        let t = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 14/2001/QĐ-UB | Đà Lạt, ngày 16 tháng 3 năm 2001 |\nQUYẾT ĐỊNH\nV/V BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP NHIỆM VỤ CHI ĐẦU TƯ XÂY DỰNG CƠ BẢN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n- Căn cứ Luật Ngân sách Nhà nước đã được Quốc hội thông qua ngày 20/3/1996;\n";
        let p = parse(t);
        assert_eq!(p.record.code.as_deref(), Some("14/2001/QĐ-UB"));
        assert_eq!(p.record.date.as_deref(), Some("2001-03-16"));
        assert_eq!(p.record.place.as_deref(), Some("Đà Lạt"));
        // a Markdown table keeps its bars
        assert!(normalize::normalize("| STT | Nhiệm vụ |\n").text.contains("| STT |"));
    }

    #[test]
    fn a_text_without_blank_lines_keeps_its_body() {
        // a decision copied from a web page, no blank line anywhere: the preamble's "Theo đề nghị của ..." and the
        // closing "./." do not make the whole text a courtesy paragraph
        let t = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 1528/QĐ-UBND\nBình Định, ngày 29 tháng 04 năm 2021\nQUYẾT ĐỊNH\nBan hành Kế hoạch thực hiện Chương trình phát triển công tác xã hội\nỦY BAN NHÂN DÂN TỈNH\nTheo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Giao Sở Lao động - Thương binh và Xã hội chủ trì tổ chức triển khai thực hiện Kế hoạch này.\nĐiều 3. Chánh Văn phòng UBND tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.\n";
        let r = parse(t).record;
        assert_eq!(r.sections.len(), 3);
        assert_eq!(r.tasks.len(), 2, "{:?}", r.tasks);
    }

    #[test]
    fn a_text_attached_after_the_signature_is_read_like_the_body() {
        // corpus/docs/dongnai_qd_27.txt, shortened: the decision, its signature, then the Quy chế it issues
        let t = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 27/2026/QĐ-UBND\nĐồng Nai, ngày 03 tháng 3 năm 2026\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\nĐiều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Công Thương, Tài chính chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVõ Văn Phi\n\nQUY CHẾ\nPhối hợp quản lý cụm công nghiệp\n(Kèm theo Quyết định số 27/2026/QĐ-UBND ngày 03 tháng 3 năm 2026)\nĐiều 1. Trách nhiệm của Sở Công Thương\n1. Chủ trì, phối hợp với các sở, ngành tham mưu quy hoạch cụm công nghiệp.\n";
        let p = parse(t);
        let leads: Vec<Vec<String>> = p.record.tasks.iter().map(|t| t.lead.clone()).collect();
        assert_eq!(leads.len(), 2, "{leads:?}");
        assert_eq!(leads[0], ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Công Thương", "Giám đốc Sở Tài chính"]);
        assert_eq!(leads[1], ["Sở Công Thương"]);
        // an appendix after the attached text ends it
        let t = "KẾ HOẠCH\n(Ban hành kèm theo Quyết định số 2150/QĐ-UBND)\n1. Sở Y tế chủ trì.\n\n                PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n";
        let a = attached_texts(t, 0, t.len());
        assert_eq!(a.len(), 1);
        assert!(t[a[0].0..a[0].1].ends_with("Sở Y tế chủ trì.\n\n"), "{:?}", &t[a[0].0..a[0].1]);
        // a form after the signature is not an attached text
        assert!(attached_texts("Mẫu số 01\nĐƠN ĐỀ NGHỊ\n(Kèm theo Nghị định số 1/2026/NĐ-CP)\n", 0, 60).is_empty());
    }

    #[test]
    fn parse_never_panics_on_odd_input() {
        for s in ["", "\0\0\0", "Số:", "Kính gửi", "ngày 99 tháng 99 năm 99999", "TM.\nKT.\n", "\u{0301}\u{0301}a"] {
            let p = parse(s);
            let _ = p.to_json();
        }
    }

    #[test]
    fn spans_on_decomposed_text() {
        use unicode_normalization::UnicodeNormalization;
        let nfc = "Thực hiện Kế hoạch số 130/KH-TU, ngày 12/03/2024 của Ban Thường vụ Tỉnh ủy; Luật Đấu thầu.";
        let nfd: String = nfc.nfd().collect();
        let p = parse(&nfd);
        assert_eq!(p.text, nfc, "the reading form is NFC");
        // Rust spans: bytes of the normalized text
        for r in &p.record.references {
            assert_eq!(&p.text[r.span[0]..r.span[1]], r.text);
        }
        // JSON spans: code points
        let chars: Vec<char> = p.text.chars().collect();
        let rec = p.record();
        assert_eq!(rec.references.len(), 2);
        for r in &rec.references {
            assert_eq!(chars[r.span[0]..r.span[1]].iter().collect::<String>(), r.text);
        }
        assert_eq!(rec.references[1].title.as_deref(), Some("Luật Đấu thầu"));
    }

    #[test]
    fn spans_are_code_points_in_json() {
        let p = parse("Căn cứ Nghị định số 45/2024/NĐ-CP ngày 12 tháng 3 năm 2024 của Chính phủ;");
        let r = p.record();
        let reference = &r.references[0];
        let chars: Vec<char> = p.text.chars().collect();
        let s: String = chars[reference.span[0]..reference.span[1]].iter().collect();
        assert_eq!(s, reference.text);
    }
}
