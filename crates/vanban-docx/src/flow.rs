//! The text flow of `word/document.xml` and of the notes parts: paragraphs, runs, tables, text boxes, footnote
//! references; and its rendering to lines.

use crate::numbering::{attr, toggle, Numbering, Styles};
use crate::{error, DocxError, ErrorKind, Limits};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use std::collections::HashMap;

const W_MAIN: &[u8] = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &[u8] = b"http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";
const MATH: &[u8] = b"http://schemas.openxmlformats.org/officeDocument/2006/math";
const MATH_STRICT: &[u8] = b"http://purl.oclc.org/ooxml/officeDocument/math";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ns {
    W,
    Mc,
    Math,
    Other,
}

fn ns_of(r: &ResolveResult) -> Ns {
    match r {
        ResolveResult::Bound(ns) => match ns.as_ref() {
            W_MAIN | W_STRICT => Ns::W,
            MC => Ns::Mc,
            MATH | MATH_STRICT => Ns::Math,
            _ => Ns::Other,
        },
        _ => Ns::Other,
    }
}

/// A block of the flow.
#[derive(Debug, Clone)]
pub(crate) enum Block {
    /// A paragraph; may hold line breaks.
    Para(String),
    /// Rows of cells, each cell a sequence of blocks.
    Table(Vec<Vec<Vec<Block>>>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum NoteKind {
    Foot,
    End,
}

/// What the parts share: styles, list counters, footnote numbers.
pub(crate) struct Context {
    styles: Styles,
    numbering: Numbering,
    limits: Limits,
    /// Notes in the order of their first reference; the mark of a note is its index + 1.
    note_order: Vec<(NoteKind, String)>,
}

impl Context {
    pub fn new(styles: Styles, numbering: Numbering, limits: Limits) -> Self {
        Context { styles, numbering, limits, note_order: Vec::new() }
    }

    fn note_mark(&mut self, kind: NoteKind, id: String) -> usize {
        if let Some(i) = self.note_order.iter().position(|(k, x)| *k == kind && *x == id) {
            return i + 1;
        }
        self.note_order.push((kind, id));
        self.note_order.len()
    }
}

#[derive(Default)]
struct Para {
    text: String,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
    mark_hidden: bool,
    extras: Vec<Block>,
    run_caps: Option<bool>,
    run_vanish: Option<bool>,
    run_style: Option<String>,
}

enum Frame {
    Para(Para),
    Table(Vec<Vec<Vec<Block>>>),
    Row(Vec<Vec<Block>>),
    Cell(Vec<Block>),
    /// A text box, or a note (with its id, when it is a normal note).
    Container(Vec<Block>, Option<String>),
}

struct Parser<'c> {
    ctx: &'c mut Context,
    /// (namespace, local name, pushed a frame)
    tags: Vec<(Ns, Vec<u8>, bool)>,
    frames: Vec<Frame>,
    root: Vec<Block>,
    notes: HashMap<String, Vec<Block>>,
    /// Complex fields: true while in the instruction part (between `begin` and `separate`).
    fields: Vec<bool>,
    skip_from: Option<usize>,
    note_kind: Option<NoteKind>,
}

fn superscript(n: usize) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string().chars().map(|c| SUP[c.to_digit(10).unwrap_or(0) as usize]).collect()
}

impl<'c> Parser<'c> {
    fn parent_is(&self, names: &[&[u8]]) -> bool {
        // the current element is the last tag; its W ancestors end with `names`
        let n = self.tags.len();
        n > names.len()
            && names.iter().rev().enumerate().all(|(i, want)| {
                let (ns, name, _) = &self.tags[n - 2 - i];
                *ns == Ns::W && name.as_slice() == *want
            })
    }

    fn para(&mut self) -> Option<&mut Para> {
        self.frames.iter_mut().rev().find_map(|f| if let Frame::Para(p) = f { Some(p) } else { None })
    }

    /// Put a finished block where it belongs: the nearest cell, text box or note, else the body; blocks of a text
    /// box inside a paragraph follow that paragraph.
    fn deliver(&mut self, b: Block) {
        for f in self.frames.iter_mut().rev() {
            match f {
                Frame::Para(p) => {
                    p.extras.push(b);
                    return;
                }
                Frame::Cell(v) | Frame::Container(v, _) => {
                    v.push(b);
                    return;
                }
                Frame::Table(_) | Frame::Row(_) => {}
            }
        }
        self.root.push(b);
    }

    fn start(&mut self, ns: Ns, e: &BytesStart) -> Result<(), DocxError> {
        let local = e.local_name().as_ref().to_vec();
        self.tags.push((ns, local, false));
        if self.tags.len() > self.ctx.limits.max_depth {
            return Err(error(
                ErrorKind::LimitExceeded,
                format!("XML nested deeper than {} elements", self.ctx.limits.max_depth),
            ));
        }
        if self.skip_from.is_some() {
            return Ok(());
        }
        let name = self.tags.last().map(|t| t.1.clone()).unwrap_or_default();
        match ns {
            Ns::Mc if name == b"Fallback" => self.skip_from = Some(self.tags.len()),
            Ns::W => self.start_w(&name, e)?,
            _ => {}
        }
        Ok(())
    }

    fn push_frame(&mut self, f: Frame) {
        self.frames.push(f);
        if let Some(t) = self.tags.last_mut() {
            t.2 = true;
        }
    }

    fn start_w(&mut self, name: &[u8], e: &BytesStart) -> Result<(), DocxError> {
        match name {
            b"del" | b"moveFrom" | b"rPrChange" | b"pPrChange" | b"sectPrChange" | b"tblPrChange" | b"trPrChange"
            | b"tcPrChange" | b"numberingChange" | b"sdtPr" | b"sdtEndPr" | b"sectPr" | b"object" => {
                self.skip_from = Some(self.tags.len())
            }
            b"p" => self.push_frame(Frame::Para(Para::default())),
            b"tbl" => self.push_frame(Frame::Table(Vec::new())),
            b"tr" => self.push_frame(Frame::Row(Vec::new())),
            b"tc" => self.push_frame(Frame::Cell(Vec::new())),
            b"txbxContent" => self.push_frame(Frame::Container(Vec::new(), None)),
            b"footnote" | b"endnote" if self.note_kind.is_some() && self.tags.len() == 2 => {
                let normal = matches!(attr(e, b"type").as_deref(), None | Some("normal"));
                let id = if normal { attr(e, b"id") } else { None };
                self.push_frame(Frame::Container(Vec::new(), id));
            }
            b"pStyle" if self.parent_is(&[b"pPr"]) => {
                let v = attr(e, b"val");
                if let Some(p) = self.para() {
                    p.style = v;
                }
            }
            b"numId" if self.parent_is(&[b"pPr", b"numPr"]) => {
                let v = attr(e, b"val");
                if let Some(p) = self.para() {
                    p.num_id = v;
                }
            }
            b"ilvl" if self.parent_is(&[b"pPr", b"numPr"]) => {
                let v = attr(e, b"val").and_then(|v| v.parse().ok());
                if let Some(p) = self.para() {
                    p.ilvl = v;
                }
            }
            b"vanish" if self.parent_is(&[b"pPr", b"rPr"]) => {
                let v = toggle(e);
                if let Some(p) = self.para() {
                    p.mark_hidden = v;
                }
            }
            b"r" => {
                if let Some(p) = self.para() {
                    p.run_caps = None;
                    p.run_vanish = None;
                    p.run_style = None;
                }
            }
            b"rStyle" if self.parent_is(&[b"r", b"rPr"]) => {
                let v = attr(e, b"val");
                if let Some(p) = self.para() {
                    p.run_style = v;
                }
            }
            b"caps" if self.parent_is(&[b"r", b"rPr"]) => {
                let v = toggle(e);
                if let Some(p) = self.para() {
                    p.run_caps = Some(v);
                }
            }
            b"vanish" if self.parent_is(&[b"r", b"rPr"]) => {
                let v = toggle(e);
                if let Some(p) = self.para() {
                    p.run_vanish = Some(v);
                }
            }
            b"fldChar" => match attr(e, b"fldCharType").as_deref() {
                Some("begin") => self.fields.push(true),
                Some("separate") => {
                    if let Some(f) = self.fields.last_mut() {
                        *f = false;
                    }
                }
                Some("end") => {
                    self.fields.pop();
                }
                _ => {}
            },
            b"tab" | b"ptab" if self.parent_is(&[b"r"]) => self.push_text("\t"),
            b"br" | b"cr" if self.parent_is(&[b"r"]) => self.push_text("\n"),
            b"noBreakHyphen" if self.parent_is(&[b"r"]) => self.push_text("-"),
            b"footnoteReference" | b"endnoteReference" if self.parent_is(&[b"r"]) => {
                let kind = if name == b"footnoteReference" { NoteKind::Foot } else { NoteKind::End };
                if let Some(id) = attr(e, b"id") {
                    if self.visible() && !self.in_instruction() {
                        let n = self.ctx.note_mark(kind, id);
                        if let Some(p) = self.para() {
                            let keep = p.text.trim_end_matches([' ', '\u{a0}']).len();
                            p.text.truncate(keep);
                            p.text.push_str(&superscript(n));
                        }
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn in_instruction(&self) -> bool {
        self.fields.last().copied().unwrap_or(false)
    }

    /// Whether the current run is shown (not `w:vanish`, directly or by its styles).
    fn visible(&self) -> bool {
        let Some(p) = self.frames.iter().rev().find_map(|f| if let Frame::Para(p) = f { Some(p) } else { None }) else {
            return true;
        };
        let styles = &self.ctx.styles;
        let hidden = p
            .run_vanish
            .or_else(|| p.run_style.as_deref().and_then(|s| styles.vanish(s)))
            .or_else(|| p.style.as_deref().and_then(|s| styles.vanish(s)))
            .unwrap_or(false);
        !hidden
    }

    fn caps(&self) -> bool {
        let Some(p) = self.frames.iter().rev().find_map(|f| if let Frame::Para(p) = f { Some(p) } else { None }) else {
            return false;
        };
        let styles = &self.ctx.styles;
        p.run_caps
            .or_else(|| p.run_style.as_deref().and_then(|s| styles.caps(s)))
            .or_else(|| p.style.as_deref().and_then(|s| styles.caps(s)))
            .unwrap_or(false)
    }

    fn push_text(&mut self, t: &str) {
        if self.skip_from.is_some() || self.in_instruction() || !self.visible() {
            return;
        }
        let caps = self.caps();
        if let Some(p) = self.para() {
            if caps {
                p.text.push_str(&t.to_uppercase());
            } else {
                p.text.push_str(t);
            }
        }
    }

    fn text(&mut self, t: &str) {
        let Some((ns, name, _)) = self.tags.last() else { return };
        let is_text = match ns {
            Ns::W => name.as_slice() == b"t",
            Ns::Math => name.as_slice() == b"t",
            _ => false,
        };
        if is_text {
            self.push_text(t);
        }
    }

    fn end(&mut self) {
        let Some((ns, name, pushed)) = self.tags.pop() else { return };
        if let Some(from) = self.skip_from {
            if self.tags.len() < from {
                self.skip_from = None;
            }
            return;
        }
        if !pushed {
            return;
        }
        let Some(frame) = self.frames.pop() else { return };
        match frame {
            Frame::Para(p) => self.finish_para(p),
            Frame::Table(rows) => self.deliver(Block::Table(rows)),
            Frame::Row(cells) => {
                if let Some(Frame::Table(rows)) = self.frames.last_mut() {
                    rows.push(cells);
                } else {
                    self.deliver(Block::Table(vec![cells]));
                }
            }
            Frame::Cell(blocks) => {
                if let Some(Frame::Row(cells)) = self.frames.last_mut() {
                    cells.push(blocks);
                } else {
                    for b in blocks {
                        self.deliver(b);
                    }
                }
            }
            Frame::Container(blocks, id) => {
                if ns == Ns::W && (name == b"footnote" || name == b"endnote") {
                    if let Some(id) = id {
                        self.notes.insert(id, blocks);
                    }
                } else {
                    for b in blocks {
                        self.deliver(b);
                    }
                }
            }
        }
    }

    fn finish_para(&mut self, mut p: Para) {
        if p.mark_hidden && p.text.trim().is_empty() && p.extras.is_empty() {
            return;
        }
        let styles = &self.ctx.styles;
        let num = match (&p.num_id, p.style.as_deref().and_then(|s| styles.numbering(s))) {
            (Some(id), style_num) => Some((id.clone(), p.ilvl.or(style_num.and_then(|(_, l)| l)))),
            (None, Some((id, l))) => Some((id, p.ilvl.or(l))),
            (None, None) => None,
        };
        if let Some((id, ilvl)) = num {
            if id != "0" {
                let ilvl = ilvl
                    .or_else(|| p.style.as_deref().and_then(|s| self.ctx.numbering.level_for_style(&id, s)))
                    .unwrap_or(0);
                if let Some(label) = self.ctx.numbering.next_label(&id, ilvl) {
                    if !label.text.is_empty() {
                        let sep = if label.suffix.as_deref() == Some("nothing") { "" } else { " " };
                        p.text = format!("{}{}{}", label.text, sep, p.text.trim_start());
                    }
                }
            }
        }
        self.deliver(Block::Para(p.text));
        for b in p.extras {
            self.deliver(b);
        }
    }
}

/// The blocks of a part's body, and its notes by id.
type PartFlow = (Vec<Block>, HashMap<String, Vec<Block>>);

fn parse_part(xml: &str, ctx: &mut Context, note_kind: Option<NoteKind>) -> Result<PartFlow, DocxError> {
    let part = match note_kind {
        None => "document",
        Some(NoteKind::Foot) => "footnotes",
        Some(NoteKind::End) => "endnotes",
    };
    let mut reader = quick_xml::NsReader::from_str(xml);
    reader.config_mut().expand_empty_elements = true;
    let mut p = Parser {
        ctx,
        tags: Vec::new(),
        frames: Vec::new(),
        root: Vec::new(),
        notes: HashMap::new(),
        fields: Vec::new(),
        skip_from: None,
        note_kind,
    };
    loop {
        let (res, ev) = reader
            .read_resolved_event()
            .map_err(|e| error(ErrorKind::Corrupt, format!("{part} part: malformed XML ({e})")))?;
        match ev {
            Event::Start(e) => {
                let ns = ns_of(&res);
                p.start(ns, &e)?;
            }
            Event::End(_) => p.end(),
            Event::Text(t) => {
                let s = match t.unescape() {
                    Ok(s) => s.into_owned(),
                    Err(_) => String::from_utf8_lossy(&t).into_owned(),
                };
                p.text(&s);
            }
            Event::CData(t) => {
                let s = String::from_utf8_lossy(&t).into_owned();
                p.text(&s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !p.tags.is_empty() {
        return Err(error(ErrorKind::Corrupt, format!("{part} part: XML ends inside an element")));
    }
    Ok((p.root, p.notes))
}

pub(crate) fn parse_document(xml: &str, ctx: &mut Context) -> Result<Vec<Block>, DocxError> {
    parse_part(xml, ctx, None).map(|(b, _)| b)
}

/// The notes of a footnotes or endnotes part, by id.
pub(crate) fn parse_notes(
    xml: &str,
    ctx: &mut Context,
    kind: NoteKind,
) -> Result<HashMap<String, Vec<Block>>, DocxError> {
    parse_part(xml, ctx, Some(kind)).map(|(_, n)| n)
}

/// Lines of a sequence of blocks.
fn render_blocks(blocks: &[Block], out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Para(t) => {
                for line in t.split('\n') {
                    out.push(line.trim_end().to_string());
                }
            }
            Block::Table(rows) => {
                // each cell rendered once: a cell's lines hold the tables nested in it, and rendering a cell again
                // for each use (the test for a grid, then the layout) took time exponential in the nesting depth
                let cells: Vec<Vec<Vec<String>>> = rows.iter().map(|row| row.iter().map(|c| cell_lines(c)).collect()).collect();
                if cells.iter().any(|r| r.iter().filter(|c| !c.is_empty()).count() >= 3) {
                    render_grid(&cells, out);
                } else {
                    for row in cells {
                        render_row(row, out);
                    }
                }
            }
        }
    }
}

/// Lines of the body: top-level tables stand apart from the paragraphs around them by a blank line, as they do on
/// the page (a header table, then the type heading).
fn render_body(blocks: &[Block], out: &mut Vec<String>) {
    for b in blocks {
        if let Block::Table(_) = b {
            out.push(String::new());
            render_blocks(std::slice::from_ref(b), out);
            out.push(String::new());
        } else {
            render_blocks(std::slice::from_ref(b), out);
        }
    }
}

/// One table row (its cells' lines): the cells side by side, three spaces apart, their lines interleaved; columns
/// are padded to a common width when they are narrow, so that the text looks like the page.
fn render_row(mut cells: Vec<Vec<String>>, out: &mut Vec<String>) {
    cells.retain(|c| !c.is_empty());
    if cells.is_empty() {
        return;
    }
    let n = cells.iter().map(|c| c.len()).max().unwrap_or(0);
    let widths: Vec<usize> = cells
        .iter()
        .map(|c| {
            let w = c.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            if w <= 80 {
                w
            } else {
                0
            }
        })
        .collect();
    for i in 0..n {
        let mut line = String::new();
        for (j, c) in cells.iter().enumerate() {
            let part = c.get(i).map(|s| s.as_str()).unwrap_or("");
            if j > 0 {
                line.push_str("   ");
            }
            line.push_str(part);
            if j + 1 < cells.len() {
                let len = part.chars().count();
                for _ in len..widths[j] {
                    line.push(' ');
                }
            }
        }
        out.push(line.trim_end().to_string());
    }
}

/// The lines of a table cell, without the blank lines at its end.
fn cell_lines(cell: &[Block]) -> Vec<String> {
    let mut lines = Vec::new();
    render_blocks(cell, &mut lines);
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines
}

/// A table of three columns or more (a table of tasks, of figures): every row laid out on the same columns, each
/// column as wide as its widest line in any row and empty cells kept as spaces, so that a cell's column can be
/// told from its position, as in `pdftotext -layout` output.
fn render_grid(cells: &[Vec<Vec<String>>], out: &mut Vec<String>) {
    let ncols = cells.iter().map(|r| r.len()).max().unwrap_or(0);
    let mut widths = vec![0usize; ncols];
    for row in cells {
        for (j, c) in row.iter().enumerate() {
            widths[j] = widths[j].max(c.iter().map(|l| l.chars().count()).max().unwrap_or(0));
        }
    }
    for row in cells {
        let n = row.iter().map(|c| c.len()).max().unwrap_or(0);
        for i in 0..n {
            let mut line = String::new();
            for j in 0..ncols {
                if j > 0 {
                    line.push_str("   ");
                }
                let part = row.get(j).and_then(|c| c.get(i)).map(|s| s.as_str()).unwrap_or("");
                line.push_str(part);
                for _ in part.chars().count()..widths[j] {
                    line.push(' ');
                }
            }
            out.push(line.trim_end().to_string());
        }
    }
}

/// The text: the body's lines (runs of blank lines made one), then the notes as "¹ text" lines.
pub(crate) fn render(
    blocks: &[Block],
    ctx: &Context,
    footnotes: &HashMap<String, Vec<Block>>,
    endnotes: &HashMap<String, Vec<Block>>,
) -> String {
    let mut lines = Vec::new();
    render_body(blocks, &mut lines);
    let mut notes = Vec::new();
    for (i, (kind, id)) in ctx.note_order.iter().enumerate() {
        let src = if *kind == NoteKind::Foot { footnotes } else { endnotes };
        let Some(b) = src.get(id) else { continue };
        let mut nl = Vec::new();
        render_blocks(b, &mut nl);
        let text = nl.iter().flat_map(|l| l.split_whitespace()).collect::<Vec<_>>().join(" ");
        notes.push(format!("{} {}", superscript(i + 1), text).trim_end().to_string());
    }
    if !notes.is_empty() {
        lines.push(String::new());
        lines.extend(notes);
    }
    let mut out = String::new();
    let mut blank = 0;
    for l in lines {
        if l.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank > 0 {
                out.push('\n');
            }
        }
        blank = 0;
        out.push_str(&l);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}
