//! Loading a file with lopdf: the header check, a guard on object nesting, lopdf's reader, a rebuilt
//! cross-reference table when lopdf's fails or loses objects, decryption with the empty password, and the page
//! tree (with inherited resources, boxes and rotation).

use crate::error::PdfError;
use crate::filters::{self, Budget, DecodeError};
use crate::lexer::{Lexer, Tok};
use crate::Limits;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::{BTreeMap, HashSet};

/// References followed before giving up (a chain longer than this is a loop).
const DEREF_HOPS: usize = 32;
/// Largest object stream decompressed while loading (lopdf decompresses them itself; we do it first, capped).
const OBJSTM_MAX: usize = 64 << 20;
/// Marker set on an object stream that was over [`OBJSTM_MAX`] or nested deeper than [`MAX_NESTING`].
const OVER_LIMIT_KEY: &[u8] = b"VanbanOverLimit";
/// Marker set on an object stream with the deepest nesting of its objects.
const NESTING_KEY: &[u8] = b"VanbanNesting";
/// Nesting lopdf is never given, whatever the limits say (its parser recurses once per level).
const MAX_NESTING: usize = 1000;

pub(crate) fn deref<'a>(doc: &'a Document, mut obj: &'a Object) -> Option<&'a Object> {
    for _ in 0..DEREF_HOPS {
        match obj {
            Object::Reference(id) => obj = doc.objects.get(id)?,
            Object::Null => return None,
            _ => return Some(obj),
        }
    }
    None
}

pub(crate) fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    deref(doc, dict.get(key).ok()?)
}

pub(crate) fn get_dict<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    match get(doc, dict, key)? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

pub(crate) fn get_name<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    match get(doc, dict, key)? {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

pub(crate) fn number(obj: &Object) -> Option<f64> {
    match obj {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) if r.is_finite() => Some(f64::from(*r)),
        _ => None,
    }
}

pub(crate) fn get_number(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<f64> {
    get(doc, dict, key).and_then(number)
}

pub(crate) fn get_rect(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<[f64; 4]> {
    let Object::Array(items) = get(doc, dict, key)? else { return None };
    let v: Vec<f64> = items.iter().filter_map(|o| deref(doc, o).and_then(number)).collect();
    match v.as_slice() {
        [a, b, c, d] => Some([a.min(*c), b.min(*d), a.max(*c), b.max(*d)]),
        _ => None,
    }
}

/// A loaded document and whether its cross-reference table had to be rebuilt.
pub(crate) struct Loaded {
    pub(crate) doc: Document,
    pub(crate) repaired: bool,
}

pub(crate) fn load(bytes: &[u8], limits: &Limits, budget: &mut Budget) -> Result<Loaded, PdfError> {
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or(bytes);
    let start = find(head, b"%PDF-").ok_or(PdfError::NotPdf)?;
    // Offsets count from the header when junk precedes it, as readers do.
    let buf = bytes.get(start..).unwrap_or(&[]);

    let nesting_err = PdfError::LimitExceeded { limit: "object nesting depth", max: limits.max_nesting as u64 };
    match nesting_depth(buf, limits.max_nesting.min(MAX_NESTING)) {
        Some(d) if d <= limits.max_nesting.min(MAX_NESTING) => {}
        _ => return Err(nesting_err),
    }

    let loaded = match read(buf) {
        Ok(doc) => {
            let lost = lost_objects(&doc);
            let pages = count_pages(&doc);
            if lost == 0 && pages > 0 {
                Loaded { doc, repaired: false }
            } else {
                match rebuild(buf, limits) {
                    Some(rebuilt) if count_pages(&rebuilt) >= pages.max(1) && rebuilt.objects.len() >= doc.objects.len() => {
                        Loaded { doc: rebuilt, repaired: true }
                    }
                    _ => Loaded { doc, repaired: false },
                }
            }
        }
        Err(e) => match rebuild(buf, limits) {
            Some(doc) => Loaded { doc, repaired: true },
            None => return Err(PdfError::BrokenXref { detail: e.to_string() }),
        },
    };
    let mut doc = loaded.doc;

    if doc.objects.len() > limits.max_objects {
        return Err(PdfError::LimitExceeded { limit: "object count", max: limits.max_objects as u64 });
    }
    // Object streams were decompressed while loading: charge them, and refuse any that was over the cap.
    for obj in doc.objects.values() {
        if let Object::Stream(s) = obj {
            if s.dict.has(OVER_LIMIT_KEY) {
                return Err(PdfError::LimitExceeded { limit: "object stream size or nesting", max: OBJSTM_MAX as u64 });
            }
            let nesting = s.dict.get(NESTING_KEY).ok().and_then(|o| o.as_i64().ok()).unwrap_or(0);
            if usize::try_from(nesting).unwrap_or(usize::MAX) > limits.max_nesting {
                return Err(PdfError::LimitExceeded { limit: "object nesting depth", max: limits.max_nesting as u64 });
            }
            if s.dict.type_is(b"ObjStm") && !budget.charge(s.content.len()) {
                return Err(PdfError::LimitExceeded { limit: "decompressed stream bytes", max: limits.max_stream_bytes as u64 });
            }
        }
    }
    decrypt(&mut doc)?;
    Ok(Loaded { doc, repaired: loaded.repaired })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn read(buf: &[u8]) -> lopdf::Result<Document> {
    lopdf::Reader { buffer: buf, document: Document::new() }.read(Some(objstm_filter))
}

/// Run by lopdf on every object as it loads: object streams are inflated here, under a cap, so lopdf finds them
/// already decoded. (lopdf keeps the object as mutated for top-level objects and uses the returned copy for
/// objects inside object streams, which are never streams.)
fn objstm_filter(id: ObjectId, obj: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(s) = obj {
        if s.dict.type_is(b"ObjStm") {
            let flate_only = matches!(s.dict.get(b"Filter"), Ok(Object::Name(n)) if n == b"FlateDecode")
                && s.dict.get(b"DecodeParms").is_err();
            if flate_only {
                match filters::inflate(&s.content, OBJSTM_MAX) {
                    Ok(data) if !data.is_empty() => {
                        s.dict.remove(b"Filter");
                        let depth = objstm_nesting(&s.dict, &data);
                        if depth > MAX_NESTING {
                            s.dict.set(OVER_LIMIT_KEY, true);
                            s.set_content(Vec::new());
                        } else {
                            s.dict.set(NESTING_KEY, depth as i64);
                            s.set_content(data);
                        }
                    }
                    Ok(_) => {}
                    Err(_) => {
                        s.dict.remove(b"Filter");
                        s.dict.set(OVER_LIMIT_KEY, true);
                        s.set_content(Vec::new());
                    }
                }
            }
        }
        return Some((id, Object::Null));
    }
    Some((id, obj.clone()))
}

/// The deepest nesting of the objects of an object stream, measured from each offset its header lists, as
/// lopdf will parse them.
fn objstm_nesting(dict: &Dictionary, data: &[u8]) -> usize {
    let first = dict.get(b"First").ok().and_then(|o| o.as_i64().ok()).and_then(|f| usize::try_from(f).ok()).unwrap_or(0);
    let header = String::from_utf8_lossy(data.get(..first.min(data.len())).unwrap_or(&[])).into_owned();
    let numbers: Vec<usize> = header.split_whitespace().filter_map(|n| n.parse().ok()).collect();
    let mut max = 0usize;
    let mut work = 0usize;
    for pair in numbers.chunks(2) {
        if let Some(&off) = pair.get(1) {
            let (d, used) = scan_object(data, first.saturating_add(off), MAX_NESTING);
            max = max.max(d);
            work = work.saturating_add(used);
            if max > MAX_NESTING || work > data.len().saturating_mul(8) {
                return MAX_NESTING + 1;
            }
        }
    }
    max
}

/// Objects the cross-reference table lists that lopdf could not read (wrong offsets).
fn lost_objects(doc: &Document) -> usize {
    doc.reference_table
        .entries
        .iter()
        .filter(|(&num, entry)| match entry {
            lopdf::xref::XrefEntry::Normal { generation, .. } => !doc.objects.contains_key(&(num, *generation)),
            _ => false,
        })
        .count()
}

fn count_pages(doc: &Document) -> usize {
    let limits = Limits { max_pages: usize::MAX, ..Limits::default() };
    pages(doc, &limits).map(|p| p.len()).unwrap_or(0)
}

/// The deepest nesting of arrays and dictionaries lopdf's recursive parser can meet in `buf`, or None when
/// measuring it took too long (a file built to make it so).
///
/// lopdf parses an object only right after an `obj` keyword (or a trailer after `trailer`), so the object that
/// follows every occurrence of those bytes, wherever they are, is measured with the tokenizing lopdf uses:
/// strings, hex strings, names and numbers skipped, nesting counted, and the scan ends where the object ends or at
/// anything else.
pub(crate) fn nesting_depth(buf: &[u8], cap: usize) -> Option<usize> {
    let mut max = 0usize;
    let mut work = 0usize;
    let work_cap = buf.len().saturating_mul(8).saturating_add(1 << 20);
    for key in [&b"obj"[..], b"trailer"] {
        let mut i = 0usize;
        while let Some(rel) = buf.get(i..).and_then(|s| find(s, key)) {
            let start = i + rel + key.len();
            let (depth, used) = scan_object(buf, start, cap);
            max = max.max(depth);
            work = work.saturating_add(used);
            if work > work_cap {
                return None;
            }
            if max > cap {
                return Some(max);
            }
            i = start;
        }
    }
    Some(max)
}

/// The nesting depth of the object starting at `start`, and the bytes looked at.
pub(crate) fn scan_object(buf: &[u8], start: usize, cap: usize) -> (usize, usize) {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = start;
    let regular = |c: u8| !matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0' | b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%');
    while let Some(&b) = buf.get(i) {
        let next = buf.get(i + 1).copied();
        // Whether a complete object at depth 0 has just been read.
        let mut value_done = false;
        match b {
            b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0' => i += 1,
            b'%' => {
                while buf.get(i).is_some_and(|&c| c != b'\n' && c != b'\r') {
                    i += 1;
                }
            }
            b'[' => {
                depth += 1;
                i += 1;
            }
            b'<' if next == Some(b'<') => {
                depth += 1;
                i += 2;
            }
            b']' | b'>' => {
                if b == b'>' && next != Some(b'>') {
                    break;
                }
                if depth == 0 {
                    break;
                }
                depth -= 1;
                i += if b == b'>' { 2 } else { 1 };
                value_done = true;
            }
            b'(' => {
                let mut parens = 0usize;
                while let Some(&c) = buf.get(i) {
                    i += 1;
                    match c {
                        b'\\' => i += 1,
                        b'(' => parens += 1,
                        b')' => {
                            parens = parens.saturating_sub(1);
                            if parens == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                value_done = true;
            }
            b'<' => {
                i += 1;
                while buf.get(i).is_some_and(|c| c.is_ascii_hexdigit() || matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c')) {
                    i += 1;
                }
                if buf.get(i) != Some(&b'>') {
                    break;
                }
                i += 1;
                value_done = true;
            }
            b'/' => {
                i += 1;
                while buf.get(i).is_some_and(|&c| regular(c)) {
                    i += 1;
                }
                value_done = true;
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                while buf.get(i).is_some_and(|&c| c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.')) {
                    i += 1;
                }
            }
            _ if regular(b) => {
                let s = i;
                while buf.get(i).is_some_and(|&c| regular(c)) {
                    i += 1;
                }
                match buf.get(s..i).unwrap_or(b"") {
                    b"R" | b"true" | b"false" | b"null" => value_done = true,
                    _ => break,
                }
            }
            _ => break,
        }
        max = max.max(depth);
        if max > cap || (value_done && depth == 0) {
            break;
        }
    }
    (max, i.saturating_sub(start))
}

/// Rebuilds the cross-reference table by finding every `N G obj` in the file, appends it with a trailer, and
/// loads that with lopdf. The trailer's Root, Info, Encrypt and ID come from the old trailer or an XRef stream
/// when they can be read, else the catalog is searched for among the objects.
fn rebuild(buf: &[u8], limits: &Limits) -> Option<Document> {
    let mut found: BTreeMap<u32, (u16, usize)> = BTreeMap::new();
    let mut i = 0usize;
    while let Some(rel) = find(buf.get(i..)?, b"obj") {
        let at = i + rel;
        i = at + 3;
        if buf.get(at + 3).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        if let Some((num, gen, start)) = object_header_before(buf, at) {
            if (num as usize) <= limits.max_objects.saturating_mul(4) {
                found.insert(num, (gen, start));
                if found.len() > limits.max_objects {
                    return None;
                }
            }
        }
    }
    if found.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(buf.len() + found.len() * 30 + 200);
    out.extend_from_slice(buf);
    out.extend_from_slice(b"\n");
    let xref_at = out.len();
    out.extend_from_slice(b"xref\n0 1\n0000000000 65535 f\r\n");
    for (num, (gen, off)) in &found {
        if *num == 0 {
            continue;
        }
        out.extend_from_slice(format!("{num} 1\n{off:010} {gen:05} n\r\n").as_bytes());
    }
    let size = found.keys().next_back().copied().unwrap_or(0).saturating_add(1);
    out.extend_from_slice(format!("trailer\n<< /Size {size} >>\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    let mut doc = read(&out).ok()?;

    let old = old_trailer(buf, &doc);
    for key in [&b"Root"[..], b"Info", b"Encrypt", b"ID"] {
        if let Ok(v) = old.get(key) {
            doc.trailer.set(key.to_vec(), v.clone());
        }
    }
    let root_ok = doc.trailer.get(b"Root").ok().and_then(|r| deref(&doc, r)).is_some_and(|o| matches!(o, Object::Dictionary(d) if d.has(b"Pages")));
    if !root_ok {
        let catalog = doc.objects.iter().find_map(|(id, o)| match o {
            Object::Dictionary(d) if d.type_is(b"Catalog") && d.has(b"Pages") => Some(*id),
            _ => None,
        });
        if let Some(id) = catalog {
            doc.trailer.set("Root", Object::Reference(id));
        }
    }
    Some(doc)
}

/// `N G` before the `obj` keyword at `at`: the object number, generation and offset of `N`.
fn object_header_before(buf: &[u8], at: usize) -> Option<(u32, u16, usize)> {
    let is_ws = |c: u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0');
    let mut j = at;
    let back_ws = |j: &mut usize| -> bool {
        let s = *j;
        while *j > 0 && buf.get(*j - 1).is_some_and(|&c| is_ws(c)) {
            *j -= 1;
        }
        *j < s
    };
    let back_digits = |j: &mut usize| -> Option<(usize, usize)> {
        let e = *j;
        while *j > 0 && buf.get(*j - 1).is_some_and(|c| c.is_ascii_digit()) && e - *j < 10 {
            *j -= 1;
        }
        (*j < e).then_some((*j, e))
    };
    if !back_ws(&mut j) {
        return None;
    }
    let (gs, ge) = back_digits(&mut j)?;
    if !back_ws(&mut j) {
        return None;
    }
    let (ns, ne) = back_digits(&mut j)?;
    if ns > 0 && buf.get(ns - 1).is_some_and(|&c| !is_ws(c) && !b"()<>[]{}/%".contains(&c)) {
        return None;
    }
    let num: u32 = std::str::from_utf8(buf.get(ns..ne)?).ok()?.parse().ok()?;
    let gen: u16 = std::str::from_utf8(buf.get(gs..ge)?).ok()?.parse().ok()?;
    Some((num, gen, ns))
}

/// The last readable trailer dictionary of the file, or the dictionary of an XRef stream.
fn old_trailer(buf: &[u8], doc: &Document) -> Dictionary {
    let mut best = Dictionary::new();
    let mut i = 0usize;
    while let Some(rel) = buf.get(i..).and_then(|s| find(s, b"trailer")) {
        let at = i + rel + 7;
        i = at;
        let mut lx = Lexer::new(buf.get(at..).unwrap_or(&[]));
        if let Some(Tok::Obj(Object::Dictionary(d))) = lx.next_tok() {
            if d.has(b"Root") {
                best = d;
            }
        }
    }
    if best.has(b"Root") {
        return best;
    }
    for obj in doc.objects.values() {
        if let Object::Stream(s) = obj {
            if s.dict.type_is(b"XRef") && s.dict.has(b"Root") {
                best = s.dict.clone();
            }
        }
    }
    best
}

/// Opens an encrypted file with the empty user password (files that are only protected against printing or
/// copying open that way); refuses it otherwise. The handler's entries are checked before lopdf uses them.
fn decrypt(doc: &mut Document) -> Result<(), PdfError> {
    let Ok(enc_ref) = doc.trailer.get(b"Encrypt") else { return Ok(()) };
    let enc_ref = enc_ref.clone();
    let err = |detail: String| PdfError::Encrypted { detail };
    let Some(Object::Dictionary(enc)) = deref(doc, &enc_ref) else {
        return Err(err("the encryption dictionary cannot be read".into()));
    };
    let filter = get_name(doc, enc, b"Filter").map(|n| String::from_utf8_lossy(n).into_owned()).unwrap_or_default();
    let v = get(doc, enc, b"V").and_then(|o| o.as_i64().ok()).unwrap_or(0);
    let r = get(doc, enc, b"R").and_then(|o| o.as_i64().ok()).unwrap_or(0);
    let len = get(doc, enc, b"Length").and_then(|o| o.as_i64().ok()).unwrap_or(40);
    if filter != "Standard" {
        return Err(err(format!("security handler /{filter} is not supported")));
    }
    if !(1..=2).contains(&v) || !(2..=3).contains(&r) {
        return Err(err(format!("encryption V={v} R={r} (AES or newer) is not supported")));
    }
    let o_ok = matches!(get(doc, enc, b"O"), Some(Object::String(s, _)) if s.len() >= 32);
    let u_ok = matches!(get(doc, enc, b"U"), Some(Object::String(s, _)) if s.len() >= 16);
    let p_ok = matches!(get(doc, enc, b"P"), Some(Object::Integer(_)));
    let id_ok = matches!(doc.trailer.get(b"ID").ok().and_then(|o| deref(doc, o)), Some(Object::Array(a)) if matches!(a.first(), Some(Object::String(..))));
    if !(40..=128).contains(&len) || len % 8 != 0 || !o_ok || !u_ok || !p_ok || !id_ok || !matches!(enc_ref, Object::Reference(_)) {
        return Err(err("the encryption dictionary is incomplete".into()));
    }
    match doc.decrypt("") {
        Ok(()) => Ok(()),
        Err(lopdf::Error::Decryption(lopdf::encryption::DecryptionError::IncorrectPassword)) => {
            Err(err("a password is needed to open it".into()))
        }
        Err(e) => Err(err(e.to_string())),
    }
}

/// One page with what it inherits from the page tree.
pub(crate) struct PageRef<'a> {
    pub(crate) dict: &'a Dictionary,
    pub(crate) resources: Option<&'a Dictionary>,
    pub(crate) media_box: [f64; 4],
    pub(crate) crop_box: Option<[f64; 4]>,
    pub(crate) rotate: i64,
}

#[derive(Clone, Copy)]
struct Inherited<'a> {
    resources: Option<&'a Dictionary>,
    media_box: Option<[f64; 4]>,
    crop_box: Option<[f64; 4]>,
    rotate: Option<i64>,
}

/// The pages in order, walking the page tree without recursion and without revisiting a node. When the tree
/// gives none (a damaged catalog), every object of type /Page, in object order.
pub(crate) fn pages<'a>(doc: &'a Document, limits: &Limits) -> Result<Vec<PageRef<'a>>, PdfError> {
    let mut out = Vec::new();
    let root = doc.trailer.get(b"Root").ok().and_then(|r| deref(doc, r));
    let tree = match root {
        Some(Object::Dictionary(cat)) => cat.get(b"Pages").ok(),
        _ => None,
    };
    let mut seen: HashSet<ObjectId> = HashSet::new();
    let none = Inherited { resources: None, media_box: None, crop_box: None, rotate: None };
    let mut stack: Vec<(&Object, Inherited)> = tree.map(|t| vec![(t, none)]).unwrap_or_default();
    let mut visits = 0usize;
    while let Some((node_ref, inh)) = stack.pop() {
        visits += 1;
        if visits > limits.max_objects {
            break;
        }
        if let Object::Reference(id) = node_ref {
            if !seen.insert(*id) {
                continue;
            }
        }
        let Some(Object::Dictionary(node)) = deref(doc, node_ref) else { continue };
        let here = Inherited {
            resources: get_dict(doc, node, b"Resources").or(inh.resources),
            media_box: get_rect(doc, node, b"MediaBox").or(inh.media_box),
            crop_box: get_rect(doc, node, b"CropBox").or(inh.crop_box),
            rotate: get(doc, node, b"Rotate").and_then(|o| o.as_i64().ok()).or(inh.rotate),
        };
        let kids = match get(doc, node, b"Kids") {
            Some(Object::Array(k)) if !node.type_is(b"Page") => Some(k),
            _ => None,
        };
        if let Some(kids) = kids {
            for kid in kids.iter().rev() {
                stack.push((kid, here));
            }
            continue;
        }
        if node.type_is(b"Pages") {
            continue;
        }
        out.push(page_ref(node, here));
        if out.len() > limits.max_pages {
            return Err(PdfError::LimitExceeded { limit: "page count", max: limits.max_pages as u64 });
        }
    }
    if out.is_empty() {
        for obj in doc.objects.values() {
            if let Object::Dictionary(d) = obj {
                if d.type_is(b"Page") {
                    let here = Inherited {
                        resources: get_dict(doc, d, b"Resources"),
                        media_box: get_rect(doc, d, b"MediaBox"),
                        crop_box: get_rect(doc, d, b"CropBox"),
                        rotate: get(doc, d, b"Rotate").and_then(|o| o.as_i64().ok()),
                    };
                    out.push(page_ref(d, here));
                    if out.len() > limits.max_pages {
                        return Err(PdfError::LimitExceeded { limit: "page count", max: limits.max_pages as u64 });
                    }
                }
            }
        }
    }
    Ok(out)
}

fn page_ref<'a>(dict: &'a Dictionary, inh: Inherited<'a>) -> PageRef<'a> {
    PageRef {
        dict,
        resources: inh.resources,
        media_box: inh.media_box.unwrap_or([0.0, 0.0, 612.0, 792.0]),
        crop_box: inh.crop_box,
        rotate: inh.rotate.unwrap_or(0).rem_euclid(360),
    }
}

/// The decoded data of the stream object `obj` (a reference or a direct stream).
pub(crate) fn stream_data(doc: &Document, obj: &Object, budget: &mut Budget) -> Result<Option<Vec<u8>>, DecodeError> {
    match deref(doc, obj) {
        Some(Object::Stream(s)) => filters::decode_stream(doc, s, budget).map(Some),
        _ => Ok(None),
    }
}

/// The producer named in the document information dictionary.
pub(crate) fn info_string(doc: &Document, key: &[u8]) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok().and_then(|o| deref(doc, o))?;
    let Object::Dictionary(info) = info else { return None };
    let obj = get(doc, info, key)?;
    let s = lopdf::decode_text_string(obj).ok()?;
    let s = s.trim_matches(char::from(0)).trim().to_string();
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting() {
        assert_eq!(nesting_depth(b"1 0 obj << /A [1 [2] (a]]) 3 0 R] >> endobj", 100), Some(3));
        let mut deep = b"1 0 obj ".to_vec();
        deep.extend_from_slice(&[b'['; 5000]);
        assert_eq!(nesting_depth(&deep, 100), Some(101));
        // Strings are skipped as lopdf skips them, from wherever an object starts.
        let mut tricky = b"1 0 obj ".to_vec();
        for _ in 0..50 {
            tricky.extend_from_slice(b"[[ (obj ]]) ");
        }
        assert!(nesting_depth(&tricky, 1000).unwrap() >= 100);
        // Binary data after "stream" is not an object.
        assert_eq!(nesting_depth(b"1 0 obj <<>> stream\n[[[[(((]]\nendstream endobj", 100), Some(1));
    }

    #[test]
    fn object_headers() {
        let buf = b"junk\n12 0 obj\n<<>>\nendobj\n 7 3 obj";
        let at = find(buf, b"obj").unwrap();
        assert_eq!(object_header_before(buf, at), Some((12, 0, 5)));
        let end = find(buf, b"endobj").unwrap() + 3;
        assert_eq!(object_header_before(buf, end), None);
    }
}
