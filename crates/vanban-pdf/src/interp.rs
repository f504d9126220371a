//! The content stream interpreter: graphics state (q/Q, cm), text state and positioning (BT/ET, Tf, Td, TD, Tm,
//! T*, Tc, Tw, Tz, TL, Ts), text showing (Tj, TJ, ', "), Form XObjects drawn recursively (Do) and annotation
//! appearances. It turns a page into positioned runs of text ([`Span`]s) in an upright page space.

use crate::cmap::Piece;
use crate::document::{deref, get, get_dict, get_name, get_rect, number, PageRef};
use crate::error::PdfError;
use crate::filters::{Budget, DecodeError};
use crate::font::Font;
use crate::lexer::{Lexer, Tok};
use crate::Limits;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;
use std::rc::Rc;

/// `[a b c d e f]`: a point (x, y) maps to (a·x + c·y + e, b·x + d·y + f).
type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
/// Deepest q nesting kept (further q are ignored, their Q too).
const MAX_SAVED_STATES: usize = 256;
/// Operands kept before an operator (no operator takes more; the rest is junk).
const MAX_OPERANDS: usize = 64;
/// Marked-content sections nested at most this deep (deeper BMC/BDC and their EMC are ignored).
const MAX_MARKED: usize = 256;
/// Form XObjects nested at most this deep whatever `Limits::max_depth` says (the interpreter recurses per form).
const MAX_FORM_DEPTH: usize = 256;

fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

fn finite(m: &Matrix) -> bool {
    m.iter().all(|v| v.is_finite())
}

/// A run of text on one baseline, in upright page space (y grows upwards).
#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub(crate) x0: f64,
    pub(crate) x1: f64,
    pub(crate) y: f64,
    /// Font size in page space.
    pub(crate) size: f64,
    /// Direction of the baseline on the page (see [`direction`]); coordinates are in that direction's frame,
    /// where the text runs left to right.
    pub(crate) dir: u8,
    pub(crate) text: String,
}

/// What one page gave.
#[derive(Default)]
pub(crate) struct PageContent {
    pub(crate) spans: Vec<Span>,
    /// Text of annotation appearances (signature stamps, form fields), kept apart from the page's flow.
    pub(crate) annot_spans: Vec<Span>,
    /// Glyphs shown by the page's own content (annotations not counted).
    pub(crate) glyphs: usize,
    /// Of those, glyphs whose text could be decoded.
    pub(crate) decoded: usize,
    pub(crate) images: usize,
    pub(crate) undecodable_fonts: Vec<String>,
}

#[derive(Clone, Hash, PartialEq, Eq)]
enum FontKey {
    Id(ObjectId),
    Direct(usize),
}

/// Fonts loaded once per document.
#[derive(Default)]
pub(crate) struct FontCache {
    fonts: HashMap<FontKey, Rc<Font>>,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    hscale: f64,
    leading: f64,
    rise: f64,
}

impl Default for GState {
    fn default() -> Self {
        GState { ctm: IDENTITY, font: None, size: 0.0, char_spacing: 0.0, word_spacing: 0.0, hscale: 1.0, leading: 0.0, rise: 0.0 }
    }
}

/// Builds spans from glyphs as they are shown.
struct SpanBuilder {
    spans: Vec<Span>,
    cur: Option<Span>,
    /// Glyphs taken so far, to stop early when the output limit is passed.
    glyphs: usize,
}

impl SpanBuilder {
    fn new() -> Self {
        SpanBuilder { spans: Vec::new(), cur: None, glyphs: 0 }
    }

    fn flush(&mut self) {
        if let Some(s) = self.cur.take() {
            if !s.text.trim().is_empty() {
                self.spans.push(s);
            }
        }
    }

    /// One glyph at (x, y) ending at x_end along the baseline, in the frame of its direction `dir`; `text` None
    /// for a glyph with no known text.
    fn glyph(&mut self, x: f64, y: f64, x_end: f64, size: f64, dir: u8, text: Option<Piece<'_>>) {
        self.glyphs += 1;
        let size = size.abs().max(0.01);
        if let Some(cur) = &mut self.cur {
            let same_line = cur.dir == dir && (y - cur.y).abs() <= 0.2 * size.max(cur.size);
            let gap = x - cur.x1;
            // A gap wide enough to read as a space ends the run: another font may draw glyphs in that gap later
            // (LibreOffice draws fallback-font glyphs after the line, at their positions), and the layout orders
            // runs by position.
            if same_line && gap > -0.5 * size && gap <= crate::layout::SPACE_GAP_EM * size {
                push_piece(&mut cur.text, text);
                cur.x1 = cur.x1.max(x_end);
                return;
            }
        }
        self.flush();
        let mut s = Span { x0: x, x1: x_end, y, size, dir, text: String::new() };
        push_piece(&mut s.text, text);
        self.cur = Some(s);
    }

    fn finish(mut self) -> Vec<Span> {
        self.flush();
        self.spans
    }
}

/// The direction of a baseline (0: left to right, 1: upwards, 2: right to left, 3: downwards) and the rotation
/// that makes it run left to right.
fn direction(bx: f64, by: f64) -> (u8, Matrix) {
    if bx.abs() >= by.abs() {
        if bx >= 0.0 {
            (0, IDENTITY)
        } else {
            (2, [-1.0, 0.0, 0.0, -1.0, 0.0, 0.0])
        }
    } else if by > 0.0 {
        (1, [0.0, -1.0, 1.0, 0.0, 0.0, 0.0])
    } else {
        (3, [0.0, 1.0, -1.0, 0.0, 0.0, 0.0])
    }
}

fn push_piece(out: &mut String, p: Option<Piece<'_>>) {
    let mut push = |c: char| {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && out.ends_with(' ') {
            return;
        }
        if !c.is_control() {
            out.push(c);
        }
    };
    match p {
        Some(Piece::Char(c)) => push(c),
        Some(Piece::Str(s)) => s.chars().for_each(push),
        None => {}
    }
}

struct Interp<'a, 'b> {
    doc: &'a Document,
    limits: &'b Limits,
    budget: &'b mut Budget,
    fonts: &'b mut FontCache,
    gs: GState,
    saved: Vec<GState>,
    /// q operators past [`MAX_SAVED_STATES`], whose Q are ignored too.
    ignored_saves: usize,
    tm: Matrix,
    tlm: Matrix,
    builder: SpanBuilder,
    /// Forms being drawn (a form that draws itself is skipped).
    drawing: Vec<ObjectId>,
    /// Page box in upright space: glyphs outside it are not shown.
    clip: [f64; 4],
    counting: bool,
    glyphs: usize,
    decoded: usize,
    images: usize,
    undecodable: Vec<String>,
    /// Open marked-content sections; those with an /ActualText hold its text and where their glyphs were.
    marked: Vec<Option<ActualText>>,
    ignored_marks: usize,
}

/// Text that replaces the glyphs of a marked-content section (`/Span <</ActualText (…)>> BDC … EMC`).
struct ActualText {
    text: String,
    /// Position, size and direction of the first glyph shown inside, in its direction's frame.
    start: Option<(f64, f64, f64, u8)>,
    end: f64,
}

fn limit_err(limits: &Limits) -> PdfError {
    PdfError::LimitExceeded { limit: "decompressed stream bytes", max: limits.max_stream_bytes as u64 }
}

/// Interprets one page: its content streams, then its annotations' appearances.
pub(crate) fn page<'a>(doc: &'a Document, page: &PageRef<'a>, limits: &Limits, budget: &mut Budget, fonts: &mut FontCache) -> Result<PageContent, PdfError> {
    let b = page.crop_box.unwrap_or(page.media_box);
    let b = intersect(b, page.media_box).unwrap_or(page.media_box);
    let rot: Matrix = match page.rotate {
        90 => [0.0, -1.0, 1.0, 0.0, 0.0, 0.0],
        180 => [-1.0, 0.0, 0.0, -1.0, 0.0, 0.0],
        270 => [0.0, 1.0, -1.0, 0.0, 0.0, 0.0],
        _ => IDENTITY,
    };
    let corners = [apply(&rot, b[0], b[1]), apply(&rot, b[2], b[3])];
    let clip = [
        corners[0].0.min(corners[1].0),
        corners[0].1.min(corners[1].1),
        corners[0].0.max(corners[1].0),
        corners[0].1.max(corners[1].1),
    ];
    let mut it = Interp {
        doc,
        limits,
        budget,
        fonts,
        gs: GState { ctm: rot, ..GState::default() },
        saved: Vec::new(),
        ignored_saves: 0,
        tm: IDENTITY,
        tlm: IDENTITY,
        builder: SpanBuilder::new(),
        drawing: Vec::new(),
        clip,
        counting: true,
        glyphs: 0,
        decoded: 0,
        images: 0,
        undecodable: Vec::new(),
        marked: Vec::new(),
        ignored_marks: 0,
    };

    // Contents: one stream or an array of streams, drawn as one.
    let mut data = Vec::new();
    let contents: Vec<&Object> = match page.dict.get(b"Contents").ok().and_then(|o| deref(doc, o)) {
        Some(Object::Array(items)) => items.iter().collect(),
        Some(_) => page.dict.get(b"Contents").ok().into_iter().collect(),
        None => Vec::new(),
    };
    for c in contents {
        match crate::document::stream_data(doc, c, it.budget) {
            Ok(Some(d)) => {
                data.extend_from_slice(&d);
                data.push(b'\n');
            }
            Ok(None) | Err(DecodeError::Unsupported) => {}
            Err(DecodeError::Limit) => return Err(limit_err(limits)),
        }
    }
    it.run(&data, page.resources, 0)?;
    while !it.marked.is_empty() {
        it.end_marked();
    }
    let spans = std::mem::replace(&mut it.builder, SpanBuilder::new()).finish();

    // Annotation appearances, apart.
    it.counting = false;
    if let Some(Object::Array(annots)) = get(doc, page.dict, b"Annots") {
        for a in annots.iter().take(10_000) {
            if let Some(Object::Dictionary(annot)) = deref(doc, a) {
                it.annotation(annot, rot)?;
            }
        }
    }
    let annot_spans = it.builder.finish();
    Ok(PageContent { spans, annot_spans, glyphs: it.glyphs, decoded: it.decoded, images: it.images, undecodable_fonts: it.undecodable })
}

fn intersect(a: [f64; 4], b: [f64; 4]) -> Option<[f64; 4]> {
    let r = [a[0].max(b[0]), a[1].max(b[1]), a[2].min(b[2]), a[3].min(b[3])];
    (r[0] < r[2] && r[1] < r[3]).then_some(r)
}

impl<'a, 'b> Interp<'a, 'b> {
    fn annotation(&mut self, annot: &'a Dictionary, page_ctm: Matrix) -> Result<(), PdfError> {
        let doc = self.doc;
        let subtype = get_name(doc, annot, b"Subtype").unwrap_or(b"");
        if matches!(subtype, b"Popup" | b"Link") {
            return Ok(());
        }
        let flags = get(doc, annot, b"F").and_then(|o| o.as_i64().ok()).unwrap_or(0);
        if flags & (2 | 32) != 0 {
            return Ok(());
        }
        let Some(ap) = get_dict(doc, annot, b"AP") else { return Ok(()) };
        let Some(normal_ref) = ap.get(b"N").ok() else { return Ok(()) };
        let form_ref = match deref(doc, normal_ref) {
            Some(Object::Stream(_)) => normal_ref,
            Some(Object::Dictionary(states)) => {
                let Some(state) = get_name(doc, annot, b"AS") else { return Ok(()) };
                match states.get(state) {
                    Ok(o) => o,
                    Err(_) => return Ok(()),
                }
            }
            _ => return Ok(()),
        };
        let Some(Object::Stream(form)) = deref(doc, form_ref) else { return Ok(()) };
        let Some(rect) = get_rect(doc, annot, b"Rect") else { return Ok(()) };
        let bbox = get_rect(doc, &form.dict, b"BBox").unwrap_or(rect);
        let matrix = read_matrix(doc, &form.dict).unwrap_or(IDENTITY);
        // The appearance's box, transformed by its matrix, is fitted to the annotation's rectangle.
        let pts = [apply(&matrix, bbox[0], bbox[1]), apply(&matrix, bbox[2], bbox[1]), apply(&matrix, bbox[0], bbox[3]), apply(&matrix, bbox[2], bbox[3])];
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (x, y) in pts {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        let (w, h) = (x1 - x0, y1 - y0);
        if !(w > 1e-6 && h > 1e-6) {
            return Ok(());
        }
        let sx = (rect[2] - rect[0]) / w;
        let sy = (rect[3] - rect[1]) / h;
        let fit: Matrix = [sx, 0.0, 0.0, sy, rect[0] - x0 * sx, rect[1] - y0 * sy];
        let ctm = mul(&mul(&matrix, &fit), &page_ctm);
        if !finite(&ctm) {
            return Ok(());
        }
        let data = match crate::filters::decode_stream(doc, form, self.budget) {
            Ok(d) => d,
            Err(DecodeError::Limit) => return Err(limit_err(self.limits)),
            Err(DecodeError::Unsupported) => return Ok(()),
        };
        let resources = get_dict(doc, &form.dict, b"Resources");
        let saved = std::mem::replace(&mut self.gs, GState { ctm, ..GState::default() });
        let saved_stack = std::mem::take(&mut self.saved);
        let r = self.run(&data, resources, 1);
        self.gs = saved;
        self.saved = saved_stack;
        r
    }

    fn run(&mut self, data: &[u8], resources: Option<&'a Dictionary>, depth: usize) -> Result<(), PdfError> {
        let mut lx = Lexer::new(data);
        let mut ops: Vec<Object> = Vec::with_capacity(8);
        let base_saved = self.saved.len();
        while let Some(tok) = lx.next_tok() {
            let op = match tok {
                Tok::Obj(o) => {
                    if ops.len() < MAX_OPERANDS {
                        ops.push(o);
                    }
                    continue;
                }
                Tok::Op(op) => op,
            };
            self.op(op, &ops, resources, depth, &mut lx)?;
            if self.builder.glyphs > self.limits.max_output_chars {
                return Err(PdfError::LimitExceeded { limit: "output characters", max: self.limits.max_output_chars as u64 });
            }
            ops.clear();
        }
        // Unbalanced q inside a stream does not leak out of it.
        while self.saved.len() > base_saved {
            if let Some(g) = self.saved.pop() {
                self.gs = g;
            }
        }
        Ok(())
    }

    fn op(&mut self, op: &[u8], ops: &[Object], resources: Option<&'a Dictionary>, depth: usize, lx: &mut Lexer<'_>) -> Result<(), PdfError> {
        let n = |i: usize| ops.get(i).and_then(number);
        match op {
            b"q" if self.saved.len() < MAX_SAVED_STATES => self.saved.push(self.gs.clone()),
            b"q" => self.ignored_saves += 1,
            b"Q" if self.ignored_saves > 0 => self.ignored_saves -= 1,
            b"Q" => {
                if let Some(g) = self.saved.pop() {
                    self.gs = g;
                }
            }
            b"cm" => {
                if let Some(m) = six(ops) {
                    let ctm = mul(&m, &self.gs.ctm);
                    if finite(&ctm) {
                        self.gs.ctm = ctm;
                    }
                }
            }
            b"BT" => {
                self.tm = IDENTITY;
                self.tlm = IDENTITY;
            }
            b"ET" => {}
            b"Tf" => {
                if let Some(size) = n(1) {
                    self.gs.size = size;
                }
                if let Some(Object::Name(name)) = ops.first() {
                    self.gs.font = self.font(resources, name);
                }
            }
            b"Tc" => self.gs.char_spacing = n(0).unwrap_or(0.0),
            b"Tw" => self.gs.word_spacing = n(0).unwrap_or(0.0),
            b"Tz" => self.gs.hscale = n(0).unwrap_or(100.0) / 100.0,
            b"TL" => self.gs.leading = n(0).unwrap_or(0.0),
            b"Ts" => self.gs.rise = n(0).unwrap_or(0.0),
            b"Td" => self.move_line(n(0).unwrap_or(0.0), n(1).unwrap_or(0.0)),
            b"TD" => {
                let ty = n(1).unwrap_or(0.0);
                self.gs.leading = -ty;
                self.move_line(n(0).unwrap_or(0.0), ty);
            }
            b"Tm" => {
                if let Some(m) = six(ops) {
                    self.tm = m;
                    self.tlm = m;
                }
            }
            b"T*" => self.move_line(0.0, -self.gs.leading),
            b"Tj" => {
                if let Some(Object::String(s, _)) = ops.first() {
                    self.show(s);
                }
            }
            b"'" => {
                self.move_line(0.0, -self.gs.leading);
                if let Some(Object::String(s, _)) = ops.first() {
                    self.show(s);
                }
            }
            b"\"" => {
                self.gs.word_spacing = n(0).unwrap_or(self.gs.word_spacing);
                self.gs.char_spacing = n(1).unwrap_or(self.gs.char_spacing);
                self.move_line(0.0, -self.gs.leading);
                if let Some(Object::String(s, _)) = ops.get(2) {
                    self.show(s);
                }
            }
            b"TJ" => {
                if let Some(Object::Array(items)) = ops.first() {
                    for item in items {
                        match item {
                            Object::String(s, _) => self.show(s),
                            other => {
                                if let Some(adj) = number(other) {
                                    let tx = -adj / 1000.0 * self.gs.size * self.gs.hscale;
                                    self.advance(tx);
                                }
                            }
                        }
                    }
                }
            }
            b"Do" => {
                if let Some(Object::Name(name)) = ops.first() {
                    self.xobject(resources, name, depth)?;
                }
            }
            b"BMC" | b"BDC" if self.marked.len() >= MAX_MARKED => self.ignored_marks += 1,
            b"BMC" => self.marked.push(None),
            b"BDC" => {
                let actual = self.actual_text(ops.get(1), resources);
                self.marked.push(actual.map(|text| ActualText { text, start: None, end: f64::MIN }));
            }
            b"EMC" if self.ignored_marks > 0 => self.ignored_marks -= 1,
            b"EMC" => self.end_marked(),
            b"BI" => {
                let _ = lx.skip_inline_image();
                if self.counting {
                    self.images += 1;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The /ActualText of a BDC's properties (given inline or by name in the resources' /Properties).
    fn actual_text(&self, props: Option<&Object>, resources: Option<&'a Dictionary>) -> Option<String> {
        let doc = self.doc;
        let dict = match props? {
            Object::Dictionary(d) => d,
            Object::Name(n) => match resources.and_then(|r| get_dict(doc, r, b"Properties")).and_then(|p| p.get(n).ok()).and_then(|o| deref(doc, o)) {
                Some(Object::Dictionary(d)) => d,
                _ => return None,
            },
            _ => return None,
        };
        let text = get(doc, dict, b"ActualText")?;
        lopdf::decode_text_string(text).ok()
    }

    /// EMC: a section with an /ActualText puts its text where its first glyph was.
    fn end_marked(&mut self) {
        if let Some(Some(a)) = self.marked.pop() {
            if let Some((x, y, size, dir)) = a.start {
                let end = a.end.max(x);
                self.builder.glyph(x, y, end, size, dir, Some(Piece::Str(&a.text)));
            }
        }
    }

    fn move_line(&mut self, tx: f64, ty: f64) {
        let m = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.tlm);
        if finite(&m) {
            self.tlm = m;
            self.tm = m;
        }
    }

    fn advance(&mut self, tx: f64) {
        if tx.is_finite() {
            self.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.tm);
        }
    }

    fn font(&mut self, resources: Option<&'a Dictionary>, name: &[u8]) -> Option<Rc<Font>> {
        let doc = self.doc;
        let fonts = get_dict(doc, resources?, b"Font")?;
        let obj = fonts.get(name).ok()?;
        let key = match obj {
            Object::Reference(id) => FontKey::Id(*id),
            other => FontKey::Direct(other as *const Object as usize),
        };
        if let Some(f) = self.fonts.fonts.get(&key) {
            return Some(f.clone());
        }
        let dict = match deref(doc, obj)? {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &s.dict,
            _ => return None,
        };
        let font = Rc::new(Font::load(doc, dict, self.budget));
        self.fonts.fonts.insert(key, font.clone());
        Some(font)
    }

    fn show(&mut self, bytes: &[u8]) {
        let Some(font) = self.gs.font.clone() else {
            // Text shown without a usable font (missing from the resources): drawn, but not decodable.
            if self.counting && !bytes.is_empty() {
                self.glyphs += bytes.len();
                let missing = "(font missing from the resources)".to_string();
                if !self.undecodable.contains(&missing) {
                    self.undecodable.push(missing);
                }
            }
            return;
        };
        let gs = &self.gs;
        let (size, hscale, tc, tw, rise, ctm) = (gs.size, gs.hscale, gs.char_spacing, gs.word_spacing, gs.rise, gs.ctm);
        let clip = self.clip;
        let mut tm = self.tm;
        let mut glyphs = 0usize;
        let mut decoded = 0usize;
        let builder = &mut self.builder;
        let mut actual = self.marked.iter_mut().rev().find_map(Option::as_mut);
        font.each_glyph(bytes, |g| {
            let trm = mul(&tm, &ctm);
            let (x, y) = apply(&trm, 0.0, rise);
            let w = g.width * size * hscale;
            let (xe, ye) = apply(&trm, w, rise);
            // Size in page space: the vertical scale of the text rendering matrix.
            let dev_size = size * (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            glyphs += 1;
            if g.text.is_some() {
                decoded += 1;
            }
            let margin = dev_size.abs().min(50.0);
            let inside = x.is_finite()
                && y.is_finite()
                && x >= clip[0] - margin
                && x <= clip[2] + margin
                && y >= clip[1] - margin
                && y <= clip[3] + margin;
            if inside {
                let (dir, rot) = direction(trm[0], trm[1]);
                let (rx, ry) = apply(&rot, x, y);
                let (rxe, _) = apply(&rot, xe, ye);
                match actual.as_mut() {
                    Some(a) => {
                        if a.start.is_none() {
                            a.start = Some((rx, ry, dev_size, dir));
                        }
                        a.end = a.end.max(rxe);
                    }
                    None => builder.glyph(rx, ry, rxe.max(rx), dev_size, dir, g.text),
                }
            }
            let adv = (g.width * size + tc + if g.word_space { tw } else { 0.0 }) * hscale;
            if adv.is_finite() {
                tm = mul(&[1.0, 0.0, 0.0, 1.0, adv, 0.0], &tm);
            }
        });
        self.tm = tm;
        if self.counting {
            self.glyphs += glyphs;
            self.decoded += decoded;
            if glyphs > 0 && decoded == 0 && !font.decodable() && !self.undecodable.contains(&font.name) {
                self.undecodable.push(font.name.clone());
            }
        }
    }

    fn xobject(&mut self, resources: Option<&'a Dictionary>, name: &[u8], depth: usize) -> Result<(), PdfError> {
        let doc = self.doc;
        let Some(xobjects) = resources.and_then(|r| get_dict(doc, r, b"XObject")) else { return Ok(()) };
        let Ok(obj) = xobjects.get(name) else { return Ok(()) };
        let Some(Object::Stream(stream)) = deref(doc, obj) else { return Ok(()) };
        match get_name(doc, &stream.dict, b"Subtype") {
            Some(b"Image") => {
                if self.counting {
                    self.images += 1;
                }
                Ok(())
            }
            Some(b"Form") => {
                let id = match obj {
                    Object::Reference(id) => Some(*id),
                    _ => None,
                };
                if let Some(id) = id {
                    if self.drawing.contains(&id) {
                        return Ok(()); // a form that draws itself
                    }
                }
                let max_depth = self.limits.max_depth.min(MAX_FORM_DEPTH);
                if depth + 1 > max_depth {
                    return Err(PdfError::LimitExceeded { limit: "Form XObject nesting depth", max: max_depth as u64 });
                }
                let data = match crate::filters::decode_stream(doc, stream, self.budget) {
                    Ok(d) => d,
                    Err(DecodeError::Limit) => return Err(limit_err(self.limits)),
                    Err(DecodeError::Unsupported) => return Ok(()),
                };
                let matrix = read_matrix(doc, &stream.dict).unwrap_or(IDENTITY);
                let form_resources = get_dict(doc, &stream.dict, b"Resources").or(resources);
                let saved_gs = self.gs.clone();
                let saved_stack = std::mem::take(&mut self.saved);
                let (saved_tm, saved_tlm) = (self.tm, self.tlm);
                let ctm = mul(&matrix, &self.gs.ctm);
                if finite(&ctm) {
                    self.gs.ctm = ctm;
                }
                if let Some(id) = id {
                    self.drawing.push(id);
                }
                let r = self.run(&data, form_resources, depth + 1);
                if id.is_some() {
                    self.drawing.pop();
                }
                self.gs = saved_gs;
                self.saved = saved_stack;
                self.tm = saved_tm;
                self.tlm = saved_tlm;
                r
            }
            _ => Ok(()),
        }
    }
}

fn six(ops: &[Object]) -> Option<Matrix> {
    if ops.len() < 6 {
        return None;
    }
    let s = ops.get(ops.len() - 6..)?;
    let mut m = [0.0; 6];
    for (slot, o) in m.iter_mut().zip(s) {
        *slot = number(o)?;
    }
    Some(m)
}

fn read_matrix(doc: &Document, dict: &Dictionary) -> Option<Matrix> {
    let Some(Object::Array(items)) = get(doc, dict, b"Matrix") else { return None };
    let v: Vec<f64> = items.iter().filter_map(|o| deref(doc, o).and_then(number)).collect();
    let m: Matrix = v.as_slice().try_into().ok()?;
    finite(&m).then_some(m)
}
