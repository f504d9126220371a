//! Legal references (căn cứ, thực hiện, ...): each citation of another document with its kind, code, date,
//! issuer, role, pinpoint, span and canonical key.
//!
//! Two kinds of citation are found: by code ("Nghị định số 45/2024/NĐ-CP", "các Nghị quyết số 08-NQ/TU,
//! 12-NQ/TU") and by name ("Luật Đấu thầu", "Bộ luật Lao động", "Hiến pháp").

use crate::code::{find_codes, Code};
use crate::dates::parse_date_prefix;
use crate::normalize::match_form;
use crate::record::Reference;
use crate::tables::{canonical_type, tables, Scope};
use regex::Regex;
use std::sync::OnceLock;

/// Role words, as printed before a reference, and the role they give. Longest first.
const ROLES: &[(&str, &str)] = &[
    ("hướng dẫn thi hành", "hướng dẫn"),
    ("sửa đổi, bổ sung", "sửa đổi"),
    ("triển khai thực hiện", "triển khai"),
    ("ban hành kèm theo", "kèm theo"),
    ("kèm theo", "kèm theo"),
    ("thực hiện", "thực hiện"),
    ("triển khai", "triển khai"),
    ("căn cứ", "căn cứ"),
    ("sửa đổi", "sửa đổi"),
    ("thay thế", "thay thế"),
    ("bãi bỏ", "bãi bỏ"),
    ("hướng dẫn", "hướng dẫn"),
    ("theo", "theo"),
];

fn re_named_law() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    // "Luật Đấu thầu", "Bộ luật Lao động", "Hiến pháp": a capitalized name after "Luật"
    R.get_or_init(|| {
        Regex::new(r"\b(Hiến pháp|Bộ luật(?: \p{Lu}\p{Ll}*)(?: (?:\p{Ll}+|\p{Lu}\p{Ll}*)){0,6}|Luật(?: \p{Lu}[\p{Ll}\p{Lu}]*)(?: (?:\p{Ll}+|\p{Lu}\p{Ll}*|và|,)){0,10})")
            .unwrap()
    })
}

/// Extract the references of a document. `jurisdiction` is the citing document's, used for local keys;
/// `own_code` is the document's own code, never a reference.
pub fn extract(text: &str, jurisdiction: Option<&str>, own_code: Option<&str>) -> Vec<Reference> {
    let mut out = Vec::new();
    let codes = find_codes(text);
    let mut last_kind: Option<(String, usize)> = None;
    for (i, m) in codes.iter().enumerate() {
        let code_str = m.code.normalized();
        if Some(code_str.as_str()) == own_code && i == 0 && m.start < 2000 {
            continue;
        }
        // kind: the type word before the code ("Nghị định số ", "Kế hoạch ")
        let before = &text[ceil_boundary(text, m.start.saturating_sub(120))..m.start];
        let (kind, kind_start) = match kind_before(before) {
            Some((k, off)) => (Some(k.to_string()), m.start - (before.len() - off)),
            None => {
                // a list sharing one type: "các Nghị quyết số 08-NQ/TU, 12-NQ/TU"
                let gap_ok = i > 0 && {
                    let gap = &text[codes[i - 1].end..m.start];
                    gap.len() < 12 && gap.trim_start_matches([',', ';', ' ', '\n']).trim_start_matches("và").trim().trim_start_matches("số").trim().is_empty()
                };
                match (&last_kind, gap_ok) {
                    (Some((k, _)), true) => (Some(k.clone()), m.start),
                    _ => (m.code.doc_type().map(String::from), m.start),
                }
            }
        };
        if let Some(k) = &kind {
            last_kind = Some((k.clone(), m.end));
        }
        // date and issuer after the code
        let after = &text[m.end..floor_boundary(text, m.end + 400)];
        let (date, after_date) = date_after(after);
        let issuer = issuer_after(&after[after_date..]);
        let end = m.end + after_date;
        let role = role_before(text, kind_start);
        let key = key_for(&m.code, date.as_deref(), jurisdiction);
        out.push(Reference {
            kind,
            code: Some(code_str),
            number: m.code.number.clone(),
            symbol: Some(m.code.symbol.clone()),
            date,
            issuer,
            title: None,
            pinpoint: None,
            role,
            key,
            span: [kind_start, end],
            text: text[kind_start..end].to_string(),
        });
    }
    // named laws without a number
    for m in re_named_law().find_iter(text) {
        let name = trim_name(m.as_str());
        let end = m.start() + name.len();
        // skip if followed by a code ("Luật Đấu thầu số 22/2023/QH15" is a code reference)
        let rest = &text[end..floor_boundary(text, end + 12)];
        if rest.trim_start().starts_with("số") || codes.iter().any(|c| c.start >= m.start() && c.start < end + 8) {
            continue;
        }
        if name == "Luật" || name.split_whitespace().count() < 2 && name != "Hiến pháp" {
            continue;
        }
        let after = &text[end..floor_boundary(text, end + 200)];
        let (date, dlen) = date_after(after);
        let kind = if name.starts_with("Hiến pháp") {
            "Hiến pháp"
        } else if name.starts_with("Bộ luật") {
            "Bộ luật"
        } else {
            "Luật"
        };
        let key = Some(format!("luat:{}", match_form(name)));
        out.push(Reference {
            kind: Some(kind.into()),
            title: Some(name.to_string()),
            date,
            role: role_before(text, m.start()),
            key,
            span: [m.start(), end + dlen],
            text: text[m.start()..end + dlen].to_string(),
            ..Reference::default()
        });
    }
    out.sort_by_key(|r| r.span[0]);
    out
}

/// The largest char boundary at or below `i` (clamped to the text).
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i` (clamped to the text).
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Cut a law's name where its title ends: before "số", "ngày", "năm", lowercase function words that start a clause.
fn trim_name(s: &str) -> &str {
    let mut end = s.len();
    for stop in [" số", " ngày", " năm", " và ", " của", " về", " quy định", " hướng dẫn", " được", " đã", " tại", " theo", ",", " thì", " có", " để", " khi", " trong", " đối với", " như"] {
        if let Some(i) = s.find(stop) {
            end = end.min(i);
        }
    }
    s[..end].trim_end()
}

fn kind_before(before: &str) -> Option<(&'static str, usize)> {
    let t = before.trim_end();
    let t = t.strip_suffix("số:").or_else(|| t.strip_suffix("số")).or_else(|| t.strip_suffix("Số")).unwrap_or(t).trim_end();
    let lower = t.to_lowercase();
    for name in &tables().type_names {
        let ln = name.to_lowercase();
        if lower.ends_with(&ln) {
            // byte offset in `before` where the kind starts
            let start = t.len() - ln.len();
            if !t.is_char_boundary(start) {
                continue;
            }
            let printed = &t[start..];
            if let Some(k) = canonical_type(printed) {
                return Some((k, start));
            }
        }
    }
    None
}

fn date_after(after: &str) -> (Option<String>, usize) {
    let t = after.trim_start_matches([',', ' ', '\n']);
    let skipped = after.len() - t.len();
    if t.starts_with("ngày") || t.starts_with("Ngày") {
        if let Some(m) = parse_date_prefix(t) {
            if let Some(d) = m.date {
                return (Some(d.iso()), skipped + m.end);
            }
        }
    }
    (None, 0)
}

fn issuer_after(after: &str) -> Option<String> {
    let t = after.trim_start_matches([',', ' ', '\n']);
    let rest = t.strip_prefix("của ")?;
    let mut end = rest.len().min(120);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &rest[..end];
    let mut cut = rest.len();
    for stop in [" về ", " v/v", " V/v", " quy định", " hướng dẫn", " ban hành", " phê duyệt", "“", "\"", ";", ",", ".", "(", " tại ", " thực hiện", " đối với", " sửa đổi"] {
        if let Some(i) = rest.find(stop) {
            cut = cut.min(i);
        }
    }
    let s = rest[..cut].split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

fn role_before(text: &str, start: usize) -> Option<String> {
    let from = ceil_boundary(text, start.saturating_sub(60));
    let before = text[from..start].to_lowercase();
    let before = before.trim_end();
    // only the words just before: after the last sentence or clause break
    let clause = before.rsplit([';', '.', '\n']).next().unwrap_or(before).trim();
    for (word, role) in ROLES {
        if clause.ends_with(word) || clause.ends_with(&format!("{word} các")) || clause.ends_with(&format!("{word} quy định tại")) {
            return Some(role.to_string());
        }
        if clause.starts_with(word) && clause.len() < word.len() + 40 {
            return Some(role.to_string());
        }
    }
    None
}

/// The canonical key of CONTRACT.md: local codes carry the jurisdiction and the year.
pub fn key_for(code: &Code, date: Option<&str>, citing_jurisdiction: Option<&str>) -> Option<String> {
    let year = date.and_then(|d| d.get(..4)).map(String::from).or_else(|| code.year.map(|y| y.to_string()));
    let k = code.key_form();
    Some(match code.scope() {
        Scope::National | Scope::PartyNational => {
            if code.year.is_some() || code.scope() == Scope::PartyNational {
                k
            } else {
                match year {
                    Some(y) => format!("{k}:{y}"),
                    None => k,
                }
            }
        }
        Scope::Local | Scope::PartyLocal => {
            let j = citing_jurisdiction.unwrap_or("?");
            match year {
                Some(y) => format!("{j}:{k}:{y}"),
                None => format!("{j}:{k}"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_reference_with_date_and_issuer() {
        let t = "Thực hiện Kế hoạch số 130/KH-TU, ngày 12/03/2024 của Ban Thường vụ Tỉnh ủy \"Tổ chức Giải\";";
        let r = extract(t, Some("kon-tum"), None);
        assert_eq!(r.len(), 1);
        let r = &r[0];
        assert_eq!(r.kind.as_deref(), Some("Kế hoạch"));
        assert_eq!(r.code.as_deref(), Some("130/KH-TU"));
        assert_eq!(r.date.as_deref(), Some("2024-03-12"));
        assert_eq!(r.issuer.as_deref(), Some("Ban Thường vụ Tỉnh ủy"));
        assert_eq!(r.role.as_deref(), Some("thực hiện"));
        assert_eq!(r.key.as_deref(), Some("kon-tum:130-KH/TU:2024"));
        assert_eq!(&t[r.span[0]..r.span[1]], "Kế hoạch số 130/KH-TU, ngày 12/03/2024");
    }

    #[test]
    fn list_shares_kind() {
        let r = extract("các Nghị quyết số 08-NQ/TU, 12-NQ/TU của Tỉnh ủy", Some("gia-lai"), None);
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].kind.as_deref(), Some("Nghị quyết"));
    }

    #[test]
    fn named_law() {
        let r = extract("quy định tại điểm e, khoản 1 Điều 29 Luật Đấu thầu và Điều 83", None, None);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].title.as_deref(), Some("Luật Đấu thầu"));
        assert_eq!(r[0].code, None);
    }

    #[test]
    fn national_key_has_no_jurisdiction() {
        let r = extract("Căn cứ Nghị định số 45/2024/NĐ-CP ngày 12 tháng 3 năm 2024", Some("kon-tum"), None);
        assert_eq!(r[0].key.as_deref(), Some("45/2024/NĐ-CP"));
        assert_eq!(r[0].role.as_deref(), Some("căn cứ"));
    }
}
