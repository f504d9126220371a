//! Character error rate, for measuring extraction against a known text (tests, `benches/pdf_compare.sh`).
//!
//! Both texts are normalized (NFC, every run of white space one space, trimmed). The distance is Levenshtein
//! over characters, computed bit-parallel (Myers/Hyyrö). Texts over 16,000 characters are first cut into pieces
//! of about 8,000 at anchors (a word that occurs once in each text, in the same order as the other anchors, with
//! the same words on both sides) and the pieces' distances add up: an upper bound of the full distance, equal to
//! it unless an optimal alignment crosses an anchor, which keeps a 250,000-character comparison to a second.

use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// NFC, white space collapsed to single spaces, trimmed.
pub fn normalize(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Edits (character insertions, deletions, substitutions) per reference character, after [`normalize`].
pub fn char_error_rate(reference: &str, hypothesis: &str) -> f64 {
    let r: Vec<char> = normalize(reference).chars().collect();
    let h: Vec<char> = normalize(hypothesis).chars().collect();
    if r.is_empty() {
        return if h.is_empty() { 0.0 } else { 1.0 };
    }
    anchored_distance(&r, &h, 0) as f64 / r.len() as f64
}

/// Pieces up to this many cells (characters × characters) are compared directly.
const DIRECT_CELLS: usize = 1 << 28;
/// Long texts are cut at anchors into pieces of about this many reference characters.
const PIECE_CHARS: usize = 8000;

fn anchored_distance(a: &[char], b: &[char], depth: usize) -> usize {
    if a.is_empty() || b.is_empty() {
        return a.len().max(b.len());
    }
    if a.len().saturating_mul(b.len()) <= DIRECT_CELLS || depth > 4 {
        return levenshtein(a, b);
    }
    let wa = words(a);
    let wb = words(b);
    let word = |t: &'_ [char], w: &[(usize, usize)], i: usize| -> Option<Vec<char>> {
        w.get(i).and_then(|&(s, e)| t.get(s..e)).map(<[char]>::to_vec)
    };
    let mut count: HashMap<&[char], (usize, usize, usize, usize)> = HashMap::new();
    for (i, &(s, e)) in wa.iter().enumerate() {
        let w = a.get(s..e).unwrap_or(&[]);
        let entry = count.entry(w).or_insert((0, 0, 0, 0));
        entry.0 += 1;
        entry.2 = i;
    }
    for (j, &(s, e)) in wb.iter().enumerate() {
        let w = b.get(s..e).unwrap_or(&[]);
        if let Some(entry) = count.get_mut(w) {
            entry.1 += 1;
            entry.3 = j;
        }
    }
    let mut pairs: Vec<(usize, usize)> = count.values().filter(|c| c.0 == 1 && c.1 == 1).map(|c| (c.2, c.3)).collect();
    pairs.sort_unstable();
    // Anchors in order in both texts, whose neighbouring words agree too; one every PIECE_CHARS or so.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut last_cut = 0usize;
    for (i, j) in longest_increasing(&pairs) {
        let confident = i > 0
            && j > 0
            && word(a, &wa, i - 1) == word(b, &wb, j - 1)
            && word(a, &wa, i + 1) == word(b, &wb, j + 1);
        let at = wa.get(i).map_or(0, |w| w.0);
        if confident && at >= last_cut + PIECE_CHARS && a.len().saturating_sub(at) >= PIECE_CHARS / 2 {
            cuts.push((i, j));
            last_cut = at;
        }
    }
    if cuts.is_empty() {
        return levenshtein(a, b);
    }
    let mut total = 0usize;
    let (mut pa, mut pb) = (0usize, 0usize);
    for (i, j) in cuts {
        let (Some(&(sa, ea)), Some(&(sb, eb))) = (wa.get(i), wb.get(j)) else { continue };
        total += anchored_distance(a.get(pa..sa).unwrap_or(&[]), b.get(pb..sb).unwrap_or(&[]), depth + 1);
        pa = ea;
        pb = eb;
    }
    total + anchored_distance(a.get(pa..).unwrap_or(&[]), b.get(pb..).unwrap_or(&[]), depth + 1)
}

/// Word extents (start, end) in a normalized text.
fn words(t: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &c) in t.iter().enumerate() {
        match (c == ' ', start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, t.len()));
    }
    out
}

/// The longest chain of pairs increasing in both coordinates (pairs sorted by the first).
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new(); // index into pairs of the smallest tail of each length
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, j)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs.get(t).is_some_and(|p| p.1 < j));
        if pos > 0 {
            if let Some(slot) = prev.get_mut(k) {
                *slot = tails.get(pos - 1).copied();
            }
        }
        if pos == tails.len() {
            tails.push(k);
        } else if let Some(slot) = tails.get_mut(pos) {
            *slot = k;
        }
    }
    let mut out = Vec::new();
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        if let Some(&p) = pairs.get(k) {
            out.push(p);
        }
        cur = prev.get(k).copied().flatten();
    }
    out.reverse();
    out
}

/// Levenshtein distance, bit-parallel over 64-character blocks of `a` (Myers 1999, Hyyrö 2003).
pub fn levenshtein(a: &[char], b: &[char]) -> usize {
    if a.is_empty() || b.is_empty() {
        return a.len().max(b.len());
    }
    let words = a.len().div_ceil(64);
    let mut index: HashMap<char, usize> = HashMap::new();
    let mut peq: Vec<u64> = Vec::new();
    for (i, &c) in a.iter().enumerate() {
        let next = index.len();
        let k = *index.entry(c).or_insert(next);
        if k == next {
            peq.resize(peq.len() + words, 0);
        }
        if let Some(w) = peq.get_mut(k * words + i / 64) {
            *w |= 1u64 << (i % 64);
        }
    }
    let last = 1u64 << ((a.len() - 1) % 64);
    let mut vp = vec![!0u64; words];
    let mut vn = vec![0u64; words];
    let mut dist = a.len();
    let zero = vec![0u64; words];
    for c in b {
        let masks = match index.get(c) {
            Some(&k) => peq.get(k * words..(k + 1) * words).unwrap_or(&zero),
            None => &zero,
        };
        let mut hp_carry = 1u64;
        let mut hn_carry = 0u64;
        for w in 0..words {
            let pm = masks.get(w).copied().unwrap_or(0);
            let (Some(vpw), Some(vnw)) = (vp.get(w).copied(), vn.get(w).copied()) else { break };
            let x = pm | hn_carry;
            let d0 = ((x & vpw).wrapping_add(vpw) ^ vpw) | x | vnw;
            let mut hp = vnw | !(d0 | vpw);
            let mut hn = d0 & vpw;
            let (hpc, hnc) = (hp_carry, hn_carry);
            if w + 1 < words {
                hp_carry = hp >> 63;
                hn_carry = hn >> 63;
            } else {
                hp_carry = u64::from(hp & last != 0);
                hn_carry = u64::from(hn & last != 0);
            }
            hp = (hp << 1) | hpc;
            hn = (hn << 1) | hnc;
            if let (Some(p), Some(n)) = (vp.get_mut(w), vn.get_mut(w)) {
                *p = hn | !(d0 | hp);
                *n = hp & d0;
            }
        }
        dist = (dist + hp_carry as usize).saturating_sub(hn_carry as usize);
    }
    dist
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dp(a: &[char], b: &[char]) -> usize {
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.iter().enumerate() {
            let mut diag = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = (up + 1).min(row[j] + 1).min(diag + usize::from(ca != cb));
                diag = up;
            }
        }
        row[b.len()]
    }

    #[test]
    fn bit_parallel_matches_dp() {
        let mut seed = 12345u64;
        let mut rnd = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..200 {
            let la = (rnd() % 300) as usize;
            let lb = (rnd() % 300) as usize;
            let a: Vec<char> = (0..la).map(|_| ['a', 'b', 'c', 'ạ', ' '][(rnd() % 5) as usize]).collect();
            let b: Vec<char> = (0..lb).map(|_| ['a', 'b', 'c', 'ạ', ' '][(rnd() % 5) as usize]).collect();
            assert_eq!(levenshtein(&a, &b), dp(&a, &b), "{la} {lb}");
        }
    }

    #[test]
    fn rates() {
        assert_eq!(char_error_rate("a  b\nc", "a b c"), 0.0);
        assert!((char_error_rate("abcd", "abed") - 0.25).abs() < 1e-9);
        // Long texts go through anchors and stay exact when the edits are local.
        let base: String = (0..9000).map(|i| format!("từ{i} ")).collect();
        let edited = base.replace("từ2500 ", "tu2500 ").replace("từ10 ", "");
        let r: Vec<char> = normalize(&base).chars().collect();
        let h: Vec<char> = normalize(&edited).chars().collect();
        assert_eq!(anchored_distance(&r, &h, 0), 1 + "từ10 ".chars().count());
    }
}
