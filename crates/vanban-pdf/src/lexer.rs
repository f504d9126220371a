//! A forgiving tokenizer for content streams and CMaps: operands as `lopdf::Object`, operators as byte slices.
//!
//! It never fails: stray delimiters come back as one-byte operators (which the interpreter ignores), unterminated
//! strings and arrays end at the end of the data, and arrays or dictionaries nested deeper than [`MAX_NESTING`]
//! are read flat, so nothing here recurses without bound.

use lopdf::{Dictionary, Object, StringFormat};

/// Deepest array/dictionary nesting read as structure inside a content stream.
const MAX_NESTING: usize = 32;

pub(crate) enum Tok<'a> {
    Obj(Object),
    Op(&'a [u8]),
}

pub(crate) struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

#[inline]
fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

#[inline]
fn is_delim(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

#[inline]
fn is_regular(b: u8) -> bool {
    !is_white(b) && !is_delim(b)
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Lexer { data, pos: 0 }
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    #[inline]
    fn peek_at(&self, off: usize) -> Option<u8> {
        self.data.get(self.pos.saturating_add(off)).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if is_white(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next token, or None at the end of the data.
    pub(crate) fn next_tok(&mut self) -> Option<Tok<'a>> {
        self.token(0)
    }

    fn token(&mut self, depth: usize) -> Option<Tok<'a>> {
        self.skip_space();
        let b = self.peek()?;
        let start = self.pos;
        match b {
            b'(' => Some(Tok::Obj(self.literal_string())),
            b'<' if self.peek_at(1) == Some(b'<') => {
                if depth >= MAX_NESTING {
                    self.pos += 2;
                    return Some(Tok::Op(self.data.get(start..start + 2).unwrap_or(b"<<")));
                }
                self.pos += 2;
                Some(Tok::Obj(Object::Dictionary(self.dict_body(depth + 1))))
            }
            b'<' => Some(Tok::Obj(self.hex_string())),
            b'[' => {
                self.pos += 1;
                if depth >= MAX_NESTING {
                    return Some(Tok::Op(self.data.get(start..start + 1).unwrap_or(b"[")));
                }
                Some(Tok::Obj(Object::Array(self.array_body(depth + 1))))
            }
            b'/' => Some(Tok::Obj(Object::Name(self.name()))),
            b'0'..=b'9' | b'+' | b'-' | b'.' => Some(Tok::Obj(self.number())),
            b')' | b'>' | b']' | b'{' | b'}' => {
                self.pos += 1;
                Some(Tok::Op(self.data.get(start..start + 1).unwrap_or(b"?")))
            }
            _ => {
                while let Some(c) = self.peek() {
                    if !is_regular(c) {
                        break;
                    }
                    self.pos += 1;
                }
                if self.pos == start {
                    // A byte that is neither (cannot happen, but never loop forever).
                    self.pos += 1;
                }
                let word = self.data.get(start..self.pos).unwrap_or(b"");
                Some(match word {
                    b"true" => Tok::Obj(Object::Boolean(true)),
                    b"false" => Tok::Obj(Object::Boolean(false)),
                    b"null" => Tok::Obj(Object::Null),
                    _ => Tok::Op(word),
                })
            }
        }
    }

    /// Elements up to the closing `]` (or the end). `N G R` becomes a reference.
    fn array_body(&mut self, depth: usize) -> Vec<Object> {
        let mut items = Vec::new();
        loop {
            self.skip_space();
            match self.peek() {
                None => break,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                _ => {}
            }
            match self.token(depth) {
                None => break,
                Some(Tok::Obj(o)) => items.push(o),
                Some(Tok::Op(b"R")) => make_reference(&mut items),
                Some(Tok::Op(_)) => {}
            }
        }
        items
    }

    /// Key/value pairs up to the closing `>>` (or the end).
    fn dict_body(&mut self, depth: usize) -> Dictionary {
        let mut items: Vec<Object> = Vec::new();
        loop {
            self.skip_space();
            match self.peek() {
                None => break,
                Some(b'>') => {
                    self.pos += 1;
                    if self.peek() == Some(b'>') {
                        self.pos += 1;
                    }
                    break;
                }
                _ => {}
            }
            match self.token(depth) {
                None => break,
                Some(Tok::Obj(o)) => items.push(o),
                Some(Tok::Op(b"R")) => make_reference(&mut items),
                Some(Tok::Op(_)) => {}
            }
        }
        let mut dict = Dictionary::new();
        let mut it = items.into_iter();
        while let Some(key) = it.next() {
            let value = it.next().unwrap_or(Object::Null);
            if let Object::Name(k) = key {
                dict.set(k, value);
            }
        }
        dict
    }

    fn name(&mut self) -> Vec<u8> {
        self.pos += 1; // '/'
        let mut out = Vec::new();
        while let Some(c) = self.peek() {
            if !is_regular(c) {
                break;
            }
            if c == b'#' {
                if let (Some(h), Some(l)) = (self.peek_at(1).and_then(hex_val), self.peek_at(2).and_then(hex_val)) {
                    out.push(h << 4 | l);
                    self.pos += 3;
                    continue;
                }
            }
            out.push(c);
            self.pos += 1;
        }
        out
    }

    fn number(&mut self) -> Object {
        let mut neg = false;
        // Signs (a doubled sign, as some writers emit, counts once).
        while let Some(c @ (b'+' | b'-')) = self.peek() {
            if c == b'-' {
                neg = !neg;
            }
            self.pos += 1;
        }
        let mut int: i64 = 0;
        let mut overflow = false;
        let mut real: f64 = 0.0;
        let mut seen_digit = false;
        while let Some(c @ b'0'..=b'9') = self.peek() {
            seen_digit = true;
            let d = i64::from(c - b'0');
            match int.checked_mul(10).and_then(|v| v.checked_add(d)) {
                Some(v) if !overflow => int = v,
                _ => overflow = true,
            }
            real = real * 10.0 + d as f64;
            self.pos += 1;
        }
        let mut is_real = overflow;
        if self.peek() == Some(b'.') {
            is_real = true;
            self.pos += 1;
            let mut scale = 0.1;
            while let Some(c @ b'0'..=b'9') = self.peek() {
                seen_digit = true;
                real += f64::from(c - b'0') * scale;
                scale *= 0.1;
                self.pos += 1;
            }
            // A second point ("1.2.3") ends the number's use; swallow the rest of the token.
            while let Some(c) = self.peek() {
                if !(c.is_ascii_digit() || c == b'.') {
                    break;
                }
                self.pos += 1;
            }
        }
        if !seen_digit {
            // "-" or "." alone: swallow the rest of a regular token and read it as 0.
            while let Some(c) = self.peek() {
                if !is_regular(c) {
                    break;
                }
                self.pos += 1;
            }
            return Object::Integer(0);
        }
        if is_real {
            Object::Real((if neg { -real } else { real }) as f32)
        } else {
            Object::Integer(if neg { -int } else { int })
        }
    }

    fn literal_string(&mut self) -> Object {
        self.pos += 1; // '('
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xFF) as u8);
                        }
                        other => out.push(other),
                    }
                }
                b'\r' => {
                    // An end of line inside a string reads as \n.
                    if self.peek() == Some(b'\n') {
                        self.pos += 1;
                    }
                    out.push(b'\n');
                }
                _ => out.push(c),
            }
        }
        Object::String(out, StringFormat::Literal)
    }

    fn hex_string(&mut self) -> Object {
        self.pos += 1; // '<'
        let mut out = Vec::new();
        let mut hi: Option<u8> = None;
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == b'>' {
                break;
            }
            if let Some(v) = hex_val(c) {
                match hi.take() {
                    Some(h) => out.push(h << 4 | v),
                    None => hi = Some(v),
                }
            }
        }
        if let Some(h) = hi {
            out.push(h << 4);
        }
        Object::String(out, StringFormat::Hexadecimal)
    }

    /// After `BI`: reads the image dictionary up to `ID`, then skips the image data up to `EI`.
    /// Returns the dictionary entries read (abbreviated keys as written).
    pub(crate) fn skip_inline_image(&mut self) -> Vec<Object> {
        let mut items = Vec::new();
        loop {
            match self.next_tok() {
                None => return items,
                Some(Tok::Op(b"ID")) => break,
                Some(Tok::Op(b"EI")) => return items,
                Some(Tok::Obj(o)) => items.push(o),
                Some(Tok::Op(_)) => {}
            }
        }
        // One white-space byte follows ID; then binary data up to a delimited "EI".
        if self.peek().is_some_and(is_white) {
            self.pos += 1;
        }
        let data = self.data;
        let mut i = self.pos;
        while i + 1 < data.len() {
            if data.get(i) == Some(&b'E')
                && data.get(i + 1) == Some(&b'I')
                && (i == 0 || data.get(i - 1).is_some_and(|&p| is_white(p)))
                && !matches!(data.get(i + 2), Some(&n) if !is_white(n) && !is_delim(n))
            {
                self.pos = i + 2;
                return items;
            }
            i += 1;
        }
        self.pos = data.len();
        items
    }
}

/// `N G R` read as three tokens: the two integers before `R` become one reference.
fn make_reference(items: &mut Vec<Object>) {
    if items.len() >= 2 {
        let gen = items.pop();
        let num = items.pop();
        if let (Some(Object::Integer(n)), Some(Object::Integer(g))) = (&num, &gen) {
            if let (Ok(n), Ok(g)) = (u32::try_from(*n), u16::try_from(*g)) {
                items.push(Object::Reference((n, g)));
                return;
            }
        }
        if let Some(n) = num {
            items.push(n);
        }
        if let Some(g) = gen {
            items.push(g);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &[u8]) -> Vec<String> {
        let mut lx = Lexer::new(s);
        let mut out = Vec::new();
        while let Some(t) = lx.next_tok() {
            out.push(match t {
                Tok::Op(o) => format!("op:{}", String::from_utf8_lossy(o)),
                Tok::Obj(o) => format!("{o:?}"),
            });
        }
        out
    }

    #[test]
    fn operators_and_operands() {
        let t = toks(b"BT /F1 12 Tf 1 0 0 1 72.5 -.5 Tm (a\\(b\\)\\101) Tj [<0041> -120 (x)] TJ ET");
        assert_eq!(t[0], "op:BT");
        assert!(t.contains(&"op:Tf".to_string()));
        assert!(t.iter().any(|s| s.contains("a(b)A")), "{t:?}");
        assert_eq!(t.last().unwrap(), "op:ET");
    }

    #[test]
    fn dictionaries_and_references() {
        let mut lx = Lexer::new(b"<< /Root 1 0 R /ID [<ab> <cd>] /N -3 >>");
        let Some(Tok::Obj(Object::Dictionary(d))) = lx.next_tok() else { panic!() };
        assert_eq!(d.get(b"Root").unwrap().as_reference().unwrap(), (1, 0));
        assert_eq!(d.get(b"N").unwrap().as_i64().unwrap(), -3);
    }

    #[test]
    fn malformed_input_ends() {
        for s in [&b"(unterminated"[..], b"[[[[", b"<<<<", b"<0a1", b"-", b"--5", b"1.2.3", b")]>}", b"/a#zz"] {
            let _ = toks(s);
        }
        let deep = vec![b'['; 100_000];
        assert!(!toks(&deep).is_empty());
    }

    #[test]
    fn inline_image_skipped() {
        let mut lx = Lexer::new(b"BI /W 2 /H 2 ID \x01EI\x02 EI Q");
        assert!(matches!(lx.next_tok(), Some(Tok::Op(b"BI"))));
        let d = lx.skip_inline_image();
        assert_eq!(d.len(), 4);
        assert!(matches!(lx.next_tok(), Some(Tok::Op(b"Q"))));
    }
}
