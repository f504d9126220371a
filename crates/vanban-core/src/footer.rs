//! The footer: the signature block (thẩm quyền ký: TM./KT./TL./TUQ./Q., chức vụ, họ tên) and Nơi nhận (cc).
//!
//! The signature and the Nơi nhận list stand side by side: flattened, they come interleaved line by line or one
//! after the other; both are read from [`crate::layout::cells`].

use crate::header::clean_item;
use crate::layout::Cell;
use crate::normalize::{is_upper_line, upper_contains_x};
use crate::tables::tables;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signature {
    pub authority: Option<String>,
    pub title: Option<String>,
    pub name: Option<String>,
    /// Index (into cells) of the name cell.
    pub at: usize,
}

fn re_authority() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^(TM|T/M|T\.M|KT|K/T|TL|T/L|TUQ|Q)(?:\s*[.:]\s*|\s+)(\p{Lu}.*)$").unwrap())
}

/// "KT.GIÁM ĐỐC" -> "KT. GIÁM ĐỐC"; "T/M BAN THƯỜNG VỤ" -> "TM. BAN THƯỜNG VỤ".
fn normalize_authority(t: &str) -> Option<String> {
    let t = t.trim();
    // every tag starts with T, K or Q: other cells (most of them) skip the regex
    if !matches!(t.as_bytes().first(), Some(b'T' | b'K' | b'Q')) {
        return None;
    }
    // (a signature block's lines are asked several times each, and the same tags recur in every document of an
    // archive: see crate::memo)
    thread_local! {
        static AUTHORITIES: crate::memo::Cache<Option<String>> = Default::default();
    }
    crate::memo::cached(&AUTHORITIES, t, 256, || authority_of(t))
}

fn authority_of(t: &str) -> Option<String> {
    let c = re_authority().captures(t)?;
    let rest = c[2].trim();
    if !is_upper_line(rest) {
        return None;
    }
    let tag: String = c[1].chars().filter(|c| c.is_alphabetic()).collect();
    Some(format!("{tag}. {rest}"))
}

fn is_title(t: &str) -> bool {
    let t = t.trim();
    if !is_upper_line(t) || t.contains(':') || t.split_whitespace().count() > 10 {
        return false;
    }
    let core = t.strip_prefix("PHÓ ").unwrap_or(t);
    tables().signer_titles.iter().any(|p| core.starts_with(p))
}

fn is_noise(t: &str) -> bool {
    let l = t.trim().to_lowercase();
    (l.starts_with('(') && l.ends_with(')')) || l == "đã ký" || l.starts_with("(đã ký") || l.starts_with("(ký")
}

/// The signer's name without rank: "Đại tướng Lương Tam Quang" -> "Lương Tam Quang".
pub fn person_name(t: &str) -> Option<String> {
    let mut t = t.trim();
    for r in &tables().ranks {
        if let Some(rest) = t.strip_prefix(r) {
            t = rest.trim_start();
            break;
        }
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(2..=6).contains(&words.len()) {
        return None;
    }
    let mut all_upper = true;
    for w in &words {
        let first = w.chars().next()?;
        if !first.is_uppercase() || !w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') {
            return None;
        }
        if w.chars().count() > 1 && w.chars().skip(1).any(|c| c.is_lowercase()) {
            all_upper = false;
        }
    }
    if all_upper {
        return None;
    }
    Some(words.join(" "))
}

/// All signature blocks: authority lines, a title line, then (after seals and "(Đã ký)") a name.
pub fn signature_blocks(cells: &[Cell]) -> Vec<Signature> {
    let idx: Vec<usize> = (0..cells.len()).filter(|&i| !cells[i].furniture).collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < idx.len() {
        let t = cells[idx[k]].text;
        if normalize_authority(t).is_none() && !is_title(t) {
            k += 1;
            continue;
        }
        // collect the stack of authority/title lines (skipping cc items interleaved beside them)
        let mut stack: Vec<String> = Vec::new();
        let mut j = k;
        let mut name = None;
        let mut misses = 0;
        let mut in_bracket = false;
        // the last line passed over was a cc item (or a piece of one) that ends on a comma: its next piece may open
        // with a capital ("- Các sở: Xây dựng, Tài chính," / "Nông nghiệp" / "và Môi trường;")
        let mut cc_goes_on = false;
        // a block is short: bounding the look-ahead keeps the scan linear on any input
        while j < idx.len() && misses <= 6 && j < k + 40 {
            let c = &cells[idx[j]];
            let t = c.text;
            if cc_goes_on && !stack.is_empty() && !is_cc_cell(t) && normalize_authority(t).is_none() && !is_title(t) && person_name(t).is_none() {
                cc_goes_on = goes_on(t);
                // (and it may close the bracket its item opened: "- Bộ Tư pháp (Cục Kiểm tra văn bản và" / "Quản lý xử lý vi
                // phạm hành chính);")
                in_bracket = still_in_bracket(in_bracket, t);
                j += 1;
                continue;
            }
            // cc items beside the signature, a cc item wrapped onto the next line ("trực thuộc,"), and a
            // page-bottom note that a page break put inside the block ("2 Đường dây nóng ...") are passed over
            // ("Nam (b/c);": the end of "- Ngân hàng Nhà nước Việt" wrapped; no signature line ends on ";")
            // ("(để b/c),": the wrapped end of a cc item)
            // ("Nông nghiệp và Môi trường,": a cc item wrapped after a comma; "KGVX, Công báo, Cổng TTĐT" inside the
            // bracket a cc item opened on the line before, "- Văn phòng Chính phủ (Vụ": no signature line is either)
            // (a bracket that never closes, "- Lưu: VT (2b", must not swallow the signature's own lines)
            // (but the signer's name alone on its line is no piece of it: "- Cục Kiểm tra VBQPPL (Bộ Tư" / "Phạm Văn Lộc" /
            // "pháp);", the name set between the item and its wrapped end)
            let bare_name = !stack.is_empty() && person_name(t).is_some_and(|n| n == t.trim());
            let in_open_bracket = in_bracket && !bare_name && normalize_authority(t).is_none() && !is_title(t);
            let cc_tail = t.trim_end().ends_with([';', ',']) || t.contains("(b/c)") || (t.trim_start().starts_with('(') && t.trim_end().ends_with([',', ';', '.'])) || in_open_bracket;
            if is_cc_cell(t) || cc_tail || t.chars().next().is_some_and(|c| c.is_lowercase()) || is_note_line(t) {
                // (an item cut with no stop goes on too: "- Ban QLDA ĐTXD công trình" / "NN và PTNT" / "tỉnh;", a
                // LibreOffice PDF's narrow cell, angiang_tb_112)
                let open_item = is_cc_cell(t) && !t.trim_start().starts_with("Nơi nhận") && !t.trim_end().ends_with([';', '.', ',', ':', ')']);
                cc_goes_on = goes_on(t) || open_item;
                let was_in_bracket = in_bracket;
                in_bracket = still_in_bracket(in_bracket, t);
                // a PDF that set the signer's name beside a cc item with no wide gap: "- Các đồng chí Tỉnh ủy viên,
                // Nguyễn Mạnh Hùng" (not a list inside a bracket: "KGVX, Công báo, Cổng TTĐT")
                if !stack.is_empty() && !was_in_bracket {
                    // (not a unit's name that a wrap cut short: "- Bộ Công Thương, Bộ Tài" / "chính (b/c);")
                    if let Some(n) = t.rsplit_once(", ").filter(|(_, tail)| !crate::units::starts_unit(tail.trim())).and_then(|(_, tail)| person_name(tail.trim())) {
                        name = Some((n, idx[j]));
                        break;
                    }
                }
                j += 1;
                continue;
            }
            if let Some(a) = normalize_authority(t) {
                if name.is_none() {
                    stack.push(a);
                    j += 1;
                    continue;
                }
            }
            // a title wrapped in its column: "PHÓ CHỦ TỊCH THƯỜNG" / "TRỰC"
            if name.is_none() && TITLE_TAILS.contains(&t.trim()) && stack.last().is_some_and(|l| normalize_authority(l).is_none()) {
                let last = stack.last_mut().unwrap();
                last.push(' ');
                last.push_str(t.trim());
                j += 1;
                continue;
            }
            if is_title(t) && !stack.is_empty() && stack.len() < 5 && misses == 0 {
                stack.push(t.trim().to_string());
                j += 1;
                continue;
            }
            if stack.is_empty() && is_title(t) {
                stack.push(t.trim().to_string());
                j += 1;
                continue;
            }
            if let Some(n) = person_name(t) {
                name = Some((n, idx[j]));
                break;
            }
            // (the signer's rank on a line of its own above the name: "THỨ TRƯỞNG" / "(Đã ký)" / "Thượng tướng" / "Đỗ Văn
            // Khải", bqp_tt_15)
            let rank_line = tables().ranks.iter().any(|r| t.trim() == *r);
            if is_noise(t) || t.chars().count() <= 2 || rank_line {
                j += 1;
                misses += 1;
                continue;
            }
            break;
        }
        if let (Some((n, at)), false) = (name, stack.is_empty()) {
            // "Q. CHỦ TỊCH" as the last line: the authority, with no separate title line
            let title = if normalize_authority(stack.last().unwrap()).is_some() { None } else { stack.pop() };
            let authority = if stack.is_empty() { None } else { Some(stack.join(" / ")) };
            out.push(Signature { authority, title, name: Some(n), at });
            k = j + 1;
        } else {
            k += 1;
        }
    }
    out
}

/// Whether a bracket a cc item opened is still open after the line `t` (`in_bracket`: it was open before it).
fn still_in_bracket(in_bracket: bool, t: &str) -> bool {
    let opened = t.matches('(').count() as isize - t.matches(')').count() as isize;
    if in_bracket { opened >= 0 && !t.contains(')') || opened > 0 } else { opened > 0 }
}

/// The last words of a signing title wrapped onto a line of their own.
const TITLE_TAILS: [&str; 3] = ["TRỰC", "THƯỜNG TRỰC", "PHỤ TRÁCH"];

/// A cc item (or a piece of one) that goes on on the next line: it ends on a comma or on a word no item ends with
/// ("- Cục Kiểm tra văn bản và" / "Quản lý xử lý vi phạm").
fn goes_on(t: &str) -> bool {
    let t = t.trim_end();
    t.ends_with(',') || [" và", " của", " các", " về", " với", " thuộc", " -"].iter().any(|w| t.ends_with(w))
}

/// A footnote line at a page bottom: "2 Đường dây nóng ...", "¹ Theo ...".
fn is_note_line(t: &str) -> bool {
    let t = t.trim_start();
    let digits = t.chars().take_while(|c| c.is_ascii_digit() || "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(*c)).count();
    (1..=2).contains(&digits) && {
        let rest: String = t.chars().skip(digits).take(2).collect();
        rest.starts_with(' ') && rest.chars().nth(1).is_some_and(|c| c.is_uppercase())
    }
}

fn is_cc_cell(t: &str) -> bool {
    let t = t.trim_start();
    t.starts_with("Nơi nhận") || t.starts_with('-') || t.starts_with('+') || t.starts_with('•')
}

/// Choose the document's signature: the one of the consolidation block for a văn bản hợp nhất, else the first.
pub fn parse_signature(cells: &[Cell], from: usize) -> Option<Signature> {
    let blocks = signature_blocks(cells);
    if let Some(x) = cells.iter().position(|c| upper_contains_x(c.text, "XÁC THỰC VĂN BẢN HỢP NHẤT")) {
        if let Some(b) = blocks.iter().find(|b| b.at > x) {
            return Some(b.clone());
        }
    }
    blocks.iter().find(|b| b.at >= from).or(blocks.first()).cloned()
}

/// Nơi nhận: the items of the list nearest the signature.
pub fn parse_cc(cells: &[Cell], signature_at: Option<usize>) -> Vec<String> {
    let starts: Vec<usize> = (0..cells.len())
        .filter(|&i| !cells[i].furniture && cells[i].text.trim_start().starts_with("Nơi nhận"))
        .collect();
    let Some(&start) = (match signature_at {
        Some(s) => starts.iter().min_by_key(|&&i| (i as isize - s as isize).unsigned_abs()),
        None => starts.last(),
    }) else {
        return vec![];
    };
    if let Some(s) = signature_at {
        if (start as isize - s as isize).unsigned_abs() > 60 {
            return vec![];
        }
    }
    let mut out = Vec::new();
    let first = cells[start].text.trim_start();
    let inline = first.trim_start_matches("Nơi nhận").trim_start_matches([':', ' ']);
    if !inline.is_empty() {
        out.push(inline.to_string());
    }
    let mut i = start + 1;
    let mut gap = 0;
    while i < cells.len() && gap <= 8 {
        let c = &cells[i];
        let t = c.text.trim_start();
        if c.furniture {
            i += 1;
            continue;
        }
        // "- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính" / "- Bộ Tư pháp;": a department and its ministry
        // ("Cục X - Bộ Y") wrapped at the hyphen, the item before it unfinished in a list whose items end with ";"
        // (not a list written without them: "- Cục Thuế tỉnh" / "- Bộ Tài chính")
        let ministry_of_last = t.starts_with("- Bộ ")
            && t.len() <= 40
            && out.iter().rev().skip(1).any(|l| l.trim_end().ends_with(';'))
            && out.last().is_some_and(|l| {
                let l = l.trim_end();
                let item = l.trim_start_matches(['-', '+', ' ']);
                !l.ends_with([';', '.', ',']) && ["Cục ", "Vụ ", "Tổng cục "].iter().any(|h| item.starts_with(h))
            });
        if ministry_of_last {
            let l = out.last_mut().unwrap();
            l.push(' ');
            l.push_str(t.trim());
            gap = 0;
        } else if t.starts_with('-') || t.starts_with('+') || t.starts_with('•') {
            out.push(t.to_string());
            gap = 0;
        } else if (gap == 0 || t.starts_with(char::is_lowercase))
            && out.last().is_some_and(|l| {
                let l = l.trim_end();
                // ("- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,\ncác Vụ, Cục, đơn vị trực thuộc, Công báo;": a list
                // inside the item wrapped after a comma, the next line in lower case)
                // ("- Các sở: Xây dựng, Nông nghiệp và Môi trường," / "  Nội vụ, Công Thương;": the names of a kind
                // wrapped after a comma, right under it, in capitals)
                !l.ends_with([';', '.', ',']) || (l.ends_with(',') && (t.starts_with(char::is_lowercase) || gap == 0))
            })
            && !is_signature_cell(t)
        {
            // an item wrapped onto the next line (right under it: once the signature block has begun, a line that is
            // not an item ends the list: the appendix after a signature, "PHỤ LỤC I ..."; but a piece in lower case
            // is the end of an item a PDF's signature lines cut: "- Bộ Văn hóa, Thể thao và Du   PHÓ CHỦ TỊCH" /
            // "lịch;")
            let l = out.last_mut().unwrap();
            l.push(' ');
            l.push_str(t.trim());
        } else if is_signature_cell(t) {
            gap += 1;
        } else {
            break;
        }
        i += 1;
    }
    out.iter().map(|t| clean_cc(t)).filter(|s| !s.is_empty()).collect()
}

fn is_signature_cell(t: &str) -> bool {
    normalize_authority(t).is_some() || is_title(t) || person_name(t).is_some() || is_noise(t)
}

/// A cc item; drops a footnote mark glued to the last word ("Các cơ quan báo chí7;" -> "Các cơ quan báo chí"), but not
/// the number of an office's code in the filing line ("Lưu: VT, Kt4.", laichau_qd_18).
fn clean_cc(t: &str) -> String {
    let s = clean_item(t);
    if s.starts_with("Lưu") {
        return s;
    }
    let trimmed = s.trim_end_matches(|c: char| c.is_ascii_digit() || "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c));
    if trimmed.len() < s.len() && trimmed.chars().last().is_some_and(|c| c.is_lowercase()) {
        return trimmed.to_string();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::cells;

    #[test]
    fn a_cc_item_wrapped_after_a_comma_onto_a_name_in_capitals() {
        // thainguyen_bc_88 (shortened): the names of a kind of body wrapped, indented, the rest of the list after it
        let t = "Nơi nhận:                                                             GIÁM ĐỐC\n- Như trên;\n- Các sở: Xây dựng, Nông nghiệp và Môi trường,\n  Nội vụ, Công Thương;\n- Kho bạc Nhà nước khu vực V;                                     Nguyễn Quang Thuận\n- Lưu: VT, QLNS.\n";
        let cs = cells(t);
        let at = cs.iter().position(|c| c.text.contains("GIÁM ĐỐC"));
        assert_eq!(parse_cc(&cs, at), ["Như trên", "Các sở: Xây dựng, Nông nghiệp và Môi trường, Nội vụ, Công Thương", "Kho bạc Nhà nước khu vực V", "Lưu: VT, QLNS"]);
    }

    #[test]
    fn an_office_code_keeps_its_number_in_the_filing_line() {
        assert_eq!(clean_cc("- Lưu: VT, Kt4."), "Lưu: VT, Kt4");
        assert_eq!(clean_cc("- Các cơ quan báo chí7;"), "Các cơ quan báo chí");
    }

    #[test]
    fn stacked_authority() {
        // seed 003
        let t = "Nơi nhận:\n\n- Bộ Thông tin và Truyền thông (b/c);\n\n- Các cơ quan báo chí7;\n\n- Lưu: VT, KGVXTPC.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nY Ngọc\n";
        let c = cells(t);
        let s = parse_signature(&c, 0).unwrap();
        assert_eq!(s.authority.as_deref(), Some("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"));
        assert_eq!(s.title.as_deref(), Some("PHÓ CHỦ TỊCH"));
        assert_eq!(s.name.as_deref(), Some("Y Ngọc"));
        assert_eq!(parse_cc(&c, Some(s.at)), ["Bộ Thông tin và Truyền thông (b/c)", "Các cơ quan báo chí", "Lưu: VT, KGVXTPC"]);
    }

    #[test]
    fn interleaved_cc_and_signature() {
        let t = "Nơi nhận:                                   KT.GIÁM ĐỐC\n- Như trên;                                  PHÓ GIÁM ĐỐC\n- Lưu: VT, TTBCXB.\n\n                                            Mai Thoan";
        let c = cells(t);
        let s = parse_signature(&c, 0).unwrap();
        assert_eq!(s.authority.as_deref(), Some("KT. GIÁM ĐỐC"));
        assert_eq!(s.title.as_deref(), Some("PHÓ GIÁM ĐỐC"));
        assert_eq!(s.name.as_deref(), Some("Mai Thoan"));
        assert_eq!(parse_cc(&c, Some(s.at)), ["Như trên", "Lưu: VT, TTBCXB"]);
    }

    #[test]
    fn appendix_after_signature_ends_the_list() {
        // a decree whose last cc item has no closing punctuation, then its signature and appendix (vbpl_doc_000333)
        let t = "Nơi nhận:\n- Văn phòng Quốc hội;\n- Lưu: VT, KGVX (2b)\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n(Đã ký)\nMai Văn Chính\n\nPHỤ LỤC I\nMỨC THƯỞNG ĐỐI VỚI VẬN ĐỘNG VIÊN\nĐơn vị tính: Triệu đồng\n- 3.500 2.200\n";
        let c = cells(t);
        let s = parse_signature(&c, 0).unwrap();
        assert_eq!(s.name.as_deref(), Some("Mai Văn Chính"));
        assert_eq!(parse_cc(&c, Some(s.at)), ["Văn phòng Quốc hội", "Lưu: VT, KGVX (2b)"]);
    }

    #[test]
    fn a_pdf_signature_beside_wrapped_cc_items() {
        // tests/fixtures/pdf/tayninh_kl_112.lo.pdf: a cc item's wrapped "(để b/c),", and the signer's name set beside
        // a cc item with no wide gap
        let t = "Nơi nhận:   T/M BAN THƯỜNG VỤ\n- Ban Bí thư Trung ương Đảng   PHÓ BÍ THƯ THƯỜNG TRỰC\n(để b/c),\n- Các đồng chí Tỉnh ủy viên, Nguyễn Mạnh Hùng\n- Lưu Văn phòng Tỉnh ủy.\n";
        let c = cells(t);
        let s = parse_signature(&c, 0).unwrap();
        assert_eq!(s.authority.as_deref(), Some("TM. BAN THƯỜNG VỤ"));
        assert_eq!(s.title.as_deref(), Some("PHÓ BÍ THƯ THƯỜNG TRỰC"));
        assert_eq!(s.name.as_deref(), Some("Nguyễn Mạnh Hùng"));
    }

    #[test]
    fn a_pdf_signature_past_a_cc_item_cut_with_no_stop() {
        // tests/fixtures/pdf/angiang_tb_112.lo.pdf (shortened): "- Ban QLDA ĐTXD công trình" / "NN và PTNT" / "tỉnh;"
        // before the name
        let t = "Nơi nhận:   TL. CHỦ TỊCH\n- Chủ tịch, các PCT UBND tỉnh   KT. CHÁNH VĂN PHÒNG\n(để b/c);\nPHÓ CHÁNH VĂN PHÒNG\n- Các sở: NN&MT, TC, XD, CT;\n- Ban QLDA ĐTXD công trình\nNN và PTNT\ntỉnh;\nHuỳnh Thanh Phong\n- Công ty Điện lực An Giang;\n- Lưu: VT, KTN.\n";
        let s = parse_signature(&cells(t), 0).unwrap();
        assert_eq!(s.authority.as_deref(), Some("TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG"));
        assert_eq!(s.title.as_deref(), Some("PHÓ CHÁNH VĂN PHÒNG"));
        assert_eq!(s.name.as_deref(), Some("Huỳnh Thanh Phong"));
    }

    #[test]
    fn a_pdf_signature_beside_a_cc_item_wrapped_after_và_and_a_title_wrapped() {
        // tests/fixtures/pdf/sonla_qd_24.lo.pdf: "- Cục Kiểm tra văn bản và" / "Quản lý xử lý vi phạm", "(Đã ký)" between
        let t = "Nơi nhận:   TM. ỦY BAN NHÂN DÂN\n- Như Điều 3;   KT. CHỦ TỊCH\n- Bộ Nông nghiệp và Môi   PHÓ CHỦ TỊCH\ntrường (b/c);\n- Cục Kiểm tra văn bản và\nQuản lý xử lý vi phạm\n(Đã ký)\nhành chính - Bộ Tư pháp;\n- Chủ tịch, các PCT UBND   Cầm Ngọc Tuấn\ntỉnh;\n";
        let s = parse_signature(&cells(t), 0).unwrap();
        assert_eq!(s.authority.as_deref(), Some("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"));
        assert_eq!(s.title.as_deref(), Some("PHÓ CHỦ TỊCH"));
        assert_eq!(s.name.as_deref(), Some("Cầm Ngọc Tuấn"));
        // tests/fixtures/pdf/byt_tt_22.rl.pdf: the piece after "và" closes the bracket its item opened
        let t = "Nơi nhận:   KT. BỘ TRƯỞNG\n- Ủy ban Văn hóa và Xã hội của Quốc hội;   THỨ TRƯỞNG\n- Các Thứ trưởng Bộ Y tế;   (Đã ký)\n- Bộ Tư pháp (Cục Kiểm tra văn bản và\nQuản lý xử lý vi phạm hành chính);\n- UBND các tỉnh, thành phố trực thuộc   Đỗ Minh Tuấn\ntrung ương;\n";
        let s = parse_signature(&cells(t), 0).unwrap();
        assert_eq!(s.name.as_deref(), Some("Đỗ Minh Tuấn"));
        // a cc item wrapped inside a unit's name, beside the signature: its last words are no signer ("Bộ Tài" / "chính")
        let t = "Nơi nhận:   KT. CHỦ TỊCH\n- Văn phòng Chính phủ (b/c);   PHÓ CHỦ TỊCH\n- Bộ Y tế, Bộ Tài\nchính (b/c);\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện;   Lê Văn Bình\n- Lưu: VT.\n";
        let s = parse_signature(&cells(t), 0).unwrap();
        assert_eq!(s.name.as_deref(), Some("Lê Văn Bình"));
        // tests/fixtures/pdf/yenbai_kh_56.lo.pdf: "PHÓ CHỦ TỊCH THƯỜNG" / "TRỰC"
        let t = "Nơi nhận:   TM. ỦY BAN NHÂN DÂN\n- Bộ Công an (C06) (b/c);   KT. CHỦ TỊCH\n- Tổ công tác triển khai Đề án   PHÓ CHỦ TỊCH THƯỜNG\n06 của Chính phủ (b/c);   TRỰC\n- TT. Tỉnh ủy; TT. HĐND tỉnh\n(b/c);\n(Đã ký)\n- Chủ tịch, các PCT UBND\ntỉnh;\nNguyễn Minh Khôi\n";
        let s = parse_signature(&cells(t), 0).unwrap();
        assert_eq!(s.title.as_deref(), Some("PHÓ CHỦ TỊCH THƯỜNG TRỰC"));
        assert_eq!(s.name.as_deref(), Some("Nguyễn Minh Khôi"));
    }

    #[test]
    fn a_pdf_signature_beside_cc_items_wrapped_after_a_comma_or_in_a_bracket() {
        // LibreOffice PDFs of two-column footers: cc items wrapped after a comma and inside a bracket, each on its own
        // line between the signature's lines
        let t = "Nơi nhận:   TL. CHỦ TỊCH\n- Chủ tịch, các PCT UBND tỉnh\n(để b/c);\nKT. CHÁNH VĂN PHÒNG\n- Các sở: Xây dựng, Tài chính,\nNông nghiệp và Môi trường,\nPHÓ CHÁNH VĂN PHÒNG\n- Lưu: VT, CN.\nLê Thị Thanh Hương\n";
        let s = parse_signature(&cells(t), 0).unwrap();
        assert_eq!(s.authority.as_deref(), Some("TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG"));
        assert_eq!(s.title.as_deref(), Some("PHÓ CHÁNH VĂN PHÒNG"));
        let t = "Nơi nhận:   KT. BỘ TRƯỞNG\n- Ủy ban Văn hóa và Xã hội   THỨ TRƯỞNG\ncủa Quốc hội;\n- Văn phòng Chính phủ (Vụ\nKGVX, Công báo, Cổng TTĐT\nChính phủ);   (Đã ký)\n- Bộ trưởng Bộ Y tế (để báo cáo);\nĐỗ Minh Tuấn\n- Lưu: VT, PC.\n";
        let s = parse_signature(&cells(t), 0).unwrap();
        assert_eq!(s.authority.as_deref(), Some("KT. BỘ TRƯỞNG"));
        assert_eq!(s.name.as_deref(), Some("Đỗ Minh Tuấn"));
        // a cc item wrapped after a comma whose next piece opens with a capital ("Tư pháp"), the name beside a cc item
        let t = "Nơi nhận:   TL. CHỦ TỊCH\n- Chủ tịch, các PCT UBND   CHÁNH VĂN PHÒNG\ntỉnh;\n- Các sở: Công Thương, Nội vụ,\nTư pháp\nvà Y tế;\n- Ban Quản lý các   Trần Văn Bình\ndự án tỉnh;\n- Lưu: VT.\n";
        let s = parse_signature(&cells(t), 0).unwrap();
        assert_eq!((s.authority.as_deref(), s.title.as_deref()), (Some("TL. CHỦ TỊCH"), Some("CHÁNH VĂN PHÒNG")));
        assert_eq!(s.name.as_deref(), Some("Trần Văn Bình"));
        // a bracket left open in a cc item does not swallow the signature
        let t = "Nơi nhận:\n- Như trên;\n- Lưu: VT (2b\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n";
        let s = parse_signature(&cells(t), 0).unwrap();
        assert_eq!(s.authority.as_deref(), Some("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"));
    }

    #[test]
    fn a_pdf_signers_name_between_a_cc_item_and_its_wrapped_end() {
        // tests/fixtures/pdf/thuathienhue_qd_35.lo.pdf: "- Cục Kiểm tra VBQPPL (Bộ Tư" / "Phạm Văn Lộc" / "pháp);"
        let t = "Nơi nhận:   TM. ỦY BAN NHÂN DÂN\n- Như Điều 3;   KT. CHỦ TỊCH\n- Bộ Văn hóa, Thể thao và Du   PHÓ CHỦ TỊCH\nlịch;\n- Cục Kiểm tra VBQPPL (Bộ Tư\nPhạm Văn Lộc\npháp);\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Lưu: VT, DL.\nQUY CHẾ\n";
        let c = cells(t);
        let s = parse_signature(&c, 0).unwrap();
        assert_eq!(s.authority.as_deref(), Some("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"));
        assert_eq!(s.title.as_deref(), Some("PHÓ CHỦ TỊCH"));
        assert_eq!(s.name.as_deref(), Some("Phạm Văn Lộc"));
        // and the items cut by the signature's lines are whole
        assert_eq!(
            parse_cc(&c, Some(s.at)),
            ["Như Điều 3", "Bộ Văn hóa, Thể thao và Du lịch", "Cục Kiểm tra VBQPPL (Bộ Tư pháp)", "TT Tỉnh ủy, TT HĐND tỉnh", "Lưu: VT, DL"]
        );
    }

    #[test]
    fn a_department_and_its_ministry_wrapped_at_the_hyphen() {
        // tuyenquang_nq_14: "Cục Kiểm tra ... hành chính - Bộ Tư pháp" cut before its " - "
        let t = "Nơi nhận:\n- Chính phủ;\n- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính\n  - Bộ Tư pháp;\n- Thường trực Tỉnh ủy;\n- Bộ Tài chính;\n- Lưu: VT.\nCHỦ TỊCH\n\nHà Thị Minh Nguyệt\n";
        let c = cells(t);
        let cc = parse_cc(&c, parse_signature(&c, 0).map(|s| s.at));
        assert_eq!(cc, ["Chính phủ", "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp", "Thường trực Tỉnh ủy", "Bộ Tài chính", "Lưu: VT"]);
        // (a list written without semicolons: two items)
        let t = "Nơi nhận:\n- Như trên\n- Cục Thuế tỉnh\n- Bộ Tài chính\n- Lưu: VT\nCHỦ TỊCH\n\nHà Thị Minh Nguyệt\n";
        let c = cells(t);
        let cc = parse_cc(&c, parse_signature(&c, 0).map(|s| s.at));
        assert_eq!(cc, ["Như trên", "Cục Thuế tỉnh", "Bộ Tài chính", "Lưu: VT"]);
    }

    #[test]
    fn a_cc_item_wrapped_after_a_comma() {
        let t = "Nơi nhận:\n- Trung ương Hội Chữ thập đỏ Việt Nam;\n- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,\ncác Vụ, Cục, đơn vị trực thuộc, Công báo;\n- Lưu: VT, NN (2b).\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Quang Huy\n";
        let c = cells(t);
        let cc = parse_cc(&c, parse_signature(&c, 0).map(|s| s.at));
        assert_eq!(cc, ["Trung ương Hội Chữ thập đỏ Việt Nam", "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo", "Lưu: VT, NN (2b)"]);
    }

    #[test]
    fn rank_removed() {
        let c = cells("BỘ TRƯỞNG\n\n(Đã ký)\n\nĐại tướng Lương Tam Quang");
        let s = parse_signature(&c, 0).unwrap();
        assert_eq!(s.title.as_deref(), Some("BỘ TRƯỞNG"));
        assert_eq!(s.name.as_deref(), Some("Lương Tam Quang"));
        assert_eq!(s.authority, None);
        // the rank on a line of its own (bqp_tt_15)
        let c = cells("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nThượng tướng\nĐỗ Văn Khải");
        let s = parse_signature(&c, 0).unwrap();
        assert_eq!((s.authority.as_deref(), s.title.as_deref(), s.name.as_deref()), (Some("KT. BỘ TRƯỞNG"), Some("THỨ TRƯỞNG"), Some("Đỗ Văn Khải")));
    }

    #[test]
    fn names() {
        assert_eq!(person_name("Y Ngọc").as_deref(), Some("Y Ngọc"));
        assert_eq!(person_name("PHÓ CHỦ TỊCH"), None);
        assert_eq!(person_name("Trân trọng./."), None);
        assert_eq!(person_name("Nơi nhận:"), None);
    }
}
