//! Tables of abbreviations, titles and ranks. They are data (`data/*.tsv`), compiled in, parsed once.

use crate::normalize::match_form;
/// The tables' maps: looked up for every code and type name of a text, with foldhash's fast fixed-seed hasher (the
/// keys are the tables' own, no input can choose them to collide).
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
/// A set with the same hasher.
pub type HashSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;
use std::sync::OnceLock;

/// Scope of an issuing body: where its document numbers are unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A central state body (Chính phủ, a ministry): codes are national.
    National,
    /// A central Party body (Trung ương, Bộ Chính trị): codes are national.
    PartyNational,
    /// A provincial or lower state body: codes are local to a jurisdiction.
    Local,
    /// A provincial or lower Party committee: codes are local and restart each term.
    PartyLocal,
}

pub struct Tables {
    /// type abbreviation ("KH") -> canonical name ("Kế hoạch")
    pub type_by_abbrev: HashMap<String, &'static str>,
    /// match form of a canonical name ("kế hoạch") -> canonical name
    pub type_by_name: HashMap<String, &'static str>,
    /// canonical names, longest first (for prefix matching in running text)
    pub type_names: Vec<&'static str>,
    /// issuer abbreviation ("STTTT") -> (full name, scope)
    pub issuer_by_abbrev: HashMap<String, (&'static str, Scope)>,
    pub signer_titles: Vec<&'static str>,
    /// Known law names as tokens in matching form, most tokens first.
    pub law_names: Vec<Vec<String>>,
    pub ranks: Vec<&'static str>,
}

/// The lines of a data table (`data/*.txt`, `*.tsv`): blank lines and `#` comments left out.
pub(crate) fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data_lines(data).map(|l| l.split('\t').collect())
}

pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut type_by_abbrev = HashMap::default();
        let mut type_by_name = HashMap::default();
        let mut type_names = Vec::new();
        for r in rows(include_str!("../data/doc_types.tsv")) {
            let name = r[1];
            for a in r[0].split(',').filter(|a| !a.is_empty()) {
                type_by_abbrev.entry(a.to_string()).or_insert(name);
            }
            type_by_name.insert(match_form(name), name);
            type_names.push(name);
        }
        type_names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        let mut issuer_by_abbrev = HashMap::default();
        for r in rows(include_str!("../data/issuers.tsv")) {
            let scope = match r.get(2).copied().unwrap_or("national") {
                "party-national" => Scope::PartyNational,
                "local" => Scope::Local,
                "party-local" => Scope::PartyLocal,
                _ => Scope::National,
            };
            issuer_by_abbrev.entry(r[0].to_string()).or_insert((r[1], scope));
        }
        let signer_titles = rows(include_str!("../data/signer_titles.tsv")).map(|r| r[0]).collect();
        let ranks = rows(include_str!("../data/ranks.tsv")).map(|r| r[0]).collect();
        let mut law_names: Vec<Vec<String>> = data_lines(include_str!("../data/law_names.txt"))
            .map(|l| l.split_whitespace().map(match_form).collect())
            .collect();
        law_names.sort_by_key(|t| std::cmp::Reverse(t.len()));
        Tables { type_by_abbrev, type_by_name, type_names, issuer_by_abbrev, signer_titles, ranks, law_names }
    })
}

/// Canonical type name for a printed name in any case ("KẾ HOẠCH", "kế hoạch") or None.
pub fn canonical_type(printed: &str) -> Option<&'static str> {
    tables().type_by_name.get(&match_form(printed)).copied()
}

/// Canonical type name for an abbreviation ("KH" -> "Kế hoạch").
pub fn type_for_abbrev(abbrev: &str) -> Option<&'static str> {
    tables().type_by_abbrev.get(abbrev).copied()
}

/// Issuer of an abbreviation ("STTTT" -> "Sở Thông tin và Truyền thông").
pub fn issuer_for_abbrev(abbrev: &str) -> Option<(&'static str, Scope)> {
    tables().issuer_by_abbrev.get(abbrev).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(canonical_type("KẾ HOẠCH"), Some("Kế hoạch"));
        assert_eq!(canonical_type("văn bản hợp nhất"), Some("Văn bản hợp nhất"));
        assert_eq!(type_for_abbrev("CTr"), Some("Chương trình"));
        assert_eq!(type_for_abbrev("QĐi"), Some("Quy định"));
        assert_eq!(issuer_for_abbrev("TU").unwrap().1, Scope::PartyLocal);
        assert_eq!(issuer_for_abbrev("CP").unwrap().0, "Chính phủ");
        assert!(tables().signer_titles.contains(&"GIÁM ĐỐC"));
    }
}
