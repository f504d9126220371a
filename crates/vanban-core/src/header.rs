//! The header: issuer (cơ quan ban hành) and its parent, số/ký hiệu, place and date (địa danh, ngày tháng),
//! type name and trích yếu (subject), and Kính gửi (recipients).
//!
//! Works on [`crate::layout::cells`], so two-column headers read the same whether the columns come interleaved or
//! one after the other. Consolidated texts (văn bản hợp nhất) carry their code, issuer, place and date in the
//! "XÁC THỰC VĂN BẢN HỢP NHẤT" block at the end; it is read the same way.

use crate::code::{parse_code_blank_ok, Code};
use crate::dates::{parse_date_prefix, PartialDate};
use crate::layout::{is_motto, Cell};
use crate::normalize::{is_upper_line, slug, upper_contains_x};
use crate::tables::{canonical_type, issuer_for_abbrev, Scope};
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Default)]
pub struct Header {
    pub doc_type: Option<String>,
    pub code: Option<Code>,
    pub issuer_name: Option<String>,
    pub issuer_parent: Option<String>,
    pub jurisdiction: Option<String>,
    pub place: Option<String>,
    pub date: Option<PartialDate>,
    pub subject: Option<String>,
    pub recipients: Vec<String>,
    /// Index of the first cell after the header (where the body starts).
    pub body_start: usize,
    /// True when the document is a letter (V/v subject).
    pub letter: bool,
}

fn re_code_line() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    // "Số:", "Số", "Luật số:", "Nghị quyết số:" at the start of a cell
    R.get_or_init(|| Regex::new(r"^(?:[\p{L}]+\s+){0,3}?[Ss][ốỐ]\s*:?\s*").unwrap())
}

/// "Hà Nội, ngày ...": the place (2 to 41 characters) and "ngày". Written without a Unicode `\b` after "ngày" (it
/// makes the regex crate's lazy DFA give up at the first non-ASCII byte) and without a bound on the place (a bounded
/// repetition of `\p{L}` is a regex of thousands of states): the next character is captured (`wend`) and the
/// place's length checked by [`place_date`], as the bounded pattern had them.
fn re_place_date() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^([\p{L}][\p{L} .'-]+?)\s*,\s*(?:ngày|Ngày)(?P<wend>\W|$)").unwrap())
}

/// The place and where its date starts (at "ngày"), on a cell that holds "ngày"/"Ngày" (the pattern cannot match
/// elsewhere; most cells are passed over by the substring test).
fn place_date(t: &str) -> Option<(&str, usize)> {
    if !t.contains("gày") {
        return None;
    }
    // (after the star under a Party issuer, run into the line by a PDF: "* Hưng Yên, ngày 22 tháng 4 năm 2025")
    let star = t.len() - t.trim_start_matches(STAR).len();
    let c = re_place_date().captures(&t[star..])?;
    let place = c.get(1)?.as_str();
    if place.chars().count() > 41 {
        return None;
    }
    // ("ngày" and "Ngày" are both 5 bytes)
    let end = c.name("wend").map_or(c.get(0)?.end(), |w| w.start());
    Some((place, star + end - "ngày".len()))
}

/// The star printed under a Party issuer's name, and the spaces around it, when a PDF runs it into the other column's
/// line ("* năm 2025", "* Hưng Yên, ngày ...").
const STAR: [char; 3] = ['*', ' ', '\t'];

fn is_place_date(t: &str) -> bool {
    place_date(t).is_some()
}

fn re_stop_subject() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        // words that open a body paragraph, never a wrapped line of a subject (which goes on in lower case)
        Regex::new(
            r"^(?:Căn cứ|Thực hiện|Kính gửi|Theo |Xét|Trên cơ sở|Để |Nhằm |Thời gian qua|Vừa qua|Hiện nay|Sau khi|Tại (?:phiên|cuộc|kỳ|buổi|Hội nghị)|Điều \d|Chương [IVXLC\d]|Phần|[IVX]+\.\s|\d+\.\s|Hà Nội, ngày|-\s|(?:Sáng |Chiều |Tối |Vào )?Ngày \d|(?:Sáng|Chiều|Tối|Vào) ngày \d)",
        )
        .unwrap()
    })
}

/// A line that opens with a text cited by its number: "Thông tư số 12/2021/TT-BNNPTNT ngày ...".
fn re_cited_text_line() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^(?:Thông tư|Nghị định|Quyết định|Nghị quyết|Thông tư liên tịch|Pháp lệnh|Luật) số \d").unwrap())
}

fn re_strong_stop() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^(?:Căn cứ|Kính gửi|Điều \d|Chương [IVXLC\d])").unwrap())
}

const STOP_WORDS_HEADER: [&str; 6] = ["Căn cứ", "Thực hiện", "Kính gửi", "Theo đề nghị", "Điều 1", "Chương I"];

/// Parse the header from the cells of a document.
pub fn parse_header(cells: &[Cell]) -> Header {
    let mut h = Header::default();
    let content: Vec<usize> = (0..cells.len()).filter(|&i| !cells[i].furniture).collect();
    // The header region: up to the first body cue, at most 60 cells.
    let region_end = content
        .iter()
        .position(|&i| STOP_WORDS_HEADER.iter().any(|w| cells[i].text.starts_with(w)))
        .unwrap_or(content.len())
        .min(60);
    let region = &content[..region_end];

    // 1. Code line, in the header region, else in a consolidation block.
    let mut code_pos = find_code_cell(cells, region);
    if code_pos.is_none() {
        if let Some(p) = content.iter().position(|&i| upper_contains_x(cells[i].text, "XÁC THỰC VĂN BẢN HỢP NHẤT")) {
            let from = p.saturating_sub(8);
            let to = (p + 8).min(content.len());
            code_pos = find_code_cell(cells, &content[from..to]).map(|(k, c)| (k + from, c));
            if code_pos.is_some() {
                h.doc_type = Some("Văn bản hợp nhất".into());
            }
        }
    }
    let code_k = code_pos.as_ref().map(|(k, _)| *k);
    if let Some((_, c)) = code_pos {
        if c.symbol.starts_with("VBHN") {
            h.doc_type = Some("Văn bản hợp nhất".into());
        }
        h.code = Some(c);
    }

    // 2. Issuer lines: the uppercase cells just before the code cell (or at the top of the document).
    let issuer_end = code_k.unwrap_or_else(|| region.iter().position(|&i| is_type_heading(cells[i].text)).unwrap_or(0));
    let mut lines: Vec<&str> = Vec::new();
    let mut k = issuer_end;
    while k > 0 {
        k -= 1;
        let c = &cells[content[k]];
        if is_motto(c.text) || c.text.starts_with('(') {
            continue;
        }
        // the motto wrapped: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM" on a line of its own
        if MOTTO_TAILS.contains(&c.text.trim()) && motto_wrapped(cells, &content[..issuer_end]) {
            continue;
        }
        if upper_contains_x(c.text, "XÁC THỰC") {
            continue;
        }
        // (a place and date line is never the issuer's, nor is the year a narrow cell wrapped: the other column's date
        // beside the star under a Party issuer, "*   Nam Định, ngày 10 tháng 01 năm 2025" (namdinh_hd_14), or the star
        // run into it by a PDF, "* Nam Định, ngày ...", "Hưng Yên, ngày 22 tháng 4" / "* năm 2025")
        let ct = c.text.trim();
        // (or the year alone: "* Hà Tĩnh, ngày 24 tháng 3 năm" / "2025", hatinh_qdi_07's PDF)
        let year_line = year_words(ct, true).is_some_and(|n| n == ct.len()) || is_year_cell(ct);
        if place_date(c.text).is_some() || year_line {
            continue;
        }
        if is_upper_line(c.text) && !is_type_heading(c.text) && !c.text.contains(':') {
            // in an interleaved layout, the issuer is the left column
            if c.ncols > 1 && c.col > 0 {
                continue;
            }
            lines.push(c.text);
            if lines.len() >= 4 {
                break;
            }
            continue;
        }
        break;
    }
    lines.reverse();
    let (parent, name) = issuer_from_lines(&lines);
    h.issuer_parent = parent;
    h.issuer_name = name;

    // 3. Place and date: the first place-date cell near the code line (or in the header region).
    // (the cell of the date's wrapped year and the length of the year's words at its start: the whole cell, or "năm
    // 2025" before the subject's next words)
    let mut wrapped_year: Option<(usize, usize)> = None;
    let pd_range: Vec<usize> = match code_k {
        Some(k) => content[k.saturating_sub(6)..(k + 8).min(content.len())].to_vec(),
        None => region.to_vec(),
    };
    for &i in &pd_range {
        let t = cells[i].text;
        if let Some((place, date_at)) = place_date(t) {
            let place = place.trim().to_string();
            if place.split_whitespace().count() > 6 {
                continue;
            }
            // the date may wrap onto the next cell(s): join a few
            let mut s = t[date_at..].to_string();
            for &j in content.iter().skip_while(|&&j| j != i).skip(1).take(2) {
                s.push(' ');
                // ("Hưng Yên, ngày 22 tháng 4" / "* năm 2025": the star of the left column before the wrapped year)
                s.push_str(cells[j].text.trim_start_matches(STAR));
            }
            h.date = parse_date_prefix(&s).and_then(|m| m.date);
            // (the year that completed it, a cell of its own next, is the date's and no one else's: "Hà Nội, ngày 16
            // tháng 7 năm" / "2026" / the V/v subject's next line)
            let next = content.iter().skip_while(|&&j| j != i).nth(1).copied();
            if h.date.is_some() && parse_date_prefix(&t[date_at..]).and_then(|m| m.date).is_none() {
                // ("Bình Thuận, ngày 08 tháng 4" / "năm 2025 thực hiện chính sách ...": the year's words run into the V/v
                // subject's next line, as a PDF of a Word table gives it)
                let ends_nam = t[date_at..].trim_end().ends_with("năm");
                wrapped_year = next.and_then(|j| {
                    let c = cells[j].text;
                    if is_year_cell(c) { Some((j, c.len())) } else { year_words(c, !ends_nam).map(|n| (j, n)) }
                });
            }
            // a day and a month printed but no year: the year wrapped onto a line of its own, interleaved with the
            // other column ("Ninh Thuận, ngày 15 tháng 10 năm" / "2024"); a blank date ("ngày tháng năm") waits for
            // no year
            let has_numbers = t[date_at..].chars().any(|c| c.is_ascii_digit());
            if h.date.is_none() && has_numbers {
                if let Some(&y) = content.iter().skip_while(|&&j| j != i).skip(1).take(4).find(|&&j| is_year_cell(cells[j].text)) {
                    let joined = format!("{} {}", &t[date_at..], cells[y].text.trim());
                    if let Some(d) = parse_date_prefix(&joined).and_then(|m| m.date) {
                        h.date = Some(d);
                        wrapped_year = Some((y, cells[y].text.len()));
                    }
                }

            }
            h.place = Some(place);
            break;
        }
    }

    // 4. Type heading and subject, or V/v subject.
    let mut body_k = code_k.map_or(0, |k| k + 1);
    let heading = region.iter().position(|&i| is_type_heading(cells[i].text));
    if let Some(hk) = heading {
        let t = cells[region[hk]].text;
        if h.doc_type.is_none() {
            h.doc_type = heading_type(t.trim_end_matches(':')).map(String::from);
        }
        let (subject, next) = subject_after(cells, &content, hk + 1);
        h.subject = subject;
        body_k = body_k.max(next);
    }
    if let Some(vk) = region.iter().position(|&i| starts_with_vv(cells[i].text)) {
        let (subject, next) = vv_subject(cells, &content, vk, wrapped_year);
        if h.subject.is_none() {
            h.subject = subject;
        }
        h.letter = true;
        body_k = body_k.max(next);
    }

    // 5. Kính gửi (or a Công điện's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" over its addressees).
    if let Some(kk) = content.iter().take(region_end + 3).position(|&i| cells[i].text.starts_with("Kính gửi") || addressee_line(cells[i].text)) {
        let (rec, next) = recipients(cells, &content, kk);
        h.recipients = rec;
        body_k = body_k.max(next);
        h.letter = true;
    }

    // 6. Type from the code, or a letter.
    if h.doc_type.is_none() {
        h.doc_type = h.code.as_ref().and_then(|c| c.doc_type()).map(String::from);
    }
    if h.doc_type.is_none() && h.letter {
        h.doc_type = Some("Công văn".into());
    }
    if h.doc_type.is_none() && code_k.is_some_and(|k| cells[content[k]].text.starts_with("Luật")) {
        h.doc_type = Some("Luật".into());
    }
    h.body_start = content.get(body_k).copied().unwrap_or(cells.len());
    h
}

fn find_code_cell(cells: &[Cell], idx: &[usize]) -> Option<(usize, Code)> {
    for (k, &i) in idx.iter().enumerate() {
        let t = cells[i].text;
        let Some(m) = re_code_line().find(t) else { continue };
        let mut rest = &t[m.end()..];
        if rest.trim().is_empty() {
            // "Số:   15/2026/NQ-CP": the run of spaces split the line into two cells
            match idx.get(k + 1).map(|&j| &cells[j]) {
                Some(next) if next.line == cells[i].line => rest = next.text,
                _ => continue,
            }
        }
        // "Số: 12/KH-UBND" and "Số:    /STTTT" but not "Số 202/TTr-X ngày ..." (a reference in running text)
        if let Some(cm) = parse_code_blank_ok(rest) {
            let tail = rest[cm.end..].trim();
            if tail.is_empty() || tail.starts_with('(') {
                return Some((k, cm.code));
            }
        }
    }
    None
}

/// Whether the header's motto line stops short of "VIỆT NAM" (so a lone "VIỆT NAM" line is its end, not part of the
/// issuer's name as in "NGÂN HÀNG NHÀ NƯỚC" / "VIỆT NAM").
fn motto_wrapped(cells: &[Cell], idx: &[usize]) -> bool {
    idx.iter().any(|&i| {
        let u = cells[i].text.trim().to_uppercase();
        (u.starts_with("CỘNG HÒA XÃ HỘI") || u.starts_with("CỘNG HOÀ XÃ HỘI")) && !u.contains("VIỆT NAM")
    })
}

/// The end of a wrapped motto on a line of its own: "VIỆT NAM", "NGHĨA VIỆT NAM" (after "... XÃ HỘI CHỦ"), "CHỦ
/// NGHĨA VIỆT NAM".
const MOTTO_TAILS: [&str; 3] = ["VIỆT NAM", "NGHĨA VIỆT NAM", "CHỦ NGHĨA VIỆT NAM"];

/// Issuer from the uppercase header lines: the last is the issuer, the one before its parent. Lines that wrap
/// ("BỘ LAO ĐỘNG -" / "THƯƠNG BINH VÀ XÃ HỘI") are joined first.
fn issuer_from_lines(lines: &[&str]) -> (Option<String>, Option<String>) {
    let mut joined: Vec<String> = Vec::new();
    for l in lines {
        let l = l.trim();
        let cont = joined.last().is_some_and(|p: &String| {
            p.ends_with('-')
                || p.ends_with(',')
                || p.ends_with(" VÀ")
                || l.starts_with("VÀ ")
                || l.starts_with('-')
                // "ỦY BAN NHÂN DÂN" / "TỈNH BÌNH ĐỊNH", "NGÂN HÀNG NHÀ NƯỚC" / "VIỆT NAM"
                || (PLACE_WORDS.iter().any(|w| l.starts_with(w)) && !PLACE_WORDS.iter().any(|w| p.contains(w.trim())))
                // "ỦY BAN NHÂN DÂN THÀNH" / "PHỐ HỒ CHÍ MINH" (a PDF's narrow cell): a two-word term cut at its space
                || SPLIT_TERMS.iter().any(|(a, b)| p.ends_with(a) && l.starts_with(b))
                // "BỘ KHOA HỌC VÀ CÔNG" / "NGHỆ" (a PDF's narrow cell): one word names no body of its own
                || (!l.contains(char::is_whitespace) && l.chars().count() <= 12 && l.chars().all(char::is_alphabetic))
        });
        if joined.last().is_some_and(|p| squash(p) == squash(l)) {
            continue;
        }
        if cont {
            let p = joined.last_mut().unwrap();
            p.push(' ');
            p.push_str(l);
        } else {
            joined.push(l.to_string());
        }
    }
    // a gazette repeats the issuer as a section heading: keep one
    joined.dedup_by(|a, b| squash(a) == squash(b));
    // (also when the two are wrapped at different words: "BỘ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG" over "BỘ NÔNG NGHIỆP" / "VÀ
    // MÔI TRƯỜNG", a PDF's narrow column)
    if let Some(k) = (1..joined.len()).find(|&k| squash(&joined[..k].concat()) == squash(&joined[k..].concat())) {
        joined.drain(..k);
    }
    match joined.len() {
        0 => (None, None),
        1 => (None, Some(joined.remove(0))),
        2 => {
            let name = joined.pop();
            (joined.pop(), name)
        }
        _ => {
            let parent = joined.remove(0);
            (Some(parent), Some(joined.join(" ")))
        }
    }
}

/// Two-word terms of a header that a narrow cell cuts at their space: a line ending with the first word goes on on the
/// next line that opens with the second. (Not "ỦY" / "BAN": "TỈNH ỦY" over "BAN TUYÊN GIÁO" is a parent and its body.)
const SPLIT_TERMS: [(&str, &str); 4] = [(" THÀNH", "PHỐ "), (" THỊ", "XÃ "), (" THỊ", "TRẤN "), (" NHÂN", "DÂN ")];

const PLACE_WORDS: [&str; 7] = ["TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "XÃ ", "PHƯỜNG ", "VIỆT NAM"];

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A type heading: "KẾ HOẠCH", "THÔNG TƯ", "NGHỊ ĐỊNH", ... alone on its cell, in capitals.
pub fn is_type_heading(t: &str) -> bool {
    let t = t.trim();
    is_upper_line(t) && !t.ends_with(':') && heading_type(t).is_some()
}

/// The type a heading names: "KẾ HOẠCH" -> "Kế hoạch"; also with the words that qualify a type in a heading,
/// "CHƯƠNG TRÌNH HÀNH ĐỘNG" -> "Chương trình", "KẾ HOẠCH LIÊN NGÀNH" -> "Kế hoạch".
fn heading_type(t: &str) -> Option<&'static str> {
    const QUALIFIERS: [&str; 4] = [" HÀNH ĐỘNG", " CÔNG TÁC", " LIÊN NGÀNH", " PHỐI HỢP"];
    canonical_type(t).or_else(|| QUALIFIERS.iter().find_map(|q| t.trim_end().strip_suffix(q)).and_then(canonical_type))
}

fn starts_with_vv(t: &str) -> bool {
    let l = t.trim_start();
    l.starts_with("V/v") || l.starts_with("V/V") || l.starts_with("v/v") || l.starts_with("Về việc")
}

/// Subject lines after a type heading. Returns the subject and the content index after it.
fn subject_after(cells: &[Cell], content: &[usize], from: usize) -> (Option<String>, usize) {
    let mut parts: Vec<&str> = Vec::new();
    let mut k = from;
    let mut upper_subject = None;
    while k < content.len() && parts.len() < 16 {
        let c = &cells[content[k]];
        let t = c.text;
        // the first line may itself start like a preamble ("Thực hiện thí điểm ...": a decree's title)
        let stop = if parts.is_empty() { re_strong_stop().is_match(t) } else { re_stop_subject().is_match(t) };
        // "Hướng dẫn giám sát dịch bệnh ... động vật" / "Thông tư số 12/2021/TT-BNNPTNT ngày ... được sửa đổi, bổ sung
        // bởi:": a consolidated text's note on what it consolidates (a subject wrapped before a cited text leaves its
        // phrase open: "... một số điều của" / "Thông tư số ...")
        // (only under a consolidated text's header: "Hướng dẫn thi hành" / "Nghị định số 15/2020/NĐ-CP" is one subject)
        let consolidation_note = re_cited_text_line().is_match(t)
            && parts.last().is_some_and(|p| !["của", "theo", "tại", "và", "số"].contains(&p.rsplit(' ').next().unwrap_or("")))
            && cells[..content[k]].iter().any(|c| c.text.contains("HỢP NHẤT"));
        if stop || consolidation_note || is_motto(t) || is_place_date(t) {
            break;
        }
        if c.ncols > 1 && c.col > 0 {
            k += 1;
            continue;
        }
        if addressee_line(t) {
            break;
        }
        let up = is_upper_line(t);
        // "VỀ VIỆC BAN HÀNH QUY CHẾ ..." / "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG": the enacting body's line after a
        // subject in capitals (unless the subject's last line leaves its phrase open: "... CỦA" / "ỦY BAN NHÂN DÂN TỈNH")
        if up && parts.last().is_some_and(|p| !upper_phrase_open(p)) && enacting_line(t) {
            break;
        }
        match upper_subject {
            None => upper_subject = Some(up),
            // "CHÍNH PHỦ" / "BỘ TRƯỞNG BỘ ..." voice line after a mixed-case subject, or the consolidation note
            // after a subject in capitals
            // ... but "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề kết quả ..." goes on in lower case
            // (and from there on the subject is in mixed case: "... số 09-NQ/TU ngày\n20/7/2022 của ...")
            Some(true) if !up && t.trim_start().starts_with(char::is_lowercase) => upper_subject = Some(false),
            Some(was_upper) if was_upper != up => break,
            _ => {}
        }
        parts.push(t);
        k += 1;
        // a blank line after a mixed-case subject line ends the subject unless the line wrapped mid-phrase
        if !up {
            if let Some(&next) = content.get(k) {
                // (a whole paragraph after the blank line is the body: "Theo dự báo của Đài ..., Chủ tịch ... yêu cầu:"; in a
                // PDF's text its lines are hard-wrapped, and their run is the paragraph)
                let paragraph = paragraph_len(cells, content, k, false) > 200;
                // (and the rule under the subject, "----------", between them, or more than one line: the rule, then
                // a blank line)
                let between = cells.partition_point(|x| x.line <= c.line);
                let ruled = cells[next].line > c.line + 2
                    || cells[between..].iter().take_while(|x| x.line < cells[next].line).any(|x| {
                        let r = x.text.trim();
                        r.len() >= 3 && r.chars().all(|ch| matches!(ch, '-' | '–' | '—' | '_' | '*'))
                    });
                if cells[next].line > c.line + 1 && (!ends_open(t) || paragraph || ruled || starts_with_citation(cells[next].text)) {
                    break;
                }
                // (a PDF's text keeps no blank line: the first paragraph right under the subject is the body, "Về tăng
                // cường công tác phòng, chống sạt lở ... tỉnh Vĩnh Long" / "Vĩnh Long nằm giữa sông Tiền và sông Hậu, ...",
                // vinhlong_ct_05's PDFs: a line opening with a capital, as wide as the lines under it, over more than 200
                // bytes of running text before any preamble line; a subject's own last line goes on after a word that
                // leaves its phrase open, "... trên địa bàn tỉnh" / "Yên Bái năm 2025" (yenbai_kh_56's PDF), when it is
                // short under the lines below, or when the preamble's "Căn cứ ..." follows it, "... gói thầu" / "Truyền
                // thông chính sách ... năm 2024" / "Căn cứ Luật Đấu thầu ..." (quangnam_qd_1234's PDF))
                let open_word = ["của", "theo", "tại", "và", "số", "về", "với", "cho", "trên", "đến", "đối", "tỉnh", "huyện", "xã", "phố"]
                    .contains(&t.trim_end().rsplit(' ').next().unwrap_or(""));
                let full_width = || {
                    let next_len = cells[next].text.chars().count();
                    let widest = content.iter().skip(k + 1).take(4).map(|&i| cells[i].text.chars().count()).max().unwrap_or(0);
                    next_len * 4 >= widest * 3
                };
                if cells[next].line == c.line + 1 && !open_word && cells[next].text.trim_start().starts_with(char::is_uppercase) && paragraph_len(cells, content, k, true) > 200 && full_width() {
                    break;
                }
            }
        }
    }
    if parts.is_empty() {
        return (None, from);
    }
    (Some(drop_glued_marks(&join_lines(&parts))), k)
}

/// The length of the paragraph that starts at content line `k`: its line and the lines right under it (no blank line
/// between), up to 8 lines; `running`: only up to a line that opens a preamble or a heading (`re_stop_subject`), the
/// running text under a subject printed with no blank line.
fn paragraph_len(cells: &[Cell], content: &[usize], k: usize, running: bool) -> usize {
    let mut len = 0;
    let mut line = None;
    for &i in content.iter().skip(k).take(8) {
        if line.is_some_and(|l| cells[i].line != l + 1) || (running && re_stop_subject().is_match(cells[i].text)) {
            break;
        }
        line = Some(cells[i].line);
        len += cells[i].text.len();
    }
    len
}

/// A footnote mark glued to a word of the title ("... người quản lý, Kiểm soát viên1 công ty ...", VBHN 6659): one or
/// two digits right after a lower-case letter and before a space, dropped ("m2", "km2" kept).
fn drop_glued_marks(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let run = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
            let word_start = s[..i].rfind(' ').map_or(0, |k| k + 1);
            let word = &s[word_start..i];
            let glued = word.chars().last().is_some_and(char::is_lowercase) && !["m", "km", "cm", "ha"].contains(&word);
            if glued && run <= 2 && b.get(i + run) == Some(&b' ') {
                out.push_str(&s[last..i]);
                last = i + run;
            }
            i += run;
            continue;
        }
        i += 1;
    }
    out.push_str(&s[last..]);
    out
}

/// A Công điện's line over its addressees: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "THỦ TƯỚNG CHÍNH PHỦ điện:".
pub fn addressee_line(t: &str) -> bool {
    let t = t.trim_end();
    t.ends_with(" điện:") && t.len() < 160 && t.starts_with(char::is_uppercase)
}

/// The line that names who enacts the text, between its title and its preamble: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
/// HÀ GIANG", "BỘ TRƯỞNG BỘ TÀI CHÍNH", "THỦ TƯỚNG CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH SƠN LA".
fn enacting_line(t: &str) -> bool {
    let t = t.trim();
    ["CHỦ TỊCH ỦY BAN", "CHỦ TỊCH UỶ BAN", "BỘ TRƯỞNG BỘ ", "THỦ TƯỚNG CHÍNH PHỦ", "ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "HỘI ĐỒNG NHÂN DÂN ", "BAN THƯỜNG VỤ ", "GIÁM ĐỐC SỞ "]
        .iter()
        .any(|p| t.starts_with(p))
        || t == "CHÍNH PHỦ"
}

/// A subject line in capitals whose phrase goes on on the next line: "... CỦA", "... VÀ", "... TẠI".
fn upper_phrase_open(t: &str) -> bool {
    let last = t.trim_end().rsplit(' ').next().unwrap_or("");
    ["CỦA", "VÀ", "TẠI", "CHO", "VỚI", "THUỘC", "ĐỐI", "VỀ", "TRÊN", "TRONG", "CÁC", "HUYỆN", "TỈNH", ","].contains(&last) || t.trim_end().ends_with(',')
}

/// "Thông tư số 24/2009/..." opening a paragraph: the consolidation note of a văn bản hợp nhất, not the subject.
fn starts_with_citation(t: &str) -> bool {
    let Some(i) = t.find(" số ") else { return false };
    canonical_type(&t[..i]).is_some()
}

fn ends_open(t: &str) -> bool {
    let last = t.trim_end().chars().last().unwrap_or('.');
    !matches!(last, '.' | ';' | ':' | ')' | '"' | '”') && t.split_whitespace().count() > 3
}

/// "V/v ..." subject, with its continuation lines. Returns the subject and the content index after it.
fn vv_subject(cells: &[Cell], content: &[usize], at: usize, skip: Option<(usize, usize)>) -> (Option<String>, usize) {
    let first = &cells[content[at]];
    let t = first.text.trim_start();
    let rest = t
        .strip_prefix("V/v")
        .or_else(|| t.strip_prefix("V/V"))
        .or_else(|| t.strip_prefix("v/v"))
        .or_else(|| t.strip_prefix("Về việc"))
        .unwrap_or(t)
        .trim_start_matches([':', ' ']);
    let mut parts = vec![rest];
    let mut k = at + 1;
    let col = first.col;
    let mut last_line = first.line;
    while k < content.len() && parts.len() < 8 {
        let c = &cells[content[k]];
        if c.ncols > 1 && c.col != col {
            k += 1;
            continue;
        }
        if c.line > last_line + 1 || c.text.starts_with("Kính gửi") || is_place_date(c.text) || is_motto(c.text)
        {
            break;
        }
        if re_code_line().is_match(c.text) && parse_code_blank_ok(&c.text[re_code_line().find(c.text).unwrap().end()..]).is_some()
        {
            break;
        }
        // the date's wrapped year, from the other column
        match skip {
            Some((j, len)) if j == content[k] => parts.push(&c.text[len..]),
            _ => parts.push(c.text),
        }
        last_line = c.line;
        k += 1;
    }
    (Some(join_lines(&parts)).filter(|s| !s.is_empty()), k)
}

/// The length of "năm 2025" (`with_nam`) or "2025" (a year of 19xx or 20xx) at the start of `t`, followed by a space
/// or the end.
fn year_words(t: &str, with_nam: bool) -> Option<usize> {
    // (after a Party issuer's star run into the line: "* năm 2025")
    let star = if t.starts_with('*') { t.len() - t.trim_start_matches(STAR).len() } else { 0 };
    let head = if with_nam { "năm " } else { "" };
    let rest = t[star..].strip_prefix(head)?;
    let digits = rest.get(..4)?;
    let ok = is_year_cell(digits) && rest[4..].chars().next().is_none_or(|c| c == ' ');
    ok.then_some(star + head.len() + 4)
}

fn is_year_cell(t: &str) -> bool {
    let t = t.trim();
    t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) && (t.starts_with("19") || t.starts_with("20"))
}

fn join_lines(parts: &[&str]) -> String {
    parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Kính gửi: inline ("Kính gửi: Sở Y tế.") or a list of "- ..." items.
fn recipients(cells: &[Cell], content: &[usize], at: usize) -> (Vec<String>, usize) {
    let t = cells[content[at]].text;
    let head = if t.starts_with("Kính gửi") { "Kính gửi".len() } else { t.find("điện:").map_or(t.len(), |i| i + "điện".len()) };
    let inline = t[head..].trim_start_matches([':', ' ']).trim();
    let mut out = Vec::new();
    let mut k = at + 1;
    if !inline.is_empty() && !inline.starts_with('-') {
        out.push(clean_item(inline));
        // continuation items on following lines that start with "-" belong to the list too
    } else if inline.starts_with('-') {
        out.push(clean_item(inline));
    }
    let mut seen_item = !out.is_empty();
    // the last item as printed and its line, to join an item that wraps ("- Các sở: Nông nghiệp và Phát triển nông
    // thôn, Tài chính, Công\nThương, Y tế;")
    // (only a "-" item: an inline "Kính gửi: X" followed by a paragraph is not a wrapped item)
    let mut last: Option<(String, usize)> = inline.starts_with('-').then(|| (t.to_string(), cells[content[at]].line));
    while k < content.len() {
        let c = &cells[content[k]];
        let ct = c.text.trim_start();
        if ct.starts_with('-') || ct.starts_with('+') || ct.starts_with('•') {
            out.push(clean_item(ct));
            last = Some((ct.to_string(), c.line));
            seen_item = true;
            k += 1;
            continue;
        }
        if let Some((prev, line)) = &last {
            let open = !prev.trim_end().ends_with([';', '.', ':', ')']);
            if open && c.line == line + 1 && !re_stop_subject().is_match(ct) && c.col == 0 {
                let joined = format!("{} {}", prev.trim_end(), ct);
                out.pop();
                out.push(clean_item(&joined));
                last = Some((joined, c.line));
                k += 1;
                continue;
            }
        }
        if !seen_item && out.is_empty() && !re_stop_subject().is_match(ct) {
            // one recipient on the next line
            out.push(clean_item(ct));
            seen_item = true;
            k += 1;
            continue;
        }
        break;
    }
    (out.into_iter().filter(|s| !s.is_empty()).collect(), k)
}

/// An item of a list: without the leading "- " and the trailing ";" or ".".
pub fn clean_item(t: &str) -> String {
    let t = t.trim().trim_start_matches(['-', '+', '•', '–']).trim();
    let t = t.trim_end_matches([';', '.', ',']).trim_end();
    let t = t.strip_suffix("./").unwrap_or(t);
    t.to_string()
}

fn re_province() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"(?i)(?:^|\s)(?:TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|TỈNH|THÀNH PHỐ|TP\.)\s+(\p{L}[\p{L} .-]*)$").unwrap()
    })
}

/// Jurisdiction slug of a local issuer ("UBND TỈNH KON TUM" -> "kon-tum"); None for central bodies.
pub fn jurisdiction(name: Option<&str>, parent: Option<&str>, place: Option<&str>, code: Option<&Code>) -> Option<String> {
    for s in [name, parent].into_iter().flatten() {
        if let Some(slug) = province_slug(s.trim()) {
            return Some(slug);
        }
    }
    // "ỦY BAN NHÂN DÂN / XÃ TÂN THÀNH": the place printed is the commune's, not its province (which the caller may
    // find in the text)
    if [name, parent].into_iter().flatten().any(is_commune_body) {
        return None;
    }
    let local_name = name.is_some_and(is_local_body) || parent.is_some_and(is_local_body);
    let local_code = code.is_some_and(|c| matches!(c.scope(), Scope::Local | Scope::PartyLocal));
    let central_name = name.is_some_and(is_central_body);
    if (local_name || (local_code && !central_name)) && place.is_some() {
        let p = place.unwrap();
        if p != "Hà Nội" || local_name {
            // ("Đà Lạt", "Pleiku": a province's seat names its province)
            if let Some(province) = province_of_seat(p) {
                return Some(province.to_string());
            }
            return Some(slug(p));
        }
    }
    None
}

/// The province a name ends with ("UBND TỈNH KON TUM" -> "kon-tum"). (The same issuers head every document of an
/// archive, and the pattern costs ~20,000 instructions a name: see crate::memo.)
fn province_slug(name: &str) -> Option<String> {
    thread_local! {
        static SLUGS: crate::memo::Cache<Option<String>> = Default::default();
    }
    crate::memo::cached(&SLUGS, name, 256, || {
        let c = re_province().captures(name)?;
        let p = c[1].trim();
        (!p.is_empty() && p.to_uppercase() != "ỦY").then(|| slug(p))
    })
}

/// The province whose seat `place` is (`data/province_capitals.tsv`): "Đà Lạt" -> "lam-dong".
fn province_of_seat(place: &str) -> Option<&'static str> {
    static T: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    T.get_or_init(|| crate::tables::data_lines(include_str!("../data/province_capitals.tsv")).filter_map(|l| l.split_once('\t')).collect())
        .iter()
        .find(|(p, _)| *p == place.trim())
        .map(|(_, s)| *s)
}

/// A commune- or district-level body ("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", "ĐẢNG ỦY PHƯỜNG AN KHÁNH", "ỦY BAN NHÂN DÂN
/// HUYỆN HẢI HẬU"): its header names no province (the caller looks for it in the text).
pub fn is_commune_body(s: &str) -> bool {
    let u = s.to_uppercase();
    [" XÃ ", " PHƯỜNG ", " ĐẶC KHU ", " THỊ TRẤN ", " HUYỆN ", " QUẬN ", " THỊ XÃ "].iter().any(|w| u.contains(w))
        || ["XÃ ", "PHƯỜNG ", "ĐẶC KHU ", "HUYỆN ", "QUẬN ", "THỊ XÃ "].iter().any(|w| u.starts_with(w))
}

fn is_local_body(s: &str) -> bool {
    let u = s.to_uppercase();
    ["SỞ ", "UBND", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HĐND", "HỘI ĐỒNG NHÂN DÂN", "TỈNH ỦY", "TỈNH UỶ", "THÀNH ỦY", "HUYỆN ỦY", "BAN CHỈ ĐẠO"]
        .iter()
        .any(|p| u.starts_with(p))
        || u.contains("TỈNH ỦY")
        || u.contains("TỈNH UỶ")
}

fn is_central_body(s: &str) -> bool {
    let u = s.to_uppercase();
    ["BỘ ", "CHÍNH PHỦ", "QUỐC HỘI", "THỦ TƯỚNG", "NGÂN HÀNG NHÀ NƯỚC", "VĂN PHÒNG CHÍNH PHỦ", "BAN CHẤP HÀNH TRUNG ƯƠNG", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ"]
        .iter()
        .any(|p| u.starts_with(p))
}

/// The issuer's name from the code when the header prints none ("STTTT" -> "Sở Thông tin và Truyền thông").
pub fn issuer_from_code(code: &Code) -> Option<String> {
    code.issuer_abbrev().and_then(issuer_for_abbrev).map(|(n, _)| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::cells;
    use crate::normalize::normalize;

    #[test]
    fn an_issuer_repeated_and_wrapped_at_other_words_is_one() {
        // a PDF of a gazette text (the section heading and the header's issuer, each wrapped in a narrow column)
        let lines = ["BỘ NÔNG NGHIỆP VÀ MÔI", "TRƯỜNG", "BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"];
        assert_eq!(issuer_from_lines(&lines), (None, Some("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG".to_string())));
        // a name wrapped before its last word (a PDF's narrow header cell, LibreOffice)
        let lines = ["BỘ KHOA HỌC VÀ CÔNG", "NGHỆ"];
        assert_eq!(issuer_from_lines(&lines), (None, Some("BỘ KHOA HỌC VÀ CÔNG NGHỆ".to_string())));
        // a parent cut inside "THÀNH PHỐ" (LibreOffice's PDF of a header whose parent is the city's committee)
        let lines = ["ỦY BAN NHÂN DÂN THÀNH", "PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"];
        assert_eq!(
            issuer_from_lines(&lines),
            (Some("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH".to_string()), Some("SỞ GIÁO DỤC VÀ ĐÀO TẠO".to_string()))
        );
        // a parent and its body stay two (a Party committee over its board too)
        let lines = ["TỈNH ỦY", "BAN TUYÊN GIÁO"];
        assert_eq!(issuer_from_lines(&lines), (Some("TỈNH ỦY".to_string()), Some("BAN TUYÊN GIÁO".to_string())));
        let lines = ["UBND TỈNH KON TUM", "SỞ Y TẾ"];
        assert_eq!(issuer_from_lines(&lines), (Some("UBND TỈNH KON TUM".to_string()), Some("SỞ Y TẾ".to_string())));
    }

    fn header(s: &str) -> Header {
        let n = normalize(s);
        let c = cells(&n.text);
        parse_header(&c)
    }

    #[test]
    fn a_heading_with_its_qualifier() {
        // corpus/docs/nghean_ctr_08.txt: "CHƯƠNG TRÌNH HÀNH ĐỘNG" is a type heading, the line under it the subject
        assert!(is_type_heading("CHƯƠNG TRÌNH HÀNH ĐỘNG"));
        assert_eq!(heading_type("KẾ HOẠCH LIÊN NGÀNH"), Some("Kế hoạch"));
        assert!(!is_type_heading("CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"));
    }

    #[test]
    fn state_letter_blank_number() {
        // from seed 000 (Kon Tum)
        let h = header(
            "UBND TỈNH KON TUM\n**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n**Độc lập – Tự do – Hạnh phúc**\n\nSố: /STTTT-TTBCXB\n\nKon Tum, ngày tháng năm\n\nV/v tăng cường đẩy mạnh tuyên truyền\nĐại hội đại biểu\n\nKính gửi:\n\n- Các Sở, ban, ngành thuộc tỉnh;\n- Ủy ban nhân dân các huyện, thành phố.\n\nThực hiện ...",
        );
        assert_eq!(h.issuer_name.as_deref(), Some("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
        assert_eq!(h.issuer_parent.as_deref(), Some("UBND TỈNH KON TUM"));
        let c = h.code.unwrap();
        assert_eq!(c.number, None);
        assert_eq!(c.normalized(), "/STTTT-TTBCXB");
        assert_eq!(h.place.as_deref(), Some("Kon Tum"));
        assert_eq!(h.date, None);
        assert_eq!(h.subject.as_deref(), Some("tăng cường đẩy mạnh tuyên truyền Đại hội đại biểu"));
        assert_eq!(h.recipients, ["Các Sở, ban, ngành thuộc tỉnh", "Ủy ban nhân dân các huyện, thành phố"]);
        assert_eq!(h.doc_type.as_deref(), Some("Công văn"));
    }

    #[test]
    fn a_cong_dien_addresses_its_units() {
        // corpus/docs/quangbinh_cd_12.txt (shortened)
        let t = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 12/CĐ-UBND\nQuảng Bình, ngày 18 tháng 9 năm 2024\nCÔNG ĐIỆN\nVề việc chủ động ứng phó với áp thấp nhiệt đới\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc Công an tỉnh;\n- Chủ tịch UBND các huyện, thị xã, thành phố.\n\nTheo bản tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, áp thấp nhiệt đới đang di chuyển.\n";
        let r = crate::parse(t).record;
        assert_eq!(r.subject.as_deref(), Some("Về việc chủ động ứng phó với áp thấp nhiệt đới"));
        assert_eq!(r.recipients, ["Giám đốc Công an tỉnh", "Chủ tịch UBND các huyện, thị xã, thành phố"]);
        assert!(r.tasks.is_empty(), "{:?}", r.tasks);
    }

    #[test]
    fn glued_marks_and_the_enacting_line_end_no_subject() {
        assert_eq!(drop_glued_marks("người quản lý, Kiểm soát viên1 công ty"), "người quản lý, Kiểm soát viên công ty");
        assert_eq!(drop_glued_marks("diện tích 100 m2 đất ở"), "diện tích 100 m2 đất ở");
        assert_eq!(drop_glued_marks("Nghị định 24/2024/NĐ-CP"), "Nghị định 24/2024/NĐ-CP");
        // QĐ 1209/QĐ-UBND Hà Giang (2013), as published: the title, then who enacts it
        let t = "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 1209/QĐ-UBND\nHà Giang, ngày 24 tháng 06 năm 2013\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n";
        assert_eq!(crate::parse(t).record.subject.as_deref(), Some("VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ"));
    }

    #[test]
    fn a_dates_year_on_a_line_of_its_own_is_not_the_subjects() {
        // a two-column header as a PDF of a Word table gives it: the date's year wrapped in its cell, its line between
        // two of the V/v subject's
        let h = header("BỘ Y TẾ   CỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BYT-DP\nV/v triển khai công tác\nphòng chống   Hà Nội, ngày 3 tháng 5 năm\n2026\ndịch bệnh mùa hè\nKính gửi: Sở Y tế các tỉnh\n");
        assert_eq!(h.date.map(|d| d.iso()).as_deref(), Some("2026-05-03"));
        assert_eq!(h.subject.as_deref(), Some("triển khai công tác phòng chống dịch bệnh mùa hè"));
        // tests/fixtures/pdf/binhthuan_cv_1187.lo.pdf: the year's words at the start of the subject's next line
        let h = header("SỞ GIÁO DỤC VÀ ĐÀO TẠO   CỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1187/SGDĐT-KHTC\nV/v rà soát, tổng hợp nhu cầu\nkinh phí   Bình Thuận, ngày 08 tháng 4\nnăm 2025 thực hiện chính sách miễn, giảm học phí\nKính gửi: Sở Tài chính\n");
        assert_eq!(h.date.map(|d| d.iso()).as_deref(), Some("2025-04-08"));
        assert_eq!(h.subject.as_deref(), Some("rà soát, tổng hợp nhu cầu kinh phí thực hiện chính sách miễn, giảm học phí"));
        // a subject whose own year wraps keeps it
        let h = header("BỘ Y TẾ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 13/BYT-DP   Hà Nội, ngày 3 tháng 5 năm 2026\nV/v kế hoạch công tác năm\n2026\nKính gửi: Sở Y tế các tỉnh\n");
        assert_eq!(h.subject.as_deref(), Some("kế hoạch công tác năm 2026"));
    }

    #[test]
    fn subject_lines_end_before_the_first_paragraph() {
        // a chỉ thị whose subject wraps, then a long opening paragraph after a blank line
        let h = header("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 07/CT-UBND\n\nBến Tre, ngày 18 tháng 11 năm 2024\n\nCHỈ THỊ\n\nVề tăng cường công tác phòng, chống hạn hán trên địa bàn tỉnh\n\nTheo dự báo của Đài Khí tượng Thủy văn tỉnh, mùa khô năm 2024 - 2025 xâm nhập mặn trên các sông chính có khả năng xuất hiện sớm, độ mặn 4‰ có thể vào sâu 55 - 65 km, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n");
        assert_eq!(h.subject.as_deref(), Some("Về tăng cường công tác phòng, chống hạn hán trên địa bàn tỉnh"));
        // a Party notice: the heading in capitals goes on in lower case
        let h = header("HUYỆN ỦY VỊ XUYÊN\n\nSố 215-TB/HU\n\nVị Xuyên, ngày 14 tháng 8 năm 2024\n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề kết quả thực hiện nhiệm vụ 6 tháng đầu năm,\nnhiệm vụ trọng tâm 6 tháng cuối năm 2024\n\nNgày 09/8/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị.\n");
        assert_eq!(
            h.subject.as_deref(),
            Some("KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY về kết quả thực hiện nhiệm vụ 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024")
        );
        // a consolidated text's note after its subject, no blank line between (a PDF); a subject wrapped before the
        // text it cites goes on
        let h = header("VĂN BẢN HỢP NHẤT -\nBỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG TƯ\nHướng dẫn giám sát dịch bệnh động vật trên cạn\nThông tư số 12/2021/TT-BNNPTNT ngày 30 tháng 9 năm 2021 của Bộ trưởng, được sửa đổi, bổ sung bởi:\n");
        assert_eq!(h.subject.as_deref(), Some("Hướng dẫn giám sát dịch bệnh động vật trên cạn"));
        let h = header("BỘ TÀI CHÍNH\n\nSố: 58/2025/TT-BTC\n\nHà Nội, ngày 10 tháng 6 năm 2025\n\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của\nThông tư số 12/2021/TT-BTC\n\nCăn cứ Luật Ngân sách nhà nước;\n");
        assert_eq!(h.subject.as_deref(), Some("Sửa đổi, bổ sung một số điều của Thông tư số 12/2021/TT-BTC"));
        let h = header("BỘ TÀI CHÍNH\n\nSố: 59/2025/TT-BTC\n\nHà Nội, ngày 10 tháng 6 năm 2025\n\nTHÔNG TƯ\nHướng dẫn thi hành\nNghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020\n\nCăn cứ Luật Ngân sách nhà nước;\n");
        assert_eq!(h.subject.as_deref(), Some("Hướng dẫn thi hành Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020"));
        // a subject ending on "tỉnh", then its rule and a blank line, then a paragraph opening with the province's
        // name (corpus/docs/daknong_ct_03.txt): the rule ends the subject
        let h = header("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\n\nSố: 03/CT-UBND\n\nĐắk Nông, ngày 10 tháng 01 năm 2025\n\nCHỈ THỊ\nVề việc tăng cường công tác quản lý, bảo vệ rừng\nmùa khô năm 2024 - 2025 trên địa bàn tỉnh\n----------\n\nĐắk Nông là tỉnh có diện tích đất lâm nghiệp lớn, trên 253.000 ha.\n");
        assert_eq!(h.subject.as_deref(), Some("Về việc tăng cường công tác quản lý, bảo vệ rừng mùa khô năm 2024 - 2025 trên địa bàn tỉnh"));
        // ... and as a PDF's text gives it: the rule right under the subject, no blank line
        let h = header("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\nSố: 03/CT-UBND\nĐắk Nông, ngày 10 tháng 01 năm 2025\nCHỈ THỊ\nVề việc tăng cường công tác quản lý, bảo vệ rừng\nmùa khô năm 2024 - 2025 trên địa bàn tỉnh\n----------\nĐắk Nông là tỉnh có diện tích đất lâm nghiệp lớn, trên 253.000\nha, trong đó diện tích có rừng khoảng 183.000 ha.\n");
        assert_eq!(h.subject.as_deref(), Some("Về việc tăng cường công tác quản lý, bảo vệ rừng mùa khô năm 2024 - 2025 trên địa bàn tỉnh"));
        // ... and with no rule and no blank line, the first paragraph right under the subject (vinhlong_ct_05's reportlab
        // PDF)
        let h = header("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 05/CT-UBND\nVĩnh Long, ngày 14 tháng 4 năm 2025\nCHỈ THỊ\nVề tăng cường công tác phòng, chống sạt lở bờ sông, kênh, rạch trên địa bàn tỉnh Vĩnh Long\nVĩnh Long nằm giữa sông Tiền và sông Hậu, có hệ thống sông, kênh, rạch chằng chịt với tổng chiều dài trên 2.600 km, trong đó các sông lớn như sông Cổ Chiên, sông Hậu, sông Măng Thít, sông\nLong Hồ chảy qua hầu hết các huyện, thị xã, thành phố.\n");
        assert_eq!(h.subject.as_deref(), Some("Về tăng cường công tác phòng, chống sạt lở bờ sông, kênh, rạch trên địa bàn tỉnh Vĩnh Long"));
    }

    #[test]
    fn a_recipient_that_wraps() {
        // Thanh Hóa 4871 from a PDF: the item wraps without a blank line
        // a meeting's conclusions: the account that opens the body starts with its date ("Ngày 06 tháng 6 ...")
        let h = header("UBND TỈNH ĐỒNG THÁP\nVĂN PHÒNG\nSố: 88/TB-VPUBND\nĐồng Tháp, ngày 10 tháng 6 năm 2025\nTHÔNG BÁO\nKết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân\nNgày 06 tháng 6 năm 2025, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp.\n");
        assert_eq!(h.subject.as_deref(), Some("Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ giải ngân"));
        let h = header("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n\nSố: 4871/UBND-NN\nV/v tăng cường phòng, chống dịch\n\nThanh Hóa, ngày 12 tháng 9 năm 2024\n\nKính gửi:\n- Các sở: Nông nghiệp và Phát triển nông thôn, Tài chính, Công\nThương, Y tế;\n- Công an tỉnh;\n- UBND các huyện, thị xã, thành phố.\n\nThực hiện Công điện số 98/CĐ-TTg.\n");
        assert_eq!(h.recipients, ["Các sở: Nông nghiệp và Phát triển nông thôn, Tài chính, Công Thương, Y tế", "Công an tỉnh", "UBND các huyện, thị xã, thành phố"]);
        // an inline recipient is not joined to the paragraph after it
        let h = header("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n\nSố: 4871/UBND-NN\nV/v phòng, chống dịch\n\nThanh Hóa, ngày 12 tháng 9 năm 2024\n\nKính gửi: Sở Y tế\nNgày 10/9/2024, Bộ Nông nghiệp có Công điện số 98/CĐ-BNN.\n");
        assert_eq!(h.recipients, ["Sở Y tế"]);
        // a subject in a PDF (no blank line) ends where the first paragraph opens
        let h = header("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n\nSố: 07/CT-UBND\n\nBến Tre, ngày 18 tháng 11 năm 2024\n\nCHỈ THỊ\nVề tăng cường công tác phòng, chống hạn hán, xâm nhập mặn\nmùa khô năm 2024 - 2025 trên địa bàn tỉnh\nTheo dự báo của Đài Khí tượng Thủy văn tỉnh, mùa khô năm 2024 - 2025\nxâm nhập mặn xuất hiện sớm.\n");
        assert_eq!(h.subject.as_deref(), Some("Về tăng cường công tác phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2024 - 2025 trên địa bàn tỉnh"));
    }

    #[test]
    fn interleaved_party_header() {
        let h = header(
            "TỈNH ỦY GIA LAI                    ĐẢNG CỘNG SẢN VIỆT NAM\n        *\nSố 45-KH/TU                  Pleiku, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 23-NQ/TU\n\nThực hiện ...",
        );
        assert_eq!(h.issuer_name.as_deref(), Some("TỈNH ỦY GIA LAI"));
        assert_eq!(h.code.unwrap().normalized(), "45-KH/TU");
        assert_eq!(h.place.as_deref(), Some("Pleiku"));
        assert_eq!(h.date.unwrap().iso(), "2024-03-05");
        assert_eq!(h.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(h.subject.as_deref(), Some("thực hiện Nghị quyết số 23-NQ/TU"));
    }

    #[test]
    fn a_party_bodys_ban_under_its_dang_bo_beside_the_star_and_date() {
        // namdinh_hd_14 (shortened): the date beside the star, the Ban under "ĐẢNG BỘ TỈNH"
        let h = header("ĐẢNG BỘ TỈNH NAM ĐỊNH                                    ĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN\n          *                                  Nam Định, ngày 10 tháng 01 năm 2025\nSố 14-HD/BDVTU\n\nHƯỚNG DẪN\nthực hiện công tác dân vận chính quyền năm 2025\n\nThực hiện Quy chế công tác dân vận.\n");
        assert_eq!(h.issuer_name.as_deref(), Some("BAN DÂN VẬN"));
        assert_eq!(h.issuer_parent.as_deref(), Some("ĐẢNG BỘ TỈNH NAM ĐỊNH"));
        assert_eq!(h.date.unwrap().iso(), "2025-01-10");
        // the PDFs of it (tests/fixtures/pdf/namdinh_hd_14.*, hungyen_hd_07.lo): the star run into the place and date,
        // the year wrapped with or without the star
        for t in [
            "ĐẢNG BỘ TỈNH NAM ĐỊNH   ĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN\n* Nam Định, ngày 10 tháng 01 năm 2025\nSố 14-HD/BDVTU\nHƯỚNG DẪN thực hiện công tác dân vận\nThực hiện Quy chế công tác dân vận.\n",
            "ĐẢNG BỘ TỈNH NAM ĐỊNH   ĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN\n* Nam Định, ngày 10 tháng 01\nnăm 2025\nSố 14-HD/BDVTU\nHƯỚNG DẪN thực hiện công tác dân vận\nThực hiện Quy chế công tác dân vận.\n",
            "ĐẢNG BỘ TỈNH NAM ĐỊNH   ĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN\nNam Định, ngày 10 tháng 01\n* năm 2025\nSố 14-HD/BDVTU\nHƯỚNG DẪN thực hiện công tác dân vận\nThực hiện Quy chế công tác dân vận.\n",
        ] {
            let h = header(t);
            assert_eq!(h.issuer_name.as_deref(), Some("BAN DÂN VẬN"), "{t}");
            assert_eq!(h.issuer_parent.as_deref(), Some("ĐẢNG BỘ TỈNH NAM ĐỊNH"), "{t}");
            assert_eq!(h.date.unwrap().iso(), "2025-01-10", "{t}");
        }
    }

    #[test]
    fn a_party_star_run_into_the_place_and_date() {
        // tests/fixtures/pdf/hungyen_hd_07.rl.pdf and .lo.pdf (shortened): the star under the issuer before the place, or
        // before the year the narrow column wrapped
        for t in [
            "ĐẢNG BỘ TỈNH HƯNG YÊN   ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO VÀ\nDÂN VẬN\n* Hưng Yên, ngày 22 tháng 4 năm 2025\nSố 07-HD/BTGDVTU\nHƯỚNG DẪN tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh\nThực hiện Hướng dẫn số 25-HD/BTGDVTW ngày 28/3/2025.\n",
            "ĐẢNG BỘ TỈNH HƯNG YÊN   ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO VÀ DÂN\nVẬN\nHưng Yên, ngày 22 tháng 4\n* năm 2025\nSố 07-HD/BTGDVTU\nHƯỚNG DẪN tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh\nThực hiện Hướng dẫn số 25-HD/BTGDVTW ngày 28/3/2025.\n",
        ] {
            let h = header(t);
            assert_eq!(h.place.as_deref(), Some("Hưng Yên"), "{t}");
            assert_eq!(h.date.unwrap().iso(), "2025-04-22", "{t}");
        }
    }

    #[test]
    fn a_partys_wrapped_year_alone_is_not_the_issuers() {
        // tests/fixtures/pdf/hatinh_qdi_07.lo.pdf (shortened): the year alone on the line after the star's date
        let h = header("ĐẢNG BỘ TỈNH HÀ TĨNH   ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY\n* Hà Tĩnh, ngày 24 tháng 3 năm\n2025\nSố 07-QĐi/TU\nQUY ĐỊNH\nvề trách nhiệm của người đứng đầu\n");
        assert_eq!(h.issuer_name.as_deref(), Some("TỈNH ỦY"));
        assert_eq!(h.issuer_parent.as_deref(), Some("ĐẢNG BỘ TỈNH HÀ TĨNH"));
        assert_eq!(h.date.unwrap().iso(), "2025-03-24");
    }

    #[test]
    fn gazette_decree_header() {
        let h = header(
            "CÔNG BÁO/Số 283/Ngày 25-05-2026\n110\n\nCHÍNH PHỦ\n__________\n\nSố: 126/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n________________________________________\nHà Nội, ngày 11 tháng 5 năm 2026\n\nNGHỊ QUYẾT\nVề việc chuyển giao Làng Văn hóa\nvề Ủy ban nhân dân thành phố Hà Nội quản lý\n____________\n\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;",
        );
        assert_eq!(h.issuer_name.as_deref(), Some("CHÍNH PHỦ"));
        assert_eq!(h.code.unwrap().normalized(), "126/NQ-CP");
        assert_eq!(h.date.unwrap().iso(), "2026-05-11");
        assert_eq!(h.doc_type.as_deref(), Some("Nghị quyết"));
        assert_eq!(
            h.subject.as_deref(),
            Some("Về việc chuyển giao Làng Văn hóa về Ủy ban nhân dân thành phố Hà Nội quản lý")
        );
        assert_eq!(jurisdiction(Some("CHÍNH PHỦ"), None, Some("Hà Nội"), None), None);
    }

    #[test]
    fn jurisdictions() {
        assert_eq!(jurisdiction(Some("SỞ Y TẾ"), Some("UBND TỈNH KON TUM"), None, None).as_deref(), Some("kon-tum"));
        assert_eq!(jurisdiction(Some("TỈNH ỦY KIÊN GIANG"), None, None, None).as_deref(), Some("kien-giang"));
        assert_eq!(jurisdiction(Some("Ủy ban nhân dân tỉnh"), None, Some("Kon Tum"), None).as_deref(), Some("kon-tum"));
        assert_eq!(jurisdiction(Some("BỘ CÔNG AN"), None, Some("Hà Nội"), None), None);
        assert_eq!(jurisdiction(Some("ỦY BAN NHÂN DÂN"), None, Some("Đà Lạt"), None).as_deref(), Some("lam-dong"));
        assert_eq!(jurisdiction(Some("ỦY BAN NHÂN DÂN HUYỆN HẢI HẬU"), None, Some("Hải Hậu"), None), None);
        // a commune's place is not its province (lib.rs looks for the province in the text)
        assert_eq!(jurisdiction(Some("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH"), None, Some("Tân Thành"), None), None);
    }
}
