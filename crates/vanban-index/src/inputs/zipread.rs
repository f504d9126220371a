//! A zip archive read one entry at a time, in constant memory.
//!
//! The `zip` crate's `ZipArchive` reads the whole central directory into memory when it opens an archive (a few
//! hundred bytes per entry: about 100 MB for 300k entries), which made the memory of `vanban index` grow with the
//! number of entries. Here the central directory is walked record by record with a small buffered reader, and each
//! entry's data is read through a second handle: its local header is checked, then its bytes are inflated with
//! flate2 (stored and deflated entries; other methods are an error), with the CRC-32 checked at the end. Only the
//! current entry's metadata is in memory.
//!
//! Names are decoded as the `zip` crate decodes them (UTF-8 when the language-encoding flag is set, else IBM code
//! page 437; an Info-ZIP Unicode Path field whose CRC matches takes precedence), so labels stay the same.

use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

const EOCD_SIG: &[u8; 4] = b"PK\x05\x06";
const EOCD64_LOCATOR_SIG: &[u8; 4] = b"PK\x06\x07";
const EOCD64_SIG: &[u8; 4] = b"PK\x06\x06";
const CENTRAL_SIG: &[u8; 4] = b"PK\x01\x02";
const LOCAL_SIG: &[u8; 4] = b"PK\x03\x04";

/// One entry of the central directory.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    pub flags: u16,
    pub method: u16,
    pub crc32: u32,
    pub compressed_size: u64,
    pub size: u64,
    /// Offset of the local header, from the start of the archive.
    pub header_offset: u64,
    /// A Unix symbolic link (its data is the link's target).
    pub symlink: bool,
}

impl Entry {
    pub fn encrypted(&self) -> bool {
        self.flags & 1 != 0
    }
    pub fn is_dir(&self) -> bool {
        self.name.ends_with('/')
    }
}

/// An open archive: a cursor in its central directory and a handle for the entries' data.
pub struct Archive {
    cd: BufReader<File>,
    data: File,
    /// Bytes before the archive proper (a self-extracting stub): added to every offset.
    base: u64,
    /// Entries left to read, as the end record gives them.
    remaining: u64,
    /// The next entry's number (from 0).
    index: u64,
    failed: bool,
    buf: Vec<u8>,
    /// The local header and compressed data of the entry being read, when it is small ([`IN_MEMORY`]).
    data_buf: Vec<u8>,
}

/// An entry of at most this many compressed bytes is read with its local header in one read and inflated from
/// memory (one seek and one read per document, no decoder buffer per entry: the reader's syscalls and allocations
/// were a sizeable share of its CPU on archives of small documents); a larger one is streamed from the file.
const IN_MEMORY: u64 = 1 << 20;
/// The room left for the local header's name and extra field in that one read (more is read if they are longer).
const LOCAL_NAME_GUESS: usize = 1024;

fn bad(msg: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.into())
}

fn u16le(b: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([b[i], b[i + 1]])
}
fn u32le(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(b[i..i + 4].try_into().unwrap())
}
fn u64le(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().unwrap())
}

/// Where the central directory is: (entries, its size, its offset, where it ends in the file).
struct EndRecord {
    entries: u64,
    cd_size: u64,
    cd_offset: u64,
    /// The file offset of the record that follows the central directory (the zip64 end record or the end record).
    cd_end: u64,
}

fn end_record(f: &mut File) -> io::Result<EndRecord> {
    let len = f.metadata()?.len();
    let tail_len = len.min(22 + 65_535);
    if tail_len < 22 {
        return Err(bad("too short for a zip archive"));
    }
    f.seek(SeekFrom::Start(len - tail_len))?;
    let mut tail = vec![0u8; tail_len as usize];
    f.read_exact(&mut tail)?;
    // the last end record whose comment fits in the file
    let eocd = (0..=tail.len() - 22)
        .rev()
        .find(|&i| tail[i..].starts_with(EOCD_SIG) && i + 22 + u16le(&tail, i + 20) as usize <= tail.len())
        .ok_or_else(|| bad("no end of central directory record"))?;
    let eocd_pos = len - tail_len + eocd as u64;
    let mut r = EndRecord {
        entries: u16le(&tail, eocd + 10) as u64,
        cd_size: u32le(&tail, eocd + 12) as u64,
        cd_offset: u32le(&tail, eocd + 16) as u64,
        cd_end: eocd_pos,
    };
    let zip64 = r.entries == 0xFFFF || r.cd_size == 0xFFFF_FFFF || r.cd_offset == 0xFFFF_FFFF;
    if eocd >= 20 && tail[eocd - 20..].starts_with(EOCD64_LOCATOR_SIG) {
        let off = u64le(&tail, eocd - 20 + 8);
        let mut rec = [0u8; 56];
        let found = off.checked_add(56).is_some_and(|e| e <= eocd_pos)
            && f.seek(SeekFrom::Start(off)).is_ok()
            && f.read_exact(&mut rec).is_ok()
            && rec.starts_with(EOCD64_SIG);
        if found {
            r = EndRecord { entries: u64le(&rec, 32), cd_size: u64le(&rec, 40), cd_offset: u64le(&rec, 48), cd_end: off };
        } else if zip64 {
            return Err(bad("zip64 end of central directory record not found"));
        }
    } else if zip64 && r.entries != 0xFFFF {
        return Err(bad("zip64 archive without its end record locator"));
    }
    Ok(r)
}

/// IBM code page 437, 0x80 to 0xFF.
const CP437_HIGH: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{a0}";

fn from_cp437(b: &[u8]) -> String {
    b.iter()
        .map(|&c| if c < 0x80 { c as char } else { CP437_HIGH.chars().nth((c - 0x80) as usize).unwrap_or('\u{fffd}') })
        .collect()
}

fn crc32_of(b: &[u8]) -> u32 {
    let mut c = flate2::Crc::new();
    c.update(b);
    c.sum()
}

impl Archive {
    pub fn open(p: &Path) -> io::Result<Archive> {
        let mut f = File::open(p)?;
        let end = end_record(&mut f)?;
        // an archive after a stub: the directory ends where the end record starts, whatever its recorded offset
        let base = end.cd_end.saturating_sub(end.cd_offset.saturating_add(end.cd_size));
        // the stub's length if there is one; else the offsets as recorded (something between the directory and the
        // end record)
        let mut sig = [0u8; 4];
        let base = [base, 0]
            .into_iter()
            .find(|b| {
                end.entries == 0
                    || (f.seek(SeekFrom::Start(b + end.cd_offset)).is_ok() && f.read_exact(&mut sig).is_ok() && &sig == CENTRAL_SIG)
            })
            .ok_or_else(|| bad("no central directory where the end record says"))?;
        // a second handle of its own (a cloned descriptor would share the file position with the directory's)
        let data = File::open(p)?;
        f.seek(SeekFrom::Start(base + end.cd_offset))?;
        Ok(Archive {
            cd: BufReader::with_capacity(64 * 1024, f),
            data,
            base,
            remaining: end.entries,
            index: 0,
            failed: false,
            buf: Vec::new(),
            data_buf: Vec::new(),
        })
    }

    /// The next entry of the central directory, or an error (after which there is no next entry).
    pub fn next_entry(&mut self) -> Option<io::Result<Entry>> {
        if self.remaining == 0 || self.failed {
            return None;
        }
        let r = self.read_entry_header();
        self.remaining -= 1;
        self.index += 1;
        if r.is_err() {
            self.failed = true;
        }
        Some(r)
    }

    /// The number of the entry `next_entry` gave last (from 0).
    pub fn last_index(&self) -> u64 {
        self.index.saturating_sub(1)
    }

    fn read_entry_header(&mut self) -> io::Result<Entry> {
        let mut h = [0u8; 46];
        self.cd.read_exact(&mut h)?;
        if !h.starts_with(CENTRAL_SIG) {
            return Err(bad("bad central directory record signature"));
        }
        let made_by = u16le(&h, 4);
        let flags = u16le(&h, 8);
        let method = u16le(&h, 10);
        let crc32 = u32le(&h, 16);
        let mut compressed_size = u32le(&h, 20) as u64;
        let mut size = u32le(&h, 24) as u64;
        let (nlen, elen, clen) = (u16le(&h, 28) as usize, u16le(&h, 30) as usize, u16le(&h, 32) as usize);
        let external = u32le(&h, 38);
        let mut header_offset = u32le(&h, 42) as u64;
        self.buf.resize(nlen + elen, 0);
        self.cd.read_exact(&mut self.buf)?;
        // the comment is not needed
        io::copy(&mut (&mut self.cd).take(clen as u64), &mut io::sink())?;
        let (raw, extra) = self.buf.split_at(nlen);
        let mut name = if flags & 0x800 != 0 { String::from_utf8_lossy(raw).into_owned() } else { from_cp437(raw) };
        let mut i = 0;
        while i + 4 <= extra.len() {
            let (id, len) = (u16le(extra, i), u16le(extra, i + 2) as usize);
            let field = &extra[i + 4..(i + 4 + len).min(extra.len())];
            match id {
                0x0001 => {
                    // zip64: the 64-bit values of the fields that are all ones, in this order
                    let mut j = 0;
                    let mut next = |v: &mut u64| {
                        if *v == 0xFFFF_FFFF && j + 8 <= field.len() {
                            *v = u64le(field, j);
                            j += 8;
                        }
                    };
                    next(&mut size);
                    next(&mut compressed_size);
                    next(&mut header_offset);
                }
                0x7075 if field.len() >= 5 && u32le(field, 1) == crc32_of(raw) => {
                    if let Ok(s) = std::str::from_utf8(&field[5..]) {
                        name = s.to_string();
                    }
                }
                _ => {}
            }
            i += 4 + len;
        }
        let symlink = made_by >> 8 == 3 && (external >> 16) & 0o170000 == 0o120000;
        Ok(Entry { name, flags, method, crc32, compressed_size, size, header_offset, symlink })
    }

    /// A reader of the entry's uncompressed bytes (at most what the data inflates to; the caller limits it). The
    /// CRC-32 and the size are for the caller to check.
    pub fn open_entry(&mut self, e: &Entry) -> io::Result<Box<dyn Read + '_>> {
        let start = self.base.checked_add(e.header_offset).ok_or_else(|| bad("local header out of range"))?;
        self.data.seek(SeekFrom::Start(start))?;
        if e.compressed_size <= IN_MEMORY {
            let data = self.small_data(e)?;
            return match e.method {
                0 => Ok(Box::new(data)),
                8 => Ok(Box::new(flate2::bufread::DeflateDecoder::new(data))),
                m => Err(io::Error::new(io::ErrorKind::Unsupported, format!("unsupported compression method {m}"))),
            };
        }
        let mut h = [0u8; 30];
        self.data.read_exact(&mut h)?;
        if !h.starts_with(LOCAL_SIG) {
            return Err(bad("bad local header signature"));
        }
        let skip = u16le(&h, 26) as i64 + u16le(&h, 28) as i64;
        self.data.seek(SeekFrom::Current(skip))?;
        let raw = (&mut self.data).take(e.compressed_size);
        match e.method {
            0 => Ok(Box::new(raw)),
            8 => Ok(Box::new(flate2::read::DeflateDecoder::new(raw))),
            m => Err(io::Error::new(io::ErrorKind::Unsupported, format!("unsupported compression method {m}"))),
        }
    }

    /// The compressed data of a small entry (at most [`IN_MEMORY`] bytes), read with its local header in one go;
    /// the data handle must be at the entry's local header. Short when the file ends early.
    fn small_data(&mut self, e: &Entry) -> io::Result<&[u8]> {
        let csize = e.compressed_size as usize;
        fill(&mut self.data, &mut self.data_buf, 0, 30 + LOCAL_NAME_GUESS + csize)?;
        if self.data_buf.len() < 30 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        if !self.data_buf.starts_with(LOCAL_SIG) {
            return Err(bad("bad local header signature"));
        }
        let from = 30 + u16le(&self.data_buf, 26) as usize + u16le(&self.data_buf, 28) as usize;
        let to = from + csize;
        let have = self.data_buf.len();
        if to > have {
            // a longer name and extra field than the room left for them (or the file ends: then the data is
            // short, and the caller finds too few bytes, as when streaming)
            fill(&mut self.data, &mut self.data_buf, have, to - have)?;
        }
        let n = self.data_buf.len();
        Ok(&self.data_buf[from.min(n)..to.min(n)])
    }

    /// A small deflated entry (compressed in at most [`IN_MEMORY`] bytes) inflated in one call by libdeflate into a
    /// buffer of its declared size (~25% less of the reader's CPU than inflating it as a stream with zlib-rs): `Some`
    /// only when its deflate stream fills exactly the declared size and the CRC-32 matches. Anything else (another
    /// method, a short or corrupt stream, more bytes than declared, an I/O error) is `None`, and the caller reads the
    /// entry again as a stream through [`Archive::open_entry`], which tells what is wrong, as before. The caller has
    /// checked the declared size against its limits.
    pub fn inflate_small(&mut self, e: &Entry, d: &mut libdeflater::Decompressor) -> Option<Vec<u8>> {
        if e.method != 8 || e.compressed_size > IN_MEMORY || e.size == 0 {
            return None;
        }
        let start = self.base.checked_add(e.header_offset)?;
        self.data.seek(SeekFrom::Start(start)).ok()?;
        let data = self.small_data(e).ok()?;
        let mut out = vec![0u8; usize::try_from(e.size).ok()?];
        let n = d.deflate_decompress(data, &mut out).ok()?;
        (n as u64 == e.size && crc32_of(&out) == e.crc32).then_some(out)
    }
}

/// Reads into `buf` from `at` up to `want` bytes more, fewer at the end of the file.
fn fill(f: &mut File, buf: &mut Vec<u8>, at: usize, want: usize) -> io::Result<()> {
    buf.resize(at + want, 0);
    let mut n = at;
    while n < buf.len() {
        match f.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    buf.truncate(n);
    Ok(())
}

/// A running CRC-32 (of the bytes inflated so far).
pub struct Crc(flate2::Crc);

impl Crc {
    pub fn new() -> Crc {
        Crc(flate2::Crc::new())
    }
    pub fn update(&mut self, b: &[u8]) {
        self.0.update(b)
    }
    pub fn sum(&self) -> u32 {
        self.0.sum()
    }
}
