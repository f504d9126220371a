//! Reading order: runs grouped into lines by baseline, lines from top to bottom, runs from left to right.
//! A wide horizontal gap inside a line (the two columns of a header or a signature block side by side) becomes
//! three spaces, which vanban's layout module reads as a cell boundary; a narrower gap becomes one space.
//! Annotation appearances (e-signature stamps) follow the page's text as their own lines.

use crate::interp::Span;
use std::cmp::Ordering;
use unicode_normalization::UnicodeNormalization;

/// A gap wider than this many font sizes separates columns ("   "). Measured on the Official Gazette PDFs:
/// justified word gaps stay under 1.1 em, the two header columns are 1.2–4 em apart.
pub(crate) const COLUMN_GAP_EM: f64 = 1.2;
/// A gap wider than this many font sizes separates words (" ").
pub(crate) const SPACE_GAP_EM: f64 = 0.12;
/// Runs whose vertical extents overlap by this share of the smaller one share a line (superscripts included).
const SAME_LINE_OVERLAP: f64 = 0.5;
/// Runs smaller than this share of the page's median size are placed on lines after the others.
const SMALL_RUN: f64 = 0.8;
/// Small runs × lines compared at most when placing small runs.
const MAX_PLACEMENT_WORK: usize = 20_000_000;

/// The text of one page.
pub(crate) fn page_text(spans: Vec<Span>, annot_spans: Vec<Span>) -> String {
    let mut out = lines_text(spans);
    let annots = lines_text(annot_spans);
    if !annots.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&annots);
    }
    finish(&out)
}

fn cmp_f64(a: f64, b: f64) -> Ordering {
    a.partial_cmp(&b).unwrap_or(Ordering::Equal)
}

/// Lines of each text direction in turn: horizontal text first, then text running upwards, downwards, and
/// upside down (a landscape table on a portrait page reads in its own frame).
fn lines_text(spans: Vec<Span>) -> String {
    let mut out = String::new();
    for dir in [0u8, 1, 3, 2] {
        let group: Vec<Span> = spans.iter().filter(|s| s.dir == dir).cloned().collect();
        let text = lines_of(group);
        if !text.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&text);
        }
    }
    out
}

fn lines_of(mut spans: Vec<Span>) -> String {
    spans.retain(|s| s.x0.is_finite() && s.x1.is_finite() && s.y.is_finite() && s.size.is_finite());
    spans.sort_by(|a, b| cmp_f64(b.y, a.y).then(cmp_f64(a.x0, b.x0)));

    // Runs much smaller than the page's usual size (superscripts, footnote marks) are placed after the lines
    // are made, on the line they overlap most.
    let mut sizes: Vec<f64> = spans.iter().map(|s| s.size).collect();
    sizes.sort_by(|a, b| cmp_f64(*a, *b));
    let median = sizes.get(sizes.len() / 2).copied().unwrap_or(0.0);
    let (mut small, main): (Vec<Span>, Vec<Span>) = spans.into_iter().partition(|s| s.size < SMALL_RUN * median);
    let mut lines = group_lines(main);
    if small.len().saturating_mul(lines.len()) > MAX_PLACEMENT_WORK {
        // Pathological pages: small runs make their own lines instead of being placed one by one.
        let leftover = std::mem::take(&mut small);
        lines.extend(group_lines(leftover));
    }
    let mut leftover = Vec::new();
    for s in small {
        let (lo, hi) = extent(&s);
        let best = lines
            .iter_mut()
            .map(|line| {
                let overlap = hi.min(line.core.1) - lo.max(line.core.0);
                (overlap / (hi - lo).max(1e-9), line)
            })
            .max_by(|a, b| cmp_f64(a.0, b.0));
        match best {
            Some((ratio, line)) if ratio >= SAME_LINE_OVERLAP => line.runs.push(s),
            _ => leftover.push(s),
        }
    }
    lines.extend(group_lines(leftover));
    lines.sort_by(|a, b| cmp_f64(b.core.0 + b.core.1, a.core.0 + a.core.1));

    let mut out = String::new();
    for mut line in lines {
        line.runs.sort_by(|a, b| cmp_f64(a.x0, b.x0));
        let line = join_runs(&line.runs);
        let line = line.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

struct Line {
    /// Vertical extent of the line's largest run.
    core: (f64, f64),
    size: f64,
    runs: Vec<Span>,
}

/// A run's vertical extent: from a quarter of its size below the baseline to three quarters above.
fn extent(s: &Span) -> (f64, f64) {
    (s.y - 0.25 * s.size, s.y + 0.75 * s.size)
}

/// Runs (sorted from the top) grouped into lines: a run joins the line above it when their extents overlap by
/// half the smaller one.
fn group_lines(spans: Vec<Span>) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for s in spans {
        let (lo, hi) = extent(&s);
        if let Some(line) = lines.last_mut() {
            let overlap = hi.min(line.core.1) - lo.max(line.core.0);
            if overlap >= SAME_LINE_OVERLAP * (hi - lo).min(line.core.1 - line.core.0) {
                if s.size > line.size {
                    line.core = (lo, hi);
                    line.size = s.size;
                }
                line.runs.push(s);
                continue;
            }
        }
        lines.push(Line { core: (lo, hi), size: s.size, runs: vec![s] });
    }
    lines
}

fn join_runs(runs: &[Span]) -> String {
    let mut text = String::new();
    let mut prev: Option<&Span> = None;
    let mut right = f64::MIN;
    for s in runs {
        if let Some(p) = prev {
            // The same text drawn again a hair's breadth away (fake bold, shadows): once.
            if s.text == p.text && (s.x0 - p.x0).abs() < 0.3 * s.size && (s.y - p.y).abs() < 0.3 * s.size {
                continue;
            }
            let gap = s.x0 - right;
            let em = p.size.max(s.size);
            // A list marker followed by a tab ("-", "+", "•") is not a column.
            let bullet = matches!(text.trim(), "-" | "+" | "–" | "•" | "*" | "·");
            if gap > COLUMN_GAP_EM * em && !bullet {
                let trimmed = text.trim_end().len();
                text.truncate(trimmed);
                text.push_str("   ");
            } else if gap > SPACE_GAP_EM * em && !text.ends_with(' ') && !s.text.starts_with(' ') {
                text.push(' ');
            }
        }
        let t = if text.is_empty() || text.ends_with(' ') { s.text.trim_start() } else { &s.text };
        text.push_str(t);
        right = right.max(s.x1);
        prev = Some(s);
    }
    text
}

/// Latin ligature characters spelled out, then NFC.
fn finish(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            '\u{00A0}' => out.push(' '),
            _ => out.push(c),
        }
    }
    out.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(x0: f64, x1: f64, y: f64, text: &str) -> Span {
        Span { x0, x1, y, size: 12.0, dir: 0, text: text.to_string() }
    }

    #[test]
    fn lines_and_columns() {
        let spans = vec![
            span(300.0, 500.0, 700.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            span(80.0, 160.0, 700.4, "CHÍNH PHỦ"),
            span(80.0, 200.0, 680.0, "Số: 126/NQ-CP"),
            span(203.0, 260.0, 660.0, "gần"),
            span(80.0, 200.0, 660.0, "chữ"),
            span(300.0, 320.0, 640.0, "a"),
            span(321.0, 330.0, 640.0, "b"),
            span(330.0, 340.0, 644.0, "1"),
        ];
        let t = page_text(spans, vec![span(10.0, 50.0, 800.0, "Ký bởi: X")]);
        assert_eq!(t, "CHÍNH PHỦ   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 126/NQ-CP\nchữ gần\nab1\nKý bởi: X");
    }

    #[test]
    fn fake_bold_once_and_nfc() {
        let spans = vec![span(100.0, 150.0, 500.0, "Điều 1"), span(100.3, 150.3, 500.0, "Điều 1")];
        assert_eq!(page_text(spans, vec![]), "Điều 1");
        let decomposed = vec![span(0.0, 10.0, 10.0, "a\u{0323}\u{FB01}")];
        assert_eq!(page_text(decomposed, vec![]), "ạfi");
    }
}
