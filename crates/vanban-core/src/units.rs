//! Units (đơn vị): splitting a printed list of units into single units, and a key for grouping them
//! ("UBND tỉnh" = "Ủy ban nhân dân tỉnh"). The printed form is what records keep.

use crate::normalize::{join_words, match_form};
use crate::tables::data_lines;
use std::sync::OnceLock;

fn heads() -> &'static Vec<&'static str> {
    static H: OnceLock<Vec<&'static str>> = OnceLock::new();
    H.get_or_init(|| {
        data_lines(include_str!("../data/unit_heads.txt")).collect()
    })
}

fn abbrevs() -> &'static Vec<(&'static str, &'static str)> {
    static A: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    A.get_or_init(|| {
        let mut v: Vec<(&str, &str)> = data_lines(include_str!("../data/unit_abbrev.tsv"))
            .filter_map(|l| l.split_once('\t'))
            .collect();
        v.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
        v
    })
}

fn nouns() -> &'static Vec<&'static str> {
    static N: OnceLock<Vec<&'static str>> = OnceLock::new();
    N.get_or_init(|| data_lines(include_str!("../data/unit_nouns.txt")).collect())
}

/// The words of `words` that could open `t`: those with its first two bytes (or shorter, its first), in the order of
/// the table (starts_unit runs for most lines and clauses of a document, and the tables have about a hundred words,
/// a dozen of which may share a first byte).
fn by_first_bytes<'t>(words: &'static FirstBytes, t: &'t str) -> impl Iterator<Item = &'static str> + 't {
    let b = t.as_bytes();
    let two = b.get(..2).and_then(|k| words.two.get(&[k[0], k[1]])).map(Vec::as_slice).unwrap_or(&[]);
    let one = b.first().map(|&k| words.one[k as usize].as_slice()).unwrap_or(&[]);
    one.iter().chain(two).copied()
}

/// Words grouped by their first two bytes (those of one byte by it).
struct FirstBytes {
    two: crate::tables::HashMap<[u8; 2], Vec<&'static str>>,
    one: [Vec<&'static str>; 256],
}

/// `words` grouped by their first bytes.
fn group_by_first_bytes(words: &[&'static str]) -> FirstBytes {
    let mut m = FirstBytes { two: Default::default(), one: std::array::from_fn(|_| Vec::new()) };
    for w in words {
        match w.as_bytes() {
            [a, b, ..] => m.two.entry([*a, *b]).or_default().push(w),
            [a] => m.one[*a as usize].push(w),
            [] => {}
        }
    }
    m
}

/// The heads that could open `t`.
fn heads_starting(t: &str) -> impl Iterator<Item = &'static str> + '_ {
    static BY_FIRST: OnceLock<FirstBytes> = OnceLock::new();
    by_first_bytes(BY_FIRST.get_or_init(|| group_by_first_bytes(heads())), t)
}

/// The nouns that could open `t`.
fn nouns_starting(t: &str) -> impl Iterator<Item = &'static str> + '_ {
    static BY_FIRST: OnceLock<FirstBytes> = OnceLock::new();
    by_first_bytes(BY_FIRST.get_or_init(|| group_by_first_bytes(nouns())), t)
}

fn bare_heads() -> &'static Vec<&'static str> {
    static B: OnceLock<Vec<&'static str>> = OnceLock::new();
    B.get_or_init(|| {
        let mut v: Vec<&str> =
            data_lines(include_str!("../data/unit_bare.txt")).collect();
        v.sort_by_key(|n| std::cmp::Reverse(n.len()));
        v
    })
}

/// The place that ends a unit of a bare kind: "Chủ tịch Ủy ban nhân dân tỉnh, thành phố ..." -> "tỉnh, thành phố ...".
fn place_tail(u: &str) -> Option<&str> {
    let b = bare_heads().iter().find(|b| word_at(u, b))?;
    let tail = u[b.len()..].trim_start();
    let place = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "cấp", "đặc khu", "các "];
    place.iter().any(|p| tail.starts_with(p)).then_some(tail)
}

/// A bare kind followed by a unit with a place shares the place: "Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh".
fn share_places(units: &mut [String]) {
    for i in (0..units.len().saturating_sub(1)).rev() {
        if bare_heads().contains(&units[i].as_str()) {
            if let Some(tail) = place_tail(&units[i + 1]) {
                let tail = tail.to_string();
                units[i] = format!("{} {tail}", units[i]);
            }
        }
    }
}

fn agency_names() -> &'static Vec<&'static str> {
    static N: OnceLock<Vec<&'static str>> = OnceLock::new();
    N.get_or_init(|| {
        let mut v: Vec<&str> =
            data_lines(include_str!("../data/agency_names.txt")).collect();
        v.sort_by_key(|n| std::cmp::Reverse(n.len()));
        v
    })
}

/// Lower-case words that may follow a complete name and belong to the unit (data/name_qualifiers.txt).
fn name_qualifiers() -> &'static Vec<&'static str> {
    static Q: OnceLock<Vec<&'static str>> = OnceLock::new();
    Q.get_or_init(|| data_lines(include_str!("../data/name_qualifiers.txt")).collect())
}

/// Where a unit's name is complete and a lower-case word after it starts what the unit does: "Bộ Công Thương bổ sung
/// chỉ tiêu ..." (a ministry or department whose name is known: data/agency_names.txt), "UBND cấp xã quản lý hoạt
/// động ...", "Ban Quản lý Khu kinh tế tỉnh quảng bá ...", "Chi cục Hải quan khu vực XI lắp đặt ...", "các cơ quan có
/// liên quan đánh giá ..." (a level, a place or a group's "liên quan" closes a name). The byte offset where the name
/// ends; `None` when no such word follows a complete name (a capitalized word, or a qualifier of
/// data/name_qualifiers.txt: "Sở Y tế tỉnh", "... trực thuộc trung ương có vùng sản xuất ...", goes on).
pub fn name_end(u: &str) -> Option<usize> {
    // (asked of every partner and every unit a "Giao" or a request names: what can close a name is looked for once)
    let b = u.as_bytes();
    let places = finder!(" tỉnh ").find(b).is_some() || finder!(" thành phố ").find(b).is_some();
    let agency = finder!("Bộ ").find(b).is_some() || finder!("Sở ").find(b).is_some();
    let mut i = 0;
    while let Some(k) = memchr::memchr(b' ', &b[i..]).map(|k| i + k) {
        let (before, after) = (&u[..k], &u[k + 1..]);
        i = k + 1;
        if after.starts_with(|c: char| c.is_lowercase()) && closes_name_with(before, places, agency) && !name_qualifiers().iter().any(|q| word_at(after, q)) {
            return Some(k);
        }
    }
    None
}

/// Does `before` end with a complete name ([`name_end`])?
fn closes_name(before: &str) -> bool {
    closes_name_with(before, true, true)
}

/// [`closes_name`]; `places`, `agency`: whether a place's name or a ministry's or department's may be in `before` at all.
fn closes_name_with(before: &str, places: bool, agency: bool) -> bool {
    const ENDS: [&str; 8] = [" tỉnh", " cấp xã", " cấp tỉnh", " cấp huyện", " trực thuộc trung ương", " liên quan", " các cấp", " Trung ương"];
    if ENDS.iter().any(|e| before.ends_with(e)) {
        return true;
    }
    let (head, last) = before.rsplit_once(' ').unwrap_or(("", before));
    // "khu vực XI": a region's numeral
    if head.ends_with(" khu vực") && !last.is_empty() && last.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')) {
        return true;
    }
    // "tỉnh Quảng Ninh", "thành phố Hà Nội": a province or city by its name (capitalized words after the word)
    if places && last.starts_with(|c: char| c.is_uppercase()) {
        for place in [" tỉnh ", " thành phố "] {
            if let Some(k) = before.rfind(place) {
                let name = &before[k + place.len()..];
                if name.split(' ').count() <= 4 && name.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase())) {
                    return true;
                }
            }
        }
    }
    // "Bộ Công Thương", "Giám đốc Sở Tài chính": a known name right after "Bộ"/"Sở" (only where the name's last word is
    // one that ends a known name)
    agency
        && agency_last_words().contains(last)
        && agency_names().iter().any(|n| before.strip_suffix(n).is_some_and(|h| h.ends_with(" Bộ ") || h.ends_with(" Sở ") || h == "Bộ " || h == "Sở "))
}

/// The last words of the names of [`agency_names`] ("Thương", "chính", "tế", ...).
fn agency_last_words() -> &'static crate::tables::HashSet<&'static str> {
    static W: OnceLock<crate::tables::HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| agency_names().iter().filter_map(|n| n.rsplit(' ').next()).collect())
}

/// Is `w` exactly one of the words that open a unit's name ("Sở", "Lãnh đạo", "cơ quan") and no unit by itself
/// ("Chính phủ" is one: data/unit_standalone.txt)?
pub fn is_head(w: &str) -> bool {
    // (the heads that are no unit by themselves, as a set: asked of every unit split from a list)
    static S: OnceLock<crate::tables::HashSet<&'static str>> = OnceLock::new();
    let set = S.get_or_init(|| {
        let standalone: Vec<&str> = data_lines(include_str!("../data/unit_standalone.txt")).collect();
        heads().iter().copied().filter(|h| !standalone.contains(h)).collect()
    });
    set.contains(w)
}

/// [`is_head`] of `w` or of its lowercase ("Cơ quan", "LÃNH ĐẠO"). A text longer in characters than every head is
/// none, whatever its case (lowercasing never shortens a text), and is not lowercased.
pub fn is_head_any_case(w: &str) -> bool {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    let longest = *LONGEST.get_or_init(|| heads().iter().map(|h| h.chars().count()).max().unwrap_or(0));
    is_head(w) || (w.chars().nth(longest).is_none() && is_head(&crate::normalize::to_lower(w)))
}

fn word_at(t: &str, w: &str) -> bool {
    t.starts_with(w) && t[w.len()..].chars().next().map_or(true, |c| !crate::normalize::is_alnum(c))
}

/// Does `t` start with the name of a unit ("Sở ...", "các đơn vị ...", "UBND ...", an acronym like "VOV")?
pub fn starts_unit(t: &str) -> bool {
    let t = t.trim_start();
    // "Thanh tra, kiểm tra, xử lý vi phạm ...": the verb (to inspect), not the inspectorate ("Thanh tra tỉnh")
    if t.starts_with("Thanh tra, ") || t.starts_with("Thanh tra và ") {
        return false;
    }
    for lead in ["các ", "Các "] {
        if let Some(r) = t.strip_prefix(lead) {
            // "các trường hợp" (the cases), not "các trường" (the schools)
            return !r.starts_with("trường hợp") && nouns_starting(r).any(|n| word_at(r, n));
        }
    }
    // (the longest head that opens it: "Ban vì sự tiến bộ phụ nữ", not "Ban")
    if let Some(h) = heads_starting(t).filter(|h| word_at(t, h)).max_by_key(|h| h.len()) {
        // "Bộ Tư pháp" but not "Bộ máy hành chính": a one-word head needs a capitalized name after it
        if ["Bộ", "Ban", "Sở", "Cục", "Vụ", "Viện", "Hội", "Đoàn", "Phòng", "Báo", "Đài", "Trường", "Tạp chí", "Quỹ"].contains(&h) {
            let next = t[h.len()..].trim_start();
            // ("Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ": the ministries, as a kind)
            return next.chars().next().is_some_and(|c| c.is_uppercase())
                || next.starts_with("cán sự")
                || next.starts_with("trưởng")
                || (h == "Bộ" && next.starts_with(", cơ quan ngang"));
        }
        return true;
    }
    // an acronym: "VOV", "VTV8" (plain capitals and digits), not the first word of a heading in capitals
    // (the first character tells most texts apart at once, before the word's end is looked for)
    if !t.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == 'Đ') {
        return false;
    }
    let w = &t[..t.find(|c: char| !crate::normalize::is_alnum(c)).unwrap_or(t.len())];
    let acronym = (2..=8).contains(&w.chars().count())
        && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == 'Đ')
        && w.chars().any(|c| c.is_uppercase());
    if !acronym {
        return false;
    }
    let next_word_upper = t[w.len()..].split_whitespace().next().is_some_and(|x| x.chars().all(|c| !c.is_lowercase()) && x.chars().any(|c| crate::normalize::is_alpha(c)));
    let roman = w.chars().all(|c| "IVXLC".contains(c));
    !roman && !next_word_upper && !t[w.len()..].starts_with('.')
}

const EXPANSIONS: [(&str, &str); 10] = [
    ("Giám đốc các Sở", "Giám đốc Sở"),
    ("Giám đốc các sở", "Giám đốc Sở"),
    ("Các sở", "Sở"),
    ("các sở", "Sở"),
    ("Bộ trưởng các Bộ", "Bộ trưởng Bộ"),
    ("Bộ trưởng các bộ", "Bộ trưởng Bộ"),
    ("Các Bộ", "Bộ"),
    ("các Bộ", "Bộ"),
    ("Các Sở", "Sở"),
    ("các Sở", "Sở"),
];

/// "Các Bộ: Y tế, Công Thương và Tư pháp, ..." at the start of `t`: the expanded units and the rest of `t`.
fn expansion_at(t: &str) -> Option<(Vec<String>, &str)> {
    let t = t.trim_start();
    for (pat, head) in EXPANSIONS {
        let Some(rest) = t.strip_prefix(pat) else { continue };
        let Some(list) = rest.trim_start().strip_prefix(':') else { continue };
        let mut names = Vec::new();
        let mut r = list.trim_start();
        while let Some(n) = agency_names().iter().find(|n| word_at(r, n)) {
            names.push(format!("{head} {n}"));
            r = r[n.len()..].trim_start();
            let next = r.strip_prefix(',').or_else(|| r.strip_prefix("và")).map(str::trim_start);
            match next {
                Some(nx) if agency_names().iter().any(|n| word_at(nx, n)) => r = nx,
                _ => break,
            }
        }
        if !names.is_empty() {
            return Some((names, r));
        }
    }
    None
}

/// Split a printed list of units: on ";", and on "," or " và " before the start of another unit.
/// "Các Bộ: Y tế, Công Thương" and "Giám đốc các Sở: Nội vụ, Tài chính" are expanded into single units.
pub fn split_units(s: &str) -> Vec<String> {
    thread_local! {
        static SPLITS: crate::memo::Cache<Vec<String>> = Default::default();
    }
    crate::memo::cached(&SPLITS, s, 256, || split_units_of(s))
}

fn split_units_of(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in s.split(';') {
        let mut cur = String::new();
        let mut rest = part;
        // (`Some(None)`: none left in the part)
        let (mut next_comma, mut next_and): (Option<Option<usize>>, Option<Option<usize>>) = (None, None);
        loop {
            if cur.trim().is_empty() {
                if let Some((names, r)) = expansion_at(rest) {
                    out.extend(names);
                    rest = r.trim_start().trim_start_matches(',').trim_start();
                    rest = rest.strip_prefix("và ").unwrap_or(rest);
                    if rest.trim().is_empty() {
                        break;
                    }
                    continue;
                }
            }
            // the next separator: ", " or " và " followed by a unit start (the first of either kind, in the order
            // they stand: each byte read once per cut, where a search of each kind to its first acceptable place, and
            // a search for " do " before each comma, made a long list quadratic)
            let mut cut: Option<(usize, usize)> = None;
            let b = rest.as_bytes();
            // (the next comma and " và " of the part, as offsets in it, kept from one unit to the next: each searched
            // again only once the unit's start or a refused place has passed it)
            let r0 = rest.as_ptr() as usize - part.as_ptr() as usize;
            let pb = part.as_bytes();
            let search_comma = |from: usize| memchr::memchr(b',', &pb[from..]).map(|i| from + i);
            let search_and = |from: usize| finder!(" và ").find(&pb[from..]).map(|i| from + i);
            if next_comma.is_none_or(|n| n.is_some_and(|c| c < r0)) {
                next_comma = Some(search_comma(r0));
            }
            if next_and.is_none_or(|n| n.is_some_and(|a| a < r0)) {
                next_and = Some(search_and(r0));
            }
            // whether " do " stands in rest[..at] (read up to `do_read` so far)
            let (mut do_seen, mut do_read) = (false, 0usize);
            // and whether " các " stands in it (a group: [`full_kind_before`]), read the same way
            let (mut cac_seen, mut cac_read) = (false, 0usize);
            loop {
                let (at, sep) = match (next_comma.flatten(), next_and.flatten()) {
                    (Some(c), Some(a)) if c < a => (c - r0, ","),
                    (Some(c), None) => (c - r0, ","),
                    (_, Some(a)) => (a - r0, " và "),
                    (None, None) => break,
                };
                let after = &rest[at + sep.len()..];
                let valid = if sep == "," {
                    if !do_seen && at >= do_read + 4 {
                        // (an occurrence that ends by `at` starts at or after do_read - 3 if not seen before)
                        let from = do_read.saturating_sub(3);
                        do_seen = finder!(" do ").find(&b[from..at]).is_some();
                        do_read = at;
                    }
                    if !cac_seen && at >= cac_read + " các ".len() {
                        let from = cac_read.saturating_sub(" các ".len() - 1);
                        cac_seen = finder!(" các ").find(&b[from..at]).is_some();
                        cac_read = at;
                    }
                    comma_cuts(rest, at, after, do_seen, cac_seen)
                } else {
                    and_cuts(rest, at, after)
                };
                if valid {
                    cut = Some((at, sep.len()));
                    break;
                }
                if sep == "," {
                    next_comma = Some(search_comma(r0 + at + 1));
                } else {
                    next_and = Some(search_and(r0 + at + " và ".len()));
                }
            }
            match cut {
                Some((at, len)) => {
                    cur.push_str(&rest[..at]);
                    out.push(std::mem::take(&mut cur));
                    rest = &rest[at + len..];
                }
                None => {
                    cur.push_str(rest);
                    out.push(cur);
                    break;
                }
            }
        }
    }
    let mut out: Vec<String> = out.into_iter().map(|u| clean_unit(&u)).filter(|u| !u.is_empty()).collect();
    share_places(&mut out);
    // (each unit's key computed once: the list is deduplicated by key, first one kept)
    let mut units: Vec<String> = Vec::new();
    let mut keys: crate::tables::HashSet<String> = Default::default();
    for u in out {
        if keys.insert(unit_key(&u)) {
            units.push(u);
        }
    }
    units
}

/// Kinds of body that are named in a group, a comma between them: "cơ quan, tổ chức, cá nhân có liên quan".
pub(crate) const GROUP_KINDS: &[&str] = &["cơ quan", "tổ chức", "cá nhân", "đơn vị", "doanh nghiệp", "địa phương"];

/// Is `item` (the words since the list's last comma) a unit named in full, such that a lower-case unit after the
/// comma is the next one of a list of kinds ("Kho bạc Nhà nước, tổ chức tín dụng, chi nhánh ngân hàng nước ngoài";
/// "Cơ quan thi hành án dân sự, công an cấp tỉnh")? Not a group's first kinds ("cơ quan, tổ
/// chức", "người đứng đầu cơ quan, đơn vị", "các sở, ban, ngành": the words after the comma share its qualifier).
/// `list` is the list up to the comma, `in_group` whether " các " stands in it: inside a group ("các cơ sở khám bệnh,
/// chữa bệnh, cơ sở giáo dục, đơn vị trực thuộc") nothing is cut (asked by the caller, which reads each byte of a long
/// list once). The item is a kind in lower case, a proper name ("Kho bạc Nhà nước") or "Cơ quan ..." at
/// the sentence's start; a title whose name runs on in lower case ("Cục trưởng Cục Cảnh sát quản lý trại giam, cơ sở
/// giáo dục bắt buộc, trường giáo dưỡng, Bộ Công an") names what the department manages, not a list of units.
fn full_kind_before(list: &str, in_group: bool, item: &str) -> bool {
    let item = item.trim();
    let kind_or_name = item.starts_with(char::is_lowercase)
        || item.starts_with("Cơ quan ")
        // (a proper name ends in its capitalized words, or one more: "Kho bạc Nhà nước")
        || item.split(' ').rev().take(2).any(|w| w.starts_with(char::is_uppercase));
    // (and the list opens with a unit: "trại giam, trại tạm giam, cơ quan ..., cơ quan ..." is cut at every comma or
    // at none, never into a last unit and a run of words that names none)
    kind_or_name
        && starts_unit(list)
        && !list.trim_start().starts_with("các ")
        && !list.trim_start().starts_with("Các ")
        && !in_group
        && !GROUP_KINDS.iter().any(|k| item.len() > k.len() && item.ends_with(k) && item[..item.len() - k.len()].ends_with(' '))
        // (a kind alone, "Cơ quan, tổ chức, ...": lowercased only when short enough to be one)
        && !(item.len() <= 20 && GROUP_KINDS.contains(&crate::normalize::to_lower(item).as_str()))
        && starts_unit(item)
}

/// Does the comma at `at` of `rest` end a unit ([`split_units_of`]): a unit starts after it (`after`), capitalized or
/// a new group, and it stands in no clause describing the unit before it. `do_before`: " do " stands in `rest[..at]`;
/// `cac_before`: " các " does.
fn comma_cuts(rest: &str, at: usize, after: &str, do_before: bool, cac_before: bool) -> bool {
    let a = after.trim_start();
    // after a comma only a capitalized unit, a new "các ..." group, "hệ thống ...", "lãnh đạo ..." starts a new one
    // ("các cơ quan, đơn vị, địa phương" is one group)
    // ("Các huyện ủy, Thành ủy, đảng ủy trực thuộc Tỉnh ủy": the province's one city committee in capitals inside a
    // group of committees)
    let committee_group = ["Các huyện ủy", "các huyện ủy", "Các huyện, thị"].iter().any(|g| rest.trim_start().starts_with(g))
        && ["Thành ủy", "Thị ủy", "Thành uỷ", "Thị uỷ"].iter().any(|c| a.starts_with(c));
    let establishments = a.starts_with("cơ sở ") && ["Cơ sở ", "cơ sở "].iter().any(|h| rest.trim_start().starts_with(h));
    let strong = !committee_group && a.chars().next().is_some_and(|c| c.is_uppercase())
        || a.starts_with("hệ thống")
        || a.starts_with("lãnh đạo")
        || a.starts_with("cơ quan ngang")
        || a.starts_with("cơ quan thuộc")
        || a.starts_with("cơ quan trung ương")
        // "Cơ quan nhận báo cáo, cơ quan chủ trì điều tra": two bodies named by what they do (not the group "các cơ
        // quan, đơn vị") ("cơ quan ngang bộ, cơ quan, tổ chức có liên quan": the group of kinds after it too)
        || ((a.starts_with("cơ quan ") || a.starts_with("cơ quan, ")) && ["Cơ quan ", "cơ quan "].iter().any(|h| rest.trim_start().starts_with(h)))
        // (and "Cơ sở khám bệnh, chữa bệnh, cơ sở kinh doanh dược": two kinds of establishment, byt_tt_22)
        || establishments
        || a.starts_with("người đứng đầu")
        // "Hội đồng nhân dân, các ban của Hội đồng nhân dân, đại biểu Hội đồng nhân dân"
        || a.starts_with("đại biểu ")
        // "trưởng đoàn, thư ký đoàn và các thành viên khác": the roles of a delegation
        || a.starts_with("thư ký ")
        || a.starts_with("trưởng đoàn")
        || a.starts_with("phó trưởng đoàn")
        || (a.starts_with("các ") && starts_unit(a))
        // "Sở Tài chính, cơ quan bảo hiểm xã hội cấp tỉnh": a complete name before the comma, a unit after it
        // (the name alone, no list before it; a list of kinds is the next rule's)
        || (a.starts_with(|c: char| c.is_lowercase()) && !rest[..at].contains(',') && starts_unit(&rest[..at]) && closes_name(rest[..at].trim()))
        // "Kho bạc Nhà nước, tổ chức tín dụng, chi nhánh ngân hàng nước ngoài": kinds listed one by one, each named in
        // full
        || (a.starts_with(|c: char| c.is_lowercase()) && full_kind_before(&rest[..at], cac_before, &rest[rest[..at].rfind(',').map_or(0, |i| i + 1)..at]));
    // "người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập": the comma is inside the clause "do X, Y
    // thành lập" that describes the unit
    let in_do_clause = do_before && {
        let seg = &after[..after.find([',', ';']).unwrap_or(after.len())];
        [" thành lập", " quyết định thành lập", " quản lý"].iter().any(|v| seg.contains(v))
    };
    // "Cục trưởng Cục Cảnh sát quản lý trại giam, ..., Bộ Công an": a department named with its ministry, not two units
    let parent_ministry = a.starts_with("Bộ ") && ["Cục ", "Cục trưởng ", "Vụ ", "Vụ trưởng ", "Tổng cục "].iter().any(|h| rest.starts_with(h));
    // "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": one Party committee's name, over the Front and the mass
    // organisations (hatinh_qdi_07 Điều 7.4)
    let front_committee = ["Đảng ủy Mặt trận Tổ quốc", "Đảng uỷ Mặt trận Tổ quốc"].iter().any(|h| rest[..at].trim() == *h) && a.starts_with("các đoàn thể");
    (starts_unit(after) || establishments) && at > 0 && strong && !in_do_clause && !parent_ministry && !front_committee
}

/// Does the " và " at `at` of `rest` end a unit ([`split_units_of`]): a unit starts after it, and it does not join the
/// two bodies one office serves.
fn and_cuts(rest: &str, at: usize, after: &str) -> bool {
    // "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office serving two bodies
    let joint_office = ["Văn phòng HĐND", "Văn phòng Hội đồng nhân dân", "Văn phòng Đoàn ĐBQH", "Văn phòng Đoàn đại biểu Quốc hội"]
        .iter()
        .any(|o| rest[..at].trim_start().starts_with(o) && rest[..at].trim_start().len() == o.len());
    starts_unit(after) && at > 0 && !joint_office
}

/// A space inserted where a word runs into the next capitalized one: "BộVăn hóa" -> "Bộ Văn hóa".
fn restore_spaces(t: &str) -> String {
    // (most names have no such place: found without collecting the name's characters, as clean_unit runs for every
    // unit of every list)
    // (one pass, the rare capital asked first: three decodings of every character and three case lookups each cost
    // ~2% of a parse)
    let lost = {
        let mut it = t.chars();
        let (mut a, mut b) = (it.next().unwrap_or(' '), it.next().unwrap_or(' '));
        let mut found = false;
        for c in it {
            if b.is_uppercase() && a.is_lowercase() && c.is_lowercase() {
                found = true;
                break;
            }
            (a, b) = (b, c);
        }
        found
    };
    if !lost {
        return t.to_string();
    }
    let cs: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len() + 4);
    for (i, &c) in cs.iter().enumerate() {
        if i > 0 && c.is_uppercase() && cs[i - 1].is_lowercase() && cs.get(i + 1).is_some_and(|n| n.is_lowercase()) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Trim a unit: spaces, list punctuation, "(b/c)", a leading "Giao", a trailing "chủ trì".
pub fn clean_unit(u: &str) -> String {
    let mut t = join_words(u);
    // ("Các Ông (Bà) Chánh Văn phòng ...": the courtesy of older decisions, not part of the unit)
    for p in ["Các Ông (Bà) ", "Các ông (bà) ", "Ông (Bà) ", "Các ông, bà ", "Giao ", "giao ", "với ", "- ", "+ "] {
        if let Some(r) = t.strip_prefix(p) {
            t = r.to_string();
        }
    }
    let mut t = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':')).to_string();
    // "Bộ trưởng BộVăn hóa, Thể thao và Du lịch": a space lost between two words (a lower-case letter, then a capital
    // and a lower-case letter: "TTg", "BCĐ" are kept)
    t = restore_spaces(&t);
    // "Phó Chủ tịch Hội đồng quản lý (nếu có)": the unit, not the proviso; "Phòng Nội vụ (cơ quan thường trực)": the
    // unit, not its role (a bracket that narrows the unit, "Bộ Quốc phòng (Cục Chính sách - Xã hội)", stays)
    if let Some(r) = t.strip_suffix("(nếu có)") {
        t = r.trim_end().to_string();
    }
    if let Some(i) = t.ends_with(')').then(|| t.rfind(" (")).flatten() {
        let role = crate::normalize::to_lower(&t[i + 2..t.len() - 1]);
        if ["cơ quan thường trực", "thường trực", "cơ quan chủ trì", "đơn vị chủ trì", "cơ quan đầu mối", "đơn vị đầu mối", "đầu mối"].iter().any(|r| role.starts_with(r)) {
            t.truncate(i);
        }
    }
    // "Ủy ban nhân dân xã, phường, thị trấn (sau đây gọi chung là Ủy ban nhân dân cấp xã)": the unit, not the short
    // name the text gives it
    if let Some(i) = find_fixed!(t, " (sau đây") {
        t.truncate(i);
    }
    // "UBND các xã, phường (sau sắp xếp đơn vị hành chính)": a note on which bodies, after the administrative merger
    // (thainguyen_bc_88 III.5), not part of the name
    if let Some(i) = t.ends_with(')').then(|| find_fixed!(t, " (sau sắp xếp")).flatten() {
        t.truncate(i);
    }
    // "Ủy ban nhân dân thành phố Đà Nẵng về tình hình ...", "các cơ quan phản ánh về Bộ X để được ...": what follows
    // a unit in its sentence
    // ("... trong phạm vi chức năng, nhiệm vụ của mình", "... theo thẩm quyền", "... trong thời gian 03 ngày làm việc
    // kể từ ...", "... trong trường hợp quy định tại ...", "... trong việc tổng kết ...": the scope, time, case or field
    // of the task, not the unit)
    const TAILS: [&str; 27] = [
        " để ", " về tình hình", " về kết quả", " theo quy định", " thì ", " trong phạm vi", " theo thẩm quyền",
        " trong thời gian", " trong thời hạn", " kể từ", " trong trường hợp", " có thể ", " giám sát việc", " định kỳ", " trong việc",
        // ("Ủy ban nhân dân tỉnh, ..., ngoài việc thực hiện trách nhiệm quy định tại khoản 1 ...")
        " ngoài việc",
        // ("phối hợp với cơ quan thi hành án dân sự trong xử lý vật chứng ...", "... (Tổng cục Thống kê) trong sửa đổi,
        // bổ sung ...": the field of the work)
        " trong xử lý", " trong sửa đổi", " trong công tác", " trong quá trình", " trong thực hiện", " trong triển khai", " trong tổ chức",
        // ("Phòng Nghiệp vụ Y là đơn vị đầu mối, chủ trì, ...": its role)
        " là đơn vị", " là cơ quan", " là đầu mối",
        // ("Các sở, ban, ngành theo lĩnh vực quản lý chủ trì ...": the field each acts in)
        " theo lĩnh vực",
    ];
    // (the leftmost of them in one pass)
    static FIRST_TAIL: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let first_tail = FIRST_TAIL.get_or_init(|| {
        aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build(TAILS).expect("fixed tails")
    });
    // "Sở Nội vụ - cơ quan thường trực Ban ...": a role after a dash ("Lao động - Thương binh và Xã hội", "tổ chức
    // chính trị - xã hội" are names)
    if let Some(i) = find_fixed!(t, " - ").filter(|&i| ["cơ quan ", "đơn vị ", "thường trực", "là "].iter().any(|r| t[i + 3..].starts_with(r))) {
        t.truncate(i);
    }
    // and " phải ", but not "mà không phải là ...", which describes the unit, nor "cơ quan, tổ chức nơi người phải thi
    // hành án công tác": a clause of place that describes the unit
    // ("cơ quan, tổ chức phải thi hành án", "người phải thi hành án": the party that owes the judgment, a name)
    let phai = finder!(" phải ").find_iter(t.as_bytes()).find(|&i| !t[..i].ends_with(" không") && !t[..i].contains(" nơi ") && !t[i..].starts_with(" phải thi hành án"));
    // (" là đơn vị" after "phải" describes the unit: "... mà không phải là đơn vị sự nghiệp công lập")
    let tail = first_tail.find_iter(&t).map(|m| m.start()).find(|&i| !(t[i..].starts_with(" là ") && t[..i].ends_with(" phải")));
    if let Some(i) = tail.into_iter().chain(phai).min() {
        t.truncate(i);
        // ("Kiểm toán nhà nước, định kỳ ba năm, ...": the comma before the tail goes with it)
        let kept = t.trim_end_matches([',', ';', ' ']).len();
        t.truncate(kept);
    }
    // a footnote mark the body kept glued to the name ("Bộ Lao động - Thương binh và Xã hội16", "cơ quan bảo hiểm xã
    // hội92"): digits right after a lower-case letter end no unit's name ("Khu vực 6", "VTV8" are not glued so)
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=3).contains(&digits) && t[..t.len() - digits].chars().last().is_some_and(|c| c.is_lowercase()) {
        t.truncate(t.len() - digits);
    }
    for s in [" chủ trì", " thực hiện", " phối hợp", " thì", " và", " phải", " nơi", " cho", " để", " nào", " đang", " đồng thời"] {
        if let Some(r) = t.strip_suffix(s) {
            // ("đơn vị chủ trì", "đơn vị phối hợp": a role the text names bodies by, "Điều 10. Trách nhiệm của đơn vị
            // chủ trì"; the kind alone would name none)
            if matches!(s, " chủ trì" | " phối hợp") && ["đơn vị", "Đơn vị", "cơ quan", "Cơ quan"].contains(&r.trim()) {
                break;
            }
            t = r.to_string();
        }
    }
    t.trim().to_string()
}

/// A key for grouping units: abbreviations expanded, matching form ("UBND tỉnh" -> "ủy ban nhân dân tỉnh").
///
/// The task rules ask it of the same few names over and over (every merge of two assignments keys both): the keys
/// of a thread's last names are kept (a pure function of the name; at most 512 kept, then forgotten all at once).
pub fn unit_key(u: &str) -> String {
    thread_local! {
        static KEYS: crate::memo::Cache<String> = Default::default();
    }
    crate::memo::cached(&KEYS, u, 512, || unit_key_of(u))
}

fn unit_key_of(u: &str) -> String {
    // most names hold no abbreviation: one pass over the name for all of them tells, and the replacements (which only
    // start once one is found) are made only then
    static ANY: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    // (leftmost-first: the kind of search aho-corasick's vectorized prefilter runs; any kind tells the same)
    let any = ANY.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(abbrevs().iter().map(|(a, _)| a))
            .expect("fixed abbreviations")
    });
    let candidates: &[(&str, &str)] = if any.is_match(u) { abbrevs() } else { &[] };
    let mut s = u.to_string();
    // "Bộ trưởng BộVăn hóa, Thể thao và Du lịch" (a space lost in print, Luật 131/2025/QH15): the same ministry
    for head in ["Bộ", "Sở"] {
        if s.contains(head) {
            let mut out = String::with_capacity(s.len() + 2);
            let mut rest = s.as_str();
            while let Some(i) = rest.find(head) {
                let end = i + head.len();
                out.push_str(&rest[..end]);
                if rest[end..].starts_with(|c: char| c.is_uppercase()) {
                    out.push(' ');
                }
                rest = &rest[end..];
            }
            out.push_str(rest);
            s = out;
        }
    }
    for (a, full) in candidates {
        if s.contains(a) {
            // whole tokens only
            let mut out = String::new();
            let mut rest = s.as_str();
            while let Some(i) = rest.find(a) {
                let before_ok = rest[..i].chars().next_back().map_or(true, |c| !crate::normalize::is_alnum(c));
                let after_ok = rest[i + a.len()..].chars().next().map_or(true, |c| !crate::normalize::is_alnum(c));
                out.push_str(&rest[..i]);
                out.push_str(if before_ok && after_ok { full } else { a });
                rest = &rest[i + a.len()..];
            }
            out.push_str(rest);
            s = out;
        }
    }
    let k = match_form(&s);
    k.strip_prefix("các ").map(str::to_string).unwrap_or(k)
}

#[cfg(test)]
mod tests {
    use super::{name_end, split_units};

    #[test]
    fn restore_spaces_finds_the_lost_space_as_its_definition_does() {
        // the definition: a lower-case letter, a capital, a lower-case letter, anywhere (three windows of the chars)
        let lost = |t: &str| t.chars().zip(t.chars().skip(1)).zip(t.chars().skip(2)).any(|((a, b), c)| a.is_lowercase() && b.is_uppercase() && c.is_lowercase());
        let pieces = ["Bộ", "Văn", "hóa", "TTg", "BCĐ", "a", "Ư", "ư", " ", ",", "Đà", "Lạt", "x"];
        let mut rng = crate::TestRng::new(0x5EED_u64);
        let mut texts: Vec<String> = vec![String::new(), "a".into(), "aB".into(), "aBc".into(), "BộVăn hóa".into(), "TTg".into()];
        for _ in 0..5000 {
            let n = rng.below(6);
            texts.push((0..n).map(|_| pieces[rng.below(pieces.len())]).collect());
        }
        for t in &texts {
            assert_eq!(restore_spaces(t) != *t, lost(t), "{t:?}");
        }
        assert_eq!(restore_spaces("Bộ trưởng BộVăn hóa"), "Bộ trưởng Bộ Văn hóa");
    }

    #[test]
    fn the_people_a_decision_names_are_a_unit_of_the_list() {
        // vinhphuc_qd_890 Điều 4 (shortened)
        assert_eq!(split_units("Chủ tịch UBND các huyện, thành phố và các ông, bà có tên tại Điều 1"), ["Chủ tịch UBND các huyện, thành phố", "các ông, bà có tên tại Điều 1"]);
    }

    #[test]
    fn a_complete_name_ends_before_its_verb() {
        let cut = |u: &'static str| name_end(u).map(|k| &u[..k]);
        assert_eq!(cut("Bộ Công Thương bổ sung chỉ tiêu thống kê"), Some("Bộ Công Thương"));
        assert_eq!(cut("Bộ trưởng Bộ Công Thương quy định tiêu chí"), Some("Bộ trưởng Bộ Công Thương"));
        assert_eq!(cut("UBND cấp xã quản lý hoạt động qua lại"), Some("UBND cấp xã"));
        assert_eq!(cut("Ban Quản lý Khu kinh tế tỉnh quảng bá sản phẩm"), Some("Ban Quản lý Khu kinh tế tỉnh"));
        assert_eq!(cut("Chi cục Hải quan khu vực XI lắp đặt hệ thống camera"), Some("Chi cục Hải quan khu vực XI"));
        assert_eq!(cut("các cơ quan có liên quan đánh giá nguyên nhân"), Some("các cơ quan có liên quan"));
        assert_eq!(
            cut("Ngân hàng Chính sách xã hội Chi nhánh tỉnh Quảng Ninh ưu tiên bố trí nguồn vốn"),
            Some("Ngân hàng Chính sách xã hội Chi nhánh tỉnh Quảng Ninh")
        );
        assert_eq!(
            cut("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương cấp mã số vùng trồng"),
            Some("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")
        );
        // a place, a level, a qualifier or a capitalized word goes on; a name not known complete is left alone
        for whole in [
            "Sở Y tế tỉnh Hà Tĩnh",
            "Sở Xây dựng các tỉnh, thành phố trực thuộc trung ương",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có vùng sản xuất nông sản",
            "Ủy ban nhân dân cấp xã nơi có dự án",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Cục Giám định nhà nước về chất lượng công trình xây dựng",
            "Bộ Tài nguyên và Môi trường",
            "Ban Chỉ đạo tỉnh về phòng, chống thiên tai",
        ] {
            assert_eq!(name_end(whole), None, "{whole}");
        }
    }

    #[test]
    fn a_complete_name_and_a_lower_case_unit_are_two() {
        assert_eq!(split_units("Sở Tài chính, cơ quan bảo hiểm xã hội cấp tỉnh"), ["Sở Tài chính", "cơ quan bảo hiểm xã hội cấp tỉnh"]);
        assert_eq!(split_units("các cơ quan, đơn vị có liên quan"), ["các cơ quan, đơn vị có liên quan"]);
    }

    /// [`split_units_of`] as first written (a search of each separator to its first acceptable place, " do " searched
    /// for before each comma): the definition the tests compare with.
    fn split_units_by_search(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        for part in s.split(';') {
            let mut cur = String::new();
            let mut rest = part;
            loop {
                if cur.trim().is_empty() {
                    if let Some((names, r)) = expansion_at(rest) {
                        out.extend(names);
                        rest = r.trim_start().trim_start_matches(',').trim_start();
                        rest = rest.strip_prefix("và ").unwrap_or(rest);
                        if rest.trim().is_empty() {
                            break;
                        }
                        continue;
                    }
                }
                // the next separator: ", " or " và " followed by a unit start
                let mut cut: Option<(usize, usize)> = None;
                for sep in [",", " và "] {
                    let mut from = 0;
                    while let Some(i) = rest[from..].find(sep) {
                        let at = from + i;
                        let after = &rest[at + sep.len()..];
                        let a = after.trim_start();
                        // after a comma only a capitalized unit, a new "các ..." group, "hệ thống ...", "lãnh đạo ..."
                        // starts a new one ("các cơ quan, đơn vị, địa phương" is one group)
                        // ("Các huyện ủy, Thành ủy, đảng ủy trực thuộc Tỉnh ủy": the province's one city committee in capitals
                        // inside a group of committees)
                        let committee_group = sep == "," && ["Các huyện ủy", "các huyện ủy", "Các huyện, thị"].iter().any(|g| rest.trim_start().starts_with(g))
                            && ["Thành ủy", "Thị ủy", "Thành uỷ", "Thị uỷ"].iter().any(|c| a.starts_with(c));
                        let strong = !committee_group && a.chars().next().is_some_and(|c| c.is_uppercase())
                            || a.starts_with("hệ thống")
                            || a.starts_with("lãnh đạo")
                            || a.starts_with("cơ quan ngang")
                            || a.starts_with("cơ quan thuộc")
                            || a.starts_with("cơ quan trung ương")
                            // "Cơ quan nhận báo cáo, cơ quan chủ trì điều tra": two bodies named by what they do (not the
                            // group "các cơ quan, đơn vị")
                            // ("cơ quan ngang bộ, cơ quan, tổ chức có liên quan": the group of kinds after it too)
                            || ((a.starts_with("cơ quan ") || a.starts_with("cơ quan, ")) && ["Cơ quan ", "cơ quan "].iter().any(|h| rest.trim_start().starts_with(h)))
                            || a.starts_with("người đứng đầu")
                            // "Hội đồng nhân dân, các ban của Hội đồng nhân dân, đại biểu Hội đồng nhân dân"
                            || a.starts_with("đại biểu ")
                            // "trưởng đoàn, thư ký đoàn và các thành viên khác": the roles of a delegation
                            || a.starts_with("thư ký ")
                            || a.starts_with("trưởng đoàn")
                            || a.starts_with("phó trưởng đoàn")
                            || (a.starts_with("các ") && starts_unit(a))
                            || (a.starts_with(|c: char| c.is_lowercase()) && !rest[..at].contains(',') && starts_unit(&rest[..at]) && closes_name(rest[..at].trim()))
                            || (a.starts_with(|c: char| c.is_lowercase()) && full_kind_before(&rest[..at], rest[..at].contains(" các "), &rest[rest[..at].rfind(',').map_or(0, |i| i + 1)..at]));
                        // "người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập": the comma is inside the
                        // clause "do X, Y thành lập" that describes the unit
                        let in_do_clause = sep == "," && rest[..at].contains(" do ") && {
                            let seg = &after[..after.find([',', ';']).unwrap_or(after.len())];
                            [" thành lập", " quyết định thành lập", " quản lý"].iter().any(|v| seg.contains(v))
                        };
                        // "Cục trưởng Cục Cảnh sát quản lý trại giam, ..., Bộ Công an": a department named with its
                        // ministry, not two units
                        let parent_ministry = sep == ","
                            && a.starts_with("Bộ ")
                            && ["Cục ", "Cục trưởng ", "Vụ ", "Vụ trưởng ", "Tổng cục "].iter().any(|h| rest.starts_with(h));
                        // "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office serving two bodies
                        let joint_office = sep == " và "
                            && ["Văn phòng HĐND", "Văn phòng Hội đồng nhân dân", "Văn phòng Đoàn ĐBQH", "Văn phòng Đoàn đại biểu Quốc hội"].iter().any(|o| rest[..at].trim_start().starts_with(o) && rest[..at].trim_start().len() == o.len());
                        if starts_unit(after) && at > 0 && (sep != "," || strong) && !in_do_clause && !parent_ministry && !joint_office {
                            if cut.map_or(true, |(c, _)| at < c) {
                                cut = Some((at, sep.len()));
                            }
                            break;
                        }
                        from = at + sep.len();
                    }
                }
                match cut {
                    Some((at, len)) => {
                        cur.push_str(&rest[..at]);
                        out.push(std::mem::take(&mut cur));
                        rest = &rest[at + len..];
                    }
                    None => {
                        cur.push_str(rest);
                        out.push(cur);
                        break;
                    }
                }
            }
        }
        let mut out: Vec<String> = out.into_iter().map(|u| clean_unit(&u)).filter(|u| !u.is_empty()).collect();
        share_places(&mut out);
        // (each unit's key computed once: the list is deduplicated by key, first one kept)
        let mut units: Vec<String> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        for u in out {
            let k = unit_key(&u);
            if !keys.contains(&k) {
                keys.push(k);
                units.push(u);
            }
        }
        units
    }

    #[test]
    fn split_units_as_defined() {
        let mut texts: Vec<String> = crate::corpus_docs().iter().flat_map(|t| t.lines().map(str::to_string)).collect();
        // random lists of the pieces each rule looks at
        let pieces = [
            "Sở Y tế", "Sở Tài chính", ", ", ",", " và ", "và ", "các cơ quan", "các sở", "đơn vị", "Các huyện ủy", "Thành ủy", "đảng ủy", " do ",
            "Chính phủ", " thành lập", " quản lý", "Bộ Công an", "Cục trưởng Cục Cảnh sát", "Văn phòng HĐND", "UBND huyện", "hệ thống",
            "lãnh đạo", "cơ quan ngang bộ", "cơ quan ", "Cơ quan ", "người đứng đầu", "đại biểu ", "thư ký đoàn", "trưởng đoàn", "; ",
            "Các Bộ: Y tế, Công Thương", "x", " ", "Ủy ban nhân dân tỉnh",
        ];
        let mut rng = crate::TestRng::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..6000 {
            texts.push(rng.text(&pieces, 30));
        }
        let mut units = 0;
        for t in &texts {
            let want = split_units_by_search(t);
            units += want.len();
            assert_eq!(split_units_of(t), want, "{t:?}");
        }
        assert!(units > 10_000, "{units} units");
    }

    #[test]
    fn a_long_list_splits_in_linear_time() {
        // 20,000 units, commas that do not cut (lower-case words after them) and no " và " after the first ones
        let list = "Sở Y tế, các cơ quan, đơn vị thuộc sở và ".to_string() + &"Sở Nội vụ, phòng, ban, ".repeat(20_000);
        let at = std::time::Instant::now();
        let n = split_units_of(&list).len();
        assert!(n > 1 && at.elapsed() < std::time::Duration::from_secs(3), "{n} units in {:?}", at.elapsed());
    }

    use super::*;

    #[test]
    fn relative_clauses_and_described_bodies() {
        // Thông tư 07/2024/TT-BLĐTBXH, Điều 19.1
        assert_eq!(
            split_units("Bộ trưởng, người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập mà không phải là đơn vị sự nghiệp công lập"),
            ["Bộ trưởng", "người đứng đầu tổ chức do Chính phủ, Thủ tướng Chính phủ thành lập mà không phải là đơn vị sự nghiệp công lập"]
        );
        // a unit's role after its name is not part of it (a Sở Y tế plan's table: "Phòng Nghiệp vụ Y là đơn vị đầu mối")
        assert_eq!(clean_unit("Phòng Nghiệp vụ Y là đơn vị đầu mối"), "Phòng Nghiệp vụ Y");
        assert_eq!(clean_unit("Các sở, ban, ngành theo lĩnh vực quản lý"), "Các sở, ban, ngành");
        // a note on which bodies after the administrative merger (thainguyen_bc_88 III.5)
        assert_eq!(clean_unit("UBND các xã, phường (sau sắp xếp đơn vị hành chính)"), "UBND các xã, phường");
        // a space lost in the source between two words; acronyms stay
        assert_eq!(clean_unit("Bộ trưởng BộVăn hóa, Thể thao và Du lịch"), "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch");
        // the kinds of central bodies one by one, and a group of kinds after a named kind (GOLD.md)
        assert_eq!(split_units("các bộ, cơ quan ngang bộ, cơ quan, tổ chức có liên quan"), ["các bộ", "cơ quan ngang bộ", "cơ quan, tổ chức có liên quan"]);
        assert_eq!(clean_unit("Văn phòng UBND tỉnh (VP.TTg)"), "Văn phòng UBND tỉnh (VP.TTg)");
        // corpus/docs/daknong_ct_03.txt: forest rangers and forest owners
        assert!(starts_unit("Hạt Kiểm lâm các huyện"));
        assert_eq!(split_units("Cơ sở khám bệnh, chữa bệnh, cơ sở kinh doanh dược"), ["Cơ sở khám bệnh, chữa bệnh", "cơ sở kinh doanh dược"]);
        // a fund named in capitals is a body (sonla_qd_24 Điều 6.4); "quỹ đất" is land set aside
        assert!(starts_unit("Quỹ Bảo vệ và Phát triển rừng tỉnh có trách nhiệm"));
        assert!(!starts_unit("Quỹ đất phát triển trung tâm logistics"));
        assert_eq!(split_units("Sở Tài chính, Hiệp hội Doanh nghiệp tỉnh Bình Dương"), ["Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh Bình Dương"]);
        assert_eq!(split_units("Ủy ban nhân dân các xã và các chủ rừng"), ["Ủy ban nhân dân các xã", "các chủ rừng"]);
        // Thông tư (vbpl_doc_000444), Điều 7.5
        assert_eq!(split_units("Cơ quan nhận báo cáo, cơ quan chủ trì điều tra"), ["Cơ quan nhận báo cáo", "cơ quan chủ trì điều tra"]);
        assert_eq!(split_units("các cơ quan, đơn vị có liên quan"), ["các cơ quan, đơn vị có liên quan"]);
        assert!(!starts_unit("Các trường hợp tiêu hủy biên lai"));
        // vbpl_doc_000189, Điều 2: a department with its ministry
        assert_eq!(
            split_units("Cục trưởng Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng, Bộ Công an"),
            ["Cục trưởng Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng, Bộ Công an"]
        );
        assert!(starts_unit("Các trường trung học phổ thông"));
        // the scope, time or case of a task is not part of its unit (NQ 22/2026, NĐ 343/2025)
        assert_eq!(
            split_units("Bộ trưởng, Thủ trưởng cơ quan ngang bộ có liên quan trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình"),
            ["Bộ trưởng", "Thủ trưởng cơ quan ngang bộ có liên quan"]
        );
        assert_eq!(split_units("Ủy ban nhân dân cấp xã trong thời gian 03 ngày làm việc kể từ ngày"), ["Ủy ban nhân dân cấp xã"]);
        assert_eq!(split_units("Doanh nghiệp thẩm định giá phải"), ["Doanh nghiệp thẩm định giá"]);
        assert_eq!(split_units("Bộ Lao động - Thương binh và Xã hội16"), ["Bộ Lao động - Thương binh và Xã hội"]);
        assert_eq!(split_units("Ngân hàng Nhà nước Khu vực 6"), ["Ngân hàng Nhà nước Khu vực 6"]);
        assert_eq!(split_units("Cơ quan, tổ chức được đề nghị phải cung cấp ngay thông tin"), ["Cơ quan, tổ chức được đề nghị"]);
        // what follows a unit in its sentence is not part of it
        assert_eq!(split_units("Ủy ban nhân dân thành phố Đà Nẵng về tình hình thực hiện"), ["Ủy ban nhân dân thành phố Đà Nẵng"]);
    }

    #[test]
    fn kinds_listed_one_by_one_are_units() {
        // NĐ 152/2026 Điều 64.1, 47.5: kinds of body, each named in full, a comma between them
        assert_eq!(
            split_units("Kho bạc Nhà nước, tổ chức tín dụng, chi nhánh ngân hàng nước ngoài, cơ quan, tổ chức, cá nhân khác đang quản lý tài khoản"),
            ["Kho bạc Nhà nước", "tổ chức tín dụng", "chi nhánh ngân hàng nước ngoài", "cơ quan, tổ chức, cá nhân khác đang quản lý tài khoản"]
        );
        assert_eq!(split_units("Cơ quan thi hành án dân sự, công an cấp tỉnh"), ["Cơ quan thi hành án dân sự", "công an cấp tỉnh"]);
        // a group's first kinds share the words after them: one unit; and a list that does not open with a unit
        // ("trại giam" is none) is cut at no comma, not into a last unit and words that name none
        for whole in [
            "trại giam, trại tạm giam, cơ quan thi hành án hình sự công an cấp tỉnh, cơ quan thi hành án hình sự cấp quân khu",
            "Cơ quan, tổ chức, cá nhân được giao bảo quản tài sản",
            "Cục trưởng Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng",
            "cơ quan, đơn vị, tổ chức, người sử dụng lao động đang quản lý thu nhập",
            "người đứng đầu cơ quan, tổ chức quản lý trực tiếp",
            "các sở, ban, ngành, đơn vị có liên quan",
            "Thủ trưởng cơ quan, đơn vị sử dụng lao động",
        ] {
            assert_eq!(split_units(whole), [whole], "{whole}");
        }
    }

    #[test]
    fn splitting() {
        assert_eq!(split_units("Sở Văn hóa, Thể thao và Du lịch"), ["Sở Văn hóa, Thể thao và Du lịch"]);
        assert_eq!(split_units("Văn phòng HĐND và UBND huyện, Phòng Nội vụ"), ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ"]);
        assert_eq!(split_units("Phòng Nội vụ (cơ quan thường trực)"), ["Phòng Nội vụ"]);
        assert!(starts_unit("Các Chi cục thuộc Sở"));
        assert!(starts_unit("cơ sở khám bệnh, chữa bệnh bảo hiểm y tế"));
        // an institution named by its kind (bnv_tt_08, TT 21/2026/TT-BGDĐT: "Cơ sở giáo dục ... có trách nhiệm")
        assert!(starts_unit("Cơ sở giáo dục nghề nghiệp tham gia đào tạo cho người lao động"));
        assert!(!starts_unit("Cơ sở dữ liệu quốc gia"));
        // titles in a closing list of those who execute the decision (hatinh_qd_37, sonla_qd_24)
        assert!(starts_unit("Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"));
        assert!(starts_unit("Trưởng Thuế tỉnh Hà Tĩnh"));
        assert!(starts_unit("Tổng Biên tập Báo và Phát thanh, Truyền hình Sơn La"));
        assert_eq!(split_units("Bộ Quốc phòng (Cục Chính sách - Xã hội)"), ["Bộ Quốc phòng (Cục Chính sách - Xã hội)"]);
        // QĐ 60/2006/QĐ-UBND Gia Lai, Điều 2
        assert_eq!(split_units("Các Ông (Bà) Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hoá thông tin")[0], "Chánh Văn phòng Ủy ban nhân dân tỉnh");
        // NĐ 152/2026 Điều 99.6: "Phối hợp với Bộ Tư pháp trong việc tổng kết ...": the field of the work, not the unit
        assert_eq!(split_units("Bộ Tư pháp trong việc tổng kết công tác thi hành án dân sự"), ["Bộ Tư pháp"]);
        assert_eq!(split_units("Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê) trong sửa đổi, bổ sung Bộ chỉ tiêu"), ["Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê)"]);
        // NĐ 152/2026/NĐ-CP Điều 93.3, 106.2: the party that owes a judgment is a name; an officer opens a unit
        assert_eq!(split_units("cơ quan, tổ chức phải thi hành án"), ["cơ quan, tổ chức phải thi hành án"]);
        assert_eq!(split_units("Cơ quan thi hành án dân sự, Chấp hành viên"), ["Cơ quan thi hành án dân sự", "Chấp hành viên"]);
        assert_eq!(
            split_units("Sở Kế hoạch và Đầu tư; Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh."),
            ["Sở Kế hoạch và Đầu tư", "Sở Công Thương", "Ban Quản lý Khu kinh tế tỉnh"]
        );
        assert_eq!(split_units("Công an tỉnh và các đơn vị có liên quan"), ["Công an tỉnh", "các đơn vị có liên quan"]);
        assert_eq!(split_units("Ủy ban nhân dân các huyện, thành phố"), ["Ủy ban nhân dân các huyện, thành phố"]);
        assert_eq!(split_units("các Sở, ban, ngành"), ["các Sở, ban, ngành"]);
        assert_eq!(split_units("Các đơn vị, địa phương và cơ quan báo chí tỉnh"), ["Các đơn vị, địa phương", "cơ quan báo chí tỉnh"]);
        assert_eq!(split_units("VTV8, VOV"), ["VTV8", "VOV"]);
        assert_eq!(split_units("Báo Kon Tum; Đài Phát thanh và Truyền hình"), ["Báo Kon Tum", "Đài Phát thanh và Truyền hình"]);
        assert_eq!(
            split_units("Các Bộ: Y tế, Nông nghiệp và Môi trường, Công Thương và Tư pháp"),
            ["Bộ Y tế", "Bộ Nông nghiệp và Môi trường", "Bộ Công Thương", "Bộ Tư pháp"]
        );
        assert_eq!(
            split_units("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Nội vụ, Tài chính"),
            ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính"]
        );
        assert_eq!(
            split_units("Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Kế hoạch và Đầu tư, Tài chính, Thủ trưởng các cơ quan, đơn vị liên quan"),
            ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Kế hoạch và Đầu tư", "Giám đốc Sở Tài chính", "Thủ trưởng các cơ quan, đơn vị liên quan"]
        );
        assert_eq!(
            split_units("Báo Kiên Giang, Ban Biên tập Cổng Thông tin điện tử tỉnh, lãnh đạo Ủy ban nhân dân các huyện, thành phố"),
            ["Báo Kiên Giang", "Ban Biên tập Cổng Thông tin điện tử tỉnh", "lãnh đạo Ủy ban nhân dân các huyện, thành phố"]
        );
        // a bare kind shares the place of the unit after it (vbpl 583, Điều 17)
        assert_eq!(
            split_units("Chủ tịch Hội đồng nhân dân, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương nơi có đặc khu và Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân đặc khu"),
            [
                "Chủ tịch Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương nơi có đặc khu",
                "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương nơi có đặc khu",
                "Ủy ban nhân dân đặc khu",
                "Chủ tịch Ủy ban nhân dân đặc khu"
            ]
        );
        assert_eq!(split_units("Ủy ban nhân dân, Sở Tư pháp"), ["Ủy ban nhân dân", "Sở Tư pháp"]);
        assert!(!starts_unit("Các hoạt động: Thăm hỏi"));
        assert!(starts_unit("Các cơ quan báo chí tỉnh"));
    }

    #[test]
    fn keys_group_abbreviations() {
        assert_eq!(unit_key("UBND tỉnh"), unit_key("Ủy ban nhân dân tỉnh"));
        assert_eq!(unit_key("Bộ trưởng BộVăn hóa, Thể thao và Du lịch"), unit_key("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"));
        assert_eq!(unit_key("Sở TT&TT"), unit_key("Sở Thông tin và Truyền thông"));
        assert_ne!(unit_key("UBNDX"), unit_key("Ủy ban nhân dânX"));
    }
}
