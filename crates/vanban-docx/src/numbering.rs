//! `word/styles.xml` (what a paragraph or character style gives: numbering, caps, hidden) and
//! `word/numbering.xml` (list labels).

use crate::{error, DocxError, ErrorKind, Limits};
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;

/// Value of an attribute by its local name (`w:val` -> "val").
pub(crate) fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// A toggle property (`<w:caps/>`, `<w:caps w:val="false"/>`).
pub(crate) fn toggle(e: &BytesStart) -> bool {
    !matches!(attr(e, b"val").as_deref(), Some("0" | "false" | "off" | "none"))
}

/// Walks an XML part and gives each start element with the local names of its ancestors; `Empty` elements are
/// reported as a start immediately followed by an end.
pub(crate) fn walk(
    xml: &str,
    limits: &Limits,
    part: &str,
    mut on: impl FnMut(&[Vec<u8>], Option<&BytesStart>),
) -> Result<(), DocxError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack: Vec<Vec<u8>> = Vec::new();
    loop {
        let ev = reader.read_event().map_err(|e| error(ErrorKind::Corrupt, format!("{part}: malformed XML ({e})")))?;
        match ev {
            Event::Start(e) => {
                stack.push(e.local_name().as_ref().to_vec());
                if stack.len() > limits.max_depth {
                    return Err(error(
                        ErrorKind::LimitExceeded,
                        format!("{part}: XML nested deeper than {}", limits.max_depth),
                    ));
                }
                on(&stack, Some(&e));
            }
            Event::Empty(e) => {
                stack.push(e.local_name().as_ref().to_vec());
                on(&stack, Some(&e));
                on(&stack, None);
                stack.pop();
            }
            Event::End(_) => {
                on(&stack, None);
                stack.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(())
}

#[derive(Debug, Default, Clone)]
pub(crate) struct Style {
    pub based_on: Option<String>,
    pub num_id: Option<String>,
    pub ilvl: Option<u8>,
    pub caps: Option<bool>,
    pub vanish: Option<bool>,
}

#[derive(Debug, Default)]
pub(crate) struct Styles {
    map: HashMap<String, Style>,
}

fn parent_is(stack: &[Vec<u8>], names: &[&[u8]]) -> bool {
    // the element is the last of `stack`; its ancestors end with `names`
    let n = stack.len();
    n > names.len() && names.iter().rev().enumerate().all(|(i, want)| stack[n - 2 - i].as_slice() == *want)
}

impl Styles {
    pub fn parse(xml: &str, limits: &Limits) -> Result<Styles, DocxError> {
        let mut map = HashMap::new();
        let mut cur: Option<(String, Style)> = None;
        walk(xml, limits, "styles", |stack, start| {
            let name = stack.last().map(|v| v.as_slice()).unwrap_or(b"");
            match start {
                Some(e) => match name {
                    b"style" => cur = attr(e, b"styleId").map(|id| (id, Style::default())),
                    _ => {
                        let Some((_, st)) = cur.as_mut() else { return };
                        match name {
                            b"basedOn" if parent_is(stack, &[b"style"]) => st.based_on = attr(e, b"val"),
                            b"numId" if parent_is(stack, &[b"pPr", b"numPr"]) => st.num_id = attr(e, b"val"),
                            b"ilvl" if parent_is(stack, &[b"pPr", b"numPr"]) => {
                                st.ilvl = attr(e, b"val").and_then(|v| v.parse().ok())
                            }
                            b"caps" if parent_is(stack, &[b"style", b"rPr"]) => st.caps = Some(toggle(e)),
                            b"vanish" if parent_is(stack, &[b"style", b"rPr"]) => st.vanish = Some(toggle(e)),
                            _ => {}
                        }
                    }
                },
                None => {
                    if name == b"style" {
                        if let Some((id, st)) = cur.take() {
                            map.insert(id, st);
                        }
                    }
                }
            }
        })?;
        Ok(Styles { map })
    }

    /// The chain of a style and the styles it is based on (at most 16, against loops).
    fn chain<'a>(&'a self, id: &str) -> Vec<(&'a str, &'a Style)> {
        let mut out = Vec::new();
        let mut cur = self.map.get_key_value(id);
        while let Some((k, st)) = cur {
            if out.len() >= 16 || out.iter().any(|(x, _)| *x == k.as_str()) {
                break;
            }
            out.push((k.as_str(), st));
            cur = st.based_on.as_deref().and_then(|b| self.map.get_key_value(b));
        }
        out
    }

    /// Numbering given by a paragraph style: (numId, level if the style gives one).
    pub fn numbering(&self, id: &str) -> Option<(String, Option<u8>)> {
        let chain = self.chain(id);
        let num = chain.iter().find_map(|(_, s)| s.num_id.clone())?;
        let ilvl = chain.iter().find_map(|(_, s)| s.ilvl);
        Some((num, ilvl))
    }

    pub fn caps(&self, id: &str) -> Option<bool> {
        self.chain(id).iter().find_map(|(_, s)| s.caps)
    }

    pub fn vanish(&self, id: &str) -> Option<bool> {
        self.chain(id).iter().find_map(|(_, s)| s.vanish)
    }
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Level {
    start: Option<u32>,
    fmt: Option<String>,
    text: Option<String>,
    is_lgl: bool,
    pstyle: Option<String>,
    suff: Option<String>,
}

impl Level {
    fn merge(&mut self, o: &Level) {
        if o.start.is_some() {
            self.start = o.start;
        }
        if o.fmt.is_some() {
            self.fmt = o.fmt.clone();
        }
        if o.text.is_some() {
            self.text = o.text.clone();
        }
        if o.pstyle.is_some() {
            self.pstyle = o.pstyle.clone();
        }
        if o.suff.is_some() {
            self.suff = o.suff.clone();
        }
        self.is_lgl |= o.is_lgl;
    }
}

#[derive(Debug, Clone, Default)]
struct Num {
    abs: String,
    start_override: [Option<u32>; 9],
    lvl_override: [Option<Level>; 9],
}

#[derive(Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<String, [Option<Level>; 9]>,
    nums: HashMap<String, Num>,
    counters: HashMap<String, [Option<u32>; 9]>,
}

/// A list label and what follows it ("tab", "space" or "nothing").
pub(crate) struct Label {
    pub text: String,
    pub suffix: Option<String>,
}

impl Numbering {
    pub fn parse(xml: &str, limits: &Limits) -> Result<Numbering, DocxError> {
        let mut n = Numbering::default();
        let mut abs: Option<(String, [Option<Level>; 9])> = None;
        let mut num: Option<(String, Num)> = None;
        let mut lvl: Option<(usize, Level)> = None;
        let mut override_ilvl: Option<usize> = None;
        walk(xml, limits, "numbering", |stack, start| {
            let name = stack.last().map(|v| v.as_slice()).unwrap_or(b"");
            match start {
                Some(e) => match name {
                    b"abstractNum" => abs = attr(e, b"abstractNumId").map(|id| (id, Default::default())),
                    b"num" => num = attr(e, b"numId").map(|id| (id, Num::default())),
                    b"abstractNumId" => {
                        if let (Some((_, m)), Some(v)) = (num.as_mut(), attr(e, b"val")) {
                            m.abs = v;
                        }
                    }
                    b"lvlOverride" => override_ilvl = attr(e, b"ilvl").and_then(|v| v.parse().ok()).filter(|&i| i < 9),
                    b"startOverride" => {
                        if let (Some((_, m)), Some(i)) = (num.as_mut(), override_ilvl) {
                            m.start_override[i] = attr(e, b"val").and_then(|v| v.parse().ok());
                        }
                    }
                    b"lvl" => {
                        lvl = attr(e, b"ilvl")
                            .and_then(|v| v.parse().ok())
                            .filter(|&i: &usize| i < 9)
                            .map(|i| (i, Level::default()))
                    }
                    _ => {
                        let Some((_, l)) = lvl.as_mut() else { return };
                        if !parent_is(stack, &[b"lvl"])
                            && !parent_is(stack, &[b"lvl", b"Choice"])
                            && !parent_is(stack, &[b"lvl", b"Fallback"])
                        {
                            return;
                        }
                        match name {
                            b"start" => l.start = attr(e, b"val").and_then(|v| v.parse().ok()),
                            // inside mc:AlternateContent the Fallback comes last and wins: plain formats
                            b"numFmt" => l.fmt = attr(e, b"val"),
                            b"lvlText" => l.text = Some(attr(e, b"val").unwrap_or_default()),
                            b"isLgl" => l.is_lgl = toggle(e),
                            b"pStyle" => l.pstyle = attr(e, b"val"),
                            b"suff" => l.suff = attr(e, b"val"),
                            _ => {}
                        }
                    }
                },
                None => match name {
                    b"lvl" => {
                        if let Some((i, l)) = lvl.take() {
                            if let Some((_, levels)) = abs.as_mut() {
                                levels[i] = Some(l);
                            } else if let (Some((_, m)), Some(oi)) = (num.as_mut(), override_ilvl) {
                                m.lvl_override[oi] = Some(l);
                            }
                        }
                    }
                    b"lvlOverride" => override_ilvl = None,
                    b"abstractNum" => {
                        if let Some((id, levels)) = abs.take() {
                            n.abstracts.insert(id, levels);
                        }
                    }
                    b"num" => {
                        if let Some((id, m)) = num.take() {
                            n.nums.insert(id, m);
                        }
                    }
                    _ => {}
                },
            }
        })?;
        Ok(n)
    }

    fn level(&self, num_id: &str, ilvl: usize) -> Option<Level> {
        let num = self.nums.get(num_id)?;
        let base = self.abstracts.get(&num.abs).and_then(|a| a[ilvl].clone());
        match (&num.lvl_override[ilvl], base) {
            (Some(o), Some(mut b)) => {
                b.merge(o);
                Some(b)
            }
            (Some(o), None) => Some(o.clone()),
            (None, b) => b,
        }
    }

    /// The level of a list linked to a paragraph style (`w:pStyle` in a `w:lvl`).
    pub fn level_for_style(&self, num_id: &str, style: &str) -> Option<u8> {
        let num = self.nums.get(num_id)?;
        let levels = self.abstracts.get(&num.abs)?;
        levels.iter().position(|l| l.as_ref().and_then(|l| l.pstyle.as_deref()) == Some(style)).map(|i| i as u8)
    }

    /// The next label of list `num_id` at level `ilvl`: counts this paragraph, restarts the deeper levels.
    pub fn next_label(&mut self, num_id: &str, ilvl: u8) -> Option<Label> {
        let ilvl = (ilvl as usize).min(8);
        let level = self.level(num_id, ilvl)?;
        let start_override = self.nums.get(num_id).map(|n| n.start_override).unwrap_or_default();
        let starts: Vec<u32> = (0..9)
            .map(|i| start_override[i].or_else(|| self.level(num_id, i).and_then(|l| l.start)).unwrap_or(1))
            .collect();
        let counters = self.counters.entry(num_id.to_string()).or_insert([None; 9]);
        counters[ilvl] = Some(match counters[ilvl] {
            Some(c) => c.saturating_add(1),
            None => starts[ilvl],
        });
        for c in counters.iter_mut().skip(ilvl + 1) {
            *c = None;
        }
        let counters = *counters;
        let fmt = level.fmt.clone().unwrap_or_else(|| "decimal".into());
        let text = level.text.clone().unwrap_or_else(|| format!("%{}.", ilvl + 1));
        let label = if fmt == "bullet" {
            bullet(&text)
        } else if fmt == "none" && !text.contains('%') {
            text.trim().to_string()
        } else {
            let mut out = String::new();
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '%' {
                    if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)).filter(|d| (1..=9).contains(d)) {
                        chars.next();
                        let i = d as usize - 1;
                        let value = counters[i].unwrap_or(starts[i]);
                        let f = if i == ilvl {
                            fmt.clone()
                        } else if level.is_lgl {
                            "decimal".into()
                        } else {
                            self.level(num_id, i).and_then(|l| l.fmt).unwrap_or_else(|| "decimal".into())
                        };
                        out.push_str(&format_number(value, &f));
                        continue;
                    }
                }
                out.push(c);
            }
            out.trim().to_string()
        };
        Some(Label { text: label, suffix: level.suff })
    }
}

/// Bullets as vanban's texts write them: "+" stays, every other bullet glyph becomes "-".
fn bullet(text: &str) -> String {
    match text.trim() {
        "" => String::new(),
        "+" => "+".into(),
        "*" => "*".into(),
        _ => "-".into(),
    }
}

fn format_number(n: u32, fmt: &str) -> String {
    match fmt {
        "decimalZero" if n < 10 => format!("0{n}"),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperLetter" => letters(n),
        "lowerLetter" => letters(n).to_lowercase(),
        "none" => String::new(),
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// A, B, ..., Z, AA, BB, ... as Word counts letters.
fn letters(n: u32) -> String {
    if n == 0 {
        return "0".into();
    }
    let c = (b'A' + ((n - 1) % 26) as u8) as char;
    let times = ((n - 1) / 26 + 1).min(10) as usize;
    c.to_string().repeat(times)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(14), "XIV");
        assert_eq!(letters(1), "A");
        assert_eq!(letters(27), "AA");
        assert_eq!(format_number(3, "lowerLetter"), "c");
        assert_eq!(format_number(7, "decimalZero"), "07");
    }

    #[test]
    fn labels_restart_below() {
        let xml = r#"<w:numbering xmlns:w="x">
          <w:abstractNum w:abstractNumId="7">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
            <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
            <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%5."/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
          <w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
        </w:numbering>"#;
        let mut n = Numbering::parse(xml, &Limits::default()).unwrap();
        let seq: Vec<String> =
            [0u8, 1, 1, 2, 2, 3, 1, 4, 4, 0, 1].iter().map(|&l| n.next_label("3", l).unwrap().text).collect();
        assert_eq!(seq, ["I.", "1.", "2.", "a)", "b)", "-", "3.", "3.1.", "3.2.", "II.", "1."]);
        assert_eq!(n.next_label("4", 0).unwrap().text, "III.");
        assert!(n.next_label("9", 0).is_none());
    }
}
