//! A synthetic archive of any size, from the repo's own documents (`corpus/docs/*.txt`), deterministic by seed:
//! document numbers, dates, signers' names and cited references varied, bodies grown with paragraphs of other
//! documents, some documents as PDF or DOCX, and about 1% corrupt files (binary junk, truncated PDF and DOCX,
//! text in a legacy encoding, empty files). Used by `examples/gen_archive.rs`, the bench and the tests.

use regex::Regex;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// A small deterministic generator (splitmix64): the same seed gives the same archive on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.next_u64() as usize % xs.len()]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutFormat {
    /// One .zip archive (deflate).
    Zip,
    /// A folder tree.
    Dir,
    /// A JSONL file of {"id", "text"} (text documents only).
    Jsonl,
}

#[derive(Debug, Clone)]
pub struct SynthOptions {
    pub seed: u64,
    /// Stop once this many bytes of documents are written...
    pub target_bytes: u64,
    /// ... or this many documents.
    pub max_docs: u64,
    /// Share of corrupt files.
    pub corrupt_rate: f64,
    /// Shares of PDF and DOCX documents (the rest is .txt).
    pub pdf_share: f64,
    pub docx_share: f64,
    /// Most paragraphs of other documents added to a body (0 keeps the documents small).
    pub max_extra_paragraphs: u64,
    /// The folder of template documents.
    pub templates: PathBuf,
}

impl Default for SynthOptions {
    fn default() -> Self {
        SynthOptions {
            seed: 1,
            target_bytes: 10 * 1024 * 1024,
            max_docs: u64::MAX,
            corrupt_rate: 0.01,
            pdf_share: 0.0,
            docx_share: 0.0,
            max_extra_paragraphs: 12,
            templates: default_templates(),
        }
    }
}

/// `corpus/docs` of this repository.
pub fn default_templates() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/docs")
}

#[derive(Debug, Clone, Default)]
pub struct SynthStats {
    pub docs: u64,
    pub bytes: u64,
    pub pdf: u64,
    pub docx: u64,
    /// Names (entry names, relative paths, or JSONL ids) of the corrupt documents.
    pub corrupt: Vec<String>,
}

struct Templates {
    docs: Vec<String>,
    paragraphs: Vec<String>,
}

fn load_templates(dir: &Path) -> std::io::Result<Templates> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut docs = vec![];
    for p in paths {
        docs.push(std::fs::read_to_string(&p)?.replace("\r\n", "\n"));
    }
    if docs.is_empty() {
        return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("no .txt documents in {}", dir.display())));
    }
    let paragraphs = docs
        .iter()
        .flat_map(|d| d.split("\n\n"))
        .map(str::trim)
        .filter(|p| p.len() > 120 && !p.starts_with("Nơi nhận") && p.chars().any(|c| c.is_lowercase()))
        .map(str::to_string)
        .collect();
    Ok(Templates { docs, paragraphs })
}

struct Varier {
    code: Regex,
    year_in_code: Regex,
    date_words: Regex,
    date_slash: Regex,
    name_line: Regex,
    comrade: Regex,
    body_start: Regex,
    signature: Regex,
}

impl Varier {
    fn new() -> Self {
        Varier {
            code: Regex::new(r"\b(\d{1,5})((?:/\d{4})?[-/]?\p{Lu}+(?:[-/]\p{Lu}[\p{Lu}\d]*)+)").unwrap(),
            year_in_code: Regex::new(r"^/(\d{4})/").unwrap(),
            date_words: Regex::new(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})").unwrap(),
            date_slash: Regex::new(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b").unwrap(),
            name_line: Regex::new(r"(?m)^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}$").unwrap(),
            comrade: Regex::new(r"đồng chí \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}").unwrap(),
            body_start: Regex::new(r"(?m)^(?:Căn cứ|Thực hiện|Theo |I\. |Điều 1\.|1\. )").unwrap(),
            signature: Regex::new(r"(?m)^(?:TM\.|T/M|T\.M\.|KT\.|TL\.|TUQ\.|Q\.|Nơi nhận)").unwrap(),
        }
    }
}

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
];
const MIDDLES: &[&str] = &["Văn", "Thị", "Minh", "Hữu", "Đức", "Thanh", "Ngọc", "Quang", "Xuân", "Hoàng", "Thế", "Kim"];
const GIVENS: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Hòa", "Hùng", "Khôi", "Lộc", "Long", "Mai", "Nam", "Phong", "Quân", "Sơn", "Tâm",
    "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "Hạnh", "Thủy", "Phúc", "Đạt",
];

/// (kind, code pattern with {n} and {y}, issuer)
const REFS: &[(&str, &str, &str)] = &[
    ("Nghị định", "{n}/{y}/NĐ-CP", "Chính phủ"),
    ("Thông tư", "{n}/{y}/TT-BTC", "Bộ Tài chính"),
    ("Thông tư", "{n}/{y}/TT-BNV", "Bộ Nội vụ"),
    ("Quyết định", "{n}/QĐ-TTg", "Thủ tướng Chính phủ"),
    ("Quyết định", "{n}/QĐ-UBND", "Ủy ban nhân dân tỉnh"),
    ("Kế hoạch", "{n}/KH-UBND", "Ủy ban nhân dân tỉnh"),
    ("Nghị quyết", "{n}-NQ/TU", "Tỉnh ủy"),
    ("Chỉ thị", "{n}-CT/TW", "Ban Bí thư"),
    ("Công văn", "{n}/BTTTT-CBC", "Bộ Thông tin và Truyền thông"),
    ("Nghị quyết", "{n}/{y}/NQ-HĐND", "Hội đồng nhân dân tỉnh"),
    ("Hướng dẫn", "{n}-HD/BTGTW", "Ban Tuyên giáo Trung ương"),
];
const TOPICS: &[&str] = &[
    "quy định chi tiết một số điều của Luật Ngân sách nhà nước",
    "tăng cường công tác chuyển đổi số trong cơ quan nhà nước",
    "phát triển kinh tế tập thể, hợp tác xã",
    "công tác phòng, chống thiên tai và tìm kiếm cứu nạn",
    "đẩy mạnh cải cách hành chính giai đoạn 2021 - 2030",
    "quản lý, sử dụng tài sản công",
    "thực hiện chính sách hỗ trợ người lao động",
    "công tác tuyên truyền, phổ biến, giáo dục pháp luật",
    "bảo đảm an toàn giao thông trên địa bàn tỉnh",
    "xây dựng nông thôn mới nâng cao",
];

fn name(rng: &mut Rng) -> String {
    format!("{} {} {}", rng.pick(SURNAMES), rng.pick(MIDDLES), rng.pick(GIVENS))
}

fn day_month(rng: &mut Rng) -> (u64, u64) {
    (rng.range(1, 28), rng.range(1, 12))
}

fn reference_sentence(rng: &mut Rng) -> String {
    let (kind, pat, issuer) = *rng.pick(REFS);
    let y = rng.range(2010, 2025);
    let code = pat.replace("{n}", &rng.range(1, 2999).to_string()).replace("{y}", &y.to_string());
    let (d, m) = day_month(rng);
    let role = if rng.chance(0.5) { "Căn cứ" } else { "Thực hiện" };
    format!("{role} {kind} số {code} ngày {d} tháng {m} năm {y} của {issuer} về {};", rng.pick(TOPICS))
}

/// One synthetic document, as text.
fn make_text(rng: &mut Rng, t: &Templates, v: &Varier, max_extra: u64) -> String {
    let mut doc = rng.pick(&t.docs[..]).clone();
    // grow the body with paragraphs of the other documents, before the signature
    let k = if max_extra == 0 { 0 } else { rng.range(0, max_extra).min(rng.range(0, max_extra)) };
    if k > 0 && !t.paragraphs.is_empty() {
        let mut extra = String::new();
        for _ in 0..k {
            extra.push_str(rng.pick(&t.paragraphs[..]).as_str());
            extra.push_str("\n\n");
        }
        let at = v.signature.find(&doc).map(|m| m.start()).unwrap_or(doc.len());
        doc.insert_str(at, &extra);
    }
    // more references at the start of the body
    let nrefs = rng.range(0, 3);
    if nrefs > 0 {
        let refs: Vec<String> = (0..nrefs).map(|_| reference_sentence(rng)).collect();
        let para = refs.join("\n\n") + "\n\n";
        let at = v.body_start.find(&doc).map(|m| m.start()).unwrap_or(doc.len());
        doc.insert_str(at, &para);
    }
    let doc = v.code.replace_all(&doc, |c: &regex::Captures| {
        let rest = &c[2];
        let rest = match v.year_in_code.captures(rest) {
            Some(y) => format!("/{}/{}", rng.range(2010, 2025), &rest[y[0].len()..]),
            None => rest.to_string(),
        };
        format!("{}{}", rng.range(1, 2999), rest)
    });
    let doc = v.date_words.replace_all(&doc, |_: &regex::Captures| {
        let (d, m) = day_month(rng);
        format!("ngày {d:02} tháng {m} năm {}", rng.range(2015, 2025))
    });
    let doc = v.date_slash.replace_all(&doc, |_: &regex::Captures| {
        let (d, m) = day_month(rng);
        format!("{d:02}/{m:02}/{}", rng.range(2015, 2025))
    });
    let doc = v.name_line.replace_all(&doc, |_: &regex::Captures| name(rng));
    let doc = v.comrade.replace_all(&doc, |_: &regex::Captures| format!("đồng chí {}", name(rng)));
    doc.into_owned()
}

/// A PDF of the text: a Type0 font with Identity-H encoding and a ToUnicode map (CID = Unicode code point), no
/// embedded font program; lines wrapped at 90 characters, 60 lines a page.
pub fn pdf_bytes(text: &str) -> Vec<u8> {
    let mut lines: Vec<String> = vec![];
    for l in text.lines() {
        let mut cur = String::new();
        for w in l.split(' ') {
            if cur.chars().count() + w.chars().count() + 1 > 90 && !cur.is_empty() {
                lines.push(std::mem::take(&mut cur));
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(w);
        }
        lines.push(cur);
    }
    let pages: Vec<&[String]> = lines.chunks(60).collect();
    let npages = pages.len().max(1);
    // objects: 1 catalog, 2 pages, 3 font, 4 cid font, 5 tounicode, then (page, content) pairs
    let mut objs: Vec<Vec<u8>> = vec![];
    let kids: Vec<String> = (0..npages).map(|i| format!("{} 0 R", 6 + 2 * i)).collect();
    objs.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objs.push(format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), npages).into_bytes());
    objs.push(b"<< /Type /Font /Subtype /Type0 /BaseFont /ArialMT /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>".to_vec());
    objs.push(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialMT /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /CIDToGIDMap /Identity >>".to_vec());
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in (0u32..256).collect::<Vec<_>>().chunks(100) {
        cmap.push_str(&format!("{} beginbfrange\n", chunk.len()));
        for hi in chunk {
            cmap.push_str(&format!("<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>\n"));
        }
        cmap.push_str("endbfrange\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    objs.push(stream(cmap.as_bytes()));
    let empty: Vec<String> = vec![];
    let pages: Vec<&[String]> = if pages.is_empty() { vec![&empty[..]] } else { pages };
    for (i, page) in pages.iter().enumerate() {
        let mut c = String::from("BT /F1 10 Tf 12 TL 40 800 Td\n");
        for l in page.iter() {
            c.push('<');
            for ch in l.chars() {
                let u = ch as u32;
                if u <= 0xFFFF {
                    c.push_str(&format!("{u:04X}"));
                }
            }
            c.push_str("> Tj T*\n");
        }
        c.push_str("ET\n");
        let content_id = 7 + 2 * i;
        objs.push(
            format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>")
                .into_bytes(),
        );
        objs.push(stream(c.as_bytes()));
    }
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = vec![];
    for (i, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).as_bytes());
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objs.len() + 1).as_bytes());
    out
}

fn stream(data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A minimal DOCX of the text: one paragraph a line.
pub fn docx_bytes(text: &str) -> Vec<u8> {
    let mut body = String::new();
    for l in text.lines() {
        body.push_str(&format!("<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>", xml_escape(l)));
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let o = zip::write::SimpleFileOptions::default().last_modified_time(zip::DateTime::default());
        for (n, c) in [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document.as_str())] {
            z.start_file(n, o).expect("zip in memory");
            z.write_all(c.as_bytes()).expect("zip in memory");
        }
        z.finish().expect("zip in memory");
    }
    buf.into_inner()
}

/// A corrupt file: (extension, bytes).
fn corrupt(rng: &mut Rng, text: &str) -> (&'static str, Vec<u8>) {
    match rng.range(0, 4) {
        0 => ("txt", (0..rng.range(200, 4000)).map(|_| rng.next_u64() as u8).chain([0u8]).collect()),
        1 => {
            // (cut before the first content stream: a PDF cut after whole pages is read in part by the recovery,
            // and a long document's first third holds some: corrupt files must fail)
            let pdf = pdf_bytes(text);
            let first_stream = pdf.windows(6).position(|w| w == b"stream").unwrap_or(pdf.len() / 3).clamp(21, pdf.len() / 3 + 21);
            let cut = rng.range(20, first_stream as u64) as usize;
            ("pdf", pdf[..cut].to_vec())
        }
        2 => {
            // a legacy 8-bit encoding: Vietnamese letters as single high bytes (not UTF-8)
            let b: Vec<u8> = text.chars().map(|c| if c.is_ascii() { c as u8 } else { 0xB8 + (c as u32 % 40) as u8 }).collect();
            ("txt", b)
        }
        3 => ("txt", Vec::new()),
        _ => {
            let d = docx_bytes(text);
            let cut = rng.range(10, (d.len() / 2) as u64) as usize;
            ("docx", d[..cut].to_vec())
        }
    }
}

enum Sink {
    Zip(zip::ZipWriter<BufWriter<std::fs::File>>),
    Dir(PathBuf),
    Jsonl(BufWriter<std::fs::File>),
}

impl Sink {
    fn add(&mut self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Sink::Zip(z) => {
                let o = zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Deflated)
                    .compression_level(Some(1))
                    .last_modified_time(zip::DateTime::default());
                z.start_file(name, o).map_err(std::io::Error::other)?;
                z.write_all(bytes)
            }
            Sink::Dir(d) => {
                let p = d.join(name);
                if let Some(parent) = p.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(p, bytes)
            }
            Sink::Jsonl(w) => unreachable!("{w:p}"),
        }
    }
}

/// Writes a synthetic archive to `out` (a .zip file, a folder, or a .jsonl file).
pub fn generate(opts: &SynthOptions, out: &Path, format: OutFormat) -> std::io::Result<SynthStats> {
    let t = load_templates(&opts.templates)?;
    let v = Varier::new();
    let mut rng = Rng::new(opts.seed);
    let mut sink = match format {
        OutFormat::Zip => Sink::Zip(zip::ZipWriter::new(BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?))),
        OutFormat::Dir => {
            std::fs::create_dir_all(out)?;
            Sink::Dir(out.to_path_buf())
        }
        OutFormat::Jsonl => Sink::Jsonl(BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?)),
    };
    let mut st = SynthStats::default();
    while st.bytes < opts.target_bytes && st.docs < opts.max_docs {
        let i = st.docs;
        let text = make_text(&mut rng, &t, &v, opts.max_extra_paragraphs);
        let stem = format!("{:04}/{:07}", i / 1000, i);
        if let Sink::Jsonl(w) = &mut sink {
            let id = format!("doc-{i:07}");
            let line = if rng.chance(opts.corrupt_rate) {
                st.corrupt.push(id.clone());
                if rng.chance(0.5) {
                    // a line cut short: not JSON
                    let full = serde_json::json!({"id": id, "text": text}).to_string();
                    full[..full.len() / 2].to_string()
                } else {
                    serde_json::json!({"id": id, "text": ""}).to_string()
                }
            } else {
                serde_json::json!({"id": id, "text": text}).to_string()
            };
            w.write_all(line.as_bytes())?;
            w.write_all(b"\n")?;
            st.bytes += line.len() as u64 + 1;
            st.docs += 1;
            continue;
        }
        let (ext, bytes) = if rng.chance(opts.corrupt_rate) {
            let (ext, b) = corrupt(&mut rng, &text);
            st.corrupt.push(format!("{stem}.{ext}"));
            (ext, b)
        } else if rng.chance(opts.pdf_share) {
            st.pdf += 1;
            ("pdf", pdf_bytes(&text))
        } else if rng.chance(opts.docx_share) {
            st.docx += 1;
            ("docx", docx_bytes(&text))
        } else {
            ("txt", text.into_bytes())
        };
        sink.add(&format!("{stem}.{ext}"), &bytes)?;
        st.bytes += bytes.len() as u64;
        st.docs += 1;
    }
    match sink {
        Sink::Zip(z) => {
            z.finish().map_err(std::io::Error::other)?.flush()?;
        }
        Sink::Jsonl(mut w) => w.flush()?,
        Sink::Dir(_) => {}
    }
    Ok(st)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_varied() {
        let t = load_templates(&default_templates()).unwrap();
        let v = Varier::new();
        let a: Vec<String> = {
            let mut r = Rng::new(7);
            (0..20).map(|_| make_text(&mut r, &t, &v, 6)).collect()
        };
        let b: Vec<String> = {
            let mut r = Rng::new(7);
            (0..20).map(|_| make_text(&mut r, &t, &v, 6)).collect()
        };
        assert_eq!(a, b);
        let distinct: std::collections::HashSet<&String> = a.iter().collect();
        assert_eq!(distinct.len(), 20);
        // the varied documents still parse into records with codes and references
        let with_code = a.iter().filter(|d| vanban_core::parse(d).record.code.is_some()).count();
        assert!(with_code >= 18, "{with_code}");
    }

    #[test]
    fn pdf_is_well_formed() {
        let p = pdf_bytes("Số: 12/KH-UBND\nKẾ HOẠCH\n");
        assert!(p.starts_with(b"%PDF-1.7") && p.ends_with(b"%%EOF\n"));
        let s = String::from_utf8_lossy(&p);
        let xref: usize = s.rsplit("startxref\n").next().unwrap().lines().next().unwrap().parse().unwrap();
        assert!(p[xref..].starts_with(b"xref"));
        assert!(s.contains("/Contents 7 0 R"));
    }
}
